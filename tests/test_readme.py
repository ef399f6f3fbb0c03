"""The README is a contract too: its commands are the ones CI runs, its example is real output, and the JSON
example and field table of docs/json.md are real."""

from __future__ import annotations

import json
import re
import shlex
from typing import Any

import pytest
from click.testing import CliRunner
from docs_support import ROOT, blocks, pages

from crosscheck import compare_files, compare_texts, to_json
from crosscheck.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")
JSON_PAGE = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
OUTPUT_PAGE = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")


def _blocks(language: str, text: str = README) -> list[str]:
    return blocks(text, language)


def test_the_readme_is_short() -> None:
    assert len(README.splitlines()) <= 250  # the reference lives in docs/


def test_the_test_command_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_commands = [b.strip() for b in _blocks("sh") if "pytest" in b]
    assert len(test_commands) == 1
    assert test_commands[0] in ci.splitlines()


def test_the_main_command_names_the_seed_articles() -> None:
    main_command = next(b.strip() for b in _blocks("sh") if "crosscheck compare seeds/" in b)
    for name in re.findall(r"seeds/(\S+\.txt)", main_command):
        assert (ROOT / "seeds" / name).is_file()


def _examples() -> list[tuple[str, list[str], str]]:
    """Each block of the README or docs/ that starts with ``$ crosscheck ...`` on the repository's own files: the
    page, the arguments and the output shown. (Examples on files the repository does not ship, ``draft.txt``, are
    illustrations: docs/ checks only that their command and options exist.)"""
    out = []
    for page in pages():
        for block in blocks(page.read_text(encoding="utf-8"), ""):
            first, _, shown = block.partition("\n")
            if not first.startswith("$ crosscheck "):
                continue
            args = shlex.split(first.removeprefix("$ crosscheck "))
            files = [a for a in args[1:] if a.endswith((".txt", ".md", ".html"))]
            if all((ROOT / f).is_file() for f in files):
                out.append((page.relative_to(ROOT).as_posix(), args, shown))
    return out


def test_the_readme_has_examples() -> None:
    assert sum(page == "README.md" for page, _, _ in _examples()) >= 2


@pytest.mark.parametrize(
    ("page", "args", "shown"), [pytest.param(*e, id=f"{e[0]}: {' '.join(e[1][3:])}") for e in _examples()]
)
def test_every_example_prints_what_it_shows(
    page: str, args: list[str], shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the examples name the seed articles by their paths in the repository
    result = CliRunner(env={"COLUMNS": "100", "NO_COLOR": "1"}).invoke(main, args)
    assert result.exit_code in (0, 1), result.output
    real = [line.rstrip() for line in result.output.splitlines()]
    expected = shown.rstrip("\n").splitlines()
    if "..." in [line.strip() for line in expected]:  # a shortened example: what it shows is how the output starts
        expected = expected[: [line.strip() for line in expected].index("...")]
        real = real[: len(expected)]
    assert real == expected, (
        f"{page}: the example is stale (python scripts/update_docs.py rewrites it); the command now prints:\n"
        + "\n".join(real)
    )


def _seeds_document() -> dict[str, Any]:
    articles = sorted((ROOT / "seeds").glob("[0-9]*_*.txt"))
    return to_json(compare_files(articles))


def test_json_example_is_real_output() -> None:
    example = json.loads(next(b for b in _blocks("json", JSON_PAGE) if '"schema_version"' in b))
    real = _seeds_document()
    assert set(example) == set(real)
    assert example["schema_version"] == real["schema_version"]
    assert [s["id"] for s in example["sources"]] == [s["id"] for s in real["sources"]]
    for claim in example["claims"]:
        assert claim in real["claims"]
    for finding in example["findings"]:
        assert finding in real["findings"]
    assert example["summary"] == real["summary"]


def test_every_documented_claim_and_finding_field_exists() -> None:
    documented = set(re.findall(r"^\| `(?:claims|findings)\[\]\.(\w+)`", JSON_PAGE, flags=re.MULTILINE))
    real = _seeds_document()
    fields = {k for c in real["claims"] for k in c} | {k for f in real["findings"] for k in f}
    # a field only three or more sources give (1.6: a discrepancy's values), from three invented reports
    texts = [f"The flood on Monday killed {n} people in the river town, officials said.\n" for n in (23, 23, 31)]
    fields |= {k for f in to_json(compare_texts(texts))["findings"] for k in f}
    assert documented
    assert documented <= fields


def test_every_format_and_output_option_is_documented() -> None:
    from crosscheck.render import FORMATS

    documented = re.findall(r"^\| `(\w+)`(?: \(default\))? \| ", OUTPUT_PAGE, flags=re.MULTILINE)
    assert [f for f in documented if f in FORMATS] == list(FORMATS)
    for fmt in FORMATS:
        assert f"**{fmt}**" in OUTPUT_PAGE or f"**{fmt}.**" in OUTPUT_PAGE or fmt == "json"
    for option in ("--show", "--hide", "--quiet", "--output", "-o FILE", "--json", "NO_COLOR"):
        assert option in OUTPUT_PAGE, option

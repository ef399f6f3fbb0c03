"""The README is a contract too: its commands are the ones CI runs, and its JSON example is real output."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from crosscheck import compare_files, compare_texts, to_json

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_the_test_command_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_commands = [b.strip() for b in _blocks("sh") if "pytest" in b]
    assert len(test_commands) == 1
    assert test_commands[0] in ci.splitlines()


def test_the_main_command_names_the_seed_articles() -> None:
    main = next(b.strip() for b in _blocks("sh") if "crosscheck compare seeds/" in b)
    for name in re.findall(r"seeds/(\S+\.txt)", main):
        assert (ROOT / "seeds" / name).is_file()


def _seeds_document() -> dict[str, Any]:
    articles = sorted((ROOT / "seeds").glob("[0-9]*_*.txt"))
    return to_json(compare_files(articles))


def test_json_example_is_real_output() -> None:
    example = json.loads(next(b for b in _blocks("json") if '"schema_version"' in b))
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
    documented = set(re.findall(r"^\| `(?:claims|findings)\[\]\.(\w+)`", README, flags=re.MULTILINE))
    real = _seeds_document()
    fields = {k for c in real["claims"] for k in c} | {k for f in real["findings"] for k in f}
    # a field only three or more sources give (1.6: a discrepancy's values), from three invented reports
    texts = [f"The flood on Monday killed {n} people in the river town, officials said.\n" for n in (23, 23, 31)]
    fields |= {k for f in to_json(compare_texts(texts))["findings"] for k in f}
    assert documented <= fields


def test_every_format_and_output_option_is_documented() -> None:
    from crosscheck.render import FORMATS

    documented = re.findall(r"^\| `(\w+)`(?: \(default\))? \| ", README, flags=re.MULTILINE)
    assert [f for f in documented if f in FORMATS] == list(FORMATS)
    for fmt in FORMATS:
        assert f"**{fmt}**" in README or f"**{fmt}.**" in README or fmt == "json"
    for option in ("--show", "--hide", "--quiet", "--output", "-o FILE", "--json", "NO_COLOR"):
        assert option in README, option


def test_every_rule_of_the_default_pack_is_in_the_rules_table() -> None:
    from crosscheck import load_pack

    documented: set[str] = set()
    for letter, first, last in re.findall(r"^\| ([A-Z])(\d{3})(?:-[A-Z](\d{3}))? \| ", README, flags=re.MULTILINE):
        documented |= {f"{letter}{n:03d}" for n in range(int(first), int(last or first) + 1)}
    assert {r.code for r in load_pack().rules} <= documented

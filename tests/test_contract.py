"""The JSON contract: every document the CLI prints validates against ``schema/report.schema.json``, offsets
point into the article text as Python reads it, output is deterministic, and the library gives the same document.

Runs on the seed articles and on small texts written here (no dependency on ``../shared``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

import crosscheck
from crosscheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "schema" / "report.schema.json"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

SHARED = (
    "Firefighters reached the bank building in central Athens after protesters moved away.\n"
    "The government condemned the attack and promised a full investigation.\n"
)
PAIRS: dict[str, tuple[str, str]] = {
    "hard": (
        "Bank fire in Athens\nThree people were killed in the fire on Tuesday.\n" + SHARED,
        "Four people were killed in the fire on Tuesday.\n" + SHARED,
    ),
    "quotes": (
        '"We will rebuild every school that was lost," Mayor Anna Petrov said on Friday.\r\n' + SHARED,
        '"We will rebuild every school that was lost," Governor Tom Reyes said on Friday.\r\n' + SHARED,
    ),
    "unicode": (
        "\ufeffCafé owners in Zürich said more than 5,000 people — mostly tourists — attended on 3 May 2021.\n"
        "Émile Zola’s “J’accuse” was read aloud, officials said. 🎉\n",
        "Café owners in Zürich said around 5,000 people attended on 3 May 2021.\rThe mayor did not attend.\r",
    ),
}


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def validate(document: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(schema()).validate(document)


def check_offsets(document: dict[str, Any]) -> None:
    """``text == article_text[start:end]`` for every claim and evidence item, with the file read by Python."""
    texts = {s["id"]: Path(s["path"]).read_text(encoding="utf-8") for s in document["sources"]}
    for s in document["sources"]:
        assert s["chars"] == len(texts[s["id"]])
    spans = list(document["claims"])
    spans += [e for f in document.get("findings", []) for e in f["evidence"]]
    for item in spans:
        text = texts[item["source"]]
        assert 0 <= item["start"] < item["end"] <= len(text), item
        assert text[item["start"] : item["end"]] == item["text"], item
    ids = [c["id"] for c in document["claims"]]
    assert len(ids) == len(set(ids))
    for f in document.get("findings", []):
        assert set(f["claims"]) <= set(ids)


def run_cli(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def run_module(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *map(str, args)], capture_output=True, cwd=cwd, check=False, timeout=120
    )


def write_pair(tmp_path: Path, name: str) -> tuple[Path, Path]:
    a_text, b_text = PAIRS[name]
    a, b = tmp_path / f"{name}_a.txt", tmp_path / f"{name}_b.txt"
    # write_bytes: keep \r\n and \r as they are, so reading must translate them like Path.read_text does
    a.write_bytes(a_text.encode("utf-8"))
    b.write_bytes(b_text.encode("utf-8"))
    return a, b


def all_pairs(tmp_path: Path) -> list[tuple[Path, Path]]:
    pairs = [(SEEDS[0], SEEDS[1]), (SEEDS[1], SEEDS[0])]
    return pairs + [write_pair(tmp_path, name) for name in PAIRS]


def test_seeds_exist() -> None:
    assert len(SEEDS) >= 2


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema()["properties"]["schema_version"]["const"] == crosscheck.SCHEMA_VERSION


@pytest.mark.parametrize("name", ["seeds", *PAIRS])
def test_compare_json_is_valid_and_offsets_hold(tmp_path: Path, name: str) -> None:
    a, b = (SEEDS[0], SEEDS[1]) if name == "seeds" else write_pair(tmp_path, name)
    code, out, err = run_cli("compare", a, b, "--json", "--fail-on", "none")
    assert (code, err) == (0, "")
    document = json.loads(out)
    validate(document)
    check_offsets(document)
    assert [s["path"] for s in document["sources"]] == [str(a), str(b)]


@pytest.mark.parametrize("name", ["seeds", *PAIRS])
def test_claims_json_is_valid_and_offsets_hold(tmp_path: Path, name: str) -> None:
    paths = SEEDS if name == "seeds" else write_pair(tmp_path, name)
    for path in paths:
        code, out, err = run_cli("claims", path, "--json")
        assert (code, err) == (0, "")
        document = json.loads(out)
        validate(document)
        check_offsets(document)
        assert "findings" not in document and "summary" not in document
        assert [s["id"] for s in document["sources"]] == ["A"]


def test_schema_rejects_what_it_should() -> None:
    _, out, _ = run_cli("compare", SEEDS[0], SEEDS[1], "--json", "--fail-on", "none")
    document = json.loads(out)
    validate(document)
    mutations: list[Callable[[dict[str, Any]], object]] = [
        lambda d: d.update(extra=1),
        lambda d: d.pop("summary"),  # findings without summary
        lambda d: d.update(schema_version="2.0"),
        lambda d: d["sources"].pop(),  # a compare document has two sources
        lambda d: d["claims"][0].update(kind="opinion"),
        lambda d: d["claims"][0].update(start=-1),
        lambda d: d["findings"][0].update(severity="medium"),
        lambda d: d["findings"][0]["rule"].update(code="n101"),
        lambda d: d["claims"][0].update(quantity={"value": 1}),  # wrong kind-specific member
    ]
    bad: list[dict[str, Any]] = []
    for mutate in mutations:
        copy = json.loads(json.dumps(document))
        mutate(copy)
        bad.append(copy)
    for copy in bad:
        with pytest.raises(jsonschema.ValidationError):
            validate(copy)


def test_json_is_byte_identical_across_runs(tmp_path: Path) -> None:
    for a, b in all_pairs(tmp_path):
        first = run_module("compare", a, b, "--json", "--fail-on", "none")
        second = run_module("compare", a, b, "--json", "--fail-on", "none")
        assert first.returncode == 0, first.stderr
        assert first.stdout == second.stdout
        assert first.stdout == run_cli("compare", a, b, "--json", "--fail-on", "none")[1].encode("utf-8")


def test_sources_follow_argument_order(tmp_path: Path) -> None:
    for a, b in all_pairs(tmp_path):
        forward = json.loads(run_cli("compare", a, b, "--json", "--fail-on", "none")[1])
        backward = json.loads(run_cli("compare", b, a, "--json", "--fail-on", "none")[1])
        assert [(s["id"], s["path"]) for s in forward["sources"]] == [("A", str(a)), ("B", str(b))]
        assert [(s["id"], s["path"]) for s in backward["sources"]] == [("A", str(b)), ("B", str(a))]
        for document in (forward, backward):
            validate(document)
            check_offsets(document)
            assert [c["source"] for c in document["claims"]] == sorted(c["source"] for c in document["claims"])


def test_library_gives_the_cli_document(tmp_path: Path) -> None:
    for a, b in all_pairs(tmp_path):
        code, out, _ = run_cli("compare", a, b, "--json", "--fail-on", "none")
        assert code == 0
        library = crosscheck.to_json(crosscheck.compare_files([str(a), str(b)]))
        assert library == json.loads(out)
        assert json.dumps(library, ensure_ascii=False, indent=2) + "\n" == out
        assert crosscheck.to_json(crosscheck.compare_files([a, b])) == library


def test_library_texts_match_files(tmp_path: Path) -> None:
    """compare_texts on the text Python reads gives the same claims and findings as compare_files."""
    for a, b in all_pairs(tmp_path):
        files = crosscheck.to_json(crosscheck.compare_files([a, b]))
        texts = crosscheck.to_json(
            crosscheck.compare_texts([a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")])
        )
        assert files["claims"] == texts["claims"]
        assert files["findings"] == texts["findings"]


def test_python_dash_m_is_the_same_program(tmp_path: Path) -> None:
    a, b = write_pair(tmp_path, "hard")
    proc = run_module("compare", a.name, b.name, "--json", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    document = json.loads(proc.stdout)
    validate(document)
    assert [s["path"] for s in document["sources"]] == [a.name, b.name]
    assert proc.stderr == b""
    claims = run_module("claims", a, "--json")
    assert claims.returncode == 0
    validate(json.loads(claims.stdout))
    bad = run_module("compare", a)
    assert bad.returncode == 2
    assert bad.stdout == b""
    assert bad.stderr.decode().startswith("crosscheck: error: ")
    assert len(bad.stderr.splitlines()) == 1


HUGE = "The army said 1" + "0" * 309 + " troops had massed near the border.\n" + SHARED


def test_huge_number_gives_strict_json() -> None:
    document = crosscheck.to_json(crosscheck.compare_texts([HUGE, SHARED]))
    json.dumps(document, allow_nan=False)

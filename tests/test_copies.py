"""Copies: a source that is another given source lightly edited is marked (``copy_of``) and counted once;
independent reports are not marked."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from attrs import evolve
from cli_support import assert_error, invoke, write

from crosscheck import compare_texts, load_pack, to_json
from crosscheck.copies import CopyConfig, find_copies, independent, shingles
from crosscheck.errors import RuleError
from crosscheck.render.layout import corroboration, summary_line
from crosscheck.rules import load_pack as load

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("[0-9]*_*.txt"))
SCHEMA = json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8"))


def _edited(text: str) -> str:
    """``text`` lightly edited, as a second outlet runs a wire story: a few words changed, the last two
    paragraphs swapped, a line of its own added at the top."""
    lines = text.rstrip("\n").split("\n")
    lines[-1], lines[-2] = lines[-2], lines[-1]
    edited = "\n".join(lines) + "\n"
    for old, new in (("agreed", "decided"), ("video", "virtual"), ("also", "further"), ("said", "stated")):
        edited = edited.replace(old, new, 1)
    return "Published by another outlet on the same day.\n" + edited


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]


def test_a_lightly_edited_copy_is_marked_and_independent_reports_are_not(seeds: list[str]) -> None:
    copy = _edited(seeds[0])
    assert copy != seeds[0]
    report = compare_texts([seeds[0], seeds[1], copy])
    assert dict(report.copies) == {"C": "A"}
    document = to_json(report)
    jsonschema.validate(document, SCHEMA)
    assert [s["copy_of"] for s in document["sources"]] == [None, None, "A"]
    assert summary_line(report).startswith("3 sources, 2 independent (C copies A) · ")
    # an agreement that A, B and C corroborate names three sources, two independent
    agreed = [f for f in report.findings if {e.source for e in f.evidence} == {"A", "B", "C"}]
    assert agreed, "the seeds agree on some fact that the copy repeats"
    assert corroboration(agreed[0], report) == "3 of 3 sources (A, B, C), 2 independent"


def test_the_seeds_are_independent_and_a_pair_reads_as_before(seeds: list[str]) -> None:
    report = compare_texts(seeds)
    assert report.copies == {}
    assert [s["copy_of"] for s in to_json(report)["sources"]] == [None, None]
    # two sources: the JSON says which copies which, the text reports read as before copies were found
    copied = compare_texts([seeds[0], _edited(seeds[0])])
    assert dict(copied.copies) == {"B": "A"}
    assert "independent" not in summary_line(copied)


def test_the_later_of_two_mutual_copies_is_the_copy_and_a_chain_names_the_original(seeds: list[str]) -> None:
    config = CopyConfig()
    once = _edited(seeds[0])
    twice = once.replace("Japan", "Nippon", 2)
    found = find_copies({"A": seeds[1], "B": seeds[0], "C": once, "D": twice}, config)
    assert found == {"C": "B", "D": "B"}
    assert independent(["A", "B", "C", "D"], found) == 2
    # order decides which of two mutual copies is the original
    assert find_copies({"X": once, "Y": seeds[0]}, config) == {"Y": "X"}


def test_a_copy_needs_its_share_of_shingles_and_enough_text(seeds: list[str]) -> None:
    half = "\n".join(seeds[0].split("\n")[: len(seeds[0].split("\n")) // 3]) + "\n" + seeds[1]
    # a third of A inside a longer B: B is no copy of A (most of it is its own), A no copy of B
    assert find_copies({"A": seeds[0], "B": half}, CopyConfig()) == {}
    short = "Three people died in the fire."
    assert len(shingles(short, 5)) < CopyConfig().min_shingles
    assert find_copies({"A": short, "B": short}, CopyConfig()) == {}
    assert find_copies({"A": short, "B": short}, CopyConfig(min_shingles=1)) == {"B": "A"}


def test_the_threshold_is_the_rule_packs(seeds: list[str], tmp_path: Path) -> None:
    assert load_pack().copies.containment == pytest.approx(0.7)  # measured on ECB+: docs/stories.md
    write(tmp_path / "strict.toml", "[copies]\ncontainment = 1.0\n")
    pack = load([tmp_path])
    assert pack.copies.containment == 1.0
    assert compare_texts([seeds[0], seeds[1], _edited(seeds[0])], pack).copies == {}
    assert evolve(pack, copies=CopyConfig()).copies.containment == pytest.approx(0.7)


@pytest.mark.parametrize(
    ("table", "mentions"),
    [
        ("[copies]\ncontainment = 1.5\n", ("copies.containment", "between 0 and 1")),
        ("[copies]\nshingle = 2.5\n", ("copies.shingle", "whole number")),
        ("[copies]\nshingles = 5\n", ("copies.shingles", "unknown key")),
        ("[copies]\nshingle = 'five'\n", ("copies.shingle", "number")),
        ("copies = 3\n", ("'copies' must be a table",)),
    ],
)
def test_a_bad_copies_table_is_one_line_naming_the_key(tmp_path: Path, table: str, mentions: tuple[str, ...]) -> None:
    write(tmp_path / "bad.toml", table)
    with pytest.raises(RuleError, match=r"bad\.toml"):
        load([tmp_path])
    a, b = write(tmp_path / "a.txt", "One.\n"), write(tmp_path / "b.txt", "Two.\n")
    assert_error(invoke("compare", a, b, "--rules", tmp_path), "bad.toml", *mentions)

"""A report an editor can act on: every evidence says where it is (``A:12``), a single-source fact is shown in
its clause, and no row is listed twice (issue 18)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck import compare_files, compare_texts
from crosscheck.model import Article, ClaimKind, Evidence, Report, Verdict
from crosscheck.render import View, render
from crosscheck.render.layout import Context, Lines, clauses, clipped, fold_single

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("[0-9]*_*.txt"))

# An invented pair: each side restates a figure, and has a sentence with two facts the other lacks.
PAIR_A = (
    "Flood waters closed 14 schools in the valley.\n"
    "Officials said on Monday that 14 schools had closed and that repairs would take until March.\n"
    "The regional council met in emergency session, and the mayor promised new pumps by the end of the year.\n"
)
PAIR_B = "About 14 schools were shut by the flooding, officials said.\nVolunteers filled 2,000 sandbags overnight.\n"


@pytest.fixture(scope="module")
def seeds() -> Report:
    return compare_files(SEEDS)


@pytest.fixture(scope="module")
def pair() -> Report:
    return compare_texts([PAIR_A, PAIR_B])


def _line(article: Article, offset: int) -> int:
    return article.text.count("\n", 0, offset) + 1 + article.line_offset


@given(st.text(alphabet="ab\n", max_size=40), st.integers(0, 45), st.integers(0, 3))
def test_lines_are_the_files_lines(text: str, offset: int, skipped: int) -> None:
    article = Article(id="A", path="a.md", text=text, line_offset=skipped)
    found = Lines([article]).line_column("A", offset)
    assert found is not None
    clamped = min(offset, len(text))
    assert found == (_line(article, clamped), clamped - (text.rfind("\n", 0, clamped) + 1) + 1)
    assert Lines([article]).at(Evidence("A", offset, offset, "")) == f"A:{_line(article, clamped)}"
    assert Lines([article]).line_column("Z", 0) is None


@pytest.mark.parametrize("fmt", ["rich", "markdown"])
@pytest.mark.parametrize("which", ["seeds", "pair"])
def test_every_listed_evidence_says_its_line(fmt: str, which: str, request: pytest.FixtureRequest) -> None:
    report: Report = request.getfixturevalue(which)
    out = " ".join(render(report, fmt, width=100).split())
    articles = {a.id: a for a in report.sources}
    found = clauses(report)
    assert report.findings
    for finding in report.findings:
        item = finding.evidence[0]
        if finding.verdict is Verdict.SINGLE_SOURCE:
            item = found[(item.source, item.start, item.end)]  # the row says where its clause starts
        label = f"{item.source}:{_line(articles[item.source], item.start)}"
        assert re.search(rf"(?<![\w:]){label}(?!\d)", out), (label, finding.rule.code, item.text)


@pytest.mark.parametrize("fmt", ["rich", "markdown"])
def test_a_single_source_fact_is_shown_in_its_clause(fmt: str, seeds: Report) -> None:
    out = " ".join(render(seeds, fmt, width=100).split()).replace("**", "")
    found = clauses(seeds)
    facts = [f for f in seeds.findings if f.verdict is Verdict.SINGLE_SOURCE and f.kind is not ClaimKind.STATEMENT]
    assert facts
    for finding in facts:
        item = finding.evidence[0]
        clause = found[(item.source, item.start, item.end)]
        assert clause.text != item.text or item.end - item.start > 40, item.text  # a bare date has its sentence
        assert " ".join(clause.text.split()) in out
    # the sentence an editor needs, whole, with its date
    assert "agreed to travel to the island nation in late spring." in out


def test_the_fact_is_marked_in_markdown(seeds: Report) -> None:
    out = render(seeds, "markdown")
    assert "travel to the island nation in **late spring**." in out


@pytest.mark.parametrize("which", ["seeds", "pair"])
def test_no_row_is_listed_twice(which: str, request: pytest.FixtureRequest) -> None:
    report: Report = request.getfixturevalue(which)
    out = render(report, "markdown")
    rows = [line for line in out.splitlines() if line.startswith(("| ", "- "))]
    assert rows
    assert len(rows) == len(set(rows)), [r for r in rows if rows.count(r) > 1]
    # the single-source rows of one clause are one row
    found = clauses(report)
    for _, findings in ((s, [f for f in report.findings if f.verdict is Verdict.SINGLE_SOURCE]) for s in "AB"):
        keys = [c.evidence for _, c in fold_single(findings, found) if c is not None]
        assert len(keys) == len(set(keys))


def test_a_long_clause_is_cut_around_its_facts_never_inside_one() -> None:
    text = " ".join(f"word{i}" for i in range(80)) + " on Tuesday " + " ".join(f"tail{i}" for i in range(80))
    start = text.index("on Tuesday") + 3
    context = Context(Evidence("A", 0, len(text), text), ((start, start + len("Tuesday")),))
    pieces = clipped(context, 120)
    assert ("Tuesday", True) in pieces
    shown = "".join(piece for piece, _ in pieces)
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) <= 125
    whole = Context(Evidence("A", 0, 20, "A short clause here."), ((2, 7),))
    assert clipped(whole, 120) == [("A ", False), ("short", True), (" clause here.", False)]


def test_shown_as_listed_for_three_sources() -> None:
    a = "The bridge reopened on Friday after repairs.\n"
    report = compare_texts([a, a, "Traffic returned to the bridge.\n"])
    out = render(report, "rich", View(), width=100)
    assert "A:1" in out

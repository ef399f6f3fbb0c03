from __future__ import annotations

import io
import re

import attrs
import pytest
from rich.console import Console
from sample_reports import finding, three_sources

from crosscheck.model import (
    Article,
    ClaimKind,
    Evidence,
    Finding,
    Report,
    RuleRef,
    Severity,
    Verdict,
)
from crosscheck.render import View, render_report, render_report_text

BRACKETS = "the minister [sic] said [bold]nothing[/bold] about it"


def _finding(
    verdict: Verdict,
    severity: Severity | None,
    code: str,
    message: str,
    *evidence: tuple[str, str],
    kind: ClaimKind = ClaimKind.STATEMENT,
) -> Finding:
    """A finding whose evidence is each (source, text) at offset 0."""
    spans = (Evidence(source, 0, len(text), text) for source, text in evidence)
    return finding(verdict, severity, code, message, *spans, kind=kind)


def _report() -> Report:
    findings = (
        # Deliberately out of order: the renderer must put discrepancies first, hard before soft.
        _finding(
            Verdict.AGREEMENT,
            None,
            "AG1",
            "both say so",
            ("A", "The storm hit on Tuesday."),
            ("B", "On Tuesday the storm hit."),
        ),
        _finding(Verdict.SINGLE_SOURCE, None, "SS1", "only in A", ("A", BRACKETS)),
        _finding(
            Verdict.DISCREPANCY,
            Severity.SOFT,
            "SOFT7",
            "timing differs",
            ("A", "late on Wednesday night"),
            ("B", "early on Thursday"),
        ),
        _finding(
            Verdict.DISCREPANCY,
            Severity.HARD,
            "HARD3",
            "death toll differs: 80 vs 95",
            ("A", "The blast killed 80 people [officials said]."),
            ("A", "80 dead"),
            ("B", "The blast killed 95 people [officials said]."),
            kind=ClaimKind.QUANTITY,
        ),
        _finding(Verdict.AGREEMENT, None, "AG2", "same", ("A", "word " * 60), ("B", "x")),
        _finding(Verdict.SINGLE_SOURCE, None, "SS2", "only in B", ("B", "A second claim only B makes.")),
        _finding(Verdict.SINGLE_SOURCE, None, "SS3", "only in A", ("A", "Another A-only claim.")),
    )
    return Report(
        sources=(
            Article(id="A", path="seeds/a.txt", text="", title="Storm [live]"),
            Article(id="B", path="seeds/b.txt", text=""),
        ),
        claims=(),
        findings=findings,
    )


def _render(report: Report, width: int) -> str:
    console = Console(width=width, file=io.StringIO(), color_system=None, force_terminal=False)
    render_report(report, console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(out, str)
    return out


@pytest.mark.parametrize("width", [100, 60])
def test_layout(width: int) -> None:
    out = _render(_report(), width)
    flat = " ".join(out.split())
    assert "2 agreements · 1 hard · 1 soft discrepancies · single-source: A 2, B 1" in flat
    assert "\x1b" not in out
    for line in out.splitlines():
        assert len(line) <= width, line
    # Order: sources, summary, hard, soft, agreements, single-source.
    positions = [out.index(s) for s in ("seeds/a.txt", "agreements ·", "HARD3", "SOFT7", "AG1", "SS1")]
    assert positions == sorted(positions)
    for text in ("hard3-rule", "soft7-rule", "timing differs", "Storm [live]", "(+1)", "…"):
        assert text in flat
    assert "death toll differs: 80 vs 95" in out
    # Bracketed text survives verbatim (not eaten as markup), even if wrapped.
    assert BRACKETS in flat
    assert "[officials said]" in flat or width < 100


def test_deterministic() -> None:
    assert _render(_report(), 100) == _render(_report(), 100)
    assert _render(_report(), 60) == _render(_report(), 60)


def test_empty_report() -> None:
    out = _render(Report(sources=(Article(id="A", path="a.txt", text=""),), claims=()), 60)
    assert "0 agreements · 0 hard · 0 soft discrepancies · single-source: A 0" in " ".join(out.split())
    assert "No findings." in out


def test_colour_highlights_differing_words() -> None:
    console = Console(width=100, file=io.StringIO(), color_system="truecolor", force_terminal=True)
    render_report(_report(), console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[" in out
    assert "\x1b[1;31m80\x1b[0m" in out and "\x1b[1;31m95\x1b[0m" in out  # hard: bold red
    assert "\x1b[1;33mWednesday\x1b[0m" in out  # soft: bold yellow
    assert "\x1b[1;31mkilled" not in out and "\x1b[1;31mblast" not in out  # shared words are not highlighted


def test_fact_agreement_inside_a_sentence_agreement_shares_its_row() -> None:
    sentence_a, sentence_b = "Officials said 23 pirates were held.", "The navy held 23 pirates, officials said."
    statement = Finding(
        verdict=Verdict.AGREEMENT,
        severity=None,
        rule=RuleRef("S001", "statement-agrees"),
        kind=ClaimKind.STATEMENT,
        message="both",
        claims=("A1", "B1"),
        evidence=(Evidence("A", 0, len(sentence_a), sentence_a), Evidence("B", 0, len(sentence_b), sentence_b)),
    )
    number = Finding(
        verdict=Verdict.AGREEMENT,
        severity=None,
        rule=RuleRef("N001", "number-agrees"),
        kind=ClaimKind.QUANTITY,
        message="both",
        claims=("A2", "B2"),
        evidence=(Evidence("A", 15, 25, "23 pirates"), Evidence("B", 14, 24, "23 pirates")),
    )
    report = Report(
        sources=(Article(id="A", path="a.txt", text=sentence_a), Article(id="B", path="b.txt", text=sentence_b)),
        claims=(),
        findings=(statement, number),
    )
    out = _render(report, 100)
    assert "S001 N001" in out  # one row, both codes
    assert out.count("23 pirates") == 2  # the sentences, once each: no separate row for the number
    assert "2 agreements" in out  # the summary still counts both findings


# --- views, sources, colour ---------------------------------------------------------------------------------------


def test_show_hide_and_quiet() -> None:
    report = _report()
    only = _render_view(report, View(show={Verdict.DISCREPANCY}))
    assert "HARD3" in only and "SOFT7" in only
    assert "AG1" not in only and "SS1" not in only and "Single-source (" not in only
    assert "2 agreements · 1 hard · 1 soft discrepancies" in " ".join(only.split())  # still counted
    assert "Not listed: agreements, single-source (see --show/--hide)." in " ".join(only.split())
    no_single = _render_view(report, View(show=set(Verdict) - {Verdict.SINGLE_SOURCE}))
    assert "AG1" in no_single and "SS1" not in no_single
    quiet = _render_view(report, View(quiet=True))
    assert quiet.splitlines() == ["2 agreements · 1 hard · 1 soft discrepancies · single-source: A 2, B 1"]


def _render_view(report: Report, view: View, width: int = 100) -> str:
    console = Console(width=width, file=io.StringIO(), color_system=None, force_terminal=False)
    render_report(report, console, view)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(out, str)
    return out


def test_header_has_title_path_and_date() -> None:
    out = _render_view(three_sources(), View())
    assert out.splitlines()[:3] == [
        "A  Tara Reid checks into rehab — drafts/reid, rehab.txt · 2008-12-05",
        "B  Wire | Service · wire/b.txt",
        "C  wire/c.txt",
    ]


@pytest.mark.parametrize("width", [100, 70])
def test_three_sources_say_how_many_agree(width: int) -> None:
    out = _render_view(three_sources(), View(), width)
    flat = " ".join(out.split())
    assert "single-source: A 1, B 0, C 1" in flat
    assert "3/3 A B C" in flat and "2/3 A C" in flat
    assert "Only in A" in flat and "Only in C" in flat and "Only in B" not in flat
    for line in out.splitlines():
        assert len(line) <= width, line
    # The soft discrepancy is between B and C: those two columns, B's words against C's.
    soft = out[out.index("D102") :]
    assert re.search(r"│ B:\d+ +│ C:\d+ +│", soft)


def test_four_sources_list_agreements_with_the_first_sources_words() -> None:
    report = three_sources()
    fourth = Article(id="D", path="wire/d.txt", text=report.sources[2].text)
    out = _render_view(attrs.evolve(report, sources=(*report.sources, fourth)), View())
    assert "evidence (first source)" in out and "3/4 A B C" in out and "2/4 A C" in out


def test_no_colour_when_no_color_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    console = Console(width=100, file=io.StringIO(), color_system="truecolor", force_terminal=True)
    render_report(_report(), console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert not COLOUR.search(out)
    assert "\x1b[1m" in out  # bold stays: NO_COLOR is about colour, and the differing words still stand out


# An SGR sequence that sets a foreground or background colour (30-37, 38;..., 40-47, 48;..., 90-97, 100-107).
COLOUR = re.compile(r"\x1b\[(?:[\d;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[\d;]*)?m")


def test_render_report_text_is_plain_and_fixed_width() -> None:
    text = render_report_text(_report(), width=60)
    assert "\x1b" not in text and all(len(line) <= 60 for line in text.splitlines())
    assert text.splitlines() == [line.rstrip() for line in _render(_report(), 60).splitlines()]


def test_summary_says_how_many_the_baseline_accepted() -> None:
    out = _render_view(attrs.evolve(_report(), accepted=3), View(quiet=True))
    assert out.splitlines() == [
        "2 agreements · 1 hard · 1 soft discrepancies · single-source: A 2, B 1 · 3 accepted by the baseline"
    ]

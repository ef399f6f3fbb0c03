"""Golden test: the seeds' report, as JSON and as the editor sees it at a fixed width, kept in seeds/.

After an intended change, regenerate with ``CROSSCHECK_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and
review the diff of seeds/report.json and seeds/report.txt like any other change.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import attrs
import pytest
from rich.console import Console

from crosscheck import compare_files, to_json
from crosscheck.model import Report, Severity, Verdict
from crosscheck.render import render_report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("[0-9]*_*.txt"))  # the articles; report.* beside them are the outputs
UPDATE = os.environ.get("CROSSCHECK_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def report() -> Report:
    assert len(SEEDS) == 2
    return compare_files(SEEDS)


def _check(path: Path, actual: str) -> None:
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == actual, f"{path.name} changed; see the module docstring"


def test_seeds_json_report(report: Report) -> None:
    document = to_json(report)
    for source in document["sources"]:
        source["path"] = Path(source["path"]).relative_to(ROOT).as_posix()  # independent of the checkout's place
    _check(ROOT / "seeds" / "report.json", json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def test_seeds_rendered_report(report: Report) -> None:
    # paths relative to the checkout before rendering: a long checkout path must not change where lines wrap
    sources = tuple(attrs.evolve(s, path=Path(s.path).relative_to(ROOT).as_posix()) for s in report.sources)
    out = io.StringIO()
    render_report(
        attrs.evolve(report, sources=sources), Console(width=100, file=out, color_system=None, force_terminal=False)
    )
    text = "\n".join(line.rstrip() for line in out.getvalue().splitlines())
    _check(ROOT / "seeds" / "report.txt", text + "\n")


def _evidence(report: Report, verdict: Verdict, phrase_a: str, phrase_b: str | None = None) -> list[str]:
    """Codes of findings with this verdict whose evidence covers ``phrase_a`` in A (and ``phrase_b`` in B)."""
    texts = {s.id: s.text for s in report.sources}
    codes = []
    for f in report.findings:
        if f.verdict is not verdict:
            continue
        spans = {e.source: texts[e.source][e.start : e.end] for e in f.evidence}
        a_ok = _covers(spans.get("A"), phrase_a)
        if a_ok and (phrase_b is None or _covers(spans.get("B"), phrase_b)):
            codes.append(f.rule.code)
    return codes


def _covers(span: str | None, phrase: str) -> bool:
    return span is not None and (phrase in span or span in phrase)


def test_the_three_facts_the_product_card_promises(report: Report) -> None:
    """The seeds' three showcase facts: meeting length agrees, troop counts differ softly, Quad only in A."""
    assert _evidence(report, Verdict.AGREEMENT, "80-minute", "around 80 minutes")
    soft = [f for f in report.findings if f.verdict is Verdict.DISCREPANCY and f.severity is Severity.SOFT]
    assert any("more than 100,000 troops" in " ".join(e.text for e in f.evidence) for f in soft)
    assert not [f for f in report.findings if f.severity is Severity.HARD]
    assert _evidence(report, Verdict.SINGLE_SOURCE, "for the Quad summit")

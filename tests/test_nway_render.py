"""Golden test: the report of three or more sources, one finding per fact, as the editor sees it: the terminal at a
fixed width, Markdown and HTML, kept in tests/data/nway/. Each value shows with its sources side by side; Markdown
and HTML show each source's wording under its value.

After an intended change, regenerate with ``CROSSCHECK_UPDATE_GOLDEN=1 pytest tests/test_nway_render.py`` and review
the diff like any other change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crosscheck import compare_texts
from crosscheck.model import Report
from crosscheck.render.html import render_html
from crosscheck.render.markdown import render_markdown
from crosscheck.render.terminal import render_report_text

HERE = Path(__file__).resolve().parent / "data" / "nway"
UPDATE = os.environ.get("CROSSCHECK_UPDATE_GOLDEN") == "1"

# three invented reports of one fire: two give one toll, the third another
TEXTS = [
    "A fire destroyed the old mill in Harwick on Sunday night and killed 4 workers, the fire chief said.\n"
    "About 60 firefighters fought the blaze for six hours.\n",
    "Four workers died when fire tore through the old mill in Harwick on Sunday night, according to the fire chief.\n"
    "About 60 firefighters fought the blaze.\n",
    "The fire chief said a blaze at the old mill in Harwick on Sunday night killed 6 workers.\n"
    "Some 60 firefighters were called to the scene.\n",
]


@pytest.fixture(scope="module")
def report() -> Report:
    return compare_texts(TEXTS)


def _check(name: str, actual: str) -> None:
    path = HERE / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == actual, f"{name} changed; see the module docstring"


def test_one_finding_for_the_toll(report: Report) -> None:
    (toll,) = [f for f in report.findings if f.values]
    assert [(v.sources, v.majority) for v in toll.values] == [(("A", "B"), True), (("C",), False)]


def test_terminal_at_a_fixed_width(report: Report) -> None:
    text = render_report_text(report, width=100)
    assert "(A, B) most sources" in text
    _check("report.txt", text)


def test_markdown(report: Report) -> None:
    text = render_markdown(report)
    assert "| 4 workers (A, B) · most sources | 6 workers (C) |" in text
    assert "- C: The fire chief said a blaze at the old mill" in text  # each source's wording
    _check("report.md", text)


def test_html(report: Report) -> None:
    text = render_html(report)
    assert '<ul class="wording"><li><b>A</b> A fire destroyed the old mill' in text
    _check("report.html", text)

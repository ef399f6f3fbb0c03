"""A headline's figures and dates are claims (issue 16): compared like any other and named as the headline's,
unless the body restates them, since an article's headline and its body are one source.

Each row: the article (headline, blank line, body), and the headline claims expected, as ``text=unit-or-value``
(empty: none). Rows are invented, in the shape of wire headlines.
"""

from __future__ import annotations

import pytest

from crosscheck.claims import extract_claims
from crosscheck.model import DateRef, Quantity
from crosscheck.read import article_from_text
from crosscheck.report import compare
from crosscheck.rules import load_pack

PACK = load_pack()

ROWS = [
    # a figure the body does not give is the headline's claim
    ("Storm leaves 12 dead in coastal towns\n\nThe storm hit the coast on Monday and cut power to the region.",
     ["12=people:dead"]),
    # the body restates it: the body's claim is the article's
    ("Storm leaves 12 dead in coastal towns\n\nTwelve people were killed when the storm hit on Monday.", []),
    # restated under another noun, in another state word ("2 hurt" over "two men were wounded")
    ("Gunman kills 1, wounds 2 at office\n\nOne woman died. Two men were wounded and taken to hospital.", []),
    # the same number of people, named otherwise ("100 teenagers" over "100 people")
    ("Chaos as 100 teenagers riot after vigil\n\nAbout 100 people marched from the vigil on Monday.", []),
    # a compatible date restated in the body
    ("Talks to resume on Friday\n\nThe two sides will meet again on Friday in Geneva.", []),
    # a headline date the body does not give
    ("Talks to resume on Friday\n\nThe two sides agreed to meet again, officials said.", ["Friday=friday"]),
    # a different figure in the body does not hide the headline's: another count
    ("Fire destroys 40 homes\n\nFirefighters spent 12 hours on the blaze.", ["40 homes=home"]),
    # no headline (the first line is a sentence): nothing is a headline claim
    ("The storm killed 12 people on Monday.\nIt was the worst in years.", []),
]  # fmt: skip


def _headline_claims(text: str) -> list[str]:
    article = article_from_text(text, "A")
    out = []
    for c in extract_claims(article, PACK.aliases, PACK.frames):
        if c.headline:
            value = c.fact.unit if isinstance(c.fact, Quantity) else c.fact.value if isinstance(c.fact, DateRef) else ""
            out.append(f"{c.text}={value}")
    return out


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[f"row{i}" for i in range(len(ROWS))])
def test_headline_claims(text: str, expected: list[str]) -> None:
    assert _headline_claims(text) == expected


def test_headline_claims_are_in_the_headline_and_marked() -> None:
    text = ROWS[0][0]
    article = article_from_text(text, "A")
    claims = extract_claims(article, PACK.aliases, PACK.frames)
    head_end = text.index("\n")
    assert all(c.headline == (c.end <= head_end) for c in claims)
    assert any(c.headline for c in claims)


def test_a_headline_figure_is_compared_and_its_source_named() -> None:
    a = article_from_text("Storm leaves 12 dead in coastal towns\n\nThe storm hit the coast and cut power.", "A")
    b = article_from_text("The storm killed 15 people along the coast, officials said.\nPower was cut.", "B")
    report = compare([a, b], PACK)
    conflicts = [f for f in report.findings if f.verdict.value == "discrepancy"]
    assert len(conflicts) == 1
    assert "A (headline)" in conflicts[0].message
    assert conflicts[0].severity is not None and conflicts[0].severity.value == "hard"


def test_a_headline_only_figure_is_single_source_from_the_headline() -> None:
    a = article_from_text("Fire destroys 40 homes\n\nFirefighters fought the blaze through the night.", "A")
    b = article_from_text("Firefighters fought a large blaze overnight.\nNo one was hurt.", "B")
    report = compare([a, b], PACK)
    single = [f for f in report.findings if f.verdict.value == "single-source" and f.kind.value == "quantity"]
    assert [f.message for f in single] == ["Only A (headline) gives this figure: “40 homes”."]


def test_a_headline_gives_figures_and_dates_only() -> None:
    text = 'Mayor says "we will rebuild" after 40 homes burn\n\nThe fire burned through the night, officials said.'
    claims = extract_claims(article_from_text(text, "A"), PACK.aliases, PACK.frames)
    assert {c.kind.value for c in claims if c.headline} == {"quantity"}

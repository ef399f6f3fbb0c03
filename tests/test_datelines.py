"""Date lines in whole articles: where they may stand, what they hide, and how an ambiguous one is read.

The line-by-line cases are in tests/data/extract/datelines.tsv (run by test_extract_tables.py). The articles here
are invented, in the shape of ECB+ news pages (a headline, a summary or byline, a date line, the story).
"""

from __future__ import annotations

import pytest

from crosscheck import article_from_text
from crosscheck.claims import extract_claims, publication_date
from crosscheck.model import ClaimKind, DateRef


def _statements(text: str) -> list[str]:
    claims = extract_claims(article_from_text(text, "A"))
    return [c.text for c in claims if c.kind is ClaimKind.STATEMENT]


def _dates(text: str) -> dict[str, DateRef]:
    claims = extract_claims(article_from_text(text, "A"))
    return {c.text: c.fact for c in claims if c.kind is ClaimKind.DATE and isinstance(c.fact, DateRef)}


BELOW_BYLINE = (
    "Flood waters reach the old town\n"
    "Residents were moved to the sports hall overnight.\n"
    "By Staff Reporter\n"
    "PUBLISHED: 07: 12 GMT, 3 March 2014 | UPDATED: 09: 40 GMT, 4 March 2014\n"
    "The river rose two metres today, the county council said.\n"
)


def test_a_date_line_below_a_summary_and_byline_gives_the_publication_date() -> None:
    article = article_from_text(BELOW_BYLINE, "A")
    assert publication_date(article) == "2014-03-03"
    assert _dates(BELOW_BYLINE)["today"] == DateRef("date", "2014-03-03")
    assert not any("PUBLISHED" in s for s in _statements(BELOW_BYLINE))


PLACE_FIRST = (
    "Court hears appeal over port contract\n"
    "LISBON, Portugal, May 6, 2015\n"
    "The appeal was filed on Monday, lawyers for the company said today.\n"
)


def test_a_place_before_the_date_is_part_of_the_date_line() -> None:
    assert publication_date(article_from_text(PLACE_FIRST, "A")) == "2015-05-06"
    assert _statements(PLACE_FIRST) == ["The appeal was filed on Monday, lawyers for the company said today."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted: 06 / 03 / 2012 4: 10 PM EDT", "2012-06-03"),  # a North American time zone: month first
        ("Posted: 06 / 03 / 2012 4: 10 PM", "2012-03-06"),  # the story names March, not June
    ],
)
def test_a_numeric_date_that_reads_both_ways(line: str, expected: str) -> None:
    text = f"Storm closes the bridge\n{line}\nThe bridge shut on March 5 after the storm, officials said.\n"
    assert publication_date(article_from_text(text, "A")) == expected


def test_an_ambiguous_date_with_nothing_to_settle_it_gives_no_publication_date() -> None:
    text = "Storm closes the bridge\nPosted: 06 / 03 / 2012 4: 10 PM\nThe bridge shut on Monday, officials said.\n"
    assert publication_date(article_from_text(text, "A")) is None


BODY_DATE = (
    "Singer admitted to clinic\n"
    "The singer checked herself in on Tuesday, December 9, 2008.\n"
    "Her spokesman confirmed the stay.\n"
)


def test_a_sentence_that_holds_a_date_is_a_fact_not_a_date_line() -> None:
    assert publication_date(article_from_text(BODY_DATE, "A")) is None
    assert "The singer checked herself in on Tuesday, December 9, 2008." in _statements(BODY_DATE)


def test_a_date_line_far_down_the_article_is_not_one() -> None:
    lines = [f"Line {n} of the story says something else." for n in range(1, 9)]
    text = "Heading\n" + "\n".join(lines) + "\nNovember 28, 2005\n"
    assert publication_date(article_from_text(text, "A")) is None
    assert "November 28, 2005" in _statements(text)

"""The pieces of crosscheck.claims.dates that the golden table (tests/data/extract/dates.tsv) reads only through
find_dates: one normaliser per pattern, anchored offsets and the qualifier of a clock time."""

from __future__ import annotations

import re

import pytest

from crosscheck.claims import dates
from crosscheck.model import Qualifier


def test_every_pattern_has_its_normaliser() -> None:
    assert [name for name, _ in dates._PATTERNS] == list(dates._NORMALISERS)


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("anchored", "two weeks after the election", "P14D after election"),
        ("clockword", "at midnight", "00:00"),
        ("time", "at 6.30pm", "18:30"),
        ("iso", "2009-01-20", "2009-01-20"),
        ("numeric", "25/12/2008", "2008-12-25"),
        ("mdy", "March 11, 2005", "2005-03-11"),
        ("dmy", "16 September 2013", "2013-09-16"),
        ("md", "November 11", "--11-11"),
        ("dm", "11 November", "--11-11"),
        ("my", "December 2008", "2008-12"),
        ("month", "in late August", "late 08"),
        ("weekday", "last Friday", "last friday"),
        ("decade", "the 1990s", "1990s"),
        ("yearpart", "the end of 2007", "late 2007"),
        ("yearrange", "the 1982-83 season", "1982-83"),
        ("seasonyear", "for Fall 2009", "autumn 2009"),
        ("yearspan", "from 2005 to 2008", "2005-2008"),
        ("yearmod", "a 1998 treaty", "1998"),
        ("year", "in 2007", "2007"),
        ("relative", "more than a week ago", "more than a week ago"),
        ("season", "next spring", "next spring"),
    ],
)
def test_each_normaliser(name: str, text: str, value: str) -> None:
    """Each pattern's own normaliser, on a match of that pattern alone."""
    pattern = dict(dates._PATTERNS)[name]
    m = pattern.search(text)
    assert m is not None
    ref = dates._normalise(name, m)
    assert ref is not None and ref.value == value


@pytest.mark.parametrize(
    ("words", "low", "high", "read"),
    [
        (("a", "week", ""), 7 * 86400, 7 * 86400, Qualifier.EXACT),
        (("two", "hours", "about"), 1.5 * 3600, 2.5 * 3600, Qualifier.APPROXIMATE),
        (("a few", "hours", ""), 2 * 3600, 9 * 3600, Qualifier.VAGUE),
        (("a", "week", "more than"), 7 * 86400, None, Qualifier.LOWER_BOUND),
        ((None, "minutes", "within"), 0, 3600, Qualifier.VAGUE),
        (("a", "day", "within"), 0, 86400, Qualifier.UPPER_BOUND),
        (("a couple of", "days", ""), 1.5 * 86400, 2.5 * 86400, Qualifier.APPROXIMATE),
        (("half an", "hour", ""), 1800, 1800, Qualifier.EXACT),
        ((None, "years", ""), 2 * 31557600, None, Qualifier.VAGUE),
    ],
)
def test_offsets_are_intervals(
    words: tuple[str | None, str, str], low: float, high: float | None, read: Qualifier
) -> None:
    """(count, unit, qualifier) as written: the offset in seconds and how it is qualified."""
    number, unit, qualifier = words
    offset = dates.offset_of(number, unit, qualifier, "after", ("election",))
    assert offset is not None
    assert offset.qualifier is read
    assert offset.low == pytest.approx(low)
    assert (offset.high is None) == (high is None)
    assert offset.high is None or offset.high == pytest.approx(high)


def test_no_offset_without_a_count() -> None:
    assert dates.offset_of(None, "month", "", "before", ("oscars",)) is None  # "a full month before"
    assert dates.offset_of(None, "hours", "about", "after", ("blast",)) is None  # "about hours after"


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("the election", ("election",)),
        ("suffering a heart attack", ("heart", "attack")),
        ("Comeaux's escape", ("comeaux", "escape")),
        ("the shooting", ("shooting",)),
        ("", ()),
    ],
)
def test_anchor_head_words(phrase: str, words: tuple[str, ...]) -> None:
    assert dates.anchor_words(phrase) == words


@pytest.mark.parametrize(
    ("before", "qualifier"),
    [
        ("The quake struck about ", Qualifier.APPROXIMATE),
        ("It happened at around ", Qualifier.APPROXIMATE),
        ("landed shortly before ", Qualifier.APPROXIMATE),
        ("The fire was out by ", Qualifier.UPPER_BOUND),
        ("The curfew begins after ", Qualifier.LOWER_BOUND),
        ("The rally began at ", None),
        ("", None),
    ],
)
def test_time_qualifier(before: str, qualifier: Qualifier | None) -> None:
    assert dates.time_qualifier(before) is qualifier


def test_anchored_values_are_iso_durations() -> None:
    values = [d.value for _, _, d in dates.find_dates("About two hours after the shooting, and a few hours later")]
    assert values == ["~PT2H after shooting", "PT2H/PT9H later"]
    assert all(re.fullmatch(r"[~<>]?P\S+ \w+.*", v) for v in values)

"""How two facts relate: a table of quantity and date pairs with the relation an editor expects."""

from __future__ import annotations

import pytest

from crosscheck.claims.dates import find_dates
from crosscheck.claims.quantities import find_quantities
from crosscheck.facts import Relation, apart, date_relation, quantity_relation, rounds
from crosscheck.model import DateRef, Quantity

SAME, DIFFERS, CONFLICT = Relation.SAME, Relation.DIFFERS, Relation.CONFLICT

QUANTITIES = [
    ("a 45-minute hearing", "the hearing lasted around 45 minutes", SAME),
    ("more than 5,000 soldiers", "around 5,000 soldiers", DIFFERS),
    ("three bank workers", "four bank workers", CONFLICT),
    ("about 60 people", "between 60 and 100 people", DIFFERS),  # a range's value is its lower end, not its statement
    ("60 to 100 people", "between 60 and 100 people", SAME),
    ("60 to 100 people", "between 60 and 90 people", DIFFERS),
    ("between 60 and 100 rioters", "60 to 100 people", SAME),  # rioters are people
    ("a euro110 billion loan", "a euro110 billion loan", SAME),
    ("$141 billion", "$144 billion", CONFLICT),
    ("killing at least five people", "11 people died", DIFFERS),
    ("damaged more than 300 houses", "around 40 houses", CONFLICT),
    ("injured more than 200 people", "dozens of people were injured", DIFFERS),
    ("five people were killed", "249 people were injured", None),  # the dead are never compared with the injured
    ("the death toll rose to 11", "killing at least five people", DIFFERS),
    ("a depth of six miles", "a depth of 10 kilometres", SAME),
    ("a 6.1-magnitude quake", "a 6.0-magnitude quake", CONFLICT),
    ("a 6. 1-magnitude quake", "a 6.1 magnitude quake", SAME),
    ("killed more than 1000 people", "killed more than 1, 000 people", SAME),
    ("up to 20 people", "15 people", DIFFERS),
    ("up to 20 people", "25 people", CONFLICT),
    ("tens of thousands of people", "tens of thousands of Greeks", SAME),
    ("12 votes", "12 seats", None),  # different things counted: not comparable
    ("One victim died", "killing one", SAME),  # a count of people and a count of people of one kind agree
    ("killed six children", "killing at least five people", None),  # a part of them, not another toll
    ("an hour and 10 minutes", "70 minutes", SAME),  # a compound duration is summed
    ("about 20 to 25 people were hurt", "24 people were hurt", DIFFERS),  # inside an approximate range
    ("about 20 to 25 people were hurt", "40 people were hurt", CONFLICT),
    # a round figure may be the other rounded: a difference of precision, not of fact
    ("296 people were killed", "300 people were killed", DIFFERS),
    ("a record of 60,000 years", "a record of 59,619 years", DIFFERS),
    ("4,156 people fled", "4,000 people fled", DIFFERS),
    ("2,300 people fled", "2,000 people fled", CONFLICT),  # rounds to it, but 15% off
    ("250 people were killed", "300 people were killed", CONFLICT),  # does not round to 300
    ("19 people were killed", "20 people were killed", CONFLICT),  # a count ending in one zero is not round
    ("$140 million", "$146 million", CONFLICT),
    ("100% of the votes", "95% of the votes", CONFLICT),  # 100 percent is all, not a round figure
    # tallies (votes, scores, records): the same two numbers in either order, else a conflict, however near
    ("voted 5-4", "a 4-5 vote", SAME),
    ("voted 5-4", "voted 6-3", CONFLICT),
    ("by a 52-to-47 vote", "a 52-47 vote", SAME),
    ("a 52-47 vote", "a 51-48 vote", CONFLICT),  # near, but another vote
    ("the 76ers have opened 9-14", "the Sixers (9-14) are", SAME),
    ("Cheeks is 122-147 in Philadelphia", "a 122-148 mark", CONFLICT),
    ("a 91-73 victory", "won 91-72", CONFLICT),
    ("voted 5-4", "5 votes", None),  # a tally never meets a plain count
    ("a 52-47 vote", "52 senators", None),
    # ordinals: a position in a series of one noun
    ("the fifth coach fired this season", "the fifth NBA coach fired", SAME),
    ("the fifth coach fired this season", "the sixth coach fired this season", CONFLICT),
    ("her third marriage failed", "three marriages", SAME),  # the third implies at least three
    ("her third marriage failed", "two marriages", CONFLICT),
    ("her second marriage failed", "three marriages", None),  # the second of three: nothing about which
    ("starting his fourth season as coach", "in three-plus seasons", SAME),
    ("her third marriage failed", "her third husband", None),  # another series
    ("the 50th anniversary party", "the 50th anniversary celebration", SAME),  # one series noun
    # ages by decade: an interval of age
    ("a woman in her 30s", "a 34-year-old woman", SAME),
    ("a woman in her 30s", "Smith, 39, said", SAME),
    ("a woman in her 30s", "a 41-year-old woman", CONFLICT),
    ("a man in his early 40s", "a 42-year-old man", DIFFERS),  # a part of a decade has no sharp edge
    ("a man in his late 40s", "a 44-year-old man", DIFFERS),
    ("all in their 60s", "in their 60s", SAME),
    # shares of a whole, as percentages of that whole
    ("two-thirds of the Senate", "67 percent of the Senate", SAME),
    ("half of the settlers", "50% of them", SAME),
    ("half of the settlers", "a third of the settlers", CONFLICT),
    ("about half the milk in Alaska", "half of the settlers", None),  # two wholes
    ("a three-fifths majority", "60 percent", SAME),
]


def _quantity(text: str) -> Quantity:
    found = [q for _, _, q in find_quantities(text)]
    assert found, f"no quantity in {text!r}"
    return found[0]


@pytest.mark.parametrize(("a", "b", "expected"), [pytest.param(*q, id=f"{q[0]} ~ {q[1]}") for q in QUANTITIES])
def test_quantity_relation(a: str, b: str, expected: Relation | None) -> None:
    assert quantity_relation(_quantity(a), _quantity(b)) is expected
    assert quantity_relation(_quantity(b), _quantity(a)) is expected  # symmetric


KINDRED = {"rifle": 0, "gun": 0, "pistol": 0, "boat": 1, "ship": 1}
RENAMED = [
    ("three assault rifles", "three machine guns", Relation.RENAMED),  # one count, two names of a kind of thing
    ("about 10 rifles", "10 guns", Relation.RENAMED),
    ("three assault rifles", "five machine guns", None),  # different counts of different kinds: two facts
    ("three rifles", "three boats", None),  # different classes
    ("three rifles", "three hats", None),  # a noun in no class
    ("two boats", "two ships", Relation.RENAMED),
    ("three rifles", "three rifles", Relation.SAME),  # the same noun is compared as before
]


@pytest.mark.parametrize(("a", "b", "expected"), [pytest.param(*q, id=f"{q[0]} ~ {q[1]}") for q in RENAMED])
def test_equal_figures_of_kindred_nouns_are_renamed(a: str, b: str, expected: Relation | None) -> None:
    assert quantity_relation(_quantity(a), _quantity(b), kindred=KINDRED) is expected
    assert quantity_relation(_quantity(b), _quantity(a), kindred=KINDRED) is expected
    if expected is Relation.RENAMED:
        assert quantity_relation(_quantity(a), _quantity(b)) is None  # without the classes: not comparable


DATES = [
    ("on Wednesday", "on Wednesday", SAME),
    ("on Tuesday", "on Wednesday", CONFLICT),
    ("May 05, 2010", "5 / 5 / 2010", SAME),
    ("Wednesday, May 5, 2010", "on Wednesday", SAME),
    ("May 5, 2010", "on Thursday", CONFLICT),
    ("May 19", "May 19, 2010", SAME),
    ("in 2004", "in 2004", SAME),
    ("in 2004", "in 2005", CONFLICT),
    ("founded in the 1930's", "founded in 1931", DIFFERS),  # the year is in the decade
    ("in the 1950s", "in 1961", CONFLICT),
    ("in the mid-1930s", "in 1935", DIFFERS),  # the part of the decade holds the year
    ("in the early 1990s", "in 1998", CONFLICT),
    ("in the late 1980s", "in the 1980s", DIFFERS),
    ("in the early 1990s", "in the late 1990s", CONFLICT),
    ("in the 1950s", "in the 1960s", CONFLICT),
    ("in the 1930s", "in early 1931", DIFFERS),
    ("in 2004", "in late 2004", DIFFERS),  # the same year, one more precise
    ("in early 2004", "in late 2005", CONFLICT),
    ("in 1983", "in November 1983", SAME),  # a month of the year: both true, one more exactly
    ("by the end of 2007", "in December 2007", SAME),  # the month is in that part of the year
    ("in early 2007", "in December 2007", CONFLICT),
    ("in 2006", "in December 2007", CONFLICT),
    ("last Friday", "on Friday", None),
    ("in late spring", "on Friday", None),
    ("yesterday", "on Tuesday", None),
    # clock times with their qualifiers
    ("at about 8 p.m.", "around 8:30 p.m.", DIFFERS),  # the ranges overlap
    ("at 6.30pm", "at 6pm", CONFLICT),  # exact, half an hour apart
    ("around 10 a.m.", "about 10 a.m.", SAME),
    ("at 3:30 a.m.", "at 3:33 a.m.", DIFFERS),  # one may be the other rounded
    ("at 3pm", "at about 3pm", SAME),
    ("at noon", "at 12 p.m.", SAME),
    ("by noon", "at 11 a.m.", DIFFERS),  # at the latest noon: 11 a.m. may be it
    ("by noon", "at 1 p.m.", CONFLICT),
    ("about 8 p.m.", "about 10 p.m.", CONFLICT),
    ("shortly before 10 a.m.", "at 10 a.m.", SAME),  # "shortly before" is read as "about", either side
    ("at midnight", "at 11:55 p.m.", DIFFERS),  # across midnight: five minutes apart
    # times anchored to another event: compared when the anchors share a head word
    ("a week after the election", "seven days after the election", SAME),
    ("two weeks after the election", "14 days after the election", SAME),
    ("about two hours after the shooting", "two hours after the shooting", SAME),
    ("a week after the election", "more than a week after the election", DIFFERS),
    ("a few hours after the shooting", "about two hours after the shooting", SAME),  # both rough, one inside the other
    ("a few hours after the shooting", "two hours after the shooting", DIFFERS),  # rough against exact
    ("a few hours after the shooting", "about two days after the shooting", DIFFERS),  # vague: never a conflict
    ("hours after the shooting", "three hours after the shooting", DIFFERS),
    ("two days after the vote", "a week after the vote", CONFLICT),
    ("two days before the vote", "two days after the vote", CONFLICT),
    ("hours after the blast", "a week after the blast", DIFFERS),  # a vague offset is never a hard conflict
    ("within a week of the vote", "three days after the vote", DIFFERS),
    ("a week after suffering a heart attack", "two weeks after his heart attack", CONFLICT),
    ("two days after the vote", "two days after the war", None),  # other events
    ("a year later", "a year later", None),  # each from its article's previous event
    ("a year later", "two years later", None),
    ("two weeks after the election", "on Nov 17", None),  # the election's date is not known here
    ("a week after the election", "a week ago", None),
    ("more than a week ago", "more than a week ago", SAME),
    ("more than a week ago", "a week ago", None),
    # spans of years and a season of a year
    ("the 1982-83 season", "the 1982-83 season", SAME),
    ("the 1982-83 season", "in 1983", None),  # a span of years is compared only with itself
    ("for Fall 2009", "in the fall", None),
    ("for Fall 2009", "for autumn 2009", SAME),
    # a year range holds a year inside it, less precisely
    ("from 2005 to 2008", "in 2006", DIFFERS),
    ("from 2005 to 2008", "in 2009", CONFLICT),
    ("from 2005 to 2008", "between 2005 and 2008", SAME),
    ("from 2005 to 2008", "in the 2000s", DIFFERS),
    ("a 1998 treaty", "in 1998", SAME),
]


def _date(text: str) -> DateRef:
    found = [d for _, _, d in find_dates(text)]
    assert found, f"no date in {text!r}"
    return found[0]


@pytest.mark.parametrize(("a", "b", "expected"), DATES, ids=[f"{a} ~ {b}" for a, b, _ in DATES])
def test_date_relation(a: str, b: str, expected: Relation | None) -> None:
    assert date_relation(_date(a), _date(b)) is expected
    assert date_relation(_date(b), _date(a)) is expected


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("10 yards", "6,728 yards", 600, 700),  # exact figures: the ratio of their values
        ("injured dozens", "injured over 200 people", 2.0, 2.1),  # the nearer ends: 99 and 200
        ("three people", "tens of thousands of people", 6000, 7000),  # "tens of thousands" starts at 20,000
        ("about 40 people", "more than 40 people", 1, 1),  # the ranges meet
    ],
)
def test_how_far_apart_two_figures_are(a: str, b: str, low: float, high: float) -> None:
    assert low <= apart(_quantity(a), _quantity(b)) <= high
    assert apart(_quantity(a), _quantity(b)) == apart(_quantity(b), _quantity(a))


ROUNDINGS = [
    # (a, b, whether one is the other rounded)
    ("at 3:30 a.m.", "at 3:33 a.m.", True),  # to the half hour or the ten minutes
    ("at 3:35 a.m.", "at 3:33 a.m.", True),  # to the five minutes
    ("at 4 a.m.", "at 3:52 a.m.", True),  # to the hour
    ("at 3:45 a.m.", "at 3:33 a.m.", False),  # no rounding of 3:33 gives 3:45
    ("at 6:40 a.m.", "at 3:33 a.m.", False),
    ("at 3:33 a.m.", "at 3:33 a.m.", False),  # equal: no rounding
    ("300 people", "296 people", True),
    ("300 people", "250 people", False),
    ("300 people", "296 homes", False),  # another thing
]


@pytest.mark.parametrize(("a", "b", "expected"), ROUNDINGS, ids=[f"{a} ~ {b}" for a, b, _ in ROUNDINGS])
def test_one_fact_is_the_other_rounded(a: str, b: str, expected: bool) -> None:
    def fact(text: str) -> Quantity | DateRef:
        dates = [d for _, _, d in find_dates(text)]
        return dates[0] if dates else next(q for _, _, q in find_quantities(text))

    assert rounds(fact(a), fact(b)) is expected
    assert rounds(fact(b), fact(a)) is expected


def test_times_in_different_zones_are_not_compared() -> None:
    """ "0300 GMT" and "8 a.m." may be one moment in two zones; two times in one zone compare as usual."""
    assert date_relation(_date("at 0300 GMT"), _date("at 8 a.m.")) is None
    assert date_relation(_date("at 0300 GMT"), _date("at 1100 UTC")) is None
    assert date_relation(_date("at 0300 GMT"), _date("at 0400 GMT")) is Relation.CONFLICT
    assert _date("at 0300 GMT").zone == "GMT" and _date("at 8 a.m.").zone is None

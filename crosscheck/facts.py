"""How two extracted facts relate: the same, compatible but different, or in conflict.

Used by the aligner (a pair whose values agree needs less shared context) and by the rule kinds.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Mapping

from attrs import evolve

from crosscheck import lexicon
from crosscheck.claims.dates import week_of, weekday_of
from crosscheck.model import DateRef, Offset, Qualifier, Quantity
from crosscheck.patterns import LazyPattern, compiled
from crosscheck.wordlists import PEOPLE

# Qualifier pairs that state the same figure: "45-minute" and "around 45 minutes" agree.
EQUIVALENT_QUALIFIERS = frozenset({frozenset({Qualifier.EXACT, Qualifier.APPROXIMATE})})

ROUND_PLACE = 100  # a figure that ends in two zeros or more is a round one (see _rounded)


class Relation(enum.StrEnum):
    SAME = "same"  # the same fact, compatibly stated
    DIFFERS = "differs"  # compatible, but a qualifier, precision or vagueness differs
    CONFLICT = "conflict"  # both cannot be true
    # the same figure of two kinds of one class of things: "three assault rifles" and "three machine guns"
    RENAMED = "renamed"


def quantity_relation(
    a: Quantity,
    b: Quantity,
    approx_tolerance: float = 0.1,
    kindred: Mapping[str, int] | None = None,
    *,
    vague_margin: float | None = None,
) -> Relation | None:
    """``None`` when the two do not count the same thing (different units, a change against a level).

    ``kindred``: counted nouns by their class (a rule pack's ``kindred`` lists): two figures that count nouns of
    one class ("rifle" and "gun") and agree are ``RENAMED``, the same count of things named differently.
    ``vague_margin``: a vague figure ("a few", "dozens") and another that lies outside its interval by this factor
    or more (``apart``: "a few" and 300) cannot both be true, a ``CONFLICT``; nearer ("dozens" and "more than
    200"), or with no margin given, the vague word's edge is too loose for that, and they differ."""
    if a.change != b.change or a.ordinal or b.ordinal:
        return _ordinal_relation(a, b, approx_tolerance)  # a change never meets a level
    if not same_thing(a, b):
        if people_kinds(a, b):
            # "killing one" and "One victim died": a count of people agrees with a count of people of one kind; a
            # different figure may count a part of them ("six children" of "at least five people")
            same = quantity_relation(a, evolve(b, unit=a.unit, phrase=a.phrase), approx_tolerance) is Relation.SAME
            return Relation.SAME if same else None
        return Relation.RENAMED if _renamed(a, b, approx_tolerance, kindred or {}) else None
    if a.unit.partition(":")[0] == "tally":
        # a vote, score or record ("voted 5-4", "a 4-5 vote"): the same tally or another, never a near one (a
        # 52-47 vote is no 51-48 vote); crosscheck.claims.quantities reads both numbers in order as low and high
        return Relation.SAME if (a.low, a.high) == (b.low, b.high) else Relation.CONFLICT
    if a.reference and b.reference:
        return None  # two references to a group say nothing about its size
    if not a.unit and not _close(a.value, b.value):
        return None  # bare numbers are compared only when equal: we do not know what they count
    lo_a, hi_a = _interval(a, approx_tolerance)
    lo_b, hi_b = _interval(b, approx_tolerance)
    overlap = lo_a <= hi_b and lo_b <= hi_a
    if a.qualifier is Qualifier.EXACT and b.qualifier is Qualifier.EXACT:
        # exact figures agree when they round to each other: "six miles" and "10 kilometres (6.2 miles)"; one may
        # be the other rounded, which is a difference of precision: "300 people" and "296 people"
        if overlap:
            return Relation.SAME
        # (not a percentage: "100%" means all, not a figure near 100)
        rounded = a.unit != "percent" and _rounded(a.value, b.value, approx_tolerance)
        return Relation.DIFFERS if rounded else Relation.CONFLICT
    equivalent = a.qualifier == b.qualifier or frozenset({a.qualifier, b.qualifier}) in EQUIVALENT_QUALIFIERS
    if equivalent and _close(a.value, b.value) and _same_reach(a, b):
        return Relation.SAME
    if overlap and a.qualifier is b.qualifier is Qualifier.VAGUE:
        return Relation.SAME  # "several seconds" and "a few seconds": two vague words that meet differ in style only
    if overlap:
        return Relation.DIFFERS
    if Qualifier.VAGUE in (a.qualifier, b.qualifier):
        far = vague_margin is not None and apart(a, b, approx_tolerance) >= vague_margin
        return Relation.CONFLICT if far else Relation.DIFFERS
    return Relation.CONFLICT


def _ordinal_relation(a: Quantity, b: Quantity, approx_tolerance: float) -> Relation | None:
    """A position in a series of one noun. Against another position of the same noun: the same or in conflict ("the
    fifth coach fired" and "the sixth coach fired"); any other noun is another series ("the fifth season"). Against a
    count of the noun, the nth implies at least n so far: a count that may be n agrees ("her third marriage", "three
    marriages"; "his fourth season", "three-plus seasons"), a smaller one conflicts ("two marriages"), and a larger one
    says nothing of which this one is ("the second of five marriages")."""
    if a.change != b.change or a.reference or b.reference:
        return None
    if a.ordinal and b.ordinal:
        return (Relation.SAME if a.value == b.value else Relation.CONFLICT) if a.unit == b.unit else None
    position, count = (a, b) if a.ordinal else (b, a)
    if position.unit != count.unit:  # a casualty count ("people:dead") is no series
        return None
    low, high = _interval(count, approx_tolerance)
    if high < position.value:
        return Relation.CONFLICT
    return Relation.SAME if low <= position.value else None


def _same_reach(a: Quantity, b: Quantity) -> bool:
    """Whether two figures of one value reach as far: a range's value is its lower end, so "between 60 and 100"
    has the value of "about 60" and is no statement of it; two ranges reach as far when their upper ends agree."""
    if _range(a) != _range(b):
        return False
    return not _range(a) or (a.high is not None and b.high is not None and _close(a.high, b.high))


def _range(q: Quantity) -> bool:
    """A range ("60 to 100 people"): its upper end lies far further above its value than its lower end below."""
    if q.high is None or q.low is None:
        return False
    return q.high - q.value > 2 * (q.value - q.low) + 1e-9 * abs(q.value)


def people_kinds(a: Quantity, b: Quantity) -> bool:
    """One figure counts "people", the other people of one kind ("victims", "soldiers"), in the same state."""
    head_a, _, state_a = a.unit.partition(":")
    head_b, _, state_b = b.unit.partition(":")
    return state_a == state_b and "people" in (head_a, head_b) and head_a in PEOPLE and head_b in PEOPLE


def _renamed(a: Quantity, b: Quantity, approx_tolerance: float, kindred: Mapping[str, int]) -> bool:
    """Two figures of nouns of one class, with the same state ("dead", "injured"), that agree in value."""
    head_a, _, state_a = a.unit.partition(":")
    head_b, _, state_b = b.unit.partition(":")
    group = kindred.get(head_a)
    if group is None or group != kindred.get(head_b) or state_a != state_b or a.reference or b.reference:
        return False
    return quantity_relation(a, evolve(b, unit=a.unit, phrase=a.phrase), approx_tolerance) is Relation.SAME


def same_thing(a: Quantity, b: Quantity) -> bool:
    """Whether two figures count the same thing: the same unit, or one's head noun is in the other's phrase
    ("seven AK-47s" and "seven AK-47 assault rifles"; "two unions" and "two union organizations")."""
    if a.unit == b.unit:
        # a share of one whole is not a share of another: "half the milk", "half of the settlers"
        return a.unit != "percent" or not (a.phrase and b.phrase) or bool(set(a.phrase) & set(b.phrase))
    head_a, _, state_a = a.unit.partition(":")
    head_b, _, state_b = b.unit.partition(":")
    if head_a == head_b == "tally":
        return not (state_a and state_b)  # a tally of no known kind may be a vote, a score or a record
    if not (head_a and head_b) or state_a != state_b:
        return False
    # one's head noun in the other's phrase, or two nouns for one thing in their common sense ("quake" and
    # "temblor", "slaying" and "murder": crosscheck.lexicon)
    return head_a in b.phrase or head_b in a.phrase or lexicon.related(head_a, head_b, "n", derived=False)


def _rounded(x: float, y: float, tolerance: float) -> bool:
    """Whether one figure is the other rounded: the round one ends in two zeros or more ("300", "60,000", "$2
    million"), the other rounds to it at that place and is within ``tolerance`` of it (the width of "about").
    "296" and "300", "59,619" and "60,000" are; "250" and "300" (too far), "19" and "20" (a count that ends in
    one zero is not taken for a round figure) are not."""
    if not (math.isfinite(x) and math.isfinite(y)):
        return False
    for r, other in ((x, y), (y, x)):
        place = _round_place(r)
        if place >= ROUND_PLACE and _round_place(other) < place:
            off = abs(other - r)
            if off <= place / 2 and off <= tolerance * abs(r):
                return True
    return False


def rounds(a: Quantity | DateRef, b: Quantity | DateRef, approx_tolerance: float = 0.1) -> bool:
    """Whether one fact is the other rounded: "300 people" of "296 people" (see ``_rounded``); a clock time on the
    five, ten, quarter or half hour that the other reaches by rounding down or to the nearest ("3:30 a.m." of
    "3:33 a.m."; not "3:45" of "3:33", nor "6:40" of "3:33")."""
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return same_thing(a, b) and _rounded(a.value, b.value, approx_tolerance)
    if not (isinstance(a, DateRef) and isinstance(b, DateRef) and a.granularity == b.granularity == "time"):
        return False
    ma, mb = _minutes(a.value), _minutes(b.value)
    if ma is None or mb is None or ma == mb:
        return False
    for rounded, exact in ((ma, mb), (mb, ma)):
        for step in (5, 10, 15, 30, 60):
            if rounded % step == 0 and rounded in (exact - exact % step, (exact + step // 2) // step * step):
                return True
    return False


def _round_place(value: float) -> int:
    """The place a whole number is rounded to: 1 for 296, 100 for 300, 10,000 for 60,000 (1 when not whole)."""
    value = round(value, 6)  # "$4.1 million" is 4099999.9999999995 as a float
    if value != int(value) or value == 0:
        return 1
    n, place = abs(int(value)), 1
    while n % 10 == 0:
        n //= 10
        place *= 10
    return place


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-9 + 0.005 * max(abs(x), abs(y))


def apart(a: Quantity, b: Quantity, approx_tolerance: float = 0.1) -> float:
    """How many times apart two figures are: the ratio of their values for two exact figures, else of the nearer
    ends of their ranges ("dozens" and "over 200": 99 to 200, about 2; "three" and "tens of thousands": over
    3,000); 1 when the ranges meet or a value is not positive."""
    ranges = sorted(
        (q.value, q.value) if q.qualifier is Qualifier.EXACT else _interval(q, approx_tolerance) for q in (a, b)
    )
    (_, high_low), (low_high, _) = ranges
    if low_high <= high_low or high_low <= 0:
        return 1.0
    return low_high / high_low


def _interval(q: Quantity, approx_tolerance: float) -> tuple[float, float]:
    low = q.low if q.low is not None else float("-inf")
    high = q.high if q.high is not None else float("inf")
    if q.qualifier is Qualifier.APPROXIMATE:
        # "about 80" is 72-88; "about 20 to 25" keeps its range and widens both ends
        low, high = min(low, q.value) * (1 - approx_tolerance), max(high, q.value) * (1 + approx_tolerance)
        if high == float("inf") or low == float("-inf"):
            low, high = q.value * (1 - approx_tolerance), q.value * (1 + approx_tolerance)
        # a round figure given "about" is rounded at its place: "about 1,000" covers a quarter of a thousand either
        # side (750-1,250), so "about $1 million" and "$1.2 million" differ in precision, not in fact (the gold
        # README's example of a soft discrepancy); "about 300" keeps 270-330
        place = _round_place(q.value)  # 1 for a figure converted to another unit (2,000 ft is 0.6096 km)
        if place >= ROUND_PLACE and not _range(q) and q.low is not None and q.high is not None:
            low, high = min(low, q.value - place / 4), max(high, q.value + place / 4)
    return low, high


def date_relation(a: DateRef, b: DateRef, *, one_anchor: bool = False) -> Relation | None:
    """``None`` when the two cannot be compared (a season against a weekday, relative expressions). ``one_anchor``:
    two anchored dates are known to be measured from one event, whatever words name it (their frames' ``after``)."""
    ga, gb = a.granularity, b.granularity
    if "anchored" in (ga, gb):
        if a.offset is None or b.offset is None:
            return None  # an offset from an event against a calendar date: the event's date is not known here
        return offset_relation(a.offset, b.offset, one_anchor=one_anchor)
    if "relative" in (ga, gb) or "season" in (ga, gb):
        if ga == gb and a.value == b.value:
            return Relation.SAME
        return None
    if ga == "date" and gb == "date":
        return Relation.SAME if _dates_match(a.value, b.value) else Relation.CONFLICT
    if {ga, gb} == {"date", "weekday"}:
        d, w = (a, b) if ga == "date" else (b, a)
        days = {weekday_of(v) for v in d.value.split("|")} - {None}
        if not days:
            return None
        return Relation.SAME if _bare_weekday(w.value) in days else Relation.CONFLICT
    if ga == gb == "week":
        return Relation.SAME if a.value == b.value else Relation.CONFLICT
    if {ga, gb} == {"date", "week"}:
        d, w = (a, b) if ga == "date" else (b, a)
        weeks = {week_of(v) for v in d.value.split("|")} - {None}
        if not weeks:
            return None  # "--05-19": a day without its year
        return Relation.SAME if w.value in weeks else Relation.CONFLICT
    if ga == gb == "weekday":
        if a.value.split()[:-1] != b.value.split()[:-1]:
            return None  # "last Friday" against "Friday": the weeks may differ
        return Relation.SAME if a.value == b.value else Relation.CONFLICT
    if ga == gb == "year":
        if "-" in a.value + b.value:  # a span of years ("1982-83", "2005-2008")
            return _year_range_relation(a.value, b.value)
        return _year_relation(a.value, b.value)
    if ga == gb == "time":
        if a.zone != b.zone:
            return None  # "0300 GMT" and "8 a.m." may be one moment in two zones
        return time_relation(a, b)
    if {ga, gb} == {"year", "month"}:
        y, m = (a, b) if ga == "year" else (b, a)
        return _year_month_relation(y.value, m.value)
    if ga == gb == "month":
        ma, mb = _month_part(a.value), _month_part(b.value)
        if ma is None or mb is None:
            return None
        return Relation.SAME if ma == mb else Relation.CONFLICT
    return None


# the months each part of a year covers: "early 2007" is January to April, "late 2007" September to December
_PART_MONTHS = {"early": range(1, 5), "mid": range(5, 9), "late": range(9, 13)}


_YEAR_OR_PART = LazyPattern(r"(?:(early|mid|late) )?(\d{4})")
_YEAR_MONTH = LazyPattern(r"(\d{4})-(\d\d)")


def _year_month_relation(year: str, month: str) -> Relation | None:
    """A year (or a part of one, "late 2007") against a month ("2007-12"): a month in the year or in the part is the
    same time ("in 1983", "in November 1983"; "by the end of 2007", "in December 2007"): both are true, one more
    exactly, as an editor reads them; another year, or a month outside the part, is a conflict. A decade, or a month
    without its year, is not compared."""
    found = _YEAR_OR_PART.fullmatch(year)
    parts = _YEAR_MONTH.fullmatch(month)
    if found is None or parts is None:
        return None
    part, y = found.groups()
    if y != parts.group(1):
        return Relation.CONFLICT
    if part is None or int(parts.group(2)) in _PART_MONTHS[part]:
        return Relation.SAME
    return Relation.CONFLICT


def _year_relation(x: str, y: str) -> Relation:
    """Two years, decades ("1930s") or parts of a year ("early 1931"): the same; compatible but one more precise
    ("the 1930s" and "1931", "2004" and "late 2004"); or in conflict."""
    if x == y:
        return Relation.SAME
    year_x, year_y = re.search(r"\d{4}", x), re.search(r"\d{4}", y)
    if year_x is None or year_y is None:
        return Relation.CONFLICT
    if x.endswith("s") or y.endswith("s"):
        # "the 1930s" holds 1931 and "the mid-1930s" 1935, "the early 1990s" not 1998; two decades that differ are
        # a conflict
        lo_x, hi_x = _years(x, int(year_x.group()))
        lo_y, hi_y = _years(y, int(year_y.group()))
        return Relation.DIFFERS if lo_x <= hi_y and lo_y <= hi_x else Relation.CONFLICT
    return Relation.DIFFERS if year_x.group() == year_y.group() else Relation.CONFLICT


# the years of a decade each part covers, from its first: "the early 1990s" is 1990 to 1994 (the parts overlap, as
# writers' do)
_DECADE_PARTS = {"early": (0, 4), "mid": (3, 7), "late": (6, 9)}


def _years(value: str, year: int) -> tuple[int, int]:
    """The years a year value covers: a decade ("1930s") ten, a part of one ("mid 1930s") its part, a year (or a
    part of a year, "late 2004") itself."""
    if not value.endswith("s"):
        return year, year
    first, last = _DECADE_PARTS.get(value.partition(" ")[0], (0, 9)) if " " in value else (0, 9)
    return year + first, year + last


def _year_range_relation(x: str, y: str) -> Relation | None:
    """A span of years in full ("2005-2008", "from 2005 to 2008") against a year or another span: a year or a span
    inside it is compatible but more precise ("from 2005 to 2008" and "in 2006"); one that does not meet it is a
    conflict. Decades and parts of a year are read as their years ("the 2000s" is 2000 to 2009). A season's span
    ("the 1982-83 season") is the same span or not compared: it is no pair of calendar years."""
    if x == y:
        return Relation.SAME
    if _SEASON_SPAN.search(x) or _SEASON_SPAN.search(y):
        return None
    (lo_x, hi_x), (lo_y, hi_y) = _year_bounds(x), _year_bounds(y)
    if hi_x < lo_y or hi_y < lo_x:
        return Relation.CONFLICT
    return Relation.SAME if (lo_x, hi_x) == (lo_y, hi_y) else Relation.DIFFERS


_SEASON_SPAN = compiled(r"\d{4}-\d\d$")


def _year_bounds(value: str) -> tuple[int, int]:
    years = [int(y) for y in re.findall(r"\d{4}", value)]
    if not years:
        return (0, 9999)
    if value.endswith("s") and len(years) == 1:
        return years[0], years[0] + 9
    return years[0], years[-1]


def _dates_match(x: str, y: str) -> bool:
    for vx in x.split("|"):
        for vy in y.split("|"):
            if vx == vy or _month_day(vx, vy) or _month_day(vy, vx):
                return True
    return False


def _month_day(partial: str, full: str) -> bool:
    """ "--05-19" (May 19, no year) matches "2010-05-19"."""
    return partial.startswith("--") and full.endswith(partial[1:])


def _bare_weekday(value: str) -> str:
    return value.rsplit(maxsplit=1)[-1]


_MONTH_AT_END = LazyPattern(r"(?:\d{4}-)?(\d\d)$")


def _month_part(value: str) -> str | None:
    m = _MONTH_AT_END.search(value)
    return m.group(1) if m else None


# words an anchor may share that say nothing of which event it is
NOT_EVENT = frozenset({"team", "police", "officials", "people", "he", "she", "they", "government", "first", "last"})


def offset_relation(a: Offset, b: Offset, *, one_anchor: bool = False) -> Relation | None:
    """Two times measured from events ("two weeks after the election", "a week after the election"): compared only
    when the anchors share a head word, as signed intervals (before is negative): the same offset, as read with its
    qualifier ("a week" and "about a week"), is ``SAME``; offsets that overlap but are stated differently ("a week"
    and "more than a week", "a few hours" and "about two hours") ``DIFFERS``; disjoint ones ``CONFLICT`` ("two days
    after" and "a week after"), unless one is vague ("hours after"), which is never a hard conflict. "A year later"
    and "after that" are measured from the article's previous dated event, which two articles need not share: not
    compared ("A few hours later" is when employees gathered in one article, when the suspect was arrested in the
    other), unless ``one_anchor`` says the two are measured from one event all the same. A vague offset and an
    approximate one inside it agree: both are rough, and "a few hours" holds "about two hours" (a time reckoned by a
    witness is rough either way). Figures do not read a vague word so: "dozens" against "around 50 people" stays a
    difference of precision (measured: reading it as agreement lost a dev-gold discrepancy of an injury toll)."""
    if not one_anchor and not (set(a.anchor) & set(b.anchor)) - NOT_EVENT:
        return None
    lo_a, hi_a = _signed(a)
    lo_b, hi_b = _signed(b)
    equivalent = a.qualifier == b.qualifier or frozenset({a.qualifier, b.qualifier}) in EQUIVALENT_QUALIFIERS
    if equivalent and _close(_middle(lo_a, hi_a), _middle(lo_b, hi_b)):
        return Relation.SAME  # "a week" and "seven days"; "two hours" and "about two hours"
    if a.qualifier is b.qualifier is Qualifier.VAGUE and lo_a <= hi_b and lo_b <= hi_a:
        return Relation.SAME  # "a few hours" and "several hours": two vague words that meet differ in style only
    if {a.qualifier, b.qualifier} == {Qualifier.VAGUE, Qualifier.APPROXIMATE}:
        (lo_v, hi_v), (lo_p, hi_p) = (
            ((lo_a, hi_a), (lo_b, hi_b)) if a.qualifier is Qualifier.VAGUE else ((lo_b, hi_b), (lo_a, hi_a))
        )
        if lo_v <= _middle(lo_p, hi_p) <= hi_v:
            return Relation.SAME
    if lo_a <= hi_b and lo_b <= hi_a:
        return Relation.DIFFERS
    if Qualifier.VAGUE in (a.qualifier, b.qualifier):
        return Relation.DIFFERS
    return Relation.CONFLICT


def _signed(o: Offset) -> tuple[float, float]:
    high = o.high if o.high is not None else math.inf
    if o.direction in ("before", "earlier"):
        return -high, -o.low
    return o.low, high


def _middle(low: float, high: float) -> float:
    return low if math.isinf(high) or math.isinf(low) else (low + high) / 2


# how far "about 8 p.m." reaches either side, in minutes; an exact time may be another rounded to the quarter hour
APPROX_MINUTES = 30
ROUNDED_MINUTES = 15


def time_relation(a: DateRef, b: DateRef) -> Relation:
    """Two clock times with their qualifiers: the same time ("around 10 a.m.", "about 10 a.m."; "3 p.m." and
    "about 3 p.m.") is ``SAME``; exact times less than a quarter hour apart ("3:30 a.m.", "3:33 a.m."), one maybe the
    other rounded, and times whose ranges overlap ("about 8 p.m.", "around 8:30 p.m."; "by noon", "11 a.m.")
    ``DIFFERS``; exact times further apart ("6 p.m.", "6.30 p.m.") and ranges apart ``CONFLICT``."""
    ta, tb = _minutes(a.value), _minutes(b.value)
    if ta is None or tb is None:
        return Relation.SAME if a.value == b.value else Relation.DIFFERS
    qa, qb = a.qualifier or Qualifier.EXACT, b.qualifier or Qualifier.EXACT
    equivalent = qa == qb or frozenset({qa, qb}) in EQUIVALENT_QUALIFIERS
    if ta == tb:
        return Relation.SAME if equivalent else Relation.DIFFERS
    if qa is Qualifier.EXACT and qb is Qualifier.EXACT:
        apart = min(abs(ta - tb), 1440 - abs(ta - tb))
        return Relation.DIFFERS if apart < ROUNDED_MINUTES else Relation.CONFLICT
    lo_a, hi_a = _time_range(ta, qa)
    lo_b, hi_b = _time_range(tb, qb)
    return Relation.DIFFERS if lo_a <= hi_b and lo_b <= hi_a else Relation.CONFLICT


def _minutes(value: str) -> int | None:
    m = re.fullmatch(r"(\d\d):(\d\d)", value)
    return int(m[1]) * 60 + int(m[2]) if m else None


def _time_range(t: int, q: Qualifier) -> tuple[float, float]:
    if q is Qualifier.APPROXIMATE:
        return t - APPROX_MINUTES, t + APPROX_MINUTES
    if q is Qualifier.UPPER_BOUND:
        return -math.inf, t
    if q is Qualifier.LOWER_BOUND:
        return t, math.inf
    return t, t

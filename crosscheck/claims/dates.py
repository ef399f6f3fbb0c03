"""Dates and times: absolute dates, months, years, weekdays, seasons, relative expressions and clock times.

Each match becomes a :class:`DateRef` with a normalised value, so "May 05, 2010" and "5 / 5 / 2010" compare
equal and "Tuesday" differs from "Wednesday". Relative expressions ("yesterday", "last week", "last October")
are resolved by :func:`resolve_relative` when the article's publication date is known, and kept as written
otherwise.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from crosscheck.model import DateRef

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_MONTH_CI = r"(?i:" + _MONTH + r")"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_CI = r"(?i:" + _WEEKDAY + r")"
_DAY = r"(?P<day>[0-3]?\d)(?i:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_PART = r"(?P<part>early|mid|late|end of|beginning of|start of)[\s-]"
# a plural noun after a number makes it a count, not a year ("by 2000 votes"); not a word that ends in "s" and
# starts the next clause ("after 1957 was", "since 2005 as", "in 1998 his")
_PLURAL = r"(?!(?:was|has|is|as|this|his|its|does|thus|plus|across|unless|always|whereas|perhaps|less)\b)[a-z]+s\b"
# the part of a year "the end of 2007" names, written as the year pattern writes "late 2007"
_YEAR_PARTS = {"end": "late", "close": "late", "beginning": "early", "start": "early", "middle": "mid"}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("time", re.compile(
        r"\b(?P<h>[0-2]?\d)\s?:\s?(?P<m>[0-5]\d)\s?(?P<ampm>[AaPp]\.?\s?[Mm]\b\.?)?(?:\s?(?P<tz>GMT|UTC|IST|[ECMP][SD]?T|BST|CET))?"
        r"|\b(?P<h2>1?\d)\s?(?P<ampm2>[AaPp]\.?\s?[Mm]\b\.?)(?:\s?(?P<tz2>GMT|UTC|IST|[ECMP][SD]?T|BST|CET))?"
        r"|\b(?P<hhmm>[0-2]\d[0-5]\d)\s?(?P<tz3>GMT|UTC|IST|[ECMP][SD]?T|BST|CET)\b"
    )),
    ("iso", re.compile(  # also dotted, as some sites write it: "2012. 08. 08"
        r"\b(?P<year>(?:1[89]|20)\d\d)(?:-(?P<mon>[01]\d)-(?P<day>[0-3]\d)"
        r"|\.\s?(?P<dmon>[01]\d)\.\s?(?P<dday>[0-3]\d))\b"
    )),
    ("numeric", re.compile(r"\b(?P<p1>[0-3]?\d)\s?/\s?(?P<p2>[0-3]?\d)\s?/\s?(?P<year>(?:19|20)?\d\d)\b")),
    ("mdy", re.compile(
        r"(?:\b" + _WEEKDAY_CI + r",?\s+)?\b(?P<mon>" + _MONTH_CI + r")\s+" + _DAY + r"\b,?\s+" + _YEAR + r"\b"
    )),
    ("dmy", re.compile(
        r"(?:\b" + _WEEKDAY_CI + r",?\s+)?\b" + _DAY + r"\s+(?P<mon>" + _MONTH_CI + r")\b,?\s+" + _YEAR + r"\b"
    )),
    ("md", re.compile(r"\b(?P<mon>" + _MONTH + r")\s+" + _DAY + r"\b(?!\s?[:,.]?\s?\d{3})")),
    ("dm", re.compile(r"\b" + _DAY + r"\s+(?P<mon>" + _MONTH + r")\b")),
    ("my", re.compile(r"(?:\b" + _PART + r")?\b(?P<mon>" + _MONTH + r")\s+(?:of\s+)?" + _YEAR + r"\b")),
    ("month", re.compile(
        r"\b(?:(?P<rel>(?i:last|next|this|early|mid|late|in|since|until|by|from|during|through))[\s-]+)(?P<mon>"
        + _MONTH + r")\b(?!\s+\d)"
    )),
    ("weekday", re.compile(  # not "The Sunday Times": a weekday naming a newspaper
        r"(?<!\bThe )\b(?:(?P<rel>(?i:early|late|last|next|this|on))\s+)?(?P<wd>" + _WEEKDAY + r")\b"
        r"(?!\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail)\b)"
    )),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<year>(?:1[89]|20)\d0)'?s\b")),
    ("yearpart", re.compile(  # "by the end of 2007" is late 2007
        r"\b(?:the\s+)?(?P<part>end|close|beginning|start|middle)\s+of\s+(?:the\s+year\s+)?" + _YEAR + r"\b"
        r"(?![-\s]*(?:%|percent|people|" + _PLURAL + r"))"
    )),
    # a year range ("from 2005 to 2008", "between 1999 and 2003") and a year as a modifier ("a 1998 treaty", "his
    # 2010 campaign"): dates, not counts (their values by _year_span)
    ("yearrange", re.compile(
        r"\b(?:[Ff]rom|[Bb]etween)\s+" + _YEAR + r"\s*(?:to|-|\u2013|and|through|until)\s*(?P<year2>(?:1[89]|20)\d\d)\b"
    )),
    ("yearmod", re.compile(
        r"(?:(?<=\b[Aa] )|(?<=\b[Aa]n )|(?<=\b[Tt]he )|(?<=\b[Hh]is )|(?<=\b[Hh]er )|(?<=\b[Ii]ts )|(?<=\b[Tt]heir )"
        r"|(?<=\b[Oo]ur )|(?<=[\u2019']s ))" + _YEAR + r"(?=\s+[a-z])(?![-\s]*(?:percent|people|" + _PLURAL + r"))"
    )),
    ("year", re.compile(
        r"\b(?P<prep>[Ii]n|[Ss]ince|[Oo]f|[Bb]y|[Uu]ntil|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate"
        r"|[Mm]id-?|[Ff]rom|[Tt]o|[Ff]or)\s+(?:the\s+)?" + _YEAR + r"\b(?![-\s]*(?:%|percent|people|" + _PLURAL + r"))"
    )),
    ("relative", re.compile(
        r"\b(?:yesterday|today|tonight|tomorrow|overnight"
        r"|(?:earlier|later)\s+(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening)"
        r"|(?:last|next|this|previous|coming)\s+(?:week|weekend|month|year|morning|afternoon|evening|night)"
        r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago"
        r"|(?:earlier|later)\s+in\s+the\s+(?:day|week|month|year))\b",
        re.IGNORECASE,
    )),
    ("season", re.compile(
        r"\b(?P<mod>early|late|mid|this|last|next|in the|in|during the|by)[\s-]+"
        r"(?P<season>spring|summer|autumn|fall|winter)"
        r"\b(?!\s+(?:water|roll|onion|clean|board|wheat|school|term|collection|break))",
        re.IGNORECASE,
    )),
]  # fmt: skip


# the patterns that cannot match without a digit (an hour, a day or a year is part of each), skipped for a text that
# has none: most sentences, and the costliest patterns
_WITH_DIGITS = frozenset(
    {"time", "iso", "numeric", "mdy", "dmy", "md", "dm", "my", "decade", "yearpart", "yearrange", "yearmod", "year"}
)
_DIGIT = re.compile(r"\d")  # the \d of the patterns: any Unicode decimal digit


def find_dates(text: str) -> Iterator[tuple[int, int, DateRef]]:
    """Yield ``(start, end, DateRef)`` for each date expression in ``text``, without overlaps."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, DateRef]] = []
    digits = _DIGIT.search(text) is not None
    for name, pattern in _PATTERNS:
        if name in _WITH_DIGITS and not digits:
            continue
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if name in ("month", "year") and m.group("prep" if name == "year" else "rel"):
                # keep the preposition out of the span unless it carries meaning (early/late/last/next)
                word = (m.group("prep") if name == "year" else m.group("rel")).lower().rstrip("-")
                if word not in ("early", "late", "mid", "last", "next", "this"):
                    start = m.start("year" if name == "year" else "mon")
            if name == "weekday" and m.group("rel") and m.group("rel").lower() == "on":
                start = m.start("wd")
            if any(s < end and start < e for s, e in taken):
                continue
            ref = _normalise(name, m)
            if ref is None:
                continue
            taken.append((start, end))
            found.append((start, end, ref))
    found.sort(key=lambda t: t[0])
    yield from found


def _year_span(g: dict[str, str]) -> DateRef | None:
    """A year as a modifier is the year; a range of years is "first/last" ("2005/2008"), which
    crosscheck.facts.date_relation compares with a year inside it; a range that runs backwards is none."""
    if not g.get("year2"):
        return DateRef("year", g["year"])
    return DateRef("year", f"{g['year']}/{g['year2']}") if g["year"] < g["year2"] else None


def _normalise(name: str, m: re.Match[str]) -> DateRef | None:
    g = m.groupdict()
    if name in ("yearrange", "yearmod"):
        return _year_span(g)
    if name == "time":
        if g.get("hhmm"):
            return DateRef("time", f"{g['hhmm'][:2]}:{g['hhmm'][2:]}")
        if g.get("h2"):
            hour = int(g["h2"]) % 12 + (12 if g["ampm2"].lower().startswith("p") else 0)
            return DateRef("time", f"{hour:02d}:00")
        hour = int(g["h"])
        if hour > 23:
            return None
        if g.get("ampm"):
            hour = hour % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
        elif not g.get("tz"):
            return None  # "3:2" in a score or a ratio is not a time of day
        return DateRef("time", f"{hour:02d}:{g['m']}")
    if name == "iso":
        month, day = (g["mon"], g["day"]) if g["mon"] else (g["dmon"], g["dday"])
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            return None
        return DateRef("date", f"{g['year']}-{month}-{day}")
    if name == "numeric":
        p1, p2, year = int(g["p1"]), int(g["p2"]), g["year"]
        if len(year) == 2:
            year = "20" + year
        if not (1 <= p1 <= 31 and 1 <= p2 <= 31) or (p1 > 12 and p2 > 12):
            return None
        if p1 > 12:  # day/month/year
            return DateRef("date", f"{year}-{p2:02d}-{p1:02d}")
        if p2 > 12 or p1 == p2:  # month/day/year
            return DateRef("date", f"{year}-{p1:02d}-{p2:02d}")
        return DateRef("date", f"{year}-{p1:02d}-{p2:02d}|{year}-{p2:02d}-{p1:02d}")
    if name in ("mdy", "dmy"):
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        return DateRef("date", f"{g['year']}-{_month(g['mon']):02d}-{day:02d}")
    if name in ("md", "dm"):
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        return DateRef("date", f"--{_month(g['mon']):02d}-{day:02d}")
    if name == "my":
        part = (g.get("part") or "").lower()
        return DateRef("month", (part + " " if part else "") + f"{g['year']}-{_month(g['mon']):02d}")
    if name == "month":
        rel = g["rel"].lower()  # a bare "May" never matches: the verb "may" needs a preposition before it
        prefix = rel + " " if rel in ("early", "mid", "late", "last", "next", "this") else ""
        return DateRef("month", f"{prefix}{_month(g['mon']):02d}")
    if name == "weekday":
        rel = (g.get("rel") or "").lower()
        prefix = rel + " " if rel in ("last", "next", "this") else ""
        return DateRef("weekday", prefix + g["wd"].lower())
    if name == "decade":
        return DateRef("year", g["year"] + "s")
    if name == "yearpart":
        return DateRef("year", f"{_YEAR_PARTS[g['part'].lower()]} {g['year']}")
    if name == "year":
        prep = g["prep"].lower().rstrip("-")
        prefix = prep + " " if prep in ("early", "late", "mid") else ""
        return DateRef("year", prefix + g["year"])
    if name == "relative":
        return DateRef("relative", " ".join(m.group(0).lower().split()))
    if name == "season":
        season = (g.get("season") or "").lower()
        if season == "fall":
            season = "autumn"
        mod = (g.get("mod") or "").lower()
        mod = "" if mod in ("in the", "in", "during the", "by") else mod
        return DateRef("season", (mod + " " if mod else "") + season)
    return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def weekday_of(value: str) -> str | None:
    """The weekday of a full ISO date value ("2010-05-05" -> "wednesday"), else None."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value)
    if not m:
        return None
    try:
        return WEEKDAYS[datetime.date(int(m[1]), int(m[2]), int(m[3])).weekday()]
    except ValueError:
        return None


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBER_WORDS |= {"eight": 8, "nine": 9, "ten": 10}
_DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "overnight": 0, "tomorrow": 1}
_AGO = re.compile(r"(\w+) (day|week|month|year)s? ago")
_PERIOD = re.compile(r"(?:(?:earlier|later) )?(last|this|next|previous|coming) (week|month|year)")
_IN_THE = re.compile(r"(?:earlier|later) in the (day|week|month|year)")


def resolve_relative(ref: DateRef, published: datetime.date) -> DateRef:
    """A relative expression resolved against the publication date, to the precision it states: in an article
    published on 2013-07-03, "yesterday" is 2013-07-02, "last week" 2013-W26, "earlier this month" 2013-07,
    "two years ago" 2011, "last October" 2012-10 and "last Friday" 2013-06-28. Other expressions stay as they are.
    """
    value = ref.value
    if ref.granularity == "relative":
        return _resolve_phrase(value, published) or ref
    if ref.granularity == "month" and re.fullmatch(r"(last|next|this) \d\d", value):
        rel, month = value.split()
        year = published.year
        if rel == "last" and int(month) >= published.month:
            year -= 1
        elif rel == "next" and int(month) <= published.month:
            year += 1
        return DateRef("month", f"{year}-{month}")
    if ref.granularity == "weekday" and value.startswith("last "):
        days_back = (published.weekday() - WEEKDAYS.index(value.split()[1])) % 7 or 7
        return DateRef("date", (published - datetime.timedelta(days=days_back)).isoformat())
    return ref


def _resolve_phrase(value: str, published: datetime.date) -> DateRef | None:
    if value in _DAY_OFFSETS:
        return DateRef("date", (published + datetime.timedelta(days=_DAY_OFFSETS[value])).isoformat())
    m = _AGO.fullmatch(value)
    if m:
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS.get(m[1])
        if n is None:
            return None
        unit = m[2]
        if unit == "day":
            return DateRef("date", (published - datetime.timedelta(days=n)).isoformat())
        if unit == "week":
            return _week(published - datetime.timedelta(weeks=n))
        if unit == "month":
            return _month_ref(published, -n)
        return DateRef("year", str(published.year - n))
    m = _PERIOD.fullmatch(value) or _IN_THE.fullmatch(value)
    if m is None:
        return None
    rel, unit = (m[1], m[2]) if m.re is _PERIOD else ("this", m[1])
    step = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[rel]
    if unit == "day":
        return DateRef("date", published.isoformat())
    if unit == "week":
        return _week(published + datetime.timedelta(weeks=step))
    if unit == "month":
        return _month_ref(published, step)
    return DateRef("year", str(published.year + step))


def _week(day: datetime.date) -> DateRef:
    year, week, _ = day.isocalendar()
    return DateRef("week", f"{year}-W{week:02d}")


def _month_ref(published: datetime.date, step: int) -> DateRef:
    index = published.year * 12 + published.month - 1 + step
    return DateRef("month", f"{index // 12}-{index % 12 + 1:02d}")


def week_of(value: str) -> str | None:
    """The ISO week of a full ISO date value ("2013-07-03" -> "2013-W27"), else None."""
    try:
        year, week, _ = datetime.date.fromisoformat(value).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"

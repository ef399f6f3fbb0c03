"""Dates and times: absolute dates, months, years, weekdays, seasons, relative expressions and clock times.

Each match becomes a :class:`DateRef` with a normalised value, so "May 05, 2010" and "5 / 5 / 2010" compare
equal and "Tuesday" differs from "Wednesday". Relative expressions ("yesterday", "last week", "last October")
are resolved by :func:`resolve_relative` when the article's publication date is known, and kept as written
otherwise.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator

from attrs import evolve

from crosscheck.model import DateRef, Mention, Offset, Qualifier
from crosscheck.patterns import LazyPattern
from crosscheck.wordlists import VAGUE_AMOUNTS

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

# Times anchored to another event: "two weeks after the election", "a year later", "within minutes".
_NUMBER = (
    r"a\s+few|a\s+couple\s+of|half\s+an?|several|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|ninety|\d+(?:\.\d+)?"
)
_UNIT = r"minutes?|hours?|days?|weeks?|months?|years?|decades?"
_OFFSET_QUALIFIER = (
    r"only\s+about|just\s+about|just\s+over|just\s+under|more\s+than|less\s+than|fewer\s+than|at\s+least|about"
    r"|around|roughly|approximately|some|nearly|almost|over|under|only|just|barely"
)
# words that end the anchor's phrase: prepositions, conjunctions, pronouns and the verbs that join a clause
_ANCHOR_STOP = (
    r"in|on|at|of|for|from|to|by|with|and|or|but|nor|when|while|which|who|whom|whose|that|as|than|into|onto|near"
    r"|during|until|since|after|before|because|where|if|so|said|says|was|were|is|are|be|been|had|has|have|did|does"
    r"|would|could|should|will|can|may|might|must|his|her|its|their|our|my|your|he|she|it|they|we|i|you|him|them"
    r"|himself|herself|itself|themselves|off|out|up|down"
    r"|the|a|an|this|these|those|there|then|than|later|earlier|ago|not|also|about|over|under|against|across|through"
    r"|last|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
)
_DETERMINER = r"the|a|an|his|her|its|their|our|my|your"
_ANCHOR_WORD = r"(?!(?i:" + _ANCHOR_STOP + r")\b)(?![\d.,]+(?![\w'’-]))[A-Za-z0-9][\w'’-]*"  # not a year: "after 1990"
_ANCHOR_WORD_OR_NUMBER = r"(?!(?i:" + _ANCHOR_STOP + r")\b)[A-Za-z0-9][\w'’-]*"  # "the 49ers", after a determiner
_ANCHOR = (
    r"(?:(?:" + _DETERMINER + r")\s+" + _ANCHOR_WORD_OR_NUMBER + r"|" + _ANCHOR_WORD + r")"
    r"(?:\s+(?:(?:" + _DETERMINER + r")\s+)?" + _ANCHOR_WORD_OR_NUMBER + r"){0,3}"
)
_ANCHORED = LazyPattern(
    r"\b(?:(?P<within>[Ww]ithin)\s+(?:(?P<wnum>" + _NUMBER + r")\s+)?(?P<wunit>" + _UNIT + r")"
    r"(?:\s+(?:of|after)\s+(?P<wanchor>" + _ANCHOR + r"))?"
    r"|(?:(?P<qual>" + _OFFSET_QUALIFIER + r")\s+)?(?:(?P<num>" + _NUMBER + r")\s+)?(?P<unit>" + _UNIT + r")\s+"
    r"(?:(?P<later>later|earlier)\b|(?P<dir>after|before)\s+(?:(?P<that>that|this)\b|(?P<anchor>" + _ANCHOR + r")))"
    # "died after suffering a stroke more than two weeks ago": the time since the anchor, counted to the
    # report's day, which a news story's event is near
    r"|(?P<since>after|following)\s+(?P<sanchor>" + _ANCHOR + r")\s+(?:(?P<squal>" + _OFFSET_QUALIFIER + r")\s+)?"
    r"(?P<snum>" + _NUMBER + r")\s+(?P<sunit>" + _UNIT + r")\s+ago)\b",
    re.IGNORECASE,
)

# "pm", "p.m.", "p. m.": the dot after the "m" only when there is one after the "p" ("at 6pm." ends a sentence)
_AMPM = r"[AaPp](?:\.\s?[Mm]\b\.?|\s?[Mm]\b)"

_PATTERNS: list[tuple[str, LazyPattern]] = [
    ("anchored", _ANCHORED),
    ("clockword", LazyPattern(  # "at noon", "by midnight": a word for a clock time, after a word that says so
        r"(?:(?<=\b[Aa]t )|(?<=\b[Bb]y )|(?<=\bafter )|(?<=\bbefore )|(?<=\baround )|(?<=\babout )|(?<=\buntil )"
        r"|(?<=\btill )|(?<=\bpast )|(?<=\bnear )|(?<=\bfrom )|(?<=\bthan )|(?<=day )|(?<=\bto ))"
        r"(?P<word>noon|midday|midnight)\b"
    )),
    ("time", LazyPattern(
        r"\b(?P<h>[0-2]?\d)\s?:\s?(?P<m>[0-5]\d)(?:\s?(?P<ampm>" + _AMPM + r"))?"
        r"(?:\s?(?P<tz>GMT|UTC|IST|[ECMP][SD]?T|BST|CET))?"
        # a time stamp: a 24-hour time before a weekday, a month or a bracketed zone ("14: 25 Sun Sep 15 2013",
        # "18: 07 (GMT+05: 00)"), where a score or a ratio never stands
        r"(?P<stamp>(?=,?\s?(?:\((?:GMT|UTC)|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|" + _MONTH + r"\b)))?"
        # "6.30pm": a dot between hour and minutes only with am or pm ("6.30" alone is a price, a score, a decimal)
        r"|(?<![\d.,$£€])\b(?P<hd>1?\d)\.(?P<md>[0-5]\d)\s?(?P<ampmd>" + _AMPM + r")"
        r"|\b(?P<h2>1?\d)\s?(?P<ampm2>" + _AMPM + r")(?:\s?(?P<tz2>GMT|UTC|IST|[ECMP][SD]?T|BST|CET))?"
        r"|\b(?P<hhmm>[0-2]\d[0-5]\d)\s?(?P<tz3>GMT|UTC|IST|[ECMP][SD]?T|BST|CET)\b"
    )),
    ("iso", LazyPattern(  # also dotted, as some sites write it: "2012. 08. 08"
        r"\b(?P<year>(?:1[89]|20)\d\d)(?:-(?P<mon>[01]\d)-(?P<day>[0-3]\d)"
        r"|\.\s?(?P<dmon>[01]\d)\.\s?(?P<dday>[0-3]\d))\b"
    )),
    ("numeric", LazyPattern(r"\b(?P<p1>[0-3]?\d)\s?/\s?(?P<p2>[0-3]?\d)\s?/\s?(?P<year>(?:19|20)?\d\d)\b")),
    ("mdy", LazyPattern(
        r"(?:\b" + _WEEKDAY_CI + r",?\s+)?\b(?P<mon>" + _MONTH_CI + r")\s+" + _DAY + r"\b,?\s+" + _YEAR + r"\b"
    )),
    ("dmy", LazyPattern(
        r"(?:\b" + _WEEKDAY_CI + r",?\s+)?\b" + _DAY + r"\s+(?P<mon>" + _MONTH_CI + r")\b,?\s+" + _YEAR + r"\b"
    )),
    ("md", LazyPattern(r"\b(?P<mon>" + _MONTH + r")\s+" + _DAY + r"\b(?!\s?[:,.]?\s?\d{3})")),
    ("dm", LazyPattern(r"\b" + _DAY + r"\s+(?P<mon>" + _MONTH + r")\b")),
    ("my", LazyPattern(r"(?:\b" + _PART + r")?\b(?P<mon>" + _MONTH + r")\s+(?:of\s+)?" + _YEAR + r"\b")),
    ("month", LazyPattern(
        r"\b(?:(?P<rel>(?i:last|next|this|early|mid|late|in|since|until|by|from|during|through))[\s-]+)(?P<mon>"
        + _MONTH + r")\b(?!\s+\d)"
    )),
    ("weekday", LazyPattern(  # not "The Sunday Times": a weekday naming a newspaper
        r"(?<!\bThe )\b(?:(?P<rel>(?i:early|late|last|next|this|on))\s+)?(?P<wd>" + _WEEKDAY + r")\b"
        r"(?!\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail)\b)"
    )),
    ("decade", LazyPattern(  # "the 1930s", "the mid-1930's", "the early 1990s"
        r"\b(?:the\s+)?(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<year>(?:1[89]|20)\d0)'?s\b"
    )),
    ("yearpart", LazyPattern(  # "by the end of 2007" is late 2007
        r"\b(?:the\s+)?(?P<part>end|close|beginning|start|middle)\s+of\s+(?:the\s+year\s+)?" + _YEAR + r"\b"
        r"(?![-\s]*(?:%|percent|people|" + _PLURAL + r"))"
    )),
    ("yearrange", LazyPattern(  # "the 1982-83 season", "(1999-2003)"
        r"\b" + _YEAR + r"[-–](?P<end>\d\d(?:\d\d)?)\b(?![-\s]*(?:%|percent|people|" + _PLURAL + r"))"
    )),
    ("seasonyear", LazyPattern(r"\b(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?" + _YEAR + r"\b")),
    # a span of years written with words ("from 2005 to 2008", "between 1999 and 2003") and a year as a modifier ("a
    # 1998 treaty", "his 2010 campaign"): dates, not counts (their values by _year_words)
    ("yearspan", LazyPattern(
        r"\b(?:[Ff]rom|[Bb]etween)\s+" + _YEAR + r"\s*(?:to|-|\u2013|and|through|until)\s*(?P<year2>(?:1[89]|20)\d\d)\b"
    )),
    ("yearmod", LazyPattern(
        r"(?:(?<=\b[Aa] )|(?<=\b[Aa]n )|(?<=\b[Tt]he )|(?<=\b[Hh]is )|(?<=\b[Hh]er )|(?<=\b[Ii]ts )|(?<=\b[Tt]heir )"
        r"|(?<=\b[Oo]ur )|(?<=[\u2019']s ))" + _YEAR + r"(?=\s+[a-z])(?![-\s]*(?:percent|people|" + _PLURAL + r"))"
    )),
    ("year", LazyPattern(
        r"\b(?P<prep>[Ii]n|[Ss]ince|[Oo]f|[Bb]y|[Uu]ntil|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate"
        r"|[Mm]id-?|[Ff]rom|[Tt]o|[Ff]or)\s+(?:the\s+)?" + _YEAR + r"\b(?![-\s]*(?:%|percent|people|" + _PLURAL + r"))"
    )),
    ("relative", LazyPattern(
        r"\b(?:yesterday|today|tonight|tomorrow|overnight"
        r"|(?:earlier|later)\s+(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening)"
        r"|(?:last|next|this|previous|coming)\s+(?:week|weekend|month|year|morning|afternoon|evening|night)"
        r"|(?:(?:more\s+than|over|about|around|almost|nearly|less\s+than|some|roughly|at\s+least)\s+)?"
        r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago"
        r"|(?:earlier|later)\s+in\s+the\s+(?:day|week|month|year))\b",
        re.IGNORECASE,
    )),
    ("season", LazyPattern(
        r"\b(?P<mod>early|late|mid|this|last|next|in the|in|during the|by)[\s-]+"
        # a capitalised "Fall" is the noun of a title-case headline ("Climber Killed In Fall"), not the season
        r"(?P<season>(?-i:spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Winter))"
        r"\b(?!\s+(?:water|roll|onion|clean|board|wheat|school|term|collection|break))",
        re.IGNORECASE,
    )),
]  # fmt: skip


# the patterns that cannot match without a digit (an hour, a day or a year is part of each), skipped for a text that
# has none: most sentences, and the costliest patterns
_WITH_DIGITS = frozenset({"time", "iso", "numeric", "mdy", "dmy", "md", "dm", "my", "decade", "yearpart", "year"})
_WITH_DIGITS |= {"yearrange", "seasonyear", "yearspan", "yearmod"}
_DIGIT = LazyPattern(r"\d")  # the \d of the patterns: any Unicode decimal digit
# the patterns that cannot match without one of their words, skipped for a text that has none: "within minutes",
# "two weeks after" need a unit of time, "at noon" its word, "yesterday" or "last week" a day's or a period's word,
# "in the fall" a season's (what each needs: tests/test_extract_shortcuts.py)
_NEEDS: dict[str, LazyPattern] = dict.fromkeys(_WITH_DIGITS, _DIGIT) | {
    "anchored": LazyPattern(r"(?i:\b(?:minute|hour|day|week|month|year|decade)s?\b)"),
    "clockword": LazyPattern(r"noon|midday|midnight"),
    "relative": LazyPattern(
        r"(?i:\b(?:yesterday|today|tonight|tomorrow|overnight|weeks?|weekend|months?|years?|morning|afternoon|evening"
        r"|night|days?)\b)"
    ),
    "season": LazyPattern(r"(?i:spring|summer|autumn|fall|winter)"),
    "month": LazyPattern(_MONTH),
    "weekday": LazyPattern(_WEEKDAY),
}


def find_dates(text: str, offset: int = 0) -> Iterator[Mention[DateRef]]:
    """Each date expression in ``text``, without overlaps, in order; ``offset``: where ``text`` starts in the
    article (a sentence's start), added to every span."""
    for start, end, ref in _find_dates(text):
        yield Mention(offset + start, offset + end, ref)


def _find_dates(text: str) -> list[tuple[int, int, DateRef]]:
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, DateRef]] = []
    present: dict[LazyPattern, bool] = {}
    for name, pattern in _PATTERNS:
        needs = _NEEDS.get(name)
        if needs is not None:
            if needs not in present:
                present[needs] = needs.search(text) is not None
            if not present[needs]:
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
            if ref.granularity == "time":
                ref = evolve(ref, qualifier=time_qualifier(text[:start]))
            if ref.granularity == "anchored" and _SPELL.search(text, 0, start):
                continue
            taken.append((start, end))
            found.append((start, end, ref))
    found.sort(key=lambda t: t[0])
    return found


def _normalise(name: str, m: re.Match[str]) -> DateRef | None:
    """The :class:`DateRef` a match of the pattern ``name`` stands for, or None when it is no date after all."""
    return _NORMALISERS[name]({**m.groupdict(), "whole": m.group(0)})


def _time(g: dict[str, str]) -> DateRef | None:
    zone = (g.get("tz") or g.get("tz2") or g.get("tz3") or "").upper() or None
    if g.get("hhmm"):
        return DateRef("time", f"{g['hhmm'][:2]}:{g['hhmm'][2:]}", zone=zone)
    if g.get("h2"):
        return DateRef("time", f"{_clock_hour(g['h2'], g['ampm2']):02d}:00", zone=zone)
    if g.get("hd"):
        hour = int(g["hd"])
        if not 1 <= hour <= 12:
            return None
        return DateRef("time", f"{_clock_hour(g['hd'], g['ampmd']):02d}:{g['md']}")
    hour = int(g["h"])
    if hour > 23:
        return None
    if g.get("ampm"):
        hour = _clock_hour(g["h"], g["ampm"])
    elif not g.get("tz") and not (g.get("stamp") is not None and len(g["h"]) == 2):
        return None  # "3:2" in a score or a ratio is not a time of day
    return DateRef("time", f"{hour:02d}:{g['m']}", zone=zone)


def _clock_hour(hour: str, ampm: str) -> int:
    return int(hour) % 12 + (12 if ampm.lower().startswith("p") else 0)


def _clockword(g: dict[str, str]) -> DateRef:
    return DateRef("time", "00:00" if g["word"].lower() == "midnight" else "12:00")


def _iso(g: dict[str, str]) -> DateRef | None:
    month, day = (g["mon"], g["day"]) if g["mon"] else (g["dmon"], g["dday"])
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return DateRef("date", f"{g['year']}-{month}-{day}")


def _numeric(g: dict[str, str]) -> DateRef | None:
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


def _full_date(g: dict[str, str]) -> DateRef | None:
    """ "March 11, 2005" (mdy) and "16 September 2013" (dmy)."""
    day = int(g["day"])
    if not 1 <= day <= 31:
        return None
    return DateRef("date", f"{g['year']}-{_month(g['mon']):02d}-{day:02d}")


def _month_day(g: dict[str, str]) -> DateRef | None:
    """ "November 11" (md) and "11 November" (dm): a day without its year."""
    day = int(g["day"])
    if not 1 <= day <= 31:
        return None
    return DateRef("date", f"--{_month(g['mon']):02d}-{day:02d}")


def _month_year(g: dict[str, str]) -> DateRef:
    part = (g.get("part") or "").lower()
    return DateRef("month", (part + " " if part else "") + f"{g['year']}-{_month(g['mon']):02d}")


def _month_alone(g: dict[str, str]) -> DateRef:
    rel = g["rel"].lower()  # a bare "May" never matches: the verb "may" needs a preposition before it
    prefix = rel + " " if rel in ("early", "mid", "late", "last", "next", "this") else ""
    return DateRef("month", f"{prefix}{_month(g['mon']):02d}")


def _weekday(g: dict[str, str]) -> DateRef:
    rel = (g.get("rel") or "").lower()
    prefix = rel + " " if rel in ("last", "next", "this") else ""
    return DateRef("weekday", prefix + g["wd"].lower())


def _decade(g: dict[str, str]) -> DateRef:
    part = (g.get("part") or "").lower()
    return DateRef("year", (part + " " if part else "") + g["year"] + "s")


def _year_part(g: dict[str, str]) -> DateRef:
    return DateRef("year", f"{_YEAR_PARTS[g['part'].lower()]} {g['year']}")


def _year(g: dict[str, str]) -> DateRef:
    prep = g["prep"].lower().rstrip("-")
    prefix = prep + " " if prep in ("early", "late", "mid") else ""
    return DateRef("year", prefix + g["year"])


def _year_range(g: dict[str, str]) -> DateRef | None:
    """ "1982-83", "1999-2003": a span of years, kept as written with the end in full digits when it is given so."""
    start, end = int(g["year"]), g["end"]
    last = start // 100 * 100 + int(end) if len(end) == 2 else int(end)
    if len(end) == 2 and last <= start:
        last += 100  # "1999-00"
    if not start < last <= start + 30:
        return None  # "1500-1600", "2010-05" (a month): no span of years
    return DateRef("year", f"{start}-{end}")


def _year_words(g: dict[str, str]) -> DateRef | None:
    """A year as a modifier is the year; a span of years in words is written as _year_range writes one ("2005-2008"),
    which crosscheck.facts.date_relation compares with a year inside it; a span that runs backwards is none."""
    if not g.get("year2"):
        return DateRef("year", g["year"])
    return DateRef("year", f"{g['year']}-{g['year2']}") if g["year"] < g["year2"] else None


def _season_year(g: dict[str, str]) -> DateRef:
    season = g["season"].lower()
    return DateRef("season", f"{'autumn' if season == 'fall' else season} {g['year']}")


def _relative(g: dict[str, str]) -> DateRef:
    return DateRef("relative", " ".join(g["whole"].lower().split()))


def _season(g: dict[str, str]) -> DateRef:
    season = (g.get("season") or "").lower()
    if season == "fall":
        season = "autumn"
    mod = (g.get("mod") or "").lower()
    mod = "" if mod in ("in the", "in", "during the", "by") else mod
    return DateRef("season", (mod + " " if mod else "") + season)


def _anchored(g: dict[str, str]) -> DateRef | None:
    """ "two weeks after the election": the offset as an interval in seconds, its direction and the anchor's head
    words; "a year later", "three years after that": measured from the previous dated event (no anchor); "after
    suffering a stroke more than two weeks ago": the time from the anchor to the report, "more than two weeks after"
    it (the story's event is the report's news, so near its day)."""
    if g.get("within"):
        number, unit, qualifier = g.get("wnum"), g["wunit"], "within"
        direction, phrase = "within", g.get("wanchor") or ""
    elif g.get("since"):
        # "after suffering a stroke more than two weeks ago": the story's event (the death, reported now) came
        # that long after the anchor, as near as a report's day is to its event
        number, unit, qualifier = g.get("snum"), g["sunit"], (g.get("squal") or "")
        direction, phrase = "after", g["sanchor"]
    else:
        number, unit, qualifier = g.get("num"), g["unit"], (g.get("qual") or "")
        phrase = g.get("anchor") or ""
        if g.get("later"):
            direction = g["later"].lower()
        elif g.get("that"):
            direction = "later" if g["dir"].lower() == "after" else "earlier"
        else:
            direction = g["dir"].lower()
    offset = offset_of(number, unit, qualifier, direction, anchor_words(phrase))
    if offset is None:
        return None
    return DateRef("anchored", offset_value(offset), offset=offset)


_NORMALISERS: dict[str, Callable[[dict[str, str]], DateRef | None]] = {
    "anchored": _anchored,
    "clockword": _clockword,
    "time": _time,
    "iso": _iso,
    "numeric": _numeric,
    "mdy": _full_date,
    "dmy": _full_date,
    "md": _month_day,
    "dm": _month_day,
    "my": _month_year,
    "month": _month_alone,
    "weekday": _weekday,
    "decade": _decade,
    "yearpart": _year_part,
    "yearrange": _year_range,
    "seasonyear": _season_year,
    "yearspan": _year_words,
    "yearmod": _year_words,
    "year": _year,
    "relative": _relative,
    "season": _season,
}

# the length of each unit of an offset in seconds (a month is a twelfth of a year), and its ISO 8601 designator
_SECONDS = {"minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0}
_SECONDS |= {"month": 2629800.0, "year": 31557600.0, "decade": 315576000.0}
_ISO_UNIT = {"minute": ("T", "M", 1), "hour": ("T", "H", 1), "day": ("", "D", 1), "week": ("", "D", 7)}
_ISO_UNIT |= {"month": ("", "M", 1), "year": ("", "Y", 1), "decade": ("", "Y", 10)}
# a bare plural ("hours after", "within minutes"): from two of the unit to what the next unit up would say
_PLURAL_SPAN = {"minute": 60, "hour": 24, "day": 14, "week": 8, "month": 12, "year": None, "decade": None}
_OFFSET_WORDS = {
    "half a": 0.5,
    "half an": 0.5,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
}
_OFFSET_WORDS |= {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14}
_OFFSET_WORDS |= {"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
_OFFSET_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90}
# "a few hours", "several days" (crosscheck.wordlists.VAGUE_AMOUNTS); a bare "few" is read as "a few"
_VAGUE_COUNTS = {"few": VAGUE_AMOUNTS["a few"], **{w: VAGUE_AMOUNTS[w] for w in ("a few", "several")}}
_QUALIFIERS = {
    **dict.fromkeys(("about", "around", "roughly", "approximately", "some", "nearly", "almost"), Qualifier.APPROXIMATE),
    **dict.fromkeys(("only about", "just about", "barely"), Qualifier.APPROXIMATE),
    **dict.fromkeys(("more than", "over", "at least", "just over"), Qualifier.LOWER_BOUND),
    **dict.fromkeys(("less than", "under", "fewer than", "just under", "within"), Qualifier.UPPER_BOUND),
    **dict.fromkeys(("", "only", "just"), Qualifier.EXACT),
}
APPROX_OFFSET = 0.25  # "about two hours" is 90 to 150 minutes: a time reckoned by a witness is rough
# the head words of an anchor are its words without determiners and auxiliaries; a gerund that opens it with an
# object after it is the verb of the anchor, not its head ("after suffering a heart attack": heart, attack)
_NOT_HEAD = frozenset(_DETERMINER.split("|"))


def anchor_words(phrase: str) -> tuple[str, ...]:
    """The head words of an anchor phrase: "the election" -> ("election",); "suffering a heart attack" ->
    ("heart", "attack"); "" (for "later", "after that") -> ()."""
    words = [w.lower().strip("'’") for w in phrase.split()]
    words = [w.removesuffix("'s").removesuffix("’s") for w in words if w not in _NOT_HEAD]
    if len(words) > 1 and words[0].endswith("ing") and phrase.split(maxsplit=1)[0].lower() == words[0]:
        words = words[1:]
    return tuple(w for w in words if w)


def offset_of(number: str | None, unit: str, qualifier: str, direction: str, anchor: tuple[str, ...]) -> Offset | None:
    """The offset "about two hours", "a few hours", "more than a week" as an interval in seconds."""
    plural = unit.lower().endswith("s")
    unit = unit.lower().rstrip("s")
    size = _SECONDS[unit]
    qual = _QUALIFIERS[" ".join(qualifier.lower().split())]
    number = " ".join((number or "").lower().split())
    if not number and not plural:
        return None  # "a full month before": a unit without its count
    if number in _VAGUE_COUNTS or not number:
        if qual is not Qualifier.EXACT and qual is not Qualifier.UPPER_BOUND:
            return None  # "about several hours", "more than hours": not a reading we trust
        high: float | None
        if number:
            lo, hi = _VAGUE_COUNTS[number]
            low, high = lo * size, hi * size
        else:
            span = _PLURAL_SPAN[unit]
            low, high = 2 * size, (span * size if span else None)
        if qual is Qualifier.UPPER_BOUND:  # "within minutes", "within a few hours"
            low = 0.0
        return Offset(low, high, Qualifier.VAGUE, direction, anchor)
    if number == "a couple of":
        count, qual = 2.0, Qualifier.APPROXIMATE if qual is Qualifier.EXACT else qual
    else:
        count = float(number) if number[0].isdigit() else float(_OFFSET_WORDS[number])
    value = count * size
    if qual is Qualifier.APPROXIMATE:
        return Offset(value * (1 - APPROX_OFFSET), value * (1 + APPROX_OFFSET), qual, direction, anchor)
    if qual is Qualifier.LOWER_BOUND:
        return Offset(value, None, qual, direction, anchor)
    if qual is Qualifier.UPPER_BOUND:
        return Offset(0.0, value, qual, direction, anchor)
    return Offset(value, value, qual, direction, anchor)


def _iso_duration(seconds: float) -> str:
    """ "P7D", "PT2H", "PT30M", "P2Y", "P6M": in the largest unit that divides it."""
    for unit in ("year", "month", "day", "hour", "minute"):
        count = seconds / _SECONDS[unit]
        if abs(count - round(count)) < 1e-6 and round(count) > 0:
            time, letter, _ = _ISO_UNIT[unit]
            return f"P{time}{round(count)}{letter}"
    if seconds == 0:
        return "PT0M"
    return f"PT{round(seconds / 60)}M"


_QUALIFIER_MARKS = {Qualifier.APPROXIMATE: "~", Qualifier.LOWER_BOUND: ">", Qualifier.UPPER_BOUND: "<"}


def offset_value(offset: Offset) -> str:
    """The normalised value of an anchored date: the offset (ISO 8601, "~" approximate, ">" at least, "<" at most,
    "low/high" for a vague span, ".." unbounded), the direction and the anchor's head words: "P14D after stroke",
    "~PT2H after shooting", "PT2H/PT9H later", "<P7D within election"."""
    if offset.qualifier is Qualifier.VAGUE:
        high = _iso_duration(offset.high) if offset.high is not None else ".."
        span = f"{_iso_duration(offset.low)}/{high}"
    elif offset.qualifier is Qualifier.APPROXIMATE:
        span = "~" + _iso_duration((offset.low + (offset.high or offset.low)) / 2)
    elif offset.qualifier is Qualifier.UPPER_BOUND:
        span = "<" + _iso_duration(offset.high or 0.0)
    else:
        span = _QUALIFIER_MARKS.get(offset.qualifier, "") + _iso_duration(offset.low)
    return " ".join((span, offset.direction, *offset.anchor))


# words before an offset that make it a stretch of time, not a time: "for nearly eight hours before it was put out",
# "the first 15 days after the World Series", "six to eight months after surgery"
_SPELL = LazyPattern(r"\b(?:for|first|last|past|next|to|or)\s+(?:(?:nearly|about|almost|around|some|just)\s+)?\Z", re.I)

# words before a clock time that qualify it: "about 8 p.m." is approximate, "by noon" at the latest
_TIME_QUALIFIER = LazyPattern(
    r"\b(?P<q>about|around|approximately|roughly|circa|some|shortly\s+(?:before|after)|just\s+(?:before|after)"
    r"|soon\s+after|by|before|after|no\s+later\s+than)\s+(?:at\s+)?$",
    re.IGNORECASE,
)


def time_qualifier(before: str) -> Qualifier | None:
    """How the words just before a clock time qualify it: ``None`` when they do not (the time is as written)."""
    m = _TIME_QUALIFIER.search(before[-40:])
    if m is None:
        return None
    word = " ".join(m["q"].lower().split())
    if word in ("by", "before", "no later than"):
        return Qualifier.UPPER_BOUND
    if word == "after":
        return Qualifier.LOWER_BOUND
    return Qualifier.APPROXIMATE


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
_AGO = LazyPattern(r"(\w+) (day|week|month|year)s? ago")
_PERIOD = LazyPattern(r"(?:(?:earlier|later) )?(last|this|next|previous|coming) (week|month|year)")
_IN_THE = LazyPattern(r"(?:earlier|later) in the (day|week|month|year)")


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
    period = _PERIOD.fullmatch(value)
    m = period or _IN_THE.fullmatch(value)
    if m is None:
        return None
    rel, unit = (m[1], m[2]) if period is not None else ("this", m[1])
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

"""Quantities: a number, its scale, its unit or counted noun, and its qualifier as an interval.

Handles digits with separators and decimals ("100,000", "6.1", and the "20, 000" / "6. 1" spacing some text
exports leave), number words ("seven", "twenty-five", "a dozen"), vague amounts ("dozens", "tens of thousands"),
scales ("1.2 million", "$3bn", "5k"), money, percentages, hyphenated adjectives ("90-minute", "300-seat",
"76-year-old"), change expressions ("could double"), and the qualifier before the number ("more than",
"around", "up to").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from attrs import evolve

from crosscheck.claims.dates import MONTHS
from crosscheck.model import Qualifier, Quantity
from crosscheck.text import singular

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "b": 1e9, "tn": 1e12,
}  # fmt: skip
# Vague amounts and the interval they stand for.
VAGUE = {
    "dozens": (24.0, 99.0), "scores": (40.0, 99.0), "hundreds": (200.0, 999.0), "thousands": (2e3, 9999.0),
    "tens of thousands": (2e4, 99999.0), "hundreds of thousands": (2e5, 999999.0), "millions": (2e6, 9.99e8),
    "billions": (2e9, 9.99e11),
}  # fmt: skip
CURRENCIES = {
    "$": "usd", "us$": "usd", "usd": "usd", "dollar": "usd", "£": "gbp", "gbp": "gbp", "pound": "gbp",
    "€": "eur", "eur": "eur", "euro": "eur", "¥": "jpy", "yen": "jpy", "yuan": "cny", "rupee": "inr",
    "rs": "inr", "a$": "aud", "c$": "cad",
}  # fmt: skip
# Units that convert: (canonical unit, factor to it).
UNITS = {
    "second": ("second", 1.0), "sec": ("second", 1.0), "minute": ("second", 60.0), "min": ("second", 60.0),
    "hour": ("second", 3600.0), "hr": ("second", 3600.0), "day": ("day", 1.0), "week": ("day", 7.0),
    "month": ("month", 1.0), "year": ("year", 1.0),
    "kilometre": ("km", 1.0), "kilometer": ("km", 1.0), "km": ("km", 1.0), "metre": ("km", 0.001),
    "meter": ("km", 0.001), "m": ("km", 0.001), "mile": ("km", 1.609344), "percent": ("percent", 1.0),
    "per cent": ("percent", 1.0), "%": ("percent", 1.0), "tonne": ("tonne", 1.0), "ton": ("tonne", 1.0),
    "kg": ("tonne", 0.001), "kilogram": ("tonne", 0.001),
}  # fmt: skip

_NUMWORD = (
    r"(?:(?:"
    + "|".join(_TENS_WORDS)
    + r")(?:[\s-](?:"
    + "|".join(k for k in _UNITS_WORDS if k != "zero")
    + r"))?|"
    + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True))
    + r"|a\s+dozen|half\s+a\s+dozen|dozen)"
)
_DIGITS = r"(?:\d{1,3}(?:,\s?\d{3})+(?!\d)(?:\.\d+)?|\d+\.\s\d{1,2}(?!\d)(?!\s?[:/])|\d+(?:\.\d+)?)"
_CURRENCY = r"(?P<cur>US\$|A\$|C\$|\$|£|€|¥|(?i:euros?|usd|eur|gbp|rs\.?)\s?(?=\d))"
_NUMBER = re.compile(
    r"(?<![\w.$£€¥-])" + _CURRENCY + r"?(?P<num>" + _DIGITS + r"|(?i:" + _NUMWORD + r"))"
    r"(?![^\W\d_](?<![bmkBMK])|[^\W\d_]{2,}(?<!bn|mn|tn|BN|Bn)|\d)"
    r"(?:\s?(?P<scale>(?i:hundred|thousand|million|billion|trillion)\b|(?i:bn|mn|tn|m|k|b)\b))?"
    r"(?:\s?(?P<pct>%|(?i:percent|per\s?cent)\b))?"
    r"(?:-(?P<hyph>[A-Za-z]+(?:-[A-Za-z]+)*))?",
)
_VAGUE = re.compile(
    r"\b(?P<vague>(?i:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions"
    r"|billions))\b(?:\s+of\b)?"
)
_MAGNITUDE_BEFORE = re.compile(r"(?i:magnitude)[\s-]$")
_CHANGE = re.compile(
    r"\b(?P<verb>(?:could|would|will|may|might|to|set to|expected to)\s+)?(?P<change>double|triple|quadruple|halve)"
    r"(?:d|s)?\b",
    re.IGNORECASE,
)

_LOWER = re.compile(
    r"(?i:\b(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|greater\s+than|above|no\s+fewer\s+than"
    r"|no\s+less\s+than|a\s+minimum\s+of|exceeding|topping|beyond))\s+$"
)
_APPROX = re.compile(
    r"(?i:\b(?:around|about|roughly|some|approximately|nearly|almost|close\s+to|an\s+estimated|estimated"
    r"|approx\.?|circa|c\.|just\s+under|just\s+over|more\s+or\s+less|or\s+so))\s+$"
)
_UPPER = re.compile(
    r"(?i:\b(?:less\s+than|fewer\s+than|under|up\s+to|at\s+most|no\s+more\s+than|as\s+many\s+as|below"
    r"|a\s+maximum\s+of|as\s+much\s+as|as\s+high\s+as))\s+$"
)

# Words that end the noun phrase after a number: "5,000 soldiers [the] army said".
_NP_STOP = frozenset(
    """the a an in on at to from of for by with and or but as than that which who whom whose were was is are be
    been being had have has will would could should may might can did do does said says told after before
    during since until into over under between per each this these those its their his her our they it he she
    we you i dead killed injured wounded died missing left while when where if so not no nor
    last next ago earlier later near along across off outside inside around toward towards against about through
    behind beyond amid among""".split()
)
_SKIP_BEFORE_NOUN = frozenset({"other", "more", "additional", "further", "new", "extra", "of", "such"})
_NEXT_WORD = re.compile(r"\s{1,3}([A-Za-z](?:[A-Za-z0-9'\u2019]|-(?=[A-Za-z0-9]))*)")
_GENERIC_BEFORE = frozenset(
    """total number estimate group tally average maximum minimum age out one each all some most none both any half
    more less""".split()
)
_KNOWN_UNITS = frozenset({"magnitude", "percent"})
_VERBS = frozenset(
    """hit struck took came went got made fell rose saw gave held won lost ran began fled remain
    remained face faced need needed marched died live lived work worked""".split()
)
_PLURALS = frozenset({"people", "police", "staff", "personnel", "cattle", "livestock"})
_PEOPLE = frozenset(
    """people person civilian resident child man woman worker soldier troop officer student passenger villager
    victim miner tourist pilgrim protester demonstrator migrant refugee patient firefighter policeman""".split()
)
_CASUALTIES = (
    (re.compile(r"(?i)\b(?:killed|killing|kills|dead|died|dies|dying|deaths?|fatalities|lives|bodies)\b"), "dead"),
    (re.compile(r"(?i)\b(?:injured|injuring|injuries|wounded|wounding|hurt)\b"), "injured"),
    (re.compile(r"(?i)\b(?:missing|unaccounted)\b"), "missing"),
)
# Capitalised words that may stand before a count at the start of a sentence ("About 300", "Only 12").
_STARTERS = frozenset(
    """a an the about around some nearly almost roughly approximately only just more over at least fewer less
    than up to another all and but of in on by for with from after before since as estimated an some""".split()
)
_DETERMINERS = frozenset("a an the his her its their our my your this that".split())
_DEFINITE_BEFORE = re.compile(r"(?i:\b(?:the|these|those|its|their|his|her|our|all)\s+)$")
_ORDINAL_SUFFIX = re.compile(r"(?i)(?:st|nd|rd|th)\b")


def find_quantities(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """Yield ``(start, end, Quantity)`` for each amount in ``text``; ``end`` covers the counted noun."""
    for m in _NUMBER.finditer(text):
        q = _from_match(text, m)
        if q is not None:
            yield q
    for m in _VAGUE.finditer(text):
        low, high = VAGUE[" ".join(m.group("vague").lower().split())]
        noun, noun_end = _counted_noun(text, m.end())
        unit = _casualty(text, m.start(), noun_end or m.end(), noun)
        yield (m.start(), noun_end or m.end(),
               Quantity(value=low, qualifier=Qualifier.VAGUE, unit=unit, low=low, high=high))  # fmt: skip
    for m in _CHANGE.finditer(text):
        factor = {"double": 2.0, "triple": 3.0, "quadruple": 4.0, "halve": 0.5}[m.group("change").lower()]
        start = m.start("verb") if m.group("verb") else m.start("change")
        yield (start, m.end(),
               Quantity(value=factor, qualifier=Qualifier.EXACT, unit="times", low=factor, high=factor,
                        change=True))  # fmt: skip


def _from_match(text: str, m: re.Match[str]) -> tuple[int, int, Quantity] | None:
    num, start, end = m.group("num"), m.start(), m.end()
    if _ORDINAL_SUFFIX.match(text, m.end("num")):
        return None
    scale = (m.group("scale") or "").lower()
    hyph = (m.group("hyph") or "").lower()
    if num.lower() == "one" and not hyph and not scale:
        return None  # "one of the", "one man": rarely a checkable count on its own
    value = _parse_number(num)
    if value is None:
        return None
    if _is_identifier(text, m):
        return None
    reference = not hyph and num[0].isalpha() and value <= 10 and bool(_DEFINITE_BEFORE.search(text, 0, start))
    precision = _precision(num)
    cur = (m.group("cur") or "").strip().lower().rstrip(".")
    if cur.endswith("s") and cur not in CURRENCIES:
        cur = cur[:-1]
    unit = CURRENCIES.get(cur, "")
    if scale in ("m", "b") and not cur:
        if scale == "b":
            return None
        unit, scale = "m", ""  # "10m" is ten metres unless it is money
    if scale:
        value, precision = value * SCALES[scale], precision * SCALES[scale]
    if m.group("pct"):
        unit = "percent"
    elif hyph:
        if re.fullmatch(r"\d{4}", num) and 1800 <= value <= 2100 and not hyph.startswith("year"):
            return None  # "2010-11": a season, not a count
        old = hyph.startswith(("year-old", "years-old", "month-old", "week-old", "day-old"))
        unit = "age" if old else _canonical_unit(hyph.split("-")[0])
    elif not unit and _MAGNITUDE_BEFORE.search(text, 0, start):
        unit = "magnitude"
    phrase: tuple[str, ...] = ()
    if not unit:
        noun, noun_end, phrase = _noun_phrase(text, end)
        if noun in CURRENCIES:
            unit, end = CURRENCIES[noun], noun_end
        elif noun:
            unit, end = _canonical_unit(noun), noun_end
    if not unit:
        if re.fullmatch(r"(?:1[89]|20)\d\d", num) and not scale:
            return None  # a bare year is a date, read by the date extractor
        unit = _noun_before(text, start)
    if unit in UNITS:
        unit, factor = UNITS[unit]
        value, precision = value * factor, precision * factor
    qualifier, q_start = _qualifier(text, start)
    if (
        qualifier is Qualifier.LOWER_BOUND
        and unit in ("second", "day", "month", "year")
        and re.match(r"(?i)over\b", text[q_start:start])
    ):
        qualifier, q_start = Qualifier.EXACT, start  # "loans over three years" is a span of time
    unit = _casualty(text, q_start, end, unit)
    q = evolve(_interval(value, qualifier, unit, precision), reference=reference, phrase=phrase)
    return q_start, end, q


def _is_identifier(text: str, m: re.Match[str]) -> bool:
    """A number that names rather than counts: "Route 52", "Boeing 747", "No. 1", "0845 125 2222", "91-73"."""
    num = m.group("num")
    if num[0] == "0" and len(num) > 1 and num[1].isdigit():
        return True  # "0845", "00": codes and clock digits
    if re.match(r"-\d", text[m.end("num") :]):
        return True  # a score or a code: "91-73"
    before = text[max(0, m.start() - 30) : m.start()]
    word = re.search(r"([A-Za-z][\w.]*)\s+$", before)
    if word is None or m.group("cur"):
        return False
    w = word.group(1)
    if w in ("No.", "no.", "Nos.", "No"):
        return True
    if w[0].isupper() and w.lower().rstrip(".") not in _STARTERS and w.lower().rstrip(".") not in MONTHS:
        return True  # a name before the number: "Route 52", "Apollo 11"
    # "a 2012 car crash", "his 2000 campaign": a year used as a modifier
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", num)) and w.lower() in _DETERMINERS


def _casualty(text: str, start: int, end: int, unit: str) -> str:
    """People counted as dead, injured or missing: "five people killed" is "people:dead", so it never meets a
    count of the injured. A bare number next to such a word ("24 dead", "the death toll rose to 11") counts people.
    """
    if unit and unit not in _PEOPLE:
        return unit
    best: tuple[int, str] | None = None
    for pattern, state in _CASUALTIES:
        for m in pattern.finditer(text, max(0, start - 45), min(len(text), end + 30)):
            distance = m.start() - end if m.start() >= end else start - m.end()
            if best is None or distance < best[0]:
                best = (distance, state)
    if best is None:
        return unit
    return f"{unit or 'people'}:{best[1]}"


def _interval(value: float, qualifier: Qualifier, unit: str, precision: float = 0.0) -> Quantity:
    """Exact figures stand for what rounds to them: "six miles" is 5.5 to 6.5 miles (just under half a step)."""
    half = 0.49 * precision
    low: float | None = value - half
    high: float | None = value + half
    if qualifier is Qualifier.LOWER_BOUND:
        low, high = value, None
    elif qualifier is Qualifier.UPPER_BOUND:
        low, high = 0.0, value
    elif qualifier is Qualifier.APPROXIMATE:
        low, high = value, value  # the tolerance of "around" is a rule parameter (approx_tolerance)
    return Quantity(value=value, qualifier=qualifier, unit=unit, low=low, high=high)


def _precision(num: str) -> float:
    """The step of the last written digit: 1 for "80" and "eighty", 0.1 for "6.1"."""
    digits = num.replace(" ", "")
    if "." in digits and digits[0].isdigit():
        return float(10 ** -len(digits.split(".")[1]))
    return 1.0


def _noun_before(text: str, start: int) -> str:
    """The noun of "a majority of 160": what a bare number counts when nothing follows it."""
    m = re.search(r"\b([a-z]{3,})\s+of\s+$", text[max(0, start - 40) : start])
    if m and m.group(1) not in _GENERIC_BEFORE:
        return singular(m.group(1))
    return ""


def _qualifier(text: str, start: int) -> tuple[Qualifier, int]:
    window = text[max(0, start - 30) : start]
    for pattern, qualifier in ((_LOWER, Qualifier.LOWER_BOUND), (_APPROX, Qualifier.APPROXIMATE),
                               (_UPPER, Qualifier.UPPER_BOUND)):  # fmt: skip
        m = pattern.search(window)
        if m:
            return qualifier, start - (len(window) - m.start())
    return Qualifier.EXACT, start


def _counted_noun(text: str, pos: int) -> tuple[str, int]:
    """The head of the noun phrase after a number: "three bank workers dead" -> ("worker", end of "workers")."""
    head, end, _ = _noun_phrase(text, pos)
    return head, end


def _noun_phrase(text: str, pos: int) -> tuple[str, int, tuple[str, ...]]:
    """The noun phrase after a number: its head, where it ends, and all its words, singular and lower-case."""
    head, head_end = "", 0
    phrase: list[str] = []
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        lw = word.lower()
        if lw in _SKIP_BEFORE_NOUN and not head:
            pos = m.end()
            continue
        verb_like = lw in _VERBS or (head and lw.endswith(("ed", "ing")))
        if lw in _NP_STOP or verb_like or "'" in lw or "\u2019" in lw:
            break
        if singular(lw) in UNITS or lw in _KNOWN_UNITS or singular(lw) in CURRENCIES:
            return singular(lw), m.end(), (singular(lw),)  # "6.1 magnitude earthquake": a unit word is the unit
        if word[0].isupper() and lw.endswith("s") and lw.isalpha() and not head:
            return "people", m.end(), ("people",)  # "tens of thousands of Greeks": a plural demonym counts people
        head, head_end, pos = lw, m.end(), m.end()
        phrase.append(singular(lw))
        if singular(lw) != lw or lw in _PLURALS:  # a plural head ends the phrase: "23 Somali pirates", "14 children"
            break
    return (singular(head), head_end, tuple(phrase)) if head else ("", 0, ())


def _canonical_unit(word: str) -> str:
    w = singular(word)
    return w if w in UNITS else CURRENCIES.get(w, w)


def _parse_number(num: str) -> float | None:
    s = " ".join(num.lower().replace("-", " ").split())
    if s[0].isdigit():
        s = s.replace(",", "").replace(" ", "")
        try:
            value = float(s)
        except ValueError:
            return None
        return value if math.isfinite(value) else None  # "1" and 309 zeros is no figure a reader checks
    if s in ("a dozen", "dozen"):
        return 12.0
    if s == "half a dozen":
        return 6.0
    total = 0.0
    for part in s.split():
        if part in _TENS_WORDS:
            total += _TENS_WORDS[part]
        elif part in _UNITS_WORDS:
            total += _UNITS_WORDS[part]
        else:
            return None
    return total

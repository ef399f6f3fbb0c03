"""Stage 2: split article text into sentences, keeping character offsets.

A rule-based splitter, fast enough for the hot path: a line break always ends a sentence; inside a line a
sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets, a closing double quote possibly
detached by a space: ``things. " Evans``) followed by white space and a capital, digit or opening quote, except
after a known abbreviation, a single initial, a word no sentence ends with ("a", "the"), or inside a number
written with a stray space ("6. 1", "a. 357 caliber", as some text exports have it). An abbreviation that can
also end a sentence ends one when the next word opens sentences ("Apple Inc. The company"); after "a.m." and
"p.m." any capitalised word does, unless it is a day, a month or a time zone ("10 a.m. Police were waiting" but
"2 a.m. Monday", "4:45 p.m. EST"). A name after the time is taken to start a sentence too, which is wrong for
"at 11:30 p.m. Ana Reyes was standing" but right more often in news text.
"""

from __future__ import annotations

import re

from crosscheck.model import Sentence
from crosscheck.patterns import LazyPattern, compiled

# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr mt ft
    no nos vs etc inc corp ltd co bros dept univ est approx fig ave blvd rd
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.g i.e a.m p.m d.c u.s.a const insp supt det cpl pte pvt maj brig hon msgr fr dist atty asst
    snr comr""".split()
)

# Abbreviations that may end a sentence too: then the next word opens sentences ("Apple Inc. The company").
SENTENCE_FINAL_ABBREVIATIONS = frozenset("inc corp ltd co bros etc jr sr u.s u.k d.c".split())
# Words that open sentences, capitalised.
_OPENERS = frozenset(
    """The A An He She It They We I You This That These Those There His Her Its Their Our My But And In On At
    After Before When While As If Although However Meanwhile""".split()
)
# Words that go with a time of day rather than start a sentence: "2 a.m. Monday", "4:45 p.m. EST", "a.m. Nov. 8".
_TIME_FOLLOWERS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday jan feb mar apr may jun jul aug sep sept oct nov dec
    january february march april june july august september october november december local""".split()
)
# Words a sentence does not end with: "he pointed a. 357 caliber revolver" is one sentence.
_NEVER_FINAL = frozenset("a an the of including than and or their its our my your".split())

# The end of a sentence: one or more ".", "!" or "?"; then closing quotes or brackets, where a closing double
# quote may stand after a space ("things. " Evans", as some exports write it); then, looking ahead, white space
# and a capital, a digit or an opening quote or bracket.
_CANDIDATE = compiled(
    r"[.!?]+(?:[\"'\u201d\u2019)\]]|\s[\"\u201d](?=\s))*(?=\s+[\"'\u201c\u201d\u2018(\[]?\s?[A-Z0-9])"
)
_WORD_BEFORE = compiled(r"([A-Za-z][A-Za-z.]*)$")
# "a.m." or "p.m." just before the full stop, also spaced as "p. m.".
_TIME_OF_DAY = compiled(r"\b[ap]\.\s?m$", re.IGNORECASE)
# A decimal with no leading zero, exported with a space: "a. 357 caliber", "a career. 290 hitter".
_SPACED_FRACTION = compiled(r"\d{2,3}[\s-]+(?:caliber|calibre|magnum|hitter|average|batting|percent)\b", re.IGNORECASE)
# The next word: group 1, and group 2 the word after it, if any.
_NEXT_WORDS = compiled(r"[\"'\u201c\u2018(\[]?\s?([\w'\u2019.&-]+)(?:\s+([\w'\u2019.&-]+))?")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        for start, end in _split_line(line):
            s, e = _trim(text, line_start + start, line_start + end)
            if e > s:
                out.append(Sentence(index=len(out), start=s, end=e, text=text[s:e]))
    return tuple(out)


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CANDIDATE.finditer(line):
        if not _is_boundary(line, m.start(), m.end()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


_JOINED_INITIALS = LazyPattern(r"(?:[A-Z]\.)+[A-Z]")


def _is_boundary(line: str, punct_start: int, punct_end: int) -> bool:
    if line[punct_start] != ".":
        return True
    before = line[:punct_start]
    after = line[punct_end:].lstrip()
    # "6. 1-magnitude", "$1. 29", "2. 7GHz": a decimal number split by a stray space.
    if before[-1:].isdigit() and after[:1].isdigit():
        m = re.match(r"\d{1,2}(?:[a-zA-Z]{1,3})?\b", after)
        if m and not re.match(r"\d{1,2}\s+[A-Z]", after):
            return False
    if before.endswith("(") or _SPACED_FRACTION.match(after):
        return False  # "(. 535)", "career. 290 hitter"
    if _TIME_OF_DAY.search(before):
        return _starts_after_time(after)
    m = _WORD_BEFORE.search(before)
    if m:
        word = m.group(1).lower().rstrip(".")
        if word in _NEVER_FINAL:
            return False
        if word in SENTENCE_FINAL_ABBREVIATIONS:
            return _starts_sentence(after)
        if word in ABBREVIATIONS:
            return False
        if len(word) == 1 and m.group(1)[0].isupper():  # an initial: "John F. Kennedy"
            return False
        if _JOINED_INITIALS.fullmatch(m.group(1)):  # initials: "A.J. Smith"
            return False
    return True


def _starts_sentence(after: str) -> bool:
    """After an abbreviation that may end a sentence: a new one starts with a sentence opener and a plain word
    ("Inc. The company"), not with a name or a title ("Inc. The Walt Disney Co.", "Jr. On The Lam")."""
    m = _NEXT_WORDS.match(after)
    if m is None or m.group(1) not in _OPENERS:
        return False
    return m.group(2) is None or not m.group(2)[0].isupper() or m.group(1) in ("He", "She", "It", "They", "We", "I")


def _starts_after_time(after: str) -> bool:
    """After "a.m." or "p.m.": a capitalised word starts a sentence unless it goes with the time: a day, a month or
    a time zone ("2 a.m. Monday", "4:45 p.m. EST")."""
    m = _NEXT_WORDS.match(after)
    if m is None:
        return True
    word = m.group(1)
    return not (word.lower().rstrip(".") in _TIME_FOLLOWERS or (word.isupper() and len(word) <= 4 and word != "I"))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

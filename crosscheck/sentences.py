"""Stage 2: split article text into sentences, keeping character offsets.

A rule-based splitter, fast enough for the hot path: a line break always ends a sentence; inside a line a
sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by white space and a
capital, digit or opening quote, except after a known abbreviation, a single initial, or inside a number
written with a stray space ("6. 1", as some text exports have it).
"""

from __future__ import annotations

import re

from crosscheck.model import Sentence

# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr mt ft
    no nos vs etc inc corp ltd co bros dept univ est approx fig ave blvd rd
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.g i.e a.m p.m d.c u.s.a const insp supt det cpl pte pvt maj brig hon msgr fr""".split()
)

_CANDIDATE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u201d\u2018(\[]?\s?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


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


def _is_boundary(line: str, punct_start: int, punct_end: int) -> bool:
    if line[punct_start] != ".":
        return True
    before = line[:punct_start]
    after = line[punct_end:].lstrip()
    # "6. 1-magnitude", "$1. 29": a decimal number split by a stray space.
    if before[-1:].isdigit() and after[:1].isdigit():
        m = re.match(r"\d{1,2}(?:[a-zA-Z]{1,2})?\b", after)
        if m and not re.match(r"\d{1,2}\s+[A-Z]", after):
            return False
    m = _WORD_BEFORE.search(before)
    if m:
        word = m.group(1).lower().rstrip(".")
        if word in ABBREVIATIONS:
            return False
        if len(word) == 1 and m.group(1)[0].isupper():  # an initial: "John F. Kennedy"
            return False
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", m.group(1)):  # initials: "A.J. Smith"
            return False
    return True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

"""Direct quotations and who said them.

Quotes are found per paragraph (line) with straight or curly double marks. A quote left open at the end of
a paragraph runs to the end of it, as news style does for quotes that go on into the next paragraph. The
speaker comes from the attribution after the quote ("...," X said / said X / X told Y) or before it (X said:
"..."), from "according to X", and a pronoun ("he said") is resolved to the last named speaker before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crosscheck.model import Quote

_VERBS = (
    r"(?:said|says|say|told|tells|added|adds|wrote|writes|posted|tweeted|stated|states|declared|insisted|insists"
    r"|explained|noted|warned|announced|argued|asked|replied|recalled|admitted|claimed|claims|continued"
    r"|according to)"
)
_NAME = r"(?:[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+the\s+|of\s+|de\s+|al-|bin\s+)?[A-Z][\w.'\u2019-]*){0,4})"
_NOMINAL = (
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:official|officials|spokesman|spokeswoman|spokesperson|statement"
    r"|minister|ministry|police|agency|source|sources|report|readout|government|president|chief|leader"
    r"|witness|resident|doctor|expert|analyst|navy|army|military|commander|officer|company|group))"
)
_PRONOUN = r"(?:he|she|they|it|we|He|She|They|It|We)"
_SPEAKER = r"(?P<sp>" + _NOMINAL + r"|(?:[Tt]he\s+)?" + _NAME + r"|" + _PRONOUN + r")"
_APPOSITIVE = r"(?:,\s[^,\"\u201c\u201d]{1,90},)?"

_AFTER = [
    re.compile(r"^[\s,]*" + _SPEAKER + _APPOSITIVE + r"\s+(?:also\s+|later\s+|then\s+)?" + _VERBS + r"\b"),
    re.compile(r"^[\s,]*" + _VERBS + r"\s+" + _SPEAKER),
]
_BEFORE = [
    re.compile(_SPEAKER + _APPOSITIVE + r"\s+(?:also\s+)?" + _VERBS + r"(?:\s+[\w\s]{0,30}?)?\s*[:,]?\s*$"),
    re.compile(r"[Aa]ccording\s+to\s+" + _SPEAKER + r",?\s*$"),
]
_CLOSES = re.compile(
    r'"(?:\s|$|(?:said|says|he|she|they|added|told|wrote)\b|(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3}(?:said|says|told|added)\b)'
)
_OPENERS = {'"': '"', "\u201c": "\u201d"}


def find_quotes(text: str) -> Iterator[tuple[int, int, Quote]]:
    """Yield ``(start, end, Quote)``; the span includes the quotation marks."""
    last_named: str | None = None
    pos = 0
    for line in text.split("\n"):
        for qs, qe in _quote_spans(line):
            start, end = pos + qs, pos + qe
            words = text[start:end].strip('"\u201c\u201d ')
            if not re.search(r"[A-Za-z]", words):
                continue
            speaker, s_start, s_end = _speaker(line, qs, qe, pos)
            if speaker and re.fullmatch(_PRONOUN, speaker):
                speaker = last_named if speaker.lower() in ("he", "she") else None
            elif speaker:
                last_named = speaker
            yield start, end, Quote(words=words, speaker=speaker, speaker_start=s_start, speaker_end=s_end)
        pos += len(line) + 1


def _quote_spans(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == '"' and not spans and _closes_carried_quote(line, i):
            spans.append((0, i + 1))  # closes a quote carried over from the paragraph before
            i += 1
        elif ch in _OPENERS and not (ch == '"' and line[i - 1 : i].isdigit()):  # 17" is inches
            close = _OPENERS[ch]
            j = line.find(close, i + 1)
            if ch == '"' and j < 0 and "\u201d" in line[i + 1 :]:
                j = line.find("\u201d", i + 1)
            end = j + 1 if j >= 0 else len(line)
            if end - i > 2:
                spans.append((i, end))
            i = end
        else:
            i += 1
    return spans


def _closes_carried_quote(line: str, i: int) -> bool:
    """The first mark of a paragraph, after its first sentence, closes a quote opened in the paragraph before."""
    return i > 0 and line[:i].rstrip()[-1:] in ",.!?" and '"' not in line[:i] and bool(_CLOSES.match(line, i))


def _speaker(line: str, qs: int, qe: int, offset: int) -> tuple[str | None, int | None, int | None]:
    after = line[qe : qe + 160]
    for pattern in _AFTER:
        m = pattern.match(after)
        if m:
            return _clean(m.group("sp")), offset + qe + m.start("sp"), offset + qe + m.end("sp")
    before = line[max(0, qs - 160) : qs]
    base = max(0, qs - 160)
    for pattern in _BEFORE:
        m = pattern.search(before)
        if m:
            return _clean(m.group("sp")), offset + base + m.start("sp"), offset + base + m.end("sp")
    return None, None, None


def _clean(speaker: str) -> str:
    words = speaker.split()
    if words and len(words[-1]) > 2 and words[-1][-1] in ".,":
        words[-1] = words[-1][:-1]  # "said Roesler." - the full stop ends the sentence, not the name
    return " ".join(words)

"""Small, fast word-level helpers shared by the extractors and the aligner: tokens, stop words, stems."""

from __future__ import annotations

import functools
import re

from crosscheck.patterns import compiled

WORD = compiled(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|[A-Za-z]")
# "It ’ s", "can ’ t": text that went through a tokenizer spaces the apostrophe of a contraction
_SPACED_CONTRACTION = compiled(r"(\w)\s*['\u2019]\s*(s|t|m|re|ve|ll|d)\b(?!-)", re.IGNORECASE)
_EDITORIAL = compiled(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")  # "(Tara Reid)", "[the Act]": an editor's insertion

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before being
    below between both but by can could did do does doing down during each either few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just let me more most
    my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some
    such than that the their theirs them themselves then there these they this those through to too under until
    up upon very was we were what when where which while who whom why will with would you your yours yourself
    said says say saying told tells according added adding also still yet even though although however since
    one two three four five six seven eight nine ten us mr mrs ms per via among amid would may might must shall
    new another many much several including include includes included like around across within without near
    along toward towards behind beyond amid onto""".split()
)

_IRREGULAR = {
    "people": "people",
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "leaves": "leaf",
    "thieves": "thief",
    "series": "series",
    "news": "news",
    "police": "police",
    "staff": "staff",
    "aircraft": "aircraft",
    "crises": "crisis",
    "analyses": "analysis",
}


def words(text: str) -> list[str]:
    return WORD.findall(text)


def singular(word: str) -> str:
    """A plain English singular, good enough for matching counted nouns ("soldiers" -> "soldier")."""
    w = word.lower().replace("\u2019", "'")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


@functools.lru_cache(maxsize=1 << 16)  # a pure function called for every word of every pair compared
def stem(word: str) -> str:
    """A light suffix-stripping stem so "launches", "launching" and "launched" meet ("launch")."""
    w = singular(word)
    for suffix, min_len in (("ingly", 5), ("edly", 5), ("ing", 4), ("ed", 4), ("ly", 5), ("er", 5), ("ion", 5)):
        if w.endswith(suffix) and len(w) - len(suffix) >= min_len - 1:
            w = w[: -len(suffix)]
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


@functools.lru_cache(maxsize=1 << 14)  # sentences are compared with every other article's: stem each once
def content_stems(text: str) -> tuple[str, ...]:
    """Content words of ``text`` as stems, stop words removed, in order."""
    out = []
    for w in words(text):
        lw = w.lower().replace("\u2019", "'")
        if lw.endswith("'s"):
            lw = lw[:-2]
        if lw in STOPWORDS or len(lw) < 2:
            continue
        out.append(stem(lw))
    return tuple(out)


def quote_text(text: str) -> str:
    """A quote's words as an editor compares two renderings of it, lower case and joined by single spaces: an
    editor's insertion in brackets left out ("her (Tara Reid) family", "protects [the species]"), contractions
    written one way ("It ’ s", "it’s" and "it's"), punctuation dropped. The aligner pairs quotes and the
    quote-wording rule judges them on this same text."""
    inserted = _EDITORIAL.sub("", text)
    text = (inserted if any(c.isalnum() for c in inserted) else text).replace("\u2019", "'")  # not all inserted
    return " ".join(words(_SPACED_CONTRACTION.sub(r"\1'\2", text).lower()))

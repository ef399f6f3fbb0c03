"""``quote-speaker``: the same quote given to two different speakers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from crosscheck.kinds.base import Kind
from crosscheck.model import ClaimKind, Quote, Verdict
from crosscheck.patterns import compiled
from crosscheck.text import STOPWORDS, words
from crosscheck.wordlists import ROLE_NOUNS

if TYPE_CHECKING:
    from crosscheck.align import Pair

_POSSESSIVE = compiled(r"\w['\u2019]s\b|s['\u2019](?!\w)")  # "Reid's", "the workers'"; not "O'Brien"
# a speaker that opens with one of these is described, not named ("the Arizona-based group", "a Merrill spokesman")
DESCRIPTION_OPENERS = frozenset("the a an his her their its our this that these those".split())
SPELLING_RATIO = 80.0  # rapidfuzz ratio at which two name words are one name spelled two ways (Sundwell, Sundwall)


class QuoteSpeaker(Kind):
    name = "quote-speaker"
    claim_kind = ClaimKind.QUOTE
    verdicts = frozenset({Verdict.DISCREPANCY})

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        a, b = pair.a.fact, pair.b.fact
        return isinstance(a, Quote) and isinstance(b, Quote) and speakers_differ(a.speaker, b.speaker)


def speakers_differ(x: str | None, y: str | None) -> bool:
    """Two named speakers who share no name word: "Merkel" and "Angela Merkel" are the same person, and so are two
    spellings of one name ("Moqtada al-Sadr", "Muqtada al Sadr"). A description ("the Connecticut Democrat", "a
    spokesman for the mayor") may or may not be the named person, so it never makes a difference of speaker."""
    nx, ny = _name_words(x), _name_words(y)
    if not nx or not ny:
        return False
    return not any(u == v or (min(len(u), len(v)) >= 4 and fuzz.ratio(u, v) >= SPELLING_RATIO) for u in nx for v in ny)


def _name_words(speaker: str | None) -> frozenset[str]:
    """The capitalised words of a speaker written as a name, lower-cased; none for a description (a determiner
    first, a possessive, or a role noun last) or nobody.
    Sentence-initial "A" or "The" and other stop words are not name words."""
    tokens = [t for w in words(speaker or "") for t in w.split("-") if t]
    if not tokens or tokens[0].lower() in DESCRIPTION_OPENERS:
        return frozenset()
    if _POSSESSIVE.search(speaker or "") or tokens[-1].lower() in ROLE_NOUNS:
        return frozenset()  # "Reid's rep", "Police spokesman": a role, which may well be the named person
    return frozenset(t.lower() for t in tokens if t[0].isupper() and t.lower() not in STOPWORDS)

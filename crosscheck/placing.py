"""How two place claims relate (crosscheck.claims.places writes them): the same place, the same place written
another way, or two places for one event.

* **The same place**: the same key ("Interstate 75" and "I-75"; "the streets of East Harbor" and "in East
  Harbor"; "suburban Detroit" and "in suburban Detroit"); or one's words all among the other's ("Lake Verna"
  and "Lake Verna district": one is inside the other, or the same, and no gazetteer says which); or keys of as
  many words within ``place_spelling`` (rapidfuzz ratio) of each other ("12th Precinct" and "12th Presinct").
  A difference in a generic word of the place (a precinct, a street, a station) is a slip of the pen, the same
  place; a difference in the letters of a name ("Birch Ave." and "Burch Ave.") is one name spelled two ways, a
  hard discrepancy as the gold README defines it for names.
* **How the event stands to it**: "at a Corner Drug" and "outside of a local Corner Drug", "at the stationhouse" and
  "near the stationhouse" locate one event differently but compatibly (soft), when the two frames can be one
  event.
* **Two places for one event**: both frames name the same predicate family ("died at the scene", "died on the way
  to the hospital"), and the two places exclude each other by the word lists (``EXCLUSIVE_LOCATIVES``; "at home"
  against a named place the event was "at"): a hard discrepancy. Places of different events never conflict, and
  no two names do by themselves: "in Verna" and "in Lake Verna" may be a province and its district.
"""

from __future__ import annotations

import enum
import re

from rapidfuzz import fuzz

from crosscheck.model import Claim, Frame, Place
from crosscheck.wordlists import (
    EXCLUDES_NAMED_POINT,
    EXCLUSIVE_LOCATIVES,
    PLACE_BUILDINGS,
    PLACE_DISTINGUISHERS,
    PRECINCT_WORDS,
    STREET_SUFFIXES,
)

# the generic words of a place's key: a slip in one of them does not make another place
_GENERIC = PRECINCT_WORDS | PLACE_BUILDINGS | frozenset(STREET_SUFFIXES.values())
# relations that put an event at or in a place, against those that put it beside it: two of one group agree
_WITHIN = frozenset({"at", "in"})
# a name spelled two ways is told from another name on keys of at least this many words: "birch avenue"
_SPELLED_WORDS = 2


class Naming(enum.Enum):
    """How two place claims' keys relate."""

    SAME = "same"  # one place: the same key, one inside the other, or a slip in a generic word
    SPELLING = "spelling"  # one name spelled with different letters
    OTHER = "other"  # two places


def naming(a: Place, b: Place, spelling: float) -> Naming:
    """How the keys of two places relate (``spelling``: the rapidfuzz ratio at which two keys of as many words
    are one name spelled two ways)."""
    if a.key == b.key:
        return Naming.SAME
    if "locative" in (a.form, b.form):
        return Naming.OTHER  # a locative is its class: "scene" is no name
    wa, wb = a.key.split(), b.key.split()
    if a.form == b.form and (set(wa) <= set(wb) or set(wb) <= set(wa)):
        return Naming.SAME  # "lake verna" in "lake verna district"
    if len(wa) != len(wb) or len(wa) < _SPELLED_WORDS or fuzz.ratio(a.key, b.key) < spelling:
        return Naming.OTHER  # one word alone is too short to tell a slip from another name
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    abbreviated = _abbreviations(a.name) | _abbreviations(b.name)
    if all(_abbreviates(x, y, abbreviated) or _abbreviates(y, x, abbreviated) for x, y in differing):
        return Naming.SAME  # "Santa Rosa, Calif." and "Santa Rosa, California"
    return _slip(differing)


def _abbreviations(name: str) -> set[str]:
    """The words of a name as written that end with a dot, folded as a key's: "calif" in "Santa Rosa, Calif."."""
    return {w.rstrip(".,").replace(".", "").lower() for w in name.split() if w.rstrip(",").endswith(".")}


def _abbreviates(short: str, full: str, abbreviated: set[str]) -> bool:
    """``short`` is written abbreviated and its letters are ``full``'s, in order, from the first ("ala" for
    "alabama", "mich" for "michigan"); a word written without a dot is no abbreviation ("kesler", "kessler")."""
    if short not in abbreviated or len(short) >= len(full) or short[:1] != full[:1]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def _slip(differing: list[tuple[str, str]]) -> Naming:
    """Two keys close in spelling, by the words that differ: a number is another place ("12th precinct" and "68th
    precinct") and so is a word that tells places apart ("east harbor" and "west harbor"), a generic word a slip
    of the pen ("presinct"), a name's letters the name spelled two ways."""
    if any(any(ch.isdigit() for ch in x + y) or {x, y} & PLACE_DISTINGUISHERS for x, y in differing):
        return Naming.OTHER
    if all(x in _GENERIC or y in _GENERIC or _bare(x) == _bare(y) for x, y in differing):
        return Naming.SAME  # a slip in a generic word; an Arabic name with and without its article ("al-Rashid")
    return Naming.SPELLING


# the Arabic article a transliterated name is written with or without: "al-Rashid Hotel", "the Rashid Hotel"
_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-")


def _bare(word: str) -> str:
    return _ARTICLE.sub("", word)


def one_event(a: Frame | None, b: Frame | None) -> bool:
    """Both places locate the same event: one predicate family on both sides, neither a statement's."""
    return (
        a is not None
        and b is not None
        and a.family
        and b.family
        and not a.reporting
        and not b.reporting
        and a.predicate is not None
        and a.predicate == b.predicate
        and a.background == b.background
    )


def other_events(a: Frame | None, b: Frame | None) -> bool:
    """The places locate different events: two predicates known to differ, or a statement's against an event's."""
    if a is None or b is None or a.predicate is None or b.predicate is None:
        return False
    return a.predicate != b.predicate or a.reporting != b.reporting or a.background != b.background


def stands_apart(a: Place, b: Place) -> bool:
    """One place, with the event put differently to it: at or in it against near or outside it."""
    if a.relation is None or b.relation is None or a.relation == b.relation:
        return False
    placed = {a.relation, b.relation}
    beside = {"near", "outside"}
    return (bool(placed & _WITHIN) and bool(placed & beside)) or placed == beside


def exclude(a: Place, b: Place) -> bool:
    """Two places one event cannot have both of: two locatives of exclusive classes ("at the scene", "on the way to
    the hospital"), or "at home" against a named place the event was at ("the game at Washington")."""
    if a.form == "locative" and b.form == "locative":
        return frozenset({a.key, b.key}) in EXCLUSIVE_LOCATIVES
    for x, y in ((a, b), (b, a)):
        if x.form == "locative" and x.key in EXCLUDES_NAMED_POINT and y.form != "locative" and y.relation == "at":
            return True
    return False


def place_of(c: Claim) -> Place | None:
    return c.fact if isinstance(c.fact, Place) else None

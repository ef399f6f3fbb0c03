"""How two written names of people (or places) relate: the same name, the same name written another way (soft), the
same name spelled with different letters (hard), or two names (unrelated). Read by the aligner, which decides which
names to compare (the same role, the same event) and leaves the verdict to the rules (``entity-compare``).

Following the gold README's "Names" paragraph:

- the same: equal once a middle initial, a middle name or "Jr."/"Sr."/"III" that only one gives is left out, a
  given name written as its initial ("J. Smith") or a surname alone ("Kennedy" and "John F. Kennedy");
- soft: spacing, capitals, accents, hyphens or apostrophes only ("De Luca" / "DeLuca", "Smith-Jones" / "Smith
  Jones"), a known transliteration of a non-Latin name (``[transliterations]``: "Mohammed" / "Muhammad"), or a
  nickname against the full given name (``[nicknames]``: "Bill" / "William");
- hard: one part spelled with one or two different letters while the other part is the same ("Ilene Wolfe" /
  "Ilene Wolff", "Maria Lopez" / "Marta Lopez"; see :func:`_misspelt`): "Jim" and "Tim" are two names more often
  than one misspelt;
- unrelated: anything else ("Mark Ellison" / "Laura Ellison", "John Smith" / "John Wilson").

The tables are data (rules/names.toml); nothing here knows any one person. English given names only: a nickname
is looked up by its lower-cased form.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Mapping

from rapidfuzz.distance import Levenshtein

from crosscheck.patterns import compiled

NameTable = Mapping[str, frozenset[str]]  # a lower-cased name -> the lower-cased forms it is related to


class NameRelation(enum.StrEnum):
    SAME = "same"
    SOFT = "soft"
    HARD = "hard"
    UNRELATED = "unrelated"


_ORDER = {NameRelation.SAME: 0, NameRelation.SOFT: 1, NameRelation.HARD: 2, NameRelation.UNRELATED: 3}
_SUFFIX = compiled(r"^(?:jr|sr|ii|iii|iv|v)\.?$", re.IGNORECASE)
_INITIAL = compiled(r"^[A-Za-z]\.?$|^(?:[A-Za-z]\.){2,}$")  # "F.", "F", "P.J."
_POSSESSIVE = compiled(r"['\u2019]s?$")


def name_words(name: str) -> list[str]:
    """The words of a name without a generational suffix, commas or a possessive: "John F. Kennedy Jr.'s" ->
    ["John", "F.", "Kennedy"]."""
    words = [w.strip(",") for w in _POSSESSIVE.sub("", name.replace("\u2019", "'").strip()).split()]
    words = [w for w in words if w]
    while len(words) > 1 and _SUFFIX.match(words[-1]):
        words.pop()
    return words


def fold(word: str) -> str:
    """A name folded for what is style: capitals, accents, hyphens, apostrophes, dots and spaces."""
    bare = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in bare if ch.isalnum()).lower()


def _misspelt(x: str, y: str, *, given: bool = False) -> bool:
    """One or two letters apart: one letter for parts of five letters or fewer and for given names ("Daniel" and
    "Danielle" are two names), two for longer surnames; the first letter the same (a different first letter is a
    different name more often than a typo: "Reid" / "Reed" is a misspelling, "Ross" / "Moss" two people), and
    four letters or more ("Jim" / "Tim")."""
    if x[:1] != y[:1]:
        return False
    shorter = min(len(x), len(y))
    if shorter < 4:
        return False
    allowed = 1 if shorter <= 5 or given else 2
    return Levenshtein.distance(x, y) <= allowed


def part_relation(
    x: str,
    y: str,
    *,
    nicknames: NameTable | None = None,
    transliterations: NameTable | None = None,
    given: bool = False,
) -> NameRelation:
    """How two parts of a name relate (a given name, or a surname of one or more words)."""
    if x == y:
        return NameRelation.SAME
    fx, fy = fold(x), fold(y)
    if fx == fy:
        return NameRelation.SOFT
    for table in (transliterations, nicknames):
        if table and (fy in table.get(fx, ()) or fx in table.get(fy, ())):
            return NameRelation.SOFT
    if _misspelt(fx, fy, given=given):
        return NameRelation.HARD
    return NameRelation.UNRELATED


def _given_relation(x: str, y: str, nicknames: NameTable | None, transliterations: NameTable | None) -> NameRelation:
    if _INITIAL.match(x) or _INITIAL.match(y):  # "J. Smith" and "John Smith"; "P.J." and "PJ" too
        fx, fy = fold(x), fold(y)
        same = fx[:1] == fy[:1] and (min(len(fx), len(fy)) == 1 or fx == fy)
        return NameRelation.SAME if same else NameRelation.UNRELATED
    return part_relation(x, y, nicknames=nicknames, transliterations=transliterations, given=True)


def name_relation(
    x: str, y: str, *, nicknames: NameTable | None = None, transliterations: NameTable | None = None
) -> NameRelation:
    """How the names of two people relate (see the module's docstring)."""
    wx, wy = name_words(x), name_words(y)
    if not wx or not wy:
        return NameRelation.UNRELATED
    # the whole name written another way: "Anna Smith-Jones" / "Anna Smith Jones", "De Luca" / "DeLuca"
    if fold("".join(wx)) == fold("".join(wy)):
        dotless = [w.replace(".", "") for w in wx] == [w.replace(".", "") for w in wy]  # "PJ" / "P.J."
        return NameRelation.SAME if wx == wy or dotless else NameRelation.SOFT
    # a middle initial or middle name on one side only is no difference: compare first and last words; two
    # different middle initials are two people ("John F. Smith", "John D. Smith")
    mx = {fold(w)[:1] for w in wx[1:-1]}
    my = {fold(w)[:1] for w in wy[1:-1]}
    if mx and my and not (mx & my):
        return NameRelation.UNRELATED
    last = _surname_relation(wx, wy, transliterations)
    if len(wx) == 1 or len(wy) == 1:  # a surname alone: only the surname can be compared
        return last
    given = _given_relation(wx[0], wy[0], nicknames, transliterations)
    if NameRelation.UNRELATED in (last, given):
        return NameRelation.UNRELATED
    if last is NameRelation.HARD and given is NameRelation.HARD:
        return NameRelation.UNRELATED  # both parts spelled differently: two names
    return max(last, given, key=_ORDER.__getitem__)


def _surname_relation(wx: list[str], wy: list[str], transliterations: NameTable | None) -> NameRelation:
    """The surnames' relation; a surname of two words against one of a single word compares the joined form
    ("Anna Smith Jones" against "Anna Smith-Jones" is the whole name; "La Croix" / "LaCroix" here)."""
    best = part_relation(wx[-1], wy[-1], transliterations=transliterations)
    if best is not NameRelation.SAME and len(wx) > 2 and len(wy) > 1:
        joined = part_relation(" ".join(wx[-2:]), wy[-1], transliterations=transliterations)
        best = min(best, joined, key=_ORDER.__getitem__)
    if best is not NameRelation.SAME and len(wy) > 2 and len(wx) > 1:
        joined = part_relation(wx[-1], " ".join(wy[-2:]), transliterations=transliterations)
        best = min(best, joined, key=_ORDER.__getitem__)
    return best


def name_table(groups: Mapping[str, list[str]], *, among: bool = False) -> dict[str, frozenset[str]]:
    """The ``[nicknames]`` or ``[transliterations]`` table of a pack as a symmetric lookup, folded. Nicknames: a
    full name to its nicknames and each nickname back to its full names (a nickname of several, "Al" of Albert and
    Alfred, relates to each, and neither the full names nor two nicknames to each other). Transliterations
    (``among``): every form of a group to every other ("Mohamed" and "Muhammad" too)."""
    out: dict[str, set[str]] = {}
    for full, forms in groups.items():
        group = [fold(full), *(fold(f) for f in forms)]
        for i, form in enumerate(group):
            related = group if among else ([group[0]] if i else group)
            out.setdefault(form, set()).update(g for g in related if g != form)
    return {k: frozenset(v) for k, v in out.items()}

"""``entity-compare``: a person, organisation, place or vessel both articles name, and how two people's names
relate (the aligner's ``Pair.naming``, crosscheck.names): the same name, the same name written another way (soft),
spelled with different letters (hard), or two different people given one role (other); and, with ``roles =
"differ"``, one person given two offices that exclude each other ("Defense Minister Ana Ruiz" / "Foreign Minister
Ana Ruiz")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crosscheck.kinds.base import Kind, Param, one_of, words
from crosscheck.model import ClaimKind, Entity, EntityType, Verdict
from crosscheck.names import NameRelation
from crosscheck.text import stem

if TYPE_CHECKING:
    from crosscheck.align import Pair

_TYPES = [t.value for t in EntityType]
# the rule's ``naming`` parameter -> the aligner's relation of the two names (None: not two people's names)
_NAMING = {
    "same": NameRelation.SAME,
    "soft": NameRelation.SOFT,
    "hard": NameRelation.HARD,
    "other": NameRelation.UNRELATED,
}


def _types(value: Any) -> str | None:
    ok = bool(value) and all(t in _TYPES for t in value)
    return None if ok else f"must be a non-empty list of {', '.join(_TYPES)}"


class EntityCompare(Kind):
    name = "entity-compare"
    claim_kind = ClaimKind.ENTITY
    verdicts = frozenset({Verdict.AGREEMENT, Verdict.DISCREPANCY})
    params: ClassVar[Mapping[str, Param]] = {
        "types": Param(list, check=_types),
        "naming": Param(str, "same", check=one_of(*_NAMING)),
        # "any": whatever roles the two mentions give; "differ": both give a role, and the two are one office's
        # kinds that exclude each other (see roles_differ)
        "roles": Param(str, "any", check=one_of("any", "differ")),
        # with roles = "differ": the offices whose kinds exclude each other, by their last word ("Defense Minister"
        # and "Foreign Minister"; not "Federal Judge" and "District Judge", two names of one bench)
        "offices": Param(list, [], words),
    }

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        a, b = pair.a.fact, pair.b.fact
        types = params["types"]
        if not (isinstance(a, Entity) and isinstance(b, Entity) and a.type.value in types and b.type.value in types):
            return False
        if params["roles"] == "differ" and not roles_differ(a.role, b.role, frozenset(params["offices"])):
            return False
        return (pair.naming or NameRelation.SAME) is _NAMING[params["naming"]]


# words before an office that do not name another office: "former", "acting" (the person may have held both)
_NOT_AN_OFFICE = frozenset("former acting interim then ex- ex outgoing incoming new retired late".split())


def roles_differ(x: str | None, y: str | None, offices: frozenset[str]) -> bool:
    """Two roles that name one kind of office held in two ways that exclude each other: the same last word, and
    words before it that the other role does not share ("Defense Minister" / "Foreign Minister", "Police Chief" /
    "Fire Chief"); not one role inside the other ("Minister" / "Deputy Minister"), nor a former or acting one."""
    if not x or not y:
        return False
    if not all(w.isalpha() and len(w) > 1 for w in (*x.split(), *y.split())):
        return False  # "Ex-Bears star", "U.S. District Judge", a possessive's "s": not two plain offices
    wx, wy = [stem(w) for w in x.lower().split()], [stem(w) for w in y.lower().split()]
    if (
        wx[-1] != wy[-1]
        or x.lower().split()[-1] not in offices
        or _NOT_AN_OFFICE & {*x.lower().split(), *y.lower().split()}
    ):
        return False
    before_x, before_y = set(wx[:-1]), set(wy[:-1])
    if _initials(x) or _initials(y):
        return False  # "CHP Officer" / "California Highway Patrol Officer": an acronym may be the other's words
    return bool(before_x) and bool(before_y) and not (before_x & before_y)


def _initials(role: str) -> bool:
    """A role with an acronym in it ("CHP Officer", "FBI agent")."""
    return any(len(w) > 1 and w.isupper() for w in role.split()[:-1])

"""``entity-compare``: a person, organisation, place or vessel both articles name, and how two people's names
relate (the aligner's ``Pair.naming``, crosscheck.names): the same name, the same name written another way (soft),
spelled with different letters (hard), or two different people given one role (other)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crosscheck.kinds.base import Kind, Param, one_of
from crosscheck.model import ClaimKind, Entity, EntityType, Verdict
from crosscheck.names import NameRelation

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
    }

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        a, b = pair.a.fact, pair.b.fact
        types = params["types"]
        if not (isinstance(a, Entity) and isinstance(b, Entity) and a.type.value in types and b.type.value in types):
            return False
        return (pair.naming or NameRelation.SAME) is _NAMING[params["naming"]]

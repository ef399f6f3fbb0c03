"""``entity-compare``: a person, organisation, place or vessel both articles name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crosscheck.kinds.base import Kind, Param
from crosscheck.model import ClaimKind, Entity, EntityType, Verdict

if TYPE_CHECKING:
    from crosscheck.align import Pair

_TYPES = [t.value for t in EntityType]


def _types(value: Any) -> str | None:
    ok = bool(value) and all(t in _TYPES for t in value)
    return None if ok else f"must be a non-empty list of {', '.join(_TYPES)}"


class EntityCompare(Kind):
    name = "entity-compare"
    claim_kind = ClaimKind.ENTITY
    verdicts = frozenset({Verdict.AGREEMENT})
    params: ClassVar[Mapping[str, Param]] = {"types": Param(list, check=_types)}

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        a, b = pair.a.fact, pair.b.fact
        types = params["types"]
        return isinstance(a, Entity) and isinstance(b, Entity) and a.type.value in types and b.type.value in types

"""``place-compare``: two place claims (crosscheck.claims.places), by how the aligner related them
(crosscheck.placing): the same place (``same``), the same place with the event put otherwise to it (``differs``:
"at" a store and "outside of" it), two places that exclude each other for one event (``conflict``: "at the scene"
and "on the way to the hospital"); ``spelled``: the place's name spelled with different letters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crosscheck.kinds.base import Kind, Param, one_of
from crosscheck.model import ClaimKind, Verdict
from crosscheck.names import NameRelation

if TYPE_CHECKING:
    from crosscheck.align import Pair

RELATIONS = ("same", "differs", "conflict")


class PlaceCompare(Kind):
    name = "place-compare"
    claim_kind = ClaimKind.PLACE
    verdicts = frozenset({Verdict.AGREEMENT, Verdict.DISCREPANCY})
    params: ClassVar[Mapping[str, Param]] = {
        "relation": Param(str, "same", check=one_of(*RELATIONS)),
        "spelled": Param(bool, False),
    }

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        if pair.relation is None or pair.relation.value != params["relation"]:
            return False
        return (pair.naming is NameRelation.HARD) is params["spelled"]

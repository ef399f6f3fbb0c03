"""``quantity-compare``: two figures, by the relation the aligner judged (``Pair.relation``): the same, compatible
but differing in qualifier or precision, in conflict, or the same count of things named differently."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crosscheck.facts import Relation
from crosscheck.kinds.base import Kind, Param, one_of
from crosscheck.model import ClaimKind, Verdict

if TYPE_CHECKING:
    from crosscheck.align import Pair

RELATIONS = tuple(r.value for r in (Relation.SAME, Relation.DIFFERS, Relation.CONFLICT, Relation.RENAMED))
_MOVED = "since schema 1.4 the aligner judges how two facts relate; set it in the pack's [alignment] table"


class QuantityCompare(Kind):
    name = "quantity-compare"
    claim_kind = ClaimKind.QUANTITY
    verdicts = frozenset({Verdict.AGREEMENT, Verdict.DISCREPANCY})
    params: ClassVar[Mapping[str, Param]] = {"relation": Param(str, check=one_of(*RELATIONS))}
    moved: ClassVar[Mapping[str, str]] = {
        "approx_tolerance": _MOVED + " (approx_tolerance)",
        "kindred": "since schema 1.4 the classes of counted nouns are [[kindred]] tables (rules/frames.toml)",
    }

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        # the aligner judged how the two facts relate, once (Pair.relation)
        return pair.relation is not None and pair.relation.value == params["relation"]

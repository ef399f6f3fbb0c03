"""``polarity-conflict``: one sentence denies or negates what the other asserts (see :mod:`crosscheck.polarity`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crosscheck.kinds.base import Kind, Param, words
from crosscheck.model import ClaimKind, Verdict
from crosscheck.polarity import polarity_conflict

if TYPE_CHECKING:
    from crosscheck.align import Pair


class PolarityConflict(Kind):
    name = "polarity-conflict"
    claim_kind = ClaimKind.STATEMENT
    verdicts = frozenset({Verdict.DISCREPANCY})
    params: ClassVar[Mapping[str, Param]] = {
        "words": Param(list, [], words),
        "denials": Param(list, [], words),
        "reporting": Param(list, [], words),
        "silence": Param(list, [], words),
        "min_similarity": Param(float, 0.0),
        "max_extra": Param(float, 0.0),
    }

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        return pair.score >= params["min_similarity"] and polarity_conflict(pair.a, pair.b, params)

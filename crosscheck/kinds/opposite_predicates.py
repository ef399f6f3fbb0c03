"""``opposite-predicates``: two equivalent sentences say the opposite by one pair of opposite words ("voted for" /
"voted against", "rose" / "fell"; see :func:`crosscheck.polarity.opposed`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crosscheck.kinds.base import Kind, Param
from crosscheck.model import ClaimKind, Verdict
from crosscheck.polarity import opposed

if TYPE_CHECKING:
    from crosscheck.align import Pair


_PAIR = 2  # the words of one pair of opposites


def _pairs(value: Any) -> str | None:
    ok = all(isinstance(p, str) and len(p.split()) == _PAIR for p in value)
    return None if ok else 'must be a list of two words each, a pair of opposites: "win lose"'


class OppositePredicates(Kind):
    name = "opposite-predicates"
    claim_kind = ClaimKind.STATEMENT
    verdicts = frozenset({Verdict.DISCREPANCY})
    params: ClassVar[Mapping[str, Param]] = {
        # pairs of opposite base forms, two words each: outcomes of one event that exclude each other
        "opposites": Param(list, [], _pairs),
        "min_similarity": Param(float, 0.0),
        "max_extra": Param(float, 0.0),
        "min_words": Param(float, 2.0),  # content words each sentence says besides the opposites
    }

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        return pair.score >= params["min_similarity"] and opposed(pair.a, pair.b, params)

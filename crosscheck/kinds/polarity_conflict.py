"""``polarity-conflict``: one sentence denies or negates what the other asserts (see :mod:`crosscheck.polarity`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crosscheck.kinds.base import Kind, Param, one_of, words
from crosscheck.model import ClaimKind, Verdict
from crosscheck.polarity import negated_side

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
        # the negated sentence says something: at least this many content words besides the negation ("The
        # suspect has not been charged": suspect, charged)
        "min_words": Param(float, 2.0),
        # by the publication dates (Pair.newer): "any" order, "not-older" (not when the negating source is the
        # older one: that is an update, not a conflict) or "older" (only then)
        "negation_dated": Param(str, "not-older", one_of("any", "not-older", "older")),
        # a negation true when written ("has not been charged", "not yet"), which a later report may change: "no"
        # (silent), "yes", or "newer" (only when the negating source was published later than the asserting one)
        "as_of_now": Param(str, "no", one_of("no", "yes", "newer")),
    }

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        if pair.score < params["min_similarity"]:
            return False
        as_of_now = params["as_of_now"] == "yes"
        negated = negated_side(pair.a, pair.b, {**params, "as_of_now": as_of_now})
        if negated is None and params["as_of_now"] == "newer" and pair.newer is not None:
            negated = negated_side(pair.a, pair.b, {**params, "as_of_now": True})
            negated = negated if negated is not None and negated.source == pair.newer else None
        if negated is None:
            return False
        older = pair.newer is not None and pair.newer != negated.source
        order: str = params["negation_dated"]
        return order == "any" or (order == "older") == older

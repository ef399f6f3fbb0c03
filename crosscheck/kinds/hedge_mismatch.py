"""``hedge-mismatch``: one sentence reports as in doubt ("allegedly", "may have") or as only expected ("is expected
to resign", "will") what the other states as done, and otherwise the two say the same."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crosscheck.kinds.base import Kind, Param, one_of
from crosscheck.model import ClaimKind, Status, Verdict
from crosscheck.text import content_stems

if TYPE_CHECKING:
    from crosscheck.align import Pair
    from crosscheck.model import Claim

_MOVED = (
    "since schema 1.5 a claim's hedge is read once at extraction (Claim.status), from the hedges of "
    "crosscheck/claims/hedges.py; the rule's 'status' parameter says which it compares"
)


class HedgeMismatch(Kind):
    name = "hedge-mismatch"
    claim_kind = ClaimKind.STATEMENT
    verdicts = frozenset({Verdict.DISCREPANCY})
    params: ClassVar[Mapping[str, Param]] = {
        "status": Param(str, Status.HEDGED.value, one_of(Status.HEDGED.value, Status.EXPECTED.value)),
        "min_similarity": Param(float, 0.0),
        "max_extra": Param(float, 1.0),
    }
    moved: ClassVar[Mapping[str, str]] = {"words": _MOVED}

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        if pair.score < params["min_similarity"]:
            return False
        statuses = (pair.a.status, pair.b.status)
        if sorted(statuses) != sorted((Status(params["status"]), Status.STATED)) or statuses[0] is statuses[1]:
            return False  # two hedged reports, or two stated ones, of one thing agree
        qualified, plain = (pair.a, pair.b) if pair.b.status is Status.STATED else (pair.b, pair.a)
        return differs_only_by_hedge(qualified, plain, int(params["max_extra"]))


def differs_only_by_hedge(qualified: Claim, plain: Claim, max_extra: int) -> bool:
    """The hedge is the difference: without its words, each sentence has at most ``max_extra`` content words the
    other lacks. A hedge in a clause the other sentence does not have ("resigned on Friday, and the party may call
    an election" against "resigned on Friday") qualifies something the other does not say."""
    hedge = set(content_stems(qualified.hedge or ""))
    rest = set(content_stems(qualified.text)) - hedge
    other = set(content_stems(plain.text))
    return bool(rest) and len(rest - other) <= max_extra and len(other - rest) <= max_extra

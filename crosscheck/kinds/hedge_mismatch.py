"""``hedge-mismatch``: one sentence hedges ("allegedly") what the other states as fact."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crosscheck.kinds.base import Kind, Param, words
from crosscheck.model import ClaimKind, Verdict
from crosscheck.text import words as split_words

if TYPE_CHECKING:
    from crosscheck.align import Pair


class HedgeMismatch(Kind):
    name = "hedge-mismatch"
    claim_kind = ClaimKind.STATEMENT
    verdicts = frozenset({Verdict.DISCREPANCY})
    params: ClassVar[Mapping[str, Param]] = {"words": Param(list, [], words), "min_similarity": Param(float, 0.0)}

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        if pair.score < params["min_similarity"]:
            return False  # the hedge must be the difference: the two sentences otherwise say the same
        hedges = {str(w).lower() for w in params["words"]}
        ha = hedges & {w.lower() for w in split_words(pair.a.text)}
        hb = hedges & {w.lower() for w in split_words(pair.b.text)}
        if bool(ha) == bool(hb):
            return False  # neither hedges, or both do: two hedged reports of one thing agree
        # the other side must state it as fact: a hedge of its own outside the rule's words ("is reported to be",
        # "is believed to be"), as the extraction read it (Claim.hedge), makes two hedged reports, no mismatch
        plain = pair.b if ha else pair.a
        return plain.hedge is None

"""``quote-wording``: the same quote worded differently (not a shorter excerpt of it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from rapidfuzz import fuzz

from crosscheck.kinds.base import Kind, Param
from crosscheck.model import ClaimKind, Quote, Verdict
from crosscheck.text import quote_text

if TYPE_CHECKING:
    from crosscheck.align import Pair


class QuoteWording(Kind):
    name = "quote-wording"
    claim_kind = ClaimKind.QUOTE
    verdicts = frozenset({Verdict.DISCREPANCY})
    params: ClassVar[Mapping[str, Param]] = {"max_ratio": Param(float, 95.0)}

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        a, b = pair.a.fact, pair.b.fact
        if not (isinstance(a, Quote) and isinstance(b, Quote)):
            return False
        # changed words, not a shorter excerpt: one outlet quoting less of the same sentence is no change (an
        # editor's bracketed insertion and the spelling of a contraction are no change either)
        wa, wb = quote_text(a.words), quote_text(b.words)
        shorter, longer = sorted((wa, wb), key=len)
        limit = float(params["max_ratio"])
        return fuzz.ratio(wa, wb) < limit and fuzz.partial_ratio(shorter, longer) < limit

"""``quote-compare``: the same quote in both articles."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from crosscheck.kinds.base import Kind
from crosscheck.model import ClaimKind, Quote, Verdict

if TYPE_CHECKING:
    from crosscheck.align import Pair


class QuoteCompare(Kind):
    name = "quote-compare"
    claim_kind = ClaimKind.QUOTE
    verdicts = frozenset({Verdict.AGREEMENT})

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        return isinstance(pair.a.fact, Quote) and isinstance(pair.b.fact, Quote)

"""``statement-compare``: two sentences that state the same thing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from crosscheck.kinds.base import Kind
from crosscheck.model import ClaimKind, Verdict

if TYPE_CHECKING:
    from crosscheck.align import Pair


class StatementCompare(Kind):
    name = "statement-compare"
    claim_kind = ClaimKind.STATEMENT
    verdicts = frozenset({Verdict.AGREEMENT})

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        return pair.a.kind is ClaimKind.STATEMENT

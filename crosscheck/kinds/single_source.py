"""``single-source``: a claim of one kind that no other article states (it judges lone claims, not pairs)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from crosscheck.kinds.base import Kind, Param, one_of
from crosscheck.model import ClaimKind, Verdict


class SingleSource(Kind):
    name = "single-source"
    verdicts = frozenset({Verdict.SINGLE_SOURCE})
    params: ClassVar[Mapping[str, Param]] = {"claim_kind": Param(str, check=one_of(*(k.value for k in ClaimKind)))}

    def judges(self, params: Mapping[str, Any]) -> ClaimKind | None:
        return ClaimKind(params["claim_kind"])

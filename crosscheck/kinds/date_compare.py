"""``date-compare``: two dates, by the relation the aligner judged (``Pair.relation``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from crosscheck.kinds.base import Param, one_of
from crosscheck.kinds.quantity_compare import RELATIONS, QuantityCompare
from crosscheck.model import ClaimKind


class DateCompare(QuantityCompare):
    name = "date-compare"
    claim_kind = ClaimKind.DATE
    params: ClassVar[Mapping[str, Param]] = {
        "relation": Param(str, check=one_of(*RELATIONS[:3]))
    }  # only figures are renamed
    moved: ClassVar[Mapping[str, str]] = {}

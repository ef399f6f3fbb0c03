"""The closed set of rule kinds. A rule in a pack extends one of these by name; each kind is one object in a module
of its own, with its parameters, their defaults and its matching (see :mod:`.base`). A kind is in the set only as
such an object, so a kind without an implementation cannot be named by a rule."""

from __future__ import annotations

from collections.abc import Mapping

from crosscheck.kinds.base import Kind, Param
from crosscheck.kinds.date_compare import DateCompare
from crosscheck.kinds.entity_compare import EntityCompare
from crosscheck.kinds.hedge_mismatch import HedgeMismatch
from crosscheck.kinds.opposite_predicates import OppositePredicates
from crosscheck.kinds.place_compare import PlaceCompare
from crosscheck.kinds.polarity_conflict import PolarityConflict
from crosscheck.kinds.quantity_compare import RELATIONS, QuantityCompare
from crosscheck.kinds.quote_compare import QuoteCompare
from crosscheck.kinds.quote_speaker import QuoteSpeaker, speakers_differ
from crosscheck.kinds.quote_wording import QuoteWording
from crosscheck.kinds.single_source import SingleSource
from crosscheck.kinds.statement_compare import StatementCompare

KINDS: Mapping[str, Kind] = {
    k.name: k
    for k in (
        QuantityCompare(),
        DateCompare(),
        QuoteSpeaker(),
        QuoteWording(),
        QuoteCompare(),
        HedgeMismatch(),
        PolarityConflict(),
        OppositePredicates(),
        StatementCompare(),
        EntityCompare(),
        PlaceCompare(),
        SingleSource(),
    )
}

__all__ = ["KINDS", "RELATIONS", "Kind", "Param", "speakers_differ"]

"""Hedges and polarity: is a claim hedged ("alleged", "could") or negated/denied ("not", "denied")?

Each claim records the hedge word that qualifies it and whether its scope is negated, so the rules can tell a
hedged claim from a stated one (H101) and a denial from an assertion. The scope is the text that governs the
claim: for a fact, its sentence up to the fact's end; for a statement, the whole sentence.
"""

from __future__ import annotations

import re

# "may" is matched in lower case only: "May" is the month.
HEDGES = re.compile(
    r"\b(?:alleged(?:ly)?|reportedly|purportedly|apparently|possibly|suspected|unconfirmed|rumou?red"
    r"|could|(?-i:may)|might|is\s+expected\s+to|are\s+expected\s+to|believed\s+to|said\s+to\s+be|claim(?:s|ed)?)\b",
    re.IGNORECASE,
)
NEGATIONS = re.compile(
    r"\b(?:not|never|no|denied|denies|deny|denying|refused|rejected|dismissed|has\s+no\s+intention)\b|n't\b",
    re.IGNORECASE,
)
_FACT_WINDOW = 120  # characters before a fact's end in which a hedge word qualifies it


def find_hedge(scope: str, *, fact: bool) -> str | None:
    """The hedge word qualifying a claim whose scope is ``scope`` (lower case), or ``None``."""
    m = HEDGES.search(scope[-_FACT_WINDOW:] if fact else scope)
    return m.group(0).lower() if m else None


def is_negated(scope: str) -> bool:
    """Whether a negation or a denial occurs in ``scope``."""
    return bool(NEGATIONS.search(scope))

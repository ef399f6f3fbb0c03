"""``hedge-mismatch``: one sentence reports as in doubt ("allegedly", "may have") or as only expected ("is expected
to resign", "will") what the other states as done, and otherwise the two say the same."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crosscheck.claims.hedges import asserts, other_time, reports_done
from crosscheck.kinds.base import Kind, Param, one_of
from crosscheck.model import ClaimKind, Status, Verdict
from crosscheck.text import content_stems

if TYPE_CHECKING:
    from crosscheck.align import Pair
    from crosscheck.model import Claim, Clause

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
        # the other must report the event as done (crosscheck.claims.hedges.reports_done: "was appointed",
        # "resigned"), at the same time ("again", "previously": another time): what "expected" is compared with
        "done": Param(bool, False),
    }
    moved: ClassVar[Mapping[str, str]] = {"words": _MOVED}

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        status, extra = Status(params["status"]), int(params["max_extra"])
        similar = pair.score >= params["min_similarity"]
        for qualified, plain in ((pair.a, pair.b), (pair.b, pair.a)):
            if plain.status is not Status.STATED or (plain.reported and not qualified.reported):
                continue  # two hedged reports of one thing agree; an attribution ("police say") is a report too
            if params["done"] and not _done(qualified, plain):
                continue
            if similar and qualified.status is status and differs_only_by_hedge(qualified, plain, extra):
                return True
            # a clause of a longer sentence: the aligner paired the sentences, and the clause's own words decide (the
            # sentence's similarity is diluted by its other clauses)
            if plain.clauses or not asserts(plain.text):
                continue  # the other has a hedged clause of its own, or no verb (a headline's phrase)
            if any(c.status is status and _clause_stated(c, qualified, plain, extra) for c in qualified.clauses):
                return True
        return False


def _done(qualified: Claim, plain: Claim) -> bool:
    """``plain`` reports as done, at the same time, the event ``qualified`` expects."""
    if other_time(plain.text) or other_time(qualified.text):
        return False
    return reports_done(plain.text, frozenset(content_stems(qualified.text)))


_CLAUSE_WORDS = 3  # a clause compared alone must share this many content words with the other sentence


def _clause_stated(clause: Clause, qualified: Claim, plain: Claim, max_extra: int) -> bool:
    """One clause of ``qualified`` says, but for its hedge, what ``plain`` states: every content word of the clause
    but at most ``max_extra`` (and at least three) is in the other sentence. "Moreno will coach on Saturday and is
    expected to remain coach for the rest of the season" / "Moreno was appointed coach for the rest of the season"."""
    text = qualified.text[clause.start - qualified.start : clause.end - qualified.start]
    rest = set(content_stems(text)) - set(content_stems(clause.hedge))
    other = set(content_stems(plain.text))
    return len(rest & other) >= _CLAUSE_WORDS and len(rest - other) <= max_extra


def differs_only_by_hedge(qualified: Claim, plain: Claim, max_extra: int) -> bool:
    """The hedge is the difference: without its words, each sentence has at most ``max_extra`` content words the
    other lacks. A hedge in a clause the other sentence does not have ("resigned on Friday, and the party may call
    an election" against "resigned on Friday") qualifies something the other does not say."""
    hedge = set(content_stems(qualified.hedge or ""))
    rest = set(content_stems(_undated(qualified.text))) - hedge
    other = set(content_stems(_undated(plain.text)))
    return bool(rest) and len(rest - other) <= max_extra and len(other - rest) <= max_extra


def _undated(text: str) -> str:
    """The sentence without its dates: when a thing is expected ("will close the plant next year") is part of the
    expectation, not another thing said (dates are compared by their own rules)."""
    from crosscheck.claims.dates import find_dates  # here: the date patterns load only when a hedge is compared

    spans = [(s, e) for s, e, _ in find_dates(text, 0)]
    return "".join(" " if any(s <= i < e for s, e in spans) else ch for i, ch in enumerate(text)) if spans else text

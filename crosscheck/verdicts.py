"""Stage 5b: apply the rule pack to the alignment and give each fact its verdict.

For an aligned pair the pack's rules for that claim kind are tried hard discrepancies first, then soft
ones, then agreements; the first that matches gives the finding. A claim with no counterpart (and no related
statement in the other article) gets the pack's single-source rule for its kind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from crosscheck.align import Alignment, Pair
from crosscheck.facts import Relation
from crosscheck.kinds import KINDS
from crosscheck.model import (
    Claim,
    ClaimKind,
    Evidence,
    Finding,
    Quantity,
    Quote,
    RuleRef,
    Severity,
    Verdict,
)
from crosscheck.rules import MESSAGE_FIELDS, Rule, RulePack
from crosscheck.text import content_stems

MIN_STATEMENT_WORDS = 4  # a single-source statement must say something: at least this many content words
_ORDER = {Severity.HARD: 0, Severity.SOFT: 1, None: 2}


def judge(a: Sequence[Claim], b: Sequence[Claim], alignment: Alignment, pack: RulePack) -> tuple[Finding, ...]:
    """The findings about two articles' claims: the aligned pairs judged, and the single-source claims."""
    findings = judge_pairs(alignment, pack)
    other = {side[0].source: other[0].source for side, other in ((a, b), (b, a)) if side and other}
    findings += single_source(unpaired((a, b), (alignment,)), other, pack)
    return sort_findings(findings)


def judge_pairs(alignment: Alignment, pack: RulePack) -> list[Finding]:
    """Each aligned pair judged by the first rule of its kind that matches (hard, soft, agreement). A statement
    pair whose sentences already hold a hard discrepancy is not judged again as a statement: two sentences whose
    facts cannot both be true do not say the same thing. A soft one (a qualifier, a precision, a name for what is
    counted) leaves them saying the same thing, and both findings are reported; so does a name spelled two ways
    (E101): the sentences state the same fact of a person whose name one misspells; and so do two places for one
    event (L101): the place is one detail of what the two sentences report alike."""
    comparing, _ = _rules_by_kind(pack)
    findings: list[Finding] = []
    discrepant_sentences: set[tuple[int, int]] = set()
    for pair in alignment.pairs:
        if pair.a.kind is not ClaimKind.STATEMENT:
            f = _judge_pair(pair, comparing)
            if f is not None:
                findings.append(f)
                hard = f.verdict is Verdict.DISCREPANCY and f.severity is Severity.HARD
                if hard and pair.a.kind not in (ClaimKind.ENTITY, ClaimKind.PLACE):
                    a_side = [c.sentence for c in pair.claims if c.source == pair.a.source]
                    b_side = [c.sentence for c in pair.claims if c.source == pair.b.source]
                    discrepant_sentences.update((i, j) for i in a_side for j in b_side)
    for pair in alignment.pairs:
        if pair.a.kind is ClaimKind.STATEMENT and (pair.a.sentence, pair.b.sentence) not in discrepant_sentences:
            f = _judge_pair(pair, comparing)
            if f is not None:
                findings.append(f)
    return findings


def unpaired(claims: Sequence[Sequence[Claim]], alignments: Iterable[Alignment]) -> list[Claim]:
    """The claims (one sequence per article) that no other article has: in none of ``alignments`` (one for each
    two articles compared) aligned or related, and a claim a reader could check alone (not a sentence that is
    mostly an unpaired quote, not a figure restated beside a paired one, not a bare number or a reference to a
    group counted elsewhere).

    One pass over all the alignments gives what a pass per pair would: a claim is excluded when some alignment
    excludes it, and the quotes that cover a sentence in one alignment but are paired in another put that
    sentence among the sentences with pairs, which excludes it anyway."""
    paired: set[str] = set()
    related: set[str] = set()
    # a sentence with any aligned claim (itself or a fact in it) has a counterpart: it is not single-source. A
    # person named in both is not: the same spokesman says different things in different sentences; nor is a place
    # both name, unless the two sentences give it to one event in conflict ("died at the scene")
    sentences_with_pairs: set[tuple[str, int]] = set()
    # where the paired facts start and end, by source and kind: a figure restated beside one is part of that fact
    starts: dict[tuple[str, ClaimKind], dict[int, Claim]] = defaultdict(dict)
    ends: dict[tuple[str, ClaimKind], dict[int, Claim]] = defaultdict(dict)
    for alignment in alignments:
        related |= alignment.related
        for p in alignment.pairs:
            named_only = p.a.kind is ClaimKind.ENTITY or (
                p.a.kind is ClaimKind.PLACE and p.relation is not Relation.CONFLICT
            )
            for c in p.claims:
                paired.add(c.id)
                if not named_only:
                    sentences_with_pairs.add((c.source, c.sentence))
                    if c.kind is not ClaimKind.STATEMENT:
                        starts[(c.source, c.kind)][c.start] = c
                        ends[(c.source, c.kind)][c.end] = c
    out: list[Claim] = []
    for article in claims:
        quotes = [c for c in article if c.kind is ClaimKind.QUOTE and c.id not in paired]
        for c in article:
            if c.id in paired or c.id in related:
                continue
            if c.kind is ClaimKind.STATEMENT:
                if (c.source, c.sentence) in sentences_with_pairs or not _substantial(c, quotes):
                    continue
            elif _restates(c, starts[(c.source, c.kind)], ends[(c.source, c.kind)]) or _unasserted(c):
                continue
            out.append(c)
    return out


def single_source(claims: Sequence[Claim], other: Mapping[str, str], pack: RulePack) -> list[Finding]:
    """The pack's single-source finding for each of ``claims`` (``other``: a source id to the id of the source
    it was compared with, for the message's ``{b_source}``)."""
    _, single = _rules_by_kind(pack)
    findings = []
    for c in claims:
        f = _single(c, other.get(c.source, "?"), single)
        if f is not None:
            findings.append(f)
    return findings


def sort_findings(findings: Sequence[Finding], order: Mapping[str, int] | None = None) -> tuple[Finding, ...]:
    """Discrepancies (hard, then soft), agreements, then single-source findings; within each, by the first
    evidence's source (``order``: a source id's position; by id when not given), its offset, and rule code."""
    verdict_order = {Verdict.DISCREPANCY: 0, Verdict.AGREEMENT: 1, Verdict.SINGLE_SOURCE: 2}

    def key(f: Finding) -> tuple[int, int, int, str, int, str]:
        e = f.evidence[0]
        return (
            verdict_order[f.verdict],
            _ORDER[f.severity],
            order[e.source] if order else 0,
            e.source,
            e.start,
            f.rule.code,
        )

    return tuple(sorted(findings, key=key))


def _rules_by_kind(pack: RulePack) -> tuple[dict[ClaimKind, list[Rule]], dict[ClaimKind, Rule]]:
    """Once per comparison: for each claim kind, its pair rules in the order they are tried (hard discrepancies,
    soft ones, agreements; pack order within each) and its single-source rule (the pack's first)."""
    comparing: dict[ClaimKind, list[Rule]] = {kind: [] for kind in ClaimKind}
    single: dict[ClaimKind, Rule] = {}
    for rule in pack.rules:
        kind = rule.claim_kind
        if kind is None:
            continue
        if rule.verdict is Verdict.SINGLE_SOURCE:
            single.setdefault(kind, rule)
        else:
            comparing[kind].append(rule)
    for rules in comparing.values():
        rules.sort(key=lambda r: _ORDER[r.severity] if r.verdict is Verdict.DISCREPANCY else 3)
    return comparing, single


def _judge_pair(pair: Pair, comparing: dict[ClaimKind, list[Rule]]) -> Finding | None:
    for rule in comparing[pair.a.kind]:
        if _matches(rule, pair):
            fields = _fields(pair.a, pair.b)
            if pair.newer:  # which source is newer, for the message of an update
                fields["newer"] = pair.newer
                fields["older"] = pair.b.source if pair.newer == pair.a.source else pair.a.source
            return _finding(rule, pair.claims, fields)
    return None


def _matches(rule: Rule, pair: Pair) -> bool:
    return KINDS[rule.kind].matches(rule.params, pair)


def _single(c: Claim, other: str, single: dict[ClaimKind, Rule]) -> Finding | None:
    rule = single.get(c.kind)
    if rule is None:
        return None
    # a figure or a date with what it measures ("met on Friday", not a bare "Friday")
    label = _source(c)
    fields = {"source": label, "claim": _short(c.frame.phrase if c.frame else c.text), "a_source": label}
    fields["b_source"] = other
    return _finding(rule, (c,), fields)


def _unasserted(c: Claim) -> bool:
    """A reference ("the two women") or a bare number ("seven") is no claim a reader could check alone; nor is the
    place of a background event ("In 2004 a tsunami killed 170,000 people ... around the Indian Ocean"): where an
    earlier event happened is no fact of the story."""
    if c.kind is ClaimKind.PLACE:
        return c.frame is not None and c.frame.background
    return isinstance(c.fact, Quantity) and (c.fact.reference or not c.fact.unit)


def _restates(c: Claim, starts: Mapping[int, Claim], ends: Mapping[int, Claim]) -> bool:
    """A figure restated beside a paired one, as in "euro110 billion ($141 billion)" or "10 kilometres (6.2
    miles)", is part of that fact: a paired fact of its kind ends at most 3 characters before it starts, or
    starts at most 3 after it ends, and measures the same thing (the same unit, or two sums of money). The next
    item of a list ("three assault rifles, 13 loaded magazines") counts something else."""
    beside = [ends.get(c.start - d) or starts.get(c.end + d) for d in range(4)]
    return any(other is not None and _same_measure(c, other) for other in beside)


def _same_measure(x: Claim, y: Claim) -> bool:
    if not (isinstance(x.fact, Quantity) and isinstance(y.fact, Quantity)):
        return True  # dates: "Tuesday (July 2)"
    return x.fact.unit == y.fact.unit or not (x.fact.phrase or y.fact.phrase)


def _substantial(c: Claim, unpaired_quotes: Sequence[Claim]) -> bool:
    if len(content_stems(c.text)) < MIN_STATEMENT_WORDS:
        return False
    covered = sum(min(q.end, c.end) - max(q.start, c.start) for q in unpaired_quotes if q.sentence == c.sentence)
    return covered < 0.6 * (c.end - c.start)  # a sentence that is mostly a quote is reported as the quote


def _fields(a: Claim, b: Claim) -> dict[str, str]:
    speaker_a = a.fact.speaker if isinstance(a.fact, Quote) else None
    speaker_b = b.fact.speaker if isinstance(b.fact, Quote) else None
    return {
        "a": _short(a.text),
        "b": _short(b.text),
        "a_phrase": _short(a.frame.phrase if a.frame else a.text),
        "b_phrase": _short(b.frame.phrase if b.frame else b.text),
        "a_source": _source(a),
        "b_source": _source(b),
        "a_speaker": speaker_a or "unknown",
        "b_speaker": speaker_b or "unknown",
        "hedge": a.hedge or b.hedge or "",
    }


def _source(c: Claim) -> str:
    """Who says it, for a message: the source id, and where it is from the headline, that ("A (headline)")."""
    return f"{c.source} (headline)" if c.headline else c.source


def _finding(rule: Rule, claims: tuple[Claim, ...], fields: dict[str, str]) -> Finding:
    defaults = dict.fromkeys(MESSAGE_FIELDS, "")
    return Finding(
        verdict=rule.verdict,
        severity=rule.severity,
        rule=RuleRef(code=rule.code, name=rule.name),
        kind=claims[0].kind,
        message=rule.message.format(**{**defaults, **fields}),
        claims=tuple(c.clause_of or c.id for c in claims),
        evidence=tuple(Evidence(source=c.source, start=c.start, end=c.end, text=c.text) for c in claims),
    )


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"

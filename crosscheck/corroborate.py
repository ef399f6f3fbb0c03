"""Stage 5c: several sources at once. Every two articles are aligned and judged (stages 4 and 5b); this module
merges those pairwise findings into one set of findings about all N sources.

* **agreements** that share a claim are one finding: if A's figure agrees with B's and B's with C's, the fact is
  corroborated by three sources, and the finding carries the evidence of each (``k of N`` is the number of
  distinct sources in its evidence);
* **discrepancies** stay between two sources, whichever two they are;
* a claim is **single-source** only when no other source has it: it was judged single-source against every other
  article. A claim that some article corroborates, contradicts or relates to is not.

With two articles the pairwise findings are the report's, but for **restatements**: when an article states a
fact twice (a figure in the standfirst and again in the lead) and both agree with the same claim of the other,
the two agreements are one finding with the evidence of each, not two rows that say the same. Only facts
(figures, dates, names, quotes) merge so; two sentences that agree with one sentence stay two findings, as each
shares a different part of it.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence

from crosscheck.align import Side, align, dated
from crosscheck.model import Claim, ClaimKind, Finding, Verdict
from crosscheck.rules import RulePack
from crosscheck.verdicts import judge, judge_pairs, single_source, sort_findings, unpaired


def corroborate(
    claims: Sequence[Sequence[Claim]], pack: RulePack, published: Mapping[str, str | None] | None = None
) -> tuple[Finding, ...]:
    """The findings about ``claims`` (one sequence per source, in source order): every pair of sources aligned
    and judged, then merged. What the aligner needs of each article is prepared once (:class:`Side`), so the
    work of a pair is what the two articles share. ``published``: a source id to its publication date, which
    tells an update from a conflict."""
    published = published or {}
    order = {c.source: i for i, cs in enumerate(claims) for c in cs}
    if len(claims) == 2:
        a, b = claims
        return restated(judge(a, b, dated(align(a, b, pack.alignment), published), pack), order)
    sides = [Side(cs) for cs in claims]
    pairwise: list[Finding] = []
    alignments = []
    settled: set[str] = set()  # claims some other article pairs or relates to: not single-source
    for i, j in itertools.combinations(range(len(claims)), 2):
        alignment = dated(align(sides[i], sides[j], pack.alignment, settled), published)
        pairwise += judge_pairs(alignment, pack)
        alignments.append(alignment)
        settled |= alignment.related
        settled.update(c.id for p in alignment.pairs for c in p.claims)
    return merge(pairwise, single_source(unpaired(claims, alignments), {}, pack), order)


def merge(pairwise: Sequence[Finding], single: Sequence[Finding], order: Mapping[str, int]) -> tuple[Finding, ...]:
    """The findings of every pair of sources merged (``order``: a source id's position): agreements that share
    a claim become one, discrepancies stay as they are, and ``single`` (claims no other source has) is added."""
    agreements = [f for f in pairwise if f.verdict is Verdict.AGREEMENT]
    discrepancies = [f for f in pairwise if f.verdict is Verdict.DISCREPANCY]
    return sort_findings([*_corroborated(agreements, order), *_unique(discrepancies), *single], order)


def restated(findings: Sequence[Finding], order: Mapping[str, int]) -> tuple[Finding, ...]:
    """``findings`` with the agreements about one fact restated in an article merged (see the module's doc): two
    agreements of a fact kind that share a claim are one finding. Everything else is kept as it is."""
    facts = [f for f in findings if f.verdict is Verdict.AGREEMENT and f.kind is not ClaimKind.STATEMENT]
    shared = {c for f in facts for c in f.claims}
    if len(shared) == sum(len(f.claims) for f in facts):  # no claim in two agreements: nothing to merge
        return tuple(findings)
    rest = [f for f in findings if f.verdict is not Verdict.AGREEMENT or f.kind is ClaimKind.STATEMENT]
    return sort_findings([*rest, *_corroborated(facts, order)], order)


def _corroborated(agreements: Sequence[Finding], order: Mapping[str, int]) -> list[Finding]:
    """One finding per group of agreements that share claims (union-find over claim ids). The group keeps the
    rule and message of its first finding, and the evidence of each of its claims in source and text order."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for f in agreements:
        root = find(f.claims[0])
        for c in f.claims[1:]:
            other = find(c)
            if other != root:
                parent[other] = root
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in agreements:
        groups[find(f.claims[0])].append(f)
    out = []
    for members in groups.values():
        head = members[0]
        if len(members) == 1:
            out.append(head)
            continue
        evidence = {c: e for f in members for c, e in zip(f.claims, f.evidence, strict=True)}
        ids = sorted(evidence, key=lambda c: (order[evidence[c].source], evidence[c].start, c))
        named = {e.source for e in head.evidence}
        more = sorted({evidence[c].source for c in ids} - named, key=order.__getitem__)
        message = f"{head.message} Also in {_listed(more)}." if more else head.message
        out.append(
            Finding(
                verdict=head.verdict,
                severity=head.severity,
                rule=head.rule,
                kind=head.kind,
                message=message,
                claims=tuple(ids),
                evidence=tuple(evidence[c] for c in ids),
            )
        )
    return out


def _unique(findings: Sequence[Finding]) -> list[Finding]:
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out = []
    for f in findings:
        if (f.rule.code, f.claims) not in seen:
            seen.add((f.rule.code, f.claims))
            out.append(f)
    return out


def _listed(ids: Sequence[str]) -> str:
    return ids[0] if len(ids) == 1 else ", ".join(ids[:-1]) + " and " + ids[-1]

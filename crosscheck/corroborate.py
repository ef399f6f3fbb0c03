"""Stage 5c: several sources at once. Every two articles are aligned and judged (stages 4 and 5b); this module
merges those pairwise findings into one set of findings about all N sources.

* **agreements** that share a claim are one finding: if A's figure agrees with B's and B's with C's, the fact is
  corroborated by three sources, and the finding carries the evidence of each (``k of N`` is the number of
  distinct sources in its evidence);
* **discrepancies** stay between two sources, whichever two they are;
* a claim is **single-source** only when no other source has it: it was judged single-source against every other
  article. A claim that some article corroborates, contradicts or relates to is not.

With two articles the merge is the identity: the pairwise findings are the report's, unchanged.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence

from crosscheck.align import align
from crosscheck.model import Claim, Finding, Severity, Verdict
from crosscheck.rules import RulePack
from crosscheck.verdicts import judge

_VERDICT_ORDER = {Verdict.DISCREPANCY: 0, Verdict.AGREEMENT: 1, Verdict.SINGLE_SOURCE: 2}
_SEVERITY_ORDER = {Severity.HARD: 0, Severity.SOFT: 1, None: 2}


def corroborate(claims: Sequence[Sequence[Claim]], pack: RulePack) -> tuple[Finding, ...]:
    """The findings about ``claims`` (one sequence per source, in source order): every pair of sources aligned
    and judged, then merged. The work is one alignment per pair of sources."""
    if len(claims) == 2:
        a, b = claims
        return judge(a, b, align(a, b, pack.alignment), pack)
    order = {c.source: i for i, cs in enumerate(claims) for c in cs}
    pairwise = [
        judge(claims[i], claims[j], align(claims[i], claims[j], pack.alignment), pack)
        for i, j in itertools.combinations(range(len(claims)), 2)
    ]
    return merge(pairwise, len(claims), order)


def merge(pairwise: Sequence[Sequence[Finding]], n_sources: int, order: dict[str, int]) -> tuple[Finding, ...]:
    """Merge the findings of every pair of ``n_sources`` sources (``order``: a source id's position)."""
    agreements = [f for fs in pairwise for f in fs if f.verdict is Verdict.AGREEMENT]
    discrepancies = [f for fs in pairwise for f in fs if f.verdict is Verdict.DISCREPANCY]
    merged = _corroborated(agreements, order) + _unique(discrepancies)

    # single-source against every one of the other n - 1 sources: a claim is judged once per pair it is in
    times: dict[str, int] = defaultdict(int)
    first: dict[str, Finding] = {}
    for f in (f for fs in pairwise for f in fs if f.verdict is Verdict.SINGLE_SOURCE):
        times[f.claims[0]] += 1
        first.setdefault(f.claims[0], f)
    merged += [f for claim, f in first.items() if times[claim] == n_sources - 1]

    def key(f: Finding) -> tuple[int, int, int, int, str]:
        e = f.evidence[0]
        return (_VERDICT_ORDER[f.verdict], _SEVERITY_ORDER[f.severity], order[e.source], e.start, f.rule.code)

    return tuple(sorted(merged, key=key))


def _corroborated(agreements: Sequence[Finding], order: dict[str, int]) -> list[Finding]:
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

"""Stage 5c: several sources at once. Two articles that tell the same story are aligned and judged (stages 4 and
5b); this module merges those pairwise findings into one finding per fact about all N sources.

* **related articles**: with three or more sources, two articles are aligned only when they share enough of their
  words (:func:`related_pairs`): an unrelated article in a cluster (another event, another story) has nothing to
  corroborate, and comparing it only finds coincidences ("on Tuesday" in two stories of two weeks). The work then
  grows with the related pairs, not with all pairs;
* **fact groups**: the agreements and discrepancies of every two articles are the edges of a graph on claims; each
  connected part is one fact (:func:`fact_groups`). A fact whose sources all agree is one agreement that names its
  k of N sources; a fact they disagree about is one discrepancy that lists each value with the sources that give
  it (claims that agree with each other give one value), and which value most sources give. A background event's
  fact (``Frame.background``) is never in one group with the main event's;
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
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from crosscheck.align import Side, align, dated
from crosscheck.model import Claim, ClaimKind, Evidence, Finding, Quantity, Severity, Value, Verdict
from crosscheck.rules import RulePack
from crosscheck.unionfind import UnionFind
from crosscheck.verdicts import judge, judge_pairs, single_source, sort_findings, unpaired


def corroborate(
    claims: Sequence[Sequence[Claim]], pack: RulePack, published: Mapping[str, str | None] | None = None
) -> tuple[Finding, ...]:
    """The findings about ``claims`` (one sequence per source, in source order): every two related sources aligned
    and judged, then merged into one finding per fact. What the aligner needs of each article is prepared once
    (:class:`Side`), so the work of a pair is what the two articles share. ``published``: a source id to its
    publication date, which tells an update from a conflict."""
    published = published or {}
    order = {c.source: i for i, cs in enumerate(claims) for c in cs}
    if len(claims) == 2:
        a, b = claims
        return restated(judge(a, b, dated(align(a, b, pack.alignment), published), pack), order)
    sides = [Side(cs) for cs in claims]
    pairwise: list[Finding] = []
    alignments = []
    settled: set[str] = set()  # claims some other article pairs or relates to: not single-source
    for i, j in related_pairs(sides, pack.alignment.article_related, int(pack.alignment.article_neighbours)):
        alignment = dated(align(sides[i], sides[j], pack.alignment, settled), published)
        pairwise += judge_pairs(alignment, pack)
        alignments.append(alignment)
        settled |= alignment.related
        settled.update(c.id for p in alignment.pairs for c in p.claims)
    by_id = {c.id: c for cs in claims for c in cs}
    return merge(pairwise, single_source(unpaired(claims, alignments), {}, pack), order, by_id)


def related_pairs(sides: Sequence[Side], threshold: float, neighbours: int = 0) -> list[tuple[int, int]]:
    """The pairs of articles (by position, in order) that tell a related story: the cosine of their sets of
    content stems (each stem counted once, unweighted) is at least ``threshold``, and (when ``neighbours`` is not
    0) one of the two is among the ``neighbours`` articles most related to the other. The measure reads the two
    articles alone (a weight by rarity in the cluster would not: in a cluster of one event every shared word is
    common, and two reports of it would look unrelated); the neighbours bound the work an article brings, so the
    time grows with the articles, not with their pairs. Computed with set intersections, a few microseconds a
    pair."""
    stems = [frozenset(s.df) for s in sides]
    sizes = [math.sqrt(len(s)) for s in stems]
    scored: dict[tuple[int, int], float] = {}
    for i, j in itertools.combinations(range(len(sides)), 2):
        norm = sizes[i] * sizes[j]
        if norm:
            cosine = len(stems[i] & stems[j]) / norm
            if cosine >= threshold:
                scored[(i, j)] = cosine
    if not neighbours:
        return sorted(scored)
    nearest: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), cosine in scored.items():
        nearest[i].append((-cosine, j))
        nearest[j].append((-cosine, i))
    kept = set()
    for i, found in nearest.items():
        for _, j in sorted(found)[:neighbours]:
            kept.add((min(i, j), max(i, j)))
    return sorted(kept)


def merge(
    pairwise: Sequence[Finding],
    single: Sequence[Finding],
    order: Mapping[str, int],
    claims: Mapping[str, Claim] | None = None,
) -> tuple[Finding, ...]:
    """The findings of every two sources merged (``order``: a source id's position; ``claims``: the claims by id,
    whose frames keep a background event's facts apart): one finding per fact (:func:`fact_groups`), the
    discrepancies the grouping leaves between two claims of one value as they are, and ``single`` (claims no other
    source has) added."""
    out: list[Finding] = []
    groups, internal = fact_groups(pairwise, claims or {}, order)
    evidence = _evidence(pairwise)  # once: a disagreement looks up its claims' evidence in it
    for values, members in groups:
        if len(values) > 1:
            out.append(_disagreement(values, members, order, evidence))
        elif any(f.verdict is Verdict.AGREEMENT for f in members):
            out.append(_corroborated([f for f in members if f.verdict is Verdict.AGREEMENT], order))
    return sort_findings([*out, *_unique(internal), *single], order)


def fact_groups(
    pairwise: Sequence[Finding], claims: Mapping[str, Claim], order: Mapping[str, int]
) -> tuple[list[tuple[list[list[str]], list[Finding]]], list[Finding]]:
    """The pairwise agreements and discrepancies grouped by fact, and the discrepancies left inside one value.

    First the **values**: claims that agree are one value (union-find over claim ids): an agreement's claims; a
    discrepancy's restatement with the judged claim of its own source; and two equal figures of two sentences that
    agree (two sources that state the same sentence with the same figure state that figure, even where the
    aligner did not pair the figures because only one of them is marked a background event's). A value is a
    background event's when one of its claims is (``Frame.background``).

    Then the **facts**: a discrepancy joins the facts of its two values, the pairs of values that more findings
    report first, unless a source gives a value of each (an article that states both figures, "10 km deep" and
    "55 km from the city", tells two facts: the discrepancy was a misreading) or one value is a background event's
    and the other not (an earlier quake's toll is not the story's). Such discrepancies are left out.

    Each fact: its values (lists of claim ids in source and text order, the values in the order of their first
    claim) and its findings, facts in the order of their first finding."""
    evidence = _evidence(pairwise)
    listed = [f for f in pairwise if f.verdict is not Verdict.SINGLE_SOURCE]
    value_of = _values(listed, claims, evidence)
    sources: dict[str, set[str]] = defaultdict(set)
    background: set[str] = set()
    for c, root in value_of.items():
        sources[root].add(evidence[c].source)
        claim = claims.get(c)
        if claim is not None and claim.frame is not None and claim.frame.background:
            background.add(root)
    between: dict[tuple[str, str], list[Finding]] = {}
    internal: list[Finding] = []
    for f in listed:
        if f.verdict is Verdict.DISCREPANCY:
            x, y = value_of[f.claims[0]], value_of[f.claims[1]]
            if x == y:
                internal.append(f)
            elif (x in background) == (y in background):
                between.setdefault((min(x, y), max(x, y)), []).append(f)
    facts, kept = _facts(between, sources)
    members: dict[str, list[Finding]] = {}
    for f in listed:
        if f.verdict is Verdict.AGREEMENT or id(f) in kept:
            members.setdefault(facts.find(value_of[f.claims[0]]), []).append(f)
    position = {c: (order[e.source], e.start, c) for c, e in evidence.items()}
    by_fact: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for c in sorted(evidence, key=position.__getitem__):
        by_fact[facts.find(value_of[c])][value_of[c]].append(c)
    out = [(sorted(by_fact[fact].values(), key=lambda cs: position[cs[0]]), found) for fact, found in members.items()]
    return out, internal


def _values(listed: Sequence[Finding], claims: Mapping[str, Claim], evidence: Mapping[str, Evidence]) -> dict[str, str]:
    """Each claim of a finding to its value (the root of its union-find set; see :func:`fact_groups`)."""
    values = UnionFind()
    for c in evidence:
        values.find(c)
    for f in listed:
        if f.verdict is Verdict.AGREEMENT:
            for c in f.claims[1:]:
                values.union(f.claims[0], c)
        else:
            a, b = f.claims[:2]
            for c in f.claims[2:]:  # a restatement goes with the judged claim of its own source
                values.union(a if evidence[c].source == evidence[a].source else b, c)
    for x, y in _same_figures(listed, claims, set(evidence)):
        values.union(x, y)
    return {c: values.find(c) for c in evidence}


def _facts(
    between: Mapping[tuple[str, str], Sequence[Finding]], sources: Mapping[str, set[str]]
) -> tuple[UnionFind, set[int]]:
    """The values joined into facts by the discrepancies ``between`` them (the pairs of values that more findings
    report first), unless a source gives a value of each; and the ids of the discrepancies kept."""
    facts = UnionFind()
    fact_sources = {root: set(s) for root, s in sources.items()}
    kept: set[int] = set()
    for (x, y), found in sorted(between.items(), key=lambda kv: -len(kv[1])):
        fx, fy = facts.find(x), facts.find(y)
        if fx != fy:
            if fact_sources[fx] & fact_sources[fy]:
                continue
            facts.union(fx, fy)
            fact_sources[facts.find(fx)] = fact_sources[fx] | fact_sources[fy]
        kept.update(id(f) for f in found)
    return facts, kept


def _same_figures(
    findings: Sequence[Finding], claims: Mapping[str, Claim], known: AbstractSet[str]
) -> list[tuple[str, str]]:
    """Pairs of equal figures (the same value and unit) of two sentences that a statement agreement pairs, among
    the ``known`` claims (those of some finding)."""
    if not claims:
        return []
    figures: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims.values():
        if c.id in known and isinstance(c.fact, Quantity):
            figures[(c.source, c.sentence)].append(c)
    out = []
    for f in findings:
        if f.verdict is not Verdict.AGREEMENT or f.kind is not ClaimKind.STATEMENT:
            continue
        sentences = [claims[c] for c in f.claims[:2] if c in claims]
        if len(sentences) < 2:
            continue
        xs, ys = (figures.get((s.source, s.sentence), []) for s in sentences)
        for x in xs:
            for y in ys:
                if isinstance(x.fact, Quantity) and isinstance(y.fact, Quantity) and _equal(x.fact, y.fact):
                    out.append((x.id, y.id))
    return out


def _equal(x: Quantity, y: Quantity) -> bool:
    return x.value == y.value and x.unit == y.unit and not x.change and not y.change


def restated(findings: Sequence[Finding], order: Mapping[str, int]) -> tuple[Finding, ...]:
    """``findings`` with the agreements about one fact restated in an article merged (see the module's doc): two
    agreements of a fact kind that share a claim are one finding. Everything else is kept as it is."""
    facts = [f for f in findings if f.verdict is Verdict.AGREEMENT and f.kind is not ClaimKind.STATEMENT]
    shared = {c for f in facts for c in f.claims}
    if len(shared) == sum(len(f.claims) for f in facts):  # no claim in two agreements: nothing to merge
        return tuple(findings)
    rest = [f for f in findings if f.verdict is not Verdict.AGREEMENT or f.kind is ClaimKind.STATEMENT]
    return sort_findings([*rest, *(_corroborated(group, order) for group in _sharing(facts))], order)


def _sharing(findings: Sequence[Finding]) -> list[list[Finding]]:
    """The findings in groups that share claims (union-find over claim ids), in order of each group's first."""
    claims = UnionFind()
    for f in findings:
        for c in f.claims[1:]:
            claims.union(f.claims[0], c)
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[claims.find(f.claims[0])].append(f)
    return list(groups.values())


def _corroborated(members: Sequence[Finding], order: Mapping[str, int]) -> Finding:
    """One agreement for a group of agreements that share claims. It keeps the rule and message of its first
    finding, and the evidence of each of its claims in source and text order."""
    head = members[0]
    if len(members) == 1:
        return head
    evidence = _evidence(members)
    ids = sorted(evidence, key=lambda c: (order[evidence[c].source], evidence[c].start, c))
    named = {e.source for e in head.evidence}
    more = sorted({evidence[c].source for c in ids} - named, key=order.__getitem__)
    message = f"{head.message} Also in {_listed(more)}." if more else head.message
    return Finding(
        verdict=head.verdict,
        severity=head.severity,
        rule=head.rule,
        kind=head.kind,
        message=message,
        claims=tuple(ids),
        evidence=tuple(evidence[c] for c in ids),
    )


def _disagreement(
    values: Sequence[Sequence[str]],
    members: Sequence[Finding],
    order: Mapping[str, int],
    evidence: Mapping[str, Evidence],
) -> Finding:
    """One discrepancy for a fact the sources disagree about: its ``values`` (claim ids; see :func:`fact_groups`),
    each with the sources that give it; the value most sources give is the majority when no other value has as
    many. Its rule is the first of its hardest discrepancies. ``evidence``: each claim's, from every finding."""
    sources = [tuple(sorted({evidence[c].source for c in cs}, key=order.__getitem__)) for cs in values]
    counts = sorted((len(s) for s in sources), reverse=True)
    top = counts[0] if len(counts) == 1 or counts[0] > counts[1] else None
    found = [
        Value(text=evidence[cs[0]].text, claims=tuple(cs), sources=s, majority=len(s) == top)
        for cs, s in zip(values, sources, strict=True)
    ]
    discrepancies = [f for f in members if f.verdict is Verdict.DISCREPANCY]
    hard = [f for f in discrepancies if f.severity is Severity.HARD]
    head = (hard or discrepancies)[0]
    ids = sorted((c for cs in values for c in cs), key=lambda c: (order[evidence[c].source], evidence[c].start, c))
    return Finding(
        verdict=Verdict.DISCREPANCY,
        severity=head.severity,
        rule=head.rule,
        kind=head.kind,
        message=_values_message(found),
        claims=tuple(ids),
        evidence=tuple(evidence[c] for c in ids),
        values=tuple(found),
    )


def _values_message(values: Sequence[Value]) -> str:
    """``“170,000” (A, B) against “230,000” (C, D, E); most sources (3 of 5) give “230,000”.``"""
    listed = " against ".join(f"“{' '.join(v.text.split())}” ({', '.join(v.sources)})" for v in values)
    giving = {s for v in values for s in v.sources}
    majority = next((v for v in values if v.majority), None)
    if majority is None:
        return f"The sources disagree: {listed}; no value is given by more sources than the others."
    text = " ".join(majority.text.split())
    return f"The sources disagree: {listed}; most sources ({len(majority.sources)} of {len(giving)}) give “{text}”."


def _evidence(members: Sequence[Finding]) -> dict[str, Evidence]:
    return {c: e for f in members for c, e in zip(f.claims, f.evidence, strict=True)}


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

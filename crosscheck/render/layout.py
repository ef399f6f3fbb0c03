"""What every format shows, and in what order: shared by the terminal, Markdown, HTML, SARIF and GitHub renderers.

A :class:`View` says which verdicts are listed (``--show``/``--hide``) and whether only the summary line is wanted
(``--quiet``). :func:`sections` groups a report's findings the way every human-readable format lays them out:
discrepancies first (hard before soft), then agreements, then single-source findings per source; report order is
kept within each group, so output is deterministic. Nothing here assumes exactly two sources: it iterates over
``report.sources`` and each finding's evidence.
"""

from __future__ import annotations

import difflib
import string
from collections.abc import Iterable, Sequence

from attrs import field, frozen

from crosscheck.model import ClaimKind, Evidence, Finding, Report, Severity, Value, Verdict

# Verdicts in the order the reports list them, by the names --show/--hide take.
VERDICT_ORDER = (Verdict.DISCREPANCY, Verdict.AGREEMENT, Verdict.SINGLE_SOURCE)
# What SARIF and GitHub annotations list by default: problems, not agreements (``--show agreement`` adds them).
ANNOTATED = frozenset({Verdict.DISCREPANCY, Verdict.SINGLE_SOURCE})
SEVERITY_ORDER: dict[Severity | None, int] = {Severity.HARD: 0, Severity.SOFT: 1, None: 2}


def _verdict_set(values: Iterable[Verdict]) -> frozenset[Verdict]:
    return frozenset(values)


@frozen
class View:
    """Which verdicts a rendered report lists, and whether it is the summary line alone.

    The summary line always counts every finding, listed or not, and the exit code never depends on the view.
    """

    show: frozenset[Verdict] = field(default=frozenset(Verdict), converter=_verdict_set)
    quiet: bool = False

    def shows(self, verdict: Verdict) -> bool:
        return verdict in self.show

    @property
    def hidden(self) -> tuple[Verdict, ...]:
        return tuple(v for v in VERDICT_ORDER if v not in self.show)


@frozen
class Sections:
    """A report's findings grouped for display."""

    discrepancies: tuple[Finding, ...]
    agreements: tuple[Finding, ...]
    single: tuple[tuple[str, tuple[Finding, ...]], ...]  # (source id, its single-source findings), report order

    @property
    def single_count(self) -> int:
        return sum(len(found) for _, found in self.single)


def sections(report: Report, view: View | None = None) -> Sections:
    """The findings of ``report`` grouped and ordered; groups the view hides are empty."""
    view = view or View()
    discrepancies = sorted(
        (f for f in report.findings if f.verdict is Verdict.DISCREPANCY),
        key=lambda f: SEVERITY_ORDER[f.severity],
    )
    agreements = [f for f in report.findings if f.verdict is Verdict.AGREEMENT]
    single: dict[str, list[Finding]] = {source.id: [] for source in report.sources}
    for finding in report.findings:
        if finding.verdict is Verdict.SINGLE_SOURCE:
            single.setdefault(single_source_of(finding, report), []).append(finding)
    return Sections(
        discrepancies=tuple(discrepancies) if view.shows(Verdict.DISCREPANCY) else (),
        agreements=tuple(agreements) if view.shows(Verdict.AGREEMENT) else (),
        single=tuple((s, tuple(found)) for s, found in single.items())
        if view.shows(Verdict.SINGLE_SOURCE)
        else tuple((s, ()) for s in single),
    )


def summary_line(report: Report) -> str:
    """``5 agreements · 0 hard · 1 soft discrepancy · single-source: A 7, B 15``: every finding counted, and
    ``· 3 accepted by the baseline`` when a baseline left findings out."""
    everything = sections(report)
    count = {severity: sum(f.severity is severity for f in everything.discrepancies) for severity in SEVERITY_ORDER}
    agreements = len(everything.agreements)
    parts = [f"{agreements} {'agreement' if agreements == 1 else 'agreements'}"]
    kinds = [f"{count[Severity.HARD]} hard", f"{count[Severity.SOFT]} soft"]
    if count[None]:
        kinds.append(f"{count[None]} unrated")
    parts.append(" · ".join(kinds) + (" discrepancy" if len(everything.discrepancies) == 1 else " discrepancies"))
    parts.append("single-source: " + ", ".join(f"{source} {len(found)}" for source, found in everything.single))
    if report.accepted:
        parts.append(f"{report.accepted} accepted by the baseline")
    return " · ".join(parts)


def hidden_note(view: View) -> str | None:
    """``Not listed: agreements (--show/--hide).`` when the view hides a verdict, else ``None``."""
    if not view.hidden:
        return None
    names = {
        Verdict.DISCREPANCY: "discrepancies",
        Verdict.AGREEMENT: "agreements",
        Verdict.SINGLE_SOURCE: "single-source",
    }
    return "Not listed: " + ", ".join(names[v] for v in view.hidden) + " (see --show/--hide)."


def label(finding: Finding) -> str:
    """``HARD``, ``SOFT``, ``DISCREPANCY`` (unrated), ``AGREEMENT`` or ``SINGLE-SOURCE``."""
    if finding.verdict is Verdict.DISCREPANCY:
        return finding.severity.value.upper() if finding.severity else "DISCREPANCY"
    return finding.verdict.value.upper()


def by_source(evidence: Iterable[Evidence], order: Sequence[str]) -> list[tuple[str, list[Evidence]]]:
    """Evidence grouped by source, sources in report order (unknown sources last, in evidence order)."""
    groups: dict[str, list[Evidence]] = {}
    for item in evidence:
        groups.setdefault(item.source, []).append(item)
    rank = {source: index for index, source in enumerate(order)}
    return sorted(groups.items(), key=lambda kv: rank.get(kv[0], len(rank)))


def corroboration(finding: Finding, report: Report) -> str:
    """``2 of 3 sources (A, C)``: the distinct sources in the finding's evidence over the report's sources."""
    present = evidence_sources(finding, report)
    return f"{len(present)} of {len(report.sources)} sources ({', '.join(present)})"


def evidence_sources(finding: Finding, report: Report) -> list[str]:
    """The distinct sources in the finding's evidence, in report order."""
    return [source for source, _ in by_source(finding.evidence, [s.id for s in report.sources])]


def single_source_of(finding: Finding, report: Report) -> str:
    """The source a single-source finding belongs to: its evidence's, else its first claim's."""
    if finding.evidence:
        return finding.evidence[0].source
    sources = {claim.id: claim.source for claim in report.claims}
    return next((sources[c] for c in finding.claims if c in sources), "?")


def fold(agreements: Sequence[Finding]) -> list[tuple[Finding, list[Finding]]]:
    """One row per agreeing sentence pair: a number, date or quote agreement inside a statement agreement
    (its evidence within the statement's on every side) is shown as an extra rule code on that row."""
    statements = [f for f in agreements if f.kind is ClaimKind.STATEMENT]
    rows: dict[int, list[Finding]] = {id(s): [] for s in statements}
    kept: list[Finding] = []
    for finding in agreements:
        host = None
        if finding.kind is not ClaimKind.STATEMENT:
            host = next((s for s in statements if _inside(finding.evidence, s.evidence)), None)
        if host is None:
            kept.append(finding)
        else:
            rows[id(host)].append(finding)
    return [(f, rows.get(id(f), [])) for f in kept]


def _inside(inner: Sequence[Evidence], outer: Sequence[Evidence]) -> bool:
    return all(any(e.source == o.source and o.start <= e.start and e.end <= o.end for o in outer) for e in inner)


def differing_words(texts: Sequence[str]) -> list[list[tuple[str, bool]]]:
    """Each text as its words, each flagged when it differs from the other side.

    The first text is compared with the second, every other text with the first. Words are compared case-folded
    and without surrounding punctuation, so "80," matches "80".
    """
    tokens = [text.split() for text in texts]
    out = []
    for index, words in enumerate(tokens):
        other = tokens[1] if index == 0 and len(tokens) > 1 else tokens[0]
        if len(tokens) == 1:
            out.append([(w, False) for w in words])
            continue
        matcher = difflib.SequenceMatcher(None, [_key(w) for w in words], [_key(w) for w in other], autojunk=False)
        differing = set(range(len(words)))
        for block in matcher.get_matching_blocks():
            differing.difference_update(range(block.a, block.a + block.size))
        out.append([(w, i in differing) for i, w in enumerate(words)])
    return out


def _key(word: str) -> str:
    return word.strip(string.punctuation + "“”‘’«»—–").casefold() or word


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word to about ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    if len(text) > limit:
        cut = text[: limit - 1]
        space = cut.rfind(" ")
        text = (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"
    return text


def span_in(text: str, item: Evidence) -> bool:
    """Whether the evidence's offsets are a real span of ``text`` (0 <= start <= end <= len)."""
    return 0 <= item.start <= item.end <= len(text)


def line_column(text: str, offset: int, line_offset: int = 0) -> tuple[int, int]:
    """1-based line and column (in characters, i.e. Unicode code points) of ``offset`` in ``text``, whose first
    line is line ``line_offset + 1`` of its file (after a Markdown file's front matter)."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1 + line_offset
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def value_wordings(finding: Finding, report: Report) -> list[tuple[Value, list[tuple[str, str]]]]:
    """For a finding about one fact of three or more sources (``Finding.values``): each value with each of its
    sources' wording, the sentence of that source's first claim of the value (its evidence text when the report
    does not hold the sentence), in source order."""
    claims = {c.id: c for c in report.claims}
    sentences = {(c.source, c.sentence): c.text for c in report.claims if c.kind is ClaimKind.STATEMENT}
    evidence = dict(zip(finding.claims, finding.evidence, strict=False))
    out = []
    for value in finding.values:
        wordings: dict[str, str] = {}
        for cid in value.claims:
            claim = claims.get(cid)
            item = evidence.get(cid)
            source = claim.source if claim else item.source if item else "?"
            if source in wordings:
                continue
            text = sentences.get((claim.source, claim.sentence)) if claim else None
            wordings[source] = text or (item.text if item else claim.text if claim else "")
        out.append((value, list(wordings.items())))
    return out


def value_label(value: Value) -> str:
    """``170,000 people (A, B)``, and ``· most sources`` for the majority's value."""
    return f"{' '.join(value.text.split())} ({', '.join(value.sources)})" + (
        " · most sources" if value.majority else ""
    )

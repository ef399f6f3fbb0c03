"""What every format shows, and in what order: shared by the terminal, Markdown, HTML, SARIF and GitHub renderers.

A :class:`View` says which verdicts are listed (``--show``/``--hide``) and whether only the summary line is wanted
(``--quiet``). :func:`sections` groups a report's findings the way every human-readable format lays them out:
discrepancies first (hard before soft), then agreements, then single-source findings per source; report order is
kept within each group, so output is deterministic. Nothing here assumes exactly two sources: it iterates over
``report.sources`` and each finding's evidence.
"""

from __future__ import annotations

import bisect
import difflib
import re
import string
from collections.abc import Iterable, Sequence

from attrs import field, frozen

from crosscheck.copies import independent
from crosscheck.model import Article, ClaimKind, Evidence, Finding, Report, Severity, Value, Verdict
from crosscheck.records import Repr

# Verdicts in the order the reports list them, by the names --show/--hide take.
VERDICT_ORDER = (Verdict.DISCREPANCY, Verdict.AGREEMENT, Verdict.SINGLE_SOURCE)
# What SARIF and GitHub annotations list by default: problems, not agreements (``--show agreement`` adds them).
ANNOTATED = frozenset({Verdict.DISCREPANCY, Verdict.SINGLE_SOURCE})
SEVERITY_ORDER: dict[Severity | None, int] = {Severity.HARD: 0, Severity.SOFT: 1, None: 2}
_SPACES = re.compile(r"\s+")


def _verdict_set(values: Iterable[Verdict]) -> frozenset[Verdict]:
    return frozenset(values)


@frozen(repr=False)
class View(Repr):
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


@frozen(repr=False)
class Sections(Repr):
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
    copies = sources_line(report)
    return " · ".join([copies, *parts] if copies else parts)


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
    """``2 of 3 sources (A, C)``: the distinct sources in the finding's evidence over the report's sources;
    ``3 of 4 sources (A, B, C), 2 independent`` when some of them copy another (:mod:`crosscheck.copies`)."""
    present = evidence_sources(finding, report)
    line = f"{len(present)} of {len(report.sources)} sources ({', '.join(present)})"
    alone = independent(present, shown_copies(report))
    return line if alone == len(present) else f"{line}, {alone} independent"


def shown_copies(report: Report) -> dict[str, str]:
    """The copies the text reports name: with three or more sources (a report of two sources reads as it did
    before copies were found; the JSON's ``copy_of`` says it)."""
    return dict(report.copies) if len(report.sources) > 2 else {}


def sources_line(report: Report) -> str | None:
    """``3 sources, 2 independent (B copies A)`` when a source copies another; ``None`` when none does (or
    when there are two sources: :func:`shown_copies`)."""
    if not shown_copies(report):
        return None
    ids = [s.id for s in report.sources]
    copies = ", ".join(f"{c} copies {report.copies[c]}" for c in ids if c in report.copies)
    return f"{len(ids)} sources, {independent(ids, report.copies)} independent ({copies})"


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


class Lines:
    """Where a report's evidence is: ``A:12``, the source id and the 1-based line of its file where the evidence
    starts. Each article's line starts are found once, when first asked; a look-up is a binary search."""

    def __init__(self, sources: Iterable[Article]) -> None:
        self._articles = {article.id: article for article in sources}
        self._starts: dict[str, list[int]] = {}

    def line_column(self, source: str, offset: int) -> tuple[int, int] | None:
        """1-based line and column (in characters) of ``offset`` in ``source``'s file, or ``None`` for a source
        the report does not have. Offsets past either end are clamped."""
        article = self._articles.get(source)
        if article is None:
            return None
        starts = self._starts.get(source)
        if starts is None:
            text = article.text
            starts = [0]
            at = text.find("\n")
            while at >= 0:
                starts.append(at + 1)
                at = text.find("\n", at + 1)
            self._starts[source] = starts
        offset = max(0, min(offset, len(article.text)))
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1 + article.line_offset, offset - starts[index] + 1

    def at(self, item: Evidence) -> str:
        """``A:12``: the evidence's source and the line it starts on (the source alone when it is unknown)."""
        found = self.line_column(item.source, item.start)
        return f"{item.source}:{found[0]}" if found else item.source


@frozen(repr=False)
class Context(Repr):
    """The clause a single-source fact is in, as an editor reads it: its span as an :class:`Evidence` and the
    single-source facts in it to highlight, as offsets into its text (none for a statement shown alone)."""

    evidence: Evidence
    marks: tuple[tuple[int, int], ...] = ()


def clauses(report: Report) -> dict[tuple[str, int, int], Evidence]:
    """For each single-source finding's first evidence (keyed by source, start and end): the smallest statement
    of the same source that contains it (a statement is a sentence or a clause of one), else the evidence
    itself. The statements are indexed once per report."""
    statements: dict[str, list[tuple[int, int, str]]] = {}
    for claim in report.claims:
        if claim.kind is ClaimKind.STATEMENT:
            statements.setdefault(claim.source, []).append((claim.start, claim.end, claim.text))
    for spans in statements.values():
        spans.sort()
    starts = {source: [span[0] for span in spans] for source, spans in statements.items()}
    out: dict[tuple[str, int, int], Evidence] = {}
    for finding in report.findings:
        if finding.verdict is not Verdict.SINGLE_SOURCE or not finding.evidence:
            continue
        item = finding.evidence[0]
        spans = statements.get(item.source, [])
        stop = bisect.bisect_right(starts.get(item.source, []), item.start)
        around = [span for span in spans[:stop] if item.end <= span[1]]
        if around:
            start, end, text = min(around, key=lambda span: span[1] - span[0])
            out[_key3(item)] = Evidence(item.source, start, end, text)
        else:
            out[_key3(item)] = item
    return out


def fold_single(
    findings: Sequence[Finding], found: dict[tuple[str, int, int], Evidence]
) -> list[tuple[list[Finding], Context | None]]:
    """One row per clause, in the order of the clauses' first findings: the single-source findings whose
    evidence is in one clause share its row (a statement and the facts in it, or two facts of one sentence),
    each fact marked. A finding without evidence is a row of its own, without a context."""
    rows: dict[tuple[str, int, int], tuple[list[Finding], Evidence]] = {}
    alone: list[tuple[list[Finding], Context | None]] = []
    order: list[tuple[str, int, int] | int] = []
    for finding in findings:
        clause = found.get(_key3(finding.evidence[0])) if finding.evidence else None
        if clause is None:
            order.append(len(alone))
            alone.append(([finding], None))
            continue
        key = _key3(clause)
        if key not in rows:
            rows[key] = ([], clause)
            order.append(key)
        rows[key][0].append(finding)
    out: list[tuple[list[Finding], Context | None]] = []
    for place in order:
        if isinstance(place, int):
            out.append(alone[place])
            continue
        members, clause = rows[place]
        marks = sorted(
            {
                (f.evidence[0].start - clause.start, f.evidence[0].end - clause.start)
                for f in members
                if f.kind is not ClaimKind.STATEMENT
            }
        )
        kept: list[tuple[int, int]] = []
        for start, end in marks:  # overlapping facts: one mark over both
            if kept and start < kept[-1][1]:
                kept[-1] = (kept[-1][0], max(end, kept[-1][1]))
            else:
                kept.append((start, end))
        out.append((members, Context(clause, tuple(kept))))
    return out


def _key3(item: Evidence) -> tuple[str, int, int]:
    return (item.source, item.start, item.end)


def clipped(context: Context, limit: int) -> list[tuple[str, bool]]:
    """The clause on one line as pieces of text, each flagged when it is a marked fact; cut at words to about
    ``limit`` characters with ellipses, before the first mark and after the last, so no fact is cut."""
    text = context.evidence.text
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in context.marks:
        pieces += [(text[at:start], False), (text[start:end], True)]
        at = end
    pieces.append((text[at:], False))
    pieces = [(_one_line(piece), marked) for piece, marked in pieces]
    pieces[0] = (pieces[0][0].lstrip(), pieces[0][1])
    pieces[-1] = (pieces[-1][0].rstrip(), pieces[-1][1])
    total = sum(len(piece) for piece, _ in pieces)
    if total > limit and len(pieces) > 1:
        head, tail = pieces[0][0], pieces[-1][0]
        middle = total - len(head) - len(tail)
        room = max(0, limit - middle)
        keep = min(len(head), max(room // 3, room - len(tail)))
        if keep < len(head):
            cut = head[len(head) - keep :]
            space = cut.find(" ")
            head = "…" + (cut[space:] if 0 <= space < keep // 2 else cut)
        keep = max(0, room - len(head))
        if keep < len(tail):
            cut = tail[:keep]
            space = cut.rfind(" ")
            tail = (cut[:space] if space > keep // 2 else cut).rstrip(" ,;:") + "…"
        pieces[0], pieces[-1] = (head, False), (tail, False)
    elif total > limit:
        pieces = [(shorten(pieces[0][0], limit), pieces[0][1])]
    return [(piece, marked) for piece, marked in pieces if piece]


def _one_line(text: str) -> str:
    """``text`` with every run of white space (line breaks too) one space, its ends kept."""
    return _SPACES.sub(" ", text)


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

"""Render a :class:`~crosscheck.model.Report` for an editor, with Rich.

Layout: the sources, a one-line summary, then discrepancies (hard before soft) with the sides' evidence side
by side and the differing words highlighted, then agreements and single-source findings, compactly.

Only :class:`rich.text.Text` objects and styles are printed, never markup strings, so evidence text containing
square brackets is shown verbatim, and Rich drops the styles by itself when the console has no colour.
Output is deterministic: findings keep their report order within each group.
"""

from __future__ import annotations

import difflib
import string
from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from crosscheck.model import (
    Claim,
    ClaimKind,
    DateRef,
    Entity,
    Evidence,
    Finding,
    Quantity,
    Quote,
    Report,
    Severity,
    Verdict,
)

SHORT = 100  # characters of evidence shown for agreements and single-source findings
_SEVERITY_ORDER = {Severity.HARD: 0, Severity.SOFT: 1, None: 2}
_DIFF_STYLE = {Severity.HARD: "bold red", Severity.SOFT: "bold yellow", None: "bold yellow"}
_LABEL = {Severity.HARD: "HARD", Severity.SOFT: "SOFT", None: "DISCREPANCY"}
_LABEL_STYLE = {Severity.HARD: "bold white on red", Severity.SOFT: "bold black on yellow", None: "bold"}


def render_report(report: Report, console: Console) -> None:
    """Print ``report`` on ``console``: header, summary, discrepancies, agreements, single-source findings."""
    order = [article.id for article in report.sources]
    discrepancies = sorted(
        (f for f in report.findings if f.verdict is Verdict.DISCREPANCY),
        key=lambda f: _SEVERITY_ORDER[f.severity],
    )
    agreements = [f for f in report.findings if f.verdict is Verdict.AGREEMENT]
    single: dict[str, list[Finding]] = {source: [] for source in order}
    for finding in report.findings:
        if finding.verdict is Verdict.SINGLE_SOURCE:
            single.setdefault(_single_source_of(finding, report), []).append(finding)

    for article in report.sources:
        line = Text.assemble((article.id, "bold"), "  ")
        if article.title:
            line.append(article.title, style="italic")
            line.append(" — ")
        line.append(article.path, style="dim")
        console.print(line)
    console.print(_summary(agreements, discrepancies, single), style="bold")

    if discrepancies:
        console.rule(Text(f"Discrepancies ({len(discrepancies)})"), align="left")
        for number, finding in enumerate(discrepancies, 1):
            _print_discrepancy(console, number, finding, order)
    if agreements:
        console.rule(
            Text(f"Agreements ({len(agreements)}; a fact inside an agreeing sentence shares its row)"), align="left"
        )
        console.print(_agreements_table(agreements, order))
    if any(single.values()):
        console.rule(Text(f"Single-source ({sum(len(v) for v in single.values())})"), align="left")
        titles = {article.id: article.title for article in report.sources}
        for source, findings in single.items():
            if findings:
                _print_single(console, source, titles.get(source), findings)
    if not report.findings:
        console.print(Text("No findings."))


def _summary(agreements: Sequence[Finding], discrepancies: Sequence[Finding], single: dict[str, list[Finding]]) -> Text:
    count = {severity: sum(f.severity is severity for f in discrepancies) for severity in _SEVERITY_ORDER}
    parts = [f"{len(agreements)} {'agreement' if len(agreements) == 1 else 'agreements'}"]
    kinds = [f"{count[Severity.HARD]} hard", f"{count[Severity.SOFT]} soft"]
    if count[None]:
        kinds.append(f"{count[None]} unrated")
    parts.append(" · ".join(kinds) + (" discrepancy" if len(discrepancies) == 1 else " discrepancies"))
    parts.append("single-source: " + ", ".join(f"{source} {len(found)}" for source, found in single.items()))
    return Text(" · ".join(parts))


def _print_discrepancy(console: Console, number: int, finding: Finding, order: Sequence[str]) -> None:
    severity = finding.severity
    console.print()
    console.print(
        Text.assemble(
            f"{number}. ",
            (f" {_LABEL[severity]} ", _LABEL_STYLE[severity]),
            " ",
            (finding.rule.code, "bold"),
            " ",
            finding.rule.name,
            " · ",
            finding.kind.value,
        )
    )
    console.print(Text(finding.message))
    sides = _by_source(finding.evidence, order)
    table = Table(box=box.SQUARE, expand=True, show_lines=False)
    for source, items in sides:
        table.add_column(_side_label(source, items), ratio=1, overflow="fold")
    tokens = [items[0].text.split() for _, items in sides]
    cells = []
    for index, words in enumerate(tokens):
        other = tokens[1] if index == 0 and len(tokens) > 1 else tokens[0]
        cells.append(_highlight(words, other, _DIFF_STYLE[severity]))
    if cells:
        table.add_row(*cells)
        console.print(table)


def _highlight(words: Sequence[str], other: Sequence[str], style: str) -> Text:
    """``words`` joined by spaces, with the words that are not matched in ``other`` styled.

    Words are compared case-folded and without surrounding punctuation, so "80," matches "80".
    """
    matcher = difflib.SequenceMatcher(None, [_key(w) for w in words], [_key(w) for w in other], autojunk=False)
    differing = set(range(len(words)))
    for block in matcher.get_matching_blocks():
        differing.difference_update(range(block.a, block.a + block.size))
    text = Text()
    for index, word in enumerate(words):
        if index:
            text.append(" ")
        text.append(word, style=style if index in differing else "")
    return text


def _key(word: str) -> str:
    return word.strip(string.punctuation + "“”‘’«»—–").casefold() or word


def _agreements_table(agreements: Iterable[Finding], order: Sequence[str]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    table.add_column("rule", no_wrap=True, style="dim")
    for source in order:
        table.add_column(source, ratio=1, overflow="fold")
    rows = _fold(list(agreements))
    for finding, folded in rows:
        sides = dict(_by_source(finding.evidence, order))
        cells = [_short(sides[source]) if source in sides else Text("") for source in order]
        codes = " ".join(dict.fromkeys(f.rule.code for f in (finding, *folded)))
        table.add_row(Text(codes), *cells)
    return table


def _fold(agreements: list[Finding]) -> list[tuple[Finding, list[Finding]]]:
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


def _print_single(console: Console, source: str, title: str | None, findings: Sequence[Finding]) -> None:
    console.print(Text.assemble(("Only in ", "bold"), (source, "bold"), (f" — {title}" if title else "", "italic")))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(overflow="fold")
    for finding in findings:
        items = [e for e in finding.evidence if e.source == source] or list(finding.evidence)
        grid.add_row(Text("  " + finding.rule.code), _short(items) if items else Text(finding.message))
    console.print(grid)


def _by_source(evidence: Iterable[Evidence], order: Sequence[str]) -> list[tuple[str, list[Evidence]]]:
    """Evidence grouped by source, sources in report order (unknown sources last, in evidence order)."""
    groups: dict[str, list[Evidence]] = {}
    for item in evidence:
        groups.setdefault(item.source, []).append(item)
    rank = {source: index for index, source in enumerate(order)}
    return sorted(groups.items(), key=lambda kv: rank.get(kv[0], len(rank)))


def _side_label(source: str, items: Sequence[Evidence]) -> Text:
    return Text(source + (f" (+{len(items) - 1})" if len(items) > 1 else ""), style="bold")


def _short(items: Sequence[Evidence]) -> Text:
    """The first evidence text on one line, cut to about :data:`SHORT` characters, with "(+N)" for the rest."""
    text = " ".join(items[0].text.split())
    if len(text) > SHORT:
        cut = text[: SHORT - 1]
        space = cut.rfind(" ")
        text = (cut[:space] if space > SHORT // 2 else cut).rstrip(" ,;:") + "…"
    result = Text(text)
    if len(items) > 1:
        result.append(f" (+{len(items) - 1})", style="dim")
    return result


def _single_source_of(finding: Finding, report: Report) -> str:
    if finding.evidence:
        return finding.evidence[0].source
    sources = {claim.id: claim.source for claim in report.claims}
    return next((sources[c] for c in finding.claims if c in sources), "?")


def render_claims(report: Report, console: Console) -> None:
    """Print the claims extracted from one article: kind, span, text and the fact read from it."""
    for article in report.sources:
        console.print(Text(f"{article.id}  {article.title or ''} — {article.path}", style="bold"))
    table = Table(box=box.SIMPLE, show_edge=False, expand=True)
    for header in ("id", "kind", "span", "text", "read as"):
        table.add_column(header, overflow="fold")
    for claim in report.claims:
        if claim.kind.value == "statement":
            continue
        table.add_row(claim.id, claim.kind.value, f"{claim.start}-{claim.end}", Text(claim.text), Text(_fact(claim)))
    console.print(table)
    statements = sum(1 for c in report.claims if c.kind.value == "statement")
    console.print(Text(f"{len(report.claims) - statements} facts in {statements} statements", style="dim"))


def _fact(claim: Claim) -> str:
    fact = claim.fact
    if isinstance(fact, Quantity):
        bound = {"exact": "", "approximate": "~", "lower-bound": "≥", "upper-bound": "≤", "vague": "vague "}
        return f"{bound[fact.qualifier.value]}{fact.value:g} {fact.unit}".strip() + (" (change)" if fact.change else "")
    if isinstance(fact, DateRef):
        return f"{fact.granularity}: {fact.value}"
    if isinstance(fact, Quote):
        return f"said by {fact.speaker}" if fact.speaker else "speaker not found"
    if isinstance(fact, Entity):
        same = fact.canonical if fact.canonical != fact.name else ""
        role = ", ".join(x for x in (fact.role, fact.affiliation) if x)
        return f"{fact.type.value}" + (f" = {same}" if same else "") + (f" ({role})" if role else "")
    return ""

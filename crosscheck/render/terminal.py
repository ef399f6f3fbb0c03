"""The terminal report, with Rich: what an editor reads in ten seconds.

Layout: the sources (title, path, date when known), a one-line summary, then discrepancies (hard before soft)
with the sides' evidence side by side and the differing words highlighted, then agreements and single-source
findings, compactly. ``View`` (``--show``/``--hide``/``--quiet``) chooses what is listed; the summary line always
counts every finding.

Only :class:`rich.text.Text` objects and styles are printed, never markup strings (table headers included), so
evidence text containing square brackets is shown verbatim and Rich never parses markup nor loads its emoji table;
Rich drops the styles by itself when the console has no colour (output not a terminal, or ``NO_COLOR`` set). The
width is the console's. Output is deterministic: findings keep their report order within each group.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from crosscheck.model import (
    Claim,
    DateRef,
    Entity,
    Evidence,
    Finding,
    Quantity,
    Quote,
    Report,
    Severity,
)
from crosscheck.render.layout import (
    Context,
    Lines,
    View,
    by_source,
    clauses,
    clipped,
    differing_words,
    evidence_sources,
    fold,
    fold_single,
    hidden_note,
    sections,
    shorten,
    shown_copies,
    summary_line,
)

SHORT = 100  # characters of evidence shown for agreements
CLAUSE = 300  # characters of a single-source finding's clause: the whole clause, but for the longest
SIDE_BY_SIDE = 3  # agreements get one column per source up to this many sources, then one evidence column
_DIFF_STYLE = {Severity.HARD: "bold red", Severity.SOFT: "bold yellow", None: "bold yellow"}
_LABEL = {Severity.HARD: "HARD", Severity.SOFT: "SOFT", None: "DISCREPANCY"}
_LABEL_STYLE = {Severity.HARD: "bold white on red", Severity.SOFT: "bold black on yellow", None: "bold"}


def render_report(report: Report, console: Console, view: View | None = None) -> None:
    """Print ``report`` on ``console``: header, summary, discrepancies, agreements, single-source findings."""
    view = view or View()
    if view.quiet:
        console.print(Text(summary_line(report)), style="bold")
        return
    order = [article.id for article in report.sources]
    groups = sections(report, view)
    lines = Lines(report.sources)

    copies = shown_copies(report)
    for article in report.sources:
        line = Text.assemble((article.id, "bold"), "  ")
        if article.title:
            line.append(article.title, style="italic")
            line.append(" — ")
        if article.outlet:
            line.append(article.outlet)
            line.append(" · ")
        line.append(article.path, style="dim")
        if article.date:
            line.append(f" · {article.date}", style="dim")
        if article.id in copies:
            line.append(f" · copy of {copies[article.id]}", style="bold")
        console.print(line)
    console.print(Text(summary_line(report)), style="bold")
    note = hidden_note(view)
    if note:
        console.print(Text(note, style="dim"))

    if groups.discrepancies:
        console.rule(Text(f"Discrepancies ({len(groups.discrepancies)})"), align="left")
        for number, finding in enumerate(groups.discrepancies, 1):
            _print_discrepancy(console, number, finding, order, lines)
    if groups.agreements:
        console.rule(
            Text(f"Agreements ({len(groups.agreements)}; a fact inside an agreeing sentence shares its row)"),
            align="left",
        )
        console.print(_agreements_table(groups.agreements, report, lines))
    if groups.single_count:
        console.rule(Text(f"Single-source ({groups.single_count})"), align="left")
        titles = {article.id: article.title for article in report.sources}
        found = clauses(report)
        for source, findings in groups.single:
            if findings:
                _print_single(console, source, titles.get(source), fold_single(findings, found), lines)
    if not report.findings:
        console.print(Text("No findings."))


def render_report_text(report: Report, view: View | None = None, width: int = 100) -> str:
    """The terminal report as plain text (no colour) at ``width`` columns: for ``--output FILE``."""
    out = io.StringIO()
    render_report(report, Console(width=width, file=out, color_system=None, force_terminal=False), view)
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())


def _print_discrepancy(console: Console, number: int, finding: Finding, order: Sequence[str], lines: Lines) -> None:
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
    if finding.values:
        console.print(_values_table(finding))
        return
    sides = by_source(finding.evidence, order)
    table = Table(box=box.SQUARE, expand=True, show_lines=False)
    for _, items in sides:
        table.add_column(_side_label(items, lines), ratio=1, overflow="fold")
    cells = []
    for words in differing_words([items[0].text for _, items in sides]):
        text = Text()
        for index, (word, differs) in enumerate(words):
            if index:
                text.append(" ")
            text.append(word, style=_DIFF_STYLE[severity] if differs else "")
        cells.append(text)
    if cells:
        table.add_row(*cells)
        console.print(table)


def _values_table(finding: Finding) -> Table:
    """Three or more sources, one fact: each value with the sources that give it, side by side."""
    table = Table(box=box.SQUARE, expand=True, show_header=False)
    cells = []
    for value in finding.values:
        table.add_column(ratio=1, overflow="fold")
        cell = Text(" ".join(value.text.split()), style=_DIFF_STYLE[finding.severity])
        cell.append(f" ({', '.join(value.sources)})")
        if value.majority:
            cell.append(" most sources", style="dim")
        cells.append(cell)
    table.add_row(*cells)
    return table


def _agreements_table(agreements: Sequence[Finding], report: Report, lines: Lines) -> Table:
    """Two or three sources: one column each. More: how many sources agree, and the first one's words."""
    order = [source.id for source in report.sources]
    side_by_side = len(order) <= SIDE_BY_SIDE
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    table.add_column(Text("rule"), no_wrap=True, style="dim")
    if len(order) > 2:
        table.add_column(Text("sources"), no_wrap=True, style="dim")
    if side_by_side:
        for source in order:
            table.add_column(Text(source), ratio=1, overflow="fold")
    else:
        table.add_column(Text("evidence (first source)"), ratio=1, overflow="fold")
    for finding, folded in fold(agreements):
        sides = dict(by_source(finding.evidence, order))
        codes = " ".join(dict.fromkeys(f.rule.code for f in (finding, *folded)))
        cells: list[Text] = [Text(codes)]
        if len(order) > 2:
            present = evidence_sources(finding, report)
            cells.append(Text(f"{len(present)}/{len(order)} {' '.join(present)}"))
        if side_by_side:
            cells.extend(_short(sides[source], lines) if source in sides else Text("") for source in order)
        else:
            first = next(iter(sides.values()), [])
            cells.append(_short(first, lines) if first else Text(finding.message))
        table.add_row(*cells)
    return table


def _print_single(
    console: Console,
    source: str,
    title: str | None,
    rows: Sequence[tuple[list[Finding], Context | None]],
    lines: Lines,
) -> None:
    """One row per clause, in report order: the rule codes of its single-source findings, where it is
    (``A:12``), and the clause with its single-source facts in bold."""
    console.print(Text.assemble(("Only in ", "bold"), (source, "bold"), (f" — {title}" if title else "", "italic")))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(overflow="fold")
    for findings, context in rows:
        codes = " ".join(dict.fromkeys(f.rule.code for f in findings))
        grid.add_row(Text("  " + codes), _clause(findings[0], context, lines))
    console.print(grid)


def _clause(finding: Finding, context: Context | None, lines: Lines) -> Text:
    if context is None:
        return Text(finding.message)
    text = Text(lines.at(context.evidence) + " ", style="dim")
    for piece, marked in clipped(context, CLAUSE):
        text.append(piece, style="bold" if marked else "")
    return text


def _side_label(items: Sequence[Evidence], lines: Lines) -> Text:
    return Text(lines.at(items[0]) + (f" (+{len(items) - 1})" if len(items) > 1 else ""), style="bold")


def _short(items: Sequence[Evidence], lines: Lines) -> Text:
    """Where the first evidence is (``A:12``), and its text on one line cut to about :data:`SHORT` characters,
    with "(+N)" for the rest."""
    result = Text(lines.at(items[0]) + " ", style="dim")
    result.append(shorten(items[0].text, SHORT))
    if len(items) > 1:
        result.append(f" (+{len(items) - 1})", style="dim")
    return result


def render_claims(report: Report, console: Console) -> None:
    """Print the claims extracted from one article: kind, span, text and the fact read from it."""
    for article in report.sources:
        console.print(Text(f"{article.id}  {article.title or ''} — {article.path}", style="bold"))
    table = Table(box=box.SIMPLE, show_edge=False, expand=True)
    for header in ("id", "kind", "span", "text", "read as"):
        table.add_column(Text(header), overflow="fold")
    for claim in report.claims:
        if claim.kind.value == "statement":
            continue
        table.add_row(
            Text(claim.id),
            Text(claim.kind.value),
            Text(f"{claim.start}-{claim.end}"),
            Text(claim.text),
            Text(_fact(claim)),
        )
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

"""The report as Markdown (CommonMark with GitHub tables), to paste into a pull request or a ticket.

Same order as the terminal report: sources, summary, discrepancies (each with its rule, message and the sides
in a table, differing words in bold), agreements, single-source findings per source. Every piece of article
text is escaped, so a quote with ``*``, ``|`` or ``<script>`` shows as written and cannot break the table.
"""

from __future__ import annotations

import re

from crosscheck.model import Evidence, Finding, Report
from crosscheck.render.layout import (
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
    label,
    sections,
    shorten,
    shown_copies,
    summary_line,
    value_label,
    value_wordings,
)

SHORT = 160  # characters of evidence shown for agreements
CLAUSE = 300  # characters of a single-source finding's clause: the whole clause, but for the longest
WORDING = 300  # characters of a source's sentence shown under a value (three or more sources)

# Characters that can start inline Markdown or HTML, or end a table cell. Block markers (#, -, 1.) need no
# escape: no escaped text starts a line.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")


def escape(text: str) -> str:
    """``text`` on one line with every Markdown-active character backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(report: Report, view: View | None = None) -> str:
    """The report as a Markdown document."""
    view = view or View()
    if view.quiet:
        return f"**{escape(summary_line(report))}**\n"
    order = [s.id for s in report.sources]
    groups = sections(report, view)
    lines = Lines(report.sources)
    out = ["# crosscheck report", ""]
    out += ["| id | title | outlet | path | date |", "| --- | --- | --- | --- | --- |"]
    copies = shown_copies(report)
    for s in report.sources:
        title, outlet, date = escape(s.title or ""), escape(s.outlet or ""), escape(s.date or "")
        copy = f" (copy of {copies[s.id]})" if s.id in copies else ""
        out.append(f"| {s.id}{copy} | {title} | {outlet} | `{_code(s.path)}` | {date} |")
    out += ["", f"**{escape(summary_line(report))}**", ""]
    note = hidden_note(view)
    if note:
        out += [f"_{escape(note)}_", ""]

    if groups.discrepancies:
        out += [f"## Discrepancies ({len(groups.discrepancies)})", ""]
        for number, finding in enumerate(groups.discrepancies, 1):
            out += _values(number, finding, report) if finding.values else _discrepancy(number, finding, order, lines)
    if groups.agreements:
        out += [f"## Agreements ({len(groups.agreements)})", ""]
        many = len(order) > 2
        out.append("| rule |" + (" sources |" if many else "") + "".join(f" {s} |" for s in order))
        out.append("| --- |" + (" --- |" if many else "") + " --- |" * len(order))
        for finding, folded in fold(groups.agreements):
            sides = dict(by_source(finding.evidence, order))
            codes = " ".join(dict.fromkeys(f.rule.code for f in (finding, *folded)))
            row = f"| {codes} |"
            if many:
                present = evidence_sources(finding, report)
                row += f" {len(present)} of {len(order)} |"
            row += "".join(f" {_cell(sides[s], lines) if s in sides else ''} |" for s in order)
            out.append(row)
        out.append("")
    if groups.single_count:
        out += [f"## Single-source ({groups.single_count})", ""]
        titles = {s.id: s.title for s in report.sources}
        found = clauses(report)
        for source, findings in groups.single:
            if not findings:
                continue
            name = titles.get(source)
            out += [f"### Only in {source}" + (f" — {escape(name)}" if name else ""), ""]
            for members, context in fold_single(findings, found):
                codes = " ".join(f"`{code}`" for code in dict.fromkeys(f.rule.code for f in members))
                if context is None:
                    out.append(f"- {codes} {escape(members[0].message)}")
                    continue
                text = "".join(_piece(piece, marked) for piece, marked in clipped(context, CLAUSE))
                out.append(f"- {codes} {lines.at(context.evidence)} {text}")
            out.append("")
    if not report.findings:
        out += ["No findings.", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _piece(text: str, marked: bool) -> str:
    """A piece of a clause, escaped, in bold when ``marked``; the spaces at its ends are kept (outside the bold)."""
    inner = escape(text)
    if marked:
        inner = f"**{inner}**"
    return (" " if text[:1].isspace() else "") + inner + (" " if text[-1:].isspace() and text.strip() else "")


def _cell(items: list[Evidence], lines: Lines) -> str:
    """Where the first evidence is (``A:12``) and its text, cut to about :data:`SHORT` characters, "(+N)" for the
    rest."""
    more = f" (+{len(items) - 1})" if len(items) > 1 else ""
    return f"{lines.at(items[0])} {escape(shorten(items[0].text, SHORT))}{more}"


def _discrepancy(number: int, finding: Finding, order: list[str], lines: Lines) -> list[str]:
    sides = by_source(finding.evidence, order)
    out = [
        f"### {number}. {label(finding)} `{finding.rule.code}` {escape(finding.rule.name)} · {finding.kind.value}",
        "",
        escape(finding.message),
        "",
    ]
    if sides:
        out.append(
            "|"
            + "".join(
                f" {lines.at(items[0])}{f' (+{len(items) - 1})' if len(items) > 1 else ''} |" for _, items in sides
            )
        )
        out.append("|" + " --- |" * len(sides))
        cells = [
            " ".join(f"**{escape(word)}**" if differs else escape(word) for word, differs in words)
            for words in differing_words([items[0].text for _, items in sides])
        ]
        out += ["|" + "".join(f" {cell} |" for cell in cells), ""]
    return out


def _values(number: int, finding: Finding, report: Report) -> list[str]:
    """A fact three or more sources disagree about: its values side by side, each with its sources, then each
    source's wording under its value."""
    out = [
        f"### {number}. {label(finding)} `{finding.rule.code}` {escape(finding.rule.name)} · {finding.kind.value}",
        "",
        escape(finding.message),
        "",
        "|" + "".join(f" {escape(value_label(v))} |" for v in finding.values),
        "|" + " --- |" * len(finding.values),
        "",
    ]
    for value, wordings in value_wordings(finding, report):
        out.append(f"**{escape(' '.join(value.text.split()))}**:")
        out.append("")
        out += [f"- {source}: {escape(shorten(text, WORDING))}" for source, text in wordings]
        out.append("")
    return out


def _code(text: str) -> str:
    """``text`` for an inline code span: backticks cannot be escaped there, so they become quotes."""
    return " ".join(text.split()).replace("`", "'").replace("|", "\\|")

"""The report as GitHub Actions workflow commands: one annotation per line, shown on the pull request's files.

``::error`` for a hard discrepancy, ``::warning`` for a soft (or unrated) one, ``::notice`` for a single-source
claim; agreements are left out unless asked for (``--show agreement``), then also ``::notice``. Each command
carries ``file`` (the article's path), ``line``/``col`` and ``endLine``/``endColumn`` of the finding's first
evidence span (1-based, in characters), and ``title`` (rule code and name); the message is the finding's one-line
message. Values are escaped as GitHub's toolkit does: ``%``, CR and LF in the message; also ``:`` and ``,`` in
the properties.
"""

from __future__ import annotations

from crosscheck.model import Finding, Report, Severity, Verdict
from crosscheck.render.layout import ANNOTATED, Lines, View, sections, span_in


def escape_data(value: str) -> str:
    """A command's message: ``%``, CR and LF percent-encoded."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A command property's value: as :func:`escape_data`, and ``:`` and ``,`` too."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    """``error``, ``warning`` or ``notice``."""
    if finding.verdict is Verdict.DISCREPANCY:
        return "error" if finding.severity is Severity.HARD else "warning"
    return "notice"


def render_github(report: Report, view: View | None = None) -> str:
    """One workflow command per listed finding, hard discrepancies first; empty when there is none."""
    view = view or View(show=ANNOTATED)
    groups = sections(report, view)
    articles = {a.id: a for a in report.sources}
    where = Lines(report.sources)
    lines = []
    for finding in (*groups.discrepancies, *groups.agreements, *(f for _, found in groups.single for f in found)):
        properties: list[tuple[str, str]] = []
        item = finding.evidence[0] if finding.evidence else None
        article = articles.get(item.source) if item else None
        if item is not None and article is not None and not article.path.startswith("<"):  # not <stdin>
            properties.append(("file", article.path))
            if span_in(article.text, item):
                line, col = where.line_column(item.source, item.start) or (1, 1)
                end_line, end_col = where.line_column(item.source, item.end) or (1, 1)
                properties += [("line", str(line)), ("endLine", str(end_line))]
                properties += [("col", str(col)), ("endColumn", str(end_col))]
        properties.append(("title", f"{finding.rule.code} {finding.rule.name}"))
        props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
        lines.append(f"::{command(finding)} {props}::{escape_data(finding.message)}")
    return "".join(line + "\n" for line in lines)

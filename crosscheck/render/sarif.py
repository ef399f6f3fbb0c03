"""The report as SARIF 2.1.0, the format code-scanning tools (GitHub code scanning, IDE viewers) read.

One run; ``tool.driver.rules`` has each rule that fired (``id`` = rule code, ``name``, ``shortDescription``);
each listed finding is one result:

* ``ruleId`` = rule code, ``ruleIndex`` into the rules, ``message.text`` = the finding's message;
* ``level``: ``error`` for a hard discrepancy, ``warning`` for a soft (or unrated) one, ``note`` for a
  single-source claim; agreements are not problems, so they are left out unless asked for (``--show
  agreement``), and then they are ``kind: "pass"`` with ``level: "none"``;
* ``locations``: one per evidence item (a discrepancy has one in each article it sets against each other, both
  places an editor may need to fix), each with ``artifactLocation.uri`` = the article's path (a relative
  URI reference, percent-encoded; absolute paths become ``file://`` URIs) and a ``region`` with ``charOffset``
  and ``charLength`` (offsets into the text as read, counted in Unicode code points, as ``columnKind`` says)
  and ``startLine``/``startColumn``/``endLine``/``endColumn`` (1-based; ``endColumn`` is the column after the
  span), and the span's text as ``snippet``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from crosscheck.model import Article, Evidence, Finding, Report, Severity, Verdict
from crosscheck.render.layout import ANNOTATED, Lines, View, sections, span_in

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

_VERDICT_TEXT = {
    Verdict.AGREEMENT: "sources agree",
    Verdict.SINGLE_SOURCE: "only one source states it",
}


def level(finding: Finding) -> str:
    """``error`` (hard), ``warning`` (soft or unrated discrepancy), ``note`` (single-source), ``none`` (agreement)."""
    if finding.verdict is Verdict.DISCREPANCY:
        return "error" if finding.severity is Severity.HARD else "warning"
    return "note" if finding.verdict is Verdict.SINGLE_SOURCE else "none"


def sarif_document(report: Report, view: View | None = None) -> dict[str, Any]:
    """The SARIF log as plain dicts and lists (see the module docstring for the mapping)."""
    from crosscheck import __version__

    view = view or View(show=ANNOTATED)
    groups = sections(report, view)
    findings = [*groups.discrepancies, *groups.agreements, *(f for _, found in groups.single for f in found)]
    rules: dict[str, dict[str, Any]] = {}
    for finding in sorted(findings, key=lambda f: f.rule.code):
        rules.setdefault(finding.rule.code, _rule(finding))
    index = {code: i for i, code in enumerate(rules)}
    artifacts = {article.id: i for i, article in enumerate(report.sources)}
    articles = {article.id: article for article in report.sources}
    lines = Lines(report.sources)
    results = [_result(f, index[f.rule.code], articles, artifacts, lines) for f in findings]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "crosscheck",
                        "version": __version__,
                        "rules": list(rules.values()),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": [{"location": {"uri": uri(a.path)}, "roles": ["analysisTarget"]} for a in report.sources],
                "results": results,
            }
        ],
    }


def render_sarif(report: Report, view: View | None = None) -> str:
    return json.dumps(sarif_document(report, view), ensure_ascii=False, indent=2) + "\n"


def uri(path: str) -> str:
    """The article path as a URI reference: a relative path stays relative (``/`` separators, percent-encoded),
    an absolute one becomes a ``file://`` URI."""
    p = Path(path)
    return p.as_uri() if p.is_absolute() else quote(p.as_posix(), safe="/")


def _rule(finding: Finding) -> dict[str, Any]:
    if finding.verdict is Verdict.DISCREPANCY:
        what = f"{finding.severity.value if finding.severity else 'unrated'} discrepancy between sources"
    else:
        what = _VERDICT_TEXT[finding.verdict]
    return {
        "id": finding.rule.code,
        "name": finding.rule.name,
        "shortDescription": {"text": f"{finding.rule.name}: {what} ({finding.kind.value})"},
        "defaultConfiguration": {"level": level(finding)},
        "properties": {"verdict": finding.verdict.value, "kind": finding.kind.value},
    }


def _result(
    finding: Finding, rule_index: int, articles: dict[str, Article], artifacts: dict[str, int], lines: Lines
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule.code,
        "ruleIndex": rule_index,
        "level": level(finding),
        "message": {"text": finding.message},
        "locations": [_location(e, articles, artifacts, lines) for e in finding.evidence],
        "properties": {
            "verdict": finding.verdict.value,
            "severity": finding.severity.value if finding.severity else None,
        },
    }
    if finding.verdict is Verdict.AGREEMENT:
        result["kind"] = "pass"
    return result


def _location(item: Evidence, articles: dict[str, Article], artifacts: dict[str, int], lines: Lines) -> dict[str, Any]:
    article = articles.get(item.source)
    if article is None:
        return {"message": {"text": f"source {item.source}: {item.text}"}}
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri(article.path), "index": artifacts[item.source]}}
    if span_in(article.text, item):
        start_line, start_column = lines.line_column(item.source, item.start) or (1, 1)
        end_line, end_column = lines.line_column(item.source, item.end) or (1, 1)
        physical["region"] = {
            "charOffset": item.start,
            "charLength": item.end - item.start,
            "startLine": start_line,
            "startColumn": start_column,
            "endLine": end_line,
            "endColumn": end_column,
            "snippet": {"text": article.text[item.start : item.end]},
        }
    return {"physicalLocation": physical, "message": {"text": item.source}}

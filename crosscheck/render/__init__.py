"""Stage 7: render a :class:`~crosscheck.model.Report` in one of the output formats.

One module per format, each a pure function of the report (and a :class:`View`): ``terminal`` (Rich, for an
editor), ``markdown`` (to paste into a ticket or pull request), ``html`` (one self-contained page), ``sarif``
(SARIF 2.1.0, for code-scanning tools) and ``github`` (GitHub Actions workflow commands). ``json`` is
:func:`crosscheck.report.to_json`. :func:`render` returns any of them as a string.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crosscheck.model import Report, Verdict
    from crosscheck.render.layout import View
    from crosscheck.render.terminal import render_claims, render_report, render_report_text

# The output formats, in the order ``compare --format`` lists them: one module each here, ``json`` is the report's
# own document. Defined before anything is imported, so the CLI reads the list without loading a renderer.
FORMATS = ("rich", "json", "markdown", "html", "sarif", "github")

_LAZY = {
    "render_claims": "crosscheck.render.terminal",
    "render_report": "crosscheck.render.terminal",
    "render_report_text": "crosscheck.render.terminal",
    "View": "crosscheck.render.layout",
}


def __getattr__(name: str) -> Any:
    """The renderers are imported on first use: the terminal ones load Rich, and ``compare --json`` (which needs
    only :data:`FORMATS` from here) loads none of them."""
    if name not in _LAZY:
        raise AttributeError(f"module 'crosscheck.render' has no attribute {name!r}")
    return getattr(importlib.import_module(_LAZY[name]), name)


def default_show(fmt: str) -> frozenset[Verdict]:
    """The verdicts format ``fmt`` lists when neither ``--show`` nor ``--hide`` is given."""
    from crosscheck.model import Verdict
    from crosscheck.render.layout import ANNOTATED

    return ANNOTATED if fmt in ("sarif", "github") else frozenset(Verdict)


__all__ = ["FORMATS", "View", "default_show", "render", "render_claims", "render_report", "render_report_text"]


def render(report: Report, fmt: str, view: View | None = None, width: int = 100) -> str:
    """``report`` in format ``fmt`` (one of :data:`FORMATS`) as a string; ``rich`` is plain text at ``width``.

    ``json`` is the whole ``--json`` document whatever the view: it is a contract, and scripts filter it.
    """
    import json

    from crosscheck.render import github, html, markdown, sarif
    from crosscheck.render.layout import View
    from crosscheck.report import to_json

    view = view or View(show=default_show(fmt))
    if fmt == "json":
        return json.dumps(to_json(report), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    if fmt == "rich":
        from crosscheck.render.terminal import render_report_text

        return render_report_text(report, view, width)
    if fmt == "markdown":
        return markdown.render_markdown(report, view)
    if fmt == "html":
        return html.render_html(report, view)
    if fmt == "sarif":
        return sarif.render_sarif(report, view)
    if fmt == "github":
        return github.render_github(report, view)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")

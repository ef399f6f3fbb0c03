"""The report as one self-contained HTML page: inline CSS, no script, no external asset, nothing fetched.

The page lists the findings (discrepancies first, as in the terminal report), then shows the articles side by
side with every listed finding's evidence highlighted in the text. Each highlighted span links to its finding and
each finding links to its spans (plain ``#`` anchors, so it works without JavaScript). The columns are a CSS grid
that stacks on a narrow screen, so it reads on a phone. Every piece of text, title and path is escaped.

Evidence spans are character offsets into :attr:`Article.text`; a span that does not fit the text is listed but
not highlighted. Where spans overlap, the text is cut at every span boundary and each piece is marked for the
most serious finding covering it (hard, soft, single-source, agreement; then the narrowest span).
"""

from __future__ import annotations

from html import escape

from attrs import frozen

from crosscheck.model import Article, Finding, Report, Verdict
from crosscheck.records import Repr
from crosscheck.render.layout import (
    View,
    by_source,
    corroboration,
    differing_words,
    hidden_note,
    label,
    sections,
    shorten,
    shown_copies,
    span_in,
    summary_line,
    value_wordings,
)

SHORT = 160

_CSS = """
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff;
margin:0 auto;max-width:96rem;padding:1rem}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.2rem 0 .4rem}h3{font-size:1rem;margin:.8rem 0 .3rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere;
word-break:break-word}
h1,h2,h3{overflow-wrap:anywhere}
.sources{margin:.3rem 0;padding-left:1.2rem;overflow-wrap:anywhere}.meta{color:#555;overflow-wrap:anywhere}
.summary{font-weight:600;margin:.5rem 0}.note{color:#555;font-style:italic}
.findings ol{padding-left:1.6rem}.finding{margin:.5rem 0;overflow-wrap:anywhere}
.badge{display:inline-block;font-size:.75rem;font-weight:700;padding:0 .35rem;border-radius:.2rem;color:#fff;
background:#555}
.hard .badge{background:#b00020}.soft .badge{background:#c77700}.single .badge{background:#1565c0}
.agreement .badge{background:#2e7d32}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,16rem),1fr));gap:.5rem;margin:.3rem 0}
.side{border:1px solid #ccc;border-radius:.3rem;padding:.3rem .5rem}
.diff{font-weight:700;text-decoration:underline;text-decoration-thickness:2px}
.hard .diff{color:#b00020}.soft .diff{color:#8a5300}
.articles{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));gap:1rem;margin-top:1rem}
.article{border:1px solid #ccc;border-radius:.4rem;padding:.5rem 1rem;min-width:0}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
a.span{color:inherit;text-decoration:none}
mark{color:inherit;border-radius:.15rem;padding:0 .05rem}
mark.hard{background:#ffd6dc;border-bottom:2px solid #b00020}
mark.soft{background:#ffedb3;border-bottom:2px solid #c77700}
mark.single{background:#dbeafe}mark.agreement{background:#dcf2e0}
:target{outline:3px solid #1565c0;outline-offset:2px;scroll-margin-top:1rem}
.legend mark{margin-right:.4rem}.brief{color:#333;font-size:.95em}
"""

_CLASS_RANK = {"hard": 0, "soft": 1, "discrepancy": 2, "single": 3, "agreement": 4}


@frozen(repr=False)
class _Span(Repr):
    start: int
    end: int
    anchor: str  # the span's own id
    finding: str  # the id of its finding
    css: str  # hard, soft, discrepancy, single or agreement
    title: str


def render_html(report: Report, view: View | None = None) -> str:
    """The report as a complete HTML5 document (a string)."""
    view = view or View()
    groups = sections(report, view)
    order = [s.id for s in report.sources]
    listed: list[tuple[str, Finding]] = []  # (finding id, finding) in display order
    for finding in (*groups.discrepancies, *groups.agreements, *(f for _, fs in groups.single for f in fs)):
        listed.append((f"f{len(listed) + 1}", finding))
    ids = {id(finding): fid for fid, finding in listed}
    texts = {s.id: s.text for s in report.sources}

    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(_title(report))}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>crosscheck report</h1>",
        '<ul class="sources">',
    ]
    copies = shown_copies(report)
    for s in report.sources:
        title = f" <i>{escape(s.title)}</i> —" if s.title else ""
        title += f" {escape(s.outlet)} ·" if s.outlet else ""
        date = f" · {escape(s.date)}" if s.date else ""
        link = f"<b>{escape(s.id)}</b>" if view.quiet else f'<a href="#src-{escape(s.id)}"><b>{escape(s.id)}</b></a>'
        copy = f" · <b>copy of {escape(copies[s.id])}</b>" if s.id in copies else ""
        out.append(f"<li>{link}{title} <code>{escape(s.path)}</code>{date}{copy}</li>")
    out.append("</ul>")
    out.append(f'<p class="summary">{escape(summary_line(report))}</p>')
    note = hidden_note(view)
    if note:
        out.append(f'<p class="note">{escape(note)}</p>')
    if view.quiet:
        out += ["</header>", "</body>", "</html>"]
        return "\n".join(out) + "\n"
    out.append(
        '<p class="legend">In the articles: <mark class="hard">hard</mark><mark class="soft">soft</mark>'
        '<mark class="single">single-source</mark><mark class="agreement">agreement</mark> · '
        '<a href="#articles">go to the articles</a></p>'
    )
    out += ["</header>", "<main>"]

    out.append('<section class="findings">')
    if groups.discrepancies:
        out.append(f"<h2>Discrepancies ({len(groups.discrepancies)})</h2>")
        out.append("<ol>")
        out += [
            _values(ids[id(f)], f, report, texts) if f.values else _discrepancy(ids[id(f)], f, order, texts)
            for f in groups.discrepancies
        ]
        out.append("</ol>")
    if groups.agreements:
        out.append(f"<h2>Agreements ({len(groups.agreements)})</h2>")
        out.append("<ol>")
        out += [_agreement(ids[id(f)], f, report, texts) for f in groups.agreements]
        out.append("</ol>")
    if groups.single_count:
        out.append(f"<h2>Single-source ({groups.single_count})</h2>")
        titles = {s.id: s.title for s in report.sources}
        for source, findings in groups.single:
            if not findings:
                continue
            name = titles.get(source)
            out.append(f"<h3>Only in {escape(source)}" + (f" — <i>{escape(name)}</i>" if name else "") + "</h3>")
            out.append("<ol>")
            out += [_single(ids[id(f)], f, source, texts) for f in findings]
            out.append("</ol>")
    if not report.findings:
        out.append("<p>No findings.</p>")
    out.append("</section>")

    out.append('<section class="articles" id="articles">')
    for article in report.sources:
        out.append(_article(article, _spans(article, listed)))
    out += ["</section>", "</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _title(report: Report) -> str:
    names = [s.title or s.path for s in report.sources]
    return "crosscheck: " + " / ".join(shorten(n, 60) for n in names)


def _css(finding: Finding) -> str:
    if finding.verdict is Verdict.DISCREPANCY:
        return finding.severity.value if finding.severity else "discrepancy"
    return "single" if finding.verdict is Verdict.SINGLE_SOURCE else "agreement"


def _anchor(fid: str, finding: Finding, index: int) -> str:
    return f"{fid}-{finding.evidence[index].source}-{index}"


def _links(fid: str, finding: Finding, texts: dict[str, str]) -> str:
    """Links from a finding to its highlighted spans, one per evidence item that fits its article."""
    links = []
    for index, item in enumerate(finding.evidence):
        if span_in(texts.get(item.source, ""), item) and item.source in texts:
            links.append(f'<a href="#{escape(_anchor(fid, finding, index))}">{escape(item.source)}</a>')
    return (' <span class="meta">in the text: ' + ", ".join(links) + "</span>") if links else ""


def _head(fid: str, finding: Finding) -> str:
    return (
        f'<li id="{fid}" class="finding {_css(finding)}"><span class="badge">{escape(label(finding))}</span> '
        f"<code>{escape(finding.rule.code)}</code> {escape(finding.rule.name)} · {escape(finding.kind.value)}"
    )


def _discrepancy(fid: str, finding: Finding, order: list[str], texts: dict[str, str]) -> str:
    sides = by_source(finding.evidence, order)
    cells = []
    for (source, items), words in zip(sides, differing_words([items[0].text for _, items in sides]), strict=True):
        body = " ".join(f'<span class="diff">{escape(w)}</span>' if differs else escape(w) for w, differs in words)
        more = f" (+{len(items) - 1})" if len(items) > 1 else ""
        cells.append(f'<div class="side"><b>{escape(source)}{more}</b> {body}</div>')
    return (
        _head(fid, finding)
        + _links(fid, finding, texts)
        + f"<p>{escape(finding.message)}</p>"
        + f'<div class="sides">{"".join(cells)}</div></li>'
    )


def _values(fid: str, finding: Finding, report: Report, texts: dict[str, str]) -> str:
    """A fact three or more sources disagree about: its values side by side, each with its sources and each
    source's wording."""
    cells = []
    for value, wordings in value_wordings(finding, report):
        items = "".join(f"<li><b>{escape(source)}</b> {escape(text)}</li>" for source, text in wordings)
        cells.append(
            f'<div class="side"><span class="diff">{escape(" ".join(value.text.split()))}</span>'
            f" ({escape(', '.join(value.sources))})"
            + (' <span class="meta">most sources</span>' if value.majority else "")
            + f'<ul class="wording">{items}</ul></div>'
        )
    return (
        _head(fid, finding)
        + _links(fid, finding, texts)
        + f"<p>{escape(finding.message)}</p>"
        + f'<div class="sides">{"".join(cells)}</div></li>'
    )


def _agreement(fid: str, finding: Finding, report: Report, texts: dict[str, str]) -> str:
    order = [s.id for s in report.sources]
    sides = by_source(finding.evidence, order)
    brief = " · ".join(f"<b>{escape(source)}</b> {escape(shorten(items[0].text, SHORT))}" for source, items in sides)
    many = f' <span class="meta">{escape(corroboration(finding, report))}</span>' if len(order) > 2 else ""
    return _head(fid, finding) + many + _links(fid, finding, texts) + f'<div class="brief">{brief}</div></li>'


def _single(fid: str, finding: Finding, source: str, texts: dict[str, str]) -> str:
    items = [e for e in finding.evidence if e.source == source] or list(finding.evidence)
    text = shorten(items[0].text, SHORT) if items else finding.message
    return _head(fid, finding) + _links(fid, finding, texts) + f'<div class="brief">{escape(text)}</div></li>'


def _spans(article: Article, listed: list[tuple[str, Finding]]) -> list[_Span]:
    spans = []
    for fid, finding in listed:
        for index, item in enumerate(finding.evidence):
            if item.source == article.id and span_in(article.text, item):
                title = f"{label(finding)} {finding.rule.code}: {finding.message}"
                spans.append(_Span(item.start, item.end, _anchor(fid, finding, index), fid, _css(finding), title))
    return spans


def _article(article: Article, spans: list[_Span]) -> str:
    """The article's text with the spans marked: cut at every boundary, each piece linked to the most serious
    finding covering it; an empty anchor at each span's start is the target of the finding's link."""
    text = article.text
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list[_Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
    body = []
    for left, right in zip(cuts, [*cuts[1:], len(text)], strict=True):
        body += [f'<span id="{escape(s.anchor)}"></span>' for s in starts.get(left, [])]
        if right <= left:
            continue
        piece = escape(text[left:right])
        covering = [s for s in spans if s.start <= left and right <= s.end]
        if not covering:
            body.append(piece)
            continue
        top = min(covering, key=lambda s: (_CLASS_RANK[s.css], s.end - s.start, int(s.finding[1:])))
        titles = "\n".join(dict.fromkeys(s.title for s in covering))
        body.append(
            f'<a class="span" href="#{top.finding}" title="{escape(titles)}"><mark class="{top.css}">{piece}</mark></a>'
        )
    title = f" — {escape(article.title)}" if article.title else ""
    date = f" · {escape(article.date)}" if article.date else ""
    date = (f" · {escape(article.outlet)}" if article.outlet else "") + date
    return (
        f'<article class="article" id="src-{escape(article.id)}">'
        f"<h2>{escape(article.id)}{title}</h2>"
        f'<p class="meta"><code>{escape(article.path)}</code>{date}</p>'
        f'<div class="text">{"".join(body)}</div></article>'
    )

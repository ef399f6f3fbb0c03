"""The output formats as pure functions of a report: Markdown, HTML, SARIF 2.1.0 and GitHub workflow commands."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

import attrs
import jsonschema
import pytest
from sample_reports import HOSTILE, TEXT_A, three_sources, two_sources

from crosscheck.model import Report, Verdict
from crosscheck.render import FORMATS, View, render
from crosscheck.render.github import escape_data, escape_property, render_github
from crosscheck.render.html import render_html
from crosscheck.render.markdown import render_markdown
from crosscheck.render.sarif import sarif_document, uri

# --- Markdown -----------------------------------------------------------------------------------------------------


def _cells(row: str) -> list[str]:
    """A GitHub table row's cells, split at the pipes that are not escaped."""
    assert row.startswith("|") and row.endswith("|"), row
    return [c.strip() for c in re.split(r"(?<!\\)\|", row[1:-1])]


def test_markdown_layout_and_escaping() -> None:
    out = render_markdown(three_sources())
    assert "**4 agreements" not in out and "2 agreements · 1 hard · 1 soft discrepancies" in out
    heads = [line for line in out.splitlines() if line.startswith("#")]
    assert heads[0] == "# crosscheck report"
    assert [h.split(" (")[0] for h in heads if h.startswith("## ")] == [
        "## Discrepancies",
        "## Agreements",
        "## Single-source",
    ]
    assert heads.index("### 1. HARD `N101` n101-rule · quantity") < heads.index("### 2. SOFT `D102` d102-rule · date")
    # Every table row has as many cells as its header: pipes in article text are escaped.
    tables: list[list[str]] = []
    for line in out.splitlines():
        if line.startswith("|"):
            tables.append(_cells(line))
    assert tables and all(len(row) in (5, 4, 2) for row in tables)
    assert "| B |  | Wire \\| Service | `wire/b.txt` |  |" in out  # the outlet, its pipe escaped
    # The hostile line is escaped: no raw HTML, no emphasis, no unescaped pipe.
    assert "<script>" not in out
    assert r"\<script\>alert(\"x\")\</script\>" not in out  # quotes need no escape
    assert r"\<script\>alert(" in out and r"\*stars\*" in out and r"\| pipes" in out and r"\[sic\]" in out
    # Differing words of a discrepancy in bold, shared ones not.
    assert "**80**" in out and "**95**" in out and "**blast**" not in out
    assert "**Wednesday.**" not in out and "**Wednesday**" in out


def test_markdown_counts_corroborating_sources() -> None:
    out = render_markdown(three_sources())
    rows = {cells[0]: cells for cells in (_cells(line) for line in out.splitlines() if line.startswith("| S001"))}
    rows |= {cells[0]: cells for cells in (_cells(line) for line in out.splitlines() if line.startswith("| D001"))}
    assert rows["S001"][1] == "3 of 3" and rows["D001"][1] == "2 of 3"
    assert rows["D001"][3] == ""  # B has no evidence for it
    two = render_markdown(two_sources())
    assert "of 2" not in two and "| rule | A | B |" in two


def test_markdown_view() -> None:
    out = render_markdown(three_sources(), View(show={Verdict.DISCREPANCY}))
    assert "## Agreements" not in out and "## Single-source" not in out and "## Discrepancies (2)" in out
    assert "Not listed: agreements, single-source" in out
    assert "2 agreements" in out  # the summary still counts them
    quiet = render_markdown(three_sources(), View(quiet=True))
    assert quiet.count("\n") == 1 and "2 agreements" in quiet


# --- HTML ---------------------------------------------------------------------------------------------------------

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "source", "col", "area", "base", "embed", "track"}


class _Checker(HTMLParser):
    """Balanced tags, unique ids, every internal link resolved, and the text of each article's marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: set[str] = set()
        self.problems: list[str] = []
        self.doctype = False
        self.article: str | None = None
        self.in_text = 0
        self.in_mark = 0
        self.texts: dict[str, list[str]] = {}
        self.marked: dict[str, list[str]] = {}

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl.lower() == "doctype html"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.add(tag)
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if a.get("href"):
            self.hrefs.append(str(a["href"]))
        if tag == "article":
            self.article = str(a["id"])
        if tag not in VOID:
            self.stack.append(tag)
        if self.in_text:
            self.in_text += tag not in VOID
        elif tag == "div" and a.get("class") == "text":
            self.in_text = 1
        if tag == "mark" and self.in_text:
            self.in_mark = 1
            self.marked.setdefault(str(self.article), []).append("")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.problems.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.problems.append(f"end tag for void <{tag}>")
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if self.in_text:
            self.in_text -= 1
        if tag == "mark":
            self.in_mark = 0

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.texts.setdefault(str(self.article), []).append(data)
            if self.in_mark:
                self.marked[str(self.article)][-1] += data


def check_html(document: str) -> _Checker:
    checker = _Checker()
    checker.feed(document)
    checker.close()
    assert checker.doctype
    assert not checker.problems, checker.problems
    assert checker.stack == [], checker.stack
    assert len(checker.ids) == len(set(checker.ids)), "ids must be unique"
    for href in checker.hrefs:
        assert href.startswith("#") and href[1:] in checker.ids, href
    return checker


def test_html_is_valid_and_self_contained() -> None:
    report = three_sources()
    document = render_html(report)
    checker = check_html(document)
    assert checker.tags <= {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "ul", "ol", "li", "a", "b",
        "i", "code", "p", "mark", "section", "main", "div", "span", "article",
    }  # fmt: skip
    # No script, no external asset of any kind.
    for forbidden in ("<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "http://", "https://"):
        assert forbidden not in document, forbidden
    assert '<meta name="viewport"' in document and "minmax(min(100%" in document  # columns stack on a phone
    # The article texts are shown exactly (escaped, not altered) ...
    for article in report.sources:
        assert "".join(checker.texts[f"src-{article.id}"]) == article.text
    # ... the hostile line's markup is text, not tags.
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in document


def test_html_links_findings_and_spans_both_ways() -> None:
    report = three_sources()
    document = render_html(report)
    checker = check_html(document)
    findings = [i for i in checker.ids if re.fullmatch(r"f\d+", i)]
    assert len(findings) == len(report.findings)
    # Display order: hard, soft, the agreements, single-source.
    codes = re.findall(
        r'<li id="f\d+" class="finding (\w+)"><span class="badge">[^<]*</span> <code>(\w+)</code>', document
    )
    assert codes == [
        ("hard", "N101"),
        ("soft", "D102"),
        ("agreement", "S001"),
        ("agreement", "D001"),
        ("single", "U004"),
        ("single", "U004"),
    ]
    # Every evidence item has an anchor in its article, which the finding links to, and a mark links back.
    for number, (_, _code) in enumerate(codes, 1):
        spans = [i for i in checker.ids if i.startswith(f"f{number}-")]
        assert spans and all(f'href="#{s}"' in document for s in spans)
    assert all(f'href="#f{n}"' in document for n in range(1, len(codes) + 1))
    # What is marked is evidence text: the hard discrepancy's sentence in A and B, whole.
    assert "The blast killed 80 people, officials said." in checker.marked["src-A"]
    assert "The blast killed 95 people, officials said." in checker.marked["src-B"]
    # Overlapping spans in C ("on Tuesday" of the soft discrepancy and "Tuesday" of an agreement, inside the
    # single-source sentence) are cut at every boundary, and each piece is marked for the most serious finding.
    article_c = document[document.index('id="src-C"') :]
    pieces = re.findall(r'<a class="span" href="#(f\d+)"[^>]*><mark class="(\w+)">([^<]*)</mark></a>', article_c)
    assert pieces[1:] == [
        ("f6", "single", "Her stay began "),
        ("f2", "soft", "on "),
        ("f2", "soft", "Tuesday"),
        ("f6", "single", "."),
    ]
    assert '<span id="f4-C-1"></span><a class="span" href="#f2"' in article_c  # the agreement's anchor is there


def test_html_view_and_bad_offsets() -> None:
    report = three_sources()
    only = render_html(report, View(show={Verdict.SINGLE_SOURCE}))
    check_html(only)
    assert "Discrepancies" not in only and 'class="finding single"' in only and "Not listed: discrepancies" in only
    assert '<mark class="hard">' not in only.split("<main>")[1]
    quiet = render_html(report, View(quiet=True))
    check_html(quiet)
    assert '<p class="summary">2 agreements' in quiet and "<article" not in quiet
    # Evidence whose offsets do not fit the text is listed but not highlighted, and nothing breaks.
    source = report.sources[1]
    broken = Report(
        sources=(report.sources[0], type(source)(id="B", path="b.txt", text="short")),
        claims=(),
        findings=report.findings,
    )
    check_html(render_html(broken))


# --- SARIF --------------------------------------------------------------------------------------------------------

# The parts of the SARIF 2.1.0 schema (https://json.schemastore.org/sarif-2.1.0.json, OASIS standard) that
# crosscheck uses, with their constraints as the standard states them. No network in tests: written out here.
_MESSAGE = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
_REGION = {
    "type": "object",
    "properties": {
        "startLine": {"type": "integer", "minimum": 1},
        "startColumn": {"type": "integer", "minimum": 1},
        "endLine": {"type": "integer", "minimum": 1},
        "endColumn": {"type": "integer", "minimum": 1},
        "charOffset": {"type": "integer", "minimum": -1},
        "charLength": {"type": "integer", "minimum": 0},
        "snippet": {"type": "object", "properties": {"text": {"type": "string"}}},
    },
    "additionalProperties": False,
}
SARIF_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "version": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "uniqueItems": True,
                                        "items": {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "name": {"type": "string"},
                                                "shortDescription": _MESSAGE,
                                                "defaultConfiguration": {
                                                    "type": "object",
                                                    "properties": {
                                                        "level": {"enum": ["none", "note", "warning", "error"]}
                                                    },
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                    "artifacts": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"location": {"type": "object", "required": ["uri"]}},
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["message"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "ruleIndex": {"type": "integer", "minimum": -1},
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "kind": {"enum": ["notApplicable", "pass", "fail", "review", "open", "informational"]},
                                "message": _MESSAGE,
                                "locations": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "properties": {
                                                            "uri": {"type": "string", "format": "uri-reference"},
                                                            "index": {"type": "integer", "minimum": -1},
                                                        },
                                                    },
                                                    "region": _REGION,
                                                },
                                            },
                                            "message": _MESSAGE,
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def test_sarif_structure_levels_and_regions() -> None:
    report = three_sources()
    document = json.loads(render(report, "sarif"))
    jsonschema.validate(document, SARIF_SCHEMA)
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted({"N101", "D102", "U004"})
    assert all(r["name"] and r["shortDescription"]["text"] for r in rules)
    results = run["results"]
    # Agreements are left out by default: they are not problems.
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("N101", "error"),
        ("D102", "warning"),
        ("U004", "note"),
        ("U004", "note"),
    ]
    texts = {s.path: s.text for s in report.sources}
    paths = {uri(s.path): s.path for s in report.sources}
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        for location in result["locations"]:
            physical = location["physicalLocation"]
            text = texts[paths[physical["artifactLocation"]["uri"]]]
            region = physical["region"]
            span = text[region["charOffset"] : region["charOffset"] + region["charLength"]]
            assert span == region["snippet"]["text"]
            lines = text.split("\n")
            line = lines[region["startLine"] - 1]
            assert line[region["startColumn"] - 1 :].startswith(span.split("\n")[0])
            assert region["endColumn"] - 1 <= len(lines[region["endLine"] - 1])
    hard = results[0]
    assert [loc["message"]["text"] for loc in hard["locations"]] == ["A", "B"]  # one location per side
    assert hard["locations"][0]["physicalLocation"]["region"]["startLine"] == 3  # the headline is line 1


def test_sarif_agreements_when_asked_and_uris() -> None:
    document = sarif_document(three_sources(), View(show={Verdict.AGREEMENT}))
    jsonschema.validate(document, SARIF_SCHEMA)
    results = document["runs"][0]["results"]
    assert [(r["ruleId"], r["kind"], r["level"]) for r in results] == [
        ("S001", "pass", "none"),
        ("D001", "pass", "none"),
    ]
    assert uri("drafts/reid, rehab.txt") == "drafts/reid%2C%20rehab.txt"
    assert uri("/tmp/a b.txt") == "file:///tmp/a%20b.txt"
    assert document["runs"][0]["artifacts"][0]["location"]["uri"] == "drafts/reid%2C%20rehab.txt"


# --- GitHub workflow commands -------------------------------------------------------------------------------------

_COMMAND = re.compile(r"^::(error|warning|notice) ((?:\w+=[^,:]*)(?:,\w+=[^,:]*)*)::([^\r\n]*)$")


def _unescape(value: str) -> str:
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_github_commands() -> None:
    report = three_sources()
    out = render_github(report)
    lines = out.splitlines()
    assert out.endswith("\n") and len(lines) == 4  # agreements left out, one line per finding
    parsed = []
    for line in lines:
        match = _COMMAND.match(line)
        assert match, line
        props = dict(p.split("=", 1) for p in match.group(2).split(","))
        parsed.append((match.group(1), {k: _unescape(v) for k, v in props.items()}, _unescape(match.group(3))))
    assert [p[0] for p in parsed] == ["error", "warning", "notice", "notice"]
    _, props, message = parsed[0]
    assert props["file"] == "drafts/reid, rehab.txt"  # the comma survives, escaped
    assert props["title"] == "N101 n101-rule"
    assert (props["line"], props["col"], props["endLine"]) == ("3", "1", "3")
    assert int(props["endColumn"]) == len("The blast killed 80 people, officials said.") + 1
    assert message == report.findings[3].message
    single = parsed[2]
    assert single[2] == "Only A reports this: 100%,\nsure"  # the newline and percent sign round-trip
    assert "%0A" in lines[2] and "100%25" in lines[2]
    line_of_hostile = TEXT_A.split("\n").index(HOSTILE) + 1
    assert single[1]["line"] == str(line_of_hostile)


def test_github_standard_input_has_no_file() -> None:
    report = three_sources()
    stdin = attrs.evolve(report.sources[0], path="<stdin>")
    out = render_github(attrs.evolve(report, sources=(stdin, *report.sources[1:])))
    first = out.splitlines()[0]
    assert first.startswith("::error title=N101 n101-rule::") and "file=" not in first


def test_github_escaping_rules() -> None:
    assert escape_data("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b"
    assert escape_property("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext%3A a%2Cb"
    assert render_github(Report(sources=three_sources().sources, claims=())) == ""


# --- every format -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_deterministic_and_handles_no_findings(fmt: str) -> None:
    report = three_sources()
    assert render(report, fmt) == render(three_sources(), fmt)
    empty = render(Report(sources=report.sources, claims=()), fmt)
    if fmt in ("rich", "markdown", "html"):
        assert "No findings." in empty
    if fmt == "html":
        check_html(empty)


def test_json_format_is_the_json_document() -> None:
    from crosscheck.report import to_json

    assert json.loads(render(three_sources(), "json")) == to_json(three_sources())


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render(three_sources(), "yaml")

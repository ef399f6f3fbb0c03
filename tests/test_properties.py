"""Property tests: whatever text or bytes come in, crosscheck gives a valid report or one clean error.

Library: ``compare_texts`` / ``read_article`` either return a report whose JSON validates against the schema and
whose offsets hold, or raise :class:`CrosscheckError` (nothing else). CLI: exit 0/1 with a valid document, or exit
2 with exactly one stderr line.
"""

from __future__ import annotations

import codecs
import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from attrs import evolve
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck import CrosscheckError
from crosscheck.cli import main
from crosscheck.read import article_from_bytes, article_from_text, read_article
from crosscheck.report import compare
from crosscheck.rules import RulePack, load_pack

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "report.schema.json"
PARTNER = (
    "Three people were killed in the fire on Tuesday, police said.\n"
    '"Several crucial minutes were lost," the fire chief told reporters.\n'
    "More than 5,000 protesters marched on 5 May 2010 in central Athens.\n"
)

# News-like pieces mixed with arbitrary text, so the extractors (numbers, dates, quotes, hedges) actually run.
PIECES = st.sampled_from(
    [
        "Three people were killed in the fire on Tuesday.",
        "Four people were killed",
        " around 45 minutes ",
        "more than 5,000 soldiers",
        "1e999",
        "9" * 40,
        "1" + "0" * 299,
        " 3:2 ",
        "14:05 GMT",
        "5/5/2010",
        "late spring",
        '"We will rebuild," Mayor Anna Petrov said.',
        "\u201cquoted\u201d he said",
        '"unterminated',
        "allegedly",
        "did not",
        "\ufeff",
        "\r\n",
        "\r",
        "\n",
        "\u2028",
        "\x85",
        "e\u0301",
        "🎉",
        "according to officials,",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=25).map("".join))
BYTES = st.one_of(
    st.binary(),
    TEXTS.map(lambda t: t.encode("utf-8")),
    TEXTS.map(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    st.tuples(TEXTS, st.binary(max_size=4)).map(lambda p: p[0].encode("utf-8") + p[1]),
)
SETTINGS = settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


# Markdown with front matter: known and unknown keys, quoted and plain values, list items, comments, broken lines.
FRONT_LINES = st.sampled_from(
    [
        "title: Fire in Athens",
        'title: "Fire \\"at\\" the bank"',
        "title: 'it''s'",
        'title: "unclosed',
        "date: 2010-05-05",
        "date: 2010-05-05T10:00:00Z",
        "date: May 5",
        "date: 2010-02-30",
        "outlet: Daily Example # a comment",
        "source: AP",
        "tags:",
        "  - news",
        "- item",
        "# comment",
        "",
        "not a key",
        "title:",
    ]
)
MARKDOWN = st.tuples(st.lists(st.one_of(FRONT_LINES, st.text(max_size=15)), max_size=8), st.booleans(), TEXTS).map(
    lambda p: "---\n" + "\n".join(p[0]) + ("\n---\n" if p[1] else "\n") + p[2]
)
# HTML: tags that matter to extraction and metadata, mixed with text.
TAGS = st.sampled_from(
    [
        "<!doctype html>",
        "<html>",
        "<head>",
        "<title>",
        "</title>",
        '<meta property="og:title" content="A title">',
        '<meta property="article:published_time" content="2010-05-05T10:00:00Z">',
        '<meta property="article:published_time" content="not a date">',
        '<meta charset="iso-8859-1">',
        '<meta property="og:site_name" content="Daily Example">',
        "</head>",
        "<body>",
        "<article>",
        "</article>",
        "<p>",
        "</p>",
        "<nav>",
        "</nav>",
        "<script>var x = '</p>';",
        "</script>",
        "<![CDATA[",
        "<!--",
        "-->",
        "<br>",
        "&amp;",
        "&#0;",
        "&#x110000;",
        "<table><tr><td>",
        "</td></tr></table>",
    ]
)
HTML = st.one_of(
    st.lists(st.one_of(TAGS, PIECES, st.text(max_size=20)), max_size=30).map("".join),
    # a page whose paragraphs are arbitrary (often news-like) text, so the extractor has a main text to find
    st.lists(st.one_of(TEXTS, st.lists(PIECES, min_size=3).map(" ".join)), min_size=1, max_size=6).map(
        lambda paras: (
            "<html><head><title>A title</title></head><body><nav><a href='/'>Home</a></nav><article>"
            + "".join(f"<p>{p}</p>" for p in paras)
            + "</article><footer>Copyright</footer></body></html>"
        )
    ),
)
NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "<stdin>"])
ANY_BYTES = st.one_of(
    BYTES,
    MARKDOWN.map(lambda t: t.encode("utf-8")),
    HTML.map(lambda t: t.encode("utf-8")),
    HTML.map(lambda t: t.encode("utf-16")),
    st.tuples(HTML, st.binary(max_size=4)).map(lambda p: p[0].encode("utf-8") + p[1]),
)
FORMAT_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def bom_codec(data: bytes) -> str:
    """The codec Python should read ``data`` with, by its byte-order mark (UTF-8 when it has none)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    return "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8"


@cache
def default_pack() -> RulePack:
    return load_pack()


@cache
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def check_document(document: dict[str, Any], texts: dict[str, str]) -> None:
    validator().validate(document)
    assert {s["id"]: s["chars"] for s in document["sources"]} == {k: len(v) for k, v in texts.items()}
    spans = list(document["claims"]) + [e for f in document.get("findings", []) for e in f["evidence"]]
    for item in spans:
        text = texts[item["source"]]
        assert 0 <= item["start"] < item["end"] <= len(text), item
        assert text[item["start"] : item["end"]] == item["text"], item


def check_error_line(stderr: str) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("crosscheck: error: ")
    assert "Traceback" not in stderr
    assert "internal error" not in lines[0], lines[0]


@SETTINGS
@given(a=TEXTS, b=TEXTS)
def test_compare_texts_gives_a_valid_report_or_a_clean_error(a: str, b: str) -> None:
    try:
        report = crosscheck.compare_texts([a, b])
    except CrosscheckError as e:
        assert "\n" not in str(e)
        return
    document = crosscheck.to_json(report)
    json.dumps(document, allow_nan=False)  # strict JSON: no NaN or Infinity
    check_document(document, {"A": a, "B": b})


@SETTINGS
@given(data=BYTES)
def test_reading_bytes_matches_path_read_text(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    try:
        article = read_article(path, "A")
    except CrosscheckError as e:
        assert "\n" not in str(e)
        assert str(path) in str(e)
        return
    assert article.text == path.read_text(encoding=bom_codec(data))
    assert article.text == article_from_bytes(data, "A", str(path)).text


@SETTINGS
@given(data=BYTES)
def test_cli_compare_on_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(data)
    b.write_text(PARTNER, encoding="utf-8")
    for args in ([a, b], [b, a]):
        result = CliRunner().invoke(main, ["compare", *map(str, args), "--json"])
        assert not (result.exception and not isinstance(result.exception, SystemExit)), result.exception
        if result.exit_code == 2:
            check_error_line(result.stderr)
            assert result.stdout == ""
            continue
        assert result.exit_code in (0, 1), result.stderr
        assert result.stderr == ""
        texts = {"A": args[0].read_text(encoding="utf-8"), "B": args[1].read_text(encoding="utf-8")}
        check_document(json.loads(result.stdout), texts)


@SETTINGS
@given(text=TEXTS)
def test_cli_claims_and_text_report_on_arbitrary_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    result = CliRunner().invoke(main, ["claims", str(path), "--json"])
    assert not (result.exception and not isinstance(result.exception, SystemExit)), result.exception
    if result.exit_code == 2:
        check_error_line(result.stderr)
        return
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert "findings" not in document
    check_document(document, {"A": path.read_text(encoding="utf-8")})
    partner = tmp_path / "b.txt"
    partner.write_text(PARTNER, encoding="utf-8")
    rendered = CliRunner().invoke(main, ["compare", str(path), str(partner), "--fail-on", "none"])
    assert not (rendered.exception and not isinstance(rendered.exception, SystemExit)), rendered.exception
    assert rendered.exit_code == 0, rendered.stderr
    assert rendered.stderr == ""


def check_error(e: CrosscheckError, name: str) -> None:
    assert "\n" not in str(e)
    assert str(e).startswith(f"{name}: "), str(e)


@FORMAT_SETTINGS
@given(data=ANY_BYTES, name=NAMES)
def test_library_reads_any_bytes_in_any_format(data: bytes, name: str) -> None:
    """read.article_from_bytes then report.compare with the default pack: a valid report or a clean error."""
    try:
        article = article_from_bytes(data, "A", name)
    except CrosscheckError as e:
        check_error(e, name)
        return
    assert article.text.strip("\ufeff \t\n\r\x0b\x0c")
    partner = article_from_text(PARTNER, "B", "partner.txt")
    for first, second in ((article, partner), (partner, article)):
        pair = [evolve(first, id="A"), evolve(second, id="B")]
        document = crosscheck.to_json(compare(pair, default_pack()))
        json.dumps(document, allow_nan=False)
        check_document(document, {a.id: a.text for a in pair})


@FORMAT_SETTINGS
@given(text=st.one_of(TEXTS, MARKDOWN, HTML))
def test_library_reads_any_text(text: str) -> None:
    """article_from_text then compare with the default pack: a valid report or a clean error."""
    try:
        article = article_from_text(text, "A", "<text A>")
    except CrosscheckError as e:
        check_error(e, "<text A>")
        return
    assert article.text == text
    document = crosscheck.to_json(compare([article, article_from_text(PARTNER, "B")], default_pack()))
    check_document(document, {"A": text, "B": PARTNER})


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=ANY_BYTES, suffix=st.sampled_from([".txt", ".md", ".html"]), stdin=st.booleans())
def test_cli_compare_any_format(tmp_path: Path, data: bytes, suffix: str, stdin: bool) -> None:
    """`crosscheck compare` on an arbitrary file (or standard input) and a partner: exit 0/1 with a valid
    document, or exit 2 with one stderr line."""
    path = tmp_path / f"a{suffix}"
    path.write_bytes(data)
    partner = tmp_path / "b.txt"
    partner.write_text(PARTNER, encoding="utf-8")
    first = "-" if stdin else str(path)
    result = CliRunner().invoke(main, ["compare", first, str(partner), "--json"], input=data if stdin else None)
    assert not (result.exception and not isinstance(result.exception, SystemExit)), result.exception
    if result.exit_code == 2:
        check_error_line(result.stderr)
        assert result.stdout == ""
        assert ("<stdin>" if stdin else str(path)) in result.stderr
        return
    assert result.exit_code in (0, 1), result.stderr
    assert result.stderr == ""
    text = article_from_bytes(data, "A", "<stdin>").text if stdin else read_article(path, "A").text
    check_document(json.loads(result.stdout), {"A": text, "B": PARTNER})

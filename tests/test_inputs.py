"""Inputs: Markdown with front matter, HTML pages, standard input, encodings; and the bad inputs of each.

Plain-text bad inputs (missing, directory, empty, binary, not UTF-8, too big, the same file twice) are in
tests/test_cli.py; this file adds what the other formats and standard input bring.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cli_support import HARD_A, HARD_B, assert_error, invoke, write
from click.testing import CliRunner, Result
from script_loader import load_script

import crosscheck.read
from crosscheck import InputError
from crosscheck.cli import main
from crosscheck.frontmatter import split_front_matter
from crosscheck.read import article_from_bytes, read_article, read_stream

ROOT = Path(__file__).resolve().parent
ARTICLES = sorted((ROOT / "data" / "labelled" / "articles").glob("*.txt"))  # ECB+ articles (CC BY 3.0)
bench_html = load_script("html_extractors", "bench")


def run(*args: str | Path, stdin: bytes | None = None) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args], input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def sources(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code in (0, 1), result.stderr
    document = json.loads(result.stdout)
    return list(document["sources"])


def check_offsets(result: Result, texts: dict[str, str]) -> None:
    document = json.loads(result.stdout)
    for item in document["claims"] + [e for f in document["findings"] for e in f["evidence"]]:
        assert texts[item["source"]][item["start"] : item["end"]] == item["text"]


# --- Markdown ------------------------------------------------------------------------------------------------------

FRONT = """---
# a draft for the web desk
title: "Fire at the bank: \\"three dead\\""
date: 2010-05-05T14:30:00+03:00
source: 'Daily Example''s wire'
tags:
  - greece
  - protests
layout: post   # not read
---
"""


def test_markdown_front_matter_fills_the_source_and_the_body_is_the_text(tmp_path: Path) -> None:
    draft = write(tmp_path / "draft.md", FRONT + HARD_A)
    wire = write(tmp_path / "wire.txt", HARD_B)
    result = run("compare", draft, wire, "--json")
    a, b = sources(result)
    assert a == {
        "id": "A",
        "path": str(draft),
        "title": 'Fire at the bank: "three dead"',
        "date": "2010-05-05",
        "outlet": "Daily Example's wire",
        "chars": len(HARD_A),
    }
    assert b["outlet"] is None
    assert result.exit_code == 1  # three vs four dead: the body was compared
    check_offsets(result, {"A": HARD_A, "B": HARD_B})
    assert read_article(draft, "A").text == HARD_A


def test_markdown_without_front_matter_is_read_as_text(tmp_path: Path) -> None:
    text = "# Fire in Athens\n\n" + HARD_A + "\n---\nA rule line later is not front matter.\n"
    article = read_article(write(tmp_path / "a.md", text), "A")
    assert article.text == text
    assert article.outlet is None


def test_date_option_wins_over_front_matter(tmp_path: Path) -> None:
    draft = write(tmp_path / "draft.md", FRONT + HARD_A)
    result = run("compare", draft, write(tmp_path / "b.txt", HARD_B), "--json", "--date", "2011-01-02")
    assert [s["date"] for s in sources(result)] == ["2011-01-02", "2011-01-02"]


def test_front_matter_edge_cases() -> None:
    front, body = split_front_matter("\ufeff---  \ntitle:\ndate: ''\n...\nBody.", "x.md")
    assert (front.title, front.date, front.outlet, body) == (None, None, None, "Body.")
    front, body = split_front_matter("---\noutlet: AP # the wire\n---", "x.md")
    assert (front.outlet, body) == ("AP", "")


@pytest.mark.parametrize(
    ("front", "line", "problem"),
    [
        ("---\ntitle: Fire\nthis is not a key\n---\n", 3, "not a 'key: value' line"),
        ('---\ntitle: "Fire\n---\n', 2, 'unclosed " quote'),
        ("---\ntitle: 'Fire\n---\n", 2, "unclosed ' quote"),
        ("---\ndate: 5 May 2010\n---\n", 2, "YYYY-MM-DD"),
        ("---\ndate: 2010-02-30\n---\n", 2, "not a date"),
        ("---\ntitle: Fire\ntitle: Smoke\n---\n", 3, "given twice"),
        ("---\ntitle:\n  - Fire\n---\n", 3, "one value"),
        ("---\n  indented: first\n---\n", 2, "belongs to no key"),
    ],
)
def test_malformed_front_matter(tmp_path: Path, front: str, line: int, problem: str) -> None:
    draft = write(tmp_path / "draft.md", front + HARD_A)
    assert_error(invoke("compare", draft, write(tmp_path / "b.txt", HARD_B)), str(draft), f"line {line}", problem)


def test_front_matter_never_closed_or_without_body(tmp_path: Path) -> None:
    good = write(tmp_path / "b.txt", HARD_B)
    unclosed = write(tmp_path / "unclosed.md", "---\ntitle: Fire\n" + HARD_A)
    assert_error(invoke("compare", unclosed, good), str(unclosed), "never closed")
    empty = write(tmp_path / "empty.md", "---\ntitle: Fire\n---\n\n  \n")
    assert_error(invoke("claims", empty), str(empty), "no text after its front matter")


# --- HTML ----------------------------------------------------------------------------------------------------------


def lines_of(path: Path) -> tuple[str, list[str]]:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[0], lines[1:]


@pytest.mark.parametrize("layout", [0, 1, 2])
def test_html_main_text_is_the_article_without_boilerplate(tmp_path: Path, layout: int) -> None:
    title, body = lines_of(ARTICLES[layout])
    page = write(tmp_path / "page.html", bench_html.page(title, body, layout))
    article = read_article(page, "A")
    text = " ".join(article.text.split())
    for line in body:
        assert " ".join(line.split()) in text
    for phrase in bench_html.BOILERPLATE.values():
        assert phrase[:40] not in text
    assert (article.title, article.date, article.outlet) == (title, "2010-05-05", "Daily Example")


def test_html_offsets_point_into_the_extracted_text(tmp_path: Path) -> None:
    pages = []
    for i, path in enumerate(ARTICLES[3:5]):
        title, body = lines_of(path)
        pages.append(write(tmp_path / f"p{i}.htm", bench_html.page(title, body, i)))
    result = run("compare", *pages, "--json", "--fail-on", "none")
    texts = {k: read_article(p, k).text for k, p in zip("AB", pages, strict=True)}
    assert [s["chars"] for s in sources(result)] == [len(t) for t in texts.values()]
    check_offsets(result, texts)


def test_html_metadata_fallbacks(tmp_path: Path) -> None:
    html = (
        "<html><head><title>  Fire in\n Athens | Example </title>"
        '<meta property="article:published_time" content="2010-13-45T00:00"></head>'
        f"<body><article><p>{HARD_A}</p></article></body></html>"
    )
    article = read_article(write(tmp_path / "p.html", html), "A")
    assert article.title == "Fire in Athens | Example"
    assert article.date is None  # a date that is not valid is left out
    assert article.outlet is None


def test_html_charset_declared_in_meta(tmp_path: Path) -> None:
    page = tmp_path / "latin.html"
    page.write_bytes(b'<meta charset="iso-8859-1"><p>Caf\xe9 owners said four people died in the fire.</p>')
    assert "Café owners" in read_article(page, "A").text
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_bytes(b"<p>Caf\xe9 owners said four people died in the fire.</p>")
    assert_error(invoke("claims", undeclared), str(undeclared), "not valid UTF-8", "iconv")


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Only a title</title></head></html>",
        "<html><body><script>var story = 1;</script><style>p {}</style></body></html>",
        "<html><body></body></html>",
    ],
)
def test_html_with_no_text(tmp_path: Path, html: str) -> None:
    page = write(tmp_path / "page.html", html)
    assert_error(invoke("compare", page, write(tmp_path / "b.txt", HARD_B)), str(page), "no article text")


def test_html_without_the_extra_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura now raises ImportError
    page = write(tmp_path / "page.html", f"<p>{HARD_A}</p>")
    line = assert_error(invoke("compare", page, write(tmp_path / "b.txt", HARD_B)), str(page))
    assert "pip install '.[html]'" in line


def test_html_never_opens_a_connection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("crosscheck tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    title, body = lines_of(ARTICLES[5])
    html = bench_html.page(title, body, 0).replace(
        "<head>", '<head><link rel="canonical" href="https://news.example.com/story"><base href="https://example.com/">'
    )
    assert read_article(write(tmp_path / "page.html", html), "A").title == title


# --- standard input ------------------------------------------------------------------------------------------------


def test_stdin_is_read_as_the_file_would_be(tmp_path: Path) -> None:
    wire = write(tmp_path / "wire.txt", HARD_B)
    from_pipe = run("compare", "-", wire, "--json", stdin=HARD_A.encode("utf-8"))
    from_file = run("compare", write(tmp_path / "a.txt", HARD_A), wire, "--json")
    assert sources(from_pipe)[0]["path"] == "<stdin>"
    assert from_pipe.exit_code == from_file.exit_code == 1
    document, expected = json.loads(from_pipe.stdout), json.loads(from_file.stdout)
    expected["sources"][0]["path"] = "<stdin>"
    assert document == expected
    claims = run("claims", "-", "--json", stdin=HARD_A.encode("utf-8"))
    assert json.loads(claims.stdout)["sources"][0]["path"] == "<stdin>"


def test_stdin_format_is_sniffed(tmp_path: Path) -> None:
    wire = write(tmp_path / "wire.txt", HARD_B)
    markdown = run("compare", "-", wire, "--json", stdin=(FRONT + HARD_A).encode("utf-8"))
    assert sources(markdown)[0]["outlet"] == "Daily Example's wire"
    title, body = lines_of(ARTICLES[6])
    page = "\ufeff\n  " + bench_html.page(title, body, 1)
    html = run("compare", wire, "-", "--json", "--fail-on", "none", stdin=page.encode("utf-8"))
    assert sources(html)[1]["title"] == title


def test_stdin_given_twice(tmp_path: Path) -> None:
    assert_error(run("compare", "-", "-", stdin=b"x"), "standard input (-) is given twice")


def test_stdin_bad_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wire = write(tmp_path / "wire.txt", HARD_B)
    assert_error(run("compare", "-", wire, stdin=b""), "<stdin>: is empty")
    assert_error(run("compare", wire, "-", stdin=b" \n\t\n"), "<stdin>: has only white space")
    assert_error(run("compare", "-", wire, stdin=b"\x89PNG\x00\x00"), "<stdin>", "binary")
    assert_error(run("compare", "-", wire, stdin=b"caf\xe9"), "<stdin>", "not valid UTF-8")
    monkeypatch.setattr(crosscheck.read, "MAX_BYTES", 100)
    assert_error(run("compare", "-", wire, stdin=b"x" * 101), "<stdin>", "100-byte limit")


class CountingStream(io.RawIOBase):
    """An endless stream that counts the bytes it hands out."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = len(buffer)
        buffer[:n] = b"a" * n
        self.given += n
        return n


def test_reading_a_stream_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crosscheck.read, "MAX_BYTES", 10_000)
    stream = CountingStream()
    with pytest.raises(InputError, match="<stdin>: it is over the 10,000-byte limit"):
        read_stream(io.BufferedReader(stream, buffer_size=1024), "<stdin>")
    assert stream.given <= 10_000 + 1024  # one buffer over the limit at most, not the whole stream


# --- the same article twice, by another path -----------------------------------------------------------------------


def test_same_file_by_a_relative_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.txt", HARD_A)
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert_error(invoke("compare", "../a.txt", str(tmp_path / "a.txt")), "../a.txt", "same file")
    monkeypatch.chdir(tmp_path)
    assert_error(invoke("compare", "a.txt", "sub/../a.txt"), "a.txt and sub/../a.txt are the same file")


# --- articles with nothing in common -------------------------------------------------------------------------------


def test_articles_with_nothing_in_common_give_a_valid_report(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", ARTICLES[0].read_text(encoding="utf-8"))
    b = write(tmp_path / "b.txt", ARTICLES[-1].read_text(encoding="utf-8"))
    result = run("compare", a, b, "--json")
    assert result.exit_code == 0, result.stderr  # nothing contradicts: --fail-on hard passes
    document = json.loads(result.stdout)
    assert document["summary"]["agreement"] == 0
    assert document["summary"]["discrepancy"] == {"hard": 0, "soft": 0}
    assert all(n > 0 for n in document["summary"]["single-source"].values())
    assert {f["verdict"] for f in document["findings"]} == {"single-source"}
    assert run("compare", a, b, "--fail-on", "single-source").exit_code == 1
    rendered = run("compare", a, b)
    assert rendered.exit_code == 0
    assert "0 agreements" in rendered.stdout


# --- decoding, at the library level ----------------------------------------------------------------------------


def test_format_follows_the_suffix_not_the_content() -> None:
    page = "<!doctype html><html><body><p>Three people were killed.</p></body></html>"
    assert article_from_bytes(page.encode(), "A", "page.txt").text == page  # .txt is text, whatever it holds
    assert article_from_bytes(page.encode(), "A", "page.HTML").text == "Three people were killed."


# --- the same inputs give byte-identical JSON, in separate processes -----------------------------------------------


def test_json_is_byte_identical_across_processes_for_every_format(tmp_path: Path) -> None:
    title, body = lines_of(ARTICLES[7])
    page = write(tmp_path / "page.html", bench_html.page(title, body, 2))
    draft = write(tmp_path / "draft.md", FRONT + ARTICLES[8].read_text(encoding="utf-8"))
    text = ARTICLES[9].read_bytes()
    for a, b in ((page, "-"), (draft, page)):
        command = [sys.executable, "-m", "crosscheck", "compare", str(a), str(b), "--json", "--fail-on", "none"]
        runs = [
            # a different hash seed in each process: set order must not leak into the output
            subprocess.run(
                command,
                input=text,
                capture_output=True,
                env={**os.environ, "PYTHONHASHSEED": seed},
                check=False,
                timeout=120,
            )
            for seed in ("1", "2")
        ]
        assert runs[0].returncode == 0, runs[0].stderr
        assert runs[0].stdout == runs[1].stdout
        assert json.loads(runs[0].stdout)["sources"][0]["outlet"] in ("Daily Example", "Daily Example's wire")

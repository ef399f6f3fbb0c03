"""Stage 1: read an article from a file, standard input or a string.

What the article text is (the report's offsets are string indices into it), by the file's suffix:

* ``.txt`` and anything else: the file decoded (below) with universal newlines, exactly what Python's
  ``Path.read_text(encoding="utf-8")`` returns for a UTF-8 file. A byte-order mark is kept as the character
  U+FEFF (it is treated as white space).
* ``.md``, ``.markdown``: the same, less the front matter (:mod:`crosscheck.frontmatter`): the text after its
  closing ``---`` line. Markdown markup is kept as written.
* ``.html``, ``.htm``, ``.xhtml``: the page's main text as extracted by :mod:`crosscheck.htmltext`.
* ``-``: standard input, as ``<stdin>``; HTML when it starts with ``<!doctype html`` or ``<html``, Markdown when
  its first line is ``---``, text otherwise.

Decoding: UTF-8, with or without a byte-order mark; UTF-16 or UTF-32 with a byte-order mark (Python's
``utf-16``/``utf-32`` codecs, which drop the mark). An HTML page that is not UTF-8 is decoded with the charset
its ``<meta>`` declares in its first 1024 bytes. Anything else that is not valid UTF-8 is an error with an
``iconv`` hint: guessing an encoding would change characters silently. NUL bytes mean a binary file. At most
``MAX_BYTES`` are read from a file or a pipe, so memory stays bounded.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, Literal

from attrs import evolve

from crosscheck.errors import InputError, UsageError
from crosscheck.model import Article
from crosscheck.patterns import compiled

MAX_BYTES = 5_000_000  # about 800,000 words: far beyond any news article; keeps memory bounded
STDIN = "-"
STDIN_NAME = "<stdin>"

Format = Literal["text", "markdown", "html"]
SUFFIXES: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

_SENTENCE_END = compiled(r"[.!?:;\"'\u201d]\s*$")
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]+)", re.IGNORECASE)


def read_article(path: str | Path, article_id: str) -> Article:
    """Read ``path`` (``-``: standard input) as article ``article_id``. Raises :class:`InputError` with a one-line
    message."""
    if str(path) == STDIN:
        return article_from_bytes(read_stream(sys.stdin.buffer, STDIN_NAME), article_id, STDIN_NAME)
    p = Path(path)
    try:
        if not p.exists():
            raise InputError(f"{p}: no such file; check the path")
        if p.is_dir():
            raise InputError(f"{p}: is a directory; give the article's text file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(_too_big(str(p), size))
        # Read at most one byte over the limit: a pipe or a device such as /dev/zero has no size to check first.
        with p.open("rb") as fh:
            data = read_stream(fh, str(p))
    except OSError as e:
        raise InputError(f"{p}: cannot be read ({e.strerror or e}); check the path and its permissions") from None
    return article_from_bytes(data, article_id, str(p))


def read_stream(stream: BinaryIO, name: str) -> bytes:
    """At most ``MAX_BYTES`` from ``stream``; :class:`InputError` when there are more (one byte more is read)."""
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as e:
        raise InputError(f"{name}: cannot be read ({e.strerror or e}); check the input") from None
    if len(data) > MAX_BYTES:
        raise InputError(_too_big(name, None))
    return data


def _too_big(name: str, size: int | None) -> str:
    what = f"{size:,} bytes is" if size is not None else "it is"
    return f"{name}: {what} over the {MAX_BYTES:,}-byte limit for one article; give the article's text only"


def format_of(path: str, data: bytes = b"") -> Format:
    """The format of the input at ``path``: by suffix, or for standard input by its first bytes."""
    if path == STDIN_NAME:
        head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if head.startswith((b"<!doctype html", b"<html")):
            return "html"
        if re.match(rb"(\xef\xbb\xbf)?---[ \t]*\r?\n", data):
            return "markdown"
        return "text"
    return SUFFIXES.get(Path(path).suffix.lower(), "text")


def article_from_bytes(data: bytes, article_id: str, path: str, form: Format | None = None) -> Article:
    """Decode ``data`` (see the module's docstring) and read it as ``form`` (default: :func:`format_of`)."""
    form = form or format_of(path, data)
    text = decode(data, path, html=form == "html")
    if form == "markdown":
        return article_from_markdown(text, article_id, path)
    if form == "html":
        return article_from_html(text, article_id, path)
    return article_from_text(text, article_id, path)


def decode(data: bytes, path: str, html: bool = False) -> str:
    """``data`` as text with universal newlines. Raises :class:`InputError` for binary or undecodable bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                raw = data.decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{path}: starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()} "
                    f"(byte {e.start}); convert it to UTF-8, e.g. iconv -f {codec} -t utf-8"
                ) from None
            if "\x00" in raw:
                raise InputError(_binary(path))
            return io.StringIO(raw, newline=None).read()
    if b"\x00" in data:
        raise InputError(_binary(path))
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as e:
        declared = _declared_charset(data) if html else None
        if declared is None:
            raise InputError(
                f"{path}: not valid UTF-8 (byte {e.start}); convert it, e.g. iconv -f latin1 -t utf-8"
            ) from None
        try:
            raw = data.decode(declared)
        except UnicodeDecodeError as e2:
            raise InputError(
                f"{path}: not valid {declared} as its <meta> charset declares (byte {e2.start}); "
                f"convert it, e.g. iconv -f {declared} -t utf-8"
            ) from None
    # Universal newlines, exactly as TextIOWrapper does for Path.read_text.
    return io.StringIO(raw, newline=None).read()


def _binary(path: str) -> str:
    return f"{path}: looks like a binary file (it has NUL bytes), not article text; give a plain-text file"


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` in its first 1024 bytes, when Python knows it (as
    browsers do, ``iso-8859-1`` and ``ascii`` are read as ``cp1252``)."""
    match = _META_CHARSET.search(data[:1024])
    if not match:
        return None
    try:
        name = codecs.lookup(match[1].decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return None if name.startswith("utf") else name


def article_from_text(text: str, article_id: str, path: str = "<string>") -> Article:
    """An article from a string. Raises :class:`InputError` when it has no text (empty or only white space)."""
    if not text:
        raise InputError(f"{path}: is empty; give an article with text")
    if not text.replace("\ufeff", "").strip():
        raise InputError(f"{path}: has only white space; give an article with text")
    return Article(id=article_id, path=path, text=text, title=_title(text))


def article_from_markdown(text: str, article_id: str, path: str = "<string>") -> Article:
    """An article from Markdown: the body after the front matter is the text; ``title``, ``date`` and ``outlet``
    (or ``source``) come from the front matter."""
    from crosscheck.frontmatter import split_front_matter  # Markdown only

    front, body = split_front_matter(text, path)
    if len(body) != len(text) and not body.replace("\ufeff", "").strip():
        raise InputError(f"{path}: has no text after its front matter; give an article with text")
    article = article_from_text(body, article_id, path)
    skipped = text[: len(text) - len(body)].count("\n")  # the front matter's lines, for line numbers in the file
    return evolve(
        article, title=front.title or article.title, date=front.date, outlet=front.outlet, line_offset=skipped
    )


def article_from_html(html: str, article_id: str, path: str = "<string>") -> Article:
    """An article from a web page: its main text (extracted) is the text; title, date and outlet from its
    metadata."""
    from crosscheck.htmltext import read_page

    if not html.replace("\ufeff", "").strip():
        return article_from_text(html, article_id, path)  # the empty / white-space message
    page = read_page(html, path)
    article = article_from_text(page.text, article_id, path)
    return evolve(article, title=page.title or article.title, date=page.date, outlet=page.outlet)


def _title(text: str) -> str | None:
    """The first line is a headline when it is short and does not end like a sentence."""
    first = text.lstrip("\ufeff \t\n").split("\n", 1)[0].strip()
    if first and len(first) <= 200 and not _SENTENCE_END.search(first) and "\n" in text.strip():
        return first
    return None


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file: the same path, a link to it, or another way to write it (``./a.txt``)."""
    a, b = Path(a), Path(b)
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except (OSError, RuntimeError):  # unreadable or a symlink loop: read_article reports it
        return False


def check_distinct(paths: Sequence[str | Path]) -> None:
    """Raise :class:`UsageError` when an article is given twice: the same path, another path to the same file (a
    link, ``./a.txt``), or standard input (``-``) twice. Comparing an article with itself finds nothing true."""
    for i, a in enumerate(paths):
        for b in paths[i + 1 :]:
            if str(a) == STDIN and str(b) == STDIN:
                raise UsageError("standard input (-) is given twice; it holds one article, give the others as files")
            if STDIN in (str(a), str(b)) or not same_file(a, b):
                continue
            twice = f"{a} is given twice" if str(a) == str(b) else f"{a} and {b} are the same file"
            raise UsageError(f"{twice}; compare different articles")

"""Stage 1: read an article from a file or a string.

The article text is the file decoded as UTF-8 with universal newlines, exactly what Python's
``Path.read_text(encoding="utf-8")`` returns, so offsets in the report point into the file as any Python
script reads it. A byte-order mark is kept as the character U+FEFF (it is treated as white space).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.model import Article

MAX_BYTES = 5_000_000  # about 800,000 words: far beyond any news article; keeps memory bounded

_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d]\s*$")


def read_article(path: str | Path, article_id: str) -> Article:
    """Read ``path`` as article ``article_id``. Raises :class:`InputError` with a one-line message."""
    p = Path(path)
    try:
        if not p.exists():
            raise InputError(f"{p}: no such file; check the path")
        if p.is_dir():
            raise InputError(f"{p}: is a directory; give the article's text file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(_too_big(p, size))
        # Read at most one byte over the limit: a pipe or a device such as /dev/zero has no size to check first.
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as e:
        raise InputError(f"{p}: cannot be read ({e.strerror or e}); check the path and its permissions") from None
    if len(data) > MAX_BYTES:
        raise InputError(_too_big(p, None))
    return article_from_bytes(data, article_id, str(p))


def _too_big(p: Path, size: int | None) -> str:
    what = f"{size:,} bytes is" if size is not None else "it is"
    return f"{p}: {what} over the {MAX_BYTES:,}-byte limit for one article; give the article's text only"


def article_from_bytes(data: bytes, article_id: str, path: str) -> Article:
    """Decode ``data`` exactly as ``Path.read_text(encoding="utf-8")`` does; bad bytes raise :class:`InputError`."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: is UTF-16 text; convert it to UTF-8, e.g. iconv -f utf-16 -t utf-8")
    if b"\x00" in data:
        raise InputError(
            f"{path}: looks like a binary file (it has NUL bytes), not article text; give a plain-text file"
        )
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{path}: not valid UTF-8 (byte {e.start}); convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None
    # Universal newlines, exactly as TextIOWrapper does for Path.read_text.
    text = io.StringIO(raw, newline=None).read()
    return article_from_text(text, article_id, path)


def article_from_text(text: str, article_id: str, path: str = "<string>") -> Article:
    """An article from a string. Raises :class:`InputError` when it has no text (empty or only white space)."""
    if not text:
        raise InputError(f"{path}: is empty; give an article with text")
    if not text.replace("\ufeff", "").strip():
        raise InputError(f"{path}: has only white space; give an article with text")
    return Article(id=article_id, path=path, text=text, title=_title(text))


def _title(text: str) -> str | None:
    """The first line is a headline when it is short and does not end like a sentence."""
    first = text.lstrip("\ufeff \t\n").split("\n", 1)[0].strip()
    if first and len(first) <= 200 and not _SENTENCE_END.search(first) and "\n" in text.strip():
        return first
    return None

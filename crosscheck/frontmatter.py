"""Front matter of a Markdown draft: a block of ``key: value`` lines between ``---`` lines at the very top.

Only the few keys crosscheck uses are read, with a small strict parser rather than a YAML library::

    ---
    title: "Police fire tear gas at protesters in Athens"
    date: 2010-05-05          # or 2010-05-05T14:30:00+03:00: the date part is kept
    outlet: Daily Example     # "source" is read the same way
    tags:                     # any other key is skipped, with its indented or "- " lines
      - greece
    ---

A value is written plain (a trailing `` # comment`` is dropped) or quoted: ``"..."`` with ``\\"`` and ``\\\\``
escapes, or ``'...'`` with ``''`` for a quote. Blank lines and ``#`` comment lines are skipped. Anything else is
an :class:`~crosscheck.errors.InputError` naming the file and the line: a line that is not ``key: value``, an
unclosed quote, a known key given twice or with a multi-line value, a date that is not ``YYYY-MM-DD``, or a
block that is never closed.
"""

from __future__ import annotations

import datetime
import re

from attrs import frozen

from crosscheck.errors import InputError
from crosscheck.records import Repr

FENCE = "---"
KEYS = {"title": "title", "date": "date", "outlet": "outlet", "source": "outlet"}

_KEY_LINE = re.compile(r"([A-Za-z_][\w-]*)\s*:(?:\s+(.*?))?\s*")
_DATE = re.compile(r"(\d{4}-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]\d\d:?\d\d)?)?")


@frozen(repr=False)
class FrontMatter(Repr):
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    outlet: str | None = None


def split_front_matter(text: str, path: str) -> tuple[FrontMatter, str]:
    """The front matter of ``text`` and its body: the text after the closing ``---`` line (or all of ``text``,
    with empty front matter, when its first line is not ``---``). A byte-order mark before it is dropped."""
    start = 1 if text.startswith("\ufeff") else 0
    lines = text[start:].split("\n")
    if lines[0].rstrip() != FENCE:
        return FrontMatter(), text
    close = next((i for i, line in enumerate(lines[1:], start=1) if line.rstrip() in (FENCE, "...")), None)
    if close is None:
        raise InputError(f"{path}: front matter opened on line 1 is never closed; end it with a '---' line")
    values: dict[str, str] = {}
    current: str | None = None  # the key whose value may continue on the next lines (an ignored key only)
    for number, line in enumerate(lines[1:close], start=2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0] in " \t" or stripped.startswith("- "):
            if current is None:
                raise _error(path, number, "an indented line or list item belongs to no key")
            if current in KEYS:
                raise _error(path, number, f"{current} takes one value on its own line")
            continue
        match = _KEY_LINE.fullmatch(line)
        if not match:
            raise _error(path, number, "not a 'key: value' line")
        current = match[1].lower()
        if current not in KEYS:
            continue
        name = KEYS[current]
        if name in values:
            raise _error(path, number, f"{name} is given twice")
        value = _value(match[2] or "", path, number)
        if value:  # an empty value is no value
            values[name] = _date(value, path, number) if name == "date" else value
    body_start = start + sum(len(line) + 1 for line in lines[: close + 1])
    return FrontMatter(**values), text[body_start:]


def _value(raw: str, path: str, number: int) -> str:
    if raw.startswith('"'):
        match = re.fullmatch(r'"((?:[^"\\]|\\.)*)"(\s+#.*)?', raw)
        if not match:
            raise _error(path, number, 'the value has an unclosed " quote')
        return re.sub(r"\\(.)", r"\1", match[1]).strip()
    if raw.startswith("'"):
        match = re.fullmatch(r"'((?:[^']|'')*)'(\s+#.*)?", raw)
        if not match:
            raise _error(path, number, "the value has an unclosed ' quote")
        return match[1].replace("''", "'").strip()
    return re.split(r"\s+#", raw, maxsplit=1)[0].strip()


def _date(value: str, path: str, number: int) -> str:
    match = _DATE.fullmatch(value)
    if match:
        try:
            return datetime.date.fromisoformat(match[1]).isoformat()
        except ValueError:
            pass
    raise _error(path, number, f"date {value!r} is not a date", "write it as YYYY-MM-DD, e.g. date: 2010-05-05")


def _error(path: str, number: int, problem: str, fix: str = "fix the front matter or remove it") -> InputError:
    return InputError(f"{path}: front matter line {number}: {problem}; {fix}")

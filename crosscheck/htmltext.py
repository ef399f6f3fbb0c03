"""The main text of a web page, and its title, date and outlet from the page's own metadata.

The text is extracted by trafilatura (the optional ``html`` extra: ``pip install '.[html]'`` in a clone), chosen
by measurement against readability-lxml, jusText and Resiliparse (``bench/html_extractors.py``; figures in the
docs/inputs.md). It works on the string given and never opens a network connection. The metadata is read with the
standard library's HTML parser: the title from ``og:title`` or ``<title>``, the date from
``article:published_time`` (or ``datePublished``, ``pubdate``, ``date``) when it starts with a valid
``YYYY-MM-DD``, the outlet from ``og:site_name``. A date that is not valid is left out, not an error: the page's
metadata is not the user's to fix.
"""

from __future__ import annotations

import datetime
import logging
import re
from html.parser import HTMLParser

from attrs import frozen

from crosscheck.errors import InputError
from crosscheck.records import Repr

# trafilatura logs what it cannot parse; crosscheck reports that itself, in one line.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

INSTALL_HINT = "pip install '.[html]' in crosscheck's repository folder (docs/install.md)"
_DATE_KEYS = ("article:published_time", "datepublished", "og:published_time", "pubdate", "date", "dc.date")


@frozen(repr=False)
class Page(Repr):
    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None


def read_page(html: str, path: str) -> Page:
    """The main text of ``html`` with its metadata. Raises :class:`InputError` when the ``html`` extra is not
    installed or the page has no main text."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(f"{path}: reading HTML needs the html extra; install it with {INSTALL_HINT}") from None
    try:
        text = trafilatura.extract(
            html,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            with_metadata=False,
            deduplicate=False,
        )
    except Exception as e:  # a parser failing on a malformed page is bad input, not a crash
        raise InputError(
            f"{path}: cannot be parsed as HTML ({type(e).__name__}); save the article's text instead"
        ) from None
    if not text or not text.strip():
        raise InputError(f"{path}: no article text found in the HTML page; save the article's text as a .txt file")
    meta = _Meta()
    try:
        meta.feed(html)
        meta.close()
    except Exception:  # metadata is optional: a page the standard parser chokes on simply has none
        meta = _Meta()
    title = meta.values.get("og:title") or " ".join(meta.title.split()) or None
    return Page(text=text, title=title, date=_date(meta.values), outlet=meta.values.get("og:site_name"))


def _date(values: dict[str, str]) -> str | None:
    for key in _DATE_KEYS:
        match = re.match(r"\s*(\d{4}-\d\d-\d\d)(?!\d)", values.get(key, ""))
        if match:
            try:
                return datetime.date.fromisoformat(match[1]).isoformat()
            except ValueError:
                continue
    return None


class _Meta(HTMLParser):
    """Collects ``<meta>`` values by property, name or itemprop (first wins, lower-cased keys), and the title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}
        self.title = ""
        self._in_title = False
        self._titles = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._titles += 1
            self._in_title = self._titles == 1
        elif tag == "meta":
            a = {k.lower(): v for k, v in attrs if v is not None}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            content = " ".join(a.get("content", "").split())
            if key and content:
                self.values.setdefault(key, content)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

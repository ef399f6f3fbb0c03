"""Date lines: the line near an article's top that says when it was published, not what happened.

A date line is a date, a time or both, with at most the words news sites put around them: a label ("Published
on:", "Last updated", "Story Created:"), a time zone ("EDT", "GMT", "UK"), an abbreviated weekday ("Sun",
"Thu."), and a place or agency before the date ("WASHINGTON, DC, April 28, 2009", "AFP, Tuesday 2 Jul 2013",
"Mumbai, Nov 11 -"). Every other word makes the line an ordinary sentence, even when it holds a date
("Reid checked herself in on Tuesday, December 9, 2008."): its date is a fact, not the publication date.

A line that names a calendar day may stand a few lines down, below a headline, a summary or a byline; a line
with only a time or a weekday ("Updated 9: 06 AM") counts only at the very top, where it cannot be the tail of
a sentence ("Friday night.").
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Sequence

from crosscheck.claims.dates import MONTHS, find_dates
from crosscheck.model import DateRef
from crosscheck.patterns import compiled

TOP = 2  # the last sentence index (the headline is 0) where a line with only a time or a weekday is a date line
WINDOW = 6  # the last sentence index where a line naming a calendar day is a date line

# Words a date line may hold besides its dates, lower-cased: labels, time zones and the pieces of a date or time
# that the date finder leaves behind ("Sun" in "14: 25 Sun Sep 15 2013", "AM" in "05. 51AM", "th" in "11TH").
_LABELS = frozenset(
    """published publish posted post updated update last first originally created story edited modified
    released release on at time date hrs""".split()
)
_ZONES = frozenset(
    """gmt utc uk local bst ist cet cest eet eest wib aest aedt akdt akst hkt jst sgt pht
    et pt ct mt est edt cst cdt mst mdt pst pdt""".split()
)
_NORTH_AMERICAN_ZONES = frozenset("et pt ct mt est edt cst cdt mst mdt pst pdt akdt akst".split())
_DATE_PIECES = frozenset(
    """mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
    st nd rd th am pm a p m""".split()
) | frozenset(MONTHS)
_VOCABULARY = _LABELS | _ZONES | _DATE_PIECES
_WORD = compiled(r"[^\W\d_]+")
_PLACE_END = compiled(r"[,\-\u2013\u2014/]\s*$")  # "WASHINGTON, DC," or "SUNNYVALE, Calif. —" before the date
_MONTH_OF = {  # the month of a date or month value: "2013-05-02", "--05-02", "2008-12", "07", "late 08"
    "date": compiled(r"(?:\d{4}|-)-(\d\d)-\d\d"),
    "month": compiled(r"(?:\d{4}-|(?:early|mid|late) )?(\d\d)"),
}
_NO_MONTH = compiled(r"(?!)")
MAX_NAMES = 3  # words of a place or agency name ("Washington D. C.", "FOR IMMEDIATE RELEASE")


def is_dateline_text(text: str, index: int) -> bool:
    """Whether sentence number ``index`` (the headline is 0), reading ``text``, is a date line."""
    return index <= WINDOW and _is_dateline(text, index)


@functools.lru_cache(maxsize=256)
def _is_dateline(text: str, index: int) -> bool:
    """``is_dateline_text`` for a line near the top; remembered, as the publication date and the claims of one
    article both ask of its first lines (a pure function of its arguments)."""
    dates = list(find_dates(text))
    if not dates:
        return False
    calendar = any(_is_day(ref) for _, _, ref in dates)
    if not calendar and index > TOP:
        return False
    first = dates[0][0]
    names = 0
    blank = _blank(text, dates)
    for m in _WORD.finditer(blank):
        word = m.group()
        if word.lower() in _VOCABULARY:
            continue
        if not calendar or not word[0].isupper():
            return False
        if len(word) > 1:
            names += 1
        # a name: all capitals anywhere ("TNN Nov 12, 2011 ... MUMBAI:"), or a place set off before the date
        if not (word.isupper() or (m.start() < first and _is_place(blank[:first]))):
            return False
    return names <= MAX_NAMES


def dateline_date(lines: Sequence[str], body: Sequence[str] = ()) -> str | None:
    """The first full date (ISO ``YYYY-MM-DD``) on the date lines ``lines``.

    A numeric date that reads both ways ("05 / 02 / 2013") is read month first on a line with a North American
    time zone ("EDT"); else in the reading whose month, and only that one, the article's other sentences ``body``
    name ("on May 2", "in February"); else it is passed over."""
    named: set[int] | None = None
    for text in lines:
        zones = {w.lower() for w in _WORD.findall(text)} & _NORTH_AMERICAN_ZONES
        for _, _, ref in find_dates(text):
            if ref.granularity != "date":
                continue
            readings = ref.value.split("|")
            if len(readings) == 2 and not zones:
                named = _named_months(body) if named is None else named
                fits = [r for r in readings if int(r[5:7]) in named]
                if len(fits) != 1:
                    continue
                readings = fits
            try:  # the month-first reading of an ambiguous date comes first
                return datetime.date.fromisoformat(readings[0]).isoformat()
            except ValueError:  # a month and day without a year ("--05-02"), or no such day ("Feb 30, 2013")
                continue
    return None


def _named_months(sentences: Sequence[str]) -> set[int]:
    """The months that ``sentences`` name in a date ("May 2") or a month ("in February", "December 2008")."""
    months = set()
    for text in sentences:
        for _, _, ref in find_dates(text):
            m = _MONTH_OF.get(ref.granularity, _NO_MONTH).fullmatch(ref.value)
            if m:
                months.add(int(m[1]))
    return months


def _is_place(prefix: str) -> bool:
    """Whether the words before a line's first date read as a place or an agency: set off by a comma or a dash
    ("Mumbai, Nov 11", "SUNNYVALE, Calif. —2 / 29 / 2012"), and holding no number ("Hollis, 45, March 3")."""
    return bool(_PLACE_END.search(prefix)) and not any(c.isdigit() for c in prefix)


def _is_day(ref: DateRef) -> bool:
    return ref.granularity == "date"


def _blank(text: str, dates: Sequence[tuple[int, int, DateRef]]) -> str:
    """``text`` with its date expressions replaced by spaces, so the words around them keep their offsets."""
    chars = list(text)
    for s, e, _ in dates:
        chars[s:e] = " " * (e - s)
    return "".join(chars)

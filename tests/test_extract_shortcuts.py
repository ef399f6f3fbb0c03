"""The extractors' shortcuts skip only work that cannot find anything, whatever the text.

* the scan for someone else with the same last name (``_People._shared`` in crosscheck.claims.quotes) starts where
  a match can first start, not at the top of the article: it finds the very matches a scan from the top finds;
* the date patterns that need a digit, or one of their words ("hours", "noon", "spring"), are not run on a text
  without it;
* the search for a role before a name (``_role_before`` in crosscheck.claims.entities) starts a few words before
  the end of the sentence, where a match can first start: it finds the match a search from the top finds;
* an article is split into sentences once, and the date line reader and the extractors share that split.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.claims.dates import _NEEDS, _PATTERNS, _WITH_DIGITS
from crosscheck.claims.entities import _ROLE_BEFORE, _role_before, _role_search_start
from crosscheck.claims.quotes import _People, names_before
from crosscheck.model import Sentence

# texts made of what matters to the scan: words (capitalised or not, the last name as a word or inside one) and
# what parts them (blanks, and a comma, a line break or a full stop that end a run)
WORDS = st.sampled_from(["Ann", "Lee", "Page", "Page", "Pages", "xPage", "page", "D.", "O'Page"])
GAPS = st.sampled_from([" ", " ", "\t", ", ", "\n", ". "])


@settings(max_examples=300)
@given(st.lists(st.tuples(WORDS, GAPS), max_size=12), st.integers(min_value=0, max_value=100))
def test_the_scan_start_hides_no_match(words: list[tuple[str, str]], cut: int) -> None:
    text = "".join(word + gap for word, gap in words)
    before = min(cut, len(text))
    pattern = names_before("Page")  # the pattern the scan serves
    start = _People(text, [])._run_before("Page", before)

    def spans(pos: int) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(text, pos, before)]

    assert spans(start) == spans(0)


def test_the_scan_skips_the_text_before_the_first_run() -> None:
    text = "A long story, told well, Ann Page said, and Lee Page too."
    assert _People(text, [])._run_before("Page", len(text)) == text.index(" Ann")  # the run goes back to a comma
    assert _People(text, [])._run_before("Page", 10) == 10  # no "Page" before: nothing to scan


DATE_WORDS = st.sampled_from(
    [
        "May",
        "may",
        "Jan.",
        "Sept",
        "Tuesday",
        "on",
        "last",
        "in",
        "the",
        "early",
        "mid-",
        "of",
        "s",
        "am",
        "p.m.",
        "GMT",
    ]
)


@settings(max_examples=300)
@given(st.lists(st.tuples(DATE_WORDS, st.sampled_from([" ", ", ", "-", "/", ":", "'", ". "])), max_size=10))
def test_date_patterns_that_need_a_digit_find_nothing_without_one(words: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in words)
    assert {name for name, _ in _PATTERNS} >= _WITH_DIGITS
    assert [name for name, pattern in _PATTERNS if name in _WITH_DIGITS and pattern.search(text)] == []


# words around the ones the word-needing patterns ask for: what they need, what contains it ("Monday", "weekly",
# "noonday"), and what they read around it
NEED_WORDS = st.sampled_from(
    ["two", "a", "few", "about", "hours", "hour", "days", "Monday", "today", "weekly", "weekend", "months", "year",
     "yearly", "decades", "minutes", "within", "after", "before", "later", "earlier", "ago", "that", "the", "election",
     "noon", "at", "by", "midnight", "noonday", "last", "next", "this", "night", "morning", "spring", "Fall", "in",
     "early", "late", "summer", "winter", "tonight", "yesterday", "2010", "May", "may", "March", "Mon", "Friday",
     "friday", "Sundays", "since", "through"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.tuples(NEED_WORDS, st.sampled_from([" ", ", ", "-", ". "])), max_size=8))
def test_date_patterns_that_need_a_word_find_nothing_without_it(words: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in words)
    for name, pattern in _PATTERNS:
        needs = _NEEDS.get(name)
        if needs is not None and needs.search(text) is None:
            assert pattern.search(text) is None, (name, text)


ROLE_WORDS = st.sampled_from(["the", "agency", "official", "Police", "chief", "x-1", "co_op", "said,", "Dr.", "42"])
BLANKS = st.sampled_from([" ", " ", "  ", "\t", "\n", "\xa0", "\u2003", ", ", ""])


@settings(max_examples=500)
@given(st.lists(st.tuples(ROLE_WORDS, BLANKS), max_size=12), BLANKS)
def test_the_role_search_start_hides_no_match(words: list[tuple[str, str]], lead: str) -> None:
    before = lead + "".join(word + gap for word, gap in words)
    full, fast = _ROLE_BEFORE.search(before), _ROLE_BEFORE.search(before, _role_search_start(before))
    assert (full and (full.span(), full.groups())) == (fast and (fast.span(), fast.groups()))


def test_the_role_search_starts_near_the_end() -> None:
    before = "Rescue teams worked through the night, said the disaster agency official "
    assert _role_search_start(before) == before.index(" the disaster")
    assert _role_before(before) == ("disaster agency official", before.index("disaster"))


def test_each_article_is_split_into_sentences_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The date line reader (the publication date) and the extractors read one split of each article."""
    import crosscheck.claims as claims_module
    import crosscheck.report as report_module
    from crosscheck.read import article_from_text
    from crosscheck.rules import load_pack
    from crosscheck.sentences import split_sentences

    calls: list[str] = []

    def counted(text: str) -> tuple[Sentence, ...]:
        calls.append(text)
        return split_sentences(text)

    monkeypatch.setattr(report_module, "split_sentences", counted)
    monkeypatch.setattr(claims_module, "split_sentences", counted)
    texts = ["Storm hits coast\n\nUpdated 5 / 5 / 2010\nThe storm killed 12 people on Monday.", "It killed 15 people."]
    report_module.compare([article_from_text(t, s) for t, s in zip(texts, "AB", strict=True)], load_pack())
    assert sorted(calls) == sorted(texts)

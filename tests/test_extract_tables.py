"""Golden tables for the extractors: one test per row of ``tests/data/extract/*.tsv`` (see tests/data/README.md)."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TypeVar

import pytest
from _pytest.mark.structures import ParameterSet

from crosscheck.claims.datelines import dateline_date, is_dateline_text
from crosscheck.claims.dates import find_dates
from crosscheck.claims.entities import find_entities
from crosscheck.claims.hedges import qualify
from crosscheck.claims.quantities import find_quantities
from crosscheck.claims.quotes import find_quotes
from crosscheck.facts import Relation, quantity_relation
from crosscheck.model import Quantity
from crosscheck.rules import load_pack
from crosscheck.sentences import split_sentences

TABLES = Path(__file__).parent / "data" / "extract"
Row = dict[str, str]
T = TypeVar("T")


def _cases(name: str) -> list[ParameterSet]:
    with (TABLES / name).open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    cases = []
    for row in rows:
        row["text"] = row["text"].replace("\\n", "\n")
        marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if row["xfail"] else []
        cases.append(pytest.param(row, id=row["id"], marks=marks))
    return cases


def _quantities(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """Quantities as extract_claims keeps them: one overlapping a date (but for the offset of an anchored time,
    "three weeks after the season ended") or an earlier quantity is dropped."""
    taken = [(s, e) for s, e, d in find_dates(text) if d.granularity != "anchored"]
    for s, e, q in find_quantities(text):
        if not any(ts < e and s < te for ts, te in taken):
            taken.append((s, e))
            yield s, e, q


def _check(row: Row, found: Sequence[tuple[int, int, T]]) -> T | None:
    """Assert the row's expectation on ``found``; return the fact at the expected span for a ``yes`` row."""
    text, span = row["text"], row["span"]
    assert span in text, "the expected span must be a substring of the text"
    if row["found"] == "no":  # nothing may start inside the span (anywhere when the span is empty)
        lo, hi = (text.index(span), text.index(span) + len(span)) if span else (0, len(text))
        assert [text[s:e] for s, e, _ in found if lo <= s < hi] == []
        return None
    facts = [fact for s, e, fact in found if text[s:e] == span]
    assert facts, f"{span!r} not among {[text[s:e] for s, e, _ in found]}"
    return facts[0]


@pytest.mark.parametrize("row", _cases("quantities.tsv"))
def test_quantities(row: Row) -> None:
    q = _check(row, list(_quantities(row["text"])))
    if q is not None:
        expected = (round(float(row["value"]), 6), row["unit"], row["qualifier"])
        assert (round(q.value, 6), q.unit, q.qualifier.value) == expected
        assert q.ordinal is (row["ordinal"] == "yes")
        for end in ("low", "high"):  # an interval's ends, when the row gives them ("none": unbounded)
            if row[end]:
                got = getattr(q, end)
                assert (None if got is None else round(got, 6)) == (None if row[end] == "none" else float(row[end]))


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("a .38 revolver", "a. 357 caliber revolver", Relation.CONFLICT),  # two calibres
        ("a .38 revolver", "A. 38-caliber revolver", Relation.SAME),
        ("a 12-gauge shotgun", "a 20-gauge shotgun", Relation.CONFLICT),
        ("speeds of more than 100 mph", "speeds up to 120 miles an hour", Relation.DIFFERS),  # one unit: km/h
        # ordinals: a position in a series of one noun, compared only with a position of the same noun
        ("Cheeks is the fifth coach fired this season.", "He became the fifth coach fired.", Relation.SAME),
        ("Cheeks is the fifth coach fired this season.", "Cheeks is the sixth coach fired.", Relation.CONFLICT),
        ("her third marriage failed", "her second marriage failed", Relation.CONFLICT),
        ("her third marriage failed", "she had three marriages", Relation.SAME),  # the third: at least three
        ("the fifth coach fired", "the fifth season", None),
        # ages by decade: an interval of age that holds a 34-year-old
        ("a woman in her 30s", "the 34-year-old woman", Relation.SAME),
        ("a woman in her 30s", "the 41-year-old woman", Relation.CONFLICT),
        ("a man in his early 40s", "a 42-year-old man", Relation.DIFFERS),
        # the same decade, one part of it: compatible, one more precise (as "2004" and "late 2004")
        ("a man in his early 40s", "a man in his 40s", Relation.DIFFERS),
        # shares of a whole, in percent
        ("two-thirds of the Senate", "67 percent of the Senate", Relation.SAME),
        ("a quarter of the vote", "25% of the vote", Relation.SAME),
        ("a quarter of the vote", "a third of the vote", Relation.CONFLICT),
        ("nearly half of the settlers", "48 percent of the settlers", Relation.DIFFERS),  # as "about 50" and 48
        # vague amounts: soft against each other
        ("a few protesters", "a couple of dozen protesters", Relation.DIFFERS),
        ("a handful of protesters", "four protesters", Relation.DIFFERS),
        # durations with the article as their number
        ("for a year", "for 12 months", None),  # months and years are not converted into each other
        ("for almost a decade", "for nine years", Relation.DIFFERS),
        ("a minute of silence", "60 seconds of silence", Relation.SAME),
    ],
)
def test_read_figures_relate(a: str, b: str, relation: Relation | None) -> None:
    """Figures of the forms the tables read compare as an editor would: the first quantity of each text."""
    qa, qb = (next(_quantities(t))[2] for t in (a, b))
    assert quantity_relation(qa, qb) is relation


@pytest.mark.parametrize("row", _cases("dates.tsv"))
def test_dates(row: Row) -> None:
    d = _check(row, list(find_dates(row["text"])))
    if d is not None:
        qualifier = d.offset.qualifier if d.offset is not None else d.qualifier
        found = (d.granularity, d.value, qualifier.value if qualifier is not None else "")
        assert found == (row["granularity"], row["value"], row["qualifier"])


ALIASES = load_pack().aliases  # the default pack's alias data (rules/aliases.toml)


@pytest.mark.parametrize("row", _cases("quotes.tsv"))
def test_quotes(row: Row) -> None:
    """With the text's names, as extract_claims reads quotes: a speaker is given by the full name."""
    text = row["text"]
    entities = list(find_entities(text, [(s.start, s.end) for s in split_sentences(text)], ALIASES))
    quote = _check(row, list(find_quotes(text, entities)))
    if quote is not None:
        assert (quote.speaker or "") == row["speaker"]


@pytest.mark.parametrize("row", _cases("entities.tsv"))
def test_entities(row: Row) -> None:
    text = row["text"]
    spans = [(s.start, s.end) for s in split_sentences(text)]
    entity = _check(row, list(find_entities(text, spans, ALIASES)))
    if entity is not None:
        expected = (row["type"], row["canonical"], row["role"])
        assert (entity.type.value, entity.canonical, entity.role or "") == expected


@pytest.mark.parametrize("row", _cases("sentences.tsv"))
def test_sentences(row: Row) -> None:
    assert [s.text for s in split_sentences(row["text"])] == row["expected"].split(" || ")


@pytest.mark.parametrize("row", _cases("hedges.tsv"))
def test_hedges(row: Row) -> None:
    text, span = row["text"], row["span"]
    assert span in text, "the expected span must be a substring of the text"
    assert row["negated"] in ("yes", "no")
    start = text.index(span) if span else 0  # an empty span: the sentence as a statement
    end = start + len(span) if span else len(text)
    hedge, negated, _ = qualify(text, start, end, fact=bool(span))
    assert (hedge or "", "yes" if negated else "no") == (row["hedge"], row["negated"])


@pytest.mark.parametrize("row", _cases("datelines.tsv"))
def test_datelines(row: Row) -> None:
    """A line at sentence ``index`` is a date line giving ``expected`` (a date, or ``dateline`` for none) or is
    ``no`` date line at all: then its dates stay facts of the article."""
    text, expected = row["text"], row["expected"]
    found = is_dateline_text(text, int(row["index"]))
    if expected == "no":
        assert not found
    else:
        assert found
        assert (dateline_date([text]) or "dateline") == expected

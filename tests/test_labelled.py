"""The hand-labelled extraction set ``tests/data/labelled/`` is well formed, and ``scripts/eval_extraction.py``
scores it (the figures themselves are not asserted: they measure the library, they are not a target)."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from script_loader import load_script

import crosscheck
from crosscheck.model import Claim, ClaimKind, DateRef, Qualifier, Quantity, Quote

LABELLED = Path(__file__).parent / "data" / "labelled"
COLUMNS = ["article", "kind", "span", "nth", "value", "unit", "qualifier", "granularity", "speaker", "note"]
GRANULARITIES = {"date", "week", "month", "year", "weekday", "season", "time", "relative", "anchored"}


def _script() -> ModuleType:
    return load_script("eval_extraction")


def _rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = _script().read_rows(LABELLED / "facts.tsv")
    return rows


def _text(name: str) -> str:
    return (LABELLED / "articles" / name).read_text(encoding="utf-8")


def test_table_has_the_documented_columns() -> None:
    header = (LABELLED / "facts.tsv").read_text(encoding="utf-8").split("\n", 1)[0]
    assert header.split("\t") == COLUMNS
    assert all(None not in row and len(row) == len(COLUMNS) for row in _rows()), "a row has too many or few cells"


def test_set_is_big_enough_and_covers_every_article() -> None:
    rows = _rows()
    articles = {row["article"] for row in rows}
    files = {p.name for p in (LABELLED / "articles").glob("*.txt")}
    assert len(rows) >= 150
    assert len(articles) >= 10
    assert articles == files, "every article has labels and every label's article is in articles/"
    kinds = Counter(row["kind"] for row in rows)
    assert kinds["quote"] >= 30 and kinds["date"] >= 40 and kinds["quantity"] >= 40


@pytest.mark.parametrize("row", _rows(), ids=lambda r: f"{r['article']}:{r['kind']}:{r['span'][:30]}")
def test_row_is_well_formed(row: dict[str, str]) -> None:
    text = _text(row["article"])
    assert row["kind"] in {"quantity", "date", "quote"}
    assert row["span"] and row["span"] == row["span"].strip(), "a span has no white space at either end"
    assert row["nth"].isdigit() and int(row["nth"]) >= 1
    assert text.count(row["span"]) >= int(row["nth"]), "the span occurs in its article at least nth times"
    if row["kind"] == "quantity":
        float(row["value"])
        assert row["qualifier"] in {q.value for q in Qualifier}
        assert not row["granularity"] and not row["speaker"]
    elif row["kind"] == "date":
        assert row["value"] and row["granularity"] in GRANULARITIES
        assert not row["unit"] and not row["qualifier"] and not row["speaker"]
    else:
        assert not row["value"] and not row["unit"] and not row["qualifier"] and not row["granularity"]


def test_labels_skip_the_headline_and_do_not_overlap_within_a_kind() -> None:
    script = _script()
    rows = _rows()
    for name in sorted({row["article"] for row in rows}):
        article = crosscheck.read_article(LABELLED / "articles" / name, "A")
        labels = script.labels_of(rows, name, article.text)
        assert all(lab.start >= script.headline_end(article) for lab in labels), f"{name}: a label in the headline"
        for kind in ("quantity", "date", "quote"):
            spans = sorted((lab.start, lab.end) for lab in labels if lab.kind == kind)
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), f"{name}: two {kind} labels overlap"


def test_evaluation_runs_and_gives_ratios() -> None:
    result = _script().evaluate()
    counts = Counter(row["kind"] for row in _rows())
    for kind, score in result.scores.items():
        assert score.labelled == counts[kind]
        assert 0 <= score.matched <= min(score.labelled, score.extracted)
        assert 0.0 <= score.precision <= 1.0 and 0.0 <= score.recall <= 1.0
        assert all(0.0 <= score.accuracy(name) <= 1.0 for name in score.right)


def _claim(kind: ClaimKind, start: int, end: int, fact: Quantity | DateRef | Quote) -> Claim:
    return Claim(id="A1", source="A", kind=kind, start=start, end=end, text="", sentence=0, fact=fact)


def test_matching_is_one_to_one_by_kind_and_overlap() -> None:
    script = _script()
    text = 'He said "two boats sank," on Monday.'
    lab = script.Label
    labels = [
        lab("a", "quote", '"two boats sank,"', 8, 25, "", "", "", "John Smith"),
        lab("a", "quantity", "two boats", 9, 18, "2", "boat", "exact", ""),
        lab("a", "date", "Monday", 29, 35, "monday", "", "", ""),
    ]
    quantity = Quantity(value=2.0, qualifier=Qualifier.EXACT, unit="boat", low=2.0, high=2.0)
    claims = [
        _claim(ClaimKind.QUOTE, 8, 25, Quote(words="two boats sank,", speaker="Smith")),
        _claim(ClaimKind.QUANTITY, 9, 12, quantity),
        _claim(ClaimKind.QUANTITY, 9, 18, quantity),  # overlaps more: taken first; the other is left over
        _claim(ClaimKind.DATE, 25, 28, DateRef("weekday", "monday")),  # shares only '," o' with nothing dated
    ]
    pairs = script.match(text, labels, claims)
    assert [(p[0].kind, p[1].start, p[1].end) for p in pairs] == [("quote", 8, 25), ("quantity", 9, 18)]
    assert script.field_checks(labels[0], claims[0]) == {"speaker": True}
    assert script.field_checks(labels[1], claims[2]) == {"all": True, "value": True, "unit": True, "qualifier": True}


@pytest.mark.parametrize(
    ("labelled", "extracted", "same"),
    [
        ("Larry Kroon", "Kroon", True),
        ("Larry Kroon", "larry kroon", True),
        ("Lee Baca", "Sheriff Lee Baca", True),
        ("a Western diplomat", "the diplomat", True),
        ("", "", True),
        ("Larry Kroon", "", False),
        ("", "Kroon", False),
        ("Ron Howard", "Leonardo DiCaprio", False),
        ("Jumaane Williams", "Makaeo Williams", False),  # two people with one last name
        ("Dave Gaskin", "Insp Gaskin", True),  # a title for the given name
        ("Larry Kroon", "the Rev. Larry Kroon", True),
    ],
)
def test_speakers_compare_case_insensitively_and_by_surname(labelled: str, extracted: str, same: bool) -> None:
    assert _script().same_speaker(labelled, extracted) is same

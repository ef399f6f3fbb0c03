"""The status of what two sources report, side by side: a golden table of invented pairs (``tests/data/modality.tsv``),
each with the hedge or polarity finding it must give (``-``: none) and its severity.

Columns: ``id``; ``a_date``, ``a``, ``b_date``, ``b``: the two articles, each one sentence, with its publication date
(ISO, or empty: undated); ``code``: the H or P rule that must fire (``-``: none may); ``severity``; ``xfail``: empty,
or why the library gets the row wrong today (the row is then a strict xfail). Only H and P findings are compared.
"""

from __future__ import annotations

import csv
from pathlib import Path

import attrs
import pytest

from crosscheck import load_pack
from crosscheck.errors import RuleError
from crosscheck.model import ClaimKind, Status
from crosscheck.read import article_from_text
from crosscheck.report import compare, extract

TABLE = Path(__file__).parent / "data" / "modality.tsv"
PACK = load_pack()


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = [
    pytest.param(r, id=r["id"], marks=[pytest.mark.xfail(reason=r["xfail"], strict=True)] if r["xfail"] else [])
    for r in _rows()
]


@pytest.mark.parametrize("row", ROWS)
def test_status_pair(row: dict[str, str]) -> None:
    articles = [
        attrs.evolve(article_from_text(row[side], side.upper(), f"<{side}>"), date=row[f"{side}_date"] or None)
        for side in ("a", "b")
    ]
    report = compare(articles, PACK)
    found = sorted(
        (f.rule.code, f.severity.value if f.severity else "") for f in report.findings if f.rule.code[0] in "HP"
    )
    expected = [] if row["code"] == "-" else [(row["code"], row["severity"])]
    assert found == expected, [f.message for f in report.findings if f.rule.code[0] in "HP"]


def test_table_covers_every_status_pair_and_rule() -> None:
    rows = _rows()
    assert len(rows) >= 30
    codes = {r["code"] for r in rows if not r["xfail"]}
    assert {"H101", "H102", "P101", "P102", "-"} <= codes


def test_status_is_carried_on_the_claim() -> None:
    texts = {
        "The rebels allegedly shelled the hospital.": Status.HEDGED,
        "The minister is expected to resign on Monday.": Status.EXPECTED,
        "The man has not been charged.": Status.NEGATED,
        "The man may not have been charged.": Status.HEDGED,
        "The two leaders will not sign the treaty.": Status.NEGATED,
        "The rebels shelled the hospital.": Status.STATED,
    }
    for text, status in texts.items():
        (claim,) = [c for c in extract(article_from_text(text, "A", "<a>")).claims if c.kind is ClaimKind.STATEMENT]
        assert claim.status is status, text


def test_a_hedge_word_list_of_a_rule_is_an_error_that_says_where_the_words_went(tmp_path: Path) -> None:
    rule = """[[rule]]
code = "X101"
name = "my-hedges"
kind = "hedge-mismatch"
verdict = "discrepancy"
severity = "soft"
message = "{a} / {b}"
params = { words = ["allegedly"] }
examples = [
  { a = "Rebels allegedly shelled the town.", b = "Rebels shelled the town.", expect = "match" },
  { a = "Rebels shelled the town.", b = "Rebels shelled the town.", expect = "no-match" },
]
"""
    (tmp_path / "p.toml").write_text(rule, encoding="utf-8")
    with pytest.raises(RuleError, match=r"params\.words.*Claim\.status.*hedges\.py"):
        load_pack([tmp_path])


def test_an_update_says_which_source_is_newer() -> None:
    a = "The man has not been charged over the death of the shopkeeper in the northern town."
    b = "The man has been charged over the death of the shopkeeper in the northern town."
    articles = [
        attrs.evolve(article_from_text(text, sid, f"<{sid}>"), date=date)
        for text, sid, date in ((a, "A", "2011-06-04"), (b, "B", "2011-06-02"))
    ]
    assert [f.rule.code for f in compare(articles, PACK).findings if f.rule.code[0] == "P"] == ["P101"]
    articles = [attrs.evolve(articles[0], date="2011-06-01"), articles[1]]
    (update,) = [f for f in compare(articles, PACK).findings if f.rule.code[0] == "P"]
    assert update.rule.code == "P102" and update.message.startswith("An update: B (newer) reports what A (older)")


def test_the_update_reads_the_negations_of_the_conflict() -> None:
    # P102 repeats P101's word lists (a rule cannot yet take another's parameters): they must stay the same
    rules = {r.code: r for r in PACK.rules}
    for key in ("words", "denials", "reporting", "silence", "max_extra", "min_similarity"):
        assert rules["P102"].params[key] == rules["P101"].params[key], key

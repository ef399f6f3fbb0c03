"""Clauses: how a sentence is cut for alignment, and what two clauses of independent reports pair on.

Invented sentences, in the shape of news: the golden table gives each sentence and the clauses expected, side by
side; the contrastive tests give two short articles that state one fact in differently built sentences (a pair),
and two that share only names or a background event (no pair).
"""

from __future__ import annotations

import pytest

from crosscheck import article_from_text, compare_texts, load_pack
from crosscheck.align import align
from crosscheck.claims import extract_claims
from crosscheck.claims.hedges import clause_spans
from crosscheck.model import ClaimKind, Verdict

PACK = load_pack()

CLAUSES = [
    # coordination with a new subject, and a participle phrase set off by a comma
    (
        "The storm flooded the harbour, and crews evacuated the old town, closing the bridge for hours.",
        ["The storm flooded the harbour", "and crews evacuated the old town", "closing the bridge for hours."],
    ),
    # a relative clause set off by commas is a clause of its own; "who was 38" (one content word) is not
    (
        "Firefighters reached the warehouse, which had been empty for years, shortly before dawn.",
        ["Firefighters reached the warehouse", "which had been empty for years", "shortly before dawn."],
    ),
    ("The driver, who was 38, left the scene.", ["The driver, who was 38, left the scene."]),
    # the attribution frame is no clause: at the head, and at the end
    ("Police said that the gunman fled in a grey van.", ["the gunman fled in a grey van."]),
    (
        "The council approved the budget on a narrow vote, officials said.",
        ["The council approved the budget on a narrow vote"],
    ),
    # a leading adjunct and a "but" clause
    (
        "After a long debate, the senators rejected the bill but promised a new draft.",
        ["After a long debate", "the senators rejected the bill", "but promised a new draft."],
    ),
    # "As" opens a leading adjunct like "When"
    (
        "As the storm hit, families in the valley left their homes in haste.",
        ["As the storm hit", "families in the valley left their homes in haste."],
    ),
    # a lone mark that only a long reporting frame follows closes a quotation begun before (tokenised text puts a
    # space before it): the frame is no clause
    (
        'Shoppers fled and sheltered inside the mall, "regional emergency agency spokeswoman Dana Ortiz Vela said.',
        ['Shoppers fled and sheltered inside the mall, "'],
    ),
    # a comma inside a quotation cuts nothing
    (
        '"We will rebuild, and we will do it together," the mayor said.',
        ['"We will rebuild, and we will do it together,"'],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CLAUSES, ids=[s[:40] for s, _ in CLAUSES])
def test_clause_spans(sentence: str, expected: list[str]) -> None:
    assert [sentence[s:e] for s, e in clause_spans(sentence)] == expected


FILLER_A = "The city council met on Monday. Residents packed the hall to hear the plans. The mayor spoke first."
FILLER_B = "Traffic was heavy downtown all week. Several shops closed early. A school held a fundraiser."


def _statement_pairs(a: str, b: str) -> list[tuple[str, str]]:
    ca = extract_claims(article_from_text(a, "A"), PACK.aliases, PACK.frames)
    cb = extract_claims(article_from_text(b, "B"), PACK.aliases, PACK.frames)
    al = align(ca, cb, PACK.alignment)
    return [(p.a.text, p.b.text) for p in al.pairs if p.a.kind is ClaimKind.STATEMENT]


def test_one_fact_in_a_long_sentence_pairs_with_the_same_fact_as_its_clause() -> None:
    a = f"Rescue teams pulled two fishermen from the icy river near the old mill. {FILLER_A}"
    b = (
        "The weather service, which had warned of heavy rain for days, issued a flood warning for the whole valley "
        "and the three towns below it on Sunday, and rescue teams pulled two fishermen from the icy river by the "
        f"mill. {FILLER_B}"
    )
    pairs = _statement_pairs(a, b)
    assert ("Rescue teams pulled two fishermen from the icy river near the old mill.",
            "and rescue teams pulled two fishermen from the icy river by the mill.") in pairs  # fmt: skip
    report = compare_texts([a, b], PACK)
    agreed = [f for f in report.findings if f.verdict is Verdict.AGREEMENT and f.kind is ClaimKind.STATEMENT]
    assert any(e.text.startswith("and rescue teams") for f in agreed for e in f.evidence)
    # the finding names the sentence's statement, which is among the report's claims
    ids = {c.id for c in report.claims}
    assert all(c in ids for f in report.findings for c in f.claims)


def test_words_the_lexicon_relates_count_toward_a_pair() -> None:
    a = f"Officers detained the suspect outside the stadium late on Friday. {FILLER_A}"
    b = f"The suspect was held in detention after officers caught him outside the stadium. {FILLER_B}"
    assert _statement_pairs(a, b)


def test_names_alone_make_no_pair() -> None:
    a = f"Governor Alma Ruiz and Senator Tom Becker toured the flooded farms by helicopter. {FILLER_A}"
    b = f"Governor Alma Ruiz and Senator Tom Becker disagreed sharply over the new tax on fuel. {FILLER_B}"
    assert _statement_pairs(a, b) == []


def test_a_background_event_pairs_only_with_a_background_event() -> None:
    a = f"The 5.9-magnitude quake struck the mountain villages on Tuesday, toppling houses in the valley. {FILLER_A}"
    b = f"An earlier quake in 1998 struck the mountain villages, toppling houses in the valley. {FILLER_B}"
    assert not [p for p in _statement_pairs(a, b) if "1998" in p[1]]

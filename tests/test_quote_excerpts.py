"""Quotes that survive excerpting: one article quotes a fragment, a part or a paraphrase of what the other quotes.

Invented sentences. Each row: what A writes, what B writes, and the finding expected about the quote (its rule
code), side by side; a filler of unrelated sentences gives each article several sentences, as real ones have.
"""

from __future__ import annotations

import pytest

from crosscheck import compare_texts, load_pack
from crosscheck.model import ClaimKind, Verdict

PACK = load_pack()
FILLER_A = " The city council met on Monday. Residents packed the hall to hear the plans. The mayor spoke first."
FILLER_B = " Traffic was heavy downtown all week. Several shops closed early. A school held a fundraiser."

CASES = [
    # a fragment matches the longer quote it comes from
    (
        '"We will rebuild every home that was lost, and we will do it together," Mayor Ana Ortiz said.',
        'Mayor Ana Ortiz promised residents that the city would "rebuild every home that was lost."',
        "Q001",
    ),
    # a quote of two sentences matches one of its parts
    (
        '"The water rose faster than anyone expected. We had minutes to get out," said fire chief Dan Cole.',
        '"We had minutes to get out," fire chief Dan Cole said.',
        "Q001",
    ),
    # the same words given to another speaker
    (
        '"We had no warning at all," said fire chief Dan Cole.',
        '"We had no warning at all," said Mayor Ana Ortiz.',
        "Q101",
    ),
    # the same quote worded differently
    (
        '"We will rebuild every single home," Mayor Ana Ortiz said.',
        '"We will rebuild every home," Mayor Ana Ortiz said.',
        "Q102",
    ),
    # two quotes of one speaker in sentences that state the same thing: the wording is checked
    (
        '"The warehouse was destroyed, and nothing could be saved," fire chief Dan Cole said.',
        'Fire chief Dan Cole said: "The whole warehouse was destroyed before crews arrived."',
        "Q102",
    ),
    # two remarks of one speaker in sentences paired on their frame: no pair
    (
        'Speaking at the launch of the new chip in San Jose, chief executive Lisa Chen said: "We are not planning '
        'to compete with our customers."',
        'Speaking at the launch of the new chip in San Jose, chief executive Lisa Chen said: "Cloud data centres '
        'are the fastest growing part of the market."',
        "",
    ),
]


@pytest.mark.parametrize(("a", "b", "code"), CASES, ids=[f"{c}-{n}" for n, (_, _, c) in enumerate(CASES)])
def test_quote_pairs_across_excerpts(a: str, b: str, code: str) -> None:
    report = compare_texts([a + FILLER_A, b + FILLER_B], PACK)
    quotes = [f for f in report.findings if f.kind is ClaimKind.QUOTE and f.verdict is not Verdict.SINGLE_SOURCE]
    assert [f.rule.code for f in quotes] == ([code] if code else [])


def test_a_quote_reported_in_indirect_speech_is_not_single_source() -> None:
    a = '"We had no warning at all," said fire chief Dan Cole.' + FILLER_A
    b = "Fire chief Dan Cole said they had no warning at all." + FILLER_B
    report = compare_texts([a, b], PACK)
    assert not [f for f in report.findings if f.verdict is Verdict.SINGLE_SOURCE and f.kind is ClaimKind.QUOTE]
    agreed = [f for f in report.findings if f.verdict is Verdict.AGREEMENT]
    assert any(e.source == "B" and "no warning" in e.text for f in agreed for e in f.evidence)

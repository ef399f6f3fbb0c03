"""P101 (kind polarity-conflict): a denial against an assertion is a hard discrepancy, and only that.

A false hard discrepancy is the worst error for an editor, so most cases here are near misses that must stay
silent: both sides negated, a negation about something else, in a quote, in a conditional, a negated report,
a hedge, an accusation against a denial. A state true when written ("has not been charged") conflicts unless the
publication dates show it is the older report (P102).
"""

from __future__ import annotations

import attrs
import pytest

from crosscheck import compare_texts, load_pack
from crosscheck.model import Claim, ClaimKind, Severity, Status, Verdict
from crosscheck.polarity import polarity_conflict

PACK = load_pack()
RULE = PACK.get("P101")

FIRES = [
    ("The minister refused to resign after the vote in parliament on Tuesday.",
     "The minister resigned after the vote in parliament on Tuesday."),
    ("No one was hurt when the fire swept through the church on Friday night.",
     "Two people were hurt when the fire swept through the church on Friday night."),
    ("The quake was not felt in the neighbouring states of Oman and the UAE.",
     "The quake was felt in the neighbouring states of Oman and the UAE."),
    ("The company denied that it dumped toxic waste into the river near the town.",
     "The company dumped toxic waste into the river near the town."),
    ("According to the governor, the relief tents were not ready for the villagers in the mountains.",
     "The governor said the relief tents were ready for the villagers in the mountains."),
    # a state true when written, with no publication dates: hard unless the dates show the negation came first
    ("The suspect has not been charged with the killing of the guard.",
     "The suspect was charged with the killing of the guard."),
    ("The man has not been charged over the death of the shopkeeper in the town.",
     "The man was charged with murder over the death of the shopkeeper in the town."),
    # the asserting side dates the act: "on Tuesday morning" says when, not what
    ("The transport minister did not resign.",
     "The transport minister resigned on Tuesday morning."),
]  # fmt: skip

SILENT = {
    "both negated, spaced apostrophe": (
        "The striking workers didn \u2019 t return to the assembly plant on Monday morning.",
        "The striking workers didn't return to the assembly plant on Monday morning.",
    ),
    "both deny, in other words": (
        "The defence minister denied ordering the raid on the newspaper's offices.",
        "The defence minister has never ordered a raid on the newspaper's offices.",
    ),
    "negation inside the quote": (
        "\u201cWe did not order the raid,\u201d the defence minister said on Friday.",
        "The defence minister ordered the raid, he said on Friday.",
    ),
    "not only": (
        "He not only won the race in Berlin but also set a world record.",
        "He won the race in Berlin and set a world record.",
    ),
    "conditional": (
        "The coach would not have benched the striker if the team were still in the title race.",
        "The coach benched the striker and the team were still in the title race.",
    ),
    "withheld, not denied": (
        "The spokesman would not say whether the ambassador was recalled to the capital.",
        "The spokesman said the ambassador was recalled to the capital.",
    ),
    "hedged assertion": (
        "The company allegedly dumped toxic waste into the river near the town.",
        "The company denied dumping toxic waste into the river near the town.",
    ),
    "denies a noun, not an act": (
        "The minister denied the charges in court on Tuesday.",
        "The minister faced the charges in court on Tuesday.",
    ),
    "a new subject": (
        "Felt did not reveal his identity in the magazine article.",
        "Felt's family revealed his identity in the magazine article.",
    ),
    "a detail besides": (
        "The striking workers did not return to the assembly plant.",
        "The striking workers returned to the assembly plant through the main gate.",
    ),
    "subordinate clause": (
        "When he was not arrested, he was on probation for a previous DUI arrest, the patrol said.",
        "He was on probation for a previous DUI arrest, the patrol said.",
    ),
    "a rank, not a negation": (
        "The No. 1 seed beat Evansville by 18 points in Chapel Hill on Thursday night.",
        "The top seed beat Evansville by 18 points in Chapel Hill on Thursday night.",
    ),
}


def _p101(a: str, b: str) -> list[str]:
    return [f.rule.code for f in compare_texts([a, b], PACK).findings if f.rule.code == "P101"]


@pytest.mark.parametrize(("a", "b"), FIRES)
def test_fires_on_a_denial_against_an_assertion(a: str, b: str) -> None:
    assert _p101(a, b) == ["P101"]
    assert _p101(b, a) == ["P101"]  # either side may be the denying one


@pytest.mark.parametrize(("a", "b"), list(SILENT.values()), ids=list(SILENT))
def test_silent_on_near_misses(a: str, b: str) -> None:
    assert _p101(a, b) == []
    assert _p101(b, a) == []


def test_one_finding_per_pair_and_it_is_hard() -> None:
    a, b = FIRES[0]
    report = compare_texts([a, b], PACK)
    statement = [f for f in report.findings if f.kind is ClaimKind.STATEMENT]
    assert [f.rule.code for f in statement] == ["P101"]  # not also S001 (statement-agrees) for the same sentences
    assert statement[0].verdict is Verdict.DISCREPANCY and statement[0].severity is Severity.HARD
    assert "A \u201c" in statement[0].message and "B \u201c" in statement[0].message  # cites both sides


def _claim(source: str, text: str) -> Claim:
    return Claim(f"{source}1", source, ClaimKind.STATEMENT, start=0, end=len(text), text=text, sentence=0)


def test_params_are_read_from_the_rule() -> None:
    a = _claim("A", "The minister refused to resign after the vote in parliament.")
    b = _claim("B", "The minister resigned after the vote in parliament.")
    assert polarity_conflict(a, b, RULE.params)
    assert not polarity_conflict(a, b, {**RULE.params, "denials": []})  # "refused" is then no negation
    assert not polarity_conflict(attrs.evolve(b, hedge="reportedly", status=Status.HEDGED), a, RULE.params)
    extra = _claim("B", "The minister plans to resign after the vote in parliament.")
    denial = _claim("A", "The minister has no intention of resigning after the vote in parliament.")
    assert polarity_conflict(denial, extra, RULE.params)
    assert not polarity_conflict(denial, extra, {**RULE.params, "max_extra": 0})


# P103 (kind opposite-predicates): one pair of opposite words, everything else shared

OPPOSED = [
    ("The city council voted for the new parking rules on Monday night.",
     "The city council voted against the new parking rules on Monday night."),
    ("The striker's team won the cup final in extra time.",
     "The striker's team lost the cup final in extra time."),
    ("Oil prices rose after the announcement from the producers' group.",
     "Oil prices fell after the announcement from the producers' group."),
]  # fmt: skip

NOT_OPPOSED = {
    "both words in one sentence": (
        "Oil prices rose in the morning and fell after the announcement.",
        "Oil prices fell after the announcement.",
    ),
    "opposites about different things": (
        "The ruling party won the vote in the north of the country.",
        "The opposition lost its appeal against the count in the capital.",
    ),
    "a hedge": (
        "The striker's team may have lost the cup final in extra time.",
        "The striker's team won the cup final in extra time.",
    ),
}
FILLER_A = " The stadium was full. Fans sang for hours. The mayor attended."
FILLER_B = " Tickets sold out in a day. Traffic was heavy. Police were on hand."


def _p103(a: str, b: str) -> list[str]:
    report = compare_texts([a + FILLER_A, b + FILLER_B], PACK)
    return [f.rule.code for f in report.findings if f.kind is ClaimKind.STATEMENT and f.rule.code == "P103"]


@pytest.mark.parametrize(("a", "b"), OPPOSED)
def test_opposite_outcomes_are_a_hard_discrepancy(a: str, b: str) -> None:
    assert _p103(a, b) == ["P103"]
    assert _p103(b, a) == ["P103"]


@pytest.mark.parametrize(("a", "b"), NOT_OPPOSED.values(), ids=list(NOT_OPPOSED))
def test_no_opposite_outcome_on_near_misses(a: str, b: str) -> None:
    assert _p103(a, b) == []

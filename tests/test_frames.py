"""Frames: what each figure and date measures (crosscheck/frames.py, predicate families in rules/frames.toml).

* a golden table, ``tests/data/frames_table.tsv``: one test per row, asserting the predicate (a family's name, or
  the stem of a verb outside every family), and when given the holder and the scope, of one claim's frame. The
  expected values are what an editor would say the figure counts or the date dates, not what the code gives
  today: a row the frame reader gets wrong carries the reason in its ``xfail`` column and is a strict xfail;
* every example of ``rules/frames.toml`` (the ``examples`` of each ``[[predicate]]`` table);
* contrastive pairs of invented articles through the whole pipeline: one unit measuring two different facts
  gives no finding, one fact in other words gives an agreement or a discrepancy;
* a malformed frames file fails to load naming the file and the key.

Rows whose source is ``ecbplus/...`` are verbatim sentences of the ECB+ corpus (Cybulska & Vossen 2014, CC BY
3.0); the other sentences are invented.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import NamedTuple

import pytest
from _pytest.mark.structures import ParameterSet
from tsv_tables import Row, cases, rows

from crosscheck import compare_texts
from crosscheck.claims import extract_claims
from crosscheck.errors import RuleError
from crosscheck.frames import CUT_OFF, Fit, fit
from crosscheck.model import ClaimKind, Frame, Report, Verdict
from crosscheck.read import article_from_text
from crosscheck.rules import FrameExample, default_rules_dir, frame_examples, load_pack
from crosscheck.text import stem

TABLE = Path(__file__).parent / "data" / "frames_table.tsv"
PACK = load_pack()
FAMILIES = frozenset(f.name for f in PACK.frames.families)
NONE = "-"  # in the holder or scope column: the frame must have none (an empty cell is not checked)


def _rows() -> list[Row]:
    return rows(TABLE)


def _cases() -> list[ParameterSet]:
    return cases(TABLE)


def _frame(text: str, claim: str) -> Frame:
    """The frame of the quantity or date claim written ``claim`` in the one-sentence article ``text``."""
    claims = extract_claims(article_from_text(text, "A"), PACK.aliases, PACK.frames)
    facts = [c for c in claims if c.kind in (ClaimKind.QUANTITY, ClaimKind.DATE)]
    found = [c for c in facts if c.text == claim]
    assert found, f"{claim!r} is not a claim; the facts are {[c.text for c in facts]}"
    assert found[0].frame is not None
    return found[0].frame


def _scope_names(scope: tuple[str, ...]) -> str:
    """The scope's names, sorted and joined as the table writes them ("Europe", "Lakers | NBA"), without the
    entity type the frame reader may put before each ("place:Europe")."""
    return " | ".join(sorted(re.sub(r"^[a-z]+:", "", s) for s in scope)) or NONE


@pytest.mark.parametrize("row", _cases())
def test_frame_table(row: Row) -> None:
    frame = _frame(row["text"], row["claim"])
    expected = row["predicate"]
    got: dict[str, object] = {"predicate": frame.predicate, "family": frame.family, "reporting": frame.reporting}
    want: dict[str, object] = {
        "predicate": expected,
        "family": expected in FAMILIES,
        "reporting": expected in PACK.frames.reporting,  # "said Tuesday" dates the statement, not the event
    }
    if row["holder"]:
        got["holder"], want["holder"] = frame.holder or NONE, row["holder"]
    if row["scope"]:
        got["scope"], want["scope"] = _scope_names(frame.scope), row["scope"]
    assert got == want, f"trigger {frame.trigger!r}"


def test_frame_table_is_well_formed() -> None:
    """The table itself: enough rows, about half of them from ECB+, each claim written in its sentence, and each
    predicate a family's name or the stem of a word of the sentence."""
    rows = _rows()
    assert TABLE.read_text(encoding="utf-8").startswith("# "), "the first line says where the sentences come from"
    assert len(rows) >= 90
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    corpus = [r for r in rows if r["source"].startswith("ecbplus/")]
    assert {r["source"] for r in rows} - {r["source"] for r in corpus} == {"invented"}
    assert all(re.fullmatch(r"ecbplus/\d+[ab]/\d+_\d+ecb(plus)?\.txt", r["source"]) for r in corpus)
    assert 0.4 <= len(corpus) / len(rows) <= 0.6
    assert len({r["source"].split("/")[1] for r in corpus}) >= 25, "sentences from many events, not one story"
    for r in rows:
        assert r["claim"] in r["text"], r["id"]
        if r["predicate"] not in FAMILIES:
            stems = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", r["text"])}
            assert r["predicate"] in stems, f"{r['id']}: {r['predicate']!r} is no family and no word's stem"


# rules/frames.toml: every [[predicate]] table's examples

FRAMES_TOML = default_rules_dir() / "frames.toml"
EXAMPLE_GAPS = {  # (text, claim) -> why the frame reader gets the example wrong today
    ("They paid $90,000 in federal taxes.", "$90,000"): (
        "two family words: the verb 'paid' is nearer than 'in federal taxes', which says what the money is"
    ),
}


def _examples() -> list[ParameterSet]:
    data = tomllib.loads(FRAMES_TOML.read_text(encoding="utf-8"))
    cases = []
    for table in data["predicate"]:
        where = f"{FRAMES_TOML}: predicate {table['name']!r}"
        for n, ex in enumerate(frame_examples(where, table["name"], table["examples"])):
            gap = EXAMPLE_GAPS.get((ex.text, ex.claim))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            cases.append(pytest.param(ex, id=f"{ex.family}-{n}", marks=marks))
    return cases


@pytest.mark.parametrize("example", _examples())
def test_frames_toml_example(example: FrameExample) -> None:
    assert _frame(example.text, example.claim).predicate == example.predicate


def test_every_family_has_examples_and_the_gaps_are_examples() -> None:
    data = tomllib.loads(FRAMES_TOML.read_text(encoding="utf-8"))
    assert {t["name"] for t in data["predicate"]} == FAMILIES
    written = {(ex["text"], ex["claim"]) for t in data["predicate"] for ex in t["examples"]}
    assert set(EXAMPLE_GAPS) <= written, "a gap listed here is no longer an example of rules/frames.toml"


def test_fit_of_table_frames() -> None:
    """The frames the table's sentences give relate as their facts do: one family (or verb) is the same fact;
    killed and injured, tax and income, a statement and the event it reports are different facts."""
    died = _frame("At least 31 people died in the floods.", "At least 31 people")
    killed = _frame("At least 24 people were killed in the blast, officials said.", "At least 24 people")
    injured = _frame("The explosion wounded 40 workers at the plant.", "40 workers")
    said = _frame("Hapag-Lloyd said Saturday that the crew was safe.", "Saturday")
    attacked = _frame("The ship was attacked on Friday, the company said.", "Friday")
    earned = _frame("The company earned $3 million in income.", "$3 million")
    revenue = _frame("The retailer reported revenue of $4.2 billion for the quarter.", "$4.2 billion")
    germany = _frame("He played 10 seasons in West Germany before joining the 76ers.", "10 seasons")
    lakers = _frame("He spent 19 seasons with the Lakers.", "19 seasons")
    assert fit(died, killed, same_value=False) is Fit.MATCH
    assert fit(killed, injured, same_value=False) is Fit.CONFLICT
    assert fit(said, attacked, same_value=False) is Fit.CONFLICT
    assert fit(earned, revenue, same_value=False) is Fit.CONFLICT
    assert fit(germany, lakers, same_value=False) is Fit.CONFLICT
    assert fit(None, killed, same_value=False) is Fit.UNKNOWN


# Contrastive pairs: the whole pipeline on two invented articles


class Pair(NamedTuple):
    id: str
    a: str
    b: str
    kind: ClaimKind
    claims: tuple[str, str]  # the fact's text in A and in B
    verdict: Verdict | None  # the finding the two give; None: neither an agreement nor a discrepancy
    xfail: str = ""


PAIRS = [
    # one unit, different facts: no finding
    Pair(
        "tax-vs-income",
        "The company paid $2 million in tax. Its accounts for the year were published on its website. The firm "
        "makes packaging for food producers. Its chief executive said the year had been difficult.",
        "The company earned $3 million in income. The annual accounts appeared on the firm's website. It makes "
        "packaging for food producers. The chief executive described a difficult year.",
        ClaimKind.QUANTITY,
        ("$2 million", "$3 million"),
        None,
    ),
    Pair(
        "senate-vs-house",
        "The Senate voted 52-47. The bill now goes to the president. Supporters said it would cut waiting times "
        "at hospitals. Opponents said it would cost too much.",
        "The House voted 220-210. The bill now goes to the president. Supporters said it would cut waiting "
        "times at hospitals. Critics said the cost was too high.",
        ClaimKind.QUANTITY,
        ("", ""),
        None,
    ),
    Pair(
        "seasons-germany-vs-lakers",
        "He played 10 seasons in Germany. The forward was known for his shooting. He retired from basketball at "
        "the age of 38. He later coached a youth team.",
        "He spent 19 seasons with the Lakers. The forward was known for his shooting. He retired from "
        "basketball at 38. Afterwards he coached young players.",
        ClaimKind.QUANTITY,
        ("10 seasons", "19 seasons"),
        None,
    ),
    Pair(
        "statement-date-vs-event-date",
        "Baltic Star Lines said Saturday that the crew of its cargo ship was safe. The vessel was carrying "
        "containers to a northern port. The company did not say what the ship was carrying. It said the ship "
        "would continue its voyage.",
        "The ship was attacked on Friday as it sailed through the strait. The cargo vessel was carrying "
        "containers to a northern port. Its crew was unharmed. The ship continued its voyage.",
        ClaimKind.DATE,
        ("Saturday", "Friday"),
        None,
    ),
    Pair(
        "landed-vs-thrown",
        "The champion landed 178 punches over twelve rounds. The crowd in the arena cheered every exchange. His "
        "trainer praised the fight plan. The rematch is set for the spring.",
        "The challenger's corner counted 369 punches thrown by the champion. The crowd in the arena cheered every "
        "exchange. His trainer praised the plan. A rematch is planned for the spring.",
        ClaimKind.QUANTITY,
        ("178 punches", "369 punches"),
        None,
    ),
    Pair(
        "two-numbers-of-two-verbs",
        "Shares of the target soared $5.27, or nearly 28 percent, on Tuesday. The deal needs approval from "
        "regulators. Analysts called the price fair. The companies expect to close the deal next year.",
        "The offer gives shareholders a nearly 33 percent premium compared with the closing price on Friday. The "
        "deal needs approval from regulators. Analysts called the price fair. The companies expect to close it "
        "next year.",
        ClaimKind.QUANTITY,
        ("nearly 28 percent", "nearly 33 percent"),
        None,
    ),
    Pair(
        "distances-from-two-places",
        "The quake struck 13 miles east of Riverton on Sunday morning. No damage was reported in the valley. "
        "Residents said the shaking was brief. Geologists expect more aftershocks.",
        "The quake struck three miles east of Pine Ridge on Sunday morning. No damage was reported in the "
        "valley. Residents said the shaking was short. Geologists expect aftershocks.",
        ClaimKind.QUANTITY,
        ("13 miles", "three miles"),
        None,
    ),
    Pair(
        "distances-from-one-place",
        "The refugee camp lies 10 miles south of the border. Aid agencies said food was running low. Families "
        "arrived there every day. The government has promised more help.",
        "The refugee camp is 30 miles from the border. Aid agencies said food was running low. Families arrive "
        "there every day. The government promised more help.",
        ClaimKind.QUANTITY,
        ("10 miles", "30 miles"),
        Verdict.DISCREPANCY,
    ),
    Pair(
        "two-spans-of-time",
        "Analysts expect the software maker to issue a fix for the browser flaw within two to three weeks. Users "
        "were urged to be careful. The company said no data was lost.",
        "The software maker was forced to rewrite a security update for the browser flaw just three days after "
        "issuing it. Users were urged to be careful. The company said no data was lost.",
        ClaimKind.QUANTITY,
        ("two to three weeks", "three days"),
        None,
    ),
    Pair(
        "two-models-named-by-their-sizes",
        "The company unveiled a 15-inch version of its laptop on Monday. Reviewers praised the screen. The "
        "battery lasts longer than before. Shipping begins next month.",
        "The 13-inch models of the laptop start at $999, the company said on Monday. Reviewers praised the "
        "screen. The battery lasts longer than before. Shipping begins next month.",
        ClaimKind.QUANTITY,
        ("15-inch", "13-inch"),
        None,
    ),
    Pair(
        "arrested-vs-questioned",
        "Police arrested three men after the robbery at the jewellery shop. The owner was not hurt. Officers "
        "searched the area for hours. The shop reopened on Friday.",
        "Police questioned five men after the robbery at the jewellery shop. The owner was unhurt. Officers "
        "searched the area for hours. The shop reopened on Friday.",
        ClaimKind.QUANTITY,
        ("three men", "five men"),
        None,
    ),
    Pair(
        "items-of-a-total",
        "The storm killed 12 people in Texas and 9 in Oklahoma. Power lines were down across the region. "
        "Schools stayed closed on Tuesday. The governor toured the damage.",
        "The storm killed 21 people in two states. Power lines were down across the region. Schools stayed "
        "closed on Tuesday. The governor toured the damage.",
        ClaimKind.QUANTITY,
        ("12 people", "21 people"),
        None,
    ),
    Pair(
        "ages-of-a-woman-and-a-man",
        "The victim was a 34-year-old woman. Police closed the street for hours. Neighbours said they heard "
        "shouting. The motive is not known.",
        "The suspect was a 29-year-old man. Police closed the street for hours. Neighbours said they heard "
        "shouting. The motive is not known.",
        ClaimKind.QUANTITY,
        ("34-year-old", "29-year-old"),
        None,
    ),
    Pair(
        "age-of-one-role",
        "The prime minister, 58, announced his resignation on Friday. His party will choose a successor. The "
        "vote is planned for next month. Markets barely moved.",
        "The 58-year-old prime minister said on Friday that he would resign. His party will choose a "
        "successor. The vote is planned for next month. Markets barely moved.",
        ClaimKind.QUANTITY,
        ("58", "58-year-old"),
        Verdict.AGREEMENT,
    ),
    Pair(
        "compatible-value-of-two-verbs-is-one-fact",
        "Officials warned of plans to reinforce the more than 100,000 troops near the border. Talks are due "
        "next week. Diplomats in the capital were cautious. The alliance met on Friday.",
        "The army has positioned around 100,000 troops near the border. Talks are due next week. Diplomats "
        "in the capital were cautious. The alliance met on Friday.",
        ClaimKind.QUANTITY,
        ("more than 100,000 troops", "around 100,000 troops"),
        Verdict.DISCREPANCY,
    ),
    Pair(
        "ages-of-unnamed-people",
        "A 12-year-old boy was among the people hurt in the attack. A 30-year-old neighbour called for help. "
        "Police closed the street for hours. The motive is not known.",
        "Officers detained a 48-year-old man near the scene. A 19-year-old witness described the attack. Police "
        "closed the street for hours. The motive is not known.",
        ClaimKind.QUANTITY,
        ("12-year-old", "48-year-old"),
        None,
    ),
    Pair(
        "ages-of-one-named-person",
        "Maria Gonzalez, 34, was arrested on Monday. A 60-year-old neighbour called the police. The hearing is "
        "set for next week. Her lawyer declined to comment.",
        "Maria Gonzalez, 36, was arrested on Monday. A 60-year-old neighbour called the police. The hearing is "
        "set for next week. Her lawyer did not comment.",
        ClaimKind.QUANTITY,
        ("34", "36"),
        Verdict.DISCREPANCY,
    ),
    Pair(
        "killed-vs-injured",
        "The blast killed 12 people. It tore through a market in the old town. Shops along the street were "
        "destroyed. Rescue teams worked through the night.",
        "The blast injured 30 people. It tore through a market in the old town. Shops along the street were "
        "wrecked. Rescuers worked through the night.",
        ClaimKind.QUANTITY,
        ("12 people", "30 people"),
        None,
    ),
    Pair(
        "seats-won-vs-lost",
        "The opposition party won 87 seats in the election. Its leader thanked voters at a rally in the capital. "
        "Turnout was higher than at the last vote. The new parliament meets next month.",
        "The governing party lost 23 seats in the election. Its leader conceded at a rally in the capital. "
        "Turnout rose compared with the last vote. The new parliament meets next month.",
        ClaimKind.QUANTITY,
        ("87 seats", "23 seats"),
        None,
    ),
    Pair(
        "arrested-vs-charged",
        "Police arrested five men after the robbery. The raid on the bank took place in the early morning. "
        "Officers recovered most of the stolen cash. The bank reopened the next day.",
        "Three men were charged after the robbery. The raid on the bank happened early in the morning. Most of "
        "the stolen cash was recovered. The bank opened again the next day.",
        ClaimKind.QUANTITY,
        ("five men", "Three men"),
        None,
    ),
    Pair(
        "revenue-by-year",
        "The retailer reported revenue of $4 billion in 2016. The chain runs stores in most large towns. It has "
        "been cutting costs for years. Its shares trade on the main exchange.",
        "The retailer reported revenue of $5 billion in 2017. The chain has stores in most large towns. It has "
        "cut costs for years. Its shares are listed on the main exchange.",
        ClaimKind.QUANTITY,
        ("$4 billion", "$5 billion"),
        None,
    ),
    Pair(
        "sales-by-region",
        "The carmaker sold 12,000 vehicles in Europe in March. Demand for electric models grew strongly. The "
        "company plans to open a new factory next year. Its shares rose after the figures were published.",
        "The carmaker sold 40,000 vehicles in Asia in March. Demand for electric models grew strongly. A new "
        "factory is planned for next year. The shares rose after the figures came out.",
        ClaimKind.QUANTITY,
        ("12,000 vehicles", "40,000 vehicles"),
        None,
    ),
    # one fact in other words: a finding
    Pair(
        "arrested-vs-detained-dates",
        "Police arrested two men on Tuesday. The arrests followed a robbery at a jewellery shop in the city "
        "centre. Officers recovered several watches and a bag of cash. The shop owner said he was relieved.",
        "Two men were detained on Wednesday, police said. The arrests followed a robbery at a jewellery shop in "
        "the city centre. Several watches and a bag of cash were recovered. The owner of the shop said he was "
        "relieved.",
        ClaimKind.DATE,
        ("Tuesday", "Wednesday"),
        Verdict.DISCREPANCY,
    ),
    Pair(
        "arrested-vs-detained-same-day",
        "Police arrested two men on Tuesday. The arrests followed a robbery at a jewellery shop in the city "
        "centre. Officers recovered several watches and a bag of cash. The shop owner said he was relieved.",
        "Two men were detained on Tuesday, police said. The arrests followed a robbery at a jewellery shop in "
        "the city centre. Several watches and a bag of cash were recovered. The owner of the shop said he was "
        "relieved.",
        ClaimKind.DATE,
        ("Tuesday", "Tuesday"),
        Verdict.AGREEMENT,
    ),
    Pair(
        "killed-vs-death-toll",
        "The blast killed 24 people. It tore through a crowded market in the old town. Rescue teams searched the "
        "rubble through the night. The cause of the explosion is not yet known.",
        "The death toll from the blast rose to 31. The explosion tore through a crowded market in the old town. "
        "Rescuers searched the rubble through the night. Officials have not said what caused it.",
        ClaimKind.QUANTITY,
        ("24 people", "31"),
        Verdict.DISCREPANCY,
    ),
    Pair(
        "killed-vs-died-same-figure",
        "The blast killed 24 people. It tore through a crowded market in the old town. Rescue teams searched the "
        "rubble through the night. The cause of the explosion is not yet known.",
        "24 people died in the blast. The explosion tore through a crowded market in the old town. Rescuers "
        "searched the rubble through the night. Officials have not said what caused it.",
        ClaimKind.QUANTITY,
        ("24 people", "24 people"),
        Verdict.AGREEMENT,
    ),
    Pair(
        "resigned-vs-stepped-down",
        "The minister resigned on Friday. She had faced weeks of criticism over the hospital contracts. The "
        "prime minister thanked her for her service. A successor will be named next week.",
        "The minister stepped down on Thursday. She had been criticised for weeks over the hospital contracts. "
        "The prime minister thanked her. Her successor will be named next week.",
        ClaimKind.DATE,
        ("Friday", "Thursday"),
        Verdict.DISCREPANCY,
    ),
    Pair(
        "senate-tally-differs",
        "The Senate voted 52-47. The bill now goes to the president. Supporters said it would cut waiting times "
        "at hospitals. Opponents said it would cost too much.",
        "The Senate voted 51-48. The bill now goes to the president. Supporters said it would cut waiting "
        "times at hospitals. Critics said the cost was too high.",
        ClaimKind.QUANTITY,
        ("52-47", "51-48"),
        Verdict.DISCREPANCY,
    ),
    Pair(
        "sentenced-vs-jailed",
        "The judge sentenced him to 12 years in prison. He had been found guilty of fraud at the city's crown "
        "court. The court heard that he had stolen money from his clients. His lawyer said he would appeal.",
        "He was jailed for 15 years. He had been found guilty of fraud at the city's crown court. The court was "
        "told he had stolen money from his clients. His lawyer said he would appeal.",
        ClaimKind.QUANTITY,
        ("12 years", "15 years"),
        Verdict.DISCREPANCY,
    ),
    Pair(
        "evacuated-figures",
        "About 2,000 residents were evacuated from the valley. The river burst its banks after days of heavy "
        "rain. Emergency shelters were opened in two schools. Roads into the valley remain closed.",
        "Officials evacuated 3,500 residents from the valley. The river burst its banks after days of heavy "
        "rain. Two schools were turned into emergency shelters. Roads into the valley are still closed.",
        ClaimKind.QUANTITY,
        ("About 2,000 residents", "3,500 residents"),
        Verdict.DISCREPANCY,
    ),
    Pair(
        "elliptical-figure-of-one-family",
        "The team has eight losses in its last 10 games. The coach was fired on Saturday. The owner thanked him "
        "for his work. A new coach will be named next week.",
        "The team have lost eight of 10. The coach was fired on Saturday. The owner thanked him. A successor "
        "will be named next week.",
        ClaimKind.QUANTITY,
        ("eight losses", "eight"),
        Verdict.AGREEMENT,
    ),
    Pair(
        "elliptical-figure-of-another-family",
        "The team has eight losses in its last 10 games. The coach was fired on Saturday. The owner thanked him "
        "for his work. A new coach will be named next week.",
        "The team have won eight of 10. The coach was fired on Saturday. The owner thanked him. A successor "
        "will be named next week.",
        ClaimKind.QUANTITY,
        ("eight losses", "eight"),
        None,
    ),
    Pair(
        "fire-date-beside-statement-date",
        "The fire broke out on Saturday night, the fire department said Sunday. It destroyed a warehouse near "
        "the harbour. Nobody was hurt. The cause is being investigated.",
        "The blaze started on Saturday, officials said. It destroyed a warehouse near the harbour. No one was "
        "injured. Investigators are looking into the cause.",
        ClaimKind.DATE,
        ("Saturday", "Saturday"),
        Verdict.AGREEMENT,
    ),
    # the same vote told by two verbs: the tally counts votes whichever verb gives the outcome
    Pair(
        "tally-voted-vs-passed",
        "The Senate voted 52-47 to pass the bill. The bill now goes to the president. Supporters said it would "
        "cut waiting times. Opponents said it would cost too much.",
        "The Senate passed the bill 47-52. The bill now goes to the president. Supporters said it would cut "
        "waiting times. Critics said the cost was too high.",
        ClaimKind.QUANTITY,
        ("52-47", "47-52"),
        Verdict.AGREEMENT,
    ),
    # a crash told two ways: one event, two times
    Pair(
        "crashed-vs-went-down",
        "The plane crashed shortly after 9 a.m. near the airport. All passengers survived. The airline said it "
        "would investigate. Flights resumed later.",
        "The plane went down at about 9:30 a.m. near the airport. Everyone on board survived. The airline "
        "promised an inquiry. Flights were resumed.",
        ClaimKind.DATE,
        ("9 a.m.", "9:30 a.m."),
        Verdict.DISCREPANCY,
    ),
    # two nouns for one thing, in their common sense (the lexicon): the same count
    Pair(
        "quake-vs-temblor",
        "Officials counted three quakes overnight in the region. Schools were closed. Residents slept outside. "
        "Aid arrived on Monday.",
        "Officials recorded three temblors overnight in the region. Schools stayed shut. Many slept outdoors. "
        "Aid came on Monday.",
        ClaimKind.QUANTITY,
        ("three quakes", "three temblors"),
        Verdict.AGREEMENT,
    ),
]


def _between(report: Report, pair: Pair) -> list[Verdict]:
    """The verdicts of the findings of ``pair.kind`` that join A's fact to B's."""
    out = []
    for f in report.findings:
        texts = {(e.source, e.text) for e in f.evidence}
        if f.kind is pair.kind and {("A", pair.claims[0]), ("B", pair.claims[1])} <= texts:
            out.append(f.verdict)
    return out


@pytest.mark.parametrize(
    "pair",
    [
        pytest.param(p, id=p.id, marks=[pytest.mark.xfail(strict=True, reason=p.xfail)] if p.xfail else [])
        for p in PAIRS
    ],
)
def test_contrastive_pair(pair: Pair) -> None:
    report = compare_texts([pair.a, pair.b])
    for source, text in zip("AB", pair.claims, strict=True):
        if text:  # "": the pair is about the whole kind (a tally gives no claim at all)
            assert text in [c.text for c in report.claims if c.source == source and c.kind is pair.kind]
    found = [(f.verdict, f.rule.code, f.message) for f in report.findings if f.kind is pair.kind]
    judged = [v for v in _between(report, pair) if v in (Verdict.AGREEMENT, Verdict.DISCREPANCY)]
    if pair.verdict is None:
        assert judged == [], found
        # and no other pairing of the kind stands in for it
        assert not [f for f in found if f[0] in (Verdict.AGREEMENT, Verdict.DISCREPANCY)], found
    else:
        assert judged == [pair.verdict], found
    if pair.verdict is Verdict.AGREEMENT:  # nor does a statement's date stand against the event's
        assert not [f for f in found if f[0] is Verdict.DISCREPANCY], found


# A discrepancy says what was measured; a year that names which one is no date of the story

MEASURED = [
    # (A, B, the phrase A's message quotes, the phrase B's message quotes)
    (
        "The blast killed 24 people in the market. Rescue teams searched the rubble through the night.",
        "The death toll from the blast rose to 31. Rescuers searched the rubble through the night.",
        "killed 24 people",
        "death toll from the blast rose to 31",
    ),
    (
        "Police arrested the suspect on Tuesday after a chase. He is due in court next month.",
        "Police arrested the suspect on Wednesday after a chase. He is due in court next month.",
        "arrested the suspect on Tuesday",
        "arrested the suspect on Wednesday",
    ),
]


@pytest.mark.parametrize(("a", "b", "phrase_a", "phrase_b"), MEASURED)
def test_a_discrepancy_quotes_what_was_measured(a: str, b: str, phrase_a: str, phrase_b: str) -> None:
    found = [f for f in compare_texts([a, b]).findings if f.verdict is Verdict.DISCREPANCY]
    assert len(found) == 1
    assert f"A: \u201c{phrase_a}\u201d" in found[0].message and f"B: \u201c{phrase_b}\u201d" in found[0].message


@pytest.mark.parametrize(
    ("text", "claim", "attributive"),
    [
        ("Murphy withdrew as host of the 2012 Oscars last year.", "2012", True),
        ("His 2010 campaign cost more than any before it.", "2010", True),
        ("Obama's 2008 victory surprised many analysts.", "2008", True),
        ("In 2012 Oscar ratings fell sharply.", "2012", False),  # no determiner: the year dates the clause
        ("The treaty was signed in 1998 by both countries.", "1998", False),
    ],
)
def test_a_year_before_a_noun_names_which_one(text: str, claim: str, attributive: bool) -> None:
    frame = _frame(text, claim)
    assert frame.attributive is attributive


def test_attributive_years_of_two_nouns_are_two_events_not_a_conflict() -> None:
    a = "The comedian withdrew as host of the 2012 Oscars. The academy then looked for another host."
    b = "The comedian was a divisive host of the 2013 Academy Awards. The academy then looked for another host."
    dates = [f for f in compare_texts([a, b]).findings if f.kind is ClaimKind.DATE]
    assert not [f for f in dates if f.verdict is not Verdict.SINGLE_SOURCE]


def test_attributive_years_of_one_noun_can_conflict() -> None:
    a = "Thousands of homes were destroyed by the 2004 tsunami. Aid agencies rebuilt most of the coast."
    b = "Thousands of homes were destroyed by the 2005 tsunami. Aid agencies rebuilt most of the coast."
    dates = [f for f in compare_texts([a, b]).findings if f.kind is ClaimKind.DATE]
    assert [f.rule.code for f in dates if f.verdict is Verdict.DISCREPANCY] == ["D101"]


# A malformed frames file fails naming the file and the key

EXAMPLES = 'examples = [{ text = "Divers rescued 12 boys from the cave.", claim = "12 boys", predicate = "rescued" }]'
GOOD = f"""\
[[predicate]]
name = "rescued"
words = ["rescued", "rescue", "saved"]
{EXAMPLES}
"""

BAD_FRAMES = [
    ('words = ["rescued"', 'colour = "red"\nwords = ["rescued"', "'colour'"),
    ('"rescue", "saved"', '"Rescue", "saved"', "'words'"),
    ('words = ["rescued", "rescue", "saved"]\n', "", "'words'"),
    ('name = "rescued"', 'name = "Rescued People"', "'name'"),
    ("examples = [", "reporting = 1\nexamples = [", "'reporting'"),
    (EXAMPLES, "", "'examples'"),  # no examples
    (EXAMPLES, "examples = []", "'examples'"),
    ('claim = "12 boys"', 'claim = "twelve boys"', "examples[0]"),
    ('predicate = "rescued" }', 'predicate = "rescued", expect = "match" }', "examples[0]"),
    ("[[predicate]]", "[frames]\nnouns = []\n\n[[predicate]]", "'nouns'"),
    ("[[predicate]]", '[frames]\nverbs = "fled"\n\n[[predicate]]', "'verbs'"),
]


def test_good_frames_file_adds_a_family(tmp_path: Path) -> None:
    (tmp_path / "frames.toml").write_text(GOOD, encoding="utf-8")
    pack = load_pack([tmp_path])
    assert "rescued" in {f.name for f in pack.frames.families}
    claims = extract_claims(article_from_text("Divers rescued 12 boys from the cave.", "A"), pack.aliases, pack.frames)
    assert [c.frame.predicate for c in claims if c.frame is not None] == ["rescued"]


@pytest.mark.parametrize(("old", "new", "key"), BAD_FRAMES, ids=[f"{b[2]}-{n}" for n, b in enumerate(BAD_FRAMES)])
def test_malformed_frames_file_names_file_and_key(tmp_path: Path, old: str, new: str, key: str) -> None:
    path = tmp_path / "frames.toml"
    assert old in GOOD
    path.write_text(GOOD.replace(old, new), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_pack([tmp_path])
    assert str(path) in str(err.value)
    assert key in str(err.value)


# Another event named in the clause ("a similar flood", "an earlier strike"): its facts are a background event's


@pytest.mark.parametrize(
    ("text", "claim", "background"),
    [
        ("In 2010, a similar flood killed 200 people.", "200 people", True),
        ("In an earlier Israeli strike in the Zeitoun neighborhood of Gaza City, at least 12 members of the extended "
         "Daya family were killed.", "at least 12 members", True),  # ecbplus/41b/41_7ecb.txt
        ("At the earlier hearing on Monday he was deemed too much of a risk to appear in the dock.", "Monday", True),
        ("The flood killed 12 people, a toll similar to last year's.", "12 people", False),  # after the figure
        ("The flood killed 12 people on Monday.", "12 people", False),
        ("Earlier, 12 people were killed in the flood.", "12 people", False),  # no noun: an earlier moment
    ],
)  # fmt: skip
def test_another_event_in_the_clause_makes_a_background_fact(text: str, claim: str, background: bool) -> None:
    assert _frame(text, claim).background is background


def test_a_background_flood_is_not_compared_with_the_story() -> None:
    a = "In 2010, a similar flood killed 200 people. Rescue teams searched the valley."
    b = "The flood killed 12 people. Rescue teams searched the valley."
    quantities = [f for f in compare_texts([a, b]).findings if f.kind is ClaimKind.QUANTITY]
    assert not [f for f in quantities if f.verdict is not Verdict.SINGLE_SOURCE]


# Dates that date no event of their own clause


def test_a_time_after_as_of_is_a_cut_off_and_its_conversion_shares_its_frame() -> None:
    text = "Turnout was 41 percent as of 4:00 p.m. local time (1100 GMT), officials said."
    cut_off = _frame(text, "4:00 p.m.")
    assert cut_off.predicate == CUT_OFF
    assert _frame(text, "1100 GMT") == cut_off


def test_a_cut_off_is_not_compared_with_the_time_of_the_event() -> None:
    a = (
        "Voters began to cast their ballots at 8:00 a.m. local time (0300 GMT) on Sunday. Officials said the count "
        "would take days. Observers from abroad watched the vote."
    )
    b = (
        "Some 41 percent of voters had cast their ballots as of 4:00 p.m. local time (1100 GMT). Officials said the "
        "count would take days. Observers from abroad watched the vote."
    )
    report = compare_texts([a, b])
    assert not [f for f in report.findings if f.kind is ClaimKind.DATE and f.verdict is Verdict.DISCREPANCY]


def test_a_date_before_and_is_not_dated_by_the_verb_after_it() -> None:
    text = "He was a second-round draft choice of the club in 1978 and played 11 seasons with the team."
    assert _frame(text, "1978").predicate is None


def test_a_distance_is_measured_from_the_place_after_it_and_a_dimension_names_what_it_measures() -> None:
    text = "The quake struck 13 miles east of Riverton, 50 km (30 miles) from the border, at a depth of 1.2 miles."
    assert _frame(text, "13 miles").scope == ("from:Riverton",)
    assert _frame(text, "50 km").scope == ("from:border",)
    assert _frame(text, "30 miles") == _frame(text, "50 km")  # one distance in two units
    assert _frame(text, "1.2 miles").predicate == "depth"

"""Alignment pairs claims, not sentences: facts by what they count and their context, quotes by their words."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from attrs import evolve

import crosscheck
import crosscheck.align
from crosscheck import article_from_text, compare_texts, load_pack
from crosscheck.align import (
    AlignConfig,
    Alignment,
    Side,
    _comparable,
    _exact_shared,
    _quote_match,
    _quote_words,
    _Weights,
    align,
    sentence_similarities,
)
from crosscheck.claims import extract_claims
from crosscheck.model import Claim, ClaimKind, Verdict

PACK = load_pack()
ARTICLES = sorted((Path(__file__).parent / "data" / "labelled" / "articles").glob("*.txt"))  # ECB+ (CC BY 3.0)


def _align(a: str, b: str) -> tuple[tuple[Claim, ...], tuple[Claim, ...], Alignment]:
    ca = extract_claims(article_from_text(a, "A"))
    cb = extract_claims(article_from_text(b, "B"))
    return ca, cb, align(ca, cb, PACK.alignment)


def _pairs(alignment: Alignment, kind: ClaimKind) -> list[tuple[str, str]]:
    return [(p.a.text, p.b.text) for p in alignment.pairs if p.a.kind is kind]


def test_quantities_pair_by_what_they_count_across_different_sentences() -> None:
    a = "Officials said the storm destroyed more than 300 homes along the coast. Rain fell for 12 hours."
    b = "Rain fell all night. Around 300 homes on the coast were destroyed by the storm, officials said."
    _, _, al = _align(a, b)
    assert _pairs(al, ClaimKind.QUANTITY) == [("more than 300 homes", "Around 300 homes")]


def test_different_values_need_shared_context() -> None:
    a = "The company hired 40 workers at its new plant in Ohio."
    b = "Separately, a charity gave 55 workers free meals during the holidays in Texas."
    ca, cb, al = _align(a, b)
    assert [c.text for c in (*ca, *cb) if c.kind is ClaimKind.QUANTITY] == ["40 workers", "55 workers"]
    assert _pairs(al, ClaimKind.QUANTITY) == []


def test_quotes_pair_by_their_words_whatever_the_sentence() -> None:
    a = 'The minister told parliament: "We will not raise taxes this year."'
    b = 'In a later interview, he repeated that "we will not raise taxes this year," aides said.'
    _, _, al = _align(a, b)
    assert len(_pairs(al, ClaimKind.QUOTE)) == 1


def test_equivalent_statements_align_and_unrelated_do_not() -> None:
    a = "Rioters hurled paving stones and fire bombs at police outside parliament. The bank raised its rates."
    b = "Outside parliament, rioters hurled paving stones and fire bombs at the police. Tourists visited museums."
    _, _, al = _align(a, b)
    stmts = _pairs(al, ClaimKind.STATEMENT)
    assert len(stmts) == 1 and "paving stones" in stmts[0][0]


def test_similarity_is_sparse_and_deterministic() -> None:
    a = "Alpha beta gamma delta. Completely unrelated words here."
    b = "Gamma delta epsilon. Nothing shared at all."
    ca, cb, _ = _align(a, b)
    scores = sentence_similarities(ca, cb, AlignConfig())
    assert list(scores) == [(0, 0)]  # only pairs sharing a content word are scored
    assert scores == sentence_similarities(ca, cb, AlignConfig())


def test_best_counterpart_counts_only_among_several_sentences() -> None:
    """A loose paraphrase (P about 0.35) pairs as a sentence's best counterpart in an article, but two one-sentence
    texts offer no choice, so there it needs the probability of a paraphrase on its own (``statement_alone``)."""
    a = "Rescuers pulled two more survivors from the rubble of the collapsed school on Friday."
    b = "The school collapsed in the quake, and rescue teams searched the rubble for hours."
    assert PACK.alignment.statement_match < 0.35 < PACK.alignment.statement_alone
    assert _pairs(_align(a, b)[2], ClaimKind.STATEMENT) == []
    more_a = " The mayor opened a shelter in the stadium. Power lines were down across the valley."
    more_b = " Schools in the province stay closed until March. The army sent tents and water trucks."
    assert _pairs(_align(a + more_a, b + more_b)[2], ClaimKind.STATEMENT) == [(a, b)]


def test_a_sentence_that_states_two_things_pairs_with_both_counterparts() -> None:
    """A's first sentence states two things; B gives each its own sentence. The second of those is the best
    counterpart of neither A's first sentence nor its own (that is A's hospital sentence), but it shares much
    context with A's first sentence (``statement_shared``), so it pairs with it too."""
    config = PACK.alignment
    assert config.statement_match < config.statement_shared < 1
    a = (
        "The health minister warned on Monday that the long strike would cost the economy dearly and urged the "
        "nurses' unions to accept the new wage offer. Hospitals across the north cancelled routine operations for "
        "a week. Ambulance crews voted to join the strike."
    )
    b = (
        "The health minister warned on Monday that the long strike would cost the economy dearly. Hospitals across "
        "the north cancelled routine operations for a week, while the nurses' unions were urged to accept the new "
        "wage offer. Pharmacists stayed open."
    )
    first = a.split(". ", maxsplit=1)[0] + "."
    urged = b.split(". ")[1] + "."
    assert (first, urged) in _pairs(_align(a, b)[2], ClaimKind.STATEMENT)


def _people_pairs(a: str, b: str) -> list[tuple[str, str]]:
    from crosscheck import compare_texts
    from crosscheck.model import ClaimKind

    report = compare_texts([a, b])
    return [(f.evidence[0].text, f.evidence[1].text) for f in report.findings if f.kind is ClaimKind.ENTITY]


def test_a_person_both_name_pairs_once_by_the_mention_with_the_role() -> None:
    a = (
        "Fire chief Dana Whitfield said the blaze started in the kitchen.\n"
        "Whitfield said two crews fought the fire for three hours.\n"
    )
    b = "The blaze began in the kitchen, Dana Whitfield told reporters on Sunday.\n"
    assert _people_pairs(a, b) == [("Fire chief Dana Whitfield", "Dana Whitfield")]


def test_a_lone_surname_or_a_name_only_placed_is_not_a_person_both_name() -> None:
    # one surname and no role on either side: too weak a match, whatever else presents them as people
    a, b = "Mr. Marsh, 52, was released on Monday.\n", "Mr. Marsh, 52, left the court on Monday.\n"
    assert _people_pairs(a, b) == []
    # a name typed as a person by nothing that presents it as one is not reported as a person both name
    a = "Rescue teams reached Bener Meriah on Tuesday after the roads reopened.\n"
    b = "The roads to Bener Meriah reopened on Tuesday and rescue teams arrived.\n"
    assert _people_pairs(a, b) == []


def _named(a: str, b: str, code: str) -> list[tuple[str, str]]:
    return [(f.evidence[0].text, f.evidence[1].text) for f in compare_texts([a, b]).findings if f.rule.code == code]


def test_an_organisation_both_name_pairs_once_by_each_articles_first_mention() -> None:
    # the alias data links the acronym to the full name; each article's first mention is the evidence
    a = (
        "The International Monetary Fund approved the loan on Sunday.\n"
        "The IMF said the money would be paid in three parts.\n"
    )
    b = "Greece will get the money from the IMF, officials said.\nThe International Monetary Fund met in May.\n"
    assert _named(a, b, "E002") == [("International Monetary Fund", "IMF")]
    # dots, case and a leading "the" do not make two organisations
    a, b = "The U.S. Navy sent a destroyer on Friday.\n", "A destroyer of the US Navy arrived on Friday.\n"
    assert _named(a, b, "E002") == [("U.S. Navy", "US Navy")]


def test_an_organisation_only_one_article_names_is_no_finding() -> None:
    a = "Pirates seized the tanker on Saturday, the International Maritime Bureau said.\n"
    b = "Pirates seized the tanker on Saturday, a navy spokesman said.\n"
    report = compare_texts([a, b])
    assert [f for f in report.findings if f.kind is ClaimKind.ENTITY] == []
    assert any(c.kind is ClaimKind.ENTITY and "Maritime" in c.text for c in report.claims)  # it was extracted


def test_a_ship_named_with_and_without_its_prefix_is_one_vessel() -> None:
    a = "Pirates in two speedboats attacked the freighter Sirius on Saturday.\n"
    b = "The MV Sirius radioed for help on Saturday.\nThe Sirius was flying a Liberian flag.\n"
    assert _named(a, b, "E003") == [("Sirius", "MV Sirius")]
    assert _named(a, b, "E002") == []


def test_stem_weights_do_not_depend_on_the_order_a_set_yields_them() -> None:
    # a set of strings yields its items in an order that changes with each process's hash seed; a plain float sum
    # then differed in its last bit from run to run, enough to flip a pair that sat on a threshold
    texts = sorted((Path(__file__).parent / "data" / "labelled" / "articles").glob("*.txt"))[:2]
    a, b = (
        Side(extract_claims(article_from_text(t.read_text(encoding="utf-8"), s)))
        for t, s in zip(texts, "AB", strict=True)
    )
    weights = _Weights(a, b)
    for stems in (*a.stems.values(), *b.stems.values()):
        ordered = sorted(stems)
        assert weights.weight(ordered) == weights.weight(reversed(ordered))


def test_a_report_is_the_same_whatever_the_hash_seed() -> None:
    texts = sorted((Path(__file__).parent / "data" / "labelled" / "articles").glob("*.txt"))[:3]
    command = [sys.executable, "-m", "crosscheck", "compare", *map(str, texts), "--json", "--fail-on", "none"]
    outputs = {
        subprocess.run(
            command, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def test_an_article_compared_with_several_is_prepared_once_with_the_same_result() -> None:
    texts = [
        "Police said 40 workers were hurt at the plant on Monday. The owner, Ann Lee, said repairs would start soon.",
        "Forty workers were hurt at the plant on Monday, police said. Ann Lee said the plant would reopen in May.",
        "About 45 workers were injured on Monday at the plant. Repairs will start soon, the owner said.",
    ]
    claims = [extract_claims(article_from_text(t, s)) for t, s in zip(texts, "ABC", strict=True)]
    a = Side(claims[0])  # one Side for A, met by B, then C, then B again
    for other in (claims[1], claims[2], claims[1]):
        assert align(a, Side(other), PACK.alignment) == align(claims[0], other, PACK.alignment)


def test_a_quote_is_echoed_by_its_words_not_by_a_fragment_inside_it() -> None:
    quote = '"He was the last of the old-school bosses in this city," the prosecutor said after the hearing.'
    _, _, al = _align(quote, "The judge read the verdict. He was. The court then rose for the day.")
    assert not [c for c in al.pairs if c.a.kind is ClaimKind.QUOTE] and not al.related
    ca, _, al = _align(quote, "Reporters heard that he was the last of the old-school bosses in this city.")
    assert next(c.id for c in ca if c.kind is ClaimKind.QUOTE) in al.related


def test_facts_are_compared_only_with_facts_that_count_the_same_thing() -> None:
    ca = extract_claims(article_from_text("Police said 40 workers and 3 managers were hurt on Monday in 2010.", "A"))
    cb = extract_claims(
        article_from_text("Forty workers were hurt on Monday, police said, and two trucks burned.", "B")
    )
    pairs = {(x.text, y.text) for x, y in _comparable(ca, cb)}
    assert ("40 workers", "Forty workers") in pairs and ("Monday", "Monday") in pairs
    assert ("40 workers", "two trucks") not in pairs and ("2010", "Monday") not in pairs


def _real_pairs() -> list[tuple[tuple[Claim, ...], tuple[Claim, ...]]]:
    """Pairs of real articles: each labelled ECB+ article with the next, and its first half with its second
    (the two halves of one story share names, figures and dates, as two articles on one event do)."""
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    claims = [extract_claims(article_from_text(t, f"S{i}")) for i, t in enumerate(texts)]
    pairs = list(itertools.pairwise(claims))
    for t in texts:
        lines = t.splitlines()  # a paragraph a line
        half = len(lines) // 2
        first, second = "\n".join(lines[:half]), "\n".join(lines[half:])
        pairs.append((extract_claims(article_from_text(first, "A")), extract_claims(article_from_text(second, "B"))))
    return pairs


@pytest.mark.parametrize(
    "config",
    [PACK.alignment, evolve(PACK.alignment, statement_match=0.3, statement_alone=0.2, statement_related=0.05)],
    ids=["pack", "other-thresholds"],
)
def test_measures_below_their_floors_do_not_change_the_alignment(
    config: AlignConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The aligner skips what cannot reach a threshold; with every measure computed exactly (floors at zero) the
    alignment of real articles is the same, pair for pair, score for score."""
    pairs = _real_pairs()
    fast = [align(x, y, config) for x, y in pairs]
    assert sum(len(al.pairs) for al in fast) > 50
    skipped = [len(sentence_similarities(x, y, config)) for x, y in pairs]
    monkeypatch.setattr(crosscheck.align, "floors", lambda config: (0.0, 0.0))
    assert [align(x, y, config) for x, y in pairs] == fast
    assert sum(len(sentence_similarities(x, y, config)) for x, y in pairs) > sum(skipped)  # the floors skip some


def test_fact_context_is_the_exact_shared_measure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fact pairing reads ``shared`` as a number and computes it itself where the scores give 0.0: to the last
    bit what sentence_similarities computes with every measure exact, for every pair of statements."""
    monkeypatch.setattr(crosscheck.align, "floors", lambda config: (0.0, 0.0))
    checked = 0
    for x, y in _real_pairs():
        sx, sy = Side(x), Side(y)
        weights = _Weights(sx, sy)
        scores = sentence_similarities(sx, sy, PACK.alignment, weights)
        for i in sx.statements:
            for j in sy.statements:
                score = scores.get((i, j))
                exact = _exact_shared(sx, sy, i, j, w=weights, fuzz_weight=PACK.alignment.fuzz_weight)
                assert exact == (score.shared if score else 0.0)
                checked += score is not None
    assert checked > 1000


def test_figures_far_apart_need_strong_context_to_conflict() -> None:
    a = "The running back gained 10 yards on his first carry of the game."
    b = "Over his college career the running back gained 6,728 yards, a school record."
    ca, cb, al = _align(a, b)
    assert _pairs(al, ClaimKind.QUANTITY) == []
    config = evolve(PACK.alignment, fact_far_value=PACK.alignment.fact_other_value)
    assert [(p.a.text, p.b.text) for p in align(ca, cb, config).pairs if p.a.kind is ClaimKind.QUANTITY] == [
        ("10 yards", "6,728 yards")
    ]


def conflicts(ca: Sequence[Claim], cb: Sequence[Claim], crowded: float) -> int:
    pairs = align(ca, cb, evolve(PACK.alignment, fact_crowded=crowded)).pairs
    return len([p for p in pairs if p.a.kind is ClaimKind.QUANTITY])


def test_a_conflict_among_many_figures_of_one_kind_needs_more_context() -> None:
    # three yard figures in each: a conflict needs fact_crowded more context per figure beyond the first two
    a = "Smith ran for 80 yards, Jones for 45 yards and Brown for 12 yards in the first half of the game."
    b = "Smith ran for 95 yards, Jones for 30 yards and Brown for 20 yards in the second half of the game."
    ca, cb, _ = _align(a, b)
    assert conflicts(ca, cb, 0.0) == 3
    assert conflicts(ca, cb, 0.6) == 0  # 0.30 + 0.6 of context is more than these sentences share
    # a lone figure on each side is not crowded, nor is one given twice (in a standfirst and the body)
    ca, cb, _ = _align("Smith ran for 80 yards in the first half of the game.", "Smith ran for 95 yards in the game.")
    assert conflicts(ca, cb, 0.6) == 1
    ca, cb, _ = _align(
        "Smith ran for 80 yards in the first half of the game. Again: Smith ran for 80 yards in the first half.",
        "Smith ran for 95 yards in the first half of the game.",
    )
    assert conflicts(ca, cb, 0.6) >= 1


def test_the_same_words_for_a_date_are_no_conflict_in_articles_of_different_days() -> None:
    # each "today" is its own article's day: they resolve to different dates, but an editor has nothing to check
    a = evolve(
        article_from_text("The ministry said today that the border crossing would reopen.", "A"), date="2013-05-06"
    )
    b = evolve(
        article_from_text("The ministry said today that the border crossing would reopen.", "B"), date="2013-05-08"
    )
    ca, cb = extract_claims(a), extract_claims(b)
    dates = [c for c in (*ca, *cb) if c.kind is ClaimKind.DATE]
    assert len(dates) == 2 and dates[0].fact != dates[1].fact
    assert not [p for p in align(ca, cb, PACK.alignment).pairs if p.a.kind is ClaimKind.DATE]


QUOTE_MATCHES = [
    # (quote A, quote B, one quote?)
    ("we will not raise taxes this year", "we will not raise any taxes this year", True),  # reworded
    (
        "we will rebuild the school before the winter",
        "i am sure we will rebuild the school before the winter comes",
        True,
    ),
    ("i am peace", "i am but a mortal man seeking peace", False),  # a few common words inside a longer quote
    ("one more year one more year one more year", "i felt like i owed them one more year", False),
    ("he was a creep", "i think that she was a remarkable lady an iconic figure in pop culture", False),
    # a long fragment, reworded, of a longer quote ("handed over" / "handing over"): one quote
    (
        "handed over to the proper authorities ashore",
        "the crew and their arms were taken aboard and will be handed over to proper authorities ashore he said",
        True,
    ),
]


@pytest.mark.parametrize(("a", "b", "same"), QUOTE_MATCHES)
def test_quotes_match_by_their_words_and_a_fragment_must_be_found_in_the_longer(a: str, b: str, same: bool) -> None:
    x, y = _quote_words(a), _quote_words(b)
    assert (_quote_match(x, y, PACK.alignment) is not None) is same
    assert (_quote_match(y, x, PACK.alignment) is not None) is same


def test_a_figure_given_twice_goes_with_the_pair_of_either_mention() -> None:
    a = (
        "The quake left hundreds more injured as it rocked the province on Tuesday. "
        "It injured more than 200 people and damaged houses in the district, the agency said. "
        "At least 25 of the injured were in intensive care, a doctor said."
    )
    b = "The quake rocked the province on Tuesday, injuring dozens and damaging houses."
    _, _, al = _align(a, b)
    (pair,) = [p for p in al.pairs if p.a.kind is ClaimKind.QUANTITY]
    assert (pair.a.text, pair.b.text) == ("hundreds", "dozens")
    assert [c.text for c in pair.also] == ["more than 200 people"]  # not "At least 25": a part of the count
    (finding,) = [f for f in compare_texts([a, b], PACK).findings if f.rule.code == "N102"]
    assert [e.text for e in finding.evidence] == ["hundreds", "dozens", "more than 200 people"]
    single = [f.evidence[0].text for f in compare_texts([a, b], PACK).findings if f.verdict is Verdict.SINGLE_SOURCE]
    assert "more than 200 people" not in single and "At least 25" in single


def test_a_list_item_beside_a_paired_figure_is_not_a_restatement_of_it() -> None:
    a = "Marines seized seven rifles, 13 loaded magazines and a radio from the boat on Sunday."
    b = "On Sunday marines seized seven rifles and a radio from the boat."
    single = [f.evidence[0].text for f in compare_texts([a, b], PACK).findings if f.verdict is Verdict.SINGLE_SOURCE]
    assert single == ["13 loaded magazines"]


def test_a_soft_discrepancy_leaves_the_sentences_agreeing_and_a_hard_one_does_not() -> None:
    soft_a = "Police seized three assault rifles and a pistol from the flat in the old town on Tuesday night."
    soft_b = "Police seized three machine guns and a pistol from the flat in the old town on Tuesday night."
    codes = {f.rule.code for f in compare_texts([soft_a, soft_b], PACK).findings}
    assert {"N103", "S001"} <= codes  # the count agrees, the kind is named differently: still the same report
    hard_b = soft_b.replace("three machine guns", "five assault rifles")
    codes = {f.rule.code for f in compare_texts([soft_a, hard_b], PACK).findings}
    assert "N101" in codes and "S001" not in codes


def test_a_value_the_other_article_confirms_is_no_second_report_against_it() -> None:
    """A gives "3:33 a.m." as B does, and rounds it to "3:30 a.m." elsewhere: one agreement, with A's rounding
    attached, and no discrepancy; a conflicting figure beside the confirmed one is left out."""
    a = (
        "A passer-by saw smoke at 3:33 a.m. and called the fire department. Crews fought the 3:30 a.m. fire for "
        "hours. The building was a total loss."
    )
    b = "A neighbour reported the fire at 3:33 a.m. Crews fought the fire for hours. The building was a total loss."
    report = compare_texts([a, b])
    dates = [f for f in report.findings if f.kind is ClaimKind.DATE]
    assert [f.verdict for f in dates if f.verdict is not Verdict.SINGLE_SOURCE] == [Verdict.AGREEMENT]
    assert {e.text for e in dates[0].evidence} == {"3:33 a.m.", "3:30 a.m."}


@pytest.mark.parametrize(
    ("a", "b", "codes"),
    [
        (  # one conflict, the dates', not a number's too; "two days" is not single-source
            "The minister resigned two days after the election, aides said.",
            "The minister resigned a week after the election, aides said.",
            {"D101"},
        ),
        (
            "Nearly three weeks after the Sixers ended their season, King fired the coach.",
            "Three weeks after the Sixers ended their season, King fired the coach.",
            {"D001", "S001"},
        ),
        (  # "after <anchor> more than a week ago" is the time from the anchor to the report, which the story's
            # event is near: one interval of one event pair, stated with and without a qualifier (a soft discrepancy)
            "She died a week after suffering a heart attack, her family said.",
            "She died after suffering a heart attack more than a week ago, her family said.",
            {"S001", "D102"},
        ),
    ],
)
def test_an_anchored_date_is_judged_once(a: str, b: str, codes: set[str]) -> None:
    report = crosscheck.compare_texts([a, b])
    assert {f.rule.code for f in report.findings if f.kind.value != "entity"} == codes

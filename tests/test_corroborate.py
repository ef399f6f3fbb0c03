"""Several sources at once: agreements corroborated by k of N sources, discrepancies between any two, and
single-source claims that no other source has. Two-article reports are the pairwise judge's, but that a fact
restated in one article is agreed once."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from crosscheck import compare_texts, load_pack, source_id, to_json
from crosscheck.align import align
from crosscheck.baseline import fingerprint
from crosscheck.claims import extract_claims
from crosscheck.cli import main
from crosscheck.corroborate import merge
from crosscheck.model import ClaimKind, Evidence, Finding, RuleRef, Severity, Verdict
from crosscheck.read import article_from_text
from crosscheck.verdicts import judge, unpaired

SCHEMA = json.loads((Path(__file__).parent.parent / "schema" / "report.schema.json").read_text(encoding="utf-8"))

# Three reports of one invented event: A and B agree on the toll, C gives another; all three give the homes.
A = (
    "A magnitude 6.1 earthquake struck the northern province on Monday, killing 23 people and injuring 140 "
    "others, officials said.\nRescue workers pulled 12 survivors from the rubble of a collapsed school.\n"
    "The governor said 400 homes were destroyed in the town.\n"
)
B = (
    "An earthquake of magnitude 6.1 hit the northern province on Monday and killed 23 people, according to "
    "officials.\nThe governor said about 400 homes were destroyed in the town.\n"
    "Power was cut to 30,000 households across the region.\n"
)
C = (
    "The earthquake that struck the northern province on Monday killed 31 people, officials said.\n"
    "The governor said 400 homes were destroyed in the town.\n"
)


def _found(findings: tuple[Finding, ...], verdict: Verdict, text: str) -> list[Finding]:
    return [f for f in findings if f.verdict is verdict and any(e.text == text for e in f.evidence)]


def test_an_agreement_names_every_source_that_corroborates_it() -> None:
    report = compare_texts([A, B, C])
    homes = _found(report.findings, Verdict.AGREEMENT, "400 homes")
    assert len(homes) == 1
    assert [e.source for e in homes[0].evidence] == ["A", "B", "C"]
    assert homes[0].message.endswith("Also in C.")
    assert not homes[0].values
    document = to_json(report)
    jsonschema.validate(document, SCHEMA)
    found = [f for f in document["findings"] if "400 homes" in [e["text"] for e in f["evidence"]]]
    assert [f["sources"] for f in found] == [["A", "B", "C"]]
    assert "values" not in found[0]


def test_a_discrepancy_is_one_finding_with_each_value_and_its_sources() -> None:
    # A and B give 23, C gives 31: not two findings (A-C, B-C) and an agreement (A-B), but one
    report = compare_texts([A, B, C])
    toll = [f for f in report.findings if any(e.text in ("23 people", "31 people") for e in f.evidence)]
    assert len(toll) == 1
    (finding,) = toll
    assert finding.verdict is Verdict.DISCREPANCY
    assert [(v.sources, v.majority) for v in finding.values] == [(("A", "B"), True), (("C",), False)]
    assert [e.source for e in finding.evidence] == ["A", "B", "C"]
    assert "(A, B) against" in finding.message and "(2 of 3)" in finding.message
    document = to_json(report)
    jsonschema.validate(document, SCHEMA)
    (entry,) = [f for f in document["findings"] if f["fingerprint"] == fingerprint(finding)]
    assert entry["values"][0]["claims"] == list(finding.values[0].claims)
    assert entry["sources"] == ["A", "B", "C"]


# Four reports of another invented event: a toll given two ways, and a figure of an earlier flood (a background event)
# that two of them give, one of them differently: the earlier flood's figures are one fact, apart from this one's
FLOODS = [
    "Floods swept through the valley on Friday and killed 12 people, the regional governor said.\n"
    "In 1998 a larger flood killed 4,000 people in the same valley.\n",
    "The regional governor said floods that swept through the valley on Friday killed 12 people.\n"
    "In 1998 a larger flood killed 4,000 people in the same valley.\n",
    "Floods swept through the valley on Friday and killed 19 people, the regional governor said.\n"
    "In 1998 a larger flood killed 3,000 people in the same valley.\n",
    "The floods that swept through the valley on Friday killed 12 people, the regional governor said.\n",
]


def test_four_sources_one_finding_per_fact_and_background_apart() -> None:
    report = compare_texts(FLOODS)
    disagreements = [f for f in report.findings if f.verdict is Verdict.DISCREPANCY]
    by_values = {tuple(" ".join(v.text.split()) for v in f.values): f for f in disagreements}
    assert set(by_values) == {("12 people", "19 people"), ("4,000 people", "3,000 people")}
    toll = by_values[("12 people", "19 people")]
    assert [(v.sources, v.majority) for v in toll.values] == [(("A", "B", "D"), True), (("C",), False)]
    earlier = by_values[("4,000 people", "3,000 people")]
    assert [v.sources for v in earlier.values] == [("A", "B"), ("C",)]
    # the earlier flood's figures are not among the toll's values, nor the toll's among the earlier flood's
    assert not {e.text for e in toll.evidence} & {e.text for e in earlier.evidence}
    jsonschema.validate(to_json(report), SCHEMA)


def _pairwise(verdict: Verdict, *claims: tuple[str, str]) -> Finding:
    """A pairwise finding on claims given as (id, text); the source is the id's letters."""
    severity = Severity.HARD if verdict is Verdict.DISCREPANCY else None
    return Finding(
        verdict=verdict,
        severity=severity,
        rule=RuleRef("N101" if severity else "N001", "number-conflict" if severity else "number-agreement"),
        kind=ClaimKind.QUANTITY,
        message="m",
        claims=tuple(c for c, _ in claims),
        evidence=tuple(Evidence(c.rstrip("0123456789"), int(c[-1]), int(c[-1]) + 1, t) for c, t in claims),
    )


def test_a_source_that_gives_both_values_tells_two_facts() -> None:
    # A gives a depth (10 km, as B does) and a distance (55 km, as C does); B's depth read against C's distance is a
    # misreading, not a conflict about one fact: A states both
    order = {"A": 0, "B": 1, "C": 2}
    pairwise = [
        _pairwise(Verdict.AGREEMENT, ("A1", "10 km"), ("B1", "10 km")),
        _pairwise(Verdict.AGREEMENT, ("A2", "55 km"), ("C2", "55 km")),
        _pairwise(Verdict.DISCREPANCY, ("B1", "10 km"), ("C2", "55 km")),
    ]
    findings = merge(pairwise, [], order)
    assert [(f.verdict, f.claims) for f in findings] == [
        (Verdict.AGREEMENT, ("A1", "B1")),
        (Verdict.AGREEMENT, ("A2", "C2")),
    ]
    # without A's second figure the two values are one fact's: one finding, B's value against C's
    findings = merge(
        [*pairwise[::2], _pairwise(Verdict.AGREEMENT, ("C2", "55 km"), ("D2", "55 km"))], [], {**order, "D": 3}
    )
    assert [(f.verdict, [v.sources for v in f.values]) for f in findings] == [
        (Verdict.DISCREPANCY, [("A", "B"), ("C", "D")])
    ]
    assert "no value is given by more sources" in findings[0].message


def test_single_source_only_when_no_other_source_has_it() -> None:
    report = compare_texts([A, B, C])
    single = {(f.evidence[0].source, f.evidence[0].text) for f in report.findings if f.verdict is Verdict.SINGLE_SOURCE}
    assert ("A", "140 others") in single
    assert ("B", "30,000 households") in single
    # "400 homes" is single against no one; C's toll is contradicted, not single-source
    assert not any(text in ("400 homes", "31 people") for _, text in single)
    assert to_json(report)["summary"]["single-source"]["C"] == 0


def test_two_articles_are_judged_as_one_pair() -> None:
    pack = load_pack()
    a, b = (article_from_text(t, i) for t, i in ((A, "A"), (C, "B")))
    ca, cb = extract_claims(a, pack.aliases, pack.frames), extract_claims(b, pack.aliases, pack.frames)
    assert compare_texts([A, C], pack).findings == judge(ca, cb, align(ca, cb, pack.alignment), pack)


def test_order_of_sources_is_the_order_given() -> None:
    forward = compare_texts([A, B, C])
    backward = compare_texts([C, B, A])
    assert len(forward.findings) == len(backward.findings)
    assert {f.verdict for f in forward.findings} == {f.verdict for f in backward.findings}
    for report in (forward, backward):
        for f in report.findings:
            sources = [e.source for e in f.evidence]
            assert sources == sorted(sources), f


@pytest.mark.parametrize(
    ("index", "expected"),
    [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (701, "ZZ"), (702, "AAA")],
)
def test_source_ids_go_on_like_spreadsheet_columns(index: int, expected: str) -> None:
    assert source_id(index) == expected


def test_more_sources_than_letters() -> None:
    texts = [A, B, C] * 10  # 30 articles: ids A to Z, then AA to AD
    report = compare_texts(texts)
    assert [s.id for s in report.sources][-4:] == ["AA", "AB", "AC", "AD"]
    document = to_json(report)
    jsonschema.validate(document, SCHEMA)
    assert any(c["id"].startswith("AD") for c in document["claims"])


def test_cli_compares_three_files(tmp_path: Path) -> None:
    paths = []
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = CliRunner().invoke(main, ["compare", *paths, "--json"])
    assert result.exit_code == 1, result.stderr  # hard discrepancies
    document = json.loads(result.stdout)
    jsonschema.validate(document, SCHEMA)
    assert [s["id"] for s in document["sources"]] == ["A", "B", "C"]
    rendered = CliRunner().invoke(main, ["compare", *paths, "--fail-on", "none"])
    assert rendered.exit_code == 0, rendered.stderr
    assert "31 people" in rendered.stdout


def test_single_source_in_one_pass_is_what_every_pair_says() -> None:
    # a claim is single-source when every other article, compared with its own, leaves it unpaired
    pack = load_pack()
    claims = [extract_claims(article_from_text(t, source_id(i))) for i, t in enumerate((A, B, C))]
    pairs = ((0, 1), (0, 2), (1, 2))
    alignments = [align(claims[i], claims[j], pack.alignment) for i, j in pairs]
    alone_in = [
        {c.id for c in unpaired((claims[i], claims[j]), (al,))} for (i, j), al in zip(pairs, alignments, strict=True)
    ]
    expected = {
        c.id
        for k, cs in enumerate(claims)
        for c in cs
        if all(c.id in alone for (i, j), alone in zip(pairs, alone_in, strict=True) if k in (i, j))
    }
    assert expected and expected != {c.id for cs in claims for c in cs}  # some claims are alone, some are not
    assert {c.id for c in unpaired(claims, alignments)} == expected


def _fact_claims_in_two_agreements(findings: tuple[Finding, ...]) -> list[str]:
    seen: dict[str, int] = {}
    for f in findings:
        if f.verdict is Verdict.AGREEMENT and f.kind.value != "statement":
            for c in f.claims:
                seen[c] = seen.get(c, 0) + 1
    return sorted(c for c, n in seen.items() if n > 1)


# An invented pair: A gives the meeting's length in its standfirst and again in its lead, B once.
RESTATED_A = (
    "The two ministers held 45-minute talks on the water dispute.\n"
    "The foreign ministers agreed to resume negotiations after a 45-minute meeting in the capital on Friday.\n"
)
RESTATED_B = "The meeting, which lasted about 45 minutes, ended with a promise to resume negotiations.\n"


@pytest.mark.parametrize("texts", [(RESTATED_A, RESTATED_B), (RESTATED_B, RESTATED_A)])
def test_a_fact_restated_in_one_article_is_one_agreement(texts: tuple[str, str]) -> None:
    report = compare_texts(list(texts))
    assert _fact_claims_in_two_agreements(report.findings) == []
    (length,) = [f for f in report.findings if f.verdict is Verdict.AGREEMENT and "45" in f.evidence[0].text]
    restating = "A" if texts[0] is RESTATED_A else "B"
    assert sum(e.source == restating for e in length.evidence) == 2  # both statements of it are its evidence


def test_the_seeds_have_no_fact_agreed_twice() -> None:
    from crosscheck import compare_files

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("[0-9]*_*.txt"))
    report = compare_files(seeds)
    assert _fact_claims_in_two_agreements(report.findings) == []
    rows = [
        (f.rule.code, tuple(sorted({(e.source, e.text) for e in f.evidence})))
        for f in report.findings
        if f.verdict is Verdict.AGREEMENT
    ]
    assert len(rows) == len(set(rows))

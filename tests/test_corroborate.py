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
from crosscheck.claims import extract_claims
from crosscheck.cli import main
from crosscheck.model import Finding, Verdict
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
    toll = _found(report.findings, Verdict.AGREEMENT, "23 people")
    assert [[e.source for e in f.evidence] for f in toll] == [["A", "B"]]
    document = to_json(report)
    jsonschema.validate(document, SCHEMA)
    assert [f["sources"] for f in document["findings"] if "400 homes" in [e["text"] for e in f["evidence"]]] == [
        ["A", "B", "C"]
    ]


def test_discrepancies_are_between_any_two_sources() -> None:
    report = compare_texts([A, B, C])
    toll = _found(report.findings, Verdict.DISCREPANCY, "31 people")
    assert sorted(tuple(e.source for e in f.evidence) for f in toll) == [("A", "C"), ("B", "C")]


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

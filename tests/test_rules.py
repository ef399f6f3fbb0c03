"""The rule pack: the default loads, select/ignore work, and malformed files fail naming the file and the key."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import attrs
import pytest

from crosscheck import compare_texts
from crosscheck.align import AlignConfig
from crosscheck.errors import RuleError
from crosscheck.frames import FrameLexicon
from crosscheck.kinds import KINDS, Kind, speakers_differ
from crosscheck.model import Verdict
from crosscheck.rules import DATA_FIELDS, default_rules_dir, load_pack

EXTRA_RULE = (Path(__file__).parent / "data" / "packs" / "extra_rule.toml").read_text(encoding="utf-8")


def test_default_pack_has_every_kind_and_unique_codes() -> None:
    pack = load_pack()
    assert {r.kind for r in pack.rules} == set(KINDS)
    codes = [r.code for r in pack.rules]
    assert len(codes) == len(set(codes))


def test_each_pack_file_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """TOML parsing is most of a pack's load time, paid at every command's start: rules and aliases share one parse."""
    parsed: list[str] = []
    real = tomllib.loads

    def counting(text: str) -> dict[str, Any]:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(tomllib, "loads", counting)
    load_pack()
    assert len(parsed) == len(list(default_rules_dir().glob("*.toml")))


def test_select_and_ignore_by_code_or_name() -> None:
    pack = load_pack()
    assert [r.code for r in pack.select(select=["N101", "quote-agrees"]).rules] == ["N101", "Q001"]
    assert "N101" not in {r.code for r in pack.select(ignore=["number-conflict"]).rules}
    with pytest.raises(RuleError, match="unknown rule 'Z999'"):
        pack.select(select=["Z999"])


def test_extra_pack_adds_rules_and_overrides_alignment(tmp_path: Path) -> None:
    (tmp_path / "extra.toml").write_text(EXTRA_RULE + "\n[alignment]\nstatement_match = 0.5\n", encoding="utf-8")
    pack = load_pack([tmp_path])
    assert pack.get("X101").origin.endswith("extra.toml")
    assert pack.alignment.statement_match == 0.5


BAD = [
    ('code = "X101"', 'code = "x1"', "'code'"),
    ('kind = "quantity-compare"', 'kind = "regex"', "'kind'"),
    ('severity = "hard"', 'severity = "fatal"', "'severity'"),
    ('message = "Extra:', 'message = "{a.__class__}', "'message'"),
    ('params = { relation = "conflict" }', 'params = { relation = "bigger" }', "params.relation"),
    ('params = { relation = "conflict" }', 'params = { relation = "conflict", tolerance = 1 }', "params.tolerance"),
    ('params = { relation = "conflict" }', 'params = { relation = "conflict", kindred = ["gun"] }', "params.kindred"),
    ('params = { relation = "conflict" }', 'params = { relation = "conflict", kindred = [["gun"]] }', "params.kindred"),
    ("examples = [", 'colour = "red"\nexamples = [', "'colour'"),
    ('expect = "match"', 'expect = "maybe"', "examples[0]"),
]


@pytest.mark.parametrize(("old", "new", "key"), BAD, ids=[b[2] for b in BAD])
def test_malformed_rule_names_file_and_key(tmp_path: Path, old: str, new: str, key: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(EXTRA_RULE.replace(old, new), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_pack([tmp_path])
    assert str(path) in str(err.value)
    assert key in str(err.value)


def test_invalid_toml_and_unknown_alignment_key(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text("[[rule]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="not valid TOML"):
        load_pack([tmp_path])
    (tmp_path / "a.toml").write_text("[alignment]\nthreshold = 1\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"alignment\.threshold"):
        load_pack([tmp_path])


def test_duplicate_code_across_packs(tmp_path: Path) -> None:
    (tmp_path / "dup.toml").write_text(EXTRA_RULE.replace("X101", "N101"), encoding="utf-8")
    with pytest.raises(RuleError, match="defined twice"):
        load_pack([tmp_path])


def test_missing_or_empty_pack_folder(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="not found"):
        load_pack([tmp_path / "nope"])
    with pytest.raises(RuleError, match=r"no \*\.toml"):
        load_pack([tmp_path])


def test_statement_model_weights_override_one_by_one(tmp_path: Path) -> None:
    default = load_pack().alignment.statement_model
    (tmp_path / "w.toml").write_text("[alignment.statement_model]\nbias = -1.5\n", encoding="utf-8")
    model = load_pack([tmp_path]).alignment.statement_model
    assert model.bias == -1.5
    assert model.unigram == default.unigram  # the weights not given keep the default pack's values


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("[alignment.statement_model]\nsynonyms = 1\n", "alignment.statement_model.synonyms"),
        ('[alignment.statement_model]\nbias = "high"\n', "alignment.statement_model.bias"),
        ("[alignment]\nstatement_model = 3\n", "alignment.statement_model"),
        ('[[kindred]]\nname = "bikes"\nnouns = ["scooter"]\n', "nouns"),
        ('[[kindred]]\nname = "Bikes"\nnouns = ["scooter", "moped"]\n', "name"),
        ('[[kindred]]\nname = "bikes"\nnouns = ["scooter", "moped"]\ncolour = "red"\n', "colour"),
        ("[frames]\nfamily_reach = -1\n", "family_reach"),
    ],
)
def test_malformed_pack_data_names_file_and_key(tmp_path: Path, body: str, key: str) -> None:
    path = tmp_path / "w.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_pack([tmp_path])
    assert str(path) in str(err.value) and key in str(err.value)


def test_approx_tolerance_is_the_aligners(tmp_path: Path) -> None:
    assert load_pack().alignment.approx_tolerance == 0.1
    (tmp_path / "a.toml").write_text("[alignment]\napprox_tolerance = 0.3\n", encoding="utf-8")
    assert load_pack([tmp_path]).alignment.approx_tolerance == 0.3


def test_kindred_nouns_come_from_the_kindred_tables(tmp_path: Path) -> None:
    assert load_pack().alignment.kindred["rifle"] == load_pack().alignment.kindred["gun"]
    (tmp_path / "p.toml").write_text('[[kindred]]\nname = "bikes"\nnouns = ["scooter", "moped"]\n', encoding="utf-8")
    kindred = load_pack([tmp_path], include_default=False).alignment.kindred
    assert kindred == {"scooter": 0, "moped": 0}


def test_only_figures_are_renamed(tmp_path: Path) -> None:
    rule = EXTRA_RULE.replace('kind = "quantity-compare"', 'kind = "date-compare"')
    (tmp_path / "p.toml").write_text(rule.replace('relation = "conflict"', 'relation = "renamed"'), encoding="utf-8")
    with pytest.raises(RuleError, match=r"params\.relation"):
        load_pack([tmp_path], include_default=False)


@pytest.mark.parametrize("param", ["approx_tolerance = 0.3", 'kindred = [["gun", "rifle"]]'])
def test_parameters_that_moved_to_the_aligner_are_an_error_that_says_where(tmp_path: Path, param: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(EXTRA_RULE.replace('relation = "conflict"', f'relation = "conflict", {param}'), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_pack([tmp_path])
    key = param.split(" ", maxsplit=1)[0]
    assert str(path) in str(err.value) and f"params.{key}" in str(err.value) and "1.4" in str(err.value)


def test_one_tolerance_for_pairing_and_judging() -> None:
    a = "The talks between the two presidents lasted about 50 minutes, officials in the capital said."
    b = "The talks between the two presidents lasted 60 minutes, officials in the capital said."
    pack = load_pack()
    wide = attrs.evolve(pack, alignment=attrs.evolve(pack.alignment, approx_tolerance=0.3))
    codes = {f.rule.code for f in compare_texts([a, b], pack).findings}
    wide_codes = {f.rule.code for f in compare_texts([a, b], wide).findings}
    assert "N101" in codes  # about 50 (45-55) cannot be 60
    assert "N101" not in wide_codes and "N102" in wide_codes  # about 50 read as 35-65 covers 60: a soft difference


@pytest.mark.parametrize(
    ("x", "y", "differ"),
    [
        ("Angela Merkel", "Merkel", False),
        ("Angela Merkel", "Nicolas Sarkozy", True),
        ("Moqtada al-Sadr", "Muqtada al Sadr", False),  # one name, two spellings
        ("Sean Sundwell", "Sundwall", False),
        ("Lieberman", "the Connecticut Democrat", False),  # a description may be the named person
        ("A Merrill spokesman", "Mark Herr", False),  # sentence-initial "A" is no name word
        ("The Prime Minister", "Mr Blair", False),
        ("Tom Galvin", "Russell Lewis", True),
        (None, "Russell Lewis", False),
    ],
)
def test_speakers_differ_only_between_two_names(x: str | None, y: str | None, differ: bool) -> None:
    assert speakers_differ(x, y) is differ
    assert speakers_differ(y, x) is differ


def test_every_kind_that_judges_pairs_implements_matching() -> None:
    """A kind is an object with its own matching: one that judges pairs and did not implement it would never fire."""
    for kind in KINDS.values():
        implemented = type(kind).matches is not Kind.matches
        assert implemented == (Verdict.SINGLE_SOURCE not in kind.verdicts), kind.name


def test_the_code_defaults_of_every_tuned_number_are_the_packs() -> None:
    """Every number that tunes the aligner lives in the rule pack's [alignment] table; AlignConfig's defaults (for a
    caller with no pack) must say the same, so the two can never disagree silently."""
    pack = load_pack().alignment
    code = AlignConfig()
    for field in attrs.fields(AlignConfig):
        if field.name in (*DATA_FIELDS, "nicknames", "transliterations"):
            continue  # data, not numbers: rules/frames.toml, rules/names.toml
        assert getattr(code, field.name) == getattr(pack, field.name), field.name


def test_the_frame_readers_default_reach_is_the_packs() -> None:
    assert FrameLexicon().family_reach == load_pack().frames.family_reach

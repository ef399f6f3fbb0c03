"""Names, alias data and publication dates: the parts of extraction that depend on the rule pack or the CLI.

The per-sentence cases are in tests/data/extract/entities.tsv (run by test_extract_tables.py).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck import article_from_text
from crosscheck.claims import extract_claims
from crosscheck.claims.dates import resolve_relative
from crosscheck.cli import main
from crosscheck.errors import RuleError
from crosscheck.facts import Relation, date_relation
from crosscheck.model import ClaimKind, DateRef, Entity, EntityType
from crosscheck.rules import load_pack

PUBLISHED = datetime.date(2013, 7, 3)  # a Wednesday


def _entities(text: str, pack_dirs: tuple[Path, ...] = ()) -> list[Entity]:
    claims = extract_claims(article_from_text(text, "A"), load_pack(pack_dirs).aliases)
    return [c.fact for c in claims if c.kind is ClaimKind.ENTITY and isinstance(c.fact, Entity)]


def test_default_aliases_link_country_demonym_capital_and_metonym() -> None:
    names = load_pack().aliases
    for form in ("Japan", "Japanese", "Tokyo"):
        assert names.lookup(form) == ("Japan", EntityType.PLACE)
    for form in ("US", "U.S.", "Washington", "White House", "American"):
        assert names.lookup(form) == ("United States", EntityType.PLACE)
    assert names.titles["pm"] == "Prime Minister"


def test_a_pack_can_add_aliases_and_titles(tmp_path: Path) -> None:
    (tmp_path / "beat.toml").write_text(
        '[[alias]]\nname = "Acme Regional Council"\ntype = "organisation"\nnames = ["ARC"]\n'
        '[[title]]\nname = "Councillor"\nnames = ["Cllr"]\n',
        encoding="utf-8",
    )
    found = _entities("The ARC said on Monday that Cllr Jane Doe would resign.", (tmp_path,))
    assert ("Acme Regional Council", EntityType.ORGANISATION) in [(e.canonical, e.type) for e in found]
    assert ("Jane Doe", "Councillor") in [(e.name, e.role) for e in found]
    # without the pack, an unknown acronym is still typed by its context ("X said"), but not linked
    assert all(e.canonical != "Acme Regional Council" for e in _entities("The ARC said so."))


def test_a_pack_can_add_prefixes_and_nouns(tmp_path: Path) -> None:
    text = "The HSC Aurora left port on Monday, and the hovercraft Solent Flyer followed it."
    vessels = {(e.name, e.canonical) for e in _entities(text) if e.type is EntityType.VESSEL}
    assert vessels == set()  # the default pack knows neither the prefix nor the noun
    (tmp_path / "beat.toml").write_text(
        '[[prefix]]\ntype = "vessel"\nnames = ["HSC"]\nnouns = ["hovercraft"]\n', encoding="utf-8"
    )
    vessels = {(e.name, e.canonical) for e in _entities(text, (tmp_path,)) if e.type is EntityType.VESSEL}
    assert vessels == {("HSC Aurora", "Aurora"), ("Solent Flyer", "Solent Flyer")}


def test_a_vessel_named_later_without_its_prefix_is_the_same_vessel() -> None:
    found = _entities("The INS Tabar answered the call on Monday.\nPirates fled when Tabar came near.")
    assert [(e.name, e.type, e.canonical) for e in found] == [
        ("INS Tabar", EntityType.VESSEL, "Tabar"),
        ("Tabar", EntityType.VESSEL, "Tabar"),
    ]


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ('[[alias]]\nname = "X"\ntype = "planet"\nnames = []\n', "'type'"),
        ('[[alias]]\nname = "X"\ntype = "place"\nnames = "Y"\n', "'names'"),
        ('[[alias]]\ntype = "place"\nnames = []\n', "'name'"),
        ('[[alias]]\nname = "X"\ntype = "place"\ncolour = 1\n', "'colour'"),
        ('[[title]]\nname = "Mayor"\nnames = [1]\n', "'names'"),
        ("alias = 3\n", "[[alias]]"),
        ('[[prefix]]\ntype = "boat"\nnames = ["MV"]\n', "'type'"),
        ('[[prefix]]\ntype = "vessel"\nnouns = ["Vessel"]\n', "'nouns'"),
        ('[[prefix]]\ntype = "vessel"\nprefix = ["MV"]\n', "'prefix'"),
        ('[[prefix]]\ntype = "vessel"\nnames = "MV"\n', "'names'"),
        (
            '[[alias]]\nname = "X"\ntype = "place"\nnames = ["Z"]\n'
            '[[alias]]\nname = "Y"\ntype = "place"\nnames = ["Z"]\n',
            "'Z'",
        ),
    ],
)
def test_malformed_alias_data_names_file_and_key(tmp_path: Path, body: str, key: str) -> None:
    (tmp_path / "bad.toml").write_text(body, encoding="utf-8")
    with pytest.raises(RuleError) as e:
        load_pack([tmp_path])
    assert "bad.toml" in str(e.value) and key in str(e.value)


def test_later_short_mention_links_to_the_full_name() -> None:
    found = _entities("Police Chief Maria Lopez arrived at 9am.\nLopez said the road was closed.")
    assert [(e.name, e.canonical) for e in found if e.type is EntityType.PERSON] == [
        ("Maria Lopez", "Maria Lopez"),
        ("Lopez", "Maria Lopez"),
    ]


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        (DateRef("relative", "yesterday"), DateRef("date", "2013-07-02")),
        (DateRef("relative", "three days ago"), DateRef("date", "2013-06-30")),
        (DateRef("relative", "last week"), DateRef("week", "2013-W26")),
        (DateRef("relative", "earlier this week"), DateRef("week", "2013-W27")),
        (DateRef("relative", "next week"), DateRef("week", "2013-W28")),
        (DateRef("relative", "last month"), DateRef("month", "2013-06")),
        (DateRef("relative", "earlier this month"), DateRef("month", "2013-07")),
        (DateRef("relative", "two years ago"), DateRef("year", "2011")),
        (DateRef("relative", "last year"), DateRef("year", "2012")),
        (DateRef("month", "last 10"), DateRef("month", "2012-10")),
        (DateRef("month", "last 07"), DateRef("month", "2012-07")),  # "last July" written in July: a year ago
        (DateRef("month", "next 01"), DateRef("month", "2014-01")),
        (DateRef("weekday", "last friday"), DateRef("date", "2013-06-28")),
        (DateRef("weekday", "last wednesday"), DateRef("date", "2013-06-26")),  # not the publication day
        (DateRef("weekday", "friday"), DateRef("weekday", "friday")),  # which Friday is not said: kept
        (DateRef("relative", "a while ago"), DateRef("relative", "a while ago")),
        (DateRef("season", "late spring"), DateRef("season", "late spring")),
    ],
)
def test_relative_dates_resolve_to_the_precision_they_state(ref: DateRef, expected: DateRef) -> None:
    assert resolve_relative(ref, PUBLISHED) == expected


def test_week_against_a_date() -> None:
    week = DateRef("week", "2013-W27")
    assert date_relation(week, DateRef("date", "2013-07-01")) is Relation.SAME
    assert date_relation(DateRef("date", "2013-07-08"), week) is Relation.CONFLICT
    assert date_relation(week, DateRef("date", "--07-01")) is None


def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_date_option_resolves_relative_dates_and_is_reported(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("The fire broke out yesterday, police said.\n", encoding="utf-8")
    code, out, _ = _cli("claims", str(a), "--json", "--date", "2013-07-03", "--isolated")
    document = json.loads(out)
    assert code == 0 and document["sources"][0]["date"] == "2013-07-03"
    assert {"granularity": "date", "value": "2013-07-02"} in [c.get("date") for c in document["claims"]]
    code, out, _ = _cli("claims", str(a), "--json", "--isolated")
    assert json.loads(out)["sources"][0]["date"] is None


def test_date_option_once_or_once_per_article(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The fire broke out yesterday, police said.\n", encoding="utf-8")
    b.write_text("The fire broke out on Tuesday, police said.\n", encoding="utf-8")
    base = ["compare", str(a), str(b), "--json", "--fail-on", "none", "--isolated"]
    code, out, _ = _cli(*base, "--date", "2013-07-03")
    assert code == 0 and [s["date"] for s in json.loads(out)["sources"]] == ["2013-07-03", "2013-07-03"]
    code, out, _ = _cli(*base, "--date", "2013-07-03", "--date", "2013-07-04")
    assert [s["date"] for s in json.loads(out)["sources"]] == ["2013-07-03", "2013-07-04"]


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        (["2013-13-01"], "--date 2013-13-01: not a date; give it as YYYY-MM-DD"),
        (["yesterday"], "--date yesterday: not a date"),
        (["20130703"], "--date 20130703: "),
        (["2013-07-01", "2013-07-02", "2013-07-03"], "--date given 3 times for 2 articles"),
    ],
)
def test_bad_date_option_is_a_usage_error(tmp_path: Path, dates: list[str], message: str) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One.\n", encoding="utf-8")
    b.write_text("Two.\n", encoding="utf-8")
    args = ["compare", str(a), str(b), "--isolated"] + [x for d in dates for x in ("--date", d)]
    code, _, err = _cli(*args)
    assert code == 2 and message in err and "Traceback" not in err

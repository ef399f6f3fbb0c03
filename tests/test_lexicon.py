"""The word table (rules/lexicon.tsv) and its loader: regenerated from WordNet as checked in, and what it never
relates."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

from crosscheck import lexicon
from crosscheck.rules import default_rules_dir

WORDNET = Path("/usr/share/wordnet")


@pytest.mark.skipif(
    not (WORDNET / "data.noun").is_file(),
    reason="Princeton WordNet 3.0 is not installed at /usr/share/wordnet (Debian/Ubuntu package wordnet-base)",
)
def test_the_table_is_what_the_script_builds_from_wordnet() -> None:
    build = load_script("build_lexicon")
    checked_in = (default_rules_dir() / "lexicon.tsv").read_text(encoding="utf-8")
    assert build.build(WORDNET) == checked_in, "rules/lexicon.tsv is stale: run python scripts/build_lexicon.py"


def test_the_licence_notice_is_beside_the_table() -> None:
    notice = (default_rules_dir() / "LICENSE-wordnet.txt").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in notice


def test_the_table_is_sorted_for_its_binary_search() -> None:
    rows = (default_rules_dir() / "lexicon.tsv").read_text(encoding="utf-8").splitlines()
    keys = [row.split("\t")[0] + "\t" + row.split("\t")[1] for row in rows if not row.startswith("#")]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))
    assert all(lexicon.entry(*key.split("\t")) is not None for key in (keys[0], keys[len(keys) // 2], keys[-1]))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Monday", "Tuesday"),  # weekdays and months: never expanded
        ("Tuesday", "Wednesday"),
        ("March", "April"),
        ("rose", "fell"),  # co-hyponyms and antonyms
        ("rise", "fall"),
        ("man", "woman"),
        ("killed", "injured"),
        ("killers", "killings"),  # two nouns derived from one verb are different things
        ("two", "three"),  # numbers
        ("dozen", "twelve"),
        ("indicted", "charged"),  # likewise: WordNet's "indict" is a kind of "charge" (accuse)
        ("detained", "arrested"),  # WordNet gives no relation between "detain" and "arrest"
        ("cops", "officers"),  # "officer" is a "policeman" in its third sense only
        ("arrested", "apprehended"),  # to apprehend is first to understand
        ("video", "virtual"),  # an adjective: the table holds nouns and verbs
        ("plead", "plea"),  # WordNet 3.0 has no derivation pointer between them
    ],
)
def test_never_related(a: str, b: str) -> None:
    assert not lexicon.related(a, b)
    assert not lexicon.related(b, a)


@pytest.mark.parametrize(
    ("a", "b", "pos"),
    [
        ("arrested", "arrest", None),  # base forms: regular ...
        ("fled", "flee", "v"),  # ... and irregular (verb.exc)
        ("men", "man", "n"),  # (noun.exc)
        ("quake", "temblor", "n"),  # synonyms
        ("earthquakes", "quakes", "n"),
        ("slaying", "murder", "n"),
        ("nominee", "candidate", "n"),
        ("arrested", "collared", "v"),
        ("detained", "detention", None),  # derivations, of either part of speech
        ("indictment", "indicted", None),
        ("homes", "houses", "n"),  # rules/synonyms.tsv: WordNet has a house as a kind of home (a hypernym)
        ("troops", "soldiers", "n"),
        ("protesters", "demonstrators", "n"),
    ],
)
def test_related(a: str, b: str, pos: str | None) -> None:
    assert lexicon.related(a, b, pos)
    assert lexicon.related(b, a, pos)


def test_a_part_of_speech_keeps_its_own_senses() -> None:
    assert "thieve" in lexicon.synonyms("cop", "v")  # to cop is to steal ...
    assert "thieve" not in lexicon.synonyms("cop", "n")  # ... a cop is no thief
    assert not lexicon.related("detained", "detention", "v")  # asked for verbs: "detention" is none
    assert lexicon.related("detained", "detention", derived=True)
    assert not lexicon.related("detained", "detention", derived=False)


def test_lookups_of_unknown_words() -> None:
    assert lexicon.entry("qwxz", "n") is None
    assert lexicon.lemmas("Qwxz", "n") == frozenset()
    assert lexicon.related("qwxz", "Qwxz")
    assert lexicon.synonyms("qwxz") == frozenset()
    assert lexicon.neighbours("quake", "n") >= {"quake", "temblor", "earthquake"}


WEEKDAYS_AND_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august"
    " september october november december".split()
)


def test_the_synonym_groups_are_plain_general_words() -> None:
    """rules/synonyms.tsv: a part of speech and two or more lower-case words per line; no digits, weekdays or months;
    no word in two groups of one part of speech (a group is a sense, and senses do not chain)."""
    seen: set[tuple[str, str]] = set()
    lines = (default_rules_dir() / "synonyms.tsv").read_text(encoding="utf-8").splitlines()
    groups = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    assert groups
    for pos, *words in groups:
        assert pos in lexicon.POS
        assert len(words) >= 2  # a group relates two words at least
        for w in words:
            assert w == w.lower() and not any(ch.isdigit() for ch in w) and w not in WEEKDAYS_AND_MONTHS
            assert (w, pos) not in seen, w
            seen.add((w, pos))

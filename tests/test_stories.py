"""Stories: a folder of articles grouped into stories about one event; `crosscheck stories` and `batch` reading
them. The articles are invented: two warehouse fires in two towns in two years (one kind of story, two
events), and a football match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import assert_error, invoke, write
from script_loader import load_script

from crosscheck.errors import RuleError, UsageError
from crosscheck.model import Article
from crosscheck.read import article_from_text
from crosscheck.rules import load_pack
from crosscheck.stories import Story, StoryConfig, article_paths, find_stories, from_json, terms, to_json, year
from crosscheck.text import stem

FIRE_1 = [
    "Fire destroys Lindenfield warehouse\nMarch 3, 2011\nA fire destroyed the Kessler Logistics warehouse in "
    "Lindenfield early on Thursday, and 40 firefighters fought the blaze for six hours.\nFire chief Anna "
    "Brodersen said nobody was hurt.\n",
    "Blaze guts Kessler warehouse in Lindenfield\n2011-03-03\nForty firefighters spent six hours on a fire that "
    "gutted the Kessler Logistics warehouse in Lindenfield on Thursday.\nChief Anna Brodersen said the cause "
    "was not known.\n",
    "Lindenfield fire: Kessler Logistics counts the cost\nMarch 4, 2011\nKessler Logistics said the Lindenfield "
    "warehouse fire destroyed stock worth 2.3 million euros.\nBrodersen said her 40 firefighters saved the "
    "offices next door.\n",
]
FIRE_2 = [
    "Fire at Corvale warehouse\nJune 9, 2014\nA warehouse of Tamsin Freight in Corvale burned down on Monday "
    "night, and 25 firefighters fought the fire until dawn.\nFire officer Piet Ojala said two workers were "
    "hurt.\n",
    "Tamsin Freight warehouse burns in Corvale\nJune 10, 2014\nTwo workers were hurt when the Tamsin Freight "
    "warehouse in Corvale burned on Monday night.\nPiet Ojala, the fire officer, said 25 firefighters came.\n",
]
MATCH = (
    "Harbour Rovers beat Millbrook 3-1\nOctober 2, 2013\nHarbour Rovers beat Millbrook Athletic 3-1 on "
    "Saturday with two goals from Tomas Idris.\n"
)


def _articles(texts: list[str]) -> list[Article]:
    return [article_from_text(t, "A", f"{i}.txt") for i, t in enumerate(texts)]


def test_two_events_of_one_kind_come_apart_and_an_article_alone_is_its_own_story() -> None:
    texts = [FIRE_1[0], FIRE_2[0], MATCH, FIRE_1[1], FIRE_2[1], FIRE_1[2]]
    stories = find_stories(_articles(texts), StoryConfig())
    groups = sorted(sorted(s.articles) for s in stories)
    assert groups == [["0.txt", "3.txt", "5.txt"], ["1.txt", "4.txt"], ["2.txt"]]
    assert [len(s.articles) for s in stories] == [3, 2, 1]  # largest first
    assert stories[0].id.startswith("1-")
    assert len({s.id for s in stories}) == 3


def test_a_year_keeps_apart_two_stories_that_read_alike() -> None:
    # the same text dated in two years: one story when the years are not read, two when they are
    second = FIRE_1[1].replace("2011", "2019")
    articles = _articles([FIRE_1[1], second])
    assert len(find_stories(articles, StoryConfig(lead_chars=1))) == 1
    assert len(find_stories(articles, StoryConfig())) == 2
    assert year("Posted June 9, 2014, about the 2011 fire and 2014", 300) == 2014
    assert year("Nothing dated here", 300) is None


def test_terms_are_content_words_names_and_numbers() -> None:
    found = terms("The Kessler warehouse burned; 2,300 euros were lost.")
    assert {"@kessler", stem("kessler"), stem("warehouse"), "#2300"} <= set(found)
    assert "the" not in found and "@the" not in found


def test_candidates_come_from_an_index_of_distinctive_terms() -> None:
    # with no term allowed in the index, no pair is compared and every article is alone
    stories = find_stories(_articles(FIRE_1), StoryConfig(candidate_df=1))
    assert len(stories) == 3
    assert len(find_stories(_articles(FIRE_1), StoryConfig())) == 1


def test_the_json_document_round_trips_and_is_checked(tmp_path: Path) -> None:
    stories = (Story(id="1-fire", articles=(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))),)
    document = to_json(stories, relative_to=tmp_path)
    assert document == {"stories": [{"id": "1-fire", "articles": ["a.txt", "b.txt"]}]}
    assert from_json(document, "x.json") == (Story(id="1-fire", articles=("a.txt", "b.txt")),)
    bad_documents: list[object] = [
        {"stories": {}},
        {"stories": [{"id": "", "articles": []}]},
        [],
        {"stories": [], "x": 1},
    ]
    for bad in bad_documents:
        with pytest.raises(UsageError, match=r"x\.json"):
            from_json(bad, "x.json")


def test_article_paths_walk_folders_and_reject_what_is_not_there(tmp_path: Path) -> None:
    feed = tmp_path / "feed"
    (feed / "day2").mkdir(parents=True)
    (feed / ".cache").mkdir()
    write(feed / "a.txt", FIRE_1[0])
    write(feed / "day2" / "b.md", FIRE_1[1])
    write(feed / ".cache" / "c.txt", FIRE_1[2])
    write(feed / "notes.csv", "x")
    assert article_paths([feed, feed / "a.txt"]) == [feed / "a.txt", feed / "day2" / "b.md"]
    with pytest.raises(UsageError, match="no articles given"):
        article_paths([])
    (tmp_path / "csv").mkdir()
    write(tmp_path / "csv" / "notes.csv", "x")
    with pytest.raises(UsageError, match="no article files"):
        article_paths([tmp_path / "csv"])


def _feed(tmp_path: Path) -> Path:
    feed = tmp_path / "feed"
    feed.mkdir()
    for i, text in enumerate([*FIRE_1, *FIRE_2, MATCH]):
        write(feed / f"{i}.txt", text)
    return feed


def test_the_command_prints_stories_and_json(tmp_path: Path) -> None:
    feed = _feed(tmp_path)
    result = invoke("stories", feed, "--isolated")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2 stories of two or more articles from 6 articles; 1 alone"
    assert f"  {feed / '5.txt'}" in lines[lines.index("alone (no other article about the same event):") :]
    document = json.loads(invoke("stories", feed, "--json", "--isolated").stdout)
    assert sorted(len(s["articles"]) for s in document["stories"]) == [1, 2, 3]
    assert {a for s in document["stories"] for a in s["articles"]} == {str(feed / f"{i}.txt") for i in range(6)}


def test_stories_then_batch_is_cross_checking_a_folder(tmp_path: Path) -> None:
    feed = _feed(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    assert invoke("stories", feed, "--json", "-o", out / "stories.json", "--isolated").exit_code == 0
    written = json.loads((out / "stories.json").read_text(encoding="utf-8"))
    assert all(a.startswith("../feed/") for s in written["stories"] for a in s["articles"])
    two = invoke("batch", out / "stories.json", "--isolated", "--fail-on", "none")
    assert two.exit_code == 0, two.stderr
    results = [json.loads(line) for line in two.stdout.splitlines()]
    assert [len(r["report"]["sources"]) for r in results] == [3, 2]  # the story of one is no job
    one = invoke("batch", "--stories", feed, "--isolated", "--fail-on", "none")
    assert one.exit_code == 0, one.stderr
    assert [json.loads(line)["id"] for line in one.stdout.splitlines()] == [r["id"] for r in results]


def test_bad_input_is_one_line(tmp_path: Path) -> None:
    feed = _feed(tmp_path)
    assert_error(invoke("stories"), "no articles given")
    assert_error(invoke("stories", tmp_path / "nope"), "nope", "no such file")
    (tmp_path / "empty").mkdir()
    assert_error(invoke("stories", tmp_path / "empty"), "no article files")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02")
    assert_error(invoke("stories", binary, feed / "0.txt"), "bin.txt")
    # a file found in a folder that cannot be read is left out, with one warning line
    (feed / "bad.txt").write_bytes(b"caf\xe9 latin-1\n")
    result = invoke("stories", feed, "--isolated")
    assert result.exit_code == 0
    [warning] = result.stderr.splitlines()
    assert warning.startswith("crosscheck: warning: left out 1 unreadable file(s)") and "bad.txt" in warning
    assert_error(invoke("batch", feed / "0.txt", feed / "1.txt"), "one JOBS file", "--stories")
    single = write(tmp_path / "single.json", json.dumps({"stories": [{"id": "x", "articles": ["feed/0.txt"]}]}))
    assert_error(invoke("batch", single), "single.json", "no story of two or more")
    assert_error(invoke("batch", write(tmp_path / "s.json", '{"stories": 3}')), "s.json", "not a stories document")
    assert_error(invoke("stories", feed, "-o", feed / "0.txt"), "is one of the articles")


@pytest.mark.parametrize(
    ("table", "mentions"),
    [
        ("[stories]\njoin = 2\n", ("stories.join", "between 0 and 1")),
        ("[stories]\ntop_terms = 0\n", ("stories.top_terms", "whole number")),
        ("[stories]\nlinkage = 'single'\n", ("stories.linkage", "unknown key")),
        ("[stories]\nname_weight = -1\n", ("stories.name_weight", "at least 0")),
    ],
)
def test_a_bad_stories_table_is_one_line(tmp_path: Path, table: str, mentions: tuple[str, ...]) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    write(pack / "bad.toml", table)
    with pytest.raises(RuleError, match=r"bad\.toml"):
        load_pack([pack])
    assert_error(invoke("stories", _feed(tmp_path), "--rules", pack), "bad.toml", *mentions)


def test_the_adjusted_rand_index_of_the_evaluation_script() -> None:
    ari = load_script("eval_stories").adjusted_rand_index
    assert ari(list("aabb"), list("xxyy")) == 1.0
    assert ari(list("aabb"), list("xyxy")) == pytest.approx(-0.5)
    # by hand: pairs together in both 7, in truth 9, in found 10, of 36: (7 - 2.5) / (9.5 - 2.5)
    truth = list("aaabbbccc")
    found = list("aabbbbccc")
    assert ari(truth, found) == pytest.approx(4.5 / 7)
    assert ari(truth, truth) == 1.0


def test_the_documentation_names_every_option_and_the_json_shape() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "stories.md").read_text(encoding="utf-8")
    from crosscheck.cli import batch_cmd, stories_cmd

    for command in (stories_cmd, batch_cmd):
        for param in command.params:
            if command is batch_cmd and param.name not in ("from_stories", "index"):
                continue  # the other batch options are the README's
            for option in getattr(param, "opts", []):
                if option.startswith("-") and option not in ("-h", "--help"):
                    assert f"`{option}" in doc or f"{option}`" in doc or f"`{option} " in doc, option
    assert '{"stories": [{"id": ' in doc
    assert "| 130 |" in doc


def test_ctrl_c_is_one_line_and_exit_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import crosscheck.stories

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(crosscheck.stories, "find_stories", interrupted)
    result = invoke("stories", _feed(tmp_path), "--isolated")
    assert result.exit_code == 130
    assert result.stderr == "crosscheck: error: interrupted\n"

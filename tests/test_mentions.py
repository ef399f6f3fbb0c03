"""Every extractor returns typed mentions (crosscheck.model.Mention) whose spans are offsets into the article: the
date and quantity readers, which read one sentence at a time, are told where it starts."""

from __future__ import annotations

from crosscheck.claims.dates import find_dates
from crosscheck.claims.entities import find_entities
from crosscheck.claims.quantities import find_quantities
from crosscheck.claims.quotes import find_quotes
from crosscheck.model import Mention
from crosscheck.rules import load_pack
from crosscheck.sentences import split_sentences

ARTICLE = (
    "Storm hits coast\n\n"
    "The storm killed 12 people on Monday, officials said. "
    'Governor Jane Smith said "we will rebuild" at 3 p.m. on Tuesday.\n'
    "About 2,000 residents were evacuated two days after the storm."
)


def test_sentence_readers_give_article_offsets() -> None:
    found = []
    for sent in split_sentences(ARTICLE):
        for reader in (find_dates, find_quantities):
            for m in reader(sent.text, sent.start):
                assert isinstance(m, Mention)
                assert sent.start <= m.start < m.end <= sent.end
                found.append(ARTICLE[m.start : m.end])
    assert {"12 people", "Monday", "3 p.m.", "Tuesday", "About 2,000 residents", "two days after the storm"} <= set(
        found
    )


def test_article_readers_give_article_offsets() -> None:
    body = [(s.start, s.end) for s in split_sentences(ARTICLE)]
    entities = list(find_entities(ARTICLE, body, load_pack().aliases))
    quotes = list(find_quotes(ARTICLE, entities))
    assert all(isinstance(m, Mention) for m in (*entities, *quotes))
    assert "Jane Smith" in {ARTICLE[m.start : m.end].removeprefix("Governor ") for m in entities}
    assert [ARTICLE[m.start : m.end] for m in quotes] == ['"we will rebuild"']

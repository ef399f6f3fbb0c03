"""Stage 3: extract the checkable claims of one article.

Facts (quantities, dates, quotes) are extracted by the modules beside this one; every sentence of the body
is also a ``statement`` claim, the unit for event-level facts. Each claim records the hedge word that
qualifies it ("alleged", "could") and whether it is negated or denied.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Collection, Sequence

from attrs import evolve

from crosscheck.claims.datelines import dateline_date, is_dateline_text
from crosscheck.claims.dates import find_dates, resolve_relative
from crosscheck.claims.entities import NO_ALIASES, Aliases, find_entities
from crosscheck.claims.hedges import qualified_clauses, qualify, reported
from crosscheck.claims.places import NUMBERED, find_places
from crosscheck.claims.quantities import find_quantities
from crosscheck.claims.quotes import find_quotes
from crosscheck.frames import NO_FRAMES, FrameLexicon, counted, frames_for
from crosscheck.model import Article, Claim, ClaimKind, Clause, DateRef, Entity, EntityType, Fact, Quantity, Sentence
from crosscheck.sentences import split_sentences


def extract_claims(
    article: Article,
    aliases: Aliases = NO_ALIASES,
    frames: FrameLexicon = NO_FRAMES,
    sentences: Sequence[Sentence] | None = None,
) -> tuple[Claim, ...]:
    """All claims of ``article``, ordered by position. ``aliases`` (the rule pack's alias data) types and links
    the names of people, organisations and places; ``frames`` (its predicate families) say what each figure and
    date measures. The headline's figures and dates are claims too, marked ``headline``, unless the body restates
    them: an article's headline and body are one source, and the body says it more fully. ``sentences``: the
    article's split (``split_sentences(article.text)``) when the caller has it already."""
    text = article.text
    split = split_sentences(text) if sentences is None else sentences
    head = headline(article, split)
    sentences = split[1:] if head is not None else split
    datelines = {sent.index for sent in sentences if is_dateline(sent)}
    with_facts = (head, *sentences) if head is not None and not is_dateline(head) else sentences
    found = _facts(with_facts)
    body = [(sent.start, sent.end) for sent in sentences if sent.index not in datelines]
    entities = list(find_entities(text, body, aliases))
    for s, e, entity in entities:
        found.append((s, e, ClaimKind.ENTITY, entity))
    places = list(find_places(text, body, entities))
    numbered = [(s, e) for s, e, place in places if place.form in NUMBERED]
    # a road's, a street's or a precinct's number is part of its name, not a figure ("Interstate 75")
    found = [t for t in found if t[2] is not ClaimKind.QUANTITY or not any(s < t[1] and t[0] < e for s, e in numbered)]
    for s, e, place in places:
        found.append((s, e, ClaimKind.PLACE, place))
    for s, e, quote in find_quotes(text, entities):
        found.append((s, e, ClaimKind.QUOTE, quote))
    for sent in sentences:
        if sent.index not in datelines:
            found.append((sent.start, sent.end, ClaimKind.STATEMENT, None))

    published = article.date or _dateline_date(sentences, datelines)
    if published is not None:
        day = datetime.date.fromisoformat(published)
        found = [(s, e, k, resolve_relative(f, day) if isinstance(f, DateRef) else f) for s, e, k, f in found]
    found.sort(key=lambda t: (t[0], -t[1]))
    claims = []
    starts = [sent.start for sent in with_facts]
    for n, (s, e, kind, fact) in enumerate(found, 1):
        i = bisect.bisect_right(starts, s) - 1
        if i < 0 or s >= with_facts[i].end:
            i += 1  # a quote opening between two sentences belongs to the next one
        if not 0 <= i < len(with_facts) or with_facts[i].start > s + 2:
            continue  # between sentences and not opening the next one
        sent = with_facts[i]
        if sent is head and kind not in (ClaimKind.DATE, ClaimKind.QUANTITY):
            continue  # a quote read across the headline: the headline gives figures and dates only
        fact_kind = kind is not ClaimKind.STATEMENT
        sentence = text[sent.start : max(sent.end, e)]  # a quote may run on past its first sentence
        qualifiers = qualify(sentence, s - sent.start, e - sent.start, fact=fact_kind)
        claims.append(
            Claim(
                id=f"{article.id}{n}",
                source=article.id,
                kind=kind,
                start=s,
                end=e,
                text=text[s:e],
                sentence=sent.index,
                fact=fact,
                hedge=qualifiers.hedge,
                negated=qualifiers.negated,
                status=qualifiers.status,
                clauses=_clauses(sentence, sent.start) if kind is ClaimKind.STATEMENT else (),
                reported=kind is ClaimKind.STATEMENT and reported(sentence),
                headline=sent is head,
            )
        )
    year = int(published[:4]) if published else None
    return _unrestated(_framed(claims, with_facts, text, frames, year))


def _clauses(sentence: str, offset: int) -> tuple[Clause, ...]:
    """The clauses of a statement that a hedge qualifies, with article offsets and their status."""
    return tuple(Clause(offset + s, offset + e, status, hedge) for s, e, hedge, status in qualified_clauses(sentence))


def _facts(sentences: Sequence[Sentence]) -> list[tuple[int, int, ClaimKind, Fact]]:
    """The dates and quantities of ``sentences``, read a sentence at a time with article offsets; a quantity inside
    a date is part of it."""
    found: list[tuple[int, int, ClaimKind, Fact]] = []
    for sent in sentences:
        taken: list[tuple[int, int]] = []
        for s, e, date in find_dates(sent.text, sent.start):
            if date.granularity != "anchored":
                # the offset of an anchored time ("nearly three weeks after the season ended") stays a figure too:
                # how long after is one fact, when it happened another
                taken.append((s, e))
            found.append((s, e, ClaimKind.DATE, date))
        for s, e, qty in find_quantities(sent.text, sent.start):
            if any(ts < e and s < te for ts, te in taken):
                continue
            taken.append((s, e))
            found.append((s, e, ClaimKind.QUANTITY, qty))
    return found


def _unrestated(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims without the headline's figures and dates that the body restates ("Quake kills 24" over "killed
    at least 24 people"): the body's is the article's claim. A headline figure that the body does not give, or
    gives otherwise, stays, marked as the headline's."""
    body = [c for c in claims if not c.headline and c.kind in (ClaimKind.QUANTITY, ClaimKind.DATE)]
    return tuple(c for c in claims if not (c.headline and any(_restated(c.fact, b.fact) for b in body)))


def _restated(head: Fact, body: Fact) -> bool:
    """Whether the body's fact restates the headline's: a compatible date; a compatible figure, or the same
    number of people or things in the same state under another noun ("2 hurt" over "two men were wounded",
    "100 teenagers" over "100 people"): a headline's words are clipped, and one article gives one number once."""
    # here, not at the top: crosscheck.facts reads crosscheck.claims.dates, so importing it while this package
    # initialises would be circular (``import crosscheck.facts`` alone failed so)
    from crosscheck.facts import Relation, date_relation, quantity_relation

    if isinstance(head, DateRef) and isinstance(body, DateRef):
        return date_relation(head, body) in (Relation.SAME, Relation.DIFFERS)
    if not (isinstance(head, Quantity) and isinstance(body, Quantity)) or head.change != body.change:
        return False
    if quantity_relation(head, body) in (Relation.SAME, Relation.DIFFERS, Relation.RENAMED):
        return True
    state_head, state_body = head.unit.partition(":")[2], body.unit.partition(":")[2]
    same_state = state_head == state_body or not (state_head and state_body)
    return same_state and head.value == body.value  # "100 teenagers" over "about 100 people" too


def _framed(
    claims: Sequence[Claim], sentences: Sequence[Sentence], text: str, lexicon: FrameLexicon, year: int | None
) -> tuple[Claim, ...]:
    """The claims, each quantity, date and place with its frame, read once here and carried from then on."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    frames = {}
    last_person: str | None = None  # the person named last before the sentence: whom "he" or "she" refers to
    for sent in sentences:
        group = by_sentence.get(sent.index, [])
        if any(c.kind in (ClaimKind.QUANTITY, ClaimKind.DATE, ClaimKind.PLACE) for c in group):
            frames.update(
                frames_for(group, text[sent.start : sent.end], sent.start, lexicon, last_person=last_person, year=year)
            )
        for c in group:
            if isinstance(c.fact, Entity) and c.fact.type is EntityType.PERSON:
                last_person = c.fact.canonical or c.fact.name
    out = []
    for c in claims:
        frame = frames.get(c.id)
        if frame is None:
            out.append(c)
        elif isinstance(c.fact, Quantity):
            out.append(evolve(c, frame=frame, fact=counted(c.fact, frame, lexicon)))
        else:
            out.append(evolve(c, frame=frame))
    return tuple(out)


def publication_date(article: Article, sentences: Sequence[Sentence] | None = None) -> str | None:
    """The article's publication date (ISO ``YYYY-MM-DD``): the one it was given (``--date``), or the full date on
    a date line near the top ("Updated 5 / 5 / 2010 1: 41 PM"); ``None`` when neither is known."""
    if article.date:
        return article.date
    body = body_sentences(article, sentences)
    return _dateline_date(body, {sent.index for sent in body if is_dateline(sent)})


def _dateline_date(sentences: Sequence[Sentence], datelines: Collection[int]) -> str | None:
    """The first full date on the date lines (see :func:`crosscheck.claims.datelines.dateline_date`)."""
    lines = [sent.text for sent in sentences if sent.index in datelines]
    return dateline_date(lines, [sent.text for sent in sentences if sent.index not in datelines])


def body_sentences(article: Article, sentences: Sequence[Sentence] | None = None) -> Sequence[Sentence]:
    """The sentences below the headline: the body, whose every sentence is a statement claim."""
    sentences = split_sentences(article.text) if sentences is None else sentences
    return sentences[1:] if headline(article, sentences) is not None else sentences


def headline(article: Article, sentences: Sequence[Sentence] | None = None) -> Sentence | None:
    """The headline's sentence: the first, when it is the article's title; ``None`` when there is none."""
    sentences = split_sentences(article.text) if sentences is None else sentences
    if article.title and sentences and sentences[0].text == article.title:
        return sentences[0]
    return None


def is_dateline(sentence: Sentence) -> bool:
    """A date line near the top ("Updated 5 / 5 / 2010 1: 41 PM", "WASHINGTON, DC, April 28, 2009") gives the
    publication date, not a fact (see :mod:`crosscheck.claims.datelines`)."""
    return is_dateline_text(sentence.text, sentence.index)

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
from crosscheck.claims.hedges import qualify
from crosscheck.claims.quantities import find_quantities
from crosscheck.claims.quotes import find_quotes
from crosscheck.frames import NO_FRAMES, FrameLexicon, counted, frames_for
from crosscheck.model import Article, Claim, ClaimKind, DateRef, Entity, EntityType, Fact, Quantity, Sentence
from crosscheck.sentences import split_sentences


def extract_claims(
    article: Article, aliases: Aliases = NO_ALIASES, frames: FrameLexicon = NO_FRAMES
) -> tuple[Claim, ...]:
    """All claims of ``article``, ordered by position. ``aliases`` (the rule pack's alias data) types and links
    the names of people, organisations and places; ``frames`` (its predicate families) say what each figure and
    date measures."""
    text = article.text
    sentences = body_sentences(article)
    datelines = {sent.index for sent in sentences if is_dateline(sent)}
    found: list[tuple[int, int, ClaimKind, Fact]] = []
    for sent in sentences:
        taken: list[tuple[int, int]] = []
        for s, e, date in find_dates(sent.text):
            if date.granularity != "anchored":
                # the offset of an anchored time ("nearly three weeks after the season ended") stays a figure too:
                # how long after is one fact, when it happened another
                taken.append((s, e))
            found.append((sent.start + s, sent.start + e, ClaimKind.DATE, date))
        for s, e, qty in find_quantities(sent.text):
            if any(ts < e and s < te for ts, te in taken):
                continue
            taken.append((s, e))
            found.append((sent.start + s, sent.start + e, ClaimKind.QUANTITY, qty))
    body = [(sent.start, sent.end) for sent in sentences if sent.index not in datelines]
    entities = list(find_entities(text, body, aliases))
    for s, e, entity in entities:
        found.append((s, e, ClaimKind.ENTITY, entity))
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
    starts = [sent.start for sent in sentences]
    for n, (s, e, kind, fact) in enumerate(found, 1):
        i = bisect.bisect_right(starts, s) - 1
        if i < 0 or s >= sentences[i].end:
            i += 1  # a quote opening between two sentences belongs to the next one
        if not 0 <= i < len(sentences) or sentences[i].start > s + 2:
            continue  # in the headline, or between sentences and not opening the next one
        sent = sentences[i]
        fact_kind = kind is not ClaimKind.STATEMENT
        sentence = text[sent.start : max(sent.end, e)]  # a quote may run on past its first sentence
        hedge, negated = qualify(sentence, s - sent.start, e - sent.start, fact=fact_kind)
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
                hedge=hedge,
                negated=negated,
            )
        )
    year = int(published[:4]) if published else None
    return _framed(claims, sentences, text, frames, year)


def _framed(
    claims: Sequence[Claim], sentences: Sequence[Sentence], text: str, lexicon: FrameLexicon, year: int | None
) -> tuple[Claim, ...]:
    """The claims, each quantity and date with its frame, read once here and carried from then on."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    frames = {}
    last_person: str | None = None  # the person named last before the sentence: whom "he" or "she" refers to
    for sent in sentences:
        group = by_sentence.get(sent.index, [])
        if any(c.kind in (ClaimKind.QUANTITY, ClaimKind.DATE) for c in group):
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


def publication_date(article: Article) -> str | None:
    """The article's publication date (ISO ``YYYY-MM-DD``): the one it was given (``--date``), or the full date on
    a date line near the top ("Updated 5 / 5 / 2010 1: 41 PM"); ``None`` when neither is known."""
    if article.date:
        return article.date
    sentences = body_sentences(article)
    return _dateline_date(sentences, {sent.index for sent in sentences if is_dateline(sent)})


def _dateline_date(sentences: Sequence[Sentence], datelines: Collection[int]) -> str | None:
    """The first full date on the date lines (see :func:`crosscheck.claims.datelines.dateline_date`)."""
    lines = [sent.text for sent in sentences if sent.index in datelines]
    return dateline_date(lines, [sent.text for sent in sentences if sent.index not in datelines])


def body_sentences(article: Article) -> tuple[Sentence, ...]:
    """The sentences below the headline (a headline repeats the body, so its claims are left out)."""
    sentences = split_sentences(article.text)
    if article.title and sentences and sentences[0].text == article.title:
        return sentences[1:]
    return sentences


def is_dateline(sentence: Sentence) -> bool:
    """A date line near the top ("Updated 5 / 5 / 2010 1: 41 PM", "WASHINGTON, DC, April 28, 2009") gives the
    publication date, not a fact (see :mod:`crosscheck.claims.datelines`)."""
    return is_dateline_text(sentence.text, sentence.index)

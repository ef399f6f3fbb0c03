"""Stage 4: align equivalent claims across two articles.

Claims are aligned, not whole sentences by similarity alone:

* **statements** (sentences) pair when the statement model (:mod:`crosscheck.similarity`, fitted on MRPC) gives
  them at least ``statement_match`` and the pair is the best counterpart of one of its two sentences (one-to-many
  where a sentence states two things) among at least ``best_of`` sentences or shares ``statement_shared`` context
  with it, or ``statement_alone`` whatever the other sentences: being the best of one or two candidates is no
  evidence that two sentences say the same.
  Candidates come from an inverted index on content stems, so the work grows with the number of plausible
  pairs, not with the product of the sentence counts;
* **shared context** (content words weighted by how rare they are in the two articles, IDF, blended with
  rapidfuzz's ``token_set_ratio``) is what pairs facts and marks a sentence as related to the other article;
* **quantities** pair when they count the same thing (same canonical unit or counted noun) and their sentences
  share context; a pair whose values differ needs more shared context than one whose values agree, because a
  wrong pairing of different numbers is a false alarm;
* **dates** pair likewise by granularity and context; **quotes** pair by their own words.

The result is deterministic: ties are broken by position.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from attrs import evolve, field, frozen
from rapidfuzz import fuzz, process

from crosscheck import lexicon
from crosscheck.clauses import Clause, Scale, clauses, match, whole
from crosscheck.clauses import weight as clause_weight
from crosscheck.facts import (
    NOT_EVENT,
    Relation,
    apart,
    date_relation,
    people_kinds,
    quantity_relation,
    rounds,
    same_thing,
)
from crosscheck.frames import AGE, Fit, fit, other_events, other_places, same_scope, unrelated_predicates
from crosscheck.model import Claim, ClaimKind, DateRef, Entity, EntityType, Qualifier, Quantity, Quote
from crosscheck.names import NameRelation, name_relation
from crosscheck.patterns import compiled
from crosscheck.placing import Naming, exclude, naming, one_event, place_of, stands_apart
from crosscheck.placing import other_events as other_place_events
from crosscheck.records import Repr
from crosscheck.similarity import SameStatement, StatementModel, profile
from crosscheck.text import STOPWORDS, content_stems, quote_text
from crosscheck.text import stem as text_stem
from crosscheck.text import words as content_words
from crosscheck.unionfind import UnionFind
from crosscheck.wordlists import HONORIFICS, PEOPLE, SPEECH_AFTER_NAME

ANY_NOUN = -1  # a counter's class in AlignConfig.counters: it counts whatever its clause names ("units", "items")


@frozen(repr=False)
class AlignConfig(Repr):
    """Thresholds of the aligner. The defaults are overridden by the ``[alignment]`` table of the rule pack."""

    statement_match: float = 0.1  # probability at which a sentence's best counterpart states the same thing
    # being the best of one candidate is no evidence: below this many sentences in the other article, a pair needs
    # statement_alone, the probability at which two sentences state the same thing on their own
    best_of: float = 3
    statement_alone: float = 0.6
    # a pair that is the best counterpart of neither sentence still pairs at statement_match when the two share this
    # much context (one sentence states two things, and the other article gives one of them a sentence of its own)
    statement_shared: float = 0.5
    statement_related: float = 0.15  # below this a sentence has no counterpart (single-source)
    fact_same_value: float = 0.12  # context needed to pair two facts with the same value
    fact_other_value: float = 0.30  # context needed to pair two facts that conflict (a hard discrepancy)
    fact_differs_value: float = 0.20  # context needed to pair compatible but different facts (a soft one)
    # figures this many times apart (facts.apart: for a vague one, the nearer end of its range) are more often two
    # different things than one misreported: a discrepancy between them needs fact_far_value of context ("10 yards"
    # and "6,728 yards", "two games" and "105 games", "three people" and "tens of thousands")
    fact_far_ratio: float = 5
    fact_far_value: float = 0.65
    # when both articles give several different figures of one kind (a box score, a market report), or several
    # dates (a career, a trial's history), the unit says little: a conflict needs this much more context per
    # figure or date beyond the first two in the article that gives fewer
    fact_crowded: float = 0.05
    # a figure an article gives twice in other words ("hundreds injured", "more than 200 people injured") goes with
    # the pair of either mention: its stated value at most this many times the paired mention's (not "at least 25
    # of the injured", a part of the same count)
    restatement_ratio: float = 2
    # two figures that both articles give in their first sentence (the lead, which states a story's main facts)
    # rank this much higher among the candidates: "over 200 injured" in one lead against "injured dozens" in the
    # other, rather than a district's "140 were injured" further down. Not dates: a lead's "on Thursday" and the
    # other's "said Friday" date different events
    fact_lead: float = 0.05
    # two facts whose frames match (crosscheck.frames: the same predicate family or verb, no holder, scope or
    # period against it) measure the same thing: equal values pair on frame_match_value of context; differing ones
    # on frame_differs_value when each article gives one figure for the predicate, or when two dates (or ages)
    # have their holders (see _context_needed). Frames that conflict never pair.
    frame_match_value: float = 0.0
    frame_differs_value: float = 0.0
    # clauses (crosscheck.clauses): two clauses of sentences not paired as wholes state the same thing when their
    # content words' IDF-weighted Dice reaches clause_match with at least clause_words words in common; a word the
    # lexicon relates to one of the other clause's counts clause_synonym of its weight
    clause_match: float = 0.35
    clause_words: float = 2
    clause_synonym: float = 0.8
    # two place names of as many words whose rapidfuzz ratio reaches this are one name, spelled two ways or with a
    # slip in a generic word ("12th Precinct", "12th Presinct"): crosscheck.placing
    place_spelling: float = 85.0
    # two mentions of one place that locate no one event pair when their sentences share this much context (as a
    # fact's, ``context``); below it the place is named in both, and no finding is made
    place_context: float = 0.2
    # a place written at most this many characters after one both articles name, with no clause mark between,
    # is part of where that is ("a Corner Drug drug store on Elm St.")
    place_gap: float = 20
    quote_match: float = 80.0  # rapidfuzz token_set_ratio between two quotes' words
    quote_related: float = 0.3  # a quote whose sentence is this similar to one in the other article is related
    fuzz_weight: float = 0.3  # weight of rapidfuzz in the shared-context measure of two sentences
    fact_window: float = 5  # content words each side of a fact that make its local context
    # how wide "about N" is: the aligner judges how two figures relate by it (Pair.relation), and the number rules
    # read that relation
    approx_tolerance: float = 0.1
    # a vague figure ("a few", "dozens": crosscheck.wordlists.VAGUE_AMOUNTS) and another this many times beyond its
    # interval's nearer end (facts.apart) cannot both be true ("a few" and 300): a conflict; nearer, they differ
    vague_margin: float = 3
    # counted nouns by class ("rifle" and "gun"), from the pack's [[kindred]] tables (rules/frames.toml): two equal
    # figures of one class are "renamed"
    kindred: Mapping[str, int] = field(factory=dict)
    # units that measure one property of a story's object ("magnitude", "calibre"), from [frames] properties
    # (rules/frames.toml): where each article gives one value, the two pair on the unit alone
    properties: frozenset[str] = frozenset()
    # generic counters (crosscheck.rules._counters): a general word of a [[kindred]] class to the class's number
    # ("vehicle" counts cars and trucks), a [frames] counters word to -1 ("units", "items": whatever the clause names)
    counters: Mapping[str, int] = field(factory=dict)
    # given names and their nicknames, and names written from another script in several spellings, folded
    # (crosscheck.names), from the pack's [nicknames] and [transliterations] tables (rules/names.toml)
    nicknames: Mapping[str, frozenset[str]] = field(factory=dict)
    transliterations: Mapping[str, frozenset[str]] = field(factory=dict)
    statement_model: StatementModel = field(factory=StatementModel)  # weights of the sentence similarity model
    # with three or more sources, two articles are aligned only when the cosine of their content-stem sets reaches
    # article_related and one is among the article_neighbours most related to the other
    # (crosscheck.corroborate.related_pairs): an unrelated article has nothing to corroborate
    article_related: float = 0.12
    article_neighbours: float = 10


@frozen(repr=False)
class Pair(Repr):
    a: Claim
    b: Claim
    score: float
    # how a pair of facts (quantities, dates) relates, judged once here and read by the rules (crosscheck.facts);
    # None for statements, quotes and names, which the rules judge by their own kind
    relation: Relation | None = None
    # other mentions of the same fact in either article, which the pair stands for: "hundreds injured" paired with
    # "dozens injured" carries the same article's "more than 200 people injured" (see _restatements)
    also: tuple[Claim, ...] = ()
    # the source published later, when the two articles' publication dates differ (see ``dated``); None otherwise
    newer: str | None = None
    # how two people's names relate (crosscheck.names), read by the entity-compare rules: None for other pairs;
    # UNRELATED for two different names given to one role
    naming: NameRelation | None = None

    @property
    def claims(self) -> tuple[Claim, ...]:
        """The pair's claims with their restatements, ``a`` and ``b`` first."""
        return (self.a, self.b, *self.also)


@frozen(repr=False)
class Alignment(Repr):
    pairs: tuple[Pair, ...]
    # ids of claims that have a related but not equivalent counterpart: neither aligned nor single-source
    related: frozenset[str]


class Side:
    """What the aligner needs of one article's claims, computed once however many articles it is compared with:
    its statements by sentence, their content stems and how many sentences hold each stem, an inverted index
    (stem -> sentences), its sentences normalised for quote echoes, its facts by kind and the people it names."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.claims = tuple(claims)
        self.source = self.claims[0].source if self.claims else ""
        self.statements = {c.sentence: c for c in self.claims if c.kind is ClaimKind.STATEMENT}
        self.stems = {i: frozenset(content_stems(c.text)) for i, c in self.statements.items()}
        self.df: Counter[str] = Counter(w for stems in self.stems.values() for w in stems)
        index: dict[str, list[int]] = defaultdict(list)  # stem -> sentences, in sentence order
        for i in sorted(self.statements):
            for w in sorted(self.stems[i]):
                index[w].append(i)
        self.index = dict(index)
        self.lower = {i: c.text.lower() for i, c in self.statements.items()}
        self.normalised = [_norm_words(c.text) for c in self.statements.values()]
        self.joined = f" {'  '.join(self.normalised)} "  # two spaces part the sentences
        self.vocabulary = frozenset(w for sentence in self.normalised for w in sentence.split())
        self._by_word: dict[str, list[int]] | None = None  # word -> normalised sentences (see ``sharing``)
        self.by_kind: dict[ClaimKind, list[Claim]] = {kind: [] for kind in ClaimKind}
        for c in self.claims:
            self.by_kind[c.kind].append(c)
        # facts outside any statement (a date line) pair only with each other; a headline's are compared like any
        # other, by their frames (a headline is no statement of its own: its words are clipped)
        self.datelines = frozenset(c.id for c in self.claims if c.sentence not in self.statements and not c.headline)
        # the facts of the article's first sentence: its lead, which states the story's main facts
        first = min(self.statements, default=-1)
        self.lead = frozenset(c.id for c in self.claims if c.sentence == first)
        self.people = _people(self.by_kind[ClaimKind.ENTITY], self.statements)
        # the people a mention presents plainly as a person: a role, a reporting verb, an age or "who" (not only
        # ", a ..." after the name, which describes a firm as well: "Gordon Advisers, a public accounting firm")
        self.plainly = frozenset(
            c.fact.canonical or c.fact.name
            for c in self.by_kind[ClaimKind.ENTITY]
            if isinstance(c.fact, Entity)
            and c.fact.type is EntityType.PERSON
            and _presented(c, self.statements.get(c.sentence), plainly=True)
        )
        by_last: dict[str, list[str]] = defaultdict(list)  # last name -> full names, in order
        for name in self.people:
            by_last[name.lower().split()[-1]].append(name)
        self.people_by_last = dict(by_last)
        self.names = _names(self.by_kind[ClaimKind.ENTITY])
        self._crowds: dict[tuple[ClaimKind, float], dict[str, int]] = {}
        self._alone: dict[tuple[ClaimKind, float], frozenset[str]] = {}

    def sharing(self, words: AbstractSet[str], least: int) -> list[str]:
        """The normalised sentences that hold at least ``least`` of ``words`` (distinct words), in sentence order,
        found through an index of the words (built on first use): the quote-echo scan visits only those."""
        if self._by_word is None:
            index: dict[str, list[int]] = defaultdict(list)
            for k, sentence in enumerate(self.normalised):
                for w in set(sentence.split()):
                    index[w].append(k)
            self._by_word = dict(index)
        shared: Counter[int] = Counter(k for w in words for k in self._by_word.get(w, ()))
        return [self.normalised[k] for k in sorted(shared) if shared[k] >= least]

    def crowd(self, kind: ClaimKind, approx_tolerance: float) -> dict[str, int]:
        """For each fact of ``kind``, how many other values the article gives for the same kind of thing (see
        ``_crowd``), worked out once however many articles this one meets."""
        key = (kind, approx_tolerance)
        if key not in self._crowds:
            self._crowds[key] = _crowd(self.by_kind[kind], approx_tolerance)
        return self._crowds[key]

    def alone(self, kind: ClaimKind, approx_tolerance: float) -> frozenset[str]:
        """The facts of ``kind`` that are the only value the article gives for their predicate (see ``_alone``)."""
        key = (kind, approx_tolerance)
        if key not in self._alone:
            self._alone[key] = _alone(self.by_kind[kind], approx_tolerance)
        return self._alone[key]


def dated(alignment: Alignment, published: Mapping[str, str | None]) -> Alignment:
    """The alignment with each pair told which of its two sources was published later (``published``: a source id
    to its ISO publication date), judged once for the rules that read an update ("has not been charged", then "was
    charged"). Pairs of sources with no date, or the same one, are left as they are."""
    pairs = []
    for p in alignment.pairs:
        da, db = published.get(p.a.source), published.get(p.b.source)
        newer = None if not da or not db or da == db else (p.a.source if da > db else p.b.source)
        pairs.append(evolve(p, newer=newer) if newer else p)
    return evolve(alignment, pairs=tuple(pairs))


def side(claims: Sequence[Claim] | Side) -> Side:
    return claims if isinstance(claims, Side) else Side(claims)


class _Weights:
    """IDF weights of content stems over the sentences of both articles."""

    def __init__(self, a: Side, b: Side) -> None:
        self._a, self._b = a.df, b.df
        self._n = len(a.statements) + len(b.statements) + 1
        self._idf: dict[str, float] = {}
        self._totals: dict[frozenset[str], float] = {}

    def idf(self, w: str) -> float:
        value = self._idf.get(w)
        if value is None:
            d = self._a.get(w, 0) + self._b.get(w, 0)
            value = self._idf[w] = math.log(self._n / d) + 0.5 if d else 1.0
        return value

    def weight(self, stems: Iterable[str]) -> float:
        # fsum is exact, so the weight does not depend on the order a set yields its stems in, which changes
        # from one process to the next (string hashing is randomised): a plain sum made results vary by a hair
        return math.fsum(self.idf(w) for w in stems)

    def total(self, stems: frozenset[str]) -> float:
        """``weight``, remembered for a set met many times (a sentence's stems, a fact's window); fsum's sum does
        not depend on the order, so equal sets have the same weight to the last bit."""
        value = self._totals.get(stems)
        if value is None:
            value = self._totals[stems] = self.weight(stems)
        return value

    def overlap(self, x: frozenset[str], y: frozenset[str]) -> float:
        """Shared weight over the smaller side's: a short context inside a long one still counts."""
        smaller = min(self.total(x), self.total(y))
        return self.weight(x & y) / smaller if smaller else 0.0


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class SentenceScore(NamedTuple):
    same: float  # probability that the two sentences state the same thing (crosscheck.similarity)
    shared: float  # how much content they share: IDF-weighted Dice blended with rapidfuzz token_set_ratio


def sentence_similarities(
    a: Sequence[Claim] | Side, b: Sequence[Claim] | Side, config: AlignConfig, weights: _Weights | None = None
) -> dict[tuple[int, int], SentenceScore]:
    """Scores of the pairs of statements (by sentence index) that share a content stem and can matter to the
    alignment; the rest share nothing, or too little to change it.

    Two measures: ``same`` decides whether two sentences state the same thing (a statement agreement);
    ``shared`` measures common context, which is what pairs two facts or marks a sentence as related. Content
    stems are weighted by IDF over the sentences of both articles, so words both articles use often ("said",
    the main actor's name) count less than the rare words that identify one fact. Candidates come from an
    inverted index on content stems, so the work grows with the plausible pairs.

    Most candidates share only a common word or two, and :func:`align` only compares their measures with
    thresholds, so each measure is exact where it reaches the lowest threshold it is compared with (``floors``)
    and 0.0 where it provably cannot: the alignment is the same as with every measure exact (see ``floors``). A
    pair with both measures below their floors is left out. (Fact pairing, which reads ``shared`` as a number,
    computes it exactly where it needs it: ``_exact_shared``.)
    """
    sa, sb = side(a), side(b)
    w = weights or _Weights(sa, sb)
    # the weight of the stems each two sentences share, summed over the stems both articles use (in a fixed
    # order, so that the sums are the same in every process): the work is what the two articles share
    common: dict[tuple[int, int], float] = defaultdict(float)
    for stem in sorted(sa.df.keys() & sb.df.keys()):
        idf = w.idf(stem)
        for i in sa.index[stem]:
            for j in sb.index[stem]:
                common[(i, j)] += idf
    weight_a: dict[int, float] = {}
    weight_b: dict[int, float] = {}
    profiles_a = {i: profile(c.text) for i, c in sa.statements.items()}
    profiles_b = {j: profile(c.text) for j, c in sb.statements.items()}
    same_floor, shared_floor = floors(config)
    same_statement, fw = SameStatement(config.statement_model, same_floor), config.fuzz_weight
    scores: dict[tuple[int, int], SentenceScore] = {}
    for i, j in sorted(common):
        if i not in weight_a:
            weight_a[i] = w.weight(sa.stems[i])
        if j not in weight_b:
            weight_b[j] = w.weight(sb.stems[j])
        dice = _dice(common[(i, j)], weight_a[i] + weight_b[j])
        # _shared with token_set_ratio's share in [0, 1]: its upper bound takes the share at 1 (at 0 for a negative
        # weight); below the floor (less a margin for rounding, which is near 1e-16 here), token_set_ratio is not
        # worth computing
        if _shared(dice, 1.0 if fw > 0 else 0.0, fw) >= shared_floor - 1e-9:
            shared = _shared(dice, fuzz.token_set_ratio(sa.lower[i], sb.lower[j]) / 100.0, fw)
        else:
            shared = 0.0
        same = same_statement(profiles_a[i], profiles_b[j])
        if same or shared:
            scores[(i, j)] = SentenceScore(same=same, shared=shared)
    return scores


def floors(config: AlignConfig) -> tuple[float, float]:
    """The lowest value of ``same`` and of ``shared`` that :func:`align` compares with a threshold.

    A measure below its floor can be replaced by 0.0 (or its pair left out) without changing the alignment:
    ``same`` is compared with ``statement_match`` and ``statement_alone`` (a pair below both does not pair) and is
    maximised per sentence, and a sentence's maximum too is only compared with those two thresholds; the pair that
    reaches a sentence's maximum, when that is at or above the floor, is exact, so the maximum is too. Likewise
    ``shared`` with ``statement_shared``, ``statement_related`` and ``quote_related``. (Fact pairing reads
    ``shared`` as a number, and computes it exactly where it is 0.0: ``_exact_shared``.)
    """
    same = min(config.statement_match, config.statement_alone)
    shared = min(config.statement_shared, config.statement_related, config.quote_related)
    return same, shared


def _dice(common: float, total: float) -> float:
    """IDF-weighted Dice: twice the weight two stem sets share over the sum of their weights."""
    return 2 * common / total if total else 0.0


def _shared(dice: float, ratio: float, fuzz_weight: float) -> float:
    """The shared-context measure: IDF-weighted Dice blended with token_set_ratio's share (``ratio``), which
    counts in full from a Dice of 1/3 on."""
    return (1 - fuzz_weight) * dice + fuzz_weight * ratio * min(1.0, dice * 3)


def _exact_shared(sa: Side, sb: Side, i: int, j: int, *, w: _Weights, fuzz_weight: float) -> float:
    """``shared`` of sentence ``i`` of ``sa`` and ``j`` of ``sb`` as ``sentence_similarities`` computes it above
    its floor, to the last bit: the shared weight is summed in the order it sums it (the stems in sorted order);
    0.0 for two that share no stem (which it does not score) or a fact outside any statement."""
    if i not in sa.statements or j not in sb.statements:
        return 0.0
    stems = sorted(sa.stems[i] & sb.stems[j])
    if not stems:
        return 0.0
    common = 0.0
    for stem in stems:
        common += w.idf(stem)
    dice = _dice(common, w.total(sa.stems[i]) + w.total(sb.stems[j]))
    return _shared(dice, fuzz.token_set_ratio(sa.lower[i], sb.lower[j]) / 100.0, fuzz_weight)


def _fact_window(claim: Claim, statement: Claim | None, width: int) -> frozenset[str]:
    """Content stems of the claim and of up to ``width`` content words on each side of it, in its sentence."""
    if statement is None:
        return frozenset()
    rel_start, rel_end = claim.start - statement.start, claim.end - statement.start
    before = content_stems(statement.text[: max(0, rel_start)])[-width:]
    inside = content_stems(claim.text)
    after = content_stems(statement.text[rel_end:])[:width]
    return frozenset(before + inside + after)


def align(
    a: Sequence[Claim] | Side,
    b: Sequence[Claim] | Side,
    config: AlignConfig,
    settled: AbstractSet[str] = frozenset(),
) -> Alignment:
    """The pairs of equivalent claims of two articles, and the claims that have a related counterpart. ``a`` and
    ``b`` are each article's claims, or their :class:`Side` when an article is compared with several others.
    ``settled``: ids of claims some other article already pairs or relates to; an N-way compare needs no more
    evidence that they are not single-source, so the aligner does not look for an echo of those quotes."""
    sa, sb = side(a), side(b)
    weights = _Weights(sa, sb)
    scores = sentence_similarities(sa, sb, config, weights)
    same_a: dict[int, float] = defaultdict(float)  # each sentence's best probability of a counterpart
    same_b: dict[int, float] = defaultdict(float)
    shared_a: dict[int, float] = defaultdict(float)  # and the most context it shares with one
    shared_b: dict[int, float] = defaultdict(float)
    for (i, j), s in scores.items():
        same_a[i], same_b[j] = max(same_a[i], s.same), max(same_b[j], s.same)
        shared_a[i], shared_b[j] = max(shared_a[i], s.shared), max(shared_b[j], s.shared)

    windows: dict[str, frozenset[str]] = {}

    def window(c: Claim) -> frozenset[str]:
        if c.id not in windows:
            here = sa if c.source == sa.source else sb
            windows[c.id] = _fact_window(c, here.statements.get(c.sentence), int(config.fact_window))
        return windows[c.id]

    exact: dict[tuple[int, int], float] = {}

    def shared_context(i: int, j: int) -> float:
        """``shared`` of two sentences, exact: the scores give 0.0 below their floor."""
        s = scores.get((i, j))
        if s is not None and s.shared:
            return s.shared
        if (i, j) not in exact:
            exact[(i, j)] = _exact_shared(sa, sb, i, j, w=weights, fuzz_weight=config.fuzz_weight)
        return exact[(i, j)]

    def context(ca: Claim, cb: Claim) -> float:
        """How much context two facts share: the more of their sentences' and their local windows'."""
        return max(shared_context(ca.sentence, cb.sentence), weights.overlap(window(ca), window(cb)))

    pairs: list[Pair] = []
    related: set[str] = set()
    # each sentence's best counterpart, both ways (one-to-many where a sentence states two facts), when the other
    # article offers enough sentences for "best" to mean something; and any pair equivalent on its own
    best_a, best_b = len(sb.statements) >= config.best_of, len(sa.statements) >= config.best_of
    pairs += _statements(sa, sb, scores, (same_a, same_b), _ClauseMatcher(sa, sb, weights, config))
    for here, same, shared, other, best_here in (
        (sa, same_a, shared_a, sb, best_a),
        (sb, same_b, shared_b, sa, best_b),
    ):
        # only a sentence that shares a content stem with the other article can have a related counterpart
        for i in shared if config.statement_related > 0 else here.statements:
            c = here.statements[i]
            unmatched = same[i] < (config.statement_match if best_here else config.statement_alone)
            if unmatched and shared[i] >= config.statement_related:
                related.add(c.id)  # the other article says something about it, not the same thing
        for c in here.by_kind[ClaimKind.QUOTE]:
            if c.id in settled:
                continue
            if shared.get(c.sentence, 0.0) >= config.quote_related or _echoed(c, other):
                related.add(c.id)  # a quote the other article paraphrases or echoes is not single-source
        for c in here.by_kind[ClaimKind.DATE]:
            if _anchor_dated(c, other):
                related.add(c.id)

    datelines = sa.datelines | sb.datelines
    totals = _itemised_totals(sa.by_kind[ClaimKind.QUANTITY], sb.by_kind[ClaimKind.QUANTITY])
    related |= {c for pair in totals for c in pair}
    for kind in (ClaimKind.QUANTITY, ClaimKind.DATE):
        crowd = sa.crowd(kind, config.approx_tolerance) | sb.crowd(kind, config.approx_tolerance)
        alone = sa.alone(kind, config.approx_tolerance) | sb.alone(kind, config.approx_tolerance)
        pairs += _align_facts(
            sa.by_kind[kind],
            sb.by_kind[kind],
            context,
            config,
            datelines,
            crowd=crowd,
            alone=alone,
            leads=sa.lead | sb.lead,
            totals=totals,
        )
    figures = [*sa.by_kind[ClaimKind.QUANTITY], *sb.by_kind[ClaimKind.QUANTITY]]
    pairs = _offsets_judged_once(pairs, figures, related)
    quote_pairs = _align_quotes(sa.by_kind[ClaimKind.QUOTE], sb.by_kind[ClaimKind.QUOTE], config)
    statement_pairs = [p for p in pairs if p.a.kind is ClaimKind.STATEMENT]
    paraphrased = Scale(weights.idf, config.clause_synonym), config.clause_match
    pairs += quote_pairs + _quotes_of_paired_statements(sa, sb, statement_pairs, quote_pairs, paraphrased)
    pairs += _align_people(sa, sb, config)
    pairs += _align_names(sa, sb)
    place_pairs, places_related = _align_places(sa, sb, config, context)
    pairs += place_pairs
    related |= places_related
    pairs.sort(key=lambda p: (p.a.start, p.b.start, p.a.kind.value))
    return Alignment(pairs=tuple(pairs), related=frozenset(related))


def _statements(
    sa: Side,
    sb: Side,
    scores: Mapping[tuple[int, int], SentenceScore],
    best: tuple[Mapping[int, float], Mapping[int, float]],
    clause_matcher: _ClauseMatcher,
) -> list[Pair]:
    """The statement pairs: each sentence's best counterpart, both ways (one-to-many where a sentence states two
    facts), when the other article offers enough sentences for "best" to mean something; any pair equivalent on
    its own; then, among several sentences, clauses of sentences not paired as wholes."""
    config = clause_matcher.config
    best_a, best_b = len(sb.statements) >= config.best_of, len(sa.statements) >= config.best_of
    pairs: list[Pair] = []
    wholes: set[tuple[int, int]] = set()
    for (i, j), s in sorted(scores.items()):
        is_best = (best_a and s.same >= best[0][i]) or (best_b and s.same >= best[1][j])
        # a sentence that states two things: its second counterpart, among several (IDF needs several sentences)
        also = (best_a or best_b) and s.shared >= config.statement_shared
        if s.same >= config.statement_alone or ((is_best or also) and s.same >= config.statement_match):
            found = clause_matcher.wholes(sa.statements[i], sb.statements[j], round(s.same, 4))
            pairs += found
            wholes.update((i, j) for _ in found[:1])
    if best_a and best_b:  # a clause's best counterpart means something only among several sentences
        pairs += clause_matcher.pairs(wholes)
    return pairs


class _ClauseMatcher:
    """Statements compared clause by clause (crosscheck.clauses), with the two articles' IDF weights and where
    their background events' facts are."""

    def __init__(self, sa: Side, sb: Side, weights: _Weights, config: AlignConfig) -> None:
        self.sa, self.sb, self.weights, self.config = sa, sb, weights, config
        self.background = (_background_spans(sa), _background_spans(sb))
        self._totals: dict[str, float] = {}  # a clause's IDF weight, by its claim's id
        self.scale = Scale(weights.idf, config.clause_synonym)

    def _total(self, c: Clause) -> float:
        value = self._totals.get(c.claim.id)
        if value is None:
            value = self._totals[c.claim.id] = clause_weight(c.stems, self.weights.idf)
        return value

    def wholes(self, x: Claim, y: Claim, score: float) -> list[Pair]:
        """Two sentences that the statement model pairs, as one pair; none when they share only names ("Governor
        Ruiz and Senator Becker toured ..." / "... disagreed over ..."), or when one tells a background event and
        the other does not."""
        if _within(x, self.background[0]) != _within(y, self.background[1]):
            return []
        m = match(whole(x), whole(y), self.scale, 0.0)
        return [Pair(x, y, score)] if m is not None and m.plain else []

    def pairs(self, paired: AbstractSet[tuple[int, int]]) -> list[Pair]:
        """Pairs of clauses that state the same thing, from sentences not paired as wholes: each clause with its
        best counterpart (both ways), when their match reaches ``clause_match`` on ``clause_words`` words, one of
        them no name. Candidates share a content stem, found through an index of the other article's clauses, and
        their shared weight bounds their Dice before the lexicon is asked."""
        cfg, idf = self.config, self.weights.idf
        xs, ys = self._clauses(self.sa, 0), self._clauses(self.sb, 1)
        index: dict[str, list[int]] = defaultdict(list)
        for k, (_, y, _) in enumerate(ys):
            for stem in y.stems:
                index[stem].append(k)
        found: list[tuple[float, Claim, Claim]] = []
        for i, x, background in xs:
            common: dict[int, float] = defaultdict(float)
            for stem in sorted(x.stems):
                for k in index.get(stem, ()):
                    common[k] += idf(stem)
            total_x = self._total(x)
            for k, shared in sorted(common.items()):
                j, y, other_background = ys[k]
                if (i, j) in paired or background != other_background:
                    continue  # a background event's clause ("in 2004 a larger quake struck") meets only another's
                total_y = self._total(y)
                total, rest = total_x + total_y, max(0.0, min(total_x, total_y) - shared)
                if 2 * (shared + (cfg.clause_synonym * rest if x.may_relate(y) else 0.0)) < cfg.clause_match * total:
                    continue  # not even every further word matched by the lexicon would reach clause_match
                m = match(x, y, self.scale, cfg.clause_match, total)
                if m is not None and m.dice >= cfg.clause_match and m.words >= cfg.clause_words and m.plain:
                    found.append((m.dice, x.claim, y.claim))
        return [Pair(x, y, round(dice, 4)) for dice, x, y in _mutual(found)]

    def _clauses(self, s: Side, n: int) -> list[tuple[int, Clause, bool]]:
        """Every clause of an article's statements, with its sentence and whether it tells a background event."""
        spans = self.background[n]
        return [(i, c, _within(c.claim, spans)) for i in sorted(s.statements) for c in clauses(s.statements[i])]


def _mutual(found: Sequence[tuple[float, Claim, Claim]]) -> list[tuple[float, Claim, Claim]]:
    """The pairs that are the best counterpart of both their clauses."""
    best_a: dict[str, float] = defaultdict(float)
    best_b: dict[str, float] = defaultdict(float)
    for dice, x, y in found:
        best_a[x.id], best_b[y.id] = max(best_a[x.id], dice), max(best_b[y.id], dice)
    return [(dice, x, y) for dice, x, y in found if dice >= best_a[x.id] and dice >= best_b[y.id]]


def _background_spans(s: Side) -> list[tuple[int, int]]:
    """Where an article's facts of a background event are (a figure or date whose frame says so)."""
    return [(c.start, c.end) for c in s.claims if c.frame is not None and c.frame.background]


def _within(c: Claim, spans: Sequence[tuple[int, int]]) -> bool:
    return any(c.start <= s and e <= c.end for s, e in spans)


def _align_facts(
    xs: Sequence[Claim],
    ys: Sequence[Claim],
    sim: Callable[[Claim, Claim], float],
    config: AlignConfig,
    datelines: frozenset[str],
    *,
    crowd: Mapping[str, int],
    alone: AbstractSet[str] = frozenset(),
    leads: AbstractSet[str] = frozenset(),
    totals: AbstractSet[tuple[str, str]] = frozenset(),
) -> list[Pair]:
    """Pair quantities (or dates) that state the same kind of fact in shared context, best pairs first.

    A claim pairs once, except that equal facts may pair again: an article that gives a figure twice (in its
    standfirst and its body) has both mentions confirmed by the other article's one mention.
    """
    candidates: list[tuple[float, Claim, Claim, Relation]] = []
    related: list[tuple[Claim, Claim, Relation]] = []  # every two facts that relate, whatever their context
    # "12 killed in Texas and 9 in Oklahoma" and "21 killed": items of a total, no conflict
    comparable = [(x, y) for x, y in _comparable(xs, ys, config.kindred, config.counters) if (x.id, y.id) not in totals]
    for x, y in comparable:
        relation = _relation(x, y, config.approx_tolerance, config.kindred, vague_margin=config.vague_margin)
        if relation is None:
            relation = _related_otherwise(x, y, config, alone=x.id in alone and y.id in alone)
        if relation is None:
            continue
        if x.id in datelines or y.id in datelines:  # publication dates pair only with each other
            if x.id in datelines and y.id in datelines and relation is Relation.SAME:
                candidates.append((1.0, x, y, relation))
            continue
        frames = fit(x.frame, y.frame, relation is Relation.SAME, dates=isinstance(x.fact, DateRef))
        if _apart(frames, relation, x, y):
            continue
        related.append((x, y, relation))
        score = sim(x, y)
        need = _context_needed(
            x, y, relation, config, crowd=crowd, framed=frames is Fit.MATCH, alone=x.id in alone and y.id in alone
        )
        if need is None:
            continue
        if score >= need:
            # equal values first; then two leads' figures before others (the totals a story opens with)
            lead = config.fact_lead if x.id in leads and y.id in leads and isinstance(x.fact, Quantity) else 0.0
            rank = score + lead + (0.2 if relation is Relation.SAME else 0.0)
            candidates.append((rank, x, y, relation))
    candidates.sort(key=lambda t: (-t[0], t[1].start, t[2].start))
    used: set[str] = set()
    pairs: list[Pair] = []
    for score, x, y, relation in candidates:
        if (x.id in used or y.id in used) and relation is not Relation.SAME:
            continue
        if x.id in used and y.id in used:
            continue
        used |= {x.id, y.id}
        pairs.append(Pair(x, y, round(score, 4), relation))
    return _restatements(_confirmed_elsewhere(pairs, related, used), related, used, config)


def _itemised_totals(xs: Sequence[Claim], ys: Sequence[Claim]) -> frozenset[tuple[str, str]]:
    """The figures of an itemised list in one article whose sum is a figure of the other: "killed 12 people in
    Texas and 9 in Oklahoma" and "killed 21 people in two states". Each item with the total, as (A's id, B's id).
    A list is two or more figures of one sentence with one unit, none a change, none approximate, whose frames
    name one predicate; the total has that unit and a frame that does not conflict with theirs."""
    out: set[tuple[str, str]] = set()
    for items, others, flip in ((xs, ys, False), (ys, xs, True)):
        for unit, group in _lists(items):
            total = math.fsum(c.fact.value for c in group if isinstance(c.fact, Quantity))
            for t in others:
                if not (isinstance(t.fact, Quantity) and t.fact.unit == unit and t.fact.value == total):
                    continue
                if fit(group[0].frame, t.frame, False) is not Fit.CONFLICT:
                    out |= {(t.id, c.id) if flip else (c.id, t.id) for c in group}
    return frozenset(out)


def _lists(items: Sequence[Claim]) -> list[tuple[str, list[Claim]]]:
    """The itemised lists of one article's figures, with their unit (see _itemised_totals)."""
    groups: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for c in items:
        if isinstance(c.fact, Quantity) and c.fact.unit and not c.fact.change and c.fact.qualifier is Qualifier.EXACT:
            groups[(c.sentence, c.fact.unit)].append(c)
    out = []
    for (_, unit), group in groups.items():
        # one predicate; an item that leaves it out takes the list's ("12 people in Texas and 9 in Oklahoma")
        predicates = {c.frame.predicate if c.frame else None for c in group} - {None}
        if len(group) >= MIN_ITEMS and len(predicates) == 1:
            out.append((unit, group))
    return out


MIN_ITEMS = 2  # figures that make a list


def _apart(frames: Fit, relation: Relation, x: Claim, y: Claim) -> bool:
    """Two facts that are never one: their frames conflict (tax against income, the statement's day against the
    event's), or two values bounded by two places ("12 killed in Texas", "9 killed in Oklahoma": two places, or a
    part of the other), or a vague figure and another of a different value with different predicates (a vague word,
    "several times", "dozens of homes", has no value that could tie it to another figure: only its predicate does,
    "hit multiple times by bullets" and "shot nine times"; "visited several times" and "shot five times"
    are two facts however much their sentences share)."""
    if relation is not Relation.SAME and (_vague(x) or _vague(y)) and not _same_predicate(x, y):
        return True
    return frames is Fit.CONFLICT or (relation is Relation.CONFLICT and other_places(x.frame, y.frame))


def _confirmed_elsewhere(
    pairs: Sequence[Pair], related: Sequence[tuple[Claim, Claim, Relation]], used: set[str]
) -> list[Pair]:
    """The pairs without a difference whose one side has the same value in the other article, paired: when A gives
    "3:33 a.m." as B does, A's "3:30 a.m." is no second report against B's. A compatible one (a rounding, a less
    precise mention), paired or left over, is A's restatement of that fact, attached to the agreement; a
    conflicting one is left out of the pair."""
    out = list(pairs)
    confirming = [(n, p) for n, p in enumerate(pairs) if p.relation is Relation.SAME and _confirms(p)]
    agreeing = {c.id: n for n, p in confirming for c in (p.a, p.b)}
    dropped = set()
    for n, p in enumerate(pairs):
        if p.relation is not Relation.SAME and (p.a.id in agreeing or p.b.id in agreeing):
            dropped.add(n)
    left_out = {c.id for n in dropped for c in pairs[n].claims}
    for x, y, relation in related:
        for mine, theirs in ((x, y), (y, x)):
            k = agreeing.get(theirs.id)
            if k is None or relation is not Relation.DIFFERS or mine.id in agreeing:
                continue
            if any(c.id == mine.id for c in out[k].claims) or (mine.id in used and mine.id not in left_out):
                continue
            if mine.id in left_out or _rounding(mine, theirs):
                used.add(mine.id)
                out[k] = evolve(out[k], also=(*out[k].also, mine))
    return [p for n, p in enumerate(out) if n not in dropped]


def _confirms(p: Pair) -> bool:
    """An agreement that confirms its value for the other mentions of the fact: not a day of another event ("met on
    Monday" against "made landfall on Monday": a day dates many events), but an exact minute whatever its verb
    ("spotted the fire at 3:33 a.m.", "reported the fire at 3:33 a.m.": no coincidence)."""
    if not isinstance(p.a.fact, DateRef) or not other_events(p.a.frame, p.b.frame):
        return True
    return p.a.fact.granularity == "time" and not p.a.fact.value.endswith("00")


def _context_needed(
    x: Claim,
    y: Claim,
    relation: Relation,
    config: AlignConfig,
    *,
    crowd: Mapping[str, int],
    framed: bool,
    alone: bool = False,
) -> float | None:
    """How much context two related facts must share to pair (``None``: never). ``framed``: their frames match
    (the same predicate, nothing against it), which stands for the context that ties two mentions to one fact;
    ``alone``: each is the only value its article gives for its predicate. Figures far apart and crowds of values
    still ask for more. A vague figure differs from another only through a matching frame: then, when each is its
    article's only value for the predicate, the frame is the context ("hit multiple times by bullets", "shot
    nine times", whatever other counts of times the article gives)."""
    vague = _vague(x) or _vague(y)
    need = {
        Relation.SAME: config.fact_same_value,
        Relation.DIFFERS: config.fact_differs_value,
        Relation.CONFLICT: config.fact_other_value,
        Relation.RENAMED: config.fact_differs_value,  # the count agrees; the words differ
    }[relation]
    if framed and relation is Relation.SAME:
        need = min(need, config.frame_match_value)
    elif framed and _age(x):
        if _held(x) and _held(y):  # two ages of one person; an age with no holder may be anyone's
            need = min(need, config.frame_differs_value)
    elif framed and isinstance(x.fact, DateRef):
        # two dates of one event: of one holder ("Smith resigned on Friday", "the minister, Smith, stepped down on
        # Thursday"), or the only dates of their granularity in each article ("began at 8 p.m.", "began around 8:30
        # p.m."); a date with no holder among many may date another's death
        if _held(x) or _held(y) or alone or _sequels(x, y):
            need = min(need, config.frame_differs_value)
    elif _property(x, config) and crowd[x.id] == 0 and crowd[y.id] == 0:
        need = min(need, config.frame_differs_value)  # the one magnitude, the one calibre each article gives
    elif framed and ((crowd[x.id] == 0 and crowd[y.id] == 0) or same_scope(x.frame, y.frame) or (vague and alone)):
        # the one figure each article gives for one predicate ("killed 24", "the death toll rose to 31"), or one item
        # of two lists, bounded by one name ("five died in Verna", "seven were killed in Verna"); other figures of a
        # crowded predicate are as often other items ("10 were killed" here, "five died" there)
        need = min(need, config.frame_differs_value)
    if relation is Relation.SAME and _distinctive(x) and not _contains(x, y):
        # the same specific figure or full date with the same noun is the same fact ("in 2007" and "December 2007"
        # agree, but a year holds many months' events)
        need = 0.0
    if relation is not Relation.SAME and _never_one_fact(x, y, alone=alone):
        return None
    if relation is Relation.CONFLICT:
        crowded = _crowded(x, y, crowd, config)
        if crowded is None:
            return None
        need += crowded
    if relation is not Relation.SAME and _likely_two_facts(x, y, relation, config, framed=framed):
        need = max(need, config.fact_far_value)
    return need


def _likely_two_facts(x: Claim, y: Claim, relation: Relation, config: AlignConfig, *, framed: bool) -> bool:
    """Two different values that are more often two facts than one misreported, so that they pair only where the
    sentences say much the same:

    * two dates of two predicates ("scheduled for December 15", "reported September 26");
    * two values of two verbs that are not one in other words ("landed 178 punches", "369 punches thrown"; "soared
      nearly 28 percent", "a premium of nearly 33 percent"); the same number written is evidence of one fact
      ("reinforce the more than 100,000 troops", "positioned around 100,000 troops"), and a property (a magnitude,
      a calibre) needs no verb;
    * two durations that conflict, unless their frames name one predicate ("sentenced to 20 years", "a 55-year
      sentence"; "over the next 30 days", "takes effect in nine days": a story measures many spans of time);
    * figures far apart."""
    if isinstance(x.fact, DateRef):
        return other_events(x.frame, y.frame)
    if relation is Relation.CONFLICT and _duration(x) and not framed:
        return True
    if _two_numbers(x, y) and not _property(x, config) and unrelated_predicates(x.frame, y.frame):
        return True
    return (
        isinstance(x.fact, Quantity)
        and isinstance(y.fact, Quantity)
        and apart(x.fact, y.fact, config.approx_tolerance) >= config.fact_far_ratio
    )


def _never_one_fact(x: Claim, y: Claim, *, alone: bool) -> bool:
    """Two different values that are two facts whatever their sentences share: an unnamed person's age among other
    ages (another person's as likely as this one's); a family's word against a verb it does not relate to
    ("arrested three men", "questioned five men": the family's word says what one counts, and the other counts
    something else)."""
    if _age(x) and not (_held(x) and _held(y)) and (not alone or _two_people(x, y)):
        return True
    return _two_numbers(x, y) and _family_against_verb(x, y) and unrelated_predicates(x.frame, y.frame)


def _two_people(x: Claim, y: Claim) -> bool:
    """Two ages of people described by two nouns that are not one ("a 34-year-old woman", "a 29-year-old man")."""
    if x.frame is None or y.frame is None or " " not in x.frame.phrase or " " not in y.frame.phrase:
        return False
    one, other = x.frame.phrase.split()[-1].lower(), y.frame.phrase.split()[-1].lower()
    return text_stem(one) != text_stem(other) and not lexicon.related(one, other)


def _family_against_verb(x: Claim, y: Claim) -> bool:
    """One fact's predicate is one of the pack's families, the other's a verb of no family."""
    return x.frame is not None and y.frame is not None and x.frame.family != y.frame.family


def _duration(c: Claim) -> bool:
    return isinstance(c.fact, Quantity) and c.fact.unit in DURATIONS


def _two_numbers(x: Claim, y: Claim) -> bool:
    """Two figures that write two numbers, whatever their qualifiers ("nearly 28 percent", "nearly 33 percent")."""
    return isinstance(x.fact, Quantity) and isinstance(y.fact, Quantity) and x.fact.value != y.fact.value


DURATIONS = frozenset({"second", "day", "month", "year"})  # the quantity extractor's units of time


def _same_predicate(x: Claim, y: Claim) -> bool:
    """Both facts' frames name one predicate (a family, or the same verb)."""
    return bool(x.frame and y.frame and x.frame.predicate and x.frame.predicate == y.frame.predicate)


def _vague(c: Claim) -> bool:
    return isinstance(c.fact, Quantity) and c.fact.qualifier is Qualifier.VAGUE


def _crowded(x: Claim, y: Claim, crowd: Mapping[str, int], config: AlignConfig) -> float | None:
    """What a conflict needs beyond the rest for the other values both articles give of its kind (None: never a
    conflict): "today" and "today" in articles of different days are the same words, no conflict; one event's
    sequel ties two dates however many others a life story gives."""
    if x.text.lower() == y.text.lower():
        return None
    if _sequels(x, y):
        return 0.0
    return config.fact_crowded * max(0, min(crowd[x.id], crowd[y.id]) - 1)


def _contains(x: Claim, y: Claim) -> bool:
    """One date is a year, the other a month (of it)."""
    if not (isinstance(x.fact, DateRef) and isinstance(y.fact, DateRef)):
        return False
    return {x.fact.granularity, y.fact.granularity} == {"year", "month"}


def _related_otherwise(x: Claim, y: Claim, config: AlignConfig, *, alone: bool) -> Relation | None:
    """How two figures that count different nouns relate all the same: two counts of people, one of a kind (when
    each is its article's only value for the predicate), a bare figure and one with its noun, a generic counter
    and a noun it counts."""
    relation = _people_counted(x, y, config.approx_tolerance) if alone else None
    if relation is None:
        relation = _elliptical(x, y, config.approx_tolerance)
    return relation if relation is not None else _counted_whole(x, y, config)


def _people_counted(x: Claim, y: Claim, approx_tolerance: float) -> Relation | None:
    """Two different counts of people, one of them of people of a kind ("40 people were arrested", "at least 45
    protesters were detained"), relate when each is the only figure its article gives for one predicate, and the
    two predicates match: a count of a kind may otherwise be a part of the other ("six children" of "at least
    five people" killed)."""
    if not (isinstance(x.fact, Quantity) and isinstance(y.fact, Quantity)) or not people_kinds(x.fact, y.fact):
        return None
    if fit(x.frame, y.frame, False) is not Fit.MATCH:
        return None
    return quantity_relation(x.fact, evolve(y.fact, unit=x.fact.unit, phrase=x.fact.phrase), approx_tolerance)


def _elliptical(x: Claim, y: Claim, approx_tolerance: float) -> Relation | None:
    """A bare figure whose noun is left out ("have lost eight of 10", "the first 11 with Philadelphia") is the
    same fact as a figure of the same value with its noun ("eight losses") when their frames match on one predicate
    family: the family says what both count. Only agreement: a different bare value may count something else."""
    if not (isinstance(x.fact, Quantity) and isinstance(y.fact, Quantity)) or x.fact.change or y.fact.change:
        return None
    bare, full = (x.fact, y.fact) if not x.fact.unit else (y.fact, x.fact)
    if bare.unit or not full.unit or bare.reference:
        return None
    if not (x.frame and y.frame and x.frame.family and y.frame.family) or fit(x.frame, y.frame, True) is not Fit.MATCH:
        return None
    relation = quantity_relation(evolve(bare, unit=full.unit, phrase=full.phrase), full, approx_tolerance)
    return relation if relation is Relation.SAME else None


def _counted_whole(x: Claim, y: Claim, config: AlignConfig) -> Relation | None:
    """A figure of a generic counter (``config.counters``: "more than a dozen units", "40 vehicles") and a figure of
    a noun it counts ("17 fire engines", "40 cars"), whose frames do not name two predicates or otherwise conflict:
    the counter counts the whole, so an equal or overlapping count is the same fact (the same or differing in
    precision), a larger count of the noun conflicts with it ("30 items" and "45 rifles"), and a smaller one may be a
    part of it ("30 items" and "12 rifles": no relation)."""
    if not (isinstance(x.fact, Quantity) and isinstance(y.fact, Quantity)):
        return None
    for total, part in ((x.fact, y.fact), (y.fact, x.fact)):
        if total.change or part.change or total.reference or part.reference or not part.phrase:
            continue
        head_w, _, state_w = total.unit.partition(":")
        head_p, _, state_p = part.unit.partition(":")
        counts = config.counters.get(head_w)
        if counts is None or state_w != state_p or head_p in config.counters:
            continue
        if counts != ANY_NOUN and config.kindred.get(head_p) != counts:
            continue
        if other_events(x.frame, y.frame) or fit(x.frame, y.frame, False) is Fit.CONFLICT:
            return None
        counted = evolve(part, unit=total.unit, phrase=total.phrase)
        relation = quantity_relation(total, counted, config.approx_tolerance, vague_margin=config.vague_margin)
        if relation is not Relation.SAME and total.value > part.value and apart(total, counted) > 1:
            return None  # more of the whole than of the noun: the noun's count may be a part of it
        return relation
    return None


def _rounding(x: Claim, y: Claim) -> bool:
    """Whether one fact is the other rounded (``crosscheck.facts.rounds``)."""
    if isinstance(x.fact, (Quantity, DateRef)) and isinstance(y.fact, (Quantity, DateRef)):
        return rounds(x.fact, y.fact)
    return False


def _measured_from_one_event(x: Claim, y: Claim) -> bool:
    """Two anchored dates whose frames say they follow one event ("a few hours later", after a shooting its
    sentence names; "about three hours after the shooting")."""
    return (
        _sequels(x, y)
        and isinstance(x.fact, DateRef)
        and isinstance(y.fact, DateRef)
        and x.fact.offset is not None
        and y.fact.offset is not None
    )


def _sequels(x: Claim, y: Claim) -> bool:
    """Two dates of what followed one event ("in 1981 after his marriage failed", "in 1976 after divorcing"): the
    event ties them as a holder does."""
    return x.frame is not None and y.frame is not None and x.frame.after is not None and x.frame.after == y.frame.after


def _held(c: Claim) -> bool:
    return c.frame is not None and c.frame.holder is not None


def _property(c: Claim, config: AlignConfig) -> bool:
    return isinstance(c.fact, Quantity) and c.fact.unit in config.properties


def _age(c: Claim) -> bool:
    return c.frame is not None and c.frame.predicate == AGE


def _restatements(
    pairs: list[Pair],
    related: Sequence[tuple[Claim, Claim, Relation]],
    used: set[str],
    config: AlignConfig,
) -> list[Pair]:
    """Attach to each differing pair the other mentions of its facts that the pairing left over.

    An article often gives one figure twice, in different words: "hundreds more injured" in the standfirst,
    "injured more than 200 people" in the body. Against the other article's "injuring dozens" only one of them can
    pair; the other would be reported single-source although the other article does state the fact, and an
    editor checking the discrepancy should see both mentions. A leftover claim is a restatement of a paired one
    when it relates to the pair's other claim as the paired mention does (both conflict with it, or both differ
    from it) and is compatible with that mention, in another sentence of its article (the same or a less precise
    value of the same kind of thing: not a third figure). Its own context with the other article is not asked
    for: the pair has shown that the two articles state this fact. Equal facts pair again anyway
    (``_align_facts``), so only differing pairs take restatements. The pairs themselves do not change."""
    by_claim: dict[str, int] = {}  # each claim of a differing pair -> that pair (a claim pairs once then)
    for n, p in enumerate(pairs):
        if p.relation is not Relation.SAME:
            by_claim[p.a.id] = by_claim[p.b.id] = n
    also: dict[int, list[Claim]] = defaultdict(list)
    for x, y, relation in related:
        for leftover, partner in ((x, y), (y, x)):
            k = by_claim.get(partner.id, -1)
            if k < 0 or leftover.id in used or relation is not pairs[k].relation:
                continue
            mention = pairs[k].a if pairs[k].b.id == partner.id else pairs[k].b
            if mention.sentence != leftover.sentence and _restatement(mention, leftover, config):
                used.add(leftover.id)
                also[k].append(leftover)
    for k, claims in also.items():
        pairs[k] = evolve(pairs[k], also=tuple(sorted(claims, key=lambda c: (c.source, c.start))))
    return pairs


def _restatement(mention: Claim, other: Claim, config: AlignConfig) -> bool:
    """Whether figure ``other`` (of the same article) may state the fact figure ``mention`` states: the same
    value, or a compatible figure of a toll ("people:injured": in a story about one event, the count of the
    injured is one fact) at most ``restatement_ratio`` times apart by their stated values. Other compatible
    figures ("over 350 yards" and "300 yards or more") are as often two facts, and so are two mentions of a date:
    a day dates many events ("killed on Saturday", "a poll published Saturday")."""
    if not (isinstance(mention.fact, Quantity) and isinstance(other.fact, Quantity)):
        return False
    relation = _relation(mention, other, config.approx_tolerance)
    toll = ":" in mention.fact.unit
    if relation is Relation.SAME:
        # "thousands of Palestinians" and "thousands of Hamas fighters": a vague word is no figure to restate
        return toll or mention.fact.qualifier is not Qualifier.VAGUE
    x, y = sorted((abs(mention.fact.value), abs(other.fact.value)))
    return relation is Relation.DIFFERS and toll and x > 0 and y / x <= config.restatement_ratio


def _alone(facts: Sequence[Claim], approx_tolerance: float) -> frozenset[str]:
    """The facts that are the only value their article gives for their predicate: no other figure of the same
    thing, or date of comparable granularity, whose frame has the same predicate ("killed 24" and no other count
    of the dead; "began at 8 p.m." and no other time something began)."""
    framed = [c for c in facts if c.frame is not None and c.frame.predicate is not None]
    crowded: set[str] = set()
    for x, y in _comparable(framed, framed):
        if x.id == y.id or x.frame is None or y.frame is None or x.frame.predicate != y.frame.predicate:
            continue
        if _relation(x, y, approx_tolerance) not in (None, Relation.SAME):
            crowded.add(x.id)
    return frozenset(c.id for c in framed if c.id not in crowded)


def _crowd(facts: Sequence[Claim], approx_tolerance: float) -> dict[str, int]:
    """For each fact, how many other values its article gives for the same kind of thing: figures that count the
    same thing, dates of comparable granularity (a figure repeated in the standfirst and the body counts once).
    Worked out over the distinct facts, then given to each mention."""
    first: dict[Quantity | DateRef, Claim] = {}  # each distinct fact's first mention
    mentions: dict[Quantity | DateRef, list[str]] = defaultdict(list)
    for c in facts:
        if isinstance(c.fact, Quantity | DateRef):
            first.setdefault(c.fact, c)
            mentions[c.fact].append(c.id)
    distinct = list(first.values())
    others: dict[str, set[str]] = {c.id: set() for c in distinct}
    for x, y in _comparable(distinct, distinct):
        if isinstance(x.fact, Quantity) and isinstance(y.fact, Quantity):
            if x.fact.value != y.fact.value and same_thing(x.fact, y.fact):
                others[x.id].add(str(y.fact.value))
        elif isinstance(y.fact, DateRef) and _relation(x, y, approx_tolerance) not in (None, Relation.SAME):
            others[x.id].add(y.fact.value)
    out = dict.fromkeys((c.id for c in facts), 0)
    for fact, c in first.items():
        for mention in mentions[fact]:
            out[mention] = len(others[c.id])
    return out


# date granularities that can be compared with another one (facts.date_relation); any can be with its own
_CROSS_GRANULARITY = {
    "date": ("weekday", "week"),
    "weekday": ("date",),
    "week": ("date",),
    "year": ("month",),
    "month": ("year",),
}


def _comparable(
    xs: Sequence[Claim],
    ys: Sequence[Claim],
    kindred: Mapping[str, int] | None = None,
    counters: Mapping[str, int] | None = None,
) -> list[tuple[Claim, Claim]]:
    """The pairs of facts that may count the same thing, or date the same kind of time (the others have no
    relation, see :mod:`crosscheck.facts`), found through an index on ``ys`` rather than by trying every pair:
    figures with the same unit, or one's head noun in the other's phrase, or nouns of one ``kindred`` class, or two
    counts of people, or a bare figure and one of its predicate family; dates of comparable granularities."""
    kindred, counters = kindred or {}, counters or {}
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, y in enumerate(ys):
        for key in [*_index_keys(y, kindred), *_counter_keys(y, kindred, counters, filed=True)]:
            index[key].append(k)
    out = []
    for x in xs:
        keys = [*_lookup_keys(x, kindred), *_counter_keys(x, kindred, counters, filed=False)]
        found = sorted({k for key in keys for k in index.get(key, ())})
        out += [(x, ys[k]) for k in found]
    return out


def _counter_keys(
    c: Claim, kindred: Mapping[str, int], counters: Mapping[str, int], *, filed: bool
) -> list[tuple[str, str]]:
    """Where ``_comparable`` files (``filed``) or looks for a figure of a generic counter and the figures of the nouns
    it may count (see ``_counted_whole``)."""
    if not counters or not isinstance(c.fact, Quantity):
        return []
    head = c.fact.unit.partition(":")[0]
    if head in counters:
        return [("counts" if filed else "counted", str(counters[head]))]
    if not c.fact.phrase:
        return []
    classes = [str(ANY_NOUN), *([str(kindred[head])] if head in kindred else [])]
    return [("counted" if filed else "counts", cls) for cls in classes]


def _index_keys(y: Claim, kindred: Mapping[str, int]) -> list[tuple[str, str]]:
    """Where ``_comparable`` files a fact of the other article."""
    if isinstance(y.fact, DateRef):
        return [("granularity", y.fact.granularity)]
    if not isinstance(y.fact, Quantity):
        return []
    head, _, state = y.fact.unit.partition(":")
    keys = [("unit", y.fact.unit), ("head", head), *(("word", word) for word in set(y.fact.phrase))]
    if head in PEOPLE:
        keys.append(("people", state))
    if head == "tally":
        keys.append(("tally", ""))  # a tally of no known kind meets any (facts.same_thing)
    if head in kindred:
        keys.append(("class", str(kindred[head])))
    keys += (("noun", w) for w in _nouns(head))  # "quake" and "temblor" (facts.same_thing)
    if y.frame is not None and y.frame.family:  # a bare figure meets a figure of its predicate family
        keys.append(("family", y.frame.predicate or ""))
        if not y.fact.unit:
            keys.append(("bare", y.frame.predicate or ""))
    return keys


def _lookup_keys(x: Claim, kindred: Mapping[str, int]) -> list[tuple[str, str]]:
    """Where ``_comparable`` looks for the facts a fact may relate to."""
    if isinstance(x.fact, DateRef):
        g = x.fact.granularity
        return [("granularity", g), *(("granularity", other) for other in _CROSS_GRANULARITY.get(g, ()))]
    if not isinstance(x.fact, Quantity):
        return []
    head, _, state = x.fact.unit.partition(":")
    keys = [("unit", x.fact.unit), ("word", head), *(("head", w) for w in set(x.fact.phrase))]
    if head in PEOPLE:
        keys.append(("people", state))  # "one victim" and "one" (people) count the same
    if head == "tally":
        keys.append(("tally", ""))
    if head in kindred:
        keys.append(("class", str(kindred[head])))
    keys += (("noun", w) for w in _nouns(head))
    if x.frame is not None and x.frame.family:  # see _elliptical
        keys.append(("bare" if x.fact.unit else "family", x.frame.predicate or ""))
    return keys


def _nouns(head: str) -> frozenset[str]:
    """A counted noun's base forms and synonyms (crosscheck.lexicon): two nouns that the lexicon relates share one."""
    return lexicon.neighbours(head, "n", derived=False) if head.isalpha() else frozenset()


def _relation(
    x: Claim,
    y: Claim,
    approx_tolerance: float,
    kindred: Mapping[str, int] | None = None,
    *,
    vague_margin: float | None = None,
) -> Relation | None:
    if isinstance(x.fact, Quantity) and isinstance(y.fact, Quantity):
        return quantity_relation(x.fact, y.fact, approx_tolerance, kindred, vague_margin=vague_margin)
    if isinstance(x.fact, DateRef) and isinstance(y.fact, DateRef):
        return date_relation(x.fact, y.fact, one_anchor=_measured_from_one_event(x, y))
    return None


def _distinctive(c: Claim) -> bool:
    """A fact specific enough that an equal one in the other article is the same fact, whatever the context."""
    if isinstance(c.fact, Quantity):
        # an ordinal names one member of a series: "the second floor" in both is the same floor
        return bool(c.fact.unit) and (c.fact.value >= 10 or c.fact.value != int(c.fact.value) or c.fact.ordinal)
    if isinstance(c.fact, DateRef):
        # a full date or a year, and in a news story a weekday: "Tuesday" in both is the same Tuesday
        # and a clock time to the minute ("3:33 a.m."): an exact minute in both is no coincidence
        return (
            c.fact.granularity in ("date", "year", "weekday")
            or (c.fact.granularity == "month" and "-" in c.fact.value)
            or (c.fact.granularity == "time" and not c.fact.value.endswith("00"))
        )
    return False


def _offsets_judged_once(pairs: list[Pair], figures: Sequence[Claim], related: set[str]) -> list[Pair]:
    """The figure of an anchored date ("two days" of "two days after the vote") stays a quantity, but where the two
    dates pair, the date pair judges it: the figures' own pair would report it twice ("two days after the vote", "a
    week after the vote" is one conflict, not a number and a date). The figures are then related, not single-source."""
    dated = [p for p in pairs if isinstance(p.a.fact, DateRef) and p.a.fact.offset is not None]
    if not dated:
        return pairs
    inside = {
        q.id
        for q in figures
        for p in dated
        for d in (p.a, p.b)
        if d.source == q.source and d.start <= q.start and q.end <= d.end
    }
    related |= inside
    return [p for p in pairs if not (isinstance(p.a.fact, Quantity) and p.a.id in inside and p.b.id in inside)]


def _anchor_dated(c: Claim, other: Side) -> bool:
    """An anchored date ("two weeks after suffering a stroke") whose anchor event the other article dates in its
    own way ("after suffering a stroke more than two weeks ago", "on Nov 3"): the two are not compared (an offset
    against a calendar date), so neither is it single-source; the other may well give the same time."""
    if not (isinstance(c.fact, DateRef) and c.fact.offset is not None):
        return False
    heads = set(c.fact.offset.anchor) - NOT_EVENT
    if not heads:
        return False
    dated = {d.sentence for d in other.by_kind[ClaimKind.DATE]}
    return any(heads & _words(other.lower[i]) for i in dated if i in other.lower)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w'’-]+", text))


def _echoed(quote: Claim, other: Side) -> bool:
    """A quote whose words the other article also prints (as a quote or not) is not single-source: a short one
    word for word, a longer one nearly (rapidfuzz ``partial_ratio`` at least 90 between the quote and one of the
    other article's sentences, which prints the quote or at least half of it): a fragment ("he was", a lone
    name) found inside the quote is no echo. A quote most of whose distinct words the other article never uses is
    taken not to be printed there, which spares the fuzzy match for most of the articles an N-way compare meets (a
    rule of thumb, not a bound: a quote that repeats a few words could still reach 90 against a sentence)."""
    if not isinstance(quote.fact, Quote):
        return False
    words = _norm_words(quote.fact.words)
    if not words:
        return False
    split = words.split()
    if len(split) <= 4:  # a short phrase must appear word for word
        return f" {words} " in other.joined
    distinct = set(split)
    if 2 * len(distinct & other.vocabulary) < len(distinct):
        return False
    # partial_ratio looks for the shorter string inside the longer: a sentence may print part of a long quote,
    # but at least half of it. Only the sentences that hold a quarter of the quote's distinct words are scanned
    # (ECHO_SHARE; found through the other article's word index): one that prints the quote or half of it at 90
    # shares most of its words
    candidates = other.sharing(distinct, max(1, math.ceil(ECHO_SHARE * len(distinct))))
    substantial = [s for s in candidates if 2 * len(s) >= len(words)]
    return process.extractOne(words, substantial, scorer=fuzz.partial_ratio, score_cutoff=90) is not None


ECHO_SHARE = 0.25  # the share of a quote's distinct words a sentence must hold to be scanned for its echo


# a quote this many times longer than another can only contain it: the shorter must be found in it, nearly word for
# word (rapidfuzz partial_ratio at least FRAGMENT_EXACT) or, from FRAGMENT_WORDS words, perhaps reworded (at least
# FRAGMENT_MATCH): a few words match somewhere in any long quote by chance ("he was a creep", "I don't get it")
FRAGMENT = 2.0
FRAGMENT_EXACT = 90.0
FRAGMENT_MATCH = 75.0
FRAGMENT_WORDS = 6


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class _QuoteWords(NamedTuple):
    text: str  # the quote's words as text.quote_text gives them
    size: int  # how many words
    distinct: frozenset[str]


@functools.lru_cache(maxsize=1 << 14)  # a quote meets every other article of an N-way compare
def _quote_words(words: str) -> _QuoteWords:
    text = quote_text(words)
    split = text.split()
    return _QuoteWords(text, len(split), frozenset(split))


def _quote_match(x: _QuoteWords, y: _QuoteWords, config: AlignConfig) -> float | None:
    """How well two quotes' words match (0 to 100), or ``None`` when they are not one quote. A short quote (under
    three words) must be equal. A quote at most half as long as the other is a fragment of it, found in it
    (``partial_ratio``, see FRAGMENT); token_set_ratio would match any few common words inside a long quote ("I am
    peace"). Two quotes of like length are two renderings of one quote when they share at least half of each one's
    distinct words and ``token_set_ratio`` reaches ``quote_match`` (alone it is 100 for any quote whose few
    distinct words are all in the other: "one more year, one more year")."""
    if min(x.size, y.size) < 3:
        return 100.0 if x.text == y.text else None
    shorter, longer = (x, y) if len(x.text) <= len(y.text) else (y, x)
    if len(longer.text) >= FRAGMENT * len(shorter.text):
        score = fuzz.partial_ratio(shorter.text, longer.text)
        need = FRAGMENT_MATCH if shorter.size >= FRAGMENT_WORDS else FRAGMENT_EXACT
        return score if score >= need else None
    if 2 * len(x.distinct & y.distinct) < max(len(x.distinct), len(y.distinct)):
        return None
    score = fuzz.token_set_ratio(x.text, y.text)
    return score if score >= config.quote_match else None


def _align_quotes(xs: Sequence[Claim], ys: Sequence[Claim], config: AlignConfig) -> list[Pair]:
    """Quotes pair by their own words, whatever the sentences around them say."""
    candidates: list[tuple[float, Claim, Claim]] = []
    words_y = [(y, _quote_words(y.fact.words)) for y in ys if isinstance(y.fact, Quote)]
    for x in xs:
        if not isinstance(x.fact, Quote):
            continue
        wx = _quote_words(x.fact.words)
        for y, wy in words_y:
            score = _quote_match(wx, wy, config)
            if score is not None:
                candidates.append((score, x, y))
    candidates.sort(key=lambda t: (-t[0], t[1].start, t[2].start))
    used: set[str] = set()
    pairs: list[Pair] = []
    for score, x, y in candidates:
        if x.id in used or y.id in used:
            continue
        used |= {x.id, y.id}
        pairs.append(Pair(x, y, round(score / 100.0, 4)))
    return pairs


def _quotes_of_paired_statements(
    sa: Side, sb: Side, statements: Sequence[Pair], quoted: Sequence[Pair], paraphrase: tuple[Scale, float]
) -> list[Pair]:
    """Two quotes of one speaker in sentences (or clauses) that state the same thing pair, whatever their exact
    words, when the quotes themselves state it: they match as two clauses do (``paraphrase``: the words' scale and
    ``clause_match``, on a word that is not a name). "The warehouse was destroyed, and nothing could be saved," the
    chief said / the chief said: "The whole warehouse was destroyed before crews arrived." The quote rules then
    check the wording (an outlet's quote is verbatim or it is not). Two sentences paired on their frame alone ("...,"
    the company's chief executive said) quote two remarks. A quote already paired by its words, or either sentence
    quoting anyone else too, is left as it is."""
    scale, floor = paraphrase
    used = {c.id for p in quoted for c in (p.a, p.b)}
    out: list[Pair] = []
    for p in statements:
        xs = [q for q in sa.by_kind[ClaimKind.QUOTE] if _quoted_in(q, p.a)]
        ys = [q for q in sb.by_kind[ClaimKind.QUOTE] if _quoted_in(q, p.b)]
        if len(xs) != 1 or len(ys) != 1 or xs[0].id in used or ys[0].id in used:
            continue
        x, y = xs[0], ys[0]
        m = match(whole(x), whole(y), scale, floor)
        if _one_speaker(x, y) and m is not None and m.plain:
            used |= {x.id, y.id}
            out.append(Pair(x, y, p.score))
    return out


def _one_speaker(x: Claim, y: Claim) -> bool:
    sx = x.fact.speaker if isinstance(x.fact, Quote) else None
    sy = y.fact.speaker if isinstance(y.fact, Quote) else None
    return bool(sx and sy and name_relation(sx, sy) is NameRelation.SAME)


def _quoted_in(q: Claim, statement: Claim) -> bool:
    """The quote opens inside the statement's span (a sentence, or a clause of one)."""
    return q.sentence == statement.sentence and statement.start <= q.start < statement.end


def _align_people(a: Side, b: Side, config: AlignConfig) -> list[Pair]:
    """A person named in both articles pairs once. Each article's mentions are grouped by the full name they link
    to, and the most informative mention (with a role, else the longest) stands for the person. Two names are the
    same person when crosscheck.names finds them the same name (``NameRelation.SAME``: "J. Smith" and "John
    Smith", "Okafor" and "Adebayo Chinedu Okafor") and one of them is a full name (two words or more), or both come
    with a role: a lone surname without a role is too weak a match ("Smith" and "Smith"). And one of the two articles
    must present them as a person: a title or role, a reporting verb ("said Fauzi"), an age or a role in
    apposition (", 43,", ", a doctor at ..."), so that a place or a paper typed as a name by its context alone
    ("in Lake Verna", "told Le Monde") is not reported as a person both name.

    The people left unpaired then pair by how their names relate (crosscheck.names; ``Pair.naming``): two full
    names written another way or spelled with a letter or two apart ("Bill Harrowgate" / "William Harrowgate",
    "Ilene Wolfe" / "Ilene Wolff") when one article presents them as a person by more than a description
    after the name (``Side.plainly``: "fired from Gordon Advisors" against "Gordon Advisers, a public accounting
    firm" is a firm, typed a person by its plain words and that apposition), and then two different names given
    to one role (:func:`_same_role`). Only people the other article does not name otherwise: two people who both
    appear are no discrepancy."""
    pairs: list[Pair] = []
    used_a: set[str] = set()
    used: set[str] = set()
    tables = {"nicknames": config.nicknames, "transliterations": config.transliterations}
    for name_a, (ca, cue_a) in a.people.items():
        for name_b in b.people_by_last.get(name_a.lower().split()[-1], ()):  # the names with the same last word
            cb, cue_b = b.people[name_b]
            if name_b in used or not (cue_a or cue_b):
                continue
            naming = name_relation(name_a, name_b, **tables)
            if naming is not NameRelation.SAME:
                continue
            full = len(name_a.split()) > 1 or len(name_b.split()) > 1
            if full or (_role(ca) and _role(cb)):
                pairs.append(Pair(ca, cb, 1.0, naming=naming))
                used_a.add(name_a)
                used.add(name_b)
                break
    for name_a, (ca, _) in a.people.items():
        if name_a in used_a or len(name_a.split()) < 2:
            continue
        for name_b, (cb, _) in b.people.items():
            if name_b in used or len(name_b.split()) < 2 or not (name_a in a.plainly or name_b in b.plainly):
                continue
            naming = name_relation(name_a, name_b, **tables)
            if naming in (NameRelation.SOFT, NameRelation.HARD):
                pairs.append(Pair(ca, cb, 1.0, naming=naming))
                used_a.add(name_a)
                used.add(name_b)
                break
    pairs += _same_role(a, b, used_a, used)
    return pairs


def _same_role(a: Side, b: Side, used_a: set[str], used_b: set[str]) -> list[Pair]:
    """Two different people given one role: "Police Chief Jim Williams" in one article and "Police Chief John
    Wilson" in the other. The role must be written the same way (capitals aside) and name one office: two words
    or more ("police chief", "public safety director", not "spokesman" or "official", which many hold), or one
    word with the same affiliation ("US President"). Each must be the only person of that role in its article, and
    neither named in the other article at all (not even by surname)."""
    roles_a = _by_role(a, used_a)
    roles_b = _by_role(b, used_b)
    pairs: list[Pair] = []
    for key, names_a in roles_a.items():
        names_b = roles_b.get(key, [])
        if len(names_a) != 1 or len(names_b) != 1:
            continue
        (name_a, ca), (name_b, cb) = names_a[0], names_b[0]
        if _surname(name_a) in b.people_by_last or _surname(name_b) in a.people_by_last:
            continue
        pairs.append(Pair(ca, cb, 1.0, naming=NameRelation.UNRELATED))
    return pairs


def _surname(name: str) -> str:
    return name.lower().split()[-1]


def _by_role(s: Side, used: set[str]) -> dict[tuple[str, str], list[tuple[str, Claim]]]:
    """The people of an article by the office their role names (see :func:`_same_role`); the paired ones are
    counted (they hold the role too) but not offered."""
    out: dict[tuple[str, str], list[tuple[str, Claim]]] = {}
    for name, (c, _) in s.people.items():
        role = _role(c)
        if not role or not isinstance(c.fact, Entity):
            continue
        words = role.lower().replace(".", "").split()
        affiliation = c.fact.affiliation or ""
        if len(words) < 2 and not affiliation:
            continue
        out.setdefault((" ".join(words), affiliation), []).append((name, c))
    return {key: [(n, c) for n, c in found if n not in used] if len(found) == 1 else [] for key, found in out.items()}


def _align_names(a: Side, b: Side) -> list[Pair]:
    """An organisation, place or vessel both articles name pairs once (the rule pack decides which types make a
    finding). Each article's mentions are grouped by the name they refer to, folded (:func:`_name_key`): the alias
    data's canonical name ("IMF" and "International Monetary Fund" are one), a vessel's name without its prefix
    ("INS Vikrant" and "the Vikrant"). Each article's first mention stands for the name, so that the same mention
    stands for it against every other article (an N-way compare merges the agreements that share a claim); on the
    gold pairs it does better than the two mentions whose sentences share most context (agreement_recall 0.803
    against 0.786, false_align 7 against 8), which more often picks a passing mention in a sentence about another
    fact. No mention of a name has to share context: "International Monetary Fund" is the same organisation
    wherever it is named. A name only one article gives is not reported by itself."""
    pairs: list[Pair] = []
    for key, xs in a.names.items():
        ys = b.names.get(key)
        if ys:
            pairs.append(Pair(xs[0], ys[0], 1.0))
    return pairs


def _align_places(
    a: Side, b: Side, config: AlignConfig, context: Callable[[Claim, Claim], float]
) -> tuple[list[Pair], set[str]]:
    """The place claims of two articles (crosscheck.placing): one pair for each place both name, the two mentions
    that locate one event when there are such (else the two whose sentences share most context, and none below
    ``place_context``), judged SAME, or DIFFERS when the event stands otherwise to the place ("at" and "outside
    of" one store), with ``naming`` HARD when the name is spelled with different letters; and a CONFLICT pair for
    two places that exclude each other for one event ("died at the scene", "died on the way to the hospital"),
    unless either article itself gives the event two such places (then it may be two victims). The other mentions
    of a place both name, and a place whose words the other article writes elsewhere, are related: neither paired
    nor single-source."""
    xs, ys = a.by_kind[ClaimKind.PLACE], b.by_kind[ClaimKind.PLACE]
    groups = _place_groups(xs, ys, config)
    related = {c.id for found in groups for _, x, y in found for c in (x, y)}
    pairs: list[Pair] = []
    for found in groups:
        scored = [(one_event(x.frame, y.frame), context(x, y), named, x, y) for named, x, y in found]
        event, score, named, x, y = max(scored, key=lambda t: (t[0], t[1], -t[3].start, -t[4].start))
        if not event and score < config.place_context:
            continue  # a place both name, in sentences about other things: named in both, no finding
        px, py = place_of(x), place_of(y)
        apart = px is not None and py is not None and stands_apart(px, py)
        relation = Relation.DIFFERS if apart and not other_place_events(x.frame, y.frame) else Relation.SAME
        spelled = NameRelation.HARD if named is Naming.SPELLING else None
        pairs.append(Pair(x, y, round(score, 4), relation, naming=spelled))
    located = {(x.id, y.id) for found in groups for _, x, y in found}
    pairs += _place_conflicts(xs, ys, located)
    related |= {c.id for p in pairs for c in (p.a, p.b)}
    related |= _places_related(a, b, related, config)
    paired = {c.id for p in pairs for c in (p.a, p.b)}
    return pairs, related - paired


def _place_groups(
    xs: Sequence[Claim], ys: Sequence[Claim], config: AlignConfig
) -> list[list[tuple[Naming, Claim, Claim]]]:
    """The pairs of mentions that name one place, grouped by place: keys joined by a SAME naming are one place
    ("los angeles california" and "los angeles"); a name spelled two ways is a place of its own."""
    found: list[tuple[Naming, Claim, Claim]] = []
    places = UnionFind()
    for x in xs:
        for y in ys:
            px, py = place_of(x), place_of(y)
            named = Naming.OTHER if px is None or py is None else naming(px, py, config.place_spelling)
            if named is Naming.OTHER or px is None or py is None:
                continue
            found.append((named, x, y))
            if named is Naming.SAME:
                places.union("b:" + py.key, "a:" + px.key)
    groups: dict[tuple[str, Naming], list[tuple[Naming, Claim, Claim]]] = defaultdict(list)
    for named, x, y in found:
        groups[(places.find("a:" + _place_key(x)), named)].append((named, x, y))
    return list(groups.values())


def _place_conflicts(xs: Sequence[Claim], ys: Sequence[Claim], located: AbstractSet[tuple[str, str]]) -> list[Pair]:
    """A CONFLICT pair for each two places of one event that exclude each other, once for two keys."""
    pairs: list[Pair] = []
    seen: set[tuple[str, str]] = set()
    for x in xs:
        for y in ys:
            px, py = place_of(x), place_of(y)
            if px is None or py is None or (x.id, y.id) in located or (px.key, py.key) in seen:
                continue
            if one_event(x.frame, y.frame) and exclude(px, py) and not _two_places(x, xs) and not _two_places(y, ys):
                seen.add((px.key, py.key))
                pairs.append(Pair(x, y, 1.0, Relation.CONFLICT))
    return pairs


def _places_related(a: Side, b: Side, related: AbstractSet[str], config: AlignConfig) -> set[str]:
    """The places that are not single-source though not paired: another mention of a place both name ("Nashville"
    after "Nashville, Tennessee"); a place written just after one both name, a few characters apart with no clause
    mark between, part of where that is ("at a Corner Drug drug store on Elm St. near Pine St."); a place whose
    words the other article writes."""
    xs, ys = a.by_kind[ClaimKind.PLACE], b.by_kind[ClaimKind.PLACE]
    out: set[str] = set()
    named_both = {w for c in (*xs, *ys) if c.id in related for w in _place_key(c).split()}
    for here, text in ((xs, a), (ys, b)):
        for prev, c in itertools.pairwise(here):
            statement = text.statements.get(c.sentence)
            if (prev.id in related or prev.id in out) and c.sentence == prev.sentence and statement is not None:
                gap = statement.text[prev.end - statement.start : c.start - statement.start]
                if len(gap) <= config.place_gap and not re.search(r"[,;:]", gap):
                    out.add(c.id)
    for here, other in ((xs, b), (ys, a)):
        for c in here:
            p = place_of(c)
            if p is None:
                continue
            words = {w.lower() for w in content_words(p.name)} - STOPWORDS
            mentioned = p.form != "locative" and set(p.key.split()) <= named_both
            if mentioned or (words and words <= other.vocabulary):
                out.add(c.id)
    return out


def _place_key(c: Claim) -> str:
    p = place_of(c)
    return p.key if p is not None else ""


def _two_places(c: Claim, claims: Sequence[Claim]) -> bool:
    """The article gives the event of ``c`` another place that excludes its own ("one died at the scene, another
    at the hospital"): two victims, perhaps, and no one place to compare."""
    p = place_of(c)
    return p is not None and any(
        (q := place_of(d)) is not None and d.id != c.id and one_event(c.frame, d.frame) and exclude(p, q)
        for d in claims
    )


def _names(claims: Sequence[Claim]) -> dict[tuple[EntityType, str], list[Claim]]:
    """The organisations, places and vessels an article names, in order of first mention: (type, the name they
    refer to, folded) -> the mentions, in order."""
    out: dict[tuple[EntityType, str], list[Claim]] = {}
    for c in claims:
        if isinstance(c.fact, Entity) and c.fact.type is not EntityType.PERSON:
            out.setdefault((c.fact.type, _name_key(c.fact.canonical or c.fact.name)), []).append(c)
    return out


def _name_key(name: str) -> str:
    """A name folded for comparison: case, dots and a leading "the" do not matter ("U.S. Navy", "US Navy")."""
    words = name.replace(".", "").lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


# what presents a name as a person: a reporting verb beside it, or an age, "who" or a role in apposition after it
_PERSON_BEFORE = compiled(r"\b(?:said|says|told|according\s+to)\s+$")
_PERSON_AFTER = compiled(
    r"^(?:\s+(?:" + "|".join(SPEECH_AFTER_NAME) + r")\b"
    r"|\s*,\s*(?:\d{1,3}\s*[,.]|who\s|(?:a|an)\s+[a-z]|(?:head|chief|director|spokesman|spokeswoman|spokesperson)\b))"
)


_DESCRIBED = compiled(r"^\s*,\s*(?:a|an)\s+[a-z]")  # ", a ...": a description, of a person or a firm


def _people(claims: Sequence[Claim], statements: Mapping[int, Claim]) -> dict[str, tuple[Claim, bool]]:
    """The people an article names, in order of first mention: full name -> (the mention that stands for them,
    whether any mention presents them as a person). ``statements``: the article's statements by sentence."""
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        if isinstance(c.fact, Entity) and c.fact.type is EntityType.PERSON:
            groups.setdefault(c.fact.canonical or c.fact.name, []).append(c)
    out: dict[str, tuple[Claim, bool]] = {}
    for name, mentions in groups.items():
        best = max(mentions, key=lambda c: (bool(_role(c)), len(c.text), -c.start))
        out[name] = (best, any(_presented(c, statements.get(c.sentence)) for c in mentions))
    return out


def _presented(c: Claim, statement: Claim | None, *, plainly: bool = False) -> bool:
    if _role(c) or _titled(c):
        return True
    if statement is None:
        return False
    before = statement.text[: max(0, c.start - statement.start)]
    after = statement.text[c.end - statement.start :]
    m = _PERSON_AFTER.match(after)
    if plainly and m and _DESCRIBED.match(after):
        m = None
    return bool(_PERSON_BEFORE.search(before) or m)


def _titled(c: Claim) -> bool:
    """A mention that opens with a personal title: "Dr. Amal Haddad", "Mrs. Lee"."""
    first = c.text.split(maxsplit=1)[0].lower() if c.text.strip() else ""
    return first in HONORIFICS or first.rstrip(".") in HONORIFICS


def _role(c: Claim) -> str | None:
    return c.fact.role if isinstance(c.fact, Entity) else None


@functools.lru_cache(maxsize=1 << 14)  # each sentence is normalised once, however many articles it meets
def _norm_words(words: str) -> str:
    return " ".join(w.lower() for w in content_words(words))

"""Clauses: the unit in which independent reports state one fact in other words.

Two outlets rarely write the same sentence. One packs two facts into a sentence that the other splits; one writes
"hurled paving stones at police" where the other writes "smashing paving stones to throw at the police". Compared
as whole sentences, the shared fact drowns in the rest. So a statement is also read as its clauses
(:func:`crosscheck.claims.hedges.clause_spans`: coordination, relative clauses, participle phrases, without the
attribution frame), and two clauses are compared on their content words: the same stem, or two words that the
lexicon (:mod:`crosscheck.lexicon`, from WordNet) says name the same thing or event ("hurled"/"threw",
"custody"/"detention"), each weighted by how rare it is in the two articles.

A clause is a :class:`~crosscheck.model.Claim` of kind ``statement`` with the clause's span and text, its own
hedge, negation and status (read from the sentence, at the clause), and the sentence's index: a pair of clauses is
judged by the statement rules like a pair of sentences, and its evidence is the clause, not the whole sentence.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from attrs import evolve, frozen

from crosscheck import lexicon
from crosscheck.claims.hedges import clause_spans, qualify
from crosscheck.model import Claim
from crosscheck.text import STOPWORDS, stem, words

MIN_LETTERS = 2  # a content word has at least this many letters
MIN_RELATED_LETTERS = 3  # and the lexicon is asked about words of at least this many ("go" and "be" are no evidence)


@frozen
class Word:
    """A content word of a clause: its stem (exact matches), its lower-case form (lexicon matches), and whether
    it is capitalised (a name is only ever matched exactly)."""

    stem: str
    lower: str
    name: bool


@frozen
class Clause:
    claim: Claim
    words: tuple[Word, ...]
    stems: frozenset[str]


@frozen
class Match:
    weight: float  # the shared weight: exact stems in full, lexicon matches at their discount
    words: int  # how many content words of the smaller clause found a counterpart
    plain: int  # how many of those are not names: a predicate or a common noun ("met", "officer")
    dice: float  # twice the shared weight over the two clauses' weights


def clauses(statement: Claim) -> tuple[Clause, ...]:
    """The clauses of a statement claim, in order; a sentence of one clause gives the statement itself."""
    return _clauses(statement)


@functools.lru_cache(maxsize=1 << 14)
def whole(statement: Claim) -> Clause:
    """The statement as one clause: its words, for comparing two sentences paired as wholes."""
    return _clause(statement)


@functools.lru_cache(maxsize=1 << 14)  # a statement is split once, however many articles it meets
def _clauses(statement: Claim) -> tuple[Clause, ...]:
    spans = clause_spans(statement.text)
    if len(spans) == 1 and spans[0] == (0, len(statement.text)):
        return (_clause(statement),)
    out = []
    for k, (s, e) in enumerate(spans):
        q = qualify(statement.text, s, e, fact=True)
        claim = evolve(
            statement,
            id=f"{statement.id}.{k + 1}",
            start=statement.start + s,
            end=statement.start + e,
            text=statement.text[s:e],
            hedge=q.hedge,
            negated=q.negated,
            status=q.status,
            clauses=(),
            clause_of=statement.id,
        )
        out.append(_clause(claim))
    return tuple(out)


def _clause(claim: Claim) -> Clause:
    found = []
    for w in words(claim.text):
        lw = w.lower().replace("\u2019", "'")
        if lw.endswith("'s"):
            lw = lw[:-2]
        if lw in STOPWORDS or len(lw) < MIN_LETTERS:
            continue
        found.append(Word(stem(lw), lw, w[0].isupper()))
    return Clause(claim, tuple(found), frozenset(w.stem for w in found))


def match(x: Clause, y: Clause, idf: Callable[[str], float], synonym: float, floor: float) -> Match | None:
    """How much two clauses share: the IDF weight of their common stems, plus ``synonym`` times the weight of each
    further word of ``x`` that the lexicon relates to a word of ``y`` (each word of ``y`` used once). None when
    the Dice of the two cannot reach ``floor`` even if every further word matched."""
    total = _weight(x.stems, idf) + _weight(y.stems, idf)
    if not total:
        return None
    common = x.stems & y.stems
    shared = _weight(common, idf)
    rest_x = [w for w in _distinct(x.words) if w.stem not in common]
    rest_y = [w for w in _distinct(y.words) if w.stem not in common]
    ceiling = shared + synonym * min(_weight({w.stem for w in rest_x}, idf), _weight({w.stem for w in rest_y}, idf))
    if 2 * ceiling / total < floor:
        return None
    n = len(common)
    plain = len({w.stem for w in x.words if w.stem in common and not w.name})
    used: set[str] = set()
    for w in rest_x:
        if w.name or len(w.lower) < MIN_RELATED_LETTERS:
            continue
        other = next((v for v in rest_y if v.stem not in used and _related(w, v)), None)
        if other is not None:
            used.add(other.stem)
            shared += synonym * min(idf(w.stem), idf(other.stem))
            n += 1
            plain += 1
    return Match(weight=shared, words=n, plain=plain, dice=2 * shared / total)


def _related(w: Word, v: Word) -> bool:
    return not v.name and lexicon.related(w.lower, v.lower)


def _distinct(ws: Sequence[Word]) -> list[Word]:
    seen: set[str] = set()
    out = []
    for w in ws:
        if w.stem not in seen:
            seen.add(w.stem)
            out.append(w)
    return out


def _weight(stems: frozenset[str] | set[str], idf: Callable[[str], float]) -> float:
    return sum(idf(s) for s in sorted(stems))

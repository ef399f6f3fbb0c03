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
import math
from collections.abc import Callable
from typing import NamedTuple

from attrs import evolve

from crosscheck import lexicon
from crosscheck.claims.hedges import clause_spans, qualify
from crosscheck.model import Claim
from crosscheck.text import STOPWORDS, stem, words

MIN_LETTERS = 2  # a content word has at least this many letters
MIN_RELATED_LETTERS = 3  # and the lexicon is asked about words of at least this many ("go" and "be" are no evidence)


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class Word(NamedTuple):
    """A content word of a clause: its stem (exact matches), its lower-case form (lexicon matches), and whether
    it is capitalised (a name is only ever matched exactly)."""

    stem: str
    lower: str
    name: bool
    # the lexicon's keys of the word: its base forms, and its synonyms and derived words. Two words the lexicon
    # relates share one, so a pair of words is looked up only when their keys meet; empty for a name or a short word
    keys: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()  # the base forms alone ("met" -> "meet")


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class Clause(NamedTuple):
    claim: Claim
    words: tuple[Word, ...]  # its distinct content words, by stem, in order
    stems: frozenset[str]
    keys: frozenset[str]  # the union of its words' lexicon keys
    forms: frozenset[str]  # the union of its words' base forms
    # the union of its words' synonyms and derived words, and the base forms of the words whose base form has
    # another stem ("met" -> "meet"): a word of another clause the lexicon relates to one of these words has a
    # base form among them
    reach: frozenset[str]

    def may_relate(self, other: Clause) -> bool:
        """Whether a word of one clause may be related by the lexicon to a word of the other that is not the same
        stem: cheap, and false for most pairs of clauses, which then need no word-by-word lookup."""
        return bool(self.reach & other.forms or other.reach & self.forms)


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class Match(NamedTuple):
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
    found: list[Word] = []
    seen: set[str] = set()
    for w in words(claim.text):
        lw = w.lower().replace("\u2019", "'")
        if lw.endswith("'s"):
            lw = lw[:-2]
        if lw in STOPWORDS or len(lw) < MIN_LETTERS or stem(lw) in seen:
            continue
        seen.add(stem(lw))
        keys, forms = (frozenset(), frozenset()) if w[0].isupper() else _keys(lw)
        found.append(Word(stem(lw), lw, w[0].isupper(), keys, forms))
    reach = [(w.keys - w.forms) | {f for f in w.forms if stem(f) != w.stem} for w in found]
    return Clause(
        claim,
        tuple(found),
        frozenset(seen),
        frozenset().union(*(w.keys for w in found)),
        frozenset().union(*(w.forms for w in found)),
        frozenset().union(*reach),
    )


@functools.lru_cache(maxsize=1 << 15)
def _keys(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """A word's lexicon keys (base forms, synonyms, derived words) and its base forms, as a noun and as a verb."""
    if len(word) < MIN_RELATED_LETTERS:
        return frozenset(), frozenset()
    forms = lexicon.lemmas(word, "n") | lexicon.lemmas(word, "v") | {word}
    return lexicon.neighbours(word, "n") | lexicon.neighbours(word, "v") | forms, forms


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class Scale(NamedTuple):
    """How words weigh: a stem's IDF in the two articles, and the share of it a lexicon match counts."""

    idf: Callable[[str], float]
    synonym: float


def match(x: Clause, y: Clause, scale: Scale, floor: float, total: float | None = None) -> Match | None:
    """How much two clauses share: the IDF weight of their common stems, plus ``scale.synonym`` times the weight of
    each further word of ``x`` that the lexicon relates to a word of ``y`` (each word of ``y`` used once). None when
    the Dice of the two cannot reach ``floor``: the lexicon is asked only about words whose keys meet. ``total``:
    the two clauses' weights summed, when the caller has them."""
    idf, synonym = scale.idf, scale.synonym
    common = x.stems & y.stems
    if floor > 0 and not common and not (x.keys & y.keys):
        return None
    if total is None:
        total = weight(x.stems, idf) + weight(y.stems, idf)
    if not total:
        return None
    shared = weight(common, idf)
    n = len(common)
    plain = sum(1 for w in x.words if w.stem in common and not w.name)
    meeting = x.keys & y.keys
    if meeting and 2 * (shared + synonym * weight(x.stems - common, idf)) / total >= floor:
        used: set[str] = set()
        for w in x.words:
            if w.stem in common or not (w.keys & meeting):
                continue
            other = next((v for v in y.words if _candidate(v, w, common, used)), None)
            if other is not None:
                used.add(other.stem)
                shared += synonym * min(idf(w.stem), idf(other.stem))
                n += 1
                plain += 1
    dice = 2 * shared / total
    return Match(weight=shared, words=n, plain=plain, dice=dice) if dice >= floor else None


def _candidate(v: Word, w: Word, common: frozenset[str], used: set[str]) -> bool:
    """``v`` may match ``w`` by the lexicon: not matched already, their keys meet, and the lexicon relates them."""
    return v.stem not in common and v.stem not in used and bool(v.keys & w.keys) and lexicon.related(w.lower, v.lower)


def weight(stems: frozenset[str], idf: Callable[[str], float]) -> float:
    """The IDF weight of a set of stems, summed in sorted order (the same in every process)."""
    return math.fsum(idf(s) for s in stems)

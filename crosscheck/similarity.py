"""How likely two sentences are to state the same thing: a small logistic model over surface features.

Whole-sentence fuzzy matching alone cannot tell a paraphrase from a sentence about the same event that adds or
changes a detail. Five features can, well enough to be useful (accuracy 0.764 by cross-validation on MRPC
train, see ``scripts/calibrate.py``):

* ``unigram``: the share of one sentence's words found in the other, the lower of the two directions (a
  sentence that adds a clause is not equivalent to the shorter one);
* ``trigram``: the same for word trigrams (word order and phrasing);
* ``char_ratio``: rapidfuzz's ``ratio`` of the two lower-cased sentences;
* ``numbers_unmatched``: numbers written in one sentence and not the other;
* ``words_unmatched``: distinct words of the sentence that adds more, not found in the other.

Words are compared by their light stems (``crosscheck.text.stem``), stop words included: "will" against "would"
is a difference. The weights are data, in the rule pack's ``[alignment.statement_model]`` table.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import TypeVar

from attrs import frozen
from rapidfuzz import fuzz

from crosscheck.text import stem

_TOKEN = re.compile(r"\w+(?:[.,'\u2019]\w+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

K = TypeVar("K")

FEATURES = ("unigram", "trigram", "char_ratio", "numbers_unmatched", "words_unmatched")


@frozen
class StatementModel:
    """Logistic regression weights: P(same statement) = sigmoid(bias + sum(weight * feature))."""

    bias: float = -6.3636
    unigram: float = 8.8965
    trigram: float = -4.7132
    char_ratio: float = 5.8
    numbers_unmatched: float = -0.2049
    words_unmatched: float = -0.0769

    def probability(self, features: tuple[float, ...]) -> float:
        unigram, trigram, char_ratio, numbers, words = features  # in the order of FEATURES
        z = (
            self.bias
            + self.unigram * unigram
            + self.trigram * trigram
            + self.char_ratio * char_ratio
            + self.numbers_unmatched * numbers
            + self.words_unmatched * words
        )
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@frozen
class Profile:
    """What the features need of one sentence, computed once per sentence."""

    lower: str
    unigrams: Counter[str]
    trigrams: Counter[tuple[str, str, str]]
    numbers: frozenset[str]
    unigram_total: int
    trigram_total: int


@functools.lru_cache(maxsize=1 << 14)  # a sentence is profiled once, however many articles it meets
def profile(text: str) -> Profile:
    stems = [stem(t) for t in _TOKEN.findall(text.lower())]
    unigrams = Counter(stems)
    trigrams = Counter(zip(stems, stems[1:], stems[2:], strict=False))
    numbers = frozenset(m.replace(",", "") for m in _NUMBER.findall(text))
    return Profile(
        lower=" ".join(text.lower().split()),
        unigrams=unigrams,
        trigrams=trigrams,
        numbers=numbers,
        unigram_total=unigrams.total(),
        trigram_total=trigrams.total(),
    )


def features(p: Profile, q: Profile) -> tuple[float, float, float, float, float]:
    """The model's features for two sentences, in the order of :data:`FEATURES`; symmetric in p and q."""
    common = p.unigrams.keys() & q.unigrams.keys()
    shared = _shared(p.unigrams, q.unigrams, common)
    unigram = min(_share(shared, p.unigram_total), _share(shared, q.unigram_total))
    shared3 = _shared(p.trigrams, q.trigrams, p.trigrams.keys() & q.trigrams.keys())
    trigram = min(_share(shared3, p.trigram_total), _share(shared3, q.trigram_total))
    ratio = fuzz.ratio(p.lower, q.lower) / 100.0
    numbers = len(p.numbers ^ q.numbers)
    unmatched = max(len(p.unigrams), len(q.unigrams)) - len(common)
    return unigram, trigram, ratio, float(numbers), float(unmatched)


def _shared(x: Counter[K], y: Counter[K], common: Iterable[K]) -> int:
    """How many items (with their counts) x and y have in common."""
    return sum(min(x[k], y[k]) for k in common)


def _share(shared: int, total: int) -> float:
    """The share of a sentence's items that the other also has (0 for an empty sentence)."""
    return shared / total if total else 0.0

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
        z = self.bias + sum(getattr(self, name) * x for name, x in zip(FEATURES, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@frozen
class Profile:
    """What the features need of one sentence, computed once per sentence."""

    lower: str
    unigrams: Counter[str]
    trigrams: Counter[tuple[str, str, str]]
    numbers: frozenset[str]


@functools.lru_cache(maxsize=1 << 14)  # a sentence is profiled once, however many articles it meets
def profile(text: str) -> Profile:
    stems = [stem(t) for t in _TOKEN.findall(text.lower())]
    trigrams = Counter(zip(stems, stems[1:], stems[2:], strict=False))
    numbers = frozenset(m.replace(",", "") for m in _NUMBER.findall(text))
    return Profile(lower=" ".join(text.lower().split()), unigrams=Counter(stems), trigrams=trigrams, numbers=numbers)


def features(p: Profile, q: Profile) -> tuple[float, float, float, float, float]:
    """The model's features for two sentences, in the order of :data:`FEATURES`; symmetric in p and q."""
    unigram = min(_precision(p.unigrams, q.unigrams), _precision(q.unigrams, p.unigrams))
    trigram = min(_precision(p.trigrams, q.trigrams), _precision(q.trigrams, p.trigrams))
    ratio = fuzz.ratio(p.lower, q.lower) / 100.0
    numbers = len(p.numbers ^ q.numbers)
    unmatched = max(len(p.unigrams.keys() - q.unigrams.keys()), len(q.unigrams.keys() - p.unigrams.keys()))
    return unigram, trigram, ratio, float(numbers), float(unmatched)


def _precision(x: Counter[K], y: Counter[K]) -> float:
    """The share of x's items (with their counts) that y also has."""
    total = x.total()
    if not total:
        return 0.0
    return sum(min(n, y[k]) for k, n in x.items() if k in y) / total

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
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple, TypeVar

from attrs import frozen
from rapidfuzz import fuzz

from crosscheck.patterns import compiled
from crosscheck.records import Repr
from crosscheck.text import stem

_TOKEN = compiled(r"\w+(?:[.,'\u2019]\w+)*")
_NUMBER = compiled(r"\d+(?:[.,]\d+)*")

K = TypeVar("K")

FEATURES = ("unigram", "trigram", "char_ratio", "numbers_unmatched", "words_unmatched")


@frozen(repr=False)
class StatementModel(Repr):
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


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class Profile(NamedTuple):
    """What the features need of one sentence, computed once per sentence.

    Words and trigrams are kept as sets of occurrences, each item with its occurrence number ("the" twice is
    ``("the", 1)`` and ``("the", 2)``), so that the size of the intersection of two sets is the number of items the
    two sentences have in common with their counts (the multiset intersection), computed by one set operation.
    """

    lower: str
    stems: frozenset[str]  # the distinct word stems
    unigrams: frozenset[tuple[str, int]]
    trigrams: frozenset[tuple[tuple[str, str, str], int]]
    numbers: frozenset[str]
    unigram_total: int
    trigram_total: int


@functools.lru_cache(maxsize=1 << 14)  # a sentence is profiled once, however many articles it meets
def profile(text: str) -> Profile:
    stems = [stem(t) for t in _TOKEN.findall(text.lower())]
    unigrams = _occurrences(stems)
    trigrams = _occurrences(list(zip(stems, stems[1:], stems[2:], strict=False)))
    numbers = frozenset(m.replace(",", "") for m in _NUMBER.findall(text))
    return Profile(
        lower=" ".join(text.lower().split()),
        stems=frozenset(stems),
        unigrams=unigrams,
        trigrams=trigrams,
        numbers=numbers,
        unigram_total=len(unigrams),
        trigram_total=len(trigrams),
    )


def features(p: Profile, q: Profile) -> tuple[float, float, float, float, float]:
    """The model's features for two sentences, in the order of :data:`FEATURES`; symmetric in p and q."""
    shared = len(p.unigrams & q.unigrams)
    unigram = min(_share(shared, p.unigram_total), _share(shared, q.unigram_total))
    shared3 = len(p.trigrams & q.trigrams)
    trigram = min(_share(shared3, p.trigram_total), _share(shared3, q.trigram_total))
    ratio = fuzz.ratio(p.lower, q.lower) / 100.0
    numbers = len(p.numbers ^ q.numbers)
    unmatched = max(len(p.stems), len(q.stems)) - len(p.stems & q.stems)
    return unigram, trigram, ratio, float(numbers), float(unmatched)


class SameStatement:
    """``model.probability(features(p, q))`` where it reaches ``floor``, else 0.0; one instance serves many pairs.

    The same computation as :func:`features`, in order of cost, stopping as soon as an upper bound of the logit
    falls below the floor's: the features not yet computed are set to their most favourable values (a share
    between 0 and 1; the char ratio at most ``2 * shorter / (sum of lengths)``, since the edit distance of two
    strings is at least the difference of their lengths), for a weight of either sign. The floor's logit is
    lowered by a margin far above the rounding of a sum of a few terms (near 1e-14), and the logistic function is
    monotonic, so a pair that reaches the floor is never reported below it. Most pairs of sentences that share a
    word or two stop after the unigrams.
    """

    def __init__(self, model: StatementModel, floor: float) -> None:
        self.model = model
        self.floor = floor
        # the logit below which a probability is certainly under the floor (none for a floor of 0 or 1)
        self.z_floor = math.log(floor / (1 - floor)) - 1e-9 if 0 < floor < 1 else -math.inf
        self.best_trigram = max(model.trigram, 0.0)  # the trigram share in [0, 1] at its most favourable end

    def __call__(self, p: Profile, q: Profile) -> float:
        m = self.model
        shared = len(p.unigrams & q.unigrams)
        unigram = min(_share(shared, p.unigram_total), _share(shared, q.unigram_total))
        numbers = float(len(p.numbers ^ q.numbers))
        unmatched = float(max(len(p.stems), len(q.stems)) - len(p.stems & q.stems))
        # the logit with the trigram share at its most favourable value, and then the char ratio at its own
        ceiling = m.bias + m.unigram * unigram + m.numbers_unmatched * numbers + m.words_unmatched * unmatched
        ceiling += self.best_trigram
        lengths = len(p.lower) + len(q.lower)
        ratio_ceiling = 2 * min(len(p.lower), len(q.lower)) / lengths if lengths else 1.0
        if ceiling + max(m.char_ratio * ratio_ceiling, 0.0) < self.z_floor:
            return 0.0
        ratio = fuzz.ratio(p.lower, q.lower) / 100.0
        if ceiling + m.char_ratio * ratio < self.z_floor:
            return 0.0
        shared3 = len(p.trigrams & q.trigrams)
        trigram = min(_share(shared3, p.trigram_total), _share(shared3, q.trigram_total))
        same = m.probability((unigram, trigram, ratio, numbers, unmatched))
        return same if same >= self.floor else 0.0


def _occurrences(items: Sequence[K]) -> frozenset[tuple[K, int]]:
    """Each item with its occurrence number: [a, b, a] -> {(a, 1), (b, 1), (a, 2)}."""
    seen: Counter[K] = Counter()
    out = []
    for item in items:
        seen[item] += 1
        out.append((item, seen[item]))
    return frozenset(out)


def _share(shared: int, total: int) -> float:
    """The share of a sentence's items that the other also has (0 for an empty sentence)."""
    return shared / total if total else 0.0

"""Copies: a source that is the same text as another given source (one wire story run by two outlets, lightly
edited) is not an independent source. It is marked (``copy_of``) and corroboration counts it once.

The measure is cheap and needs no claims: each text is cut into shingles (its lower-cased words, ``shingle``
consecutive words at a time), and a source is a copy of another when at least ``containment`` of its shingles
are in the other's. A lightly edited copy (a few words changed, a paragraph moved) keeps nearly all of its
shingles; two reports written apart share only names and set phrases. When each of two sources is that much in
the other, the later one (in source order) is the copy. A copy of a copy names the first original.
The numbers are the rule pack's ``[copies]`` table, measured on ECB+ (docs/stories.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from attrs import frozen

from crosscheck.patterns import compiled
from crosscheck.records import Repr

_WORD = compiled(r"\w+")


@frozen(repr=False)
class CopyConfig(Repr):
    """The rule pack's ``[copies]`` table (rules/default.toml)."""

    shingle: int = 5  # words per shingle
    containment: float = 0.7  # share of a source's shingles found in another that makes it a copy of it
    min_shingles: int = 10  # a text shorter than this many shingles is never judged a copy (too little to tell)


def shingles(text: str, size: int) -> frozenset[int]:
    """The hashes of the ``size``-word runs of ``text``'s lower-cased words (all of them for a shorter text)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    return frozenset(hash(tuple(words[i : i + size])) for i in range(len(words) - size + 1))


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of ``a``'s shingles that are in ``b`` (0 for an empty ``a``)."""
    return len(a & b) / len(a) if a else 0.0


def find_copies(texts: Mapping[str, str], config: CopyConfig) -> dict[str, str]:
    """The copies among ``texts`` (source id to text, in source order): each copy's id to the id of the source it
    copies, an original (never itself a copy). Sources that copy nothing are absent."""
    ids = list(texts)
    sets = {i: shingles(texts[i], config.shingle) for i in ids}
    position = {i: n for n, i in enumerate(ids)}
    copied: dict[str, str] = {}
    for i in ids:
        if len(sets[i]) < config.min_shingles:
            continue
        best: tuple[float, str] | None = None
        for j in ids:
            if j == i or len(sets[j]) < config.min_shingles:
                continue
            share = containment(sets[i], sets[j])
            if share < config.containment:
                continue
            # both ways a copy: the earlier source is the original
            if containment(sets[j], sets[i]) >= config.containment and position[j] > position[i]:
                continue
            if best is None or share > best[0]:
                best = (share, j)
        if best is not None:
            copied[i] = best[1]
    return {i: _original(i, copied) for i in copied if _original(i, copied) != i}


def _original(source: str, copied: Mapping[str, str]) -> str:
    """The first source up the chain of copies from ``source`` that copies nothing (or where the chain loops)."""
    seen = {source}
    while source in copied and copied[source] not in seen:
        source = copied[source]
        seen.add(source)
    return source


def independent(sources: Sequence[str], copies: Mapping[str, str]) -> int:
    """How many independent sources ``sources`` are: a copy counts as its original."""
    return len({copies.get(s, s) for s in sources})

"""Which English words name the same thing or event: synonyms and derivations, from ``rules/lexicon.tsv``.

The table is generated from Princeton WordNet 3.0 by ``scripts/build_lexicon.py`` (its docstring says what is in
it, and what never is: names, numbers, weekdays and months, antonyms, co-hyponyms). It is read once, on first use,
into a list of its sorted rows, and a word's row is found by :func:`bisect.bisect_left` over them. Splitting the
file costs a few milliseconds once, and saves more on the first comparison alone: the seeds' 713 lookups took 3 ms
against 18 ms for a binary search written in Python over the text (measured together; see docs/speed.md).

A word is looked up as a noun ("n") or a verb ("v"), or as either, by its base forms ("arrested" -> "arrest",
"homes" -> "home", "fled" -> "flee"): the table's irregular forms, then WordNet's own suffix rules for regular
nouns and verbs.
"""

from __future__ import annotations

import bisect
import functools
from typing import NamedTuple

# WordNet's detachment rules (its "morphy"): the endings of a regular plural noun or inflected verb, and of its base
_SUFFIXES = {
    "n": (
        ("s", ""),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
}
POS = ("n", "v")
_EMPTY: frozenset[str] = frozenset()


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class Entry(NamedTuple):
    """One word's row, as a noun or a verb: its synonyms (a common sense shared), derived words ("detain",
    "detention"; of either part of speech) and, for an irregular form, its base forms ("fled" -> "flee")."""

    synonyms: frozenset[str] = _EMPTY
    derived: frozenset[str] = _EMPTY
    bases: frozenset[str] = _EMPTY


@functools.cache
def _rows() -> list[str]:
    """The table's rows (``word<TAB>n|v<TAB>...``), after the header comments, in their sorted order."""
    from crosscheck.rules import default_rules_dir  # here: crosscheck.rules imports the aligner, which uses this

    rows = (default_rules_dir() / "lexicon.tsv").read_text(encoding="utf-8").splitlines()
    start = 0
    while start < len(rows) and rows[start].startswith("#"):
        start += 1
    return rows[start:]


@functools.lru_cache(maxsize=1 << 14)
def entry(word: str, pos: str) -> Entry | None:
    """The row of ``word`` (lower case, as the table writes it) as a noun (``pos`` "n") or a verb ("v"), or None
    when the table has none."""
    key = f"{word}\t{pos}\t"
    rows = _rows()
    # rows sort by their key (word and part of speech, unique, tested) and a tab sorts before any character of a
    # key, so the row of ``key``, if there is one, is where ``key`` itself would be inserted
    at = bisect.bisect_left(rows, key)
    if at < len(rows) and rows[at].startswith(key):
        return Entry(*(frozenset(column.split()) for column in rows[at][len(key) :].split("\t")))
    return None


@functools.lru_cache(maxsize=1 << 14)
def lemmas(word: str, pos: str) -> frozenset[str]:
    """The base forms of ``word`` as a noun or a verb that the table knows ("arrested" -> {"arrest"}, "houses" ->
    {"house"}), the word itself among them when it has a row; empty when the table knows none."""
    w = word.lower().replace("\u2019", "'")
    own = entry(w, pos)
    found = {w} if own is not None else set()
    if own is not None and own.bases:
        return frozenset(found | own.bases)  # WordNet's irregular forms: "men" -> "man", which may have no row
    extra = _extra()
    if (w, pos) in extra:
        found.add(w)
    for suffix, ending in _SUFFIXES[pos]:
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            base = w[: len(w) - len(suffix)] + ending
            if entry(base, pos) is not None or (base, pos) in extra:
                found.add(base)
    return frozenset(found)


def synonyms(word: str, pos: str | None = None) -> frozenset[str]:
    """Words that share a common sense with ``word`` (any of its base forms) as a noun or a verb (either when
    ``pos`` is None), and those that ``rules/synonyms.tsv`` groups with it."""
    out: set[str] = set()
    extra = _extra()
    for p in POS if pos is None else (pos,):
        for lemma in lemmas(word, p):
            e = entry(lemma, p)
            if e is not None:
                out |= e.synonyms
            out |= extra.get((lemma, p), _EMPTY)
    return frozenset(out)


@functools.cache
def _extra() -> dict[tuple[str, str], frozenset[str]]:
    """``rules/synonyms.tsv``: groups of words that name the same thing in news English and that WordNet's common
    senses do not relate ("house" and "home", "protester" and "demonstrator"), by (word, part of speech)."""
    from crosscheck.rules import default_rules_dir  # here: crosscheck.rules imports the aligner, which uses this

    out: dict[tuple[str, str], set[str]] = {}
    for line in (default_rules_dir() / "synonyms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pos, *group = line.split("\t")
        for w in group:
            out.setdefault((w, pos), set()).update(x for x in group if x != w)
    return {k: frozenset(v) for k, v in out.items()}


def _derived(word: str, pos: str) -> frozenset[str]:
    out: set[str] = set()
    for lemma in lemmas(word, pos):
        e = entry(lemma, pos)
        if e is not None:
            out |= e.derived
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 14)
def neighbours(word: str, pos: str, derived: bool = True) -> frozenset[str]:
    """The base forms of ``word`` and the words the table relates to them: index keys for :func:`related` (two
    related words share one; words that share one need not be related)."""
    out = lemmas(word, pos) | synonyms(word, pos)
    return out | _derived(word, pos) if derived else out


@functools.lru_cache(maxsize=1 << 14)
def related(a: str, b: str, pos: str | None = None, derived: bool = True) -> bool:
    """Whether two words name the same thing or event, as nouns or verbs (either when ``pos`` is None): a base form
    of each is the same ("arrested", "arrest"), or they are synonyms ("quake", "temblor"), or, with ``derived``,
    one is derived from the other ("detained", "detention"). Never transitive: two words with a synonym in common
    need not be related."""
    for p in POS if pos is None else (pos,):
        forms_a, forms_b = lemmas(a, p), lemmas(b, p)
        same_a = forms_a or {a.lower()}  # a word the table does not know is its own base form
        same_b = forms_b or {b.lower()}
        if same_a & same_b or synonyms(a, p) & same_b or synonyms(b, p) & same_a:
            return True
        if not derived:
            continue
        # a derived word is of either part of speech ("detained", "detention"), unless one is asked for: then
        # both words are read as that ("killers" and "killings" both derive from "kill" and are not related)
        others_a = forms_a if pos else frozenset().union(*(lemmas(a, q) for q in POS))
        others_b = forms_b if pos else frozenset().union(*(lemmas(b, q) for q in POS))
        if _derived(a, p) & others_b or _derived(b, p) & others_a:
            return True
    return False

"""Stories: a folder of articles (a day's feed, a scrape) grouped into stories, each about one event.

Every article becomes a weighted vector of its terms: content words (stemmed, stop words out), capitalised
words (names) and numbers, each weighted by how rare it is in the collection (inverse document frequency); terms
in more than ``max_df`` of the articles say nothing about which event. Which articles are compared is found
through an inverted index: each article's ``top_terms`` most distinctive terms, and only terms found in at most
``candidate_df`` articles, so the work grows with the number of articles, not with the number of pairs.
Candidate pairs are scored by cosine similarity, and stories are merged bottom-up (average linkage: two stories
join when the mean similarity over all their pairs of articles, an uncompared pair counting 0, is at least
``join``). An article's year (the most frequent year written in its first ``lead_chars`` characters: the date
line or the lead) keeps apart two stories whose known years differ: two floods of the same town are two events.

The numbers are the rule pack's ``[stories]`` table, measured on ECB+ (docs/stories.md).
"""

from __future__ import annotations

import heapq
import math
import os
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

from crosscheck.errors import InputError, UsageError
from crosscheck.model import Article
from crosscheck.patterns import compiled
from crosscheck.records import Repr
from crosscheck.text import STOPWORDS, stem

# the files of a folder that are articles: those crosscheck reads (crosscheck.read), hidden files left out
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")

_TOKEN = compiled(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|[A-Za-z]|\d(?:[\d,.]*\d)?")
_YEAR = compiled(r"\b(1[89]\d\d|20\d\d)\b")
_SLUG = compiled(r"[^a-z0-9]+")

MIN_LETTERS = 3  # a term of an article has at least this many letters ("an", "us" are no evidence of an event)


@frozen(repr=False)
class StoryConfig(Repr):
    """The rule pack's ``[stories]`` table (rules/default.toml)."""

    word_weight: float = 1.0  # weight of a content word
    name_weight: float = 2.0  # of a capitalised word (a name), on top of its content word
    number_weight: float = 2.0  # of a number
    max_df: float = 1.0  # terms in more than this share of the articles are left out (1.0: none)
    top_terms: int = 15  # an article's most distinctive terms that find its candidate partners
    candidate_df: int = 50  # a term in more articles than this finds no candidates (its postings are too long)
    join: float = 0.25  # mean similarity at which two stories join
    lead_chars: int = 300  # where an article's year is read


@frozen(repr=False)
class Story(Repr):
    """One story: its id (a number and the most distinctive words of it) and its articles' paths."""

    id: str
    articles: tuple[str, ...]


def terms(text: str) -> Counter[str]:
    """The terms of ``text``: stems of content words, ``@name`` for a capitalised word, ``#number``."""
    out: Counter[str] = Counter()
    for match in _TOKEN.finditer(text):
        word = match.group()
        if word[0].isdigit():
            out["#" + word.replace(",", "")] += 1
            continue
        lower = word.lower().replace("\u2019", "'")
        if lower in STOPWORDS or len(lower) < MIN_LETTERS:
            continue
        out[stem(lower)] += 1
        if word[0].isupper():
            out["@" + lower] += 1
    return out


def year(text: str, lead_chars: int) -> int | None:
    """The year written most often in the first ``lead_chars`` characters of ``text`` (the first one on a tie);
    ``None`` when none is."""
    found = Counter(_YEAR.findall(text[:lead_chars]))
    return int(found.most_common(1)[0][0]) if found else None


def find_stories(articles: Sequence[Article], config: StoryConfig) -> tuple[Story, ...]:
    """The stories of ``articles``: every article in exactly one story (an article alone is a story of one).
    Stories come largest first, then by their first article's path; each story's articles in the order given."""
    n = len(articles)
    counts = [terms(a.text) for a in articles]
    df: Counter[str] = Counter(t for c in counts for t in c)
    limit = max(2.0, config.max_df * n)
    vectors = [_vector(c, df, n, limit, config) for c in counts]
    sims = _similarities(vectors, df, config)
    years = [year(a.text, config.lead_chars) for a in articles]
    groups = _average_linkage(n, sims, years, config.join)
    ordered = sorted(groups, key=lambda g: (-len(g), articles[min(g)].path))
    width = len(str(len(ordered)))
    stories = []
    for number, group in enumerate(ordered, start=1):
        members = sorted(group)
        label = _label([counts[i] for i in members], df, n)
        stories.append(
            Story(
                id=f"{number:0{width}d}" + (f"-{label}" if label else ""),
                articles=tuple(articles[i].path for i in members),
            )
        )
    return tuple(stories)


def _vector(count: Counter[str], df: Counter[str], n: int, limit: float, config: StoryConfig) -> dict[str, float]:
    weights = {"@": config.name_weight, "#": config.number_weight}
    vector = {
        t: (1 + math.log(k)) * math.log((n + 1) / df[t]) * weights.get(t[0], config.word_weight)
        for t, k in count.items()
        if 1 < df[t] <= limit
    }
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {t: w / norm for t, w in vector.items()}


def _similarities(
    vectors: Sequence[dict[str, float]], df: Counter[str], config: StoryConfig
) -> dict[tuple[int, int], float]:
    """Cosine similarity of the candidate pairs: those that share one of either's ``top_terms`` (an inverted
    index of terms in at most ``candidate_df`` articles)."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for t in sorted(vector, key=lambda t: (-vector[t], t))[: config.top_terms]:
            if df[t] <= config.candidate_df:
                postings[t].append(i)
    sims: dict[tuple[int, int], float] = {}
    for docs in postings.values():
        for x, i in enumerate(docs):
            for j in docs[x + 1 :]:
                if (i, j) in sims:
                    continue
                a, b = vectors[i], vectors[j]
                if len(a) > len(b):
                    a, b = b, a
                sims[i, j] = sum(w * b.get(t, 0.0) for t, w in a.items())
    return {pair: s for pair, s in sims.items() if s > 0}


def _average_linkage(
    n: int, sims: dict[tuple[int, int], float], years: Sequence[int | None], join: float
) -> list[set[int]]:
    """Merge bottom-up, best pair of stories first, while their mean similarity is at least ``join``: the sum of
    similarities between two stories over the product of their sizes. Stories with known years and none in
    common do not merge."""
    members = {i: {i} for i in range(n)}
    known = {i: ({y} if y is not None else set()) for i, y in enumerate(years)}
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), s in sims.items():
        links[i][j] = s
        links[j][i] = s
    heap = [(-s, i, j) for (i, j), s in sims.items() if s >= join]
    heapq.heapify(heap)
    while heap:
        negative, i, j = heapq.heappop(heap)
        if i not in members or j not in members:
            continue
        mean = links[i].get(j, 0.0) / (len(members[i]) * len(members[j]))
        if mean != -negative:  # stale: a story changed since this entry was pushed
            continue
        if known[i] and known[j] and not known[i] & known[j]:
            continue
        for k, s in links.pop(j).items():  # j joins i
            if k == i:
                continue
            links[i][k] = links[i].get(k, 0.0) + s
            links[k][i] = links[i][k]
            del links[k][j]
        links[i].pop(j, None)
        members[i] |= members.pop(j)
        known[i] |= known.pop(j)
        for k, s in links[i].items():
            mean = s / (len(members[i]) * len(members[k]))
            if mean >= join:
                heapq.heappush(heap, (-mean, i, k))
    return list(members.values())


def _label(counts: Sequence[Counter[str]], df: Counter[str], n: int, words: int = 2) -> str:
    """A short label: the names (else the terms) that weigh most over the story's articles (TF-IDF, terms of one
    article included), as a slug."""
    total: defaultdict[str, float] = defaultdict(float)
    for count in counts:
        for t, k in count.items():
            total[t] += (1 + math.log(k)) * math.log((n + 1) / df[t])
    ranked = sorted(total, key=lambda t: (-total[t], t))
    names = [t[1:] for t in ranked if t.startswith("@")]
    chosen = names[:words] or [t.lstrip("#") for t in ranked[:words]]
    return _SLUG.sub("-", " ".join(chosen).lower()).strip("-")[:40]


# Input and output ------------------------------------------------------------------------------------------


def article_paths(paths: Sequence[Path]) -> list[Path]:
    """The article files of ``paths``: a file as given, a folder's article files (:data:`ARTICLE_SUFFIXES`, in
    its subfolders too, hidden ones left out) in name order. Each file once. Raises :class:`InputError` for a
    path that does not exist and :class:`UsageError` when there is no article at all."""
    if not paths:
        raise UsageError("no articles given; give article files or folders of them, e.g. crosscheck stories feed/")
    found: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder; check the path")
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in ARTICLE_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            files = [path]
        for f in files:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                found.append(f)
    if not found:
        raise UsageError(
            f"no article files in {', '.join(str(p) for p in paths)}; "
            f"a folder's articles are its {', '.join(ARTICLE_SUFFIXES)} files"
        )
    return found


def to_json(stories: Sequence[Story], relative_to: Path | None = None) -> dict[str, Any]:
    """The ``--json`` document: ``{"stories": [{"id": ..., "articles": [paths ...]}, ...]}``. With
    ``relative_to`` (the folder of the file it is written to), paths are written relative to that folder, which
    is how ``crosscheck batch`` reads them."""

    def where(path: str) -> str:
        return path if relative_to is None else os.path.relpath(os.path.abspath(path), os.path.abspath(relative_to))

    return {"stories": [{"id": s.id, "articles": [where(p) for p in s.articles]} for s in stories]}


def from_json(document: Any, where: str) -> tuple[Story, ...]:
    """The stories of a ``crosscheck stories --json`` document; :class:`UsageError` naming ``where`` when it
    is not one."""
    example = 'a stories document is {"stories": [{"id": "...", "articles": ["a.txt", ...]}, ...]}'
    if not isinstance(document, dict) or set(document) != {"stories"} or not isinstance(document["stories"], list):
        raise UsageError(f"{where}: not a stories document; {example}")
    stories = []
    for number, item in enumerate(document["stories"], start=1):
        if (
            not isinstance(item, dict)
            or set(item) != {"id", "articles"}
            or not isinstance(item["id"], str)
            or not item["id"].strip()
            or not isinstance(item["articles"], list)
            or not all(isinstance(a, str) and a for a in item["articles"])
        ):
            raise UsageError(f"{where}: story {number} is malformed; {example}")
        stories.append(Story(id=item["id"], articles=tuple(item["articles"])))
    return tuple(stories)

#!/usr/bin/env python3
"""Precision and recall of crosscheck's fact extraction on the hand-labelled set in ``tests/data/labelled/``.

Usage (from the repository root, with crosscheck installed in .venv):

    .venv/bin/python scripts/eval_extraction.py            # the per-kind table
    .venv/bin/python scripts/eval_extraction.py --misses   # and every miss: false negatives, false positives,
                                                           # wrong fields

Each article in ``articles/`` is read as ``crosscheck claims`` reads it (``read_article`` then
``extract_claims``). Its quantity, date and quote claims are matched to the labels of ``facts.tsv`` (the
conventions are in tests/data/README.md): same kind and overlapping character spans (sharing at least one
letter or digit, not just a quotation mark), one to one, the pairs that overlap most first. Then, per kind:

* precision = matched / extracted and recall = matched / labelled. Claims in the headline (the first line,
  when the reader takes it as one) do not count, as the labels skip it. Ages are not labelled, so a claim
  with unit ``age`` that matches no label is left out of ``extracted`` too;
* the accuracy of the fields of the matched pairs: for a quantity the value (to 0.1%), the unit and the
  qualifier, each and all three together; for a date the normalised value; for a quote the speaker, compared
  case-insensitively, a leading article ignored, and right when the two end in the same word (a surname-only
  "Kroon" for "Larry Kroon", "the diplomat" for "a Western diplomat"). An empty label speaker needs no
  speaker extracted.
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.claims import extract_claims
from crosscheck.model import Article, Claim, DateRef, Quantity, Quote
from crosscheck.read import read_article
from crosscheck.sentences import ABBREVIATIONS
from crosscheck.wordlists import HONORIFICS, ROLE_NOUNS

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "data" / "labelled"
KINDS = ("quantity", "date", "quote")
QUALIFIERS = ("exact", "approximate", "lower-bound", "upper-bound", "vague")
FIELDS = {"quantity": ("all", "value", "unit", "qualifier"), "date": ("value",), "quote": ("speaker",)}
UNLABELLED_UNITS = frozenset({"age"})  # extracted, but not labelled by convention: never a false positive


@dataclass(frozen=True)
class Label:
    """One row of facts.tsv, located in its article: ``start``/``end`` are the span's character offsets."""

    article: str
    kind: str
    span: str
    start: int
    end: int
    value: str
    unit: str
    qualifier: str
    speaker: str


@dataclass
class Score:
    """The counts for one kind; ``right`` counts the matched pairs whose field is right, per field."""

    labelled: int = 0
    extracted: int = 0
    matched: int = 0
    unlabelled: int = 0  # extracted, unmatched, and of a unit that is not labelled (ages): not counted
    right: dict[str, int] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 0.0

    def accuracy(self, name: str) -> float:
        return self.right.get(name, 0) / self.matched if self.matched else 0.0


@dataclass(frozen=True)
class Miss:
    """A false negative (``missed``), a false positive (``spurious``) or a matched pair with wrong fields."""

    kind: str
    problem: str  # "missed", "spurious", or "wrong " and the wrong fields: "wrong unit+qualifier"
    where: str  # article:offset
    text: str
    detail: str

    def sort_key(self) -> tuple[int, int, str]:
        return KINDS.index(self.kind), {"missed": 0, "spurious": 1}.get(self.problem, 2), self.problem

    def __str__(self) -> str:
        return f"{self.kind}\t{self.problem}\t{self.where}\t{_short(self.text)}\t{self.detail}"


@dataclass
class Result:
    scores: dict[str, Score]
    misses: list[Miss]


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a labels table: tab-separated, UTF-8, a header line, no quoting."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def locate(text: str, span: str, nth: int) -> int | None:
    """The offset of the ``nth`` occurrence (from 1) of ``span`` in ``text``, or None when there are fewer."""
    start = -1
    for _ in range(nth):
        start = text.find(span, start + 1)
        if start < 0:
            return None
    return start


def headline_end(article: Article) -> int:
    """Where the headline ends (0 when the reader finds none): nothing before this offset is counted."""
    if article.title is None:
        return 0
    return article.text.index(article.title) + len(article.title)


def labels_of(rows: Sequence[dict[str, str]], name: str, text: str) -> list[Label]:
    labels = []
    for row in rows:
        if row["article"] != name:
            continue
        start = locate(text, row["span"], int(row["nth"]))
        if start is None:
            raise ValueError(f"{name}: {row['span']!r} does not occur {row['nth']} times")
        labels.append(
            Label(
                name,
                row["kind"],
                row["span"],
                start,
                start + len(row["span"]),
                row["value"],
                row["unit"],
                row["qualifier"],
                row["speaker"],
            )
        )
    return labels


def match(text: str, labels: Sequence[Label], claims: Sequence[Claim]) -> list[tuple[Label, Claim]]:
    """One-to-one pairs of a label and a claim of the same kind whose spans overlap in at least one letter or
    digit (not just a quotation mark or a space), largest overlap first."""
    candidates = []
    for i, lab in enumerate(labels):
        for j, claim in enumerate(claims):
            lo, hi = max(lab.start, claim.start), min(lab.end, claim.end)
            if claim.kind.value == lab.kind and any(ch.isalnum() for ch in text[lo:hi]):
                candidates.append((lo - hi, abs(lab.start - claim.start), i, j))
    pairs, used_labels, used_claims = [], set(), set()
    for _, _, i, j in sorted(candidates):
        if i not in used_labels and j not in used_claims:
            used_labels.add(i)
            used_claims.add(j)
            pairs.append((labels[i], claims[j]))
    return pairs


def field_checks(lab: Label, claim: Claim) -> dict[str, bool]:
    """Which fields of ``claim`` agree with ``lab`` (the names are those of :data:`FIELDS`)."""
    fact = claim.fact
    if isinstance(fact, Quantity):
        checks = {
            "value": math.isclose(float(lab.value), fact.value, rel_tol=1e-3, abs_tol=1e-9),
            "unit": lab.unit.casefold() == fact.unit.casefold(),
            "qualifier": lab.qualifier == fact.qualifier.value,
        }
        return {"all": all(checks.values()), **checks}
    if isinstance(fact, DateRef):
        return {"value": _norm(lab.value) == _norm(fact.value)}
    if isinstance(fact, Quote):
        return {"speaker": same_speaker(lab.speaker, fact.speaker or "")}
    return dict.fromkeys(FIELDS[lab.kind], False)


def _norm(s: str) -> str:
    return " ".join(s.casefold().split())


def _name_words(name: str) -> list[str]:
    words = re.sub(r"[^\w\s'-]", " ", name.casefold()).split()
    return words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words


def same_speaker(labelled: str, extracted: str) -> bool:
    """Case-insensitive; a leading article is ignored; two names ending in the same word agree (a surname-only
    mention of a full name, a title added or dropped), unless a word before differs where both have one and
    neither is a title ("Makaeo Williams" is not "Jumaane Williams"; "Insp Gaskin" is "Dave Gaskin"). An empty
    label needs an empty extraction."""
    a, b = _name_words(labelled), _name_words(extracted)
    if not a or not b:
        return not a and not b
    if a[-1] != b[-1]:
        return False
    return all(x == y or _is_title(x) or _is_title(y) for x, y in zip(a[-2::-1], b[-2::-1], strict=False))


def _is_title(word: str) -> bool:
    """A title or role written before a name: an abbreviation ("Insp", "Det"), an honorific, a role word."""
    bare = word.rstrip(".")
    return bare in ABBREVIATIONS or bare in HONORIFICS or bare in ROLE_NOUNS


def describe(fact: object) -> str:
    if isinstance(fact, Quantity):
        return f"{fact.value:g} {fact.unit or '-'} {fact.qualifier.value}"
    if isinstance(fact, DateRef):
        return f"{fact.granularity} {fact.value}"
    if isinstance(fact, Quote):
        return f"speaker {fact.speaker or '-'}"
    return "-"


def describe_label(lab: Label) -> str:
    if lab.kind == "quantity":
        return f"{lab.value} {lab.unit or '-'} {lab.qualifier}"
    if lab.kind == "date":
        return lab.value
    return f"speaker {lab.speaker or '-'}"


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def evaluate(facts: Path = LABELLED / "facts.tsv", articles: Path = LABELLED / "articles") -> Result:
    """Score the library on every article of ``articles`` against the labels in ``facts``."""
    rows = read_rows(facts)
    scores = {kind: Score() for kind in KINDS}
    misses: list[Miss] = []
    for path in sorted(articles.glob("*.txt")):
        article = read_article(path, "A")
        labels = labels_of(rows, path.name, article.text)
        body = headline_end(article)
        claims = [c for c in extract_claims(article) if c.kind.value in KINDS and c.start >= body]
        pairs = match(article.text, labels, claims)
        matched_labels = {id(lab) for lab, _ in pairs}
        matched_claims = {id(claim) for _, claim in pairs}
        for lab in labels:
            scores[lab.kind].labelled += 1
            if id(lab) not in matched_labels:
                misses.append(Miss(lab.kind, "missed", f"{path.name}:{lab.start}", lab.span, describe_label(lab)))
        for claim in claims:
            if id(claim) in matched_claims:
                scores[claim.kind.value].extracted += 1
            elif _unlabelled(claim):
                scores[claim.kind.value].unlabelled += 1
            else:
                scores[claim.kind.value].extracted += 1
                where = f"{path.name}:{claim.start}"
                misses.append(Miss(claim.kind.value, "spurious", where, claim.text, describe(claim.fact)))
        for lab, claim in pairs:
            score = scores[lab.kind]
            score.matched += 1
            checks = field_checks(lab, claim)
            for name, ok in checks.items():
                score.right[name] = score.right.get(name, 0) + ok
            wrong = [name for name, ok in checks.items() if not ok and name != "all"]
            if wrong:
                detail = f"labelled {describe_label(lab)}; extracted {_short(claim.text, 40)!r}: {describe(claim.fact)}"
                misses.append(Miss(lab.kind, f"wrong {'+'.join(wrong)}", f"{path.name}:{lab.start}", lab.span, detail))
    return Result(scores, misses)


def _unlabelled(claim: Claim) -> bool:
    """A claim of a sort the set does not label: an age."""
    return isinstance(claim.fact, Quantity) and claim.fact.unit in UNLABELLED_UNITS


def table(result: Result) -> str:
    lines = [f"{'kind':<9} {'labelled':>8} {'extracted':>9} {'matched':>7} {'precision':>9} {'recall':>6}  fields"]
    for kind, s in result.scores.items():
        fields = "  ".join(f"{name} {s.accuracy(name):.2f}" for name in FIELDS[kind])
        lines.append(
            f"{kind:<9} {s.labelled:>8} {s.extracted:>9} {s.matched:>7} {s.precision:>9.2f} {s.recall:>6.2f}  {fields}"
        )
    skipped = result.scores["quantity"].unlabelled if "quantity" in result.scores else 0
    units = "/".join(sorted(UNLABELLED_UNITS))
    lines.append(f"(not counted: {skipped} extracted {units} quantities matching no label; they are not labelled)")
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--misses", action="store_true", help="list false negatives, false positives, wrong fields")
    parser.add_argument("--facts", type=Path, default=LABELLED / "facts.tsv", help="the labels table")
    parser.add_argument("--articles", type=Path, default=LABELLED / "articles", help="the folder of articles")
    args = parser.parse_args(argv)
    result = evaluate(args.facts, args.articles)
    print(table(result))
    if args.misses:
        for miss in sorted(result.misses, key=Miss.sort_key):
            print(miss)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

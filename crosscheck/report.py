"""Stage 6: the pure function at the heart of crosscheck, and the ``--json`` document.

``compare(articles, pack)`` runs every stage (sentences, claims, alignment, verdicts) and returns a
:class:`~crosscheck.model.Report`; ``to_json(report)`` turns it into the versioned JSON document that the CLI
prints. The JSON contract is documented in docs/json.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attrs import evolve

from crosscheck.baseline import fingerprint
from crosscheck.claims import extract_claims, publication_date
from crosscheck.claims.entities import NO_ALIASES, Aliases
from crosscheck.copies import find_copies
from crosscheck.corroborate import corroborate
from crosscheck.errors import UsageError
from crosscheck.frames import NO_FRAMES, FrameLexicon
from crosscheck.model import (
    Article,
    Claim,
    DateRef,
    Entity,
    Finding,
    Place,
    Quantity,
    Quote,
    Report,
    Sentence,
    Severity,
    Verdict,
)
from crosscheck.rules import RulePack
from crosscheck.sentences import split_sentences

SCHEMA_VERSION = "1.7"


def compare(articles: Sequence[Article], pack: RulePack) -> Report:
    """Compare two or more articles: extract their claims, align every two of them and judge every fact with the
    rule pack (see :mod:`crosscheck.corroborate` for how N sources are merged)."""
    if len(articles) < 2:
        raise UsageError(f"compare takes two or more articles, got {len(articles)}")
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise UsageError(f"the articles need different ids, {twice[0]!r} is given twice")
    splits = [split_sentences(a.text) for a in articles]  # once, for the date line and the claims
    articles = [dated(a, split) for a, split in zip(articles, splits, strict=True)]
    claims = [extract_claims(a, pack.aliases, pack.frames, split) for a, split in zip(articles, splits, strict=True)]
    findings = corroborate(claims, pack, {a.id: a.date for a in articles})
    copies = find_copies({a.id: a.text for a in articles}, pack.copies)
    return Report(
        sources=tuple(articles), claims=tuple(c for cs in claims for c in cs), findings=findings, copies=copies
    )


def extract(article: Article, aliases: Aliases = NO_ALIASES, frames: FrameLexicon = NO_FRAMES) -> Report:
    """What crosscheck reads in one article: a report with its claims and no findings. ``aliases``: the rule
    pack's alias data (``load_pack().aliases``), which types and links names."""
    split = split_sentences(article.text)  # once, for the date line and the claims
    article = dated(article, split)
    return Report(sources=(article,), claims=extract_claims(article, aliases, frames, split))


def dated(article: Article, sentences: Sequence[Sentence] | None = None) -> Article:
    """The article with its publication date filled in when its text has a date line (see ``publication_date``);
    ``sentences``: its split, when the caller has it."""
    return article if article.date else evolve(article, date=publication_date(article, sentences))


def summary(report: Report) -> dict[str, Any]:
    agreements = 0
    discrepancies = {Severity.HARD.value: 0, Severity.SOFT.value: 0}
    single: dict[str, int] = {s.id: 0 for s in report.sources}
    for f in report.findings:
        if f.verdict is Verdict.AGREEMENT:
            agreements += 1
        elif f.verdict is Verdict.DISCREPANCY:
            discrepancies[(f.severity or Severity.SOFT).value] += 1
        else:
            single[f.evidence[0].source] += 1
    return {
        "agreement": agreements,
        "discrepancy": discrepancies,
        "single-source": single,
        "baselined": report.accepted,
    }


def to_json(report: Report) -> dict[str, Any]:
    """The ``--json`` document (schema ``SCHEMA_VERSION``): plain dicts, lists, strings and numbers."""
    return {
        "schema_version": SCHEMA_VERSION,
        "sources": [_source(s, report.copies.get(s.id)) for s in report.sources],
        "claims": [_claim(c) for c in report.claims],
        "findings": [_finding(f) for f in report.findings],
        "summary": summary(report),
    }


def _source(a: Article, copy_of: str | None) -> dict[str, Any]:
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "date": a.date,
        "outlet": a.outlet,
        "chars": len(a.text),
        "copy_of": copy_of,  # (1.6) the source this one copies (crosscheck.copies), or null
    }


def _claim(c: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": c.id,
        "source": c.source,
        "kind": c.kind.value,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "sentence": c.sentence,
        "hedge": c.hedge,
        "negated": c.negated,
        "status": c.status.value,
        "headline": c.headline,
    }
    fact = c.fact
    if isinstance(fact, Quantity):
        out["quantity"] = {
            "value": fact.value,
            "unit": fact.unit,
            "qualifier": fact.qualifier.value,
            "low": fact.low,
            "high": fact.high,
            "change": fact.change,
            "reference": fact.reference,
            "phrase": list(fact.phrase),
            "ordinal": fact.ordinal,
        }
    elif isinstance(fact, DateRef):
        date: dict[str, Any] = {"granularity": fact.granularity, "value": fact.value}
        if fact.qualifier is not None:  # (1.5) a qualified clock time: "about 8 p.m.", "by noon"
            date["qualifier"] = fact.qualifier.value
        if fact.zone is not None:  # (1.5) the time zone of a clock time: "0300 GMT"
            date["zone"] = fact.zone
        if fact.offset is not None:  # (1.5) an anchored time: "two weeks after the election"
            o = fact.offset
            date["offset"] = {
                "low": o.low,
                "high": o.high,
                "qualifier": o.qualifier.value,
                "direction": o.direction,
                "anchor": list(o.anchor),
            }
        out["date"] = date
    elif isinstance(fact, Place):  # (1.7) where an event happened, with its frame: the event it locates
        out["place"] = {"name": fact.name, "key": fact.key, "form": fact.form, "relation": fact.relation}
    if c.frame is not None:
        f = c.frame
        out["frame"] = {
            "predicate": f.predicate,
            "family": f.family,
            "reporting": f.reporting,
            "trigger": f.trigger,
            "phrase": f.phrase,
            "holder": f.holder,
            "attributive": f.attributive,
            "scope": list(f.scope),
            "period": list(f.period),
            "background": f.background,
            "after": f.after,  # (1.7) a date's: the event what it dates followed
        }
    elif isinstance(fact, Quote):
        out["quote"] = {
            "words": fact.words,
            "speaker": fact.speaker,
            "speaker_start": fact.speaker_start,
            "speaker_end": fact.speaker_end,
        }
    elif isinstance(fact, Entity):
        out["entity"] = {
            "name": fact.name,
            "type": fact.type.value,
            "canonical": fact.canonical,
            "role": fact.role,
            "affiliation": fact.affiliation,
        }
    return out


def _finding(f: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "fingerprint": fingerprint(f),
        "verdict": f.verdict.value,
        "severity": f.severity.value if f.severity else None,
        "rule": {"code": f.rule.code, "name": f.rule.name},
        "kind": f.kind.value,
        "message": f.message,
        "claims": list(f.claims),
        "sources": list(dict.fromkeys(e.source for e in f.evidence)),
        "evidence": [{"source": e.source, "start": e.start, "end": e.end, "text": e.text} for e in f.evidence],
    }
    if f.values:  # (1.6) three or more sources: a discrepancy's values, each with the sources that give it
        out["values"] = [
            {"text": v.text, "claims": list(v.claims), "sources": list(v.sources), "majority": v.majority}
            for v in f.values
        ]
    return out


def failing(report: Report, fail_on: str) -> bool:
    """Whether ``report`` has a finding at or above ``fail_on`` (hard > soft > single-source)."""
    if fail_on == "none":
        return False
    for f in report.findings:
        if f.verdict is Verdict.DISCREPANCY and (f.severity is Severity.HARD or fail_on != "hard"):
            return True
        if f.verdict is Verdict.SINGLE_SOURCE and fail_on == "single-source":
            return True
    return False

"""crosscheck: cross-check news articles against each other.

The library API (the CLI is a thin layer over it)::

    import crosscheck
    report = crosscheck.compare_files(["draft.txt", "wire.txt"])
    document = crosscheck.to_json(report)      # exactly what `crosscheck compare --json` prints

Pipeline, one module per stage: read -> sentences -> claims -> align -> rules/verdicts -> report -> render.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crosscheck.errors import ConfigError, CrosscheckError, InputError, RuleError, UsageError

if TYPE_CHECKING:
    from crosscheck.model import Article, Claim, ClaimKind, Finding, Report, Severity, Verdict, source_id
    from crosscheck.read import article_from_text, read_article
    from crosscheck.report import SCHEMA_VERSION, compare, extract, to_json
    from crosscheck.rules import RulePack, load_pack

__version__ = "0.2.0"

# The pipeline is imported on first use, not with the package: `crosscheck --help`, `--version` and every usage
# error then start without it (see docs/speed.md). Name -> module that defines it.
_LAZY = {
    **dict.fromkeys(
        ("Article", "Claim", "ClaimKind", "Finding", "Report", "Severity", "Verdict", "source_id"), "crosscheck.model"
    ),
    **dict.fromkeys(("article_from_text", "read_article"), "crosscheck.read"),
    **dict.fromkeys(("SCHEMA_VERSION", "compare", "extract", "to_json"), "crosscheck.report"),
    **dict.fromkeys(("RulePack", "load_pack"), "crosscheck.rules"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Claim",
    "ClaimKind",
    "ConfigError",
    "CrosscheckError",
    "Finding",
    "InputError",
    "Report",
    "RuleError",
    "RulePack",
    "Severity",
    "UsageError",
    "Verdict",
    "article_from_text",
    "compare",
    "compare_files",
    "compare_texts",
    "extract",
    "load_pack",
    "read_article",
    "source_id",
    "to_json",
]


def compare_files(paths: Sequence[str | Path], pack: RulePack | None = None) -> Report:
    """Read the articles at ``paths`` (ids A, B, ... in that order) and compare them."""
    from crosscheck.model import source_id
    from crosscheck.read import check_distinct, read_article
    from crosscheck.report import compare
    from crosscheck.rules import load_pack

    check_distinct(paths)
    articles = [read_article(p, source_id(i)) for i, p in enumerate(paths)]
    return compare(articles, pack if pack is not None else load_pack())


def compare_texts(texts: Sequence[str], pack: RulePack | None = None) -> Report:
    """Compare articles given as strings (ids A, B, ...)."""
    from crosscheck.model import source_id
    from crosscheck.read import article_from_text
    from crosscheck.report import compare
    from crosscheck.rules import load_pack

    articles = [article_from_text(t, source_id(i), f"<text {source_id(i)}>") for i, t in enumerate(texts)]
    return compare(articles, pack if pack is not None else load_pack())

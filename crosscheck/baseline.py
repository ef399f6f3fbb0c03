"""Baselines for a pre-publication gate: accept the findings known today so that only new ones fail.

A finding's **fingerprint** is stable across runs and across edits elsewhere in the articles: a hash of its rule
code and of the words of its evidence (lower-cased, white space and surrounding punctuation removed, sorted), never
of offsets, paths or source ids. Reordering the articles, moving a paragraph or renaming a file keeps it; changing
the figure, the quote or the rule that decides it makes a new finding.

A baseline accepts **discrepancies and single-source findings** only, the findings a gate fails on: agreements
are never problems to accept, so they are neither recorded nor left out, and a baselined report still lists
them.

A baseline file is JSON: ``{"crosscheck_baseline": 1, "findings": [{"fingerprint", "rule", "message"}, ...]}``
(the rule and message are there for the reader of a diff). A fingerprint listed twice accepts two findings that
share it. Files are written whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from attrs import evolve

from crosscheck.errors import InputError
from crosscheck.model import Finding, Report, Verdict

BASELINE_VERSION = 1


def fingerprint(finding: Finding) -> str:
    """16 hex digits identifying ``finding`` by its rule and the words of its evidence."""
    texts = sorted(_normal(e.text) for e in finding.evidence)
    digest = hashlib.sha256("\x1f".join([finding.rule.code, *texts]).encode("utf-8")).hexdigest()
    return digest[:16]


def _normal(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .,;:!?\"'\u201c\u201d\u2018\u2019()")


def baseline_document(report: Report) -> dict[str, Any]:
    """The baseline of ``report``: every finding it can accept (discrepancies and single-source), in report
    order."""
    return {
        "crosscheck_baseline": BASELINE_VERSION,
        "findings": [
            {"fingerprint": fingerprint(f), "rule": f.rule.code, "message": f.message}
            for f in report.findings
            if acceptable(f)
        ],
    }


def acceptable(finding: Finding) -> bool:
    """Whether a baseline can accept ``finding``: a discrepancy or a single-source finding, never an agreement."""
    return finding.verdict is not Verdict.AGREEMENT


def write_baseline(report: Report, path: Path) -> None:
    """Write the baseline of ``report`` to ``path``, whole or not at all (:class:`OutputError` otherwise)."""
    from crosscheck.write import write_whole  # tempfile and shutil: only when a file is written

    write_whole(path, json.dumps(baseline_document(report), ensure_ascii=False, indent=2) + "\n")


def load_baseline(path: Path) -> Counter[str]:
    """The fingerprints accepted by the baseline file at ``path`` (with their counts). Raises :class:`InputError`
    naming the file and the key when it is missing or malformed."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such baseline file; create one with --write-baseline {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory; give the baseline file written by --write-baseline") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: the baseline cannot be read ({e}); write it again with --write-baseline") from None
    try:
        document = json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(
            f"{path}: not a crosscheck baseline (invalid JSON at line {e.lineno}); write it with --write-baseline"
        ) from None
    if not isinstance(document, dict) or document.get("crosscheck_baseline") != BASELINE_VERSION:
        raise InputError(
            f"{path}: key crosscheck_baseline: not a version-{BASELINE_VERSION} crosscheck baseline; "
            "write it again with --write-baseline"
        )
    findings = document.get("findings")
    if not isinstance(findings, list):
        raise InputError(f"{path}: key findings: must be a list; write the baseline again with --write-baseline")
    known: Counter[str] = Counter()
    for i, item in enumerate(findings):
        value = item.get("fingerprint") if isinstance(item, dict) else None
        if not isinstance(value, str) or not value:
            raise InputError(f"{path}: key findings[{i}].fingerprint: missing or not a string")
        known[value] += 1
    return known


def apply_baseline(report: Report, known: Counter[str]) -> Report:
    """``report`` without the findings the baseline accepts; ``Report.accepted`` counts them. Agreements always
    stay, even when a baseline written by an older version lists them."""
    left = Counter(known)
    kept: list[Finding] = []
    for f in report.findings:
        fp = fingerprint(f)
        if acceptable(f) and left[fp] > 0:
            left[fp] -= 1
        else:
            kept.append(f)
    return evolve(report, findings=tuple(kept), accepted=report.accepted + len(report.findings) - len(kept))

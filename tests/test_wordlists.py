"""Shared word lists have one home (crosscheck.wordlists): no stage imports a word list from an extractor, and no
list is written twice under one name."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "crosscheck"


def _modules() -> list[tuple[str, ast.Module]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        out.append((name, ast.parse(path.read_text(encoding="utf-8"))))
    return out


def test_no_stage_imports_a_word_list_from_an_extractor() -> None:
    offending = []
    for name, tree in _modules():
        if name.startswith("crosscheck.claims"):
            continue  # the extractors may share their own helpers
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("crosscheck.claims"):
                source = importlib.import_module(node.module or "")
                for alias in node.names:
                    if isinstance(getattr(source, alias.name, None), frozenset | tuple | set):
                        offending.append(f"{name} imports {alias.name} from {node.module}")
    assert offending == []


def test_each_shared_list_is_defined_once() -> None:
    shared = {n for n in vars(importlib.import_module("crosscheck.wordlists")) if n.isupper()}
    assert {"ROLE_NOUNS", "REPORTING_VERBS", "PEOPLE", "SPEECH_AFTER_NAME"} <= shared
    defined = []
    for name, tree in _modules():
        for node in tree.body:
            if isinstance(node, ast.Assign):
                defined += [(t.id, name) for t in node.targets if isinstance(t, ast.Name) and t.id in shared]
    assert sorted(defined) == sorted((n, "crosscheck.wordlists") for n in shared)

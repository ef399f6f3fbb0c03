#!/usr/bin/env python3
"""Bring the generated parts of the docs up to date after a change to the rules or the reports.

Usage (from the repository root, with crosscheck installed in .venv):

    .venv/bin/python scripts/update_docs.py           # rewrite what is stale, and say which files changed
    .venv/bin/python scripts/update_docs.py --check   # exit 1 if anything is stale, change nothing

It rewrites two things, each of which a test checks (tests/test_docs.py, tests/test_readme.py):

* docs/rules.md's rule table, between its ``<!-- begin/end: crosscheck rules --format markdown -->`` markers, as
  ``crosscheck rules --format markdown`` prints it;
* the output of every example block of the README and docs/ that starts with ``$ crosscheck ...`` and names only
  files the repository ships (run at 100 columns, without colour; a shortened example, one with a ``...`` line,
  keeps its length and its ``...``).

Review the diff as for any change: the examples' prose around them may need to follow.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from click.testing import CliRunner

from crosscheck import load_pack
from crosscheck.cli import main
from crosscheck.rules import rules_markdown

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "<!-- begin: crosscheck rules --format markdown -->\n"
END = "<!-- end: crosscheck rules --format markdown -->"


def rule_table(text: str) -> str:
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[:start] + rules_markdown(load_pack()) + text[end:]


def _run(args: list[str]) -> list[str]:
    result = CliRunner(env={"COLUMNS": "100", "NO_COLOR": "1"}).invoke(main, args)
    return [line.rstrip() for line in result.output.splitlines()]


def examples(text: str) -> str:
    """``text`` with the output of each ``$ crosscheck`` example on the repository's files as the CLI prints it."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        out.append(lines[i])
        if lines[i] == "```" and i + 1 < len(lines) and lines[i + 1].startswith("$ crosscheck "):
            args = shlex.split(lines[i + 1].removeprefix("$ crosscheck "))
            end = lines.index("```", i + 1)
            shown = lines[i + 2 : end]
            files = [a for a in args[1:] if a.endswith((".txt", ".md", ".html"))]
            if all((ROOT / f).is_file() for f in files):
                real = _run(args)
                stripped = [s.strip() for s in shown]
                if "..." in stripped:
                    cut = stripped.index("...")
                    real = [*real[:cut], shown[cut]]
                shown = real
            out.extend([lines[i + 1], *shown])
            i = end
            continue
        i += 1
    return "\n".join(out)


def main_(argv: list[str]) -> int:
    check = argv[1:] == ["--check"]
    os.chdir(ROOT)  # the examples name the seed articles by their paths in the repository
    stale = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        new = examples(text)
        if BEGIN in new:
            new = rule_table(new)
        if new != text:
            stale.append(page.relative_to(ROOT).as_posix())
            if not check:
                page.write_text(new, encoding="utf-8")
    for name in stale:
        print(f"{'stale' if check else 'updated'}: {name}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main_(sys.argv))

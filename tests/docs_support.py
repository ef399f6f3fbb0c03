"""What the documentation tests share: where the pages are, and their fenced code blocks."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def pages() -> list[Path]:
    """The README and every page of docs/."""
    return [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


def blocks(text: str, language: str | None = None) -> list[str]:
    """The fenced code blocks of ``text`` (each ending in a newline): those of ``language`` ("" for none), or all."""
    found: list[str] = []
    current: list[str] | None = None
    lang = ""
    for line in text.splitlines(keepends=True):
        if line.startswith("```") and current is None:
            current, lang = [], line[3:].strip()
        elif line.startswith("```") and current is not None:
            if language is None or lang == language:
                found.append("".join(current))
            current = None
        elif current is not None:
            current.append(line)
    return found

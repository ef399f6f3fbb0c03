"""Regular expressions compiled on first use, not at import.

The extractors hold well over a hundred module-level patterns, and compiling them all takes about 30 ms, a large
part of a command's start (see docs/speed.md). A typical pair of articles never needs some of them (the
patterns for ranges, ages, currencies, attribution of a quotation, hedged clauses of certain shapes): measured on
random ECB+ pairs, about a third of the compile time went to patterns the pair never used. A :class:`LazyPattern`
compiles itself the first time one of its methods is called; from then on its methods are the compiled pattern's
own bound methods (stored on the instance, where they shadow the class's), so a call costs what a call on a
compiled ``re.Pattern`` costs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator


class LazyPattern:
    """``re.compile(pattern, flags)``, done the first time :meth:`search`, :meth:`match`, :meth:`fullmatch` or
    :meth:`finditer` is called. Errors in the pattern surface then; the test suite runs every extractor, so a bad
    pattern still fails the tests."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def _compile(self) -> re.Pattern[str]:
        """The compiled pattern; its bound methods replace this object's from now on."""
        compiled = re.compile(self.pattern, self.flags)
        vars(self).update(
            search=compiled.search, match=compiled.match, fullmatch=compiled.fullmatch, finditer=compiled.finditer
        )
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compile().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compile().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compile().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._compile().finditer(string, pos, endpos)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"

"""Regular expressions compiled on first use, not at import.

The extractors hold well over a hundred module-level patterns, and compiling them all takes about 30 ms, a large
part of a command's start (see docs/speed.md). A typical pair of articles never needs some of them (the
patterns for ranges, ages, currencies, attribution of a quotation, hedged clauses of certain shapes): measured on
random ECB+ pairs, about a third of the compile time went to patterns the pair never used. A :class:`LazyPattern`
compiles itself the first time one of its methods is called; from then on its methods are the compiled pattern's
own bound methods (stored on the instance, where they shadow the class's), so a call costs what a call on a
compiled ``re.Pattern`` costs.

Compiling is still most of what a command's first comparison costs, so when the command line turns the cache on
(:mod:`crosscheck.cache`) a pattern is compiled once per machine, not once per run: what Python's compiler makes of
a pattern (its program for the regular-expression engine, flags and groups) is kept in the cache keyed by the
pattern's text and flags and the Python version, and handed back to the engine on the next start
(:func:`compiled`). Reading it back is about a hundredth of compiling; a pattern not in the cache, a cache of
another Python, or anything unexpected, is compiled as usual. The program is kept as bytes (its 32-bit codes), not
as a list of numbers: decoding a hundred-odd lists of numbers from the cache file cost more than the rest of reading
it, and a pattern's bytes become its list only when the pattern is used.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the regular-expression engine, already loaded by re
import array
import marshal
import re
import sys
from collections.abc import Iterator
from typing import Any

from crosscheck import cache

# (pattern, flags) -> (flags, code, groups, groupindex, indexgroup), the arguments of the engine's constructor, with
# the code as the bytes of its 32-bit unsigned numbers (the engine's codes: _sre.CODESIZE, in the file's name)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# "read": entries from the cache file, "new": made this run, "used": read and used this run
_CACHED: dict[str, dict[tuple[str, int], Any]] = {}
# a cache file holding more entries than this (patterns of older versions pile up) keeps only this run's
MAX_ENTRIES = 2000
# the Python versions whose compiler this module reads (re._parser, re._compiler._code, _sre.compile)
_KNOWN_PYTHONS = ((3, 11), (3, 12), (3, 13))


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when the command line turned it on and has it."""
    if cache.folder() is None or sys.version_info[:2] not in _KNOWN_PYTHONS:
        return re.compile(pattern, flags)
    flags = int(flags)  # a RegexFlag is an int subclass marshal cannot store
    if "read" not in _CACHED:
        _CACHED["read"] = _read()
        _CACHED["new"] = {}
        _CACHED["used"] = {}
    entry = _CACHED["read"].get((pattern, flags))
    if entry is not None:
        try:
            stored_flags, code, groups, groupindex, indexgroup = entry
            program = memoryview(code).cast("I").tolist()  # fails on an entry of another format: compiled below
            found: re.Pattern[str] = _sre.compile(pattern, stored_flags, program, groups, groupindex, indexgroup)
            _CACHED["used"][(pattern, flags)] = entry
            return found
        except Exception:  # a bad entry is compiled again below
            pass
    try:
        made, entry = _compile(pattern, flags)
    except re.error:
        raise
    except Exception:  # another Python's internals: compile as usual, keep nothing
        return re.compile(pattern, flags)
    _CACHED["new"][(pattern, flags)] = entry
    return made


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], _Entry]:
    """What ``re._compiler.compile`` does, keeping the engine's program (``code``) to store it."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints and strs (the compiler's opcodes are an int subclass), so that marshal can store them
    entry: _Entry = (
        int(flags | parsed.state.flags),
        array.array("I", code).tobytes(),
        parsed.state.groups - 1,
        {str(name): int(index) for name, index in groupindex.items()},
        tuple(indexgroup),
    )
    made: re.Pattern[str] = _sre.compile(pattern, entry[0], code, *entry[2:])
    return made, entry


def _file_name() -> str:
    # "code-bytes": the format of the entries (_Entry), so that a version that kept the code as lists of numbers
    # keeps its own file rather than recompiling what this one stored, and the other way round
    return f"patterns-{cache.stamp([], 'patterns', 'code-bytes', str(_sre.MAGIC), str(_sre.CODESIZE))}.marshal"


def _read() -> dict[tuple[str, int], Any]:
    payload = cache.read(_file_name())
    if payload is None:
        return {}
    try:
        entries = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def save() -> None:
    """Write the patterns compiled in this run to the cache, with those it had; nothing when none is new."""
    new = _CACHED.get("new")
    if not new or cache.folder() is None:
        return
    merged = {**_CACHED["read"], **new}
    if len(merged) > MAX_ENTRIES:
        merged = {**_CACHED["used"], **new}
    _CACHED["read"], _CACHED["new"] = merged, {}
    try:
        payload = marshal.dumps(merged)
    except ValueError:  # an entry marshal cannot store: keep no cache rather than fail the command
        return
    cache.write(_file_name(), payload)


class LazyPattern:
    """``re.compile(pattern, flags)``, done the first time :meth:`search`, :meth:`match`, :meth:`fullmatch`,
    :meth:`finditer` or :meth:`findall` is called. Errors in the pattern surface then; the test suite runs every
    extractor, so a bad pattern still fails the tests."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def _compile(self) -> re.Pattern[str]:
        """The compiled pattern; its bound methods replace this object's from now on."""
        pattern = compiled(self.pattern, self.flags)
        vars(self).update(
            search=pattern.search,
            match=pattern.match,
            fullmatch=pattern.fullmatch,
            finditer=pattern.finditer,
            findall=pattern.findall,
        )
        return pattern

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compile().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compile().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compile().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._compile().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._compile().findall(string, pos, endpos)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"

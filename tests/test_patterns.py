"""LazyPattern: the same matches as the compiled pattern, compiled once, on first use."""

from __future__ import annotations

import re

import pytest

from crosscheck.patterns import LazyPattern

TEXT = "About 250 people, nearly 300 by one count, gathered; police said 2,000."


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(r"\b(?P<qual>about|nearly)\s+(?P<num>[\d,]+)", re.IGNORECASE), (r"[\d,]+", 0), (r"(?x) police \s+ said", 0)],
)
def test_same_results_as_re(pattern: str, flags: int) -> None:
    compiled = re.compile(pattern, flags)
    lazy = LazyPattern(pattern, flags)
    for pos, endpos in ((0, len(TEXT)), (6, 40), (10, 10)):
        for method in ("search", "match", "fullmatch"):
            want, got = getattr(compiled, method)(TEXT, pos, endpos), getattr(lazy, method)(TEXT, pos, endpos)
            assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups()))
        assert [m.span() for m in lazy.finditer(TEXT, pos, endpos)] == [
            m.span() for m in compiled.finditer(TEXT, pos, endpos)
        ]


def test_compiles_on_first_use_then_calls_the_compiled_pattern() -> None:
    lazy = LazyPattern(r"\d+")
    assert "search" not in vars(lazy)
    assert lazy.fullmatch("42")
    methods = {name: vars(lazy)[name] for name in ("search", "match", "fullmatch", "finditer")}
    assert all(m.__self__ == re.compile(r"\d+") for m in methods.values())
    assert lazy.search("a 7")
    assert {name: vars(lazy)[name] for name in methods} == methods  # not compiled again


def test_a_bad_pattern_fails_when_used() -> None:
    lazy = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")

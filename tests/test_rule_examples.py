"""Every rule of the default pack ships examples; each must behave as it says (proselint-style meta-test).

An example is two tiny articles: the rule must (``match``) or must not (``no-match``) give a finding on them.
"""

from __future__ import annotations

import pytest

from crosscheck import compare_texts, load_pack
from crosscheck.rules import Example, Rule

PACK = load_pack()
CASES = [
    pytest.param(rule, example, id=f"{rule.code}-{rule.name}-{n}-{'match' if example.expect else 'no-match'}")
    for rule in PACK.rules
    for n, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule: Rule, example: Example) -> None:
    report = compare_texts([example.a, example.b], PACK)
    fired = [f for f in report.findings if f.rule.code == rule.code]
    found = [f"{f.rule.code}: {f.message}" for f in report.findings]
    assert bool(fired) == example.expect, f"{rule.code} expected {'a' if example.expect else 'no'} finding; got {found}"


def test_every_rule_has_a_firing_and_a_silent_example() -> None:
    for rule in PACK.rules:
        kinds = {e.expect for e in rule.examples}
        assert kinds == {True, False}, f"{rule.code} needs both a match and a no-match example"

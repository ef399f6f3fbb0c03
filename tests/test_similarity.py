"""The statement model: its features behave as documented and its probability orders pairs sensibly."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from script_loader import load_script

from crosscheck import load_pack
from crosscheck.sentences import split_sentences
from crosscheck.similarity import FEATURES, SameStatement, StatementModel, features, profile

ARTICLES = sorted((Path(__file__).parent / "data" / "labelled" / "articles").glob("*.txt"))  # ECB+ (CC BY 3.0)
BASE = "Firefighters rescued 14 people on Sunday from a flooded apartment block near the river."


def _probability(a: str, b: str) -> float:
    return load_pack().alignment.statement_model.probability(features(profile(a), profile(b)))


def test_features_are_symmetric_and_bounded() -> None:
    other = "On Sunday firefighters pulled 41 residents out of the flooded block, officials said."
    f, g = features(profile(BASE), profile(other)), features(profile(other), profile(BASE))
    assert f == g and len(f) == len(FEATURES)
    assert all(0.0 <= x <= 1.0 for x in f[:3])
    assert f[3] == 2.0  # 14 and 41: one number on each side that the other lacks


def test_identical_sentences_are_the_same_statement() -> None:
    assert features(profile(BASE), profile(BASE))[:3] == (1.0, 1.0, 1.0)
    assert _probability(BASE, BASE) > 0.9


def test_a_paraphrase_scores_above_a_changed_figure_and_an_added_clause() -> None:
    paraphrase = "On Sunday firefighters rescued 14 people from a flooded apartment block near the river."
    figure = "Firefighters rescued 41 people on Sunday from a flooded apartment block near the river."
    clause = BASE[:-1] + ", which had been declared unsafe last year by inspectors from the city council."
    unrelated = "The central bank raised its main interest rate by half a point on Sunday."
    p = _probability(BASE, paraphrase)
    assert p > _probability(BASE, figure)
    assert p > _probability(BASE, clause)
    assert min(_probability(BASE, figure), _probability(BASE, clause)) > _probability(BASE, unrelated)


def test_probability_stays_finite_for_extreme_weights() -> None:
    model = StatementModel(bias=1e6)
    assert model.probability((0.0, 0.0, 0.0, 0.0, 0.0)) == pytest.approx(1.0)
    assert StatementModel(bias=-1e6).probability((1.0, 1.0, 1.0, 0.0, 0.0)) == pytest.approx(0.0)


@pytest.mark.parametrize("floor", [0.0, 0.1, 0.5, 0.9])
@pytest.mark.parametrize("model", [StatementModel(), StatementModel(trigram=3.0, char_ratio=-2.0, bias=-1.0)])
def test_same_statement_is_the_probability_where_it_reaches_the_floor(model: StatementModel, floor: float) -> None:
    """The bounds that let SameStatement stop early never hide a pair that reaches the floor, whatever the
    weights' signs: over every pair of sentences of two real articles, and each sentence with itself."""
    same = SameStatement(model, floor)
    a, b = ([s.text for s in split_sentences(p.read_text(encoding="utf-8"))] for p in ARTICLES[:2])
    pairs = [(x, y) for x in a for y in b] + [(x, x) for x in a]
    reached = 0
    for x, y in pairs:
        p = model.probability(features(profile(x), profile(y)))
        assert same(profile(x), profile(y)) == (p if p >= floor else 0.0)
        reached += p >= floor
    assert 0 < reached < len(pairs) or floor == 0.0  # the floor keeps some pairs and hides others


def _calibrate() -> ModuleType:
    return load_script("calibrate")


def test_calibration_fit_recovers_a_known_logistic_model() -> None:
    calibrate = _calibrate()
    grid = [(i / 50.0, ((i * 7) % 50) / 50.0) for i in range(200)]
    xs = [(x1, x2) for x1, x2 in grid if abs(2.0 * x1 - 3.0 * x2 + 0.5) > 0.2]  # separable with a margin
    ys = [2.0 * x1 - 3.0 * x2 + 0.5 > 0 for x1, x2 in xs]
    w = calibrate.fit(xs, ys, l2=0.01)
    assert calibrate.accuracy(w, xs, ys) == 1.0
    assert w[1] / w[2] == pytest.approx(-2 / 3, abs=0.1)  # the boundary's direction is recovered


def test_calibration_reads_mrpc_lines(tmp_path: Path) -> None:
    path = tmp_path / "pairs.txt"
    lines = ["\ufeff1\t1\t2\tA man sat.\tA man was sitting.", "0\t3\t4\tIt rained.\tIt snowed.", "bad line"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = [(True, "A man sat.", "A man was sitting."), (False, "It rained.", "It snowed.")]
    assert _calibrate().read_mrpc(path) == expected

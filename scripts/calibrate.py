#!/usr/bin/env python3
"""Fit and check the aligner's numbers in the open: the statement model on MRPC, the thresholds on the dev gold.

Usage (from the repository root, with ../shared beside it, or named by $CROSSCHECK_SHARED, and crosscheck
installed in .venv):

    python scripts/calibrate.py mrpc [--judge 0.1,0.3,0.5]
    python scripts/calibrate.py gold statement_match=0.08,0.1,0.12 statement_related=0.15,0.2

``mrpc`` fits the weights of the statement model (``crosscheck.similarity``) by L2-regularised logistic
regression on MRPC train (../shared/data/mrpc: news sentence pairs labelled equivalent or not; research-use
licence, read in place and never copied into the repository). It prints the weights as the TOML table to paste
into ``rules/default.toml``, the model's accuracy on its training data and by 5-fold cross-validation, and, for
each ``--judge`` threshold, crosscheck as a paraphrase judge: each pair compared as two one-sentence articles,
equivalent when there is an agreement finding and no hard discrepancy (and, stricter, no discrepancy).

``gold`` runs ``../shared/eval/score_pairs.py`` on every gold file for each point of a grid over the
``[alignment]`` values, each point a one-file rule pack passed with ``crosscheck compare --rules``.
"""

from __future__ import annotations

import itertools
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import attrs

from crosscheck import compare_texts, load_pack
from crosscheck.model import Severity, Verdict
from crosscheck.rules import RulePack
from crosscheck.similarity import FEATURES, StatementModel, features, profile

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the repository; CROSSCHECK_SHARED names another place (a git worktree sits elsewhere)
SHARED = Path(os.environ.get("CROSSCHECK_SHARED", ROOT.parent / "shared"))
MRPC = SHARED / "data" / "mrpc" / "msr_paraphrase_train.txt"
L2 = 0.1  # penalty on the weights (not the bias); the fit barely moves between 0.01 and 1
FOLDS = 5


def main(argv: list[str]) -> int:
    if argv[:1] == ["mrpc"]:
        judge = [0.1, 0.3, 0.5]
        if argv[1:2] == ["--judge"] and len(argv) == 3:
            judge = [float(v) for v in argv[2].split(",")]
        elif len(argv) != 1:
            return _usage()
        return mrpc(judge)
    if argv[:1] == ["gold"] and len(argv) > 1 and all("=" in a for a in argv[1:]):
        return gold(argv[1:])
    return _usage()


def _usage() -> int:
    print(__doc__, file=sys.stderr)
    return 2


def read_mrpc(path: Path) -> list[tuple[bool, str, str]]:
    """(equivalent, sentence 1, sentence 2) for each line of the MRPC file: label, id1, id2, sentence1, sentence2."""
    rows = []
    with path.open(encoding="utf-8-sig") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 5 and cols[0] in ("0", "1"):
                rows.append((cols[0] == "1", cols[3], cols[4]))
    return rows


def fit(xs: Sequence[Sequence[float]], ys: Sequence[bool], l2: float = L2, steps: int = 25) -> list[float]:
    """Logistic regression by Newton's method: [bias, weight per feature], the weights penalised by ``l2``."""
    k = len(xs[0]) + 1
    w = [0.0] * k
    for _ in range(steps):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in zip(xs, ys, strict=True):
            row = (1.0, *x)
            p = _sigmoid(sum(wi * xi for wi, xi in zip(w, row, strict=True)))
            for i in range(k):
                grad[i] += (p - y) * row[i]
                for j in range(k):
                    hess[i][j] += p * (1 - p) * row[i] * row[j]
        for i in range(1, k):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a x = b by Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for j in range(c, n + 1):
                m[r][j] -= f * m[c][j]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][j] * x[j] for j in range(r + 1, n))) / m[r][r]
    return x


def accuracy(w: Sequence[float], xs: Sequence[Sequence[float]], ys: Sequence[bool]) -> float:
    def says(x: Sequence[float]) -> bool:
        return w[0] + sum(wi * xi for wi, xi in zip(w[1:], x, strict=True)) >= 0

    return sum(says(x) == y for x, y in zip(xs, ys, strict=True)) / len(ys)


def judge_accuracy(pack: RulePack, rows: Sequence[tuple[bool, str, str]]) -> tuple[float, float]:
    """crosscheck as a paraphrase judge, each pair compared as two one-sentence articles: equivalent = an agreement
    finding with evidence in both and no hard discrepancy (the definition issue 15 measures by: MRPC's
    "equivalent" tolerates rewording and qualifiers, which crosscheck rightly reports as soft); and, stricter, an
    agreement and no discrepancy at all. Returns the two accuracies."""
    right = strict = 0
    for label, s1, s2 in rows:
        findings = compare_texts([s1, s2], pack).findings
        agree = any(f.verdict is Verdict.AGREEMENT and len({e.source for e in f.evidence}) > 1 for f in findings)
        discrepancies = [f for f in findings if f.verdict is Verdict.DISCREPANCY]
        right += (agree and not any(f.severity is Severity.HARD for f in discrepancies)) == label
        strict += (agree and not discrepancies) == label
    return right / len(rows), strict / len(rows)


def mrpc(judge: Sequence[float]) -> int:
    if not MRPC.is_file():
        print(f"MRPC train not found at {MRPC}; put ../shared beside the repository", file=sys.stderr)
        return 2
    rows = read_mrpc(MRPC)
    xs = [features(profile(s1), profile(s2)) for _, s1, s2 in rows]
    ys = [label for label, _, _ in rows]
    w = fit(xs, ys)
    folds = []
    for k in range(FOLDS):
        train = [i for i in range(len(rows)) if i % FOLDS != k]
        test = [i for i in range(len(rows)) if i % FOLDS == k]
        wk = fit([xs[i] for i in train], [ys[i] for i in train])
        folds.append(accuracy(wk, [xs[i] for i in test], [ys[i] for i in test]))
    print(f"MRPC train: {len(rows)} pairs, {sum(ys) / len(ys):.3f} equivalent (the majority-class accuracy)")
    print(f"statement model alone: accuracy {accuracy(w, xs, ys):.3f} on the training data, "
          f"{sum(folds) / FOLDS:.3f} by {FOLDS}-fold cross-validation (P >= 0.5)")  # fmt: skip
    print("\n[alignment.statement_model]")
    for name, value in zip(("bias", *FEATURES), w, strict=True):
        print(f"{name} = {value:.4f}")
    model = StatementModel(**dict(zip(("bias", *FEATURES), w, strict=True)))
    base = load_pack()
    print()
    for threshold in judge:
        alignment = attrs.evolve(base.alignment, statement_model=model, statement_alone=threshold)
        score, strict = judge_accuracy(attrs.evolve(base, alignment=alignment), rows)
        print(f"paraphrase judge at statement_alone={threshold}: accuracy {score:.3f} (no hard discrepancy), "
              f"{strict:.3f} (no discrepancy)")  # fmt: skip
    return 0


def gold(argv: list[str]) -> int:
    names = [a.split("=", 1)[0] for a in argv]
    values = [[float(v) for v in a.split("=", 1)[1].split(",")] for a in argv]
    gold_files = sorted(str(p) for p in (SHARED / "data" / "gold").glob("*.json"))
    if not gold_files:
        print(f"no gold files under {SHARED / 'data' / 'gold'}", file=sys.stderr)
        return 2
    exe = ROOT / ".venv" / "bin" / "crosscheck"
    for point in itertools.product(*values):
        with tempfile.TemporaryDirectory() as pack:
            body = "\n".join(f"{n} = {v}" for n, v in zip(names, point, strict=True))
            (Path(pack) / "calibration.toml").write_text(f"[alignment]\n{body}\n", encoding="utf-8")
            cmd = f"{exe} compare {{a}} {{b}} --json --fail-on none --isolated --rules {pack}"
            out = subprocess.run(
                [sys.executable, str(SHARED / "eval" / "score_pairs.py"), "--quiet", "--root", str(SHARED / "data"),
                 "--cmd", cmd, *gold_files],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            label = " ".join(f"{n}={v}" for n, v in zip(names, point, strict=True))
            print(f"{label}  {out.stdout.strip() or out.stderr.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

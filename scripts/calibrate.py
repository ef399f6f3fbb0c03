#!/usr/bin/env python3
"""Score the aligner's thresholds on the dev gold: one scorer run per point of a grid.

Usage (from the repository root, with ../shared beside it and crosscheck installed in .venv):

    python scripts/calibrate.py statement_match=0.32,0.37,0.42 fact_other_value=0.25,0.3

Each point writes a one-file rule pack that overrides the ``[alignment]`` table and runs
``../shared/eval/score_pairs.py`` with ``crosscheck compare --rules <that pack>``. The chosen values go into
``rules/default.toml`` with a comment saying how they were obtained.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main(argv: list[str]) -> int:
    if not argv or any("=" not in a for a in argv):
        print(__doc__, file=sys.stderr)
        return 2
    names = [a.split("=", 1)[0] for a in argv]
    values = [[float(v) for v in a.split("=", 1)[1].split(",")] for a in argv]
    gold = sorted(str(p) for p in (SHARED / "data" / "gold").glob("*.json"))
    if not gold:
        print(f"no gold files under {SHARED / 'data' / 'gold'}", file=sys.stderr)
        return 2
    exe = ROOT / ".venv" / "bin" / "crosscheck"
    for point in itertools.product(*values):
        with tempfile.TemporaryDirectory() as pack:
            body = "\n".join(f"{n} = {v}" for n, v in zip(names, point, strict=True))
            (Path(pack) / "calibration.toml").write_text(f"[alignment]\n{body}\n", encoding="utf-8")
            cmd = f"{exe} compare {{a}} {{b}} --json --fail-on none --rules {pack}"
            out = subprocess.run(
                [sys.executable, str(SHARED / "eval" / "score_pairs.py"), "--quiet", "--root", str(SHARED / "data"),
                 "--cmd", cmd, *gold],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            label = " ".join(f"{n}={v}" for n, v in zip(names, point, strict=True))
            print(f"{label}  {out.stdout.strip() or out.stderr.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

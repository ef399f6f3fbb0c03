#!/usr/bin/env python3
"""Where copies end and independent reports begin: the distribution of shingle containment on a corpus.

Usage (from the repository root, with crosscheck installed in .venv):

    .venv/bin/python scripts/eval_copies.py ../shared/data/ecbplus

For every pair of articles that share a shingle (found through an inverted index, so not all pairs), the larger
of its two containments (the share of one article's shingles, ``[copies] shingle`` words each, found in the
other's) is binned by 0.025, separately for pairs in one event folder and pairs across folders.
Copies of one wire story sit at the top; rewrites of it by several outlets lower down; independent reports of
one event and reports of different events near 0. The threshold (``[copies] containment``) belongs in the
valley between the rewrites and the copies. Texts of fewer than ``min_shingles`` shingles are left out, as
crosscheck leaves them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

from crosscheck.copies import shingles
from crosscheck.rules import load_pack

BIN = 0.025


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of event folders of .txt articles")
    args = parser.parse_args(argv)
    config = load_pack().copies
    files = sorted(p for f in args.corpus.iterdir() if f.is_dir() for p in f.glob("*.txt"))
    sets = {f: shingles(f.read_text(encoding="utf-8"), config.shingle) for f in files}
    sets = {f: s for f, s in sets.items() if len(s) >= config.min_shingles}
    index: defaultdict[int, list[Path]] = defaultdict(list)
    for f, s in sets.items():
        for h in s:
            index[h].append(f)
    shared: Counter[tuple[Path, Path]] = Counter()
    for holders in index.values():
        for a, b in combinations(holders, 2):
            shared[a, b] += 1
    within: Counter[int] = Counter()
    across: Counter[int] = Counter()
    above = {"within": 0, "across": 0}
    for (a, b), n in shared.items():
        share = max(n / len(sets[a]), n / len(sets[b]))
        where = "within" if a.parent == b.parent else "across"
        (within if where == "within" else across)[min(int(share / BIN), int(1 / BIN) - 1)] += 1
        above[where] += share >= config.containment
    folders: defaultdict[Path, int] = defaultdict(int)
    for f in sets:
        folders[f.parent] += 1
    pairs_within = sum(n * (n - 1) // 2 for n in folders.values())
    print(f"articles={len(sets)} pairs_in_one_folder={pairs_within} sharing_a_shingle={sum(within.values())}")
    print("containment  in-one-folder  across-folders")
    for k in range(int(1 / BIN)):
        print(f"{k * BIN:.3f}        {within[k]:5d}          {across[k]:5d}")
    print(f"at or above containment={config.containment}: {above['within']} in one folder, {above['across']} across")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""How well ``crosscheck stories`` finds the events of a corpus: the adjusted Rand index against the folders.

Usage (from the repository root, with crosscheck installed in .venv):

    .venv/bin/python scripts/eval_stories.py ../shared/data/ecbplus
    .venv/bin/python scripts/eval_stories.py ../shared/data/ecbplus --rules my-pack/   # another [stories] table

The corpus is a folder of event folders (ECB+: 86 folders, 982 articles; ``NNa`` and ``NNb`` are two events of
one kind, different events). The command is run once on every event folder, as a user runs it on a feed,
and timed; each article's story is compared with its folder by the adjusted Rand index (Hubert & Arabie
1985) computed from the contingency table, with no other dependency. It also prints the stories that join
articles of several folders and the folders split over several stories, the errors to read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path


def pairs(n: int) -> float:
    return n * (n - 1) / 2


def adjusted_rand_index(truth: Sequence[str], found: Sequence[str]) -> float:
    """The adjusted Rand index of two labellings of the same items (1: identical; about 0: chance)."""
    if len(truth) != len(found):
        raise ValueError("the two labellings must label the same items")
    together = sum(pairs(n) for n in Counter(zip(truth, found, strict=True)).values())
    rows = sum(pairs(n) for n in Counter(truth).values())
    columns = sum(pairs(n) for n in Counter(found).values())
    total = pairs(len(truth))
    if total == 0:
        return 1.0
    expected = rows * columns / total
    best = (rows + columns) / 2
    return 1.0 if best == expected else (together - expected) / (best - expected)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of event folders of .txt articles")
    parser.add_argument("--rules", action="append", default=[], help="an extra rule pack folder (repeatable)")
    parser.add_argument("--crosscheck", default=str(Path(sys.executable).parent / "crosscheck"))
    parser.add_argument("--errors", action="store_true", help="list the merged and split events")
    args = parser.parse_args(argv)
    folders = sorted(p for p in args.corpus.iterdir() if p.is_dir())
    command = [args.crosscheck, "stories", *map(str, folders), "--json", "--isolated"]
    for r in args.rules:
        command += ["--rules", r]
    start = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if run.returncode != 0:
        print(run.stderr, file=sys.stderr)
        return 2
    story = {}
    for s in json.loads(run.stdout)["stories"]:
        for path in s["articles"]:
            story[str(Path(path).resolve())] = s["id"]
    articles = sorted(str(p.resolve()) for f in folders for p in f.glob("*.txt"))
    truth = [Path(a).parent.name for a in articles]
    found = [story[a] for a in articles]
    ari = adjusted_rand_index(truth, found)
    print(
        f"articles={len(articles)} events={len(set(truth))} stories={len(set(found))} "
        f"ari={ari:.4f} seconds={seconds:.1f}"
    )
    if args.errors:
        by_story: defaultdict[str, Counter[str]] = defaultdict(Counter)
        by_event: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for t, f in zip(truth, found, strict=True):
            by_story[f][t] += 1
            by_event[t][f] += 1
        for s, events in sorted(by_story.items()):
            if len(events) > 1:
                print(f"joined  {s}: {dict(events)}")
        for e, stories in sorted(by_event.items()):
            if len(stories) > 1:
                print(f"split   {e}: {sorted(stories.values(), reverse=True)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

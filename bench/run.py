"""crosscheck's benchmarks: one command, one table, each row against its target.

    .venv/bin/python bench/run.py [--runs 7] [--data ../shared/data/ecbplus] [--markdown]

Rows (medians of ``--runs`` runs unless said):

* references, measured in the same run: a bare ``python -c "import click, rich"`` start, and a bare rapidfuzz
  ``process.cdist`` (token_set_ratio) over the long pair's sentences;
* the CLI cold start on the seeds (``crosscheck compare seeds/... --json``, a new process each run), and the same
  with the terminal report (no target: ``--json`` is the row scripts and CI pay). The first round is discarded, and
  every run has the environment without ``PYTHONDONTWRITEBYTECODE`` (which some sandboxes and CI images set), so
  the bytecode is cached as for any installed package (pip writes it at install time; an editable install writes it
  on first use). With that variable set and an editable install, every start would also compile crosscheck's
  source, about 45 ms more; the row says so when the bytecode could not be cached;
* the seeds compared in-process (pack loaded and articles read once, first run discarded);
* extraction throughput in characters per second over the ECB+ articles (every article once);
* a long pair: two articles of about 10,000 words each, built from real ECB+ text (below), compared in-process;
  and its peak memory (peak resident set size of a fresh process that reads, compares and exits);
* clusters of 10, 20, 50, 100 and 200 ECB+ articles compared N-way, with their claims, to show how time grows
  (targets: 200 articles under 6 s, and their time per claim within 1.5x of 50 articles).
* `crosscheck stories` over the 982 ECB+ articles of the event folders, in a new process (target: 2 minutes).

The ECB+ articles (Cybulska & Vossen 2014, CC BY 3.0) are read in place from ``--data`` (default
``../shared/data/ecbplus`` beside the repository); without it the ECB+ rows are skipped with a note, and the
throughput row falls back to the repository's own texts (seeds and tests/data).

Why a script and not pytest-benchmark: half the rows time new processes (cold start, peak memory), the table
compares rows with each other (CLI vs bare import, aligner vs bare cdist), and it needs no new dependency.
Benchmarks are never tests: nothing here asserts, it reports pass or miss.

The long pair: the event folders (one real-world event each) in order of their total words, largest first; each
folder's articles alternate between side A and side B, until each side has 10,000 words. Both sides then tell
the same events in different outlets' words, as a long pair should. Clusters: the first 10, 20, 50, 100 and 200
articles of the event folders in name order (whole events, so the N-way compare has real matches).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from attrs import frozen

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("[0-9]*_*.txt"))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ecbplus"
LONG_WORDS = 10_000
CLUSTER_SIZES = (10, 20, 50, 100, 200)
GROWTH = (50, 200)  # time per claim at the second within 1.5x of the first


@frozen
class Row:
    name: str
    result: str
    target: str = ""
    verdict: str = ""  # "pass", "miss" or "" (a reference, or not measured)


def median_time(fn: Callable[[], object], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def verdict(ok: bool) -> str:
    return "pass" if ok else "miss"


def crosscheck_command() -> list[str]:
    """How a user starts crosscheck: the console script beside this Python, else ``python -m crosscheck``."""
    script = Path(sys.executable).parent / "crosscheck"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "crosscheck"]


def bytecode_cached() -> bool:
    """Whether crosscheck's modules have cached bytecode beside them (the cold-start rows assume so)."""
    import crosscheck.cli

    source = Path(crosscheck.cli.__file__)
    return source.suffix != ".py" or Path(importlib.util.cache_from_source(str(source))).is_file()


def cold_starts(runs: int) -> list[Row]:
    """Bare ``import click, rich`` and the CLI on the seeds (JSON, then the terminal report), interleaved so all see
    the same machine load."""
    bare_cmd = [sys.executable, "-c", "import click, rich"]
    json_cmd = [*crosscheck_command(), "compare", *map(str, SEEDS), "--json", "--isolated"]
    terminal_cmd = [*crosscheck_command(), "compare", *map(str, SEEDS), "--isolated"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as a user's shell has it
    times: dict[int, list[float]] = {0: [], 1: [], 2: []}
    for i in range(runs + 1):
        for n, cmd in enumerate((bare_cmd, json_cmd, terminal_cmd)):
            start = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, check=False, env=env)
            elapsed = time.perf_counter() - start
            if done.returncode not in (0, 1):
                raise SystemExit(f"bench: {' '.join(cmd)} failed: {done.stderr.decode()[-500:]}")
            if i:  # the first round warms the file cache and writes the bytecode
                times[n].append(elapsed)
    b, c, t = (statistics.median(times[n]) for n in range(3))
    note = "" if bytecode_cached() else ", bytecode not cached: includes compiling the source"
    return [
        Row("reference: python -c 'import click, rich'", ms(b)),
        Row(
            "CLI cold start: compare seeds --json",
            f"{ms(c)} ({c / b:.1f}x bare{note})",
            "< 2x bare import",
            verdict(c < 2 * b),
        ),
        Row("CLI cold start: compare seeds, terminal report", f"{ms(t)} ({t / b:.1f}x bare{note})"),
    ]


def seeds_in_process(runs: int) -> Row:
    from crosscheck import compare, load_pack, read_article

    pack = load_pack()
    articles = [read_article(p, i) for p, i in zip(SEEDS, "AB", strict=True)]
    t = median_time(lambda: compare(articles, pack), runs)
    return Row("seeds compared in-process", ms(t), "< 50 ms", verdict(t < 0.05))


def throughput(paths: Sequence[Path], label: str) -> Row:
    from crosscheck import extract, load_pack, read_article

    aliases = load_pack().aliases
    articles = [read_article(p, "A") for p in paths]
    extract(articles[0], aliases)  # warm-up
    chars = sum(len(a.text) for a in articles)
    start = time.perf_counter()
    for a in articles:
        extract(a, aliases)
    elapsed = time.perf_counter() - start
    return Row(f"extraction throughput ({label})", f"{chars / elapsed:,.0f} chars/s ({len(articles)} articles)")


def event_folders(data: Path) -> list[Path]:
    return sorted(p for p in data.iterdir() if p.is_dir() and any(p.glob("*.txt")))


def _words(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


def long_pair_texts(data: Path) -> tuple[str, str]:
    sides: tuple[list[str], list[str]] = ([], [])
    words = [0, 0]
    folders = sorted(event_folders(data), key=lambda f: (-sum(_words(p) for p in f.glob("*.txt")), f.name))
    for folder in folders:
        for i, path in enumerate(sorted(folder.glob("*.txt"))):
            side = i % 2
            if words[side] < LONG_WORDS:
                text = path.read_text(encoding="utf-8").strip()
                sides[side].append(text)
                words[side] += len(text.split())
        if min(words) >= LONG_WORDS:
            break
    return "\n\n".join(sides[0]) + "\n", "\n\n".join(sides[1]) + "\n"


def long_pair(data: Path, runs: int, folder: Path) -> list[Row]:
    from rapidfuzz import fuzz, process

    from crosscheck import article_from_text, compare, load_pack
    from crosscheck.sentences import split_sentences

    pack = load_pack()
    a_text, b_text = long_pair_texts(data)
    paths = [folder / "long_a.txt", folder / "long_b.txt"]
    for path, text in zip(paths, (a_text, b_text), strict=True):
        path.write_text(text, encoding="utf-8")
    articles = [article_from_text(x, i, str(p)) for x, i, p in zip((a_text, b_text), "AB", paths, strict=True)]
    t = median_time(lambda: compare(articles, pack), max(3, runs // 2))
    report = compare(articles, pack)
    a_sents = [s.text for s in split_sentences(a_text)]
    b_sents = [s.text for s in split_sentences(b_text)]
    try:
        importlib.import_module("numpy")  # process.cdist returns a numpy matrix

        def bare() -> object:
            return process.cdist(a_sents, b_sents, scorer=fuzz.token_set_ratio, workers=1)

        how = "cdist"
    except ImportError:  # the same all-pairs scoring, a row at a time

        def bare() -> object:
            return [process.extract(a, b_sents, scorer=fuzz.token_set_ratio, limit=None) for a in a_sents]

        how = "extract per row (cdist needs numpy)"
    cd = median_time(bare, runs)
    size = f"{len(a_text.split()):,} + {len(b_text.split()):,} words, {len(a_sents)} x {len(b_sents)} sentences"
    peak, base = peak_memory(paths)
    return [
        Row(f"long pair ({size}; {len(report.claims):,} claims)", ms(t), "< 1 s", verdict(t < 1)),
        Row(f"reference: rapidfuzz {how}, token_set_ratio, same sentences", ms(cd)),
        Row(
            "long pair peak memory (peak RSS of a fresh process)",
            f"{peak:,.0f} MB (imports alone {base:,.0f} MB)",
            "< 300 MB",
            verdict(peak < 300),
        ),
    ]


_PEAK = """
import resource, sys
from pathlib import Path
from crosscheck import compare, load_pack, read_article
if sys.argv[1:]:
    compare([read_article(p, i) for p, i in zip(sys.argv[1:], "AB")], load_pack())
status = Path("/proc/self/status")
lines = status.read_text().splitlines() if status.exists() else []
hwm = [line.split()[1] for line in lines if line.startswith("VmHWM:")]
print(hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory(paths: Sequence[Path]) -> tuple[float, float]:
    """Peak resident memory in MB of a process that compares ``paths``, and of one that only imports: VmHWM
    where there is /proc (ru_maxrss survives exec on Linux, so it would report this bench's own size), else
    ru_maxrss (KB on Linux)."""

    def run(args: Sequence[str]) -> float:
        out = subprocess.run([sys.executable, "-c", _PEAK, *args], capture_output=True, text=True, check=True)
        return int(out.stdout.split()[-1]) / 1024

    return run([str(p) for p in paths]), run([])


def clusters(data: Path) -> list[Row]:
    from crosscheck import CrosscheckError, compare, extract, load_pack, read_article, source_id

    pack = load_pack()
    paths = [p for f in event_folders(data) for p in sorted(f.glob("*.txt"))]
    rows: list[Row] = []
    per_claim: dict[int, float] = {}
    for n in CLUSTER_SIZES:
        chosen = paths[:n]
        claims = sum(len(extract(read_article(p, "A"), pack.aliases).claims) for p in chosen)
        label = f"N-way cluster of {n} articles ({claims:,} claims)"
        target = "< 6 s" if n == max(CLUSTER_SIZES) else ""
        articles = [read_article(p, source_id(i)) for i, p in enumerate(chosen)]
        try:
            start = time.perf_counter()
            compare(articles, pack)
            t = time.perf_counter() - start
        except CrosscheckError as e:
            rows.append(Row(label, f"n/a: {e}", target))
            continue
        per_claim[n] = t / claims
        rows.append(
            Row(label, f"{ms(t)} ({t / claims * 1e6:,.0f} µs per claim)", target, verdict(t < 6) if target else "")
        )
    small, large = GROWTH
    if small in per_claim and large in per_claim:
        growth = per_claim[large] / per_claim[small]
        rows.append(
            Row(
                f"N-way: time per claim, {large} / {small} articles",
                f"{growth:.2f}x",
                "<= 1.5x (near-linear)",
                verdict(growth <= 1.5),
            )
        )
    return rows


def stories(data: Path) -> Row:
    """`crosscheck stories` on every ECB+ event folder, as a user runs it (a new process, reading the files)."""
    folders = [str(f) for f in event_folders(data)]
    start = time.perf_counter()
    subprocess.run(
        [*crosscheck_command(), "stories", *folders, "--json", "--isolated"], capture_output=True, check=True
    )
    t = time.perf_counter() - start
    articles = sum(len(list(Path(f).glob("*.txt"))) for f in folders)
    return Row(f"stories: {articles} ECB+ articles grouped", ms(t), "< 120 s", verdict(t < 120))


def fallback_corpus() -> list[Path]:
    return [*SEEDS, *sorted((ROOT / "tests" / "data").rglob("*.txt"))]


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"load average {load:.2f} at start"
    )


def table(rows: Sequence[Row], markdown: bool) -> str:
    header = ("benchmark", "median", "target", "")
    cells = [header, *((r.name, r.result, r.target, r.verdict) for r in rows)]
    if markdown:
        out = ["| " + " | ".join(header) + " |", "| --- | --- | --- | --- |"]
        out += ["| " + " | ".join(c) + " |" for c in cells[1:]]
        return "\n".join(out)
    widths = [max(len(c[i]) for c in cells) for i in range(4)]
    return "\n".join("  ".join(c[i].ljust(widths[i]) for i in range(4)).rstrip() for c in cells)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per timed row (the median is reported)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the ECB+ folder of event folders")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (for docs/speed.md)")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}", flush=True)
    rows = cold_starts(args.runs)
    rows.append(seeds_in_process(args.runs))
    have_data = args.data.is_dir() and bool(event_folders(args.data))
    if have_data:
        rows.append(throughput([p for f in event_folders(args.data) for p in sorted(f.glob("*.txt"))], "ECB+"))
        work = Path(tempfile.mkdtemp(prefix="crosscheck-bench-"))
        try:
            rows += long_pair(args.data, args.runs, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        rows += clusters(args.data)
        rows.append(stories(args.data))
    else:
        rows.append(throughput(fallback_corpus(), "seeds and tests/data"))
        rows.append(Row("ECB+ rows (long pair, clusters)", f"skipped: no ECB+ folder at {args.data}"))
    print(table(rows, args.markdown))
    misses = [r.name for r in rows if r.verdict == "miss"]
    print(f"{len(misses)} target(s) missed" + (f": {'; '.join(misses)}" if misses else ""))
    print("note: timings are noisy when other work shares the machine; compare rows of one run, not across runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Batch runs: many comparisons (pairs or clusters of articles), on local processes or a Dask cluster.

A batch is a list of :class:`Job` (an id and the paths of its articles), read from a JSON Lines file
(``{"id": "...", "articles": ["a.txt", "b.txt", ...]}`` per line, paths relative to the file) or from a folder
of cluster folders (each subfolder one job: its name the id, its ``*.txt`` files in name order the articles).

:func:`run_batch` runs the jobs and writes one JSON Lines result per job as it finishes, flushed line by line::

    {"id": "...", "status": "ok", "report": <the `crosscheck compare --json` document>}
    {"id": "...", "status": "error", "error": "<one-line message>"}

The jobs can also be a ``crosscheck stories --json`` document (``{"stories": [{"id", "articles"}, ...]}``, paths
relative to the file; a story of one article is no job: there is nothing to compare it with), or stories found
here (:func:`story_jobs`).

A job that cannot be done (a missing or empty article, too many articles) records its error and the batch goes
on. :func:`finished` reads an earlier, interrupted run's output so that a rerun skips the ids it already has; a
last line cut short by a crash is dropped (the job runs again).

Where the work runs:

* ``workers=1``: in this process, one job after the other.
* ``workers=N``: ``N`` local processes (:class:`concurrent.futures.ProcessPoolExecutor`).
* ``scheduler=ADDRESS``: a ``dask.distributed`` cluster (the optional extra ``dask``: ``pip install '.[dask]'``).

Articles are read here, in the submitting process, and sent to the workers with the rule pack, so workers need
crosscheck installed but no access to the article files. The rule pack goes with every local task (pickling and
unpickling the default pack measured 0.8 ms, against about 30 ms for comparing two short articles), and is
scattered once to every Dask worker. There is no global state: the pack and the failing level are arguments.
At most a few jobs per worker are in flight at a time, so memory stays flat however long the batch.
"""

from __future__ import annotations

import importlib
import json
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import IO, Any

from attrs import evolve, frozen

from crosscheck.errors import CrosscheckError, Interrupted, UsageError
from crosscheck.model import Article, Report, source_id
from crosscheck.read import check_distinct, read_article
from crosscheck.records import Repr
from crosscheck.report import compare, failing, summary, to_json
from crosscheck.rules import RulePack
from crosscheck.stories import Story, from_json

IN_FLIGHT_PER_WORKER = 4


@frozen(repr=False)
class Job(Repr):
    """One comparison: its id (unique in the batch) and its articles' paths, in order (ids A, B, ...)."""

    id: str
    articles: tuple[Path, ...]


@frozen(repr=False)
class Outcome(Repr):
    """A finished job: its result line (JSON, no newline; empty for a job read back from an earlier run's
    output), whether it errored, whether it reached the failing level, its findings (hard, soft and
    single-source discrepancies) and, when asked for, its report rendered as a page (``--index``)."""

    id: str
    line: str
    error: str | None = None
    fails: bool = False
    counts: tuple[int, int, int] = (0, 0, 0)  # hard, soft, single-source
    page: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@frozen(repr=False)
class Summary(Repr):
    """What a batch run did: jobs run now, skipped (already in the output), errored, and at the failing level.
    ``errors`` and ``failing`` count the skipped jobs' recorded results too."""

    total: int
    run: int
    skipped: int
    errors: int
    failing: int
    first_error: str | None = None
    counts: tuple[int, int, int] = (0, 0, 0)  # findings of every job: hard, soft, single-source
    outcomes: tuple[Outcome, ...] = ()  # every job's outcome in job order, lines dropped (for the index page)


# Reading the jobs --------------------------------------------------------------------------------------------


def read_jobs(source: Path) -> list[Job]:
    """The jobs in ``source``: a JSON Lines file or a folder of cluster folders. Raises :class:`UsageError`
    naming the file and line for anything malformed (a bad line, a missing id, an id given twice)."""
    if not source.exists():
        raise UsageError(f"{source}: no such jobs file or folder; check the path")
    jobs = _folder_jobs(source) if source.is_dir() else _file_jobs(source)
    seen: set[str] = set()
    for job in jobs:
        if job.id in seen:
            raise UsageError(f"{source}: job id {job.id!r} is given twice; give every job its own id")
        seen.add(job.id)
    return jobs


def _folder_jobs(folder: Path) -> list[Job]:
    clusters = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not clusters:
        raise UsageError(
            f"{folder}: has no cluster folders; give a folder with one subfolder of *.txt articles per job, "
            "or a JSON Lines jobs file"
        )
    return [Job(id=c.name, articles=tuple(sorted(c.glob("*.txt")))) for c in clusters]


def _file_jobs(path: Path) -> list[Job]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"{path}: cannot be read as a UTF-8 jobs file ({e})") from None
    base = path.parent
    if text.lstrip().startswith("{"):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None
        if isinstance(whole, dict) and "stories" in whole:
            found = story_jobs(from_json(whole, str(path)), base)
            if not found:
                raise UsageError(f"{path}: has no story of two or more articles; there is nothing to compare")
            return found
    jobs: list[Job] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise UsageError(f"{where}: not valid JSON ({e.msg}); each line is one job, " + _JOB_EXAMPLE) from None
        if not isinstance(record, dict):
            raise UsageError(f"{where}: a job is a JSON object, " + _JOB_EXAMPLE)
        unknown = sorted(set(record) - {"id", "articles"})
        if unknown:
            raise UsageError(f"{where}: unknown key {unknown[0]!r}; a job has only id and articles, " + _JOB_EXAMPLE)
        job_id, articles = record.get("id"), record.get("articles")
        if not isinstance(job_id, str) or not job_id.strip():
            raise UsageError(f"{where}: the job needs an id, a non-empty string, " + _JOB_EXAMPLE)
        if not isinstance(articles, list) or not all(isinstance(a, str) and a for a in articles):
            raise UsageError(f"{where}: articles must be a list of file paths, " + _JOB_EXAMPLE)
        jobs.append(Job(id=job_id, articles=tuple(base / a for a in articles)))
    if not jobs:
        raise UsageError(f"{path}: has no jobs; give one JSON object per line, " + _JOB_EXAMPLE)
    return jobs


def story_jobs(stories: Sequence[Story], base: Path | None = None) -> list[Job]:
    """One job per story of two or more articles (a story of one has nothing to compare with); relative paths
    are read from ``base``."""
    root = base or Path()
    return [Job(id=s.id, articles=tuple(root / a for a in s.articles)) for s in stories if len(s.articles) > 1]


_JOB_EXAMPLE = 'e.g. {"id": "fire-1", "articles": ["a.txt", "b.txt"]} (paths relative to the jobs file)'


# Resuming ----------------------------------------------------------------------------------------------------


def finished(output: Path, fail_on: str) -> dict[str, Outcome]:
    """The results already in ``output`` (empty when it does not exist), by id, read a line at a time (each
    outcome keeps its id, error and counts, not its line). A last line without its newline (a crash mid-write) is
    cut off the file, so that job runs again, once every whole line has been read as a result. Any other
    unreadable line is a :class:`UsageError`: the file is not a crosscheck batch output, and is left as it was."""
    done: dict[str, Outcome] = {}
    try:
        fh = output.open("rb")
    except FileNotFoundError:
        return {}
    except OSError as e:
        raise UsageError(f"--output {output}: cannot be read ({e.strerror or e}); check the path") from None
    with fh:
        complete = 0  # bytes up to the end of the last whole line
        tail = b""
        for number, raw in enumerate(fh, start=1):
            if not raw.endswith(b"\n"):
                tail = raw
                break
            complete += len(raw)
            if not raw.strip():
                continue
            outcome = _result(raw.decode("utf-8", errors="replace"), fail_on)
            if outcome is None:
                raise UsageError(
                    f"--output {output}:{number}: not a batch result line; give a new output file or the one an "
                    "earlier crosscheck batch wrote"
                )
            done[outcome.id] = outcome
    if tail:
        # only now, with every whole line a result: a cut-off result line, never the tail of some other file
        if not tail.lstrip().startswith(b"{"):
            raise UsageError(
                f"--output {output}: its last line is not a batch result; give a new output file or the one an "
                "earlier crosscheck batch wrote"
            )
        with output.open("r+b") as cut:
            cut.truncate(complete)
    return done


def _result(raw: str, fail_on: str) -> Outcome | None:
    """The outcome recorded by one result line (its line dropped), ``None`` when it is not a result line."""
    try:
        record = json.loads(raw)
        job_id, status = record["id"], record["status"]
        if status == "error":
            return Outcome(id=job_id, line="", error=record["error"])
        document = record["report"]
        return Outcome(id=job_id, line="", fails=document_fails(document, fail_on), counts=document_counts(document))
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
        return None


def document_counts(document: dict[str, Any]) -> tuple[int, int, int]:
    """The hard, soft and single-source findings a ``--json`` document's summary counts."""
    found = document["summary"]
    single = sum(int(n) for n in found["single-source"].values())
    return int(found["discrepancy"]["hard"]), int(found["discrepancy"]["soft"]), single


def document_fails(document: dict[str, Any], fail_on: str) -> bool:
    """Whether a ``--json`` document has a finding at or above ``fail_on``: :func:`crosscheck.report.failing`
    read from the document's summary."""
    summary = document["summary"]
    hard: int = summary["discrepancy"]["hard"]
    soft: int = summary["discrepancy"]["soft"]
    single = sum(int(n) for n in summary["single-source"].values())
    levels = {
        "hard": hard > 0,
        "soft": hard + soft > 0,
        "single-source": hard + soft + single > 0,
        "none": False,
    }
    return levels[fail_on]


# Running -----------------------------------------------------------------------------------------------------


def load(job: Job) -> tuple[Article, ...]:
    """The job's articles, read, with ids A, B, ... Raises :class:`CrosscheckError` (one line)."""
    if len(job.articles) < 2:
        raise UsageError(f"{len(job.articles)} article(s); a job compares two or more")
    check_distinct(job.articles)
    return tuple(read_article(p, source_id(i)) for i, p in enumerate(job.articles))


def check(job_id: str, articles: Sequence[Article], pack: RulePack, fail_on: str, page: str | None = None) -> Outcome:
    """Compare one job's articles: its result line, and its report rendered in ``page`` (``markdown`` or
    ``html``) when given. Every error is recorded in the outcome, never raised: a bug in crosscheck on one job
    must not stop a batch of thousands."""
    try:
        report = compare(articles, pack)
        line = _line({"id": job_id, "status": "ok", "report": to_json(report)})
        rendered = _render(report, page) if page is not None else None
        return Outcome(id=job_id, line=line, fails=failing(report, fail_on), counts=_counts(report), page=rendered)
    except CrosscheckError as e:
        return error_outcome(job_id, str(e))
    except Exception as e:
        return error_outcome(job_id, f"internal error ({type(e).__name__}: {e}); this is a bug in crosscheck")


def _counts(report: Report) -> tuple[int, int, int]:
    return document_counts({"summary": summary(report)})


def _render(report: Report, fmt: str) -> str:
    from crosscheck.render import render

    return render(report, fmt, None)


def error_outcome(job_id: str, message: str) -> Outcome:
    message = " ".join(message.split())
    return Outcome(id=job_id, line=_line({"id": job_id, "status": "error", "error": message}), error=message)


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def run_batch(
    jobs: Sequence[Job],
    pack: RulePack,
    output: IO[str],
    *,
    fail_on: str,
    done: dict[str, Outcome] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    progress: Callable[[Outcome], None] | None = None,
    connect_timeout: float = 10.0,
    page: str | None = None,
) -> Summary:
    """Run the ``jobs`` not in ``done`` and write each result line to ``output`` as it finishes.

    ``workers``: local processes (1: in this process); ``scheduler``: a Dask scheduler's address instead.
    ``progress`` is called after each job written (with its rendered report in ``page`` format, ``markdown`` or
    ``html``, when asked for); ``connect_timeout``: seconds to reach the scheduler. Returns the
    :class:`Summary` of the whole batch, the jobs in ``done`` included. Ctrl-C raises :class:`Interrupted`
    after the lines written so far."""
    done = done or {}
    todo = [j for j in jobs if j.id not in done]
    kept = {j.id: done[j.id] for j in jobs if j.id in done}
    earlier = len(kept)
    if scheduler is not None:
        outcomes = _on_dask(todo, pack, fail_on, scheduler, connect_timeout, page=page)
    elif workers > 1:
        outcomes = _on_processes(todo, pack, fail_on, workers, page)
    else:
        outcomes = (_run_here(job, pack, fail_on, page) for job in todo)
    written = 0
    try:
        for outcome in outcomes:
            output.write(outcome.line + "\n")
            output.flush()
            written += 1
            kept[outcome.id] = evolve(outcome, line="", page=None)
            if progress is not None:
                progress(outcome)
    except KeyboardInterrupt:
        raise Interrupted(f"interrupted after {written} of {len(todo)} jobs") from None
    ordered = tuple(kept[j.id] for j in jobs if j.id in kept)
    errors = [f"job {o.id}: {o.error}" for o in ordered if o.error is not None]
    return Summary(
        total=len(jobs),
        run=len(todo),
        skipped=earlier,
        errors=len(errors),
        failing=sum(o.fails for o in ordered),
        first_error=errors[0] if errors else None,
        counts=(
            sum(o.counts[0] for o in ordered),
            sum(o.counts[1] for o in ordered),
            sum(o.counts[2] for o in ordered),
        ),
        outcomes=ordered,
    )


def _prepared(job: Job) -> tuple[Article, ...] | Outcome:
    """The job's articles, or its error outcome when they cannot be read."""
    try:
        return load(job)
    except CrosscheckError as e:
        return error_outcome(job.id, str(e))


def _run_here(job: Job, pack: RulePack, fail_on: str, page: str | None) -> Outcome:
    articles = _prepared(job)
    return articles if isinstance(articles, Outcome) else check(job.id, articles, pack, fail_on, page)


def _ignore_interrupt() -> None:
    """A worker's start: Ctrl-C reaches every process of the terminal's group; the batch's process handles it,
    and a worker finishes the job in hand and exits instead of printing a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _on_processes(
    jobs: Iterable[Job], pack: RulePack, fail_on: str, workers: int, page: str | None
) -> Iterator[Outcome]:
    pending: set[Future[Outcome]] = set()
    queue = iter(jobs)
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupt)
    try:
        while True:
            while len(pending) < workers * IN_FLIGHT_PER_WORKER:
                job = next(queue, None)
                if job is None:
                    break
                articles = _prepared(job)
                if isinstance(articles, Outcome):
                    yield articles
                else:
                    pending.add(pool.submit(check, job.id, articles, pack, fail_on, page))
            if not pending:
                break
            finished_now, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished_now:
                yield future.result()
    except BaseException:
        # Ctrl-C (or the consumer gone): the jobs not started are cancelled and the workers stopped now, not at
        # the end of a long job (the executor has no public way to stop them: its private list of processes)
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        raise
    pool.shutdown(wait=True)


def _on_dask(
    jobs: Iterable[Job], pack: RulePack, fail_on: str, address: str, timeout: float, *, page: str | None
) -> Iterator[Outcome]:
    try:
        # untyped: held as Any, its calls checked by tests/test_batch_dask.py
        dask: Any = importlib.import_module("distributed")
    except ImportError:
        raise UsageError(
            "--scheduler needs dask.distributed, which is not installed; "
            "pip install '.[dask]' in crosscheck's repository folder (docs/install.md)"
        ) from None
    try:
        client = dask.Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as e:
        raise UsageError(
            f"--scheduler {address}: cannot connect ({' '.join(str(e).split()) or type(e).__name__}); "
            "check the address (e.g. tcp://host:8786) and that dask-scheduler runs there"
        ) from None
    with client:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        [shared_pack] = client.scatter([pack], broadcast=True)
        running = dask.as_completed()
        queue = iter(jobs)
        in_flight = 0
        while True:
            while in_flight < n_workers * IN_FLIGHT_PER_WORKER:
                job = next(queue, None)
                if job is None:
                    break
                articles = _prepared(job)
                if isinstance(articles, Outcome):
                    yield articles
                else:
                    running.add(client.submit(check, job.id, articles, shared_pack, fail_on, page, pure=False))
                    in_flight += 1
            if in_flight == 0:
                return
            future = next(running)
            in_flight -= 1
            yield future.result()

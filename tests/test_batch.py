"""Batch mode: jobs files and folders, result lines, errors that do not stop the batch, resuming, exit codes."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from cli_support import HARD_A, HARD_B, SHARED, SINGLE_A, SOFT_A, SOFT_B, invoke

from crosscheck import compare_texts, load_pack, to_json
from crosscheck.batch import Job, document_fails, finished, read_jobs, run_batch
from crosscheck.config import FAIL_LEVELS
from crosscheck.errors import UsageError
from crosscheck.report import failing


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def jobs_file(folder: Path, jobs: list[dict[str, Any]]) -> Path:
    return write(folder / "jobs.jsonl", "".join(json.dumps(j) + "\n" for j in jobs))


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder of articles: two pairs (a hard and a soft discrepancy), one with no finding, an empty one."""
    for name, text in {
        "hard_a.txt": HARD_A,
        "hard_b.txt": HARD_B,
        "soft_a.txt": SOFT_A,
        "soft_b.txt": SOFT_B,
        "single_a.txt": SINGLE_A,
        "shared.txt": SHARED,
        "same.txt": SHARED,
        "empty.txt": "",
    }.items():
        write(tmp_path / "articles" / name, text)
    return tmp_path


def lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


# Reading jobs ------------------------------------------------------------------------------------------------


def test_jobs_file_paths_are_relative_to_the_file(articles: Path) -> None:
    path = jobs_file(articles, [{"id": "fire", "articles": ["articles/hard_a.txt", "articles/hard_b.txt"]}])
    [job] = read_jobs(path)
    assert job == Job(id="fire", articles=(articles / "articles/hard_a.txt", articles / "articles/hard_b.txt"))


def test_jobs_folder_one_job_per_subfolder_articles_in_name_order(tmp_path: Path) -> None:
    write(tmp_path / "b-cluster" / "2.txt", SHARED)
    write(tmp_path / "b-cluster" / "1.txt", SHARED)
    write(tmp_path / "b-cluster" / "notes.md", "not an article")
    write(tmp_path / "a-cluster" / "x.txt", SHARED)
    write(tmp_path / "loose.txt", SHARED)
    jobs = read_jobs(tmp_path)
    assert [j.id for j in jobs] == ["a-cluster", "b-cluster"]
    assert [p.name for p in jobs[1].articles] == ["1.txt", "2.txt"]


@pytest.mark.parametrize(
    ("content", "mention"),
    [
        ('{"id": "x", "articles": ["a.txt", "b.txt"]\n', "jobs.jsonl:1: not valid JSON"),
        ('\n["a.txt", "b.txt"]\n', "jobs.jsonl:2: a job is a JSON object"),
        ('{"articles": ["a.txt", "b.txt"]}\n', "jobs.jsonl:1: the job needs an id"),
        ('{"id": "x", "articles": "a.txt"}\n', "jobs.jsonl:1: articles must be a list"),
        ('{"id": "x", "articles": ["a.txt"], "date": "2010-05-05"}\n', "unknown key 'date'"),
        (
            '{"id": "x", "articles": ["a.txt", "b.txt"]}\n{"id": "x", "articles": ["c.txt", "d.txt"]}\n',
            "'x' is given twice",
        ),
        ("\n\n", "has no jobs"),
    ],
)
def test_a_malformed_jobs_file_names_the_line(tmp_path: Path, content: str, mention: str) -> None:
    path = write(tmp_path / "jobs.jsonl", content)
    with pytest.raises(UsageError, match=mention.replace("(", r"\(").replace("[", r"\[")):
        read_jobs(path)
    result = invoke("batch", path, "--isolated")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert mention in result.stderr
    assert result.stdout == ""


def test_missing_jobs_source_and_folder_without_clusters(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such jobs file or folder"):
        read_jobs(tmp_path / "nope.jsonl")
    write(tmp_path / "a.txt", SHARED)
    with pytest.raises(UsageError, match="has no cluster folders"):
        read_jobs(tmp_path)


# Running -----------------------------------------------------------------------------------------------------


def test_ok_result_is_the_compare_json_document(articles: Path) -> None:
    a, b = articles / "articles" / "hard_a.txt", articles / "articles" / "hard_b.txt"
    path = jobs_file(articles, [{"id": "fire", "articles": ["articles/hard_a.txt", "articles/hard_b.txt"]}])
    result = invoke("batch", path, "--isolated", "--fail-on", "none")
    assert result.exit_code == 0, result.stderr
    [line] = lines(result.stdout)
    assert set(line) == {"id", "status", "report"}
    assert (line["id"], line["status"]) == ("fire", "ok")
    single = invoke("compare", a, b, "--json", "--isolated", "--fail-on", "none")
    assert line["report"] == json.loads(single.stdout)
    assert line["report"]["summary"]["discrepancy"]["hard"] >= 1


def test_a_failing_job_records_its_error_and_the_batch_goes_on(articles: Path) -> None:
    jobs = [
        {"id": "missing", "articles": ["articles/hard_a.txt", "articles/nope.txt"]},
        {"id": "empty", "articles": ["articles/hard_a.txt", "articles/empty.txt"]},
        {"id": "one", "articles": ["articles/hard_a.txt"]},
        {"id": "twice", "articles": ["articles/hard_a.txt", "articles/../articles/hard_a.txt"]},
        {"id": "fine", "articles": ["articles/soft_a.txt", "articles/soft_b.txt"]},
    ]
    out = io.StringIO()
    summary = run_batch(read_jobs(jobs_file(articles, jobs)), load_pack(), out, fail_on="hard")
    results = {r["id"]: r for r in lines(out.getvalue())}
    assert [r["status"] for r in results.values()] == ["error"] * 4 + ["ok"]
    assert "nope.txt: no such file" in results["missing"]["error"]
    assert "empty.txt: is empty" in results["empty"]["error"]
    assert "two or more" in results["one"]["error"]
    assert "are the same file" in results["twice"]["error"]
    assert all(set(r) == {"id", "status", "error"} and "\n" not in r["error"] for r in list(results.values())[:4])
    assert (summary.total, summary.run, summary.errors, summary.failing) == (5, 5, 4, 0)
    assert summary.first_error is not None and summary.first_error.startswith("job missing: ")


def test_a_cluster_job_compares_all_its_articles(articles: Path) -> None:
    jobs = [{"id": "cluster", "articles": ["articles/hard_a.txt", "articles/hard_b.txt", "articles/single_a.txt"]}]
    out = io.StringIO()
    run_batch(read_jobs(jobs_file(articles, jobs)), load_pack(), out, fail_on="hard")
    [line] = lines(out.getvalue())
    assert line["status"] == "ok", line
    assert [s["id"] for s in line["report"]["sources"]] == ["A", "B", "C"]


def test_local_processes_give_the_same_lines_as_one_process(articles: Path) -> None:
    jobs = [
        {"id": "hard", "articles": ["articles/hard_a.txt", "articles/hard_b.txt"]},
        {"id": "soft", "articles": ["articles/soft_a.txt", "articles/soft_b.txt"]},
        {"id": "single", "articles": ["articles/single_a.txt", "articles/shared.txt"]},
        {"id": "broken", "articles": ["articles/hard_a.txt", "articles/empty.txt"]},
        {"id": "same", "articles": ["articles/shared.txt", "articles/same.txt"]},
    ]
    path = jobs_file(articles, jobs)
    one, two = io.StringIO(), io.StringIO()
    s1 = run_batch(read_jobs(path), load_pack(), one, fail_on="soft", workers=1)
    s2 = run_batch(read_jobs(path), load_pack(), two, fail_on="soft", workers=2)
    assert sorted(one.getvalue().splitlines()) == sorted(two.getvalue().splitlines())
    assert len(one.getvalue().splitlines()) == 5
    assert s1 == s2
    assert (s1.errors, s1.failing) == (1, 2)


def test_document_fails_agrees_with_failing_at_every_level() -> None:
    pack = load_pack()
    for a, b in [(HARD_A, HARD_B), (SOFT_A, SOFT_B), (SINGLE_A, SHARED), (SHARED, SHARED)]:
        report = compare_texts([a, b], pack)
        for level in FAIL_LEVELS:
            assert document_fails(to_json(report), level) == failing(report, level), (a, level)


# Resuming ----------------------------------------------------------------------------------------------------


def test_resume_skips_finished_ids_and_reruns_a_line_cut_short(articles: Path) -> None:
    jobs = [
        {"id": "hard", "articles": ["articles/hard_a.txt", "articles/hard_b.txt"]},
        {"id": "soft", "articles": ["articles/soft_a.txt", "articles/soft_b.txt"]},
        {"id": "single", "articles": ["articles/single_a.txt", "articles/shared.txt"]},
    ]
    path = jobs_file(articles, jobs)
    output = articles / "out.jsonl"
    assert invoke("batch", path, "--isolated", "--output", output).exit_code == 1
    complete = output.read_text(encoding="utf-8")
    by_id = {json.loads(line)["id"]: line for line in complete.splitlines()}
    # A crash after "hard" was written, in the middle of writing "soft":
    output.write_text(by_id["hard"] + "\n" + by_id["soft"][:40], encoding="utf-8")
    assert set(finished(output, "hard")) == {"hard"}
    assert output.read_text(encoding="utf-8") == by_id["hard"] + "\n"  # the cut line is dropped
    result = invoke("batch", path, "--isolated", "--output", output)
    assert result.exit_code == 1  # "hard" (skipped) still counts
    rerun = output.read_text(encoding="utf-8").splitlines()
    assert sorted(rerun) == sorted(complete.splitlines())
    assert rerun[0] == by_id["hard"]
    # Nothing left to do: nothing is appended, and the exit code still reflects the whole batch.
    again = invoke("batch", path, "--isolated", "--output", output)
    assert again.exit_code == 1
    assert output.read_text(encoding="utf-8").splitlines() == rerun


def test_resume_refuses_a_file_that_is_not_batch_output(articles: Path) -> None:
    path = jobs_file(articles, [{"id": "hard", "articles": ["articles/hard_a.txt", "articles/hard_b.txt"]}])
    output = write(articles / "notes.jsonl", "my notes\nmore notes\n")
    result = invoke("batch", path, "--isolated", "--output", output)
    assert result.exit_code == 2
    assert "notes.jsonl:1: not a batch result line" in result.stderr
    assert output.read_text(encoding="utf-8") == "my notes\nmore notes\n"


# Exit codes --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("hard", 1), ("soft", 1), ("none", 0)],
)
def test_exit_code_follows_fail_on_across_jobs(articles: Path, fail_on: str, code: int) -> None:
    path = jobs_file(
        articles,
        [
            {"id": "soft", "articles": ["articles/soft_a.txt", "articles/soft_b.txt"]},
            {"id": "quiet", "articles": ["articles/shared.txt", "articles/same.txt"]},
            {"id": "hard", "articles": ["articles/hard_a.txt", "articles/hard_b.txt"]},
        ],
    )
    result = invoke("batch", path, "--isolated", "--fail-on", fail_on, "--jobs", "2")
    assert result.exit_code == code, result.stderr
    # no progress bar when stderr is not a terminal: the closing line only
    assert result.stderr == (
        "crosscheck: batch: 3 jobs: 3 done, 0 failed · findings: 1 hard, 1 soft, 0 single-source · "
        "results on standard output\n"
    )


def test_soft_only_batch_passes_at_hard_and_fails_at_soft(articles: Path) -> None:
    path = jobs_file(articles, [{"id": "soft", "articles": ["articles/soft_a.txt", "articles/soft_b.txt"]}])
    assert invoke("batch", path, "--isolated").exit_code == 0
    assert invoke("batch", path, "--isolated", "--fail-on", "soft").exit_code == 1


def test_a_job_error_exits_2_after_the_whole_batch_with_one_line(articles: Path) -> None:
    path = jobs_file(
        articles,
        [
            {"id": "broken", "articles": ["articles/hard_a.txt", "articles/nope.txt"]},
            {"id": "hard", "articles": ["articles/hard_a.txt", "articles/hard_b.txt"]},
        ],
    )
    result = invoke("batch", path, "--isolated")
    assert result.exit_code == 2
    assert len(lines(result.stdout)) == 2  # the batch went on
    [line] = result.stderr.splitlines()
    assert line.startswith("crosscheck: error: 1 of 2 jobs errored (first: job broken: ")
    assert "nope.txt: no such file" in line


def test_jobs_and_scheduler_together_is_a_usage_error(articles: Path) -> None:
    path = jobs_file(articles, [{"id": "hard", "articles": ["articles/hard_a.txt", "articles/hard_b.txt"]}])
    result = invoke("batch", path, "--jobs", "2", "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == 2
    assert "--jobs and --scheduler" in result.stderr
    assert result.stdout == ""


def test_an_output_that_is_not_batch_output_is_left_as_it_was(tmp_path: Path) -> None:
    victim = write(tmp_path / "notes.txt", "first line\nno newline at the end")
    with pytest.raises(UsageError, match="not a batch result"):
        finished(victim, "hard")
    assert victim.read_text(encoding="utf-8") == "first line\nno newline at the end"
    tail_only = write(tmp_path / "draft.txt", "a draft with no newline")
    with pytest.raises(UsageError, match="last line is not a batch result"):
        finished(tail_only, "hard")
    assert tail_only.read_text(encoding="utf-8") == "a draft with no newline"


# As a user meets it: the closing line, Ctrl-C, resuming a large output, the index page ---------------------------


def test_the_closing_line_counts_jobs_failures_findings_and_says_where(articles: Path) -> None:
    path = jobs_file(
        articles,
        [
            {"id": "hard", "articles": ["articles/hard_a.txt", "articles/hard_b.txt"]},
            {"id": "single", "articles": ["articles/single_a.txt", "articles/shared.txt"]},
        ],
    )
    out = articles / "out.jsonl"
    first = invoke("batch", path, "--isolated", "-o", out, "--fail-on", "none")
    [line] = first.stderr.splitlines()
    assert line == (
        f"crosscheck: batch: 2 jobs: 2 done, 0 failed · findings: 1 hard, 0 soft, 1 single-source · results in {out}"
    )
    # resumed: the earlier run's jobs are counted from the output file
    again = invoke("batch", path, "--isolated", "-o", out, "--fail-on", "none")
    assert (
        "2 jobs: 2 done (2 from an earlier run), 0 failed · findings: 1 hard, 0 soft, 1 single-source" in again.stderr
    )
    broken = jobs_file(articles, [{"id": "broken", "articles": ["articles/hard_a.txt", "articles/nope.txt"]}])
    [error] = invoke("batch", broken, "--isolated").stderr.splitlines()
    assert error.startswith("crosscheck: error: 1 of 1 jobs errored (first: job broken: ")
    assert error.endswith(
        "1 job: 0 done, 1 failed · findings: 0 hard, 0 soft, 0 single-source · results on standard output"
    )


def test_resume_reads_the_output_a_line_at_a_time(articles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = jobs_file(articles, [{"id": "hard", "articles": ["articles/hard_a.txt", "articles/hard_b.txt"]}])
    out = articles / "out.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        run_batch(read_jobs(path), load_pack(), fh, fail_on="hard")
    size = out.stat().st_size

    def whole(*_: object, **__: object) -> None:
        raise AssertionError("the whole output file was read at once")

    monkeypatch.setattr(Path, "read_bytes", whole)
    monkeypatch.setattr(Path, "read_text", whole)
    [done] = finished(out, "hard").values()
    assert (done.id, done.fails, done.counts, done.line) == ("hard", True, (1, 0, 0), "")
    assert out.stat().st_size == size


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_the_index_page_links_each_jobs_report(articles: Path, suffix: str) -> None:
    path = jobs_file(
        articles,
        [
            {"id": "hard one", "articles": ["articles/hard_a.txt", "articles/hard_b.txt"]},
            {"id": "broken", "articles": ["articles/hard_a.txt", "articles/nope.txt"]},
        ],
    )
    index = articles / "site" / f"index{suffix}"
    index.parent.mkdir()
    result = invoke("batch", path, "--isolated", "--index", index, "-o", articles / "out.jsonl")
    assert result.exit_code == 2  # one job errored
    assert f"index in {index}" in result.stderr
    page = index.read_text(encoding="utf-8")
    report = index.parent / f"hard-one{suffix}"
    assert report.is_file() and "crosscheck report" in report.read_text(encoding="utf-8")
    if suffix == ".md":
        assert "| [hard one](hard-one.md) | 2 | 1 | 0 | 0 | [report](hard-one.md) |" in page
        assert "| broken | 2 |  |  |  | error: " in page
    else:
        assert '<a href="hard-one.html">hard one</a>' in page and "error: " in page
    assert not (index.parent / f"broken{suffix}").exists()
    assert_one_line(invoke("batch", path, "--index", articles / "out.jsonl", "-o", articles / "out.jsonl"), "same file")
    assert_one_line(invoke("batch", path, "--index", articles / "nowhere" / "index.md"), "does not exist")


def assert_one_line(result: Any, mention: str) -> None:
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("crosscheck: error: ") and mention in line


def test_ctrl_c_with_two_workers_stops_without_a_traceback(articles: Path) -> None:
    # a job of many long articles keeps the workers busy; SIGINT goes to the whole process group, as Ctrl-C does
    long_a = write(articles / "long" / "a.txt", (HARD_A + SOFT_A + SINGLE_A) * 6)
    long_b = write(articles / "long" / "b.txt", (HARD_B + SOFT_B + SHARED) * 6)
    jobs = [{"id": f"job{i}", "articles": [str(long_a), str(long_b)]} for i in range(40)]
    path = jobs_file(articles, jobs)
    out = articles / "out.jsonl"
    command = [sys.executable, "-m", "crosscheck", "batch", str(path), "--jobs", "2", "--isolated", "-o", str(out)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or out.stat().st_size == 0):
            time.sleep(0.05)
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=20)  # the workers are stopped, not waited for
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    text = stderr.decode()
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text
    [line] = text.splitlines()
    assert line.startswith("crosscheck: error: interrupted after ") and "rerun the same command to resume" in line
    assert process.returncode == 130
    written = out.read_text(encoding="utf-8")
    assert written.endswith("\n") and 0 < len(written.splitlines()) < len(jobs)
    # the rerun resumes: it runs only the jobs not written
    rerun = invoke("batch", path, "--isolated", "-o", out, "--fail-on", "none")
    assert rerun.exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(jobs)

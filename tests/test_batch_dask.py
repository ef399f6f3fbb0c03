"""The same batch on a Dask cluster gives the same result lines as on local processes (skipped without dask;
the test extra installs it, so CI runs it)."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crosscheck import load_pack
from crosscheck.batch import read_jobs, run_batch
from crosscheck.errors import UsageError

# ECB+ sentences (Cybulska & Vossen 2014, CC BY 3.0), adapted.
SHARED = (
    "Firefighters reached the bank building in central Athens after protesters moved away.\n"
    "The government condemned the attack and promised a full investigation.\n"
)
TEXTS = {
    "hard_a.txt": "Three people were killed in the fire on Tuesday.\n" + SHARED,
    "hard_b.txt": "Four people were killed in the fire on Tuesday.\n" + SHARED,
    "soft_a.txt": "Officials said more than 5,000 soldiers had massed near the border.\n" + SHARED,
    "soft_b.txt": "Officials said around 5,000 soldiers had massed near the border.\n" + SHARED,
    "shared.txt": SHARED,
    "empty.txt": "",
}
JOBS = [
    {"id": "hard", "articles": ["hard_a.txt", "hard_b.txt"]},
    {"id": "soft", "articles": ["soft_a.txt", "soft_b.txt"]},
    {"id": "single", "articles": ["hard_a.txt", "shared.txt"]},
    {"id": "broken", "articles": ["hard_a.txt", "empty.txt"]},
    {"id": "missing", "articles": ["hard_a.txt", "nope.txt"]},
]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    distributed: Any = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield str(cluster.scheduler_address)


def _jobs_file(folder: Path) -> Path:
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "jobs.jsonl"
    path.write_text("".join(json.dumps(j) + "\n" for j in JOBS), encoding="utf-8")
    return path


def _by_id(text: str) -> list[str]:
    return sorted(text.splitlines(), key=lambda line: str(json.loads(line)["id"]))


def test_dask_gives_the_same_lines_as_local_processes(tmp_path: Path, scheduler: str) -> None:
    path = _jobs_file(tmp_path)
    local, remote = io.StringIO(), io.StringIO()
    s_local = run_batch(read_jobs(path), load_pack(), local, fail_on="soft", workers=2)
    s_remote = run_batch(read_jobs(path), load_pack(), remote, fail_on="soft", scheduler=scheduler)
    assert _by_id(remote.getvalue()) == _by_id(local.getvalue())
    assert len(_by_id(local.getvalue())) == len(JOBS)
    assert s_remote == s_local
    assert (s_local.errors, s_local.failing) == (2, 2)


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    path = _jobs_file(tmp_path)
    with pytest.raises(UsageError, match=r"--scheduler tcp://127\.0\.0\.1:9: cannot connect"):
        run_batch(
            read_jobs(path),
            load_pack(),
            io.StringIO(),
            fail_on="hard",
            scheduler="tcp://127.0.0.1:9",
            connect_timeout=1,
        )


def test_without_dask_the_message_gives_the_pip_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    path = _jobs_file(tmp_path)
    with pytest.raises(UsageError, match=r"pip install '\.\[dask\]'"):
        run_batch(read_jobs(path), load_pack(), io.StringIO(), fail_on="hard", scheduler="tcp://127.0.0.1:8786")


def test_the_cli_runs_a_batch_on_the_cluster(tmp_path: Path, scheduler: str) -> None:
    from click.testing import CliRunner

    from crosscheck.cli import main

    path = _jobs_file(tmp_path)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(path), "--isolated", "--scheduler", scheduler, "-o", str(out)])
    assert result.exit_code == 2  # two jobs errored
    assert "2 of 5 jobs errored" in result.stderr
    assert sorted(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()) == sorted(
        str(j["id"]) for j in JOBS
    )

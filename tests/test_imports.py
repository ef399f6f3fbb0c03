"""What each command imports: the pipeline only when a command runs it, Rich only to render for a terminal,
Dask never by default. (Speed itself is measured by bench/run.py, never by a timed test.)"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("[0-9]*_*.txt"))

_PROBE = """
import sys
from crosscheck.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in ("crosscheck", "rich", "distributed", "dask"))),
      file=sys.stderr)
"""


def modules_loaded(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=False, cwd=ROOT)
    return set(done.stderr.splitlines()[-1].split())


@pytest.mark.parametrize("args", [("--version",), ("--help",), ("compare", "--help"), ("batch", "--help")])
def test_help_and_version_do_not_load_the_pipeline(args: tuple[str, ...]) -> None:
    loaded = modules_loaded(*args)
    assert "crosscheck.cli" in loaded
    assert not loaded & {"crosscheck.claims", "crosscheck.align", "crosscheck.report", "crosscheck.model"}, loaded
    assert not any(m.split(".")[0] in ("rich", "distributed", "dask") for m in loaded), loaded


def test_compare_json_loads_the_pipeline_but_not_rich_or_dask() -> None:
    loaded = modules_loaded("compare", *map(str, SEEDS), "--json", "--isolated")
    assert {"crosscheck.claims", "crosscheck.align", "crosscheck.report"} <= loaded
    assert not any(m.split(".")[0] in ("rich", "distributed", "dask") for m in loaded), loaded
    assert "crosscheck.batch" not in loaded


def test_dask_is_an_extra_not_a_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any("dask" in d or "distributed" in d for d in project["dependencies"])
    assert any(d.startswith("distributed") for d in project["optional-dependencies"]["dask"])

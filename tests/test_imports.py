"""What each command imports: the pipeline only when a command runs it, Rich and the renderers only to render for
a terminal, what writes files only when one is written, Dask never by default; and the extractors' patterns are
compiled when first used, not at import. (Speed itself is measured by bench/run.py, never by a timed test.)"""

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
print(" ".join(sorted(sys.modules)), file=sys.stderr)
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
    # JSON needs no renderer (the crosscheck.render package itself only names the formats, for --format's choices);
    # nothing is written to a file (tempfile, shutil); difflib only words config errors
    renderers = {m for m in loaded if m.startswith("crosscheck.render.")}
    assert not renderers, renderers
    assert not loaded & {"crosscheck.write", "tempfile", "difflib"}


def test_compare_to_a_file_and_the_terminal_load_what_they_need(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    written = modules_loaded("compare", *map(str, SEEDS), "--json", "--isolated", "-o", str(out))
    assert "crosscheck.write" in written and out.is_file()
    terminal = modules_loaded("compare", *map(str, SEEDS), "--isolated")
    assert {"crosscheck.render.terminal", "rich.console"} <= terminal
    assert "crosscheck.write" not in terminal
    assert "rich._emoji_codes" not in terminal  # only Text is printed: no markup to parse, no emoji to look up
    claims = modules_loaded("claims", str(SEEDS[0]), "--isolated")
    assert "rich.console" in claims and "rich._emoji_codes" not in claims


_PATTERNS_PROBE = """
import sys
import crosscheck.report
from crosscheck.patterns import LazyPattern
lazy = [(name, value) for module in list(sys.modules.values()) if module.__name__.startswith("crosscheck.")
        for name, value in vars(module).items() if isinstance(value, LazyPattern)]
compiled = [name for name, value in lazy if "search" in vars(value)]
print(len(lazy), " ".join(compiled))
"""


def test_importing_the_pipeline_compiles_no_lazy_pattern() -> None:
    done = subprocess.run([sys.executable, "-c", _PATTERNS_PROBE], capture_output=True, text=True, check=True, cwd=ROOT)
    count, *compiled = done.stdout.split()
    assert int(count) > 50  # the extractors' module-level patterns (hedges, quantities, quotes)
    assert compiled == []


def test_dask_is_an_extra_not_a_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any("dask" in d or "distributed" in d for d in project["dependencies"])
    assert any(d.startswith("distributed") for d in project["optional-dependencies"]["dask"])

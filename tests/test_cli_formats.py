"""``crosscheck compare`` options for output: --format, --json, --show/--hide, --quiet, --output, colour and width."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import HARD_A, HARD_B, SINGLE_A, SINGLE_B, assert_error, invoke, pair
from test_render import COLOUR

from crosscheck.render import FORMATS


@pytest.fixture
def hard(tmp_path: Path) -> tuple[Path, Path]:
    return pair(tmp_path, HARD_A, HARD_B)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_keeps_the_exit_code(hard: tuple[Path, Path], fmt: str) -> None:
    result = invoke("compare", *hard, "--format", fmt)
    assert result.exit_code == 1, result.stderr  # a hard discrepancy, whatever the format
    assert result.stderr == "" and result.stdout
    assert invoke("compare", *hard, "--format", fmt, "--fail-on", "none").exit_code == 0


def test_formats_say_the_same_thing(hard: tuple[Path, Path]) -> None:
    document = json.loads(invoke("compare", *hard, "--format", "json").stdout)
    hard_codes = [f["rule"]["code"] for f in document["findings"] if f["severity"] == "hard"]
    assert hard_codes
    sarif = json.loads(invoke("compare", *hard, "--format", "sarif").stdout)
    assert [r["ruleId"] for r in sarif["runs"][0]["results"] if r["level"] == "error"] == hard_codes
    github = invoke("compare", *hard, "--format", "github").stdout.splitlines()
    assert [line.split("title=")[1].split()[0] for line in github if line.startswith("::error ")] == hard_codes
    markdown = invoke("compare", *hard, "--format", "markdown").stdout
    assert all(f"HARD `{code}`" in markdown for code in hard_codes)
    html = invoke("compare", *hard, "--format", "html").stdout
    assert html.startswith("<!DOCTYPE html>") and all(f"<code>{code}</code>" in html for code in hard_codes)


def test_json_is_short_for_format_json(hard: tuple[Path, Path]) -> None:
    short = invoke("compare", *hard, "--json")
    assert short.stdout == invoke("compare", *hard, "--format", "json").stdout
    assert invoke("compare", *hard, "--json", "--format", "json").stdout == short.stdout
    assert_error(invoke("compare", *hard, "--json", "--format", "html"), "--json", "--format html")
    assert_error(invoke("compare", *hard, "--format", "yaml"), "yaml")


def test_show_and_hide(tmp_path: Path) -> None:
    a, b = pair(tmp_path, SINGLE_A, SINGLE_B)
    full = invoke("compare", a, b).stdout
    assert "Agreements (" in full and "Single-source (" in full
    only = invoke("compare", a, b, "--show", "single-source").stdout
    assert "Agreements (" not in only and "Single-source (" in only
    both = invoke("compare", a, b, "--show", "single-source,agreement").stdout
    assert both == invoke("compare", a, b, "--show", "single-source", "--show", "agreement").stdout
    assert both.replace("Not listed: discrepancies (see --show/--hide).\n", "") == full
    hidden = invoke("compare", a, b, "--hide", "agreement").stdout
    assert "Agreements (" not in hidden and "Single-source (" in hidden and "Not listed: agreements" in hidden
    assert invoke("compare", a, b, "--hide", "single-source", "--fail-on", "single-source").exit_code == 1
    # SARIF and GitHub leave agreements out unless asked for.
    sarif = json.loads(invoke("compare", a, b, "--format", "sarif", "--show", "agreement").stdout)
    assert {r["level"] for r in sarif["runs"][0]["results"]} == {"none"}
    assert_error(invoke("compare", a, b, "--show", "agreements"), "--show", "'agreements'", "single-source")
    assert_error(invoke("compare", a, b, "--hide", "agreement,"), "--hide")
    assert_error(invoke("compare", a, b, "--show", "agreement", "--hide", "agreement"), "both name agreement")
    assert_error(invoke("compare", a, b, "--json", "--hide", "agreement"), "JSON")


def test_quiet(hard: tuple[Path, Path]) -> None:
    result = invoke("compare", *hard, "--quiet")
    assert result.exit_code == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(f"{line.split()[0]} agreements · 1 hard · 0 soft discrepancy · single-source: A ")
    assert invoke("compare", *hard, "-q", "--format", "markdown").stdout.count("\n") == 1
    assert_error(invoke("compare", *hard, "--quiet", "--json"), "--quiet")
    assert_error(invoke("compare", *hard, "--quiet", "--format", "sarif"), "--quiet", "sarif")


def test_width_follows_the_terminal(hard: tuple[Path, Path]) -> None:
    from click.testing import CliRunner

    from crosscheck.cli import main

    for columns in (60, 120):
        out = CliRunner(env={"COLUMNS": str(columns)}).invoke(main, ["compare", *map(str, hard)]).stdout
        assert max(len(line) for line in out.splitlines()) == columns  # the section rules span the width
        assert "\x1b" not in out  # not a terminal: no colour


# --- colour on a real terminal ------------------------------------------------------------------------------------


def _on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run the CLI with its standard output on a pseudo-terminal; what it printed."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "crosscheck", *args], stdout=terminal, stderr=subprocess.PIPE, env=env
    )
    os.close(terminal)
    chunks = []
    while True:
        ready, _, _ = select.select([controller], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(controller)
    process.wait(timeout=60)
    assert process.stderr is not None and process.stderr.read() == b""
    return b"".join(chunks).decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_colour_on_a_terminal_unless_no_color(hard: tuple[Path, Path]) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE")}
    env |= {"TERM": "xterm-256color", "COLUMNS": "100"}
    args = ["compare", *map(str, hard)]
    coloured = _on_a_terminal(args, env)
    assert COLOUR.search(coloured), coloured
    plain = _on_a_terminal(args, env | {"NO_COLOR": "1"})
    assert "HARD" in plain and not COLOUR.search(plain)
    assert " ".join(plain.split()) != "" and "\x1b[1m" in plain  # bold is not colour: kept


# --- --output -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["rich", "html", "sarif"])
def test_output_file(hard: tuple[Path, Path], tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"report.{fmt}"
    result = invoke("compare", *hard, "--format", fmt, "-o", target)
    assert result.exit_code == 1 and result.stdout == "" and result.stderr == ""
    written = target.read_text(encoding="utf-8")
    if fmt == "rich":
        assert "\x1b" not in written and "HARD" in written and max(map(len, written.splitlines())) == 100
    else:
        assert written == invoke("compare", *hard, "--format", fmt).stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.txt", "b.txt", target.name])
    assert target.stat().st_mode & 0o777 == 0o644


def test_output_errors_leave_nothing_behind(
    hard: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_error(invoke("compare", *hard, "-o", tmp_path / "missing" / "r.txt"), "missing/r.txt", "cannot be written")
    assert_error(invoke("compare", *hard, "-o", tmp_path), str(tmp_path), "is a directory")
    target = tmp_path / "report.md"
    target.write_text("the previous report\n", encoding="utf-8")
    before = sorted(tmp_path.iterdir())

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert_error(invoke("compare", *hard, "--format", "markdown", "-o", target), "report.md", "No space left")
    assert target.read_text(encoding="utf-8") == "the previous report\n"  # the old file, whole
    assert sorted(tmp_path.iterdir()) == before  # and no temporary file left
    monkeypatch.undo()

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    assert_error(invoke("compare", *hard, "--format", "markdown", "-o", target), "report.md", "Permission denied")
    assert target.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(tmp_path.iterdir()) == before


def test_output_is_not_written_on_a_bad_input(hard: tuple[Path, Path], tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    assert_error(invoke("compare", hard[0], tmp_path / "nope.txt", "--json", "-o", target), "nope.txt")
    assert not target.exists()


def test_annotations_on_a_markdown_draft_name_the_file_line(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("---\ntitle: Fire\ndate: 2010-05-05\n---\n" + HARD_A, encoding="utf-8")
    wire = tmp_path / "wire.txt"
    wire.write_text(HARD_B, encoding="utf-8")
    line_of_figure = draft.read_text(encoding="utf-8").split("\n").index(HARD_A.split("\n")[0]) + 1
    github = invoke("compare", draft, wire, "--format", "github").stdout
    assert f"file={draft},line={line_of_figure}," in github
    sarif = json.loads(invoke("compare", draft, wire, "--format", "sarif").stdout)
    regions = [
        loc["physicalLocation"]["region"]
        for result in sarif["runs"][0]["results"]
        for loc in result["locations"]
        if loc["physicalLocation"]["artifactLocation"]["uri"].endswith("draft.md")
    ]
    assert regions and all(r["startLine"] == line_of_figure for r in regions)

"""The reference in docs/ is a contract too: every command and option of the CLI is in docs/cli.md (as sqlite-utils
checks its own), docs/rules.md's table is what the rule pack generates, and no page installs another project,
calls a command or option that does not exist, or links to a file that is not there."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import click
import pytest
from docs_support import DOCS, ROOT, blocks, pages

from crosscheck import __version__, load_pack
from crosscheck.cli import main
from crosscheck.rules import rules_markdown

CLI = (DOCS / "cli.md").read_text(encoding="utf-8")


def _section(page: str, heading: str) -> str:
    """The text of ``## heading`` up to the next ``## ``."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", page, flags=re.MULTILINE | re.DOTALL)
    assert match, f"docs/cli.md has no section '## {heading}'"
    return match.group(1)


def _options(command: click.Command) -> set[str]:
    return {o for p in command.params if isinstance(p, click.Option) for o in (*p.opts, *p.secondary_opts)}


def _documented(section: str) -> set[str]:
    """The options in the first column of a section's option table."""
    rows = re.findall(r"^\| (`-.*?) \| ", section, flags=re.MULTILINE)
    return {o for row in rows for o in re.findall(r"`(-[-\w]+)", row)}


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_option_of_every_command_is_in_docs_cli(name: str) -> None:
    command = main.commands[name]
    section = _section(CLI, f"crosscheck {name}")
    assert _options(command) <= _documented(section), f"crosscheck {name}: options missing from docs/cli.md"
    assert _documented(section) - {"-h", "--help"} <= _options(command), (
        f"docs/cli.md: crosscheck {name}: no such option"
    )


def test_every_command_and_top_level_option_is_in_docs_cli() -> None:
    headings = set(re.findall(r"^## crosscheck (\w+)$", CLI, flags=re.MULTILINE))
    assert headings == set(main.commands)
    assert {"--version", "--help", "-h"} <= _documented(_section(CLI, "crosscheck"))


@pytest.mark.parametrize("args", [[], *([name] for name in sorted(main.commands))])
def test_help_says_where_the_docs_are(args: list[str]) -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(main, [*args, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "docs/cli.md" in result.output
    assert "README" not in result.output  # an installed package has none beside it


def test_the_rule_table_is_what_the_pack_generates() -> None:
    page = (DOCS / "rules.md").read_text(encoding="utf-8")
    match = re.search(
        r"<!-- begin: crosscheck rules --format markdown -->\n(.*?)<!-- end: crosscheck rules --format markdown -->",
        page,
        flags=re.DOTALL,
    )
    assert match, "docs/rules.md lost its generated-table markers"
    assert match.group(1) == rules_markdown(load_pack()), (
        "docs/rules.md's rule table is stale: run python scripts/update_docs.py"
    )


def test_the_version_is_the_distributions() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "crosscheck-news"  # "crosscheck" on the package index is another project
    assert __version__ == project["version"]
    from click.testing import CliRunner

    assert CliRunner().invoke(main, ["--version"]).output == f"crosscheck, version {__version__}\n"


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_page_installs_another_project(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    # `pip install crosscheck` (or an extra of it) names the index's other project; only a mention that says so passes
    for line in text.splitlines():
        if re.search(r"pip install '?crosscheck(\[|\b)(?!-news)", line):
            assert "another project" in line or "unrelated" in line or "installs that one" in line, line
    assert "crosscheck[" not in text.replace("crosscheck-news[", "")
    for block in blocks(text):
        assert not re.search(r"^dask-(scheduler|worker)\b", block, flags=re.MULTILINE), (
            "distributed runs `dask scheduler`"
        )


def test_the_pre_commit_example_pins_this_version() -> None:
    page = (DOCS / "ci.md").read_text(encoding="utf-8")
    assert re.findall(r"^\s+rev: (\S+)", page, flags=re.MULTILINE) == [f"v{__version__}"]
    assert re.findall(r"^\s+ref: (\S+)", page, flags=re.MULTILINE) == [f"v{__version__}"]
    hook = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert re.search(r"^- id: crosscheck$", hook, flags=re.MULTILINE)
    assert re.search(r"^\s+entry: crosscheck compare$", hook, flags=re.MULTILINE)


def _commands(text: str) -> list[list[str]]:
    """Every ``crosscheck ...`` command line in the code blocks of a page (a ``$ `` prompt or not)."""
    out = []
    for block in blocks(text):
        for line in block.splitlines():
            match = re.search(
                r"(?:^|\$ |run: |&& )(?:\.venv/bin/)?crosscheck ((?:compare|batch|claims|rules)\b.*)", line
            )
            if match:
                words = shlex.split(match.group(1).split("  #")[0].split(" # ")[0])
                out.append(words)
    return out


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_command_in_the_docs_exists_with_its_options(page: Path) -> None:
    for words in _commands(page.read_text(encoding="utf-8")):
        command = main.commands[words[0]]
        given = {w.split("=")[0] for w in words[1:] if re.match(r"--?[a-z]", w)}
        assert given <= _options(command) | {"-h", "--help"}, (page.name, words)


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_points_to_a_file(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
        assert (page.parent / target).exists(), (page.name, target)


def test_the_dask_example_runs_commands_that_exist() -> None:
    pytest.importorskip("distributed")
    import subprocess
    import sys

    page = (DOCS / "batch.md").read_text(encoding="utf-8")
    lines = [
        line.split("  #")[0].split()
        for block in blocks(page, "")
        for line in block.splitlines()
        if line.startswith("dask ")
    ]
    assert [words[1] for words in lines] == ["scheduler", "worker"]
    for words in lines:
        dask = Path(sys.executable).with_name("dask")
        usage = subprocess.run([dask, words[1], "--help"], capture_output=True, text=True, check=True).stdout
        for option in (w for w in words[2:] if w.startswith("--")):
            assert option in usage, (words, option)


def test_every_tuned_alignment_value_says_how_it_was_chosen() -> None:
    from attrs import fields

    from crosscheck.align import AlignConfig

    page = (DOCS / "calibration.md").read_text(encoding="utf-8")
    explained = {
        name
        for heading in re.findall(r"^### (.+)$", page, flags=re.MULTILINE)
        for name in re.findall(r"`(\w+)`", heading)
    }
    tuned = {f.name for f in fields(AlignConfig) if isinstance(f.default, (int, float))}
    assert len(tuned) > 10
    assert tuned | {"statement_model"} <= explained, "docs/calibration.md: say how each [alignment] value was chosen"


def test_a_non_editable_install_has_every_package() -> None:
    # `pip install .` (the README's set-up, pre-commit, CI) installs only the packages pyproject lists; the tests
    # run on an editable install, which would not notice one missing
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "crosscheck").rglob("__init__.py")}
    assert found <= listed


def test_a_non_editable_install_has_every_rules_file() -> None:
    # the rule pack's data is package data of crosscheck._rules: a file of rules/ that no pattern names is missing
    # from `pip install .`, and the command fails there (rules/synonyms.tsv once was)
    import fnmatch

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    shipped = patterns["package-data"]["crosscheck._rules"]
    files = [p.name for p in (ROOT / "rules").iterdir() if p.is_file()]
    assert files
    assert all(any(fnmatch.fnmatch(name, pattern) for pattern in shipped) for name in files), files

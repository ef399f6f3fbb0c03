"""The command line's cache (crosscheck.cache): the rule pack and the compiled patterns come back from it as they
were made, keyed so that nothing stale is served, and a cache that is missing, corrupt or unwritable is ignored."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crosscheck import cache, patterns
from crosscheck.rules import default_rules_dir, load_pack

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("[0-9]*_*.txt"))
SAMPLES = [
    (r"(?P<n>\d+)\s+(?:people|persons)\b", 0),
    (r"\b(?:january|february)\s+(\d{1,2})\b", re.IGNORECASE),
    (r"""(?x) (?P<a>[A-Z]\w+) \s+ said""", 0),
]
TEXT = "On January 5, 12 people left; Smith said 3 persons stayed. FEBRUARY 10"


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "cache"
    cache.enable(where)
    patterns._CACHED.clear()
    yield where
    cache.disable()
    patterns._CACHED.clear()


def _matches(pattern: re.Pattern[str]) -> list[tuple[int, int, dict[str, str | None], tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groupdict(), m.groups()) for m in pattern.finditer(TEXT)]


def test_patterns_come_back_from_the_cache_as_compiled(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = [patterns.compiled(p, f) for p, f in SAMPLES]
    patterns.save()
    assert list(folder.glob("patterns-*.marshal"))
    patterns._CACHED.clear()  # a new process: only the file is left

    def no_compiling(pattern: str, flags: int) -> None:
        raise AssertionError("compiled again instead of read from the cache")

    monkeypatch.setattr(patterns, "_compile", no_compiling)
    again = [patterns.compiled(p, f) for p, f in SAMPLES]
    for before, after in zip(made, again, strict=True):
        reference = re.compile(before.pattern, before.flags)
        assert (after.pattern, after.flags, after.groups, after.groupindex) == (
            reference.pattern,
            reference.flags,
            reference.groups,
            reference.groupindex,
        )
        assert _matches(after) == _matches(reference) != []


def test_a_corrupt_cache_is_ignored(folder: Path) -> None:
    [patterns.compiled(p, f) for p, f in SAMPLES]
    patterns.save()
    load_pack()
    for path in folder.iterdir():
        path.write_bytes(path.read_bytes()[:-7] + b"garbage")  # same size class, wrong bytes
    patterns._CACHED.clear()
    assert _matches(patterns.compiled(*SAMPLES[0])) == _matches(re.compile(*SAMPLES[0]))
    assert load_pack() == _uncached_pack()


def _uncached_pack() -> object:
    where = cache.folder()
    cache.disable()
    try:
        return load_pack()
    finally:
        cache.enable(where)


def test_the_pack_is_read_back_until_a_rule_file_changes(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    first = load_pack([rules], include_default=False)
    assert list(folder.glob("pack-*.pickle"))
    import crosscheck.rules

    real = crosscheck.rules._load_pack
    calls: list[int] = []

    def counted(dirs: list[Path]) -> object:
        calls.append(1)
        return real(dirs)

    monkeypatch.setattr(crosscheck.rules, "_load_pack", counted)
    assert load_pack([rules], include_default=False) == first
    assert calls == []  # from the cache
    pack_file = rules / "default.toml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    load_pack([rules], include_default=False)
    assert calls == [1]  # an edited file is loaded again


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    cache.enable(blocker / "cache")
    try:
        assert load_pack() == _uncached_pack()
        patterns.compiled(*SAMPLES[0])
        patterns.save()
    finally:
        cache.disable()
        patterns._CACHED.clear()


@pytest.mark.parametrize(("value", "off"), [("off", True), ("0", True), ("", True), ("/some/where", False)])
def test_the_environment_chooses_the_folder(monkeypatch: pytest.MonkeyPatch, value: str, off: bool) -> None:
    monkeypatch.setenv("CROSSCHECK_CACHE", value)
    assert (cache.default_dir() is None) is off
    monkeypatch.delenv("CROSSCHECK_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert cache.default_dir() == Path("/xdg/crosscheck")


def test_the_command_line_gives_the_same_report_with_its_cache(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "crosscheck", "compare", *map(str, SEEDS), "--json", "--isolated"]
    env = {**os.environ, "CROSSCHECK_CACHE": "off"}
    without = subprocess.run(command, capture_output=True, text=True, check=False, env=env, cwd=ROOT)
    env["CROSSCHECK_CACHE"] = str(tmp_path / "cache")
    runs = [subprocess.run(command, capture_output=True, text=True, check=False, env=env, cwd=ROOT) for _ in "12"]
    assert without.returncode == 0, without.stderr
    for run in runs:
        assert run.returncode == 0 and run.stderr == ""
        assert json.loads(run.stdout) == json.loads(without.stdout)
    assert {p.suffix for p in (tmp_path / "cache").iterdir()} == {".pickle", ".marshal"}


def test_old_packs_are_pruned(folder: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    pack_file = rules / "default.toml"
    for n in range(11):  # eleven versions of the rule files: eleven cache entries, the newest kept
        pack_file.write_text(pack_file.read_text(encoding="utf-8") + f"\n# edit {n}\n", encoding="utf-8")
        load_pack([rules], include_default=False)
    assert len(list(folder.glob("pack-*.pickle"))) == 8


def test_a_cache_of_too_many_patterns_keeps_this_runs(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "MAX_ENTRIES", 3)
    for n in range(5):
        patterns.compiled(rf"old{n}\d")
    patterns.save()
    patterns._CACHED.clear()
    patterns.compiled(r"old0\d")  # read back and used
    patterns.compiled(r"new\d")  # new
    patterns.save()
    patterns._CACHED.clear()
    patterns.compiled(r"x")
    assert set(patterns._CACHED["read"]) == {(r"old0\d", 0), (r"new\d", 0)}

"""The command line: exit codes 0/1/2, ``--fail-on`` levels, and one clean stderr line for every bad input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cli_support import (
    HARD_A,
    HARD_B,
    SAME,
    SHARED,
    SINGLE_A,
    SINGLE_B,
    SOFT_A,
    SOFT_B,
    assert_error,
    invoke,
    pair,
    write,
)
from click.testing import CliRunner, Result

import crosscheck.read
from crosscheck import load_pack
from crosscheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

EXTRA_RULE = (Path(__file__).parent / "data" / "packs" / "extra_rule.toml").read_text(encoding="utf-8")


# --- exit codes and --fail-on ------------------------------------------------------------------------------------


def codes(result: Result) -> set[str]:
    return {f["rule"]["code"] for f in json.loads(result.stdout)["findings"]}


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # fail-on:          hard, soft, single-source, none
        ((HARD_A, HARD_B), (1, 1, 1, 0)),
        ((SOFT_A, SOFT_B), (0, 1, 1, 0)),
        ((SINGLE_A, SINGLE_B), (0, 0, 1, 0)),
        ((SAME, SAME), (0, 0, 0, 0)),
    ],
    ids=["hard", "soft", "single-source", "agreement"],
)
def test_fail_on_levels(tmp_path: Path, texts: tuple[str, str], expected: tuple[int, int, int, int]) -> None:
    a, b = pair(tmp_path, *texts)
    for level, code in zip(("hard", "soft", "single-source", "none"), expected, strict=True):
        result = invoke("compare", a, b, "--json", "--fail-on", level)
        assert result.exit_code == code, (level, codes(result))
        assert result.stderr == ""
    default = invoke("compare", a, b)
    assert default.exit_code == expected[0]
    assert default.stderr == ""
    assert default.stdout.strip()


def test_the_pairs_give_the_findings_they_are_named_for(tmp_path: Path) -> None:
    hard = codes(invoke("compare", *pair(tmp_path, HARD_A, HARD_B), "--json"))
    assert "N101" in hard
    soft = codes(invoke("compare", *pair(tmp_path, SOFT_A, SOFT_B), "--json"))
    assert "N102" in soft and "N101" not in soft
    single = codes(invoke("compare", *pair(tmp_path, SINGLE_A, SINGLE_B), "--json"))
    assert "U001" in single


def test_select_and_ignore_change_the_findings(tmp_path: Path) -> None:
    a, b = pair(tmp_path, HARD_A, HARD_B)
    ignored = invoke("compare", a, b, "--json", "--ignore", "N101")
    assert ignored.exit_code == 0
    assert "N101" not in codes(ignored)
    selected = invoke("compare", a, b, "--json", "--select", "number-conflict, D001")
    assert selected.exit_code == 1
    assert codes(selected) == {"N101", "D001"}


def test_extra_rule_pack_is_loaded(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    write(rules / "extra.toml", EXTRA_RULE)
    listing = invoke("rules", "--rules", rules)
    assert listing.exit_code == 0
    assert "X101" in listing.stdout
    a, b = pair(tmp_path, HARD_A, HARD_B)
    assert invoke("compare", a, b, "--rules", rules, "--select", "X101").exit_code in (0, 1)


def test_help_and_version() -> None:
    for args in (["--help"], ["compare", "--help"], ["claims", "-h"], ["--version"]):
        result = invoke(*args)
        assert result.exit_code == 0
        assert result.stderr == ""
    assert "--fail-on" in invoke("compare", "--help").stdout


# --- bad inputs: exit 2 and one line -----------------------------------------------------------------------------


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write(tmp_path / "good.txt", HARD_A)


def test_missing_file(tmp_path: Path, good: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert_error(invoke("compare", missing, good), str(missing), "no such file")
    assert_error(invoke("compare", good, missing), str(missing), "no such file")
    assert_error(invoke("claims", missing), str(missing))


def test_directory(tmp_path: Path, good: Path) -> None:
    assert_error(invoke("compare", tmp_path, good), str(tmp_path), "directory")


def test_empty_file(tmp_path: Path, good: Path) -> None:
    empty = write(tmp_path / "empty.txt", "")
    assert_error(invoke("compare", good, empty), str(empty), "empty")
    assert_error(invoke("claims", empty), str(empty), "empty")


def test_whitespace_only_file(tmp_path: Path, good: Path) -> None:
    blank = write(tmp_path / "blank.txt", " \n\t\r\n \ufeff\n")
    assert_error(invoke("compare", blank, good), str(blank), "white space")


def test_binary_file(tmp_path: Path, good: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert_error(invoke("compare", binary, good), str(binary), "binary")


def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path, good: Path) -> None:
    for codec in ("utf-16", "utf-16-be", "utf-32"):
        path = tmp_path / f"{codec}.txt"
        data = HARD_B.encode(codec)
        path.write_bytes(data if codec != "utf-16-be" else b"\xfe\xff" + data)
        result = invoke("compare", good, path, "--json")
        assert result.exit_code == 1, result.stderr  # read: the hard discrepancy (three vs four) is found
        b = json.loads(result.stdout)["sources"][1]
        assert b["chars"] == len(HARD_B)  # the mark is dropped, as Python's utf-16 codec does
        assert b["title"] is None
    broken = tmp_path / "broken16.txt"
    broken.write_bytes(HARD_B.encode("utf-16")[:-1])  # an odd number of bytes
    assert_error(invoke("compare", good, broken), str(broken), "UTF-16", "iconv -f utf-16")


def test_invalid_utf8(tmp_path: Path, good: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café owners said four people were killed.\n".encode("latin-1"))
    assert_error(invoke("compare", latin, good), str(latin), "UTF-8", "byte 3", "iconv")


def test_file_over_the_size_limit(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crosscheck.read, "MAX_BYTES", 300)
    big = write(tmp_path / "big.txt", HARD_B * 3)
    line = assert_error(invoke("compare", good, big), str(big), "limit")
    assert "300-byte" in line
    write(tmp_path / "small.txt", "x" * 300)
    assert invoke("claims", tmp_path / "small.txt").exit_code == 0  # exactly at the limit is fine


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_device_is_cut_at_the_limit(good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crosscheck.read, "MAX_BYTES", 1000)
    assert_error(invoke("compare", "/dev/zero", good), "/dev/zero", "limit")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path, good: Path) -> None:
    locked = write(tmp_path / "locked.txt", HARD_B)
    locked.chmod(0)
    try:
        assert_error(invoke("compare", good, locked), str(locked), "cannot be read")
    finally:
        locked.chmod(0o644)


def test_same_file_twice(tmp_path: Path, good: Path) -> None:
    assert_error(invoke("compare", good, good), str(good), "twice")
    link = tmp_path / "link.txt"
    link.symlink_to(good)
    assert_error(invoke("compare", good, link), str(good), str(link), "same file")
    hard = tmp_path / "hardlink.txt"
    os.link(good, hard)
    assert_error(invoke("compare", hard, good), str(hard), "same file")


def test_wrong_number_of_articles(good: Path, tmp_path: Path) -> None:
    other = write(tmp_path / "other.txt", HARD_B)
    assert_error(invoke("compare"), "got 0")
    assert_error(invoke("compare", good), "got 1")
    assert_error(invoke("compare", good, other, good), str(good), "given twice")
    assert_error(invoke("claims"), "ARTICLE", "crosscheck claims --help")
    assert_error(invoke("claims", good, other), "crosscheck claims --help")


def test_rules_dir_missing(tmp_path: Path, good: Path) -> None:
    other = write(tmp_path / "other.txt", HARD_B)
    missing = tmp_path / "no-rules"
    assert_error(invoke("compare", good, other, "--rules", missing), "--rules", str(missing))
    assert_error(invoke("rules", "--rules", missing), "--rules", str(missing))
    assert_error(invoke("compare", good, other, "--rules", good), "--rules", str(good), "not a folder")


def test_rules_dir_without_rule_files(tmp_path: Path, good: Path) -> None:
    other = write(tmp_path / "other.txt", HARD_B)
    folder = tmp_path / "empty-rules"
    folder.mkdir()
    assert_error(invoke("compare", good, other, "--rules", folder), "--rules", str(folder), "*.toml")


def test_rules_dir_with_malformed_toml(tmp_path: Path, good: Path) -> None:
    other = write(tmp_path / "other.txt", HARD_B)
    folder = tmp_path / "bad-rules"
    folder.mkdir()
    bad = write(folder / "broken.toml", '[[rule]\ncode = "X101\n')
    assert_error(invoke("compare", good, other, "--rules", folder), str(bad), "TOML", "line 1")
    assert_error(invoke("rules", "--rules", folder), str(bad), "TOML")


def test_rule_file_with_unknown_key(tmp_path: Path, good: Path) -> None:
    other = write(tmp_path / "other.txt", HARD_B)
    folder = tmp_path / "rules"
    folder.mkdir()
    bad = write(
        folder / "extra.toml",
        EXTRA_RULE.replace('kind = "quantity-compare"', 'kind = "quantity-compare"\ncolour = "red"'),
    )
    assert_error(invoke("compare", good, other, "--rules", folder), str(bad), "'colour'", "X101")
    alignment = write(folder / "extra.toml", "[alignment]\nstatement_treshold = 0.5\n")
    assert_error(invoke("rules", "--rules", folder), str(alignment), "statement_treshold")


def test_rule_defined_twice(tmp_path: Path, good: Path) -> None:
    other = write(tmp_path / "other.txt", HARD_B)
    folder = tmp_path / "rules"
    folder.mkdir()
    dup = write(folder / "dup.toml", EXTRA_RULE.replace("X101", "N101"))
    assert_error(invoke("compare", good, other, "--rules", folder), str(dup), "N101")


def test_select_or_ignore_unknown_code(tmp_path: Path, good: Path) -> None:
    other = write(tmp_path / "other.txt", HARD_B)
    assert_error(invoke("compare", good, other, "--select", "N101,Z999"), "--select", "Z999", "crosscheck rules")
    assert_error(invoke("compare", good, other, "--ignore", "no-such-rule"), "--ignore", "no-such-rule")


def test_rules_unknown_code() -> None:
    assert_error(invoke("rules", "UNKNOWN"), "rules UNKNOWN", "crosscheck rules")


def test_click_usage_errors(good: Path, tmp_path: Path) -> None:
    other = write(tmp_path / "other.txt", HARD_B)
    assert_error(invoke("compare", good, other, "--fail-on", "medium"), "--fail-on", "medium")
    assert_error(invoke("compare", good, other, "--no-such-option"), "--no-such-option")
    assert_error(invoke("frobnicate"), "frobnicate")
    assert_error(invoke(), "no command", "--help")


# --- inputs that must work ---------------------------------------------------------------------------------------


def test_utf8_bom_works_and_offsets_hold(tmp_path: Path) -> None:
    a = tmp_path / "bom.txt"
    a.write_bytes(b"\xef\xbb\xbf" + HARD_A.encode("utf-8"))
    b = write(tmp_path / "b.txt", HARD_B)
    result = invoke("compare", a, b, "--json")
    assert result.exit_code == 1, result.stderr
    document = json.loads(result.stdout)
    text = a.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")
    assert document["sources"][0]["chars"] == len(text)
    spans = [c for c in document["claims"] if c["source"] == "A"]
    spans += [e for f in document["findings"] for e in f["evidence"] if e["source"] == "A"]
    assert spans
    for item in spans:
        assert text[item["start"] : item["end"]] == item["text"]
    assert "N101" in {f["rule"]["code"] for f in document["findings"]}


def test_crlf_and_cr_newlines_offsets_hold(tmp_path: Path) -> None:
    a = tmp_path / "crlf.txt"
    a.write_bytes(HARD_A.replace("\n", "\r\n").encode("utf-8"))
    b = tmp_path / "cr.txt"
    b.write_bytes(HARD_B.replace("\n", "\r").encode("utf-8"))
    document = json.loads(invoke("compare", a, b, "--json").stdout)
    texts = {"A": a.read_text(encoding="utf-8"), "B": b.read_text(encoding="utf-8")}
    for item in document["claims"] + [e for f in document["findings"] for e in f["evidence"]]:
        assert texts[item["source"]][item["start"] : item["end"]] == item["text"]


def test_rules_lists_every_code() -> None:
    result = invoke("rules")
    assert result.exit_code == 0
    listed = re.findall(r"^([A-Z]{1,3}\d{3})\s", result.stdout, flags=re.MULTILINE)
    assert listed == [r.code for r in load_pack().rules]
    assert len(listed) == len(set(listed)) >= 10


def test_rules_shows_one_rule_with_examples() -> None:
    rule = load_pack().get("N101")
    for key in ("N101", "number-conflict"):
        result = invoke("rules", key)
        assert result.exit_code == 0
        assert result.stdout.startswith("N101")
        for ex in rule.examples:
            assert ex.a in result.stdout
            assert ex.b in result.stdout
        assert "example (fires)" in result.stdout
        assert "example (does not fire)" in result.stdout


def test_claims_text_output(good: Path) -> None:
    result = invoke("claims", good)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "Three" in result.stdout


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    """``crosscheck compare ... --json | head -c 10``: no traceback and no 'Exception ignored' noise."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "crosscheck", "compare", str(SEEDS[0]), str(SEEDS[1]), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert b"Traceback" not in err
    assert b"Exception ignored" not in err


def test_huge_number_is_reported(tmp_path: Path) -> None:
    a, b = pair(tmp_path, "The army said 1" + "0" * 309 + " troops had massed near the border.\n" + SHARED, SHARED)
    result = invoke("compare", a, b, "--json")
    assert result.exit_code in (0, 1), result.stderr
    json.loads(result.stdout)


def test_internal_errors_are_one_line(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a pipeline stage still gives one line (naming it a bug) and exit 2, not a traceback."""

    def broken(*args: object, **kwargs: object) -> object:
        raise ValueError("stage exploded\nwith a second line")

    monkeypatch.setattr("crosscheck.report.compare", broken)  # the CLI imports it when compare runs
    other = write(tmp_path / "other.txt", HARD_B)
    result = CliRunner().invoke(main, ["compare", str(good), str(other)])
    lines = result.stderr.splitlines()
    assert result.exit_code == 2
    assert len(lines) == 1
    assert lines[0].startswith("crosscheck: error: internal error (ValueError: stage exploded with a second line)")
    monkeypatch.setenv("CROSSCHECK_DEBUG", "1")
    assert isinstance(CliRunner().invoke(main, ["compare", str(good), str(other)]).exception, ValueError)


# --- the configuration file: crosscheck.toml or [tool.crosscheck] in pyproject.toml ------------------------------


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The working folder, holding the hard pair a.txt and b.txt (N101 fires: exit 1 under the default fail-on)."""
    monkeypatch.chdir(tmp_path)
    pair(tmp_path, HARD_A, HARD_B)
    return tmp_path


def rule_pack(folder: Path, code: str = "X101") -> Path:
    folder.mkdir(parents=True)
    write(folder / "extra.toml", EXTRA_RULE.replace("X101", code).replace("extra-number", f"extra-{code.lower()}"))
    return folder


def listed(result: Result) -> list[str]:
    assert result.exit_code == 0, result.stderr
    return re.findall(r"^([A-Z]{1,3}\d{3})\s", result.stdout, flags=re.MULTILINE)


def test_config_fail_on(project: Path) -> None:
    assert invoke("compare", "a.txt", "b.txt").exit_code == 1
    write(project / "crosscheck.toml", 'fail-on = "none"\n')
    assert invoke("compare", "a.txt", "b.txt").exit_code == 0
    pair(project, SOFT_A, SOFT_B)
    assert invoke("compare", "a.txt", "b.txt").exit_code == 0
    write(project / "crosscheck.toml", 'fail-on = "soft"\n')
    assert invoke("compare", "a.txt", "b.txt").exit_code == 1


def test_config_select_and_ignore(project: Path) -> None:
    write(project / "crosscheck.toml", 'select = ["D001"]\n')
    result = invoke("compare", "a.txt", "b.txt", "--json")
    assert (result.exit_code, codes(result)) == (0, {"D001"})
    write(project / "crosscheck.toml", 'ignore = ["number-conflict"]\n')
    result = invoke("compare", "a.txt", "b.txt", "--json")
    assert result.exit_code == 0
    assert "N101" not in codes(result) and "D001" in codes(result)


def test_config_rules_folders_for_compare_and_rules(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rule_pack(project / "packs" / "newsroom")
    write(project / "crosscheck.toml", 'rules = ["packs/newsroom"]\nselect = ["X101"]\n')
    assert listed(invoke("rules"))[-1] == "X101"
    result = invoke("compare", "a.txt", "b.txt", "--json")
    assert (result.exit_code, codes(result)) == (1, {"X101"})
    (project / "sub").mkdir()
    monkeypatch.chdir(project / "sub")  # the folder is relative to the config file, not to the working folder
    assert listed(invoke("rules"))[-1] == "X101"


def test_config_is_found_in_a_parent_folder(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(project / "crosscheck.toml", 'fail-on = "none"\n')
    deep = project / "desk" / "today"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert invoke("compare", "../../a.txt", "../../b.txt").exit_code == 0


def test_crosscheck_toml_beats_pyproject_in_the_same_folder(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.crosscheck]\nfail-on = "none"\n')
    assert invoke("compare", "a.txt", "b.txt").exit_code == 0
    write(project / "crosscheck.toml", 'fail-on = "hard"\n')
    assert invoke("compare", "a.txt", "b.txt").exit_code == 1


def test_pyproject_without_the_table_is_skipped(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(project / "crosscheck.toml", 'fail-on = "none"\n')
    sub = project / "sub"
    sub.mkdir()
    write(sub / "pyproject.toml", '[project]\nname = "sub"\n\n[tool.ruff]\nline-length = 100\n')
    monkeypatch.chdir(sub)
    assert invoke("compare", "../a.txt", "../b.txt").exit_code == 0  # the parent's crosscheck.toml applies
    write(sub / "pyproject.toml", '[tool.crosscheck]\nfail-on = "hard"\n')
    assert invoke("compare", "../a.txt", "../b.txt").exit_code == 1  # now the nearest folder's file wins


def test_explicit_config_file(project: Path) -> None:
    write(project / "crosscheck.toml", 'fail-on = "none"\n')
    (project / "conf").mkdir()
    other = write(project / "conf" / "strict.toml", 'fail-on = "hard"\n')
    assert invoke("compare", "a.txt", "b.txt").exit_code == 0
    assert invoke("compare", "a.txt", "b.txt", "--config", other).exit_code == 1
    pyproject = write(project / "conf" / "pyproject.toml", '[tool.crosscheck]\nignore = ["N101"]\n')
    assert invoke("compare", "a.txt", "b.txt", "--config", pyproject).exit_code == 0
    assert_error(invoke("compare", "a.txt", "b.txt", "--config", "nope.toml"), "nope.toml", "no such")
    write(pyproject, '[project]\nname = "x"\n')
    assert_error(invoke("rules", "--config", pyproject), str(pyproject), "no [tool.crosscheck] table")


def test_isolated_ignores_the_config_file(project: Path) -> None:
    write(project / "crosscheck.toml", 'fail-on = "none"\n')
    assert invoke("compare", "a.txt", "b.txt", "--isolated").exit_code == 1
    write(project / "crosscheck.toml", "this is not TOML\n")  # not even read
    assert invoke("compare", "a.txt", "b.txt", "--no-config").exit_code == 1
    assert listed(invoke("rules", "--isolated")) == [r.code for r in load_pack().rules]
    assert_error(invoke("rules", "--isolated", "--config", "crosscheck.toml"), "--config", "--isolated")


def test_command_line_overrides_config(project: Path) -> None:
    write(project / "crosscheck.toml", 'fail-on = "none"\nselect = ["D001"]\n')
    assert invoke("compare", "a.txt", "b.txt").exit_code == 0
    assert invoke("compare", "a.txt", "b.txt", "--fail-on", "hard").exit_code == 0  # only D001 is selected
    result = invoke("compare", "a.txt", "b.txt", "--json", "--fail-on", "hard", "--select", "N101")
    assert (result.exit_code, codes(result)) == (1, {"N101"})  # explicit --fail-on hard beats fail-on = "none"
    assert "N101" in codes(invoke("compare", "a.txt", "b.txt", "--json", "--select", ""))  # all rules again
    write(project / "crosscheck.toml", 'ignore = ["N101"]\n')
    assert invoke("compare", "a.txt", "b.txt").exit_code == 0
    assert invoke("compare", "a.txt", "b.txt", "--ignore", "D001").exit_code == 1  # replaces, not adds


def test_command_line_rules_come_after_the_config_rules(project: Path) -> None:
    rule_pack(project / "config-rules", "X101")
    rule_pack(project / "cli-rules", "Y101")
    write(project / "crosscheck.toml", 'rules = ["config-rules"]\n')
    assert listed(invoke("rules", "--rules", "cli-rules"))[-2:] == ["X101", "Y101"]
    assert listed(invoke("rules", "--rules", "config-rules"))[-1] == "X101"  # the same folder is loaded once


MALFORMED_CONFIGS = [
    ('fail-on = "medium"\n', "fail-on", '"medium" is not one of hard, soft, single-source, none'),
    ("fail-on = true\n", "fail-on", "is not one of"),
    ('select = "N101"\n', "select", "must be a list of strings"),
    ("ignore = [101]\n", "ignore", "must be a list of strings"),
    ('rules = "packs"\n', "rules", "must be a list of strings"),
    ('rules = ["no-such-folder"]\n', "rules", "no such folder"),
    ("colour = 'red'\n", "colour", "unknown key"),
    ('fail-on = "hard\n', "", "not valid TOML"),
]


@pytest.mark.parametrize(
    ("body", "key", "problem"), MALFORMED_CONFIGS, ids=[m[0].split("=")[0].strip() for m in MALFORMED_CONFIGS]
)
@pytest.mark.parametrize("form", ["crosscheck.toml", "pyproject.toml"])
def test_malformed_config(project: Path, body: str, key: str, problem: str, form: str) -> None:
    table = "[tool.crosscheck]\n" if form == "pyproject.toml" else ""
    path = write(project / form, table + body)
    named = f"{path}: [tool.crosscheck] {key}" if table and key else f"{path}: {key}"
    for args in (["compare", "a.txt", "b.txt"], ["rules"], ["rules", "explain", "N101"]):
        assert_error(invoke(*args), named, problem)


def test_unknown_rule_in_config_select_or_ignore(project: Path) -> None:
    path = write(project / "pyproject.toml", '[tool.crosscheck]\nselect = ["N101", "Z999"]\n')
    assert_error(invoke("compare", "a.txt", "b.txt"), f'{path}: [tool.crosscheck] select: "Z999"', "crosscheck rules")
    assert invoke("compare", "a.txt", "b.txt", "--select", "N101").exit_code == 1  # the command line replaces it
    assert listed(invoke("rules"))  # listing the rules still works, to find the right code
    path = write(project / "crosscheck.toml", 'ignore = ["no-such-rule"]\n')
    assert_error(invoke("compare", "a.txt", "b.txt"), f'{path}: ignore: "no-such-rule"', "not a rule code or name")


def test_unreadable_config(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(project / "crosscheck.toml", "")
    read_text = Path.read_text

    def denied(self: Path, *args: Any, **kwargs: Any) -> str:
        if self.name == "crosscheck.toml":
            raise PermissionError(13, "Permission denied", str(self))
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", denied)  # chmod 0 does not stop root, who may run the tests
    assert_error(invoke("compare", "a.txt", "b.txt"), str(path), "cannot be read", "Permission denied")
    assert_error(invoke("compare", "a.txt", "b.txt", "--config", path), str(path), "cannot be read")


# --- rules explain -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["N101", "number-conflict"])
def test_rules_explain(key: str) -> None:
    rule = load_pack().get("N101")
    result = invoke("rules", "explain", key)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == invoke("rules", key).stdout  # `rules CODE` is short for `rules explain CODE`
    assert result.stdout.startswith("N101  number-conflict")
    for part in (f"message: {rule.message}", "params:  {'relation': 'conflict'", f"from:    {rule.origin}"):
        assert part in result.stdout
    for ex in rule.examples:
        assert f"a: {ex.a}" in result.stdout and f"b: {ex.b}" in result.stdout
    assert "example (fires)" in result.stdout and "example (does not fire)" in result.stdout


def test_rules_explain_a_rule_from_the_config_folders(project: Path) -> None:
    folder = rule_pack(project / "packs")
    write(project / "crosscheck.toml", 'rules = ["packs"]\n')
    result = invoke("rules", "explain", "extra-x101-conflict")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("X101")
    assert f"from:    {folder.resolve() / 'extra.toml'}" in result.stdout
    assert_error(invoke("rules", "explain", "X101", "--isolated"), "rules explain X101", "unknown rule")


def test_rules_explain_errors() -> None:
    assert_error(invoke("rules", "explain", "ZZZ"), "rules explain ZZZ: unknown rule code or name", "crosscheck rules")
    assert_error(invoke("rules", "explain"), "rules explain", "give one rule code or name")
    assert_error(invoke("rules", "explain", "N101", "N102"), "give one rule code or name")
    assert_error(invoke("rules", "N101", "N102"), "give one rule code or name")
    assert "explain" in invoke("rules", "--help").stdout

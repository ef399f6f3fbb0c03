"""Baselines: known findings are accepted by a stable fingerprint, so a gate fails only on new ones."""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from cli_support import HARD_A as A
from cli_support import HARD_B as B
from cli_support import assert_error, invoke

from crosscheck import compare_texts
from crosscheck.baseline import apply_baseline, baseline_document, fingerprint, write_baseline
from crosscheck.errors import OutputError
from crosscheck.model import Verdict


def _hard(texts: list[str]) -> list[str]:
    return [fingerprint(f) for f in compare_texts(texts).findings if f.verdict is Verdict.DISCREPANCY]


def test_fingerprint_survives_edits_elsewhere_reordering_and_renaming() -> None:
    before = _hard([A, B])
    assert len(before) == 1
    moved = "The fire broke out shortly after noon.\n\n" + A  # every offset of A shifts
    assert _hard([moved, B]) == before
    assert _hard([B, A]) == before  # the articles swapped: the sources' ids swap too


def test_fingerprint_changes_with_the_figure_or_the_rule() -> None:
    before = _hard([A, B])
    assert _hard([A, B.replace("Four", "Five")]) != before
    report = compare_texts([A, B])
    codes = {f.rule.code: fingerprint(f) for f in report.findings}
    assert len(set(codes.values())) == len(codes)


def test_a_baseline_accepts_known_findings_and_counts_them() -> None:
    report = compare_texts([A, B])
    known = Counter(str(item["fingerprint"]) for item in baseline_document(report)["findings"])
    accepted = apply_baseline(report, known)
    assert accepted.findings == ()
    assert accepted.accepted == len(report.findings)
    newer = compare_texts([A, B.replace("Tuesday", "Wednesday")])
    left = apply_baseline(newer, known)
    assert [f.rule.code for f in left.findings if f.verdict is Verdict.DISCREPANCY] == ["D101"]


def test_a_fingerprint_listed_once_accepts_one_finding() -> None:
    report = compare_texts([A, B])
    hard = next(f for f in report.findings if f.verdict is Verdict.DISCREPANCY)
    doubled = compare_texts([A + A.split("\n")[0] + "\n", B + B.split("\n")[0] + "\n"])
    left = apply_baseline(doubled, Counter({fingerprint(hard): 1}))
    assert left.accepted == 1
    assert sum(fingerprint(f) == fingerprint(hard) for f in left.findings) == (
        sum(fingerprint(f) == fingerprint(hard) for f in doubled.findings) - 1
    )


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A, encoding="utf-8")
    b.write_text(B, encoding="utf-8")
    return a, b


def test_cli_gate_fails_only_on_new_findings(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = pair
    base = tmp_path / "baseline.json"
    assert invoke("compare", a, b).exit_code == 1
    written = invoke("compare", a, b, "--write-baseline", base)
    assert written.exit_code == 0, written.stderr
    assert json.loads(base.read_text(encoding="utf-8"))["crosscheck_baseline"] == 1
    gated = invoke("compare", a, b, "--baseline", base, "--json")
    assert gated.exit_code == 0, gated.stderr
    document = json.loads(gated.stdout)
    assert document["findings"] == [] and document["summary"]["baselined"] > 0
    b.write_text(B.replace("Tuesday", "Wednesday"), encoding="utf-8")
    assert invoke("compare", a, b, "--baseline", base).exit_code == 1


@pytest.mark.parametrize(
    ("content", "mention"),
    [
        ("not json", "invalid JSON"),
        ('{"findings": []}', "crosscheck_baseline"),
        ('{"crosscheck_baseline": 1, "findings": {}}', "findings"),
        ('{"crosscheck_baseline": 1, "findings": [{"rule": "N101"}]}', "findings[0].fingerprint"),
        ("[1, 2]", "crosscheck_baseline"),
    ],
)
def test_malformed_baseline_is_one_line_naming_the_key(
    pair: tuple[Path, Path], tmp_path: Path, content: str, mention: str
) -> None:
    base = tmp_path / "baseline.json"
    base.write_text(content, encoding="utf-8")
    assert_error(invoke("compare", *pair, "--baseline", base), str(base), mention)


def test_missing_or_directory_baseline(pair: tuple[Path, Path], tmp_path: Path) -> None:
    assert_error(invoke("compare", *pair, "--baseline", tmp_path / "none.json"), "--write-baseline")
    assert_error(invoke("compare", *pair, "--baseline", tmp_path), "directory")


def test_unwritable_baseline_leaves_nothing_behind(pair: tuple[Path, Path], tmp_path: Path) -> None:
    assert_error(invoke("compare", *pair, "--write-baseline", tmp_path / "no" / "b.json"), "cannot be written")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_a_failed_baseline_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "baseline.json"
    target.write_text("old", encoding="utf-8")

    def broken(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("crosscheck.write.os.replace", broken)
    with pytest.raises(OutputError, match="cannot be written"):
        write_baseline(compare_texts([A, B]), target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]


def test_pre_commit_hook_runs_the_installed_command() -> None:
    root = Path(__file__).resolve().parent.parent
    hook = (root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    fields = dict(re.findall(r"^\s*-?\s*(\w+): (.+)$", hook, flags=re.MULTILINE))
    assert fields["id"] == "crosscheck"
    assert fields["language"] == "python"
    assert fields["pass_filenames"] == "false"
    program, command = fields["entry"].split()
    scripts = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert program in scripts
    assert invoke(command, "--help").exit_code == 0


def test_documented_gate_options_exist() -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "ci.md").read_text(encoding="utf-8")
    help_text = invoke("compare", "--help").stdout
    commands = re.findall(r"crosscheck compare [^\n`]*", page)
    options = {o for c in commands for o in re.findall(r"(?<![\w-])--[a-z][a-z-]*", c)}
    assert {"--baseline", "--write-baseline", "--fail-on"} <= options
    for option in sorted(options):
        assert option in help_text, option


def test_write_baseline_records_every_finding_even_with_a_baseline(pair: tuple[Path, Path], tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    assert invoke("compare", *pair, "--write-baseline", base).exit_code == 0
    recorded = json.loads(base.read_text(encoding="utf-8"))["findings"]
    again = invoke("compare", *pair, "--baseline", base, "--write-baseline", base)
    assert again.exit_code == 0, again.stderr
    assert json.loads(base.read_text(encoding="utf-8"))["findings"] == recorded  # not emptied by what it accepted
    assert invoke("compare", *pair, "--baseline", base).exit_code == 0


def test_outputs_never_replace_an_article_or_each_other(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = pair
    before = a.read_text(encoding="utf-8")
    assert_error(invoke("compare", a, b, "-o", a, "--format", "markdown"), "--output", str(a), "is the article")
    assert_error(invoke("compare", a, b, "--write-baseline", b), "--write-baseline", "is the article")
    out = tmp_path / "out.json"
    assert_error(invoke("compare", a, b, "-o", out, "--write-baseline", out), "are the same file")
    assert a.read_text(encoding="utf-8") == before
    assert not out.exists()


def test_output_dash_is_standard_output(
    pair: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("compare", *pair, "-o", "-", "--format", "markdown", "--fail-on", "none")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# crosscheck report")
    assert not (tmp_path / "-").exists()

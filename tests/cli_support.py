"""What the CLI tests share: small articles that give each verdict, and running the CLI in-process.

The articles are ECB+ sentences (Cybulska & Vossen 2014, CC BY 3.0), adapted.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from crosscheck.cli import main

SHARED = (
    "Firefighters reached the bank building in central Athens after protesters moved away.\n"
    "The government condemned the attack and promised a full investigation.\n"
)
HARD_A = "Three people were killed in the fire on Tuesday.\n" + SHARED
HARD_B = "Four people were killed in the fire on Tuesday.\n" + SHARED
SOFT_A = "Officials said more than 5,000 soldiers had massed near the border.\n" + SHARED
SOFT_B = "Officials said around 5,000 soldiers had massed near the border.\n" + SHARED
SINGLE_A = "Rescuers pulled five other bank workers from the burning building.\n" + SHARED
SINGLE_B = SHARED
SAME = "Three people were killed in the fire on Tuesday.\n" + SHARED


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def pair(tmp_path: Path, a: str, b: str) -> tuple[Path, Path]:
    """Two article files, a.txt and b.txt, in ``tmp_path``."""
    return write(tmp_path / "a.txt", a), write(tmp_path / "b.txt", b)


def invoke(*args: str | Path) -> Result:
    """Run ``crosscheck ARGS`` in-process. An exception that escapes the CLI is a bug: it is raised here."""
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # the CLI must turn every error into an exit code
    return result


def assert_error(result: Result, *mentions: str) -> str:
    """Exit 2, nothing on stdout, exactly one stderr line ``crosscheck: error: ...`` naming ``mentions``."""
    lines = result.stderr.splitlines()
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("crosscheck: error: "), lines[0]
    assert "Traceback" not in result.stderr
    assert "internal error" not in lines[0], lines[0]
    assert result.stdout == ""
    for m in mentions:
        assert m in lines[0], (m, lines[0])
    return lines[0]

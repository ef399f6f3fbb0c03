"""The configuration file: discovery from a folder upwards, each key, and every malformed file naming file and key.

The command line's use of it (precedence, exit codes) is tested in tests/test_cli.py.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from crosscheck.config import Config, find_config, load_config
from crosscheck.errors import ConfigError, CrosscheckError

EXTRA_RULE = (Path(__file__).parent / "data" / "packs" / "extra_rule.toml").read_text(encoding="utf-8")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def pack(folder: Path) -> Path:
    write(folder / "extra.toml", EXTRA_RULE)
    return folder


# --- discovery ---------------------------------------------------------------------------------------------------


def test_found_in_a_parent_folder(tmp_path: Path) -> None:
    config = write(tmp_path / "crosscheck.toml", "")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == config
    assert find_config(tmp_path) == config


def test_crosscheck_toml_beats_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.crosscheck]\n")
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    write(tmp_path / "crosscheck.toml", "")
    assert find_config(tmp_path) == tmp_path / "crosscheck.toml"


def test_pyproject_without_our_table_is_skipped(tmp_path: Path) -> None:
    parent = write(tmp_path / "crosscheck.toml", "")
    write(tmp_path / "proj" / "pyproject.toml", '[project]\nname = "x"\n\n[tool.ruff]\nline-length = 100\n')
    assert find_config(tmp_path / "proj") == parent


def test_the_nearest_folder_wins(tmp_path: Path) -> None:
    write(tmp_path / "crosscheck.toml", "")
    near = write(tmp_path / "proj" / "pyproject.toml", "[tool.crosscheck]\n")
    assert find_config(tmp_path / "proj" / "src") == near  # a folder that need not exist


def test_nothing_here_means_looking_further_up(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[project]\n")
    (tmp_path / "crosscheck.toml").mkdir()
    assert find_config(tmp_path) == find_config(tmp_path.parent)


def test_a_broken_pyproject_on_the_way_up_is_reported(tmp_path: Path) -> None:
    broken = write(tmp_path / "sub" / "pyproject.toml", "[tool.crosscheck\n")
    assert str(_error(lambda: find_config(tmp_path / "sub"))).startswith(f"{broken}: not valid TOML")


# --- the keys ----------------------------------------------------------------------------------------------------


def test_an_empty_file_gives_the_defaults(tmp_path: Path) -> None:
    path = write(tmp_path / "crosscheck.toml", "")
    assert load_config(path) == Config(path=path)
    assert Config().fail_on == "hard"


def test_every_key_in_crosscheck_toml(tmp_path: Path) -> None:
    pack(tmp_path / "packs" / "newsroom")
    path = write(
        tmp_path / "crosscheck.toml",
        'rules = ["packs/newsroom"]\nselect = ["N101", "date-conflict"]\nignore = ["U004"]\nfail-on = "soft"\n',
    )
    config = load_config(path)
    assert config.rules == (tmp_path / "packs" / "newsroom",)
    assert config.select == ("N101", "date-conflict")
    assert config.ignore == ("U004",)
    assert config.fail_on == "soft"


def test_every_key_in_pyproject(tmp_path: Path) -> None:
    pack(tmp_path / "rules")
    path = write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.crosscheck]\nrules = ["rules"]\nselect = ["N101"]\n'
        'ignore = ["N102"]\nfail-on = "single-source"\n',
    )
    config = load_config(path)
    assert (config.rules, config.select, config.ignore, config.fail_on) == (
        (tmp_path / "rules",),
        ("N101",),
        ("N102",),
        "single-source",
    )


@pytest.mark.parametrize("level", ["hard", "soft", "single-source", "none"])
def test_every_fail_on_level(tmp_path: Path, level: str) -> None:
    assert load_config(write(tmp_path / "crosscheck.toml", f'fail-on = "{level}"\n')).fail_on == level


def test_rules_folders_are_relative_to_the_file_not_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack(tmp_path / "proj" / "my-rules")
    path = write(tmp_path / "proj" / "crosscheck.toml", 'rules = ["my-rules"]\n')
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert load_config(Path("../proj/crosscheck.toml")).rules == (Path("../proj/my-rules"),)
    absolute = pack(tmp_path / "abs")
    assert load_config(write(path, f"rules = [{str(absolute)!r}]\n")).rules == (absolute,)


def test_rule_folders_come_config_first_then_the_command_line_each_once(tmp_path: Path) -> None:
    a, b, c = (pack(tmp_path / name) for name in "abc")
    config = Config(rules=(a, b))
    assert config.rule_folders([c, tmp_path / "b" / ".." / "a"]) == (a, b, c)
    assert Config().rule_folders([c]) == (c,)


def test_unknown_codes_name_the_file_and_the_key(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.crosscheck]\nselect = ["N101"]\nignore = ["N999"]\n')
    config = load_config(path)
    assert config.checked_codes("select", {"N101"}) == ("N101",)
    message = str(_error(lambda: config.checked_codes("ignore", {"N101"})))
    assert message.startswith(f'{path}: [tool.crosscheck] ignore: "N999" is not a rule code or name')


# --- malformed files: a ConfigError naming the file and the key --------------------------------------------------

MALFORMED = [
    ('fail-on = "medium"\n', 'fail-on: "medium" is not one of hard, soft, single-source, none'),
    ("fail-on = 1\n", "fail-on: 1 is not one of"),
    ("fail_on = 'soft'\n", "fail_on: unknown key (did you mean 'fail-on'?); the keys are rules, select, ignore"),
    ("colour = 'red'\n", "colour: unknown key; the keys are"),
    ('select = "N101"\n', 'select: "N101" must be a list of strings, e.g. select = ['),
    ("ignore = [1]\n", "ignore: [1] must be a list of strings"),
    ('ignore = [""]\n', 'ignore: [""] must be a list of strings'),
    ('rules = "packs"\n', 'rules: "packs" must be a list of strings'),
    ('rules = ["missing"]\n', 'rules: "missing": no such folder'),
    ('rules = ["empty"]\n', 'rules: "empty": no *.toml rule files in this folder'),
    ('rules = ["file.txt"]\n', 'rules: "file.txt": is not a folder'),
]


@pytest.mark.parametrize(("body", "expected"), MALFORMED, ids=[m[1].split(":")[0] for m in MALFORMED])
@pytest.mark.parametrize("form", ["crosscheck.toml", "pyproject.toml"])
def test_malformed_keys(tmp_path: Path, body: str, expected: str, form: str) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path / "file.txt", "not a folder")
    table = "[tool.crosscheck]\n" if form == "pyproject.toml" else ""
    path = write(tmp_path / form, table + body)
    message = str(_error(lambda: load_config(path)))
    where = f"{path}: [tool.crosscheck] " if table else f"{path}: "
    assert message.startswith(where + expected), message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("crosscheck.toml", 'fail-on = "hard\n', "not valid TOML ("),
        ("crosscheck.toml", "select = []\nselect = []\n", "not valid TOML"),
        ("pyproject.toml", "[project]\n", "has no [tool.crosscheck] table"),
        ("pyproject.toml", "[tool]\ncrosscheck = 1\n", "[tool.crosscheck] must be a table"),
        ("crosscheck.toml", "[tool.crosscheck]\nfail-on = 'soft'\n", "tool: unknown key (in crosscheck.toml the keys"),
    ],
)
def test_malformed_files(tmp_path: Path, name: str, content: str, expected: str) -> None:
    path = write(tmp_path / name, content)
    assert str(_error(lambda: load_config(path))).startswith(f"{path}: {expected}")


def test_missing_directory_and_non_utf8_files(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    assert str(_error(lambda: load_config(missing))) == f"{missing}: no such configuration file; check the path"
    assert "is a directory" in str(_error(lambda: load_config(tmp_path)))
    latin = tmp_path / "latin.toml"
    latin.write_bytes('select = ["café"]\n'.encode("latin-1"))
    assert str(_error(lambda: load_config(latin))).startswith(f"{latin}: not valid UTF-8 (byte 14)")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path / "crosscheck.toml", "")

    def denied(self: Path, *args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_text", denied)  # chmod 0 does not stop root, who may run the tests
    assert str(_error(lambda: load_config(locked))) == f"{locked}: cannot be read (Permission denied)"


def test_config_error_is_a_crosscheck_error_with_exit_code_2() -> None:
    assert issubclass(ConfigError, CrosscheckError)
    assert ConfigError("x").exit_code == 2


def _error(call: Callable[[], object]) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        call()
    return info.value


def test_the_documented_examples_load(tmp_path: Path) -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "config.md").read_text(encoding="utf-8")
    examples = re.findall(r"```toml\n(.*?)```", page, flags=re.DOTALL)
    assert len(examples) == 2
    for text in examples:
        data = tomllib.loads(text)
        for folder in data.get("rules", []):
            pack(tmp_path / folder)
        path = write(tmp_path / ("pyproject.toml" if "tool" in data else "crosscheck.toml"), text)
        assert load_config(path).fail_on == "soft"

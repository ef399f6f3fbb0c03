"""The configuration file: ``crosscheck.toml`` (top-level keys) or ``[tool.crosscheck]`` in ``pyproject.toml``.

Found like ruff finds its own: from a start folder up to the filesystem root, the first folder with a
``crosscheck.toml``, or a ``pyproject.toml`` that has a ``[tool.crosscheck]`` table, wins (``crosscheck.toml``
first). Keys: ``rules`` (folders of extra rule packs, relative to the file's folder), ``select`` and ``ignore``
(rule codes or names) and ``fail-on``. Every error names the file and the key. The command line's options
override these values; how is the CLI's business (:mod:`crosscheck.cli`).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any, Literal

from attrs import frozen

from crosscheck.errors import ConfigError
from crosscheck.records import Repr

CONFIG_NAME = "crosscheck.toml"
PYPROJECT_NAME = "pyproject.toml"
FAIL_LEVELS = ("hard", "soft", "single-source", "none")
DEFAULT_FAIL_ON = "hard"
KEYS = ("rules", "select", "ignore", "fail-on")


@frozen(repr=False)
class Config(Repr):
    """The values of one configuration file; the defaults when there is none (``path`` is ``None``)."""

    path: Path | None = None
    rules: tuple[Path, ...] = ()  # resolved against the file's folder
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = DEFAULT_FAIL_ON

    def rule_folders(self, extra: Sequence[Path] = ()) -> tuple[Path, ...]:
        """This file's rule folders, then ``extra`` (the command line's), each folder once."""
        seen: set[Path] = set()
        out: list[Path] = []
        for folder in (*self.rules, *extra):
            key = folder.resolve()
            if key not in seen:
                seen.add(key)
                out.append(folder)
        return tuple(out)

    def checked_codes(self, key: Literal["select", "ignore"], known: Collection[str]) -> tuple[str, ...]:
        """The ``select`` or ``ignore`` value, every code or name checked against ``known``."""
        codes: tuple[str, ...] = getattr(self, key)
        for code in codes:
            if code not in known:
                where = _where(self.path or Path(CONFIG_NAME), key)
                raise ConfigError(f"{where}: {_toml(code)} is not a rule code or name; `crosscheck rules` lists them")
        return codes


def find_config(start: Path) -> Path | None:
    """The configuration file for ``start``: the nearest ``crosscheck.toml`` or ``pyproject.toml`` with our table."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder / CONFIG_NAME
        pyproject = folder / PYPROJECT_NAME
        if pyproject.is_file() and _tool_table(_read(pyproject)) is not None:
            return pyproject
    return None


def load_config(path: Path) -> Config:
    """Read and validate ``path``: a ``pyproject.toml`` (its ``[tool.crosscheck]`` table) or any other file
    with the keys at the top level."""
    data: Any = _read(path)
    if path.name == PYPROJECT_NAME:
        data = _tool_table(data)
        if data is None:
            raise ConfigError(f"{path}: has no [tool.crosscheck] table")
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.crosscheck] must be a table")
    for key in data:
        if key not in KEYS:
            raise ConfigError(f"{_where(path, key)}: unknown key{_hint(key)}; the keys are {', '.join(KEYS)}")
    fail_on = data.get("fail-on", DEFAULT_FAIL_ON)
    if fail_on not in FAIL_LEVELS:
        raise ConfigError(f"{_where(path, 'fail-on')}: {_toml(fail_on)} is not one of {', '.join(FAIL_LEVELS)}")
    return Config(
        path=path,
        rules=tuple(_rules_folder(path, raw) for raw in _strings(path, data, "rules", '["my-rules"]')),
        select=_strings(path, data, "select", '["N101", "date-conflict"]'),
        ignore=_strings(path, data, "ignore", '["U004"]'),
        fail_on=fail_on,
    )


def rules_folder_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot be a rule pack, or ``None`` when it can."""
    if not folder.exists():
        return "no such folder"
    if not folder.is_dir():
        return "is not a folder"
    if not any(folder.glob("*.toml")):
        return "no *.toml rule files in this folder"
    return None


def _read(path: Path) -> dict[str, Any]:
    import tomllib  # only when a file is parsed: a cached pack and --isolated need no TOML parser

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file; check the path") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory; give the configuration file") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot be read ({e.strerror or e})") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not valid UTF-8 (byte {e.start}); TOML files are UTF-8") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML ({e})") from None


def _tool_table(data: dict[str, Any]) -> Any:
    """``[tool.crosscheck]`` of a parsed ``pyproject.toml``, or ``None``."""
    tool = data.get("tool")
    return tool.get("crosscheck") if isinstance(tool, dict) else None


def _strings(path: Path, data: dict[str, Any], key: str, example: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{_where(path, key)}: {_toml(value)} must be a list of strings, e.g. {key} = {example}")
    return tuple(v.strip() for v in value)


def _rules_folder(path: Path, raw: str) -> Path:
    folder = path.parent / raw
    problem = rules_folder_problem(folder)
    if problem:
        raise ConfigError(
            f"{_where(path, 'rules')}: {_toml(raw)}: {problem} ({folder}); "
            "give folders of *.toml rule files, relative to the configuration file's folder"
        )
    return folder


def _where(path: Path, key: str) -> str:
    """How a message names ``key``: ``crosscheck.toml: fail-on``, ``pyproject.toml: [tool.crosscheck] fail-on``."""
    return f"{path}: [tool.crosscheck] {key}" if path.name == PYPROJECT_NAME else f"{path}: {key}"


def _hint(key: str) -> str:
    if key == "tool":
        return f" (in {CONFIG_NAME} the keys go at the top level, without a [tool.crosscheck] table)"
    import difflib  # only for this message

    close = difflib.get_close_matches(key, KEYS, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _toml(value: Any) -> str:
    """``value`` as TOML would write it (near enough for a message): ``"medium"``, ``["a", 1]``, ``true``."""
    return json.dumps(value, ensure_ascii=False, default=str)

"""Golden tables kept as TSV files under tests/data: a first comment line (where the sentences come from), then a
header and one row per case; a row's ``xfail`` column, when filled, makes its case a strict xfail with that reason."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from _pytest.mark.structures import ParameterSet

Row = dict[str, str]


def rows(table: Path) -> list[Row]:
    """The table's rows, its comment lines left out."""
    with table.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def cases(table: Path) -> list[ParameterSet]:
    """One test case per row, named by its ``id``; a strict xfail where the row gives a reason."""
    out = []
    for row in rows(table):
        marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if row["xfail"] else []
        out.append(pytest.param(row, id=row["id"], marks=marks))
    return out

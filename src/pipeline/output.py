"""Render rows (lists of flat dicts) as a rich table, JSON or CSV, for every listing command."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from rich.console import Console
from rich.table import Table

Row = Mapping[str, Any]
FORMATS = ("table", "json", "csv")


def cell(value: Any) -> str:
    """A value as short readable text."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(rows: Sequence[Row]) -> str:
    return json.dumps([dict(r) for r in rows], default=_jsonable, ensure_ascii=False, indent=2)


def to_csv(rows: Sequence[Row], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def _csv_cell(value: Any) -> str:
    # CSV keeps full ISO timestamps; the table shortens them.
    if isinstance(value, datetime | date):
        return value.isoformat()
    return cell(value)


def print_rows(
    console: Console,
    rows: Sequence[Row],
    columns: Sequence[str],
    fmt: str,
    *,
    title: str | None = None,
) -> None:
    """Print ``rows`` in ``fmt``; JSON and CSV go out unwrapped so they can be piped."""
    if fmt == "json":
        console.out(to_json(rows), highlight=False)
    elif fmt == "csv":
        console.out(to_csv(rows, columns), highlight=False, end="")
    else:
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column.replace("_", " "), overflow="fold")
        for row in rows:
            table.add_row(*(cell(row.get(c)) for c in columns))
        console.print(table)

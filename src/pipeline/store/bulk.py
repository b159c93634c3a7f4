"""Driver-level statements for the per-poll hot path: values converted once, no per-row layers.

A steady-state pass writes one fetch row and one feed update per poll. Through SQLAlchemy's
compiled statements every row went through per-value bind processors (three per timestamp on
SQLite) and per-row parameter dicts: most of the cost of a 304. Here the SQL is plain text with
the driver's own placeholders and each value is converted once, in the same form SQLAlchemy
would store it, so rows written either way read back identically.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, Table
from sqlalchemy.engine import Dialect

from pipeline.errors import StorageError

IN_CHUNK = 500  # ids per IN (...) on SQLite; far below its parameter limit


def time_value(value: datetime | None, dialect: str) -> Any:
    """A timestamp as ``UTCDateTime`` binds it: naive UTC text on SQLite, aware on PostgreSQL.

    The SQLite text is SQLAlchemy's fixed-width format (microseconds always present), which
    must not differ: feeds are compared and ordered by these columns as text.
    """
    if value is None:
        return None
    offset = value.utcoffset()
    if offset is None:
        raise StorageError(f"naive datetime {value!r}: the store needs timezone-aware values")
    if dialect != "sqlite":
        return value
    if offset:
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def insert_many(
    conn: Connection,
    dialect: str,
    table: Table,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
) -> None:
    """INSERT ``rows`` (values already in driver form, in ``columns`` order) in one go.

    SQLite: one executemany (no round trips). PostgreSQL: one statement over one array per
    column, as executemany would cost the server a statement per row.
    """
    if not rows:
        return
    names = ", ".join(columns)
    if dialect == "sqlite":
        places = ", ".join(["?"] * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({places})", rows)
        return
    arrays = ", ".join(_pg_array(conn, table.c[name]) for name in columns)
    sql = f"INSERT INTO {table.name} ({names}) SELECT * FROM unnest({arrays})"
    conn.exec_driver_sql(sql, _pg_columns(rows))


def update_many(
    conn: Connection,
    dialect: str,
    table: Table,
    columns: Sequence[tuple[str, bool]],
    rows: list[tuple[Any, ...]],
) -> None:
    """Update rows by id: ``columns`` are (name, added) pairs; each row ends with its id.

    An added column goes up by one in SQL and takes no value; every other one is set to the
    row's next value. SQLite: one executemany; PostgreSQL: one UPDATE ... FROM unnest(...).
    """
    if not rows:
        return
    if dialect == "sqlite":
        sets = [f"{name} = {name} + 1" if added else f"{name} = ?" for name, added in columns]
        conn.exec_driver_sql(f"UPDATE {table.name} SET {', '.join(sets)} WHERE id = ?", rows)
        return
    pg_update_many(conn, table, columns, rows)


def pg_update_many(
    conn: Connection,
    table: Table,
    columns: Sequence[tuple[str, bool]],
    rows: list[tuple[Any, ...]],
    *,
    only_if: str | None = None,
) -> set[int]:
    """``update_many`` on PostgreSQL, in one UPDATE ... FROM unnest(...); the ids updated.

    With ``only_if``, each row ends with its id and then the value that column must still
    hold: a row whose value changed meanwhile is left alone, in the same statement, so no
    other transaction can slip in between a check and the write.
    """
    if not rows:
        return set()
    bound = [name for name, added in columns if not added]
    typed = [*bound, "id"]  # the column whose type each array takes
    names = [*bound, "id"]  # what the unnested columns are called
    where = f"{table.name}.id = v.id"
    if only_if is not None:
        # Its own name: the column may also be among those set (a lease cleared on save).
        typed.append(only_if)
        names.append("expected")
        where += f" AND {table.name}.{only_if} = v.expected"
    sets = [
        f"{name} = {table.name}.{name} + 1" if added else f"{name} = v.{name}"
        for name, added in columns
    ]
    arrays = ", ".join(_pg_array(conn, table.c[name]) for name in typed)
    sql = (
        f"UPDATE {table.name} SET {', '.join(sets)} FROM unnest({arrays})"
        f" AS v({', '.join(names)}) WHERE {where} RETURNING {table.name}.id"
    )
    return {row[0] for row in conn.exec_driver_sql(sql, _pg_columns(rows))}


def _pg_columns(rows: list[tuple[Any, ...]]) -> tuple[list[Any], ...]:
    """Rows turned into one list per column: the arrays unnest(...) takes apart again."""
    return tuple(list(column) for column in zip(*rows, strict=True))


def _pg_array(conn: Connection, column: Column[Any]) -> str:
    """A parameter, bound in binary, cast to an array of ``column``'s PostgreSQL type.

    Binary arrays of timestamps and numbers skip the text formatting and parsing at both
    ends: about a quarter of the statement's time for a group of polls.
    """
    return f"CAST(%b AS {_pg_type(column, conn.dialect)}[])"


@functools.cache
def _pg_type(column: Column[Any], dialect: Dialect) -> str:
    # Compiling a type walks SQLAlchemy's visitor machinery: once per column is enough.
    return column.type.compile(dialect=dialect)


def select_by_ids(
    conn: Connection, dialect: str, table: Table, columns: Sequence[str], ids: Iterable[int]
) -> list[tuple[Any, ...]]:
    """``SELECT id, <columns> FROM table WHERE id IN ids`` as plain tuples."""
    wanted = list(ids)
    selected = ", ".join(["id", *columns])
    if dialect != "sqlite":
        sql = f"SELECT {selected} FROM {table.name} WHERE id = ANY(%s)"
        return [tuple(row) for row in conn.exec_driver_sql(sql, (wanted,))]
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = wanted[start : start + IN_CHUNK]
        places = ", ".join(["?"] * len(chunk))
        sql = f"SELECT {selected} FROM {table.name} WHERE id IN ({places})"
        found.extend(tuple(row) for row in conn.exec_driver_sql(sql, tuple(chunk)))
    return found

"""``pipeline flags`` and ``pipeline flags ack`` through click's runner on a SQLite file."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner, Result

import pipeline.cli.flags  # noqa: F401  (registers the group on ``cli``)
from flagrows import T0, add_flag
from pipeline.cli import cli
from pipeline.store import Database
from pipeline.store.flags import list_flags


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    path = tmp_path / "pipeline.toml"
    path.write_text(f'database_url = "sqlite:///{tmp_path / "cli.db"}"\n', encoding="utf-8")
    return path


@pytest.fixture
def store(settings_file: Path) -> Iterator[Database]:
    db = Database.open(f"sqlite:///{settings_file.parent / 'cli.db'}")
    db.upgrade()
    try:
        yield db
    finally:
        db.dispose()


def invoke(settings_file: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--config", str(settings_file), "flags", *args])


def seed(store: Database) -> list[int]:
    """Two new flags and one acknowledged one, oldest first."""
    return [
        add_flag(store, 1, created_at=T0, changes=("count: 3 -> 4",)),
        add_flag(store, 2, created_at=T0 + timedelta(hours=1), status="acknowledged"),
        add_flag(store, 3, created_at=T0 + timedelta(hours=2), kind="changed"),
    ]


def test_json_lists_new_flags_by_default(settings_file: Path, store: Database) -> None:
    first, _, third = seed(store)
    result = invoke(settings_file, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["id"] for r in rows] == [third, first]
    assert rows[1]["changes"] == ["count: 3 -> 4"]
    assert rows[1]["story_url"] == "https://paper.example/news/1"


def test_status_all_and_limit(settings_file: Path, store: Database) -> None:
    ids = seed(store)
    everything = json.loads(invoke(settings_file, "--status", "all", "--format", "json").output)
    assert [r["id"] for r in everything] == ids[::-1]
    one = json.loads(invoke(settings_file, "--status", "all", "--limit", "1",
                            "--format", "json").output)
    assert [r["id"] for r in one] == [ids[2]]


def test_since_keeps_only_recent_flags(settings_file: Path, store: Database) -> None:
    seed(store)  # all in 2025
    result = invoke(settings_file, "--since", "7d", "--status", "all", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == []
    assert invoke(settings_file, "--since", "soon").exit_code == 2


def test_table_shows_reasons(settings_file: Path, store: Database) -> None:
    seed(store)
    result = invoke(settings_file)
    assert result.exit_code == 0, result.output
    assert "Flags" in result.output
    assert "First report" in result.output


def test_csv_has_every_field(settings_file: Path, store: Database) -> None:
    seed(store)
    rows = list(csv.DictReader(io.StringIO(invoke(settings_file, "--format", "csv").output)))
    assert len(rows) == 2
    assert rows[1]["event_key"] == "valley-county-or-2025-01"
    assert rows[1]["agency"] == "Valley County Sheriff's Office"


def test_atom_output_is_a_feed_of_the_listed_flags(settings_file: Path, store: Database) -> None:
    first, _, third = seed(store)
    result = invoke(settings_file, "--format", "atom")
    assert result.exit_code == 0, result.output
    feed = feedparser.parse(result.stdout_bytes)
    assert not feed.bozo
    assert [e.id for e in feed.entries] == [f"urn:pipeline:flag:{i}" for i in (third, first)]


def test_ack_marks_flags_and_is_idempotent(settings_file: Path, store: Database) -> None:
    first, _, third = seed(store)
    result = invoke(settings_file, "ack", str(first), str(third))
    assert result.exit_code == 0, result.output
    assert "acknowledged 2 flags" in result.output
    assert list_flags(store, status="new", since=None, limit=10) == []
    again = invoke(settings_file, "ack", str(first))
    assert again.exit_code == 0
    assert "acknowledged 0 flags" in again.output


def test_ack_all_new(settings_file: Path, store: Database) -> None:
    seed(store)
    result = invoke(settings_file, "ack", "--all-new")
    assert result.exit_code == 0, result.output
    assert "acknowledged 2 flags" in result.output
    assert len(list_flags(store, status="acknowledged", since=None, limit=10)) == 3


def test_ack_unknown_id_fails_without_changing_anything(
    settings_file: Path, store: Database
) -> None:
    first = seed(store)[0]
    result = invoke(settings_file, "ack", str(first), "999")
    assert result.exit_code == 1
    assert "no such flag: 999" in result.output
    assert len(list_flags(store, status="new", since=None, limit=10)) == 2


@pytest.mark.parametrize("args", [["ack"], ["ack", "1", "--all-new"]])
def test_ack_needs_ids_or_all_new(settings_file: Path, store: Database, args: list[str]) -> None:
    result = invoke(settings_file, *args)
    assert result.exit_code == 2
    assert "give flag IDs or --all-new" in result.output


@pytest.mark.parametrize("args", [["--help"], ["ack", "--help"]])
def test_every_help_has_an_example(settings_file: Path, args: list[str]) -> None:
    result = invoke(settings_file, *args)
    assert result.exit_code == 0
    assert "Example" in result.output
    assert "pipeline flags" in result.output

"""Database opening, migrations and column types, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from pipeline.errors import StorageError
from pipeline.store import Database
from pipeline.store.db import alembic_config, normalize_url
from pipeline.store.schema import feeds, metadata

TABLES = {
    "feeds", "fetches", "stories", "story_sources", "records", "facts", "events",
    "event_stories", "flags", "webhook_deliveries", "process_leases",
}


def feed_row(name: str, next_poll_at: datetime) -> dict[str, object]:
    return {
        "name": name,
        "url": f"https://feeds.example/{name}",
        "interval_seconds": 900,
        "enabled": True,
        "tags": [],
        "headers": {},
        "in_config": True,
        "next_poll_at": next_poll_at,
        "consecutive_failures": 0,
        "created_at": next_poll_at,
        "updated_at": next_poll_at,
    }


def test_upgrade_creates_every_table_at_head(db: Database) -> None:
    names = set(inspect(db.engine).get_table_names())
    assert names >= TABLES | {"alembic_version"}
    with db.read("t") as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0002"


def test_upgrade_twice_is_a_no_op(db: Database) -> None:
    with db.write("t") as conn:
        conn.execute(feeds.insert().values(feed_row("kept", datetime.now(UTC))))
    db.upgrade()
    with db.read("t") as conn:
        assert conn.execute(select(feeds.c.name)).scalars().all() == ["kept"]


def test_upgrade_at_head_skips_alembic(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("Alembic ran on a database already at head")

    monkeypatch.setattr("alembic.command.upgrade", refuse)
    db.upgrade()


def test_upgrade_from_an_older_revision_still_migrates(sqlite_url: str) -> None:
    database = Database.open(sqlite_url)
    try:
        config = alembic_config()
        with database.write("t") as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")
        assert database.revisions() == {"0001"}
        database.upgrade()
        assert database.revisions() == {"0002"}
        assert "process_leases" in inspect(database.engine).get_table_names()
    finally:
        database.dispose()


def test_migrations_match_the_table_definitions(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_datetimes_round_trip_as_aware_utc_and_compare_correctly(db: Database) -> None:
    plus_five = timezone(timedelta(hours=5))
    early = datetime(2025, 1, 1, 10, 0, tzinfo=plus_five)  # 05:00 UTC
    late = datetime(2025, 1, 1, 6, 0, tzinfo=UTC)
    with db.write("t") as conn:
        conn.execute(feeds.insert(), [feed_row("early", early), feed_row("late", late)])
    cutoff = datetime(2025, 1, 1, 10, 30, tzinfo=plus_five)  # 05:30 UTC
    with db.read("t") as conn:
        due = conn.execute(select(feeds.c.name).where(feeds.c.next_poll_at <= cutoff)).all()
        stored = conn.execute(select(feeds.c.next_poll_at).where(feeds.c.name == "early")).one()
    assert [row.name for row in due] == ["early"]
    assert stored.next_poll_at == early
    assert stored.next_poll_at.tzinfo is UTC


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(StorageError, match="naive datetime"), db.write("t") as conn:
        conn.execute(feeds.insert().values(feed_row("naive", datetime(2025, 1, 1))))


def test_sqlite_open_creates_parent_folder_and_sets_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "deeper" / "pipeline.db"
    db = Database.open(f"sqlite:///{path}")
    try:
        db.upgrade()
        with db.connect("t") as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
    finally:
        db.dispose()
    assert path.is_file()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(StorageError, match="save"), db.write("save") as conn:
        conn.execute(
            text(
                "INSERT INTO story_sources (story_id, feed_id, identity, first_seen_at)"
                " VALUES (999, 999, 'x', :t)"
            ),
            {"t": "2025-01-01 00:00:00.000000"},
        )


@pytest.mark.parametrize(
    ("url", "driver"),
    [
        ("postgresql://u@h/db", "postgresql+psycopg"),
        ("postgres://u@h/db", "postgresql+psycopg"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg"),
        ("sqlite:///data/pipeline.db", "sqlite"),
    ],
)
def test_normalize_url_maps_plain_postgresql_to_psycopg(url: str, driver: str) -> None:
    assert normalize_url(url).drivername == driver


def test_unsupported_database_is_a_storage_error() -> None:
    with pytest.raises(StorageError, match="unsupported"):
        normalize_url("mysql://u@h/db")


def test_unreachable_server_error_hides_the_password() -> None:
    # Port 1 on loopback: nothing listens, the connection is refused at once.
    with pytest.raises(StorageError) as info:
        Database.open("postgresql://someone:s3cret-pw@127.0.0.1:1/nothing")
    assert "s3cret-pw" not in str(info.value)
    assert "connect failed" in str(info.value)


@pytest.mark.postgres
def test_concurrent_upgrades_on_postgres_both_succeed(postgres_url: str) -> None:
    databases = [Database.open(postgres_url) for _ in range(2)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def run(database: Database) -> None:
        barrier.wait()
        try:
            database.upgrade()
        except BaseException as exc:  # collected and asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(d,)) for d in databases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert errors == []
        assert set(inspect(databases[0].engine).get_table_names()) >= TABLES
    finally:
        for database in databases:
            database.dispose()

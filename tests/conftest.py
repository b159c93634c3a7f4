"""Shared fixtures: fresh SQLite and PostgreSQL databases, and record builders.

This is the project's only conftest. PostgreSQL fixtures create a uniquely named database on
the server named by ``PIPELINE_TEST_POSTGRES_URL`` and drop it afterwards. When the server is
unreachable they skip, except under CI (``CI`` set), where a missing server is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from pipeline.models import ClaimedFeed, ParsedEntry, PollOutcome, Validators
from pipeline.settings import FetchSettings, ParseSettings, Settings
from pipeline.store import Database

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _admin_url() -> str:
    url = make_url(os.environ.get("PIPELINE_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL))
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    """URL of the test PostgreSQL server's maintenance database; skips/fails if unreachable."""
    url = _admin_url()
    engine = create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        reason = f"PostgreSQL unreachable at {make_url(url)!s}: {str(exc.orig or exc).strip()}"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI is set: PostgreSQL tests must run)")
        pytest.skip(f"{reason} (set PIPELINE_TEST_POSTGRES_URL or start PostgreSQL)")
    finally:
        engine.dispose()
    return url


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """URL of a fresh, empty (not migrated) PostgreSQL database, dropped after the test."""
    name = f"pipeline_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(postgres_admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a SQLite file (not yet created) in the test's temporary folder."""
    return f"sqlite:///{tmp_path / 'pipeline.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """A freshly migrated database, once on SQLite and once on PostgreSQL."""
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
    database = Database.open(url)
    try:
        database.upgrade()
        yield database
    finally:
        database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """URL of a fresh, not yet migrated database, once SQLite and once PostgreSQL."""
    return str(
        request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
    )


def loopback_settings(database_url: str, **overrides: Any) -> Settings:
    """Service settings for end-to-end tests: loopback allowed, no spacing, parsing inline."""
    values: dict[str, Any] = {
        "database_url": database_url,
        "fetch": FetchSettings(
            allow_private=("127.0.0.1",), per_host_delay_seconds=0, total_timeout=5
        ),
        "parse": ParseSettings(workers=1),
    }
    return Settings(**{**values, **overrides})


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """An open (not migrated) handle on ``database_url``, for reading what a test stored."""
    db = Database.open(database_url)
    yield db
    db.dispose()


def count_rows(db: Database, table: Table) -> int:
    """How many rows ``table`` holds."""
    with db.read("count rows") as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def counts(db: Database, *tables: Table) -> tuple[int, ...]:
    """``count_rows`` of each table, in order."""
    return tuple(count_rows(db, table) for table in tables)


def build_entry(n: int | str, **overrides: Any) -> ParsedEntry:
    """A distinct, plausible ParsedEntry numbered ``n``."""
    values: dict[str, Any] = {
        "identity": f"guid-{n}",
        "guid": f"guid-{n}",
        "link": f"https://news.example/story/{n}?utm_source=rss",
        "canonical_url": f"https://news.example/story/{n}",
        "title": f"County jail story number {n}",
        "summary_html": f"<p>Summary of story {n}.</p>",
        "summary_text": f"Summary of story {n}.",
        "published": T0 - timedelta(hours=1),
        "updated": None,
        "authors": ("A. Reporter",),
        "outlet": "Example News",
    }
    values.update(overrides)
    return ParsedEntry(**values)


def build_outcome(
    feed: ClaimedFeed, entries: tuple[ParsedEntry, ...] = (), **overrides: Any
) -> PollOutcome:
    """A successful PollOutcome for ``feed`` carrying ``entries``."""
    values: dict[str, Any] = {
        "feed": feed,
        "started_at": T0,
        "finished_at": T0 + timedelta(seconds=2),
        "next_poll_at": T0 + feed.interval,
        "status": 200,
        "bytes_received": 1234,
        "entries": entries,
        "validators": Validators(etag='"v1"', last_modified=None, body_sha256="ab" * 32),
    }
    values.update(overrides)
    return PollOutcome(**values)


@pytest.fixture
def make_entry() -> Callable[..., ParsedEntry]:
    """Builder of ParsedEntry values: ``make_entry(n, **overrides)``."""
    return build_entry


@pytest.fixture
def make_outcome() -> Callable[..., PollOutcome]:
    """Builder of PollOutcome values: ``make_outcome(feed, entries, **overrides)``."""
    return build_outcome

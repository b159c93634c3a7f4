"""The database handle: engine creation, transactions, migrations, error translation.

Every store function is synchronous and opens its own connection from the shared engine, so
the async service can call them through ``asyncio.to_thread`` from several threads at once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from pipeline.errors import StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
PG_CONNECT_TIMEOUT_S = 10
# pg_advisory_xact_lock key serializing concurrent upgrade() calls; any fixed bigint works.
MIGRATION_LOCK_KEY = 0x70_69_70_65_6C_69_6E  # "pipelin"
FEED_SYNC_LOCK_KEY = MIGRATION_LOCK_KEY + 1
# Execution option read by the SQLite "begin" hook: which BEGIN statement to emit.
_SQLITE_BEGIN = "pipeline_sqlite_begin"
_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")


def normalize_url(url: str) -> URL:
    """Parse a database URL, mapping plain ``postgresql://`` onto the psycopg 3 driver."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError(f"invalid database URL: {redact(url)!r}") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StorageError(f"unsupported database {parsed.drivername!r}: use sqlite or postgresql")
    return parsed


def redact(text_: str) -> str:
    """Hide any password embedded in a URL-looking string."""
    return _PASSWORD_IN_URL.sub(r"\1***@", text_)


def describe(exc: BaseException) -> str:
    """A short, password-free reason: the driver's first line, never the SQL or parameters."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    detail = lines[0] if lines else type(orig).__name__
    return redact(detail)[:300]


class Database:
    """A shared engine plus the helpers that open connections on it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.safe_url = engine.url.render_as_string(hide_password=True)

    @classmethod
    def open(cls, url: str) -> Database:
        """Create the engine for ``url`` and check that the database answers."""
        parsed = normalize_url(url)
        try:
            engine = (
                _sqlite_engine(parsed)
                if parsed.get_backend_name() == "sqlite"
                else (_postgres_engine(parsed))
            )
        except (OSError, SQLAlchemyError) as exc:
            raise StorageError(f"cannot open database {parsed}: {describe(exc)}") from exc
        db = cls(engine)
        with db.connect("connect"):
            pass
        return db

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def connect(self, action: str) -> Iterator[Connection]:
        """A connection outside any explicit transaction (errors translated)."""
        with self.errors(action), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def read(self, action: str) -> Iterator[Connection]:
        """A connection inside a read transaction, committed on exit."""
        with self.errors(action), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self, action: str) -> Iterator[Connection]:
        """A connection inside a write transaction; on SQLite it holds the write lock at once.

        BEGIN IMMEDIATE keeps two writers from both reading, then one failing on upgrade to a
        write lock (SQLITE_BUSY without waiting) - the busy timeout applies to it instead.
        """
        with self.errors(action), self.engine.connect() as conn:
            conn = conn.execution_options(**{_SQLITE_BEGIN: "BEGIN IMMEDIATE"})
            with conn.begin():
                yield conn

    @contextmanager
    def errors(self, action: str) -> Iterator[None]:
        """Translate SQLAlchemy errors into StorageError naming the action, not the password."""
        try:
            yield
        except SQLAlchemyError as exc:
            raise StorageError(f"{action} failed ({self.safe_url}): {describe(exc)}") from exc

    def upgrade(self) -> None:
        """Apply Alembic migrations up to head; safe to run from several instances at once.

        Every ``pipeline poll`` opens the database, and almost always finds it at head: that
        is checked first with one read, without Alembic's environment or the migration lock.
        A database behind (or ahead) goes through Alembic as before.
        """
        from alembic import command
        from alembic.util.exc import CommandError

        if self.revisions() == head_revisions():
            return
        config = alembic_config()
        with self.write("migrate") as conn:
            self.serialize(conn, MIGRATION_LOCK_KEY)  # released by the commit of the DDL
            config.attributes["connection"] = conn
            try:
                command.upgrade(config, "head")
            except CommandError as exc:
                raise StorageError(f"migrate failed ({self.safe_url}): {exc}") from exc

    def revisions(self) -> frozenset[str]:
        """The migration revisions the database records (none before the first upgrade)."""
        with self.connect("read schema version") as conn:
            if not inspect(conn).has_table("alembic_version"):
                return frozenset()
            rows = conn.execute(text("SELECT version_num FROM alembic_version"))
            return frozenset(str(version) for version in rows.scalars())

    def serialize(self, conn: Connection, key: int) -> None:
        """Make write transactions that pass the same ``key`` run one after another.

        SQLite's BEGIN IMMEDIATE already does; PostgreSQL takes a transaction-scoped lock.
        """
        if self.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def alembic_config() -> Any:
    """Alembic's configuration for the packaged migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache  # the packaged migrations do not change while the process runs
def head_revisions() -> frozenset[str]:
    """The head revision(s) of the packaged migrations."""
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def _sqlite_engine(url: URL) -> Engine:
    """SQLite engine: parent folder created, WAL, busy timeout, foreign keys, our own BEGIN."""
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    """Per-connection setup; pysqlite's own transaction handling is switched off."""
    # pysqlite would otherwise BEGIN lazily, only before DML, breaking transactional DDL and
    # letting a read-then-write transaction fail on lock upgrade; SQLAlchemy emits BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")  # durable enough under WAL, much faster
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    """Emit BEGIN (deferred) or BEGIN IMMEDIATE, as the connection's options ask."""
    conn.exec_driver_sql(conn.get_execution_options().get(_SQLITE_BEGIN, "BEGIN"))


def _postgres_engine(url: URL) -> Engine:
    """PostgreSQL engine on psycopg 3; stale pooled connections are detected before use."""
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S},
    )

"""Alembic environment: run programmatically by ``Database.upgrade`` or by the alembic CLI.

Programmatic use passes an open connection (already in a transaction, already holding the
migration lock) in ``config.attributes["connection"]``. CLI use takes the URL from
``-x url=...``, else ``PIPELINE_DATABASE_URL``, else ``sqlalchemy.url`` from the ini file,
else the default SQLite file.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from pipeline.store.db import Database
from pipeline.store.schema import metadata

DEFAULT_URL = "sqlite:///data/pipeline.db"


def run(connection: Connection) -> None:
    """Run the pending migrations on ``connection``."""
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds tables in later migrations.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def cli_url() -> str:
    """The database URL for a CLI run."""
    x_args = context.get_x_argument(as_dictionary=True)
    return (
        x_args.get("url")
        or os.environ.get("PIPELINE_DATABASE_URL")
        or context.config.get_main_option("sqlalchemy.url")
        or DEFAULT_URL
    )


def main() -> None:
    """Entry point Alembic calls when it loads this file."""
    if context.is_offline_mode():
        context.configure(url=cli_url(), target_metadata=metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run(connection)
        return
    db = Database.open(cli_url())
    try:
        with db.write("migrate") as conn:
            run(conn)
    finally:
        db.dispose()


main()

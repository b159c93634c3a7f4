"""Commands that read what was stored: ``stories``."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import click
from rich.console import Console

from pipeline.cli import cli
from pipeline.cli.context import AppContext, pass_app, since_option, user_errors
from pipeline.output import FORMATS, print_rows
from pipeline.service import open_database
from pipeline.store.queries import list_stories

STORY_COLUMNS = ("published_at", "outlet", "title", "canonical_url", "feeds")


@cli.command()
@click.option(
    "--since", callback=since_option, help="Only stories published within this span (7d, 12h)."
)
@click.option("--feed", help="Only stories carried by this feed.")
@click.option("--search", help="Case-insensitive text to find in title or summary.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@pass_app
def stories(
    app: AppContext,
    since: datetime | None,
    feed: str | None,
    search: str | None,
    limit: int,
    fmt: str,
) -> None:
    """List stored stories, newest first.

    \b
    Example:
      pipeline stories --since 7d --search detainer --format csv > stories.csv
    """
    with user_errors():
        db = open_database(app.settings)
        try:
            rows = list_stories(db, since=since, feed=feed, search=search, limit=limit)
        finally:
            db.dispose()
    print_rows(
        Console(), [dataclasses.asdict(r) for r in rows], STORY_COLUMNS, fmt, title="Stories"
    )

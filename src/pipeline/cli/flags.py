"""``pipeline flags``: list flags for review (table, JSON, CSV, Atom) and acknowledge them."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import click
from rich.console import Console

from pipeline.atom import flags_to_atom
from pipeline.cli import cli
from pipeline.cli.context import AppContext, pass_app, since_option, user_errors
from pipeline.output import FORMATS, print_rows
from pipeline.service import open_database
from pipeline.store.flags import FlagRow, acknowledge, acknowledge_all_new, existing_flag_ids
from pipeline.store.flags import list_flags as query_flags

FLAG_COLUMNS = ("id", "created_at", "kind", "status", "reason", "story_url")
CSV_COLUMNS = tuple(field.name for field in dataclasses.fields(FlagRow))
ATOM_FEED_ID = "urn:pipeline:flags"


@cli.group(invoke_without_command=True)
@click.option(
    "--status",
    type=click.Choice(["new", "acknowledged", "all"]),
    default="new",
    show_default=True,
    help="Which flags to list.",
)
@click.option(
    "--since", callback=since_option, help="Only flags raised within this span (7d, 12h)."
)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option(
    "--format", "fmt", type=click.Choice([*FORMATS, "atom"]), default="table", show_default=True
)
@click.pass_context
def flags(ctx: click.Context, status: str, since: datetime | None, limit: int, fmt: str) -> None:
    """List flags (new events, changed facts) for review, newest first.

    \b
    Examples:
      pipeline flags
      pipeline flags --status all --since 7d --format json
      pipeline flags --format atom > flags.xml
      pipeline flags ack 12 13
    """
    if ctx.invoked_subcommand is not None:
        return
    app = ctx.find_object(AppContext)
    if app is None:  # only when called outside the ``pipeline`` group
        raise click.UsageError("run as 'pipeline flags'")
    rows = _load(app, status, since, limit)
    if fmt == "atom":
        updated = max((r.created_at for r in rows), default=datetime.now(UTC))
        title = f"Pipeline flags ({status})"
        click.echo(flags_to_atom(rows, feed_id=ATOM_FEED_ID, title=title, updated=updated))
        return
    columns = CSV_COLUMNS if fmt == "csv" else FLAG_COLUMNS
    print_rows(
        Console(), [dataclasses.asdict(r) for r in rows], columns, fmt, title="Flags"
    )


def _load(app: AppContext, status: str, since: datetime | None, limit: int) -> list[FlagRow]:
    with user_errors():
        db = open_database(app.settings)
        try:
            return query_flags(db, status=status, since=since, limit=limit)
        finally:
            db.dispose()


@flags.command()
@click.argument("flag_ids", metavar="ID...", nargs=-1, type=click.IntRange(min=1))
@click.option("--all-new", is_flag=True, help="Acknowledge every flag that is still new.")
@pass_app
def ack(app: AppContext, flag_ids: tuple[int, ...], all_new: bool) -> None:
    """Mark flags as reviewed; acknowledging one twice is harmless.

    \b
    Examples:
      pipeline flags ack 12 13
      pipeline flags ack --all-new
    """
    if bool(flag_ids) == all_new:
        raise click.UsageError("give flag IDs or --all-new (not both)")
    now = datetime.now(UTC)
    with user_errors():
        db = open_database(app.settings)
        try:
            unknown = sorted(set(flag_ids) - existing_flag_ids(db, flag_ids))
            if unknown:
                raise click.ClickException(f"no such flag: {', '.join(map(str, unknown))}")
            count = acknowledge_all_new(db, now) if all_new else acknowledge(db, flag_ids, now)
        finally:
            db.dispose()
    click.echo(f"acknowledged {count} flag{'s' if count != 1 else ''}")

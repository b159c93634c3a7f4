"""Commands that run the service: ``run``, ``poll``, ``status``, ``db upgrade``."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import signal
from collections.abc import Iterator, Sequence

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline import aio, logs
from pipeline.cli import cli
from pipeline.cli.context import AppContext, pass_app, user_errors
from pipeline.feedlist import load_feeds
from pipeline.fetchpool import Helper
from pipeline.models import PollOutcome
from pipeline.output import print_rows
from pipeline.poller import OutcomeHook, PassSummary
from pipeline.process import ProcessSummary
from pipeline.service import open_database, poll_once, process_once, serve, service_helpers
from pipeline.settings import Settings
from pipeline.store.polls import SaveResult
from pipeline.store.queries import feed_status

STATUS_COLUMNS = (
    "name",
    "last_polled_at",
    "last_success_at",
    "consecutive_failures",
    "next_poll_at",
    "stories_found",
    "last_status",
    "last_error",
    "effective_url",
)


@cli.command()
@pass_app
def run(app: AppContext) -> None:
    """Run the service until SIGTERM/SIGINT, polling feeds as they fall due.

    \b
    Example:
      pipeline run
      PIPELINE_DATABASE_URL=postgresql+psycopg://user@db/pipeline pipeline run
    """
    settings = app.settings
    logs.configure(settings.logging)
    with user_errors(), service_helpers(settings) as helpers:  # before the loop: see fetchpool
        aio.run(_run_until_signalled(settings, helpers))


async def _run_until_signalled(settings: Settings, helpers: Sequence[Helper]) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    await serve(settings, stop, helpers)


@cli.command()
@click.option("--once", is_flag=True, help="One pass, then exit (the only mode; kept for clarity).")
@click.option("--feed", "names", multiple=True, help="Poll only this feed (repeatable).")
@click.option("--due", is_flag=True, help="Poll only feeds whose next poll time has come.")
@click.option("-v", "--verbose", is_flag=True, help="Log every poll while the progress bar runs.")
@pass_app
def poll(app: AppContext, once: bool, names: tuple[str, ...], due: bool, verbose: bool) -> None:
    """Poll the configured feeds once, then normalize the new stories; print summaries.

    Exits non-zero when every polled feed failed.

    \b
    Example:
      pipeline poll --once
      pipeline poll --once --feed "Google News: sheriff ICE transfers"
    """
    settings = app.settings
    logs.configure(settings.logging, level=None if verbose else "WARNING")
    with user_errors():
        feeds = load_feeds(settings.feeds_file)
    known = {f.name for f in feeds}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise click.BadParameter(
            f"not in {settings.feeds_file}: {', '.join(unknown)}", param_hint="--feed"
        )
    targets = list(names) or [f.name for f in feeds if f.enabled]
    console = Console(stderr=True)
    with user_errors(), _progress(console, None if due else len(targets)) as advance:
        summary = poll_once(
            settings,
            feeds,
            names=None if due and not names else targets,
            force=not due,
            on_outcome=advance,
        )
    _print_summary(Console(), summary)
    with user_errors():
        processed = process_once(settings)
    _print_processed(Console(), processed)
    if summary.feeds_polled and not summary.feeds_ok:
        raise SystemExit(1)


@contextlib.contextmanager
def _progress(console: Console, total: int | None) -> Iterator[OutcomeHook]:
    columns = (
        TextColumn("polling"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(
        *columns, console=console, transient=True, disable=not console.is_terminal
    ) as bar:
        task = bar.add_task("", total=total)

        def advance(outcome: PollOutcome, saved: SaveResult) -> None:
            bar.update(task, advance=1, description=outcome.feed.name)

        yield advance


def _print_summary(console: Console, summary: PassSummary) -> None:
    console.print(
        f"polled {summary.feeds_polled} feeds in {summary.duration:.1f}s: "
        f"{summary.feeds_ok} ok ({summary.feeds_unchanged} unchanged), "
        f"{summary.feeds_failed} failed"
        + (f", {summary.feeds_skipped} skipped (leased elsewhere)" if summary.feeds_skipped else "")
        + f"; {summary.entries_seen} entries seen, {summary.entries_new} new"
    )
    for name, error in summary.failures:
        console.print(f"  [red]failed[/red] {name}: {error}", highlight=False)


def _print_processed(console: Console, summary: ProcessSummary) -> None:
    # Not wrapped to the terminal width: scripts read this line.
    console.out(
        f"processed {summary.processed} stories: {summary.related} related, "
        f"{summary.transfer_reports} transfer reports, {summary.duplicates} syndicated copies; "
        f"{summary.flags_raised} flags raised",
        highlight=False,
    )


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@pass_app
def status(app: AppContext, fmt: str) -> None:
    """Show each feed's polling state: last poll, failures, next poll, stories, last error.

    \b
    Example:
      pipeline status --format json
    """
    with user_errors():
        db = open_database(app.settings)
        try:
            rows = [dataclasses.asdict(s) for s in feed_status(db)]
        finally:
            db.dispose()
    print_rows(Console(), rows, STATUS_COLUMNS, fmt, title="Feeds")


@cli.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
@pass_app
def db_upgrade(app: AppContext) -> None:
    """Apply pending schema migrations (the service also does this at start).

    \b
    Example:
      pipeline db upgrade
    """
    with user_errors():
        open_database(app.settings).dispose()
    click.echo("database is at the latest schema version")

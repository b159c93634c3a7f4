"""``pipeline feeds``: list, add, remove, import, export and check the configured feeds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click
from rich.console import Console
from rich.markup import escape

from pipeline import aio
from pipeline.cli import cli
from pipeline.cli.context import AppContext, pass_app, user_errors
from pipeline.errors import ConfigError, FetchError, ParseError
from pipeline.feedlist import (
    add_feed,
    add_feeds,
    check_url,
    format_interval,
    load_feeds,
    parse_interval,
    remove_feed,
)
from pipeline.models import FeedConfig, FetchResult, ParsedFeed
from pipeline.opml import parse_opml, to_opml
from pipeline.output import FORMATS, print_rows
from pipeline.settings import Settings

FEED_COLUMNS = ("name", "url", "interval", "enabled", "tags")


def _interval(ctx: click.Context, param: click.Parameter, value: str) -> timedelta:
    try:
        return parse_interval(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@cli.group()
def feeds() -> None:
    """Manage the feed list (the feeds_file setting, config/feeds.toml by default).

    \b
    Example:
      pipeline feeds list
    """


@feeds.command("list")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@pass_app
def list_feeds(app: AppContext, fmt: str) -> None:
    """Show the configured feeds.

    \b
    Example:
      pipeline feeds list --format json
    """
    with user_errors():
        configured = load_feeds(app.settings.feeds_file)
    rows = [
        {
            "name": f.name,
            "url": f.url,
            "interval": format_interval(f.interval),
            "enabled": f.enabled,
            "tags": list(f.tags),
            "headers": dict(f.headers),
        }
        for f in configured
    ]
    print_rows(Console(), rows, FEED_COLUMNS, fmt, title=f"Feeds in {app.settings.feeds_file}")


@feeds.command("add")
@click.argument("url")
@click.option("--name", help="Unique feed name (default: host and path of the URL).")
@click.option(
    "--interval",
    default="15m",
    show_default=True,
    callback=_interval,
    help="How often to poll: 90s, 15m, 2h, 1d or a number of minutes.",
)
@click.option("--tag", "tags", multiple=True, help="Tag the feed (repeatable).")
@click.option("--disabled", is_flag=True, help="Add the feed without polling it yet.")
@pass_app
def add(
    app: AppContext,
    url: str,
    name: str | None,
    interval: timedelta,
    tags: tuple[str, ...],
    disabled: bool,
) -> None:
    """Add a feed to the feed list, keeping the file's comments.

    \b
    Example:
      pipeline feeds add 'https://www.borderreport.com/feed/' --name "Border Report" --tag outlet
    """
    feed = FeedConfig(
        name=name or default_name(url),
        url=url.strip(),
        interval=interval,
        enabled=not disabled,
        tags=tags,
    )
    path = app.settings.feeds_file
    with user_errors():
        add_feed(path, feed)
    click.echo(f"Added feed {feed.name!r} ({feed.url}) to {path}")


def default_name(url: str) -> str:
    """A readable name from a URL: its host and path."""
    parts = urlsplit(url.strip())
    return f"{parts.hostname or ''}{parts.path.rstrip('/')}" or url.strip()


@feeds.command("remove")
@click.argument("name_or_url")
@pass_app
def remove(app: AppContext, name_or_url: str) -> None:
    """Remove a feed by name or URL.

    \b
    Example:
      pipeline feeds remove "Border Report"
    """
    path = app.settings.feeds_file
    with user_errors():
        removed = remove_feed(path, name_or_url)
    click.echo(f"Removed feed {removed.name!r} ({removed.url}) from {path}")


@feeds.command("import")
@click.argument("opml_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@pass_app
def import_opml(app: AppContext, opml_file: Path) -> None:
    """Merge an OPML file's feeds into the feed list; duplicates are skipped.

    \b
    Example:
      pipeline feeds import subscriptions.opml
    """
    path = app.settings.feeds_file
    with user_errors():
        found = parse_opml(opml_file.read_bytes(), source=str(opml_file))
        result = add_feeds(path, found)
    click.echo(f"Found {len(found)} feeds in {opml_file}; added {len(result.added)} to {path}.")
    for feed, reason in result.skipped:
        click.echo(f"  skipped {feed.name!r} ({feed.url}): {reason}")


@feeds.command("export")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to this file instead of standard output.",
)
@pass_app
def export_opml(app: AppContext, output: Path | None) -> None:
    """Write the feed list as OPML.

    \b
    Example:
      pipeline feeds export -o feeds.opml
    """
    with user_errors():
        document = to_opml(load_feeds(app.settings.feeds_file))
    if output is None:
        click.echo(document.decode("utf-8"), nl=False)
        return
    try:
        output.write_bytes(document)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc}") from exc
    click.echo(f"Wrote {output}")


@feeds.command("check")
@click.argument("url_or_name")
@click.option(
    "--entries",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="How many entries to show.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@pass_app
def check(app: AppContext, url_or_name: str, entries: int, fmt: str) -> None:
    """Fetch a feed once and show what would be stored; nothing is written.

    \b
    Example:
      pipeline feeds check 'https://www.borderreport.com/feed/'
    """
    settings = app.settings
    with user_errors():
        feed = resolve_target(settings.feeds_file, url_or_name)
    url = feed.url
    try:
        result, parsed = aio.run(fetch_and_parse(settings, feed, datetime.now(UTC)))
    except FetchError as exc:
        raise click.ClickException(f"fetch failed for {url}: {exc}") from exc
    except ParseError as exc:
        raise click.ClickException(f"{url} answered but is not a readable feed: {exc}") from exc
    report = check_report(result, parsed, entries)
    if fmt == "json":
        print_rows(Console(), [report], (), "json")
    else:
        _print_report(report)


def resolve_target(feeds_file: Path, url_or_name: str) -> FeedConfig:
    """The configured feed with this name or URL, else an ad-hoc feed for the URL."""
    target = url_or_name.strip()
    is_url = "://" in target
    configured = load_feeds(feeds_file) if feeds_file.exists() or not is_url else ()
    for feed in configured:
        if feed.name.casefold() == target.casefold() or feed.url == target:
            return feed
    if not is_url:
        raise ConfigError(f"no feed named {target!r} and not a URL", path=str(feeds_file))
    try:
        return FeedConfig(name=target, url=check_url(target))
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc


async def fetch_and_parse(
    settings: Settings, feed: FeedConfig, now: datetime
) -> tuple[FetchResult, ParsedFeed]:
    """One fetch with the project's fetcher, then the project's parser."""
    from pipeline.fetch import Fetcher
    from pipeline.parse import parse_document

    async with Fetcher(settings.fetch) as fetcher:
        result = await fetcher.fetch(feed.url, headers=feed.headers or None)
    parsed = parse_document(
        result.body,
        result.headers,
        base_url=result.final_url,
        now=now,
        max_entries=settings.parse.max_entries,
    )
    return result, parsed


def check_report(result: FetchResult, parsed: ParsedFeed, limit: int) -> dict[str, Any]:
    """What a check found, as plain data (pure)."""
    return {
        "url": result.url,
        "final_url": result.final_url,
        "status": result.status,
        "content_type": result.headers.get("content-type"),
        "bytes": len(result.body),
        "elapsed_seconds": round(result.elapsed, 3),
        "format": parsed.version or "unknown",
        "title": parsed.title,
        "link": parsed.link,
        "entry_count": len(parsed.entries),
        "dropped_entries": parsed.dropped_entries,
        "problem": parsed.problem,
        "entries": [
            {"title": e.title, "canonical_url": e.canonical_url, "published": e.published}
            for e in parsed.entries[:limit]
        ],
    }


def _print_report(report: dict[str, Any]) -> None:
    console = Console()
    for key in (
        "url",
        "final_url",
        "status",
        "content_type",
        "bytes",
        "elapsed_seconds",
        "format",
        "title",
        "link",
        "entry_count",
        "dropped_entries",
        "problem",
    ):
        label = key.replace("_", " ")
        console.print(f"[bold]{label}:[/bold] {escape(str(report[key]))}", soft_wrap=True)
    rows = report["entries"]
    print_rows(
        console,
        rows,
        ("published", "title", "canonical_url"),
        "table",
        title=f"First {len(rows)} of {report['entry_count']} entries",
    )

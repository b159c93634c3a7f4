"""Commands about normalized stories: ``show``, ``reports``, ``reprocess``."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

import click
from rich.console import Console

from pipeline.cli import cli
from pipeline.cli.context import AppContext, pass_app, since_option, user_errors
from pipeline.output import FORMATS, cell, print_rows
from pipeline.service import open_database, process_once
from pipeline.store.records import StoryDetail, get_story, list_reports, mark_stale

REPORT_COLUMNS = (
    "published_at", "jurisdiction", "state", "agency", "counts", "total", "event", "outlet",
    "url",
)


@cli.command()
@click.argument("story")
@pass_app
def show(app: AppContext, story: str) -> None:
    """Show one story (by id or URL): record, facts with evidence, event and flags.

    \b
    Example:
      pipeline show 42
      pipeline show https://news.example/2025/07/jail-ice-transfers
    """
    with user_errors():
        db = open_database(app.settings)
        try:
            detail = get_story(db, story)
        finally:
            db.dispose()
    if detail is None:
        raise click.ClickException(f"no stored story {story!r}")
    click.echo("\n".join(describe_story(detail)))  # unwrapped: long sentences stay whole


def describe_story(detail: StoryDetail) -> list[str]:
    """The readable lines of ``pipeline show``."""
    s, r = detail.story, detail.record
    lines = [
        s["title"],
        f"  outlet: {s['outlet'] or '-'}   published: {cell(s['published_at'])}"
        + ("  (estimated)" if s["published_estimated"] else ""),
        f"  url: {s['canonical_url']}",
        f"  feeds: {', '.join(detail.feeds) or '-'}",
    ]
    if r is None:
        return [*lines, "  not processed yet"]
    lines += [
        f"  text source: {r['text_source']} ({len(r['text'])} characters)",
        f"  related: {'yes' if r['related'] else 'no'} (score {r['relevance_score']}; "
        f"terms: {', '.join(r['matched_terms']) or '-'})",
        f"  transfer report: {'yes' if r['transfer_report'] else 'no'}",
    ]
    if r["duplicate_of"] is not None:
        lines.append(f"  syndicated copy of story {r['duplicate_of']}")
    lines += [f"  also ran: story {c['id']} {c['outlet'] or ''} {c['canonical_url']}"
              for c in detail.copies]
    lines += _facts_lines(detail.facts) + _event_lines(detail)
    return lines


def _facts_lines(facts: list[dict[str, Any]]) -> list[str]:
    if not facts:
        return []
    lines = ["facts:"]
    for fact in facts:
        lines.append(f"  - {fact['kind']}: {_fact_value(fact)}")
        if fact["sentence"]:
            lines.append(f"      \"{fact['sentence']}\"")
    return lines


def _fact_value(fact: dict[str, Any]) -> str:
    if fact["kind"] == "age_range":
        return f"{fact['low']}-{fact['high']}"
    if fact["kind"] in ("count", "total", "historical"):
        qualifier = "" if fact["qualifier"] == "exact" else f"{fact['qualifier']} "
        return f"{qualifier.replace('_', ' ')}{fact['count']} ({fact['period'] or 'undated'})"
    extra = [v for v in (fact["state"], fact["role"]) if v]
    count = f": {fact['count']}" if fact["count"] is not None else ""
    return f"{fact['name']}{count}" + (f" ({', '.join(extra)})" if extra else "")


def _event_lines(detail: StoryDetail) -> list[str]:
    event = detail.event
    if event is None:
        return []
    lines = [f"event: {event['key']} ({event['agency'] or event['jurisdiction'] or '-'})"]
    lines += [f"  story {m['id']}: {cell(m['published_at'])} {m['outlet'] or '-'}: {m['title']}"
              for m in detail.event_stories]
    lines += [f"flag [{f['kind']}, story {f['story_id']}]: {f['reason']}" for f in detail.flags]
    return lines


@cli.command()
@click.option("--jurisdiction", help="Only reports about this jurisdiction (part of its name).")
@click.option(
    "--since", callback=since_option, help="Only stories published within this span (30d)."
)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@pass_app
def reports(
    app: AppContext, jurisdiction: str | None, since: datetime | None, limit: int, fmt: str
) -> None:
    """List transfer reports, newest first (syndicated copies left out).

    \b
    Example:
      pipeline reports --since 30d --jurisdiction "Los Angeles" --format csv
    """
    with user_errors():
        db = open_database(app.settings)
        try:
            rows = list_reports(db, jurisdiction=jurisdiction, since=since, limit=limit)
        finally:
            db.dispose()
    print_rows(Console(), [dataclasses.asdict(r) for r in rows], REPORT_COLUMNS, fmt,
               title="Transfer reports")


@cli.command()
@click.option(
    "--since", callback=since_option, help="Only stories published within this span (30d)."
)
@pass_app
def reprocess(app: AppContext, since: datetime | None) -> None:
    """Normalize stored stories again (after a topic or extractor change); flags stay unique.

    \b
    Example:
      pipeline reprocess --since 30d
    """
    with user_errors():
        db = open_database(app.settings)
        try:
            marked = mark_stale(db, since=since)
        finally:
            db.dispose()
        summary = process_once(app.settings)
    click.echo(
        f"marked {marked} records; processed {summary.processed} stories: "
        f"{summary.related} related, {summary.transfer_reports} transfer reports; "
        f"{summary.flags_raised} flags raised"
    )

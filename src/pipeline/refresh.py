"""One poll of one feed: fetch, skip if unchanged, parse, decide the next poll.

Pure of storage: it returns a PollOutcome, which the caller saves in one transaction.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pipeline.backoff import next_poll_after_failure, next_poll_after_success
from pipeline.errors import FetchError, HTTPStatusError, ParseError
from pipeline.fetch import FetchClient, body_digest
from pipeline.logs import get_logger
from pipeline.models import (
    ClaimedFeed,
    FetchResult,
    ParsedEntry,
    ParsedFeed,
    PollOutcome,
    Validators,
)
from pipeline.parsepool import ParserPool
from pipeline.settings import PollSettings

Clock = Callable[[], datetime]
log = get_logger("pipeline.refresh")


@dataclass(frozen=True)
class PollTools:
    """What a poll needs besides the feed: shared clients, settings, clock and randomness."""

    fetcher: FetchClient
    parser: ParserPool
    settings: PollSettings
    clock: Clock
    rng: random.Random


async def poll_feed(feed: ClaimedFeed, tools: PollTools) -> PollOutcome:
    """Poll ``feed`` once; feed-level problems become the outcome's error, never exceptions."""
    started = tools.clock()
    try:
        return await _poll(feed, tools, started)
    except Exception as exc:  # a bug one feed's data triggers must not end the pass
        log.exception("poll crashed", feed=feed.name)
        return _failed(feed, tools, started, f"internal error: {type(exc).__name__}: {exc}")


async def _poll(feed: ClaimedFeed, tools: PollTools, started: datetime) -> PollOutcome:
    """The poll itself; library and feed errors it knows about become failed outcomes."""
    url = feed.effective_url or feed.url
    try:
        result = await tools.fetcher.fetch(url, validators=feed.validators, headers=feed.headers)
    except HTTPStatusError as exc:
        return _failed(
            feed, tools, started, str(exc), status=exc.status, retry_after=exc.retry_after
        )
    except FetchError as exc:
        return _failed(feed, tools, started, str(exc))
    if result.not_modified:
        return _unchanged(feed, tools, started, result, feed.validators.body_sha256)
    digest = body_digest(result.body)
    if digest == feed.validators.body_sha256:
        return _unchanged(feed, tools, started, result, digest)
    try:
        parsed = await tools.parser.parse(
            result.body, result.headers, base_url=result.final_url, now=started
        )
    except ParseError as exc:
        return _failed(
            feed,
            tools,
            started,
            f"unreadable feed: {exc}",
            status=result.status,
            bytes_received=len(result.body),
            moved_to=result.permanent_url,
        )
    return _parsed(feed, tools, started, result, digest, parsed)


def _validators(result: FetchResult, digest: str | None) -> Validators:
    return Validators(etag=result.etag, last_modified=result.last_modified, body_sha256=digest)


def _unchanged(
    feed: ClaimedFeed, tools: PollTools, started: datetime, result: FetchResult, digest: str | None
) -> PollOutcome:
    validators = _keep_on_304(feed, result) if result.status == 304 else _validators(result, digest)
    return _succeeded(feed, tools, started, result, validators, unchanged=True)


def _keep_on_304(feed: ClaimedFeed, result: FetchResult) -> Validators:
    # A 304 may omit validators; keep what we had where the server said nothing new.
    old = feed.validators
    return Validators(
        etag=result.etag or old.etag,
        last_modified=result.last_modified or old.last_modified,
        body_sha256=old.body_sha256,
    )


def _parsed(
    feed: ClaimedFeed,
    tools: PollTools,
    started: datetime,
    result: FetchResult,
    digest: str,
    parsed: ParsedFeed,
) -> PollOutcome:
    problems = [p for p in (parsed.problem, _dropped(parsed)) if p]
    return _succeeded(
        feed,
        tools,
        started,
        result,
        _validators(result, digest),
        entries=parsed.entries,
        problem="; ".join(problems) or None,
    )


def _succeeded(
    feed: ClaimedFeed,
    tools: PollTools,
    started: datetime,
    result: FetchResult,
    validators: Validators,
    *,
    entries: tuple[ParsedEntry, ...] = (),
    unchanged: bool = False,
    problem: str | None = None,
) -> PollOutcome:
    finished = tools.clock()
    return PollOutcome(
        feed=feed,
        started_at=started,
        finished_at=finished,
        next_poll_at=next_poll_after_success(finished, feed.interval),
        status=result.status,
        bytes_received=len(result.body),
        entries=entries,
        validators=validators,
        effective_url=result.permanent_url,
        unchanged=unchanged,
        problem=problem,
    )


def _dropped(parsed: ParsedFeed) -> str | None:
    if not parsed.dropped_entries:
        return None
    return f"{parsed.dropped_entries} entries over the per-document cap were dropped"


def _failed(
    feed: ClaimedFeed,
    tools: PollTools,
    started: datetime,
    error: str,
    *,
    status: int | None = None,
    retry_after: float | None = None,
    bytes_received: int = 0,
    moved_to: str | None = None,
) -> PollOutcome:
    finished = tools.clock()
    next_poll = next_poll_after_failure(
        finished,
        feed.interval,
        feed.consecutive_failures + 1,
        retry_after,
        tools.settings,
        tools.rng,
    )
    return PollOutcome(
        feed=feed,
        started_at=started,
        finished_at=finished,
        next_poll_at=next_poll,
        status=status,
        bytes_received=bytes_received,
        error=error,
        effective_url=moved_to,
    )

"""Plain records passed between pipeline steps (fetch -> parse -> store).

They carry data only; the functions that make and consume them live in the step modules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

DEFAULT_INTERVAL = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """One feed as the user configured it in feeds.toml."""

    name: str
    url: str
    interval: timedelta = DEFAULT_INTERVAL
    enabled: bool = True
    tags: tuple[str, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Validators:
    """What we remember from the last successful fetch to make the next one cheap."""

    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A successful HTTP exchange (2xx or 304) after following redirects."""

    url: str  # the URL we asked for
    final_url: str  # the URL that answered, after redirects
    permanent_url: str | None  # set when every hop to final_url was a 301/308
    status: int
    headers: Mapping[str, str]  # keys lower-cased
    body: bytes  # decoded (not compressed); b"" on 304
    elapsed: float  # seconds
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """One feed entry, cleaned and identified, ready to store as a story."""

    identity: str  # GUID, else link, else hash of title and date
    guid: str | None
    link: str | None  # as published (after unwrapping known redirectors)
    canonical_url: str  # tracking parameters and fragment dropped; story key
    title: str
    summary_html: str  # sanitized HTML
    summary_text: str  # plain text
    published: datetime | None  # UTC; None when missing or absurd
    updated: datetime | None
    authors: tuple[str, ...] = ()
    outlet: str | None = None  # publisher named by the feed (e.g. Google News <source>)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What a feed document yielded."""

    title: str | None
    link: str | None
    version: str  # feedparser's format name, e.g. "rss20", "atom10", "" if unknown
    entries: tuple[ParsedEntry, ...]
    problem: str | None = None  # why the document was malformed, if it was
    dropped_entries: int = 0  # entries over the per-document cap


@dataclass(frozen=True, slots=True)
class ClaimedFeed:
    """A feed the storage layer leased to this instance for one poll."""

    id: int
    name: str
    url: str  # configured URL
    effective_url: str | None  # where a permanent redirect moved it, if anywhere
    interval: timedelta
    headers: Mapping[str, str]
    validators: Validators
    consecutive_failures: int
    lease_token: str  # proves the lease is still ours when saving


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """Everything one poll of one feed produced; stored in one transaction."""

    feed: ClaimedFeed
    started_at: datetime
    finished_at: datetime
    next_poll_at: datetime
    status: int | None  # HTTP status, None when no response
    bytes_received: int
    entries: tuple[ParsedEntry, ...] = ()
    validators: Validators | None = None  # new validators; None keeps the old ones
    effective_url: str | None = None  # newly learned permanent redirect target
    error: str | None = None  # why the poll failed; None on success
    problem: str | None = None  # non-fatal: malformed document, dropped entries
    unchanged: bool = False  # 304 or byte-identical body: nothing parsed

    @property
    def ok(self) -> bool:
        return self.error is None

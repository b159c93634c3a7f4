"""The feed list (config/feeds.toml): load and validate it, add and remove feeds in place.

Edits keep the user's comments and layout; each write replaces the file atomically.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

import tomlkit

from pipeline.config import KeyPath, find_key_line, parse_toml
from pipeline.durations import parse_duration
from pipeline.errors import ConfigError
from pipeline.models import DEFAULT_INTERVAL, FeedConfig

_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_HEADER_NAME_RE = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_FEED_HEADER_RE = re.compile(r"^\s*\[\[\s*feed\s*\]\]")
_MIN_INTERVAL = timedelta(seconds=1)
_MAX_INTERVAL = timedelta(days=365)
_NEW_FILE = "# Feeds polled by the pipeline. One [[feed]] table per feed.\n"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a feed list, with the key path it concerns."""

    keys: KeyPath
    message: str


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What add_feeds did: feeds written and feeds refused with the reason."""

    added: tuple[FeedConfig, ...]
    skipped: tuple[tuple[FeedConfig, str], ...]


def load_feeds(path: Path) -> tuple[FeedConfig, ...]:
    """Read and validate a feeds file; every problem is reported in one ConfigError."""
    return parse_feeds(_read_text(path), source=str(path))


def parse_feeds(text: str, *, source: str) -> tuple[FeedConfig, ...]:
    """Validate feeds TOML text (pure)."""
    feeds, problems = validate_document(parse_toml(text, source=source))
    if problems:
        raise _problems_error(problems, text, source)
    return feeds


def feeds_fingerprint(path: Path) -> str:
    """Cheap change detector: a hash of the file's bytes, "missing" if it is absent."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        raise ConfigError(f"cannot read feeds file: {exc}", path=str(path)) from exc


def parse_interval(value: object) -> timedelta:
    """ "90s", "15m", "2h", "1d", or a number of minutes -> timedelta."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f'interval must be like "15m" or a number of minutes, not {value!r}')
    try:
        if isinstance(value, str):
            interval = parse_duration(value, default_unit="m")
        else:
            interval = timedelta(minutes=value) if value > 0 else timedelta(0)
    except OverflowError:
        interval = _MAX_INTERVAL * 2
    if not _MIN_INTERVAL <= interval <= _MAX_INTERVAL:
        raise ValueError(f"interval {value!r} is not between 1 second and 365 days")
    return interval


def format_interval(interval: timedelta) -> str:
    """The shortest exact "Nd"/"Nh"/"Nm"/"Ns" spelling of an interval."""
    seconds = interval.total_seconds()
    for unit in ("d", "h", "m"):
        size = _UNIT_SECONDS[unit]
        if seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def check_url(value: object) -> str:
    """An absolute http(s) URL with a host, else ValueError."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError("url must be a non-empty string")
    url = value.strip()
    if any(ch.isspace() for ch in url):
        raise ValueError(f"bad URL {url!r}: contains whitespace")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"bad URL {url!r}: only http and https are supported")
    try:
        host = parts.hostname
        _ = parts.port  # raises on a malformed port
    except ValueError as exc:
        raise ValueError(f"bad URL {url!r}: {exc}") from exc
    if not host:
        raise ValueError(f"bad URL {url!r}: no host")
    return url


def _check_name(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("name must be a non-empty string")
    if any(ord(ch) < 32 for ch in value):
        raise ValueError("name must not contain control characters")
    return value.strip()


def _check_enabled(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"enabled must be true or false, not {value!r}")
    return value


def _check_tags(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
        raise ValueError("tags must be a list of non-empty strings")
    return tuple(dict.fromkeys(t.strip() for t in value))


def _check_headers(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError("headers must be a table of header names to strings")
    for name, text in value.items():
        if not _HEADER_NAME_RE.match(name):
            raise ValueError(f"bad header name {name!r}")
        if not isinstance(text, str) or any(ch in text for ch in "\r\n\0"):
            raise ValueError(f"header {name!r} must be a one-line string")
    return dict(value)


_FIELDS: dict[str, Callable[[object], object]] = {
    "name": _check_name,
    "url": check_url,
    "interval": parse_interval,
    "enabled": _check_enabled,
    "tags": _check_tags,
    "headers": _check_headers,
}


def validate_document(data: Mapping[str, Any]) -> tuple[tuple[FeedConfig, ...], list[Problem]]:
    """Check a parsed feeds document; return the valid feeds and every problem found."""
    problems = [
        Problem((key,), f"unknown top-level key {key!r} (feeds are [[feed]] tables)")
        for key in data
        if key != "feed"
    ]
    tables = data.get("feed", [])
    if not isinstance(tables, list):
        return (), [*problems, Problem(("feed",), "'feed' must be an array of [[feed]] tables")]
    feeds: list[tuple[int, FeedConfig]] = []
    for index, table in enumerate(tables):
        feed, feed_problems = feed_from_table(index, table)
        problems.extend(feed_problems)
        if feed is not None:
            problems.extend(_duplicate_problems(index, feed, feeds))
            feeds.append((index, feed))
    return tuple(feed for _, feed in feeds), problems


def feed_from_table(index: int, table: object) -> tuple[FeedConfig | None, list[Problem]]:
    """Validate one [[feed]] table; index is its position in the file."""
    if not isinstance(table, dict):
        return None, [Problem(("feed", index), f"feed #{index + 1} must be a table")]
    label = _label(index, table.get("name"))
    problems: list[Problem] = []
    values: dict[str, object] = {}
    for key, value in table.items():
        check = _FIELDS.get(key)
        if check is None:
            known = ", ".join(_FIELDS)
            message = f"{label}: unknown key {key!r} (known: {known})"
            problems.append(Problem(("feed", index, key), message))
            continue
        try:
            values[key] = check(value)
        except ValueError as exc:
            problems.append(Problem(("feed", index, key), f"{label}: {exc}"))
    for key in ("name", "url"):
        if key not in table:
            problems.append(Problem(("feed", index), f"{label}: missing {key!r}"))
    if problems:
        return None, problems
    return _feed_from_values(values), []


def _feed_from_values(values: Mapping[str, object]) -> FeedConfig:
    return FeedConfig(
        name=cast(str, values["name"]),
        url=cast(str, values["url"]),
        interval=cast(timedelta, values.get("interval", DEFAULT_INTERVAL)),
        enabled=cast(bool, values.get("enabled", True)),
        tags=cast(tuple[str, ...], values.get("tags", ())),
        headers=cast(dict[str, str], values.get("headers", {})),
    )


def _label(index: int, name: object) -> str:
    return f"feed #{index + 1} {name!r}" if isinstance(name, str) else f"feed #{index + 1}"


def _duplicate_problems(
    index: int, feed: FeedConfig, earlier: list[tuple[int, FeedConfig]]
) -> list[Problem]:
    """Problems when a feed repeats an earlier feed's name or URL."""
    problems = []
    label = _label(index, feed.name)
    for other_index, other in earlier:
        also = f"(also feed #{other_index + 1})"
        if other.name.casefold() == feed.name.casefold():
            problems.append(Problem(("feed", index, "name"), f"{label}: duplicate name {also}"))
        if other.url == feed.url:
            problems.append(Problem(("feed", index, "url"), f"{label}: duplicate URL {also}"))
    return problems


def _problems_error(problems: list[Problem], text: str, source: str) -> ConfigError:
    """One ConfigError at the first problem's line, listing all of them."""
    lines = [find_key_line(text, p.keys) for p in problems]
    pairs = zip(lines[1:], problems[1:], strict=True)
    rest = [f"{source}:{line}: {p.message}" for line, p in pairs]
    return ConfigError("\n".join([problems[0].message, *rest]), path=source, line=lines[0])


def feed_to_table(feed: FeedConfig) -> dict[str, Any]:
    """The [[feed]] table that would describe this feed (defaults left out)."""
    table: dict[str, Any] = {"name": feed.name, "url": feed.url}
    table["interval"] = format_interval(feed.interval)
    if not feed.enabled:
        table["enabled"] = False
    if feed.tags:
        table["tags"] = list(feed.tags)
    if feed.headers:
        table["headers"] = dict(feed.headers)
    return table


def add_feed(path: Path, feed: FeedConfig) -> None:
    """Append one feed; refuse an invalid feed or a duplicate name or URL."""
    result = add_feeds(path, [feed])
    if result.skipped:
        raise ConfigError(result.skipped[0][1], path=str(path))


def add_feeds(path: Path, feeds: Iterable[FeedConfig]) -> MergeResult:
    """Append the feeds that are valid and new (by name or URL); one atomic write."""
    text = _read_text(path) if path.exists() else _NEW_FILE
    existing = parse_feeds(text, source=str(path))
    names = {f.name.casefold() for f in existing}
    urls = {f.url for f in existing}
    added: list[FeedConfig] = []
    skipped: list[tuple[FeedConfig, str]] = []
    for feed in feeds:
        reason = _refusal(feed, names, urls, len(existing) + len(added))
        if reason:
            skipped.append((feed, reason))
            continue
        names.add(feed.name.casefold())
        urls.add(feed.url)
        added.append(feed)
    if added:
        new_text = text.rstrip("\n") + "\n\n" + "".join(_render(f) for f in added)
        parse_feeds(new_text, source=str(path))  # never write a file we could not load back
        write_atomic(path, new_text)
    return MergeResult(tuple(added), tuple(skipped))


def _refusal(feed: FeedConfig, names: set[str], urls: set[str], index: int) -> str | None:
    """Why this feed cannot be added, or None."""
    if feed.name.casefold() in names:
        return f"a feed named {feed.name!r} already exists"
    if feed.url in urls:
        return f"a feed with URL {feed.url} already exists"
    _, problems = feed_from_table(index, feed_to_table(feed))
    return problems[0].message if problems else None


def _render(feed: FeedConfig) -> str:
    """The TOML text of one [[feed]] table, followed by a blank line."""
    table = tomlkit.table()
    for key, value in feed_to_table(feed).items():
        if key == "headers":
            inline = tomlkit.inline_table()
            inline.update(value)
            value = inline
        table[key] = value
    doc = tomlkit.document()
    items = tomlkit.aot()
    items.append(table)
    doc.append("feed", items)
    return tomlkit.dumps(doc).rstrip("\n") + "\n\n"


def remove_feed(path: Path, name_or_url: str) -> FeedConfig:
    """Remove the feed with this name (any case) or URL; return it."""
    text = _read_text(path)
    feeds = parse_feeds(text, source=str(path))
    wanted = name_or_url.strip()
    index = next(
        (
            i
            for i, f in enumerate(feeds)
            if f.name.casefold() == wanted.casefold() or f.url == wanted
        ),
        None,
    )
    if index is None:
        raise ConfigError(f"no feed named or with URL {wanted!r}", path=str(path))
    new_text = _cut_feed_block(text, index, len(feeds))
    remaining = parse_feeds(new_text, source=str(path))
    if remaining != feeds[:index] + feeds[index + 1 :]:
        raise ConfigError("could not remove the feed without disturbing others", path=str(path))
    write_atomic(path, new_text)
    return feeds[index]


def _cut_feed_block(text: str, index: int, count: int) -> str:
    """Drop the index-th [[feed]] table with the comment block right above it."""
    lines = text.splitlines(keepends=True)
    headers = [i for i, line in enumerate(lines) if _FEED_HEADER_RE.match(line)]
    if len(headers) != count:
        return _cut_with_tomlkit(text, index)  # feeds not written as [[feed]] tables
    start = _comment_block_start(lines, headers[index])
    end = len(lines) if index + 1 == count else _comment_block_start(lines, headers[index + 1])
    return "".join(lines[:start] + lines[end:])


def _comment_block_start(lines: list[str], header: int) -> int:
    """First line of the comments directly above a header (they describe that feed)."""
    start = header
    while start > 0 and lines[start - 1].lstrip().startswith("#"):
        start -= 1
    return start


def _cut_with_tomlkit(text: str, index: int) -> str:
    doc = tomlkit.parse(text)
    del doc["feed"][index]
    return tomlkit.dumps(doc)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError("feeds file not found", path=str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read feeds file: {exc}", path=str(path)) from exc


def write_atomic(path: Path, text: str) -> None:
    """Write text to a temporary file beside path, then rename it over path."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            if path.exists():
                os.chmod(tmp, path.stat().st_mode & 0o7777)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ConfigError(f"cannot write feeds file: {exc}", path=str(path)) from exc

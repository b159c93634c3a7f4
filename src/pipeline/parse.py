"""Feed documents (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.x) to ParsedFeed.

The only module that imports feedparser. feedparser never fetches anything here: it gets
the body as a stream plus the response headers (Content-Type decides the charset). Its own
HTML sanitizer and relative-URI rewriting are off (they cost ~40% of parse time); we
sanitize with nh3 and resolve only entry and feed links, against Content-Location if the
server sent one, else base_url.

Entry identity (stable across polls): the GUID/Atom id, else the entry link, else the
SHA-256 hex digest of "title\x1fdate" (date = feedparser's parsed published/updated time
in ISO form, else the raw date text; when the title is empty the plain-text summary is
appended so untitled entries still differ). Repeated identities in one document keep the
first entry.

Story key (canonical_url): the canonical link, else a GUID that is an http(s) URL, else
"urn:entry:" + SHA-256 of (base_url, identity) so equal GUIDs in two feeds stay apart.

ParseError: empty body, invalid JSON Feed, or no entries, no feed title and no feed link
while the document is malformed or not recognised as any feed format.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin

import feedparser

from pipeline.errors import ParseError
from pipeline.models import ParsedEntry, ParsedFeed
from pipeline.text import (
    collapse_spaces,
    html_to_text,
    normalize_text,
    sanitize_html,
    strip_control,
)
from pipeline.urls import canonical_url, outlet_domain, unwrap_redirect

EARLIEST_DATE = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=2)
PROBLEM_MAX_CHARS = 200
_JSON_FEED_PREFIX = "https://jsonfeed.org/version/"
_BOMS = b"\xef\xbb\xbf"
# Plain dict access: FeedParserDict.get maps missing "updated*" keys to "published*"
# with a DeprecationWarning, and we want to see exactly what the document said.
_get = dict.get
_WEB = ("http://", "https://")


def parse_document(
    body: bytes,
    headers: Mapping[str, str],
    *,
    base_url: str,
    now: datetime,
    max_entries: int,
) -> ParsedFeed:
    """Parse one fetched document; raise ParseError when it yields nothing usable."""
    lowered = {key.lower(): value for key, value in headers.items()}
    if not body.strip():
        raise ParseError("empty document")
    # Content-Location names the document's own address, so links resolve against it.
    location = lowered.pop("content-location", "").strip()
    base = urljoin(base_url, location) if location else base_url
    if _looks_like_json(body):
        return _parse_json_feed(body, base_url=base, now=now, max_entries=max_entries)
    raw = _run_feedparser(body, lowered)
    problem = _problem(raw)
    feed = _get(raw, "feed") or {}
    title = _clean_title(_get(feed, "title"))
    link = _web_link(_get(feed, "link"), base)
    entries = _get(raw, "entries") or []
    if not entries and not title and not link and (problem or not _get(raw, "version")):
        raise ParseError(f"no feed found in document: {problem or 'not a feed'}")
    kept = [_feedparser_entry(e, base, now) for e in entries[:max_entries]]
    return ParsedFeed(
        title=title or None,
        link=link,
        version=_get(raw, "version") or "",
        entries=_unique(kept),
        problem=problem,
        dropped_entries=max(0, len(entries) - max_entries),
    )


def _run_feedparser(body: bytes, headers: dict[str, str]) -> Any:
    """feedparser on bytes only; library failures become ParseError.

    Content-Location is withheld on purpose: feedparser would also "resolve" every GUID
    against it, turning an opaque "id-7" into a URL that changes whenever the feed moves.
    """
    try:
        # A BytesIO, never bytes/str: feedparser treats strings as URLs or file names.
        return feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # feedparser has no exception contract of its own
        raise ParseError(f"feedparser failed: {_describe(exc)}") from exc


def _problem(raw: dict[str, Any]) -> str | None:
    """Why feedparser found the document malformed, or None.

    A non-XML Content-Type (feeds served as text/html or text/plain, or no header at all) is
    common and harmless, so it is not reported.
    """
    if not _get(raw, "bozo"):
        return None
    exc = _get(raw, "bozo_exception")
    if isinstance(exc, feedparser.NonXMLContentType):
        return None
    return _describe(exc)


def _describe(exc: object) -> str:
    """Short readable reason for a parser complaint."""
    if exc is None:
        return "malformed document"
    text = collapse_spaces(f"{type(exc).__name__}: {exc}")
    return text if len(text) <= PROBLEM_MAX_CHARS else text[: PROBLEM_MAX_CHARS - 1] + "…"


def _feedparser_entry(entry: dict[str, Any], base_url: str, now: datetime) -> ParsedEntry:
    """One feedparser entry to a ParsedEntry."""
    guid = collapse_spaces(_get(entry, "id") or "") or None
    link = _entry_link(entry, guid, base_url)
    published_struct = _get(entry, "published_parsed") or _get(entry, "updated_parsed")
    date_key = _struct_iso(published_struct) or _get(entry, "published") or _get(entry, "updated")
    source = _get(entry, "source") or {}
    return _make_entry(
        guid=guid,
        link=link,
        title=_clean_title(_get(entry, "title")),
        summary=_summary(entry),
        published=_sane_date(_from_struct(published_struct), now),
        updated=_sane_date(_from_struct(_get(entry, "updated_parsed")), now),
        date_key=str(date_key or ""),
        authors=_authors(entry),
        outlet=_clean_title(_get(source, "title")) or None,
        base_url=base_url,
    )


def _entry_link(entry: dict[str, Any], guid: str | None, base_url: str) -> str | None:
    """The entry's link; a permalink GUID that is not a URL (feedparser copies it) is ignored."""
    link = _get(entry, "link")
    if link and link == _get(entry, "id") and guid and not guid.lower().startswith(_WEB):
        return None
    return _web_link(link, base_url)


def _make_entry(
    *,
    guid: str | None,
    link: str | None,
    title: str,
    summary: tuple[str, str],
    published: datetime | None,
    updated: datetime | None,
    date_key: str,
    authors: tuple[str, ...],
    outlet: str | None,
    base_url: str,
) -> ParsedEntry:
    """Assemble an entry, deciding its identity and canonical URL."""
    identity = guid or link or _content_hash(title, date_key, summary[1])
    return ParsedEntry(
        identity=identity,
        guid=guid,
        link=link,
        canonical_url=_story_key(link, guid, identity, base_url),
        title=title,
        summary_html=summary[0],
        summary_text=summary[1],
        published=published,
        updated=updated,
        authors=authors,
        outlet=outlet or outlet_domain(link),
    )


def _content_hash(title: str, date_key: str, summary_text: str) -> str:
    """Identity of an entry with neither GUID nor link."""
    material = f"{title}\x1f{date_key}" if title else f"\x1f{date_key}\x1f{summary_text}"
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


def _story_key(link: str | None, guid: str | None, identity: str, base_url: str) -> str:
    """Canonical URL from the link, else a web-URL GUID, else a synthetic per-feed URN."""
    if link:
        return canonical_url(link)
    if guid and guid.lower().startswith(_WEB):
        return canonical_url(unwrap_redirect(guid))
    # The feed URL is mixed in so that two feeds both using GUID "1" do not collide.
    digest = hashlib.sha256(f"{base_url}\x1f{identity}".encode()).hexdigest()
    return f"urn:entry:{digest[:40]}"


def _web_link(value: object, base_url: str) -> str | None:
    """An absolute http(s) link with known redirectors unwrapped, or None."""
    if not isinstance(value, str):
        return None
    link = strip_control(value).strip()
    if not link:
        return None
    if not link.lower().startswith(_WEB):
        link = urljoin(base_url, link)
        if not link.lower().startswith(_WEB):
            return None
    return unwrap_redirect(link)


def _clean_title(value: object) -> str:
    """Single-line plain text of a title that may contain markup or entities."""
    if not isinstance(value, str) or not value:
        return ""
    if "<" in value or "&" in value:
        value = html_to_text(value)
    return collapse_spaces(value)


def _summary(entry: dict[str, Any]) -> tuple[str, str]:
    """Sanitized HTML and plain text of the summary, else of the first content block."""
    detail = _get(entry, "summary_detail")
    if not detail or not _get(detail, "value"):
        contents = _get(entry, "content") or []
        detail = contents[0] if contents else None
    if not detail or not _get(detail, "value"):
        return "", ""
    value = str(_get(detail, "value"))
    if "html" in str(_get(detail, "type") or "text/html"):
        return sanitize_html(value), html_to_text(value)
    text = normalize_text(value)
    return html.escape(text, quote=False), text


def _authors(entry: dict[str, Any]) -> tuple[str, ...]:
    """Distinct author names in feed order."""
    names: list[str] = []
    for author in _get(entry, "authors") or []:
        name = _get(author, "name") if isinstance(author, dict) else None
        names.append(collapse_spaces(str(name or "")))
    author = _get(entry, "author")
    if not any(names) and isinstance(author, str):
        names.append(collapse_spaces(author))
    return tuple(dict.fromkeys(name for name in names if name))


def _struct_iso(value: time.struct_time | None) -> str | None:
    """ISO text of a feedparser UTC time struct."""
    moment = _from_struct(value)
    return moment.isoformat() if moment else None


def _from_struct(value: time.struct_time | None) -> datetime | None:
    """Aware UTC datetime from feedparser's *_parsed struct (always UTC)."""
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _sane_date(value: datetime | None, now: datetime) -> datetime | None:
    """The date, or None when it is before 1990 or more than two days after now."""
    if value is None or value < EARLIEST_DATE or value > now + FUTURE_SLACK:
        return None
    return value


def _unique(entries: Iterable[ParsedEntry]) -> tuple[ParsedEntry, ...]:
    """First entry per identity: feeds sometimes repeat an item, and a story key must be unique."""
    seen: dict[str, ParsedEntry] = {}
    for entry in entries:
        seen.setdefault(entry.identity, entry)
    return tuple(seen.values())


# --- JSON Feed 1.x (feedparser 6.0 does not read it) ---------------------------------


def _looks_like_json(body: bytes) -> bool:
    """True when the body starts with "{"; Content-Type is ignored, servers mislabel feeds."""
    return body.lstrip(_BOMS + b" \t\r\n")[:1] == b"{"


def _parse_json_feed(body: bytes, *, base_url: str, now: datetime, max_entries: int) -> ParsedFeed:
    """A JSON Feed document to ParsedFeed; ParseError when it is not one."""
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ParseError(f"invalid JSON feed: {_describe(exc)}") from exc
    version = doc.get("version") if isinstance(doc, dict) else None
    if not isinstance(version, str) or not version.startswith(_JSON_FEED_PREFIX):
        raise ParseError("JSON document is not a JSON Feed")
    items = [item for item in doc.get("items") or [] if isinstance(item, dict)]
    kept = [_json_entry(item, base_url, now) for item in items[:max_entries]]
    return ParsedFeed(
        title=_clean_title(doc.get("title")) or None,
        link=_web_link(doc.get("home_page_url"), base_url),
        version="json" + version.removeprefix(_JSON_FEED_PREFIX).replace(".", ""),
        entries=_unique(kept),
        dropped_entries=max(0, len(items) - max_entries),
    )


def _json_entry(item: Mapping[str, Any], base_url: str, now: datetime) -> ParsedEntry:
    """One JSON Feed item to a ParsedEntry (same rules as feed entries)."""
    raw_id = item.get("id")
    guid = collapse_spaces(str(raw_id)) if raw_id not in (None, "") else None
    link = _web_link(item.get("url") or item.get("external_url"), base_url)
    markup = _json_markup(item)
    published_raw = item.get("date_published") or item.get("date_modified")
    published = _from_iso(published_raw)
    authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
    return _make_entry(
        guid=guid,
        link=link,
        title=_clean_title(item.get("title")),
        summary=(sanitize_html(markup), html_to_text(markup)),
        published=_sane_date(published, now),
        updated=_sane_date(_from_iso(item.get("date_modified")), now),
        date_key=published.isoformat() if published else str(published_raw or ""),
        authors=_authors({"authors": [a for a in authors if isinstance(a, dict)]}),
        outlet=None,
        base_url=base_url,
    )


def _json_markup(item: Mapping[str, Any]) -> str:
    """HTML for the item summary: "summary" and "content_text" are plain text by the spec."""
    if isinstance(item.get("summary"), str) and item["summary"].strip():
        return html.escape(item["summary"], quote=False)
    if isinstance(item.get("content_html"), str):
        return str(item["content_html"])
    return html.escape(str(item.get("content_text") or ""), quote=False)


def _from_iso(value: object) -> datetime | None:
    """Aware UTC datetime from RFC 3339 text, or None."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)  # RFC 3339 requires an offset; assume UTC
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None

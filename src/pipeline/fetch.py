"""The safe HTTP fetcher: conditional GETs with deadlines, size caps, address policy, politeness.

Redirects, per-host spacing and the total deadline are decided here; the transport under it
(policy-checking resolver, capped decoder, error translation) lives in ``pipeline.transport``.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol, Self

import aiohttp
import httpx
from aiohttp.abc import AbstractResolver

from pipeline.addresses import AddressPolicy
from pipeline.errors import BodyTooLargeError, FetchError, FetchTimeoutError, TooManyRedirectsError
from pipeline.models import FetchResult, Validators
from pipeline.settings import FetchSettings
from pipeline.transport import (
    AiohttpPoolTransport,
    CappedDecoder,
    base_headers,
    policy_transport,
    short_message,
    status_error,
    translate_error,
)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, text/html;q=0.5, */*;q=0.3"
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_STATUSES = frozenset({301, 308})
URL_CACHE_SIZE = 8192  # parsed feed URLs kept per fetcher
_NO_BODY = httpx.ByteStream(b"")  # immutable, so every GET can share it
# Sent only to the origin they were configured for, never across a redirect to another one.
_CREDENTIAL_HEADERS = ("authorization", "cookie")
# What the transport may raise for a hostile server or URL. ValueError covers IDNA refusals
# (UnicodeError) and yarl's URL checks: neither library promises to wrap them.
_TRANSPORT_ERRORS = (httpx.HTTPError, httpx.InvalidURL, aiohttp.ClientError, OSError, ValueError)


class FetchClient(Protocol):
    """What polls and page fetches need: ``Fetcher.fetch`` (also ``FetchPool.fetch``)."""

    async def fetch(
        self,
        url: str,
        *,
        validators: Validators | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult: ...


def body_digest(body: bytes) -> str:
    """SHA-256 hex digest used to spot byte-identical bodies between polls."""
    return hashlib.sha256(body).hexdigest()


def spacing(now: float, next_start: float | None, delay: float) -> tuple[float, float]:
    """(seconds to wait, next allowed start) so starts to one host are `delay` apart."""
    start = now if next_start is None else max(now, next_start)
    return start - now, start + delay


@dataclass(slots=True)
class _HostState:
    slots: asyncio.Semaphore
    users: int = 0
    next_start: float | None = None


@dataclass(slots=True)
class _HostGate:
    """Per-host concurrency limit plus a minimum gap between request starts."""

    limit: int
    delay: float
    clock: Callable[[], float]
    hosts: dict[str, _HostState] = field(default_factory=dict)
    # Sweep the whole map when it outgrows this; doubling after each sweep keeps it amortized.
    sweep_at: int = 64

    def slot(self, host: str) -> _HostSlot:
        """Hold one of the host's slots, starting no earlier than its spacing allows."""
        return _HostSlot(self, host)

    def _forget_idle(self, host: str, state: _HostState) -> None:
        """Drop hosts nobody waits on once their spacing has passed, so the map stays small.

        A host released inside its spacing stays; the sweep drops it later, else every host
        ever fetched (redirect targets, feeds since removed) would stay for the process's life.
        """
        now = self.clock()
        if _idle(state, now):
            self.hosts.pop(host, None)
        if len(self.hosts) >= self.sweep_at:
            self.hosts = {name: kept for name, kept in self.hosts.items() if not _idle(kept, now)}
            self.sweep_at = max(64, 2 * len(self.hosts))


class _HostSlot:
    """``async with gate.slot(host)``: a class, not a generator, as it is entered per request."""

    __slots__ = ("_gate", "_host", "_state")

    def __init__(self, gate: _HostGate, host: str) -> None:
        self._gate = gate
        self._host = host
        self._state: _HostState | None = None

    async def __aenter__(self) -> None:
        gate = self._gate
        state = gate.hosts.get(self._host)
        if state is None:
            state = gate.hosts[self._host] = _HostState(asyncio.Semaphore(gate.limit))
        state.users += 1
        self._state = state
        try:
            await state.slots.acquire()
        except BaseException:
            self._leave(state)
            raise
        try:
            wait, state.next_start = spacing(gate.clock(), state.next_start, gate.delay)
            if wait > 0:
                await asyncio.sleep(wait)
        except BaseException:
            state.slots.release()
            self._leave(state)
            raise

    async def __aexit__(self, *exc_info: object) -> None:
        state = self._state
        assert state is not None  # entered
        state.slots.release()
        self._leave(state)

    def _leave(self, state: _HostState) -> None:
        state.users -= 1
        self._gate._forget_idle(self._host, state)


def _idle(state: _HostState, now: float) -> bool:
    """True when nobody holds or waits for the host and its spacing has passed."""
    return state.users == 0 and (state.next_start or 0.0) <= now


@dataclass(frozen=True, slots=True)
class _Hop:
    """One request/response exchange in a redirect chain."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes = b""
    location: str | None = None


@dataclass(frozen=True, slots=True)
class _Live:
    """What exists only between __aenter__ and __aexit__."""

    transport: AiohttpPoolTransport
    slots: asyncio.Semaphore  # global concurrency
    hosts: _HostGate


@dataclass(slots=True)
class _Budget:
    """What one fetch may still use: network time (shared by its hops) and body bytes."""

    remaining: float
    max_bytes: int


def _next_headers(headers: dict[str, str], old: httpx.URL, new: httpx.URL) -> dict[str, str]:
    """Headers for the next hop: credentials stay with their origin."""
    # raw_host: comparing needs no IDNA decoding, which can raise on a hostile Location.
    if (old.scheme, old.raw_host, old.port) == (new.scheme, new.raw_host, new.port):
        return headers
    return {k: v for k, v in headers.items() if k.lower() not in _CREDENTIAL_HEADERS}


class Fetcher:
    """Async context manager owning one HTTP client; `fetch` is safe to call concurrently."""

    def __init__(
        self,
        settings: FetchSettings,
        *,
        accept: str = FEED_ACCEPT,
        resolver: AbstractResolver | None = None,
        trace_configs: Sequence[aiohttp.TraceConfig] = (),
    ) -> None:
        self._settings = settings
        self._policy = AddressPolicy.from_allow_list(settings.allow_private)
        self._accept = accept
        self._resolver = resolver  # None: aiohttp's default; tests pass a fixed-answer one
        self._trace_configs = list(trace_configs)
        self._headers = base_headers(settings, accept)
        # Read/connect limits per hop; the total deadline is enforced around the whole fetch.
        timeouts = {
            "connect": settings.connect_timeout,
            "read": settings.total_timeout,
            "write": settings.total_timeout,
            "pool": None,
        }
        self._ext = {"timeout": timeouts}  # httpx copies the extensions of each request
        self._live: _Live | None = None
        # Feeds are fetched from the same few hosts again and again: each host is checked
        # once per fetcher. Refusals raise, so they are never cached.
        self._checked_host = functools.lru_cache(maxsize=URL_CACHE_SIZE)(self._policy.check_host)

    async def __aenter__(self) -> Self:
        settings = self._settings
        transport = policy_transport(
            settings, self._policy, resolver=self._resolver, trace_configs=self._trace_configs
        )
        clock = asyncio.get_running_loop().time
        gate = _HostGate(settings.per_host_concurrency, settings.per_host_delay_seconds, clock)
        self._live = _Live(transport, asyncio.Semaphore(settings.global_concurrency), gate)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._live is not None:
            await self._live.transport.aclose()
            self._live = None

    def _require(self) -> _Live:
        if self._live is None:
            raise RuntimeError("use 'async with Fetcher(...)' before fetching")
        return self._live

    async def fetch(
        self,
        url: str,
        *,
        validators: Validators | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """GET `url`, following redirects safely; raise a FetchError subclass on failure.

        ``max_bytes`` caps this body instead of ``max_body_bytes`` (article pages have their own).
        """
        request_headers = _conditional_headers(validators, headers)
        budget = _Budget(self._settings.total_timeout, max_bytes or self._settings.max_body_bytes)
        loop = asyncio.get_running_loop()
        started = loop.time()
        current, permanent, hops = url, True, 0
        while True:
            target = self._checked_url(current)
            hop = await self._exchange(target, request_headers, budget)
            if hop.location is None:
                return _result(url, hop, permanent and hops > 0, loop.time() - started)
            hops += 1
            if hops > self._settings.max_redirects:
                raise TooManyRedirectsError(
                    f"more than {self._settings.max_redirects} redirects (last to {hop.location})"
                )
            permanent = permanent and hop.status in PERMANENT_STATUSES
            request_headers = _next_headers(request_headers, target.url, httpx.URL(hop.location))
            current = hop.location

    def _checked_url(self, url: str) -> _Target:
        """Parse `url` and refuse non-HTTP schemes and refused IP literals before any I/O."""
        target = _parsed_url(url)
        self._checked_host(target.host)
        return target

    async def _exchange(self, target: _Target, headers: dict[str, str], budget: _Budget) -> _Hop:
        """One polite request/response under what is left of the total deadline."""
        live = self._require()
        host = target.host
        loop = asyncio.get_running_loop()
        # Host slot first: waiting out a host's spacing must not hold a global slot.
        async with live.hosts.slot(host), live.slots:
            if budget.remaining <= 0:
                raise FetchTimeoutError(f"no response within {self._settings.total_timeout}s")
            begun = loop.time()
            try:
                async with asyncio.timeout(budget.remaining):
                    return await self._send(target, headers, budget.max_bytes)
            except FetchError:
                raise
            except TimeoutError as exc:
                raise FetchTimeoutError(
                    short_message(
                        f"no complete response from {host} within {self._settings.total_timeout}s"
                    )
                ) from exc
            except _TRANSPORT_ERRORS as exc:
                raise translate_error(exc, host) from exc
            finally:
                budget.remaining -= loop.time() - begun

    async def _send(self, target: _Target, headers: dict[str, str], cap: int) -> _Hop:
        """Send one GET and read (or refuse) its body.

        The transport is called directly: redirects, cookies and decoding are ours, and
        skipping httpx.AsyncClient's machinery for them gains ~60% throughput.
        """
        transport = self._require().transport
        response = await transport.handle_async_request(self._request(target, headers))
        try:
            status = response.status_code
            hop_headers = dict(response.headers.items())
            if status in REDIRECT_STATUSES and "location" in hop_headers:
                location = _redirect_target(response.url, hop_headers["location"])
                return _Hop(target.text, status, hop_headers, location=location)
            if status == 304:
                return _Hop(target.text, status, hop_headers)
            if status >= 400:
                raise status_error(response, datetime.now(UTC))
            if not 200 <= status < 300:
                raise FetchError(f"unexpected HTTP status {status} from {target.host}")
            body = await _read_body(response, cap)
            return _Hop(target.text, status, hop_headers, body=body)
        finally:
            await response.aclose()

    def _request(self, target: _Target, headers: dict[str, str]) -> httpx.Request:
        """The GET for one hop, built the cheap way: headers as bytes, no body to encode.

        ``Request(stream=...)`` skips httpx's content encoding and its rebuilding of the
        headers to add Host, which is added here, first, as httpx would; caller headers
        override the base ones. Header text must be ASCII, as httpx requires.
        """
        merged = {**self._headers, **headers} if headers else self._headers
        raw = [] if "host" in merged else [(b"Host", target.netloc)]
        raw.extend((name.encode("ascii"), value.encode("ascii")) for name, value in merged.items())
        request = httpx.Request(
            "GET", target.url, headers=raw, stream=_NO_BODY, extensions=self._ext
        )
        request.read()  # no body: sets the empty content a GET built from content=None has
        request.headers.encoding = "ascii"  # as encoded above; spares the transport a guess
        return request


@dataclass(frozen=True, slots=True)
class _Target:
    """A parsed URL and what each request to it needs, worked out once per URL."""

    url: httpx.URL
    host: str  # IDNA-decoded
    netloc: bytes  # the Host header
    text: str


@functools.lru_cache(maxsize=URL_CACHE_SIZE)
def _parsed_url(url: str) -> _Target:
    """`url` parsed, with its (IDNA-decoded) host; refuses non-HTTP schemes and bad hosts.

    Pure, so shared by every fetcher in the process: feeds are fetched at the same URLs pass
    after pass, and parsing each one was a seventh of a steady-state pass. Refusals raise, so
    they are never cached; httpx.URL is immutable, so sharing one is safe.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchError(short_message(f"invalid URL {url!r}")) from exc
    if parsed.scheme not in ("http", "https"):
        raise FetchError(short_message(f"refused non-HTTP URL {url}"))
    try:
        host = parsed.host  # decodes IDNA, which refuses malformed labels
    except ValueError as exc:
        raise FetchError(short_message(f"invalid host name in {url!r}")) from exc
    return _Target(parsed, host, parsed.netloc, str(parsed))


def _redirect_target(base: httpx.URL, location: str) -> str:
    """The absolute URL a Location header names; a malformed one fails this fetch only."""
    try:
        return str(base.join(location))
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError(short_message(f"invalid redirect to {location!r}")) from exc


async def _read_body(response: httpx.Response, cap: int) -> bytes:
    """Stream the body, decoding as we go, and stop as soon as it passes ``cap`` bytes."""
    encoding = response.headers.get("content-encoding", "")
    declared = response.headers.get("content-length", "")
    if encoding in ("", "identity") and declared.isdigit() and int(declared) > cap:
        raise BodyTooLargeError(f"body larger than {cap} bytes (declared {declared})")
    decoder = CappedDecoder(encoding, cap)
    async for chunk in response.aiter_raw():
        decoder.feed(chunk)
    return decoder.finish()


def _conditional_headers(
    validators: Validators | None, headers: Mapping[str, str] | None
) -> dict[str, str]:
    """Caller headers plus If-None-Match / If-Modified-Since from the last response."""
    result = {k.lower(): v for k, v in (headers or {}).items()}
    if validators is not None and validators.etag:
        result["if-none-match"] = validators.etag
    if validators is not None and validators.last_modified:
        result["if-modified-since"] = validators.last_modified
    return result


def _result(url: str, hop: _Hop, permanent: bool, elapsed: float) -> FetchResult:
    """The FetchResult for the hop that ended the chain."""
    return FetchResult(
        url=url,
        final_url=hop.url,
        permanent_url=hop.url if permanent else None,
        status=hop.status,
        headers=hop.headers,
        body=hop.body,
        elapsed=elapsed,
        etag=hop.headers.get("etag"),
        last_modified=hop.headers.get("last-modified"),
    )

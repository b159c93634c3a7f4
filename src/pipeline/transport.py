"""The policy-checked HTTP transport under the fetcher and the webhook client.

httpx's API over an aiohttp connection pool, because plain httpx's pool becomes CPU-bound at
high concurrency. ``AiohttpPoolTransport`` is httpx_aiohttp's transport cut down to what this
service sends (no proxies, no per-request TLS settings). The aiohttp connector gets a resolver
that applies the AddressPolicy to every resolved address, so the address connected to is the
one that was checked; IP-literal hosts skip aiohttp's resolver and are checked by the caller
first. Also here: the capped body decoder and the translation of library errors into the
project's tree.
"""

from __future__ import annotations

import functools
import os
import socket
import zlib
from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from http.cookiejar import CookieJar, DefaultCookiePolicy

import aiohttp
import httpx
import yarl
from aiohttp.abc import AbstractResolver, ResolveResult
from httpx_aiohttp.transport import map_aiohttp_exceptions

from pipeline.addresses import AddressPolicy
from pipeline.backoff import parse_retry_after
from pipeline.errors import BodyTooLargeError, FetchError, FetchTimeoutError, HTTPStatusError
from pipeline.settings import FetchSettings

# Only what we can decode with a streaming size cap (brotli is not installed).
ACCEPT_ENCODING = "gzip, deflate"
RETRY_AFTER_STATUSES = frozenset({429, 503})
STREAM_CHUNK = 16 * 1024  # bytes per body chunk handed to the decoder
_MAX_MESSAGE = 160


def short_message(text: str) -> str:
    """Clip a message shown to users in `pipeline status`."""
    text = " ".join(text.split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


class PolicyResolver(AbstractResolver):
    """Resolves names, then keeps only the addresses the policy allows connecting to."""

    def __init__(self, policy: AddressPolicy, inner: AbstractResolver) -> None:
        self._policy = policy
        self._inner = inner

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """Resolve `host`; raise BlockedAddressError when no resolved address is allowed."""
        results = await self._inner.resolve(host, port, family)
        allowed = [r for r in results if self._policy.allows_ip(r["host"], host)]
        if results and not allowed:
            self._policy.check_ip(results[0]["host"], host)  # raises with the reason
        return allowed

    async def close(self) -> None:
        """Release the wrapped resolver."""
        await self._inner.close()


class CappedDecoder:
    """Decodes a Content-Encoding while counting decoded bytes, so bombs stop early."""

    def __init__(self, encoding: str, cap: int) -> None:
        coding = encoding.strip().lower()
        if coding in ("gzip", "x-gzip"):
            self._inflater: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            self._inflater = zlib.decompressobj()
        elif coding in ("", "identity"):
            self._inflater = None
        else:
            raise FetchError(short_message(f"unsupported content-encoding {encoding!r}"))
        self._deflate = coding == "deflate"
        self._cap = cap
        self._parts: list[bytes] = []
        self._size = 0

    def feed(self, data: bytes) -> None:
        """Decode one raw chunk, raising BodyTooLargeError past the cap."""
        if self._inflater is None:
            self._keep(data)
            return
        try:
            out = self._inflater.decompress(data, self._cap - self._size + 1)
        except zlib.error as exc:
            if not (self._deflate and self._size == 0 and not self._parts):
                raise FetchError("corrupt compressed body") from exc
            # Servers disagree on "deflate": zlib-wrapped (RFC) or raw; retry as raw.
            self._deflate = False
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            self.feed(data)
            return
        self._keep(out)

    def finish(self) -> bytes:
        """The whole decoded body."""
        if self._inflater is not None:
            self._keep(self._inflater.flush())
        return b"".join(self._parts)

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._cap:
            raise BodyTooLargeError(f"body larger than {self._cap} bytes")
        if data:
            self._parts.append(data)


def _no_cookies() -> CookieJar:
    """A jar that refuses every cookie, so no state leaks between feeds."""
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


@functools.lru_cache(maxsize=8192)
def _aiohttp_url(url: str) -> yarl.URL:
    """The yarl URL aiohttp would parse ``url`` into, kept: feeds are fetched pass after pass.

    yarl caches its own parsing for only 128 URLs, so cycling through thousands of feeds
    parsed every one of them again (yarl URLs are immutable, so sharing one is safe).
    """
    return yarl.URL(url)


class _ResponseStream(httpx.AsyncByteStream):
    """An aiohttp response body as httpx's stream (httpx_aiohttp's, minus per-call overhead).

    Errors are mapped as httpx_aiohttp maps them, but the mapping is entered only when one
    is raised: a context manager around every close was a measurable share of a 304.
    """

    __slots__ = ("_response",)

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(STREAM_CHUNK):
                yield chunk
        except Exception:
            with map_aiohttp_exceptions():
                raise

    async def aclose(self) -> None:
        try:
            await self._response.__aexit__(None, None, None)
        except Exception:
            with map_aiohttp_exceptions():
                raise


class AiohttpPoolTransport(httpx.AsyncBaseTransport):
    """An httpx transport that sends every request through one aiohttp session.

    httpx_aiohttp's ``AiohttpTransport`` with only what this service uses: the session (and
    its connector) is ours, proxies are never used (the policy-checking connector must see
    every connection), and the timeouts are the same few on every request, so the aiohttp
    form of each is built once. Errors are translated as httpx_aiohttp does.
    """

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.client = session
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`; the response body streams from the aiohttp response."""
        data: bytes | httpx.AsyncByteStream | None
        try:
            data = request.content or None
        except httpx.RequestNotRead:
            data = request.stream  # type: ignore[assignment]  # aiohttp reads async streams
            request.headers.pop("transfer-encoding", None)  # aiohttp frames the body itself
        try:
            response = await self.client.request(
                request.method,
                _aiohttp_url(str(request.url)),
                headers=request.headers.multi_items(),
                data=data,
                allow_redirects=False,
                auto_decompress=False,
                compress=False,
                timeout=self._timeout(request.extensions.get("timeout") or {}),
                server_hostname=request.extensions.get("sni_hostname"),
            )
        except Exception:
            with map_aiohttp_exceptions():  # entered only on failure: it costs per request
                raise
        extensions: dict[str, object] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_ResponseStream(response),
            request=request,
            extensions=extensions,
        )

    def _timeout(self, timeouts: dict[str, float | None]) -> aiohttp.ClientTimeout:
        """aiohttp's form of httpx's per-request timeouts (connect, read, pool)."""
        key = (timeouts.get("connect"), timeouts.get("read"), timeouts.get("pool"))
        found = self._timeouts.get(key)
        if found is None:
            found = aiohttp.ClientTimeout(sock_connect=key[0], sock_read=key[1], connect=key[2])
            self._timeouts[key] = found
        return found

    async def aclose(self) -> None:
        """Close the session and its connection pool."""
        await self.client.close()


def _make_transport(
    settings: FetchSettings,
    resolver: AbstractResolver,
    trace_configs: list[aiohttp.TraceConfig],
) -> AiohttpPoolTransport:
    """An httpx transport over one aiohttp pool whose every DNS answer passes the policy."""
    connector = aiohttp.TCPConnector(
        resolver=resolver,
        limit=2 * settings.global_concurrency,  # the fetcher's semaphore is the real limit
        limit_per_host=0,  # enforced per host name by _HostGate
    )
    session = aiohttp.ClientSession(
        connector=connector,
        cookie_jar=aiohttp.DummyCookieJar(),
        auto_decompress=False,  # decoded by us, under the size cap
        trust_env=False,  # env proxies would bypass the policy-checking connector
        trace_configs=trace_configs or None,
    )
    return AiohttpPoolTransport(session)


def policy_transport(
    settings: FetchSettings,
    policy: AddressPolicy,
    *,
    resolver: AbstractResolver | None = None,
    trace_configs: Sequence[aiohttp.TraceConfig] = (),
) -> AiohttpPoolTransport:
    """A transport that only connects to addresses `policy` allows (IP literals: see below).

    IP-literal hosts bypass the resolver: callers check them with ``policy.check_host`` first.
    """
    wrapped = PolicyResolver(policy, resolver or aiohttp.DefaultResolver())
    return _make_transport(settings, wrapped, list(trace_configs))


def base_headers(settings: FetchSettings, accept: str) -> dict[str, str]:
    """Headers every request carries."""
    return {
        "user-agent": settings.user_agent,
        "accept": accept,
        "accept-encoding": ACCEPT_ENCODING,
    }


def policy_client(
    settings: FetchSettings,
    policy: AddressPolicy,
    *,
    accept: str,
    resolver: AbstractResolver | None = None,
    trace_configs: Sequence[aiohttp.TraceConfig] = (),
) -> httpx.AsyncClient:
    """A full httpx client over ``policy_transport``, for callers that want httpx's API."""
    return httpx.AsyncClient(
        transport=policy_transport(
            settings, policy, resolver=resolver, trace_configs=trace_configs
        ),
        headers=base_headers(settings, accept),
        timeout=httpx.Timeout(settings.total_timeout, connect=settings.connect_timeout, pool=None),
        follow_redirects=False,
        trust_env=False,  # env proxies would bypass the policy-checking connector
        cookies=_no_cookies(),
    )


def _aiohttp_cause(exc: BaseException) -> BaseException:
    """The aiohttp/OS error behind httpx_aiohttp's (often misnamed) httpx exception."""
    cause = exc.__cause__
    return cause if isinstance(exc, httpx.HTTPError) and cause is not None else exc


# First match wins, so narrower types come before the ones they subclass.
_ERROR_MESSAGES: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str], ...] = (
    (aiohttp.ClientConnectorDNSError, "DNS lookup failed for {host}"),
    ((TimeoutError, httpx.TimeoutException), "timed out talking to {host}"),
    (aiohttp.ClientSSLError, "TLS error with {host}: {exc}"),
    (aiohttp.ClientConnectorError, "cannot connect to {host}: {reason}"),
    (aiohttp.ServerDisconnectedError, "{host} closed the connection"),
    (aiohttp.ClientPayloadError, "broken response body from {host}"),
    ((aiohttp.InvalidURL, httpx.InvalidURL, httpx.UnsupportedProtocol), "invalid URL: {exc}"),
    (UnicodeError, "invalid host name {host}"),  # IDNA refused it (empty or long label, ...)
    (aiohttp.ClientResponseError, "malformed response from {host}"),
    (OSError, "network error with {host}: {reason}"),
)


def _os_reason(exc: BaseException) -> str:
    """'connection refused' rather than aiohttp's 'Connect call failed (...)'."""
    os_error = getattr(exc, "os_error", exc)
    errno = getattr(os_error, "errno", None)
    return (os.strerror(errno) if errno else str(os_error)).lower()


def translate_error(exc: BaseException, host: str) -> FetchError:
    """Turn a library or OS error into the project's tree, with a short readable message."""
    root = _aiohttp_cause(exc)
    if isinstance(root, FetchError):
        return root
    timed_out = isinstance(root, TimeoutError | httpx.TimeoutException)
    kind = FetchTimeoutError if timed_out else FetchError
    for types, template in _ERROR_MESSAGES:
        if isinstance(root, types):
            message = template.format(host=host, exc=root, reason=_os_reason(root))
            return kind(short_message(message))
    return FetchError(short_message(f"request to {host} failed: {type(root).__name__}: {root}"))


def status_error(response: httpx.Response, now: datetime) -> HTTPStatusError:
    """HTTPStatusError for a >= 400 response, with Retry-After parsed for 429/503."""
    status = response.status_code
    retry_after = None
    if status in RETRY_AFTER_STATUSES and "retry-after" in response.headers:
        retry_after = parse_retry_after(response.headers["retry-after"], now)
    message = f"HTTP {status} {response.reason_phrase}".strip()
    if retry_after is not None:
        message += f" (retry after {retry_after:.0f}s)"
    return HTTPStatusError(status, short_message(message), retry_after=retry_after)

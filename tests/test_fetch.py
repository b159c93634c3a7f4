"""The fetcher against a real HTTP server on 127.0.0.1 (see feedserver.py)."""

from __future__ import annotations

import asyncio
import gzip
import itertools
import socket
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import aiohttp
import pytest
from aiohttp.abc import AbstractResolver, ResolveResult

from feedserver import FeedServer, feed_server, http_date
from pipeline.errors import (
    BlockedAddressError,
    BodyTooLargeError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    TooManyRedirectsError,
)
from pipeline.fetch import (
    FEED_ACCEPT,
    Fetcher,
    _HostGate,
    body_digest,
    spacing,
)
from pipeline.models import Validators
from pipeline.settings import FetchSettings
from pipeline.transport import ACCEPT_ENCODING, CappedDecoder

__all__ = ["feed_server"]  # re-exported pytest fixture; keeps ruff F401/F811 quiet

LOOPBACK = ("127.0.0.1",)
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Test desk</title></channel></rss>'


def settings(**overrides: Any) -> FetchSettings:
    """Fast settings that allow the loopback test server unless overridden."""
    values: dict[str, Any] = {
        "allow_private": LOOPBACK,
        "connect_timeout": 1.0,
        "total_timeout": 3.0,
        "per_host_delay_seconds": 0.0,
        "per_host_concurrency": 4,
        "max_body_bytes": 1_000_000,
    }
    values.update(overrides)
    return FetchSettings(**values)


async def fetch_one(url: str, fetch_settings: FetchSettings | None = None, **kwargs: Any) -> Any:
    """Fetch one URL with a fresh Fetcher."""
    async with Fetcher(fetch_settings or settings()) as fetcher:
        return await fetcher.fetch(url, **kwargs)


class FixedResolver(AbstractResolver):
    """Answers DNS from a dict, as a hostile or rebinding DNS server might."""

    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        if host not in self.answers:
            raise OSError(f"no such host {host}")
        ip = self.answers[host]
        return [ResolveResult(hostname=host, host=ip, port=port, family=socket.AF_INET,
                              proto=0, flags=socket.AI_NUMERICHOST)]

    async def close(self) -> None:
        return None


def request_tracer() -> tuple[aiohttp.TraceConfig, list[str], list[str]]:
    """A TraceConfig plus the URLs aiohttp started requests for and hosts it resolved."""
    started: list[str] = []
    resolved: list[str] = []
    trace = aiohttp.TraceConfig()

    async def on_start(_s: Any, _c: SimpleNamespace, params: Any) -> None:
        started.append(str(params.url))

    async def on_dns(_s: Any, _c: SimpleNamespace, params: Any) -> None:
        resolved.append(params.host)

    trace.on_request_start.append(on_start)
    trace.on_dns_resolvehost_start.append(on_dns)
    return trace, started, resolved


# -- success, headers and conditional GET ------------------------------------------------


async def test_plain_get_returns_body_headers_and_validators(feed_server: FeedServer) -> None:
    feed_server.static("/feed.xml", RSS, etag='"v1"', last_modified="Mon, 02 Jun 2025 10:00:00 GMT")
    result = await fetch_one(feed_server.url("/feed.xml"))
    assert result.status == 200
    assert result.body == RSS
    assert result.etag == '"v1"'
    assert result.last_modified == "Mon, 02 Jun 2025 10:00:00 GMT"
    assert result.headers["content-type"].startswith("application/rss+xml")
    assert result.final_url == result.url == feed_server.url("/feed.xml")
    assert result.permanent_url is None
    assert not result.not_modified


async def test_sends_user_agent_accept_and_accept_encoding(feed_server: FeedServer) -> None:
    feed_server.static("/feed.xml", RSS)
    await fetch_one(feed_server.url("/feed.xml"), settings(user_agent="probe/1.0"))
    (hit,) = feed_server.hits("/feed.xml")
    assert hit.headers["user-agent"] == "probe/1.0"
    assert hit.headers["accept"] == FEED_ACCEPT
    assert "rss+xml" in hit.headers["accept"]
    assert hit.headers["accept-encoding"] == ACCEPT_ENCODING
    assert "br" not in hit.headers["accept-encoding"]  # we cannot decode it under a cap


async def test_caller_headers_override_accept_for_html_pages(feed_server: FeedServer) -> None:
    feed_server.static("/story.html", b"<html></html>", content_type="text/html")
    await fetch_one(feed_server.url("/story.html"), headers={"Accept": "text/html"})
    assert feed_server.hits("/story.html")[0].headers["accept"] == "text/html"


async def test_etag_round_trip_gives_304_with_empty_body(feed_server: FeedServer) -> None:
    feed_server.static("/feed.xml", RSS, etag='"abc"')
    async with Fetcher(settings()) as fetcher:
        first = await fetcher.fetch(feed_server.url("/feed.xml"))
        second = await fetcher.fetch(
            feed_server.url("/feed.xml"), validators=Validators(etag=first.etag)
        )
    assert second.status == 304
    assert second.not_modified
    assert second.body == b""
    assert second.etag == '"abc"'
    assert feed_server.hits("/feed.xml")[1].headers["if-none-match"] == '"abc"'


async def test_last_modified_round_trip_gives_304(feed_server: FeedServer) -> None:
    stamp = "Tue, 03 Jun 2025 08:00:00 GMT"
    feed_server.static("/feed.xml", RSS, last_modified=stamp)
    result = await fetch_one(
        feed_server.url("/feed.xml"), validators=Validators(last_modified=stamp)
    )
    assert result.status == 304
    assert feed_server.hits("/feed.xml")[0].headers["if-modified-since"] == stamp


async def test_stale_etag_gets_full_body(feed_server: FeedServer) -> None:
    feed_server.static("/feed.xml", RSS, etag='"new"')
    result = await fetch_one(feed_server.url("/feed.xml"), validators=Validators(etag='"old"'))
    assert result.status == 200
    assert result.body == RSS


def test_body_digest_is_sha256_hex_and_tells_bodies_apart() -> None:
    assert body_digest(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert body_digest(RSS) == body_digest(bytes(RSS))
    assert body_digest(RSS) != body_digest(RSS + b" ")


async def test_wrong_charset_body_is_returned_byte_for_byte(feed_server: FeedServer) -> None:
    latin1 = "<rss><title>Condado de Doña Ana</title></rss>".encode("latin-1")
    feed_server.static("/feed.xml", latin1, content_type="application/rss+xml; charset=utf-8")
    result = await fetch_one(feed_server.url("/feed.xml"))
    assert result.body == latin1  # decoding text is the parser's job, not the fetcher's
    assert "charset=utf-8" in result.headers["content-type"]


# -- compression and the size cap ---------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "pack"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),  # RFC 9110 deflate: zlib-wrapped
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send
    ],
)
async def test_compressed_body_is_decoded(
    feed_server: FeedServer, encoding: str, pack: Any
) -> None:
    feed_server.static("/feed.xml", pack(RSS * 50), headers={"Content-Encoding": encoding})
    result = await fetch_one(feed_server.url("/feed.xml"))
    assert result.body == RSS * 50


async def test_gzip_bomb_is_cut_off_early(feed_server: FeedServer) -> None:
    compressed = feed_server.gzip_bomb("/bomb.xml", decoded_size=32 * 1024 * 1024)
    assert compressed < 100_000  # small on the wire, huge decoded
    started = time.monotonic()
    with pytest.raises(BodyTooLargeError, match="1000000 bytes"):
        await fetch_one(feed_server.url("/bomb.xml"))
    assert time.monotonic() - started < 1.0


def test_decoder_never_inflates_much_past_the_cap() -> None:
    bomb = gzip.compress(bytes(32 * 1024 * 1024))  # one ~32 KB chunk, 32 MiB decoded
    decoder = CappedDecoder("gzip", cap=1_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(BodyTooLargeError):
            decoder.feed(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000  # bounded by the cap, not by the decoded size


async def test_endless_body_is_cut_off_at_the_cap(feed_server: FeedServer) -> None:
    feed_server.endless("/endless.xml")
    started = time.monotonic()
    with pytest.raises(BodyTooLargeError):
        await fetch_one(feed_server.url("/endless.xml"), settings(max_body_bytes=200_000))
    assert time.monotonic() - started < 2.0


async def test_declared_length_over_cap_is_refused(feed_server: FeedServer) -> None:
    feed_server.static("/big.xml", b"x" * 5000)
    with pytest.raises(BodyTooLargeError, match="declared 5000"):
        await fetch_one(feed_server.url("/big.xml"), settings(max_body_bytes=4096))


async def test_per_call_cap_replaces_the_fetchers_own(feed_server: FeedServer) -> None:
    feed_server.static("/page.html", b"z" * 6000, content_type="text/html")
    url = feed_server.url("/page.html")
    small = settings(max_body_bytes=4096)
    assert len((await fetch_one(url, small, max_bytes=8192)).body) == 6000
    with pytest.raises(BodyTooLargeError, match="5000 bytes"):
        await fetch_one(url, settings(), max_bytes=5000)


async def test_body_exactly_at_cap_is_accepted(feed_server: FeedServer) -> None:
    feed_server.static("/exact.xml", b"y" * 4096, headers={"Content-Encoding": "identity"})
    result = await fetch_one(feed_server.url("/exact.xml"), settings(max_body_bytes=4096))
    assert len(result.body) == 4096


async def test_corrupt_gzip_is_a_fetch_error(feed_server: FeedServer) -> None:
    feed_server.static("/bad.xml", b"not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="corrupt compressed body"):
        await fetch_one(feed_server.url("/bad.xml"))


# -- deadlines -----------------------------------------------------------------------------


async def test_trickling_server_hits_total_deadline(feed_server: FeedServer) -> None:
    feed_server.trickle("/slow.xml", interval=0.05)
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"within 1\.0s"):
        await fetch_one(feed_server.url("/slow.xml"), settings(total_timeout=1.0))
    assert 0.9 < time.monotonic() - started < 2.0


async def test_slow_headers_hit_total_deadline(feed_server: FeedServer) -> None:
    feed_server.static("/late.xml", RSS, delay=2.0)
    with pytest.raises(FetchTimeoutError):
        await fetch_one(feed_server.url("/late.xml"), settings(total_timeout=0.5))


async def test_deadline_is_shared_across_redirect_hops(feed_server: FeedServer) -> None:
    feed_server.static("/hop1", b"", headers={"Location": "/hop2"}, status=302, delay=0.4)
    feed_server.static("/hop2", b"", headers={"Location": "/end"}, status=302, delay=0.4)
    feed_server.static("/end", RSS, delay=0.4)
    with pytest.raises(FetchTimeoutError):
        await fetch_one(feed_server.url("/hop1"), settings(total_timeout=1.0))
    assert feed_server.count("/end") == 1  # each hop alone fits; the chain does not


@pytest.fixture
def full_backlog_port() -> Iterator[int]:
    """A loopback port whose accept queue is full, so new SYNs go unanswered."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(listener.getsockname())
        fillers.append(filler)
    try:
        yield listener.getsockname()[1]
    finally:
        for sock in [*fillers, listener]:
            sock.close()


async def test_connect_timeout_applies_before_total_deadline(full_backlog_port: int) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError):
        await fetch_one(
            f"http://127.0.0.1:{full_backlog_port}/",
            settings(connect_timeout=0.3, total_timeout=5.0),
        )
    assert time.monotonic() - started < 2.0


# -- redirects -----------------------------------------------------------------------------


async def test_all_permanent_redirects_set_permanent_url(feed_server: FeedServer) -> None:
    feed_server.redirect("/old", "/older", 301)
    feed_server.redirect("/older", feed_server.url("/new"), 308)
    feed_server.static("/new", RSS)
    result = await fetch_one(feed_server.url("/old"))
    assert result.body == RSS
    assert result.final_url == feed_server.url("/new")
    assert result.permanent_url == feed_server.url("/new")
    assert result.url == feed_server.url("/old")


async def test_temporary_hop_in_chain_clears_permanent_url(feed_server: FeedServer) -> None:
    feed_server.redirect("/a", "/b", 301)
    feed_server.redirect("/b", "/c", 302)
    feed_server.static("/c", RSS)
    result = await fetch_one(feed_server.url("/a"))
    assert result.final_url == feed_server.url("/c")
    assert result.permanent_url is None


async def test_redirect_loop_stops_at_max_redirects(feed_server: FeedServer) -> None:
    feed_server.redirect("/loop", "/loop", 302)
    with pytest.raises(TooManyRedirectsError, match="more than 3 redirects"):
        await fetch_one(feed_server.url("/loop"), settings(max_redirects=3))
    assert feed_server.count("/loop") == 4


async def test_zero_max_redirects_refuses_any_redirect(feed_server: FeedServer) -> None:
    feed_server.redirect("/moved", "/feed.xml", 301)
    feed_server.static("/feed.xml", RSS)
    with pytest.raises(TooManyRedirectsError):
        await fetch_one(feed_server.url("/moved"), settings(max_redirects=0))
    assert feed_server.count("/feed.xml") == 0


async def test_redirect_to_non_http_scheme_is_refused(feed_server: FeedServer) -> None:
    feed_server.redirect("/ftp", "ftp://127.0.0.1/feed.xml", 302)
    with pytest.raises(FetchError, match="non-HTTP"):
        await fetch_one(feed_server.url("/ftp"))


@pytest.mark.parametrize("target", ["http://10.255.255.1/feed", "http://169.254.169.254/latest/"])
async def test_redirect_to_private_address_is_refused_without_connecting(
    feed_server: FeedServer, target: str
) -> None:
    feed_server.redirect("/jump", target, 302)
    trace, started, _ = request_tracer()
    async with Fetcher(settings(), trace_configs=[trace]) as fetcher:
        with pytest.raises(BlockedAddressError, match="refused address"):
            await fetcher.fetch(feed_server.url("/jump"))
    assert started == [feed_server.url("/jump")]  # the second hop never reached aiohttp


async def test_cross_origin_redirect_drops_authorization(feed_server: FeedServer) -> None:
    feed_server.redirect("/private", feed_server.url("/public", host="localhost"), 302)
    feed_server.static("/public", RSS)
    await fetch_one(
        feed_server.url("/private"),
        settings(allow_private=("127.0.0.1", "localhost")),
        headers={"Authorization": "Bearer secret", "X-Feed": "kept"},
    )
    assert feed_server.hits("/private")[0].headers["authorization"] == "Bearer secret"
    public = feed_server.hits("/public")[0].headers
    assert "authorization" not in public
    assert public["x-feed"] == "kept"


# -- address policy (SSRF) -----------------------------------------------------------------


async def test_loopback_refused_without_allowance(feed_server: FeedServer) -> None:
    feed_server.static("/feed.xml", RSS)
    with pytest.raises(BlockedAddressError, match=r"127\.0\.0\.1 \(loopback\)"):
        await fetch_one(feed_server.url("/feed.xml"), settings(allow_private=()))
    assert feed_server.count() == 0


async def test_localhost_name_refused_on_its_resolved_address(feed_server: FeedServer) -> None:
    feed_server.static("/feed.xml", RSS)
    trace, _, resolved = request_tracer()
    async with Fetcher(settings(allow_private=()), trace_configs=[trace]) as fetcher:
        with pytest.raises(BlockedAddressError, match=r"localhost -> .*loopback"):
            await fetcher.fetch(feed_server.url("/feed.xml", host="localhost"))
    assert resolved == ["localhost"]  # refused after resolving, on the address itself
    assert feed_server.count() == 0


@pytest.mark.parametrize("allowance", ["localhost", "127.0.0.0/8"])
async def test_localhost_allowed_by_name_or_network(
    feed_server: FeedServer, allowance: str
) -> None:
    feed_server.static("/feed.xml", RSS)
    result = await fetch_one(
        feed_server.url("/feed.xml", host="localhost"), settings(allow_private=(allowance,))
    )
    assert result.body == RSS


async def test_public_name_resolving_to_loopback_is_refused(feed_server: FeedServer) -> None:
    feed_server.static("/feed.xml", RSS)
    rebinding = FixedResolver({"news.example.com": "127.0.0.1"})
    async with Fetcher(settings(allow_private=()), resolver=rebinding) as fetcher:
        with pytest.raises(BlockedAddressError, match=r"news\.example\.com -> 127\.0\.0\.1"):
            await fetcher.fetch(feed_server.url("/feed.xml", host="news.example.com"))
    assert feed_server.count() == 0


async def test_allowed_network_lets_a_name_connect_to_its_checked_address(
    feed_server: FeedServer,
) -> None:
    feed_server.static("/feed.xml", RSS)
    resolver = FixedResolver({"feeds.internal": "127.0.0.1"})
    async with Fetcher(settings(), resolver=resolver) as fetcher:
        result = await fetcher.fetch(feed_server.url("/feed.xml", host="feeds.internal"))
    assert result.body == RSS
    assert feed_server.hits("/feed.xml")[0].headers["host"].startswith("feeds.internal")


@pytest.mark.parametrize(
    "url",
    ["http://2130706433/", "http://127.1/", "http://[::1]/", "http://0.0.0.0/",
     "http://100.64.0.1/", "http://[fd00::1]/", "http://224.0.0.1/"],
)
async def test_non_public_ip_literals_are_refused(url: str) -> None:
    trace, started, _ = request_tracer()
    async with Fetcher(settings(allow_private=()), trace_configs=[trace]) as fetcher:
        with pytest.raises(BlockedAddressError):
            await fetcher.fetch(url)
    assert started == []


async def test_non_http_url_is_refused_before_any_io() -> None:
    with pytest.raises(FetchError, match="non-HTTP"):
        await fetch_one("file:///etc/passwd")


# -- statuses and errors -------------------------------------------------------------------


async def test_server_error_raises_http_status_error(feed_server: FeedServer) -> None:
    feed_server.status("/broken", 500)
    with pytest.raises(HTTPStatusError) as info:
        await fetch_one(feed_server.url("/broken"))
    assert info.value.status == 500
    assert info.value.retry_after is None
    assert str(info.value) == "HTTP 500 Internal Server Error"


async def test_not_found_message_is_short(feed_server: FeedServer) -> None:
    with pytest.raises(HTTPStatusError, match=r"^HTTP 404 Not Found$"):
        await fetch_one(feed_server.url("/missing"))


async def test_503_retry_after_seconds(feed_server: FeedServer) -> None:
    feed_server.status("/busy", 503, headers={"Retry-After": "120"})
    with pytest.raises(HTTPStatusError) as info:
        await fetch_one(feed_server.url("/busy"))
    assert info.value.status == 503
    assert info.value.retry_after == 120.0
    assert "retry after 120s" in str(info.value)


async def test_429_retry_after_http_date(feed_server: FeedServer) -> None:
    feed_server.status("/limited", 429, headers={"Retry-After": http_date(90)})
    with pytest.raises(HTTPStatusError) as info:
        await fetch_one(feed_server.url("/limited"))
    assert info.value.status == 429
    assert info.value.retry_after is not None
    assert 85 <= info.value.retry_after <= 91


async def test_429_junk_retry_after_is_ignored(feed_server: FeedServer) -> None:
    feed_server.status("/limited", 429, headers={"Retry-After": "soon"})
    with pytest.raises(HTTPStatusError) as info:
        await fetch_one(feed_server.url("/limited"))
    assert info.value.retry_after is None


async def test_connection_refused_is_a_readable_fetch_error() -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now
    with pytest.raises(FetchError, match=r"cannot connect to 127\.0\.0\.1: connection refused"):
        await fetch_one(f"http://127.0.0.1:{port}/feed.xml")


async def test_dns_failure_is_a_readable_fetch_error() -> None:
    async with Fetcher(settings(), resolver=FixedResolver({})) as fetcher:
        with pytest.raises(FetchError, match=r"DNS lookup failed for nowhere\.example"):
            await fetcher.fetch("http://nowhere.example/feed.xml")


async def test_server_hanging_up_mid_body_is_a_fetch_error(feed_server: FeedServer) -> None:
    async def hang_up(request: Any) -> Any:
        response = aiohttp.web.StreamResponse(headers={"Content-Length": "1000"})
        await response.prepare(request)
        await response.write(b"<rss>")
        request.transport.close()
        return response

    feed_server.route("/cut", hang_up)
    with pytest.raises(FetchError) as info:
        await fetch_one(feed_server.url("/cut"))
    assert type(info.value) is FetchError
    assert len(str(info.value)) < 160


async def test_fetch_outside_context_manager_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="async with"):
        await Fetcher(settings()).fetch("http://127.0.0.1/")


# -- politeness ----------------------------------------------------------------------------


async def test_per_host_concurrency_is_limited(feed_server: FeedServer) -> None:
    feed_server.in_flight_route("/slow.xml", RSS, hold=0.2)
    async with Fetcher(settings(per_host_concurrency=2, global_concurrency=10)) as fetcher:
        await asyncio.gather(*(fetcher.fetch(feed_server.url("/slow.xml")) for _ in range(6)))
    assert feed_server.count("/slow.xml") == 6
    assert feed_server.max_in_flight == 2


async def test_global_concurrency_spans_hosts(feed_server: FeedServer) -> None:
    feed_server.in_flight_route("/slow.xml", RSS, hold=0.15)
    hosts = ["127.0.0.1", "localhost"] * 2
    fetch_settings = settings(
        allow_private=("127.0.0.1", "localhost"), per_host_concurrency=4, global_concurrency=1
    )
    async with Fetcher(fetch_settings) as fetcher:
        await asyncio.gather(*(fetcher.fetch(feed_server.url("/slow.xml", h)) for h in hosts))
    assert feed_server.count("/slow.xml") == 4
    assert feed_server.max_in_flight == 1


async def test_requests_to_one_host_are_spaced(feed_server: FeedServer) -> None:
    feed_server.static("/feed.xml", RSS)
    async with Fetcher(settings(per_host_delay_seconds=0.15)) as fetcher:
        await asyncio.gather(*(fetcher.fetch(feed_server.url("/feed.xml")) for _ in range(3)))
    arrivals = [hit.at for hit in feed_server.hits("/feed.xml")]
    gaps = [later - earlier for earlier, later in itertools.pairwise(arrivals)]
    assert len(gaps) == 2
    assert min(gaps) >= 0.13


async def test_spacing_is_per_host_not_global(feed_server: FeedServer) -> None:
    feed_server.static("/feed.xml", RSS)
    fetch_settings = settings(allow_private=("127.0.0.1", "localhost"), per_host_delay_seconds=1.0)
    async with Fetcher(fetch_settings) as fetcher:
        started = time.monotonic()
        await asyncio.gather(
            fetcher.fetch(feed_server.url("/feed.xml")),
            fetcher.fetch(feed_server.url("/feed.xml", host="localhost")),
        )
    assert time.monotonic() - started < 0.8


def test_spacing_decision() -> None:
    assert spacing(10.0, None, 2.0) == (0.0, 12.0)
    assert spacing(10.0, 11.5, 2.0) == (1.5, 13.5)
    assert spacing(10.0, 4.0, 2.0) == (0.0, 12.0)


# -- hostile responses must end as FetchError, never as another exception type --------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("9" * 400, "huge"), ("\u00b2", None)],
    ids=["hundreds-of-digits", "superscript-two"],
)
async def test_hostile_retry_after_is_an_http_status_error(
    feed_server: FeedServer, value: str, expected: str | None
) -> None:
    feed_server.status("/limited", 429, headers={"Retry-After": value})
    with pytest.raises(HTTPStatusError) as info:
        await fetch_one(feed_server.url("/limited"))
    assert info.value.status == 429
    if expected is None:
        assert info.value.retry_after is None
    else:
        assert info.value.retry_after is not None
        assert info.value.retry_after > 10**9


@pytest.mark.parametrize(
    "location",
    ["http://[::1", "http://a..b/feed.xml", "http://" + "a" * 70 + ".example/", "http://xn--/"],
    ids=["unclosed-bracket", "empty-label", "label-too-long", "bad-punycode"],
)
async def test_malformed_redirect_location_is_a_fetch_error(
    feed_server: FeedServer, location: str
) -> None:
    feed_server.redirect("/moved", location)
    with pytest.raises(FetchError):
        await fetch_one(feed_server.url("/moved"))


@pytest.mark.parametrize(
    "url", ["http://a..b/feed.xml", "http://" + "a" * 70 + ".example/", "http://xn--/"]
)
async def test_malformed_feed_url_is_a_fetch_error(url: str) -> None:
    with pytest.raises(FetchError):
        await fetch_one(url)


async def test_host_gate_forgets_hosts_whose_spacing_has_passed() -> None:
    now = [0.0]
    gate = _HostGate(limit=2, delay=1.0, clock=lambda: now[0])
    for n in range(200):
        async with gate.slot(f"host{n}.example"):
            pass
    now[0] = 10.0  # every host's spacing has long passed
    for n in range(200, 400):
        async with gate.slot(f"host{n}.example"):
            pass
    assert len(gate.hosts) <= 250

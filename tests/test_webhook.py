"""Webhook delivery against a real loopback server: payloads, signatures, retries, refusals."""

from __future__ import annotations

import asyncio
import json
import random
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult

from feedserver import FeedServer, feed_server
from flagrows import T0, add_flag, delivery_row, make_flag_row
from pipeline.settings import DEFAULT_USER_AGENT, WebhookSettings
from pipeline.store import Database
from pipeline.store.flags import claim_deliveries, list_flags
from pipeline.webhook import (
    SIGNATURE_HEADER,
    DeliverySummary,
    build_payload,
    deliver_pending,
    encode_payload,
    retry_delay,
    sign,
    verify,
    webhook_client,
)

__all__ = ["feed_server"]  # re-exported fixture

SECRET = "correct horse battery staple"
HOOK = "/hook"


@dataclass
class Receiver:
    """Records POSTed bodies and headers; answers with the next scripted status."""

    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    hold: float = 0.0

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.bodies.append(await request.read())
        self.headers.append({k.lower(): v for k, v in request.headers.items()})
        if self.hold:
            await asyncio.sleep(self.hold)
        status, headers = self.script.pop(0) if self.script else (204, {})
        return web.Response(status=status, headers=headers)

    def flag_ids(self) -> list[int]:
        return [json.loads(body)["id"] for body in self.bodies]


@dataclass
class Clock:
    now: datetime = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class FixedResolver(AbstractResolver):
    """Answers every lookup with one address, as a rebinding DNS server might."""

    def __init__(self, ip: str) -> None:
        self.ip = ip

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        return [ResolveResult(hostname=host, host=self.ip, port=port, family=socket.AF_INET,
                              proto=0, flags=socket.AI_NUMERICHOST)]

    async def close(self) -> None:
        return None


@pytest.fixture
def receiver(feed_server: FeedServer) -> Receiver:
    hook = Receiver()
    feed_server.route(HOOK, hook.handle)
    return hook


def hook_settings(server: FeedServer, **overrides: Any) -> WebhookSettings:
    values: dict[str, Any] = {
        "url": server.url(HOOK),
        "allow_private": ("127.0.0.1",),
        "secret": SECRET,
        "timeout_seconds": 2,
        "max_attempts": 4,
        "backoff_base_seconds": 30,
        "backoff_max_seconds": 600,
    }
    values.update(overrides)
    return WebhookSettings(**values)


async def run(
    db: Database, settings: WebhookSettings, clock: Callable[[], datetime], owner: str = "test",
    resolver: AbstractResolver | None = None,
) -> DeliverySummary:
    async with webhook_client(settings, DEFAULT_USER_AGENT, resolver=resolver) as client:
        return await deliver_pending(
            db, settings, client, owner=owner, now_fn=clock, rng=random.Random(7)
        )


# -- pure parts ------------------------------------------------------------------------------


def test_payload_is_json_with_event_and_story() -> None:
    flag = make_flag_row(3)
    payload = json.loads(encode_payload(build_payload(flag)))
    assert payload == {
        "id": 3,
        "kind": "changed",
        "reason": flag.reason,
        "status": "new",
        "created_at": "2025-06-02T12:00:00+00:00",
        "event": {"key": "valley-county-or-2025-03", "jurisdiction": "Valley County",
                  "state": "OR", "agency": "Valley County Sheriff's Office"},
        "story": {"id": 203, "title": flag.story_title, "url": "https://paper.example/news/3",
                  "outlet": "Valley Courier"},
        "changes": ["count for 2025-06: more than 3 -> 4"],
    }


def test_signature_verifies_only_the_exact_body_and_secret() -> None:
    body = b'{"id":1}'
    signature = sign(body, SECRET)
    assert signature.startswith("sha256=")
    assert len(signature) == len("sha256=") + 64
    assert verify(body, SECRET, signature)
    assert not verify(b'{"id":2}', SECRET, signature)
    assert not verify(body, "another secret", signature)


def test_retry_delay_grows_with_jitter_up_to_the_cap() -> None:
    settings = WebhookSettings(backoff_base_seconds=30, backoff_max_seconds=600)
    rng = random.Random(1)
    for attempts, low, high in ((1, 15, 30), (2, 30, 60), (3, 60, 120), (12, 300, 600)):
        delays = [retry_delay(attempts, None, settings, rng) for _ in range(50)]
        assert all(low <= d <= high for d in delays), attempts
        assert len(set(delays)) > 1  # jittered, not fixed


def test_retry_after_wins_but_is_capped() -> None:
    settings = WebhookSettings(backoff_base_seconds=30, backoff_max_seconds=600)
    rng = random.Random(1)
    assert retry_delay(1, 120.0, settings, rng) == 120.0
    assert retry_delay(1, 10**9, settings, rng) == 600.0


# -- against the loopback server --------------------------------------------------------------


async def test_delivery_posts_signed_json_once(
    db: Database, feed_server: FeedServer, receiver: Receiver
) -> None:
    flag_id = add_flag(db, 1, delivery=True, changes=("count: 3 -> 4",))
    clock = Clock()
    summary = await run(db, hook_settings(feed_server), clock)
    assert summary == DeliverySummary(delivered=1)
    (body,), (headers,) = receiver.bodies, receiver.headers
    (flag,) = list_flags(db, status="all", since=None, limit=5)
    assert json.loads(body) == build_payload(flag)
    assert headers["content-type"] == "application/json"
    assert headers["user-agent"] == DEFAULT_USER_AGENT
    assert verify(body, SECRET, headers[SIGNATURE_HEADER.lower()])
    row = delivery_row(db, flag_id)
    assert (row.status, row.attempts, row.delivered_at) == ("delivered", 1, T0)
    # Delivered flags are never sent again.
    clock.advance(86400)
    assert await run(db, hook_settings(feed_server), clock) == DeliverySummary()
    assert len(receiver.bodies) == 1


async def test_no_signature_header_without_a_secret(
    db: Database, feed_server: FeedServer, receiver: Receiver
) -> None:
    add_flag(db, 1, delivery=True)
    await run(db, hook_settings(feed_server, secret=None), Clock())
    assert SIGNATURE_HEADER.lower() not in receiver.headers[0]


async def test_server_error_is_retried_after_backoff_then_delivered(
    db: Database, feed_server: FeedServer, receiver: Receiver
) -> None:
    flag_id = add_flag(db, 1, delivery=True)
    receiver.script = [(500, {})]
    clock = Clock()
    settings = hook_settings(feed_server)
    assert await run(db, settings, clock) == DeliverySummary(retrying=1)
    row = delivery_row(db, flag_id)
    assert (row.status, row.attempts) == ("pending", 1)
    assert "500" in row.last_error
    wait = (row.next_attempt_at - T0).total_seconds()
    assert 15 <= wait <= 30
    assert await run(db, settings, clock) == DeliverySummary()  # not due yet: no request
    assert len(receiver.bodies) == 1
    clock.advance(wait)
    assert await run(db, settings, clock) == DeliverySummary(delivered=1)
    assert receiver.flag_ids() == [flag_id, flag_id]
    assert delivery_row(db, flag_id).last_error is None


@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_is_honoured(
    db: Database, feed_server: FeedServer, receiver: Receiver, status: int
) -> None:
    flag_id = add_flag(db, 1, delivery=True)
    receiver.script = [(status, {"Retry-After": "240"})]
    await run(db, hook_settings(feed_server), Clock())
    row = delivery_row(db, flag_id)
    assert row.next_attempt_at == T0 + timedelta(seconds=240)
    assert str(status) in row.last_error


async def test_gives_up_after_max_attempts(
    db: Database, feed_server: FeedServer, receiver: Receiver
) -> None:
    flag_id = add_flag(db, 1, delivery=True)
    receiver.script = [(502, {})] * 10
    clock = Clock()
    settings = hook_settings(feed_server, max_attempts=3)
    outcomes = []
    for _ in range(5):
        outcomes.append(await run(db, settings, clock))
        clock.advance(settings.backoff_max_seconds)
    assert outcomes == [DeliverySummary(retrying=1)] * 2 + [DeliverySummary(failed=1)] + [
        DeliverySummary()
    ] * 2
    assert len(receiver.bodies) == 3
    row = delivery_row(db, flag_id)
    assert (row.status, row.attempts) == ("failed", 3)
    assert "502" in row.last_error


async def test_redirect_is_not_followed_and_counts_as_failure(
    db: Database, feed_server: FeedServer, receiver: Receiver
) -> None:
    flag_id = add_flag(db, 1, delivery=True)
    feed_server.redirect("/moved", HOOK, status=307)
    settings = hook_settings(feed_server, url=feed_server.url("/moved"))
    assert await run(db, settings, Clock()) == DeliverySummary(retrying=1)
    assert receiver.bodies == []
    assert "307" in delivery_row(db, flag_id).last_error


async def test_slow_endpoint_times_out_and_is_retried(
    db: Database, feed_server: FeedServer, receiver: Receiver
) -> None:
    flag_id = add_flag(db, 1, delivery=True)
    receiver.hold = 3.0
    settings = hook_settings(feed_server, timeout_seconds=0.5)
    assert await run(db, settings, Clock()) == DeliverySummary(retrying=1)
    row = delivery_row(db, flag_id)
    assert row.status == "pending"
    assert "timed out" in row.last_error or "no response" in row.last_error


async def test_private_ip_is_refused_before_connecting(
    db: Database, feed_server: FeedServer, receiver: Receiver
) -> None:
    flag_id = add_flag(db, 1, delivery=True)
    settings = hook_settings(feed_server, allow_private=())
    assert await run(db, settings, Clock()) == DeliverySummary(retrying=1)
    assert feed_server.count() == 0
    assert "refused address 127.0.0.1 (loopback)" in delivery_row(db, flag_id).last_error


async def test_name_resolving_to_a_private_address_is_refused_before_connecting(
    db: Database, feed_server: FeedServer, receiver: Receiver
) -> None:
    flag_id = add_flag(db, 1, delivery=True)
    url = feed_server.url(HOOK, host="hooks.example.com")
    settings = hook_settings(feed_server, url=url, allow_private=())
    summary = await run(db, settings, Clock(), resolver=FixedResolver("127.0.0.1"))
    assert summary == DeliverySummary(retrying=1)
    assert feed_server.count() == 0
    assert "refused address hooks.example.com -> 127.0.0.1" in delivery_row(db, flag_id).last_error


async def test_allowed_private_host_name_is_delivered(
    db: Database, feed_server: FeedServer, receiver: Receiver
) -> None:
    add_flag(db, 1, delivery=True)
    url = feed_server.url(HOOK, host="hooks.internal")
    settings = hook_settings(feed_server, url=url, allow_private=("hooks.internal",))
    summary = await run(db, settings, Clock(), resolver=FixedResolver("127.0.0.1"))
    assert summary == DeliverySummary(delivered=1)


async def test_nothing_is_sent_without_a_webhook_url(
    db: Database, feed_server: FeedServer, receiver: Receiver
) -> None:
    flag_id = add_flag(db, 1, delivery=True)
    assert await run(db, hook_settings(feed_server, url=None), Clock()) == DeliverySummary()
    assert feed_server.count() == 0
    assert delivery_row(db, flag_id).status == "pending"


async def test_pending_delivery_survives_a_crashed_deliverer_and_a_restart(
    db: Database, feed_server: FeedServer, receiver: Receiver
) -> None:
    flag_id = add_flag(db, 1, delivery=True)
    # An instance claimed it and died before recording anything.
    (lost,) = claim_deliveries(db, owner="crashed", now=T0, lease_seconds=60, limit=5)
    assert lost.flag_id == flag_id
    clock = Clock()
    settings = hook_settings(feed_server)
    assert await run(db, settings, clock, owner="restarted") == DeliverySummary()
    assert delivery_row(db, flag_id).status == "pending"
    # A new process, its own engine on the same database, once the lease has expired.
    url = db.engine.url.render_as_string(hide_password=False)
    reopened = Database.open(url)
    try:
        clock.advance(61)
        summary = await run(reopened, settings, clock, owner="restarted")
    finally:
        reopened.dispose()
    assert summary == DeliverySummary(delivered=1)
    assert receiver.flag_ids() == [flag_id]


@pytest.mark.postgres
async def test_two_concurrent_deliverers_send_each_flag_once(
    postgres_url: str, feed_server: FeedServer, receiver: Receiver
) -> None:
    db = Database.open(postgres_url)
    try:
        db.upgrade()
        ids = [add_flag(db, n, delivery=True) for n in range(1, 13)]
        receiver.hold = 0.05
        settings = hook_settings(feed_server)
        clock = Clock()
        first, second = await asyncio.gather(
            run(db, settings, clock, owner="a"), run(db, settings, clock, owner="b")
        )
        assert first.delivered + second.delivered == 12
        assert first.delivered > 0  # both really worked
        assert second.delivered > 0
        assert sorted(receiver.flag_ids()) == sorted(ids)
        assert {delivery_row(db, i).status for i in ids} == {"delivered"}
    finally:
        db.dispose()

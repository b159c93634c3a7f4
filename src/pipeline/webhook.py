"""Webhook delivery of flags: JSON payloads, HMAC signatures, retries with backoff.

Delivery runs as its own scheduled job, never inside ingestion: flags wait in
``webhook_deliveries`` (written with the flag itself), so a slow or dead endpoint only delays
notifications. Several instances may deliver at once; leases keep each attempt single.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import httpx
from aiohttp.abc import AbstractResolver

from pipeline.addresses import AddressPolicy
from pipeline.errors import FetchError, FetchTimeoutError, HTTPStatusError
from pipeline.settings import FetchSettings, WebhookSettings
from pipeline.store.db import Database
from pipeline.store.flags import (
    Delivery,
    FlagRow,
    claim_deliveries,
    delivery_failed,
    delivery_succeeded,
)
from pipeline.transport import policy_client, status_error, translate_error

SIGNATURE_HEADER = "X-Pipeline-Signature"
DELIVERY_HEADER = "X-Pipeline-Delivery"
# Claimed per database round trip; the lease covers this many requests back to back.
CLAIM_CHUNK = 5
_LEASE_MARGIN_SECONDS = 30.0
_MAX_EXPONENT = 60
_MAX_ERROR = 300


@dataclass(frozen=True, slots=True)
class DeliverySummary:
    """What one run of the delivery job did."""

    delivered: int = 0
    retrying: int = 0  # failed this time, will be tried again
    failed: int = 0  # gave up after max_attempts


def build_payload(flag: FlagRow) -> dict[str, Any]:
    """The JSON document POSTed for ``flag``."""
    return {
        "id": flag.id,
        "kind": flag.kind,
        "reason": flag.reason,
        "status": flag.status,
        "created_at": flag.created_at.isoformat(),
        "event": {
            "key": flag.event_key,
            "jurisdiction": flag.jurisdiction,
            "state": flag.state,
            "agency": flag.agency,
        },
        "story": {
            "id": flag.story_id,
            "title": flag.story_title,
            "url": flag.story_url,
            "outlet": flag.outlet,
        },
        "changes": list(flag.changes),
    }


def encode_payload(payload: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON: the exact bytes that are signed and sent."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign(body: bytes, secret: str) -> str:
    """``sha256=<hex HMAC-SHA256 of body>``, the X-Pipeline-Signature value."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(body: bytes, secret: str, signature: str) -> bool:
    """Constant-time check of a signature header, for receivers written in Python."""
    return hmac.compare_digest(sign(body, secret), signature.strip())


def retry_delay(
    attempts: int, retry_after: float | None, settings: WebhookSettings, rng: random.Random
) -> float:
    """Seconds before the next attempt after ``attempts`` failed ones.

    A server's Retry-After wins, capped at backoff_max_seconds. Otherwise "equal jitter": half
    the exponential ceiling plus a random half, so retries spread out but never come at once
    (full jitter, as feeds use, can retry immediately - pointless against a failing endpoint).
    """
    if retry_after is not None:
        return min(max(retry_after, 0.0), settings.backoff_max_seconds)
    exponent = min(max(attempts, 1) - 1, _MAX_EXPONENT)
    ceiling = min(settings.backoff_max_seconds, settings.backoff_base_seconds * 2.0**exponent)
    return ceiling / 2 + rng.uniform(0.0, ceiling / 2)


def webhook_client(
    settings: WebhookSettings, user_agent: str, *, resolver: AbstractResolver | None = None
) -> httpx.AsyncClient:
    """The client ``deliver_pending`` needs: refuses non-public addresses before connecting."""
    fetch_like = FetchSettings(
        user_agent=user_agent,
        connect_timeout=settings.timeout_seconds,
        total_timeout=settings.timeout_seconds,
        global_concurrency=CLAIM_CHUNK,
        allow_private=settings.allow_private,
    )
    policy = AddressPolicy.from_allow_list(settings.allow_private)
    return policy_client(fetch_like, policy, accept="*/*", resolver=resolver)


def _lease_seconds(settings: WebhookSettings) -> float:
    return CLAIM_CHUNK * settings.timeout_seconds + _LEASE_MARGIN_SECONDS


async def deliver_pending(
    db: Database,
    settings: WebhookSettings,
    client: httpx.AsyncClient,
    *,
    owner: str,
    now_fn: Callable[[], datetime],
    rng: random.Random | None = None,
    limit: int = 100,
) -> DeliverySummary:
    """POST every due delivery (up to ``limit``) once; record successes and retries.

    ``client`` must come from ``webhook_client`` (its resolver enforces the address policy).
    """
    url = settings.url
    if url is None:
        return DeliverySummary()
    rng = rng or random.Random()
    counts = {"delivered": 0, "retrying": 0, "failed": 0}
    seen: set[int] = set()
    while len(seen) < limit:
        batch = await asyncio.to_thread(
            claim_deliveries,
            db,
            owner=owner,
            now=now_fn(),
            lease_seconds=_lease_seconds(settings),
            limit=min(CLAIM_CHUNK, limit - len(seen)),
        )
        fresh = [d for d in batch if d.id not in seen]
        if not fresh:
            break  # nothing due, or only what was just retried (a zero Retry-After)
        for delivery in fresh:
            seen.add(delivery.id)
            outcome = await _deliver_one(db, settings, client, url, delivery, now_fn, rng)
            counts[outcome] += 1
    return DeliverySummary(**counts)


async def _deliver_one(
    db: Database,
    settings: WebhookSettings,
    client: httpx.AsyncClient,
    url: str,
    delivery: Delivery,
    now_fn: Callable[[], datetime],
    rng: random.Random,
) -> str:
    """One attempt and its record; returns "delivered", "retrying" or "failed"."""
    try:
        await post_flag(client, settings, url, delivery)
    except FetchError as exc:
        attempts = delivery.attempts + 1
        retry_after = exc.retry_after if isinstance(exc, HTTPStatusError) else None
        give_up = attempts >= settings.max_attempts
        delay = retry_delay(attempts, retry_after, settings, rng)
        when = now_fn() + timedelta(seconds=delay)
        error = str(exc)[:_MAX_ERROR]
        await asyncio.to_thread(delivery_failed, db, delivery, error, when, give_up)
        return "failed" if give_up else "retrying"
    await asyncio.to_thread(delivery_succeeded, db, delivery, now_fn())
    return "delivered"


async def post_flag(
    client: httpx.AsyncClient, settings: WebhookSettings, url: str, delivery: Delivery
) -> None:
    """POST the flag's payload; raise a FetchError subclass unless the answer is 2xx."""
    target = _checked_url(url, settings)
    body = encode_payload(build_payload(delivery.flag))
    headers = {"content-type": "application/json", DELIVERY_HEADER: str(delivery.id)}
    if settings.secret:
        headers[SIGNATURE_HEADER] = sign(body, settings.secret)
    request = client.build_request("POST", target, content=body, headers=headers)
    try:
        async with asyncio.timeout(settings.timeout_seconds):
            # Streamed and never read: a hostile endpoint cannot make us download anything.
            response = await client.send(request, stream=True)
            await response.aclose()
    except FetchError:
        raise
    except TimeoutError as exc:
        raise FetchTimeoutError(
            f"no response from {target.host} within {settings.timeout_seconds}s"
        ) from exc
    except (httpx.HTTPError, aiohttp.ClientError, OSError) as exc:
        raise translate_error(exc, target.host) from exc
    _check_status(response)


def _check_status(response: httpx.Response) -> None:
    """Only 2xx means delivered; redirects are not followed (the body would be lost)."""
    status = response.status_code
    if 200 <= status < 300:
        return
    if status >= 400:
        # Wall clock, not the job's clock: an HTTP-date Retry-After is an absolute time.
        raise status_error(response, datetime.now(UTC))
    raise HTTPStatusError(status, f"HTTP {status} from webhook (redirects are not followed)")


def _checked_url(url: str, settings: WebhookSettings) -> httpx.URL:
    """Parse the webhook URL; refuse other schemes and refused IP literals before any I/O."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise FetchError(f"invalid webhook URL {url!r}") from exc
    if parsed.scheme not in ("http", "https"):
        raise FetchError(f"refused non-HTTP webhook URL {url}")
    AddressPolicy.from_allow_list(settings.allow_private).check_host(parsed.host)
    return parsed

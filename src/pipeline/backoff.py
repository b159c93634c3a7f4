"""When to poll a feed next: pure functions of the clock, the outcome and the settings."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from pipeline.settings import PollSettings

# 2**60 seconds is far beyond any cap; stops the exponent from growing without bound.
_MAX_EXPONENT = 60
# Longer delta-seconds (over 3,000 years) are read as this: every caller clamps far below it,
# and int() of thousands of digits raises while float() of a few hundred overflows.
_MAX_DIGITS = 11


def parse_retry_after(value: str, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if junk."""
    text = value.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():  # RFC 9110 DIGIT is ASCII; "²".isdigit() is true
        digits = text.lstrip("0") or "0"
        return float(int(digits)) if len(digits) <= _MAX_DIGITS else 10.0**_MAX_DIGITS
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000" dates come back naive; HTTP dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def next_poll_after_success(now: datetime, interval: timedelta) -> datetime:
    """A healthy feed is polled again one interval later."""
    return now + interval


def backoff_seconds(failures: int, settings: PollSettings, rng: random.Random) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(max, base * 2**(failures-1))]."""
    exponent = min(max(failures, 1) - 1, _MAX_EXPONENT)
    ceiling = min(settings.backoff_max_seconds, settings.backoff_base_seconds * 2.0**exponent)
    return rng.uniform(0.0, ceiling)


def next_poll_after_failure(
    now: datetime,
    interval: timedelta,
    failures: int,
    retry_after: float | None,
    settings: PollSettings,
    rng: random.Random,
) -> datetime:
    """When to retry a feed that failed `failures` times in a row (this failure included).

    A server's Retry-After wins (clamped to [0, retry_after_max_seconds]: a hostile or buggy
    server must not park a feed for years). Otherwise full jitter is used rather than a fixed
    doubling because many feeds often share one failing host; spreading their retries over the
    whole window avoids synchronized bursts when it recovers. Either way the delay is never
    shorter than the feed's normal interval: failing must not make us poll more often.
    """
    if retry_after is not None:
        delay = min(max(retry_after, 0.0), settings.retry_after_max_seconds)
    else:
        delay = backoff_seconds(failures, settings, rng)
    return now + max(timedelta(seconds=delay), interval)

"""Poll scheduling after successes and failures."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.backoff import (
    backoff_seconds,
    next_poll_after_failure,
    next_poll_after_success,
    parse_retry_after,
)
from pipeline.settings import PollSettings

NOW = datetime(2025, 6, 2, 12, 0, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)
SETTINGS = PollSettings(
    backoff_base_seconds=60, backoff_max_seconds=3600, retry_after_max_seconds=7200
)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Mon, 02 Jun 2025 12:05:00 GMT", 300.0),
        ("Monday, 02-Jun-25 12:01:00 GMT", 60.0),  # obsolete RFC 850 form
        ("Mon, 02 Jun 2025 11:00:00 GMT", 0.0),  # in the past: retry now
        ("Mon, 02 Jun 2025 12:00:30 -0000", 30.0),
    ],
)
def test_parse_retry_after_valid(value: str, seconds: float) -> None:
    assert parse_retry_after(value, NOW) == pytest.approx(seconds)


@pytest.mark.parametrize("value", ["", "soon", "-5", "1.5", "Mon, 99 Foo 2025", "12abc"])
def test_parse_retry_after_junk_is_none(value: str) -> None:
    assert parse_retry_after(value, NOW) is None


def test_next_poll_after_success_is_one_interval_later() -> None:
    assert next_poll_after_success(NOW, 15 * MINUTE) == NOW + 15 * MINUTE


def test_retry_after_is_honoured_when_longer_than_interval() -> None:
    when = next_poll_after_failure(NOW, 5 * MINUTE, 1, 1800.0, SETTINGS, random.Random(1))
    assert when == NOW + timedelta(seconds=1800)


def test_retry_after_is_clamped_to_the_maximum() -> None:
    when = next_poll_after_failure(NOW, 5 * MINUTE, 1, 10**9, SETTINGS, random.Random(1))
    assert when == NOW + timedelta(seconds=7200)


def test_short_retry_after_never_polls_before_the_interval() -> None:
    when = next_poll_after_failure(NOW, 15 * MINUTE, 1, 5.0, SETTINGS, random.Random(1))
    assert when == NOW + 15 * MINUTE


def test_backoff_ceiling_doubles_per_failure_up_to_the_cap() -> None:
    class Top(random.Random):
        def uniform(self, a: float, b: float) -> float:
            return b

    ceilings = [backoff_seconds(n, SETTINGS, Top()) for n in (1, 2, 3, 4, 7, 50, 10_000)]
    assert ceilings == [60, 120, 240, 480, 3600, 3600, 3600]


def test_backoff_jitter_spreads_over_the_whole_window() -> None:
    rng = random.Random(42)
    delays = [backoff_seconds(5, SETTINGS, rng) for _ in range(500)]
    assert min(delays) >= 0
    assert max(delays) <= 960
    assert min(delays) < 100 < 860 < max(delays)  # full jitter, not a fixed doubling


def test_failure_delay_is_never_shorter_than_interval() -> None:
    rng = random.Random(7)
    for failures in range(1, 12):
        when = next_poll_after_failure(NOW, 20 * MINUTE, failures, None, SETTINGS, rng)
        assert when >= NOW + 20 * MINUTE


def test_failure_delay_grows_past_interval_with_many_failures() -> None:
    rng = random.Random(3)
    delays = [
        next_poll_after_failure(NOW, MINUTE, 10, None, SETTINGS, rng) - NOW for _ in range(200)
    ]
    assert max(delays) > 30 * MINUTE
    assert max(delays) <= timedelta(seconds=3600)


def test_zero_failures_is_treated_as_one() -> None:
    class Top(random.Random):
        def uniform(self, a: float, b: float) -> float:
            return b

    assert backoff_seconds(0, SETTINGS, Top()) == 60


def test_absurdly_long_retry_after_is_huge_but_finite_then_clamped() -> None:
    # int() of thousands of digits raises, and float() of a few hundred overflows.
    for digits in (400, 5000):
        seconds = parse_retry_after("9" * digits, NOW)
        assert seconds is not None
        assert seconds >= 10**9
        when = next_poll_after_failure(NOW, MINUTE, 1, seconds, SETTINGS, random.Random(1))
        assert when == NOW + timedelta(seconds=SETTINGS.retry_after_max_seconds)


@pytest.mark.parametrize("value", ["\u00b2", "\u0661\u0662", "12\u00b3"])
def test_non_ascii_digits_in_retry_after_are_junk(value: str) -> None:
    assert parse_retry_after(value, NOW) is None

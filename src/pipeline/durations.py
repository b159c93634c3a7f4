"""Human durations ("90s", "15m", "2h", "7d", "1w") as timedeltas."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str, *, default_unit: str = "m") -> timedelta:
    """Parse ``text``; a bare number uses ``default_unit``. Raises ValueError with the reason."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"not a duration: {text!r} (try 90s, 15m, 2h, 7d or 1w)")
    amount, unit = float(match.group(1)), (match.group(2) or default_unit).lower()
    seconds = amount * _UNIT_SECONDS[unit]
    if seconds <= 0:
        raise ValueError(f"duration must be positive: {text!r}")
    return timedelta(seconds=seconds)

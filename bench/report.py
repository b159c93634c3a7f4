"""Targets and the printed table: pure functions over the measured figures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

RSS_LIMIT_MB = 300.0


@dataclass(frozen=True)
class Row:
    """One line of the table; ``passed`` is None for figures without a target."""

    figure: str
    value: float | None
    baseline: float | None = None
    target: str = ""
    passed: bool | None = None
    unit: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline


def _ratio_row(figure: str, value: float | None, baseline: float | None, minimum: float,
               unit: str) -> Row:
    """A figure that must be at least ``minimum`` times its baseline."""
    passed = (value is not None and baseline is not None and baseline > 0
              and value / baseline >= minimum)
    return Row(figure, value, baseline, f">= {minimum:g}x", passed, unit)


def baseline_rows(figures: Mapping[str, float], naive_feeds: int) -> list[Row]:
    """Rows for the baselines themselves (no targets)."""
    naive = f"naive loop, {naive_feeds} feeds"
    return [
        Row("baseline a: feedparser.parse(bytes)", figures["baseline_parse_entries_per_s"],
            unit="entries/s"),
        Row("baseline b: bare aiohttp, all 304 (best pass)", figures["baseline_client_feeds_per_s"],
            unit="feeds/s"),
        Row("baseline b2: plain httpx, all 304 (no target)", figures["baseline_httpx_feeds_per_s"],
            unit="feeds/s"),
        Row("baseline b3: httpx on aiohttp, all 304 (no target)",
            figures["baseline_httpx_on_aiohttp_feeds_per_s"], unit="feeds/s"),
        Row(f"baseline c: {naive}, first poll", figures["naive_first_entries_per_s"],
            unit="entries/s"),
        Row(f"baseline c: {naive}, steady", figures["naive_steady_feeds_per_s"],
            unit="feeds/s"),
    ]


def pipeline_rows(label: str, run: Mapping[str, Any] | None, figures: Mapping[str, float],
                  expected_entries: int, feeds: int) -> list[Row]:
    """Target rows for one pipeline run (``run`` is None or has "error" when it failed)."""
    ok = run is not None and "error" not in run
    first = run["first"] if ok and run is not None else {}
    steady = run["steady"] if ok and run is not None else {}
    first_rate = rate(first.get("entries_new"), first.get("wall_seconds"))
    steady_rate = rate(steady.get("feeds_ok"), steady.get("wall_seconds"))
    rss = run.get("peak_rss_mb") if ok and run is not None else None
    stored_all = first.get("entries_new") == expected_entries and first.get("feeds_failed") == 0
    steady_clean = steady.get("entries_new") == 0 and steady.get("feeds_ok") == feeds
    return [
        _ratio_row(f"{label} first poll vs parse", first_rate,
                   figures["baseline_parse_entries_per_s"], 0.8, "entries/s"),
        _ratio_row(f"{label} steady vs aiohttp", steady_rate,
                   figures["baseline_client_feeds_per_s"], 0.5, "feeds/s"),
        _ratio_row(f"{label} steady vs aiohttp, paired", *_median_pair(run if ok else None),
                   0.5, "feeds/s"),
        Row(f"{label} steady vs plain httpx", steady_rate, figures["baseline_httpx_feeds_per_s"],
            unit="feeds/s"),
        Row(f"{label} steady vs httpx on aiohttp", steady_rate,
            figures.get("baseline_httpx_on_aiohttp_feeds_per_s"), unit="feeds/s"),
        _ratio_row(f"{label} first poll vs naive", first_rate,
                   figures["naive_first_entries_per_s"], 2.0, "entries/s"),
        _ratio_row(f"{label} steady vs naive", steady_rate,
                   figures["naive_steady_feeds_per_s"], 10.0, "feeds/s"),
        Row(f"{label} peak RSS (self+children)", rss, None, f"< {RSS_LIMIT_MB:g} MB",
            rss is not None and rss < RSS_LIMIT_MB, "MB"),
        Row(f"{label} first poll stored every entry", _num(first.get("entries_new")),
            float(expected_entries), f"= {expected_entries}, 0 failed", stored_all, "entries"),
        Row(f"{label} steady: all ok, nothing new", _num(steady.get("feeds_ok")), float(feeds),
            f"= {feeds} ok, 0 new", steady_clean, "feeds"),
    ]


def paired_ratio(run: Mapping[str, Any] | None) -> float | None:
    """The median ratio of back-to-back pipeline and bare-client steady passes."""
    pipeline, client = _median_pair(run)
    return pipeline / client if pipeline is not None and client else None


def _median_pair(run: Mapping[str, Any] | None) -> tuple[float | None, float | None]:
    """(pipeline, client) rates of the back-to-back pair with the median ratio."""
    pairs = [p for p in (run or {}).get("pairs", []) if p.get("client_feeds_per_s")]
    if not pairs:
        return None, None
    pairs.sort(key=lambda p: p["pipeline_feeds_per_s"] / p["client_feeds_per_s"])
    middle = pairs[len(pairs) // 2]
    return middle["pipeline_feeds_per_s"], middle["client_feeds_per_s"]


def rate(count: Any, seconds: Any) -> float | None:
    """count / seconds, or None when either is missing."""
    if not isinstance(count, int | float) or not isinstance(seconds, int | float) or seconds <= 0:
        return None
    return count / seconds


def _num(value: Any) -> float | None:
    """A numeric summary field as float, else None."""
    return float(value) if isinstance(value, int | float) else None


def _fmt(value: float | None) -> str:
    """Compact number for the table."""
    if value is None:
        return "-"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}"


def render(rows: Sequence[Row]) -> str:
    """Fixed-width text table: figure, value, baseline, ratio, target, result."""
    header = ("figure", "value", "unit", "baseline", "ratio", "target", "result")
    lines = [header]
    for row in rows:
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}x"
        result = {None: "", True: "PASS", False: "FAIL"}[row.passed]
        lines.append((row.figure, _fmt(row.value), row.unit, _fmt(row.baseline), ratio,
                      row.target, result))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for line in lines:
        cells = [c.ljust(w) if i in (0, 2, 5) else c.rjust(w)
                 for i, (c, w) in enumerate(zip(line, widths, strict=True))]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


def rows_json(rows: Sequence[Row]) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts, ratio included."""
    return [{**asdict(row), "ratio": row.ratio} for row in rows]


def any_failed(rows: Sequence[Row]) -> bool:
    """True when some row with a target failed it."""
    return any(row.passed is False for row in rows)

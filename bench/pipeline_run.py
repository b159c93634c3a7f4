"""Runs the pipeline's poll_once against the farm in its own process and prints JSON.

Kept in a separate process so its peak RSS (itself plus its parser workers) is measured
apart from the bench's baselines. Writes one JSON object to the file named by ``--out``
(not stdout, which the pipeline's own logging may use).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

SUMMARY_FIELDS = ("feeds_ok", "feeds_failed", "entries_seen", "entries_new", "duration")


def build_settings(database_url: str, concurrency: int) -> Any:
    """Settings for one benchmark run: loopback allowed, no per-host spacing."""
    from pipeline.settings import FetchSettings, Settings

    fetch = FetchSettings.model_validate({
        "allow_private": ("127.0.0.1",),
        "per_host_delay_seconds": 0,
        "per_host_concurrency": concurrency,
        "global_concurrency": concurrency,
    })
    return Settings(database_url=database_url, fetch=fetch)


def build_feeds(port: int, feeds: int) -> list[Any]:
    """One FeedConfig per farm feed."""
    from pipeline.models import FeedConfig

    return [FeedConfig(name=f"bench-{i}", url=f"http://127.0.0.1:{port}/feed/{i}.xml")
            for i in range(feeds)]


STEADY_REPEATS = 3


def timed_pass(settings: Any, feeds: Sequence[Any], *, force: bool) -> dict[str, Any]:
    """Call poll_once once; return its summary fields plus our own wall-clock seconds."""
    from pipeline.service import poll_once

    started = time.perf_counter()
    summary = poll_once(settings, feeds, force=force)
    wall = time.perf_counter() - started
    figures = {name: getattr(summary, name, None) for name in SUMMARY_FIELDS}
    figures["wall_seconds"] = wall
    return figures


def peak_rss_mb() -> float:
    """Peak RSS of this process plus the largest reaped child (parser workers), in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024  # Linux reports KiB


def run(port: int, feeds: int, database_url: str, concurrency: int) -> dict[str, Any]:
    """First poll (everything new) then steady state (forced re-poll, all 304)."""
    from pipeline import logs

    settings = build_settings(database_url, concurrency)
    logs.configure(settings.logging)  # as `pipeline run` does: INFO lines, no debug chatter
    configs = build_feeds(port, feeds)
    first = timed_pass(settings, configs, force=False)
    steady_passes, pairs = paired_steady_passes(settings, configs, concurrency)
    # Best of three, as for the bare-client baseline it is compared with.
    steady = min(steady_passes, key=lambda figures: figures["wall_seconds"])
    return {"first": first, "steady": steady, "pairs": pairs, "peak_rss_mb": peak_rss_mb()}


def paired_steady_passes(settings: Any, configs: Sequence[Any], concurrency: int,
                         ) -> tuple[list[dict[str, Any]], list[dict[str, float]]]:
    """Steady passes, each right after a bare-aiohttp pass on the same server.

    A shared machine drifts by tens of percent within minutes; a ratio taken from passes run
    back to back is steadier than one between figures measured minutes apart.
    """
    from bench.baselines import client_pass, learn_validators

    urls = [c.url for c in configs]
    validators = learn_validators(urls, concurrency)
    passes, pairs = [], []
    for _ in range(STEADY_REPEATS):
        client = client_pass(urls, concurrency, validators).per_second
        figures = timed_pass(settings, configs, force=True)
        passes.append(figures)
        pipeline = figures["feeds_ok"] / figures["wall_seconds"] if figures["wall_seconds"] else 0.0
        pairs.append({"client_feeds_per_s": client, "pipeline_feeds_per_s": pipeline})
    return passes, pairs


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: write the figures (or the error) as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.pipeline_run")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--feeds", type=int, required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--concurrency", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        result = run(args.port, args.feeds, args.database_url, args.concurrency)
    except Exception as exc:
        result = {
            "error": f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}",
            "traceback": traceback.format_exc(),
        }
    args.out.write_text(json.dumps(result))
    return 1 if "error" in result else 0


if __name__ == "__main__":
    sys.exit(main())

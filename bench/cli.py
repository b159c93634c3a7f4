"""``python -m bench``: farm, baselines and pipeline measured in one run, printed as a table."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import baselines, report
from bench.farm import Farm

PIPELINE_TIMEOUT = 3600.0  # seconds; a hung pipeline must not hang the bench forever


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--feeds", type=int, default=2000, help="feeds in the farm")
    parser.add_argument("--entries", type=int, default=50, help="entries per feed")
    parser.add_argument("--naive-feeds", type=int, default=200,
                        help="feeds the (slow) naive loop is timed on; capped at --feeds")
    parser.add_argument("--concurrency", type=int, default=100,
                        help="pipeline global/per-host concurrency and aiohttp baseline limit")
    parser.add_argument("--postgres", metavar="URL",
                        help="also run the pipeline on a scratch database on this server")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures here")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target fails")
    args = parser.parse_args(argv)
    args.naive_feeds = max(1, min(args.naive_feeds, args.feeds))
    return args


def say(message: str) -> None:
    """Progress line on stderr, so stdout holds only the table."""
    print(message, file=sys.stderr, flush=True)


def run_pipeline(farm: Farm, database_url: str, concurrency: int, workdir: Path) -> dict[str, Any]:
    """Run bench.pipeline_run in a subprocess; its JSON, or an error with the log tail."""
    out, log = workdir / "pipeline.json", workdir / "pipeline.log"
    cmd = [sys.executable, "-m", "bench.pipeline_run", "--port", str(farm.port),
           "--feeds", str(farm.feeds), "--database-url", database_url,
           "--concurrency", str(concurrency), "--out", str(out)]
    with log.open("wb") as sink:
        try:
            proc = subprocess.run(cmd, stdout=sink, stderr=subprocess.STDOUT,
                                  timeout=PIPELINE_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            return {"error": f"pipeline run exceeded {PIPELINE_TIMEOUT:g} s"}
    tail = log.read_text(errors="replace")[-3000:]
    if not out.exists():
        return {"error": f"pipeline process exited {proc.returncode} without results",
                "log_tail": tail}
    result: dict[str, Any] = json.loads(out.read_text())
    if "error" in result:
        result["log_tail"] = tail
    return result


def measure_baselines(args: argparse.Namespace, farm: Farm, workdir: Path) -> dict[str, float]:
    """Baselines a, b, c against the running farm."""
    say(f"baseline a: feedparser.parse over {args.feeds} x {args.entries} documents...")
    parse = baselines.parse_baseline(args.feeds, args.entries)
    say(f"baseline b: aiohttp conditional GETs, concurrency {args.concurrency}...")
    client = baselines.client_baseline(farm.urls(), args.concurrency)
    say(f"baseline b2: plain httpx conditional GETs, concurrency {args.concurrency}...")
    plain_httpx = baselines.httpx_baseline(farm.urls(), args.concurrency)
    say(f"baseline b3: httpx Request/Response over aiohttp, concurrency {args.concurrency}...")
    on_aiohttp = baselines.httpx_on_aiohttp_baseline(farm.urls(), args.concurrency)
    say(f"baseline c: naive parse(url) + INSERT/commit loop on {args.naive_feeds} feeds...")
    first, steady = baselines.naive_baseline(farm.urls()[: args.naive_feeds],
                                             workdir / "naive.db")
    return {
        "baseline_parse_entries_per_s": parse.per_second,
        "baseline_client_feeds_per_s": client.per_second,
        "baseline_httpx_feeds_per_s": plain_httpx.per_second,
        "baseline_httpx_on_aiohttp_feeds_per_s": on_aiohttp.per_second,
        "naive_first_entries_per_s": first.per_second,
        "naive_steady_feeds_per_s": steady.per_second,
    }


def measure_pipelines(args: argparse.Namespace, farm: Farm,
                      workdir: Path) -> dict[str, dict[str, Any]]:
    """The pipeline on SQLite, and on PostgreSQL when asked."""
    runs: dict[str, dict[str, Any]] = {}
    say("pipeline (SQLite): first poll, then forced steady-state poll...")
    sqlite_url = f"sqlite:///{workdir / 'pipeline.db'}"
    runs["sqlite"] = run_pipeline(farm, sqlite_url, args.concurrency, workdir)
    if args.postgres:
        from bench.postgres import scratch_database

        say("pipeline (PostgreSQL): first poll, then forced steady-state poll...")
        try:
            with scratch_database(args.postgres) as url:
                runs["postgres"] = run_pipeline(farm, url, args.concurrency, workdir)
        except Exception as exc:  # report and keep the SQLite figures
            runs["postgres"] = {"error": f"scratch database: {type(exc).__name__}: {exc}"}
    return runs


def fastest_client(figures: dict[str, float], runs: dict[str, dict[str, Any]]) -> dict[str, float]:
    """Baseline b as the fastest bare-client pass of the whole run: its own passes and the ones
    paired with the pipeline's. The same client code has run half again as fast in the
    pipeline's process as in this one, and the target is the fastest client."""
    paired = [pair["client_feeds_per_s"] for run in runs.values()
              for pair in run.get("pairs", ())]
    own = figures["baseline_client_feeds_per_s"]
    return {**figures, "baseline_client_feeds_per_s_bench_process": own,
            "baseline_client_feeds_per_s": max([own, *paired])}


def build_rows(args: argparse.Namespace, figures: dict[str, float],
               runs: dict[str, dict[str, Any]]) -> list[report.Row]:
    """Every table row: baselines first, then each pipeline run's targets."""
    rows = report.baseline_rows(figures, args.naive_feeds)
    for label, run in runs.items():
        rows += report.pipeline_rows(f"pipeline[{label}]", run, figures,
                                     args.feeds * args.entries, args.feeds)
    return rows


def pipeline_figures(runs: dict[str, dict[str, Any]]) -> dict[str, float]:
    """Flat pipeline figures for the JSON (only for runs that succeeded)."""
    flat: dict[str, float] = {}
    for label, run in runs.items():
        if "error" in run:
            continue
        first, steady = run["first"], run["steady"]
        rates = {
            "first_entries_per_s": report.rate(first["entries_new"], first["wall_seconds"]),
            "steady_feeds_per_s": report.rate(steady["feeds_ok"], steady["wall_seconds"]),
            "peak_rss_mb": run["peak_rss_mb"],
            # over PassSummary.duration: excludes DB open/upgrade and parser-pool start
            "first_entries_per_s_own": report.rate(first["entries_new"], first["duration"]),
            "steady_feeds_per_s_own": report.rate(steady["feeds_ok"], steady["duration"]),
            "steady_paired_ratio": report.paired_ratio(run),
        }
        flat.update({f"pipeline_{label}_{k}": v for k, v in rates.items() if v is not None})
    return flat


def print_errors(runs: dict[str, dict[str, Any]]) -> None:
    """Say precisely why a pipeline run failed."""
    for label, run in runs.items():
        if "error" in run:
            print(f"\npipeline[{label}] FAILED: {run['error']}")
            print(run.get("traceback") or run.get("log_tail") or "")


def main(argv: Sequence[str] | None = None) -> int:
    """Run everything, print the table, optionally write JSON; exit 1 only with --check."""
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pipeline-bench-") as tmp:
        say(f"starting feed farm: {args.feeds} feeds x {args.entries} entries...")
        with Farm(args.feeds, args.entries) as farm:
            figures = measure_baselines(args, farm, Path(tmp))
            runs = measure_pipelines(args, farm, Path(tmp))
    figures = fastest_client(figures, runs)
    rows = build_rows(args, figures, runs)
    print(f"feeds={args.feeds} entries/feed={args.entries} concurrency={args.concurrency} "
          f"naive loop timed on {args.naive_feeds} feeds (rate reported)")
    print(report.render(rows))
    print_errors(runs)
    if args.json:
        config = {k: v for k, v in vars(args).items() if k not in ("json", "postgres")}
        payload = {"config": config, "figures": {**figures, **pipeline_figures(runs)},
                   "pipeline": runs, "rows": report.rows_json(rows)}
        args.json.write_text(json.dumps(payload, indent=2, default=str))
    return 1 if args.check and report.any_failed(rows) else 0

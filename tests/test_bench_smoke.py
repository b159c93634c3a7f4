"""End-to-end smoke run of ``python -m bench`` at tiny scale."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FEEDS, ENTRIES = 5, 3
BASELINE_FIGURES = (
    "baseline_parse_entries_per_s",
    "baseline_client_feeds_per_s",
    "baseline_httpx_feeds_per_s",
    "baseline_httpx_on_aiohttp_feeds_per_s",
    "naive_first_entries_per_s",
    "naive_steady_feeds_per_s",
)
PIPELINE_FIGURES = (
    "pipeline_sqlite_first_entries_per_s",
    "pipeline_sqlite_steady_feeds_per_s",
    "pipeline_sqlite_peak_rss_mb",
)


@pytest.fixture(autouse=True)
def _bench_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench package lives at the repo root, which pytest does not put on sys.path."""
    monkeypatch.syspath_prepend(str(REPO))


@pytest.fixture(scope="module")
def bench_json(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Run the bench once at 5 feeds x 3 entries and load its JSON."""
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    cmd = [
        sys.executable,
        "-m",
        "bench",
        "--feeds",
        str(FEEDS),
        "--entries",
        str(ENTRIES),
        "--naive-feeds",
        "3",
        "--concurrency",
        "10",
        "--json",
        str(out),
    ]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "figure" in proc.stdout, proc.stdout  # the table header was printed
    data: dict[str, object] = json.loads(out.read_text())
    return data


@pytest.mark.slow
def test_bench_reports_every_baseline_figure_as_positive_rate(
    bench_json: dict[str, object],
) -> None:
    figures = bench_json["figures"]
    assert isinstance(figures, dict)
    for name in BASELINE_FIGURES:
        assert figures[name] > 0, name


@pytest.mark.slow
def test_bench_pipeline_run_succeeds_and_reports_positive_figures(
    bench_json: dict[str, object],
) -> None:
    run = bench_json["pipeline"]["sqlite"]  # type: ignore[index]
    assert "error" not in run, run.get("error")
    figures = bench_json["figures"]
    assert isinstance(figures, dict)
    for name in PIPELINE_FIGURES:
        assert figures[name] > 0, name
    assert run["first"]["entries_new"] == FEEDS * ENTRIES
    assert run["steady"]["entries_new"] == 0
    assert len(run["pairs"]) == 3  # each steady pass right after a bare-client pass
    assert all(p["client_feeds_per_s"] > 0 and p["pipeline_feeds_per_s"] > 0 for p in run["pairs"])
    assert figures["pipeline_sqlite_steady_paired_ratio"] > 0


@pytest.mark.slow
def test_farm_answers_304_to_matching_validators_and_200_otherwise() -> None:
    import urllib.error
    import urllib.request

    from bench.corpus import feed_document
    from bench.farm import Farm

    with Farm(2, 4) as farm:
        with urllib.request.urlopen(farm.url(1), timeout=10) as resp:
            body, etag = resp.read(), resp.headers["ETag"]
            modified = resp.headers["Last-Modified"]
        assert body == feed_document(1, 4)
        for header, value in (("If-None-Match", etag), ("If-Modified-Since", modified)):
            request = urllib.request.Request(farm.url(1), headers={header: value})
            with pytest.raises(urllib.error.HTTPError) as caught:  # urllib raises on 304
                urllib.request.urlopen(request, timeout=10)
            assert caught.value.code == 304
        stale = urllib.request.Request(farm.url(1), headers={"If-None-Match": '"old"'})
        with urllib.request.urlopen(stale, timeout=10) as resp:
            assert resp.status == 200


def test_feed_documents_are_deterministic_and_news_sized() -> None:
    from bench.corpus import feed_document

    doc = feed_document(7, 10)
    assert doc == feed_document(7, 10)
    assert doc != feed_document(8, 10)
    assert 1000 <= len(doc) / 10 <= 2000  # ~1-2 KB per entry


def test_failed_pipeline_run_fails_every_target_row() -> None:
    from bench.report import any_failed, pipeline_rows

    figures = dict.fromkeys(
        ("baseline_parse_entries_per_s", "baseline_client_feeds_per_s",
         "baseline_httpx_feeds_per_s", "naive_first_entries_per_s", "naive_steady_feeds_per_s"),
        100.0)
    rows = pipeline_rows("p", {"error": "boom"}, figures, expected_entries=10, feeds=2)
    targets = [row for row in rows if row.target]
    assert len(targets) == 8
    assert all(row.passed is False for row in targets)
    assert any_failed(rows)


def test_ratio_rows_pass_only_at_or_above_their_minimum() -> None:
    from bench.report import pipeline_rows

    figures = {"baseline_parse_entries_per_s": 1000.0, "baseline_client_feeds_per_s": 1000.0,
               "baseline_httpx_feeds_per_s": 100.0,
               "naive_first_entries_per_s": 100.0, "naive_steady_feeds_per_s": 10.0}
    run = {"first": {"entries_new": 790, "feeds_failed": 0, "wall_seconds": 1.0},
           "steady": {"entries_new": 0, "feeds_ok": 2, "wall_seconds": 0.001},
           "peak_rss_mb": 299.0}
    rows = {row.figure: row for row in pipeline_rows("p", run, figures, 790, 2)}
    assert rows["p first poll vs parse"].passed is False  # 0.79x < 0.8x
    assert rows["p first poll vs naive"].passed is True  # 7.9x >= 2x
    assert rows["p steady vs aiohttp"].passed is True  # 2000/s >= 0.5 x 1000/s
    assert rows["p steady vs aiohttp, paired"].passed is False  # no pairs measured


def test_the_paired_row_takes_the_pair_with_the_median_ratio() -> None:
    from bench.report import paired_ratio, pipeline_rows

    figures = {"baseline_parse_entries_per_s": 1000.0, "baseline_client_feeds_per_s": 5000.0,
               "baseline_httpx_feeds_per_s": 100.0,
               "naive_first_entries_per_s": 100.0, "naive_steady_feeds_per_s": 10.0}
    run = {"first": {"entries_new": 10, "feeds_failed": 0, "wall_seconds": 1.0},
           "steady": {"entries_new": 0, "feeds_ok": 2, "wall_seconds": 1.0},
           "pairs": [{"client_feeds_per_s": 4000.0, "pipeline_feeds_per_s": 1000.0},   # 0.25
                     {"client_feeds_per_s": 3000.0, "pipeline_feeds_per_s": 1800.0},   # 0.6
                     {"client_feeds_per_s": 2000.0, "pipeline_feeds_per_s": 1800.0}],  # 0.9
           "peak_rss_mb": 100.0}
    rows = {row.figure: row for row in pipeline_rows("p", run, figures, 10, 2)}
    paired = rows["p steady vs aiohttp, paired"]
    assert (paired.value, paired.baseline, paired.passed) == (1800.0, 3000.0, True)
    assert paired_ratio(run) == pytest.approx(0.6)
    assert rows["p peak RSS (self+children)"].passed is True


def test_baseline_b_is_the_fastest_client_pass_of_the_whole_run() -> None:
    from bench.cli import fastest_client

    figures = {"baseline_client_feeds_per_s": 6000.0}
    runs = {"sqlite": {"pairs": [{"client_feeds_per_s": 9000.0, "pipeline_feeds_per_s": 1.0}]},
            "postgres": {"error": "no server"}}
    merged = fastest_client(figures, runs)
    assert merged["baseline_client_feeds_per_s"] == 9000.0
    assert merged["baseline_client_feeds_per_s_bench_process"] == 6000.0
    assert fastest_client(figures, {})["baseline_client_feeds_per_s"] == 6000.0

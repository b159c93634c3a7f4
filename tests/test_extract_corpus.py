"""Extraction over our own fixture articles and the shared labelled corpus meets its targets."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pipeline.extract import extract_facts

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles"
FIELDS = ("transfer_report", "jurisdiction", "agency", "counts", "total", "nationalities",
          "age_range", "legal_basis", "historical")


def _run(article: dict[str, Any]) -> dict[str, Any]:
    published = date.fromisoformat(article["published"]) if article["published"] else None
    return extract_facts(article["text"], title=article["title"], published=published,
                         outlet=article.get("outlet")).to_gold()


def _load(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


@pytest.mark.parametrize("article", _load(FIXTURES), ids=lambda a: a["id"])
def test_fixture_article_yields_its_gold_facts(article: dict[str, Any]) -> None:
    got, gold = _run(article), article["gold"]
    for name in FIELDS:
        assert got[name] == gold[name], name
    assert [o["name"] for o in got["officials"]] == [o["name"] for o in gold["officials"]]


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _set_scores(got: list[Any], want: list[Any]) -> tuple[int, int, int]:
    g, w = set(got), set(want)
    return len(g & w), len(g - w), len(w - g)


def test_corpus_scores_meet_the_ci_targets() -> None:
    articles = _load(CORPUS)
    if not articles:
        pytest.skip("shared corpus not present")
    tr = [0, 0, 0]
    counts = [0, 0, 0]
    juris = agency = total = 0
    positives = 0
    for art in articles:
        got, gold = _run(art), art["gold"]
        tr[0] += got["transfer_report"] and gold["transfer_report"]
        tr[1] += got["transfer_report"] and not gold["transfer_report"]
        tr[2] += gold["transfer_report"] and not got["transfer_report"]
        if not gold["transfer_report"]:
            continue
        positives += 1
        juris += got["jurisdiction"] == gold["jurisdiction"]
        agency += (got["agency"] or "").lower() == (gold["agency"] or "").lower()
        total += got["total"] == gold["total"]
        key = [(c["period"], c["count"], c["qualifier"]) for c in got["counts"]]
        want = [(c["period"], c["count"], c["qualifier"]) for c in gold["counts"]]
        counts = [a + b for a, b in zip(counts, _set_scores(key, want), strict=True)]
    assert _f1(*tr) >= 0.92
    assert juris / positives >= 0.90
    assert agency / positives >= 0.85
    assert total / positives >= 0.80
    assert _f1(*counts) >= 0.80

"""The seed article yields exactly its known facts (published date chosen as 2025-07-03)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.extract import extract_facts
from pipeline.facts import TransferFacts

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed-article.txt"
# The seed gives no date; any day in July 2025 resolves "May"/"June" to 2025.
PUBLISHED = date(2025, 7, 3)


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("shared seed article not present")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def facts(seed_text: str) -> TransferFacts:
    return extract_facts(seed_text, published=PUBLISHED)


def test_seed_is_a_transfer_report_by_lasd(facts: TransferFacts) -> None:
    gold = facts.to_gold()
    assert gold["transfer_report"] is True
    assert gold["jurisdiction"] == {"name": "Los Angeles County", "state": "CA"}
    assert gold["agency"] == "Los Angeles County Sheriff's Department"


def test_seed_counts_per_month_and_no_unstated_total(facts: TransferFacts) -> None:
    gold = facts.to_gold()
    assert gold["counts"] == [
        {"period": "2025-05", "count": 8, "qualifier": "exact"},
        {"period": "2025-06", "count": 12, "qualifier": "more_than"},
    ]
    assert gold["total"] is None  # two periods, sum never stated


def test_seed_nationalities_ages_legal_basis(facts: TransferFacts) -> None:
    gold = facts.to_gold()
    assert gold["nationalities"] == {
        "Mexico": 11, "Guatemala": 6, "Colombia": 1, "El Salvador": 1, "Honduras": 1,
    }
    assert gold["age_range"] == [19, 63]
    assert gold["legal_basis"] == ["extradition", "judicial_warrant"]


def test_seed_historical_baseline_and_official(facts: TransferFacts) -> None:
    gold = facts.to_gold()
    assert gold["historical"] == [{"period": "2019", "count": 457, "qualifier": "exact"}]
    assert [o["name"] for o in gold["officials"]] == ["Max Huntsman"]
    assert gold["officials"][0]["role"].endswith("Inspector General")


def test_seed_every_evidence_span_matches_the_text(facts: TransferFacts, seed_text: str) -> None:
    evidence = [
        facts.jurisdiction and facts.jurisdiction.evidence,
        facts.agency and facts.agency.evidence,
        facts.age_range and facts.age_range.evidence,
        *(c.evidence for c in (*facts.counts, *facts.historical)),
        *(n.evidence for n in facts.nationalities),
        *(b.evidence for b in facts.legal_basis),
        *(o.evidence for o in facts.officials),
    ]
    assert len(evidence) >= 12
    for ev in evidence:
        assert ev, "every fact carries its sentence"
        assert seed_text[ev.start:ev.end] == ev.sentence

"""Syndicated copies and event grouping: fingerprints, periods, assign_event and merge."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.events import (
    Change,
    EventSummary,
    assign_event,
    fingerprint,
    fingerprint_distance,
    merge,
    near_duplicate,
    periods_overlap,
    rebuild,
    resolve_period,
    start_event,
    summary_changes,
)
from pipeline.facts import Agency, Count, Jurisdiction, TransferFacts

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles"

STORY = (
    "Records released on Tuesday show the Lakeview County jail handed fourteen people to "
    "federal immigration agents during the spring, most of them after minor traffic arrests. "
    "The sheriff said deputies only honored requests that came with paperwork signed by a "
    "judge, and that the jail does not hold anyone past their release date for immigration "
    "officers. Advocates who obtained the records said the numbers were higher than the "
    "department had acknowledged at a public forum in the fall, and asked the county board "
    "to order an audit of every transfer made since January."
)
OTHER = (
    "The city council voted on Monday to fund two new libraries and a swimming pool in the "
    "east end, after a long debate about parking, bus routes and the cost of maintenance over "
    "the next decade. Residents spoke for three hours, most in favour of the pool."
)


def _facts(
    *counts: Count, agency: str = "Lakeview County Sheriff's Office",
    place: str = "Lakeview County", total: Count | None = None,
) -> TransferFacts:
    return TransferFacts(
        transfer_report=True, jurisdiction=Jurisdiction(place, "OR"), agency=Agency(agency),
        counts=counts, total=total,
    )


def test_syndicated_copy_with_own_header_and_cut_is_near_duplicate() -> None:
    copy = "By Wire Staff | Republished with permission\n\n" + STORY[: int(len(STORY) * 0.7)]
    assert near_duplicate(STORY, copy)


def test_whole_copy_with_own_header_has_close_fingerprint() -> None:
    copy = "By Wire Staff | Republished with permission\n\n" + STORY + "\nShare this story."
    assert fingerprint_distance(fingerprint(STORY), fingerprint(copy)) <= 10


def test_different_stories_are_not_near_duplicates() -> None:
    assert not near_duplicate(STORY, OTHER)
    assert fingerprint_distance(fingerprint(STORY), fingerprint(OTHER)) > 12
    assert not near_duplicate("", STORY)


def test_fingerprint_is_stable_64_bit_value() -> None:
    value = fingerprint(STORY)
    assert value == fingerprint(STORY)
    assert 0 <= value < 2**64


def test_distinct_corpus_articles_are_not_near_duplicates() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"labelled corpus not found at {CORPUS}")
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in CORPUS.glob("*.json")]
    flagged = [(a[:40], b[:40]) for a, b in itertools.combinations(texts, 2)
               if near_duplicate(a, b)]
    assert flagged == []
    assert near_duplicate(texts[0], "Editor's note: reprinted.\n\n" + texts[0])


@pytest.mark.parametrize(
    ("period", "published", "expected"),
    [
        ("XXXX-05", date(2025, 7, 1), "2025-05"),
        ("XXXX-09", date(2025, 7, 1), "2024-09"),
        ("XXXX-05", None, "XXXX-05"),
        ("2023", date(2025, 7, 1), "2023"),
    ],
)
def test_undated_month_resolves_to_last_such_month(
    period: str, published: date | None, expected: str
) -> None:
    assert resolve_period(period, published) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2025-05", "2025", True),
        ("2025-05", "2025-06", False),
        ("2025-01-01/2025-03-31", "2025-03", True),
        ("2024", "2025-01-01/2025-03-31", False),
        ("XXXX-06", "2025-06", True),
        ("XXXX-06", "2025-07", False),
        ("XXXX", "2025", None),
        ("", "2025", None),
    ],
)
def test_periods_overlap_is_three_valued(a: str, b: str, expected: bool | None) -> None:
    assert periods_overlap(a, b) is expected


def _event(event_id: str, facts: TransferFacts, published: date | None) -> EventSummary:
    return start_event(event_id, facts, story_id=f"{event_id}-first", published=published)[0]


def test_same_agency_and_period_joins_the_event() -> None:
    event = _event("E1", _facts(Count("2025-05", 8)), date(2025, 6, 10))
    match = assign_event(_facts(Count("XXXX-05", 8)), date(2025, 6, 12), [event])
    assert match is not None
    assert match.event_id == "E1"
    assert any("shared period" in r for r in match.reasons)


def test_same_agency_other_year_starts_a_new_event() -> None:
    event = _event("E1", _facts(Count("2022", 18)), date(2023, 5, 1))
    assert assign_event(_facts(Count("2023", 39)), date(2024, 5, 1), [event]) is None


def test_one_period_certainly_apart_outweighs_an_undated_one() -> None:
    event = _event("E1", _facts(Count("2023", 221), Count("XXXX", 17)), date(2024, 3, 1))
    assert assign_event(_facts(Count("2018", 717)), date(2019, 4, 1), [event]) is None


def test_undated_year_alone_is_no_conflict() -> None:
    event = _event("E1", _facts(Count("2023", 221)), date(2024, 3, 1))
    assert assign_event(_facts(Count("XXXX", 221)), None, [event]) is not None


def test_place_matches_when_one_side_lacks_the_state() -> None:
    event = _event("E1", _facts(Count("2025", 3)), None)
    stateless = TransferFacts(transfer_report=True, jurisdiction=Jurisdiction("Lakeview County",
                              None), counts=(Count("2025", 3),))
    other_state = TransferFacts(transfer_report=True, jurisdiction=Jurisdiction(
        "Lakeview County", "MT"), counts=(Count("2025", 3),))
    assert assign_event(stateless, None, [event]) is not None
    assert assign_event(other_state, None, [event]) is None


def test_other_place_and_agency_never_match() -> None:
    event = _event("E1", _facts(Count("2025-05", 8)), date(2025, 6, 10))
    other = _facts(Count("2025-05", 8), agency="Hill County Jail", place="Hill County")
    assert assign_event(other, date(2025, 6, 10), [event]) is None


def test_agency_name_matches_despite_case_and_punctuation() -> None:
    event = _event("E1", _facts(Count("2025", 3), place="Lakeview"), date(2025, 6, 10))
    facts = _facts(agency="LAKEVIEW COUNTY SHERIFFS OFFICE", place="Somewhere Else")
    assert assign_event(facts, date(2025, 6, 11), [event]) is not None


def test_story_without_dates_joins_most_recent_event_of_the_place() -> None:
    older = _event("E1", _facts(Count("2024", 40)), date(2025, 1, 5))
    newer = _event("E2", _facts(Count("2025", 12)), date(2025, 9, 5))
    match = assign_event(_facts(), None, [older, newer])
    assert match is not None
    assert match.event_id == "E2"


def test_publication_far_apart_without_shared_period_is_new_event() -> None:
    event = _event("E1", _facts(), date(2021, 1, 5))
    assert assign_event(_facts(), date(2025, 1, 5), [event]) is None


def test_not_a_transfer_report_is_never_assigned() -> None:
    event = _event("E1", _facts(Count("2025", 3)), None)
    assert assign_event(TransferFacts(), None, [event]) is None


def test_start_event_reports_first_report_and_every_fact() -> None:
    summary, changes = start_event(
        "E7", _facts(Count("2025-05", 8)), story_id="s1", published=date(2025, 6, 1)
    )
    kinds = [c.kind for c in changes]
    assert kinds == ["new_event", "new_story", "new_period"]
    assert "Lakeview County Sheriff's Office" in changes[0].detail
    assert summary.story_ids == ("s1",)
    assert (summary.jurisdiction, summary.state) == ("Lakeview County", "OR")


def test_merge_reports_new_period_and_changed_count() -> None:
    event = _event("E1", _facts(Count("2025-05", 8), Count("2025-06", 12, "more_than")),
                   date(2025, 7, 1))
    facts = _facts(Count("XXXX-06", 13), Count("XXXX-07", 5), total=Count("", 26))
    summary, changes = merge(event, facts, story_id="s2", published=date(2025, 8, 2))
    details = [c.detail for c in changes]
    assert "count for 2025-06: more than 12 -> 13" in details
    assert "new period 2025-07: 5" in details
    assert "total 26" in details
    assert [c.period for c in summary.counts] == ["2025-05", "2025-06", "2025-07"]
    assert summary.counts[1].count == 13
    assert summary.last_published == date(2025, 8, 2)
    assert summary.first_published == date(2025, 7, 1)


def test_merging_the_same_story_twice_changes_nothing() -> None:
    facts = _facts(Count("2025-05", 8), total=Count("", 8))
    event = _event("E1", facts, date(2025, 6, 1))
    summary, changes = merge(event, facts, story_id="E1-first", published=date(2025, 6, 1))
    assert changes == ()
    assert summary == event


def test_undated_count_is_replaced_by_dated_one() -> None:
    event = _event("E1", _facts(Count("XXXX-05", 8)), None)
    summary, changes = merge(event, _facts(Count("2025-05", 8)), story_id="s2", published=None)
    assert [c.period for c in summary.counts] == ["2025-05"]
    assert [c.kind for c in changes] == ["new_story"]


def test_changed_total_is_reported() -> None:
    event = _event("E1", _facts(total=Count("", 20)), None)
    _, changes = merge(event, _facts(total=Count("", 20, "more_than")), story_id="s2",
                       published=None)
    assert [c.detail for c in changes if c.kind == "total_changed"] == [
        "total: 20 -> more than 20"
    ]


def test_same_agency_name_in_another_state_is_another_event() -> None:
    oregon = _facts(Count("2025-05", 8), agency="Department of Corrections", place="Marion County")
    event = _event("E1", oregon, date(2025, 6, 10))
    indiana = TransferFacts(
        transfer_report=True, jurisdiction=Jurisdiction("Marion County", "IN"),
        agency=Agency("Department of Corrections"), counts=(Count("2025-05", 8),),
    )
    assert assign_event(indiana, date(2025, 6, 11), [event]) is None
    assert assign_event(oregon, date(2025, 6, 11), [event]) is not None


def test_rebuild_folds_members_in_order_like_merging_one_by_one() -> None:
    first = _facts(Count("2025-05", 9))
    second = _facts(Count("2025-05", 11), total=Count("", 11))
    rebuilt = rebuild("E1", [("a", first, date(2025, 6, 10)), ("b", second, date(2025, 6, 12))])
    stepwise, _ = merge(_event("E1", first, date(2025, 6, 10)), second, story_id="b",
                        published=date(2025, 6, 12))
    assert [(c.period, c.count) for c in rebuilt.counts] == [("2025-05", 11)]
    assert rebuilt.story_ids == ("a", "b")
    assert (rebuilt.counts, rebuilt.total) == (stepwise.counts, stepwise.total)
    assert (rebuilt.first_published, rebuilt.last_published) == (date(2025, 6, 10),
                                                                 date(2025, 6, 12))


def test_summary_changes_reports_only_what_differs() -> None:
    old = rebuild("E1", [("a", _facts(Count("2025-05", 9)), date(2025, 6, 10))])
    same = rebuild("E1", [("a", _facts(Count("2025-05", 9)), date(2025, 6, 10)),
                          ("b", _facts(Count("2025-05", 9)), date(2025, 6, 11))])
    assert summary_changes(old, same) == ()
    new = rebuild("E1", [("a", _facts(Count("2025-05", 10), Count("2025-06", 4),
                                      total=Count("", 14)), date(2025, 7, 1))])
    assert [(c.kind, c.detail) for c in summary_changes(old, new)] == [
        ("count_changed", "count for 2025-05: 9 -> 10"),
        ("new_period", "new period 2025-06: 4"),
        ("new_total", "total 14"),
    ]
    assert summary_changes(new, old) == (
        Change("count_changed", "count for 2025-05: 10 -> 9"),
    )

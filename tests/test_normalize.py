"""Normalization of one story (pure): text choice, facts, fingerprints, JSON forms, flag texts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.article import ArticleText
from pipeline.events import Change, EventSummary, fingerprint
from pipeline.facts import (
    Agency,
    AgeRange,
    Count,
    Evidence,
    Jurisdiction,
    LegalBasis,
    Nationality,
    Official,
    TransferFacts,
)
from pipeline.normalize import (
    StoryInput,
    assess_story,
    fact_rows,
    facts_from_json,
    facts_to_json,
    normalize,
    signed64,
    summary_from_json,
    summary_to_json,
)
from pipeline.relevance import Relevance
from pipeline.store.events import change_flag, event_key, first_report
from pipeline.topic import default_topic

REPORT = (
    "The Birch County Sheriff's Office in Montana turned over 7 people held in the county jail "
    "to ICE in April, according to records released this week. The sheriff said each transfer "
    "followed a detainer request from federal immigration authorities, and advocates asked the "
    "county board for a public hearing on the jail's cooperation with ICE."
)
SUMMARY = "Birch County jail turned over 7 people to ICE in April, records show."
RELATED = Relevance(True, 9.0, ("to ICE",))
UNRELATED = Relevance(False, 0.5, ("county",))


def story(**overrides: object) -> StoryInput:
    values: dict[str, object] = {
        "id": 5, "title": "Birch County jail turned over 7 people to ICE", "summary_text": SUMMARY,
        "published_at": datetime(2025, 5, 20, 10, tzinfo=UTC), "published_estimated": False,
        "outlet": "Birch Bugle", "authors": (), "url": "https://bugle.example/a",
    }
    values.update(overrides)
    return StoryInput(**values)  # type: ignore[arg-type]


def article(text: str = REPORT, **overrides: object) -> ArticleText:
    values: dict[str, object] = {
        "text": text, "title": "Jail transfers", "authors": ("R. Writer",),
        "published": datetime(2025, 5, 19, tzinfo=UTC), "language": "en", "site_name": None,
        "canonical_url": "https://bugle.example/a",
    }
    values.update(overrides)
    return ArticleText(**values)  # type: ignore[arg-type]


def test_relevance_is_decided_on_title_and_feed_summary() -> None:
    assert assess_story(story(), default_topic()).related
    dull = story(title="Library book sale on Saturday", summary_text="Books for one dollar.")
    assert not assess_story(dull, default_topic()).related


def test_unrelated_story_keeps_its_summary_and_gets_no_facts() -> None:
    record = normalize(story(), UNRELATED, article())
    assert (record.text, record.text_source, record.facts) == (SUMMARY, "feed_summary", None)
    assert not record.transfer_report
    assert record.page_url is None


def test_related_story_takes_page_text_metadata_and_facts_with_evidence() -> None:
    record = normalize(story(), RELATED, article())
    assert (record.text, record.text_source, record.language) == (REPORT, "page", "en")
    assert record.page_url == "https://bugle.example/a"
    assert record.authors == ("R. Writer",)  # the feed named none
    assert record.facts is not None
    assert record.transfer_report
    assert [(c.period, c.count) for c in record.facts.counts] == [("2025-04", 7)]
    ev = record.facts.counts[0].evidence
    assert ev is not None
    assert record.text[ev.start:ev.end] == ev.sentence


def test_page_shorter_than_the_summary_loses_to_the_summary() -> None:
    record = normalize(story(), RELATED, article(text="Subscribe to read."))
    assert (record.text, record.text_source) == (SUMMARY, "feed_summary")


def test_without_a_page_the_summary_is_normalized() -> None:
    record = normalize(story(summary_text=REPORT), RELATED, None)
    assert record.text_source == "feed_summary"
    assert record.transfer_report


def test_guessed_feed_date_gives_way_to_the_page_date() -> None:
    guessed = story(published_estimated=True, published_at=datetime(2025, 9, 1, tzinfo=UTC))
    assert normalize(guessed, RELATED, article()).published == date(2025, 5, 19)
    assert normalize(story(), RELATED, article()).published == date(2025, 5, 20)


@pytest.mark.parametrize("unsigned", [0, 1, 2**63 - 1, 2**63, 2**64 - 1, fingerprint(REPORT)])
def test_fingerprint_is_stored_as_signed_bigint_without_loss(unsigned: int) -> None:
    value = signed64(unsigned)
    assert -(2**63) <= value < 2**63
    assert value & (2**64 - 1) == unsigned


def full_facts() -> TransferFacts:
    ev = Evidence(0, 10, "Some text.")
    return TransferFacts(
        transfer_report=True,
        jurisdiction=Jurisdiction("Birch County", "MT", ev),
        agency=Agency("Birch County Sheriff's Office", ev),
        counts=(Count("2025-04", 7, "exact", ev), Count("XXXX-05", 3, "more_than")),
        total=Count("", 10, "about"),
        nationalities=(Nationality("Mexico", 2, ev),),
        age_range=AgeRange(20, 41, ev),
        legal_basis=(LegalBasis("detainer", ev),),
        historical=(Count("2019", 40, "exact", ev),),
        officials=(Official("Pat Doe", "Sheriff", ev),),
    )


def test_facts_survive_their_json_form() -> None:
    facts = full_facts()
    assert facts_from_json(facts_to_json(facts)) == facts


def test_fact_rows_hold_one_row_per_fact_with_offsets() -> None:
    found = fact_rows(5, full_facts())
    kinds = [r["kind"] for r in found]
    assert kinds == ["jurisdiction", "agency", "count", "count", "total", "historical",
                     "nationality", "age_range", "legal_basis", "official"]
    assert (found[0]["name"], found[0]["state"]) == ("Birch County", "MT")
    assert (found[0]["evidence_start"], found[0]["evidence_end"]) == (0, 10)
    assert found[3]["evidence_start"] is None
    assert found[3]["qualifier"] == "more_than"
    assert (found[7]["low"], found[7]["high"]) == (20, 41)


def test_event_summary_survives_its_json_form() -> None:
    summary = EventSummary("9", "Birch County", "MT", "Birch County Sheriff's Office",
                           (Count("2025-04", 7),), Count("", 7), ("5", "6"),
                           date(2025, 5, 1), date(2025, 5, 20))
    assert summary_from_json("9", summary_to_json(summary)) == summary


def test_event_key_names_place_state_and_first_dated_period() -> None:
    summary = EventSummary("1", "Birch County", "MT", None,
                           (Count("XXXX-03", 1), Count("2025-05", 2), Count("2025-04", 7)))
    assert event_key(summary, date(2025, 6, 1)) == "birch-county-mt-2025-04"
    undated = EventSummary("1", None, None, "St. Mary's Police")
    assert event_key(undated, date(2025, 6, 1)) == "st-marys-police-2025-06"


def test_first_report_reads_like_a_sentence() -> None:
    one = EventSummary("1", "Birch County", "MT", "Birch County Sheriff's Office",
                       (Count("2025-04", 7),))
    flag = first_report(one, (Change("new_event", "x"), Change("new_period", "p")), "k")
    assert flag.reason == "First report: Birch County Sheriff's Office handed 7 people to ICE " \
                          "(2025-04)"
    assert (flag.kind, flag.dedupe_key, flag.changes) == ("new_event", "new_event:k", ("x", "p"))


def test_change_flag_only_for_changes_in_what_is_known() -> None:
    assert change_flag(1, 2, (Change("new_story", "story 2"),)) is None
    changed = change_flag(1, 2, (Change("count_changed", "count for 2025-06: more than 12 -> 13"),))
    assert changed is not None
    assert changed.reason == "Changed: count for 2025-06: more than 12 -> 13"
    again = change_flag(1, 2, (Change("count_changed", "count for 2025-06: more than 12 -> 13"),))
    other = change_flag(1, 2, (Change("count_changed", "count for 2025-06: 13 -> 14"),))
    assert again is not None
    assert other is not None
    assert again.dedupe_key == changed.dedupe_key != other.dedupe_key

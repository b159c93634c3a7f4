"""Phrasing families of the sixth round: months with no handovers, interviews in question and
answer form, partial months, "that year" and "that same quarter", a running total named far
from its window, nationalities in parentheses or as "N citizens of X", bases stated in the
first person, and facts set apart as "not immigration cases"."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_facts
from pipeline.facts import TransferFacts

JANUARY = date(2026, 1, 14)
NOVEMBER = date(2026, 11, 6)

Figures = list[tuple[str, int, str]]


def _counts(facts: TransferFacts) -> Figures:
    return [(c.period, c.count, c.qualifier) for c in facts.counts]


def _history(facts: TransferFacts) -> Figures:
    return [(c.period, c.count, c.qualifier) for c in facts.historical]


# --- months with no handovers ---------------------------------------------------------------

def test_none_in_a_month_between_listed_figures_is_a_zero_count() -> None:
    facts = extract_facts(
        "The Plano Police Department's lockup turned over six people to ICE in October, none "
        "in November and 11 in December, a city report shows.", published=JANUARY)
    assert _counts(facts) == [("2025-10", 6, "exact"), ("2025-11", 0, "exact"),
                              ("2025-12", 11, "exact")]


def test_no_one_transferred_in_a_month_is_a_zero_count() -> None:
    facts = extract_facts(
        "Plano police handed 17 people to federal immigration officers from October through "
        "December, the city said.\n\nNo one was transferred in November, a spokesman said, "
        "because ICE stopped collecting people from city jails for several weeks.",
        published=JANUARY)
    assert ("2025-11", 0, "exact") in _counts(facts)
    assert ("2025-10-01/2025-12-31", 17, "exact") in _counts(facts)


def test_none_without_listed_figures_is_no_count() -> None:
    facts = extract_facts(
        "The Plano Police Department turned people over to ICE last year, but none in "
        "November, a spokesman said.", published=JANUARY)
    assert _counts(facts) == []


def test_no_one_transferred_with_no_period_is_no_count() -> None:
    facts = extract_facts(
        "The Plano Police Department handed nine people to ICE in October. No one was "
        "transferred after the policy changed, a spokesman said.", published=JANUARY)
    assert _counts(facts) == [("2025-10", 9, "exact")]


# --- interviews -----------------------------------------------------------------------------

INTERVIEW = (
    "Tulsa County Sheriff Mara Quinlan spoke with the Plains Record a week after her office "
    "published its quarterly figures on people released from the county jail to U.S. "
    "Immigration and Customs Enforcement.\n\n"
    "Q: How many people did the jail hand over to ICE this summer?\n\n"
    "QUINLAN: From July 1 to Sept. 30 it was 143.\n\n"
    "Q: How does that compare with a year ago?\n\n"
    "QUINLAN: In that same quarter last year it was 97.\n\n"
    "Q: Your jail holds about 1,700 people. How many detainers came in?\n\n"
    "QUINLAN: About 190. Not all of them ended in a transfer."
)


def test_an_answer_to_a_question_about_handovers_is_a_count() -> None:
    facts = extract_facts(INTERVIEW, published=date(2026, 10, 20))
    assert _counts(facts) == [("2026-07-01/2026-09-30", 143, "exact")]
    assert _history(facts) == [("2025-07-01/2025-09-30", 97, "exact")]


def test_the_interviewed_sheriff_is_an_official_and_her_office_the_agency() -> None:
    facts = extract_facts(INTERVIEW, published=date(2026, 10, 20))
    assert [o.name for o in facts.officials] == ["Mara Quinlan"]
    assert facts.agency is not None
    assert facts.agency.name == "Tulsa County Sheriff's Office"


def test_an_answer_to_another_question_is_no_count() -> None:
    facts = extract_facts(INTERVIEW, published=date(2026, 10, 20))
    assert all(c.count != 190 for c in (*facts.counts, *facts.historical))


def test_a_named_jail_stays_the_agency_when_the_sheriff_speaks_of_her_office() -> None:
    facts = extract_facts(
        "Inmates were led from the Tulsa County Jail to an ICE van on Tuesday. Tulsa County "
        "Sheriff Mara Quinlan said her office had handed 12 people to ICE in May.",
        published=date(2025, 6, 10))
    assert facts.agency is not None
    assert facts.agency.name == "Tulsa County Jail"


# --- periods ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "counts", "history"), [
    ("The Ramsey County Sheriff's Office released 23 people to ICE officers during the first "
     "12 days of November, up from 14 in all of October.",
     [("2026-11-01/2026-11-12", 23, "exact")], [("2026-10", 14, "exact")]),
    ("The Ramsey County Sheriff's Office handed 41 people to ICE in 2026. The state's detainer "
     "law took effect in March 2019. That year, 88 people were transferred from the jail to "
     "ICE.",
     [("2026", 41, "exact")], [("2019", 88, "exact")]),
    # a running total named far from its window
    ("Thirty-one people held at Ramsey County's Adult Detention Center in St. Paul have been "
     "handed over to U.S. Immigration and Customs Enforcement over the past four weeks. Twelve "
     "of those transfers happened in October.",
     [("2026-10", 12, "exact")], []),
], ids=["first-days-of-month", "that-year", "far-window"])
def test_periods(text: str, counts: Figures, history: Figures) -> None:
    facts = extract_facts(text, published=NOVEMBER)
    assert _counts(facts) == counts
    assert _history(facts) == history


def test_a_running_total_named_far_from_its_window_is_the_total() -> None:
    facts = extract_facts(
        "Thirty-one people held at Ramsey County's Adult Detention Center in St. Paul have been "
        "handed over to U.S. Immigration and Customs Enforcement over the past four weeks. "
        "Twelve of those transfers happened in October.", published=NOVEMBER)
    assert facts.total is not None
    assert (facts.total.count, facts.total.qualifier) == (31, "exact")


def test_covering_a_span_of_days_dates_the_bullet_list_that_follows() -> None:
    facts = extract_facts(
        "The Ramsey County Sheriff's Office released figures on its jail transfers to ICE.\n\n"
        "Here are the figures for the jail, covering Oct. 1 through Oct. 19:\n\n"
        "- People released to ICE: 17\n- Detainers received: 29", published=NOVEMBER)
    assert _counts(facts) == [("2026-10-01/2026-10-19", 17, "exact")]


# --- nationalities, ages ----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Most of the 44 came from Mexico (20), Guatemala (11) and Honduras (eight).",
     {"Mexico": 20, "Guatemala": 11, "Honduras": 8}),
    ("Among the 30 people transferred were 14 citizens of Mexico and five of Venezuela.",
     {"Mexico": 14, "Venezuela": 5}),
], ids=["parenthesized", "citizens-of-without-verb"])
def test_nationalities(sentence: str, expected: dict[str, int]) -> None:
    facts = extract_facts(
        "The Polk County Sheriff's Office handed 44 people to ICE in May. " + sentence,
        published=date(2025, 6, 10))
    assert {n.country: n.count for n in facts.nationalities} == expected


def test_ages_in_a_bullet_without_verbs() -> None:
    facts = extract_facts(
        "The Polk County Sheriff's Office handed 44 people to ICE in May.\n\n"
        "- Ages of those handed to ICE: youngest 19, oldest 62", published=date(2025, 6, 10))
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (19, 62)


# --- legal basis, officials, jurisdiction -----------------------------------------------------

@pytest.mark.parametrize(("text", "kinds"), [
    ('The Polk County Sheriff\'s Office handed 44 people to ICE in May. "When ICE lodges a '
     'detainer on someone in our jail, we honor it," the sheriff said.', {"detainer"}),
    ('The Polk County Sheriff\'s Office handed 44 people to ICE in May. "If ICE sends a '
     'detainer, we hold the person up to 48 hours," a captain said.', {"detainer"}),
    ("The Polk County Sheriff's Office handed 44 people to ICE in May. It also sent three "
     "people to Georgia on criminal warrants, which were not immigration cases.", set()),
], ids=["we-honor-it", "we-hold", "not-immigration-cases"])
def test_legal_basis(text: str, kinds: set[str]) -> None:
    facts = extract_facts(text, published=date(2025, 6, 10))
    assert {b.kind for b in facts.legal_basis} == kinds


def test_ice_named_before_a_spokesperson_is_no_official() -> None:
    facts = extract_facts(
        "The Polk County Sheriff's Office handed 44 people to ICE in May. All had convictions "
        "that allow a jail to work with U.S. Immigration and Customs Enforcement, a sheriff's "
        "spokesperson said.", published=date(2025, 6, 10))
    assert facts.officials == ()


def test_a_county_named_after_a_sentence_end_is_not_joined_to_it() -> None:
    facts = extract_facts(
        "The Blue Ridge Regional Jail Authority handed 40 people to ICE in July. The authority "
        "serves four localities, among them the city of Salem. In Floyd County, supervisors "
        "want out.", published=date(2025, 8, 10))
    assert facts.jurisdiction is not None
    assert "." not in facts.jurisdiction.name

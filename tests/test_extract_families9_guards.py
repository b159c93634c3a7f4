"""Guards for the ninth round's rules: sentences next to each new rule's phrasing that it must
leave alone (found by two second readers of the rules, each reproduced before the fix)."""

from __future__ import annotations

from datetime import date

import pytest

from factkit import Figures, counts, history, place
from pipeline.extract import extract_facts

SEPTEMBER = date(2025, 9, 20)


# --- what is a handover ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Dale County Sheriff's Office turned 14 inmates over in July to neighboring Coffee "
    "County, which had warrants for them. The sheriff has not signed an agreement with ICE.",
    "The Dale County jail turned 9 prisoners over during the flood to the Henry County jail. "
    "ICE agents have never set foot in the jail, the sheriff said.",
    "Eleven people went from the Tift County jail into the custody of the U.S. Bureau of "
    "Prisons in March after federal sentencing, the sheriff said. ICE was not involved.",
    "The Tift County Sheriff's Office does not honor ICE detainers. In August, the jail put 31 "
    "people into the hands of immigration attorneys from a volunteer clinic.",
    "The Dale County Sheriff's Office plans to put about 40 inmates a month into the custody of "
    "ICE starting in October, Sheriff Ray Dunn said.",
])
def test_handovers_to_others_or_planned_are_no_transfer_report(text: str) -> None:
    assert not extract_facts(text, published=SEPTEMBER).transfer_report


@pytest.mark.parametrize(("text", "expected"), [
    ("The Hardin County Sheriff's Office released the records showing it handed 40 people to "
     "ICE in 2024.", [("2024", 40, "exact")]),
    ("The Wexford County Sheriff's Office works with ICE. Its jail released 45 people to the "
     "agency in 2025, while 22 others went to the U.S. Marshals, the office said.",
     [("2025", 45, "exact")]),
])
def test_handovers_beside_papers_and_the_marshals_still_count(
        text: str, expected: Figures) -> None:
    assert counts(extract_facts(text, published=SEPTEMBER)) == expected


# --- counts ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a part with an open start is no total and leaves the year a count
    ("The Forrest County Sheriff's Office has released more than 60 people to ICE this year, "
     "with 21 of those coming since October.", [("2025", 60, "more_than")]),
    # periods named first, but the later figure counts other things
    ("In July, 22 inmates were handed to ICE from the Dale County jail, and in August, 410 were "
     "booked.", [("2025-07", 22, "exact")]),
    # denials aimed at others or with a condition give no zero
    ("The Dale County Sheriff's Office turned eight people over to ICE in July, and did not hand "
     "anyone over to the U.S. Marshals in June.", [("2025-07", 8, "exact")]),
    ("The Dale County jail turned eight people over to ICE in July. In June it did not release "
     "anyone on bond.", [("2025-07", 8, "exact")]),
    # "no one" is no one
    ("The Dale County Sheriff's Office handed no one over to ICE in June, but turned eight "
     "people over to ICE in July.", [("2025-07", 8, "exact")]),
    # a figure flagged or sent elsewhere
    ("The Dale County jail released 12 inmates to ICE in August after flagging 40 to ICE in "
     "July.", [("2025-08", 12, "exact")]),
    ("The Dale County jail released 12 people to ICE in August and sent 20 to a Georgia prison "
     "in July.", [("2025-08", 12, "exact")]),
    # a part in a week has no closed period of its own
    ("The Forrest County jail turned 80 people over to ICE in 2024, 30 of those during a single "
     "week in March.", [("2024", 80, "exact")]),
    # a part described, not a quarter's count
    ("The Forrest County jail turned 80 people over to ICE in 2024; 30 of them in the first "
     "quarter were held past their release dates.", [("2024", 80, "exact")]),
    ("The Dale County Sheriff's Office turned a few dozen people over to ICE in July.",
     [("2025-07", 36, "about")]),
])
def test_near_misses_of_the_new_count_rules(text: str, expected: Figures) -> None:
    assert counts(extract_facts(text, published=SEPTEMBER)) == expected


def test_a_zero_month_whose_aside_names_another_errand() -> None:
    facts = extract_facts(
        "The Dale County jail turned eight people over to ICE in August. No one was transferred "
        "in July, when the only deputy assigned to coordinate with ICE was on leave.",
        published=SEPTEMBER)
    assert ("2025-07", 0, "exact") in counts(facts)


@pytest.mark.parametrize("sentence", [
    "That puts the number of deputies trained under the 287(g) agreement in April at 12.",
    "That puts the count of detainer requests for April at 33.",
    "The February figure of seven detainer requests and the April figure of 40 bookings stand "
    "as reported.",
])
def test_corrections_of_other_figures_count_nothing(sentence: str) -> None:
    facts = extract_facts("The Dale County Sheriff's Office turned 10 people over to ICE in "
                          "March, Sheriff Roy Beck said. The office has since corrected its "
                          "report. " + sentence, published=date(2025, 7, 20))
    assert counts(facts) == [("2025-03", 10, "exact")]


def test_another_countys_opening_figure_is_no_count() -> None:
    facts = extract_facts(
        "Benton County's jail turned 90 people over to ICE in 2024, the most in the region. In "
        "Dale County, the sheriff's office handed 6 people to ICE in January and 4 in February.",
        published=date(2025, 4, 10))
    assert counts(facts) == [("2025-01", 6, "exact"), ("2025-02", 4, "exact")]


def test_a_running_total_since_then_in_a_year_is_that_years_count() -> None:
    facts = extract_facts(
        "Forrest County signed its agreement with ICE in 2023. Since then, in 2025, the Forrest "
        "County Sheriff's Office turned 40 people over to ICE.", published=date(2026, 1, 20))
    assert counts(facts) == [("2025", 40, "exact")]


# --- other facts -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Warren County (N.J.) Sheriff's Office released 14 people to ICE in August, the sheriff "
     "said.", ("Warren County", "NJ")),
    ("The Warren County Sheriff's Office in upstate N.Y. released 14 people to ICE in August, "
     "the sheriff said.", ("Warren County", "NY")),
    ("The Montgomery County Sheriff's Office in Clarksville, Tennessee, handed 26 people to ICE "
     "in 2025. Across the state line, the Christian County Fiscal Court voted to hire more "
     "jailers; the Fiscal Court also set the jail budget, and the Fiscal Court meets monthly.",
     ("Montgomery County", "TN")),
    ("St. John the Baptist Parish Sheriff Mike Tran said the jail follows the law. In 2025, the "
     "sheriff's office released 14 people to ICE, he said.",
     ("St. John the Baptist Parish", "LA")),
])
def test_state_clues_beside_the_new_ones(text: str, expected: tuple[str, str]) -> None:
    assert place(extract_facts(text, published=SEPTEMBER)) == expected


@pytest.mark.parametrize("sentence", [
    "\"When ICE sends us a detainer without a judge's signature, as it did 14 times last month "
    "for people booked on misdemeanors, we hold nobody on it,\" Sheriff Ray Dunn said.",
    "ICE lodged a dozen detainers at the jail over the year.",
    "ICE lodged no detainers at the jail this year.",
])
def test_detainers_refused_or_counted_are_no_basis(sentence: str) -> None:
    facts = extract_facts("The Dale County Sheriff's Office turned 40 people over to ICE in "
                          "2025 on judicial warrants. " + sentence, published=SEPTEMBER)
    assert {b.kind for b in facts.legal_basis} == {"judicial_warrant"}


def test_consular_visits_are_no_breakdown() -> None:
    facts = extract_facts(
        "The Dale County Sheriff's Office turned 40 people over to ICE in 2025. Mexico is the "
        "first with 171 consular visits to the jail this year, followed by Guatemala with 88 "
        "visits.", published=SEPTEMBER)
    assert facts.nationalities == ()


@pytest.mark.parametrize(("sentence", "names"), [
    ("\"We follow the law,\" said Sheriff Don Michael Barnes.", ["Don Michael Barnes"]),
    ("Daniel Truong, a Supervisor at the Tyson plant, said workers were afraid.", []),
    ("Paul Kemper, chairman of the committee that wants to unseat the governor, said the "
     "transfers must stop.", []),
    ("Coalition Treasurer Maria Lopez said the group would sue.", []),
    ("Protesters gathered outside the office of Sheriff Dale Prentiss on Monday. One of them, a "
     "retired teacher, said she told deputies she would return every week.", []),
    ("The Sheriff, Daniel Truong, said the office follows the law.", ["Daniel Truong"]),
])
def test_officials_beside_the_new_title_rules(sentence: str, names: list[str]) -> None:
    facts = extract_facts("The Tanner County Sheriff's Office released 30 people to ICE in "
                          "2025. " + sentence, published=SEPTEMBER)
    assert [o.name for o in facts.officials] == names


def test_history_beside_a_comparison_list() -> None:
    facts = extract_facts(
        "The Forrest County jail handed 45 people to ICE this year, compared with about 20 all "
        "of last year.", published=date(2025, 6, 10))
    assert history(facts) == [("2024", 20, "about")]

"""Phrasing families of the fifteenth round: consolidated city-county governments, a single
handover told in words, how often a stated practice was used, a question and its answer in one
sentence, an answer's period narrowed after it, and people handed over one by one."""

from __future__ import annotations

from datetime import date

from factkit import counts, history, place, total
from pipeline.extract import extract_facts

APRIL = date(2025, 4, 23)
OCTOBER = date(2025, 10, 16)
FEBRUARY = date(2026, 2, 10)


def _bases(text: str) -> list[str]:
    return sorted(b.kind for b in extract_facts(text, published=APRIL).legal_basis)


# --- places -----------------------------------------------------------------------------------

def test_a_consolidated_city_county_is_in_the_state_that_has_both() -> None:
    facts = extract_facts("The Macon-Bibb County jail turned nine people over to ICE in March, "
                          "the sheriff said.", published=APRIL)
    assert place(facts) == ("Macon-Bibb County", "GA")


def test_a_consolidated_city_county_goes_to_the_state_where_the_city_is_far_the_biggest() -> None:
    facts = extract_facts("The Athens-Clarke County Jail handed 14 inmates to ICE in 2024, the "
                          "sheriff said.", published=APRIL)
    assert place(facts) == ("Athens-Clarke County", "GA")


def test_a_hyphenated_county_whose_city_is_elsewhere_gets_no_state() -> None:
    facts = extract_facts("The Fresno-Clarke County Jail handed 14 inmates to ICE in 2024, the "
                          "sheriff said.", published=APRIL)
    assert place(facts) == ("Fresno-Clarke County", None)


def test_a_metro_police_department_serves_its_city() -> None:
    facts = extract_facts("The Metro Nashville Police Department handed three people to ICE in "
                          "March, Chief Lena Ortiz said.", published=APRIL)
    assert place(facts) == ("Nashville", "TN")


# --- a single handover in words ---------------------------------------------------------------

def test_a_first_transfer_that_is_so_far_the_only_one_counts_one_for_the_year() -> None:
    facts = extract_facts(
        "The Yell County Sheriff's Office released a woman to ICE on Tuesday under a judge's "
        "sentencing order. It was the office's first transfer to ICE this year, and so far its "
        "only one. The office handed five people to ICE in 2024.", published=OCTOBER)
    assert counts(facts) == [("2025", 1, "exact")]
    assert history(facts) == [("2024", 5, "exact")]


def test_the_only_one_without_a_first_transfer_is_no_count() -> None:
    facts = extract_facts(
        "The Yell County Sheriff's Office released a woman to ICE on Tuesday. She was the only "
        "one the deputies had booked on the charge this year.", published=OCTOBER)
    assert counts(facts) == []


# --- how often a practice was used ------------------------------------------------------------

def test_a_practice_then_how_many_times_it_happened_in_a_year_is_a_count() -> None:
    facts = extract_facts(
        "The Barrow County jail hands people to ICE only when agents bring a judicial warrant. "
        "In 2025, that happened 22 times, Sheriff Noel Pike said. In 2024 it happened nine "
        "times.", published=FEBRUARY)
    assert facts.transfer_report
    assert counts(facts) == [("2025", 22, "exact")]
    assert history(facts) == [("2024", 9, "exact")]


def test_last_year_that_happened_so_many_times_is_last_years_count() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office turned inmates over to ICE on detainers. Last year "
        "that happened 140 times, records show.", published=FEBRUARY)
    assert counts(facts) == [("2025", 140, "exact")]


def test_how_often_something_else_happened_after_a_practice_is_no_report() -> None:
    facts = extract_facts(
        "The Barrow County jail hands people to ICE only when agents bring a judicial warrant. "
        "In 2025, the roof leaked 22 times, Sheriff Noel Pike said.", published=FEBRUARY)
    assert not facts.transfer_report


# --- a question and its answer in one sentence ------------------------------------------------

def test_asked_how_many_then_said_about_a_figure_gives_that_periods_count() -> None:
    facts = extract_facts(
        "The Smith County jail released people to ICE last year. Asked how many, the sheriff "
        'said, "About 40, give or take."', published=APRIL)
    assert counts(facts) == [("2024", 40, "about")]


def test_asked_how_many_people_it_released_then_a_bare_figure_is_a_count() -> None:
    facts = extract_facts(
        "The Smith County jail released people to ICE last year. Asked how many people it "
        "released, Sheriff Tom Bell said about 40.", published=APRIL)
    assert counts(facts) == [("2024", 40, "about")]


def test_asked_how_many_about_something_else_is_no_count() -> None:
    facts = extract_facts(
        "The Smith County jail released 12 people to ICE last year. Asked how many beds the jail "
        "has, Sheriff Tom Bell said about 400.", published=APRIL)
    assert counts(facts) == [("2024", 12, "exact")]


# --- an answer's period narrowed --------------------------------------------------------------

def test_an_answers_figure_takes_the_shorter_period_told_right_after_it() -> None:
    facts = extract_facts(
        "The Tillamook County Sheriff's Office runs the county jail. We spoke with the sheriff on "
        "Monday.\n\nQ: How many people did the jail hand over to ICE this year?\n\nSHERIFF: Two. "
        "Both between January and the end of March. There have been none since.",
        published=APRIL)
    assert counts(facts) == [("2025-01-01/2025-03-31", 2, "exact")]


def test_a_later_period_outside_the_answers_own_is_no_narrowing() -> None:
    facts = extract_facts(
        "The Tillamook County Sheriff's Office runs the county jail.\n\nQ: How many people did "
        "the jail hand over to ICE last year?\n\nSHERIFF: Two. Both in March of this year were "
        "refused.", published=APRIL)
    assert counts(facts) == [("2024", 2, "exact")]


# --- people one by one ------------------------------------------------------------------------

_TWO_MEN = (
    "The Lincoln County jail released two men to immigration agents earlier this year, Sheriff "
    "Ann Dole said Tuesday.\n\nThe first, a 31-year-old from Honduras, was handed to ICE officers "
    "in mid-January after a judge released him on a theft charge. The second, a 52-year-old "
    "from Mexico, was turned over in early March, on the day his sentence ended.")


def test_people_handed_over_one_by_one_give_each_month_a_count_of_one() -> None:
    facts = extract_facts(_TWO_MEN, published=APRIL)
    assert counts(facts) == [("2025", 2, "exact"), ("2025-01", 1, "exact"),
                             ("2025-03", 1, "exact")]
    assert total(facts) == ("2025", 2, "exact")


def test_one_person_told_alone_gives_no_count_of_his_own() -> None:
    facts = extract_facts(
        "The Lincoln County jail released two men to immigration agents earlier this year. The "
        "first, a 31-year-old from Honduras, was handed to ICE officers in mid-January.",
        published=APRIL)
    assert counts(facts) == [("2025", 2, "exact")]


def test_people_one_by_one_give_way_to_a_figure_for_their_month() -> None:
    facts = extract_facts(
        "The Lincoln County jail released four men to ICE in March and two in January, Sheriff "
        "Ann Dole said.\n\nThe first, a 31-year-old from Honduras, was handed to ICE in "
        "mid-January. The second, a 52-year-old from Mexico, was turned over in early March.",
        published=APRIL)
    assert counts(facts) == [("2025-01", 2, "exact"), ("2025-03", 4, "exact")]


# --- legal basis ------------------------------------------------------------------------------

def test_none_of_them_handed_over_without_a_judicial_warrant_requires_one() -> None:
    assert _bases("The Davidson County Sheriff's Office turned 12 inmates over to ICE in May. "
                  "None of the inmates was handed over without a judicial warrant, Sheriff "
                  "Dara Hill said.") == ["judicial_warrant"]


def test_no_one_released_without_a_judges_order_is_no_basis_for_ice_handovers() -> None:
    assert _bases("The Davidson County Sheriff's Office turned 12 inmates over to ICE in May. "
                  "No one is released from the jail without a judge's order, Sheriff Dara Hill "
                  "said.") == []

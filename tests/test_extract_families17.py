"""Phrasing families of the seventeenth round: "the year before" a year named in the same
sentence, and a second "N times" after "did so N times"."""

from __future__ import annotations

from datetime import date

from factkit import counts, history, total
from pipeline.extract import extract_facts

NOVEMBER = date(2025, 11, 10)


# --- history ----------------------------------------------------------------------------------

def test_the_year_before_a_named_earlier_year_is_the_year_before_that_one() -> None:
    facts = extract_facts(
        "The Lowndes County jail released 30 inmates to ICE this year. The number was five in "
        "2023, compared with two the year before.", published=NOVEMBER)
    assert history(facts) == [("2022", 2, "exact"), ("2023", 5, "exact")]


def test_the_year_before_after_a_baseline_list_steps_back_from_its_year() -> None:
    facts = extract_facts(
        "The Lowndes County jail released 30 inmates to ICE this year, up from 12 in 2023 and 20 "
        "the year before.", published=NOVEMBER)
    assert history(facts) == [("2022", 20, "exact"), ("2023", 12, "exact")]


def test_the_year_before_with_no_earlier_year_named_is_the_reported_years() -> None:
    facts = extract_facts(
        "The Lowndes County jail released 30 inmates to ICE this year, compared with 20 the year "
        "before.", published=NOVEMBER)
    assert history(facts) == [("2024", 20, "exact")]


# --- counts -----------------------------------------------------------------------------------

def test_a_second_times_after_did_so_is_a_figure_too() -> None:
    facts = extract_facts(
        "The Lowndes County Sheriff's Office handed people to ICE. It did so 27 times in 2024 "
        "and 14 times in the first half of 2025.", published=NOVEMBER)
    assert counts(facts) == [("2025-01-01/2025-06-30", 14, "exact")]
    assert history(facts) == [("2024", 27, "exact")]


def test_a_second_times_after_that_happened_is_a_figure_too() -> None:
    facts = extract_facts(
        "The Lowndes County Sheriff's Office hands inmates over to ICE. That happened 40 times in "
        "2024 and 22 times so far this year.", published=NOVEMBER)
    assert counts(facts) == [("2025", 22, "exact")]
    assert history(facts) == [("2024", 40, "exact")]


def test_a_ratio_in_times_after_did_so_is_no_figure() -> None:
    facts = extract_facts(
        "The Lowndes County Sheriff's Office handed people to ICE. It did so 27 times in 2024, "
        "three times as often as in 2023.", published=NOVEMBER)
    assert counts(facts) == [("2024", 27, "exact")]


def test_that_makes_n_for_the_year_after_a_month_is_the_years_count() -> None:
    facts = extract_facts(
        "The Lowndes County Sheriff's Office turned over nine people to ICE in October. That "
        "makes 12 for the year.", published=NOVEMBER)
    assert counts(facts) == [("2025", 12, "exact"), ("2025-10", 9, "exact")]
    assert total(facts) == ("2025", 12, "exact")


def test_that_makes_n_for_the_year_of_other_things_is_no_count() -> None:
    facts = extract_facts(
        "The Lowndes County jail booked 900 people in October. That makes 8,000 for the year. It "
        "handed nine people to ICE in October.", published=NOVEMBER)
    assert counts(facts) == [("2025-10", 9, "exact")]


# --- periods ----------------------------------------------------------------------------------

def test_a_season_with_its_year_is_its_three_months_not_the_year() -> None:
    facts = extract_facts(
        "The Lowndes County Sheriff's Office turned over 14 people to ICE in the summer of 2024.",
        published=NOVEMBER)
    assert counts(facts) == [("2024-06-01/2024-08-31", 14, "exact")]


def test_a_season_without_its_year_dates_no_count() -> None:
    # stories call July to September "this summer" as well, and give the months elsewhere
    facts = extract_facts(
        "The Lowndes County Sheriff's Office turned over 14 people to ICE this summer.",
        published=NOVEMBER)
    assert counts(facts) == []
    assert total(facts) == ("", 14, "exact")

"""Phrasing families of the ninth round: a sum that names the months it adds up, and
figures in English from Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from factkit import Figures, counts, history, total
from pipeline.extract import extract_facts

DECEMBER = date(2025, 12, 9)


# --- a sum over the months it names ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Gordon County Jail delivered to ICE seventeen persons in October and twenty-four in "
     "November, forty-one in the two months, according to the sheriff's figures.",
     [("2025-10", 17, "exact"), ("2025-10-01/2025-11-30", 41, "exact"),
      ("2025-11", 24, "exact")]),
    ("The Pasadena Police Department transferred 19 people from its jail to ICE in July, 26 "
     "in August, 22 in September and 37 in October — 104 people over the four months.",
     [("2025-07", 19, "exact"), ("2025-07-01/2025-10-31", 104, "exact"),
      ("2025-08", 26, "exact"), ("2025-09", 22, "exact"), ("2025-10", 37, "exact")]),
    # months told out of order, "in all" before the span
    ("A review found Lowell police turned four people over to ICE in September and one more in "
     "August — five people in all over the two months.",
     [("2025-08", 1, "exact"), ("2025-08-01/2025-09-30", 5, "exact"),
      ("2025-09", 4, "exact")]),
])
def test_a_sum_that_names_its_months_counts_their_span(text: str, expected: Figures) -> None:
    facts = extract_facts(text, published=DECEMBER)
    assert counts(facts) == expected
    assert total(facts) == next(c for c in expected if "/" in c[0])


@pytest.mark.parametrize("text", [
    # the months named are not the ones listed
    "The jail handed 17 people to ICE in October and 24 in November, 41 over the three months "
    "through December.",
    # not the sum of the parts
    "The jail handed 17 people to ICE in October and 24 in November, 50 in the two months "
    "counting transfers to the Marshals.",
    # a sum with no months named stays the total alone
    "The jail handed 17 people to ICE in October and 24 in November, 41 in all.",
])
def test_a_sum_gets_a_span_only_when_it_names_the_listed_months(text: str) -> None:
    facts = extract_facts(text, published=DECEMBER)
    assert [c for c in counts(facts) if "/" in c[0]] == []


def test_the_same_months_a_year_before_follow_the_span() -> None:
    facts = extract_facts(
        "The Gordon County Jail delivered to ICE seventeen persons in October and twenty-four "
        "in November, forty-one in the two months. In the same two months of 2024, the number "
        "was of nine.", published=DECEMBER)
    assert history(facts) == [("2024-10-01/2024-11-30", 9, "exact")]


# --- figures in English from Spanish ------------------------------------------------------

MARCH = date(2026, 3, 16)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kings County Sheriff's Office transferred more than two dozen persons to ICE in 2025. "
     "The figure is far from the forty-four of 2019, the last year before the pandemic, but it "
     "is well above the nine of 2024.",
     [("2019", 44, "exact"), ("2024", 9, "exact")]),
    ("The Union County Sheriff's Office delivered a little more than one hundred ten persons to "
     "ICE last year. It is almost the double of the sixty-four of 2024.",
     [("2024", 64, "exact")]),
    ("The Maverick County Sheriff's Office delivered more than thirty persons to ICE during the "
     "month of January, almost three times the eleven of January of 2025.",
     [("2025-01", 11, "exact")]),
])
def test_the_figure_of_an_earlier_year_is_history(text: str, expected: Figures) -> None:
    assert history(extract_facts(text, published=MARCH)) == expected


def test_a_month_of_a_year_is_that_month() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office handed 14 people to ICE in January of 2025, the "
        "sheriff said.", published=MARCH)
    assert counts(facts) == [("2025-01", 14, "exact")]


def test_a_number_spelt_out_in_thousands_keeps_its_thousands() -> None:
    facts = extract_facts(
        "The Kings County Sheriff's Office transferred 26 persons to ICE in 2025, up from one "
        "thousand one hundred ninety in 2019.", published=MARCH)
    assert history(facts) == [("2019", 1190, "exact")]


def test_a_gloss_after_a_figure_does_not_lend_it_its_period() -> None:
    facts = extract_facts(
        "The Sarasota County Sheriff's Office delivered 150 persons to ICE between July and "
        "September. In all of 2024 the office delivered one hundred twenty-two persons to ICE, "
        "that is to say that in only three months of this year it approached the figure of the "
        "whole previous year.", published=date(2025, 10, 24))
    assert counts(facts) == [("2025-07-01/2025-09-30", 150, "exact")]
    assert history(facts) == [("2024", 122, "exact")]

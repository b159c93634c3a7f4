"""Phrasing families of the twelfth round: small towns placed by the town table, two months
named with their year, a document's total row over the days it names, and a letter signed
under an office's name."""

from __future__ import annotations

from datetime import date

from factkit import counts, history, total
from pipeline.extract import extract_facts

MAY = date(2026, 5, 4)
JULY = date(2025, 7, 21)


def _officials(text: str, published: date = JULY) -> list[tuple[str, str | None]]:
    return [(o.name, o.role) for o in extract_facts(text, published=published).officials]


# --- a town too small for the city table --------------------------------------------------------

def test_a_police_department_of_a_small_town_is_placed_in_the_one_state_that_has_it() -> None:
    facts = extract_facts(
        "The Kodiak Police Department released six people from its jail to ICE last year, "
        "the chief told the council.", published=MAY)
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == ("Kodiak", "AK")


def test_a_town_name_several_states_share_is_left_without_a_state() -> None:
    facts = extract_facts(
        "The Elkhorn Police Department released six people from its lockup to ICE last year, "
        "the chief told the council.", published=MAY)
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.state is None


# --- two months with their year ----------------------------------------------------------------

def test_two_months_with_their_year_are_one_span_whose_parts_follow() -> None:
    facts = extract_facts(
        "The Maui Police Department confirms that seven people were released from its custody "
        "to ICE in February and March 2026: three in February and four in March.",
        published=MAY)
    assert counts(facts) == [("2026-02", 3, "exact"), ("2026-02-01/2026-03-31", 7, "exact"),
                             ("2026-03", 4, "exact")]
    assert total(facts)[1:] == (7, "exact")


def test_two_months_then_a_day_are_not_a_span() -> None:
    facts = extract_facts(
        "The Maui Police Department released four people to ICE in January and March 12 was "
        "the day the review began.", published=MAY)
    assert counts(facts) == [("2026-01", 4, "exact")]


# --- a document's total row over the days it names ----------------------------------------------

_TABLE = (
    "UMATILLA COUNTY SHERIFF'S OFFICE\n\n"
    "Table 1. Inmates released to U.S. Immigration and Customs Enforcement (ICE) custody\n\n"
    "January ..... 1\n\nFebruary ..... 0\n\nMarch ..... 2\n\nApril ..... 1\n\nMay ..... 0\n\n"
    "June ..... 3\n\n{total}\n\n"
    "For context, the jail booked 2,318 people during the same six months.")


def test_a_total_row_over_named_days_is_the_span_and_the_total() -> None:
    facts = extract_facts(_TABLE.format(total="Total, Jan. 1 - June 30 ..... 7"),
                          published=JULY)
    assert ("2025-01-01/2025-06-30", 7, "exact") in counts(facts)
    assert total(facts)[1:] == (7, "exact")


def test_a_total_row_of_days_in_words_and_a_dash_reads_the_same() -> None:
    facts = extract_facts(_TABLE.format(total="Total, January 1 – June 30: 7"), published=JULY)
    assert ("2025-01-01/2025-06-30", 7, "exact") in counts(facts)


def test_a_span_of_days_with_a_dash_after_from_is_a_range() -> None:
    facts = extract_facts(
        "From January 1 - June 30, the Umatilla County Sheriff's Office released seven people "
        "to ICE.", published=JULY)
    assert counts(facts) == [("2025-01-01/2025-06-30", 7, "exact")]


# --- a letter signed under an office's name -----------------------------------------------------

_LETTER = (
    "Dear Ms. Ortiz:\n\nThe Umatilla County Sheriff's Office released seven people to ICE "
    "between January 1 and June 30.\n\nSincerely,\n\n{signature}")


def test_a_signer_whose_title_sits_above_the_office_line_is_an_official() -> None:
    assert _officials(_LETTER.format(
        signature="Jolene Harrower\nRecords Coordinator\nUmatilla County Sheriff's Office")) == [
        ("Jolene Harrower", "Records Coordinator")]


def test_the_title_line_of_a_signature_is_never_a_name() -> None:
    names = [n for n, _ in _officials(_LETTER.format(
        signature="Jolene Harrower\nRecords Coordinator\nUmatilla County Sheriff's Office"))]
    assert "Records Coordinator" not in names


def test_a_signer_of_a_private_firm_is_no_official() -> None:
    assert _officials(_LETTER.format(
        signature="Jolene Harrower\nRecords Coordinator\nBlue Mountain Paralegal Services")) == []


# --- last year's figure in translation -----------------------------------------------------------

NOVEMBER = date(2025, 11, 12)


def test_people_delivered_the_same_month_of_the_year_past_are_history() -> None:
    facts = extract_facts(
        "The Adams County Sheriff's Office delivered 28 persons to ICE in October. The figure "
        "more than doubles that of the same month of the year past, when the office delivered "
        "ten persons, according to the report.", published=NOVEMBER)
    assert counts(facts) == [("2025-10", 28, "exact")]
    assert history(facts) == [("2024-10", 10, "exact")]


def test_people_delivered_in_the_same_month_of_a_named_year_are_history() -> None:
    facts = extract_facts(
        "The McKinley County Adult Detention Center delivered fourteen persons to ICE in October. "
        "In the same month of 2024 the center delivered six persons.", published=NOVEMBER)
    assert history(facts) == [("2024-10", 6, "exact")]


def test_months_between_two_names_of_the_past_year_are_last_years_span() -> None:
    facts = extract_facts(
        "Between February and April the Wichita County Sheriff's Office delivered 11 persons to "
        "ICE. Between February and April of the past year, the office had delivered only three "
        "persons.", published=date(2026, 5, 10))
    assert history(facts) == [("2025-02-01/2025-04-30", 3, "exact")]


def test_people_delivered_to_another_prison_are_no_handover() -> None:
    facts = extract_facts(
        "The Adams County Sheriff's Office delivered 28 persons to ICE in October. In the same "
        "month the office delivered 40 inmates to the state prison at Cañon City.",
        published=NOVEMBER)
    assert counts(facts) == [("2025-10", 28, "exact")]
    assert history(facts) == []

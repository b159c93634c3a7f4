"""Guards for the tenth round's rules: sentences written to make them over-reach, from two
adversarial reviews of the round's changes."""

from __future__ import annotations

from datetime import date

import pytest

from factkit import counts, history
from pipeline.extract import extract_facts

DECEMBER = date(2025, 12, 9)


@pytest.mark.parametrize("text", [
    "About 200 people went to ICE's field office in Marietta to protest the Cobb County jail.",
    "The Cobb County Sheriff's Office gave 40 names of inmates to ICE in May.",
    "The Cobb County Sheriff's Office gave ICE 48 hours' notice in May.",
    "The Cobb County Sheriff's Office had 40 inmates go to immigration court in May.",
    "Forty people went to ICE check-in appointments in May, the Cobb County sheriff said.",
])
def test_giving_things_and_going_to_ice_offices_are_no_handovers(text: str) -> None:
    assert counts(extract_facts(text, published=DECEMBER)) == []


@pytest.mark.parametrize("answer", [
    "The answer is not public.",
    "The number is due by Jan. 15.",
    "It was 11 a.m.",
])
def test_an_indirect_question_with_no_figure_for_answer_reports_nothing(answer: str) -> None:
    facts = extract_facts(
        "Reporters asked the Cobb County Sheriff's Office how many people the jail turned over "
        "to ICE this year. " + answer, published=DECEMBER)
    assert counts(facts) == []


@pytest.mark.parametrize("text", [
    "The Cobb County jail handed 12 people to ICE in 2025. In 2019 the jail recorded 3 deaths.",
    "The Cobb County jail handed 12 people to ICE in March; in February there were 9 deaths.",
])
def test_what_a_jail_recorded_of_other_things_is_no_figure(text: str) -> None:
    facts = extract_facts(text, published=DECEMBER)
    assert len(counts(facts)) == 1
    assert history(facts) == []


def test_fiscal_rows_under_another_measure_are_no_handovers() -> None:
    facts = extract_facts(
        "The Cobb County jail released 12 people to ICE in 2025.\n\n"
        "Deaths in custody, by fiscal quarter:\nFY26 Q1: 2\nFY26 Q2: 1\n\n"
        "ICE detainers lodged, by quarter:\nQ1 2025: 40\nQ2 2025: 38", published=DECEMBER)
    assert counts(facts) == [("2025", 12, "exact")]


def test_a_projected_row_is_no_count_and_a_year_quarter_row_is_its_quarter() -> None:
    facts = extract_facts(
        "The Cobb County Sheriff's Office reported its handovers.\n\n"
        "Releases to ICE, by quarter:\n2026 Q1: 6\n2026 Q2: 8\nFY27 (projected): 45",
        published=date(2026, 8, 1))
    assert counts(facts) == [("2026-01-01/2026-03-31", 6, "exact"),
                             ("2026-04-01/2026-06-30", 8, "exact")]


def test_a_capital_headline_running_since_a_month_dates_no_row() -> None:
    facts = extract_facts(
        "JAIL HANDOVERS SINCE JANUARY 2025\n\n"
        "The Cobb County Sheriff's Office published its figures.\n\n"
        "Released to U.S. Immigration and Customs Enforcement (ICE): 41",
        published=date(2026, 3, 1))
    assert ("2025-01", 41, "exact") not in counts(facts)


def test_a_figure_alone_before_a_blank_line_is_not_joined_to_the_next_paragraph() -> None:
    from pipeline.extract.sentences import split_sentences
    text = "Page\n\n12\n\nThe jail handed 4 people to ICE."
    assert [s.text for s in split_sentences(text)] == [
        "Page", "12", "The jail handed 4 people to ICE."]


def test_a_box_part_about_releases_to_the_street_is_no_count() -> None:
    facts = extract_facts(
        "BY THE NUMBERS\n\nThe Teton County Sheriff's Office released its report.\n\n"
        "14\nPeople the sheriff's office handed over to ICE in 2025.\n\n"
        "30\nHow many of those releases went to the street on bond.", published=DECEMBER)
    assert counts(facts) == [("2025", 14, "exact")]


def test_the_department_handing_people_over_beside_a_named_police_department_stays_police() -> None:
    facts = extract_facts(
        "The Dalton Police Department transferred 14 people to ICE in 2025, records show. "
        "Whitfield County commissioners asked how many people the department transferred to "
        "ICE. The sheriff's office, which runs the county jail, declined to comment.",
        published=DECEMBER)
    assert facts.agency is not None
    assert facts.agency.name == "Dalton Police Department"


def test_a_town_s_jail_is_not_a_sheriff_s_office_that_does_not_speak_of_it() -> None:
    facts = extract_facts(
        "Six people were released from the Lakeview jail into ICE custody in May, the town's "
        "police chief said. The Baker County Sheriff's Office, in the next county, was not "
        "involved.", published=DECEMBER)
    assert facts.agency is None or facts.agency.name != "Baker County Sheriff's Office"


@pytest.mark.parametrize("sentence", [
    "A bill would require jails to transfer people convicted of certain violent felonies.",
    "None of the 12 had been convicted of one of the serious or violent offenses.",
    "The law enforcement academy trains deputies on people convicted of certain serious crimes.",
])
def test_a_conviction_in_a_bill_or_a_denial_is_no_basis(sentence: str) -> None:
    facts = extract_facts("The Kings County jail handed 12 people to ICE in 2025. " + sentence,
                          published=DECEMBER)
    assert "other" not in [b.kind for b in facts.legal_basis]


@pytest.mark.parametrize("sentence", [
    "In 2024, the jail held 30 people on ICE detainers before turning them over to agents.",
    "In 2024, before the office signed its 287(g) agreement, the jail turned 30 people over "
    "to ICE on detainers.",
])
def test_before_in_an_earlier_year_s_sentence_keeps_its_basis(sentence: str) -> None:
    facts = extract_facts("The Cobb County jail handed 12 people to ICE in 2025. " + sentence,
                          published=DECEMBER)
    assert "detainer" in [b.kind for b in facts.legal_basis]


def test_a_box_line_about_detainers_gives_no_nationality() -> None:
    facts = extract_facts(
        "BY THE NUMBERS\n\nThe Teton County Sheriff's Office released its report.\n\n"
        "14\nPeople the sheriff's office handed over to ICE in 2025.\n\n"
        "9\nICE detainers lodged on people from Mexico.", published=DECEMBER)
    assert facts.nationalities == ()


@pytest.mark.parametrize("sentence", [
    "The deputies had between 2 and 20 years of experience.",
    "They had between 3 and 15 years in the United States.",
    "Inmates at the jail are from 18 to 81 years old.",
])
def test_years_that_are_not_the_handed_over_people_s_ages_give_no_range(sentence: str) -> None:
    facts = extract_facts("The Cobb County jail handed 12 people to ICE in 2025. " + sentence,
                          published=DECEMBER)
    assert facts.age_range is None


def test_a_boat_s_captain_is_no_official() -> None:
    facts = extract_facts(
        "The Cobb County jail handed 12 people to ICE in 2025. \"We saw nothing,\" said the "
        "captain Luis Ortega, whose boat was docked nearby.", published=DECEMBER)
    assert facts.officials == ()

"""Nationality shares, demonym tables and body-text state codes, on sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_facts
from pipeline.extract.nationalities import find_nationalities
from pipeline.extract.sentences import make_document

PUBLISHED = date(2025, 6, 10)


def _nationalities(text: str) -> dict[str, int]:
    doc = make_document(text, title=None, published=PUBLISHED)
    return {n.country: n.count for n in find_nationalities(doc)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Salvadoran nationals made up 12 of the releases; Haitians, 5; and Bolivians, 1.",
         {"El Salvador": 12, "Haiti": 5, "Bolivia": 1}),
        ("Cuba accounted for 14 of the inmates, Jamaica for 3 and Ghana for 2.",
         {"Cuba": 14, "Jamaica": 3, "Ghana": 2}),
        ("Listed by citizenship: Venezuelans 8, Ecuadorians 6, Chileans 2.",
         {"Venezuela": 8, "Ecuador": 6, "Chile": 2}),
        ("By country: Nicaragua, 7; the Philippines, 3; Brazil, 2.",
         {"Nicaragua": 7, "Philippines": 3, "Brazil": 2}),
        ("Seven came from the Dominican Republic and two from the Philippines.",
         {"Dominican Republic": 7, "Philippines": 2}),
        ("Most (22) were Guatemalan citizens, the log shows.", {"Guatemala": 22}),
    ],
)
def test_breakdown_shapes_yield_country_counts(text: str, expected: dict[str, int]) -> None:
    assert _nationalities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Inmates this year came from Peru, Brazil and India, the jail said.",
        "Brazil, 2024 and 2025 were the years the program grew, he said.",
        "Most were Mexican citizens, but the office gave no breakdown.",
    ],
)
def test_country_mentions_without_counts_yield_nothing(text: str) -> None:
    assert _nationalities(text) == {}


def test_only_named_countries_count_when_the_rest_are_lumped() -> None:
    text = "Of the 40, 25 were from Honduras, 6 from Cuba and the rest from nine other countries."
    assert _nationalities(text) == {"Honduras": 25, "Cuba": 6}


def _place(text: str) -> tuple[str, str | None] | None:
    facts = extract_facts(text, title=None, published=PUBLISHED)
    j = facts.jurisdiction
    return (j.name, j.state) if j else None


def test_state_code_after_a_body_city_resolves_a_shared_county_name() -> None:
    filler = "The sheriff's office notifies federal officers before each release. " * 5
    text = (
        "The Jefferson County Sheriff's Office handed six inmates to Immigration and Customs "
        f"Enforcement in May 2025, jail records show. {filler}"
        "The jail stands on the edge of Golden, CO, near the county courthouse."
    )
    assert _place(text) == ("Jefferson County", "CO")


def test_city_police_department_gives_the_city_and_its_state() -> None:
    text = (
        "METAIRIE, La. — The Gretna Police Department turned four people over to Immigration "
        "and Customs Enforcement in May 2025, the department said."
    )
    assert _place(text) == ("Gretna", "LA")

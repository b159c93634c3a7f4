"""Phrasing families of the eighth round: a county name several states share, placed by the
small towns the story names."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_facts
from pipeline.extract.places import town_states, town_votes
from pipeline.facts import TransferFacts

JULY = date(2025, 7, 15)


def _place(facts: TransferFacts) -> tuple[str, str | None] | None:
    j = facts.jurisdiction
    return (j.name, j.state) if j else None


def test_the_town_table_holds_towns_under_fifteen_thousand_people() -> None:
    towns = town_states()
    assert towns["Elkhorn"] >= {"WI", "NE"}
    assert towns["Grand Haven"] == {"MI"}
    assert "Wiscasset" in towns  # about 1,100 people


@pytest.mark.parametrize(("text", "place"), [
    # the dateline names a town that only one of the county's states has
    ("ELKHORN — The Walworth County Sheriff's Office released 23 people to ICE between April 1 "
     "and June 30, the office said.",
     ("Walworth County", "WI")),
    ("SMITHFIELD — The Johnston County Sheriff's Office handed 214 people to ICE last year, "
     "figures show.",
     ("Johnston County", "NC")),
    # a town named in the body
    ("The Ottawa County Sheriff's Office turned 64 people over to ICE last year. The transfers "
     "happen at the county jail, a short drive from Grand Haven.",
     ("Ottawa County", "MI")),
])
def test_a_small_town_places_a_county_several_states_share(
        text: str, place: tuple[str, str]) -> None:
    assert _place(extract_facts(text, published=JULY)) == place


@pytest.mark.parametrize("text", [
    # a month that some town is named for
    "The Lake County Sheriff's Office handed 30 people to ICE in September, up from 21 in "
    "August, the sheriff said.",
    # a councilor's surname on second reference, the name of a town in one of the states
    "The Springfield Police Department turned 11 people over to ICE last year. City Councilor "
    "Dolores Whitfield asked for the figures. Whitfield said she was surprised.",
    # a sentence's opening word and a country
    "The Lake County Sheriff's Office handed 30 people to ICE in 2025. Mexico accounted for "
    "most. Union leaders objected.",
])
def test_ordinary_words_and_surnames_place_nothing(text: str) -> None:
    facts = extract_facts(text, published=JULY)
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.state is None


def test_towns_vote_only_for_the_states_offered() -> None:
    votes = town_votes("ELKHORN — The jail is near Grand Haven.", "Walworth County",
                       frozenset({"WI", "SD"}))
    assert votes == {"WI": 3}

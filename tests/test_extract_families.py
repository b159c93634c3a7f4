"""Four fact families on sentences written for this test: origin, basis, history, place."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_facts
from pipeline.extract.legal import find_legal_basis
from pipeline.extract.nationalities import find_nationalities
from pipeline.extract.report import handover_sentences
from pipeline.extract.sentences import make_document

PUBLISHED = date(2025, 6, 10)


def _nationalities(text: str) -> dict[str, int]:
    doc = make_document(text, title=None, published=PUBLISHED)
    return {n.country: n.count for n in find_nationalities(doc)}


def _bases(text: str) -> set[str]:
    doc = make_document(text, title=None, published=PUBLISHED)
    return {b.kind for b in find_legal_basis(doc, handover_sentences(doc))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine were Mexican nationals, four Guatemalan and one Salvadoran.",
         {"Mexico": 9, "Guatemala": 4, "El Salvador": 1}),
        ("The largest group, 30, came from Honduras, followed by Cuba with 4.",
         {"Honduras": 30, "Cuba": 4}),
        ("Citizenship in the ledger: Mexico 9; Peru 2; Chile 1.",
         {"Mexico": 9, "Peru": 2, "Chile": 1}),
        ("Those sent to ICE included four Mexicans, one Cuban and two Haitians.",
         {"Mexico": 4, "Cuba": 1, "Haiti": 2}),
        ("By country they were citizens of Ecuador (6) and Nicaragua (2).",
         {"Ecuador": 6, "Nicaragua": 2}),
        ("Of the 20, a dozen were from Haiti and eight from Jamaica.",
         {"Haiti": 12, "Jamaica": 8}),
    ],
)
def test_nationality_lists_in_many_shapes_are_read_whole(
    text: str, expected: dict[str, int]
) -> None:
    assert _nationalities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The jail holds 400 inmates, and the town's founders came from Mexico in 1890.",
        "Deputies met officials from Mexico 12 times last year.",
    ],
)
def test_numbers_near_country_names_are_not_a_breakdown(text: str) -> None:
    assert _nationalities(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jail released 8 people to ICE in May. All were held on ICE holds.", {"detainer"}),
        ("The office turned 5 inmates over to ICE after honoring immigration detainers.",
         {"detainer"}),
        ("The jail handed 3 men to ICE on requests to hold them past release.", {"detainer"}),
        ("The jail transferred 4 people to ICE. Each was backed by a judge-signed warrant.",
         {"judicial_warrant"}),
        ("Police transferred 6 people to ICE, each on a criminal warrant.", {"judicial_warrant"}),
        ("The jail sent 7 people to ICE. Deputized officers under the jail enforcement model "
         "screen every immigrant booked.", {"287g"}),
        ("The sheriff handed 9 inmates to ICE; deputies trained under the 287(g) task force "
         "model flagged them.", {"287g"}),
    ],
)
def test_legal_basis_phrasings_name_the_basis_of_the_handovers(
    text: str, expected: set[str]
) -> None:
    assert _bases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Refused or lacked bases are not the handovers' basis.
        ("The jail handed 4 people to ICE on judicial warrants. It does not honor immigration "
         "holds.", {"judicial_warrant"}),
        ("Records go to ICE only absent a criminal warrant, the policy says.", set()),
        # A basis set against the handovers ("rather than to ICE") is not theirs.
        ("The jail sent 2 men to ICE on detainers. A third went to Canada through extradition "
         "rather than to ICE.", {"detainer"}),
        ("The board voted against the 287(g) task force model.", set()),
    ],
)
def test_refused_or_contrasted_bases_are_left_out(text: str, expected: set[str]) -> None:
    assert _bases(text) == expected


def _history(text: str) -> set[tuple[str, int]]:
    facts = extract_facts(text, published=PUBLISHED)
    assert facts.transfer_report
    return {(c.period, c.count) for c in facts.historical}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Elm County Sheriff's Office transferred 30 inmates to ICE in 2024, up from 18 "
         "the year before.", {("2023", 18)}),
        ("The Elm County Jail handed 11 people to ICE in May 2025. A year earlier the number "
         "was 7.", {("2024-05", 7)}),
        ("The Elm County Jail handed 11 people to ICE in May 2025. That compares with 57 in "
         "May 2022.", {("2022-05", 57)}),
        ("The Elm County Jail turned 40 inmates over to ICE in April 2025, double the 20 "
         "recorded in the same month last year.", {("2024-04", 20)}),
        ("The Elm County Jail released 38 inmates to ICE in 2024. In all of 2019, 61.",
         {("2019", 61)}),
        ("The Elm County Jail turned 14 of them over to ICE in 2024, compared to 9 during 2023.",
         {("2023", 9)}),
    ],
)
def test_comparison_figures_become_historical_counts(
    text: str, expected: set[tuple[str, int]]
) -> None:
    assert _history(text) == expected


def test_comparison_figure_does_not_displace_the_reported_count() -> None:
    facts = extract_facts(
        "The Elm County Jail turned 14 of them over to ICE in 2024, compared to 9 during 2023.",
        published=PUBLISHED,
    )
    assert [(c.period, c.count) for c in facts.counts] == [("2024", 14)]


def test_compared_detainer_counts_are_not_historical_handovers() -> None:
    text = ("The Elm County Jail transferred 30 inmates to ICE in 2024. It received 90 "
            "detainers, up from 40 detainers in 2023.")
    assert _history(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LYNCHBURG, Va. — The Lynchburg Sheriff's Office handed 5 inmates to ICE in March "
         "2025, Sheriff Ann Cole said.", ("Lynchburg", "VA")),
        ("Inmates from Dinwiddie County fill the Bluestone Regional Jail, which sits in "
         "Prince George County, Virginia. The jail turned 6 people over to ICE in 2024.",
         ("Prince George County", "VA")),
        ("HASTINGS, Minn. — The Dakota County Jail transferred six men to ICE in May 2025.",
         ("Dakota County", "MN")),
        ("The Aurora Police Department in Colorado released 30 people to ICE in 2024.",
         ("Aurora", "CO")),
        ("The Nebraska Department of Correctional Services transferred nine people to ICE "
         "in April 2025.", ("State of Nebraska", "NE")),
    ],
)
def test_jurisdiction_is_the_place_whose_agency_handed_people_over(
    text: str, expected: tuple[str, str]
) -> None:
    facts = extract_facts(text, published=PUBLISHED)
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == expected

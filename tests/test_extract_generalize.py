"""Phrasings the corpus under-represents, each on a sentence written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_facts
from pipeline.extract.ages import find_age_range
from pipeline.extract.legal import find_legal_basis
from pipeline.extract.nationalities import find_nationalities
from pipeline.extract.officials import find_officials
from pipeline.extract.periods import find_periods
from pipeline.extract.report import handover_sentences, is_transfer_report
from pipeline.extract.sentences import make_document

PUBLISHED = date(2024, 6, 15)


@pytest.mark.parametrize(
    "text",
    [
        "The Polk County Jail turned 23 inmates over to ICE in May.",
        "ICE picked up nine people from the Dallas County jail last month.",
        "Staff at the Lee County Jail handed off 5 detainees to federal immigration agents.",
        "In 2018, the Kent County jail handed 31 people to the agency, ICE records show.",
    ],
)
def test_handover_phrasings_are_transfer_reports(text: str) -> None:
    doc = make_document(text, published=PUBLISHED)
    assert is_transfer_report(doc, handover_sentences(doc))


@pytest.mark.parametrize(
    "text",
    [
        "None of them were transferred to ICE custody, the Dane County Sheriff's Office said.",
        "The Essex County Sheriff's Office declined to hand over any inmates to ICE.",
        "The Washington County Sheriff's Office transferred no one to ICE last year.",
        "ICE took custody of 140,000 people from local jails nationwide last year.",
        "The Douglas County Sheriff's Office turned over 14 prisoners to the U.S. Marshals.",
    ],
)
def test_refusals_national_tallies_and_other_agencies_are_not_reports(text: str) -> None:
    doc = make_document(text, published=PUBLISHED)
    assert not is_transfer_report(doc, handover_sentences(doc))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("from Sept. 1, 2022, through Aug. 31, 2023", "2022-09-01/2023-08-31"),
        ("Between October 2023 and March 2024", "2023-10-01/2024-03-31"),
        ("between November and February 2024", "2023-11-01/2024-02-29"),
    ],
)
def test_date_ranges_resolve_to_explicit_labels(text: str, label: str) -> None:
    doc = make_document(text, published=PUBLISHED)
    assert [p.label for p in find_periods(text, doc, {})] == [label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They included eight Mexicans, three Hondurans and a Guatemalan man.",
         {"Mexico": 8, "Honduras": 3, "Guatemala": 1}),
        ("Among them were two Venezuelans and a Cuban woman.", {"Venezuela": 2, "Cuba": 1}),
        ("Of those, 40 were Mexican nationals.", {"Mexico": 40}),
        ("Two Mexican consulates asked for the records.", {}),
    ],
)
def test_demonym_breakdowns_become_country_counts(text: str, expected: dict[str, int]) -> None:
    found = find_nationalities(make_document(text))
    assert {n.country: n.count for n in found} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inmates ranged from 18 to 64 years old.", (18, 64)),
        ("The men were aged 22 to 51.", (22, 51)),
        ("Bond amounts ranged from 500 to 900 dollars.", None),
    ],
)
def test_age_ranges_need_an_age_phrase(text: str, expected: tuple[int, int] | None) -> None:
    found = find_age_range(make_document(text))
    assert (found and (found.low, found.high)) == expected


def test_detainer_named_only_in_a_prohibition_is_not_a_legal_basis() -> None:
    text = ("The Kings County jail turned over 12 people to ICE on judicial warrants. "
            "City law bars officers from holding people on civil detainers.")
    doc = make_document(text)
    assert {b.kind for b in find_legal_basis(doc, handover_sentences(doc))} == {
        "judicial_warrant"}


def test_detainer_lodged_after_the_noun_is_a_legal_basis() -> None:
    doc = make_document("Each transfer followed an immigration detainer lodged by ICE.")
    assert {b.kind for b in find_legal_basis(doc, ())} == {"detainer"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A spokeswoman for the sheriff's office, Dana Whitfield, said the jail is full.",
         ["Dana Whitfield"]),
        ("County Executive Ron Pelham said he would sign the bill.", ["Ron Pelham"]),
        ("“We hold them,” Corrections Secretary Paula Greer said.", ["Paula Greer"]),
        ("A spokesman for Sheriff Tom Dart’s office, Sam Poe, said the jail complied.",
         ["Sam Poe"]),
    ],
)
def test_officials_with_varied_titles_are_found(text: str, names: list[str]) -> None:
    assert [o.name for o in find_officials(make_document(text))] == names


def test_regional_jail_and_state_prison_system_agencies_are_named() -> None:
    regional = extract_facts(
        "The Prince William-Manassas Regional Adult Detention Center transferred 20 inmates "
        "to ICE in 2019. The jail serves Prince William County, Virginia.", published=PUBLISHED)
    prison = extract_facts(
        "The Texas Department of Criminal Justice released 400 inmates to ICE last year.",
        published=PUBLISHED)
    assert regional.agency
    assert regional.agency.name == (
        "Prince William-Manassas Regional Adult Detention Center")
    assert prison.agency
    assert prison.agency.name == "Texas Department of Criminal Justice"
    assert prison.jurisdiction
    assert prison.jurisdiction.name == "State of Texas"


def test_dozens_is_not_a_count() -> None:
    facts = extract_facts("Dozens of inmates at the Wake County jail were transferred to ICE "
                          "last year.", published=PUBLISHED)
    assert facts.transfer_report
    assert facts.counts == ()
    assert facts.total is None

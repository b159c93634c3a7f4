"""Each extractor alone, on short sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.agency import find_agency
from pipeline.extract.ages import find_age_range
from pipeline.extract.counts import find_candidates, split_counts
from pipeline.extract.jurisdiction import find_jurisdiction
from pipeline.extract.legal import find_legal_basis
from pipeline.extract.nationalities import find_nationalities
from pipeline.extract.numbers import find_numbers
from pipeline.extract.officials import find_officials
from pipeline.extract.periods import find_periods
from pipeline.extract.report import handover_sentences, is_transfer_report
from pipeline.extract.sentences import make_document, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agents of the U.S. Border Patrol came. They left.", 2),
        ("On Jan. 5 the Dept. of Corrections met. Nobody spoke.", 2),
        ("John F. Kennedy spoke in St. Paul. He left at noon.", 2),
        ("The L.A. County jail is big. It is old.\n\nNew paragraph here.", 3),
        ("“It is over,” she said. “We are done.”", 2),
    ],
)
def test_sentence_splitter_respects_abbreviations(text: str, expected: int) -> None:
    sentences = split_sentences(text)
    assert len(sentences) == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("eight inmates", 8, "exact"),
        ("more than a dozen people", 12, "more_than"),
        ("another dozen in June", 12, "exact"),
        ("at least 1,143 detainees", 1143, "at_least"),
        ("nearly 300 prisoners", 300, "about"),
        ("up to forty-two men", 42, "up_to"),
        ("the jail turned over 721 inmates", 721, "exact"),
    ],
)
def test_number_phrases_carry_value_and_qualifier(text: str, value: int, qualifier: str) -> None:
    found = [n for n in find_numbers(text) if not n.is_year]
    assert [(n.value, n.qualifier) for n in found] == [(value, qualifier)]


@pytest.mark.parametrize(
    ("text", "published", "label"),
    [
        ("in May", date(2024, 8, 1), "2024-05"),
        ("in November", date(2024, 8, 1), "2023-11"),
        ("in May", None, "XXXX-05"),
        ("last year", date(2022, 3, 1), "2021"),
        ("this year", None, "XXXX"),
        ("three years ago", date(2022, 3, 1), "2019"),
        ("last month", date(2022, 1, 9), "2021-12"),
        ("between 2011 and 2019", None, "2011-01-01/2019-12-31"),
        ("between Feb. 3 and April 30", date(2021, 6, 1), "2021-02-03/2021-04-30"),
        ("March-June 2024", None, "2024-03-01/2024-06-30"),
        ("in October 2023", None, "2023-10"),
    ],
)
def test_periods_resolve_against_publication_date(
    text: str, published: date | None, label: str
) -> None:
    doc = make_document(text, published=published)
    assert [p.label for p in find_periods(text, doc, {})] == [label]


def _facts(text: str, published: date | None = None) -> tuple[list[tuple[str, int, str]], ...]:
    doc = make_document(text, published=published)
    current, total, history = split_counts(find_candidates(doc, handover_sentences(doc)))
    as_tuple = [(c.period, c.count, c.qualifier) for c in current]
    return as_tuple, [(total.period, total.count, total.qualifier)] if total else [], [
        (c.period, c.count, c.qualifier) for c in history
    ]


def test_counts_split_current_from_historical_baseline() -> None:
    text = ("The Marlow County Sheriff's Office handed 31 inmates to ICE in 2023, "
            "up from 12 in 2022.")
    current, total, history = _facts(text)
    assert current == [("2023", 31, "exact")]
    assert total == [("2023", 31, "exact")]
    assert history == [("2022", 12, "exact")]


def test_counts_ignore_requests_bookings_and_partitives() -> None:
    text = ("The Marlow County jail received 410 ICE detainer requests and booked 9,000 people. "
            "It transferred 27 people to ICE last year. Nine of the 27 had felony records.")
    current, _total, history = _facts(text, date(2024, 2, 1))
    assert current == [("2023", 27, "exact")]
    assert history == []


def test_two_months_without_stated_sum_have_no_total() -> None:
    text = "The Dane County jail released five inmates to ICE in March and seven in April."
    current, total, _ = _facts(text, date(2024, 5, 1))
    assert current == [("2024-03", 5, "exact"), ("2024-04", 7, "exact")]
    assert total == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Essex County jail turned over 14 inmates to ICE in 2021.", True),
        ("Deputies will transfer inmates to ICE if a judge signs a warrant.", False),
        ("The county jail moved 40 inmates to a state prison to ease crowding.", False),
        ("Lawmakers debated whether the jail should stop sending people to ICE.", False),
    ],
)
def test_transfer_report_needs_a_stated_handover(text: str, expected: bool) -> None:
    doc = make_document(text)
    assert is_transfer_report(doc, handover_sentences(doc)) is expected


@pytest.mark.parametrize(
    ("text", "agency", "place", "state"),
    [
        ("The L.A. County Sheriff’s Department sent two people to ICE. California law allows it.",
         "Los Angeles County Sheriff's Department", "Los Angeles County", "CA"),
        ("The Oregon Department of Corrections transferred 12 inmates to ICE.",
         "Oregon Department of Corrections", "State of Oregon", "OR"),
        ("Yakima County Sheriff Jo Smith said the sheriff's office sent 3 people to ICE.",
         "Yakima County Sheriff's Office", "Yakima County", "WA"),
    ],
)
def test_agency_and_jurisdiction_from_names(text: str, agency: str, place: str, state: str) -> None:
    doc = make_document(text)
    found = find_agency(doc)
    assert found is not None
    assert found.name == agency
    juris = find_jurisdiction(doc, found)
    assert juris is not None
    assert (juris.name, juris.state) == (place, state)


def test_nationalities_from_counts_demonyms_and_one_each() -> None:
    text = ("Of them, 4 were from Honduras and three are Cuban. "
            "The rest came one each from Peru, Haiti and Ecuador.")
    found = {n.country: n.count for n in find_nationalities(make_document(text))}
    assert found == {"Honduras": 4, "Cuba": 3, "Peru": 1, "Haiti": 1, "Ecuador": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The men ranged in age from 22 to 51.", (22, 51)),
        ("Their ages ranged from 18 to 70 years old.", (18, 70)),
        ("All were between the ages of 30 and 45.", (30, 45)),
        ("Jane Roe, 58, was released.", None),
    ],
)
def test_age_range_only_when_a_range_is_stated(
    text: str, expected: tuple[int, int] | None
) -> None:
    found = find_age_range(make_document(text))
    assert (found and (found.low, found.high)) == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Each handover followed a judicial warrant signed by a judge.", {"judicial_warrant"}),
        ("The jail turned over 8 inmates named on ICE detainers.", {"detainer"}),
        ("One man was extradited to face charges.", {"extradition"}),
        ("A court order required the release to ICE.", {"court_order"}),
        ("Only inmates with a qualifying conviction were handed over.", {"other"}),
        ("Critics say ICE detainer requests are unlawful.", set()),
    ],
)
def test_legal_basis_kinds(text: str, kinds: set[str]) -> None:
    doc = make_document(text)
    assert {b.kind for b in find_legal_basis(doc, handover_sentences(doc))} == kinds


def test_287g_counts_when_used_and_not_when_the_agreement_ended() -> None:
    used = make_document("Under its 287(g) program the jail handed 9 inmates to ICE in 2020.")
    ended = make_document("The jail no longer has a 287(g) deal and sent 2 inmates to ICE.")
    assert {b.kind for b in find_legal_basis(used, handover_sentences(used))} == {"287g"}
    assert find_legal_basis(ended, handover_sentences(ended)) == ()


def test_officials_are_government_speakers_not_advocates() -> None:
    text = ("Marlow County Sheriff Dana Whitfield said the transfers were lawful. "
            "“It is wrong,” said Ana Ruiz, director of the Fair Courts Coalition. "
            "Lee Park, a sheriff's department spokesperson, confirmed the figures. "
            "Former Sheriff Bob Gray led the office for years.")
    found = {o.name: o.role for o in find_officials(make_document(text))}
    assert found == {
        "Dana Whitfield": "Marlow County Sheriff",
        "Lee Park": "sheriff's department spokesperson",
    }

"""Near misses of the fifteenth round's rules, from five reviewers' stories in two rounds
(written in their own words against the rules, the diff and the tests): each is a story a
version of a new rule got wrong where the old code was right, and the fields it must keep."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from pipeline.extract import extract_facts


def _fields(text: str, published: date, names: list[str]) -> dict[str, Any]:
    record = extract_facts(text, published=published).to_gold()
    return {name: record[name] for name in names}


_COUNTS: list[tuple[str, date, dict[str, Any]]] = [
    (
        "The Pitt County jail releases inmates to the street when ICE fails to pick them up within"
        " 48 hours. In 2024, that happened 22 times, Sheriff Paula Dance said.",
        date(2025, 9, 10),
        {"transfer_report": False, "counts": [], "total": None, "historical": []},
    ),
    (
        "The Wake County jail refuses to hand people to ICE without a judicial warrant. Last year "
        "that happened 30 times, the sheriff said.",
        date(2025, 9, 10),
        {"transfer_report": False, "counts": [], "total": None, "historical": []},
    ),
    (
        "Under the proposed policy, the Durham County jail would hand people to ICE only when "
        "agents bring a judicial warrant. Last year, that would have happened 15 times, an "
        "analysis found.",
        date(2025, 9, 10),
        {"transfer_report": False, "counts": [], "total": None, "historical": []},
    ),
    (
        "ICE agents ask the Johnston County jail to hold inmates past their release dates. In "
        "2024, that happened 75 times, the sheriff said.",
        date(2025, 9, 10),
        {"transfer_report": False, "counts": [], "total": None, "historical": []},
    ),
    (
        "The Pender County jail hands people to ICE when agents show up, but sometimes agents "
        "never come. In 2024, that happened 22 times, the sheriff said.",
        date(2025, 9, 10),
        {"transfer_report": False, "counts": [], "total": None, "historical": []},
    ),
    (
        "The Pender County jail releases inmates on bond whenever a judge sets one, even if ICE "
        "wants them. Last year, that happened 40 times.",
        date(2025, 9, 10),
        {"transfer_report": False, "counts": [], "total": None, "historical": []},
    ),
    (
        "The Cherokee County jail hands people to ICE once their state charges are resolved. In "
        "nearby Cobb County, that happened 41 times last year.",
        date(2025, 9, 10),
        {"transfer_report": False, "counts": [], "total": None, "historical": []},
    ),
    (
        "The Polk County jail handed 14 people to ICE in 2024, the sheriff said. All were from "
        "Guatemala, and most were turned over in October.",
        date(2025, 7, 15),
        {
            "transfer_report": True,
            "counts": [{"period": "2024", "count": 14, "qualifier": "exact"}],
            "total": {"count": 14, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Lane County jail handed two people to ICE this year. Both from Mexico, they had been "
        "arrested in January on theft charges.",
        date(2025, 7, 15),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 2, "qualifier": "exact"}],
            "total": {"count": 2, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Lane County jail handed two people to ICE this year. Both were in the country on "
        "expired visas, and both had been arrested in January.",
        date(2025, 7, 15),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 2, "qualifier": "exact"}],
            "total": {"count": 2, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Lane County jail handed six people to ICE this year. All were in custody on drug "
        "charges filed in March.",
        date(2025, 7, 15),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 6, "qualifier": "exact"}],
            "total": {"count": 6, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Coos County jail has handed six people to ICE this year, the sheriff said. Each came "
        "from a traffic stop, and all but one were arrested in June.",
        date(2025, 7, 15),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 6, "qualifier": "exact"}],
            "total": {"count": 6, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Benton County jail has released seven people to ICE this year, the sheriff said. The "
        "first, a 24-year-old woman from Guatemala, was handed to ICE in January. The latest, a "
        "40-year-old man from El Salvador, was turned over to ICE in May.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 7, "qualifier": "exact"}],
            "total": {"count": 7, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Benton County jail has handed 12 people to ICE this year. The first, a 24-year-old "
        "from Peru, was handed to ICE in January. The second, a 31-year-old from Chile, was turned"
        " over in February.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 12, "qualifier": "exact"}],
            "total": {"count": 12, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Benton County jail has released 20 people to ICE since 2019. The first, a 30-year-old"
        " from Honduras, was handed to ICE in March 2019. The last, a 22-year-old from Mexico, was"
        " handed to ICE in April.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "counts": [],
            "total": {"count": 20, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Benton County jail has handed three people to ICE this year. The first man, a "
        "24-year-old from Peru, was handed over in January. The second man, a 31-year-old from "
        "Chile, was turned over in January too.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 3, "qualifier": "exact"}],
            "total": {"count": 3, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Perry County Sheriff's Office turned a man over to ICE last week. It was the first "
        "handover to ICE by the office this year and the only one so far.",
        date(2025, 10, 16),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 1, "qualifier": "exact"}],
            "total": {"count": 1, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Perry County jail turned a man over to ICE last week. It was the jail's first "
        "transfer to ICE since 2023; that year its only one came in March.",
        date(2025, 10, 16),
        {"transfer_report": True, "counts": [], "total": None, "historical": []},
    ),
    (
        "The Teton County jail handed 120 people to ICE in 2025, the sheriff said. A summer "
        "earlier, the jail handed 30 to ICE.",
        date(2026, 2, 20),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 120, "qualifier": "exact"}],
            "total": {"count": 120, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Lake County jail handed 18 people to ICE in the first quarter, three times the number"
        " from the same quarter of 2024, when it released 40 people on their own recognizance.",
        date(2025, 4, 20),
        {
            "transfer_report": True,
            "counts": [{"period": "2025-01-01/2025-03-31", "count": 18, "qualifier": "exact"}],
            "total": {"count": 18, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Lake County jail handed 21 people to ICE in the first quarter. That is three times "
        "the number from the first quarter of 2024, when the jail handed seven people to the U.S. "
        "Marshals Service.",
        date(2025, 4, 20),
        {
            "transfer_report": True,
            "counts": [{"period": "2025-01-01/2025-03-31", "count": 21, "qualifier": "exact"}],
            "total": {"count": 21, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "At least 14 people have been handed to ICE by the Dover Police Department since January. "
        "Two of those handoffs occurred during the first week of May.",
        date(2025, 11, 20),
        {
            "transfer_report": True,
            "counts": [],
            "total": {"count": 14, "qualifier": "at_least"},
            "historical": [],
        },
    ),
    (
        "At least 14 people have been handed to ICE by the Dover Police Department since January. "
        "Three of those handoffs came in the final days of May.",
        date(2025, 11, 20),
        {
            "transfer_report": True,
            "counts": [],
            "total": {"count": 14, "qualifier": "at_least"},
            "historical": [],
        },
    ),
    (
        "At least 14 people have been handed to ICE by the Dover Police Department since January. "
        "Five of those handoffs came from traffic stops.",
        date(2025, 11, 20),
        {
            "transfer_report": True,
            "counts": [],
            "total": {"count": 14, "qualifier": "at_least"},
            "historical": [],
        },
    ),
    (
        "The Caroline County jail handed 40 people to ICE in 2024, and held 12 of them between "
        "March and May on detainers before agents arrived.",
        date(2025, 8, 20),
        {
            "transfer_report": True,
            "counts": [{"period": "2024", "count": 40, "qualifier": "exact"}],
            "total": {"count": 40, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Caroline County jail handed 40 people to ICE in 2024, and 25 of them between October "
        "and December had been arrested by state troopers.",
        date(2025, 8, 20),
        {
            "transfer_report": True,
            "counts": [{"period": "2024", "count": 40, "qualifier": "exact"}],
            "total": {"count": 40, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Perry County jail turned a man over to ICE last week. It was the jail's first "
        "transfer to ICE this year, and it will not be the only one, the sheriff said.",
        date(2025, 10, 16),
        {"transfer_report": True, "counts": [], "total": None, "historical": []},
    ),
    (
        "The Pike County jail handed people to ICE in 2024. Asked how many, Sheriff Lee Grant said"
        " 35, down from 50 in 2023.",
        date(2025, 4, 23),
        {"transfer_report": True, "counts": [], "total": None, "historical": []},
    ),
    (
        "The Caroline County jail handed 40 people to ICE in 2024, 12 of them between May and the "
        "end of August.",
        date(2025, 8, 20),
        {
            "transfer_report": True,
            "counts": [
                {"period": "2024", "count": 40, "qualifier": "exact"},
                {"period": "2024-05-01/2024-08-31", "count": 12, "qualifier": "exact"},
            ],
            "total": {"count": 40, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Caroline County jail handed 40 people to ICE in 2024, 12 of them between March 1 and "
        "June 30.",
        date(2025, 8, 20),
        {
            "transfer_report": True,
            "counts": [
                {"period": "2024", "count": 40, "qualifier": "exact"},
                {"period": "2024-03-01/2024-06-30", "count": 12, "qualifier": "exact"},
            ],
            "total": {"count": 40, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Caroline County jail handed 40 people to ICE in 2025, 12 of them between January and "
        "March, the sheriff said.",
        date(2026, 3, 20),
        {
            "transfer_report": True,
            "counts": [
                {"period": "2025", "count": 40, "qualifier": "exact"},
                {"period": "2025-01-01/2025-03-31", "count": 12, "qualifier": "exact"},
            ],
            "total": {"count": 40, "qualifier": "exact"},
            "historical": [],
        },
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _COUNTS)
def test_near_misses_of_the_count_rules_keep_their_figures(
    text: str, published: date, expected: dict[str, Any]
) -> None:
    assert _fields(text, published, list(expected)) == expected


_BASES: list[tuple[str, date, dict[str, Any]]] = [
    (
        "The Whitfield County jail handed 14 people to ICE in 2025. The jail notifies an inmate's "
        "lawyer after ICE sends a detainer, but it has not held anyone on one, Sheriff Scott "
        "Chitwood said.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Gwinnett County jail handed 300 people to ICE in 2025. State lawmakers want jails to "
        "wait 48 hours after ICE files a detainer before releasing anyone, Rep. Ana Ruiz said.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Bibb County jail handed 19 people to ICE in 2025. Inmates are released to the street "
        "after ICE files a detainer and fails to pick them up within 48 hours, Sheriff David Davis"
        " said.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Bibb County jail handed 19 people to ICE in 2025. Hours after ICE lodges a detainer, "
        "the jail's lawyer reviews it, and most are rejected, Sheriff David Davis said.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Lee County jail handed 40 people to ICE in 2025. Deputies follow the detainer "
        "ordinance the commission adopted in 2019, Sheriff Carmine Marceno said.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Lee County jail handed 40 people to ICE in 2025. Jailers follow state detainer laws "
        "to the letter, Sheriff Carmine Marceno said.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Lee County jail handed 40 people to ICE in 2025. Jailers follow the detainer policies"
        " the county adopted in 2019, Sheriff Carmine Marceno said.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Hamilton County jail handed 16 people to ICE in 2025. The lawsuit follows a detainer "
        "dispute between the sheriff and federal agents.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Hamilton County jail handed 16 people to ICE in 2025. The policy change came after "
        "detainers were ignored during the 2019 sanctuary fight, the sheriff said.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Hamilton County jail handed 16 people to ICE in 2025. The criticism came after ICE "
        "detainers went unanswered in neighboring Knox County.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Hamilton County jail handed 16 people to ICE in 2025. The audit came after detainer "
        "numbers doubled in 2024.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Hamilton County jail handed 16 people to ICE in 2025. In 2019, transfers came after "
        "ICE detainers; since 2023 the jail has required a judicial warrant.",
        date(2026, 2, 10),
        {"legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Hamilton County jail handed 16 people to ICE in 2025. Before the 2023 ordinance, "
        "transfers came after ICE detainers, but now every one needs a warrant signed by a judge.",
        date(2026, 2, 10),
        {"legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Detainers "
        "alone are not enough, Kline said; ICE must bring a warrant signed by a judge. \"We honor "
        "those,\" she said.",
        date(2026, 2, 10),
        {"legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. ICE sends "
        "the jail detainers and sometimes warrants signed by a federal judge. \"We honor those "
        "signed by a judge,\" Kline said.",
        date(2026, 2, 10),
        {"legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. The jail "
        "gets about 10 detainers a month but holds no one on them. \"We honor those only with a "
        "judge's warrant,\" Kline said.",
        date(2026, 2, 10),
        {"legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Two "
        "deputies died in the line of duty in 2024, a year that also brought a fight over ICE "
        "detainers. \"We honor those who serve,\" Kline said.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Lawmakers "
        "in Columbus are debating whether jails should keep honoring ICE detainers. \"We honor "
        "those who protect us,\" Kline said of her deputies.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. The jail "
        "honors ICE detainers despite the risk of being sued, Kline said.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. All 22 "
        "were held on ICE detainers, a practice the ACLU says exposes the county to lawsuits.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Each was "
        "turned over on an ICE detainer, Kline said, though she could not discuss lawsuits over "
        "the practice.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. The jail "
        "will keep honoring ICE detainers even if it might be sued, Kline said.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Twenty-two"
        " people held on ICE detainers were picked up; ICE did not come for three others.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. All were "
        "held on ICE detainers, and ICE did not take long to collect them.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Each of "
        "the 22 had an ICE detainer; agents never picked up two others whose detainers expired.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Nobody was"
        " held for ICE without a detainer, Kline said.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. No one was"
        " held longer than 48 hours before ICE picked them up on their detainers.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. No one was"
        " held in the jail for more than a day after ICE lodged a detainer.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Detention "
        "deputies trained by ICE will serve administrative immigration warrants once the agreement"
        " takes effect.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Once "
        "certified, deputies are allowed to serve administrative immigration warrants.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. ICE's "
        "administrative immigration warrants are not signed by judges, the ACLU noted.",
        date(2026, 2, 10),
        {"legal_basis": []},
    ),
    (
        "The Marion County jail handed 35 people to ICE in 2025. Sheriff Joe Kast turned away "
        "reporters' questions but said each handover followed an ICE detainer.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Under its "
        "287(g) agreement, deputies screened 900 bookings, though Kline said the program has had "
        "no effect on local crime.",
        date(2026, 2, 10),
        {"legal_basis": ["287g"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. The jail's"
        " 287(g) agreement won't change anything for people booked on traffic charges, Kline said,"
        " but deputies use it to screen every felony booking.",
        date(2026, 2, 10),
        {"legal_basis": ["287g"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Trained "
        "deputies work under a 287(g) agreement signed in 2019; no deputy was trained in 2025 "
        "because the roster was full.",
        date(2026, 2, 10),
        {"legal_basis": ["287g"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. The "
        "county's 287(g) agreement is in its sixth year, and no deputy was trained in 2025 because"
        " the program was full.",
        date(2026, 2, 10),
        {"legal_basis": ["287g"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Under the "
        "county's 287(g) agreement, jailers check every booking; no jailer has been trained in the"
        " newer task-force model.",
        date(2026, 2, 10),
        {"legal_basis": ["287g"]},
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Nine "
        "deputies work under the 287(g) agreement, and no deputy has been certified for street "
        "arrests.",
        date(2026, 2, 10),
        {"legal_basis": ["287g"]},
    ),
    (
        "The Davidson County Sheriff's Office turned 12 inmates over to ICE in May, all on "
        "detainers. No one is turned over to another county without a judicial warrant, Sheriff "
        "Dara Hill said.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
    (
        "The Davidson County Sheriff's Office turned 12 inmates over to ICE in May on detainers. "
        "Under the jail's rules, no one is turned over to a bail bondsman without a judicial "
        "warrant.",
        date(2026, 2, 10),
        {"legal_basis": ["detainer"]},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _BASES)
def test_near_misses_of_the_legal_basis_rules_keep_their_bases(
    text: str, published: date, expected: dict[str, Any]
) -> None:
    assert _fields(text, published, list(expected)) == expected


_OTHERS: list[tuple[str, date, dict[str, Any]]] = [
    (
        "A Casper man arrested by ICE agents outside his workplace on Tuesday ended up in ICE "
        "custody in Aurora, Colo., his lawyer said. The Natrona County Sheriff's Office said it "
        "had no role in the arrest.",
        date(2025, 9, 20),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "Court records show that a Riverton woman who ended up in ICE custody in 2023 was later "
        "released on bond. The Fremont County Sheriff's Office declined to comment on her case.",
        date(2025, 9, 20),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "ICE agents arrested 40 workers at a meatpacking plant in Grand Island on Tuesday; all 40 "
        "ended up in ICE custody in Omaha. The Hall County Sheriff's Office helped with traffic "
        "control.",
        date(2025, 9, 20),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "In 2019, the Sweetwater County Sheriff's Office ended its practice of delivering inmates "
        "to the custody of ICE, and it has not resumed it, Sheriff John Grossnickle said.",
        date(2025, 9, 20),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "In 2021 the Sarpy County Sheriff's Office ended a 10-year agreement to hand inmates over "
        "to the custody of ICE agents.",
        date(2025, 9, 20),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "Not one but three inmates were turned over to ICE by the Cascade County jail in August, "
        "Sheriff Jesse Slaughter said.",
        date(2026, 9, 15),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Cascade County", "state": "MT"},
            "agency": "Cascade County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "Not one of the 40 people the Yellowstone County jail handed to ICE last year had a "
        "violent conviction, according to a review by the Billings Gazette.",
        date(2026, 9, 15),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Yellowstone County", "state": "MT"},
            "agency": "Yellowstone County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "Not one of the 12 people the Polk County jail turned over to ICE in May had a criminal "
        "record, according to booking records.",
        date(2025, 9, 20),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Polk County", "state": None},
            "agency": "Polk County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Flathead County Sheriff's Office says it cooperates fully with ICE, and none of the "
        "14 people it turned over to the agency in August was a U.S. citizen.",
        date(2026, 9, 15),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Flathead County", "state": "MT"},
            "agency": "Flathead County Sheriff's Office",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Craven County jail has turned 96 people over to ICE this year. The sheriff hired 12 "
        "detention officers in May. They were 20 to 61 years old.",
        date(2025, 10, 16),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Craven County", "state": "NC"},
            "agency": "Craven County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Craven County jail has turned 96 people over to ICE this year. Three of those handed "
        "over had children at home. They were 2 to 11 years old, their families said.",
        date(2025, 10, 16),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Craven County", "state": "NC"},
            "agency": "Craven County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Craven County jail has turned 96 people over to ICE this year. Five deputies were "
        "hurt in a riot in June. They were 24 to 50 years old.",
        date(2025, 10, 16),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Craven County", "state": "NC"},
            "agency": "Craven County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Craven County jail has turned 96 people over to ICE this year. ICE also sent three "
        "officers to the jail in May. They were 30 to 45 years old.",
        date(2025, 10, 16),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Craven County", "state": "NC"},
            "agency": "Craven County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest person handed over "
        "by the sheriff's deputies was 18; the oldest was 61.",
        date(2025, 4, 23),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": [18, 61],
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest inmate released to "
        "immigration officers was 18; the oldest was 61.",
        date(2025, 4, 23),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": [18, 61],
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest person ICE officers"
        " picked up from the jail was 19; the oldest was 58.",
        date(2025, 4, 23),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": [19, 58],
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest, a father of two "
        "children, was 19; the oldest was 61.",
        date(2025, 4, 23),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": [19, 61],
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest, whom deputies "
        "arrested at a traffic stop, was 19; the oldest was 61.",
        date(2025, 4, 23),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": [19, 61],
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024, including a family of three. The"
        " youngest of the family members handed to ICE was 4; the oldest was 44.",
        date(2025, 4, 23),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": [4, 44],
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest child left behind "
        "by those handed over to U.S. immigration authorities was 2; the oldest was 17.",
        date(2025, 4, 23),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest of the 30 had lived"
        " in the U.S. since 2009, when he was 3; the oldest was 61.",
        date(2025, 4, 23),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Clatsop County jail handed nine people to ICE in 2025. Five were men from Mexico, "
        "Guatemala and Honduras; four were women.",
        date(2025, 10, 16),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Clatsop County", "state": "OR"},
            "agency": "Clatsop County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Carroll County Detention Center in Westminster turned five people over to ICE in "
        "September, Sheriff Jim DeWees said. Two of them were later moved to ICE facilities in "
        "Folkston and Lumpkin.",
        date(2025, 10, 16),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Carroll County", "state": "MD"},
            "agency": "Carroll County Detention Center",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Carroll County Detention Center in Westminster turned five people over to ICE in "
        "September, Sheriff Jim DeWees said. ICE later moved them to detention centers in Folkston"
        " and Lumpkin.",
        date(2025, 10, 16),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Carroll County", "state": "MD"},
            "agency": "Carroll County Detention Center",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Carroll County Detention Center in Westminster turned five people over to ICE in "
        "September, Sheriff Jim DeWees said. Two of them are now held at the Stewart Detention "
        "Center in Lumpkin and one in Folkston.",
        date(2025, 10, 16),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Carroll County", "state": "MD"},
            "agency": "Carroll County Detention Center",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Carroll County jail turned five people over to ICE in September, the sheriff said. "
        "Advocates from Baltimore said relatives in Folkston and Lumpkin had not been told.",
        date(2025, 10, 16),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Carroll County", "state": "MD"},
            "agency": "Carroll County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Jackson-Madison County jail handed four people to ICE in March, the sheriff said.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Jackson-Madison County", "state": None},
            "agency": "Jackson-Madison County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Athens-Clarke County jail handed four people to ICE in March, the sheriff said. "
        "Deputies made the arrests in Decatur and Huntsville.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Athens-Clarke County", "state": "GA"},
            "agency": "Athens-Clarke County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _OTHERS)
def test_near_misses_of_the_place_age_and_country_rules_keep_their_facts(
    text: str, published: date, expected: dict[str, Any]
) -> None:
    assert _fields(text, published, list(expected)) == expected


# The second round: stories written against the narrowed rules.
_ROUND_TWO_FIGURES_AND_BASES: list[tuple[str, date, dict[str, Any]]] = [
    (
        "The Nash County jail releases inmates to ICE at the end of their sentences, unless a "
        "judge orders them freed first. Last year that happened 12 times, Sheriff Keith Stone "
        "said.",
        date(2026, 2, 10),
        {
            "transfer_report": False,
            "counts": [],
            "total": None,
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "ICE regularly asks the Wilson County jail to hand inmates over to ICE before their "
        "release dates. In 2025, that happened 75 times, Sheriff Calvin Woodard said.",
        date(2026, 2, 10),
        {
            "transfer_report": False,
            "counts": [],
            "total": None,
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Gaston County jail transfers people to ICE once their charges are resolved, and "
        "sometimes agents arrive late. In 2025, that happened 19 times, the sheriff said.",
        date(2026, 2, 10),
        {
            "transfer_report": False,
            "counts": [],
            "total": None,
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Perry County jail turned a man over to ICE last week. It was the jail's first "
        "transfer to ICE this year, and probably won't be its only one, the sheriff said.",
        date(2025, 10, 16),
        {"transfer_report": True, "counts": [], "total": None, "historical": [], "legal_basis": []},
    ),
    (
        "The Perry County jail turned a man over to ICE last week. It was the jail's first "
        "transfer to ICE this year, and unlikely to be the only one.",
        date(2025, 10, 16),
        {"transfer_report": True, "counts": [], "total": None, "historical": [], "legal_basis": []},
    ),
    (
        "The Sublette County Sheriff's Office turned 17 people over to ICE between June 1 and Aug."
        " 31, Sheriff Kay Lind said. A winter earlier, the office turned over nine people.",
        date(2025, 9, 20),
        {
            "transfer_report": True,
            "counts": [{"period": "2025-06-01/2025-08-31", "count": 17, "qualifier": "exact"}],
            "total": {"count": 17, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Sublette County Sheriff's Office turned 10 people over to ICE in July, Sheriff Kay "
        "Lind said. A summer earlier, the office turned over four people.",
        date(2025, 8, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025-07", "count": 10, "qualifier": "exact"}],
            "total": {"count": 10, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Sublette County Sheriff's Office turned 18 people over to ICE between June 1 and Aug."
        " 31. That is three times the number from the same three months of 2024, when the office "
        "released 50 people to the county's pretrial program.",
        date(2025, 9, 20),
        {
            "transfer_report": True,
            "counts": [{"period": "2025-06-01/2025-08-31", "count": 18, "qualifier": "exact"}],
            "total": {"count": 18, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Caroline County jail handed 40 people to ICE in 2024, and ICE questioned 12 of them "
        "between March and May.",
        date(2025, 8, 20),
        {
            "transfer_report": True,
            "counts": [{"period": "2024", "count": 40, "qualifier": "exact"}],
            "total": {"count": 40, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Caroline County jail handed 40 people to ICE in 2024, 12 of them between March and "
        "May were from Guatemala.",
        date(2025, 8, 20),
        {
            "transfer_report": True,
            "counts": [{"period": "2024", "count": 40, "qualifier": "exact"}],
            "total": {"count": 40, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Caroline County jail handed 40 people to ICE in 2024, and interviewed 12 of them "
        "between March and May for a state study.",
        date(2025, 8, 20),
        {
            "transfer_report": True,
            "counts": [{"period": "2024", "count": 40, "qualifier": "exact"}],
            "total": {"count": 40, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "At least 14 people have been handed to ICE by the Dover Police Department since January. "
        "Three of those handoffs came from May traffic stops.",
        date(2025, 11, 20),
        {
            "transfer_report": True,
            "counts": [],
            "total": {"count": 14, "qualifier": "at_least"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "At least 14 people have been handed to ICE by the Dover Police Department since January. "
        "Two of those handoffs occurred in a single week in May.",
        date(2025, 11, 20),
        {
            "transfer_report": True,
            "counts": [],
            "total": {"count": 14, "qualifier": "at_least"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "At least 14 people have been handed to ICE by the Dover Police Department since January. "
        "Two of those handoffs happened in the first two weeks of May.",
        date(2025, 11, 20),
        {
            "transfer_report": True,
            "counts": [],
            "total": {"count": 14, "qualifier": "at_least"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Clatsop County jail handed six people to ICE in August. The sheriff says the jail "
        "released no one to ICE in September, but booking logs show three transfers that month.",
        date(2025, 11, 3),
        {
            "transfer_report": True,
            "counts": [
                {"period": "2025-08", "count": 6, "qualifier": "exact"},
                {"period": "2025-09", "count": 3, "qualifier": "exact"},
            ],
            "total": None,
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Clatsop County jail handed people to ICE in October. It turned over 12, the sheriff "
        "said, the highest monthly figure since the county signed its agreement.",
        date(2025, 11, 3),
        {
            "transfer_report": True,
            "counts": [{"period": "2025-10", "count": 12, "qualifier": "exact"}],
            "total": {"count": 12, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Hamilton County jail handed 16 people to ICE in 2025. Transfers at the jail follow "
        "the detainer policy the commission adopted in 2019, Sheriff Austin Garrett said.",
        date(2026, 2, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 16, "qualifier": "exact"}],
            "total": {"count": 16, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Hamilton County jail handed 16 people to ICE in 2025. In 2025, transfers followed ICE"
        " detainers, as they have since 2017, Sheriff Austin Garrett said.",
        date(2026, 2, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 16, "qualifier": "exact"}],
            "total": {"count": 16, "qualifier": "exact"},
            "historical": [],
            "legal_basis": ["detainer"],
        },
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. ICE sends "
        "the jail detainers, and defense lawyers send it requests to ignore them. \"We honor "
        "those,\" Kline said.",
        date(2026, 2, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 22, "qualifier": "exact"}],
            "total": {"count": 22, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. The jail "
        "honors ICE detainers, though Kline warned that holding someone on a detainer could expose"
        " the county to lawsuits.",
        date(2026, 2, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 22, "qualifier": "exact"}],
            "total": {"count": 22, "qualifier": "exact"},
            "historical": [],
            "legal_basis": ["detainer"],
        },
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Counties "
        "that honor detainers risk being sued, but the jail honors every one, Kline said.",
        date(2026, 2, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 22, "qualifier": "exact"}],
            "total": {"count": 22, "qualifier": "exact"},
            "historical": [],
            "legal_basis": ["detainer"],
        },
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Advocates "
        "say administrative immigration warrants, which ICE officers sign themselves, are no "
        "substitute for a judge's.",
        date(2026, 2, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 22, "qualifier": "exact"}],
            "total": {"count": 22, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. A federal "
        "judge ruled last year that administrative immigration warrants do not let jails hold "
        "anyone.",
        date(2026, 2, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 22, "qualifier": "exact"}],
            "total": {"count": 22, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Wake County jail hands people to ICE only when agents bring a judicial warrant. In "
        "the city jail, that happened 30 times last year.",
        date(2026, 2, 10),
        {
            "transfer_report": False,
            "counts": [],
            "total": None,
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "Starting in July, the Wake County jail will hand people to ICE only when agents bring a "
        "judicial warrant. In 2025, that happened 22 times.",
        date(2026, 2, 10),
        {
            "transfer_report": False,
            "counts": [],
            "total": None,
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Wake County jail hands people to ICE only when agents bring a judicial warrant. In "
        "2025, it happened 22 times that agents showed up with an administrative form instead.",
        date(2026, 2, 10),
        {
            "transfer_report": False,
            "counts": [],
            "total": None,
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Wake County jail hands people over to ICE after their court dates unless they are "
        "needed as witnesses. In 2025, that happened 14 times.",
        date(2026, 2, 10),
        {
            "transfer_report": False,
            "counts": [],
            "total": None,
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Wake County jail transfers people to ICE once they post bail, except when a judge "
        "intervenes. Last year that happened six times.",
        date(2026, 2, 10),
        {
            "transfer_report": False,
            "counts": [],
            "total": None,
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Lamar County jail handed people to ICE in April and May. In May the count was 12, "
        "more or less the same as in April, Sheriff Scott Cass said.",
        date(2025, 6, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025-04", "count": 12, "qualifier": "exact"}],
            "total": {"count": 12, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Under its "
        "287(g) agreement, jailers screen every booking; no officers have completed the newer "
        "task-force course.",
        date(2026, 2, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 22, "qualifier": "exact"}],
            "total": {"count": 22, "qualifier": "exact"},
            "historical": [],
            "legal_basis": ["287g"],
        },
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. The jail's"
        " 287(g) agreement has been in force since 2019; none of its deputies have completed the "
        "new refresher course.",
        date(2026, 2, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 22, "qualifier": "exact"}],
            "total": {"count": 22, "qualifier": "exact"},
            "historical": [],
            "legal_basis": ["287g"],
        },
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. Under the "
        "287(g) agreement, jailers hold people for ICE; the program has no effect, Kline said, on "
        "people cited for traffic offenses.",
        date(2026, 2, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 22, "qualifier": "exact"}],
            "total": {"count": 22, "qualifier": "exact"},
            "historical": [],
            "legal_basis": ["287g"],
        },
    ),
    (
        "If the deal goes through, the Perry County jail will turn a man over to ICE next week. It"
        " would be the jail's first transfer to ICE this year, and its only one.",
        date(2025, 10, 16),
        {"transfer_report": True, "counts": [], "total": None, "historical": [], "legal_basis": []},
    ),
    (
        "The Perry County jail turned a man over to ICE last week, the sheriff said. It was the "
        "jail's first transfer to ICE this year, and the sheriff hopes it is the only one.",
        date(2025, 10, 16),
        {"transfer_report": True, "counts": [], "total": None, "historical": [], "legal_basis": []},
    ),
    (
        "The Clatsop County jail handed six people to ICE in August. The jail released no one to "
        "ICE in September until agents brought a warrant on Sept. 28, Sheriff Ana Ortiz said.",
        date(2025, 11, 3),
        {
            "transfer_report": True,
            "counts": [{"period": "2025-08", "count": 6, "qualifier": "exact"}],
            "total": {"count": 6, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Wake County jail hands people to ICE only when agents bring a judicial warrant. In "
        "Durham, that happened 30 times last year.",
        date(2026, 2, 10),
        {
            "transfer_report": False,
            "counts": [],
            "total": None,
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. ICE sends "
        "the jail detainers and subpoenas. \"We honor those,\" Kline said of the subpoenas.",
        date(2026, 2, 10),
        {
            "transfer_report": True,
            "counts": [{"period": "2025", "count": 22, "qualifier": "exact"}],
            "total": {"count": 22, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Lamar County jail released 30 people to ICE from July through September. Its new "
        "annex, which opened a year ago, released 11 people to ICE in the same three months.",
        date(2025, 10, 8),
        {
            "transfer_report": True,
            "counts": [{"period": "2025-07-01/2025-09-30", "count": 30, "qualifier": "exact"}],
            "total": {"count": 30, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
    (
        "The Sublette County Sheriff's Office turned 18 people over to ICE between June 1 and Aug."
        " 31. That is three times the number from the same three months of 2024, when the office "
        "sent 60 people to drug court.",
        date(2025, 9, 20),
        {
            "transfer_report": True,
            "counts": [{"period": "2025-06-01/2025-08-31", "count": 18, "qualifier": "exact"}],
            "total": {"count": 18, "qualifier": "exact"},
            "historical": [],
            "legal_basis": [],
        },
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _ROUND_TWO_FIGURES_AND_BASES)
def test_second_round_near_misses_of_the_figure_and_basis_rules(
    text: str, published: date, expected: dict[str, Any]
) -> None:
    assert _fields(text, published, list(expected)) == expected


_ROUND_TWO_OTHERS: list[tuple[str, date, dict[str, Any]]] = [
    (
        "Two former inmates of the Dane County jail, released on bond in March, ended up in ICE "
        "custody after agents arrested them at their homes in April.",
        date(2025, 6, 1),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "No inmate booked into the Linn County jail this year has ended up in ICE custody, Sheriff"
        " Brian Gardner said.",
        date(2025, 6, 1),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "A Guatemalan man booked into the Lancaster County jail on a DUI charge in 2019 ended up "
        "in ICE custody five years later, after agents arrested him at work.",
        date(2025, 6, 1),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "Prisoners released by the Oregon Department of Corrections are not handed to ICE, but 12 "
        "of them ended up in ICE custody anyway after agents arrested them at parole offices.",
        date(2025, 6, 1),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "Relatives of detainees who ended up in ICE custody after a raid at a meatpacking plant "
        "rallied outside the Douglas County jail on Sunday.",
        date(2025, 6, 1),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "Sixteen people arrested by Pickens County sheriff's deputies have been turned over to ICE"
        " since March, the sheriff said.",
        date(2025, 6, 1),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "Not one of the 25 inmates the Lee County jail has turned over to ICE this year was "
        "arrested for a violent crime, records show.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Lee County", "state": None},
            "agency": "Lee County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "Not one of the 18 people who were handed to ICE by the Collier County jail in March had a"
        " lawyer, advocates said.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Collier County", "state": "FL"},
            "agency": "Collier County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Flathead County Sheriff's Office says it follows the law, and none of the 14 people "
        "it has turned over to ICE this year was a U.S. citizen.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Flathead County", "state": "MT"},
            "agency": "Flathead County Sheriff's Office",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The sheriff's office cooperates with ICE, and not one of the 30 inmates who have been "
        "handed to ICE by the Polk County jail this year was charged with a felony.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Polk County", "state": None},
            "agency": "Polk County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "Not a single one of the 9 inmates the Deschutes County jail had turned over to ICE in "
        "2024 was a violent offender, the audit found.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Deschutes County", "state": "OR"},
            "agency": "Deschutes County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Durham County jail handed 40 people to ICE this year. The sheriff hired six new "
        "nurses in May. They were 25 to 58 years old.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Durham County", "state": "NC"},
            "agency": "Durham County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Durham County jail handed 40 people to ICE this year. Two ICE officers now work at "
        "the jail full time. They were 30 to 45 years old.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Durham County", "state": "NC"},
            "agency": "Durham County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Durham County jail handed 12 people to ICE in May. Another 30 inmates were released "
        "on bond before ICE could pick them up. They were 19 to 70 years old.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Durham County", "state": "NC"},
            "agency": "Durham County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Orange County jail handed 14 people to ICE this year. They left 22 grandchildren "
        "behind. They were 1 to 15 years old.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Orange County", "state": "CA"},
            "agency": "Orange County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Alamance County jail handed 14 people to ICE in 2024. Two county commissioners asked "
        "the sheriff to stop. They were 44 to 70 years old.",
        date(2025, 3, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Alamance County", "state": "NC"},
            "agency": "Alamance County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Guilford County jail holds about 900 inmates. They were 18 to 80 years old last year,"
        " the sheriff said. The jail handed 30 people to ICE in 2024.",
        date(2025, 3, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Guilford County", "state": "NC"},
            "agency": "Guilford County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Coconino County jail handed 25 people to ICE in 2024. Sheriff Dana Roe, the youngest "
        "sheriff elected in the U.S. that year, was 29 when she took office. The oldest person the"
        " jail handed over was 71.",
        date(2025, 3, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Coconino County", "state": "AZ"},
            "agency": "Coconino County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest, who was arrested "
        "while driving to work, was 19; the oldest was 61.",
        date(2025, 3, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": [19, 61],
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest, detained when "
        "deputies stopped his car, was 19; the oldest was 61.",
        date(2025, 3, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": [19, 61],
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest of the residents "
        "handed to ICE was 18; the oldest was 60.",
        date(2025, 3, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": [18, 60],
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest child handed over "
        "with her mother was 3; the oldest person handed over was 58.",
        date(2025, 3, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": [3, 58],
            "nationalities": {},
        },
    ),
    (
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest of the U.S. Army "
        "veterans among them was 24; the oldest was 70.",
        date(2025, 3, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Ravalli County", "state": "MT"},
            "agency": "Ravalli County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Marion County jail turned 14 inmates over to ICE this year. Of the jail's 200 "
        "inmates, 25 are men from Mexico, the sheriff said.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Marion County", "state": None},
            "agency": "Marion County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Clatsop County jail handed nine people to ICE in 2025. Of the 30 deputies it hired "
        "this year, five were women from Canada.",
        date(2025, 10, 16),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Clatsop County", "state": "OR"},
            "agency": "Clatsop County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Cobb County jail hands people to ICE on detainers. In 2024, that happened three times"
        " as often as in 2020, Sheriff Craig Owens said.",
        date(2025, 3, 1),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Durham County jail handed 40 people to ICE this year. ICE sends four agents to "
        "collect them each week. They were 30 to 52 years old.",
        date(2025, 6, 1),
        {
            "transfer_report": True,
            "jurisdiction": {"name": "Durham County", "state": "NC"},
            "agency": "Durham County jail",
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "Nine inmates of the Sampson County jail wound up in the custody of federal immigration "
        "officials in May, but none of them were handed over by the jail; agents arrested them "
        "after they posted bond.",
        date(2025, 6, 1),
        {
            "transfer_report": False,
            "jurisdiction": None,
            "agency": None,
            "age_range": None,
            "nationalities": {},
        },
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _ROUND_TWO_OTHERS)
def test_second_round_near_misses_of_the_place_age_and_country_rules(
    text: str, published: date, expected: dict[str, Any]
) -> None:
    assert _fields(text, published, list(expected)) == expected

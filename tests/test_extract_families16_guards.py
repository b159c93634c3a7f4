"""Near misses of the sixteenth round's rules, from six reviewers' stories in two rounds
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
        "The Mesa County jail must notify ICE before it releases anyone with a detainer, and"
        " in 2024 it did just that 310 times, the sheriff's office said. It handed 42 people"
        " directly to ICE agents in 2024.",
        date(2025, 8, 14),
        {
            "counts": [{"period": "2024", "count": 42, "qualifier": "exact"}],
            "total": {"count": 42, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Mesa County Sheriff's Office handed 30 people to ICE in the first half of the"
        " year. Jailers are supposed to check each inmate's immigration status at booking,"
        " and they did exactly that 1,400 times in 2024.",
        date(2025, 8, 14),
        {
            "counts": [{"period": "2025-01-01/2025-06-30", "count": 30, "qualifier": "exact"}],
            "total": {"count": 30, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Mesa County Sheriff's Office handed 30 people to ICE in the first half of the"
        " year. Deputies are allowed to ask about immigration status at traffic stops, and"
        " they did exactly that 212 times in 2024.",
        date(2025, 8, 14),
        {
            "counts": [{"period": "2025-01-01/2025-06-30", "count": 30, "qualifier": "exact"}],
            "total": {"count": 30, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Mesa County Sheriff's Office handed 30 people to ICE in the first half of the"
        " year. The sheriff has said he would refuse ICE requests he considers improper, and"
        " in 2024 he did exactly that 17 times.",
        date(2025, 8, 14),
        {
            "counts": [{"period": "2025-01-01/2025-06-30", "count": 30, "qualifier": "exact"}],
            "total": {"count": 30, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Rice County Sheriff's Office turned people over to ICE each month this year. In"
        " January it was five, and in February, six, and in March it was eight.",
        date(2025, 4, 10),
        {
            "counts": [
                {"period": "2025-01", "count": 5, "qualifier": "exact"},
                {"period": "2025-03", "count": 8, "qualifier": "exact"},
            ],
            "total": None,
            "historical": [],
        },
    ),
    (
        "The Rice County Sheriff's Office turned people over to ICE each month this year. In"
        " January it was five, and in February, six, and in March it was eight.",
        date(2025, 4, 10),
        {
            "counts": [
                {"period": "2025-01", "count": 5, "qualifier": "exact"},
                {"period": "2025-03", "count": 8, "qualifier": "exact"},
            ],
            "total": None,
            "historical": [],
        },
    ),
    (
        "The Rice County Sheriff's Office turned people over to ICE each month this year. In"
        " January it was five, and in February, six.",
        date(2025, 4, 10),
        {
            "counts": [{"period": "2025-01", "count": 5, "qualifier": "exact"}],
            "total": {"count": 5, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Rice County Sheriff's Office turned people over to ICE every month this year,"
        " records show. In January it was five, and in February, six.",
        date(2025, 4, 10),
        {
            "counts": [{"period": "2025-01", "count": 5, "qualifier": "exact"}],
            "total": {"count": 5, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Rice County Sheriff's Office has turned people over to ICE every month since the"
        " fall. In January it was five, and in February, six.",
        date(2025, 4, 10),
        {
            "counts": [{"period": "2025-01", "count": 5, "qualifier": "exact"}],
            "total": {"count": 5, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Rice County Sheriff's Office turned 19 people over to ICE in the first quarter."
        " Detainer requests climbed too. In January it was 20, and in February, 31.",
        date(2025, 4, 10),
        {
            "counts": [
                {"period": "2025-01-01/2025-03-31", "count": 19, "qualifier": "exact"},
                {"period": "2025-01", "count": 20, "qualifier": "exact"},
            ],
            "total": {"count": 19, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Rice County Sheriff's Office turned 19 people over to ICE in the first quarter."
        " Bookings at the jail rose too. In January it was 900, and in February, 1,020.",
        date(2025, 4, 10),
        {
            "counts": [
                {"period": "2025-01-01/2025-03-31", "count": 19, "qualifier": "exact"},
                {"period": "2025-01", "count": 900, "qualifier": "exact"},
            ],
            "total": {"count": 19, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Rice County Sheriff's Office turned 19 people over to ICE in the first quarter."
        " Neighboring Polk County's jail also hands people to ICE. In January it was nine,"
        " and in February, 13.",
        date(2025, 4, 10),
        {
            "counts": [
                {"period": "2025-01-01/2025-03-31", "count": 19, "qualifier": "exact"},
                {"period": "2025-01", "count": 9, "qualifier": "exact"},
            ],
            "total": {"count": 19, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Scott County Sheriff's Office has turned over 21 people to ICE under a 287(g)"
        " agreement approved by commissioners in January.",
        date(2025, 7, 9),
        {"counts": [], "total": {"count": 21, "qualifier": "exact"}, "historical": []},
    ),
    (
        "The Scott County Sheriff's Office has handed 21 people to ICE under the 287(g)"
        " program it entered in January.",
        date(2025, 7, 9),
        {"counts": [], "total": {"count": 21, "qualifier": "exact"}, "historical": []},
    ),
    (
        "The Scott County Sheriff's Office has turned 40 people over to ICE under its 287(g)"
        " agreement, renewed in February.",
        date(2025, 7, 9),
        {"counts": [], "total": {"count": 40, "qualifier": "exact"}, "historical": []},
    ),
    (
        "The Scott County Sheriff's Office handed 30 people to ICE through its 287(g) task"
        " force, created in January, the sheriff said.",
        date(2025, 7, 9),
        {"counts": [], "total": {"count": 30, "qualifier": "exact"}, "historical": []},
    ),
    (
        "The Scott County jail transferred 12 people to ICE under Section 287(g) of the"
        " Immigration and Nationality Act, added to the law in 1996.",
        date(2025, 7, 9),
        {"counts": [], "total": {"count": 12, "qualifier": "exact"}, "historical": []},
    ),
    (
        "The Dodge County jail turned 30 people over to ICE in 2025, an increase of 12 over"
        " 2024.",
        date(2026, 1, 20),
        {
            "counts": [{"period": "2025", "count": 30, "qualifier": "exact"}],
            "total": {"count": 30, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Tift County Jail turned 17 people over to ICE in the second quarter, an increase"
        " of six over the same quarter last year.",
        date(2025, 8, 6),
        {
            "counts": [{"period": "2025-04-01/2025-06-30", "count": 17, "qualifier": "exact"}],
            "total": {"count": 17, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Webb County Sheriff's Office handed 50 people to ICE between July and September."
        " After a 2024 policy revision, the office trimmed the number to 50 from 75 a"
        " quarter.",
        date(2025, 11, 5),
        {
            "counts": [{"period": "2025-07-01/2025-09-30", "count": 50, "qualifier": "exact"}],
            "total": {"count": 50, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Webb County Sheriff's Office handed 50 people to ICE between July and September."
        " Since revising its policy in 2023, the office has cut the number to 50 a quarter"
        " from about 90.",
        date(2025, 11, 5),
        {
            "counts": [{"period": "2025-07-01/2025-09-30", "count": 50, "qualifier": "exact"}],
            "total": {"count": 50, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Lincoln County Sheriff's Office released four people from its jail to ICE in the"
        " fiscal year that ran from July 2024 through June 2025. Boone County Sheriff Amy"
        " Wirth says the jail released no one to ICE in July.",
        date(2025, 8, 6),
        {
            "counts": [{"period": "2024-07-01/2025-06-30", "count": 4, "qualifier": "exact"}],
            "total": {"count": 4, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Pitt County jail booked 300 people between January and September. Most were"
        " released on bond or served their sentences. The other 14 were handed to ICE, the"
        " sheriff said.",
        date(2025, 10, 20),
        {"counts": [], "total": {"count": 14, "qualifier": "exact"}, "historical": []},
    ),
    (
        "The Dodge County jail booked 210 people in 2024. Of the 30 who had ICE detainers, 18"
        " were released on bail before agents arrived. The remaining 12 were turned over to"
        " ICE.",
        date(2025, 6, 15),
        {"counts": [], "total": {"count": 12, "qualifier": "exact"}, "historical": []},
    ),
    (
        "The Harlan County Sheriff's Office handed 12 jail inmates to ICE in April. The"
        " state's audit put this year's count at 31 statewide: 22 between January and March"
        " and nine last month.",
        date(2026, 5, 12),
        {
            "counts": [{"period": "2026-04", "count": 12, "qualifier": "exact"}],
            "total": {"count": 12, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Gila County jail turned 14 people over to ICE in the first quarter. Deputies"
        " arrested 12 people in 2024 and three more in January on ICE warrants.",
        date(2025, 6, 15),
        {
            "counts": [
                {"period": "2025-01-01/2025-03-31", "count": 14, "qualifier": "exact"},
                {"period": "2025-01", "count": 3, "qualifier": "exact"},
            ],
            "total": {"count": 14, "qualifier": "exact"},
            "historical": [{"period": "2024", "count": 12, "qualifier": "exact"}],
        },
    ),
]

_HISTORY: list[tuple[str, date, dict[str, Any]]] = [
    (
        "The Greer County jail handed 10 people to ICE in April, the sheriff said. Agents had"
        " come to the jail twice in March, when six people were handed over.",
        date(2025, 5, 10),
        {
            "counts": [
                {"period": "2025-04", "count": 10, "qualifier": "exact"},
                {"period": "2025-03", "count": 6, "qualifier": "exact"},
            ],
            "total": None,
            "historical": [],
        },
    ),
    (
        "The Wake County Sheriff's Office turned 14 people over to ICE in June, the sheriff"
        " said. Agents came twice in May, when nine people were transferred, and once in"
        " April.",
        date(2025, 8, 1),
        {
            "counts": [
                {"period": "2025-06", "count": 14, "qualifier": "exact"},
                {"period": "2025-05", "count": 9, "qualifier": "exact"},
            ],
            "total": None,
            "historical": [],
        },
    ),
    (
        "The Lake County Sheriff's Office turned 19 people over to ICE in May. Jail staff"
        " worked double overtime in April, when 22 people were handed to ICE.",
        date(2025, 6, 10),
        {
            "counts": [
                {"period": "2025-05", "count": 19, "qualifier": "exact"},
                {"period": "2025-04", "count": 22, "qualifier": "exact"},
            ],
            "total": None,
            "historical": [],
        },
    ),
    (
        "The Greer County jail handed 10 people to ICE in June, the sheriff said. ICE buses"
        " came to the jail twice in May, when eight people were picked up, and three times in"
        " April.",
        date(2025, 7, 2),
        {
            "counts": [{"period": "2025-06", "count": 10, "qualifier": "exact"}],
            "total": {"count": 10, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Sully County Sheriff's Office handed 38 people to ICE in 2025, the sheriff said."
        " The jail worked twice as hard to process cases in 2024, when 12 people were"
        " released on bond.",
        date(2026, 1, 14),
        {
            "counts": [{"period": "2025", "count": 38, "qualifier": "exact"}],
            "total": {"count": 38, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Dane County jail handed 70 people to ICE in 2025, twice as many as the year"
        " before, when it handed over 35, most of them in December.",
        date(2026, 1, 15),
        {
            "counts": [{"period": "2025", "count": 70, "qualifier": "exact"}],
            "total": {"count": 70, "qualifier": "exact"},
            "historical": [{"period": "2024", "count": 35, "qualifier": "exact"}],
        },
    ),
    (
        "The Tioga County jail turned 12 people over to ICE in June. Two-thirds of the 45"
        " people it handed over between January and May were from Mexico, the sheriff said.",
        date(2025, 7, 8),
        {
            "counts": [
                {"period": "2025-06", "count": 12, "qualifier": "exact"},
                {"period": "2025-01-01/2025-05-31", "count": 45, "qualifier": "exact"},
            ],
            "total": None,
            "historical": [],
        },
    ),
    (
        "The Tioga County jail turned 12 people over to ICE in June, the sheriff said."
        " Two-thirds of the 45 people turned over between January and May came from Mexico.",
        date(2025, 7, 2),
        {
            "counts": [
                {"period": "2025-06", "count": 12, "qualifier": "exact"},
                {"period": "2025-01-01/2025-05-31", "count": 45, "qualifier": "exact"},
            ],
            "total": None,
            "historical": [],
        },
    ),
    (
        "The Pike County jail turned 8 people over to ICE in November, the sheriff said."
        " Two-thirds of the 30 people turned over in the third quarter were from Mexico.",
        date(2025, 12, 1),
        {
            "counts": [
                {"period": "2025-11", "count": 8, "qualifier": "exact"},
                {"period": "2025-07-01/2025-09-30", "count": 30, "qualifier": "exact"},
            ],
            "total": None,
            "historical": [],
        },
    ),
    (
        "The Perry County jail turned 12 people over to ICE in the first half of 2025 and"
        " none at all since July, the sheriff said.",
        date(2025, 10, 15),
        {
            "counts": [{"period": "2025-01-01/2025-06-30", "count": 12, "qualifier": "exact"}],
            "total": {"count": 12, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Perry County jail turned 12 people over to ICE in the first half of 2025 and"
        " none at all since the state law took effect July 1, the sheriff said.",
        date(2025, 10, 15),
        {
            "counts": [{"period": "2025-01-01/2025-06-30", "count": 12, "qualifier": "exact"}],
            "total": {"count": 12, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Perry County jail turned 12 people over to ICE in the first half of 2025 and"
        " none at all last month, the sheriff said.",
        date(2025, 9, 10),
        {
            "counts": [{"period": "2025-01-01/2025-06-30", "count": 12, "qualifier": "exact"}],
            "total": {"count": 12, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Perry County jail turned 30 people over to ICE in 2024 and none at all this"
        " year, the sheriff said.",
        date(2025, 6, 10),
        {
            "counts": [{"period": "2024", "count": 30, "qualifier": "exact"}],
            "total": {"count": 30, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Cole County Sheriff's Office has turned 60 people over to ICE since its"
        " agreement took effect last year and 14 of them in June alone.",
        date(2025, 7, 9),
        {
            "counts": [{"period": "2025-06", "count": 14, "qualifier": "exact"}],
            "total": {"count": 60, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Cole County Sheriff's Office has turned 60 people over to ICE since its"
        " agreement took effect in 2024 and 14 of them in June.",
        date(2025, 7, 9),
        {
            "counts": [{"period": "2025-06", "count": 14, "qualifier": "exact"}],
            "total": {"count": 60, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Cass County Sheriff's Office has turned 60 people over to ICE since Sheriff Ana"
        " Ruiz took office in 2023 and 14 more in June.",
        date(2025, 7, 9),
        {
            "counts": [{"period": "2025-06", "count": 14, "qualifier": "exact"}],
            "total": {"count": 60, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Onslow County Sheriff's Office handed 15 people to ICE last week, the most since"
        " its agreement took effect in May, the sheriff said.",
        date(2025, 6, 20),
        {"counts": [], "total": {"count": 15, "qualifier": "exact"}, "historical": []},
    ),
    (
        "Between May 16 and Aug. 15 the Kane County jail handed 33 people to ICE, up from 12"
        " in the same three months of 2024.",
        date(2025, 8, 20),
        {
            "counts": [{"period": "2025-05-16/2025-08-15", "count": 33, "qualifier": "exact"}],
            "total": {"count": 33, "qualifier": "exact"},
            "historical": [{"period": "2024-05-16/2024-08-15", "count": 12, "qualifier": "exact"}],
        },
    ),
    (
        "The Kane County jail handed 33 people to ICE over the past three months, up from 12"
        " in the same three months of 2024.",
        date(2025, 8, 20),
        {
            "counts": [{"period": "2025-05-20/2025-08-20", "count": 33, "qualifier": "exact"}],
            "total": {"count": 33, "qualifier": "exact"},
            "historical": [{"period": "2024-05-20/2024-08-20", "count": 12, "qualifier": "exact"}],
        },
    ),
    (
        "The Hays County jail turned 60 people over to ICE in 2025 so far, the sheriff said."
        " Over the past three months the jail handed over 33, up from 12 in the same three"
        " months of 2024.",
        date(2025, 6, 15),
        {
            "counts": [
                {"period": "2025", "count": 60, "qualifier": "exact"},
                {"period": "2025-03-15/2025-06-15", "count": 33, "qualifier": "exact"},
            ],
            "total": {"count": 60, "qualifier": "exact"},
            "historical": [{"period": "2024-03-15/2024-06-15", "count": 12, "qualifier": "exact"}],
        },
    ),
    (
        "Of the 64 people the Box Elder County jail delivered to ICE in 2025, 31 were from"
        " January through June, the sheriff said.",
        date(2026, 1, 20),
        {
            "counts": [
                {"period": "2025", "count": 64, "qualifier": "exact"},
                {"period": "2025-01-01/2025-06-30", "count": 31, "qualifier": "exact"},
            ],
            "total": {"count": 64, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "Of the 64 people the Box Elder County jail delivered to ICE in 2025, 31 were from"
        " March to May, the sheriff said.",
        date(2026, 1, 20),
        {
            "counts": [
                {"period": "2025", "count": 64, "qualifier": "exact"},
                {"period": "2025-03-01/2025-05-31", "count": 31, "qualifier": "exact"},
            ],
            "total": {"count": 64, "qualifier": "exact"},
            "historical": [],
        },
    ),
]

_BASES: list[tuple[str, date, dict[str, Any]]] = [
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. When ICE lodges a detainer, the jail doesn't hold the person past the"
        " release date.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. When ICE files a detainer, deputies won't honor it without a judge's"
        " signature, Sheriff Amy Lutz said.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. Even when the federal agency lodges a detainer, deputies don't honor it"
        " without a judge's signature.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. When ICE lodges a detainer, the jail lets the person go at the end of the"
        " sentence, Sheriff Amy Lutz said.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. The jail notifies ICE of release times when the agency lodges a detainer,"
        " but it releases people on schedule.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. When ICE files a detainer, the jail emails the agency the release date."
        " It does not hold anyone past that date.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. Sheriff Amy Lutz ended the practice of holding inmates when ICE files a"
        " detainer in 2019.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. It is the state prison system, not the county jail, that holds people"
        " when ICE files a detainer.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. Under a state law that takes effect in January, jails must hold people"
        " when ICE lodges a detainer.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. The new sheriff plans to start holding people when ICE lodges a detainer"
        " this summer.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. Sheriff Amy Lutz says she is considering holding people when ICE files a"
        " detainer.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. The new sheriff, sworn in next month, says deputies are to hand people"
        " over whenever ICE sends a detainer.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. When ICE files a detainer, it asks a jail to hold someone for up to 48"
        " hours beyond release.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in March on judicial"
        " warrants. Until 2019, the jail held inmates for up to 48 hours after ICE issues a"
        " detainer; a court ruling ended that.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Kent County Sheriff's Office turned 18 people over to ICE last year on judicial"
        " warrants. ICE never picked up four other men, even after placing detainers on them.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025, all on judicial warrants. The Values Act's conviction exception did not"
        " apply to any of them.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025, all on judicial warrants. The Values Act contains no exception for those"
        " with misdemeanor convictions.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025, all on judicial warrants. Advocates want lawmakers to close the conviction"
        " exception.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025, all on judicial warrants. Sheriff Dave Kain wants the Legislature to widen"
        " the exception for people with serious convictions.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025, all on judicial warrants. If any had had a conviction that the Values Act"
        " lists, the office could have transferred them without a warrant.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025 on judicial warrants. Under the Values Act, the office can also transfer"
        " people with a conviction that the law lists, but it did not do so this year.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025, all on judicial warrants. Separately, the county's cannabis licensing"
        " ordinance has a conviction exception for minor drug offenses.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Marion County Sheriff's Office turned three people over to ICE in May on"
        " detainers. The county's new fair-chance hiring rule, passed the same month,"
        " includes an exception for people with violent convictions.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["detainer"]},
    ),
    (
        "The Kerr County Sheriff's Office handed 20 people to ICE in May on detainers. One of"
        " them had been denied a handgun license over a conviction that the state law lists"
        " as disqualifying.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["detainer"]},
    ),
    (
        "The California Department of Corrections and Rehabilitation transferred 310 people"
        " to ICE in 2024 on detainers. County jails house some inmates eligible for transfer"
        " under the state's realignment law because of nonviolent convictions.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["detainer"]},
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. In each case a"
        " state judge ordered the person released to federal immigration authorities at"
        " sentencing.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["court_order"]},
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. In each case a"
        " state judge, at sentencing, ordered the inmate freed into ICE custody.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["court_order"]},
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. In each case a"
        " judge ordered him released into the custody of immigration agents.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["court_order"]},
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. The 2018"
        " settlement requires the center to demand a warrant signed by a judge, and it did so"
        " in each case, the warden said.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. Since a 2018"
        " settlement, which requires a judicial warrant, the center has released people to"
        " ICE only on judicial warrants.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. The county"
        " settled the lawsuit in 2019. The settlement requires the jail to turn people over"
        " only on judicial warrants, and that is how all 14 left.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. Under a"
        " settlement that has governed the jail since 2016, it will hand people to ICE only"
        " on judicial warrants.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["judicial_warrant"]},
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. Under the 2017"
        " settlement, the jail will honor ICE detainers only for people convicted of"
        " felonies. All 14 had felony convictions.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["detainer"]},
    ),
    (
        "The Luna County Sheriff's Office handed 14 people to ICE in 2024. The county paid a"
        " $50,000 settlement last year and will keep honoring detainers, Sheriff Ray Ortiz"
        " said.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["detainer"]},
    ),
    (
        "The Burt County Sheriff's Office handed 40 people to ICE in 2024. The office signed"
        " a 287(g) agreement in 2023; none of the state's other 92 counties have signed a"
        " 287(g) agreement.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["287g"]},
    ),
    (
        "The Burt County jail handed 40 people to ICE in 2024. Its sheriff joined the 287(g)"
        " program in 2023. None of the other counties in the state has a 287(g) agreement.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["287g"]},
    ),
    (
        "The Burt County Sheriff's Office handed 40 people to ICE in 2024. Burt is one of two"
        " counties in the state with a 287(g) agreement; none of the other 90 has a 287(g)"
        " agreement.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["287g"]},
    ),
    (
        "The Burt County Sheriff's Office handed 40 people to ICE in 2024. Sheriff Lyle"
        " Rausch signed a 287(g) agreement in 2023. Neither of his predecessors had signed"
        " one, and neither of the neighboring counties has a 287(g) deal.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": ["287g"]},
    ),
]

_AGES_AND_COUNTRIES: list[tuple[str, date, dict[str, Any]]] = [
    (
        "The Coffee County Sheriff's Office turned three men over to ICE on May 9. Three"
        " women arrested with them posted bail the next day. They are 24, 29 and 41 years"
        " old.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Coffee County Sheriff's Office turned three men over to ICE on May 9. Three"
        " clerks at the jail processed the paperwork. Their ages were 24, 29 and 41.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Hollis County Sheriff's Office handed three young men to ICE in May. They were"
        " 5, 9 and 12 years old when their parents brought them to the United States, their"
        " lawyer said.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Benton County jail turned a woman over to ICE in May. She is the sole caregiver"
        " for her three grandsons. They are 4, 7 and 11 years old.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Benton County jail turned a woman over to ICE in May. Her three grandsons are"
        " staying with a neighbor. Their ages are 4, 7 and 11.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Pima County jail turned three men over to ICE in April, Sheriff Dana Ruiz said"
        " Monday. Ruiz spoke at a forum on Tuesday. The three panelists were from Tucson."
        " They were 35, 48 and 62 years old.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Pima County jail turned 14 men over to ICE in April, Sheriff Dana Ruiz said"
        " Monday. Ruiz spoke at a forum on Tuesday. The panelists were from Tucson. They were"
        " 35 to 62 years old.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Hays County Sheriff's Office transferred 210 inmates to ICE in 2024. The ages of"
        " the deputies who handled the transfers, 24 to 61, were in the same report.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Hays County Sheriff's Office transferred 21 inmates to ICE in 2024. Deputies"
        " arrested 60 people in a December sweep. The ages of those arrested, 19 to 55, were"
        " not released with the transfer figures.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Clay County Sheriff's Office turned three men over to ICE in May. The men are"
        " accused of robbing three teenagers at a gas station. Their ages were 15, 16 and 17.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Lowell County Sheriff's Office turned three men over to ICE in May. Their wives,"
        " who live in Tulsa, asked the sheriff for a meeting. They are 21, 26 and 30 years"
        " old.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Hays County Sheriff's Office transferred 21 inmates to ICE in 2024. The ages of"
        " the victims, 19 to 40, were not released.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Hays County Sheriff's Office transferred 21 inmates to ICE in 2024 and released"
        " 40 others on bond. The ages of those released on bond, 19 to 44, were in a separate"
        " table.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Clay County Sheriff's Office turned three men over to ICE in May. Police say the"
        " men beat three people outside a bar in April. Their ages were 19, 22 and 25.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Clay County Sheriff's Office turned 30 people over to ICE in May. Three former"
        " inmates who were from Guatemala spoke at the meeting. They are 45, 52 and 67 years"
        " old.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Hidalgo County Sheriff's Office handed 12 people to ICE in May. All of the 12"
        " were Mexican nationals, the sheriff said.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {"Mexico": 12}},
    ),
    (
        "The Hidalgo County Sheriff's Office handed 12 people to ICE in May. All of the 12"
        " were from Mexico.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {"Mexico": 12}},
    ),
    (
        "The Dodge County Sheriff's Office handed five people to ICE in June. The office"
        " hired 12 new deputies this year; one was a woman from Canada.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Sierra County Sheriff's Office handed 40 people to ICE in May. One was a man"
        " from Honduras who had lived in the county for 20 years.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Dodge County Sheriff's Office handed 12 people to ICE in June. Rumors spread"
        " online that the group included Venezuelan gang members. Not one was a man from"
        " Venezuela, the sheriff said.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Dodge County Sheriff's Office handed five people to ICE in June. At a forum"
        " Tuesday, the sheriff took questions from nine residents. Four were women from"
        " Guatemala and one was a man from Laos.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Dodge County Sheriff's Office handed 12 people to ICE in June. It released 30"
        " others on bond. Five were men from Mexico.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Taos County jail released two people to ICE in April: a man from Mexico, who is"
        " accused of robbing a woman from Mexico at a bus stop, and a man from Peru.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {"Mexico": 1, "Peru": 1}},
    ),
    (
        "The Taos County jail released two people to ICE in April. ICE took custody of a man"
        " from Honduras and a woman from Mexico; a man from Mexico who was arrested with them"
        " was charged in state court.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {"Honduras": 1, "Mexico": 1}},
    ),
    (
        "The Taos County jail released a Mexican man to ICE in April after he was accused of"
        " assaulting a Mexican woman outside a bar.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {"Mexico": 1}},
    ),
    (
        "The Sierra County jail handed a man from Mexico to ICE on Monday, the second time"
        " this year the jail has handed over a man from Mexico.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {"Mexico": 1}},
    ),
    (
        "The Navajo County Sheriff's Office turned nine people over to ICE last year. Two of"
        " the lawyers who represent the detainees are Mexican, the sheriff noted.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Navajo County Sheriff's Office turned nine people over to ICE last year. Two of"
        " the three deputies who escorted them are Salvadoran, the sheriff noted.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Sierra County Sheriff's Office handed 14 people to ICE in May. Three of the 12"
        " officers it hired this spring are Guatemalan, the sheriff said.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Sheriff's Office in Yuma County handed 12 people to ICE in May. Separately,"
        " deputies arrested 40 people in a raid at a packing plant. Nine of the 40 people"
        " arrested in the raid were Guatemalan nationals.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Yuma County Sheriff's Office handed 30 people to ICE in May. The number of"
        " Honduran nationals rose to 14 as Mexican transfers fell, the sheriff said.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
    (
        "The Yuma County Sheriff's Office turned 19 people over to ICE in May. The jail's"
        " booking system lists 212 inmates as Mexican nationals.",
        date(2025, 6, 15),
        {"age_range": None, "nationalities": {}},
    ),
]

_ROUND_TWO_FIGURES: list[tuple[str, date, dict[str, Any]]] = [
    (
        "The Starr County Sheriff's Office has handed 65 people to ICE since signing a 287(g)"
        " agreement in March, 20 of them in October.",
        date(2025, 11, 5),
        {
            "counts": [{"period": "2025-10", "count": 20, "qualifier": "exact"}],
            "total": {"count": 65, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Starr County Sheriff's Office has handed 65 people to ICE since joining the"
        " 287(g) program in March, 20 of them in October.",
        date(2025, 11, 5),
        {
            "counts": [{"period": "2025-10", "count": 20, "qualifier": "exact"}],
            "total": {"count": 65, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Starr County Sheriff's Office handed 20 people to ICE in October, the sheriff"
        " said. It has handed over 65 since adopting the 287(g) jail model in March.",
        date(2025, 11, 5),
        {
            "counts": [{"period": "2025-10", "count": 20, "qualifier": "exact"}],
            "total": {"count": 65, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Starr County Sheriff's Office has handed 65 people to ICE since entering a"
        " 287(g) agreement in March, the sheriff said.",
        date(2025, 11, 5),
        {"counts": [], "total": {"count": 65, "qualifier": "exact"}, "historical": []},
    ),
    (
        "The Starr County Sheriff's Office has handed 65 people to ICE since its 287(g)"
        " agreement in March.",
        date(2025, 11, 5),
        {"counts": [], "total": {"count": 65, "qualifier": "exact"}, "historical": []},
    ),
    (
        "The Starr County Sheriff's Office has handed 65 people to ICE since the sheriff's"
        " 287(g) deal with the agency was approved in March.",
        date(2025, 11, 5),
        {"counts": [], "total": {"count": 65, "qualifier": "exact"}, "historical": []},
    ),
    (
        "Of the 64 people the Box Elder County jail delivered to ICE in 2025, 31 were from"
        " the first half of the year, the sheriff said.",
        date(2026, 1, 20),
        {
            "counts": [
                {"period": "2025", "count": 64, "qualifier": "exact"},
                {"period": "2025-01-01/2025-06-30", "count": 31, "qualifier": "exact"},
            ],
            "total": {"count": 64, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "Of the 64 people the Box Elder County jail delivered to ICE in 2025, 31 were from"
        " the second quarter, the sheriff said.",
        date(2026, 1, 20),
        {
            "counts": [
                {"period": "2025", "count": 64, "qualifier": "exact"},
                {"period": "2025-04-01/2025-06-30", "count": 31, "qualifier": "exact"},
            ],
            "total": {"count": 64, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "Of the 64 people the Box Elder County jail delivered to ICE in 2025, 25 were from"
        " the last three months of the year.",
        date(2026, 1, 20),
        {
            "counts": [
                {"period": "2025", "count": 64, "qualifier": "exact"},
                {"period": "2025-10-01/2025-12-31", "count": 25, "qualifier": "exact"},
            ],
            "total": {"count": 64, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "Of the 64 people the Box Elder County jail delivered to ICE in 2025, 25 were from"
        " Memorial Day through Labor Day, the sheriff said.",
        date(2026, 1, 20),
        {
            "counts": [
                {"period": "2025", "count": 64, "qualifier": "exact"},
                {"period": "2025-05-26/2025-09-01", "count": 25, "qualifier": "exact"},
            ],
            "total": {"count": 64, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "Of the 64 people the Box Elder County jail delivered to ICE in 2025, 25 were from"
        " fiscal 2026, which began July 1.",
        date(2026, 1, 20),
        {
            "counts": [{"period": "2026", "count": 25, "qualifier": "exact"}],
            "total": {"count": 25, "qualifier": "exact"},
            "historical": [{"period": "2025", "count": 64, "qualifier": "exact"}],
        },
    ),
    (
        "The Latah County Sheriff's Office turned 30 people over to ICE in 2025. The number"
        " rose by 12 over 2024, the sheriff said.",
        date(2026, 1, 20),
        {
            "counts": [{"period": "2025", "count": 30, "qualifier": "exact"}],
            "total": {"count": 30, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Dodge County jail turned 30 people over to ICE in 2025. The number grew by 12"
        " over 2024, the sheriff said.",
        date(2026, 1, 20),
        {
            "counts": [{"period": "2025", "count": 30, "qualifier": "exact"}],
            "total": {"count": 30, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Dodge County jail turned 30 people over to ICE in 2025, which the sheriff said"
        " was 12 over 2024.",
        date(2026, 1, 20),
        {
            "counts": [{"period": "2025", "count": 30, "qualifier": "exact"}],
            "total": {"count": 30, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Latah County jail turned nine people over to ICE in June. Bookings climbed to"
        " 900 in April and 950 in May. That's 2,800 for the spring.",
        date(2025, 7, 10),
        {
            "counts": [{"period": "2025-06", "count": 9, "qualifier": "exact"}],
            "total": {"count": 9, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Latah County jail turned nine people over to ICE in June, the sheriff said. The"
        " jail booked 900 people in April and 950 in May. That's 2,800 for the quarter.",
        date(2025, 7, 10),
        {
            "counts": [{"period": "2025-06", "count": 9, "qualifier": "exact"}],
            "total": {"count": 9, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "More than a dozen people were turned over to ICE from the Polk County Jail last"
        " year, the sheriff said. That's twice as many as the year before, when 400 people"
        " were booked on immigration holds.",
        date(2025, 2, 12),
        {
            "counts": [{"period": "2024", "count": 12, "qualifier": "more_than"}],
            "total": {"count": 12, "qualifier": "more_than"},
            "historical": [],
        },
    ),
    (
        "The Polk County Jail turned 30 people over to ICE last year, the sheriff said. That"
        " is triple the year before, when 210 inmates were booked.",
        date(2025, 2, 12),
        {
            "counts": [{"period": "2024", "count": 30, "qualifier": "exact"}],
            "total": {"count": 30, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Polk County Jail turned 30 people over to ICE last year, the sheriff said."
        " That's twice as many as in 2022, when 15 people were deported from the county.",
        date(2025, 2, 12),
        {
            "counts": [{"period": "2024", "count": 30, "qualifier": "exact"}],
            "total": {"count": 30, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Merced County Sheriff's Office transferred 15 people to ICE in 2024. The office"
        " released no records for 2023, when it reported nine escapes.",
        date(2025, 4, 15),
        {
            "counts": [{"period": "2024", "count": 15, "qualifier": "exact"}],
            "total": {"count": 15, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Merced County Sheriff's Office transferred 15 people to ICE in 2024. The office"
        " released no records for 2023, when it reported two in-custody deaths.",
        date(2025, 4, 15),
        {
            "counts": [{"period": "2024", "count": 15, "qualifier": "exact"}],
            "total": {"count": 15, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Lee County Sheriff's Office released at least 40 people to ICE in March alone"
        " and roughly 100 from January through March, more than double the pace of a year"
        " earlier, when about 45 were handed over in the first quarter of 2025.",
        date(2026, 4, 9),
        {
            "counts": [
                {"period": "2026-03", "count": 40, "qualifier": "at_least"},
                {"period": "2026-01-01/2026-03-31", "count": 100, "qualifier": "about"},
            ],
            "total": {"count": 100, "qualifier": "about"},
            "historical": [{"period": "2025-01-01/2025-03-31", "count": 45, "qualifier": "about"}],
        },
    ),
    (
        "The Lee County Sheriff's Office released 40 people to ICE in March, more than double"
        " the pace of a year earlier, when about 18 were handed over in March and April.",
        date(2026, 4, 9),
        {
            "counts": [{"period": "2026-03", "count": 40, "qualifier": "exact"}],
            "total": {"count": 40, "qualifier": "exact"},
            "historical": [{"period": "2025-03-01/2025-04-30", "count": 18, "qualifier": "about"}],
        },
    ),
    (
        "The Vermont Department of Corrections handed people to ICE from all six of its"
        " prisons last year. It turned over 212 statewide in 2024, the department said.",
        date(2025, 3, 15),
        {
            "counts": [{"period": "2024", "count": 212, "qualifier": "exact"}],
            "total": {"count": 212, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Arizona Department of Corrections handed people to ICE from all of its prisons"
        " last year. It turned over 800 statewide in 2024, and 350 in the first half of 2025.",
        date(2025, 3, 15),
        {
            "counts": [{"period": "2025-01-01/2025-06-30", "count": 350, "qualifier": "exact"}],
            "total": {"count": 350, "qualifier": "exact"},
            "historical": [{"period": "2024", "count": 800, "qualifier": "exact"}],
        },
    ),
    (
        "The Gibson County Sheriff's Office handed nine jail inmates to ICE in April. State"
        " auditors put this year's count at 31 for the whole region.",
        date(2026, 5, 12),
        {
            "counts": [{"period": "2026-04", "count": 9, "qualifier": "exact"}],
            "total": {"count": 9, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Gibson County Sheriff's Office handed nine jail inmates to ICE in April. The"
        " sheriff's association put this year's count at 310 for the 12 counties it"
        " represents.",
        date(2026, 5, 12),
        {
            "counts": [{"period": "2026-04", "count": 9, "qualifier": "exact"}],
            "total": {"count": 9, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Gibson County Sheriff's Office handed nine jail inmates to ICE in April. The"
        " state's audit puts this year's total at 310 across all county jails.",
        date(2026, 5, 12),
        {
            "counts": [{"period": "2026-04", "count": 9, "qualifier": "exact"}],
            "total": {"count": 9, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Clay County Jail turned eight people over to ICE in October. That's two-thirds"
        " of the 12 people Polk County's jail turned over during all of last year.",
        date(2025, 11, 7),
        {
            "counts": [{"period": "2025-10", "count": 8, "qualifier": "exact"}],
            "total": {"count": 8, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Mesa County Sheriff's Office turned 12 people over to ICE in the first half of"
        " the year. Neighboring Garfield County hands people to ICE at the moment of release."
        " It did exactly that 41 times in 2024.",
        date(2025, 8, 14),
        {
            "counts": [{"period": "2025-01-01/2025-06-30", "count": 12, "qualifier": "exact"}],
            "total": {"count": 12, "qualifier": "exact"},
            "historical": [],
        },
    ),
    (
        "The Mesa County Sheriff's Office releases people on bond instead of handing them to"
        " ICE. It did exactly that 33 times in 2024.",
        date(2025, 8, 14),
        {"counts": [], "total": None, "historical": []},
    ),
]

_ROUND_TWO_OTHERS: list[tuple[str, date, dict[str, Any]]] = [
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025, all on judicial warrants. The Values Act's conviction exception has been"
        " criticized by immigrant advocates for years.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["judicial_warrant"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025, all on judicial warrants. Sheriff Dave Kain has long defended the Values"
        " Act's conviction exception.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["judicial_warrant"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025, all on judicial warrants. Lawmakers added the conviction exception to the"
        " Values Act in 2017 after talks with sheriffs.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["judicial_warrant"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025, all on judicial warrants. A state audit found that jails across California"
        " have misapplied the Values Act's conviction exception.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["judicial_warrant"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Tehama County Sheriff's Office transferred seven people to ICE in the first half"
        " of 2025, all on judicial warrants. Lawmakers are debating changes to the Values"
        " Act's conviction exception.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["judicial_warrant"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Luna County Detention Center released 14 people to ICE last year. Under the"
        " settlement, which requires a warrant signed by a judge, each of the 14 left on such"
        " a warrant.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["judicial_warrant"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Luna County Detention Center released 14 people to ICE last year. The consent"
        " decree requires a judicial warrant for every transfer, and each of the 14 had one,"
        " the warden said.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["judicial_warrant"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. In each case a"
        " state judge ordered the inmate released directly to ICE agents at sentencing.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["court_order"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. In each case a"
        " state judge ordered the jail to release the inmate to ICE at sentencing.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["court_order"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. In each case a"
        " district judge ordered the inmate released to an ICE officer.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["court_order"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. In each case a"
        " state judge ordered the inmate released into the hands of federal immigration"
        " agents.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["court_order"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Luna County Detention Center released 14 people to ICE in 2024. In each case a"
        " judge ordered the inmate released to the Department of Homeland Security.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["court_order"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Burt County Sheriff's Office handed 40 people to ICE in 2024. The office signed"
        " a 287(g) agreement in 2023. Burt is the only county in the state with such a deal;"
        " none of the others has a 287(g) agreement.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["287g"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Burt County Sheriff's Office handed 40 people to ICE in 2024. The office signed"
        " a 287(g) agreement in 2023. None of Burt's neighbors has a 287(g) agreement.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["287g"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Burt County Sheriff's Office handed 40 people to ICE in 2024. The office signed"
        " a 287(g) agreement in 2023. None of the county's eight police departments has a"
        " 287(g) agreement.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["287g"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Burt County Sheriff's Office handed 40 people to ICE in 2024. The office signed"
        " a 287(g) agreement in 2023. None of the surrounding counties has signed a 287(g)"
        " agreement.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["287g"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Burt County Sheriff's Office handed 40 people to ICE in 2024. The office signed"
        " a 287(g) agreement in 2023. None of the counties around it has a 287(g) agreement.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": ["287g"],
            "age_range": None,
            "nationalities": {},
        },
    ),
    (
        "The Hollis County Sheriff's Office turned 30 people over to ICE in May. Three other"
        " inmates were transferred to the state prison in Lansing the same week. They are 22,"
        " 35 and 50 years old.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Benton County jail turned a woman over to ICE in May, leaving behind three boys."
        " They are 4, 7 and 11 years old.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Benton County jail turned a man over to ICE in May, and his three nephews were"
        " released to an aunt. Their ages are 9, 12 and 15.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Coffee County Sheriff's Office turned three men over to ICE on May 9. Three"
        " women arrested with them were released on their own recognizance. They are 24, 29"
        " and 41 years old.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Hays County Sheriff's Office transferred 210 inmates to ICE in 2024. It also"
        " sent 35 inmates to state prison. The ages of those transferred to state prison, 19"
        " to 58, were listed separately.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Dodge County Sheriff's Office handed five people to ICE in June. Separately, 30"
        " detainees were transferred from the jail's ICE unit to a Texas detention center"
        " last month. Twenty were men from Honduras and 10 were men from Guatemala.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Dodge County jail handed five people to ICE in June. It turned away 30 ICE"
        " detainees in May for lack of space. Twenty were men from Honduras and 10 were women"
        " from Guatemala.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Dodge County Sheriff's Office handed five people to ICE in June. Its victim"
        " services unit handled 40 immigration-related cases last year. Thirty were women"
        " from Mexico and 10 were men from Honduras.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Dodge County Sheriff's Office turned 12 people over to ICE in May. On Tuesday"
        " the office released the names of eight people arrested in an ICE raid at a dairy."
        " Six were men from Mexico and two were women from Honduras.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Navajo County Sheriff's Office turned nine people over to ICE last year. Two of"
        " the deputies who handed them over are Salvadoran, the sheriff noted.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Yuma County Sheriff's Office handed 12 people to ICE in May. Nine of the 40"
        " inmates it released on bond were Mexican nationals, the sheriff said.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Yuma County Sheriff's Office handed 12 people to ICE in May. Four of the 10"
        " people ICE released from the jail were Cuban, the sheriff said.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Yuma County Sheriff's Office handed 30 people to ICE in May. Jail records show"
        " the number of Honduran transfers rose to 14 as Mexican transfers fell.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Bristol County Sheriff's Office turned 23 people over to ICE in May. The jail's"
        " records list 11 of the 23 as Portuguese speakers.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Yuma County Sheriff's Office turned 19 people over to ICE in May. The office's"
        " roster lists 12 of the 40 deputies as Mexican American.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Taos County jail released a man from Mexico and a woman from Peru to ICE in"
        " April, and a man from Mexico arrested with them went free.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": [],
            "age_range": None,
            "nationalities": {"Mexico": 1, "Peru": 1},
        },
    ),
    (
        "The Taos County jail released two people to ICE in April. It handed over a man from"
        " Mexico and a woman from Peru, and the man's wife, a woman from Mexico, was left at"
        " the front desk.",
        date(2025, 6, 15),
        {
            "transfer_report": True,
            "legal_basis": [],
            "age_range": None,
            "nationalities": {"Mexico": 1, "Peru": 1},
        },
    ),
    (
        "The Hollis County Sheriff's Office turned 30 people over to ICE in May. Three"
        " inmates were transferred to the county's new annex on Monday. Their ages were 19,"
        " 25 and 33.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Hollis County Sheriff's Office turned 30 people over to ICE in May. Three men"
        " arrested at the protest were released without charges. They are 19, 25 and 33 years"
        " old.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
    (
        "The Dodge County Sheriff's Office handed five men to ICE in June. Deputies turned"
        " over the names of 30 workers to ICE last week. Twenty were men from Honduras and 10"
        " were men from Guatemala.",
        date(2025, 6, 15),
        {"transfer_report": True, "legal_basis": [], "age_range": None, "nationalities": {}},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _COUNTS)
def test_near_misses_of_the_count_rules_keep_their_figures(
    text: str, published: date, expected: dict[str, Any]
) -> None:
    assert _fields(text, published, list(expected)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _HISTORY)
def test_near_misses_of_the_history_and_total_rules_keep_their_figures(
    text: str, published: date, expected: dict[str, Any]
) -> None:
    assert _fields(text, published, list(expected)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _BASES)
def test_near_misses_of_the_legal_basis_rules_keep_their_bases(
    text: str, published: date, expected: dict[str, Any]
) -> None:
    assert _fields(text, published, list(expected)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _AGES_AND_COUNTRIES)
def test_near_misses_of_the_age_and_country_rules_keep_their_facts(
    text: str, published: date, expected: dict[str, Any]
) -> None:
    assert _fields(text, published, list(expected)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _ROUND_TWO_FIGURES)
def test_second_round_near_misses_of_the_figure_rules(
    text: str, published: date, expected: dict[str, Any]
) -> None:
    assert _fields(text, published, list(expected)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _ROUND_TWO_OTHERS)
def test_second_round_near_misses_of_the_basis_age_and_country_rules(
    text: str, published: date, expected: dict[str, Any]
) -> None:
    assert _fields(text, published, list(expected)) == expected

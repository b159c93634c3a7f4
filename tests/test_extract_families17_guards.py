"""Near misses the two reviewers of the seventeenth round wrote against its new rules: each
story once went wrong under a first version of a rule and must keep what it says."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from pipeline.extract import extract_facts

OCT12 = "The Lowndes County Sheriff's Office turned over 12 people to ICE in October. "
Y2025 = "The Lowndes County Sheriff's Office turned over 30 people to ICE in 2025. "
MAY12 = "The Coffee County Sheriff's Office turned 12 people over to ICE in May"


def _facts(text: str, published: date) -> dict[str, Any]:
    return extract_facts(text, published=published).to_gold()


@pytest.mark.parametrize(("text", "published", "field", "expected"), [
    # a none beside another figure is no denial of every handover
    ("The Marsh County jail turned no one over to ICE last year but the 14 people named in "
     "judicial warrants, Sheriff Ann Cole said.", date(2026, 2, 20), "transfer_report", True),
    ("The Marsh County jail turned no one over to ICE in December and 9 in January, records "
     "show.", date(2026, 2, 20), "counts", [{"period": "2026-01", "count": 9,
                                            "qualifier": "exact"}]),
    # the detainer basis beside "illegal", "unconstitutional", a limit, or "only" about another
    # thing
    (OCT12.replace(". ", ", all of them on ICE detainers, most after arrests for illegal "
                   "reentry."), date(2025, 11, 10), "legal_basis", ["detainer"]),
    (OCT12 + "The jail holds inmates on ICE detainers, a practice the ACLU calls "
     "unconstitutional.", date(2025, 11, 10), "legal_basis", ["detainer"]),
    (OCT12 + "The jail held all 12 on ICE detainers; state law says it may not hold anyone more "
     "than 48 hours on one.", date(2025, 11, 10), "legal_basis", ["detainer"]),
    (OCT12 + "When ICE lodges a detainer, the jail holds the person for up to 48 hours, and "
     "agents typically come only on the second day.", date(2025, 11, 10), "legal_basis",
     ["detainer"]),
    # the practice told as a claim, a bill, a thing to come or of the past, or to someone else
    (OCT12 + "Critics say that if ICE files a detainer, the jail holds the person for days past "
     "release.", date(2025, 11, 10), "legal_basis", []),
    (OCT12 + "If ICE places a detainer on an inmate, the office calls agents and hands the "
     "inmate over, the lawsuit alleges.", date(2025, 11, 10), "legal_basis", []),
    (OCT12 + "Under a bill filed this week, if ICE places a detainer on an inmate, the office "
     "calls agents and hands the inmate over.", date(2025, 11, 10), "legal_basis", []),
    (OCT12 + "Starting Jan. 1, if ICE files a detainer, the jail holds the inmate for up to 48 "
     "hours under the sheriff's new policy.", date(2025, 11, 10), "legal_basis", []),
    (OCT12 + "When ICE places a detainer on an inmate, the office calls agents and hands the "
     "inmate over, a practice the sheriff ended in 2022.", date(2025, 11, 10), "legal_basis", []),
    (OCT12 + "When ICE places a detainer on an inmate who also has charges in Polk County, the "
     "office hands the inmate over to Polk County deputies first.", date(2025, 11, 10),
     "legal_basis", []),
    # an agreement in force kept beside another thing unused, asked for or conditional
    (Y2025 + "The office operates under a 287(g) jail enforcement agreement. The county also "
     "bought a new body scanner last year but has not yet used it.", date(2025, 11, 10),
     "legal_basis", ["287g"]),
    (Y2025 + "The office has had a 287(g) jail enforcement agreement since 2019. The city of "
     "Marlow signed a 287(g) task force agreement in March but has not used it.",
     date(2025, 11, 10), "legal_basis", ["287g"]),
    (Y2025 + "The jail checks every inmate and calls ICE if there is a match under its 287(g) "
     "agreement.", date(2025, 11, 10), "legal_basis", ["287g"]),
    (Y2025 + "The sheriff asked ICE for two more deputies to be trained under its 287(g) "
     "agreement.", date(2025, 11, 10), "legal_basis", ["287g"]),
    # ages of people all handed over, whatever their charges
    (MAY12 + ". Among those handed over were a 24-year-old man charged with assault and a "
     "52-year-old woman charged with theft.", date(2026, 6, 3), "age_range", [24, 52]),
    (MAY12 + ". The youngest, a 19-year-old man, had been charged with robbery; the oldest was "
     "a 63-year-old woman.", date(2026, 6, 3), "age_range", [19, 63]),
    (MAY12 + ", among them a 22-year-old man who had been hitchhiking and a 58-year-old woman.",
     date(2026, 6, 3), "age_range", [22, 58]),
    ("The Custer County jail turned 14 people over to ICE in May. Thirteen came from Central "
     "America, and one was from Peru.", date(2026, 6, 9), "nationalities", {"Peru": 1}),
])
def test_legal_basis_ages_and_countries_keep_what_the_story_says(
        text: str, published: date, field: str, expected: object) -> None:
    assert _facts(text, published)[field] == expected


@pytest.mark.parametrize(("text", "published", "counts", "historical"), [
    # "the year before" steps back from the figure's own year only
    ("The Lowndes County jail released 30 inmates to ICE in 2025 under an agreement it signed in "
     "2023, up from 20 the year before.", date(2025, 11, 10),
     [("2025", 30)], [("2024", 20)]),
    ("The Lowndes County jail released 30 inmates to ICE in 2025, more than in any year since it "
     "began keeping records in 2016, and up from 20 the year before.", date(2025, 11, 10),
     [("2025", 30)], [("2024", 20)]),
    # ratios and a week are no second figure
    ("The Lowndes County Sheriff's Office handed people to ICE. It did so 27 times in 2024, four "
     "times what it did in 2023.", date(2025, 11, 10), [("2024", 27)], []),
    ("The Lowndes County Sheriff's Office handed people to ICE. It did so 27 times in 2024, about "
     "six times in a single week in March.", date(2025, 11, 10), [("2024", 27)], []),
    # "That makes N for the year" after other things
    (OCT12.replace("12 people", "nine people") + "ICE also lodged 14 detainers that month. That "
     "makes 112 for the year.", date(2025, 11, 10), [("2025-10", 9)], []),
    (OCT12.replace("12 people", "nine people") + "Deputies made 400 arrests that month. That "
     "makes 3,900 for the year.", date(2025, 11, 10), [("2025-10", 9)], []),
    # verbless quoted parts of other things
    ("The Wayne County jail turned 58 people over to ICE in 2025, the sheriff said.\n\nICE lodged "
     "more than 300 detainers with the jail over the same stretch. \"Forty in July alone,\" the "
     "sheriff said.", date(2025, 10, 9), [("2025", 58)], []),
    ("The Wayne County Sheriff's Office turned 40 people over to ICE from June through August, "
     "the sheriff said. The jail's population swelled. \"About 600 in July,\" he said.",
     date(2025, 9, 4), [("2025-06-01/2025-08-31", 40)], []),
    ("More than 40 people were turned over to ICE by the Wayne County Sheriff's Office this "
     "summer, from June through August, the sheriff said. ICE asked for far more. \"Ninety in "
     "July alone,\" he said of the requests.", date(2024, 9, 4),
     [("2024-06-01/2024-08-31", 40)], []),
    # the same people first arrested or kept, then handed over
    ("The Polk County Sheriff's Office arrested 31 people in March and handed all 31 to ICE.",
     date(2025, 4, 9), [("2025-03", 31)], []),
    ("The Polk County jail kept 14 people past their release dates in March and handed them to "
     "ICE.", date(2025, 4, 9), [("2025-03", 14)], []),
    # "since" that opens no running total
    ("In December, the Pettis County jail turned over 12 people to ICE who had been in custody "
     "since the fall.", date(2026, 1, 20), [("2025-12", 12)], []),
    ("In February the Perry County jail handed 13 people to ICE since their release dates fell "
     "on a weekend.", date(2026, 3, 4), [("2026-02", 13)], []),
    # corrections and standing figures of other things
    ("The Essex County Sheriff's Office released 39 people to ICE in 2025, according to a "
     "corrected report. The correction raises the number of detainer requests it received "
     "between January and June to 80, from 78.", date(2025, 9, 3), [("2025", 39)], []),
    ("The Rains County jail turned 50 people over to ICE in the first quarter, the department "
     "said. Bookings were flat: the January and March figures — 400 and 380 — did not change "
     "from a year ago.", date(2026, 4, 19), [("2026-01-01/2026-03-31", 50)], []),
    ("The Pacific County jail turned 14 people over to ICE last year. It booked 1,800 people in "
     "the first half of the year. The figure for January through June, 1,800, is unchanged from "
     "2024.", date(2026, 2, 19), [("2025", 14)], []),
    ("The Hale County jail turned 13 people over to ICE in August. In 2024 the county lowered "
     "the number of jail beds from 400 to 350.", date(2025, 10, 20), [("2025-08", 13)], []),
    # another custodian's earlier handovers, a zero of other things
    ("The Greer County jail handed 11 people to ICE between January and March, the sheriff said. "
     "In 2025, the city jail across town turned another 30 over to ICE.", date(2026, 4, 20),
     [("2026-01-01/2026-03-31", 11)], None),
    ("The Wade City Police Department handed four people to ICE in 2025, up from two in 2024; it "
     "got 30 detainer requests in 2023 and none in 2022.", date(2026, 1, 30),
     [("2025", 4)], [("2024", 2)]),
    # an agreement's own date dates no figure
    ("The Trigg County jail has turned 44 people over to ICE under a 287(g) agreement approved "
     "by commissioners in January 2024.", date(2026, 10, 2), [], []),
])
def test_counts_and_baselines_keep_what_the_story_says(
        text: str, published: date, counts: list[tuple[str, int]],
        historical: list[tuple[str, int]] | None) -> None:
    facts = _facts(text, published)
    assert [(c["period"], c["count"]) for c in facts["counts"]] == counts
    if historical is not None:  # (another custodian's figure: only that it is no count)
        assert [(c["period"], c["count"]) for c in facts["historical"]] == historical

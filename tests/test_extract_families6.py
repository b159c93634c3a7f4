"""Phrasing families of the sixth round: months with no handovers, interviews in question and
answer form, partial months, "that year" and "that same quarter", a running total named far
from its window, nationalities in parentheses or as "N citizens of X", bases stated in the
first person, and facts set apart as "not immigration cases"."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_facts
from pipeline.facts import TransferFacts

JANUARY = date(2026, 1, 14)
NOVEMBER = date(2026, 11, 6)

Figures = list[tuple[str, int, str]]


def _counts(facts: TransferFacts) -> Figures:
    return [(c.period, c.count, c.qualifier) for c in facts.counts]


def _history(facts: TransferFacts) -> Figures:
    return [(c.period, c.count, c.qualifier) for c in facts.historical]


# --- months with no handovers ---------------------------------------------------------------

def test_none_in_a_month_between_listed_figures_is_a_zero_count() -> None:
    facts = extract_facts(
        "The Plano Police Department's lockup turned over six people to ICE in October, none "
        "in November and 11 in December, a city report shows.", published=JANUARY)
    assert _counts(facts) == [("2025-10", 6, "exact"), ("2025-11", 0, "exact"),
                              ("2025-12", 11, "exact")]


def test_no_one_transferred_in_a_month_is_a_zero_count() -> None:
    facts = extract_facts(
        "Plano police handed 17 people to federal immigration officers from October through "
        "December, the city said.\n\nNo one was transferred in November, a spokesman said, "
        "because ICE stopped collecting people from city jails for several weeks.",
        published=JANUARY)
    assert ("2025-11", 0, "exact") in _counts(facts)
    assert ("2025-10-01/2025-12-31", 17, "exact") in _counts(facts)


def test_none_without_listed_figures_is_no_count() -> None:
    facts = extract_facts(
        "The Plano Police Department turned people over to ICE last year, but none in "
        "November, a spokesman said.", published=JANUARY)
    assert _counts(facts) == []


def test_no_one_transferred_with_no_period_is_no_count() -> None:
    facts = extract_facts(
        "The Plano Police Department handed nine people to ICE in October. No one was "
        "transferred after the policy changed, a spokesman said.", published=JANUARY)
    assert _counts(facts) == [("2025-10", 9, "exact")]


# --- interviews -----------------------------------------------------------------------------

INTERVIEW = (
    "Tulsa County Sheriff Mara Quinlan spoke with the Plains Record a week after her office "
    "published its quarterly figures on people released from the county jail to U.S. "
    "Immigration and Customs Enforcement.\n\n"
    "Q: How many people did the jail hand over to ICE this summer?\n\n"
    "QUINLAN: From July 1 to Sept. 30 it was 143.\n\n"
    "Q: How does that compare with a year ago?\n\n"
    "QUINLAN: In that same quarter last year it was 97.\n\n"
    "Q: Your jail holds about 1,700 people. How many detainers came in?\n\n"
    "QUINLAN: About 190. Not all of them ended in a transfer."
)


def test_an_answer_to_a_question_about_handovers_is_a_count() -> None:
    facts = extract_facts(INTERVIEW, published=date(2026, 10, 20))
    assert _counts(facts) == [("2026-07-01/2026-09-30", 143, "exact")]
    assert _history(facts) == [("2025-07-01/2025-09-30", 97, "exact")]


def test_the_interviewed_sheriff_is_an_official_and_her_office_the_agency() -> None:
    facts = extract_facts(INTERVIEW, published=date(2026, 10, 20))
    assert [o.name for o in facts.officials] == ["Mara Quinlan"]
    assert facts.agency is not None
    assert facts.agency.name == "Tulsa County Sheriff's Office"


def test_an_answer_to_another_question_is_no_count() -> None:
    facts = extract_facts(INTERVIEW, published=date(2026, 10, 20))
    assert all(c.count != 190 for c in (*facts.counts, *facts.historical))


def test_a_named_jail_stays_the_agency_when_the_sheriff_speaks_of_her_office() -> None:
    facts = extract_facts(
        "Inmates were led from the Tulsa County Jail to an ICE van on Tuesday. Tulsa County "
        "Sheriff Mara Quinlan said her office had handed 12 people to ICE in May.",
        published=date(2025, 6, 10))
    assert facts.agency is not None
    assert facts.agency.name == "Tulsa County Jail"


# --- periods ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "counts", "history"), [
    ("The Ramsey County Sheriff's Office released 23 people to ICE officers during the first "
     "12 days of November, up from 14 in all of October.",
     [("2026-11-01/2026-11-12", 23, "exact")], [("2026-10", 14, "exact")]),
    ("The Ramsey County Sheriff's Office handed 41 people to ICE in 2026. The state's detainer "
     "law took effect in March 2019. That year, 88 people were transferred from the jail to "
     "ICE.",
     [("2026", 41, "exact")], [("2019", 88, "exact")]),
    # a running total named far from its window
    ("Thirty-one people held at Ramsey County's Adult Detention Center in St. Paul have been "
     "handed over to U.S. Immigration and Customs Enforcement over the past four weeks. Twelve "
     "of those transfers happened in October.",
     [("2026-10", 12, "exact")], []),
], ids=["first-days-of-month", "that-year", "far-window"])
def test_periods(text: str, counts: Figures, history: Figures) -> None:
    facts = extract_facts(text, published=NOVEMBER)
    assert _counts(facts) == counts
    assert _history(facts) == history


def test_a_running_total_named_far_from_its_window_is_the_total() -> None:
    facts = extract_facts(
        "Thirty-one people held at Ramsey County's Adult Detention Center in St. Paul have been "
        "handed over to U.S. Immigration and Customs Enforcement over the past four weeks. "
        "Twelve of those transfers happened in October.", published=NOVEMBER)
    assert facts.total is not None
    assert (facts.total.count, facts.total.qualifier) == (31, "exact")


def test_covering_a_span_of_days_dates_the_bullet_list_that_follows() -> None:
    facts = extract_facts(
        "The Ramsey County Sheriff's Office released figures on its jail transfers to ICE.\n\n"
        "Here are the figures for the jail, covering Oct. 1 through Oct. 19:\n\n"
        "- People released to ICE: 17\n- Detainers received: 29", published=NOVEMBER)
    assert _counts(facts) == [("2026-10-01/2026-10-19", 17, "exact")]


# --- nationalities, ages ----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Most of the 44 came from Mexico (20), Guatemala (11) and Honduras (eight).",
     {"Mexico": 20, "Guatemala": 11, "Honduras": 8}),
    ("Among the 30 people transferred were 14 citizens of Mexico and five of Venezuela.",
     {"Mexico": 14, "Venezuela": 5}),
], ids=["parenthesized", "citizens-of-without-verb"])
def test_nationalities(sentence: str, expected: dict[str, int]) -> None:
    facts = extract_facts(
        "The Polk County Sheriff's Office handed 44 people to ICE in May. " + sentence,
        published=date(2025, 6, 10))
    assert {n.country: n.count for n in facts.nationalities} == expected


def test_ages_in_a_bullet_without_verbs() -> None:
    facts = extract_facts(
        "The Polk County Sheriff's Office handed 44 people to ICE in May.\n\n"
        "- Ages of those handed to ICE: youngest 19, oldest 62", published=date(2025, 6, 10))
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (19, 62)


# --- legal basis, officials, jurisdiction -----------------------------------------------------

@pytest.mark.parametrize(("text", "kinds"), [
    ('The Polk County Sheriff\'s Office handed 44 people to ICE in May. "When ICE lodges a '
     'detainer on someone in our jail, we honor it," the sheriff said.', {"detainer"}),
    ('The Polk County Sheriff\'s Office handed 44 people to ICE in May. "If ICE sends a '
     'detainer, we hold the person up to 48 hours," a captain said.', {"detainer"}),
    ("The Polk County Sheriff's Office handed 44 people to ICE in May. It also sent three "
     "people to Georgia on criminal warrants, which were not immigration cases.", set()),
], ids=["we-honor-it", "we-hold", "not-immigration-cases"])
def test_legal_basis(text: str, kinds: set[str]) -> None:
    facts = extract_facts(text, published=date(2025, 6, 10))
    assert {b.kind for b in facts.legal_basis} == kinds


def test_ice_named_before_a_spokesperson_is_no_official() -> None:
    facts = extract_facts(
        "The Polk County Sheriff's Office handed 44 people to ICE in May. All had convictions "
        "that allow a jail to work with U.S. Immigration and Customs Enforcement, a sheriff's "
        "spokesperson said.", published=date(2025, 6, 10))
    assert facts.officials == ()


def test_a_county_named_after_a_sentence_end_is_not_joined_to_it() -> None:
    facts = extract_facts(
        "The Blue Ridge Regional Jail Authority handed 40 people to ICE in July. The authority "
        "serves four localities, among them the city of Salem. In Floyd County, supervisors "
        "want out.", published=date(2025, 8, 10))
    assert facts.jurisdiction is not None
    assert "." not in facts.jurisdiction.name


# --- seventh batch: agencies and places ------------------------------------------------------

@pytest.mark.parametrize(("text", "agency"), [
    ("The Vermont Department of Adult Correction handed 61 people to ICE in the fiscal year.",
     "Vermont Department of Adult Correction"),
    ("Caddo Parish Prison released 14 people to ICE in March, records show.",
     "Caddo Parish Prison"),
    ("The Tulsa County Criminal Justice Authority, the trust that runs the jail, transferred "
     "88 people to ICE in 2025.", "Tulsa County Criminal Justice Authority"),
    ("At least nine people held at the Corrections Center of Southern Utah were handed to ICE "
     "in May, records show.", "Corrections Center of Southern Utah"),
    # the office hands people over; the story names one county and no sheriff by name
    ("Pasco County commissioners questioned the budget on Tuesday. The sheriff's office handed "
     "66 people to ICE in the first quarter, a budget director said.",
     "Pasco County Sheriff's Office"),
    # the office only released the figures: the named jail stays the agency
    ("Protesters gathered outside the R. L. Moss Detention Center. Nearly 80 people have been "
     "turned over to ICE from the jail since March, according to figures the sheriff's office "
     "released Tuesday.", "R. L. Moss Detention Center"),
], ids=["adult-correction", "parish-prison", "justice-authority", "center-of-place",
        "office-subject-one-county", "office-as-source"])
def test_agency_names(text: str, agency: str) -> None:
    facts = extract_facts(text, published=date(2026, 6, 10))
    assert facts.agency is not None
    assert facts.agency.name == agency


def test_an_immigrant_legal_aid_center_is_no_agency() -> None:
    facts = extract_facts(
        "Has any jail in the state transferred someone to ICE on a judge's warrant? The "
        "Midwest Immigrant Justice Center says it knows of none.", published=date(2026, 6, 10))
    assert facts.agency is None or "Immigrant" not in facts.agency.name


@pytest.mark.parametrize(("sentence", "handover"), [
    ("Q: Has any Illinois jail transferred someone to ICE on a judge's warrant?", False),
    ("The attorney general's office is not aware of any jail transferring someone to ICE "
     "under the exception.", False),
    ("The jail transferred 12 people to ICE in May.", True),
], ids=["question", "not-aware-of-any", "report"])
def test_questions_and_denials_are_no_handovers(sentence: str, handover: bool) -> None:
    facts = extract_facts("The Kane County Jail holds about 600 people. " + sentence,
                          published=date(2026, 6, 10))
    assert facts.transfer_report is handover


@pytest.mark.parametrize(("text", "place", "state"), [
    ("Louisville Metro Department of Corrections turned 39 people over to ICE from July "
     "through September.", "Louisville", "KY"),
    # a big city is not placed by a state named in passing
    ("The Jacksonville Sheriff's Office has transferred 743 people to ICE since Feb. 3. "
     "\"Their relative is usually already on a bus to Georgia,\" a lawyer said.",
     "Jacksonville", "FL"),
    ("More than 20 of them have since been handed to ICE from the state-run Tygart Valley "
     "Regional Jail, jail officials said. West Virginia jails rarely see such numbers.",
     "State of West Virginia", "WV"),
    ("Thirty men were transferred from the Tygart Valley Regional Jail to ICE in May, the West "
     "Virginia Division of Corrections and Rehabilitation said. The division, which operates "
     "the jail in Belington, said each had a detainer. Randolph County deputies made the "
     "arrests.", "State of West Virginia", "WV"),
], ids=["metro-department", "big-city-passing-state", "state-run", "the-division-operates"])
def test_jurisdictions(text: str, place: str, state: str) -> None:
    facts = extract_facts(text, published=date(2026, 10, 10))
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == (place, state)


# --- seventh batch: counts and periods ---------------------------------------------------------

@pytest.mark.parametrize(("text", "counts", "history"), [
    ("The Duval County jail has transferred more than 700 people to ICE since February, "
     "roughly 120 of them last month, the office said.",
     [("2025-08", 120, "about")], []),
    ("The Tennessee Department of Correction handed 400 people to ICE in the fiscal year that "
     "ended June 30. The pace quickened late: 131 of the transfers took place between April "
     "and June.",
     [("2024-07-01/2025-06-30", 400, "exact"), ("2025-04-01/2025-06-30", 131, "exact")], []),
    ("In the 2024-25 fiscal year, the Tennessee Department of Correction transferred 287 "
     "people to ICE; in 2019-20, the figure was 198. The state's fiscal year runs from July 1 "
     "to June 30.",
     [("2024-07-01/2025-06-30", 287, "exact")], [("2019-07-01/2020-06-30", 198, "exact")]),
    ("The Tennessee Department of Correction handed 400 people to ICE in the fiscal year that "
     "ended June 30. The commissioner said 131 of those transfers took place in the final "
     "quarter of the fiscal year, April through June.",
     [("2024-07-01/2025-06-30", 400, "exact"), ("2025-04-01/2025-06-30", 131, "exact")], []),
    ("The Tulsa County jail transferred 169 people to ICE from October 2024 through March "
     "2025, and it reported them by quarter:\n\n"
     "- October through December 2024: 71 people transferred\n"
     "- January through March 2025: 98",
     [("2024-10-01/2025-03-31", 169, "exact"), ("2024-10-01/2024-12-31", 71, "exact"),
      ("2025-01-01/2025-03-31", 98, "exact")], []),
], ids=["of-them-last-month", "part-sentence", "bare-fiscal-span", "comma-month-range",
        "bullet-month-range"])
def test_counts_seventh_batch(text: str, counts: Figures, history: Figures) -> None:
    facts = extract_facts(text, published=date(2025, 9, 10))
    assert sorted(_counts(facts)) == sorted(counts)
    assert _history(facts) == history


def test_an_explainers_answers_count_and_compare() -> None:
    facts = extract_facts(
        "State figures on prison transfers came out this month. The prisons transferred people "
        "to ICE every week, officials said.\n\n"
        "Q: How many people did the state prison system hand over to ICE?\n\n"
        "A: More than 400 in the budget year that ran from July 2025 through June 2026, "
        "according to the Kansas Department of Corrections. That is up from fewer than 300 "
        "the year before.", published=date(2026, 9, 1))
    assert _counts(facts) == [("2025-07-01/2026-06-30", 400, "more_than")]
    assert _history(facts) == [("2024-07-01/2025-06-30", 300, "up_to")]


# --- seventh batch: officials, nationalities, ages ----------------------------------------------

@pytest.mark.parametrize(("sentence", "name"), [
    ("Curtis Mabry, a Republican state representative from Randolph County who chairs the "
     "House appropriations subcommittee on justice and public safety, said the numbers show "
     "the system working.", "Curtis Mabry"),
    ("Ray Kuykendall, president of the Hardy County Commission, said the county is trying.",
     "Ray Kuykendall"),
    ('"We hold people securely," said Lawrence Messner, communications director for the '
     'division.', "Lawrence Messner"),
    ("Ruben Oyelaran, the detention center's director, told council members the center follows "
     "state law.", "Ruben Oyelaran"),
], ids=["long-appositive", "commission-president", "division-director", "center-director"])
def test_officials_seventh_batch(sentence: str, name: str) -> None:
    facts = extract_facts("The Wake County Sheriff's Office handed 12 people to ICE in May. "
                          + sentence, published=date(2025, 6, 1))
    assert [o.name for o in facts.officials] == [name]


def test_the_president_of_an_advocacy_group_is_no_official() -> None:
    facts = extract_facts(
        "The Wake County Sheriff's Office handed 12 people to ICE in May. Ana Ruiz, president "
        "of the local immigrant rights coalition, said it was wrong.", published=date(2025, 6, 1))
    assert facts.officials == ()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Six were Guatemalan nationals, two were Mexican and one was Honduran.",
     {"Guatemala": 6, "Mexico": 2, "Honduras": 1}),
    ("The other two were from the Democratic Republic of the Congo.",
     {"Democratic Republic of the Congo": 2}),
], ids=["was-demonym", "long-country-name"])
def test_nationalities_seventh_batch(sentence: str, expected: dict[str, int]) -> None:
    facts = extract_facts("The Wake County Sheriff's Office handed nine people to ICE in May. "
                          + sentence, published=date(2025, 6, 1))
    assert {n.country: n.count for n in facts.nationalities} == expected


def test_the_oldest_given_as_an_n_year_old_ends_the_range() -> None:
    facts = extract_facts(
        "The Wake County Sheriff's Office handed nine people to ICE in May. The youngest was "
        "18. The oldest, a 74-year-old who had lived in Raleigh for decades, was booked on a "
        "trespassing charge.", published=date(2025, 6, 1))
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (18, 74)


def test_the_ages_of_a_mothers_children_are_no_range() -> None:
    facts = extract_facts(
        "The Wake County Sheriff's Office handed nine people to ICE in May. His wife said she "
        "and the children, ages 4, 7 and 12, plan to stay.", published=date(2025, 6, 1))
    assert facts.age_range is None


# --- eighth batch ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "agency", "place"), [
    ("About two dozen people were turned over to immigration agents at the state-run Essex "
     "Central Booking and Intake Center in February, state figures show. Maryland officials "
     "declined to comment.", "Essex Central Booking and Intake Center", "State of Maryland"),
    ("Close to 50 people went from the Strafford County House of Corrections into federal "
     "immigration custody in 2025, the superintendent said.",
     "Strafford County House of Corrections", "Strafford County"),
    ("Nearly 40 people went straight from James T. Vaughn Correctional Center, the sprawling "
     "state prison near Smyrna, into ICE custody in 2025. Delaware lawmakers want a warrant "
     "rule.", "James T. Vaughn Correctional Center", "State of Delaware"),
    ("The Harford County Department of Detention Facilities released 12 people to ICE in May.",
     "Harford County Department of Detention Facilities", "Harford County"),
], ids=["booking-center-state-run", "house-of-corrections", "person-named-state-prison",
        "detention-facilities"])
def test_facilities_and_their_places(text: str, agency: str, place: str) -> None:
    facts = extract_facts(text, published=date(2026, 3, 10))
    assert facts.agency is not None
    assert facts.jurisdiction is not None
    assert (facts.agency.name, facts.jurisdiction.name) == (agency, place)


def test_a_long_facility_name_with_an_initial_keeps_its_handover() -> None:
    facts = extract_facts(
        "The Delaware Department of Correction released 37 people from James T. Vaughn "
        "Correctional Center directly into the custody of U.S. Immigration and Customs "
        "Enforcement between Jan. 1 and June 30. Fifteen of the people released to ICE were "
        "citizens of Mexico.", published=date(2026, 8, 1))
    assert _counts(facts) == [("2026-01-01/2026-06-30", 37, "exact")]
    assert {n.country: n.count for n in facts.nationalities} == {"Mexico": 15}


@pytest.mark.parametrize(("text", "counts", "history", "total"), [
    # an interview: the answer gives a running total, the next sentence a month inside it
    ("Federal agents began arriving at the Howard County jail with warrants this spring, and "
     "the jail released people into federal custody.\n\n"
     "Q: How many people has the jail turned over to ICE this spring?\n\n"
     "A: Twenty-two since March 1. Nine of those were in March; the rest came after.",
     [("2026-03", 9, "exact")], [], 22),
    # "the year before" a fiscal year is the fiscal year before
    ("The Strafford County Department of Corrections handed 48 people to ICE in the federal "
     "government's 2026 fiscal year, which ended Sept. 30. The year before, the jail "
     "transferred 29. The sheriff signed a 287(g) agreement last year. None of the jail's 48 "
     "transfers came through it.",
     [("2025-10-01/2026-09-30", 48, "exact")], [("2024-10-01/2025-09-30", 29, "exact")], 48),
    ('"Between Labor Day and Halloween, we put twenty-seven people into ICE\'s hands out of '
     'our own jail," the Mesquite police chief said. "Sixteen of those were in September."',
     [("2025-09-01/2025-10-31", 27, "exact"), ("2025-09", 16, "exact")], [], 27),
], ids=["interview-since", "fiscal-year-before", "holidays-into-hands"])
def test_counts_eighth_batch(text: str, counts: Figures, history: Figures, total: int) -> None:
    facts = extract_facts(text, published=date(2026, 5, 2) if "spring" in text else (
        date(2026, 10, 20) if "fiscal" in text else date(2025, 11, 12)))
    assert _counts(facts) == counts
    assert _history(facts) == history
    assert facts.total is not None
    assert facts.total.count == total


@pytest.mark.parametrize(("text", "kinds"), [
    ("The Hazleton Police Department turned 11 people over to ICE this year. The department "
     "has applied to join ICE's 287(g) program, but the application has not been approved.",
     set()),
    ("The Strafford County jail handed 48 people to ICE in 2025. The numbers do not include "
     "people arrested by the sheriff's office, a separate agency that signed a 287(g) "
     "agreement last year.", set()),
    ("The Albany County jail handed 40 people to ICE this summer, up from about 30 a year "
     "earlier, before the county signed an agreement under Section 287(g) of federal law. In "
     "neighboring Greene County, which has no 287(g) agreement, the jail handed over two.",
     {"287g"}),
    ("Since the Legislature approved a 287(g) agreement last spring, the Albany County jail has "
     "handed 61 people to ICE. A lawmaker pressed the sheriff on the gap between detainers and "
     "transfers.", {"287g"}),
    ("The Albany County jail handed 14 people to ICE in May on judges' warrants. Under state "
     "law, jails cannot keep anyone in custody solely because ICE has lodged a detainer.",
     {"judicial_warrant"}),
    ("The Albany County jail handed 14 people to ICE in May.\n\nQ: Does the county honor "
     "detainers?\n\nA: No.\n\nQ: The county used to have a 287(g) agreement. Will it return?",
     set()),
], ids=["applied-to-join", "separate-agency", "signed-under-section", "legislature-approved",
        "cannot-keep", "interview-questions"])
def test_legal_basis_eighth_batch(text: str, kinds: set[str]) -> None:
    facts = extract_facts(text, published=date(2025, 9, 10))
    assert {b.kind for b in facts.legal_basis} == kinds


@pytest.mark.parametrize(("sentence", "name"), [
    ("County Legislator Ellen Marchetti, who chairs the public safety committee, said she "
     "wanted more detail.", "Ellen Marchetti"),
    ("Minority Leader Peter Gaudet, a Democrat from Troy, said the overtime figure should end "
     "the argument.", "Peter Gaudet"),
], ids=["county-legislator", "minority-leader"])
def test_legislative_leaders_are_officials(sentence: str, name: str) -> None:
    facts = extract_facts("The Albany County jail handed 14 people to ICE in May. " + sentence,
                          published=date(2025, 6, 10))
    assert [o.name for o in facts.officials] == [name]


# --- ninth batch -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "counts", "history"), [
    ("The Cecil County Sheriff's Office turned over more than 110 people to ICE in the budget "
     "year that ran from last July through June, up from about 70 the year before.",
     date(2026, 9, 1), [("2025-07-01/2026-06-30", 110, "more_than")],
     [("2024-07-01/2025-06-30", 70, "about")]),
    ("The Tangipahoa Parish Sheriff's Office handed more than 130 people to ICE in the 12 "
     "months that ended in September, roughly double the year before, when about 60 were "
     "turned over.", date(2025, 11, 5), [("2024-10-01/2025-09-30", 130, "more_than")],
     [("2023-10-01/2024-09-30", 60, "about")]),
    ("The Bonner County Sheriff's Office transferred 137 people to ICE in the federal fiscal "
     "year that ended Sept. 30. Of the 137, 102 were transferred in the last six months of the "
     "fiscal year, April through September.", date(2025, 10, 28),
     [("2024-10-01/2025-09-30", 137, "exact"), ("2025-04-01/2025-09-30", 102, "exact")], []),
    ("The Hall County Department of Corrections handed nearly 60 people to ICE from July "
     "through September. Roughly two dozen of them left the jail in ICE custody in September "
     "alone.", date(2025, 10, 8),
     [("2025-07-01/2025-09-30", 60, "about"), ("2025-09", 24, "about")], []),
], ids=["budget-year-from-last-july", "year-before-a-fiscal-span", "last-months-of-fiscal-year",
        "of-them-left-the-jail"])
def test_counts_ninth_batch(text: str, published: date, counts: Figures,
                            history: Figures) -> None:
    facts = extract_facts(text, published=published)
    assert _counts(facts) == counts
    assert _history(facts) == history


def test_a_sum_in_all_is_the_total_and_no_months_count() -> None:
    facts = extract_facts(
        "Louisiana's state prison system released 44 people into federal immigration custody "
        "in July and 52 in August, 96 in all, according to the Louisiana Department of Public "
        "Safety and Corrections.", published=date(2026, 9, 15))
    assert _counts(facts) == [("2026-07", 44, "exact"), ("2026-08", 52, "exact")]
    assert facts.total is not None
    assert facts.total.count == 96


def test_an_answer_that_it_happened_nine_times_is_a_count() -> None:
    facts = extract_facts(
        "The Yakima County Department of Corrections released people to ICE last winter, a "
        "commissioner said.\n\nQ: Does the jail hand people over to ICE?\n\n"
        "A: Only with a judge's warrant. It happened nine times between January and June this "
        "year.", published=date(2026, 8, 1))
    assert ("2026-01-01/2026-06-30", 9, "exact") in _counts(facts)


@pytest.mark.parametrize(("text", "agency"), [
    ("That's state law, and Yakima County Detention Services, which runs the jail, handed 12 "
     "people to ICE in May.", "Yakima County Detention Services"),
], ids=["detention-services"])
def test_agency_ninth_batch(text: str, agency: str) -> None:
    facts = extract_facts(text, published=date(2026, 8, 1))
    assert facts.agency is not None
    assert facts.agency.name == agency


def test_the_oldest_named_before_the_youngest_still_makes_the_range() -> None:
    facts = extract_facts(
        "The Stark County jail handed 27 people to ICE in May. The oldest was 49; the youngest "
        "had turned 20 two weeks before his arrest.", published=date(2026, 6, 1))
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (20, 49)


def test_the_same_months_of_last_year_follow_the_reported_quarter_not_the_comparison() -> None:
    facts = extract_facts(
        "The Horry County jail handed 58 people to ICE in the third quarter. The total was up "
        "from 47 in the April-to-June quarter and from 30 in the same three months of 2025.",
        published=date(2026, 10, 19))
    assert ("2025-07-01/2025-09-30", 30, "exact") in _history(facts)


# --- what the new rules must not read --------------------------------------------------------

MAY = date(2025, 6, 10)
LEAD = "The Harris County Sheriff's Office handed 40 people to ICE in May. "


def test_an_answer_about_bookings_is_no_count() -> None:
    facts = extract_facts(
        LEAD + "\n\nQ: How many people did the jail turn over to ICE this summer?\n\n"
        "HALE: We booked 3,000 people between July 1 and Sept. 30.", published=date(2025, 10, 1))
    assert all(c.count != 3000 for c in (*facts.counts, *facts.historical))


def test_an_answer_comparing_with_the_population_is_no_count() -> None:
    facts = extract_facts(
        LEAD + "\n\nQ: How does that compare with the jail's population?\n\n"
        "HALE: About 2,100 people are in the jail on a given day in October.",
        published=date(2025, 11, 1))
    assert all(c.count != 2100 for c in (*facts.counts, *facts.historical))


@pytest.mark.parametrize(("text", "counts"), [
    ("In March, the Harris County jail handed 14 in all over to ICE.", [("2025-03", 14, "exact")]),
    ("The Harris County Sheriff's Office handed 22 people to ICE in May, and advocates say "
     "street arrests have climbed steadily over the past six weeks.", [("2025-05", 22, "exact")]),
    ("The Harris County Sheriff's Office handed 30 people to ICE in April, though bookings of "
     "women dropped to none in May.", [("2025-04", 30, "exact")]),
    (LEAD + "No one was transferred in November without a detainer.", [("2025-05", 40, "exact")]),
], ids=["in-all-alone", "window-after-a-month", "none-of-something-else", "no-one-unless"])
def test_counts_the_new_rules_leave_alone(text: str, counts: Figures) -> None:
    facts = extract_facts(text, published=MAY if "November" not in text else date(2025, 12, 5))
    assert _counts(facts) == counts


@pytest.mark.parametrize("text", [
    "The Harris County Sheriff's Office handed 40 people to ICE in May, so why won't the county "
    "say who they were?",
    "Sheriff Hale said she was not aware of any complaints, but the Harris County jail handed 40 "
    "people to ICE in May.",
], ids=["rhetorical-question", "unaware-of-something-else"])
def test_reports_inside_questions_and_denials_stay_reports(text: str) -> None:
    facts = extract_facts(text, published=MAY)
    assert facts.transfer_report
    assert _counts(facts) == [("2025-05", 40, "exact")]


@pytest.mark.parametrize("sentence", [
    "The consulate serves 400,000 citizens of Mexico living in the region.",
    "The town is home to 12 natives of Honduras who sit on the school board.",
], ids=["consulate", "residents"])
def test_residents_of_a_country_are_no_breakdown(sentence: str) -> None:
    facts = extract_facts(LEAD + sentence, published=MAY)
    assert facts.nationalities == ()


@pytest.mark.parametrize(("text", "history"), [
    ("The Harris County jail handed 40 people to ICE in the first quarter, compared with 90 in "
     "the previous year.", [("2024", 90, "exact")]),
], ids=["quarter-then-previous-year"])
def test_the_year_before_a_short_span_is_the_calendar_year(text: str, history: Figures) -> None:
    facts = extract_facts(text, published=MAY)
    assert _history(facts) == history


@pytest.mark.parametrize("text", [
    "The Harris County Sheriff's Office handed 40 people to ICE in May through its 287(g) "
    "program that is used to screen every inmate.",
    "Since ICE approved the county's application for a 287(g) agreement, the Harris County "
    "Sheriff's Office has transferred 40 people to ICE.",
    "The Harris County Sheriff's Office handed 40 people to ICE in May. The sheriff signed a "
    "separate 287(g) agreement for the jail.",
], ids=["used-to-screen", "approved-application", "separate-agreement"])
def test_287g_in_force_stays(text: str) -> None:
    facts = extract_facts(text, published=MAY)
    assert "287g" in {b.kind for b in facts.legal_basis}


@pytest.mark.parametrize("sentence", [
    "Tom Reyes, president of the Houston Leadership Forum, said the numbers were alarming.",
    "Ana Diaz, president of the LULAC council in Houston, said the numbers were alarming.",
], ids=["forum", "advocacy-council"])
def test_presidents_of_private_groups_are_no_officials(sentence: str) -> None:
    facts = extract_facts(LEAD + sentence, published=MAY)
    assert facts.officials == ()


def test_a_facility_of_a_place_stops_before_a_weekday() -> None:
    facts = extract_facts("The Corrections Center of Northwest Ohio Tuesday handed 12 people to "
                          "ICE, records show.", published=MAY)
    assert facts.agency is not None
    assert facts.agency.name == "Corrections Center of Northwest Ohio"


# --- tenth batch -------------------------------------------------------------------------------

def test_a_facilities_authority_that_operates_the_jail_is_the_agency() -> None:
    facts = extract_facts(
        "The Stephens County Facilities Authority, the public trust that operates the county "
        "detention center, transferred roughly 40 people to federal immigration agents from "
        "December through February.", published=date(2026, 3, 10))
    assert facts.agency is not None
    assert facts.agency.name == "Stephens County Facilities Authority"
    assert _counts(facts) == [("2025-12-01/2026-02-28", 40, "about")]


def test_people_taken_from_the_jail_by_ice_are_a_handover() -> None:
    facts = extract_facts(
        "The jail holds people for immigration authorities more often now; fifteen inmates were "
        "taken from the Stephens County jail by ICE in January alone.", published=date(2026, 3, 10))
    assert facts.transfer_report
    assert _counts(facts) == [("2026-01", 15, "exact")]


@pytest.mark.parametrize(("text", "published", "counts", "history"), [
    ("The Alabama Department of Corrections has handed 74 people to ICE since July 1. In the "
     "whole of the previous fiscal year, which ended June 30, 2025, the department transferred "
     "96.", date(2026, 5, 1), [], [("2024-07-01/2025-06-30", 96, "exact")]),
    ("More than 600 people left the Travis County jail in the custody of federal immigration "
     "agents during the 12 months that ended in September. Roughly 190 of the handovers came in "
     "the last three months of that span alone. The year before, the figure was under 400.",
     date(2025, 11, 8),
     [("2024-10-01/2025-09-30", 600, "more_than"), ("2025-07-01/2025-09-30", 190, "about")],
     [("2023-10-01/2024-09-30", 400, "up_to")]),
], ids=["previous-fiscal-year-ended", "last-months-of-that-span"])
def test_counts_tenth_batch(text: str, published: date, counts: Figures,
                            history: Figures) -> None:
    facts = extract_facts(text, published=published)
    assert _counts(facts) == counts
    assert _history(facts) == history


def test_an_explainer_answers_in_the_paragraph_after_its_question() -> None:
    facts = extract_facts(
        "The Maine Department of Corrections filed its annual report on contacts with federal "
        "immigration authorities last week; it turned people over to ICE on warrants.\n\n"
        "How many people did the department hand over to ICE?\n\n"
        "Twenty-three, in fiscal year 2026, which ran from July 1, 2025, through June 30, 2026. "
        "That compares with nine in fiscal 2025.", published=date(2026, 8, 11))
    assert _counts(facts) == [("2025-07-01/2026-06-30", 23, "exact")]
    assert _history(facts) == [("2024-07-01/2025-06-30", 9, "exact")]


def test_demonym_shares_of_the_people_transferred() -> None:
    facts = extract_facts(
        "The Kent County Sheriff's Office transferred 162 people to ICE in 2025. Mexican "
        "nationals accounted for 71 of the people transferred, Guatemalans for 44, Hondurans "
        "for 29 and Venezuelans for 18.", published=date(2026, 2, 1))
    assert {n.country: n.count for n in facts.nationalities} == {
        "Mexico": 71, "Guatemala": 44, "Honduras": 29, "Venezuela": 18}


def test_under_287g_is_no_figure() -> None:
    facts = extract_facts(
        "The Kent County Sheriff's Office handed 12 people to ICE in May under 287(g) "
        "agreements.", published=date(2025, 6, 10))
    assert _counts(facts) == [("2025-05", 12, "exact")]


# --- eleventh batch ----------------------------------------------------------------------------

def test_a_plain_explainer_answer_takes_its_questions_period() -> None:
    facts = extract_facts(
        "Marta Lund has been director of the Riley County Department of Corrections since "
        "2022.\n\nHow many people did the jail hand over to ICE last year?\n\n"
        "A little more than 60.\n\nThe year before it was fewer than 30.",
        published=date(2026, 3, 2))
    assert facts.transfer_report
    assert _counts(facts) == [("2025", 60, "more_than")]
    assert _history(facts) == [("2024", 30, "up_to")]


def test_an_answer_with_a_span_from_the_start_of_a_month() -> None:
    facts = extract_facts(
        "The Bergen County jail released people to ICE on warrants.\n\n"
        "Q: How many people did the jail turn over to ICE this summer?\n\n"
        "A: Seven, from the start of July through the end of September.",
        published=date(2025, 10, 20))
    assert _counts(facts) == [("2025-07-01/2025-09-30", 7, "exact")]


@pytest.mark.parametrize(("text", "place"), [
    ("The Jack Harwell Detention Center in Waco handed 88 people to ICE in the fiscal year, "
     "figures McLennan County released show.", "McLennan County"),
    ("The Hill-Finklea Detention Center handed 26 people to ICE in May, Berkeley County "
     "officials said.", "Berkeley County"),
], ids=["named-for-a-person", "hyphenated-name"])
def test_a_facility_named_like_another_county_sits_in_the_county_the_story_names(
        text: str, place: str) -> None:
    facts = extract_facts(text, published=date(2026, 6, 10))
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.name == place


def test_a_multi_county_correction_center_is_an_agency() -> None:
    facts = extract_facts(
        "The Southwest Multi-County Correction Center has handed 17 people to U.S. Immigration "
        "and Customs Enforcement so far this year, the jail administrator said.",
        published=date(2026, 7, 1))
    assert facts.agency is not None
    assert facts.agency.name == "Southwest Multi-County Correction Center"


@pytest.mark.parametrize(("sentence", "ages"), [
    ("Their ages spanned 20 to 58.", (20, 58)),
    ("The oldest person transferred last year was seventy and the youngest was eighteen.",
     (18, 70)),
    ("Those turned over ranged from a 19-year-old arrested at a party to a 61-year-old "
     "grandfather.", (19, 61)),
    ("The youngest person transferred was 21. The oldest, who had served 19 years of a 20-year "
     "sentence for manslaughter, was 74.", (21, 74)),
], ids=["spanned", "in-words", "from-a-to-a", "long-aside"])
def test_ages_eleventh_batch(sentence: str, ages: tuple[int, int]) -> None:
    facts = extract_facts("The Cecil County Sheriff's Office handed 37 people to ICE in 2025. "
                          + sentence, published=date(2026, 2, 1))
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == ages


def test_a_long_partitive_before_a_demonym_keeps_its_country() -> None:
    facts = extract_facts(
        "The Conway Police Department turned 14 people over to ICE in August. Nine of the 14 "
        "people transferred in August were Mexican citizens and three were Brazilian.",
        published=date(2025, 9, 20))
    assert {n.country: n.count for n in facts.nationalities} == {"Mexico": 9, "Brazil": 3}


# --- what the eleventh batch must not read -----------------------------------------------------

NOV = date(2025, 11, 15)


def test_a_fiscal_year_ending_in_december_is_the_calendar_year() -> None:
    facts = extract_facts(
        "The Harris County Sheriff's Office handed 30 people to ICE in the previous fiscal year, "
        "which ended December 31, 2024.", published=NOV)
    assert _counts(facts) == [("2024", 30, "exact")]


@pytest.mark.parametrize("text", [
    "ICE agents were seen downtown.\n\nHow many inmates did the county release early last year "
    "because of crowding?\n\n212 inmates were let go early in 2024.",
    "ICE agents were seen downtown.\n\nHow many deputies were transferred to patrol last year?"
    "\n\nTwenty-five.",
    "ICE agents were seen downtown.\n\nHow many more families will be torn apart before the "
    "county stops handing people over?\n\nSince 2019, 47 families have come to the clinic.",
], ids=["early-releases", "deputies-transferred", "rhetorical"])
def test_answers_to_other_questions_are_no_handovers(text: str) -> None:
    facts = extract_facts(text, published=NOV)
    assert not facts.transfer_report


@pytest.mark.parametrize(("text", "place"), [
    ("Miami-Dade Corrections and Rehabilitation Department handed 30 people to ICE in May. Some "
     "were later moved to the ICE center in Broward County.", "Miami-Dade County"),
    ("The Albemarle-Charlottesville Regional Jail handed 30 people to ICE in May. It also holds "
     "inmates from Nelson County.", "Albemarle County"),
], ids=["other-county-elsewhere", "regional-jail-other-county"])
def test_a_county_in_the_facilitys_name_holds_against_counties_named_elsewhere(
        text: str, place: str) -> None:
    facts = extract_facts(text, published=NOV)
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.name == place


def test_people_taken_from_their_homes_by_ice_are_no_handover() -> None:
    facts = extract_facts(
        "The Harris County Sheriff's Office said it had no part in the raids. Twelve people were "
        "taken from their homes by ICE in March.", published=NOV)
    assert not facts.transfer_report


@pytest.mark.parametrize("sentence", [
    "The youngest was 19. The oldest of the county's jails, which opened in 1955 and still "
    "houses the booking desk, is 70 years old.",
    "The detainers ranged from a 3-year-old warrant to a 10-year-old conviction.",
], ids=["oldest-building", "year-old-records"])
def test_ages_of_things_are_no_range(sentence: str) -> None:
    facts = extract_facts(LEAD + sentence, published=MAY)
    assert facts.age_range is None


def test_a_public_facilities_authority_issuing_bonds_is_no_agency() -> None:
    facts = extract_facts(
        "The county jail handed 40 people to ICE in May. The county's Public Facilities "
        "Authority issued $80 million in bonds.", published=MAY)
    assert facts.agency is None or "Authority" not in facts.agency.name


def test_lawyers_from_a_country_are_no_breakdown() -> None:
    facts = extract_facts(LEAD + "Two of the lawyers who represent the detainees are citizens "
                          "of Honduras.", published=MAY)
    assert facts.nationalities == ()


def test_a_law_numbered_after_a_comma_is_no_count() -> None:
    facts = extract_facts(
        "The Harris County Sheriff's Office handed 40 people to ICE in May, as House Bill 4, in "
        "effect since January, requires.", published=MAY)
    assert facts.total is not None
    assert facts.total.count == 40


def test_an_overlong_sentence_is_cut_at_commas_into_pieces_that_cover_it() -> None:
    from pipeline.extract.sentences import split_sentences

    lead = "The jail handed 40 people to ICE in May. "
    listing = ", ".join(str(1000 + i) for i in range(3000)) + " of them were booked."
    sentences = split_sentences(lead + listing)
    assert sentences[0].text == lead.strip()
    pieces = sentences[1:]
    assert len(pieces) > 10
    assert all(len(p.text) <= 2000 for p in pieces)
    assert all((lead + listing)[p.start:p.end] == p.text for p in pieces)
    assert "".join(p.text + " " for p in pieces).split() == listing.split()


def test_an_ordinary_long_sentence_stays_whole() -> None:
    from pipeline.extract.sentences import split_sentences

    text = "The sheriff said " + ", ".join(["the jail handed people to ICE"] * 40) + "."
    assert len(text) < 2000
    assert [s.text for s in split_sentences(text)] == [text]

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


# --- counts: agency documents and corrections -----------------------------------------------

NOVEMBER = date(2025, 11, 14)
OCTOBER = date(2025, 10, 21)
AUGUST = date(2025, 8, 4)

Figures = list[tuple[str, int, str]]


def _counts(facts: TransferFacts) -> Figures:
    return [(c.period, c.count, c.qualifier) for c in facts.counts]


def _history(facts: TransferFacts) -> Figures:
    return [(c.period, c.count, c.qualifier) for c in facts.historical]


def test_a_number_restated_in_brackets_is_read_with_its_noun() -> None:
    facts = extract_facts(
        "Since January 20, the Berkshire County Sheriff's Office has released nine (9) "
        "individuals to ICE at the conclusion of their lawful custody.", published=JULY)
    assert facts.transfer_report
    assert facts.total is not None
    assert facts.total.count == 9


def test_the_whole_a_part_is_taken_from_is_the_count() -> None:
    facts = extract_facts(
        "Six of the nine people the Berkshire County Sheriff's Office has released to federal "
        "immigration agents since Jan. 20 had just finished serving sentences, the office said.",
        published=JULY)
    assert facts.total is not None
    assert facts.total.count == 9


def test_people_released_to_the_marshals_are_no_handover() -> None:
    facts = extract_facts(
        "Two men were released to the U.S. Marshals Service on federal criminal warrants, one "
        "in a firearms case and one in a fraud case, the Rockland County Sheriff's Office said. "
        "ICE was not involved.", published=OCTOBER)
    assert not facts.transfer_report


ROCKLAND_REVISION = (
    "The Rockland County Sheriff's Office, which operates the county jail, has revised its "
    "quarterly report, lowering the number of people the jail handed to U.S. Immigration and "
    "Customs Enforcement in September from seven to five.\n\n"
    "The correction brings the number of people transferred to ICE from the jail in the third "
    "quarter to 21, rather than the 23 the office announced Oct. 8. The July and August "
    "figures, seven and nine, are unchanged.\n\n"
    "The revised breakdown lists six citizens of Mexico, five of Guatemala, four of Ecuador, "
    "three of Honduras, two of the Dominican Republic and one of Haiti. One of the two "
    "Haitian citizens in the first version was released to the marshals.")


def test_a_revision_counts_the_revised_figures_and_the_unchanged_ones() -> None:
    facts = extract_facts(ROCKLAND_REVISION, published=OCTOBER)
    assert sorted(_counts(facts)) == [
        ("2025-07", 7, "exact"), ("2025-07-01/2025-09-30", 21, "exact"), ("2025-08", 9, "exact"),
        ("2025-09", 5, "exact")]
    assert facts.total is not None
    assert facts.total.count == 21


def test_a_breakdown_the_report_lists_by_citizenship() -> None:
    facts = extract_facts(ROCKLAND_REVISION, published=OCTOBER)
    assert {n.country: n.count for n in facts.nationalities} == {
        "Mexico": 6, "Guatemala": 5, "Ecuador": 4, "Honduras": 3, "Dominican Republic": 2,
        "Haiti": 1}


BUCKS_REPORT = (
    "The Bucks County Department of Corrections posted its October report.\n\n"
    "Transfers to the county's community corrections centers: 61\n\n"
    "ICE detainers lodged during the month: 9\n\n"
    "Releases to ICE, October 2025: 4\n\n"
    "Releases to ICE, calendar year to date: 38\n\n"
    "Releases to ICE, previous month (September 2025): 6")


def test_a_monthly_reports_lines_give_the_month_the_year_so_far_and_the_month_before() -> None:
    facts = extract_facts(BUCKS_REPORT, published=NOVEMBER)
    assert sorted(_counts(facts)) == [("2025", 38, "exact"), ("2025-10", 4, "exact")]
    assert _history(facts) == [("2025-09", 6, "exact")]


def test_the_number_brought_to_a_figure_so_far_this_year_across_an_abbreviation() -> None:
    facts = extract_facts(
        "The Bucks County jail released four people to federal immigration agents in October, "
        "bringing the number handed to U.S. Immigration and Customs Enforcement so far this "
        "year to 38, the report says.", published=NOVEMBER)
    assert sorted(_counts(facts)) == [("2025", 38, "exact"), ("2025-10", 4, "exact")]


def test_months_listed_with_words_and_bracketed_digits() -> None:
    facts = extract_facts(
        "Between January 1, 2025 and June 30, 2025, the Merrimack County Department of "
        "Corrections released twelve (12) individuals to the custody of U.S. Immigration and "
        "Customs Enforcement. By month, these releases were: January, two (2); February, none "
        "(0); March, three (3); April, one (1); May, four (4); June, two (2).", published=AUGUST)
    assert sorted(_counts(facts)) == [
        ("2025-01", 2, "exact"), ("2025-01-01/2025-06-30", 12, "exact"), ("2025-02", 0, "exact"),
        ("2025-03", 3, "exact"), ("2025-04", 1, "exact"), ("2025-05", 4, "exact"),
        ("2025-06", 2, "exact")]


def test_some_of_the_people_handed_over_described_are_no_count() -> None:
    facts = extract_facts(
        "The Merrimack County jail released 12 people to ICE in the first six months of this "
        "year. A lawyer said at least two of the people released to ICE in May had been held "
        "on misdemeanor charges.", published=AUGUST)
    assert _counts(facts) == [("2025-01-01/2025-06-30", 12, "exact")]


def test_a_basis_things_are_likened_to_is_none() -> None:
    facts = extract_facts(
        "The Merrimack County jail released 12 people to ICE in the first six months of this "
        "year. \"An administrative warrant is signed by an ICE officer, not a judge,\" Lang "
        "said. \"Counties don't have to treat it as if it were a court order.\"",
        published=AUGUST)
    assert "court_order" not in {b.kind for b in facts.legal_basis}


def test_a_figure_since_an_agreement_took_effect_is_a_running_total() -> None:
    facts = extract_facts(
        "The Garland Police Department transferred 14 people to ICE in June. That brings the "
        "number transferred since the city's 287(g) agreement took effect in March to more "
        "than 45, a spokesperson said.", published=date(2026, 7, 8))
    assert ("2026-03", 45, "more_than") not in _counts(facts)
    assert ("2026-06", 14, "exact") in _counts(facts)


# --- agencies, places and bases --------------------------------------------------------------

def test_a_county_division_of_correctional_services_is_an_agency() -> None:
    facts = extract_facts(
        "The Luzerne County Division of Correctional Services, which runs the county prison, "
        "turned six people over to federal immigration authorities in January.",
        published=date(2026, 2, 13))
    assert facts.agency is not None
    assert facts.agency.name == "Luzerne County Division of Correctional Services"
    assert _counts(facts) == [("2026-01", 6, "exact")]


def test_what_other_counties_require_is_no_basis() -> None:
    facts = extract_facts(
        "The Luzerne County Division of Correctional Services turned six people over to ICE "
        "on detainers in January. Some counties honor detainers; others require a judge's "
        "warrant before they will hold anyone.", published=date(2026, 2, 13))
    assert {b.kind for b in facts.legal_basis} == {"detainer"}


def test_more_since_the_day_after_a_fiscal_year_keeps_that_year_a_count() -> None:
    facts = extract_facts(
        "Records showed the county jail had turned over more than 30 people to immigration "
        "agents in the last fiscal year.\n\nThe Carroll County Sheriff's Office transferred "
        "people to ICE under its 287(g) agreement in the fiscal year that ended June 30, and "
        "17 more have been transferred since July 1.", published=date(2026, 1, 14))
    assert _counts(facts) == [("2024-07-01/2025-06-30", 30, "more_than")]
    assert facts.total is not None
    assert facts.total.count == 17
    assert {b.kind for b in facts.legal_basis} == {"287g"}


def test_an_agreement_that_ended_is_still_no_basis() -> None:
    facts = extract_facts(
        "The Carroll County Sheriff's Office transferred 30 people to ICE last year under a "
        "287(g) agreement that ended last month.", published=date(2026, 1, 14))
    assert "287g" not in {b.kind for b in facts.legal_basis}


def test_a_sheriffs_council_is_no_official() -> None:
    facts = extract_facts(
        "The Berkshire County Sheriff's Office has released nine people to ICE since January, "
        "Sheriff Nora Castellucci said. Organizers said they plan to attend the next meeting "
        "of the county's Sheriff's Advisory Council in July.", published=JULY)
    assert [o.name for o in facts.officials] == ["Nora Castellucci"]


def test_a_city_and_countys_sheriff_department_is_placed_in_the_city() -> None:
    facts = extract_facts(
        "Those 14 people were released to ICE by the Denver Sheriff Department in 2025, "
        "records show.", published=date(2026, 2, 8))
    assert facts.agency is not None
    assert facts.agency.name == "Denver Sheriff Department"
    assert _place(facts) == ("Denver", "CO")


NUECES = (
    "More than 30 people in December alone. About 70 since the agreement took effect Oct. 1.\n\n"
    "Those are the numbers for the Nueces County Sheriff's Office, the first jail operator in "
    "the region to begin handing people to U.S. Immigration and Customs Enforcement under a "
    "287(g) agreement.\n\n"
    "The Kleberg County Sheriff's Office, whose agreement began in November, reported nine "
    "transfers to ICE through the end of December.\n\n"
    "Figures for Nueces and San Patricio counties come from reports to their commissioners.")


def test_figures_set_out_before_the_sentence_naming_whose_they_are() -> None:
    facts = extract_facts(NUECES, title="Nueces County leads the region on 287(g)",
                          published=date(2026, 1, 25))
    assert facts.agency is not None
    assert facts.agency.name == "Nueces County Sheriff's Office"
    assert ("2025-12", 30, "more_than") in _counts(facts)


def test_a_sentence_about_another_countys_office_gives_no_count() -> None:
    facts = extract_facts(NUECES, title="Nueces County leads the region on 287(g)",
                          published=date(2026, 1, 25))
    assert all(c.count != 9 for c in facts.counts)


def test_a_county_named_once_beside_the_storys_county_is_not_the_agency() -> None:
    facts = extract_facts(
        "More than 40 people were handed to federal immigration agents from Erie County's "
        "jails in the first three months of the year, the sheriff's office says.\n\n"
        "The figures come from a report the Erie County Sheriff's Office gives county "
        "legislators every quarter.\n\n"
        "The Chautauqua County jail in Mayville reported handing six people to ICE during the "
        "same quarter, its sheriff said.",
        title="ICE pickups at Erie County jails climb", published=date(2026, 4, 16))
    assert facts.agency is not None
    assert facts.agency.name == "Erie County Sheriff's Office"
    assert _counts(facts) == [("2026-01-01/2026-03-31", 40, "more_than")]


def test_what_an_agreement_lets_officers_begin_is_no_handover() -> None:
    facts = extract_facts(
        "The agreements let local corrections officers screen people booked into the "
        "Montgomery County Jail and begin the process of handing them to U.S. Immigration and "
        "Customs Enforcement.", published=date(2026, 2, 1))
    assert not facts.transfer_report


def test_that_is_how_many_takes_the_figure_just_given() -> None:
    facts = extract_facts(
        "The headline figure was 27. That is how many people the Monterey County Sheriff's "
        "Office handed to U.S. Immigration and Customs Enforcement from the county jail in "
        "2025, up from 19 the year before.", published=date(2026, 3, 24))
    assert _counts(facts) == [("2025", 27, "exact")]
    assert _history(facts) == [("2024", 19, "exact")]


# --- revisions and interviews ----------------------------------------------------------------

LARAMIE = (
    "CHEYENNE — The Laramie County Sheriff's Office has raised its count of people handed "
    "over to federal immigration agents in the first three months of the year from 16 to 18, "
    "after finding two February transfers that had been entered as releases to another "
    "agency.\n\n"
    "The revised report puts February at nine transfers instead of seven. January's figure, "
    "nine, and March's, zero, are unchanged.")


def test_a_count_raised_from_one_figure_to_another_counts_the_new_one() -> None:
    facts = extract_facts(LARAMIE, published=date(2026, 4, 24))
    assert sorted(_counts(facts)) == [
        ("2026-01", 9, "exact"), ("2026-01-01/2026-03-31", 18, "exact"),
        ("2026-02", 9, "exact"), ("2026-03", 0, "exact")]
    assert facts.total is not None
    assert facts.total.count == 18


BONNEVILLE = (
    "Q: How many people has the jail turned over to ICE, and is the program worth it?\n\n"
    "Marchetti: \"Last year it was a little over 210 people. So far this year the number is 83. "
    "The Bonneville County Sheriff's Office didn't go looking for anyone.\"")


def test_an_answers_year_and_this_year_so_far_are_both_counts() -> None:
    facts = extract_facts(BONNEVILLE, published=date(2026, 5, 4))
    assert _counts(facts) == [("2025", 210, "more_than"), ("2026", 83, "exact")]


def test_fewer_than_a_figure_sets_nothing_against_the_year_before() -> None:
    facts = extract_facts(
        "Q: How often does that happen?\n\n"
        "A: Not often. The Philadelphia Department of Prisons released 11 people to ICE in 2024, "
        "figures show. So far this year, the number is fewer than 10, a spokesperson said, "
        "declining to give an exact figure.", published=date(2025, 7, 15))
    assert _counts(facts) == [("2024", 11, "exact"), ("2025", 10, "up_to")]


def test_double_the_year_before_sets_that_year_against_the_figure() -> None:
    facts = extract_facts(
        "The St. Tammany Parish Sheriff's Office handed more than 130 people to ICE in the 12 "
        "months that ended in September, roughly double the year before, when about 60 were "
        "turned over.", published=date(2025, 11, 10))
    assert _counts(facts) == [("2024-10-01/2025-09-30", 130, "more_than")]
    assert _history(facts) == [("2023-10-01/2024-09-30", 60, "about")]


# --- county-seat weeklies ----------------------------------------------------------------------

def test_a_change_that_brings_a_figure_to_a_new_one_counts_the_new_one() -> None:
    facts = extract_facts(
        "The Etowah County Sheriff's Office has revised the number of people its jail handed "
        "over to ICE in December, raising it from 11 to 13.\n\nThe change brings the figure for "
        "October through December to 36, not the 34 reported to commissioners.",
        published=date(2026, 1, 28))
    assert sorted(_counts(facts)) == [("2025-10-01/2025-12-31", 36, "exact"),
                                      ("2025-12", 13, "exact")]


def test_those_three_months_are_the_months_the_sentence_before_named() -> None:
    facts = extract_facts(
        "The Etowah County Sheriff's Office booked 1,912 people between Oct. 1 and Dec. 31, "
        "Barksdale said.\n\nOf the people who came through the jail in those three months, 34 "
        "were handed over to U.S. Immigration and Customs Enforcement. That is up from 21 in "
        "the same quarter of 2024.", published=date(2026, 1, 14))
    assert _counts(facts) == [("2025-10-01/2025-12-31", 34, "exact")]
    assert _history(facts) == [("2024-10-01/2024-12-31", 21, "exact")]


def test_a_ratio_to_the_people_handed_over_is_no_count() -> None:
    facts = extract_facts(
        "The Dauphin County Prison released 17 people to ICE between March and August. ICE "
        "lodged 94 detainers during the six months, more than five for every person actually "
        "released to the agency.", published=date(2025, 9, 20))
    assert all(c.count != 5 for c in (*facts.counts, *facts.historical))


def test_the_state_where_ice_held_someone_does_not_place_the_story() -> None:
    facts = extract_facts(
        "Sixteen people held in the Randolph County jail were handed over to federal "
        "immigration officers in November, the Randolph County Sheriff's Office said. One man "
        "from Asheboro was handed to ICE two days after his arrest and is now in a detention "
        "center in Georgia.", published=date(2025, 12, 11))
    assert _place(facts) == ("Randolph County", "NC")


@pytest.mark.parametrize(("text", "count"), [
    # detainers lodged on people are requests, not handovers
    ("ICE lodged detainers on 31 people booked into the Bedford County jail in January, the "
     "sheriff's office said, and 22 people were released from the jail into ICE custody during "
     "the month on those detainers.", 22),
    # detainers honored on people are handovers
    ("The Aurora Police Department honored detainers on 30 people in January and released "
     "them to ICE agents at its jail, a city audit found.", 30),
])
def test_detainers_lodged_on_people_are_no_count_and_honored_ones_are(text: str,
                                                                        count: int) -> None:
    facts = extract_facts(text, published=date(2026, 2, 12))
    assert [c.count for c in facts.counts] == [count]


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Magistrate Phillip Gant, who asked for the immigration figures, said he expected them "
     "to draw comment.", "Phillip Gant", "Magistrate"),
    ("Commissioner Linda Yates voted no, saying she wanted a second estimate.", "Linda Yates",
     "Commissioner"),
    ("Sheriff Travis Mayberry spoke briefly at the end of the meeting about the new jail.",
     "Travis Mayberry", "Sheriff"),
])
def test_officials_who_speak_in_other_words(sentence: str, name: str, role: str) -> None:
    facts = extract_facts(
        "The Christian County jail released 12 people to ICE in January. " + sentence,
        published=date(2026, 2, 12))
    assert (name, role) in {(o.name, o.role) for o in facts.officials}


def test_a_parish_jail_the_sheriffs_office_runs_is_the_sheriffs_offices() -> None:
    facts = extract_facts(
        "More than 40 people have been handed over to federal immigration agents from the "
        "Tangipahoa Parish jail since September, Sheriff Bryce Guidry said.\n\nThe agreement "
        "lets trained deputies at the jail the sheriff's office runs in Amite screen people "
        "when they are booked.", published=date(2026, 2, 7))
    assert facts.agency is not None
    assert facts.agency.name == "Tangipahoa Parish Sheriff's Office"


# --- data stories -----------------------------------------------------------------------------

def test_a_lede_figure_whose_period_has_an_abbreviation() -> None:
    facts = extract_facts(NUECES, title="Nueces County leads the region on 287(g)",
                          published=date(2026, 1, 25))
    assert facts.total is not None
    assert (facts.total.count, facts.total.qualifier) == (70, "about")


def test_a_fiscal_year_restated_by_its_dates_is_those_dates() -> None:
    facts = extract_facts(
        "The Carson City Sheriff's Office handed 61 people to ICE in 2025, figures show.\n\n"
        "By the state fiscal-year accounting the office uses, 44 people were transferred in "
        "fiscal 2025, which ran from July 1, 2024, through June 30, 2025.",
        published=date(2026, 1, 29))
    assert sorted(_counts(facts)) == [("2024-07-01/2025-06-30", 44, "exact"),
                                      ("2025", 61, "exact")]


def test_offices_a_newspaper_asked_are_no_count() -> None:
    facts = extract_facts(
        "The Box Elder County Sheriff's Office released 163 people to ICE in 2025.\n\n"
        "The Daily filed records requests with all 29 county sheriff's offices in Utah in "
        "December, asking for the number of people released from their jails to ICE custody.",
        published=date(2026, 2, 1))
    assert _counts(facts) == [("2025", 163, "exact")]


def test_what_several_large_counties_do_is_no_basis() -> None:
    facts = extract_facts(
        "The Box Elder County Sheriff's Office released 163 people to ICE in 2025 under its "
        "287(g) agreement. Several large counties without agreements said they honor ICE "
        "detainers.", published=date(2026, 2, 1))
    assert {b.kind for b in facts.legal_basis} == {"287g"}


def test_some_of_them_released_in_a_month_are_that_months_count() -> None:
    facts = extract_facts(
        "The county says that from July 1 through Dec. 31 the jail, which the Deschutes County "
        "Sheriff's Office runs, released 14 individuals to the physical custody of ICE officers. "
        "Six of them were released in September, when ICE ran a weeklong operation.",
        published=date(2026, 2, 3))
    assert sorted(_counts(facts)) == [("2025-07-01/2025-12-31", 14, "exact"),
                                      ("2025-09", 6, "exact")]


def test_the_year_before_an_event_is_no_year_before_the_story() -> None:
    facts = extract_facts(
        "The Skagit County Sheriff's Office transferred seven people to ICE custody in 2025. "
        "In 2018, the year before the law passed, the jail turned 23 people over to ICE.",
        published=date(2026, 2, 1))
    assert _counts(facts) == [("2025", 7, "exact")]
    assert _history(facts) == [("2018", 23, "exact")]


def test_a_historical_figure_told_twice_is_listed_once() -> None:
    facts = extract_facts(
        "The Merrimack County jail released 12 people to ICE in the first six months of this "
        "year, already more than the nine it released in all of 2024.\n\nFor comparison, the "
        "department released nine (9) individuals to ICE during calendar year 2024.",
        published=AUGUST)
    assert _history(facts) == [("2024", 9, "exact")]


# --- stories in English from Spanish ------------------------------------------------------------

def test_people_passed_to_the_hands_of_ice_by_the_office_of_the_sheriff_of_a_county() -> None:
    facts = extract_facts(
        "EAGLE PASS — More than thirty persons who were found in the jail of Maverick County "
        "passed to the hands of the Immigration and Customs Enforcement Service (ICE) during the "
        "month of January, according to figures of the Office of the Sheriff of Maverick County.",
        published=date(2026, 2, 10))
    assert facts.agency is not None
    assert facts.agency.name == "Maverick County Sheriff's Office"
    assert _counts(facts) == [("2026-01", 30, "more_than")]


def test_since_a_day_written_first_and_a_month_of_its_own() -> None:
    facts = extract_facts(
        "The Vero Beach Police Department has delivered to the Immigration and Customs "
        "Enforcement Service (ICE) fifty-seven persons since the 3 of April, according to data "
        "the chief presented. In the month of August alone, they were twelve.",
        published=date(2025, 9, 8))
    assert _counts(facts) == [("2025-08", 12, "exact")]
    assert facts.total is not None
    assert facts.total.count == 57


def test_an_interview_with_dashes_for_its_questions() -> None:
    facts = extract_facts(
        "We conversed with the public information officer of the Union County Sheriff's "
        "Office.\n\n— Lieutenant, how many persons did the Office of the Sheriff deliver to ICE "
        "last year?\n\n— A little more than one hundred ten.", published=date(2026, 1, 28))
    assert _counts(facts) == [("2025", 110, "more_than")]


@pytest.mark.parametrize(("sentence", "ages"), [
    ("The ages of the delivered persons went from eighteen to seventy-four years.", (18, 74)),
    ("The three were two Mexicans and a Polish man, of between twenty-seven and forty-four "
     "years.", (27, 44)),
    ("The youngest has nineteen years and the oldest has sixty-one.", (19, 61)),
])
def test_ages_in_words(sentence: str, ages: tuple[int, int]) -> None:
    facts = extract_facts(
        "The Sarasota County Sheriff's Office delivered 12 persons to ICE in July. " + sentence,
        published=date(2025, 10, 21))
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == ages


@pytest.mark.parametrize(("sentence", "name"), [
    ("The spokesperson of the Office of the Sheriff, the sergeant Eliud Zamarripa Luna, "
     "explained that the transfers are done under the agreement.", "Eliud Zamarripa Luna"),
    ("\"We honor every detainer,\" declared the Sheriff of the County of Maverick, Rogelio "
     "Cárdenas Elizondo, in an interview.", "Rogelio Cárdenas Elizondo"),
])
def test_officials_in_translated_forms(sentence: str, name: str) -> None:
    facts = extract_facts(
        "The Maverick County Sheriff's Office delivered 30 persons to ICE in January. " + sentence,
        published=date(2026, 2, 10))
    assert name in {o.name for o in facts.officials}


def test_a_retired_officer_is_no_official() -> None:
    facts = extract_facts(
        "The Bonneville County Sheriff's Office handed 83 people to ICE this year. His "
        "challenger, Travis Quayle, a retired Idaho State Police sergeant, said the number was "
        "too high.", published=date(2026, 5, 4))
    assert facts.officials == ()


def test_a_span_with_its_days_first_and_the_same_trimester_a_year_before() -> None:
    facts = extract_facts(
        "SARASOTA, Florida — Between 1 July and 30 September, the jail of Sarasota County "
        "delivered to the Immigration and Customs Enforcement Service (ICE) one hundred "
        "forty-six persons, the Sarasota County Sheriff's Office said.\n\nBy month, they were "
        "forty-one in July, fifty-two in August and fifty-three in September. In the same "
        "trimester of 2024, the figure was of thirty-eight.", published=date(2025, 10, 21))
    assert ("2025-07-01/2025-09-30", 146, "exact") in _counts(facts)
    assert _history(facts) == [("2024-07-01/2024-09-30", 38, "exact")]


# --- newsletters: by-the-numbers lines, bullets, quoted figures ------------------------------

SEWARD = (
    "LIBERAL, Kan. — The Seward County Sheriff's Office has put a number on its handovers.\n\n"
    "BY THE NUMBERS\n\n"
    "23 — people the sheriff's office handed over to ICE in December 2025.\n\n"
    "31 — ICE detainers lodged with the jail in December.\n\n"
    "19 and 58 — the ages of the youngest and oldest of the 23.\n\n"
    "2 — people the Stevens County Sheriff's Office, to the west, said it handed to ICE in "
    "December.")


def test_a_by_the_numbers_line_counts_the_agencys_handovers_only() -> None:
    facts = extract_facts(SEWARD, published=date(2026, 1, 8))
    assert _counts(facts) == [("2025-12", 23, "exact")]


def test_a_by_the_numbers_line_of_ages() -> None:
    facts = extract_facts(SEWARD, published=date(2026, 1, 8))
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (19, 58)


def test_a_figure_quoted_as_said() -> None:
    facts = extract_facts(
        "Buchanan County Sheriff Mark Tolliver said Sunday night that his office handed \"more "
        "than 60\" people to ICE in the federal fiscal year that ended Sept. 30.",
        published=date(2025, 11, 3))
    assert _counts(facts) == [("2024-10-01/2025-09-30", 60, "more_than")]


def test_a_bulleted_split_under_headings_breaks_the_quarter_down() -> None:
    facts = extract_facts(
        "FORT COLLINS — The Larimer County Sheriff's Office posted its report Friday. It shows "
        "the county jail handed 11 people to U.S. Immigration and Customs Enforcement between "
        "July 1 and Sept. 30. Here's what we know.\n\nWHAT WE KNOW\n\n• The monthly split. Four "
        "people in July, five in August and two in September: 11 for the quarter.",
        published=date(2025, 10, 14))
    assert sorted(_counts(facts)) == [
        ("2025-07", 4, "exact"), ("2025-07-01/2025-09-30", 11, "exact"), ("2025-08", 5, "exact"),
        ("2025-09", 2, "exact")]


TEXAS_COUNTY = (
    "Here's where things stand, in numbers.\n\n"
    "About 30 — people the Texas County jail handed to ICE between July 14 and July 27.\n\n"
    "18 to 61 — the age range of those handed over, according to the sheriff's office.\n\n"
    "3 — people Cimarron County's sheriff says his jail handed to ICE during the same two "
    "weeks.\n\n"
    "2 — people the Beaver County Sheriff's Office said it handed to ICE that month.")


def test_a_numbers_line_with_a_qualifier_and_the_named_jail() -> None:
    facts = extract_facts(TEXAS_COUNTY, published=date(2025, 8, 20))
    assert facts.agency is not None
    assert facts.agency.name == "Texas County jail"
    assert _counts(facts) == [("2025-07-14/2025-07-27", 30, "about")]
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (18, 61)


def test_a_running_total_told_before_its_since_clause() -> None:
    facts = extract_facts(
        "Sheriff Wade Hollister told the commission the Iron County Sheriff's Office has turned "
        "nearly 40 people over to ICE from the jail since the agreement began in April, 15 of "
        "them last month alone.", published=date(2025, 11, 12))
    assert _counts(facts) == [("2025-10", 15, "exact")]
    assert facts.total is not None
    assert (facts.total.count, facts.total.qualifier) == (40, "about")

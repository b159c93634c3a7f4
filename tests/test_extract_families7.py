"""Phrasing families of the seventh round: another agency's figures beside the story's own,
city police named by their officers or their jail, corrections and superseded figures, record
keeping that reports no handover, bases urged or wondered about, titles with "of", and a
handover told as "the 27th person"."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_facts
from pipeline.facts import TransferFacts

FEBRUARY = date(2026, 2, 10)
OCTOBER = date(2026, 10, 20)

Figures = list[tuple[str, int, str]]


def _counts(facts: TransferFacts) -> Figures:
    return [(c.period, c.count, c.qualifier) for c in facts.counts]


def _history(facts: TransferFacts) -> Figures:
    return [(c.period, c.count, c.qualifier) for c in facts.historical]


def _place(facts: TransferFacts) -> tuple[str, str | None] | None:
    j = facts.jurisdiction
    return (j.name, j.state) if j else None


# --- the agency ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "agency", "place"), [
    # another county's office named in a later handover sentence gives that county's figures
    ("The Greene County Detention Center handed at least 40 people to ICE in 2025, records "
     "show.\n\nNeighboring Christian County's sheriff's office said it handed nine people to ICE "
     "over the same year.",
     "Greene County Detention Center", ("Greene County", None)),
    # a department named by a head that is no jail's
    ("The Jefferson County Department of Justice Services released 12 people to ICE in "
     "January, its director said.",
     "Jefferson County Department of Justice Services", ("Jefferson County", None)),
    # a combined jail called a law enforcement center
    ("The Kandiyohi County Law Enforcement Center released four people to ICE in May.",
     "Kandiyohi County Law Enforcement Center", ("Kandiyohi County", "MN")),
    # a city's police named by their officers, beside the county's sheriff
    ("So far this year, 15 people arrested by Norcross officers have left the city jail in "
     "ICE custody.\n\nThe Gwinnett County Sheriff's Office runs the county jail down the road.",
     "Norcross Police Department", ("Norcross", "GA")),
    # the police, not the courthouse their prisoner passed through
    ("Lowell police turned three men over to ICE in August. One was handed to ICE officers at "
     "the Lowell Justice Center after his arraignment.",
     "Lowell Police Department", ("Lowell", "MA")),
])
def test_agency_and_place(text: str, agency: str, place: tuple[str, str | None]) -> None:
    facts = extract_facts(text, published=FEBRUARY)
    assert facts.agency is not None
    assert facts.agency.name == agency
    assert _place(facts) == place


def test_the_city_jail_in_a_story_about_a_city_council_is_its_police_department() -> None:
    facts = extract_facts(
        "The Midland City Council approved the budget on Tuesday.\n\nBefore the vote, Police "
        "Chief Ana Soto said the city jail handed 31 people to ICE last year.",
        published=FEBRUARY)
    assert facts.agency is not None
    assert facts.agency.name == "Midland Police Department"


def test_the_city_jail_without_a_police_chief_or_department_names_no_agency() -> None:
    facts = extract_facts(
        "The Midland City Council approved the budget on Tuesday. A report said the city jail "
        "handed 31 people to ICE last year.", published=FEBRUARY)
    assert facts.agency is None or facts.agency.name != "Midland Police Department"


def test_police_named_by_their_officers_where_the_story_names_the_department() -> None:
    # a town too small for the gazetteer is known by the department the story names
    facts = extract_facts(
        "The Tucker Police Department keeps a small lockup.\n\nSo far this year, nine people "
        "arrested by Tucker officers have left it in ICE custody.\n\nThe county jail is run by "
        "the DeKalb County Sheriff's Office.", published=FEBRUARY)
    assert facts.agency is not None
    assert facts.agency.name == "Tucker Police Department"


def test_a_state_named_in_passing_does_not_place_a_city_of_its_size() -> None:
    facts = extract_facts(
        "Lowell police turned two men over to ICE in September. One was moved to a detention "
        "center in New Hampshire the next day.", published=OCTOBER)
    assert _place(facts) == ("Lowell", "MA")


# --- corrections and superseded figures ----------------------------------------------------

def test_a_correction_counts_the_figure_as_corrected_not_as_first_reported() -> None:
    facts = extract_facts(
        "The Ottawa County Sheriff's Office has revised the number of people it handed to ICE "
        "in September.\n\nThe revision lowers the September figure from 17 to 15, and the total "
        "for July through September from 40 to 38.\n\nAn earlier story said 17 people were "
        "transferred in September and 40 over the quarter.", published=OCTOBER)
    assert sorted(_counts(facts)) == [("2026-07-01/2026-09-30", 38, "exact"),
                                      ("2026-09", 15, "exact")]
    assert facts.total is not None
    assert facts.total.count == 38


def test_a_figure_the_department_first_gave_is_superseded() -> None:
    facts = extract_facts(
        "A city review found that Ames police turned five people over to ICE in September, not "
        "four as the department first said, and two in August.", published=OCTOBER)
    assert sorted(_counts(facts)) == [("2026-08", 2, "exact"), ("2026-09", 5, "exact")]


def test_a_range_of_ages_is_still_no_correction() -> None:
    facts = extract_facts(
        "The Ottawa County Sheriff's Office handed 12 people to ICE in September. They ranged "
        "from 19 to 44 years old.", published=OCTOBER)
    assert _counts(facts) == [("2026-09", 12, "exact")]


# --- more figures and figures of record-keeping ----------------------------------------------

def test_more_people_so_far_this_year_add_to_last_years_figure() -> None:
    facts = extract_facts(
        "The Abilene Police Department turned 36 people held in its jail over to ICE in 2025, up "
        "from 20 the year before.\n\nNine more people have gone from the city jail to ICE custody "
        "so far this year, a spokesman said.", published=date(2026, 3, 2))
    assert _counts(facts) == [("2025", 36, "exact"), ("2026", 9, "exact")]
    assert _history(facts) == [("2024", 20, "exact")]


def test_the_opening_years_figure_and_this_year_so_far_are_both_counts() -> None:
    # LABELLING: history is what the story sets against the reported figures; an opening
    # figure followed by the year after it so far reports both
    facts = extract_facts(
        "The Abilene Police Department turned 36 people over to ICE in 2025.\n\nSo far this "
        "year, nine people have gone from the city jail to ICE custody, a spokesman said.",
        published=date(2026, 3, 2))
    assert _counts(facts) == [("2025", 36, "exact"), ("2026", 9, "exact")]


def test_this_years_figure_set_against_last_years_leaves_it_history() -> None:
    facts = extract_facts(
        "The Abilene Police Department turned 36 people over to ICE in 2025.\n\nSo far this "
        "year, nine people have gone from the city jail to ICE custody, compared with 36 last "
        "year, a spokesman said.", published=date(2026, 3, 2))
    assert _counts(facts) == [("2026", 9, "exact")]
    assert ("2025", 36, "exact") in _history(facts)


def test_a_count_not_kept_is_no_handover() -> None:
    facts = extract_facts(
        "The Nebraska Department of Correctional Services released 14 inmates to ICE last year, "
        "its annual report says.\n\nThe Hall County Department of Corrections does not keep a "
        "count of people released to ICE, a spokeswoman said.", published=FEBRUARY)
    assert facts.agency is not None
    assert facts.agency.name == "Nebraska Department of Correctional Services"


# --- legal bases urged or wondered about -----------------------------------------------------

@pytest.mark.parametrize(("text", "kinds"), [
    ("Ames police handed two men to ICE in May, both on warrants signed by a federal judge. "
     "Some council candidates say the department should honor detainers.",
     {"judicial_warrant"}),
    ("Ames police handed two men to ICE in May on warrants signed by a federal judge.\n\n"
     "A: We'd need a legal opinion on whether a detainer alone is enough.",
     {"judicial_warrant"}),
    ("Ames police handed two men to ICE in May. The department honors detainers.",
     {"detainer"}),
])
def test_legal_basis(text: str, kinds: set[str]) -> None:
    facts = extract_facts(text, published=OCTOBER)
    assert {b.kind for b in facts.legal_basis} == kinds


# --- periods restated by their months, and parts told in short sentences ----------------------

@pytest.mark.parametrize(("text", "published", "counts"), [
    ("From Oct. 1, 2025, through March 31, 2026, the Iowa Department of Corrections "
     "transferred 90 people to ICE.\n\nForty of those transfers took place in the first "
     "quarter of the fiscal year "
     "(October through December) and 50 in the second quarter (January through March).",
     date(2026, 4, 20),
     [("2025-10-01/2026-03-31", 90, "exact"), ("2025-10-01/2025-12-31", 40, "exact"),
      ("2026-01-01/2026-03-31", 50, "exact")]),
    ("The Otero County Detention Center handed six people to ICE in the first quarter of the "
     "fiscal year, July through September 2025.", date(2026, 2, 1),
     [("2025-07-01/2025-09-30", 6, "exact")]),
    ("During calendar year 2025, the Idaho Department of Correction released 20 inmates to ICE "
     "custody.\n\nTwelve "
     "were released between January 1 and June 30, and eight between July 1 and December 31.",
     date(2026, 1, 9),
     [("2025", 20, "exact"), ("2025-01-01/2025-06-30", 12, "exact"),
      ("2025-07-01/2025-12-31", 8, "exact")]),
    ("Ana Ruiz runs the Iowa Department of Corrections.\n\nQ: How many people did the "
     "department turn over to ICE in the first half of the year?\n\n"
     "A: Between Jan. 1 and the end of June, 150.", date(2026, 8, 1),
     [("2026-01-01/2026-06-30", 150, "exact")]),
    # the number of the latest person handed over is the count so far
    ("Ruiz was the 31st person the Benton County Sheriff's Office has turned over to ICE so far "
     "this year, records show, compared with 22 in all of 2025.", date(2026, 9, 1),
     [("2026", 31, "exact")]),
])
def test_counts(text: str, published: date, counts: Figures) -> None:
    facts = extract_facts(text, published=published)
    assert _counts(facts) == counts


def test_a_quarter_without_its_months_keeps_its_calendar_reading() -> None:
    facts = extract_facts(
        "The Otero County Detention Center handed six people to ICE in the first quarter, "
        "county records show.", published=date(2026, 5, 1))
    assert _counts(facts) == [("2026-01-01/2026-03-31", 6, "exact")]


def test_a_state_corrections_secretary_makes_the_department_the_states() -> None:
    facts = extract_facts(
        "Ana Ruiz became Kansas's Secretary of Corrections in 2024.\n\nQ: How many people did "
        "the department turn over to ICE last year?\n\nA: Last year the department released "
        "88 people to ICE.", published=date(2026, 3, 1))
    assert facts.agency is not None
    assert facts.agency.name == "Kansas Department of Corrections"
    assert _place(facts) == ("State of Kansas", "KS")


def test_a_basis_a_law_would_require_is_no_basis() -> None:
    facts = extract_facts(
        "The Kansas Department of Corrections released 88 people to ICE last year on detainers. "
        "If the Legislature passed a law requiring a judicial warrant, we would follow it, the "
        "secretary said.", published=date(2026, 3, 1))
    assert {b.kind for b in facts.legal_basis} == {"detainer"}


# --- officials -------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("said Commissioner of Correction Dana Price.", "Dana Price", "Commissioner of Correction"),
    ("Superintendent of Police Ray Keane said he accepted the findings.", "Ray Keane",
     "Superintendent of Police"),
    ("Deputy Prosecuting Attorney Lena Voss said the state asked for the order.", "Lena Voss",
     "Deputy Prosecuting Attorney"),
    ("City Solicitor Mara Quinn said the review was complete.", "Mara Quinn", "City Solicitor"),
])
def test_officials_with_titles(sentence: str, name: str, role: str) -> None:
    facts = extract_facts(
        "The Westchester County Department of Correction handed four people to ICE in July. "
        + sentence, published=OCTOBER)
    assert [(o.name, o.role) for o in facts.officials] == [(name, role)]


def test_a_title_of_a_place_is_not_read_into_the_role() -> None:
    facts = extract_facts(
        "The Westchester County Department of Correction handed four people to ICE in July. "
        "Mayor of Yonkers Tom Reyes said the city was not consulted.", published=OCTOBER)
    assert [o.role for o in facts.officials] != ["Mayor of Yonkers Tom"]


# --- regional jails, single people, names that start with a number ----------------------------

@pytest.mark.parametrize(("text", "place"), [
    # a jail for a region is no county of the region's name; the county it belongs to is named
    ("DEVILS LAKE, N.D. — The Lake Region Law Enforcement Center released two people to ICE in "
     "June.\n\nThe center "
     "is a joint venture of Ramsey County and the City of Devils Lake.",
     ("Ramsey County", "ND")),
    # a regional jail whose name opens on its state is still the counties'
    ("The Virginia Peninsula Regional Jail handed 17 people to ICE in fiscal 2026. It sits in "
     "James City County and serves four localities.",
     ("James City County", "VA")),
])
def test_regional_jails_are_placed_by_their_county(
    text: str, place: tuple[str, str | None]
) -> None:
    facts = extract_facts(text, published=OCTOBER)
    assert _place(facts) == place


def test_one_persons_country_in_a_story_about_many_handovers_is_no_breakdown() -> None:
    facts = extract_facts(
        "The Sebastian County Sheriff's Office has turned 27 people over to ICE so far this year. "
        "The latest, a Honduran man, was handed to ICE officers on Tuesday.", published=OCTOBER)
    assert facts.nationalities == ()


def test_several_peoples_countries_are_a_breakdown() -> None:
    facts = extract_facts(
        "The Clark County jail transferred three people to ICE in May: a man from Mexico, a "
        "woman from Ukraine and a man from Peru.", published=OCTOBER)
    assert {n.country: n.count for n in facts.nationalities} == {
        "Mexico": 1, "Ukraine": 1, "Peru": 1}


def test_a_person_beside_a_breakdown_completes_it() -> None:
    facts = extract_facts(
        "Lowell police handed three men to ICE in May: two Brazilian nationals and a Guatemalan "
        "man.", published=OCTOBER)
    assert {n.country: n.count for n in facts.nationalities} == {"Brazil": 2, "Guatemala": 1}


def test_a_number_word_opening_a_jails_name_is_no_figure() -> None:
    facts = extract_facts(
        "At least nine people held at Three Rivers Regional Jail have been handed over to ICE "
        "since March 1, the jail said.", published=OCTOBER)
    assert facts.total is not None
    assert (facts.total.count, facts.total.qualifier) == (9, "at_least")


def test_a_change_over_time_is_no_correction() -> None:
    facts = extract_facts(
        "Sheriff's officials said they cut the number of inmates they turned over to ICE custody "
        "from 900 inmates transferred in 2023 to 300 people transferred last year, the Bay County "
        "Sheriff's Office said.", published=FEBRUARY)
    assert _history(facts) == [("2023", 900, "exact")]
    assert _counts(facts) == [("2025", 300, "exact")]


def test_a_correction_note_supersedes_what_the_article_reported() -> None:
    facts = extract_facts(
        "The Caddo Parish Sheriff's Office said 20 people were released from its jail to ICE "
        "last month on detainers, not the 23 it announced last week, because three people "
        "included in its original count were taken by another agency.\n\nCorrection: A Feb. 5 "
        "article reported, based on the office's figures, that 23 people were transferred to "
        "ICE in January 2026.", published=FEBRUARY)
    assert _counts(facts) == [("2026-01", 20, "exact")]


def test_the_first_half_of_the_year_in_a_january_story_is_last_years() -> None:
    facts = extract_facts(
        "Between July 1 and Dec. 31, the Sumner County Sheriff's Office released 50 people to "
        "ICE.\n\nThat compares with 35 in the first six months of the year.",
        published=date(2026, 1, 15))
    assert _counts(facts) == [("2025-07-01/2025-12-31", 50, "exact")]
    assert _history(facts) == [("2025-01-01/2025-06-30", 35, "exact")]


def test_parts_of_a_running_total_with_no_stated_start_are_counts() -> None:
    facts = extract_facts(
        "Since its agreement with ICE took effect, the Twin Falls County Sheriff's Office has "
        "handed 100 people to ICE.\n\nThe jail transferred 40 people in the final three months "
        "of 2025, including 15 in December alone.\n\nIn 2024, the jail handed 30 people to ICE.",
        published=date(2026, 1, 20))
    assert _counts(facts) == [("2025-10-01/2025-12-31", 40, "exact"), ("2025-12", 15, "exact")]
    assert _history(facts) == [("2024", 30, "exact")]
    assert facts.total is not None
    assert facts.total.count == 100


@pytest.mark.parametrize(("text", "kinds"), [
    # applied for, requested, other sheriffs' agreements: not this agency's
    ("The Caddo Correctional Center released 27 inmates to ICE on immigration detainers in "
     "January. The office's application to join the 287(g) program remains pending.",
     {"detainer"}),
    ("The Sumner County jail turned over 63 people to ICE on detainers last year. The "
     "resolution supports the sheriff's request to enter a 287(g) agreement. More than 20 "
     "Tennessee sheriffs have signed 287(g) agreements.", {"detainer"}),
    # a bill someone means to file, what most counties do, the marshals' own warrants
    ("The Colorado Department of Corrections released 200 people to ICE last year on ICE "
     "administrative warrants. Two lawmakers intend to introduce a bill requiring a judicial "
     "warrant.", {"other"}),
    ("The Coconino County Sheriff's Office handed seven people to ICE on warrants signed by a "
     "federal judge. \"Most counties here honor detainers as a matter of routine,\" she said.",
     {"judicial_warrant"}),
    ("The Caddo Correctional Center released 24 inmates to ICE on detainers in January. Three "
     "others were picked up by the U.S. Marshals Service on federal criminal warrants and were "
     "wrongly counted as ICE transfers.", {"detainer"}),
])
def test_bases_of_others_and_of_the_future(text: str, kinds: set[str]) -> None:
    facts = extract_facts(text, published=FEBRUARY)
    assert {b.kind for b in facts.legal_basis} == kinds


def test_a_county_corrections_department_is_an_agency() -> None:
    facts = extract_facts(
        "The Cowlitz County Corrections Department turned three people over to ICE in the last "
        "three months of 2025.", published=FEBRUARY)
    assert facts.agency is not None
    assert facts.agency.name == "Cowlitz County Corrections Department"


# --- nationalities and ages told person by person ----------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The seven people were four Mexican nationals, two Guatemalans and a Canadian.",
     {"Mexico": 4, "Guatemala": 2, "Canada": 1}),
    ("The remaining five came from Nicaragua, Ecuador, Vietnam, Laos and Somalia — one each.",
     {"Nicaragua": 1, "Ecuador": 1, "Vietnam": 1, "Laos": 1, "Somalia": 1}),
    ("Most of the people transferred — 88 of the 126 — were Mexican citizens.", {"Mexico": 88}),
    ("One is from Mexico and the other from El Salvador, according to court filings.",
     {"Mexico": 1, "El Salvador": 1}),
])
def test_nationalities(sentence: str, expected: dict[str, int]) -> None:
    facts = extract_facts(
        "The Lane County Sheriff's Office handed people to ICE in 2025. " + sentence,
        published=FEBRUARY)
    assert {n.country: n.count for n in facts.nationalities} == expected


@pytest.mark.parametrize(("sentence", "ages"), [
    ("The age range, 23 to 48, did not change.", (23, 48)),
    ("The youngest person transferred was 19. The oldest, a man who had served 22 years of a "
     "sentence, was 71.", (19, 71)),
    ("The men were 24, 31 and 45.", (24, 45)),
    ("The ages of those transferred still run from 19 to 61.", (19, 61)),
])
def test_age_ranges(sentence: str, ages: tuple[int, int]) -> None:
    facts = extract_facts(
        "The Lane County Sheriff's Office handed people to ICE in 2025. " + sentence,
        published=FEBRUARY)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == ages


def test_hours_after_were_are_no_ages() -> None:
    facts = extract_facts(
        "The Lane County Sheriff's Office handed three men to ICE in 2025. The men were held 24, "
        "31 and 45 hours past their release dates.", published=FEBRUARY)
    assert facts.age_range is None


# --- from heldout43-44: hedged pickups, county divisions, orders beside warrants, tables ------

@pytest.mark.parametrize("sentence", [
    "The county's records do not say how many, if any, of the 143 people were later taken into "
    "ICE custody.",
    "The chief declined to say whether any person booked into the city jail had later been "
    "taken into ICE custody.",
    "Of the 187 people named in detainers, 23 were later arrested by ICE agents somewhere in the "
    "Chicago area, weeks after leaving the jail.",
    "A lawyer said clients were arrested by ICE shortly after walking out of the prison.",
])
def test_hedged_or_later_pickups_are_no_handovers(sentence: str) -> None:
    facts = extract_facts(
        "ICE lodged 143 detainers against people held at the Chester County Prison in 2025. "
        + sentence, published=FEBRUARY)
    assert facts.transfer_report is False


def test_a_county_division_of_corrections_is_an_agency() -> None:
    facts = extract_facts(
        "The Volusia County Division of Corrections turned 138 people over to ICE in the first "
        "quarter.", published=date(2026, 4, 20))
    assert facts.agency is not None
    assert facts.agency.name == "Volusia County Division of Corrections"


def test_orders_listed_beside_warrants_are_a_basis_of_their_own() -> None:
    facts = extract_facts(
        "The Dauphin County Prison released 17 people to ICE, 14 on federal judicial warrants and "
        "three on orders issued by a federal magistrate judge.", published=OCTOBER)
    assert {b.kind for b in facts.legal_basis} == {"judicial_warrant", "court_order"}


@pytest.mark.parametrize("sentence", [
    "Every transfer involved a person with a serious or violent felony conviction that state law "
    "allows the jail to act on.",
    "Each transfer complied with section 7282.5, which permits cooperation when an individual has "
    "been convicted of specified serious or violent offenses.",
])
def test_transfers_a_state_law_permits_for_convictions_are_other(sentence: str) -> None:
    facts = extract_facts(
        "The Madera County Department of Corrections transferred 23 people to ICE in 2025. "
        + sentence, published=FEBRUARY)
    assert "other" in {b.kind for b in facts.legal_basis}


def test_table_months_take_the_reported_spans_year_not_a_comparisons() -> None:
    facts = extract_facts(
        "The Walworth County Sheriff's Office released 23 people to ICE between April 1 and June "
        "30.\n\nThat is up from 11 in the second quarter of 2024.\n\nMonth | Released to ICE | "
        "Detainers\nApril | 9 | 22\nMay | 0 | 17\nJune | 14 | 25", published=date(2025, 7, 15))
    assert ("2025-04", 9, "exact") in _counts(facts)
    assert ("2025-06", 14, "exact") in _counts(facts)


def test_a_number_restated_in_digits_is_one_figure_and_this_period_is_the_one_named() -> None:
    facts = extract_facts(
        "The Shasta County Sheriff's Office is releasing data on its work with ICE for the period "
        "of July 1 through December 31, 2025.\n\nDuring this six-month period, the Sheriff's "
        "Office transferred eleven (11) individuals to ICE.\n\nBy comparison, the Sheriff's "
        "Office transferred six (6) individuals to ICE during the first half of 2025.",
        published=date(2026, 1, 21))
    assert _counts(facts) == [("2025-07-01/2025-12-31", 11, "exact")]
    assert _history(facts) == [("2025-01-01/2025-06-30", 6, "exact")]


def test_a_follow_up_question_asks_the_handover_question_again() -> None:
    facts = extract_facts(
        "Gaston County Sheriff Walt Brannock runs the county jail.\n\nQ: How many people did the "
        "jail turn over to ICE in October?\n\nA: Thirty-one.\n\nQ: And for the year?\n\nA: So "
        "far this year, 212.", published=date(2025, 11, 18))
    assert ("2025", 212, "exact") in _counts(facts)


# --- guards from the review of this round: what the new rules must leave alone ---------------

@pytest.mark.parametrize("text", [
    "Fourteen inmates were taken into ICE custody at the Cobb County jail in March, days after "
    "the sheriff signed the agreement.",
    "The Cobb County Sheriff's Office said 31 inmates were taken into ICE custody at the jail "
    "after their release was ordered by a judge in 2025.",
    "The Polk County Sheriff's Office did not have figures for inmates released to ICE before "
    "2025, but released 41 of them to ICE last year.",
    "The Dane County Sheriff's Office, which does not track whether any of those it releases are "
    "later deported, handed 41 people to ICE in 2025.",
    "It is unclear if any of the 41 people the Dane County Jail handed to ICE last year have "
    "since been deported.",
])
def test_handovers_beside_hedges_still_count(text: str) -> None:
    assert extract_facts(text, published=date(2026, 3, 1)).transfer_report is True


def test_a_table_after_last_years_total_takes_the_year_it_names() -> None:
    facts = extract_facts(
        "The Polk County Jail handed 212 people to ICE last year. The pace has slowed in 2026, "
        "according to monthly jail figures:\n\nMonth | Released to ICE\nJanuary | 14\n"
        "February | 11", published=date(2026, 4, 10))
    assert ("2026-01", 14, "exact") in _counts(facts)


def test_six_released_after_ice_failed_to_come_are_no_handover() -> None:
    facts = extract_facts(
        "The Polk County Jail handed 14 people to ICE in January. Six were released in February "
        "after ICE failed to pick them up within 48 hours.", published=date(2026, 3, 1))
    assert _counts(facts) == [("2026-01", 14, "exact")]


def test_more_than_the_year_before_is_a_difference_not_a_count() -> None:
    facts = extract_facts(
        "The Polk County Jail handed 212 people to ICE in 2024. In 2025, it handed 15 more people "
        "to ICE than the year before.", published=date(2026, 3, 1))
    assert [c for c in _counts(facts) if c[1] == 15] == []
    assert facts.total is None or facts.total.count != 15


@pytest.mark.parametrize("text", [
    "The Marion County Jail handed 212 people to ICE in 2025, according to updated jail data, "
    "an increase from 180 in 2024.",
    "The Marion County Jail turned 212 people over to ICE in 2025. Earlier figures showed 180 "
    "people were handed to ICE in 2024.",
])
def test_updates_and_earlier_years_are_no_corrections(text: str) -> None:
    facts = extract_facts(text, published=date(2026, 3, 1))
    assert ("2024", 180, "exact") in _history(facts)


@pytest.mark.parametrize(("text", "agency"), [
    ("Fresno police arrested the man in January and booked him into the Fresno County Jail, "
     "which released him to ICE the next day. The Fresno County Jail handed 212 people to ICE "
     "in 2025.", "Fresno County Jail"),
    ("Parole officers arrested Ruiz in March, and the Anne Arundel County Detention Center "
     "released him to ICE two days later.", "Anne Arundel County Detention Center"),
    ("Harris County's jail turned over 3,000 people to ICE last year. Next door, the Fort Bend "
     "County Sheriff's Office turned over 212 people to ICE in 2025. The Fort Bend County "
     "Sheriff's Office signed a 287(g) agreement in 2025. Fort Bend County officials said the "
     "numbers would rise.", "Fort Bend County Sheriff's Office"),
    ("The Union City Council met Tuesday. Police Chief Ana Ruiz said the city jail released 9 "
     "people to ICE last year.", "Union City Police Department"),
    ("California Corrections Secretary Ana Ruiz said the department transferred 1,200 people to "
     "ICE custody in 2025.", "California Department of Corrections and Rehabilitation"),
])
def test_agencies_the_review_found(text: str, agency: str) -> None:
    facts = extract_facts(text, published=date(2026, 3, 1))
    assert facts.agency is not None
    assert facts.agency.name == agency


def test_a_police_chiefs_department_is_not_the_state_prisons() -> None:
    facts = extract_facts(
        "Police Chief Ana Soto said the department turned 19 people over to ICE last year. "
        "Pennsylvania's Secretary of Corrections said state prisons handed over 300.",
        published=date(2026, 3, 1))
    assert facts.agency is None or facts.agency.name != "Pennsylvania Department of Corrections"


@pytest.mark.parametrize(("text", "kind"), [
    ("The Polk County Sheriff's Office handed 41 people to ICE in 2025. Sheriff Grady Judd said "
     "he'd honored every ICE detainer since taking office.", "detainer"),
    ("The Polk County Jail released 41 people to ICE in 2025. Polk is one of many counties that "
     "honor ICE detainers.", "detainer"),
    ("The Wake County Sheriff's Office handed 36 people to ICE in 2025. Under legislation "
     "requiring sheriffs to honor ICE detainers, which took effect in 2024, the jail holds "
     "inmates for up to 48 hours.", "detainer"),
    ("The Butler County Jail handed 88 people to ICE last year. The jail, which also houses "
     "federal inmates for the U.S. Marshals Service, honors ICE detainers.", "detainer"),
    ("The Rutherford County Sheriff's Office, one of 25 Tennessee agencies with a 287(g) "
     "agreement, handed 92 people to ICE last year.", "287g"),
])
def test_bases_the_agency_uses_stay(text: str, kind: str) -> None:
    facts = extract_facts(text, published=date(2026, 3, 1))
    assert kind in {b.kind for b in facts.legal_basis}


@pytest.mark.parametrize("text", [
    "The Polk County Jail handed 41 people to ICE in 2025. Twelve had serious or violent felony "
    "convictions, and all 41 were held on ICE detainers as Florida law requires.",
    "The Polk County Jail handed 41 people to ICE in 2025. The sheriff said the law allows him "
    "to publicize the names of inmates convicted of violent crimes.",
])
def test_convictions_a_law_does_not_tie_to_the_transfers_are_no_basis(text: str) -> None:
    facts = extract_facts(text, published=date(2026, 3, 1))
    assert "other" not in {b.kind for b in facts.legal_basis}


def test_a_follow_up_about_something_else_is_no_handover_question() -> None:
    facts = extract_facts(
        "Gaston County Sheriff Walt Brannock runs the county jail.\n\nQ: How many people did the "
        "jail turn over to ICE in October?\n\nA: Thirty-one.\n\nQ: And how many of those were "
        "deported?\n\nA: About 20 so far.", published=date(2025, 11, 18))
    assert facts.total is not None
    assert facts.total.count == 31


def test_the_nth_man_arrested_is_no_count() -> None:
    facts = extract_facts(
        "Garcia was the 4th man arrested in the raid, and jail records show the Marion County "
        "Jail handed him to ICE two days later.", published=date(2026, 3, 1))
    assert facts.total is None


def test_a_town_named_with_its_state_is_in_that_state() -> None:
    facts = extract_facts(
        "Jackson police turned two men over to ICE last month, Police Chief Michelle Weber said. "
        "The town of Jackson, Wyoming, sits in Teton County.", published=date(2026, 3, 1))
    assert _place(facts) == ("Jackson", "WY")


@pytest.mark.parametrize("sentence", [
    "U.S. Solicitor General Dana Price defended the detainer program.",
    "The plan was explained by Director of Corrections Operations Mark Hale.",
])
def test_title_words_are_not_read_into_names(sentence: str) -> None:
    facts = extract_facts(
        "The Polk County Jail handed 41 people to ICE in 2025. " + sentence,
        published=date(2026, 3, 1))
    assert all(o.name.split()[0] not in {"General", "Operations"} for o in facts.officials)


def test_monthly_figures_after_were_are_no_ages() -> None:
    facts = extract_facts(
        "The Polk County Jail released 67 people to ICE in the first quarter. Monthly releases "
        "of inmates were 14, 22 and 31.", published=date(2026, 5, 1))
    assert facts.age_range is None


def test_a_person_after_a_possessive_is_no_list_item() -> None:
    facts = extract_facts(
        "The Polk County Jail handed 30 people to ICE in 2025, including 22 Mexican nationals and "
        "a Guatemalan teenager's father.", published=date(2026, 3, 1))
    assert {n.country: n.count for n in facts.nationalities} == {"Mexico": 22}


# --- from heldout45-46 ---------------------------------------------------------------------

def test_a_text_table_of_month_spans_takes_the_year_its_heading_names() -> None:
    facts = extract_facts(
        "The Johnston County Sheriff's Office handed 120 people to ICE in 2025.\n\nThe numbers "
        "climbed through the year:\n\nJail transfers to ICE, 2025\nJan.–March: 20\nApril–June: "
        "25\nJuly–Sept.: 35\nOct.–Dec.: 40\nTotal: 120", published=date(2026, 1, 20))
    assert ("2025-01-01/2025-03-31", 20, "exact") in _counts(facts)
    assert ("2025-10-01/2025-12-31", 40, "exact") in _counts(facts)


def test_people_the_office_had_listed_wrongly_are_no_count() -> None:
    facts = extract_facts(
        "The Johnston County Sheriff's Office lowered its count of jail transfers to ICE last "
        "year, saying five people it had listed as handed to ICE were in fact picked up by the "
        "U.S. Marshals Service. With those five removed, the office says it turned 209 people "
        "over to ICE in 2025.", published=date(2026, 1, 22))
    assert _counts(facts) == [("2025", 209, "exact")]


def test_the_person_an_interview_introduces_is_an_official() -> None:
    facts = extract_facts(
        "Yamhill County Sheriff Hollis Brandt has run the county jail since 2019. We spoke with "
        "him last week.\n\nQ: How many people did the jail turn over to ICE last year?\n\nA: "
        "Three, all on warrants signed by a federal judge.\n\nQ: Why so few?\n\nA: Oregon law "
        "limits what we can do.", published=date(2026, 3, 1))
    assert [o.name for o in facts.officials] == ["Hollis Brandt"]


def test_a_jail_named_for_how_many_counties_it_serves_names_none() -> None:
    facts = extract_facts(
        "The Tri-County Regional Jail released 19 people to ICE in the first half of the year.",
        published=date(2026, 8, 1))
    assert _place(facts) is None or _place(facts) != ("Tri County", "OH")


def test_the_county_sheriff_keeps_the_agency_when_city_police_only_arrested() -> None:
    facts = extract_facts(
        "The Lee County Sheriff's Office handed 40 people to ICE in 2025, according to jail "
        "records.\n\nMost were arrested by the Tupelo Police Department and booked into the "
        "jail in Tupelo, then turned over to ICE.", published=date(2026, 3, 1))
    assert facts.agency is not None
    assert facts.agency.name == "Lee County Sheriff's Office"


def test_a_story_in_english_from_spanish_reads_like_any_other() -> None:
    facts = extract_facts(
        "VALDOSTA, Georgia — The Office of the Sheriff of the County of Lowndes delivered a total "
        "of 60 persons to the Service of Immigration and Customs Enforcement (ICE) during the "
        "last trimester of 2025, according to documents of the county jail.\n\nOf the 60 "
        "persons delivered, 30 are of Mexican nationality, 20 are Guatemalan and 10 are "
        "Honduran. The ages of the affected persons oscillated between 19 and 58 years.",
        published=date(2026, 1, 20))
    assert facts.agency is not None
    assert facts.agency.name == "Lowndes County Sheriff's Office"
    assert _counts(facts) == [("2025-10-01/2025-12-31", 60, "exact")]
    assert {n.country: n.count for n in facts.nationalities} == {
        "Mexico": 30, "Guatemala": 20, "Honduras": 10}
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (19, 58)


def test_the_last_quarter_without_a_year_is_not_the_fourth() -> None:
    facts = extract_facts(
        "The Lowndes County Sheriff's Office handed 20 people to ICE in the last quarter, a "
        "spokesman said.", published=date(2026, 5, 20))
    assert ("2026-10-01/2026-12-31", 20, "exact") not in _counts(facts)


# --- from heldout47: statehouse and budget stories ---------------------------------------------

def test_a_states_division_of_correction_is_the_agency() -> None:
    facts = extract_facts(
        "LITTLE ROCK — The Arkansas Division of Correction has released 150 inmates into the "
        "custody of ICE so far this year, prison officials told a legislative subcommittee.",
        published=date(2025, 11, 20))
    assert facts.agency is not None
    assert facts.agency.name == "Arkansas Division of Correction"
    assert _place(facts) == ("State of Arkansas", "AR")


def test_west_virginias_division_still_leaves_a_regional_jail_its_name() -> None:
    facts = extract_facts(
        "The Eastern Regional Jail released 12 people to ICE in 2025. The jail is run by the West "
        "Virginia Division of Corrections and Rehabilitation.", published=date(2026, 2, 1))
    assert facts.agency is not None
    assert facts.agency.name == "Eastern Regional Jail"


def test_a_fiscal_year_that_ended_last_june_and_the_year_so_far_are_both_counts() -> None:
    facts = extract_facts(
        "The Baltimore County Department of Corrections released 40 people to ICE in the fiscal "
        "year that ended last June 30, budget documents show.\n\nThe director said 30 people "
        "were released to ICE between July 1 and March 31.", published=date(2026, 4, 15))
    assert _counts(facts) == [("2024-07-01/2025-06-30", 40, "exact"),
                              ("2025-07-01/2026-03-31", 30, "exact")]


# --- from heldout50 --------------------------------------------------------------------------

def test_a_warrant_service_officer_agreement_is_287g_and_an_application_is_not() -> None:
    facts = extract_facts(
        "The Denton County Sheriff's Office handed 88 people to ICE in August. The office has "
        "operated under a warrant service officer agreement, a version of the federal 287(g) "
        "program that lets jailers trained by ICE serve immigration paperwork.",
        published=date(2026, 9, 9))
    assert "287g" in {b.kind for b in facts.legal_basis}
    applied = extract_facts(
        "The Caddo Correctional Center released 27 inmates to ICE on detainers in January. The "
        "office applied in December to join the 287(g) Warrant Service Officer program, which "
        "would let trained deputies serve ICE warrants.", published=date(2026, 2, 10))
    assert {b.kind for b in applied.legal_basis} == {"detainer"}


def test_a_press_release_with_quarters_by_their_months_and_ffy() -> None:
    facts = extract_facts(
        "BISMARCK, N.D. – The North Dakota Department of Corrections and Rehabilitation released "
        "20 individuals to ICE custody during federal fiscal year 2026. This compares with 12 "
        "individuals in FFY 2025.\n\nReleases to ICE by quarter, FFY 2026:\nQ1 (October – "
        "December 2025): 4\nQ2 (January – March 2026): 5\n\nThe remaining three were made "
        "pursuant to orders of a North Dakota district court.\n\nIndividuals released ranged "
        "from 22 to 58 years of age.", published=date(2026, 10, 19))
    assert ("2025-10-01/2025-12-31", 4, "exact") in _counts(facts)
    assert ("2026-01-01/2026-03-31", 5, "exact") in _counts(facts)
    assert _history(facts) == [("2024-10-01/2025-09-30", 12, "exact")]
    assert "court_order" in {b.kind for b in facts.legal_basis}
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (22, 58)


def test_the_largest_group_and_its_share() -> None:
    facts = extract_facts(
        "The Mohave County Sheriff's Office handed 143 people to ICE in the first half of 2026. "
        "Mexican citizens were by far the largest group, 97 of the 143.",
        published=date(2026, 7, 14))
    assert {n.country: n.count for n in facts.nationalities} == {"Mexico": 97}


# --- guards from the second review ------------------------------------------------------------

@pytest.mark.parametrize(("text", "agency"), [
    ("The Polk County Sheriff's Office handed 40 people to ICE in 2025, fewer than the 60 the "
     "Hillsborough County Sheriff's Office handed over.\n\nPolk Sheriff Grady Judd said his "
     "deputies follow state law. \"Polk is not a sanctuary,\" Judd said.",
     "Polk County Sheriff's Office"),
    ("The Pulaski County jail released 30 people to ICE in 2025, not counting state inmates it "
     "sent back to the Arkansas Division of Correction.", "Pulaski County jail"),
    ("The Eastern Regional Jail, run by the West Virginia Division of Corrections, released 12 "
     "people to ICE in 2025.", "Eastern Regional Jail"),
    ("The Office of the Sheriff of the County of Lowndes Tuesday confirmed that it delivered 60 "
     "persons to ICE in 2025.", "Lowndes County Sheriff's Office"),
])
def test_agencies_the_second_review_found(text: str, agency: str) -> None:
    facts = extract_facts(text, published=date(2026, 3, 1))
    assert facts.agency is not None
    assert facts.agency.name == agency


def test_table_rows_under_a_fiscal_heading_are_never_in_the_future() -> None:
    facts = extract_facts(
        "The North Dakota Department of Corrections and Rehabilitation released 20 individuals "
        "to ICE custody during federal fiscal year 2026.\n\nReleases to ICE by quarter, FFY "
        "2026:\nQ1 (Oct. – Dec.): 4\nQ2 (Jan. – March): 5", published=date(2026, 4, 19))
    assert ("2025-10-01/2025-12-31", 4, "exact") in _counts(facts)


def test_rows_under_this_year_take_this_year() -> None:
    facts = extract_facts(
        "The Johnston County Sheriff's Office has handed 45 people to ICE since it signed its "
        "287(g) agreement in 2019.\n\nThe numbers this year:\nJan.–March: 20\nApril–June: 25",
        published=date(2026, 7, 20))
    assert ("2026-01-01/2026-03-31", 20, "exact") in _counts(facts)


@pytest.mark.parametrize("text", [
    "Jails across Texas handed 3,100 people to ICE in 2025, according to state data.\n\nSo far "
    "this year, the Abilene Police Department has turned nine people over to ICE.",
    "The Abilene Police Department turned 36 people over to ICE in 2025.\n\nThis year the pace "
    "has slowed sharply: nine people so far have gone from the city jail to ICE custody.",
])
def test_an_opening_figure_of_others_or_set_against_this_years_stays_out(text: str) -> None:
    facts = extract_facts(text, published=date(2026, 3, 2))
    assert _counts(facts) == [("2026", 9, "exact")]


@pytest.mark.parametrize("sentence", [
    "Sheriff Tracy Murphree said his office has no warrant service officer agreement with ICE.",
    "A warrant service officer agreement with ICE, which commissioners are still debating, would "
    "let jailers serve immigration warrants.",
])
def test_a_warrant_service_officer_agreement_not_in_force_is_no_basis(sentence: str) -> None:
    facts = extract_facts(
        "The Denton County jail handed 88 people to ICE in August. " + sentence,
        published=date(2026, 9, 9))
    assert "287g" not in {b.kind for b in facts.legal_basis}


def test_people_the_office_confirms_it_listed_are_counted() -> None:
    facts = extract_facts(
        "The Johnston County Sheriff's Office said all 45 people it had listed as handed to ICE "
        "in 2025 were held on detainers.", published=date(2026, 3, 1))
    assert _counts(facts) == [("2025", 45, "exact")]


def test_removal_orders_of_immigration_judges_are_no_court_order() -> None:
    facts = extract_facts(
        "The Polk County jail released 40 inmates to ICE in 2025, all of them with final orders "
        "of removal by immigration judges.", published=date(2026, 3, 1))
    assert "court_order" not in {b.kind for b in facts.legal_basis}


@pytest.mark.parametrize(("text", "published"), [
    ("The Lowndes County jail handed 20 people to ICE in the last quarter of the year, a "
     "spokesman said.", date(2026, 1, 15)),
    ("The Lowndes County jail handed two women to ICE last week, including one in her second "
     "trimester of pregnancy.", date(2026, 4, 1)),
])
def test_last_quarter_and_trimester_only_with_their_year(text: str, published: date) -> None:
    facts = extract_facts(text, published=published)
    spans = [c.period for c in facts.counts if "/" in c.period]
    assert all(span[-10:] <= published.isoformat() for span in spans)  # none in the future
    assert not any(span.endswith("-06-30") and span.startswith(f"{published.year - 1}-04")
                   for span in spans)  # no quarter read out of a pregnancy


def test_only_the_interviewee_of_a_q_and_a_speaks_through_its_answers() -> None:
    facts = extract_facts(
        "Yamhill County Sheriff Hollis Brandt has run the county jail since 2019, when he "
        "succeeded former Sheriff Tim Svenson. We spoke with Brandt last week.\n\nQ: How many "
        "people did the jail turn over to ICE last year?\n\nA: Three, all on warrants signed by "
        "a federal judge.\n\nQ: Why so few?\n\nA: Oregon law limits what we can do.",
        published=date(2026, 3, 1))
    assert [o.name for o in facts.officials] == ["Hollis Brandt"]


def test_descent_and_childrens_ages_are_no_facts_of_the_handovers() -> None:
    facts = extract_facts(
        "The Polk County jail handed 30 people to ICE in 2025. Twelve were of Mexican descent. "
        "The ages of their children varied between 1 and 17.", published=date(2026, 3, 1))
    assert facts.nationalities == ()
    assert facts.age_range is None

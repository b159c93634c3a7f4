"""Phrasing families of the fourteenth round: spans told by their end ("the year through
October"), requirements told by a double negative, answers of yes, breakdowns of papers rather
than people, and Washington's police."""

from __future__ import annotations

from datetime import date

from factkit import counts, history, place, total
from pipeline.extract import extract_facts

NOVEMBER = date(2025, 11, 20)
APRIL = date(2026, 4, 20)
LEAD = "The Dawson County jail handed 40 inmates to ICE in 2025, Sheriff Ada Quill said. "


def _bases(text: str) -> list[str]:
    return sorted(b.kind for b in extract_facts(text, published=APRIL).legal_basis)


def _countries(text: str) -> dict[str, int]:
    return {n.country: n.count for n in extract_facts(text, published=APRIL).nationalities}


# --- periods ----------------------------------------------------------------------------------

def test_the_year_through_a_month_is_the_twelve_months_to_its_end() -> None:
    facts = extract_facts(
        "The Dawson County Sheriff's Office turned 12 people over to ICE in the year through "
        "October, Sheriff Ada Quill said.", published=NOVEMBER)
    assert counts(facts) == [("2024-11-01/2025-10-31", 12, "exact")]


def test_a_named_year_through_a_month_is_that_years_january_to_the_month() -> None:
    facts = extract_facts(
        "In 2024, through October, the Dawson County jail handed 40 inmates to ICE, Sheriff Ada "
        "Quill said.", published=NOVEMBER)
    assert counts(facts) == [("2024-01-01/2024-10-31", 40, "exact")]


def test_a_span_from_last_year_may_end_in_this_year_by_name() -> None:
    facts = extract_facts(
        "The Dawson County jail handed 40 inmates to ICE between Jan. 1 of last year and March "
        "31 of this year, Sheriff Ada Quill said.", published=APRIL)
    assert counts(facts) == [("2025-01-01/2026-03-31", 40, "exact")]


def test_a_fiscal_year_which_ran_through_june_is_the_last_one_ended() -> None:
    facts = extract_facts(
        "The Dawson County jail handed 40 inmates to ICE in the fiscal year, which ran through "
        "June, Sheriff Ada Quill said.", published=APRIL)
    assert counts(facts) == [("2024-07-01/2025-06-30", 40, "exact")]


# --- legal basis ------------------------------------------------------------------------------

def test_no_one_leaves_without_a_judicial_warrant_requires_one() -> None:
    assert _bases(LEAD + '"No one leaves the jail for ICE without a judicial warrant," Quill '
                  "said.") == ["judicial_warrant"]


def test_we_do_not_hand_anyone_over_without_a_judges_warrant_requires_one() -> None:
    assert _bases(LEAD + '"We do not hand anyone over without a judge\'s warrant," Quill '
                  "said.") == ["judicial_warrant"]


def test_a_requirement_an_ordinance_would_make_is_no_basis() -> None:
    assert _bases(LEAD + "The ordinance would make sure no one goes to ICE without a judicial "
                  "warrant.") == []


def test_handovers_without_warrants_have_no_warrant_basis() -> None:
    assert _bases("The Dawson County jail handed 40 inmates to ICE in 2025 without judicial "
                  "warrants, Sheriff Ada Quill said.") == []


def test_either_a_warrant_or_a_courts_order_gives_both() -> None:
    assert _bases(LEAD + "Each transfer required either a judicial warrant or an order from a "
                  "federal court.") == ["court_order", "judicial_warrant"]


def test_an_order_defining_the_warrant_is_still_only_the_warrant() -> None:
    assert _bases("The Dawson County jail handed 40 inmates to ICE in 2025 on judicial "
                  "warrants, which are orders signed by judges, Sheriff Ada Quill said.") == [
        "judicial_warrant"]


def test_a_yes_to_a_287g_question_states_the_agreement() -> None:
    assert _bases(LEAD + "\n\nQ: Does the county have a 287(g) agreement?\n\nA: Yes. We signed "
                  "it in 2019.") == ["287g"]


def test_a_no_or_a_yes_but_to_the_question_states_nothing() -> None:
    assert _bases(LEAD + "\n\nQ: Does the county have a 287(g) agreement?\n\nA: No.") == []
    assert _bases(LEAD + "\n\nDoes the county honor ICE detainers?\n\nYes, but not "
                  "anymore.") == []


# --- nationalities ----------------------------------------------------------------------------

def test_demonyms_with_counts_in_brackets_are_a_breakdown() -> None:
    assert _countries(LEAD + "Those transferred included Mexicans (11), Hondurans (9) and "
                      "Guatemalans (four).") == {"Mexico": 11, "Honduras": 9, "Guatemala": 4}


def test_detainers_by_country_are_no_breakdown_of_the_people_handed_over() -> None:
    assert _countries(LEAD + "ICE lodged detainers on 52 Mexicans, 18 Guatemalans and 7 "
                      "Hondurans held at the jail.") == {}
    assert _countries(LEAD + "Detainers by country of citizenship: Mexico (52), Guatemala (18), "
                      "Honduras (7).") == {}


def test_people_handed_over_who_had_detainers_keep_their_breakdown() -> None:
    assert _countries(LEAD + "Of the 40 people, who all had detainers, 22 were Mexican "
                      "nationals and 10 Guatemalans.") == {"Mexico": 22, "Guatemala": 10}


# --- places -----------------------------------------------------------------------------------

def test_the_metropolitan_police_department_of_a_dc_story_is_washingtons() -> None:
    facts = extract_facts(
        "The Metropolitan Police Department turned over 14 people to ICE in March, Chief Pamela "
        "Vance said.", published=APRIL, title="D.C. police turned over 14 people to ICE")
    assert place(facts) == ("District of Columbia", "DC")


def test_a_citys_metropolitan_police_department_is_the_citys() -> None:
    facts = extract_facts(
        "LAS VEGAS (AP) — The Las Vegas Metropolitan Police Department turned over 14 people to "
        "ICE in March, a spokesman said.", published=APRIL)
    assert place(facts) == ("Las Vegas", "NV")


def test_a_bare_metropolitan_police_department_elsewhere_gets_no_place() -> None:
    facts = extract_facts(
        "The Metropolitan Police Department turned over 14 people to ICE in March, Chief Pamela "
        "Vance said.", published=APRIL)
    assert facts.jurisdiction is None or facts.jurisdiction.name != "Metropolitan"


# --- station names, budget years and boxes ----------------------------------------------------

def test_a_stations_name_in_the_dateline_and_again_later_is_no_figure() -> None:
    facts = extract_facts(
        "PLAINVIEW, Texas (South Plains 11) - The Hale County Sheriff's Office transferred "
        "people from its jail to ICE this year, Sheriff Ray Dunn told South Plains 11 on "
        "Wednesday.", published=date(2026, 10, 22))
    assert facts.total is None


def test_a_mixed_case_station_name_in_the_dateline_is_no_figure() -> None:
    facts = extract_facts(
        "GATESVILLE, Texas (CenTex 6) - The Coryell County jail transferred people to ICE in the "
        "quarter.", published=date(2026, 10, 22))
    assert facts.total is None


def test_a_figure_after_a_dateline_without_a_number_is_still_read() -> None:
    facts = extract_facts(
        "YUMA, Ariz. (Desert News) - 4 people were turned over to ICE by the Yuma County jail in "
        "June.", published=date(2026, 10, 22))
    assert counts(facts) == [("2026-06", 4, "exact")]


def test_a_budget_year_restated_by_its_months_dates_the_count_and_the_year_before() -> None:
    facts = extract_facts(
        "The Hale County Sheriff's Office transferred nearly 150 people from its jail to ICE in "
        "the county's latest budget year, which ran from October 2025 through September 2026. "
        "That is up from 88 the year before.", published=date(2026, 10, 22))
    assert counts(facts) == [("2025-10-01/2026-09-30", 150, "about")]
    assert history(facts) == [("2024-10-01/2025-09-30", 88, "exact")]


_BOX = (
    "MARLOW, Okla. (Valley 24) - The Marlow County Sheriff's Office released its quarterly "
    "report on ICE transfers Thursday. The report covers April 1 through June 30.\n\n"
    "BY THE NUMBERS\n\n"
    "64 - people transferred from the Marlow County Jail to ICE custody during the quarter\n\n"
    "21 - transfers in June, the last month of the quarter\n\n"
    "19 and 58 - ages of the youngest and the oldest person transferred\n\n"
    "30 - transfers in the same quarter of 2024\n\n"
    "95 - ICE detainer requests the jail received")


def test_hyphen_lines_of_a_box_give_the_quarter_its_month_and_last_years_quarter() -> None:
    facts = extract_facts(_BOX, published=date(2026, 10, 22))
    assert counts(facts) == [("2026-04-01/2026-06-30", 64, "exact"), ("2026-06", 21, "exact")]
    assert total(facts) == ("2026-04-01/2026-06-30", 64, "exact")
    assert history(facts) == [("2024-04-01/2024-06-30", 30, "exact")]
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (19, 58)


def test_a_transfers_line_with_no_handover_line_above_is_no_count() -> None:
    facts = extract_facts(
        "The Marlow County Sheriff's Office turned 64 people over to ICE this spring.\n\n"
        "AT A GLANCE\n\n12 - transfers in June to the state prison system", published=APRIL)
    assert ("2025-06", 12, "exact") not in counts(facts)
    assert ("2026-06", 12, "exact") not in counts(facts)


# --- bases told by what is sent or awaited ----------------------------------------------------

def test_a_detainer_sent_together_with_a_warrant_is_a_basis() -> None:
    assert _bases("The Harlingen Police Department turned 12 people over to ICE in March. The "
                  "department holds someone for ICE only when the agency sends a detainer "
                  "together with an administrative warrant signed by an immigration "
                  "officer.") == ["detainer", "other"]
    assert _bases("The Harlingen Police Department turned 12 people over to ICE in March. It "
                  "will hold a person only if the agency sends both a detainer and an "
                  "administrative warrant.") == ["detainer", "other"]


def test_a_287g_agreement_waiting_on_ices_approval_is_not_in_force() -> None:
    assert _bases("The Starr County jail released 12 people to ICE in January, all held under "
                  "detainers. The sheriff's office is also waiting on ICE to approve a 287(g) "
                  "agreement.") == ["detainer"]


def test_an_agreement_operating_after_the_wait_is_in_force() -> None:
    assert _bases("The Starr County jail released 12 people to ICE in January. The county "
                  "began operating under its 287(g) agreement in May after months of waiting "
                  "for approval.") == ["287g"]


# --- the place or its deputies as the actor ---------------------------------------------------

def test_parish_deputies_handing_people_over_are_the_sheriffs_office() -> None:
    facts = extract_facts(
        "Ouachita Parish deputies handed 61 people to U.S. Immigration and Customs Enforcement "
        "between January and March under the parish's 287(g) agreement, according to reports "
        "the sheriff's office released this week.", published=date(2026, 4, 9))
    assert facts.agency is not None
    assert facts.agency.name == "Ouachita Parish Sheriff's Office"
    assert place(facts) == ("Ouachita Parish", "LA")
    assert counts(facts) == [("2026-01-01/2026-03-31", 61, "exact")]


def test_a_parish_handing_people_over_is_its_sheriffs_office() -> None:
    facts = extract_facts(
        "Calcasieu Parish handed more than 40 people over to federal immigration agents from "
        "January through March, according to jail reports the sheriff's office made public.",
        published=date(2026, 4, 9))
    assert facts.agency is not None
    assert facts.agency.name == "Calcasieu Parish Sheriff's Office"


def test_parish_deputies_handing_people_to_the_marshals_are_no_report() -> None:
    facts = extract_facts(
        "Lafourche Parish deputies handed 12 people to the U.S. Marshals Service on federal "
        "drug warrants, the sheriff's office said.", published=date(2026, 4, 9))
    assert not facts.transfer_report


# --- convictions a state law lets the jail act on ---------------------------------------------

_RAMOS = "The Ramos County jail handed 46 people to ICE in 2025, Sheriff Ana Ruiz said. "


def test_a_conviction_test_written_as_a_permission_is_other() -> None:
    for rule in (
            "Under state law they may cooperate with a transfer when a person has been "
            "convicted of certain serious or violent crimes.",
            "The county may cooperate with a transfer only when a person has a conviction on a "
            "list of serious and violent offenses written into the law.",
            "The 46 people who were transferred all had convictions that fall within the "
            "exceptions SB 54 allows.",
            "Each person had a conviction that permits cooperation under the California Values "
            "Act.",
            "All four had prior convictions that, under the California Values Act, allow a "
            "sheriff to cooperate with ICE on a transfer.",
            "The office answered only in cases where the person had a conviction that the "
            "California Values Act treats as an exception."):
        assert _bases(_RAMOS + rule) == ["other"], rule


def test_a_conviction_test_a_bill_would_set_is_no_basis() -> None:
    assert _bases(_RAMOS + "A bill in Salem would let jails hand people to ICE only if they "
                  "have a conviction on a list of violent felonies.") == []


def test_convictions_that_are_no_test_are_no_basis() -> None:
    assert _bases(_RAMOS + "Most of the 31 had prior convictions for drunken driving, records "
                  "show.") == []
    assert _bases(_RAMOS + "The jail notifies ICE of a release only for people charged with or "
                  "convicted of certain serious offenses.") == []


# --- ICE taking people at the jail ------------------------------------------------------------

def test_agents_taking_people_into_custody_at_the_jail_are_the_handover() -> None:
    facts = extract_facts(
        "Federal immigration agents took four people into custody at the Solano County jail in "
        "Fairfield between June 9 and June 13, the sheriff's office said. The sheriff's office "
        "transferred 11 people to ICE during all of last year.", published=date(2025, 6, 14))
    assert counts(facts) == [("2025-06-09/2025-06-13", 4, "exact")]
    assert history(facts) == [("2024", 11, "exact")]


def test_agents_taking_people_into_custody_at_a_worksite_are_no_handover() -> None:
    facts = extract_facts(
        "ICE agents took 30 people into custody at a Fairfield worksite in May. The Solano "
        "County jail transferred 11 people to ICE during all of last year.",
        published=date(2025, 6, 14))
    assert counts(facts) == [("2024", 11, "exact")]


# --- people described one by one --------------------------------------------------------------

_WARWICK = ("The Warwick Police Department turned two men over to ICE in March, Chief Dana Lowe "
            "said. ")


def test_people_described_one_by_one_give_ages_and_countries() -> None:
    facts = extract_facts(
        _WARWICK + "The first, a 31-year-old man from Guatemala, was held on a warrant. The "
        "second, a 26-year-old Colombian man, was arrested for theft.", published=APRIL)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (26, 31)
    assert {n.country: n.count for n in facts.nationalities} == {"Guatemala": 1, "Colombia": 1}


def test_a_person_described_who_was_not_handed_over_gives_no_age() -> None:
    facts = extract_facts(
        _WARWICK + "The first, a 31-year-old man from Guatemala, was handed over. The second, "
        "a 19-year-old, posted bail before agents came and was not transferred.",
        published=APRIL)
    assert facts.age_range is None


def test_a_year_old_beside_ages_widens_the_range() -> None:
    facts = extract_facts(
        "The Kittitas County jail released three people to ICE in May: two Mexican nationals "
        "ages 27 and 33 and a 41-year-old man from Venezuela.", published=date(2026, 6, 9))
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (27, 41)


def test_year_olds_from_countries_in_an_aside_are_a_breakdown() -> None:
    facts = extract_facts(
        "The Athens-Clarke County jail handed two men to ICE in October. The two men — a "
        "34-year-old from Honduras charged with assault and a 41-year-old from Mexico who had "
        "finished a sentence — were picked up at the jail.", published=date(2026, 1, 9))
    assert {n.country: n.count for n in facts.nationalities} == {"Honduras": 1, "Mexico": 1}
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (34, 41)


# --- sheriffs named for their county without the word -----------------------------------------

def test_a_sheriff_named_for_a_county_without_the_word_is_that_countys() -> None:
    facts = extract_facts(
        "The Middlesex Sheriff's Office released 37 people to ICE in 2025 from the Billerica "
        "facility, which serves all of Middlesex County.", published=APRIL)
    assert place(facts) == ("Middlesex County", "MA")


def test_a_city_sheriff_stays_the_citys_beside_its_county_of_the_same_name() -> None:
    facts = extract_facts(
        "The Denver Sheriff Department released 37 people to ICE in 2025, a spokesman said. "
        "Denver County is also a city.", published=APRIL)
    assert place(facts) == ("Denver", "CO")


# --- questions told in the story's own words --------------------------------------------------

def test_a_reported_question_gives_its_period_to_the_bare_answer() -> None:
    facts = extract_facts(
        "The Androscoggin County jail turned more people over to ICE in 2025 than in any year "
        "before, Sheriff Eric Pelletier said.\n\nAsked how many people the jail turned over to "
        "ICE last year, Pelletier answered:\n\n\"Twenty-three. The year before it was seven.\"",
        published=date(2026, 2, 9))
    assert counts(facts) == [("2025", 23, "exact")]
    assert history(facts) == [("2024", 7, "exact")]


# --- bases wanted, tallied or of an earlier time ----------------------------------------------

_WARWICK_OTHER = ("The Warwick Police Department released two men to ICE in March on "
                  "administrative warrants, Chief Dana Lowe said. ")


def test_a_warrant_residents_want_required_is_no_basis() -> None:
    assert _bases(_WARWICK_OTHER + "Several residents said they want the city to require a "
                  "judge's warrant before it happens again.") == ["other"]
    assert _bases(_WARWICK_OTHER + "A resolution calling on police to require a judicial "
                  "warrant before releasing anyone to ICE failed.") == ["other"]


def test_the_year_before_an_agreement_is_history_with_its_own_basis() -> None:
    facts = extract_facts(
        "The Greenwood County Detention Center handed 15 people to ICE in the first quarter "
        "under its new 287(g) agreement, Sheriff John Quarles said. Last year, before the "
        "agreement, 22 people were transferred from the detention center to ICE on detainers.",
        published=APRIL)
    assert counts(facts) == [("2026-01-01/2026-03-31", 15, "exact")]
    assert history(facts) == [("2025", 22, "exact")]
    assert sorted(b.kind for b in facts.legal_basis) == ["287g"]


_CLARKE = "The Clarke County jail handed two men to ICE in October, Sheriff John Quarles said. "


def test_detainers_counted_or_people_named_in_them_are_no_basis() -> None:
    assert _bases(_CLARKE + "The jail received 71 detainers during the quarter. Eleven people "
                  "named in those detainers were still in the jail.") == []
    assert _bases(_CLARKE + "The number of detainers lodged during the six months, 63, did not "
                  "change.") == []


def test_officers_lodging_detainers_on_people_is_a_basis() -> None:
    assert _bases(_CLARKE + "Under the 287(g) agreement, six detention officers lodge detainers "
                  "on people the federal agency wants, holding them until ICE officers "
                  "arrive.") == ["287g", "detainer"]


# --- bases described, or named in another sentence --------------------------------------------

def test_an_order_a_judge_signed_is_a_court_order() -> None:
    assert _bases("The Pope County jail released a man to ICE on Tuesday, acting on an order a "
                  "circuit judge signed when the man was sentenced, Sheriff Jo Marks said.") == [
        "court_order"]


def test_an_immigration_judges_order_is_no_court_order() -> None:
    assert _bases("The Pope County jail released 4 people to ICE in June. An immigration judge "
                  "had ordered one of them deported in 2019.") == []


def test_the_program_named_287g_elsewhere_governs_handovers_under_it() -> None:
    assert _bases("The Creek County jail handed 17 people over to ICE in June, the first full "
                  "month of the program. Under the program known as 287(g), four detention "
                  "officers at the jail can now check immigration status. The agreement took "
                  "effect in mid-May.") == ["287g"]
    assert _bases("More than 30 people were handed over to ICE by the Hawkins County Sheriff's "
                  "Office under the agreement since February. Sheriff Ron Lane spoke about the "
                  "287(g) agreement his office signed in February.") == ["287g"]


def test_an_agreement_only_weighed_gives_no_287g_by_reference() -> None:
    assert _bases("The Creek County jail handed 17 people over to ICE in June. The sheriff "
                  "says he is weighing whether to seek a 287(g) agreement. The agreement took "
                  "effect in mid-May.") == []


# --- parts and partitives ---------------------------------------------------------------------

def test_a_part_in_the_last_months_of_the_year_is_a_count() -> None:
    facts = extract_facts(
        "Belknap County's jail turned 25 people over to ICE last year, 10 of them in the last "
        "three months of the year, records show.", published=date(2026, 1, 23))
    assert counts(facts) == [("2025", 25, "exact"), ("2025-10-01/2025-12-31", 10, "exact")]


def test_of_the_number_in_words_is_a_partitive_not_the_countrys_count() -> None:
    assert _countries(
        "The Androscoggin County jail turned 23 people over to ICE in 2025, Sheriff Dana "
        "Pelletier said. Eleven of the twenty-three were from Guatemala, five were from "
        "Honduras and the rest from Mexico.") == {"Guatemala": 11, "Honduras": 5}


# --- officials --------------------------------------------------------------------------------

_MIDDLESEX = ("The Middlesex Sheriff's Office released 37 people to ICE in 2025 from the "
              "Billerica facility, Sheriff Ann Marchetti said. ")


def test_a_spokesperson_named_after_the_sheriffs_possessive_is_an_official() -> None:
    facts = extract_facts(_MIDDLESEX + "Marchetti's spokesperson, Daniel Kourakos, said the "
                          "office does not share booking data.", published=APRIL)
    assert ("Daniel Kourakos", "spokesperson") in [(o.name, o.role) for o in facts.officials]


def test_a_spokesperson_of_someone_holding_no_office_is_no_official() -> None:
    facts = extract_facts(_MIDDLESEX + "Rivera's spokesperson, Daniel Kourakos, said the family "
                          "will appeal.", published=APRIL)
    assert "Daniel Kourakos" not in [o.name for o in facts.officials]


def test_a_lawyer_named_after_a_possessive_is_no_official() -> None:
    facts = extract_facts(_MIDDLESEX + "Garcia's lawyer, Daniel Kourakos, said the office does "
                          "not share booking data.", published=APRIL)
    assert "Daniel Kourakos" not in [o.name for o in facts.officials]


# --- words around a figure ---------------------------------------------------------------------

def test_about_after_questioning_means_concerning_not_roughly() -> None:
    facts = extract_facts(
        "Legislators grilled Warden Ida Moss about three inmates her jail, the Kent County "
        "Jail, released to ICE in January.", published=APRIL)
    assert counts(facts) == [("2026-01", 3, "exact")]


def test_about_after_a_comma_past_the_question_is_roughly() -> None:
    facts = extract_facts(
        "Asked how many, the sheriff said the Kent County jail turned about 40 people over to "
        "ICE in June.", published=APRIL)
    assert counts(facts) == [("2025-06", 40, "about")]


def test_a_relatives_nephews_ages_are_no_age_range() -> None:
    facts = extract_facts(
        "The Kent County jail turned 40 people over to ICE in June. Marisol said her nephews, "
        "ages 4 and 7, still ask when their father is coming home.", published=APRIL)
    assert facts.age_range is None


def test_the_year_before_opening_a_handover_sentence_is_history() -> None:
    facts = extract_facts(
        "The Sandoval County Detention Center handed four people to ICE last year on judicial "
        "warrants, the county said. The year before, the center handed two people to ICE under "
        "the same kind of warrant.", published=date(2026, 2, 5))
    assert counts(facts) == [("2025", 4, "exact")]
    assert history(facts) == [("2024", 2, "exact")]


def test_the_month_before_is_the_month_before_the_one_reported() -> None:
    facts = extract_facts(
        "The Sandoval County jail gave 40 people to ICE in March. The month before, it handed "
        "over 28.", published=APRIL)
    assert history(facts) == [("2026-02", 28, "exact")]


# --- the last of the read sets: one each, box countries, bars and unheld detainers ------------

def test_one_from_each_country_is_one_each() -> None:
    assert _countries(
        "The Contra Costa County jail transferred 46 people to ICE in 2025. Of them, 29 were from "
        "Mexico. The remaining four came from Vietnam, Laos, the Philippines and Fiji, one from "
        "each country.") == {"Mexico": 29, "Vietnam": 1, "Laos": 1, "Philippines": 1, "Fiji": 1}


def test_box_lines_by_country_follow_their_first_line() -> None:
    text = ("The Marlow County Sheriff's Office turned 64 people over to ICE in the quarter.\n\n"
            "BY THE NUMBERS\n\n40 - people transferred who were from Mexico\n\n12 - from "
            "Guatemala\n\n5 - from El Salvador")
    assert _countries(text) == {"Mexico": 40, "Guatemala": 12, "El Salvador": 5}


def test_a_lone_from_line_without_its_first_line_is_no_breakdown() -> None:
    assert _countries("The Marlow County jail released 64 people to ICE in June.\n\n12 - from "
                      "Guatemala") == {}


_COOS = ("The Coos County jail released two people to ICE this year on administrative warrants, "
         "Sheriff Gina Ferrante said. ")


def test_a_law_that_prevents_holding_on_detainers_states_no_detainer_basis() -> None:
    assert _bases(_COOS + "It prevents local police and sheriffs from holding people for ICE on "
                  "detainers.") == ["other"]


def test_detainers_lodged_on_people_none_of_whom_were_held_state_no_basis() -> None:
    assert _bases(_COOS + "The agency lodged detainers for 23 people booked there in 2024, but "
                  "none of them were held past their release on those requests.") == ["other"]


def test_a_state_highway_places_a_county_several_states_share() -> None:
    facts = extract_facts(
        "The Paulding County Sheriff's Office turned 14 people over to ICE in October, deputies "
        "said. Most were stopped near U.S. 278 and Ga. 61, where deputies stepped up patrols.",
        published=NOVEMBER)
    assert place(facts) == ("Paulding County", "GA")


def test_a_county_several_states_share_stays_unplaced_without_a_clue() -> None:
    facts = extract_facts(
        "The Paulding County Sheriff's Office turned 14 people over to ICE in October, deputies "
        "said.", published=NOVEMBER)
    assert place(facts) == ("Paulding County", None)


# --- left from the reviews: a day ending a named year's span, and periods opening a sentence --

def test_a_named_year_through_a_day_is_that_span() -> None:
    facts = extract_facts("In 2024, through Oct. 15, the Pruett County jail released 30 inmates "
                          "to ICE, jail records show.", published=APRIL)
    assert counts(facts) == [("2024-01-01/2024-10-15", 30, "exact")]


def test_the_quarter_before_opening_a_sentence_is_the_quarter_before_the_counted_one() -> None:
    facts = extract_facts("The Pruett County jail released 40 inmates to ICE in the first "
                          "quarter. The quarter before, it handed over 25.", published=APRIL)
    assert history(facts) == [("2025-10-01/2025-12-31", 25, "exact")]


def test_a_month_earlier_opening_a_sentence_is_the_month_before() -> None:
    facts = extract_facts("The Pruett County jail released 12 inmates to ICE in January. A month "
                          "earlier, it had handed over nine.", published=APRIL)
    assert history(facts) == [("2025-12", 9, "exact")]


def test_a_month_earlier_of_releases_on_bond_is_no_history() -> None:
    facts = extract_facts("The Pruett County jail released 12 inmates to ICE in January. A month "
                          "earlier, the jail released 30 people on bond.", published=APRIL)
    assert history(facts) == []


# --- Massachusetts sheriffs and posts owned by a place ----------------------------------------

def test_a_sheriff_named_for_a_county_that_is_also_a_city_is_the_countys_by_its_jail() -> None:
    facts = extract_facts("The Worcester Sheriff's Office released 20 people to ICE in 2025 from "
                          "the Worcester County House of Correction in West Boylston.",
                          published=APRIL)
    assert place(facts) == ("Worcester County", "MA")


def test_a_city_county_sheriff_beside_its_county_jail_stays_the_citys() -> None:
    facts = extract_facts("The Denver Sheriff Department, which runs the Denver County Jail, "
                          "released 37 people to ICE in 2025.", published=APRIL)
    assert place(facts) == ("Denver", "CO")


_MIDDLESEX_COUNTY = ("The Middlesex Sheriff's Office released 37 people to ICE in 2025 from the "
                     "Billerica facility, which serves all of Middlesex County. ")


def test_a_post_a_place_owns_is_an_official() -> None:
    facts = extract_facts(_MIDDLESEX_COUNTY + "Essex County's sheriff, Kevin Coppinger, said his "
                          "office does the same.", published=APRIL)
    assert [(o.name, o.role) for o in facts.officials] == [("Kevin Coppinger", "sheriff")]


def test_a_place_owning_no_government_post_gives_no_official() -> None:
    facts = extract_facts(_MIDDLESEX_COUNTY + "Boston's best-known advocate, Maria Diaz, said the "
                          "county should stop.", published=APRIL)
    assert facts.officials == ()

"""Phrasing families of the fifteenth round: consolidated city-county governments, a single
handover told in words, how often a stated practice was used, a question and its answer in one
sentence, an answer's period narrowed after it, and people handed over one by one."""

from __future__ import annotations

from datetime import date

from factkit import counts, history, place, total
from pipeline.extract import extract_facts

APRIL = date(2025, 4, 23)
OCTOBER = date(2025, 10, 16)
FEBRUARY = date(2026, 2, 10)


def _bases(text: str) -> list[str]:
    return sorted(b.kind for b in extract_facts(text, published=APRIL).legal_basis)


# --- places -----------------------------------------------------------------------------------

def test_a_consolidated_city_county_is_in_the_state_that_has_both() -> None:
    facts = extract_facts("The Macon-Bibb County jail turned nine people over to ICE in March, "
                          "the sheriff said.", published=APRIL)
    assert place(facts) == ("Macon-Bibb County", "GA")


def test_a_consolidated_city_county_in_several_states_is_placed_by_its_state_named() -> None:
    facts = extract_facts("ATHENS, Ga. — The Athens-Clarke County Jail handed 14 inmates to ICE "
                          "in 2024, the sheriff said.", published=APRIL)
    assert place(facts) == ("Athens-Clarke County", "GA")


def test_a_consolidated_city_county_in_several_states_is_not_placed_by_other_cities() -> None:
    # Jackson is a city in Mississippi and in Tennessee, and both have a Madison County
    facts = extract_facts("The Jackson-Madison County jail handed four people to ICE in March, "
                          "the sheriff said. Deputies made the arrests near Huntsville.",
                          published=APRIL)
    assert place(facts) == ("Jackson-Madison County", None)


def test_a_hyphenated_county_whose_city_is_elsewhere_gets_no_state() -> None:
    facts = extract_facts("The Fresno-Clarke County Jail handed 14 inmates to ICE in 2024, the "
                          "sheriff said.", published=APRIL)
    assert place(facts) == ("Fresno-Clarke County", None)


def test_a_metro_police_department_serves_its_city() -> None:
    facts = extract_facts("The Metro Nashville Police Department handed three people to ICE in "
                          "March, Chief Lena Ortiz said.", published=APRIL)
    assert place(facts) == ("Nashville", "TN")


# --- a single handover in words ---------------------------------------------------------------

def test_a_first_transfer_that_is_so_far_the_only_one_counts_one_for_the_year() -> None:
    facts = extract_facts(
        "The Yell County Sheriff's Office released a woman to ICE on Tuesday under a judge's "
        "sentencing order. It was the office's first transfer to ICE this year, and so far its "
        "only one. The office handed five people to ICE in 2024.", published=OCTOBER)
    assert counts(facts) == [("2025", 1, "exact")]
    assert history(facts) == [("2024", 5, "exact")]


def test_the_only_one_without_a_first_transfer_is_no_count() -> None:
    facts = extract_facts(
        "The Yell County Sheriff's Office released a woman to ICE on Tuesday. She was the only "
        "one the deputies had booked on the charge this year.", published=OCTOBER)
    assert counts(facts) == []


# --- how often a practice was used ------------------------------------------------------------

def test_a_practice_then_how_many_times_it_happened_in_a_year_is_a_count() -> None:
    facts = extract_facts(
        "The Barrow County jail hands people to ICE only when agents bring a judicial warrant. "
        "In 2025, that happened 22 times, Sheriff Noel Pike said. In 2024 it happened nine "
        "times.", published=FEBRUARY)
    assert facts.transfer_report
    assert counts(facts) == [("2025", 22, "exact")]
    assert history(facts) == [("2024", 9, "exact")]


def test_last_year_that_happened_so_many_times_is_last_years_count() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office turned inmates over to ICE on detainers. Last year "
        "that happened 140 times, records show.", published=FEBRUARY)
    assert counts(facts) == [("2025", 140, "exact")]


def test_how_often_something_else_happened_after_a_practice_is_no_report() -> None:
    facts = extract_facts(
        "The Barrow County jail hands people to ICE only when agents bring a judicial warrant. "
        "In 2025, the roof leaked 22 times, Sheriff Noel Pike said.", published=FEBRUARY)
    assert not facts.transfer_report


# --- a question and its answer in one sentence ------------------------------------------------

def test_asked_how_many_then_said_about_a_figure_gives_that_periods_count() -> None:
    facts = extract_facts(
        "The Smith County jail released people to ICE last year. Asked how many, the sheriff "
        'said, "About 40, give or take."', published=APRIL)
    assert counts(facts) == [("2024", 40, "about")]


def test_asked_how_many_people_it_released_then_a_bare_figure_is_a_count() -> None:
    facts = extract_facts(
        "The Smith County jail released people to ICE last year. Asked how many people it "
        "released, Sheriff Tom Bell said about 40.", published=APRIL)
    assert counts(facts) == [("2024", 40, "about")]


def test_asked_how_many_about_something_else_is_no_count() -> None:
    facts = extract_facts(
        "The Smith County jail released 12 people to ICE last year. Asked how many beds the jail "
        "has, Sheriff Tom Bell said about 400.", published=APRIL)
    assert counts(facts) == [("2024", 12, "exact")]


# --- an answer's period narrowed --------------------------------------------------------------

def test_an_answers_figure_takes_the_shorter_period_told_right_after_it() -> None:
    facts = extract_facts(
        "The Tillamook County Sheriff's Office runs the county jail. We spoke with the sheriff on "
        "Monday.\n\nQ: How many people did the jail hand over to ICE this year?\n\nSHERIFF: Two. "
        "Both between January and the end of March. There have been none since.",
        published=APRIL)
    assert counts(facts) == [("2025-01-01/2025-03-31", 2, "exact")]


def test_a_later_period_outside_the_answers_own_is_no_narrowing() -> None:
    facts = extract_facts(
        "The Tillamook County Sheriff's Office runs the county jail.\n\nQ: How many people did "
        "the jail hand over to ICE last year?\n\nSHERIFF: Two. Both in March of this year were "
        "refused.", published=APRIL)
    assert counts(facts) == [("2024", 2, "exact")]


# --- people one by one ------------------------------------------------------------------------

_TWO_MEN = (
    "The Lincoln County jail released two men to immigration agents earlier this year, Sheriff "
    "Ann Dole said Tuesday.\n\nThe first, a 31-year-old from Honduras, was handed to ICE officers "
    "in mid-January after a judge released him on a theft charge. The second, a 52-year-old "
    "from Mexico, was turned over in early March, on the day his sentence ended.")


def test_people_handed_over_one_by_one_give_each_month_a_count_of_one() -> None:
    facts = extract_facts(_TWO_MEN, published=APRIL)
    assert counts(facts) == [("2025", 2, "exact"), ("2025-01", 1, "exact"),
                             ("2025-03", 1, "exact")]
    assert total(facts) == ("2025", 2, "exact")


def test_one_person_told_alone_gives_no_count_of_his_own() -> None:
    facts = extract_facts(
        "The Lincoln County jail released two men to immigration agents earlier this year. The "
        "first, a 31-year-old from Honduras, was handed to ICE officers in mid-January.",
        published=APRIL)
    assert counts(facts) == [("2025", 2, "exact")]


def test_people_one_by_one_give_way_to_a_figure_for_their_month() -> None:
    facts = extract_facts(
        "The Lincoln County jail released four men to ICE in March and two in January, Sheriff "
        "Ann Dole said.\n\nThe first, a 31-year-old from Honduras, was handed to ICE in "
        "mid-January. The second, a 52-year-old from Mexico, was turned over in early March.",
        published=APRIL)
    assert counts(facts) == [("2025-01", 2, "exact"), ("2025-03", 4, "exact")]


# --- legal basis ------------------------------------------------------------------------------

def test_none_of_them_handed_over_without_a_judicial_warrant_requires_one() -> None:
    assert _bases("The Davidson County Sheriff's Office turned 12 inmates over to ICE in May. "
                  "None of the inmates was handed over without a judicial warrant, Sheriff "
                  "Dara Hill said.") == ["judicial_warrant"]


def test_no_one_released_without_a_judges_order_is_no_basis_for_ice_handovers() -> None:
    assert _bases("The Davidson County Sheriff's Office turned 12 inmates over to ICE in May. "
                  "No one is released from the jail without a judge's order, Sheriff Dara Hill "
                  "said.") == []


# --- seventh round of held-out misses: comparisons told by a season or "the same months" ------

SEPTEMBER = date(2025, 9, 20)
_SUMMER = ("The Sublette County Sheriff's Office turned 17 people over to ICE between June 1 and "
           "Aug. 31, Sheriff Kay Lind said. ")


def test_a_season_earlier_across_the_same_months_is_last_years_span() -> None:
    facts = extract_facts(_SUMMER + "A summer earlier, the office turned over four people across "
                          "the same three months.", published=SEPTEMBER)
    assert history(facts) == [("2024-06-01/2024-08-31", 4, "exact")]
    assert total(facts) == ("2025-06-01/2025-08-31", 17, "exact")


def test_times_the_number_from_the_same_months_when_it_turned_some_over_is_history() -> None:
    facts = extract_facts(_SUMMER + "That is more than four times the number from the same three "
                          "months of 2024, when the office turned four people over.",
                          published=SEPTEMBER)
    assert history(facts) == [("2024-06-01/2024-08-31", 4, "exact")]
    assert counts(facts) == [("2025-06-01/2025-08-31", 17, "exact")]


def test_the_same_months_a_year_earlier_in_one_sentence_step_back_from_its_span() -> None:
    facts = extract_facts(
        "The Lamar County jail released 30 people to ICE from July through September, well above "
        "a year earlier, when it released 11 in the same three months.",
        published=date(2025, 10, 8))
    assert history(facts) == [("2024-07-01/2024-09-30", 11, "exact")]


def test_the_same_months_without_a_year_back_name_no_period() -> None:
    facts = extract_facts(
        "The Lamar County jail released 30 people to ICE from July through September. In the "
        "same three months, ICE lodged 31 detainers at the jail.", published=date(2025, 10, 8))
    assert history(facts) == []
    assert counts(facts) == [("2025-07-01/2025-09-30", 30, "exact")]


# --- handovers told in other words --------------------------------------------------------------

def test_people_booked_in_a_span_who_ended_up_in_ice_custody_are_that_spans_count() -> None:
    facts = extract_facts(
        "Seventeen people booked into the Sublette County jail between June 1 and Aug. 31 ended up "
        "in the custody of U.S. Immigration and Customs Enforcement, Sheriff Kay Lind said.",
        published=SEPTEMBER)
    assert counts(facts) == [("2025-06-01/2025-08-31", 17, "exact")]


def test_people_arrested_by_a_countys_deputies_and_handed_over_are_the_sheriffs() -> None:
    facts = extract_facts(
        "Twenty-two people arrested by Horry County sheriff's deputies were handed over to federal "
        "immigration authorities in March, the sheriff's office said. ICE keeps an office in "
        "Charleston.", published=date(2026, 4, 10))
    assert facts.agency is not None
    assert facts.agency.name == "Horry County Sheriff's Office"
    assert place(facts) == ("Horry County", "SC")
    assert counts(facts) == [("2026-03", 22, "exact")]


def test_a_span_from_a_day_to_the_end_of_a_month_may_carry_a_when_clause() -> None:
    facts = extract_facts(
        "At least 17 people arrested by Kershaw County sheriff's deputies were handed over to "
        "federal immigration authorities between Jan. 20, when deputies began working under a "
        "287(g) task force agreement, and the end of February, 11 of them in February, Sheriff "
        "Lee Boyd said. ICE trained the deputies.", published=date(2026, 4, 10))
    assert counts(facts) == [("2026-01-20/2026-02-28", 17, "at_least"), ("2026-02", 11, "exact")]


def test_not_one_of_the_people_picked_up_is_no_transfer_report() -> None:
    facts = extract_facts(
        "Park County's jail has received nine immigration detainers so far this year. Not one of "
        "the people named in them has been picked up by federal agents, Sheriff Wes Dunn said. "
        "ICE did not respond.", published=date(2026, 9, 15))
    assert not facts.transfer_report


def test_none_after_but_turned_over_so_far_is_no_transfer_report() -> None:
    facts = extract_facts(
        "The Autauga County jail has received 14 detainers this year, but none of the people named "
        "in them has been turned over to ICE so far, the sheriff said.", published=APRIL)
    assert not facts.transfer_report


def test_a_correctional_complex_is_a_custodial_facility() -> None:
    facts = extract_facts(
        "The Adams County Adult Correctional Complex handed more than five dozen inmates to U.S. "
        "Immigration and Customs Enforcement in 2025, Warden Joel Finch said.",
        published=FEBRUARY)
    assert facts.agency is not None
    assert facts.agency.name == "Adams County Adult Correctional Complex"
    assert counts(facts) == [("2025", 60, "more_than")]


# --- periods ------------------------------------------------------------------------------------

def test_a_bare_month_through_month_is_a_closed_span() -> None:
    facts = extract_facts(
        "The Sublette County jail handed 40 people to ICE in 2025, Sheriff Kay Lind said. Of "
        "those, 11 were transferred April through June.", published=date(2026, 1, 15))
    assert ("2025-04-01/2025-06-30", 11, "exact") in counts(facts)


def test_a_bare_span_across_new_year_starts_in_the_year_before() -> None:
    facts = extract_facts("The Sublette County jail transferred four people to ICE November "
                          "through February.", published=date(2025, 3, 15))
    assert counts(facts) == [("2024-11-01/2025-02-28", 4, "exact")]


def test_part_of_a_fiscal_years_figure_between_two_months_is_a_count() -> None:
    facts = extract_facts(
        "Nearly 10 people were handed to ICE by the Caroline County Detention Center in the "
        "fiscal year that ended in June, four of them between April and June.",
        published=date(2025, 8, 20))
    assert counts(facts) == [("2024-07-01/2025-06-30", 10, "about"),
                             ("2025-04-01/2025-06-30", 4, "exact")]


def test_part_of_a_running_total_told_as_handoffs_is_a_count() -> None:
    facts = extract_facts(
        "At least eight people have been turned over to ICE by the Georgetown Police Department "
        "since the start of August. Five of those handoffs came in October alone.",
        published=date(2025, 11, 20))
    assert counts(facts) == [("2025-10", 5, "exact")]
    assert total(facts) is not None
    assert total(facts)[1:] == (8, "at_least")


def test_released_no_one_to_ice_in_a_month_is_that_months_zero() -> None:
    facts = extract_facts(
        "The Clatsop County jail handed six people to ICE in August. The jail released no one to "
        "ICE in September, Sheriff Ana Ortiz said.", published=date(2025, 11, 3))
    assert counts(facts) == [("2025-08", 6, "exact"), ("2025-09", 0, "exact")]


# --- ages and nationalities ---------------------------------------------------------------------

def test_youngest_past_a_long_subject_with_us_dots_pairs_with_the_oldest() -> None:
    facts = extract_facts(
        "The Ravalli County jail handed 30 people to ICE in 2024. The youngest person it handed "
        "to U.S. Immigration and Customs Enforcement during the year was 18; the oldest was 61.",
        published=APRIL)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (18, 61)


def test_the_youngest_and_oldest_of_the_deputies_are_no_age_range() -> None:
    facts = extract_facts(
        "The Ravalli County jail handed 12 people to ICE in May. The youngest of the sheriff's "
        "deputies is 22; the oldest is 63.", published=date(2025, 7, 20))
    assert facts.age_range is None


def test_they_were_so_many_to_so_many_years_old_is_an_age_range() -> None:
    facts = extract_facts("The Craven County jail has turned 96 people over to ICE this year, "
                          "Sheriff Ray Bell said. They were 20 to 61 years old.", published=OCTOBER)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (20, 61)


def test_an_age_requirement_is_no_age_range() -> None:
    facts = extract_facts(
        "The Craven County jail has turned 31 people over to ICE this year. Detention deputies "
        "must be 21 to 65 years old to join the unit.", published=OCTOBER)
    assert facts.age_range is None


def test_so_many_were_men_from_a_country_is_a_breakdown() -> None:
    facts = extract_facts(
        "The Clatsop County jail handed nine people to ICE in 2025. Of the nine, five were men "
        "from the Dominican Republic and four were from Haiti.", published=OCTOBER)
    assert {n.country: n.count for n in facts.nationalities} == {"Dominican Republic": 5,
                                                                  "Haiti": 4}


# --- places and officials ----------------------------------------------------------------------

def test_a_consolidated_city_county_without_the_word_county_is_placed() -> None:
    facts = extract_facts("The Butte-Silver Bow Sheriff's Office turned 30 people over to ICE in "
                          "2024.", published=APRIL)
    assert place(facts) == ("Butte-Silver Bow", "MT")


def test_a_hyphenated_city_stays_a_city() -> None:
    facts = extract_facts("The Winston-Salem Police Department handed two people to ICE in "
                          "March.", published=APRIL)
    assert place(facts) == ("Winston-Salem", "NC")


def test_a_dateline_town_in_one_of_the_states_places_a_shared_county_name() -> None:
    facts = extract_facts(
        "OSSIPEE — The Carroll County jail turned two people over to ICE in May, records show. "
        "Officials in Conway and Wolfeboro were not told.", published=OCTOBER)
    assert place(facts) == ("Carroll County", "NH")


def test_more_small_towns_outvote_one_big_city_of_the_same_name() -> None:
    facts = extract_facts(
        "The county jail in Ossipee turned seven people over to ICE in March. The Carroll County "
        "Department of Corrections runs the jail, Superintendent Dana Pell said. Officials in "
        "Conway and Wolfeboro were not told.", published=OCTOBER)
    assert place(facts) == ("Carroll County", "NH")


def test_then_before_a_title_is_no_part_of_the_role() -> None:
    facts = extract_facts(
        'The Clatsop County jail handed nine people to ICE in 2025. Then Undersheriff Carl Moyes '
        'answered the question. "We follow the law," Moyes said.', published=OCTOBER)
    assert [(o.name, o.role) for o in facts.officials] == [("Carl Moyes", "Undersheriff")]


# --- legal basis ---------------------------------------------------------------------------------

_WARREN = "The Warren County jail handed 22 people to ICE in 2025, Sheriff Jo Kline said. "


def test_a_warning_that_holding_on_a_detainer_risks_a_lawsuit_is_no_basis() -> None:
    assert _bases(_WARREN + "A spokesman for the attorney general said jails that hold people on "
                  "a detainer alone risk being sued.") == []


def test_handing_over_after_ice_files_a_detainer_is_the_detainer_basis() -> None:
    assert _bases(_WARREN + "The jail turns people over to ICE after ICE files a detainer, Kline "
                  "said.") == ["detainer"]


def test_transfers_that_follow_or_came_after_detainers_rest_on_them() -> None:
    assert _bases(_WARREN + "Most transfers follow an ICE detainer.") == ["detainer"]
    assert _bases(_WARREN + "All 22 transfers came after ICE detainers, the logs show.") == [
        "detainer"]


def test_following_the_detainer_law_is_no_basis() -> None:
    assert _bases(_WARREN + "Its jail staff follow the detainer law the Legislature passed in "
                  "2017.") == []


def test_we_honor_those_after_a_detainer_is_described_is_the_detainer_basis() -> None:
    assert _bases(_WARREN + "If ICE wants that person, it sends us a detainer. \"We honor those,\""
                  " Kline said.") == ["detainer"]


def test_a_detainer_on_someone_ice_never_picked_up_is_no_basis() -> None:
    assert _bases(_WARREN + "A 63-year-old man with an ICE detainer lodged against him posted "
                  "bond and was released; ICE did not pick him up.") == []


def test_no_one_held_on_a_detainer_alone_is_no_detainer_basis() -> None:
    assert _bases(_WARREN + "No one was held past release on a detainer alone.") == []


def test_administrative_immigration_warrants_served_are_the_other_basis() -> None:
    assert _bases(_WARREN + "Under the 287(g) agreement, trained officers serve federal "
                  "administrative immigration warrants; all 22 transfers were made on them.") == [
        "287g", "other"]


def test_administrative_immigration_warrants_deputies_can_serve_are_no_basis() -> None:
    assert _bases(_WARREN + "Detention deputies trained by ICE can serve ICE's own administrative "
                  "immigration warrants.") == []


def test_detainers_and_warrants_turned_away_are_no_basis() -> None:
    assert _bases("The Clatsop County jail handed three people to ICE in 2025. All three left on "
                  "warrants signed by a federal judge; the jail turned away 14 detainers and two "
                  "administrative warrants.") == ["judicial_warrant"]


def test_a_287g_agreement_no_deputy_is_certified_for_yet_is_no_basis() -> None:
    assert _bases(_WARREN + "The county signed a 287(g) agreement in May, but no deputy will be "
                  "certified until spring.") == []


def test_a_287g_agreement_in_force_with_trained_deputies_is_the_basis() -> None:
    assert _bases(_WARREN + "Under its 287(g) agreement, trained deputies now screen every "
                  "booking and hold people for ICE.") == ["287g"]


# --- leftovers of the seventh round ----------------------------------------------------------

def test_one_was_a_demonym_counts_one_of_that_country() -> None:
    facts = extract_facts(
        "The Caroline County Detention Center handed four people to ICE in May. Two were "
        "Mexican, one was Guatemalan and one was a Salvadoran.", published=OCTOBER)
    assert {n.country: n.count for n in facts.nationalities} == {
        "Mexico": 2, "Guatemala": 1, "El Salvador": 1}


def test_a_city_two_states_share_is_placed_by_a_county_of_one_of_them() -> None:
    facts = extract_facts(
        "The St. Augustine Police Department handed three people to ICE in May, Chief Ray Cole "
        "said. The St. Johns County Sheriff's Office runs the county jail.", published=OCTOBER)
    assert place(facts) == ("St. Augustine", "FL")


def test_so_many_of_the_people_turned_over_to_ice_were_from_a_country() -> None:
    facts = extract_facts(
        "The Hoover Police Department turned five people over to ICE in May. Three of the people "
        "turned over to ICE were from Mexico and two were from Honduras.", published=OCTOBER)
    assert {n.country: n.count for n in facts.nationalities} == {"Mexico": 3, "Honduras": 2}


def test_part_of_a_years_figure_released_in_its_first_half_is_a_count() -> None:
    facts = extract_facts(
        "The Bullitt County Detention Center released 47 people to ICE in 2025. Twenty-nine of "
        "the 47 were released in the first six months of 2025.", published=date(2026, 1, 20))
    assert counts(facts) == [("2025", 47, "exact"), ("2025-01-01/2025-06-30", 29, "exact")]


def test_a_title_running_on_past_its_head_keeps_the_whole_name() -> None:
    facts = extract_facts(
        "The Clatsop County jail handed nine people to ICE in 2025, Chief Corrections Deputy Ana "
        "Fuentes said.", published=OCTOBER)
    assert [(o.name, o.role) for o in facts.officials] == [
        ("Ana Fuentes", "Chief Corrections Deputy")]


def test_the_same_summer_months_do_not_stop_extraction() -> None:
    facts = extract_facts(
        "The Lamar County jail released 30 people to ICE from July through September, more than "
        "a year earlier, when it released 11 in the same summer months.", published=OCTOBER)
    assert counts(facts) == [("2025-07-01/2025-09-30", 30, "exact")]


# --- wordings from the reviewers' lists -------------------------------------------------------

NOVEMBER = date(2025, 11, 20)


def test_they_are_so_many_to_so_many_years_old_is_an_age_range() -> None:
    facts = extract_facts("The Craven County jail has turned 31 people over to ICE this year. They "
                          "are 20 to 61 years old.", published=NOVEMBER)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (20, 61)


def test_all_six_were_in_a_month_narrows_the_answer() -> None:
    facts = extract_facts(
        "The Coos County Sheriff's Office runs the jail.\n\nQ: How many people has the jail handed "
        "to ICE this year?\n\nSHERIFF: Six. All six were in March.", published=NOVEMBER)
    assert counts(facts) == [("2025-03", 6, "exact")]


def test_a_first_and_only_transfer_in_a_year_is_that_years_count_of_one() -> None:
    facts = extract_facts("The Perry County jail turned a man over to ICE last week. It was the "
                          "jail's first and only transfer to ICE this year.", published=NOVEMBER)
    assert counts(facts) == [("2025", 1, "exact")]


def test_a_first_and_only_transfer_to_come_is_no_count() -> None:
    facts = extract_facts("The Perry County jail turned a man over to ICE last week. The next one "
                          "would be the jail's first and only transfer to ICE this year.",
                          published=NOVEMBER)
    assert counts(facts) == []


def test_months_thru_months_is_a_closed_span() -> None:
    facts = extract_facts(
        "The Sublette County jail handed 40 people to ICE in 2025, Sheriff Kay Lind said. Of "
        "those, 11 were transferred April thru June.", published=NOVEMBER)
    assert ("2025-04-01/2025-06-30", 11, "exact") in counts(facts)


def test_hand_offs_written_apart_are_parts_too() -> None:
    facts = extract_facts(
        "At least eight people have been turned over to ICE by the Georgetown Police Department "
        "since the start of August. Five of those hand offs came in October alone.",
        published=NOVEMBER)
    assert counts(facts) == [("2025-10", 5, "exact")]


def test_the_previous_summer_steps_back_a_year_from_a_summer_span() -> None:
    facts = extract_facts(
        "The Teton County jail handed 14 people to ICE from June through August, the sheriff "
        "said. The previous summer, it handed over five across the same three months.",
        published=NOVEMBER)
    assert history(facts) == [("2024-06-01/2024-08-31", 5, "exact")]


def test_an_answer_citing_booking_records_still_answers_the_handover_question() -> None:
    facts = extract_facts(
        "Q: Who runs the jail?\nA: The Hall County Sheriff's Office operates the detention center "
        "in Gainesville.\n\nQ: How many people did the jail turn over to ICE this summer?\nA: 57 "
        "between June 1 and Aug. 31, according to the booking records: 15 in June, 20 in July and "
        "22 in August.", published=date(2025, 10, 7))
    assert counts(facts) == [("2025-06", 15, "exact"), ("2025-06-01/2025-08-31", 57, "exact"),
                             ("2025-07", 20, "exact"), ("2025-08", 22, "exact")]


def test_an_answer_about_bookings_is_no_count() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office runs the jail.\n\nQ: How many people did the jail turn "
        "over to ICE this summer?\nA: We booked 3,100 people this summer.",
        published=date(2025, 10, 7))
    assert counts(facts) == []

"""Phrasing families of the seventeenth round: "the year before" a year named in the same
sentence, and a second "N times" after "did so N times"."""

from __future__ import annotations

from datetime import date

from factkit import counts, history, total
from pipeline.extract import extract_facts

NOVEMBER = date(2025, 11, 10)


# --- history ----------------------------------------------------------------------------------

def test_the_year_before_a_named_earlier_year_is_the_year_before_that_one() -> None:
    facts = extract_facts(
        "The Lowndes County jail released 30 inmates to ICE this year. The number was five in "
        "2023, compared with two the year before.", published=NOVEMBER)
    assert history(facts) == [("2022", 2, "exact"), ("2023", 5, "exact")]


def test_the_year_before_after_a_baseline_list_steps_back_from_its_year() -> None:
    facts = extract_facts(
        "The Lowndes County jail released 30 inmates to ICE this year, up from 12 in 2023 and 20 "
        "the year before.", published=NOVEMBER)
    assert history(facts) == [("2022", 20, "exact"), ("2023", 12, "exact")]


def test_the_year_before_with_no_earlier_year_named_is_the_reported_years() -> None:
    facts = extract_facts(
        "The Lowndes County jail released 30 inmates to ICE this year, compared with 20 the year "
        "before.", published=NOVEMBER)
    assert history(facts) == [("2024", 20, "exact")]


# --- counts -----------------------------------------------------------------------------------

def test_a_second_times_after_did_so_is_a_figure_too() -> None:
    facts = extract_facts(
        "The Lowndes County Sheriff's Office handed people to ICE. It did so 27 times in 2024 "
        "and 14 times in the first half of 2025.", published=NOVEMBER)
    assert counts(facts) == [("2025-01-01/2025-06-30", 14, "exact")]
    assert history(facts) == [("2024", 27, "exact")]


def test_a_second_times_after_that_happened_is_a_figure_too() -> None:
    facts = extract_facts(
        "The Lowndes County Sheriff's Office hands inmates over to ICE. That happened 40 times in "
        "2024 and 22 times so far this year.", published=NOVEMBER)
    assert counts(facts) == [("2025", 22, "exact")]
    assert history(facts) == [("2024", 40, "exact")]


def test_a_ratio_in_times_after_did_so_is_no_figure() -> None:
    facts = extract_facts(
        "The Lowndes County Sheriff's Office handed people to ICE. It did so 27 times in 2024, "
        "three times as often as in 2023.", published=NOVEMBER)
    assert counts(facts) == [("2024", 27, "exact")]


def test_that_makes_n_for_the_year_after_a_month_is_the_years_count() -> None:
    facts = extract_facts(
        "The Lowndes County Sheriff's Office turned over nine people to ICE in October. That "
        "makes 12 for the year.", published=NOVEMBER)
    assert counts(facts) == [("2025", 12, "exact"), ("2025-10", 9, "exact")]
    assert total(facts) == ("2025", 12, "exact")


def test_that_makes_n_for_the_year_of_other_things_is_no_count() -> None:
    facts = extract_facts(
        "The Lowndes County jail booked 900 people in October. That makes 8,000 for the year. It "
        "handed nine people to ICE in October.", published=NOVEMBER)
    assert counts(facts) == [("2025-10", 9, "exact")]


# --- periods ----------------------------------------------------------------------------------

def test_a_season_with_its_year_is_its_three_months_not_the_year() -> None:
    facts = extract_facts(
        "The Lowndes County Sheriff's Office turned over 14 people to ICE in the summer of 2024.",
        published=NOVEMBER)
    assert counts(facts) == [("2024-06-01/2024-08-31", 14, "exact")]


def test_a_season_without_its_year_dates_no_count() -> None:
    # stories call July to September "this summer" as well, and give the months elsewhere
    facts = extract_facts(
        "The Lowndes County Sheriff's Office turned over 14 people to ICE this summer.",
        published=NOVEMBER)
    assert counts(facts) == []
    assert total(facts) == ("", 14, "exact")


# --- legal basis ------------------------------------------------------------------------------

def _bases(text: str) -> list[str]:
    return sorted(b.kind for b in extract_facts(text, published=NOVEMBER).legal_basis)


OCTOBER_12 = "The Lowndes County Sheriff's Office turned over 12 people to ICE in October. "


def test_the_jails_practice_if_ice_files_a_detainer_is_a_detainer_basis() -> None:
    assert _bases(OCTOBER_12 + "If ICE files a detainer, the jail holds the person for up to 48 "
                  "hours, the sheriff said.") == ["detainer"]


def test_a_detainer_the_jail_does_not_honor_or_would_honor_is_no_basis() -> None:
    assert _bases(OCTOBER_12 + "If ICE files a detainer, the jail does not hold the person past "
                  "release, the sheriff said.") == []
    assert _bases(OCTOBER_12 + "If ICE files a detainer, the jail would hold the person under "
                  "the new bill.") == []


def test_handing_the_inmate_over_once_ice_places_a_detainer_is_a_detainer_basis() -> None:
    assert _bases(OCTOBER_12 + "When ICE places a detainer on an inmate, the office calls agents "
                  "and hands the inmate over.") == ["detainer"]


def test_a_handover_only_with_a_warrant_after_a_detainer_is_the_warrant() -> None:
    assert _bases(OCTOBER_12 + "When ICE places a detainer on an inmate, the office calls agents "
                  "and hands the inmate over only with a judge's warrant.") == ["judicial_warrant"]


def test_ice_picking_up_all_of_them_after_placing_detainers_is_a_detainer_basis() -> None:
    assert _bases(OCTOBER_12 + "ICE picked up all 12 after placing detainers on them.") == [
        "detainer"]


# --- earlier figures told as more of the same, and zeros set against the figure ----------------

def test_an_earlier_period_told_as_more_handovers_is_a_count() -> None:
    facts = extract_facts(
        "The Greer County jail handed 11 people to ICE between January and March, the sheriff "
        "said. Four more were turned over in the last three months of 2025, once the agreement "
        "was signed.", published=date(2026, 4, 20))
    assert counts(facts) == [("2025-10-01/2025-12-31", 4, "exact"),
                             ("2026-01-01/2026-03-31", 11, "exact")]
    assert history(facts) == []


def test_an_earlier_period_set_against_the_figure_stays_history() -> None:
    facts = extract_facts(
        "The Greer County jail handed 11 people to ICE between January and March, the sheriff "
        "said. Four more were turned over in the last three months of 2025, before the agreement "
        "was signed.", published=date(2026, 4, 20))
    assert counts(facts) == [("2026-01-01/2026-03-31", 11, "exact")]
    assert history(facts) == [("2025-10-01/2025-12-31", 4, "exact")]


def test_none_in_an_earlier_year_beside_a_baseline_is_a_zero_baseline() -> None:
    facts = extract_facts(
        "The Wade City Police Department handed four people to ICE in 2025, up from two in 2024 "
        "and none in 2023.", published=date(2026, 1, 30))
    assert history(facts) == [("2023", 0, "exact"), ("2024", 2, "exact")]


def test_none_of_the_requests_is_no_zero_baseline() -> None:
    facts = extract_facts(
        "The Wade City Police Department handed four people to ICE in 2025, up from two in 2024. "
        "It honored none of the 30 detainers it received in 2023.", published=date(2026, 1, 30))
    assert history(facts) == [("2024", 2, "exact")]


# --- denied handovers -------------------------------------------------------------------------

def test_releasing_no_one_to_ice_reports_no_handover() -> None:
    facts = extract_facts(
        "The Marsh County jail logged 21 ICE detainer requests last year and released no one to "
        "the agency, its records show.", published=date(2026, 2, 20))
    assert not facts.transfer_report


def test_releasing_no_one_in_one_month_beside_a_handover_is_a_zero() -> None:
    facts = extract_facts(
        "The Marsh County jail handed seven people to ICE in October. It released no one to ICE "
        "in November.", published=date(2025, 12, 10))
    assert facts.transfer_report
    assert counts(facts) == [("2025-10", 7, "exact"), ("2025-11", 0, "exact")]


# --- fiscal years -----------------------------------------------------------------------------

def test_the_bracket_of_287g_does_not_end_the_clause_before_its_period() -> None:
    facts = extract_facts(
        "The Trigg County jail turned 44 people over to ICE under its 287(g) agreement in the "
        "fiscal year that ended in June, up from 20 the year before, the jailer said.",
        published=date(2026, 10, 2))
    assert counts(facts) == [("2025-07-01/2026-06-30", 44, "exact")]
    assert history(facts) == [("2024-07-01/2025-06-30", 20, "exact")]


def test_the_last_quarter_of_the_fiscal_year_ending_sept_30_makes_it_a_federal_one() -> None:
    facts = extract_facts(
        "The Lauder County Sheriff's Office says it handed 30 people to ICE in the 2024 fiscal "
        "year. Nine of the 30 were handed over between July 1 and Sept. 30, the last quarter of "
        "the fiscal year.", published=date(2024, 11, 13))
    assert counts(facts) == [("2023-10-01/2024-09-30", 30, "exact"),
                             ("2024-07-01/2024-09-30", 9, "exact")]


def test_the_past_federal_fiscal_year_is_the_latest_one_ended() -> None:
    facts = extract_facts(
        "More than 300 people went from the Brazos County jail to ICE over the past federal "
        "fiscal year, up from 120 the year before, the sheriff said.", published=date(2025, 11, 5))
    assert counts(facts) == [("2024-10-01/2025-09-30", 300, "more_than")]
    assert history(facts) == [("2023-10-01/2024-09-30", 120, "exact")]


# --- running totals ---------------------------------------------------------------------------

def test_at_least_before_a_since_clause_is_no_record_since() -> None:
    facts = extract_facts(
        "The Perry County Sheriff's Office turned more than a dozen people over to ICE last month, "
        "and at least 90 have been turned over since the county's 287(g) agreement took effect "
        "nearly two years ago.", published=date(2026, 3, 4))
    assert total(facts) == ("", 90, "at_least")
    assert history(facts) == []


def test_a_long_since_clause_still_opens_a_running_total() -> None:
    facts = extract_facts(
        "The Baker County Sheriff's Office has handed 150 people to ICE since it signed a 287(g) "
        "jail enforcement agreement with the federal government in January 2025, records show. "
        "So far this year it has handed over 44.", published=date(2026, 6, 3))
    assert total(facts) == ("", 150, "exact")
    assert counts(facts) == [("2026", 44, "exact")]
    assert history(facts) == []


def test_bringing_to_n_the_number_since_is_the_running_total_not_the_month() -> None:
    facts = extract_facts(
        "Two more people were turned over to ICE in January from the Grafton County jail, "
        "bringing to 21 the number transferred since the county's agreement took effect last "
        "spring.", published=date(2026, 2, 26))
    assert counts(facts) == [("2026-01", 2, "exact")]
    assert total(facts) == ("", 21, "exact")


def test_bringing_the_number_since_a_dated_day_to_n_is_the_running_total() -> None:
    facts = extract_facts(
        "ICE took custody of three people from the Bristol County jail in July and five in "
        "August, bringing the number released from the jail to ICE since July 1, 2024, to 40.",
        published=date(2025, 9, 3))
    assert total(facts) == ("", 40, "exact")


def test_the_most_since_a_year_is_no_running_total() -> None:
    facts = extract_facts(
        "The Grafton County jail turned nine people over to ICE in January, the most since 2019.",
        published=date(2026, 2, 26))
    assert total(facts) == ("2026-01", 9, "exact")


# --- corrections ------------------------------------------------------------------------------

def test_lowering_the_number_from_one_figure_to_another_corrects_it() -> None:
    facts = extract_facts(
        "The Hale County Sheriff's Office has lowered the number of people it turned over to ICE "
        "in August from 15 to 13, after jail staff found a man counted twice. The change brings "
        "the jail's third-quarter total to 38 rather than the 40 the office reported last week.",
        published=date(2025, 10, 20))
    assert counts(facts) == [("2025-07-01/2025-09-30", 38, "exact"), ("2025-08", 13, "exact")]
    assert total(facts) == ("2025-07-01/2025-09-30", 38, "exact")


def test_lowering_a_number_over_the_years_is_no_correction() -> None:
    facts = extract_facts(
        "The Hale County jail turned 13 people over to ICE in August. The county has lowered the "
        "number of people it books each year from 9,000 in 2015 to 6,100.",
        published=date(2025, 10, 20))
    assert counts(facts) == [("2025-08", 13, "exact")]


def test_the_figure_for_a_span_said_to_be_unchanged_stands() -> None:
    facts = extract_facts(
        "The Pacific County jail turned 14 people over to ICE last year. The new records change "
        "the second half of the year: five people were released to ICE between July and "
        "December, not four. The figure for January through June, nine, is unchanged.",
        published=date(2026, 2, 19))
    assert ("2025-01-01/2025-06-30", 9, "exact") in counts(facts)


def test_month_figures_between_dashes_said_not_to_change_stand() -> None:
    facts = extract_facts(
        "The Rains County jail turned 50 people over to ICE in the first quarter, the department "
        "said, correcting February to 17. The January and March figures — 15 and 18 — did not "
        "change.", published=date(2026, 4, 19))
    assert {("2026-01", 15, "exact"), ("2026-03", 18, "exact")} <= set(counts(facts))


# --- parts, restated periods and other verbs --------------------------------------------------

def test_n_of_the_whole_came_in_the_first_six_months_is_a_part() -> None:
    facts = extract_facts(
        "The Essex County Sheriff's Office released 41 people to ICE in the fiscal year that "
        "ended June 30. Twenty-five of the 41 came in the first six months of 2025, the logs "
        "show.", published=date(2025, 8, 14))
    assert counts(facts) == [("2024-07-01/2025-06-30", 41, "exact"),
                             ("2025-01-01/2025-06-30", 25, "exact")]


def test_a_correction_raising_a_figure_to_n_from_m_counts_n() -> None:
    facts = extract_facts(
        "The Essex County Sheriff's Office released 39 people to ICE in 2025. The correction "
        "raises the number handed over between January and June of this year to 21, from 19, "
        "the office said.", published=date(2025, 9, 3))
    assert ("2025-01-01/2025-06-30", 21, "exact") in counts(facts)
    assert all(c[1] != 19 for c in counts(facts))


def test_verbless_quoted_parts_inside_the_counted_span_are_counts() -> None:
    facts = extract_facts(
        "More than 40 people arrested in Wayne County were turned over to ICE by the Wayne County "
        "Sheriff's Office this summer, from June through August, the sheriff said.\n\n"
        "\"July was the big one,\" he said. \"Eighteen in July alone. We had a lot of traffic "
        "stops that month.\"", published=date(2024, 9, 4))
    assert counts(facts) == [("2024-06-01/2024-08-31", 40, "more_than"),
                             ("2024-07", 18, "exact")]


def test_a_verbless_fragment_of_bookings_is_no_count() -> None:
    facts = extract_facts(
        "The Wayne County jail turned 58 people over to ICE from January through March.\n\n"
        "The jail booked 1,700 people in the quarter. \"Six hundred in March alone,\" the "
        "sheriff said of the bookings.", published=date(2025, 4, 9))
    assert counts(facts) == [("2025-01-01/2025-03-31", 58, "exact")]


def test_a_month_by_itself_was_n_is_that_months_count() -> None:
    facts = extract_facts(
        "The Hardin County Sheriff's Office turned 190 people over to ICE in the state fiscal "
        "year that ended June 30.\n\n\"It went up in the spring,\" he said. \"June by itself was "
        "at least 20.\"", published=date(2025, 8, 15))
    assert ("2025-06", 20, "at_least") in counts(facts)


def test_people_booked_beside_people_handed_over_are_no_count() -> None:
    facts = extract_facts(
        "The Polk County jail booked 1,900 people in the first quarter and turned 58 over to ICE "
        "from January through March.", published=date(2025, 4, 9))
    assert counts(facts) == [("2025-01-01/2025-03-31", 58, "exact")]


def test_the_handovers_took_place_between_dates_the_figure_told_before() -> None:
    facts = extract_facts(
        "Nearly 50 people went straight from the Ada County jail into federal immigration "
        "custody this summer, new numbers from the sheriff's office show.\n\nThe handovers "
        "happened between July and September.", published=date(2025, 10, 15))
    assert counts(facts) == [("2025-07-01/2025-09-30", 50, "about")]


def test_the_previous_fiscal_year_beside_a_few_months_is_no_baseline() -> None:
    facts = extract_facts(
        "The Potter County Sheriff's Office released 40 people to ICE in April, bringing the "
        "total for the first four months of the year to 150. That is up from 20 in the previous "
        "fiscal year, the office said.", published=date(2026, 5, 14))
    assert history(facts) == []


def test_the_year_before_a_fiscal_year_steps_back_from_it_not_from_its_last_half() -> None:
    facts = extract_facts(
        "The Essex County Sheriff's Office released 41 people to ICE in the fiscal year that "
        "ended June 30. Twenty-five of the 41 came in the first six months of 2025. It is nearly "
        "double the 22 people the office turned over to ICE the year before.",
        published=date(2025, 8, 14))
    assert history(facts) == [("2023-07-01/2024-06-30", 22, "exact")]


# --- 287(g) unused, detainers denied ----------------------------------------------------------

def test_a_287g_agreement_signed_but_not_used_is_no_basis() -> None:
    assert _bases(
        "The Bandera County Sheriff's Office handed 25 people to ICE last year, most of them on "
        "detainers. The chief deputy said the office signed a 287(g) warrant service officer "
        "agreement in January but has not yet used it; none of the 25 handovers involved it."
    ) == ["detainer"]


def test_no_one_processed_under_the_agreement_makes_its_model_no_basis() -> None:
    assert _bases(
        "The Bandera County Sheriff's Office handed 25 people to ICE last year on detainers. In "
        "January the sheriff signed a warrant service officer agreement with ICE. As of Monday, "
        "no one had been processed under the agreement, the sheriff said.") == ["detainer"]


def test_asking_ice_for_an_agreement_is_no_287g_basis() -> None:
    assert _bases(
        "The Rains County jail handed 20 people to ICE on detainers in June. The sheriff has "
        "asked ICE for a 287(g) agreement.") == ["detainer"]


def test_an_agreement_the_handovers_are_carried_out_under_stays_a_basis() -> None:
    assert _bases(
        "The Rains County jail handed 20 people to ICE in June. The work is required by state "
        "law and carried out under the county's 287(g) agreement.") == ["287g"]


def test_holding_on_a_detainer_ruled_unlawful_is_no_detainer_basis() -> None:
    assert _bases(
        "The Bristol County jail released 30 people to ICE at the end of their sentences. The "
        "state's highest court ruled in 2017 that keeping someone in a cell on an immigration "
        "detainer amounts to a new arrest.") == []
    assert _bases(
        "The Tioga County jail released three people to ICE on judicial warrants. A state court "
        "ruled that local officers have no authority to hold someone on an ICE detainer alone."
    ) == ["judicial_warrant"]


# --- ages and countries of single people ------------------------------------------------------

def test_an_accused_mans_age_and_his_victims_make_no_range() -> None:
    facts = extract_facts(
        "The Coffee County Sheriff's Office turned 12 people over to ICE in May. Among those "
        "handed over was a 31-year-old man charged with hitting a 70-year-old woman's car and "
        "leaving the scene.", published=date(2026, 6, 3))
    assert facts.age_range is None


def test_two_people_handed_over_named_with_their_ages_make_a_range() -> None:
    facts = extract_facts(
        "The Coffee County Sheriff's Office turned 12 people over to ICE in May, among them a "
        "24-year-old man from Mexico and a 52-year-old woman from Honduras.",
        published=date(2026, 6, 3))
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (24, 52)


def _countries(text: str) -> dict[str, int]:
    return {n.country: n.count
            for n in extract_facts(text, published=date(2026, 6, 9)).nationalities}


def test_one_persons_country_in_a_story_of_many_handovers_is_no_breakdown() -> None:
    assert _countries(
        "The Custer County jail turned 14 people over to ICE this spring. Most were from Mexico "
        "or Central America, the sheriff said. One was a Ukrainian man who had overstayed a work "
        "visa.") == {}


def test_one_person_beside_the_others_counts_is_part_of_the_breakdown() -> None:
    assert _countries(
        "The Custer County jail turned 14 people over to ICE in May. Thirteen were from Mexico "
        "and one was from Peru.") == {"Mexico": 13, "Peru": 1}


def test_between_two_weekdays_is_that_span_of_the_week_of_publication() -> None:
    facts = extract_facts(
        "The Glades County Sheriff's Office held a news conference on Thursday. \"Nineteen people "
        "were handed to ICE between Monday and Wednesday,\" the sheriff said.",
        published=date(2025, 11, 6))
    assert counts(facts) == [("2025-11-03/2025-11-05", 19, "exact")]


def test_weekdays_with_their_dates_keep_the_dates() -> None:
    facts = extract_facts(
        "The Glades County jail handed 12 people to ICE between Monday, Sept. 14, and Wednesday, "
        "Sept. 16.", published=date(2025, 11, 6))
    assert counts(facts) == [("2025-09-14/2025-09-16", 12, "exact")]


def test_figures_the_sheriffs_office_released_name_no_operator() -> None:
    facts = extract_facts(
        "The Suwannee County Detention Facility turned 70 people over to ICE in 2024, according "
        "to figures the sheriff's office released in January.", published=date(2025, 10, 20))
    assert facts.agency is not None
    assert facts.agency.name == "Suwannee County Detention Facility"


# --- month lists and restated months ----------------------------------------------------------

def test_the_summer_months_of_three_months_are_one_span() -> None:
    facts = extract_facts(
        "The Comal County jail released 18 people to ICE in September. September followed 44 "
        "releases to ICE over the summer months of June, July and August.",
        published=date(2025, 10, 7))
    assert ("2025-06-01/2025-08-31", 44, "exact") in counts(facts)


def test_a_restated_months_figure_is_that_months_count() -> None:
    facts = extract_facts(
        "The Llano County Sheriff's Office turned 19 people over to ICE in September. The report "
        "also restated August's figure of 15.", published=date(2025, 10, 7))
    assert counts(facts) == [("2025-08", 15, "exact"), ("2025-09", 19, "exact")]


def test_a_restated_months_figure_of_detainers_is_no_count() -> None:
    facts = extract_facts(
        "The Llano County jail turned 19 people over to ICE in September. The report also "
        "restated August's figure of 140 detainers.", published=date(2025, 10, 7))
    assert counts(facts) == [("2025-09", 19, "exact")]


# --- box lines with a colon -------------------------------------------------------------------

BOX = ("The Lemhi County Sheriff's Office has handed people to ICE under its 287(g) agreement "
       "since March 17.\n\nBY THE NUMBERS\n\n27: People the Lemhi County Sheriff's Office handed "
       "to ICE from March 17 through Sept. 30\n\n10: Handed over in July, the busiest month\n\n")


def test_colon_box_lines_give_the_span_its_parts_and_the_year_before() -> None:
    facts = extract_facts(
        BOX + "7: Handed over in August\n\n3: People the jail turned over to ICE in all of 2024\n",
        published=date(2025, 10, 9))
    assert counts(facts) == [("2025-03-17/2025-09-30", 27, "exact"), ("2025-07", 10, "exact"),
                             ("2025-08", 7, "exact")]
    assert history(facts) == [("2024", 3, "exact")]


def test_colon_box_lines_of_detainers_or_releases_on_bond_are_no_counts() -> None:
    facts = extract_facts(
        BOX + "40: ICE detainers lodged by the jail's deputies in the same period\n\n"
        "12: Released on bond in August\n", published=date(2025, 10, 9))
    assert counts(facts) == [("2025-03-17/2025-09-30", 27, "exact"), ("2025-07", 10, "exact")]

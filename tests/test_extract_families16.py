"""Phrasing families of the sixteenth round: a year's count put at a figure and then broken
down, a second figure of a sentence with no verb of its own, parts told with "went" or "That
makes", a remainder that was counted before, a period glossed by the one that holds it, zeros
after an attribution, and earlier figures in "the same N months" or "by the end of" a month."""

from __future__ import annotations

from datetime import date

from factkit import counts, history, total
from pipeline.extract import extract_facts

MAY = date(2026, 5, 12)
AUGUST = date(2025, 8, 6)
SEPTEMBER = date(2025, 9, 9)


# --- counts -----------------------------------------------------------------------------------

def test_a_count_put_at_a_figure_is_broken_down_after_a_colon() -> None:
    facts = extract_facts(
        "The Gibson County Sheriff's Office handed nine jail inmates to ICE in April. The "
        "sheriff said the April transfers put this year's count at 31: 22 between January and "
        "March and nine last month.", published=MAY)
    assert counts(facts) == [("2026", 31, "exact"), ("2026-01-01/2026-03-31", 22, "exact"),
                             ("2026-04", 9, "exact")]
    assert total(facts) == ("2026", 31, "exact")


def test_a_second_figure_over_all_of_a_year_takes_that_year() -> None:
    facts = extract_facts(
        "The Tift County Jail turned 17 people over to ICE in the second quarter. The sheriff's "
        "office released eight people to ICE in the same three months of 2024 and 40 over all of "
        "last year, the sheriff said.", published=AUGUST)
    assert history(facts) == [("2024", 40, "exact"), ("2024-04-01/2024-06-30", 8, "exact")]


def test_over_the_age_of_is_no_period_of_a_figure() -> None:
    facts = extract_facts(
        "The Tift County Jail turned 17 people over to ICE in the second quarter. Six over the "
        "age of 50 were among them, the sheriff said.", published=AUGUST)
    assert counts(facts) == [("2025-04-01/2025-06-30", 17, "exact")]


def test_a_part_released_to_ice_in_its_own_span_is_counted() -> None:
    facts = extract_facts(
        "The Nelson County Detention Center released 52 people to ICE during the fiscal year "
        "that ended June 30, the jailer said. Thirty of the 52 were released to ICE in the first "
        "six months of 2025.", published=AUGUST)
    assert ("2025-01-01/2025-06-30", 30, "exact") in counts(facts)


def test_that_makes_a_figure_for_a_quarter_is_its_count() -> None:
    facts = extract_facts(
        "The Benewah County Sheriff's Office turned five people over to ICE in June, the sheriff "
        "said. That makes 11 for the second quarter, April through June.", published=AUGUST)
    assert counts(facts) == [("2025-04-01/2025-06-30", 11, "exact"), ("2025-06", 5, "exact")]


def test_that_makes_a_number_of_years_is_no_count() -> None:
    facts = extract_facts(
        "The Benewah County Sheriff's Office turned five people over to ICE in June, the sheriff "
        "said. That makes 11 years since the jail last did so.", published=AUGUST)
    assert counts(facts) == [("2025-06", 5, "exact")]


def test_parts_that_went_in_each_month_are_counted() -> None:
    facts = extract_facts(
        "Between April 1 and June 30 the Ferry County Sheriff's Office released nine people from "
        "its jail to ICE. Two went in April, three in May and four in June.", published=AUGUST)
    assert counts(facts) == [("2025-04", 2, "exact"), ("2025-04-01/2025-06-30", 9, "exact"),
                             ("2025-05", 3, "exact"), ("2025-06", 4, "exact")]


def test_the_other_people_of_a_counted_figure_are_no_new_count() -> None:
    facts = extract_facts(
        "The Pitt County jail handed 64 people to ICE between January and September. All but "
        "three of the 64 transfers came after a detainer, the records show. The other three "
        "people were handed over on criminal warrants signed by a federal judge.",
        published=date(2025, 10, 20))
    assert counts(facts) == [("2025-01-01/2025-09-30", 64, "exact")]


def test_the_other_figure_with_its_own_period_is_still_counted() -> None:
    facts = extract_facts(
        "The Pitt County jail handed 64 people to ICE in 2024. It handed 22 of them over from "
        "January through June; the other 42 went in the second half of the year.",
        published=date(2025, 2, 20))
    assert ("2024-07-01/2024-12-31", 42, "exact") in counts(facts)


def test_a_month_glossed_by_its_fiscal_year_keeps_its_month() -> None:
    facts = extract_facts(
        "The Troup County jail handed 180 people to ICE during the county's 2024 fiscal year, "
        "which ran from July 1, 2023, through June 30, 2024. The pace held after that: in July, "
        "the first month of fiscal 2025, the jail turned over 19 more people.",
        published=date(2024, 9, 12))
    assert ("2024-07", 19, "exact") in counts(facts)


def test_no_one_released_after_an_attribution_is_a_zero() -> None:
    facts = extract_facts(
        "The Lincoln County Sheriff's Office released four people from its jail to ICE in the "
        "fiscal year that ran from July 2024 through June 2025. Jail Commander Ana Reyes says "
        "the jail released no one to ICE in July.", published=AUGUST)
    assert ("2025-07", 0, "exact") in counts(facts)


# --- earlier figures --------------------------------------------------------------------------

def test_the_number_was_a_figure_compared_with_the_year_before() -> None:
    facts = extract_facts(
        "The Hoquiam Police Department has turned people over to ICE only under judicial "
        "warrants. Chief Dana Lind says the number was no more than five in 2025, up from two "
        "the year before.", published=date(2026, 2, 13))
    assert counts(facts) == [("2025", 5, "up_to")]
    assert history(facts) == [("2024", 2, "exact")]


def test_a_figure_compared_with_the_same_months_of_an_earlier_year() -> None:
    facts = extract_facts(
        "The Coos County Department of Corrections released nine people to ICE in the first "
        "three months of 2026, the superintendent said. The nine compare with four in the same "
        "three months of 2025.", published=MAY)
    assert history(facts) == [("2025-01-01/2025-03-31", 4, "exact")]


def test_the_year_before_restated_as_a_fiscal_year_is_still_history() -> None:
    facts = extract_facts(
        "The Lincoln County Sheriff's Office released six people from its jail to ICE in the "
        "fiscal year that ran from July 2024 through June 2025. That is up from three the year "
        "before, in the fiscal year that ran from July 2023 through June 2024.",
        published=AUGUST)
    assert history(facts) == [("2023-07-01/2024-06-30", 3, "exact")]


def test_a_figure_by_the_end_of_a_month_last_year_covers_the_year_to_that_month() -> None:
    facts = extract_facts(
        "The Caribou Police Department turned 11 people over to ICE in the first three months of "
        "2026. For comparison, the jail had turned over four people by the end of March last "
        "year and 23 in all of 2025.", published=date(2026, 4, 8))
    assert history(facts) == [("2025", 23, "exact"), ("2025-01-01/2025-03-31", 4, "exact")]


def test_the_same_eight_months_beside_a_years_figure_are_that_years_first_eight() -> None:
    facts = extract_facts(
        "The Linn County Sheriff's Office has turned 30 people over to ICE so far this year, "
        "nine of them in August. That is up from 17 over the same eight months of 2024.",
        published=SEPTEMBER)
    assert history(facts) == [("2024-01-01/2024-08-31", 17, "exact")]


def test_detainers_lodged_in_the_same_months_are_no_earlier_handovers() -> None:
    facts = extract_facts(
        "The Luzerne County prison handed 40 people to ICE from January through May. ICE lodged "
        "70 detainers there in the first five months of the year, up from 45 during the same "
        "months of 2025.", published=date(2026, 6, 10))
    assert history(facts) == []


# --- ages -------------------------------------------------------------------------------------

def _ages(text: str) -> tuple[int, int] | None:
    facts = extract_facts(text, published=SEPTEMBER)
    return (facts.age_range.low, facts.age_range.high) if facts.age_range else None


def test_ages_listed_right_after_the_people_handed_over() -> None:
    assert _ages("The Clay County Sheriff's Office turned three people over to ICE in August. "
                 "They are 27, 33 and 52 years old.") == (27, 52)


def test_their_ages_listed_without_years_old() -> None:
    assert _ages("The Clay County Sheriff's Office turned three people over to ICE in August. "
                 "Their ages were 19, 44 and 30.") == (19, 44)


def test_ages_set_off_by_commas_after_the_ages_of_those_transferred() -> None:
    assert _ages("The Hays County Sheriff's Office transferred 210 inmates to ICE in 2024. The "
                 "ages of those transferred, 17 to 70, were in the report.") == (17, 70)


def test_the_ages_of_children_set_off_by_commas_are_no_range() -> None:
    assert _ages("The Hays County Sheriff's Office transferred 210 inmates to ICE in 2024, the "
                 "sheriff said. The ages of the children, 3 to 12, were not given.") is None


# --- nationalities ----------------------------------------------------------------------------

def _countries(text: str) -> dict[str, int]:
    return {n.country: n.count for n in extract_facts(text, published=SEPTEMBER).nationalities}


def test_a_part_of_a_long_partitive_named_by_its_demonym() -> None:
    assert _countries(
        "The Navajo County Sheriff's Office turned 11 people over to ICE last year. Eight of the "
        "11 people turned over last year were Mexican nationals, two were from Honduras and one "
        "was from Peru.") == {"Mexico": 8, "Honduras": 2, "Peru": 1}


def test_parts_listed_as_demonyms_with_as() -> None:
    assert _countries(
        "The Grant County Sheriff's Office released 19 people to ICE. The log lists 12 of the 19 "
        "as Mexican nationals, five as Guatemalan and two as Salvadoran."
    ) == {"Mexico": 12, "Guatemala": 5, "El Salvador": 2}


def test_most_of_a_figure_gives_no_country_a_count() -> None:
    assert _countries("The Hidalgo County Sheriff's Office handed 40 people to ICE. Most of the "
                      "40 were Mexican nationals.") == {}
    assert _countries("The Hidalgo County Sheriff's Office handed 40 people to ICE. Most of the "
                      "40 were from Mexico and Central America.") == {}


def test_people_from_each_country_right_after_the_handover() -> None:
    assert _countries("The Dodge County Sheriff's Office handed five people to ICE in June. Four "
                      "were men from Guatemala and one was a woman from Laos.") == {
        "Guatemala": 4, "Laos": 1}


def test_the_same_country_twice_in_a_list_of_people_is_two() -> None:
    assert _countries("The Taos County jail released three people to ICE: a man from Mexico, a "
                      "woman from Peru, and a man from Mexico.") == {"Mexico": 2, "Peru": 1}


# --- legal basis ------------------------------------------------------------------------------

def _bases(text: str) -> list[str]:
    return sorted(b.kind for b in extract_facts(text, published=SEPTEMBER).legal_basis)


def test_a_detainer_ice_files_under_the_practice_is_the_basis() -> None:
    assert _bases("The Mercer County Detention Center released six people to ICE in August. The "
                  "jailer says the jail holds people for ICE when the agency lodges a "
                  "detainer.") == ["detainer"]
    assert _bases("The Mercer County Detention Center turned 12 inmates over to ICE in 2025. "
                  "ICE picked the inmates up after placing detainers on them.") == ["detainer"]


def test_a_detainer_the_jail_ignores_or_may_get_is_no_basis() -> None:
    assert _bases("The Mercer County Detention Center released six people to ICE in August. When "
                  "ICE files a detainer, staff release the person anyway and do not hold "
                  "anyone.") == []
    assert _bases("The Mercer County Detention Center released six people to ICE in August on "
                  "judicial warrants. Commissioners asked what would happen when ICE files a "
                  "detainer.") == ["judicial_warrant"]


def test_convictions_the_state_law_lists_are_an_other_basis() -> None:
    for wording in ("had a conviction that the California Values Act lists",
                    "fell under the state sanctuary law's exception for people with serious "
                    "or violent convictions", "fell under the conviction exception",
                    "were eligible for transfer under the Values Act because of prior "
                    "convictions"):
        assert _bases("The Tehama County Sheriff's Office transferred seven people to ICE in "
                      "the first half of 2025. All seven people transferred "
                      f"{wording}, the office said.") == ["other"], wording


def test_a_conviction_exception_denied_proposed_or_of_another_law_is_no_basis() -> None:
    for wording in ("The Values Act's conviction exception did not apply to any of them.",
                    "Advocates want lawmakers to close the conviction exception.",
                    "The county's cannabis ordinance has a conviction exception for minor "
                    "drug offenses."):
        assert _bases("The Tehama County Sheriff's Office transferred seven people to ICE in "
                      f"the first half of 2025, all on judicial warrants. {wording}"
                      ) == ["judicial_warrant"], wording


# --- counts, totals and history (more) --------------------------------------------------------

def test_monthly_transfers_listed_after_a_records_request() -> None:
    facts = extract_facts(
        "The Rice County Sheriff's Office turned 19 people over to ICE in the first quarter. The "
        "records, released after a request the paper filed in early March, show five transfers "
        "in January, six in February and eight in March.", published=date(2025, 4, 10))
    assert counts(facts) == [("2025-01", 5, "exact"), ("2025-01-01/2025-03-31", 19, "exact"),
                             ("2025-02", 6, "exact"), ("2025-03", 8, "exact")]


def test_a_seasons_sum_after_its_months_and_the_season_before() -> None:
    facts = extract_facts(
        "In March the Stanton County jail turned five people over to ICE. In April it was eight, "
        "and in May, 12. That's 25 for the spring. Last spring it was nine.",
        published=date(2026, 6, 11))
    assert counts(facts) == [("2026-03", 5, "exact"), ("2026-03-01/2026-05-31", 25, "exact"),
                             ("2026-04", 8, "exact"), ("2026-05", 12, "exact")]
    assert total(facts) == ("2026-03-01/2026-05-31", 25, "exact")
    assert history(facts) == [("2025-03-01/2025-05-31", 9, "exact")]


def test_a_sum_over_the_two_months_just_counted() -> None:
    facts = extract_facts(
        "The Stanton County Sheriff's Office turned three people over to ICE in June and seven "
        "in July, 10 over the two months.", published=date(2025, 8, 10))
    assert ("2025-06-01/2025-07-31", 10, "exact") in counts(facts)


def test_a_running_total_since_a_287g_agreement_took_effect() -> None:
    facts = extract_facts(
        "The Starr County Sheriff's Office handed 40 people to ICE between July and September. "
        "Adding the 25 transfers made in the second quarter, the office has handed 65 people to "
        "ICE since its 287(g) agreement took effect in March.", published=date(2025, 11, 5))
    assert total(facts) == ("", 65, "exact")


def test_a_breakdown_after_a_since_clause_is_no_running_total() -> None:
    facts = extract_facts(
        "The Loudon County Sheriff's Office has turned 33 people over to ICE since July 1. Of the "
        "33 people turned over since July, 20 were from Mexico and 13 from Honduras.",
        published=date(2025, 10, 20))
    assert total(facts) == ("", 33, "exact")


def test_a_figure_dated_later_as_covering_everything_since_a_start() -> None:
    facts = extract_facts(
        "A half year into its partnership with ICE, the Newton County Sheriff's Office has handed "
        "at least 70 jail inmates over to U.S. Immigration and Customs Enforcement. The sheriff "
        "said 30 of those transfers came in the third quarter, July through September. The 70 "
        "figure covers everything since the agreement took effect April 1.",
        published=date(2025, 10, 14))
    assert total(facts) == ("", 70, "at_least")
    assert counts(facts) == [("2025-07-01/2025-09-30", 30, "exact")]


def test_people_who_passed_from_a_jail_into_immigration_custody() -> None:
    facts = extract_facts(
        "About 30 people passed from the Ellis County jail into federal immigration custody in "
        "the twelve months that ended Sept. 30. The year before, it was 12.",
        published=date(2025, 10, 14))
    assert counts(facts) == [("2024-10-01/2025-09-30", 30, "about")]
    assert history(facts) == [("2023-10-01/2024-09-30", 12, "exact")]


def test_twice_as_many_as_the_year_before_when_people_were_transferred() -> None:
    facts = extract_facts(
        "More than a dozen people were turned over to ICE from the Polk County Jail last year, "
        "the sheriff said. That's more than twice as many as the year before, when five people "
        "were transferred.", published=date(2025, 2, 12))
    assert history(facts) == [("2023", 5, "exact")]


def test_a_fraction_of_an_earlier_figure_is_no_count_of_its_own() -> None:
    facts = extract_facts(
        "The Clay County Jail turned eight people over to ICE in October. That's two-thirds of "
        "the 12 people the jail turned over during all of last year.", published=date(2025, 11, 7))
    assert history(facts) == [("2024", 12, "exact")]


def test_a_correction_that_gives_the_new_figure_first() -> None:
    facts = extract_facts(
        "The Webb County Sheriff's Office handed 50 people to ICE between July and September, "
        "the corrected report shows. The correction trims the August figure to 18 from 20. The "
        "July count of 15 and the September count of 17 are unchanged.",
        published=date(2025, 11, 5))
    assert counts(facts) == [("2025-07", 15, "exact"), ("2025-07-01/2025-09-30", 50, "exact"),
                             ("2025-08", 18, "exact"), ("2025-09", 17, "exact")]


def test_an_update_that_cuts_a_quarters_figure_from_one_number_to_another() -> None:
    facts = extract_facts(
        "The Kern County Sheriff's Office transferred 40 people to ICE in 2024, not 42. The "
        "update cuts the fourth-quarter figure from nine transfers to seven.",
        published=date(2025, 2, 5))
    assert counts(facts) == [("2024", 40, "exact"), ("2024-10-01/2024-12-31", 7, "exact")]


def test_the_last_days_of_the_fiscal_year_in_september_make_it_an_october_year() -> None:
    facts = extract_facts(
        "The Bexar County Sheriff's Office now says it transferred 510 inmates to ICE in fiscal "
        "2025. Two transfers made on Sept. 29 and Sept. 30, the last two days of the fiscal "
        "year, were logged in October by mistake.", published=date(2025, 12, 9))
    assert counts(facts) == [("2024-10-01/2025-09-30", 510, "exact")]


def test_a_settlements_terms_for_handovers_to_come_are_no_basis() -> None:
    assert _bases("The Luna County Detention Center released 14 people to ICE in 2024. Under "
                  "the settlement, the center will release people to ICE only when agents "
                  "present a warrant signed by a federal judge. All of them were transferred on "
                  "detainers, the report says.") == ["detainer"]


def test_a_judge_who_ordered_a_person_released_is_no_court_order() -> None:
    assert _bases("The Luna County Detention Center released 14 people to ICE in 2024 on "
                  "detainers. Each was kept at the center after a judge had ordered the person "
                  "released, and then turned over to ICE.") == ["detainer"]


def test_a_form_treated_like_a_court_order_is_no_court_order() -> None:
    assert _bases("The Luna County Detention Center released 14 people to ICE in 2024 on "
                  "detainers. The lawyer called it a warning to every jail that treats an ICE "
                  "form like a court order.") == ["detainer"]


def test_a_practice_done_exactly_that_many_times_in_a_span() -> None:
    facts = extract_facts(
        "The suit says the Mesa County Sheriff's Office hands people to ICE at the moment of "
        "release. The plaintiffs say the office, which runs the county jail, did exactly that 19 "
        "times between "
        "February and the end of June. At least 11 of those handovers came in May and June "
        "alone, the complaint says.", published=date(2025, 8, 14))
    assert counts(facts) == [("2025-02-01/2025-06-30", 19, "exact"),
                             ("2025-05-01/2025-06-30", 11, "at_least")]


def test_a_year_and_more_in_the_months_after_it_are_both_counts() -> None:
    facts = extract_facts(
        "A jail log shows that the Gila County Sheriff's Office released eight people with "
        "pending felony charges to ICE in 2024 and three more in January and February of this "
        "year.", published=date(2025, 3, 6))
    assert counts(facts) == [("2024", 8, "exact"), ("2025-01-01/2025-02-28", 3, "exact")]
    assert history(facts) == []


def test_a_year_compared_with_the_year_after_stays_history() -> None:
    facts = extract_facts(
        "The Gila County Sheriff's Office released 12 people to ICE in 2025, up from eight in "
        "2024.", published=date(2026, 1, 6))
    assert counts(facts) == [("2025", 12, "exact")]
    assert history(facts) == [("2024", 8, "exact")]


def test_the_month_the_figures_were_released_is_not_the_counts_month() -> None:
    facts = extract_facts(
        "The Barry County Sheriff's Office has lowered the number of jail inmates it transferred "
        "to ICE in August from 12 to 11, revising the quarterly figures it released last month.",
        published=date(2025, 10, 20))
    assert counts(facts) == [("2025-08", 11, "exact")]


def test_an_earlier_year_when_the_office_reported_a_figure_is_history() -> None:
    facts = extract_facts(
        "The Merced County Sheriff's Office transferred 15 people to ICE in 2024. The office "
        "released no records for 2023, when it reported nine transfers.",
        published=date(2025, 4, 15))
    assert history(facts) == [("2023", 9, "exact")]


def test_double_the_figure_of_the_fiscal_year_before() -> None:
    facts = extract_facts(
        "The Sutter County Sheriff's Office transferred 40 people to ICE in the 2024-25 fiscal "
        "year, more than double the 18 it handed over in fiscal 2023-24, a report shows.",
        published=date(2025, 8, 15))
    assert history(facts) == [("2023-07-01/2024-06-30", 18, "exact")]


def test_a_running_total_since_a_287g_program_was_joined() -> None:
    facts = extract_facts(
        "The Scott County Sheriff's Office has turned over as many as 21 people to ICE since it "
        "joined the federal 287(g) program in March, nine of them in June.",
        published=date(2025, 7, 9))
    assert counts(facts) == [("2025-06", 9, "exact")]
    assert total(facts) == ("", 21, "up_to")


def test_a_quarter_a_year_earlier_is_that_quarter_not_its_last_month() -> None:
    facts = extract_facts(
        "The Lee County Sheriff's Office released at least 40 people to ICE in March alone and "
        "roughly 100 from January through March, more than double the pace of a year earlier, "
        "when about 45 were handed over in the first quarter.", published=date(2026, 4, 9))
    assert history(facts) == [("2025-01-01/2025-03-31", 45, "about")]


def test_a_part_of_a_whole_just_told_stays_a_count_but_its_countries_do_not() -> None:
    facts = extract_facts(
        "Of the 40 persons that the Box Butte County jail delivered to ICE in 2025, 25 passed to "
        "federal custody between July and December.", published=date(2026, 1, 20))
    assert ("2025-07-01/2025-12-31", 25, "exact") in counts(facts)
    facts = extract_facts(
        "The Loudon County Sheriff's Office has turned 33 people over to ICE since July 1. Of the "
        "33 people turned over since July, 20 were from Mexico, 10 from Honduras and three from "
        "Cuba.", published=date(2025, 10, 20))
    assert total(facts) == ("", 33, "exact")


def test_ages_after_a_sentence_on_where_the_men_are_from() -> None:
    assert _ages("The Buffalo County Sheriff's Office handed three men to ICE on Thursday. Two "
                 "of the men are from Mexico and one is from Peru, the sheriff said. They are "
                 "22, 35 and 40 years old.") == (22, 40)


def test_a_road_number_is_no_count() -> None:
    facts = extract_facts(
        "The Juab County jail transferred eight people to ICE in March. One, a man arrested in a "
        "traffic stop on Interstate 15 in February, was transferred on March 9.",
        published=date(2026, 4, 15))
    assert counts(facts) == [("2026-03", 8, "exact")]


def test_none_at_all_in_an_earlier_year_is_a_zero_of_history() -> None:
    facts = extract_facts(
        "The Macon County Sheriff's Office turned 21 people over to ICE in 2025. The jail turned "
        "over two people in 2024 and none at all in 2023.", published=date(2026, 1, 15))
    assert history(facts) == [("2023", 0, "exact"), ("2024", 2, "exact")]


def test_earlier_fiscal_years_reported_as_transfers_from_a_jail() -> None:
    facts = extract_facts(
        "The regional jail in Duffield turned 18 inmates over to ICE in fiscal 2025, the "
        "Cumberland Regional Jail Authority said. The authority, which runs four jails, reported "
        "six transfers from "
        "Duffield in fiscal 2024 and four in fiscal 2023. Its fiscal year runs from July 1 to "
        "June 30.", published=date(2025, 8, 15))
    assert history(facts) == [("2022-07-01/2023-06-30", 4, "exact"),
                              ("2023-07-01/2024-06-30", 6, "exact")]


def test_a_part_of_the_people_handed_over_in_a_month_by_country() -> None:
    assert _countries("The Starr County Sheriff's Office handed 14 people to ICE in May. Nine of "
                      "the 14 people handed over in May were from Mexico and five were from "
                      "Cuba.") == {"Mexico": 9, "Cuba": 5}


def test_a_fraction_of_a_figure_gives_no_country_a_count() -> None:
    assert _countries("The Starr County Sheriff's Office handed 45 people to ICE in May. "
                      "Two-thirds of the 45 were from Mexico.") == {}


def test_ages_after_they_re() -> None:
    assert _ages("The Clay County Sheriff's Office turned three people over to ICE in August. "
                 "They're 23, 31 and 38 years old.") == (23, 38)


def test_a_year_and_more_in_a_later_month_of_the_next_year_are_both_counts() -> None:
    facts = extract_facts(
        "A jail log shows the Gila County Sheriff's Office released eight people to ICE in 2024 "
        "and three more in February.", published=date(2025, 3, 6))
    assert counts(facts) == [("2024", 8, "exact"), ("2025-02", 3, "exact")]


def test_a_detainer_immigration_officers_lodge_under_the_jails_practice() -> None:
    assert _bases("The Latah County jail turned four people over to ICE in June. Once "
                  "immigration officers lodge a detainer, deputies hold the person for up to 48 "
                  "hours.") == ["detainer"]


def test_the_jail_turning_people_over_once_ice_lodges_a_detainer() -> None:
    assert _bases("The Harlan County Sheriff's Office handed nine inmates to ICE in April. The "
                  "office turns inmates over to federal agents once ICE lodges a detainer."
                  ) == ["detainer"]
    assert _bases("The Harlan County Sheriff's Office handed nine inmates to ICE in April. "
                  "Deputies hold a person for 48 hours when ICE issues a detainer.") == ["detainer"]


def test_a_conviction_the_law_lists_beside_the_other_transfers() -> None:
    assert _bases("The Tehama County Sheriff's Office transferred seven people to ICE in the "
                  "first half of 2025. Two of them had convictions that the California Values "
                  "Act lists; the other five were transferred on judicial warrants."
                  ) == ["judicial_warrant", "other"]

"""Phrasing families of the twelfth round: small towns placed by the town table, two months
named with their year, a document's total row over the days it names, and a letter signed
under an office's name."""

from __future__ import annotations

from datetime import date

from factkit import counts, history, total
from pipeline.extract import extract_facts

MAY = date(2026, 5, 4)
JULY = date(2025, 7, 21)


def _officials(text: str, published: date = JULY) -> list[tuple[str, str | None]]:
    return [(o.name, o.role) for o in extract_facts(text, published=published).officials]


# --- a town too small for the city table --------------------------------------------------------

def test_a_police_department_of_a_small_town_is_placed_in_the_one_state_that_has_it() -> None:
    facts = extract_facts(
        "The Kodiak Police Department released six people from its jail to ICE last year, "
        "the chief told the council.", published=MAY)
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == ("Kodiak", "AK")


def test_a_town_name_several_states_share_is_left_without_a_state() -> None:
    facts = extract_facts(
        "The Elkhorn Police Department released six people from its lockup to ICE last year, "
        "the chief told the council.", published=MAY)
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.state is None


# --- two months with their year ----------------------------------------------------------------

def test_two_months_with_their_year_are_one_span_whose_parts_follow() -> None:
    facts = extract_facts(
        "The Maui Police Department confirms that seven people were released from its custody "
        "to ICE in February and March 2026: three in February and four in March.",
        published=MAY)
    assert counts(facts) == [("2026-02", 3, "exact"), ("2026-02-01/2026-03-31", 7, "exact"),
                             ("2026-03", 4, "exact")]
    assert total(facts)[1:] == (7, "exact")


def test_two_months_then_a_day_are_not_a_span() -> None:
    facts = extract_facts(
        "The Maui Police Department released four people to ICE in January and March 12 was "
        "the day the review began.", published=MAY)
    assert counts(facts) == [("2026-01", 4, "exact")]


# --- a document's total row over the days it names ----------------------------------------------

_TABLE = (
    "UMATILLA COUNTY SHERIFF'S OFFICE\n\n"
    "Table 1. Inmates released to U.S. Immigration and Customs Enforcement (ICE) custody\n\n"
    "January ..... 1\n\nFebruary ..... 0\n\nMarch ..... 2\n\nApril ..... 1\n\nMay ..... 0\n\n"
    "June ..... 3\n\n{total}\n\n"
    "For context, the jail booked 2,318 people during the same six months.")


def test_a_total_row_over_named_days_is_the_span_and_the_total() -> None:
    facts = extract_facts(_TABLE.format(total="Total, Jan. 1 - June 30 ..... 7"),
                          published=JULY)
    assert ("2025-01-01/2025-06-30", 7, "exact") in counts(facts)
    assert total(facts)[1:] == (7, "exact")


def test_a_total_row_of_days_in_words_and_a_dash_reads_the_same() -> None:
    facts = extract_facts(_TABLE.format(total="Total, January 1 – June 30: 7"), published=JULY)
    assert ("2025-01-01/2025-06-30", 7, "exact") in counts(facts)


def test_a_span_of_days_with_a_dash_after_from_is_a_range() -> None:
    facts = extract_facts(
        "From January 1 - June 30, the Umatilla County Sheriff's Office released seven people "
        "to ICE.", published=JULY)
    assert counts(facts) == [("2025-01-01/2025-06-30", 7, "exact")]


# --- a letter signed under an office's name -----------------------------------------------------

_LETTER = (
    "Dear Ms. Ortiz:\n\nThe Umatilla County Sheriff's Office released seven people to ICE "
    "between January 1 and June 30.\n\nSincerely,\n\n{signature}")


def test_a_signer_whose_title_sits_above_the_office_line_is_an_official() -> None:
    assert _officials(_LETTER.format(
        signature="Jolene Harrower\nRecords Coordinator\nUmatilla County Sheriff's Office")) == [
        ("Jolene Harrower", "Records Coordinator")]


def test_the_title_line_of_a_signature_is_never_a_name() -> None:
    names = [n for n, _ in _officials(_LETTER.format(
        signature="Jolene Harrower\nRecords Coordinator\nUmatilla County Sheriff's Office"))]
    assert "Records Coordinator" not in names


def test_a_signer_of_a_private_firm_is_no_official() -> None:
    assert _officials(_LETTER.format(
        signature="Jolene Harrower\nRecords Coordinator\nBlue Mountain Paralegal Services")) == []


# --- last year's figure in translation -----------------------------------------------------------

NOVEMBER = date(2025, 11, 12)


def test_people_delivered_the_same_month_of_the_year_past_are_history() -> None:
    facts = extract_facts(
        "The Adams County Sheriff's Office delivered 28 persons to ICE in October. The figure "
        "more than doubles that of the same month of the year past, when the office delivered "
        "ten persons, according to the report.", published=NOVEMBER)
    assert counts(facts) == [("2025-10", 28, "exact")]
    assert history(facts) == [("2024-10", 10, "exact")]


def test_people_delivered_in_the_same_month_of_a_named_year_are_history() -> None:
    facts = extract_facts(
        "The McKinley County Adult Detention Center delivered fourteen persons to ICE in October. "
        "In the same month of 2024 the center delivered six persons.", published=NOVEMBER)
    assert history(facts) == [("2024-10", 6, "exact")]


def test_months_between_two_names_of_the_past_year_are_last_years_span() -> None:
    facts = extract_facts(
        "Between February and April the Wichita County Sheriff's Office delivered 11 persons to "
        "ICE. Between February and April of the past year, the office had delivered only three "
        "persons.", published=date(2026, 5, 10))
    assert history(facts) == [("2025-02-01/2025-04-30", 3, "exact")]


def test_people_delivered_to_another_prison_are_no_handover() -> None:
    facts = extract_facts(
        "The Adams County Sheriff's Office delivered 28 persons to ICE in October. In the same "
        "month the office delivered 40 inmates to the state prison at Cañon City.",
        published=NOVEMBER)
    assert counts(facts) == [("2025-10", 28, "exact")]
    assert history(facts) == []


# --- feed snippets (heldout87) -------------------------------------------------------------------

OCTOBER = date(2025, 10, 9)


def test_a_county_name_with_lower_case_words_is_whole() -> None:
    facts = extract_facts(
        "HELENA — The Lewis and Clark County Detention Center turned 41 people over to ICE in "
        "May.", published=JULY)
    assert facts.agency is not None
    assert facts.jurisdiction is not None
    assert facts.agency.name == "Lewis and Clark County Detention Center"
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == ("Lewis and Clark County", "MT")


def test_two_counties_joined_by_and_are_not_one_name() -> None:
    facts = extract_facts(
        "The Marion and Polk County jails turned 12 people over to ICE in May, the Polk County "
        "Sheriff's Office said.", published=JULY)
    assert facts.agency is not None
    assert facts.agency.name == "Polk County Sheriff's Office"


def test_a_facility_the_sheriffs_office_operates_is_the_offices() -> None:
    facts = extract_facts(
        "The Reno County Correctional Facility, which the sheriff's office operates, released 37 "
        "people into federal immigration custody between January and March.",
        published=date(2026, 4, 14))
    assert facts.agency is not None
    assert facts.agency.name == "Reno County Sheriff's Office"


def test_a_countys_possessive_sheriffs_office_is_the_office() -> None:
    facts = extract_facts(
        "Reno County's sheriff's office said 37 people were released to ICE custody between "
        "Jan. 1 and March 31.", published=date(2026, 4, 21))
    assert facts.agency is not None
    assert facts.agency.name == "Reno County Sheriff's Office"


def test_per_office_policy_names_no_place() -> None:
    facts = extract_facts(
        "NEWS RELEASE — Lewis and Clark County Sheriff's Office\n\n"
        "Per Sheriff's Office policy, an individual is released to ICE only with a warrant. The "
        "office released 41 people to ICE custody in May.", published=JULY)
    assert facts.agency is not None
    assert facts.agency.name == "Lewis and Clark County Sheriff's Office"


def test_a_line_of_labelled_figures_gives_the_handovers_for_its_introductions_period() -> None:
    facts = extract_facts(
        "The Lewis and Clark County Detention Center's statistical summary for fiscal year 2026 "
        "(July 1, 2025 – June 30, 2026) is now available.\n\n"
        "Bookings: 3,412 | Avg. daily population: 186 | ICE detainers received: 58 | Released "
        "to ICE custody: 41", published=JULY)
    assert counts(facts) == [("2025-07-01/2026-06-30", 41, "exact")]


def test_a_line_of_labelled_figures_without_handovers_gives_none() -> None:
    facts = extract_facts(
        "The Lewis and Clark County Sheriff's Office released 41 people to ICE in May.\n\n"
        "Bookings: 3,412 | Avg. daily population: 186 | ICE detainers received: 58",
        published=JULY)
    assert counts(facts) == [("2025-05", 41, "exact")]


def test_no_one_in_one_month_and_some_in_the_next_are_both_counts() -> None:
    facts = extract_facts(
        "In Pierre, the Hughes County Sheriff's Office said it turned over no one to ICE in April "
        "and seven people in May.", published=date(2026, 6, 18))
    assert counts(facts) == [("2026-04", 0, "exact"), ("2026-05", 7, "exact")]


def test_no_one_turned_over_stays_no_handover() -> None:
    facts = extract_facts(
        "The Hughes County Sheriff's Office said it turned over no one to ICE in April.",
        published=date(2026, 6, 18))
    assert counts(facts) in ([], [("2026-04", 0, "exact")])
    assert all(c.count == 0 for c in facts.counts)


def test_a_number_of_people_that_fell_over_years_keeps_both_years() -> None:
    facts = extract_facts(
        "The Ward County Sheriff's Office lowered the number of people it turned over to ICE "
        "from 40 in 2023 to 20 in 2024.", published=date(2025, 9, 10))
    assert counts(facts) == [("2024", 20, "exact")]
    assert history(facts) == [("2023", 40, "exact")]


def test_an_undated_whole_including_a_dated_part_is_the_total() -> None:
    facts = extract_facts(
        "Roughly 60 people have been transferred from the Campbell County Detention Center to "
        "ICE custody under a 287(g) agreement, including nine last month.", published=OCTOBER)
    assert counts(facts) == [("2025-09", 9, "exact")]
    found = total(facts)
    assert found is not None
    assert found[1:] == (60, "about")


def test_an_undated_whole_with_its_part_of_them_is_the_total() -> None:
    facts = extract_facts(
        "The Campbell County Sheriff's Office has handed at least nine people to ICE, five of "
        "them in August.", published=OCTOBER)
    found = total(facts)
    assert found is not None
    assert found[1:] == (9, "at_least")


def test_a_smaller_undated_figure_is_no_whole() -> None:
    facts = extract_facts(
        "The Campbell County Sheriff's Office handed 14 people to ICE last month, including "
        "three women.", published=OCTOBER)
    found = total(facts)
    assert found is not None
    assert found[1:] == (14, "exact")


# --- Caribbean Spanish in literal translation (heldout89) ----------------------------------------

MARCH26 = date(2026, 3, 20)


def test_the_department_of_police_of_a_city_is_its_police_department() -> None:
    facts = extract_facts(
        "DORAL, Florida. — A total of twenty and three (23) persons arrested by the Department "
        "of Police of Doral were delivered to the Service of Immigration and Control of Customs "
        "(ICE) during the month of February.", published=MARCH26)
    assert facts.agency is not None
    assert facts.agency.name == "Doral Police Department"
    assert counts(facts) == [("2026-02", 23, "exact")]


def test_the_fraternal_order_of_police_of_a_state_is_no_police_department() -> None:
    facts = extract_facts(
        "The Fraternal Order of Police of Ohio said the Butler County jail handed 12 people to "
        "ICE in May.", published=MARCH26)
    assert facts.agency is None or "Police" not in facts.agency.name


def test_tens_and_units_joined_by_and_are_one_number() -> None:
    facts = extract_facts(
        "The Office of the Sheriff of the County of Charlotte delivered to ICE thirty and six "
        "persons in July.", published=date(2025, 8, 20))
    assert counts(facts) == [("2025-07", 36, "exact")]


def test_between_twenty_and_three_hundred_stays_two_numbers() -> None:
    from pipeline.extract.numbers import find_numbers
    assert [n.value for n in find_numbers("between twenty and three hundred people")] == [20, 300]


def test_qualifiers_in_literal_translation() -> None:
    from pipeline.extract.numbers import find_numbers
    found = [(n.value, n.qualifier) for n in find_numbers(
        "more of twenty, at the least 38, near of sixty, not less of nine")]
    assert found == [(20, "more_than"), (38, "at_least"), (60, "about"), (9, "at_least")]


def test_a_quarter_of_the_year_passed_is_last_years() -> None:
    facts = extract_facts(
        "The Office of the Sheriff of the County of Charlotte delivered to ICE a total of 117 "
        "persons in the third trimester of the year passed.", published=date(2026, 5, 15))
    assert counts(facts) == [("2025-07-01/2025-09-30", 117, "exact")]


def test_a_month_of_the_year_previous_is_history() -> None:
    facts = extract_facts(
        "The Salem County Correctional Facility delivered nine persons to ICE in April. In April "
        "of the year previous, the facility delivered three persons.", published=date(2026, 5, 15))
    assert counts(facts) == [("2026-04", 9, "exact")]
    assert history(facts) == [("2025-04", 3, "exact")]


def test_the_fiscal_year_federal_runs_october_to_september() -> None:
    facts = extract_facts(
        "The Carbon County Correctional Facility delivered fifty and eight (58) inmates to ICE "
        "during the fiscal year federal 2026, which concluded the past 30 of September. In the "
        "fiscal year 2025 the figure had been of forty and one.", published=date(2026, 10, 20))
    assert counts(facts) == [("2025-10-01/2026-09-30", 58, "exact")]
    assert history(facts) == [("2024-10-01/2025-09-30", 41, "exact")]


def test_the_previous_fiscal_year_closed_with_a_figure_is_history() -> None:
    facts = extract_facts(
        "The Carbon County Correctional Facility delivered 58 inmates to ICE during the fiscal "
        "year federal 2026. The previous fiscal year had closed with forty and one.",
        published=date(2026, 10, 20))
    assert history(facts) == [("2024-10-01/2025-09-30", 41, "exact")]


def test_a_month_inferior_to_another_when_the_police_delivered_more_is_history() -> None:
    facts = extract_facts(
        "The Police of Doral delivered 23 persons to ICE in February. The figure of February is "
        "inferior to that of January, when the Police delivered more of thirty persons.",
        published=MARCH26)
    assert counts(facts) == [("2026-02", 23, "exact")]
    assert history(facts) == [("2026-01", 30, "more_than")]


def test_ages_the_delivered_have_of_between() -> None:
    facts = extract_facts(
        "The Office of the Sheriff of the County of Ulster delivered twelve persons to ICE in the "
        "first semester. The delivered have of between 22 and 57 years of age.",
        published=date(2025, 8, 1))
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (22, 57)


def test_ages_after_a_list_of_demonyms() -> None:
    facts = extract_facts(
        "The persons that the Department of Police of New Britain delivered to the ICE during "
        "the past year are three Dominicans, two Colombians and a Venezuelan, of between 24 and "
        "39 years of age.", published=MARCH26)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (24, 39)


def test_years_of_service_after_a_demonym_are_no_ages() -> None:
    facts = extract_facts(
        "The Office of the Sheriff of the County of Ulster delivered twelve persons to ICE in the "
        "first semester. The warden, an Italian, of between 20 and 30 years of service, spoke.",
        published=date(2025, 8, 1))
    assert facts.age_range is None


def test_a_speaker_after_the_verb_with_a_lower_case_title() -> None:
    assert _officials(
        "The Office of the Sheriff of the County of Salem delivered nine persons to ICE in April. "
        "\"We follow the law,\" indicated the spokesperson of the county, Linda Marchetti, by "
        "telephone.") == [("Linda Marchetti", "spokesperson of the county")]


def test_a_lower_case_councilman_with_an_appositive_clause_speaks() -> None:
    names = [n for n, _ in _officials(
        "The Department of Police of New Britain delivered six persons to ICE last year. The "
        "councilman Javier Morales, that represents a district of the center, expressed that the "
        "figures are worrying.")]
    assert "Javier Morales" in names


def test_a_lower_case_spokesman_of_an_advocacy_group_is_no_official() -> None:
    names = [n for n, _ in _officials(
        "The Office of the Sheriff of the County of Salem delivered nine persons to ICE in April. "
        "\"It is unjust,\" indicated the spokesman Tom Reyes of the coalition Voces Unidas.")]
    assert "Tom Reyes" not in names


def test_a_spokeswoman_who_speaks_of_a_coalition_stays_an_official() -> None:
    names = [n for n, _ in _officials(
        "The Salem County Sheriff's Office handed nine people to ICE in April. Spokeswoman Dana "
        "Whitfield said the coalition is wrong about the jail.")]
    assert "Dana Whitfield" in names


def test_a_school_superintendent_is_no_official() -> None:
    names = [n for n, _ in _officials(
        "The Salem County Sheriff's Office handed nine people to ICE in April. The superintendent "
        "Ana Diaz of the school district said the children are afraid.")]
    assert "Ana Diaz" not in names


# --- verbatim transcripts (heldout90) ------------------------------------------------------------

def test_the_sheriffs_office_which_runs_a_named_jail_is_the_agency() -> None:
    facts = extract_facts(
        "The sheriff's office, which runs the Taney County Jail, presents this report each "
        "October.\n\nSHERIFF: We turned over one hundred and four people from the Taney County "
        "Jail to ICE last year.", published=date(2025, 11, 10))
    assert facts.agency is not None
    assert facts.agency.name == "Taney County Sheriff's Office"


def test_a_spoken_list_of_months_each_with_was() -> None:
    facts = extract_facts(
        "The Story County Sheriff's Office reported to the board.\n\n"
        "SUPERVISOR OKAFOR: So how many actually went to ICE?\n\n"
        "SHERIFF BRANDVOLD: Turned over to ICE from our facility: July was fourteen. August was "
        "nine. And September was twelve.", published=date(2025, 10, 7))
    assert counts(facts) == [("2025-07", 14, "exact"), ("2025-08", 9, "exact"),
                             ("2025-09", 12, "exact")]


def test_a_month_that_was_the_busiest_is_no_bare_list_item() -> None:
    facts = extract_facts(
        "The Story County Sheriff's Office turned 35 people over to ICE in the third quarter. "
        "August was a hard month for the jail staff.", published=date(2025, 10, 7))
    assert counts(facts) == [("2025-07-01/2025-09-30", 35, "exact")]


# --- agency documents (heldout91) -----------------------------------------------------------------

def test_a_forms_code_is_no_figure() -> None:
    from pipeline.extract.numbers import find_numbers
    assert [n.value for n in find_numbers("TRF to ERO (I-203) 36, request PRR-2025-0187")] == [36]


def test_a_csv_row_of_handovers_under_a_header_of_periods() -> None:
    facts = extract_facts(
        "HOUSTON COUNTY SHERIFF'S OFFICE\n\nJail statistics, first quarter. Releases to ICE are "
        "people transferred from our custody to ICE.\n\n"
        '"Category","Jan-26","Feb-26","Mar-26","Q1 CY26","Q1 CY25"\n'
        '"Bookings",702,655,731,2088,1964\n'
        '"Det. received (I-247A)",14,9,17,40,22\n'
        '"TRF to ICE (det.) [1]",11,8,13,32,17\n'
        '"Rel. to USMS",3,1,2,6,5', published=date(2026, 4, 10))
    assert sorted(counts(facts)) == [("2026-01", 11, "exact"),
                                     ("2026-01-01/2026-03-31", 32, "exact"),
                                     ("2026-02", 8, "exact"), ("2026-03", 13, "exact")]
    assert history(facts) == [("2025-01-01/2025-03-31", 17, "exact")]
    found = total(facts)
    assert found is not None
    assert found[1:] == (32, "exact")


def test_a_pipe_row_of_handovers_reads_dashes_as_none_only_with_a_legend() -> None:
    table = ("The Catawba County Sheriff's Office released people to ICE this spring.\n\n"
             "| Measure | Apr 2026 | May 2026 | Jun 2026 |\n"
             "| --- | --- | --- | --- |\n"
             "| Released to ICE | 7 | -- | 5 |\n\n{legend}")
    with_legend = extract_facts(table.format(legend='Legend: "--" = none.'),
                                published=date(2026, 7, 10))
    assert ("2026-05", 0, "exact") in counts(with_legend)
    without = extract_facts(table.format(legend=""), published=date(2026, 7, 10))
    assert [c for c in counts(without) if c[0] == "2026-05"] == []


def test_a_row_of_detainers_under_a_header_of_periods_gives_no_count() -> None:
    facts = extract_facts(
        "The Catawba County Sheriff's Office released 12 people to ICE in the second quarter.\n\n"
        "| Measure | Apr 2026 | May 2026 | Jun 2026 |\n"
        "| Detainers received from ICE | 17 | 21 | 19 |", published=date(2026, 7, 10))
    assert counts(facts) == [("2026-04-01/2026-06-30", 12, "exact")]


def test_members_of_a_roll_call_who_speak_under_a_transcripts_label_are_officials() -> None:
    names = [n for n, _ in _officials(
        "MEMBERS PRESENT: Chair Odalys Brennecke; Supervisors Marcus Feeney, Hilde Aamodt, Ruth "
        "Lindgren-Castro.\n\nThe Rock County Sheriff's Office released 18 people to ICE in the "
        "first half.\n\nSUPERVISOR FEENEY: How many went to ICE in June?\n\n"
        "[00:14:32] SUPERVISOR LINDGREN-CASTRO: And why so many?")]
    assert "Marcus Feeney" in names
    assert "Ruth Lindgren-Castro" in names
    assert "Hilde Aamodt" not in names  # listed, never heard


def test_a_total_row_whose_label_names_its_fiscal_year_is_that_years_count() -> None:
    facts = extract_facts(
        "DORCHESTER COUNTY SHERIFF'S OFFICE\n\n287(g) steering committee report. Transfers to "
        "ICE in the federal fiscal year, by quarter:\n\n"
        "| Quarter | Encounters | TRF to ERO (I-203) |\n| --- | --- | --- |\n"
        "| Q1 FY25 (Oct-Dec 2024) | 88 | 36 |\n| Q2 FY25 (Jan-Mar 2025) | 102 | 49 |\n"
        "| FY25 TOTAL | 190 | 85 |", published=date(2025, 11, 3))
    assert ("2024-10-01/2025-09-30", 85, "exact") in counts(facts)
    found = total(facts)
    assert found is not None
    assert found[1:] == (85, "exact")


def test_days_of_one_month_with_a_dash_are_a_span() -> None:
    facts = extract_facts(
        "ERO Atlanta took custody of 15 noncitizens Aug. 4-8 after they were transferred into ICE "
        "custody from the Henry County Jail.", published=date(2025, 8, 12))
    assert counts(facts) == [("2025-08-04/2025-08-08", 15, "exact")]


def test_hours_and_votes_with_a_dash_are_no_span_of_days() -> None:
    from pipeline.extract.periods import find_periods
    from pipeline.extract.sentences import make_document
    for text in ("The office is open March 3-5 p.m. on weekdays.", "The vote was 4-3 in May."):
        doc = make_document(text, published=date(2025, 8, 12))
        assert all("/" not in p.label for p in find_periods(text, doc, {})), text


def test_a_quarter_alone_is_a_part_of_the_years_figure() -> None:
    facts = extract_facts(
        "The Cole County Sheriff's Office turned sixty-one people over to ICE in 2025. The fourth "
        "quarter alone was close to two dozen.", published=date(2026, 2, 10))
    assert counts(facts) == [("2025", 61, "exact"), ("2025-10-01/2025-12-31", 24, "about")]


def test_a_state_alone_is_no_part() -> None:
    facts = extract_facts(
        "The Cole County jail turned 61 people over to ICE in 2025, and Texas alone saw 400.",
        published=date(2026, 2, 10))
    assert counts(facts) == [("2025", 61, "exact")]


_RECORDS = (
    "ARLINGTON COUNTY SHERIFF'S OFFICE\n\nDear Ms. Varga:\n\nUnless stated otherwise, each figure "
    "covers calendar year 2025 (January 1 through December 31, 2025).\n\n"
    "1. Number of immigration detainers (DHS Form I-247A) received by the Detention Facility: "
    "143.\n\n2. Number of individuals released from the Detention Facility directly into the "
    "custody of ICE: 11.\n\n4. Number of individuals released directly to ICE in calendar year "
    "2024: 6.")


def test_a_records_letters_numbered_answers_give_the_handovers_for_its_period() -> None:
    facts = extract_facts(_RECORDS, published=date(2026, 1, 16))
    assert counts(facts) == [("2025", 11, "exact")]
    assert history(facts) == [("2024", 6, "exact")]


def test_a_procedures_section_heading_and_future_duties_report_no_handover() -> None:
    facts = extract_facts(
        "FAUQUIER COUNTY SHERIFF'S OFFICE\n\nGeneral Order 5-12: Immigration detainers.\n\n"
        "C. Release to ICE. Custody will be transferred only at the sally port, to an ERO officer "
        "presenting credentials.\n\nThe Classification Supervisor will report monthly to the "
        "Sheriff the number of detainers received and the number of persons released to ICE.",
        published=date(2026, 9, 1))
    assert not facts.transfer_report


def test_a_records_requests_item_with_no_record_reports_no_handover() -> None:
    facts = extract_facts(
        "NEWPORT NEWS SHERIFF'S OFFICE\n\n2. The number of individuals released from the jail to "
        "U.S. Immigration and Customs Enforcement (ICE). The Office has no record responsive to "
        "this item.", published=date(2026, 9, 1))
    assert not facts.transfer_report


def test_the_number_released_to_ice_that_rose_is_still_a_handover() -> None:
    facts = extract_facts(
        "The number of people released to ICE from the Newport News jail rose to 14 last year.",
        published=date(2026, 9, 1))
    assert counts(facts) == [("2025", 14, "exact")]


def test_a_town_after_an_opening_preposition_places_a_shared_county_name() -> None:
    facts = extract_facts(
        "In Pierre, the Hughes County Sheriff's Office said it turned over seven people to ICE in "
        "May.", published=date(2026, 6, 18))
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == ("Hughes County", "SD")


def test_people_picked_up_by_the_marshals_not_by_ice_are_no_count() -> None:
    facts = extract_facts(
        "The Ward County Sheriff's Office revised its August count. Two of the people first "
        "counted were picked up by U.S. Marshals on federal warrants, not by ICE, Sheriff Gene "
        "Ostby said.", published=date(2025, 9, 10))
    assert all(c.count != 2 for c in facts.counts)


def test_people_picked_up_by_ice_are_still_a_count() -> None:
    facts = extract_facts(
        "Two people were picked up by ICE at the Ward County jail in August, Sheriff Gene Ostby "
        "said.", published=date(2025, 9, 10))
    assert counts(facts) == [("2025-08", 2, "exact")]

"""Phrasing families of the eleventh round: lists that go on after their first count, stories
translated from Spanish (dates, numbers and idioms kept), and a county detention center's
director."""

from __future__ import annotations

from datetime import date

from factkit import counts, history, total
from pipeline.extract import extract_facts

APRIL = date(2025, 4, 22)
AUGUST = date(2025, 8, 19)
NOVEMBER = date(2025, 11, 12)


def _officials(text: str, published: date = APRIL) -> list[tuple[str, str | None]]:
    return [(o.name, o.role) for o in extract_facts(text, published=published).officials]


# --- a list that goes on after its first count -------------------------------------------------

def test_bare_figures_after_their_months_continue_a_list_after_a_count() -> None:
    facts = extract_facts(
        "In January, the Ector County Sheriff's Office delivered to ICE fourteen persons; in "
        "February, eleven; and in March, seventeen.", published=APRIL)
    assert counts(facts) == [("2025-01", 14, "exact"), ("2025-02", 11, "exact"),
                             ("2025-03", 17, "exact")]


def test_a_later_item_keeps_its_month_from_the_figure_before_it() -> None:
    facts = extract_facts(
        "The figures show that in January the Ector County Sheriff's Office delivered fourteen "
        "persons to ICE agents, in February eleven, and in March the figure was of seventeen.",
        published=APRIL)
    assert counts(facts) == [("2025-01", 14, "exact"), ("2025-02", 11, "exact"),
                             ("2025-03", 17, "exact")]


def test_a_later_item_with_a_noun_of_other_things_is_no_count() -> None:
    facts = extract_facts(
        "In January, the Ector County Sheriff's Office handed 14 people to ICE; in February, "
        "410 were booked; and in March, 52 detainers arrived.", published=APRIL)
    assert counts(facts) == [("2025-01", 14, "exact")]


# --- corrections in translation ----------------------------------------------------------------

def test_a_previous_version_in_an_editors_note_is_superseded() -> None:
    facts = extract_facts(
        "Note of the editors: A previous version of this article, published the 18 of April, "
        "indicated that in February the Ector County Sheriff's Office had delivered thirteen "
        "persons to ICE. The correct figure is eleven.\n\n"
        "In January, the office delivered to ICE fourteen persons; in February, eleven.",
        published=APRIL)
    assert counts(facts) == [("2025-01", 14, "exact"), ("2025-02", 11, "exact")]


# --- nationalities and numbers spelt out --------------------------------------------------------

def test_originally_of_a_country_opens_a_breakdown_with_hundreds_in_words() -> None:
    facts = extract_facts(
        "The Grady County Jail handed 212 persons to ICE in July. Of the total, one hundred "
        "eighteen were originally of Mexico, forty-one of Guatemala and fourteen of Venezuela.",
        published=AUGUST)
    assert {(n.country, n.count) for n in facts.nationalities} == {
        ("Mexico", 118), ("Guatemala", 41), ("Venezuela", 14)}


# --- dates in translation ----------------------------------------------------------------------

def test_a_fiscal_year_that_closed_the_30_of_june_is_the_july_to_june_year() -> None:
    facts = extract_facts(
        "In the fiscal year that closed the 30 of June, the Grady County Jail handed to "
        "Immigration and Customs Enforcement two hundred twelve persons.", published=AUGUST)
    assert counts(facts) == [("2024-07-01/2025-06-30", 212, "exact")]


def test_months_with_of_before_their_years_make_one_span() -> None:
    facts = extract_facts(
        "Two hundred twelve persons were handed from the Grady County Jail to ICE between July "
        "of 2024 and June of 2025.", published=AUGUST)
    assert counts(facts) == [("2024-07-01/2025-06-30", 212, "exact")]


def test_a_whole_then_its_part_in_the_second_semester() -> None:
    facts = extract_facts(
        "Of the fifty-eight persons that the Scotts Bluff County Detention Center delivered to "
        "Immigration and Customs Enforcement in 2025, thirty-four passed to federal custody in "
        "the second semester of the year, between July and December.", published=date(2026, 1, 29))
    assert counts(facts) == [("2025", 58, "exact"), ("2025-07-01/2025-12-31", 34, "exact")]
    assert total(facts) == ("2025", 58, "exact")


def test_in_what_goes_of_the_year_is_so_far_this_year() -> None:
    facts = extract_facts(
        "In what goes of the year, the Wyandotte County Sheriff's Office has delivered to "
        "federal immigration agents at least nine persons.", published=date(2025, 7, 15))
    assert counts(facts) == [("2025", 9, "at_least")]


def test_the_deliveries_of_the_year_reached_is_the_year_so_far() -> None:
    facts = extract_facts(
        "In October, the Dodge County Sheriff's Office delivered to ICE eleven persons, and "
        "with that the deliveries of the year already reached the forty-one.",
        published=NOVEMBER)
    assert counts(facts) == [("2025-01-01/2025-10-31", 41, "exact"), ("2025-10", 11, "exact")]


def test_this_years_total_after_a_month_stays_the_year() -> None:
    facts = extract_facts(
        "By the department's count, the Lexington County Sheriff's Department transferred 27 "
        "people to ICE in October, bringing this year's total to more than 200.",
        published=NOVEMBER)
    assert ("2025", 200, "more_than") in counts(facts)


# --- comparisons in translation ----------------------------------------------------------------

def test_the_same_month_of_the_past_year_after_a_ratio_is_history() -> None:
    facts = extract_facts(
        "The Dodge County Sheriff's Office delivered the past month to Immigration and Customs "
        "Enforcement eleven persons who were retained by immigration detainers, almost three "
        "times more than in the same month of the past year, when they were four.",
        published=NOVEMBER)
    assert counts(facts) == [("2025-10", 11, "exact")]
    assert history(facts) == [("2024-10", 4, "exact")]


def test_a_year_in_which_the_deliveries_were_is_history() -> None:
    facts = extract_facts(
        "This year, the Wyandotte County Sheriff's Office has delivered to ICE at least nine "
        "persons, a change after a 2024 in which the deliveries were only two.",
        published=date(2025, 7, 15))
    assert history(facts) == [("2024", 2, "exact")]


# --- officials ---------------------------------------------------------------------------------

def test_a_lower_case_title_after_a_capital_the_opens_an_official() -> None:
    assert _officials(
        "The Wyandotte County Sheriff's Office handed nine people to ICE this year. The sheriff "
        "Delbert Quiñones explained, in a meeting with reporters, that his office needs a "
        "warrant.") == [("Delbert Quiñones", "sheriff")]


def test_the_director_of_a_county_detention_center_is_an_official() -> None:
    assert _officials(
        "The Scotts Bluff County Detention Center handed 58 people to ICE in 2025. The director "
        "of the center, Ramona Aguirre-Platt, confirmed the figures. \"We follow the order,\" "
        "said Aguirre-Platt.") == [("Ramona Aguirre-Platt", "director of the center")]


def test_the_director_of_a_private_ice_prison_is_no_official() -> None:
    assert _officials(
        "The Scotts Bluff County Sheriff's Office handed 58 people to ICE in 2025; they went to "
        "the Stewart Detention Center. \"We take them all,\" said Ramona Aguirre-Platt, director "
        "of the Detention Center.") == []


def test_the_director_of_a_community_center_is_no_official() -> None:
    assert _officials(
        "The Hardin County Detention Center handed 12 people to ICE in May. \"Families call us "
        "every day,\" said Noemi Castellanos, director of the Lincoln Trail Newcomer Center.",
        published=date(2025, 6, 20)) == []


# --- literal translations from Spanish (heldout79) ---------------------------------------------

def test_delivered_to_agents_of_the_service_of_immigration_is_a_handover() -> None:
    facts = extract_facts(
        "The Office of the Sheriff of the County of Pueblo delivered to agents of the Service of "
        "Immigration and Control of Customs (ICE) four persons in January, seven in February and "
        "five in March of this year.", published=date(2026, 4, 14))
    assert facts.agency is not None
    assert facts.agency.name == "Pueblo County Sheriff's Office"
    assert counts(facts) == [("2026-01", 4, "exact"), ("2026-02", 7, "exact"),
                             ("2026-03", 5, "exact")]


def test_passed_from_the_jail_of_the_county_of_a_two_word_county() -> None:
    facts = extract_facts(
        "At least twenty-two persons passed from the jail of the county of Santa Cruz to the "
        "custody of the Service of Immigration and Control of Customs (ICE) during the month of "
        "May.", published=date(2026, 6, 9))
    assert facts.agency is not None
    assert facts.agency.name == "Santa Cruz County Jail"
    assert counts(facts) == [("2026-05", 22, "at_least")]


def test_a_facility_of_the_county_of_with_its_name_in_brackets_keeps_its_period() -> None:
    facts = extract_facts(
        "More than a dozen persons held in the Adult Detention Center of the County of McKinley "
        "(McKinley County Adult Detention Center) were delivered to agents of ICE during the past "
        "month of October.", published=date(2025, 11, 5))
    assert facts.agency is not None
    assert facts.agency.name == "McKinley County Adult Detention Center"
    assert counts(facts) == [("2025-10", 12, "more_than")]


def test_ages_of_between_two_figures_in_years() -> None:
    for sentence in ("All are men of between 22 and 57 years.",
                     "The persons delivered are of between 22 and 57 years of age."):
        facts = extract_facts("The Pueblo County Sheriff's Office handed 16 people to ICE in "
                              f"March. {sentence}", published=date(2026, 4, 14))
        assert facts.age_range is not None
        assert (facts.age_range.low, facts.age_range.high) == (22, 57)


def test_terms_of_between_years_are_no_ages() -> None:
    facts = extract_facts(
        "The Pueblo County Sheriff's Office handed 16 people to ICE in March. Several persons "
        "sentenced to terms of between 10 and 20 years remain.", published=date(2026, 4, 14))
    assert facts.age_range is None


def test_an_order_of_arrest_signed_by_a_federal_judge_is_a_judicial_warrant() -> None:
    facts = extract_facts(
        "The Adams County Sheriff's Office handed 28 people to ICE in August. All left the jail "
        "with an order of arrest signed by a federal judge.", published=date(2025, 9, 16))
    assert [b.kind for b in facts.legal_basis] == ["judicial_warrant"]


def test_a_warrant_not_signed_by_a_judge_and_a_project_of_law_are_no_bases() -> None:
    facts = extract_facts(
        "The Gila County Sheriff's Office handed 50 people to ICE in 2025. \"An administrative "
        "warrant is not signed by a judge,\" the lawyer said. Legislators prepare a project of "
        "law that would oblige the jails to hold the persons with a detainer of ICE.",
        published=date(2026, 2, 3))
    assert not {b.kind for b in facts.legal_basis} & {"judicial_warrant", "detainer"}


def test_a_fiscal_year_that_went_from_the_1_of_july_with_the_fiscal_year_previous() -> None:
    facts = extract_facts(
        "The Eddy County Detention Center delivered to ICE one hundred four persons in the fiscal "
        "year 2025 of the county, which went from the 1 of July of 2024 to the 30 of June of 2025, "
        "compared with eighty-one in the fiscal year previous.", published=date(2025, 7, 18))
    assert counts(facts) == [("2024-07-01/2025-06-30", 104, "exact")]
    assert history(facts) == [("2023-07-01/2024-06-30", 81, "exact")]


def test_the_administrator_in_a_relative_clause_is_the_role() -> None:
    assert _officials(
        "The Eddy County Detention Center handed 104 people to ICE last year. The figures appear "
        "in the annual report that the administrator of the center, Rogelio Baca, presented. "
        "\"It grew,\" said Baca.") == [("Rogelio Baca", "administrator of the center")]


def test_the_post_after_a_rank_is_the_role() -> None:
    assert _officials(
        "The Pueblo County Sheriff's Office handed 16 people to ICE in March. \"We need an "
        "order,\" explained the sergeant Marisol Quintana, spokeswoman of the office."
    ) == [("Marisol Quintana", "spokeswoman of the office")]


def test_trimesters_named_once_and_a_semester_by_comparison() -> None:
    facts = extract_facts(
        "The Wasatch County Sheriff's Office delivered to ICE nineteen persons in the first "
        "semester of 2025: eight in the first trimester and eleven in the second. In the first "
        "semester of 2024, by comparison, the jail delivered seven persons.",
        published=date(2025, 7, 24))
    assert counts(facts) == [("2025-01-01/2025-03-31", 8, "exact"),
                             ("2025-01-01/2025-06-30", 19, "exact"),
                             ("2025-04-01/2025-06-30", 11, "exact")]
    assert history(facts) == [("2024-01-01/2024-06-30", 7, "exact")]


def test_her_first_trimester_is_no_quarter() -> None:
    facts = extract_facts(
        "The Wasatch County Sheriff's Office delivered nine persons to ICE in 2025. One woman was "
        "in her first trimester.", published=date(2026, 1, 24))
    assert counts(facts) == [("2025", 9, "exact")]


def test_a_year_closed_with_a_total_and_a_part_delivered_only_in_december() -> None:
    facts = extract_facts(
        "The Gila County Sheriff's Office closed the year 2025 with a total of close to fifty "
        "persons delivered to ICE, and seven of them were delivered only in the month of "
        "December.", published=date(2026, 2, 3))
    assert counts(facts) == [("2025", 50, "about"), ("2025-12", 7, "exact")]


def test_a_broadcast_interview_with_named_speakers_and_a_question_after_a_lead_in() -> None:
    facts = extract_facts(
        "The transcript of our interview with the chief deputy of the Santa Cruz County "
        "Sheriff's Office, Norma Elizondo, about its agreement with ICE.\n\n"
        "NOTICIAS 9: Many viewers ask us the same: how many persons did the jail deliver to ICE "
        "in May?\n\n"
        "ELIZONDO: In May they were twenty-two.\n\n"
        "NOTICIAS 9: And since the beginning of the program?\n\n"
        "ELIZONDO: Since the agreement entered in vigor, the 1 of March, we have delivered "
        "sixty-three persons in total.", published=date(2026, 6, 16))
    assert counts(facts) == [("2026-05", 22, "exact")]
    assert total(facts) == ("", 63, "exact")


# --- agency documents with dot leaders (heldout80) ---------------------------------------------

_MEMO = (
    "KITSAP COUNTY SHERIFF'S OFFICE\n"
    "CORRECTIONS DIVISION\n\n"
    "RE: Q4 2025 summary of ICE-related contacts, Kitsap County Jail\n\n"
    "3. ICE documents received\n\n"
    "Immigration detainers (I-247A) ..... 19\n"
    "Administrative warrants (I-200) ..... 14\n\n"
    "4. Releases from the Kitsap County Jail to ICE custody\n\n"
    "October ..... 2\n"
    "November ..... 0\n"
    "December ..... 3\n"
    "Q4 total ..... 5\n\n"
    "Releases to ICE occur only on a federal judicial warrant.\n\n"
    "Prior year (FY 2023-24) total ..... 13"
)


def test_dot_leader_rows_are_counts_with_their_quarter_total() -> None:
    facts = extract_facts(_MEMO, published=date(2026, 1, 7))
    assert counts(facts) == [("2025-10", 2, "exact"), ("2025-10-01/2025-12-31", 5, "exact"),
                             ("2025-11", 0, "exact"), ("2025-12", 3, "exact")]
    assert total(facts) == ("2025-10-01/2025-12-31", 5, "exact")


def test_a_letterhead_in_capitals_names_the_operator_of_the_jail() -> None:
    facts = extract_facts(_MEMO, published=date(2026, 1, 7))
    assert facts.agency is not None
    assert facts.agency.name == "Kitsap County Sheriff's Office"


def test_rows_of_documents_received_are_no_legal_basis() -> None:
    facts = extract_facts(_MEMO, published=date(2026, 1, 7))
    assert [b.kind for b in facts.legal_basis] == ["judicial_warrant"]


def test_a_dot_leader_does_not_end_a_sentence_but_an_ellipsis_does() -> None:
    from pipeline.extract.sentences import split_sentences
    texts = [s.text for s in split_sentences("October ..... 2\nHe paused... Then he left.")]
    assert texts == ["October ..... 2", "He paused...", "Then he left."]


def test_a_prior_year_row_with_its_fiscal_year_in_brackets_is_history() -> None:
    facts = extract_facts(
        "Yolo County jail: transfers to ICE custody, by fiscal year:\n\n"
        "FY 2024-25 total ..... 9\n"
        "Prior year (FY 2023-24) total ..... 13", published=date(2025, 8, 1))
    assert counts(facts) == [("2024-07-01/2025-06-30", 9, "exact")]
    assert history(facts) == [("2023-07-01/2024-06-30", 13, "exact")]


def test_a_row_labelled_with_its_month_after_a_comma() -> None:
    facts = extract_facts(
        "GRANT COUNTY SHERIFF'S OFFICE\n\n"
        "Released to ICE on federal judicial warrant, March ..... 2\n"
        "Released to ICE on federal judicial warrant, year to date ..... 6",
        published=date(2026, 4, 6))
    assert counts(facts) == [("2026", 6, "exact"), ("2026-03", 2, "exact")]


def test_a_facility_without_a_county_is_run_by_the_one_sheriffs_office_named() -> None:
    facts = extract_facts(
        "The Sonoma County Sheriff's Office, which operates the jail, answered the board's "
        "questions on Tuesday. Eleven "
        "people were released from the Main Adult Detention Facility to ICE in September 2025.",
        published=date(2025, 10, 20))
    assert facts.agency is not None
    assert facts.agency.name == "Sonoma County Sheriff's Office"


def test_a_facility_stays_the_agency_when_another_countys_office_is_named() -> None:
    facts = extract_facts(
        "ICE transfers: Twenty-six detainees left the Hill-Finklea Detention Center, Berkeley "
        "County's jail in Moncks Corner, in the custody of Immigration and Customs Enforcement "
        "during May.\n\nScam warning: The Dorchester County Sheriff's Office "
        "warned residents about callers.", published=date(2026, 6, 14))
    assert facts.agency is not None
    assert facts.agency.name == "Hill-Finklea Detention Center"


def test_not_holding_anyone_on_a_detainer_is_no_basis_but_unless_a_detainer_is() -> None:
    refused = extract_facts(
        "The Maui Police Department released three people to ICE in February. MPD does not hold "
        "any person past the time allowed by law on the basis of an ICE detainer request.",
        published=date(2026, 3, 10))
    assert "detainer" not in {b.kind for b in refused.legal_basis}
    held = extract_facts(
        "The Ada County Sheriff's Office released three people to ICE in February. The office "
        "does not hold anyone past their release date unless ICE has lodged a detainer.",
        published=date(2026, 3, 10))
    assert "detainer" in {b.kind for b in held.legal_basis}


# --- broadcast transcripts and scripts (heldout81) ----------------------------------------------

def test_spoken_months_as_topics_with_a_zero_said_twice() -> None:
    facts = extract_facts(
        "SHERIFF DOLLISON: These are people the Muskingum County Sheriff's Office released from "
        "our jail to ICE custody. January, we turned over four. February, six. March, there were "
        "none -- zero in March. April, seven.", published=date(2025, 7, 17))
    assert counts(facts) == [("2025-01", 4, "exact"), ("2025-02", 6, "exact"),
                             ("2025-03", 0, "exact"), ("2025-04", 7, "exact")]


def test_spoken_quarters_after_the_years_figure_are_its_parts() -> None:
    facts = extract_facts(
        "ROWE: It was 214 people the Bradley County Sheriff's Office turned over to ICE in 2025. "
        "The first quarter, it was roughly forty. Then the second quarter was fifty-two. The "
        "third quarter was sixty-one. And then October through December we had sixty.",
        published=date(2026, 1, 28))
    assert counts(facts) == [("2025", 214, "exact"), ("2025-01-01/2025-03-31", 40, "about"),
                             ("2025-04-01/2025-06-30", 52, "exact"),
                             ("2025-07-01/2025-09-30", 61, "exact"),
                             ("2025-10-01/2025-12-31", 60, "exact")]
    assert history(facts) == []


def test_an_answer_after_a_clarifying_exchange_answers_the_question() -> None:
    facts = extract_facts(
        "CONLEY: How many people has the Boyd County Detention Center turned over to ICE?\n\n"
        "PRUITT: Well, you mean this summer, or since I've been jailer, or --\n\n"
        "CONLEY: Let's do the last quarter. July through September.\n\n"
        "PRUITT: July, we released twelve. August was nine. And September was fifteen.",
        published=date(2025, 10, 10))
    assert counts(facts) == [("2025-07", 12, "exact"), ("2025-08", 9, "exact"),
                             ("2025-09", 15, "exact")]


def test_a_question_about_another_thing_between_stops_the_answer() -> None:
    facts = extract_facts(
        "Q: How many people did the Boyd County Detention Center turn over to ICE?\n\n"
        "A: I can't give you that number today.\n\n"
        "Q: And detainers?\n\n"
        "A: Forty-one in July.", published=date(2025, 10, 10))
    assert not facts.transfer_report


def test_sound_bite_cues_name_officials_but_not_lawyers() -> None:
    facts = extract_facts(
        "The Boyd County Detention Center handed 36 people over to ICE this summer.\n\n"
        "(SOT -- Eric Maynard, Boyd County Judge-Executive)\n\"We're in the hole on the jail.\"\n\n"
        "[SOT -- Sheriff Hollis Kincaid]\n\"We follow the law.\"\n\n"
        "(ACTUALITY -- Commissioner Diane Shook -- :09)\n\"It costs us.\"\n\n"
        "(SOT -- Lena Castellano, immigration attorney)\n\"They should not do it.\"",
        published=date(2025, 9, 10))
    assert [(o.name, o.role) for o in facts.officials] == [
        ("Eric Maynard", "Boyd County Judge-Executive"), ("Hollis Kincaid", "Sheriff"),
        ("Diane Shook", "Commissioner")]


def test_ordinal_days_in_a_covered_span_date_that_stretch() -> None:
    facts = extract_facts(
        "The Boyd County Detention Center gave its numbers. The records cover July 1st through "
        "September 30th. In that stretch, the jail released 36 people into the custody of "
        "Immigration and Customs Enforcement.", published=date(2025, 10, 10))
    assert counts(facts) == [("2025-07-01/2025-09-30", 36, "exact")]


def test_people_who_went_to_ice_when_their_case_was_done() -> None:
    facts = extract_facts(
        "The Bradley County Sheriff's Office runs the county jail. The 214 is people who came in "
        "on a state charge, got screened by our 287(g) officers, and went to ICE when their local "
        "case was done.", published=date(2026, 1, 28))
    assert facts.transfer_report
    assert total(facts) == ("", 214, "exact")


def test_people_go_to_ice_when_is_a_policy_not_a_report() -> None:
    facts = extract_facts(
        "The Bradley County Sheriff's Office runs the county jail. People go to ICE when their "
        "local charge is resolved.", published=date(2026, 1, 28))
    assert not facts.transfer_report


def test_in_the_months_of_two_months_is_their_span() -> None:
    facts = extract_facts(
        "The Dukes County Sheriff's Office delivered to the immigration authority, the ICE, "
        "eleven persons in the months of January and February.", published=date(2026, 3, 4))
    assert counts(facts) == [("2026-01-01/2026-02-28", 11, "exact")]


# --- other-language stories in literal translation (heldout83) ---------------------------------

def test_gave_people_with_figures_in_brackets_and_into_the_hands_of_ice() -> None:
    facts = extract_facts(
        "The Calvert County Sheriff's Office gave five (5) people to ICE in the month of "
        "September, eight (8) people in the month of October.", published=date(2025, 12, 10))
    assert counts(facts) == [("2025-09", 5, "exact"), ("2025-10", 8, "exact")]
    handed = extract_facts(
        "The Framingham Police Department gave at least nine (9) people it had arrested into the "
        "hands of ICE agents in the month of June 2025.", published=date(2025, 12, 10))
    assert counts(handed) == [("2025-06", 9, "at_least")]


def test_gave_detainer_forms_to_ice_is_no_handover() -> None:
    facts = extract_facts("The Calvert County Detention Center gave 27 detainer forms to ICE in "
                          "June.", published=date(2025, 12, 10))
    assert not facts.transfer_report


def test_lower_case_titles_of_a_warden_a_deputy_sheriff_and_a_chief_of_police() -> None:
    assert _officials(
        "The Clinton County Sheriff's Office handed nine people to ICE in June. The deputy "
        "sheriff, Mr. Thomas Mroczek, confirmed the figures. The warden of the prison, Curtis "
        "Lenhart, explained the law.") == [("Thomas Mroczek", "deputy sheriff"),
                                           ("Curtis Lenhart", "warden of the prison")]


def test_a_detention_request_and_so_called_detainers_are_detainers() -> None:
    for sentence in ("All of them were handed over after ICE issued a detention request.",
                     "All were handed over on the basis of so-called detainers."):
        facts = extract_facts("The Centre County Correctional Facility handed nine people to "
                              f"ICE in June. {sentence}", published=date(2026, 1, 20))
        assert [b.kind for b in facts.legal_basis] == ["detainer"]


def test_a_detention_request_the_police_cannot_hold_on_is_no_basis() -> None:
    facts = extract_facts(
        "The Framingham Police Department handed nine people to ICE in June. A 2017 ruling says "
        "police cannot hold someone only on the basis of a detention request, the so-called "
        "\"detainer\".", published=date(2026, 1, 20))
    assert facts.legal_basis == ()


def test_demonyms_of_more_countries_and_a_list_after_a_colon() -> None:
    facts = extract_facts(
        "The Lebanon County Correctional Facility handed 13 people to ICE in 2025. Among the "
        "handed over were: 7 citizens of the Dominican Republic, 4 Egyptians and 2 Poles.",
        published=date(2026, 1, 20))
    assert {(n.country, n.count) for n in facts.nationalities} == {
        ("Dominican Republic", 7), ("Egypt", 4), ("Poland", 2)}


def test_months_by_number_in_a_list_that_names_each_month_first() -> None:
    facts = extract_facts(
        "The Somerset County Sheriff's Office said month 1 the jail handed over to ICE 14 "
        "persons, month 2 handed over 9 persons, month 3 then handed over 17 persons.",
        published=date(2026, 4, 9))
    assert counts(facts) == [("2026-01", 14, "exact"), ("2026-02", 9, "exact"),
                             ("2026-03", 17, "exact")]


def test_a_span_of_numbered_months_with_a_part_of_them() -> None:
    facts = extract_facts(
        "From day 1 month 6 to day 31 month 8 of this year, the Quincy Police Department handed "
        "at least nine persons to ICE, five of them in month 8 alone.",
        published=date(2026, 9, 20))
    assert counts(facts) == [("2026-06-01/2026-08-31", 9, "at_least"), ("2026-08", 5, "exact")]


def test_a_running_total_since_a_numbered_day_and_month() -> None:
    facts = extract_facts(
        "The Calvert County Sheriff's Office handed over 21 people to ICE since day 15 month 7 "
        "year 2025. In month 10 alone, 8 people were handed over.", published=date(2025, 12, 18))
    assert counts(facts) == [("2025-10", 8, "exact")]
    assert total(facts) == ("", 21, "exact")


def test_month_of_a_sentence_is_no_period_and_a_dated_update_is_no_list() -> None:
    facts = extract_facts(
        "The Hillsborough County Department of Corrections turned 34 people over to ICE since "
        "Aug. 1. UPDATE, Dec. 5, 2025: seven more people were turned over to ICE this week, "
        "bringing the total since Aug. 1 to 41. One man is in month 3 of his sentence.",
        published=date(2025, 12, 6))
    assert ("2025-12", 7, "exact") not in counts(facts)


# --- a part of a year's figure -------------------------------------------------------------------

def test_a_part_in_a_month_takes_the_year_of_its_whole() -> None:
    for text in ("In 2025 the Lee County jail handed 40 people to ICE, 12 of them in March.",
                 "The Lee County jail handed 40 people to ICE in 2025, including 12 in March."):
        facts = extract_facts(text, published=date(2026, 9, 20))
        assert counts(facts) == [("2025", 40, "exact"), ("2025-03", 12, "exact")]
        assert history(facts) == []


def test_a_month_compared_with_an_earlier_year_keeps_its_own_year() -> None:
    facts = extract_facts("The Lee County jail handed 12 people to ICE in March, up from 30 in "
                          "all of 2025.", published=date(2026, 9, 20))
    assert counts(facts) == [("2026-03", 12, "exact")]
    assert history(facts) == [("2025", 30, "exact")]

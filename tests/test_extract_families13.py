"""Phrasing families of the thirteenth round: custodians other than sheriffs (city police,
juvenile centres, departments of corrections), question-and-answer follow-ups, and runs of
yearly figures set out one per line."""

from __future__ import annotations

from datetime import date

from factkit import counts, history, place, total
from pipeline.extract import extract_facts
from pipeline.text import mask_page_furniture

APRIL = date(2026, 4, 14)
NOVEMBER = date(2025, 11, 12)
FEBRUARY = date(2026, 2, 20)


def _names(text: str, published: date = APRIL, title: str | None = None) -> list[str]:
    return [o.name for o in extract_facts(text, published=published, title=title).officials]


# --- who and how many -----------------------------------------------------------------------

def test_every_one_of_the_people_is_no_count_of_one() -> None:
    facts = extract_facts(
        "The Bangor Police Department released eight people to ICE in March. Every one of the "
        "people handed over was released only on a judge's warrant, under a 2019 policy.",
        published=APRIL)
    assert counts(facts) == [("2026-03", 8, "exact")]


def test_a_long_relative_clause_may_sit_between_turned_and_over() -> None:
    facts = extract_facts(
        "The Bangor Police Department turned nearly a dozen people held at its Exchange Street "
        "lockup over to ICE in the first three months of the year.", published=APRIL)
    assert counts(facts) == [("2026-01-01/2026-03-31", 12, "about")]


def test_teenagers_and_youths_are_people_handed_over() -> None:
    facts = extract_facts(
        "Three teenagers held at the Norfolk Juvenile Detention Center were turned over to ICE "
        "in 2025, the city said. The youths were 14 to 16 years old.", published=APRIL)
    assert counts(facts) == [("2025", 3, "exact")]
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (14, 16)


def test_ages_listed_with_or_and_years_old_are_a_range() -> None:
    facts = extract_facts(
        "The Norfolk Juvenile Detention Center released three teenagers to ICE in 2025. A "
        "city spokesman said the teenagers released were 14, 15 or 16 years old.",
        published=APRIL)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (14, 16)


def test_a_term_of_years_is_no_age_range() -> None:
    facts = extract_facts(
        "The Norfolk Juvenile Detention Center released three teenagers to ICE in 2025. The "
        "sentences were 10 to 20 years.", published=APRIL)
    assert facts.age_range is None


# --- the custodian and its place -----------------------------------------------------------

def test_the_department_said_to_run_the_juvenile_center_is_the_agency() -> None:
    facts = extract_facts(
        "NORFOLK, Va. — Three teenagers held at the Norfolk Juvenile Detention Center were "
        "turned over to ICE in 2025. The Norfolk Department of Juvenile Services, which runs the "
        "48-bed detention center, said a judge signed each order.", published=APRIL)
    assert facts.agency is not None
    assert facts.agency.name == "Norfolk Department of Juvenile Services"
    assert place(facts) == ("Norfolk", "VA")


def test_a_department_that_runs_another_kind_of_facility_is_not_the_agency() -> None:
    facts = extract_facts(
        "Three teenagers held at the Norfolk Juvenile Detention Center were turned over to ICE "
        "in 2025. The Norfolk Department of Juvenile Services, which runs the city shelter, said "
        "it had no role.", published=APRIL)
    assert facts.agency is not None
    assert facts.agency.name == "Norfolk Juvenile Detention Center"


def test_a_facility_named_for_a_city_of_that_name_is_the_citys() -> None:
    facts = extract_facts(
        "The City of Richmond said its juvenile detention center handed fewer than five "
        "teenagers to ICE in 2025. The Richmond Juvenile Detention Center holds youths "
        "awaiting trial.", published=APRIL)
    assert place(facts) == ("Richmond", "VA")


def test_a_county_of_that_name_named_in_the_story_keeps_the_county() -> None:
    facts = extract_facts(
        "The Richmond Juvenile Detention Center handed four teenagers to ICE in 2025. The "
        "center serves Richmond County, Georgia, and its courts.", published=APRIL)
    assert place(facts) == ("Richmond County", "GA")


def test_the_headline_city_police_beat_the_county_sheriff_named_for_comparison() -> None:
    facts = extract_facts(
        "MERIDIAN — Meridian police turned nine people held in the city jail over to ICE in "
        "March. The Meridian Police Department had handed over two people all of last year. "
        "The Lauderdale County Sheriff's Office said it had turned over \"fewer than five\" "
        "people to ICE since January.",
        published=APRIL, title="Meridian police handed nine to ICE in March",
        outlet="meridianstar.example")
    assert facts.agency is not None
    assert facts.agency.name == "Meridian Police Department"
    assert total(facts) == ("2026-03", 9, "exact")
    assert history(facts) == [("2025", 2, "exact")]


def test_a_city_the_story_places_is_not_moved_by_a_state_named_in_passing() -> None:
    facts = extract_facts(
        "TUPELO — The Tupelo Police Department turned six people over to ICE in March, the "
        "chief said. One man was flown to a detention center and ended up in Louisiana.",
        published=APRIL, outlet="northmississippidaily.example")
    assert place(facts) == ("Tupelo", "MS")


# --- another body's figures -----------------------------------------------------------------

def test_another_towns_police_figure_is_not_the_agencys() -> None:
    facts = extract_facts(
        "The Bangor Police Department released 11 people to ICE between Jan. 1 and March 31. "
        "Brewer police said they had turned over one person this year.", published=APRIL)
    assert counts(facts) == [("2026-01-01/2026-03-31", 11, "exact")]
    assert total(facts) == ("2026-01-01/2026-03-31", 11, "exact")


def test_the_state_prisons_figure_and_detainers_are_not_the_polices() -> None:
    facts = extract_facts(
        "The Bangor Police Department released 11 people to ICE in March, each on a judge's "
        "warrant. The Department of Corrections said it released 40 people to ICE custody in "
        "2025. The Maine Department of Corrections said 19 people in its prisons had "
        "immigration detainers.", published=APRIL)
    assert history(facts) == []
    assert [b.kind for b in facts.legal_basis] == ["judicial_warrant"]


def test_the_story_agencys_own_short_name_keeps_its_figure() -> None:
    facts = extract_facts(
        "The Bangor Police Department released 11 people to ICE in March. Bangor police said "
        "they had turned over four people in February.", published=APRIL)
    assert counts(facts) == [("2026-02", 4, "exact"), ("2026-03", 11, "exact")]


def test_a_metro_police_departments_own_jail_keeps_its_figure() -> None:
    facts = extract_facts(
        "The Washoe County Detention Facility turned over about 300 inmates to ICE in 2025, "
        "according to the Reno Police Department, which runs the jail.", published=APRIL)
    assert counts(facts) == [("2025", 300, "about")]


# --- comparisons, lines and answers ---------------------------------------------------------

def test_the_figure_it_released_the_year_before_is_history() -> None:
    facts = extract_facts(
        "The Kent County Department of Corrections released 22 people to ICE in 2025, nearly "
        "double the 12 it released the year before.", published=APRIL)
    assert history(facts) == [("2024", 12, "exact")]


def test_the_figure_it_handed_to_agents_a_year_earlier_stays_history() -> None:
    facts = extract_facts(
        "The Kent County Sheriff's Office turned 40 people over to ICE between Jan. 1 and "
        "March 31, more than twice the 18 it handed to federal agents during the same three "
        "months a year earlier.", published=APRIL)
    assert history(facts) == [("2025-01-01/2025-03-31", 18, "exact")]


def test_a_line_taking_a_part_of_the_line_above_is_a_count() -> None:
    facts = extract_facts(
        "Records show the Kent County Department of Corrections turned 20 people over to ICE "
        "in the 12 months that ended June 30.\n\nBY THE NUMBERS\n"
        "• 20 — people released to ICE, July 1, 2024–June 30, 2025\n"
        "• 13 — of those, released between January and June 2025\n"
        "• 31 — ICE detainers lodged with the jail in the same 12 months", published=NOVEMBER)
    assert ("2025-01-01/2025-06-30", 13, "exact") in counts(facts)
    assert total(facts) == ("2024-07-01/2025-06-30", 20, "exact")


def test_a_part_of_a_bookings_line_is_no_count() -> None:
    facts = extract_facts(
        "Records show the Kent County Department of Corrections turned 20 people over to ICE "
        "in the 12 months that ended June 30.\n\nBY THE NUMBERS\n"
        "• 3,100 — people booked into the jail\n"
        "• 900 — of those, released on bond", published=NOVEMBER)
    assert [c for c in counts(facts) if c[1] == 900] == []


_INTERVIEW = (
    "Dana Pruitt has been superintendent of the Sussex County Department of Corrections since "
    "2023. We asked Pruitt about the figures.\n\n"
    "Q: How many people did the jail turn over to ICE between July and September?\n\n"
    "A: Thirteen. The first report said ten, which was wrong.\n\n"
    "Q: And since then?\n\n"
    "A: October was five. That brings the total for the year to 26.\n\n"
    "Q: People say the numbers keep rising.\n\n"
    "A: They do. Last year's number for the whole year was 17. I won't pretend otherwise.")


def test_a_follow_up_since_then_takes_the_answers_month() -> None:
    facts = extract_facts(_INTERVIEW, published=NOVEMBER)
    assert counts(facts) == [("2025", 26, "exact"), ("2025-07-01/2025-09-30", 13, "exact"),
                             ("2025-10", 5, "exact")]
    assert total(facts) == ("2025", 26, "exact")


def test_last_years_number_for_the_whole_year_is_history() -> None:
    assert history(extract_facts(_INTERVIEW, published=NOVEMBER)) == [("2024", 17, "exact")]


def test_the_interviewee_introduced_by_post_is_an_official() -> None:
    assert _names(_INTERVIEW, NOVEMBER) == ["Dana Pruitt"]


def test_a_delegate_with_party_and_town_is_named_without_the_title() -> None:
    names = _names(
        "The Norfolk jail handed four people to ICE in March. Delegate Amara Quist, D-Norfolk, "
        "has a bill to require warrants. \"It should stop,\" Quist said.")
    assert names == ["Amara Quist"]


# --- runs of yearly figures -----------------------------------------------------------------

_RUN = (
    "SALEM — The Marion County Sheriff's Office handed 26 people to ICE in 2025, its records "
    "show.\n\nHere is how the count has moved, by the office's annual reports:\n\n"
    "2021: 40\n2022: 31\n2023: 22\n2024: 19\n2025: 26")


def test_yearly_rows_under_a_heading_after_the_handovers_are_history() -> None:
    facts = extract_facts(_RUN, published=FEBRUARY)
    assert history(facts) == [("2021", 40, "exact"), ("2022", 31, "exact"),
                              ("2023", 22, "exact"), ("2024", 19, "exact")]
    assert total(facts) == ("2025", 26, "exact")


def test_yearly_rows_with_dashes_one_per_sentence_are_history() -> None:
    facts = extract_facts(
        "The Marion County Sheriff's Office turned 14 people over to ICE in the first three "
        "months of this year. Its annual figures, provided at the Herald's request, show the "
        "trend:\n\n2022 — 31. 2023 — 22. 2024 — 19. 2025 — 26.", published=APRIL)
    assert history(facts) == [("2022", 31, "exact"), ("2023", 22, "exact"),
                              ("2024", 19, "exact"), ("2025", 26, "exact")]


def test_yearly_rows_under_a_bookings_heading_are_nothing() -> None:
    facts = extract_facts(
        "The Marion County Sheriff's Office handed 26 people to ICE in 2025. Bookings by "
        "year:\n\n2022: 4,102\n2023: 3,870\n2024: 3,310", published=FEBRUARY)
    assert history(facts) == []


def test_yearly_rows_far_from_any_handover_are_nothing() -> None:
    facts = extract_facts(
        "The Marion County Sheriff's Office handed 26 people to ICE in 2025. The jail opened "
        "in 1998. It has 400 beds. Its kitchen was rebuilt. Staffing is short. Here are the "
        "figures by year:\n\n2022: 70\n2023: 64\n2024: 66", published=FEBRUARY)
    assert history(facts) == []


def test_quarter_rows_with_their_year_are_read() -> None:
    facts = extract_facts(
        "The Marion County Sheriff's Office released 6 people to ICE in the first quarter of "
        "2025. First-quarter transfers to ICE in earlier years:\n\n"
        "First quarter, 2023: 4\nFirst quarter, 2024: 2", published=APRIL)
    assert history(facts) == [("2023-01-01/2023-03-31", 4, "exact"),
                              ("2024-01-01/2024-03-31", 2, "exact")]


def test_fiscal_quarter_rows_take_the_months_in_brackets() -> None:
    facts = extract_facts(
        "The Marion County Sheriff's Office transferred nine people to ICE between July 1 and "
        "Dec. 31, 2025, a memo shows. Transfers to ICE by fiscal quarter:\n\n"
        "Fiscal Q1 (July-September 2025): 3\nFiscal Q2 (October-December 2025): 6",
        published=FEBRUARY)
    assert ("2025-07-01/2025-09-30", 3, "exact") in counts(facts)
    assert ("2025-10-01/2025-12-31", 6, "exact") in counts(facts)


def test_a_town_named_like_a_ban_is_no_denial() -> None:
    facts = extract_facts("The Bangor Police Department released eight people to ICE in March.",
                          published=APRIL)
    assert counts(facts) == [("2026-03", 8, "exact")]


def test_a_ban_before_the_verb_still_denies() -> None:
    facts = extract_facts("A new city ban stopped police from handing anyone to ICE in March.",
                          published=APRIL)
    assert counts(facts) == []


# --- page text with clutter ----------------------------------------------------------------

JANUARY = date(2026, 1, 20)


def test_headlines_under_more_headlines_are_other_stories() -> None:
    facts = extract_facts(
        "OAKLAND, Md. — The Garrett County Sheriff's Office moved 38 inmates to other jails "
        "after a storm cut power to the detention center.\n\nMORE HEADLINES\n\n"
        "Allegany detention center turned 23 over to ICE through October\n\n"
        "Deep Creek ski resort reopens two lifts\n\nCopyright 2026 Mountain News.",
        published=JANUARY)
    assert not facts.transfer_report


def test_a_related_link_line_gives_no_basis() -> None:
    facts = extract_facts(
        "The Arlington County Sheriff's Office transferred nine people to ICE last year, all on "
        "judicial warrants.\n\nRELATED: Loudoun jail handed 104 to ICE under 287(g), sheriff "
        "says\n\nThe sheriff said the policy would not change.", published=JANUARY)
    assert [b.kind for b in facts.legal_basis] == ["judicial_warrant"]


def test_the_storys_own_box_lines_are_still_read() -> None:
    facts = extract_facts(
        "The Arlington County Sheriff's Office transferred nine people to ICE last year.\n\n"
        "KEY POINTS\n• 9 — people released to ICE in 2025\n• 4 — of those, released between "
        "October and December 2025", published=JANUARY)
    assert ("2025-10-01/2025-12-31", 4, "exact") in counts(facts)


def test_a_graphics_rows_under_a_handover_caption_are_counts() -> None:
    facts = extract_facts(
        "WILLIAMSPORT, Pa. (SUSQUEHANNA 16) -- Most of the people Lycoming County Prison "
        "released to ICE in 2025 left in the second half of the year.\n\n"
        "ICE transfers from Lycoming County Prison, 2025\n\nJan.-June 20\n\nJuly-Dec. 41\n\n"
        "TOTAL 61\n\nSource: Lycoming County Prison", published=JANUARY)
    assert counts(facts) == [("2025", 61, "exact"), ("2025-01-01/2025-06-30", 20, "exact"),
                             ("2025-07-01/2025-12-31", 41, "exact")]
    assert total(facts) == ("2025", 61, "exact")


def test_a_graphics_rows_under_a_detainer_caption_are_nothing() -> None:
    facts = extract_facts(
        "Lycoming County Prison released 61 people to ICE in 2025.\n\n"
        "ICE detainers lodged at Lycoming County Prison, 2025\n\nJan.-June 40\n\nJuly-Dec. 57\n\n"
        "TOTAL 97", published=JANUARY)
    assert counts(facts) == [("2025", 61, "exact")]


def test_a_stations_name_in_the_dateline_is_no_figure() -> None:
    facts = extract_facts(
        "WILLIAMSPORT, Pa. (WNEP 16) -- Lycoming County Prison released people to ICE in 2025, "
        "the warden said.", published=JANUARY)
    assert counts(facts) == []


def test_the_last_months_of_last_year_are_that_years_last_months() -> None:
    facts = extract_facts(
        "The Fauquier County Sheriff's Office handed 29 people to ICE in the last three months "
        "of last year. Eleven were transferred in October and nine in each of November and "
        "December.", published=JANUARY)
    assert counts(facts) == [("2025-10", 11, "exact"), ("2025-10-01/2025-12-31", 29, "exact"),
                             ("2025-11", 9, "exact"), ("2025-12", 9, "exact")]


def test_in_each_of_a_span_gives_no_months_figure() -> None:
    facts = extract_facts(
        "The Fauquier County Sheriff's Office handed 30 people to ICE last year, ten in each "
        "of the last three months.", published=JANUARY)
    assert counts(facts) == [("2025", 30, "exact")]


def test_a_span_with_a_clause_inside_is_one_span() -> None:
    facts = extract_facts(
        "The Monongalia County Sheriff's Office turned as many as 17 people over to ICE between "
        "April 14, when its agreement took effect, and Sept. 30.", published=date(2025, 10, 20))
    assert counts(facts) == [("2025-04-14/2025-09-30", 17, "up_to")]


def test_through_a_month_is_the_year_up_to_it() -> None:
    facts = extract_facts(
        "The Allegany County Detention Center turned 23 people over to ICE through October, "
        "the sheriff said.", published=date(2025, 11, 20))
    assert counts(facts) == [("2025-01-01/2025-10-31", 23, "exact")]


def test_a_correction_by_one_fewer_is_no_count() -> None:
    facts = extract_facts(
        "Beaver County Jail officials say one fewer person was released to ICE in March than "
        "the jail's records first showed. The corrected March figure is 15, not 16, the warden "
        "said.", published=APRIL)
    assert counts(facts) == [("2026-03", 15, "exact")]


def test_people_first_counted_and_the_old_figures_time_are_no_count() -> None:
    facts = extract_facts(
        "Blair County Prison officials have lowered the number of people the prison turned "
        "over to ICE in June, saying two of the people first counted were in fact picked up by "
        "U.S. marshals. The corrected figure is 12, not the 14 the warden gave earlier this "
        "month.", published=date(2025, 7, 24))
    assert counts(facts) == [("2025-06", 12, "exact")]


def test_a_sum_beside_unchanged_figures_is_the_quarter() -> None:
    facts = extract_facts(
        "The Beaver County Jail released 15 people to ICE in March. The January and February "
        "figures, 10 and 12, are unchanged, bringing the first-quarter total to 37.",
        published=APRIL)
    assert ("2026-01-01/2026-03-31", 37, "exact") in counts(facts)
    assert total(facts) == ("2026-01-01/2026-03-31", 37, "exact")


def test_an_answer_to_how_does_that_compare_is_history() -> None:
    facts = extract_facts(
        "Q: How many people did the detention center turn over to ICE this year?\n\n"
        "A: Between Jan. 1 and Oct. 31 it was 23.\n\nQ: How does that compare with last year?\n\n"
        "A: Eleven, for all of 2024. So it roughly doubled.\n\nThe Allegany County Sheriff's "
        "Office runs the detention center.", published=date(2025, 11, 10))
    assert history(facts) == [("2024", 11, "exact")]


def test_an_answer_comparing_another_county_is_not_history() -> None:
    facts = extract_facts(
        "Q: How many people did the detention center turn over to ICE this year?\n\n"
        "A: Between Jan. 1 and Oct. 31 it was 23.\n\n"
        "Q: How does that compare with Washington County?\n\nA: Fifty-eight, for all of 2024, "
        "they told me.\n\nThe Allegany County Sheriff's Office runs the detention center.",
        published=date(2025, 11, 10))
    assert history(facts) == []


def test_a_title_inside_an_appositive_name_is_the_role() -> None:
    names = _names(
        "The Beaver County Jail released 15 people to ICE in March. The board's chair, "
        "Commissioner Dolores Vuich, said she had received dozens of emails.")
    assert names == ["Dolores Vuich"]


def test_a_petition_asking_to_honor_warrants_states_no_basis() -> None:
    facts = extract_facts(
        "The Arlington County Sheriff's Office transferred nine people to ICE last year, all on "
        "judicial warrants. A petition asked the board to press the sheriff to also honor ICE "
        "administrative warrants.", published=JANUARY)
    assert [b.kind for b in facts.legal_basis] == ["judicial_warrant"]


def test_masking_page_furniture_keeps_offsets_and_the_storys_own_lines() -> None:
    text = ("Related to the rise, the warden said 12 were released in May.\n\n"
            "TRENDING NOW:\n\n1. Jail hands 9 to ICE\n2. Storm closes schools\n\n"
            "The warden spoke on Tuesday.\nWATCH: The board meeting in full")
    masked = mask_page_furniture(text)
    assert len(masked) == len(text)
    assert "Related to the rise" in masked
    assert "The warden spoke on Tuesday." in masked
    assert "Jail hands 9" not in masked
    assert "TRENDING" not in masked
    assert "WATCH: The board meeting in full" in masked  # a station's own video caption


# --- explainers, FAQs and timelines ---------------------------------------------------------

def test_short_follow_up_questions_take_their_month_and_the_quarter() -> None:
    facts = extract_facts(
        "The Limestone County Jail is run by the sheriff's office.\n\n"
        "How many people did the jail turn over to ICE in January?\n\nEighteen.\n\n"
        "In February?\n\nTwenty.\n\nIn March?\n\nTwenty-seven.\n\nFor the quarter?\n\n"
        "Sixty-five.", published=APRIL)
    assert counts(facts) == [("2026-01", 18, "exact"), ("2026-01-01/2026-03-31", 65, "exact"),
                             ("2026-02", 20, "exact"), ("2026-03", 27, "exact")]
    assert total(facts) == ("2026-01-01/2026-03-31", 65, "exact")


def test_month_labels_in_answers_are_their_months() -> None:
    facts = extract_facts(
        "The Hinds County Detention Center is run by the sheriff.\n\n"
        "How many people has the jail released to ICE this year?\n\nJanuary: seven.\n\n"
        "February: four.", published=APRIL)
    assert counts(facts) == [("2026-01", 7, "exact"), ("2026-02", 4, "exact")]
    assert total(facts) is None


def test_an_answer_with_its_attribution_is_the_questions_figure() -> None:
    facts = extract_facts(
        "The Forrest County jail is run by the sheriff.\n\n"
        "How many people did the jail turn over to ICE last month?\n\n"
        "At least 35, Sheriff Hollis Brantley said Thursday.", published=date(2026, 9, 10))
    assert counts(facts) == [("2026-08", 35, "at_least")]


def test_the_year_before_that_steps_back_from_the_fiscal_year_answered() -> None:
    facts = extract_facts(
        "The Chautauqua County Sheriff's Office runs the county jail.\n\n"
        "Q: How many people did the jail turn over to ICE in the last federal fiscal year?\n\n"
        "A: Forty-one, from Oct. 1 of last year through Sept. 30.\n\n"
        "Q: And the year before that?\n\nA: Twenty-six.", published=date(2025, 11, 19))
    assert counts(facts) == [("2024-10-01/2025-09-30", 41, "exact")]
    assert history(facts) == [("2023-10-01/2024-09-30", 26, "exact")]


def test_a_range_from_a_day_of_last_year_and_a_part_of_it() -> None:
    facts = extract_facts(
        "The Catawba County Sheriff's Office handed 120 people to ICE between Dec. 1 of last "
        "year and the end of November, nearly four times as many as the 31 in the previous 12 "
        "months. Of the 120, more than 50 were released in the six months from June through "
        "November.", published=date(2025, 12, 22))
    assert counts(facts) == [("2024-12-01/2025-11-30", 120, "exact"),
                             ("2025-06-01/2025-11-30", 50, "more_than")]
    assert history(facts) == [("2023-12-01/2024-11-30", 31, "exact")]


def test_of_an_uncounted_whole_is_no_part() -> None:
    facts = extract_facts(
        "The Catawba County Sheriff's Office handed 120 people to ICE last year. Of the 400 "
        "booked on drug charges, 30 were released on bond in June.", published=APRIL)
    assert counts(facts) == [("2025", 120, "exact")]


def test_a_fiscal_year_which_ended_a_day_is_that_year() -> None:
    facts = extract_facts(
        "The Putnam County Sheriff's Office released 52 people to ICE in the county's fiscal "
        "year, which ended June 30.", published=date(2026, 8, 5))
    assert counts(facts) == [("2025-07-01/2026-06-30", 52, "exact")]


def test_a_lone_figure_over_its_caption_and_the_ages_pair() -> None:
    facts = extract_facts(
        "The Putnam County Sheriff's Office runs the county jail. Here is its year, by the "
        "numbers.\n\n58\n\nPeople released from the jail directly into ICE custody in fiscal "
        "2025-26, up from 44 in fiscal 2024-25.\n\n190\n\nICE detainers the jail received.\n\n"
        "19 and 63\n\nAges of the youngest and the oldest person handed to ICE.",
        published=date(2026, 7, 22))
    assert counts(facts) == [("2025-07-01/2026-06-30", 58, "exact")]
    assert history(facts) == [("2024-07-01/2025-06-30", 44, "exact")]
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (19, 63)


def test_how_old_answered_is_an_age_range_and_how_long_is_not() -> None:
    old = extract_facts("The Putnam County Sheriff's Office released 52 people to ICE last "
                        "year.\n\nHow old were they?\n\nFrom 19 to 63.", published=APRIL)
    held = extract_facts("The Putnam County Sheriff's Office released 52 people to ICE last "
                         "year.\n\nHow long were they held?\n\nFrom 6 to 48 hours.",
                         published=APRIL)
    assert old.age_range is not None
    assert (old.age_range.low, old.age_range.high) == (19, 63)
    assert held.age_range is None


def test_a_footnote_mark_on_a_rows_figure_keeps_the_row() -> None:
    facts = extract_facts(
        "The McCracken County Jail released people to ICE in 2025, the jailer said. Transfers "
        "to ICE by month:\n\nAug. — 14\nSept. — 19*\n\n*Preliminary.", published=NOVEMBER)
    assert counts(facts) == [("2025-08", 14, "exact"), ("2025-09", 19, "exact")]


def test_countries_with_figures_in_words_inside_a_list() -> None:
    facts = extract_facts(
        "The Putnam County Sheriff's Office released 52 people to ICE last year. By country: "
        "Mexico, 24; Guatemala, 14; Honduras, 9; El Salvador, three; Peru, two.",
        published=APRIL)
    assert {n.country: n.count for n in facts.nationalities} == {
        "Mexico": 24, "Guatemala": 14, "Honduras": 9, "El Salvador": 3, "Peru": 2}


# --- opinion and analysis -------------------------------------------------------------------

AUGUST = date(2025, 8, 12)


def test_a_fiscal_year_that_ended_on_a_date_is_no_ending_of_the_practice() -> None:
    facts = extract_facts(
        "The Coffee County Sheriff's Office runs the county jail, and in the fiscal year that "
        "ended June 30 we turned 58 people over to ICE officers.", published=AUGUST)
    assert counts(facts) == [("2024-07-01/2025-06-30", 58, "exact")]


def test_a_practice_that_ended_still_denies() -> None:
    facts = extract_facts("The Coffee County Sheriff's Office ended the practice of handing "
                          "people to ICE in 2019.", published=AUGUST)
    assert counts(facts) == []


def test_a_byline_with_a_government_title_is_an_official() -> None:
    names = _names("By Leland Pruett, Coffee County Sheriff\n\nThe Coffee County Sheriff's Office "
                   "turned 58 people over to ICE last year.", AUGUST)
    assert names == ["Leland Pruett"]


def test_a_reporters_byline_is_no_official() -> None:
    names = _names("By Ana Ruiz, Staff Writer\n\nThe Coffee County Sheriff's Office turned 58 "
                   "people over to ICE last year.", AUGUST)
    assert names == []


def test_a_letters_signature_lines_in_one_paragraph() -> None:
    names = _names(
        "The Iredell County Sheriff's Office handed 60 people to ICE last year.\n\n"
        "We can disagree about immigration. Now let's make the numbers easier to find.\n\n"
        "Ruth Albright\nIredell County commissioner\nMooresville", AUGUST)
    assert names == ["Ruth Albright"]


def test_the_figure_told_after_a_handover_without_one() -> None:
    facts = extract_facts(
        "Last month, for the first time, our officers transferred people in our custody to "
        "ICE. There were five of them. In all of 2024, we transferred none. The Huntington "
        "Police Department runs the city lockup.", published=date(2025, 3, 18))
    assert counts(facts) == [("2025-02", 5, "exact")]
    assert history(facts) == [("2024", 0, "exact")]


def test_a_month_with_none_at_all_and_one_that_came_and_went() -> None:
    first = extract_facts(
        "The Roanoke City Sheriff's Office handed 13 people to ICE in February. In March, none "
        "at all, which the office puts down to ICE staffing.", published=date(2026, 4, 20))
    second = extract_facts(
        "After a February in which the Roanoke City Jail handed 13 people to ICE, March came "
        "and went without a single transfer.", published=date(2026, 4, 20))
    assert counts(first) == [("2026-02", 13, "exact"), ("2026-03", 0, "exact")]
    assert counts(second) == [("2026-02", 13, "exact"), ("2026-03", 0, "exact")]


def test_none_of_the_people_is_no_zero() -> None:
    facts = extract_facts(
        "The Roanoke City Sheriff's Office handed 13 people to ICE in February. In March, none "
        "of the people released had a detainer.", published=date(2026, 4, 20))
    assert counts(facts) == [("2026-02", 13, "exact")]


def test_a_month_in_another_events_clause_does_not_date_the_count() -> None:
    facts = extract_facts(
        "In February, Huntington Police Department officers handed six men to ICE, the first "
        "such transfers under the agreement the city signed with ICE in January.",
        published=date(2025, 3, 18))
    assert counts(facts) == [("2025-02", 6, "exact")]


def test_people_arrested_in_a_month_and_handed_over_are_that_months() -> None:
    facts = extract_facts(
        "At least 11 people arrested by Hazleton police in September were handed from the "
        "lockup to ICE.", published=date(2025, 10, 6))
    assert counts(facts) == [("2025-09", 11, "at_least")]


def test_a_virginia_city_named_with_city_is_the_city() -> None:
    facts = extract_facts("The Roanoke City Sheriff's Office handed 22 people to ICE in the "
                          "first quarter.", published=date(2026, 4, 20))
    assert place(facts) == ("Roanoke", "VA")


def test_a_city_whose_name_holds_city_keeps_it() -> None:
    facts = extract_facts("The Carson City Sheriff's Office handed 22 people to ICE in the "
                          "first quarter.", published=date(2026, 4, 20))
    assert place(facts) == ("Carson City", "NV")


def test_a_list_item_it_was_between_counted_months_is_a_count() -> None:
    facts = extract_facts(
        "In March, the Laurel County Correctional Center handed nine people over to ICE. In "
        "April, it was 16. In May, 21. Forty-six people over those three months.",
        published=date(2025, 6, 20))
    assert counts(facts) == [("2025-03", 9, "exact"), ("2025-03-01/2025-05-31", 46, "exact"),
                             ("2025-04", 16, "exact"), ("2025-05", 21, "exact")]
    assert total(facts) == ("2025-03-01/2025-05-31", 46, "exact")


def test_quarters_of_a_fiscal_year_and_that_is_n_for_the_year() -> None:
    facts = extract_facts(
        "The Coffee County Sheriff's Office released its log for the fiscal year that ran from "
        "July 1, 2024, through June 30, 2025: 11 people handed to ICE between July and "
        "September, 14 in the last three months of 2024, 19 in the first quarter of this year "
        "and 19 again from April through June. That is 63 people for the year, up from 38 the "
        "year before.", published=AUGUST)
    assert counts(facts) == [("2024-07-01/2024-09-30", 11, "exact"),
                             ("2024-07-01/2025-06-30", 63, "exact"),
                             ("2024-10-01/2024-12-31", 14, "exact"),
                             ("2025-01-01/2025-03-31", 19, "exact"),
                             ("2025-04-01/2025-06-30", 19, "exact")]
    assert history(facts) == [("2023-07-01/2024-06-30", 38, "exact")]


def test_the_year_before_that_and_last_years_total() -> None:
    floyd = extract_facts(
        "In September, the Floyd County Sheriff's Office handed 31 people to ICE. For the year "
        "so far, the count stands at 184, against 97 in all of 2024 and 58 the year before "
        "that.", published=date(2025, 10, 20))
    florence = extract_facts(
        "The Florence County Detention Center handed 52 people to ICE through June, and it will "
        "blow past last year's total of 61.", published=date(2025, 7, 20))
    assert history(floyd) == [("2023", 58, "exact"), ("2024", 97, "exact")]
    assert history(florence) == [("2024", 61, "exact")]


def test_two_more_than_the_five_is_a_difference() -> None:
    facts = extract_facts(
        "The Sonoma County Sheriff's Office transferred seven people to ICE in 2025, more than "
        "double the three it transferred in 2024 and two more than the five in 2023.",
        published=date(2026, 2, 1))
    assert history(facts) == [("2023", 5, "exact"), ("2024", 3, "exact")]


def test_against_a_figure_without_its_year_is_no_comparison() -> None:
    facts = extract_facts(
        "The Kandiyohi County Sheriff's Office released 26 people to ICE between July 1 and "
        "Sept. 30. That is 26 people in one quarter, against 14 in the same stretch last year.",
        published=date(2025, 10, 14))
    assert [h for h in history(facts) if h[0] == "2024-09"] == []


def test_a_magistrates_signed_order_is_a_court_order() -> None:
    facts = extract_facts(
        "The Iredell County Sheriff's Office handed 60 people to ICE in 2025. Each was held on "
        "an ICE detainer and taken before a magistrate who reviewed it and signed an order "
        "before the jail held the person.", published=date(2026, 2, 1))
    assert {b.kind for b in facts.legal_basis} == {"detainer", "court_order"}


def test_a_judge_signing_a_warrant_or_order_is_no_court_order() -> None:
    facts = extract_facts(
        "The Coconino County Sheriff's Office handed six people to ICE in 2025, each on a "
        "judicial warrant. The office releases people unless a judge has signed a warrant or "
        "order authorizing another agency to take custody.", published=date(2026, 2, 1))
    assert {b.kind for b in facts.legal_basis} == {"judicial_warrant"}


def test_an_agreement_entered_into_under_section_287g() -> None:
    facts = extract_facts(
        "In January, the city entered into a task force agreement with ICE under Section 287(g) "
        "of the Immigration and Nationality Act. In February, Huntington Police Department "
        "officers handed six men to ICE.", published=date(2025, 3, 18))
    assert [b.kind for b in facts.legal_basis] == ["287g"]


# --- late additions -------------------------------------------------------------------------

def test_a_semicolon_list_of_years_is_history() -> None:
    facts = extract_facts(
        "The Napa County Department of Corrections released 19 people to ICE in 2025. Its annual "
        "totals since then read: 2019, 73; 2020, 31; 2021, 23; 2022, 6.",
        published=date(2026, 1, 8))
    assert history(facts) == [("2019", 73, "exact"), ("2020", 31, "exact"),
                              ("2021", 23, "exact"), ("2022", 6, "exact")]


def test_a_semicolon_list_of_bookings_by_year_is_nothing() -> None:
    facts = extract_facts(
        "The Napa County Department of Corrections released 19 people to ICE in 2025. Bookings "
        "by year: 2019, 4,102; 2020, 3,310; 2021, 3,900.", published=date(2026, 1, 8))
    assert history(facts) == []


def test_twelve_months_through_the_end_of_a_month_and_calendar_year() -> None:
    facts = extract_facts(
        "The Walla Walla County Sheriff's Office turned 14 people over to ICE in the 12 months "
        "through the end of September. The 14 transfers compare with 11 in calendar 2024.",
        published=date(2026, 10, 21))
    assert counts(facts) == [("2025-10-01/2026-09-30", 14, "exact")]
    assert history(facts) == [("2024", 11, "exact")]


def test_since_a_year_when_it_was_beside_a_list_of_years_is_history() -> None:
    facts = extract_facts(
        "The Napa County Department of Corrections released 19 people to ICE in 2025. That is "
        "the highest annual figure since 2020, when it was 31. Its annual totals read: 2019, "
        "73; 2020, 31; 2021, 23.",
        published=date(2026, 1, 8))
    assert total(facts) == ("2025", 19, "exact")


def test_fiscal_year_rows_under_a_year_by_year_record() -> None:
    facts = extract_facts(
        "The jail's numbers for the fiscal year that ended June 30 arrived this month. The count: "
        "nine. All nine were released to ICE on warrants signed by a federal judge, the Klamath "
        "County Sheriff's Office said. \"If a judge signs a warrant, we honor it like any other "
        "warrant,\" the jail commander said. The year-by-year record, drawn from the sheriff's "
        "annual reports, tells the story of two laws.\n\nFY 2022-23: 6\nFY 2023-24: 5\n"
        "FY 2024-25: 7\nFY 2025-26: 9", published=date(2026, 8, 14))
    assert history(facts) == [("2022-07-01/2023-06-30", 6, "exact"),
                              ("2023-07-01/2024-06-30", 5, "exact"),
                              ("2024-07-01/2025-06-30", 7, "exact")]
    assert total(facts) == ("2025-07-01/2026-06-30", 9, "exact")


def test_rows_after_another_jails_record_are_nothing() -> None:
    facts = extract_facts(
        "The Klamath County Sheriff's Office released nine people to ICE in 2025. The "
        "neighboring Lake County jail's year-by-year record tells a different story.\n\n"
        "2022: 14\n2023: 12\n2024: 10", published=date(2026, 2, 14))
    assert history(facts) == []

"""Guards from the reviews of the thirteenth round: sentences, written by reviewers against the
new rules, on which an earlier draft of those rules did worse than the code before them."""

from __future__ import annotations

from datetime import date

import pytest

from factkit import counts, history, place, total
from pipeline.extract import extract_facts
from pipeline.text import mask_page_furniture

APRIL = date(2026, 4, 15)


def _facts(text: str, published: date = APRIL, title: str | None = None):  # type: ignore[no-untyped-def]
    return extract_facts(text, published=published, title=title)


def _kinds(text: str, published: date = APRIL) -> set[str]:
    return {b.kind for b in _facts(text, published).legal_basis}


# --- zeros, differences and clause ends -----------------------------------------------------

def test_a_zero_then_another_months_figure_in_one_sentence() -> None:
    facts = _facts("The Roanoke City Sheriff's Office handed 13 people to ICE in February. In "
                   "March, none, and in April, 12.")
    assert counts(facts) == [("2026-02", 13, "exact"), ("2026-03", 0, "exact"),
                             ("2026-04", 12, "exact")]


@pytest.mark.parametrize("second", [
    "In March, no one at the jail would say how many detainers were pending.",
    "In March, nobody from ICE came to collect a man held on a detainer, so he was released.",
])
def test_no_one_as_the_subject_of_another_verb_is_no_zero(second: str) -> None:
    facts = _facts("The Roanoke City Sheriff's Office handed 13 people to ICE in February. "
                   + second)
    assert counts(facts) == [("2026-02", 13, "exact")]


def test_zero_tolerance_is_no_zero() -> None:
    facts = _facts("The Marion County Sheriff's Office handed 26 people to ICE in 2025. In 2023, "
                   "zero-tolerance rules at the jail were loosened.", date(2026, 2, 10))
    assert history(facts) == []


def test_a_year_earlier_march_came_and_went_is_not_this_march() -> None:
    facts = _facts("The Roanoke City Jail handed 13 people to ICE this March. A year earlier, "
                   "March came and went without a single transfer.", date(2026, 4, 20))
    assert ("2026-03", 0, "exact") not in counts(facts)


def test_that_was_a_year_is_no_figure() -> None:
    facts = _facts("The Hinds County Sheriff's Office first handed people to ICE under the "
                   "agreement in March. That was 2019.")
    assert [c for c in counts(facts) if c[1] == 2019] == []


def test_more_in_a_month_before_a_later_than_is_a_count() -> None:
    facts = _facts("The Beaver County Jail released 30 people to ICE in February and 12 more in "
                   "March, far fewer than the jail handed over a year earlier.")
    assert counts(facts) == [("2026-02", 30, "exact"), ("2026-03", 12, "exact")]


@pytest.mark.parametrize(("text", "period"), [
    ("The Lake County Jail released 40 people to ICE, not counting those picked up by U.S. "
     "marshals, during 2025.", "2025"),
    ("The Lake County Jail turned over 40 people to ICE, not including children, between "
     "January and March.", "2026-01-01/2026-03-31"),
])
def test_not_before_a_word_keeps_the_period_after(text: str, period: str) -> None:
    assert counts(_facts(text)) == [(period, 40, "exact")]


@pytest.mark.parametrize(("text", "period", "n"), [
    ("The Marion County Jail handed nine people approved for release to ICE in March, the "
     "sheriff said.", "2026-03", 9),
    ("The Hinds County Sheriff's Office handed 17 people to ICE in a sweep it launched in "
     "March.", "2026-03", 17),
])
def test_a_month_after_approved_or_launched_is_the_handovers(text: str, period: str,
                                                             n: int) -> None:
    assert counts(_facts(text)) == [(period, n, "exact")]


# --- parts --------------------------------------------------------------------------------

def test_of_the_counted_released_by_immigration_officials_is_no_part() -> None:
    facts = _facts("The Catawba County Sheriff's Office handed 120 people to ICE last year. Of "
                   "the 120, about 30 were released by immigration officials in December, the "
                   "sheriff said.")
    assert counts(facts) == [("2025", 120, "exact")]


def test_people_in_those_months_released_on_bond_are_no_sum() -> None:
    facts = _facts("The Laurel County Correctional Center handed nine people to ICE in March and "
                   "16 in April. Thirty people in those two months were released on bond instead.")
    assert counts(facts) == [("2026-03", 9, "exact"), ("2026-04", 16, "exact")]


def test_a_bullet_of_those_released_by_ice_is_no_part() -> None:
    facts = _facts("The Arlington County Sheriff's Office transferred nine people to ICE last "
                   "year.\n\nKEY POINTS\n• 9 — people released to ICE in 2025\n• 5 — of those, "
                   "released by ICE in December 2025", date(2026, 1, 20))
    assert counts(facts) == [("2025", 9, "exact")]


def test_nine_in_each_of_two_years() -> None:
    facts = _facts("The Fauquier County Sheriff's Office handed 18 people to ICE over the past "
                   "two years, nine in each of 2024 and 2025.")
    assert ("2024", 9, "exact") in counts(facts) + history(facts)
    assert ("2025", 9, "exact") in counts(facts) + history(facts)


# --- rows ---------------------------------------------------------------------------------

@pytest.mark.parametrize("heading", [
    "Here is how the jail's head count has moved:",
    "The office's budget has grown every year. Here are the numbers:",
    "ICE paid the county to hold them. Here are the contract figures:",
    "Transfers to ICE from the neighboring Polk County jail, by year:",
])
def test_year_rows_of_another_measure_or_body_are_nothing(heading: str) -> None:
    facts = _facts(f"The Marion County Sheriff's Office handed 26 people to ICE in 2025.\n\n"
                   f"{heading}\n\n2022: 410\n2023: 433\n2024: 451", date(2026, 2, 10))
    assert history(facts) == []


def test_a_date_line_under_a_caption_is_no_row() -> None:
    facts = _facts("Lycoming County Prison released 61 people to ICE in 2025.\n\nICE transfers "
                   "from Lycoming County Prison: a timeline\n\nMarch 3\n\nThe first transfer "
                   "under the new policy, a man from Honduras.", date(2026, 1, 20))
    assert counts(facts) == [("2025", 61, "exact")]


def test_a_total_under_since_a_year_is_no_years_figure() -> None:
    facts = _facts("Lycoming County Prison released 61 people to ICE in 2025.\n\nICE transfers "
                   "from Lycoming County Prison since 2019\n\nTOTAL 310\n\nSource: Lycoming "
                   "County Prison", date(2026, 1, 20))
    assert history(facts) == []


# --- periods and answers --------------------------------------------------------------------

def test_a_fiscal_year_which_ran_through_september_keeps_its_start() -> None:
    facts = _facts("The Chautauqua County Jail handed 41 people to ICE in federal fiscal year "
                   "2025, which ran through September.", date(2025, 11, 10))
    assert counts(facts) == [("2024-10-01/2025-09-30", 41, "exact")]


def test_the_month_an_answer_was_given_is_not_its_period() -> None:
    facts = _facts("The Forrest County jail is run by the sheriff.\n\nHow many people did the "
                   "jail turn over to ICE last year?\n\nAbout 300, Sheriff Hollis Brantley told "
                   "the county board in March.")
    assert counts(facts) == [("2025", 300, "about")]


def test_handing_over_again_this_year_is_a_projection() -> None:
    facts = _facts("The Hall County Sheriff's Office handed 19 people to ICE last year, and the "
                   "sheriff expects to hand over 19 again this year.")
    assert counts(facts) == [("2025", 19, "exact")]


def test_sent_to_immigration_court_is_another_receiver() -> None:
    facts = _facts("The Lake County Sheriff's Office handed 9 people to ICE in March and sent 14 "
                   "others to immigration court in Chicago in April.")
    assert counts(facts) == [("2026-03", 9, "exact")]


# --- other bodies opening a sentence --------------------------------------------------------

LEWISTON = "The Lewiston Police Department released 11 people to ICE in March. "


@pytest.mark.parametrize("second", [
    "In February police turned over four people, records show.",
    "The Police Department said it had turned over four people in February.",
    "Local police said they had turned over four people in February.",
])
def test_the_agencys_own_police_in_other_words_keep_their_figure(second: str) -> None:
    assert counts(_facts(LEWISTON + second)) == [("2026-02", 4, "exact"), ("2026-03", 11, "exact")]


@pytest.mark.parametrize(("second", "kind"), [
    ("City police said they honor ICE detainers only when a judge signs a warrant.",
     "judicial_warrant"),
    ("Under Chief O'Malley police have honored every ICE detainer.", "detainer"),
    ("The Police Department said each release was made on an ICE detainer.", "detainer"),
])
def test_the_agencys_own_police_in_other_words_keep_their_basis(second: str, kind: str) -> None:
    assert kind in _kinds(LEWISTON + second)


@pytest.mark.parametrize(("text", "wanted"), [
    ("The Harris County Sheriff's Office turned 410 people over to ICE in 2025. Houston police "
     "said the sheriff's office handed 52 people to ICE in January alone.",
     [("2025", 410, "exact"), ("2026-01", 52, "exact")]),
    ("The Sussex County Sheriff's Office handed 14 people to ICE in March. Georgetown Police "
     "said the sheriff's office turned over five more in February.",
     [("2026-02", 5, "exact"), ("2026-03", 14, "exact")]),
])
def test_a_city_police_quoting_the_sheriffs_figure_keeps_it(text: str, wanted: list) -> None:  # type: ignore[type-arg]
    assert counts(_facts(text)) == wanted


def test_a_county_department_of_corrections_is_not_the_state_prisons() -> None:
    facts = _facts("MANCHESTER, N.H. — The Valley Street Jail turned 30 people over to ICE in "
                   "2025. The Department of Corrections, the county agency that runs the jail, "
                   "said it turned over eight more in January.")
    assert ("2026-01", 8, "exact") in counts(facts)


def test_a_department_the_sheriff_runs_keeps_its_basis() -> None:
    assert "judicial_warrant" in _kinds(
        "The Cook County Sheriff's Office released three people to ICE in 2025. The Department "
        "of Corrections, which the sheriff runs, said all three were released on judicial "
        "warrants.")


@pytest.mark.parametrize(("title", "text"), [
    ("Jackson police arrests feed ICE transfers",
     "The Hinds County Sheriff's Office turned 40 people over to ICE in March. Most had been "
     "arrested by the Jackson Police Department, and the Jackson Police Department turned over "
     "two people directly to ICE."),
    ("Phoenix-area jail sends record numbers to ICE",
     "The Maricopa County Sheriff's Office turned 410 people over to ICE in March. Phoenix Police "
     "Department officers turned over 12 people to ICE agents in the same month."),
    ("Houston jail transfers to ICE rise",
     "The Harris County Sheriff's Office turned 980 people over to ICE in 2025 from its jail in "
     "downtown Houston. The Houston Police Department also turned over 14 people directly."),
])
def test_a_city_in_the_headline_as_a_place_leaves_the_sheriff(title: str, text: str) -> None:
    facts = _facts(text, title=title)
    assert facts.agency is not None
    assert "Sheriff" in facts.agency.name


def test_a_juvenile_department_does_not_run_the_adult_center() -> None:
    facts = _facts("The Fairfax County Adult Detention Center released 30 people to ICE in 2025. "
                   "The Fairfax County Sheriff's Office declined to comment. The Fairfax County "
                   "Department of Juvenile Services, which runs the juvenile detention center, "
                   "said it transferred no one.")
    assert facts.agency is not None
    assert facts.agency.name != "Fairfax County Department of Juvenile Services"


@pytest.mark.parametrize(("text", "county"), [
    ("ERIE, Pa. — The Erie Juvenile Detention Center, which the county runs, handed two "
     "teenagers to ICE in 2025, county officials said.", "Erie County"),
    ("YORK, Pa. — The York Detention Center, run by county commissioners, released 60 people to "
     "ICE in 2025.", "York County"),
])
def test_a_facility_the_county_runs_stays_the_countys(text: str, county: str) -> None:
    assert (place(_facts(text)) or ("", None))[0] == county


def test_a_state_the_story_names_beats_the_votes_of_its_towns() -> None:
    facts = _facts("The Hanover Police Department turned one man over to ICE in March, a rare "
                   "case in New Hampshire. He had been stopped on Route 120 near Lebanon.")
    assert place(facts) == ("Hanover", "NH")


# --- officials, ages, people, orders ----------------------------------------------------------

@pytest.mark.parametrize("byline", [
    "By Tom Lee, County Bureau Chief",
    "By John Doe, Chairman of the Coffee County Republican Party",
    "By Ana Ruiz, President of the Coffee County Bar Association",
    "By Ana Ruiz, Chief Public Defender for Coffee County",
    "By Mark Hill, President of the Coffee County Deputies Association",
    "By Maria Ortiz, Director of the County Immigrant Defense Project",
])
def test_bylines_of_reporters_parties_and_associations_are_no_officials(byline: str) -> None:
    facts = _facts(f"{byline}\n\nThe Coffee County Sheriff's Office turned 58 people over to ICE "
                   "last year, and my view is that it should stop.")
    assert [o.name for o in facts.officials] == []


def test_a_candidate_for_the_office_is_no_official() -> None:
    facts = _facts("The Sussex County Sheriff's Office handed 14 people to ICE in March. Ana Ruiz "
                   "is a candidate for the Sussex County Sheriff's Office. \"Nobody was told "
                   "why,\" Ruiz said.")
    assert [o.name for o in facts.officials] == []


@pytest.mark.parametrize("text", [
    "The Sussex County Sheriff's Office handed a 34-year-old man to ICE in March after he served "
    "his sentence. The girls he was convicted of abusing were 8, 10 and 13 years old at the time.",
    "The Sussex County Sheriff's Office handed 14 people to ICE in March. The booking photos are "
    "5, 10 or 15 years old, so some faces have changed.",
    "The Norfolk Juvenile Detention Center holds youths awaiting trial. The youths are 12 to 17 "
    "years old. The center turned three of them over to ICE in 2025, the city said.",
    "The Sussex County Sheriff's Office handed 14 people to ICE in March.\n\nHow old were the "
    "children left behind?\n\nFrom 2 to 11.",
    "The Sussex County Sheriff's Office handed 14 people to ICE in March.\n\nHow old were they "
    "when they came to the United States?\n\nFrom 2 to 15, most of them.",
])
def test_ages_of_others_are_no_age_range(text: str) -> None:
    assert _facts(text).age_range is None


@pytest.mark.parametrize(("text", "wanted"), [
    ("The Sussex County Jail booked 300 arrestees in March and turned 12 over to ICE.", 12),
    ("The Sussex County Jail held 60 defendants on ICE detainers in March and turned 14 over to "
     "ICE.", 14),
])
def test_people_booked_or_held_are_not_the_handovers(text: str, wanted: int) -> None:
    assert [c[1] for c in counts(_facts(text))] == [wanted]


@pytest.mark.parametrize("second", [
    "One of them was a man whose former partner had obtained a protective order; a judge issued "
    "the protective order in January.",
    "A judge signed a gag order in one of the cases.",
])
def test_other_orders_are_no_court_order(second: str) -> None:
    assert "court_order" not in _kinds(
        f"The Sussex County Sheriff's Office handed 14 people to ICE in March. {second}")


def test_a_total_in_brackets_is_no_stations_name() -> None:
    facts = _facts("The Sussex County Sheriff's Office handed people to ICE every month last year "
                   "(TOTAL 58).")
    assert total(facts) is not None


# --- page furniture and comparisons -----------------------------------------------------------

def test_key_points_under_a_trending_box_are_the_storys() -> None:
    facts = _facts("TRENDING NOW\n1. Storm knocks out power to 4,000\n2. Lakeland restaurant "
                   "closes after 40 years\n\nKey Points\n• The Polk County Sheriff's Office handed "
                   "14 people to ICE in March\n• That is up from 9 in February\n\nThe sheriff's "
                   "office released the figures Tuesday.")
    assert counts(facts) == [("2026-03", 14, "exact")]


def test_more_from_the_sheriffs_report_is_the_storys() -> None:
    facts = _facts("The Polk County Sheriff's Office released its quarterly report on Tuesday.\n\n"
                   "More from the sheriff's report:\n• 34 people turned over to ICE in the first "
                   "quarter\n• 212 detainers received\n\nSheriff Grady Judd said the numbers "
                   "reflect ICE's staffing.")
    assert ("2026-01-01/2026-03-31", 34, "exact") in counts(facts)


def test_a_caption_after_a_related_box_ends_it() -> None:
    masked = mask_page_furniture(
        "The jail released people to ICE in 2025.\n\nRELATED COVERAGE\n• Council weighs contract\n"
        "• Deputies add body cameras\n\nTransfers to ICE by month:\n\nAug. — 14\nSept. — 19")
    assert "Transfers to ICE by month:" in masked
    assert "Aug. — 14" in masked
    assert "Council weighs" not in masked


def test_a_watch_caption_is_the_storys() -> None:
    facts = _facts("WATCH: Polk County Sheriff Grady Judd says 34 people were handed to ICE in the "
                   "first quarter\n\nThe Polk County Sheriff's Office runs the county jail, Judd "
                   "said at a news conference Tuesday.")
    assert facts.transfer_report


def test_records_turned_over_to_a_newspaper_are_no_handover() -> None:
    facts = _facts("The Kent County Sheriff's Office turned its records on the 40 people held for "
                   "ICE in 2025 over to the Herald on Friday.")
    assert not facts.transfer_report


def test_a_practice_ended_in_a_year_is_no_handover() -> None:
    facts = _facts("The Coffee County jail ended in 2019 handing people to ICE on detainers alone, "
                   "Sheriff Dale Ellis said.")
    assert not facts.transfer_report


@pytest.mark.parametrize("second", [
    ", and 12 of them were women.",
    ", and 18 of the 30 were from Guatemala.",
])
def test_a_figure_joined_after_a_comparison_is_no_history(second: str) -> None:
    facts = _facts("The Kent County Sheriff's Office handed 30 people to ICE in 2025, down from 60 "
                   f"in 2024{second}")
    assert history(facts) == [("2024", 60, "exact")]


@pytest.mark.parametrize("second", [
    "ICE lodged detainers against 140 people in 2024, the sheriff said.",
    "Prosecutors filed charges against 14 people in 2024 after the jail riot.",
    "In 2024, the detainer count for the whole year was 190.",
])
def test_against_and_detainer_counts_are_no_history(second: str) -> None:
    facts = _facts(f"The Kent County Sheriff's Office handed 52 people to ICE in 2025. {second}")
    assert history(facts) == []


def test_last_years_bookings_total_is_no_history() -> None:
    facts = _facts("The Florence County Detention Center handed 52 people to ICE through June. "
                   "The jail has already booked 3,100 people this year, approaching last year's "
                   "total of 6,100.", date(2025, 7, 20))
    assert history(facts) == []


@pytest.mark.parametrize(("question", "answer"), [
    ("How does that compare with the county next door?",
     "About 40, for all of 2024, from what their sheriff told me."),
    ("How does that compare with the state prisons?", "They released 300 people, for all of 2024."),
    ("How does that compare with the number of detainers?", "About 140, for all of 2024."),
])
def test_answers_comparing_other_things_are_no_history(question: str, answer: str) -> None:
    facts = _facts("Q: How many people did the detention center turn over to ICE this year?\n\n"
                   f"A: Between Jan. 1 and Oct. 31 it was 23.\n\nQ: {question}\n\nA: {answer}\n\n"
                   "The Allegany County Sheriff's Office runs the detention center.",
                   date(2025, 11, 10))
    assert history(facts) == []

"""Guards for the eighth round's rules: sentences next to each new rule's phrasing that it
must leave alone (found by a second reader of the rules, each reproduced before the fix)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_facts
from pipeline.facts import TransferFacts

FEB = date(2026, 2, 10)
MARCH = date(2026, 3, 10)

Figures = list[tuple[str, int, str]]


def _counts(facts: TransferFacts) -> Figures:
    return sorted((c.period, c.count, c.qualifier) for c in facts.counts)


def _history(facts: TransferFacts) -> Figures:
    return sorted((c.period, c.count, c.qualifier) for c in facts.historical)


# --- the whole a part is taken from --------------------------------------------------------

@pytest.mark.parametrize(("text", "counts"), [
    ("Most of the 1,204 people booked into the Hall County jail in January were released on "
     "bond; 14 were turned over to ICE.", [("2026-01", 14, "exact")]),
    ("Some of the 300 inmates released from the Hall County jail in January were handed to "
     "ICE, but the sheriff's office would not say how many.", []),
    ("Several of the 60 inmates sent to the Hall County jail from neighboring counties in "
     "January were later handed to ICE.", []),
    ("Deputies arrested 20 men at a Gainesville worksite on Jan. 9. The Hall County jail "
     "handed 14 of the arrested men to ICE in January and released the rest on bond.",
     [("2026-01", 14, "exact")]),
])
def test_a_part_and_its_whole(text: str, counts: Figures) -> None:
    assert _counts(extract_facts(text, published=FEB)) == counts


@pytest.mark.parametrize("text", [
    "Half of the 212 people ICE flagged at the Hall County jail last year were transferred to "
    "the agency, records show.",
    "Twelve of the 40 people ICE asked the Hall County jail to hold in January were handed "
    "over to federal agents, according to jail records.",
])
def test_the_whole_of_people_asked_for_is_no_count(text: str) -> None:
    facts = extract_facts(text, published=MARCH)
    assert all(c.count not in (212, 40) for c in facts.counts)


# --- another county's sentences ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "counts"), [
    # a county written with a curly apostrophe is still the agency's own
    ("The Prince George’s County Department of Corrections released 14 people to ICE in "
     "January and 9 in February, a spokesperson said.",
     [("2026-01", 14, "exact"), ("2026-02", 9, "exact")]),
    ("The Queen Anne’s County Sheriff’s Office released 6 people to ICE in January, Sheriff "
     "Gary Hofmann said.", [("2026-01", 6, "exact")]),
    # another county's residents, deputies or short name are not another county's jail
    ("The Hall County Sheriff's Office handed 31 people to ICE in January, its monthly report "
     "shows.\n\nGwinnett County residents made up nine of the people the jail handed over that "
     "month, and 14 more were handed to ICE in February after arrests on Interstate 985.",
     [("2026-01", 31, "exact"), ("2026-02", 14, "exact")]),
    ("The Los Angeles County Sheriff's Department handed 112 people to ICE in 2025, according "
     "to records obtained by the Times.\n\nThe L.A. County jail system transferred 31 of them "
     "in December alone.", [("2025", 112, "exact"), ("2025-12", 31, "exact")]),
])
def test_the_agencys_own_county_however_written(text: str, counts: Figures) -> None:
    assert _counts(extract_facts(text, published=MARCH)) == counts


@pytest.mark.parametrize("text", [
    "The Hall County jail handed 31 people to ICE in January, according to the jail's monthly "
    "report.\n\nNext door, the Gwinnett County Sheriff's Office ended its 287(g) agreement in "
    "2021. Gwinnett County commissioners voted last week to keep it that way, and Gwinnett "
    "County officials said they had no plans to revisit the decision.",
    "The Hall County jail handed 31 people to ICE in January, Sheriff Gerald Couch said.\n\n"
    "The Gwinnett County Sheriff's Office, which ended its agreement with ICE in 2021, says it "
    "transfers no one. Gwinnett County commissioners and Gwinnett County officials have pointed "
    "to Hall as an example of what they do not want.",
])
def test_a_county_talked_about_more_but_handing_no_one_over_is_not_the_agency(text: str) -> None:
    facts = extract_facts(text, published=FEB)
    assert facts.agency is not None
    assert facts.agency.name == "Hall County jail"
    assert _counts(facts) == [("2026-01", 31, "exact")]


# --- questions, data and other handings ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The real question is how many people the Hall County jail has handed to ICE since 2024, "
    "and the sheriff's office won't say.",
    "What remains unknown is how many people the Hall County Sheriff's Office turned over to "
    "ICE after the 2024 raids.",
    "The big unknown is how many people the Hall County jail turned over to ICE during the 2025 "
    "raids; the sheriff's office said 40 people were booked.",
    "The Hall County Sheriff's Office has been handing crime data to federal agencies for "
    "years, Sheriff Gerald Couch said, but ICE has never asked for jail records.",
])
def test_what_is_unknown_or_handed_is_no_transfer_report(text: str) -> None:
    assert not extract_facts(text, published=FEB).transfer_report


@pytest.mark.parametrize("sentence", [
    "Protesters held signs saying Sheriff Gerald Couch should end the program.",
    "Maria Lopez, an organizer, spoke after Commissioner Linda Yates introduced the item.",
    "Residents lined up to speak, many of them saying Mayor Tom Reed had misled them.",
    "Dozens of residents spoke at Tuesday's meeting, many of them criticizing Sheriff Gerald "
    "Couch.",
])
def test_officials_others_speak_about_are_not_quoted(sentence: str) -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office handed 31 people to ICE in January. " + sentence,
        published=FEB)
    assert facts.officials == ()


# --- running totals and their starts -----------------------------------------------------

@pytest.mark.parametrize(("text", "published", "counts"), [
    ("The Hall County Sheriff's Office handed 61 people to ICE in 2025. Transfers have risen "
     "since the agreement took effect in January, when 4 people were handed to ICE.",
     date(2026, 3, 20), [("2025", 61, "exact"), ("2026-01", 4, "exact")]),
    ("The Hall County jail handed 9 people to ICE in March, the most in any month since the "
     "program began in January, when 2 people were transferred.",
     date(2026, 4, 10), [("2026-01", 2, "exact"), ("2026-03", 9, "exact")]),
])
def test_a_month_with_its_own_figure_opens_no_running_total(
        text: str, published: date, counts: Figures) -> None:
    assert _counts(extract_facts(text, published=published)) == counts


@pytest.mark.parametrize(("text", "total"), [
    ("The Hall County jail released 14 people to ICE in October, bringing the number of people "
     "it has handed to the agency since Sheriff Dana Ortiz took office in January 2025 to 188.",
     188),
    ("The Hall County jail released 14 people to ICE in October. That brings the figure for "
     "people turned over to immigration agents since the jail opened its new booking center in "
     "2023 to 301.", 301),
])
def test_a_figure_brought_up_since_an_event_is_a_running_total(text: str, total: int) -> None:
    facts = extract_facts(text, published=date(2025, 11, 10))
    assert _counts(facts) == [("2025-10", 14, "exact")]
    assert _history(facts) == []
    assert facts.total is not None
    assert facts.total.count == total


@pytest.mark.parametrize("text", [
    "The headline figure is 212. That is how many people the Hall County Sheriff's Office has "
    "handed to ICE since its 287(g) agreement took effect in 2023.",
    "The number is 212. That is how many people the Hall County Sheriff's Office has handed to "
    "ICE since January 2024, records show.",
])
def test_that_is_how_many_since_a_start_is_a_running_total(text: str) -> None:
    facts = extract_facts(text, published=FEB)
    assert facts.counts == ()
    assert facts.total is not None
    assert facts.total.count == 212


def test_that_is_the_number_of_people_screened_is_no_handover_figure() -> None:
    facts = extract_facts(
        "The jail held an average of 412 people a day in 2025. That is the number of people "
        "deputies must screen, and the Hall County Sheriff's Office handed 61 of them to ICE "
        "last year.", published=FEB)
    assert all(c.count != 412 for c in facts.counts)


def test_report_lines_of_a_running_total_and_of_an_average() -> None:
    facts = extract_facts(
        "The Hall County Department of Corrections posted its January report.\n\n"
        "Releases to ICE, January 2026: 5\n\n"
        "Releases to ICE since the 287(g) agreement began in October 2025: 23\n\n"
        "Average monthly releases to ICE, 2025: 4", published=FEB)
    assert _counts(facts) == [("2026-01", 5, "exact")]
    assert _history(facts) == []
    assert facts.total is not None
    assert facts.total.count == 23


# --- other people's figures in familiar shapes ----------------------------------------------

@pytest.mark.parametrize(("text", "published", "counts"), [
    ("The Hall County jail handed 21 people to ICE in the third quarter, the sheriff's office "
     "said. Bookings climbed too: the July and August figures, 1,010 and 987, were the highest "
     "on record.", date(2025, 10, 20), [("2025-07-01/2025-09-30", 21, "exact")]),
    ("The Hall County jail handed nine people to ICE in March, the sheriff's office said. "
     "Bookings were steady: January's total, 1,204, and February's, 1,150, remain in line with "
     "last year.", date(2026, 4, 10), [("2026-03", 9, "exact")]),
    ("More than 4,000 people in 2025. About 350 in December alone.\n\nThose are the numbers of "
     "people booked into the Hall County jail, which also handed 61 people to ICE last year, "
     "the sheriff's office said.", FEB, [("2025", 61, "exact")]),
])
def test_bookings_in_the_shapes_of_handover_figures(
        text: str, published: date, counts: Figures) -> None:
    assert _counts(extract_facts(text, published=published)) == counts


def test_half_the_people_transferred_is_a_breakdown_not_a_comparison() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office handed 57 people to ICE in fiscal 2025, which ended "
        "June 30. Between July 1 and Jan. 31, the office turned over 49 people to the agency; "
        "half the people transferred were from Guatemala.", published=FEB)
    assert _counts(facts) == [("2024-07-01/2025-06-30", 57, "exact"),
                              ("2025-07-01/2026-01-31", 49, "exact")]


def test_a_change_over_time_in_a_sentence_naming_a_revised_report() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office changed its policy in 2024, and the number of people "
        "it handed over to federal immigration agents each year has since gone from 212 in 2023 "
        "to 64 in 2025, according to a revised county report.", published=FEB)
    assert _history(facts) == [("2023", 212, "exact")]


def test_a_fiscal_year_to_date_is_no_calendar_year() -> None:
    facts = extract_facts(
        "The Hall County Department of Corrections released 31 people to ICE "
        "fiscal-year-to-date, a spokesperson said.", published=FEB)
    assert ("2026", 31, "exact") not in _counts(facts)


def test_a_booking_logs_citizenships_are_no_breakdown() -> None:
    facts = extract_facts(
        "The Hall County jail handed 14 people to ICE in March. The jail's booking log lists 212 "
        "citizens of Mexico and 40 of Guatemala among those booked this year.",
        published=date(2026, 4, 10))
    assert facts.nationalities == ()


# --- places ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Jackson County Detention Center, the largest detention center in Missouri outside St. "
    "Louis, handed 12 people to ICE in January.",
    "The Jackson County jail handed 12 people to ICE in January. Sheriff Darryl Forte, who "
    "moved to Missouri from Texas as a teenager, said the jail follows federal law.",
])
def test_the_storys_own_state_named_about_its_jail_or_its_sheriff(text: str) -> None:
    facts = extract_facts(text, published=FEB)
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.state == "MO"


@pytest.mark.parametrize(("text", "not_state"), [
    ("The Lake County Sheriff's Office released 19 people to ICE in January, according to "
     "records the office provided to the U.S. Department of Justice.", "IL"),
    ("The Santa Cruz County Sheriff's Office released three people to ICE in 2025, Sheriff Jim "
     "Hart said. He said only Congress can fix the immigration system.", "AZ"),
])
def test_words_of_public_life_are_no_towns(text: str, not_state: str) -> None:
    facts = extract_facts(text, published=FEB)
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.state != not_state


def test_a_total_of_bookings_continues_no_count() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office handed 61 people to ICE last year, Sheriff Gerald "
        "Couch said. So far this year, the total is 2,140 bookings, up slightly.",
        published=MARCH)
    assert _counts(facts) == [("2025", 61, "exact")]


# --- a second look at the translated and newsletter forms ---------------------------------

def test_a_list_of_arrests_a_few_sentences_on_is_no_breakdown() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office handed 64 people to ICE in the first quarter of 2025. "
        "It was busy.\n\nMore people came in.\n\nThe jail is full.\n\nDeputies made 210 arrests "
        "in January, 190 in February and 240 in March.", published=date(2026, 3, 1))
    assert _counts(facts) == [("2025-01-01/2025-03-31", 64, "exact")]


@pytest.mark.parametrize("sentence", [
    "Both men face prison terms of between 10 and 20 years.",
    "The youngest had 2 prior arrests; the oldest had 11.",
    "The youngest had nineteen years in the United States; the oldest, thirty years working "
    "in the fields.",
])
def test_years_and_records_that_are_no_ages(sentence: str) -> None:
    facts = extract_facts("The Hall County jail released 12 people to ICE in January. " + sentence,
                          published=date(2026, 3, 1))
    assert facts.age_range is None


SEWARD_LINES = (
    "The Seward County Sheriff's Office handed people to ICE.\n\n"
    "23 — people the sheriff's office handed over to ICE in December 2025.\n\n"
    "5 — years since the county began handing people over to ICE.\n\n"
    "140 — people the state prison system handed over to ICE in 2025.\n\n"
    "2 — lawsuits filed in January over the handovers to ICE.\n\n"
    "29 and 67 — the ages of the youngest and oldest candidates.")


def test_by_the_numbers_lines_of_other_things_or_other_agencies() -> None:
    facts = extract_facts(SEWARD_LINES, published=date(2026, 1, 8))
    assert _counts(facts) == [("2025-12", 23, "exact")]
    assert _history(facts) == []
    assert facts.total is not None
    assert facts.total.count == 23
    assert facts.age_range is None


def test_a_present_title_beside_a_past_job_is_still_an_official() -> None:
    facts = extract_facts(
        "The Hall County jail released 12 people to ICE in January, said Maria Diaz, the "
        "sheriff's spokeswoman and a former TV reporter.", published=date(2026, 3, 1))
    assert [o.name for o in facts.officials] == ["Maria Diaz"]


def test_an_official_who_has_not_answered_is_not_quoted() -> None:
    facts = extract_facts(
        "The Hall County jail released 12 people to ICE in January. Sheriff Mark Lamb has not "
        "answered questions about the transfers.", published=date(2026, 3, 1))
    assert facts.officials == ()


def test_a_day_first_span_of_last_year() -> None:
    facts = extract_facts(
        "Between 1 July and 30 September of last year, the jail of Hall County delivered 40 "
        "persons to ICE, the Hall County Sheriff's Office said.", published=date(2026, 11, 15))
    assert _counts(facts) == [("2025-07-01/2025-09-30", 40, "exact")]

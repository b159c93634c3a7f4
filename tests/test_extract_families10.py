"""Phrasing families of the tenth round: figures given as answers in features and transcripts,
state-law conviction lists told in other words, a town's jail, and how handovers went before."""

from __future__ import annotations

from datetime import date

import pytest

from factkit import Figures, counts, history, total
from pipeline.extract import extract_facts

DECEMBER = date(2025, 12, 9)
FEBRUARY = date(2026, 2, 18)


def _kinds(text: str, published: date = DECEMBER) -> list[str]:
    return sorted(b.kind for b in extract_facts(text, published=published).legal_basis)


# --- an answer to a question the story asks in passing ----------------------------------------

def test_the_answer_after_an_indirect_question_counts_with_its_months() -> None:
    facts = extract_facts(
        "The Weld County Sheriff's Office released logs on Friday showing how many people it "
        "transferred to U.S. Immigration and Customs Enforcement this fall. The answer is nine, "
        "from August through October: none in August, five in September and four in October.",
        published=DECEMBER)
    assert counts(facts) == [("2025-08", 0, "exact"), ("2025-08-01/2025-10-31", 9, "exact"),
                             ("2025-09", 5, "exact"), ("2025-10", 4, "exact")]
    assert total(facts) == ("2025-08-01/2025-10-31", 9, "exact")


def test_an_answer_without_an_indirect_question_before_it_is_no_count() -> None:
    facts = extract_facts(
        "The Weld County Sheriff's Office transferred five people to ICE in September. "
        "Deputies were asked about staffing. The answer is nine, a spokesman said.",
        published=DECEMBER)
    assert counts(facts) == [("2025-09", 5, "exact")]


def test_a_colon_opens_a_zero_in_a_list_of_months() -> None:
    facts = extract_facts(
        "The Yuma County jail handed eleven people to ICE over the summer: none in June, six "
        "in July and five in August.", published=DECEMBER)
    assert ("2025-06", 0, "exact") in counts(facts)


_TRANSCRIPT = (
    "[Music]\n\n"
    "HOST: Every spring the Merced County supervisors get a report from the sheriff's "
    "department on its dealings with ICE.\n\n"
    "REPORTER: It lists how many detainers ICE sent, how many notifications it asked for, and "
    "then the part everybody reads, which is how many people the department transferred to "
    "ICE custody.\n\n"
    "HOST: And?\n\n"
    "REPORTER: They broke it out by quarter for the first time. January through March of 2025, "
    "41 people. April through June, 36.\n\n"
    "HOST: Is that a lot?"
)


def test_a_bare_follow_up_asks_for_the_figure_the_speaker_just_named() -> None:
    facts = extract_facts(_TRANSCRIPT, published=date(2025, 8, 1))
    assert facts.transfer_report
    assert counts(facts) == [("2025-01-01/2025-03-31", 41, "exact"),
                             ("2025-04-01/2025-06-30", 36, "exact")]
    assert facts.agency is not None
    assert facts.agency.name == "Merced County Sheriff's Department"


def test_a_follow_up_after_talk_of_other_figures_asks_nothing() -> None:
    facts = extract_facts(
        "HOST: The Merced County sheriff's department sends ICE a report every spring.\n\n"
        "REPORTER: It lists how many detainers ICE sent and how many bookings there were.\n\n"
        "HOST: And?\n\n"
        "REPORTER: They broke it out by quarter. January through March of 2025, 410 people.",
        published=date(2025, 8, 1))
    assert not facts.transfer_report


def test_a_period_and_figure_line_needs_a_figure_right_before_it() -> None:
    facts = extract_facts(
        "The Merced County Sheriff's Department transferred 41 people to ICE in the first "
        "quarter of 2025. Deputies also worked overtime. Supervisors met twice. "
        "April through June, 36.", published=date(2025, 8, 1))
    assert counts(facts) == [("2025-01-01/2025-03-31", 41, "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Records show the Cochise County jail handed 14 people to ICE in March; in February there "
     "were 9.", [("2025-02", 9, "exact"), ("2025-03", 14, "exact")]),
    ("A: Twenty so far. Twelve of those were between May and September, the sheriff added.",
     [("2025", 20, "exact"), ("2025-05-01/2025-09-30", 12, "exact")]),
])
def test_a_later_clause_gives_another_period_its_figure(text: str, expected: Figures) -> None:
    if text.startswith("A:"):
        text = ("Q: How many people has the Cochise County Sheriff's Office turned over to ICE "
                "this year?\n\n" + text)
    assert counts(extract_facts(text, published=DECEMBER)) == expected


@pytest.mark.parametrize("text", [
    "The Lane County Sheriff's Office handed 31 people to ICE in 2025. In 2019, when bookings "
    "peaked, the office reported 58.",
    "The Lane County Sheriff's Office handed 31 people to ICE in 2025. In 2019 the office "
    "recorded 58.",
])
def test_what_the_office_reported_for_an_earlier_year_is_history(text: str) -> None:
    facts = extract_facts(text, published=DECEMBER)
    assert counts(facts) == [("2025", 31, "exact")]
    assert history(facts) == [("2019", 58, "exact")]


def test_what_the_office_reported_about_bookings_is_no_history() -> None:
    facts = extract_facts(
        "The Lane County Sheriff's Office handed 31 people to ICE in 2025. In 2019 the office "
        "reported 5,800 bookings.", published=DECEMBER)
    assert history(facts) == []


def test_a_sentence_opening_on_a_month_span_names_the_span() -> None:
    facts = extract_facts(
        "July through December of 2025, the Merced County Sheriff's Department transferred 52 "
        "people to ICE.", published=FEBRUARY)
    assert counts(facts) == [("2025-07-01/2025-12-31", 52, "exact")]


# --- a state law's conviction list in other words ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kings County Sheriff's Office handed 12 people to ICE in 2025. If ICE has a hold and "
    "the conviction qualifies, we hand the person over, the captain said.",
    "The Kings County Sheriff's Office handed 12 people to ICE in 2025. A person who qualifies "
    "for transfer under the Values Act is released to ICE, the captain said.",
    "The Kings County Sheriff's Office handed 12 people to ICE in 2025. Each man's conviction "
    "was on the state's list, the captain said.",
    "The Kings County Sheriff's Office handed 12 people to ICE in 2025. A jail may do that only "
    "for someone convicted of one of several hundred serious or violent offenses the law lists.",
    "The Kings County Sheriff's Office handed 12 people to ICE in 2025. Under SB 54 a jail may "
    "transfer a person with a conviction on a long list of serious or violent crimes.",
    "The Kings County Sheriff's Office handed 12 people to ICE in 2025. The law allows it when "
    "a person has been convicted of certain serious or violent felonies.",
])
def test_a_conviction_the_state_law_lists_is_other(text: str) -> None:
    assert _kinds(text) == ["other"]


@pytest.mark.parametrize("text", [
    # the directive's exemption told as a general rule, not what these handovers rested on
    "The Passaic County jail handed 12 people to ICE in 2025. The directive exempts people "
    "convicted of a list of serious offenses.",
    "The Kings County Sheriff's Office handed 12 people to ICE in 2025. His conviction "
    "qualifies as a misdemeanor under state law.",
    # no law or list named
    "The Kings County Sheriff's Office handed 12 people to ICE in 2025. One man had been "
    "convicted of certain serious crimes in Fresno.",
])
def test_a_conviction_without_a_law_s_list_is_no_basis(text: str) -> None:
    assert _kinds(text) == []


# --- a town's jail, a federal program ---------------------------------------------------------

def test_a_town_s_jail_is_the_one_sheriff_s_office_s() -> None:
    facts = extract_facts(
        "The Baker County Sheriff's Office says it followed the rules. The office acknowledged "
        "that at least six people were released from the Lakeview jail directly into ICE custody "
        "between May 1 and Aug. 31.",
        published=DECEMBER)
    assert facts.agency is not None
    assert facts.agency.name == "Baker County Sheriff's Office"


def test_a_town_s_jail_beside_its_police_stays_the_jail() -> None:
    facts = extract_facts(
        "The Baker County Sheriff's Office runs the county detention center. Lakeview Police "
        "Department officers said six people were released from the Lakeview jail directly "
        "into ICE custody in May.", published=DECEMBER)
    assert facts.agency is not None
    assert facts.agency.name != "Baker County Sheriff's Office"


def test_ice_s_jail_model_names_no_custodian() -> None:
    facts = extract_facts(
        "The Apache County Sheriff's Office signed the agreement last spring. It follows ICE's "
        "jail enforcement model, under which officers process people for transfer into federal "
        "custody. The detention staff moved 17 people into ICE custody in October.",
        published=DECEMBER)
    assert facts.agency is not None
    assert facts.agency.name == "Apache County Sheriff's Office"


# --- how handovers went before ----------------------------------------------------------------

def test_a_basis_of_an_earlier_year_since_changed_is_not_today_s() -> None:
    kinds = _kinds(
        "The Lake County Sheriff's Office released 8 people to ICE on judicial warrants in 2025. "
        "In 2016, before the state changed its law, the jail still honored ICE detainers and "
        "turned 40 people over to immigration agents.")
    assert kinds == ["judicial_warrant"]


def test_a_basis_of_an_earlier_year_told_plainly_stands() -> None:
    kinds = _kinds(
        "The Lake County Sheriff's Office released 8 people to ICE in 2025 under its 287(g) "
        "agreement. In 2024, the jail handed 30 people to ICE on detainers.")
    assert kinds == ["287g", "detainer"]


# --- corrections told beside the figures they leave standing ----------------------------------

def test_a_span_s_figure_left_unchanged_by_a_correction_stays_a_count() -> None:
    facts = extract_facts(
        "The Tulare County Sheriff's Office has revised the number of people it handed to ICE "
        "last year, saying five transfers had been counted twice.\n\n"
        "The corrected report lowers the July-through-December figure from 88 to 83. The "
        "January-through-June figure, 61, is unchanged.", published=date(2026, 3, 2))
    assert counts(facts) == [("2025-01-01/2025-06-30", 61, "exact"),
                             ("2025-07-01/2025-12-31", 83, "exact")]


def test_records_counted_twice_are_no_handovers() -> None:
    facts = extract_facts(
        "The Tulare County Sheriff's Office handed 83 people to ICE in 2025, after finding that "
        "five transfers were entered twice.", published=date(2026, 3, 2))
    assert counts(facts) == [("2025", 83, "exact")]


def test_a_quarterly_report_names_no_quarter() -> None:
    facts = extract_facts(
        "The sheriff presented the first quarterly report under the agreement. His headline: "
        "the Cassia County Sheriff's Office has handed 22 people to ICE since the agreement "
        "began in May.", published=date(2025, 10, 1))
    assert counts(facts) == []
    assert facts.total is not None
    assert (facts.total.count, facts.total.qualifier) == (22, "exact")


# --- agency documents: rows by fiscal period, title blocks, sub-rows --------------------------

_FISCAL_TABLE = (
    "PUTNAM COUNTY DETENTION CENTER ANNUAL REPORT\n\n"
    "The Putnam County Detention Center's fiscal year runs July 1 through June 30.\n\n"
    "Releases to U.S. Immigration and Customs Enforcement, by fiscal quarter:\n"
    "FY26 Q1 (Jul-Sep 2025): 5\n"
    "FY26 Q2 (Oct-Dec 2025): 8\n"
    "FY26 Q3: 10\n"
    "FY26 Q4: 11\n"
    "FY26 total: 34\n\n"
    "Prior years:\n"
    "FY25: 21\n"
    "FY24: 9"
)


def test_rows_named_by_fiscal_quarter_count_in_the_fiscal_year() -> None:
    facts = extract_facts(_FISCAL_TABLE, published=date(2026, 8, 4))
    assert counts(facts) == [
        ("2025-07-01/2025-09-30", 5, "exact"), ("2025-07-01/2026-06-30", 34, "exact"),
        ("2025-10-01/2025-12-31", 8, "exact"), ("2026-01-01/2026-03-31", 10, "exact"),
        ("2026-04-01/2026-06-30", 11, "exact")]
    assert total(facts) == ("2025-07-01/2026-06-30", 34, "exact")
    assert history(facts) == [("2023-07-01/2024-06-30", 9, "exact"),
                              ("2024-07-01/2025-06-30", 21, "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    # a federal fiscal year by its letters
    ("Transfers to ICE custody, by quarter:\nQ1 FFY2026: 4\nQ2 FFY2026: 6",
     [("2025-10-01/2025-12-31", 4, "exact"), ("2026-01-01/2026-03-31", 6, "exact")]),
    ("The Clay County jail handed people to ICE.\n\nTransfers to ICE custody:\n"
     "January 2026: 2\nFebruary 2026: 3\nQ1 2026 total: 5\nQ1 2025 (for comparison): 1",
     [("2026-01", 2, "exact"), ("2026-01-01/2026-03-31", 5, "exact"),
      ("2026-02", 3, "exact")]),
])
def test_rows_named_by_quarter_codes_are_read(text: str, expected: Figures) -> None:
    if not text.startswith("The "):
        text = "The Clay County Sheriff's Office handed people to ICE.\n\n" + text
    assert counts(extract_facts(text, published=date(2026, 5, 1))) == expected


def test_a_comparison_row_is_history() -> None:
    facts = extract_facts(
        "The Clay County jail handed people to ICE.\n\nTransfers to ICE custody:\n"
        "January 2026: 2\nFebruary 2026: 3\nQ1 2025 (for comparison): 1",
        published=date(2026, 5, 1))
    assert history(facts) == [("2025-01-01/2025-03-31", 1, "exact")]


def test_a_fiscal_year_code_without_the_story_s_fiscal_year_is_its_calendar_year() -> None:
    facts = extract_facts("The Clay County jail released 14 people to ICE in FY25.",
                          published=date(2026, 5, 1))
    assert counts(facts) == [("2025", 14, "exact")]


def test_a_report_s_title_dates_its_rows_far_below() -> None:
    text = ("CLAY COUNTY SHERIFF'S OFFICE\nANNUAL REPORT\n"
            "Federal Fiscal Year 2025 (October 1, 2024 - September 30, 2025)\n\n"
            + "".join(f"Item {i}.\n" for i in range(12))
            + "Persons booked into the jail: 4,210\n"
            "Persons transferred to ICE custody: 96\n\n"
            "Prepared by the Clay County Sheriff's Office.")
    facts = extract_facts(text, published=date(2025, 11, 20))
    assert counts(facts) == [("2024-10-01/2025-09-30", 96, "exact")]


def test_a_monthly_report_s_capital_title_dates_its_rows() -> None:
    facts = extract_facts(
        "MONTHLY JAIL REPORT: MARCH 2026\n\nSECTION 2. RELEASES\n"
        "To U.S. Marshals Service: 4\n"
        "Released to U.S. Immigration and Customs Enforcement (ICE): 6\n"
        "  Same month, prior year: 2\n"
        "  Calendar year to date: 17\n\n"
        "Prepared by the Clay County Sheriff's Office.", published=date(2026, 4, 6))
    assert counts(facts) == [("2026", 17, "exact"), ("2026-03", 6, "exact")]
    assert history(facts) == [("2025-03", 2, "exact")]
    assert total(facts) == ("2026", 17, "exact")


def test_sub_rows_under_another_measure_are_not_handovers() -> None:
    facts = extract_facts(
        "MONTHLY JAIL REPORT: MARCH 2026\n\n"
        "Released to U.S. Immigration and Customs Enforcement (ICE): 6\n"
        "ICE detainers lodged: 9\n"
        "  Calendar year to date: 31\n\n"
        "Prepared by the Clay County Sheriff's Office.", published=date(2026, 4, 6))
    assert counts(facts) == [("2026-03", 6, "exact")]


# --- handovers and officials in other words ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Norwalk Police Department gave five persons to the immigration agency ICE in June.",
     [("2025-06", 5, "exact")]),
    ("The Norwalk Police Department had given only three persons to ICE in May.",
     [("2025-05", 3, "exact")]),
    ("LANGLEY: We had 44 go to ICE in the second quarter, the Dale County Sheriff's Office "
     "said.", [("2025-04-01/2025-06-30", 44, "exact")]),
    ("Thirty people went to ICE from the Dale County jail in April, the sheriff's office said.",
     [("2025-04", 30, "exact")]),
])
def test_giving_and_going_to_ice_are_handovers(text: str, expected: Figures) -> None:
    facts = extract_facts(text, published=DECEMBER)
    assert facts.transfer_report
    assert counts(facts) == expected


@pytest.mark.parametrize("text", [
    "ICE gave the Dale County Sheriff's Office 41 detainer requests in May.",
    "The Dale County Sheriff's Office had 12 deputies go to ICE training in May.",
    "The Dale County Sheriff's Office had 30 inmates go to the state prison in April. ICE "
    "was not involved.",
])
def test_giving_papers_and_going_elsewhere_are_no_handovers(text: str) -> None:
    assert counts(extract_facts(text, published=DECEMBER)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Cuming County Sheriff's Office delivered eight persons to ICE in May, according to "
     "the chief deputy Irma Vasquez.", [("Irma Vasquez", "chief deputy")]),
    ("The Cuming County Sheriff's Office delivered eight persons to ICE in May, explained the "
     "sheriff Nolan Brandvold.", [("Nolan Brandvold", "sheriff")]),
    ("The Cuming County jail delivered eight persons to ICE in May, explained the director of "
     "the county jail, Ramona Aldana.", [("Ramona Aldana", "director of the county jail")]),
])
def test_titles_written_the_translated_way_name_officials(
        text: str, expected: list[tuple[str, str]]) -> None:
    facts = extract_facts(text, published=DECEMBER)
    assert [(o.name, o.role) for o in facts.officials] == expected


@pytest.mark.parametrize("text", [
    "The Cuming County Sheriff's Office delivered eight persons to ICE in May, said the lawyer "
    "Rodrigo Salas.",
    "The Cuming County Sheriff's Office delivered eight persons to ICE in May. Glen Harte, a "
    "farmer, thanked the sheriff and left, he said.",
    "The Cuming County Sheriff's Office delivered eight persons to ICE in May. \"It hurts,\" said "
    "the director of the network of volunteers, Rosa Mendoza.",
])
def test_lower_case_words_about_a_sheriff_name_no_official(text: str) -> None:
    assert extract_facts(text, published=DECEMBER).officials == ()


# --- ages told the translated way -------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("and they had between 21 and 57 years.", (21, 57)),
    ("The delivered ones had between 18 and 63 years.", (18, 63)),
    ("The persons given to ICE this spring have between 23 and 48 years, he added.", (23, 48)),
    ("The most young has 20 years; the most old, 59.", (20, 59)),
    ("The ages of the transferred persons were from 19 years old to 65 years old.", (19, 65)),
    ("The people who were handed over are of ages from 18 years up to 60 years.", (18, 60)),
    ("The persons handed over were from 22 to 50 years of age.", (22, 50)),
])
def test_ages_told_in_translation_give_the_range(
        sentence: str, expected: tuple[int, int]) -> None:
    facts = extract_facts(
        "The Saline County Sheriff's Office delivered 14 persons to ICE in March. " + sentence,
        published=DECEMBER)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == expected


@pytest.mark.parametrize("sentence", [
    "Her sons had between 4 and 12 years.",
    "The deputies had between 2 and 20 years of service.",
    "Their sentences were from 2 to 10 years.",
    "The persons handed over were from 12 states.",
])
def test_spans_of_years_that_are_not_ages_give_no_range(sentence: str) -> None:
    facts = extract_facts(
        "The Saline County Sheriff's Office delivered 14 persons to ICE in March. " + sentence,
        published=DECEMBER)
    assert facts.age_range is None


# --- a "by the numbers" box: a figure over its caption ----------------------------------------

_BOX = (
    "BY THE NUMBERS\n\n"
    "The Laramie County Sheriff's Office has released its accounting of people taken from the "
    "county detention center, which it runs, into federal immigration custody.\n\n"
    "31\nPeople the sheriff's office handed over to ICE from January through June of this year.\n\n"
    "12\nHow many of those handovers came in April, May and June.\n\n"
    "20\nPeople in that group who are from Mexico.\n\n"
    "6\nFrom Honduras.\n\n"
    "18 and 63\nAges of the youngest and the oldest person transferred.\n\n"
    "9\nHandovers recorded in all of 2024, for comparison.\n\n"
    "77\nICE detainers lodged at the jail in the first six months.\n\n"
    "505\nAverage daily population at the detention center in June."
)


def test_a_box_s_figures_are_read_with_their_captions() -> None:
    facts = extract_facts(_BOX, published=date(2025, 7, 20))
    assert counts(facts) == [("2025-01-01/2025-06-30", 31, "exact"),
                             ("2025-04-01/2025-06-30", 12, "exact")]
    assert total(facts) == ("2025-01-01/2025-06-30", 31, "exact")
    assert history(facts) == [("2024", 9, "exact")]
    assert sorted((n.country, n.count) for n in facts.nationalities) == [
        ("Honduras", 6), ("Mexico", 20)]
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (18, 63)


def test_a_box_figure_takes_the_period_its_introduction_says_the_figures_cover() -> None:
    facts = extract_facts(
        "The Lyon County Sheriff's Office filed its annual jail report. The figures cover the "
        "fiscal year from July 1, 2024, through June 30, 2025.\n\n"
        "29\nPeople released from the jail directly into ICE custody.\n\n"
        "3,400\nTotal bookings at the jail for the year.", published=date(2025, 10, 6))
    assert counts(facts) == [("2024-07-01/2025-06-30", 29, "exact")]


def test_a_figure_line_joins_its_caption_and_keeps_offsets() -> None:
    from pipeline.extract.sentences import split_sentences
    text = "Intro line.\n\n23\nPeople handed over.\n\n2025\nA year alone stays apart."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Intro line.", "23\nPeople handed over.", "2025", "A year alone stays apart."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


# --- comparisons told the translated way ------------------------------------------------------

@pytest.mark.parametrize(("text", "now", "before"), [
    ("In October, the Saline County Sheriff's Office delivered to ICE thirteen persons, a "
     "little more than the double of the six of September.",
     [("2025-10", 13, "exact")], [("2025-09", 6, "exact")]),
    ("During the year 2025 complete, the Saline County Detention Center delivered to ICE "
     "sixty persons, almost the double than the thirty-two of 2024.",
     [("2025", 60, "exact")], [("2024", 32, "exact")]),
    ("The past month the Saline County jail handed over nine persons to ICE, twice more than "
     "in the same month of the past year, when they were four.",
     [("2025-11", 9, "exact")], [("2024-11", 4, "exact")]),
])
def test_a_comparison_clause_keeps_the_count_s_period(
        text: str, now: Figures, before: Figures) -> None:
    facts = extract_facts(text, published=DECEMBER)
    assert counts(facts) == now
    assert history(facts) == before


def test_a_comparison_with_beds_gives_no_history() -> None:
    facts = extract_facts(
        "In 2025 the Saline County Detention Center delivered sixty persons to ICE, almost the "
        "double of its capacity of thirty beds.", published=DECEMBER)
    assert counts(facts) == [("2025", 60, "exact")]
    assert history(facts) == []


# --- the authors of documents reproduced in a story --------------------------------------------

_LETTER = (
    "The Marion County Detention Center released 9 people to ICE in the first half of 2025, "
    "according to a records response the Ledger obtained.\n\n"
    "Dear Mr. Polk:\n"
    "In response to your request, the detention center released 9 people to ICE custody "
    "between January 1 and June 30, 2025.\n"
    "Sincerely,\n"
    "Roberta Lang\n"
    "Marion County Jailer\n"
)


@pytest.mark.parametrize(("text", "expected"), [
    (_LETTER, [("Roberta Lang", "Marion County Jailer")]),
    ("The Marion County Sheriff's Office released 9 people to ICE in March.\n\n"
     "Respectfully submitted,\nCapt. Dana Pruitt\nJail Administrator\n"
     "Marion County Sheriff's Office",
     [("Dana Pruitt", "Jail Administrator")]),
    ("The Marion County Sheriff's Office released 9 people to ICE in March.\n\n"
     "FROM: Sheriff Dale Amsel\nTO: County Commissioners\nRE: ICE releases\n"
     "Nine people were released to ICE in March.\n"
     "Dale Amsel\nSheriff, Marion County", [("Dale Amsel", "Sheriff")]),
    ("The Marion County Sheriff's Office released 9 people to ICE in March.\n\n"
     "FROM: Capt. Rhonda Vale, Detention Center Administrator\nRE: ICE releases",
     [("Rhonda Vale", "Detention Center Administrator")]),
])
def test_a_document_s_signer_is_an_official(text: str, expected: list[tuple[str, str]]) -> None:
    facts = extract_facts(text, published=DECEMBER)
    assert [(o.name, o.role) for o in facts.officials] == expected


@pytest.mark.parametrize("text", [
    # a media contact is no author
    "The Marion County Sheriff's Office released 9 people to ICE in March.\n\n"
    "Media contact:\nSgt. Alyssa Brandt\nPublic Information Officer",
    # an advocate's letter
    "The Marion County Sheriff's Office released 9 people to ICE in March.\n\n"
    "Sincerely,\nGabriel Ostrowski\nResearch Coordinator\nBluegrass Immigrant Justice Network",
])
def test_a_contact_or_an_advocate_signing_is_no_official(text: str) -> None:
    assert extract_facts(text, published=DECEMBER).officials == ()


# --- a brief about several counties -----------------------------------------------------------

_BRIEF = (
    "RURAL ROUNDUP\n\n"
    "In Elko County, the sheriff's office turned 19 people over to ICE in the fiscal year "
    "that ended June 30, Sheriff Ada Moss said.\n\n"
    "In Eureka County, the sheriff's office said ICE sent it 11 detainer requests.\n\n"
    "And in Lander County, commissioners approved a 287(g) agreement in August.")


def test_a_brief_s_item_names_its_county_s_sheriff_s_office() -> None:
    facts = extract_facts(_BRIEF, published=date(2025, 10, 3))
    assert facts.agency is not None
    assert facts.agency.name == "Elko County Sheriff's Office"


def test_another_county_s_agreement_in_a_brief_is_not_the_agency_s_basis() -> None:
    facts = extract_facts(_BRIEF, published=date(2025, 10, 3))
    assert "287g" not in [b.kind for b in facts.legal_basis]


# --- a retraction, then the right figure in the next sentence -----------------------------------

def test_a_figure_after_a_retraction_corrects_the_one_it_names() -> None:
    facts = extract_facts(
        "The Bonner County jail handed 16 people to ICE in October and 9 in November. "
        "Correction from the sheriff's office: the October figure on the slide was wrong. It "
        "should be 13, not 16.", published=DECEMBER)
    assert counts(facts) == [("2025-10", 13, "exact"), ("2025-11", 9, "exact")]


def test_a_report_s_figure_after_that_was_wrong_replaces_the_figure_before() -> None:
    facts = extract_facts(
        "Our edition of Oct. 3 said the Bonner County Sheriff's Office turned over 33 people to "
        "ICE in 2024. That was wrong. The office's annual report puts the number at 29.",
        published=DECEMBER)
    assert counts(facts) == [("2024", 29, "exact")]


def test_that_was_wrong_about_another_claim_corrects_nothing() -> None:
    facts = extract_facts(
        "The Bonner County jail handed 16 people to ICE in October. That was wrong, the sheriff "
        "said of a claim that 40 people were held. The jail holds 300.", published=DECEMBER)
    assert counts(facts) == [("2025-10", 16, "exact")]


# --- "a dozen more" adds; "a dozen more than" compares ------------------------------------------

_LEAD = "Rain fell. The roads closed. Trucks waited. "


def test_a_figure_and_more_at_the_clause_s_end_adds_to_the_one_before() -> None:
    facts = extract_facts(
        _LEAD + "In 2025 the Polk County Sheriff's Office handed 58 people to ICE. In January "
        "and February of this year it handed over more than a dozen more.",
        published=date(2026, 3, 10))
    assert counts(facts) == [("2025", 58, "exact"),
                             ("2026-01-01/2026-02-28", 12, "more_than")]
    assert history(facts) == []


def test_a_difference_keeps_the_count_in_its_own_period() -> None:
    facts = extract_facts(
        _LEAD + "In 2025 the Polk County Sheriff's Office handed 58 people to ICE, a dozen more "
        "than in 2024.", published=date(2026, 3, 10))
    assert counts(facts) == [("2025", 58, "exact")]


# --- an interview that goes month by month -----------------------------------------------------

def test_an_interview_s_follow_ups_by_month_alone_count_each_month() -> None:
    facts = extract_facts(
        "Q: How many people did the Terrebonne Parish jail turn over to ICE in January?\n\n"
        "A: Seventeen.\n\nQ: February?\n\nA: None.\n\nQ: March?\n\nA: March was six.",
        published=date(2025, 5, 1))
    assert counts(facts) == [("2025-01", 17, "exact"), ("2025-02", 0, "exact"),
                             ("2025-03", 6, "exact")]
    assert total(facts) is None


def test_follow_ups_after_a_question_about_detainers_count_nothing() -> None:
    facts = extract_facts(
        "Q: How many detainers did ICE lodge at the Terrebonne Parish jail in February?\n\n"
        "A: Thirty.\n\nQ: March?\n\nA: None.\n\nQ: And the jail population?\n\nA: About 400.",
        published=date(2025, 5, 1))
    assert counts(facts) == []


# --- lists and agreements in the translated order ---------------------------------------------

def test_a_list_of_countries_each_with_its_persons_is_a_breakdown() -> None:
    facts = extract_facts(
        "The Pierce County Sheriff's Office handed 15 persons to ICE in 2025. By nationality, "
        "Mexico 9 persons, Guatemala 3 persons, South Korea 2 persons, Ukraine 1 person.",
        published=DECEMBER)
    assert sorted((n.country, n.count) for n in facts.nationalities) == [
        ("Guatemala", 3), ("Mexico", 9), ("South Korea", 2), ("Ukraine", 1)]


def test_a_list_of_countries_with_percentages_is_no_breakdown() -> None:
    facts = extract_facts(
        "The Pierce County Sheriff's Office handed 15 persons to ICE in 2025. Mexico 8 percent, "
        "Guatemala 3 percent of the population.", published=DECEMBER)
    assert facts.nationalities == ()


def test_korean_nationals_are_from_south_korea() -> None:
    facts = extract_facts(
        "The Pierce County Sheriff's Office handed 15 persons to ICE in 2025, among them two "
        "Korean nationals and three Mexicans.", published=DECEMBER)
    assert ("South Korea", 2) in [(n.country, n.count) for n in facts.nationalities]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("We are following the agreement 287(g) that the county signed last year, the sheriff said.",
     ["287g"]),
    ("Each one was identified by our officers inside the program 287(g).", ["287g"]),
    ("The county is studying the agreement 287(g) that Barnstable signed.", []),
    ("The board will vote on the program 287(g) in August.", []),
])
def test_an_agreement_named_before_its_section_is_287g_when_in_force(
        sentence: str, expected: list[str]) -> None:
    facts = extract_facts(
        "The Dukes County Sheriff's Office handed 9 persons to ICE in 2025. " + sentence,
        published=DECEMBER)
    assert [b.kind for b in facts.legal_basis] == expected

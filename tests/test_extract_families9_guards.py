"""Guards for the ninth round's rules: sentences next to each new rule's phrasing that it must
leave alone (found by two second readers of the rules, each reproduced before the fix)."""

from __future__ import annotations

from datetime import date

import pytest

from factkit import Figures, counts, history, place
from pipeline.extract import extract_facts

SEPTEMBER = date(2025, 9, 20)


# --- what is a handover ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Dale County Sheriff's Office turned 14 inmates over in July to neighboring Coffee "
    "County, which had warrants for them. The sheriff has not signed an agreement with ICE.",
    "The Dale County jail turned 9 prisoners over during the flood to the Henry County jail. "
    "ICE agents have never set foot in the jail, the sheriff said.",
    "Eleven people went from the Tift County jail into the custody of the U.S. Bureau of "
    "Prisons in March after federal sentencing, the sheriff said. ICE was not involved.",
    "The Tift County Sheriff's Office does not honor ICE detainers. In August, the jail put 31 "
    "people into the hands of immigration attorneys from a volunteer clinic.",
    "The Dale County Sheriff's Office plans to put about 40 inmates a month into the custody of "
    "ICE starting in October, Sheriff Ray Dunn said.",
])
def test_handovers_to_others_or_planned_are_no_transfer_report(text: str) -> None:
    assert not extract_facts(text, published=SEPTEMBER).transfer_report


@pytest.mark.parametrize(("text", "expected"), [
    ("The Hardin County Sheriff's Office released the records showing it handed 40 people to "
     "ICE in 2024.", [("2024", 40, "exact")]),
    ("The Wexford County Sheriff's Office works with ICE. Its jail released 45 people to the "
     "agency in 2025, while 22 others went to the U.S. Marshals, the office said.",
     [("2025", 45, "exact")]),
])
def test_handovers_beside_papers_and_the_marshals_still_count(
        text: str, expected: Figures) -> None:
    assert counts(extract_facts(text, published=SEPTEMBER)) == expected


# --- counts ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a part with an open start is no total and leaves the year a count
    ("The Forrest County Sheriff's Office has released more than 60 people to ICE this year, "
     "with 21 of those coming since October.", [("2025", 60, "more_than")]),
    # periods named first, but the later figure counts other things
    ("In July, 22 inmates were handed to ICE from the Dale County jail, and in August, 410 were "
     "booked.", [("2025-07", 22, "exact")]),
    # denials aimed at others or with a condition give no zero
    ("The Dale County Sheriff's Office turned eight people over to ICE in July, and did not hand "
     "anyone over to the U.S. Marshals in June.", [("2025-07", 8, "exact")]),
    ("The Dale County jail turned eight people over to ICE in July. In June it did not release "
     "anyone on bond.", [("2025-07", 8, "exact")]),
    # "no one" is no one: June's zero (LABELLING: a period with no handovers), not a one
    ("The Dale County Sheriff's Office handed no one over to ICE in June, but turned eight "
     "people over to ICE in July.", [("2025-06", 0, "exact"), ("2025-07", 8, "exact")]),
    # a figure flagged or sent elsewhere
    ("The Dale County jail released 12 inmates to ICE in August after flagging 40 to ICE in "
     "July.", [("2025-08", 12, "exact")]),
    ("The Dale County jail released 12 people to ICE in August and sent 20 to a Georgia prison "
     "in July.", [("2025-08", 12, "exact")]),
    # a part in a week has no closed period of its own
    ("The Forrest County jail turned 80 people over to ICE in 2024, 30 of those during a single "
     "week in March.", [("2024", 80, "exact")]),
    # a part described, not a quarter's count
    ("The Forrest County jail turned 80 people over to ICE in 2024; 30 of them in the first "
     "quarter were held past their release dates.", [("2024", 80, "exact")]),
    ("The Dale County Sheriff's Office turned a few dozen people over to ICE in July.",
     [("2025-07", 36, "about")]),
])
def test_near_misses_of_the_new_count_rules(text: str, expected: Figures) -> None:
    assert counts(extract_facts(text, published=SEPTEMBER)) == expected


def test_a_zero_month_whose_aside_names_another_errand() -> None:
    facts = extract_facts(
        "The Dale County jail turned eight people over to ICE in August. No one was transferred "
        "in July, when the only deputy assigned to coordinate with ICE was on leave.",
        published=SEPTEMBER)
    assert ("2025-07", 0, "exact") in counts(facts)


@pytest.mark.parametrize("sentence", [
    "That puts the number of deputies trained under the 287(g) agreement in April at 12.",
    "That puts the count of detainer requests for April at 33.",
    "The February figure of seven detainer requests and the April figure of 40 bookings stand "
    "as reported.",
])
def test_corrections_of_other_figures_count_nothing(sentence: str) -> None:
    facts = extract_facts("The Dale County Sheriff's Office turned 10 people over to ICE in "
                          "March, Sheriff Roy Beck said. The office has since corrected its "
                          "report. " + sentence, published=date(2025, 7, 20))
    assert counts(facts) == [("2025-03", 10, "exact")]


def test_another_countys_opening_figure_is_no_count() -> None:
    facts = extract_facts(
        "Benton County's jail turned 90 people over to ICE in 2024, the most in the region. In "
        "Dale County, the sheriff's office handed 6 people to ICE in January and 4 in February.",
        published=date(2025, 4, 10))
    assert counts(facts) == [("2025-01", 6, "exact"), ("2025-02", 4, "exact")]


def test_a_running_total_since_then_in_a_year_is_that_years_count() -> None:
    facts = extract_facts(
        "Forrest County signed its agreement with ICE in 2023. Since then, in 2025, the Forrest "
        "County Sheriff's Office turned 40 people over to ICE.", published=date(2026, 1, 20))
    assert counts(facts) == [("2025", 40, "exact")]


# --- other facts -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Warren County (N.J.) Sheriff's Office released 14 people to ICE in August, the sheriff "
     "said.", ("Warren County", "NJ")),
    ("The Warren County Sheriff's Office in upstate N.Y. released 14 people to ICE in August, "
     "the sheriff said.", ("Warren County", "NY")),
    ("The Montgomery County Sheriff's Office in Clarksville, Tennessee, handed 26 people to ICE "
     "in 2025. Across the state line, the Christian County Fiscal Court voted to hire more "
     "jailers; the Fiscal Court also set the jail budget, and the Fiscal Court meets monthly.",
     ("Montgomery County", "TN")),
    ("St. John the Baptist Parish Sheriff Mike Tran said the jail follows the law. In 2025, the "
     "sheriff's office released 14 people to ICE, he said.",
     ("St. John the Baptist Parish", "LA")),
])
def test_state_clues_beside_the_new_ones(text: str, expected: tuple[str, str]) -> None:
    assert place(extract_facts(text, published=SEPTEMBER)) == expected


@pytest.mark.parametrize("sentence", [
    "\"When ICE sends us a detainer without a judge's signature, as it did 14 times last month "
    "for people booked on misdemeanors, we hold nobody on it,\" Sheriff Ray Dunn said.",
    "ICE lodged a dozen detainers at the jail over the year.",
    "ICE lodged no detainers at the jail this year.",
])
def test_detainers_refused_or_counted_are_no_basis(sentence: str) -> None:
    facts = extract_facts("The Dale County Sheriff's Office turned 40 people over to ICE in "
                          "2025 on judicial warrants. " + sentence, published=SEPTEMBER)
    assert {b.kind for b in facts.legal_basis} == {"judicial_warrant"}


def test_consular_visits_are_no_breakdown() -> None:
    facts = extract_facts(
        "The Dale County Sheriff's Office turned 40 people over to ICE in 2025. Mexico is the "
        "first with 171 consular visits to the jail this year, followed by Guatemala with 88 "
        "visits.", published=SEPTEMBER)
    assert facts.nationalities == ()


@pytest.mark.parametrize(("sentence", "names"), [
    ("\"We follow the law,\" said Sheriff Don Michael Barnes.", ["Don Michael Barnes"]),
    ("Daniel Truong, a Supervisor at the Tyson plant, said workers were afraid.", []),
    ("Paul Kemper, chairman of the committee that wants to unseat the governor, said the "
     "transfers must stop.", []),
    ("Coalition Treasurer Maria Lopez said the group would sue.", []),
    ("Protesters gathered outside the office of Sheriff Dale Prentiss on Monday. One of them, a "
     "retired teacher, said she told deputies she would return every week.", []),
    ("The Sheriff, Daniel Truong, said the office follows the law.", ["Daniel Truong"]),
])
def test_officials_beside_the_new_title_rules(sentence: str, names: list[str]) -> None:
    facts = extract_facts("The Tanner County Sheriff's Office released 30 people to ICE in "
                          "2025. " + sentence, published=SEPTEMBER)
    assert [o.name for o in facts.officials] == names


def test_history_beside_a_comparison_list() -> None:
    facts = extract_facts(
        "The Forrest County jail handed 45 people to ICE this year, compared with about 20 all "
        "of last year.", published=date(2025, 6, 10))
    assert history(facts) == [("2024", 20, "about")]


# --- a third reader: corrections, labels, lead-ins, quotes --------------------------------------

RIPLEY = "The Ripley County Sheriff's Office turned 8 people over to ICE in June. "


@pytest.mark.parametrize("sentence", [
    "The tally of ICE detainers lodged at the jail since the agreement took effect on March 1 "
    "comes to 88.",
    "The count of people booked into the jail since the agreement took effect on March 1 comes "
    "to 3,100.",
    "The total the county has billed ICE since March 1 comes to 220,000.",
])
def test_other_tallies_that_come_to_a_figure_are_no_total(sentence: str) -> None:
    facts = extract_facts(RIPLEY + sentence, published=date(2025, 7, 15))
    assert facts.total is not None
    assert facts.total.count == 8


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dunmore County jail turned 12 people over to ICE in June and 12 in July. Correction: "
     "the July figure is 10, not 12.", [("2025-06", 12, "exact"), ("2025-07", 10, "exact")]),
    ("The Dunmore County jail turned 12 people over to ICE in June and 30 in July. The "
     "sheriff's office posted an update blaming the jump from 12 to 30 on a new ICE staging "
     "center.", [("2025-06", 12, "exact"), ("2025-07", 30, "exact")]),
    ("The Marlow County jail turned 30 people over to ICE in June. The sheriff raised the "
     "number of deputies trained under the 287(g) program from 30 to 45.",
     [("2025-06", 30, "exact")]),
])
def test_only_a_correction_of_that_figure_replaces_it(text: str, expected: Figures) -> None:
    assert counts(extract_facts(text, published=date(2025, 9, 1))) == expected


def test_a_corrected_running_total_stays_a_running_total() -> None:
    facts = extract_facts(
        "The Dunmore County jail has turned 44 people over to ICE since March 1. Correction from "
        "the sheriff's office: the figure is 41, not 44.", published=date(2025, 9, 1))
    assert counts(facts) == []
    assert facts.total is not None
    assert facts.total.count == 41


@pytest.mark.parametrize("sentence", [
    "Bookings: February was the busiest month, with 640.",
    "Statewide: the number was 1,240 in February, according to ICE data.",
    "Last year's pattern was different: February had 14 transfers, the most of any month.",
])
def test_a_lead_in_about_other_things_gives_no_count(sentence: str) -> None:
    facts = extract_facts(
        "The Polk County jail turned about 30 people over to ICE between January and March, the "
        "Polk County Sheriff's Office said. " + sentence, published=date(2025, 4, 20))
    assert counts(facts) == [("2025-01-01/2025-03-31", 30, "about")]


def test_thread_rows_under_a_line_about_bookings_are_no_counts() -> None:
    facts = extract_facts(
        "1/ New numbers from the Jasper County jail: the Jasper County Sheriff's Office has "
        "handed 40 people to ICE since the agreement took effect March 1.\n2/ Bookings into the "
        "jail keep climbing, too.\n3/ August alone: 212.", published=date(2025, 9, 3))
    assert counts(facts) == []


@pytest.mark.parametrize("line", [
    "- People released from the jail rather than to ICE: 12",
    "- People released to family instead of to ICE: 5",
])
def test_labels_of_people_not_handed_over_give_no_total(line: str) -> None:
    facts = extract_facts(
        "I asked the Clay County Sheriff's Office for its jail records for July 1 through Sept. "
        "30, 2025.\n- Bookings into the Clay County jail: 903\n" + line,
        published=date(2025, 11, 1))
    assert facts.total is None


@pytest.mark.parametrize(("text", "expected"), [
    ("The Harlan County jail turned 12 people over to ICE in August and released another 9 to "
     "their families in September.", [("2025-08", 12, "exact")]),
    ("The Marion County jail has handed 20 people to ICE in August and September, the sheriff "
     "said Friday.", [("2025-08-01/2025-09-30", 20, "exact")]),
    ("The Jasper County Sheriff's Office has a 287(g) agreement with ICE. Most of the office's "
     "41 transfers to ICE in 2024 followed traffic stops, records show.", [("2024", 41, "exact")]),
    ("The Hale County jail booked 212 people with ICE detainers in 2025, the Hale County "
     "Sheriff's Office said. More than half — 111 — were transferred to the state prison in the "
     "second half of the year.", []),
    ("The Pike County jail handed roughly one in 75 people it booked in 2024 to ICE, the Pike "
     "County Sheriff's Office said.", []),
])
def test_near_misses_of_the_fourth_round_count_rules(text: str, expected: Figures) -> None:
    assert counts(extract_facts(text, published=date(2025, 10, 15))) == expected


def test_a_still_running_quarter_row_is_no_history() -> None:
    facts = extract_facts(
        "The Otter Tail County jail has released 31 people to ICE so far this year, the Otter "
        "Tail County Sheriff's Office said.\nThe office broke it down when I asked:\n- January "
        "through March: 9\n- April through June: 12\n- July through September: 10",
        published=date(2025, 9, 3))
    assert history(facts) == []


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("The jail honors ICE detainers (a detainer is a request to hold someone for up to 48 "
     "hours).", {"detainer"}),
    ("Why it matters: The Polk County jail honors ICE detainers, holding people up to 48 hours "
     "past release.", {"detainer"}),
    ("Whether or not a judge signs off, the Polk County jail honors ICE detainers.", {"detainer"}),
    ("When ICE lodges a detainer, the department no longer honors it without a judge's "
     "signature.", set()),
    ("If ICE lodges a detainer and the department honors it, the state could be sued, the ACLU "
     "warned.", set()),
])
def test_bases_beside_definitions_questions_and_refusals(sentence: str, kinds: set[str]) -> None:
    facts = extract_facts("The Polk County Sheriff's Office handed 30 people to ICE in 2025. "
                          + sentence, published=date(2026, 2, 1))
    assert {b.kind for b in facts.legal_basis} == kinds


@pytest.mark.parametrize("sentence", [
    "Rosa Diaz, whose husband was among them, waited two hours to speak at the forum. Sheriff "
    "Tom Brandt left before her turn. \"He didn't even look at me,\" she said.",
    "Sheriff Tom Brandt could not immediately be reached. \"He has ducked us for months,\" she "
    "said.",
    "The ACLU's letter to Sheriff Tom Brandt ended bluntly: \"Stop honoring detainers.\"",
    "The ACLU's lawsuit asks Sheriff Tom Brandt to stop honoring detainers.",
])
def test_an_official_spoken_about_is_no_speaker(sentence: str) -> None:
    facts = extract_facts("The Brown County Sheriff's Office handed 14 people to ICE in March. "
                          + sentence, published=date(2025, 8, 1))
    assert facts.officials == ()


def test_a_share_in_percent_is_no_head_count() -> None:
    facts = extract_facts(
        "The Lyon County jail handed 66 people to ICE in 2025. Mexican nationals made up the "
        "majority, 55 percent. Twelve were from Honduras.", published=date(2026, 2, 1))
    assert {n.country: n.count for n in facts.nationalities} == {"Honduras": 12}


# --- a fourth reader: questions, answers, headings, laws ----------------------------------------

LEAD = "The Pell County Sheriff's Office runs the Pell County Jail.\n\n"


@pytest.mark.parametrize("text", [
    LEAD + "So how many people did the jail hand over to ICE last year?\n\nThe office says it will "
    "release the figure on Jan. 5.",
    LEAD + "Question: How many people did the jail hand over to ICE in 2024?\n\nBrandt said he "
    "would answer it on Nov. 3.",
    "The Milford County Sheriff's Office would not say how many people it transferred to ICE, and "
    "in the meantime it's been sued twice.",
    "The Glenrock County Sheriff's Office must report how many people it transferred to ICE, and "
    "in 2025 it was fined 2,000 dollars for filing late.",
])
def test_questions_left_unanswered_are_no_transfer_report(text: str) -> None:
    assert not extract_facts(text, published=SEPTEMBER).transfer_report


@pytest.mark.parametrize("sentence", [
    "It's 5 fewer than in July.",
    "It's 5 more than in July, when the jail handed over 36.",
])
def test_a_difference_is_no_figure(sentence: str) -> None:
    facts = extract_facts("The Hale County jail handed 41 people to ICE in August. " + sentence,
                          published=SEPTEMBER)
    assert all(c[1] != 5 for c in counts(facts) + history(facts))


def test_an_answer_that_names_other_things_gives_no_count() -> None:
    facts = extract_facts(
        LEAD + "Q: How many people did the jail hand over to ICE last year?\n\nA: My staff of 6, "
        "all deputies, track that.", published=SEPTEMBER)
    assert counts(facts) == []


@pytest.mark.parametrize(("law", "expected"), [
    ("SB-54", [("2016", 120, "exact")]),
    ("Measure 105", [("2016", 120, "exact")]),
    ("H.R. 29", [("2016", 120, "exact")]),
])
def test_laws_numbers_are_no_figures(law: str, expected: Figures) -> None:
    facts = extract_facts(f"The Teller County Sheriff's Office transferred 33 people to ICE in "
                          f"2025. In 2016, before {law} took effect, the jail turned 120 people "
                          "over to ICE.", published=date(2026, 2, 1))
    assert history(facts) == expected


def test_from_the_start_of_a_program_is_no_period() -> None:
    facts = extract_facts(
        "The Ardmore County Sheriff's Office handed 14 people to ICE from January through March. "
        "From the start of the program in 2023, the total is 212.", published=date(2026, 7, 10))
    assert history(facts) == []


@pytest.mark.parametrize(("heading", "expected"), [
    ("DECEMBER 2025 YEAR END SUMMARY", []),
    ("MARCH 2026 CUMULATIVE", []),
    ("MARCH 2026 (PRELIMINARY)", [("2026-03", 5, "exact")]),
    ("Q1 2026", [("2026-01-01/2026-03-31", 5, "exact")]),
])
def test_report_headings_over_one_month_or_more(heading: str, expected: Figures) -> None:
    facts = extract_facts("The Pell County Sheriff's Office runs the jail.\n" + heading
                          + "\nInmates released to ICE custody: 5", published=date(2026, 5, 10))
    assert counts(facts) == expected


def test_a_transfer_to_homeland_security_is_a_handover() -> None:
    facts = extract_facts(
        "Immigration agents have stepped up arrests across the state this year. The Pell County "
        "Sheriff's Office said 40 inmates were transferred to the Department of Homeland Security "
        "this year.", published=SEPTEMBER)
    assert facts.transfer_report


def test_holding_no_one_past_a_limit_keeps_the_basis() -> None:
    facts = extract_facts(
        "The Teller County Sheriff's Office transferred 33 people to ICE in 2025. The office says "
        "it held no one on a detainer longer than 48 hours.", published=date(2026, 2, 1))
    assert {b.kind for b in facts.legal_basis} == {"detainer"}


def test_an_advocacy_offices_director_is_no_official() -> None:
    facts = extract_facts(
        "The Maury County Sheriff's Office released 11 people to ICE in September. Dana Lee, the "
        "coalition office's director, said the group would sue.", published=SEPTEMBER)
    assert facts.officials == ()


@pytest.mark.parametrize(("text", "zero"), [
    ("The Dale County Sheriff's Office did not hand anyone over to the ICE agents in March, but "
     "turned eight people over to ICE in April.", "2025-03"),
    ("The Dale County jail turned eight people over to ICE in July. In June it did not transfer "
     "anyone to the Immigration and Customs Enforcement office.", "2025-06"),
])
def test_a_denial_to_the_immigration_agency_is_a_zero(text: str, zero: str) -> None:
    assert (zero, 0, "exact") in counts(extract_facts(text, published=SEPTEMBER))

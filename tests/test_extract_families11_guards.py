"""Guards from two adversarial reviews of the eleventh round: sentences the new rules must leave
as they were (other reports' figures, parts of other wholes, a legislator's bracket, side
figures after a count, program months, topic changes in interviews, bills, check-ins, photo
credits, think tanks and former officers)."""

from __future__ import annotations

from datetime import date

import pytest

from factkit import counts, history, total
from pipeline.extract import extract_facts

NOVEMBER = date(2025, 11, 20)
JANUARY = date(2026, 1, 20)
OCTOBER = date(2025, 10, 15)


def _kinds(text: str, published: date = OCTOBER) -> set[str]:
    return {b.kind for b in extract_facts(text, published=published).legal_basis}


def _officials(text: str, published: date = OCTOBER) -> list[str]:
    return [o.name for o in extract_facts(text, published=published).officials]


def test_an_earlier_report_by_another_outlet_is_no_superseded_figure() -> None:
    facts = extract_facts(
        "The Lee County Sheriff's Office is expanding its 287(g) program. An earlier report by "
        "WINK News said the sheriff's office transferred 40 people to ICE in March.",
        published=NOVEMBER)
    assert counts(facts) == [("2025-03", 40, "exact")]


@pytest.mark.parametrize("sentence", [
    "ICE lodged 300 detainers with the jail that year, 45 of them during March.",
    "The jail booked 14,000 people, 1,400 of them in July.",
])
def test_a_part_of_another_whole_in_a_month_is_no_count(sentence: str) -> None:
    facts = extract_facts(f"The Lee County Sheriff's Office handed 40 people to ICE in 2025. "
                          f"{sentence}", published=JANUARY)
    assert counts(facts) == [("2025", 40, "exact")]


def test_a_legislators_party_bracket_ends_the_clause() -> None:
    facts = extract_facts(
        "The Lee County Sheriff's Office handed 14 people to ICE, Rep. Maria Lopez (D-Miami) "
        "said at a hearing in March.", published=NOVEMBER)
    assert counts(facts) == []
    assert total(facts) is not None
    assert total(facts)[1:] == (14, "exact")


@pytest.mark.parametrize("text", [
    "In October, the Lee County Sheriff's Office handed 14 people to ICE and booked 1,500; in "
    "September, 1,410.",
    "In October, the Lee County Sheriff's Office handed 14 people to ICE, compared with 9 in "
    "September; in August, 6.",
    "The Lee County Sheriff's Office handed 14 people to ICE in October, out of about 1,350 "
    "bookings. In September, about 1,290.",
], ids=["bookings", "comparison", "next-sentence"])
def test_side_figures_after_a_count_do_not_continue_its_list(text: str) -> None:
    assert counts(extract_facts(text, published=NOVEMBER)) == [("2025-10", 14, "exact")]


def test_a_population_line_after_a_count_is_no_figure_line() -> None:
    facts = extract_facts(
        "The Lee County Sheriff's Office handed 212 people to ICE in 2025. In December, there "
        "were about 1,900 inmates.", published=JANUARY)
    assert counts(facts) == [("2025", 212, "exact")]


@pytest.mark.parametrize("text", [
    "In month 7, the Quincy Police Department handed 12 people to ICE, down 2 people from "
    "month 6.",
    "The Quincy Police Department handed 12 people to ICE in month 7, 3 people more than month 6.",
], ids=["down-from", "more-than"])
def test_a_difference_against_a_numbered_month_is_no_count(text: str) -> None:
    assert counts(extract_facts(text, published=NOVEMBER)) == [("2025-07", 12, "exact")]


def test_a_numbered_month_opening_a_sentence_and_a_programs_month() -> None:
    listed = extract_facts(
        "Month 8 the Quincy Police Department handed over to ICE 5 persons, month 9 handed over "
        "7 persons.", published=NOVEMBER)
    assert counts(listed) == [("2025-08", 5, "exact"), ("2025-09", 7, "exact")]
    program = extract_facts(
        "The Lee County Sheriff's Office, now in month 9 of a 287(g) agreement, has handed 140 "
        "people to ICE.", published=NOVEMBER)
    assert counts(program) == []


def test_since_an_event_a_closed_period_stays_a_count() -> None:
    facts = extract_facts(
        "Since the county signed its 287(g) agreement, the first half of 2025 saw the most "
        "transfers: the Harris County Sheriff's Office handed 180 people to ICE.",
        published=JANUARY)
    assert counts(facts) == [("2025-01-01/2025-06-30", 180, "exact")]


def test_a_change_of_topic_in_an_interview_ends_the_question() -> None:
    facts = extract_facts(
        "Q: How many people has the Boyd County Detention Center turned over to ICE this year?\n\n"
        "A: I'd have to check with my staff.\n\n"
        "Q: Tell me about the new re-entry program.\n\n"
        "A: In August, 22 people finished it.", published=OCTOBER)
    assert not facts.transfer_report


def test_a_rhetorical_question_in_prose_asks_no_interview_question() -> None:
    facts = extract_facts(
        "The Lake County Sheriff's Office has not said. The question everyone at the meeting "
        "asked: how many people did the jail turn over to ICE?\n\nAbout 40 people protested "
        "outside.", published=OCTOBER)
    assert counts(facts) == []
    assert total(facts) is None


@pytest.mark.parametrize("text", [
    "House Bill 1105 passed the Legislature last spring and requires jailers to transfer inmates "
    "to the custody of federal immigration agents when ICE asks. The Cobb County Sheriff's "
    "Office said it is reviewing the law.",
    "At least 30 people who went to ICE when summoned for check-ins in Portland in August were "
    "detained on the spot. ICE held them at the Multnomah County Detention Center overnight.",
    "The Cobb County Sheriff's Office gave four of its people to the federal task force on gangs "
    "last year, and ICE reimburses the overtime, the sheriff said.",
], ids=["bill", "check-ins", "task-force"])
def test_bills_check_ins_and_staff_lent_are_no_handovers(text: str) -> None:
    assert counts(extract_facts(text, published=OCTOBER)) == []


def test_a_photo_credit_in_capitals_is_no_letterhead() -> None:
    facts = extract_facts(
        "The Fort Bend County Sheriff's Office handed 30 people to ICE in September.\n\n"
        "PHOTO BY HARRIS COUNTY SHERIFF'S OFFICE", published=OCTOBER)
    assert facts.agency is not None
    assert facts.agency.name == "Fort Bend County Sheriff's Office"


def test_a_regional_facility_is_not_given_to_an_arresting_sheriffs_office() -> None:
    facts = extract_facts(
        "The Northern Neck Regional Jail turned over 30 people to ICE in September, according to "
        "jail records. Many had been arrested by the Westmoreland County Sheriff's Office.",
        published=OCTOBER)
    assert facts.agency is not None
    assert facts.agency.name == "Northern Neck Regional Jail"


@pytest.mark.parametrize(("text", "kind"), [
    ("The Cobb County jail turned over 41 people to ICE in September. Jail staff transfer someone "
     "only after they have received a judicial warrant, the sheriff said.", "judicial_warrant"),
    ("The Cobb County jail turned over 41 people to ICE in September. The office does not hold "
     "inmates for ICE without cause, but it honors detainers.", "detainer"),
], ids=["received", "but"])
def test_a_basis_after_received_or_a_but_stays(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize("text", [
    "The Cobb County jail turned over 41 people to ICE in September. In one case, ICE issued a "
    "detention request for a man from Honduras, but the jail released him before agents "
    "arrived.",
    "The Cobb County jail turned over 41 people to ICE in September. Critics say the order of "
    "arrest is not signed by a judge.",
], ids=["request-released", "order-not-signed"])
def test_requests_not_acted_on_and_unsigned_orders_are_no_basis(text: str) -> None:
    assert not _kinds(text) & {"detainer", "judicial_warrant"}


@pytest.mark.parametrize("sentence", [
    "Mark Krikorian, executive director of the Center for Immigration Studies, said the numbers "
    "were low.",
    "\"It erodes trust,\" said former police chief Art Acevedo, who now consults for cities.",
    "Tom Baker, president of the police union, said officers were not consulted.",
], ids=["think-tank", "former", "union"])
def test_think_tanks_former_officers_and_unions_are_no_officials(sentence: str) -> None:
    text = ("The Cobb County Sheriff's Office turned over 41 people to ICE in September. The "
            f"inmates are held at the Cobb County Adult Detention Center. {sentence}")
    assert _officials(text) == []


def test_a_mentioned_sheriff_is_no_official() -> None:
    assert _officials(
        "The Cobb County jail turned over 41 people to ICE in September, according to records "
        "obtained by the newspaper. The county has maintained the 287(g) agreement that former "
        "Sheriff Neil Warren signed in 2007.") == []


def test_ages_of_another_group_are_no_age_range() -> None:
    facts = extract_facts(
        "The Office of the Sheriff of the County of Hidalgo delivered 41 persons to ICE in "
        "September. The jail keeps the youths, persons of between 17 and 21 years, apart from the "
        "adults.", published=OCTOBER)
    assert facts.age_range is None


def test_a_relative_clause_without_a_title_keeps_the_role() -> None:
    facts = extract_facts(
        "The Cobb County Sheriff's Office turned over 41 people to ICE in September. A spokesman "
        "for the detention division that the sheriff oversees, Tom Ruiz, said the figures were "
        "accurate.", published=OCTOBER)
    assert [(o.name, o.role) for o in facts.officials] == [
        ("Tom Ruiz", "spokesman for the detention division that the sheriff oversees")]


def test_history_by_comparison_and_a_list_after_it() -> None:
    facts = extract_facts(
        "In October, the Lee County Sheriff's Office handed 14 people to ICE, compared with 9 in "
        "September.", published=NOVEMBER)
    assert history(facts) == [("2025-09", 9, "exact")]


def test_a_part_in_a_month_does_not_date_the_whole() -> None:
    facts = extract_facts(
        "From June 1 to August 31, the Quincy Police Department handed at least nine persons to "
        "ICE, five of them in August alone.", published=date(2026, 9, 20))
    assert counts(facts) == [("2026-06-01/2026-08-31", 9, "at_least"), ("2026-08", 5, "exact")]

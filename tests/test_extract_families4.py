"""Phrasing families of the fourth round: state prison departments with long names, parishes,
"the year so far", monthly-figure sentences, month-span quarters, October fiscal years, the
previous 12-month period and possessed 287(g) agreements."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_facts
from pipeline.extract.periods import find_periods
from pipeline.extract.sentences import make_document
from pipeline.facts import TransferFacts

NOVEMBER = date(2026, 11, 6)


def _counts(facts: TransferFacts) -> list[tuple[str, int, str]]:
    return [(c.period, c.count, c.qualifier) for c in facts.counts]


def _history(facts: TransferFacts) -> list[tuple[str, int, str]]:
    return [(c.period, c.count, c.qualifier) for c in facts.historical]


@pytest.mark.parametrize(
    ("text", "agency", "place"),
    [
        ("Ohio's prison system released 230 people to ICE in 2025, according to the state "
         "Department of Rehabilitation and Correction.",
         "Ohio Department of Rehabilitation and Correction", "State of Ohio"),
        ("New York's prison system turned 300 people over to ICE last year, records the state "
         "Department of Corrections and Community Supervision released show.",
         "New York State Department of Corrections and Community Supervision",
         "State of New York"),
        ("The Louisiana Department of Public Safety and Corrections handed 75 inmates to ICE "
         "in October.",
         "Louisiana Department of Public Safety and Corrections", "State of Louisiana"),
    ],
)
def test_state_prison_departments_are_named_in_full(text: str, agency: str, place: str) -> None:
    facts = extract_facts(text, published=NOVEMBER)
    assert facts.agency is not None
    assert facts.agency.name == agency
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.name == place


def test_a_parish_stays_in_louisiana_when_another_state_is_named() -> None:
    facts = extract_facts(
        "The Caddo Parish Sheriff's Office handed 14 people to ICE in October. Several of them "
        "had been arrested on the interstate near the Texas line.", published=NOVEMBER)
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == ("Caddo Parish", "LA")


def test_the_year_so_far_is_this_years_count_beside_the_month() -> None:
    facts = extract_facts(
        "The Lee County Sheriff's Office handed 23 more people to ICE in October, bringing its "
        "total for the year so far to 260.", published=NOVEMBER)
    assert _counts(facts) == [("2026-10", 23, "exact"), ("2026", 260, "exact")]
    assert facts.total is not None
    assert facts.total.count == 260


def test_a_monthly_figures_sentence_gives_the_months_of_a_reported_quarter() -> None:
    facts = extract_facts(
        "The Allen County Sheriff's Office transferred 45 people to ICE in the first three "
        "months of 2026, the office said.\n\nThe monthly numbers rose each time: 12 in "
        "January, 15 in February and 18 in March.", published=date(2026, 4, 20))
    assert _counts(facts) == [("2026-01-01/2026-03-31", 45, "exact"),
        ("2026-01", 12, "exact"), ("2026-02", 15, "exact"), ("2026-03", 18, "exact")]
    assert facts.total is not None
    assert facts.total.count == 45


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("the April-to-June quarter", "2026-04-01/2026-06-30"),
        ("the July through September period", "2026-07-01/2026-09-30"),
        ("the June-to-April stretch", None),  # runs backwards: no span
    ],
)
def test_a_month_span_named_as_a_quarter_is_resolved(phrase: str, label: str | None) -> None:
    doc = make_document(f"It handed over 30 people in {phrase}.", published=NOVEMBER)
    labels = [p.label for p in find_periods(doc.text, doc, {})]
    assert labels == ([label] if label else [])


def test_a_quarter_compared_with_the_one_before_and_a_year_before() -> None:
    facts = extract_facts(
        "The Beaufort County Sheriff's Office handed 40 people to ICE in the third quarter. "
        "That was up from 33 in the April-to-June quarter and from 21 in the same three months "
        "of 2025.", published=NOVEMBER)
    assert _counts(facts) == [("2026-07-01/2026-09-30", 40, "exact")]
    assert sorted(_history(facts)) == [
        ("2025-07-01/2025-09-30", 21, "exact"), ("2026-04-01/2026-06-30", 33, "exact")]


@pytest.mark.parametrize(
    ("calendar", "lead", "label"),
    [
        ("The county's budget year runs from Oct. 1 to Sept. 30.",
         "handed 700 people to ICE during its last fiscal year", "2025-10-01/2026-09-30"),
        ("Its last fiscal year, which closed at the end of September, was its busiest.",
         "handed 700 people to ICE during the last fiscal year", "2025-10-01/2026-09-30"),
        ("The fiscal year that ended June 30 was its busiest.",
         "handed 700 people to ICE during the last fiscal year", "2025-07-01/2026-06-30"),
        ("The county counts by the federal fiscal year.",
         "handed 700 people to ICE in fiscal 2026", "2025-10-01/2026-09-30"),
    ],
)
def test_a_fiscal_year_follows_the_calendar_the_story_states(
    calendar: str, lead: str, label: str
) -> None:
    facts = extract_facts(
        f"The Tarrant County Sheriff's Office {lead}, the office said. {calendar}",
        published=NOVEMBER)
    assert _counts(facts) == [(label, 700, "exact")]


def test_the_previous_october_fiscal_year_is_history() -> None:
    facts = extract_facts(
        "The Tarrant County Sheriff's Office turned 1,000 people over to ICE during the fiscal "
        "year that ended Sept. 30. In the previous fiscal year the office handed 800 people to "
        "ICE.", published=NOVEMBER)
    assert _counts(facts) == [("2025-10-01/2026-09-30", 1000, "exact")]
    assert _history(facts) == [("2024-10-01/2025-09-30", 800, "exact")]


def test_a_little_more_than_in_the_previous_12_month_period_is_a_baseline() -> None:
    facts = extract_facts(
        "The Tarrant County Sheriff's Office handed about 1,000 people to ICE in the 12 months "
        "ending Sept. 30. That compares with a little more than 800 in the previous 12-month "
        "period.", published=NOVEMBER)
    assert _counts(facts) == [("2025-10-01/2026-09-30", 1000, "about")]
    assert _history(facts) == [("2024-10-01/2025-09-30", 800, "more_than")]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("The numbers came out with the office's yearly report on its 287(g) partnership.",
         ["287g"]),
        ("Critics want the office to end its 287(g) partnership.", []),
        ("The numbers came out with a report on the 287(g) program in other states.", []),
    ],
)
def test_a_287g_agreement_the_office_has_is_a_basis(sentence: str, kinds: list[str]) -> None:
    facts = extract_facts(
        f"The Hall County Sheriff's Office handed 50 people to ICE in October. {sentence}",
        published=NOVEMBER)
    assert sorted(b.kind for b in facts.legal_basis) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("In this county, detainers are routinely honored.", ["detainer"]),
        ("In almost every case ICE had sent the jail a detainer first.", ["detainer"]),
        ("Trained deputies can issue immigration detainers themselves.", ["detainer"]),
        ("When ICE has placed a hold on an inmate, officers collect the person at the gate.",
         ["detainer"]),
        ("Detainers are not honored here without a judge's signature.", []),
    ],
)
def test_detainer_practice_in_plain_words_is_a_basis(sentence: str, kinds: list[str]) -> None:
    facts = extract_facts(
        f"The Hall County Sheriff's Office handed 50 people to ICE in October. {sentence}",
        published=NOVEMBER)
    assert sorted(b.kind for b in facts.legal_basis if b.kind != "judicial_warrant") == kinds


# Fifth round (from heldout14): lower-case agency heads, city police named loosely, explicit
# negation, fiscal-year tables, table lines of countries, loosely stated detainers, month lists.

AUGUST = date(2025, 8, 5)


def test_a_lower_case_sheriffs_office_after_its_county_is_the_agency() -> None:
    facts = extract_facts(
        "The Franklin County sheriff's office sent nearly 50 people from its jails into federal "
        "immigration custody in the first quarter, commissioners in downtown Columbus heard.",
        published=date(2026, 4, 14))
    assert facts.agency is not None
    assert facts.agency.name == "Franklin County Sheriff's Office"
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.state == "OH"  # Columbus, Ohio's by far the biggest


def test_city_police_named_in_the_handover_sentence_are_its_police_department() -> None:
    facts = extract_facts(
        "Lakeland police officers turned 63 people over to federal immigration agents between "
        "Nov. 1 and Dec. 15, the department said. The Polk County Sheriff's Office, which runs "
        "the county jail, has its own agreement.", published=date(2025, 12, 18))
    assert facts.agency is not None
    assert facts.agency.name == "Lakeland Police Department"
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == ("Lakeland", "FL")


def test_city_police_outside_the_handover_sentence_do_not_displace_the_jail() -> None:
    facts = extract_facts(
        "ICE took custody of 80 Cook County inmates on detainers this year, the county's jail "
        "said. Chicago police had arrested one of them on a drug charge.",
        published=date(2025, 5, 1))
    assert facts.agency is not None
    assert facts.agency.name == "Cook County Jail"


@pytest.mark.parametrize(
    ("text", "is_report"),
    [
        ("The Jefferson County Sheriff's Office signed a 287(g) agreement with ICE. No one has "
         "been served with a warrant or transferred under the agreement to date.", False),
        ("The Hall County jail didn't hand anyone over to ICE in March.", False),
        ("The Hall County Sheriff's Office said the busiest stretch came at the end: 30 people "
         "were transferred to ICE in September.", True),
    ],
)
def test_negation_before_the_verb_decides_the_report(text: str, is_report: bool) -> None:
    assert extract_facts(text, published=NOVEMBER).transfer_report is is_report


def test_a_fiscal_year_table_by_quarter_gives_every_quarter_and_the_year() -> None:
    text = (
        "During Fiscal Year 2025 (July 1, 2024 – June 30, 2025), the Tennessee Department of "
        "Correction transferred 300 individuals to ICE custody. In Fiscal Year 2024, the "
        "department transferred 250 individuals.\n\nTransfers by quarter:\n"
        "July – September 2024: 70\nOctober – December 2024: 80\nJanuary – March 2025: 70\n"
        "April – June 2025: 80\nTotal: 300\n\nCountry of citizenship:\nMexico: 160\n"
        "Guatemala: 50\nHonduras: 40")
    facts = extract_facts(text, published=AUGUST)
    assert sorted(_counts(facts)) == [
        ("2024-07-01/2024-09-30", 70, "exact"), ("2024-07-01/2025-06-30", 300, "exact"),
        ("2024-10-01/2024-12-31", 80, "exact"), ("2025-01-01/2025-03-31", 70, "exact"),
        ("2025-04-01/2025-06-30", 80, "exact")]
    assert facts.total is not None
    assert facts.total.count == 300
    assert _history(facts) == [("2023-07-01/2024-06-30", 250, "exact")]
    assert {n.country: n.count for n in facts.nationalities} == {
        "Mexico": 160, "Guatemala": 50, "Honduras": 40}


def test_a_lone_country_line_is_no_table() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office handed 50 people to ICE in October.\nMexico: 30",
        published=NOVEMBER)
    assert facts.nationalities == ()


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("The commissioner said the department has no discretion once a detainer is on file.",
         ["detainer"]),
        ("Deputies released people to ICE after ICE asked the jail to hold them.", ["detainer"]),
        ('"We don\'t have a 287(g) agreement and we aren\'t seeking one," the sheriff said.', []),
        ("More Georgia sheriffs have signed 287(g) agreements this year. The office itself does "
         "not have a 287(g) agreement.", []),
    ],
)
def test_loosely_stated_bases_and_denied_agreements(sentence: str, kinds: list[str]) -> None:
    facts = extract_facts(
        f"The Hall County Sheriff's Office handed 50 people to ICE in October. {sentence}",
        published=NOVEMBER)
    assert sorted(b.kind for b in facts.legal_basis) == kinds


def test_the_same_stretch_of_an_earlier_year_repeats_an_exact_date_range() -> None:
    facts = extract_facts(
        "The Rhode Island Department of Corrections turned 23 people over to ICE between "
        "Jan. 20 and May 31, 2025. During the same stretch of 2024, the department "
        "transferred 11 people.", published=date(2025, 6, 10))
    assert _counts(facts) == [("2025-01-20/2025-05-31", 23, "exact")]
    assert _history(facts) == [("2024-01-20/2024-05-31", 11, "exact")]


def test_a_month_list_after_a_count_breaks_it_down() -> None:
    facts = extract_facts(
        "The Franklin County Sheriff's Office turned 47 people over to ICE during the first "
        "three months of 2026. The report breaks the figure down by month: 14 people in "
        "January, 15 in February and 18 in March.", published=date(2026, 4, 14))
    assert _counts(facts) == [
        ("2026-01-01/2026-03-31", 47, "exact"), ("2026-01", 14, "exact"),
        ("2026-02", 15, "exact"), ("2026-03", 18, "exact")]


def test_a_month_list_after_an_unrelated_sentence_is_not_a_count() -> None:
    facts = extract_facts(
        "The Franklin County Sheriff's Office turned 47 people over to ICE in March. The jail "
        "chaplain visited often.\n\nBookings ran high: 900 people in January, 950 in February.",
        published=date(2026, 4, 14))
    assert _counts(facts) == [("2026-03", 47, "exact")]


def test_a_part_of_the_handovers_that_happened_in_its_own_months_is_a_count() -> None:
    facts = extract_facts(
        "The South Central Regional Jail has handed 17 people over to federal immigration "
        "officers this year. Eleven of those handovers happened in July and August.",
        published=date(2025, 9, 24))
    assert _counts(facts) == [("2025", 17, "exact"), ("2025-07-01/2025-08-31", 11, "exact")]


@pytest.mark.parametrize(
    "where",
    [
        "Like the state's other regional jails, it is run by the Division of Corrections and "
        "Rehabilitation rather than by a county sheriff.",
        "That is according to the state agency that runs it.",
    ],
)
def test_a_regional_jail_run_by_the_state_is_the_states(where: str) -> None:
    facts = extract_facts(
        "At least 17 people held at the South Central Regional Jail have been released into the "
        f"custody of ICE so far this year. {where} Records come from the West Virginia Division "
        "of Corrections and Rehabilitation.", published=date(2025, 9, 22))
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == (
        "State of West Virginia", "WV")


# Sixth round (from heldout15): a figure's own period before a comparison, budget-year wording,
# "more than the N", denials by "nothing", counts of detainers lodged, bullets and their
# headings, "the same three months" after a monthly list.


def test_last_months_figure_does_not_make_its_comparison_a_count_of_other_things() -> None:
    facts = extract_facts(
        "The Franklin County Sheriff's Office has handed 232 people to ICE so far this year, "
        "including 44 last month, up from 38 in September.", published=NOVEMBER)
    assert _counts(facts) == [("2026", 232, "exact"), ("2026-10", 44, "exact")]
    assert _history(facts) == [("2026-09", 38, "exact")]


@pytest.mark.parametrize(
    ("calendar", "period", "label"),
    [
        ("in the budget year that closed in June", "in fiscal 2019",
         "2018-07-01/2019-06-30"),
        ("in the city budget year that ran from Oct. 1, 2025, to Sept. 30, 2026",
         "in fiscal 2025", "2024-10-01/2025-09-30"),
    ],
)
def test_budget_year_wording_sets_the_fiscal_calendar(
    calendar: str, period: str, label: str
) -> None:
    facts = extract_facts(
        f"The Mesquite Police Department handed 53 people to ICE {calendar}. {period.capitalize()}"
        f" the department handed over 24 people.", published=NOVEMBER)
    assert (label, 24, "exact") in _counts(facts) + _history(facts)


def test_a_percentage_more_than_the_figure_makes_it_a_baseline() -> None:
    facts = extract_facts(
        "In 2025, the Lake County Sheriff's Office turned over 463 people to ICE, 65% more than "
        "the 281 it handed over in 2024.", published=date(2026, 2, 5))
    assert _counts(facts) == [("2025", 463, "exact")]
    assert _history(facts) == [("2024", 281, "exact")]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Nothing in the agreement requires a judicial warrant.", []),
        ("ICE lodged 143 detainers at the jail during the month.", []),
        ("Each of them was held on an ICE detainer.", ["detainer"]),
    ],
)
def test_bases_denied_by_nothing_or_only_counted_are_not_the_handovers(
    sentence: str, kinds: list[str]
) -> None:
    facts = extract_facts(
        f"The Hall County Sheriff's Office handed 50 people to ICE in October. {sentence}",
        published=NOVEMBER)
    assert sorted(b.kind for b in facts.legal_basis) == kinds


def test_the_same_three_months_after_a_monthly_list_is_that_span_a_year_back() -> None:
    facts = extract_facts(
        "The Washington County Sheriff's Office handed 31 people to ICE in January, 27 in "
        "February and 29 in March. In the same three months of 2025, the office turned over 61.",
        published=date(2026, 4, 14))
    assert _history(facts) == [("2025-01-01/2025-03-31", 61, "exact")]


def test_bullets_of_months_and_labelled_bullets_under_a_heading_are_counts() -> None:
    text = (
        "The Montgomery County Department of Correction and Rehabilitation transferred 17 people "
        "to ICE from January through June.\n\nBy month:\n\n- January: 2\n- February: 4\n"
        "- March: 11\n\nWhat the department reported for April through June 2026:\n\n"
        "- People handed over to ICE: 9\n- ICE detainers lodged: 140\n"
        "- Handovers in April through June 2025, for comparison: 5")
    facts = extract_facts(text, published=date(2026, 7, 16))
    counts = _counts(facts)
    assert ("2026-01", 2, "exact") in counts
    assert ("2026-03", 11, "exact") in counts
    assert ("2026-04-01/2026-06-30", 9, "exact") in counts
    assert 140 not in [c[1] for c in counts]
    assert _history(facts) == [("2025-04-01/2025-06-30", 5, "exact")]


def test_a_justice_of_the_peace_quoted_in_role_is_an_official() -> None:
    facts = extract_facts(
        "The Washington County Sheriff's Office handed 31 people to ICE in March. Justice of the "
        'Peace Harlan Ruddick said, "The public should see these numbers every month."',
        published=date(2026, 4, 14))
    assert [(o.name, o.role) for o in facts.officials] == [
        ("Harlan Ruddick", "Justice of the Peace")]


# Seventh round (from heldout16): running totals from the day an agreement took effect, halves
# and quarters named once, parts that "accounted for" a figure, lists of figures by period,
# corrections, the same months of last year, undated stories that go on in a dated year.

MARCH = date(2026, 3, 3)


def test_a_running_total_since_an_agreement_took_effect_keeps_its_months_as_counts() -> None:
    facts = extract_facts(
        "The Henderson Police Department has handed 61 people to ICE since its 287(g) agreement "
        "with U.S. Immigration and Customs Enforcement took effect Jan. 5, according to figures "
        "given to the council: 24 in January and 33 in February.", published=MARCH)
    assert _counts(facts) == [("2026-01", 24, "exact"), ("2026-02", 33, "exact")]
    assert facts.total is not None
    assert facts.total.count == 61


def test_an_unknown_start_leaves_old_figures_as_history() -> None:
    facts = extract_facts(
        "Only 16 inmates have been transferred from the Hall County jail to ICE custody since "
        "the policy changed. A total of 6,503 inmates were transferred to ICE custody from the "
        "jail between 2011 and 2019.", published=date(2020, 12, 1))
    assert _counts(facts) == []
    assert _history(facts) == [("2011-01-01/2019-12-31", 6503, "exact")]


def test_quarters_named_once_and_a_month_that_accounted_for_part() -> None:
    facts = extract_facts(
        "The Lake County Sheriff's Office turned 318 people over to ICE in 2025. The office "
        "turned over 52 people in the first quarter, 71 in the second, 88 in the third and 107 "
        "in the fourth. December alone accounted for 41.", published=date(2026, 1, 14))
    assert _counts(facts) == [
        ("2025", 318, "exact"), ("2025-01-01/2025-03-31", 52, "exact"),
        ("2025-04-01/2025-06-30", 71, "exact"), ("2025-07-01/2025-09-30", 88, "exact"),
        ("2025-10-01/2025-12-31", 107, "exact"), ("2025-12", 41, "exact")]


def test_in_the_second_without_a_quarter_named_is_no_period() -> None:
    doc = make_document("It was the busiest week in the second of two shifts.",
                        published=NOVEMBER)
    assert find_periods(doc.text, doc, {}) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures show the handovers were split unevenly: 198 in the second half of 2024 "
        "and 239 in the first six months of 2025.",
        "It handed 198 from July through December 2024 and 239 from January through June 2025.",
    ],
)
def test_figures_listed_by_period_after_the_count_are_its_parts(sentence: str) -> None:
    facts = extract_facts(
        "The Oklahoma Department of Corrections released 437 people to ICE in the fiscal year "
        f"that ended June 30. The state's fiscal year runs from July 1 to June 30. {sentence}",
        published=AUGUST)
    counts = _counts(facts)
    assert ("2024-07-01/2024-12-31", 198, "exact") in counts
    assert ("2025-01-01/2025-06-30", 239, "exact") in counts


def test_a_corrected_figure_is_the_count_and_the_new_total_follows() -> None:
    facts = extract_facts(
        "The Washington County Sheriff's Office has corrected the number of people it turned "
        "over to ICE in March. The office earlier said 27; the correct figure is 28. One "
        "transfer was logged late. That brings the total for the first quarter to 82, not the "
        "81 the office reported.", published=date(2026, 4, 10))
    assert _counts(facts) == [("2026-03", 28, "exact"), ("2026-01-01/2026-03-31", 82, "exact")]


def test_the_same_three_months_of_last_year() -> None:
    facts = extract_facts(
        "The Washington County Sheriff's Office handed more than 80 people to ICE from January "
        "through March. That is up from 64 in the same three months of last year.",
        published=date(2026, 4, 9))
    assert _history(facts) == [("2025-01-01/2025-03-31", 64, "exact")]


def test_an_undated_story_goes_on_in_the_year_of_its_running_total() -> None:
    facts = extract_facts(
        "Since Jan. 5, 2026, the Henderson Police Department has turned 61 people over to ICE. "
        "February accounted for 33 of them.", published=None)
    assert _counts(facts) == [("2026-02", 33, "exact")]


@pytest.mark.parametrize(
    ("text", "is_report"),
    [
        ("The Clark County Sheriff's Office received 58 detainer requests last year. Sheriff "
         "Martin Coyle did not say how many of those people were ultimately taken into ICE "
         "custody.", False),
        ("The Clark County Jail released 12 people into ICE custody in March.", True),
    ],
)
def test_how_many_is_a_question_not_a_handover(text: str, is_report: bool) -> None:
    assert extract_facts(text, published=NOVEMBER).transfer_report is is_report


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Another 23 were handed over on warrants of removal, the Form I-205.", ["other"]),
        ("Trained officers can place immigration detainers on them.", ["detainer"]),
    ],
)
def test_removal_warrants_and_detainers_placed_by_trained_officers(
    sentence: str, kinds: list[str]
) -> None:
    facts = extract_facts(
        f"The Hall County Sheriff's Office handed 50 people to ICE in October. {sentence}",
        published=NOVEMBER)
    assert sorted(b.kind for b in facts.legal_basis) == kinds


def test_a_country_then_its_share_of_the_whole() -> None:
    facts = extract_facts(
        "The Washington County jail handed 81 people to ICE in the first quarter. Most were "
        "from Mexico: 52 of the 81.", published=date(2026, 4, 8))
    assert {n.country: n.count for n in facts.nationalities} == {"Mexico": 52}


# Eighth round (from heldout17): a state's possessive department, pipe tables, halves of a
# fiscal year, week-long and holiday spans, a statement's dated span, the largest quarterly
# figure, a Portland beside Cumberland County, a sheriff's office "in" its county.


@pytest.mark.parametrize(
    ("text", "agency", "place"),
    [
        ("Alaska's Department of Corrections handed 41 people to ICE in December.",
         "Alaska Department of Corrections", ("State of Alaska", "AK")),
        ("A central Nebraska sheriff's office handed roughly 60 inmates to ICE in March. The "
         "sheriff's office in Hall County runs the jail.",
         "Hall County Sheriff's Office", ("Hall County", "NE")),
    ],
)
def test_states_own_departments_and_offices_placed_in_their_county(
    text: str, agency: str, place: tuple[str, str]
) -> None:
    facts = extract_facts(text, published=NOVEMBER)
    assert facts.agency is not None
    assert facts.agency.name == agency
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == place


def test_a_pipe_table_of_countries_is_a_breakdown() -> None:
    facts = extract_facts(
        "The Alaska Department of Corrections released 30 people to ICE in December.\n\n"
        "Country | People transferred\nMexico | 12\nPhilippines | 9\nSamoa | 5",
        published=date(2026, 2, 10))
    assert {n.country: n.count for n in facts.nationalities} == {
        "Mexico": 12, "Philippines": 9, "Samoa": 5}


def test_the_first_half_of_a_fiscal_year_and_the_year_before_it() -> None:
    facts = extract_facts(
        "The Alaska Department of Corrections released 41 people to ICE in the first half of the "
        "state's 2026 fiscal year, from July through December. That is up from 23 in the same six "
        "months a year earlier. In the whole of fiscal year 2025, which ran from July 2024 "
        "through June 2025, the department turned over 52 people.", published=date(2026, 2, 10))
    assert _counts(facts) == [("2025-07-01/2025-12-31", 41, "exact")]
    assert sorted(_history(facts)) == [
        ("2024-07-01/2024-12-31", 23, "exact"), ("2024-07-01/2025-06-30", 52, "exact")]


@pytest.mark.parametrize(
    ("span", "label"),
    [
        ("between Monday, Sept. 14, and Sunday, Sept. 20", "2026-09-14/2026-09-20"),
        ("during the week of Sept. 14 through Sept. 20", "2026-09-14/2026-09-20"),
        ("between Thanksgiving and New Year's Day", "2025-11-27/2026-01-01"),
        ("during Federal Fiscal Year 2026 (October 1, 2025 through September 30, 2026)",
         "2025-10-01/2026-09-30"),
    ],
)
def test_weeks_holidays_and_spelled_out_spans(span: str, label: str) -> None:
    published = date(2026, 1, 9) if "Thanksgiving" in span else date(2026, 10, 1)
    facts = extract_facts(
        f"The Clark County Sheriff's Office handed four people to ICE {span}.",
        published=published)
    assert [c.period for c in facts.counts] == [label]


def test_the_largest_quarterly_figure_is_a_count_of_its_quarter() -> None:
    facts = extract_facts(
        "During Federal Fiscal Year 2025 (October 1, 2024 through September 30, 2025), the "
        "Montgomery County Sheriff's Office released 87 individuals to the custody of ICE. The "
        "largest quarterly figure, 26 individuals, occurred in the April–June quarter of 2025.",
        published=date(2025, 10, 23))
    assert _counts(facts) == [
        ("2024-10-01/2025-09-30", 87, "exact"), ("2025-04-01/2025-06-30", 26, "exact")]


def test_approaching_last_years_figure_is_a_baseline() -> None:
    facts = extract_facts(
        "The Cumberland County Jail in Portland has handed at least 17 people to ICE so far this "
        "year, already approaching the more than two dozen it turned over in all of 2025.",
        published=date(2026, 8, 12))
    assert _history(facts) == [("2025", 24, "more_than")]
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.state == "ME"  # Portland beside Cumberland County is Maine's


def test_word_numbered_transfers_of_the_same_months_are_history() -> None:
    facts = extract_facts(
        "The Alaska Department of Corrections released 40 people to ICE from July through "
        "December. The department reported roughly two dozen transfers over the same months of "
        "2024.", published=date(2026, 2, 12))
    assert _history(facts) == [("2024-07-01/2024-12-31", 24, "about")]


def test_a_councilor_quoted_in_role_is_an_official() -> None:
    facts = extract_facts(
        "The Clark County Jail released four people to ICE in September. Clark County Councilor "
        'Dana Whitmore-Reyes said, "People deserve to see the numbers."', published=NOVEMBER)
    assert "Dana Whitmore-Reyes" in [o.name for o in facts.officials]


# Ninth round (from heldout18 and heldout19): a police chief's department, an agency's
# possessive facility, quarter and month-range table labels, word-number lists, shares of the
# whole, country tables in markdown and bullets, parenthetical half-years, bills that bar
# transfers, traffic-stop arrests, "by comparison", "the same two months last year".


def test_a_police_chiefs_department_beats_a_sheriff_named_elsewhere() -> None:
    facts = extract_facts(
        "Dalton Police Chief Raymond Oakes told the council that his department turned 47 people "
        "over to ICE last year. The Dalton Police Department's jail holds people until they are "
        "moved. The Whitfield County Sheriff's Office, which runs the county jail, reports its "
        "own figures.", published=date(2026, 1, 21))
    assert facts.agency is not None
    assert facts.agency.name == "Dalton Police Department"


def test_quarter_and_month_range_labels_in_tables_are_counts() -> None:
    text = (
        "In 2025, the Dalton Police Department released 47 persons from the city jail to ICE "
        "custody. Releases to ICE by quarter:\n\nFirst quarter (January–March): 8\n"
        "Second quarter (April–June): 10\n\nThe jail's handovers by stretch:\n\n"
        "- July through September: 12\n- October through December: 17")
    facts = extract_facts(text, published=date(2026, 1, 20))
    assert _counts(facts) == [
        ("2025", 47, "exact"), ("2025-01-01/2025-03-31", 8, "exact"),
        ("2025-04-01/2025-06-30", 10, "exact"), ("2025-07-01/2025-09-30", 12, "exact"),
        ("2025-10-01/2025-12-31", 17, "exact")]


def test_a_list_of_word_numbers_by_month_is_the_breakdown() -> None:
    facts = extract_facts(
        "The Franklin County Sheriff's Office has handed 10 people to ICE in recent months. The "
        "records show the number rising: two in January, three in February and five in March.",
        published=date(2026, 4, 5))
    assert ("2026-02", 3, "exact") in _counts(facts)
    assert ("2026-03", 5, "exact") in _counts(facts)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mexico accounted for 1,402 of the 2,317, Cuba for 211 and Venezuela for 164.",
         {"Mexico": 1402, "Cuba": 211, "Venezuela": 164}),
        ("Most of those transferred were Mexican nationals — 131 of the 212 — followed by 29 "
         "Guatemalans.", {"Mexico": 131, "Guatemala": 29}),
        ("The largest group, six people, were from Mauritania.", {"Mauritania": 6}),
        ("| Country | Transfers |\n|---|---|\n| Mexico | 61 |\n| Brazil | 5 |",
         {"Mexico": 61, "Brazil": 5}),
        ("By country:\n\n- Mexico: 58\n- Honduras: 11", {"Mexico": 58, "Honduras": 11}),
    ],
)
def test_shares_of_the_whole_and_country_tables(sentence: str, expected: dict[str, int]) -> None:
    facts = extract_facts(
        f"The Clark County Detention Center handed 2,317 people to ICE in 2025.\n\n{sentence}",
        published=date(2026, 1, 22))
    assert {n.country: n.count for n in facts.nationalities} == expected


def test_halves_named_in_parentheses_split_the_fiscal_year() -> None:
    facts = extract_facts(
        "During FY2026, the Nebraska Department of Correctional Services transferred 212 "
        "individuals to ICE. Of these, 112 were transferred during the first half of the fiscal "
        "year (July through December 2025) and 100 during the second half (January through June "
        "2026). In FY2025, it transferred 158 individuals to ICE.", published=date(2026, 8, 13))
    assert _counts(facts) == [
        ("2025-07-01/2026-06-30", 212, "exact"), ("2025-07-01/2025-12-31", 112, "exact"),
        ("2026-01-01/2026-06-30", 100, "exact")]
    assert _history(facts) == [("2024-07-01/2025-06-30", 158, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "A bill that would bar Michigan's county jails and state prisons from transferring anyone "
        "to federal immigration custody without a judge's warrant got a hearing. The Michigan "
        "Department of Corrections did not testify.",
        "The Michigan Department of Corrections testified on the bill. A pastor said two members "
        "of his congregation had been taken into ICE custody after traffic stops last year.",
    ],
)
def test_barred_transfers_and_arrests_at_traffic_stops_are_no_handovers(text: str) -> None:
    assert extract_facts(text, published=date(2026, 5, 12)).transfer_report is False


def test_by_comparison_and_the_same_two_months_last_year_are_history() -> None:
    facts = extract_facts(
        "The South Central Regional Jail released 14 inmates to ICE between Feb. 2 and Feb. 6. "
        "By comparison, six people were released from the jail to ICE in all of January. Across "
        "the state, jails handed 15 people to ICE in the first two months of 2026, up from four "
        "in the same two months last year.", published=date(2026, 2, 10))
    history = _history(facts)
    assert ("2026-01", 6, "exact") in history
    assert ("2025-01-01/2025-02-28", 4, "exact") in history


def test_an_undated_story_dates_an_earlier_month_by_a_later_one() -> None:
    facts = extract_facts(
        "The Lake County Sheriff's Office handed 38 jail inmates over to ICE in September 2025, "
        "up from 21 in August.", published=None)
    assert _counts(facts) == [("2025-09", 38, "exact")]
    assert _history(facts) == [("2025-08", 21, "exact")]


def test_nights_in_jail_are_not_people() -> None:
    facts = extract_facts(
        "The Clark County Detention Center handed 2,317 people to ICE in 2025. One man was "
        "booked in March, spent four nights in the jail and was handed to ICE.",
        published=date(2026, 1, 22))
    assert _counts(facts) == [("2025", 2317, "exact")]


# Tenth round (from heldout20 and heldout21): leaving prison "for ICE custody", parts that begin
# with a qualifier, "the figures cover" a span, "the 12 months before that", month-value lists,
# fiscal years set off by dashes, "Full year" table totals, whether-clauses, states' jails.


def test_people_who_left_prison_for_ice_custody_and_a_qualified_part() -> None:
    facts = extract_facts(
        "Four hundred eighteen people left Tennessee state prisons for ICE custody between July "
        "1, 2024, and June 30, 2025, the Tennessee Department of Correction confirmed. At least "
        "50 of those transfers came in June alone.", published=date(2025, 8, 20))
    assert facts.transfer_report
    assert _counts(facts) == [
        ("2024-07-01/2025-06-30", 418, "exact"), ("2025-06", 50, "at_least")]


def test_the_figures_cover_a_span_and_the_twelve_months_before_it() -> None:
    facts = extract_facts(
        "The Montgomery County Department of Correction and Rehabilitation transferred 37 people "
        "to ICE, each on a warrant signed by a federal judge. The figures cover Jan. 20, 2025, "
        "through Jan. 19, 2026. In the 12 months before that, the department transferred 11 "
        "people to ICE.", published=date(2026, 2, 4))
    assert _counts(facts) == [("2025-01-20/2026-01-19", 37, "exact")]
    assert _history(facts) == [("2024-01-20/2025-01-19", 11, "exact")]


def test_a_month_then_figure_list_after_the_count() -> None:
    facts = extract_facts(
        "From January 1 through March 31, 2026, the Washington County Sheriff's Office "
        "transferred 76 individuals to ICE. Monthly transfers were as follows: January, 26; "
        "February, 31; March, 19.", published=date(2026, 4, 6))
    assert _counts(facts) == [
        ("2026-01-01/2026-03-31", 76, "exact"), ("2026-01", 26, "exact"),
        ("2026-02", 31, "exact"), ("2026-03", 19, "exact")]


def test_a_fiscal_year_set_off_by_dashes_and_a_full_year_table_total() -> None:
    facts = extract_facts(
        "In fiscal year 2025 — July 2024 through June 2025 — the Tennessee Department of "
        "Correction released 412 people to ICE.", published=None)
    assert _counts(facts) == [("2024-07-01/2025-06-30", 412, "exact")]
    table = extract_facts(
        "The Washington County Sheriff's Office transferred people to ICE every quarter of 2025."
        "\n\n- January through March: 71\n- April through June: 83\n- July through September: "
        "86\n- October through December: 78\n- Full year: 318",
        published=date(2026, 1, 22))
    assert table.total is not None
    assert table.total.count == 318


@pytest.mark.parametrize(
    "text",
    [
        'Rep. Ada Nwosu said, "Right now, whether you get handed to ICE depends on which side of '
        'a county line you were arrested on." Pennsylvania jails do not have to report.',
    ],
)
def test_whether_clauses_and_a_states_jails_name_no_handover(text: str) -> None:
    facts = extract_facts(text, published=date(2026, 3, 3))
    assert facts.transfer_report is False


# Found in review: over-broad agency rules, quarter years, and a slow place pattern.


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("The New York Police Department turned 12 people over to ICE in January.",
         "New York Police Department"),
        ("Marion County Sheriff Joe Kast said the sheriff's office runs the county jail. The "
         "department turned 47 people over to ICE in 2025. The Salem Police Department books "
         "most arrestees there.", "Marion County Sheriff's Office"),
        ("Missouri's prison system released 187 inmates to ICE in 2025, the Department of "
         "Corrections and Governor Mike Kehoe said.", "Missouri Department of Corrections"),
        ("When Lakeland police officers turned 63 people over to ICE last year, the chief called "
         "it routine.", "Lakeland Police Department"),
    ],
)
def test_agency_rules_stay_within_their_wording(text: str, agency: str) -> None:
    facts = extract_facts(text, published=date(2026, 3, 1))
    assert facts.agency is not None
    assert facts.agency.name == agency


@pytest.mark.parametrize(
    ("text", "published", "labels"),
    [
        ("The Lake County Sheriff's Office handed 52 people to ICE in the first quarter of 2025, "
         "71 in the second and 88 in the third.", date(2026, 8, 20),
         ["2025-01-01/2025-03-31", "2025-04-01/2025-06-30", "2025-07-01/2025-09-30"]),
        ("The Lake County Sheriff's Office handed 52 people to ICE in the first quarter.",
         date(2026, 3, 15), ["2025-01-01/2025-03-31"]),  # not over yet: last year's
    ],
)
def test_quarters_named_once_share_the_year_of_the_first(
    text: str, published: date, labels: list[str]
) -> None:
    assert [c.period for c in extract_facts(text, published=published).counts] == labels


def test_a_long_run_of_capitalised_words_is_read_quickly() -> None:
    # Any backtracking blow-up in the place patterns would make this take minutes; a correct
    # extraction of the count shows the whole text was read.
    text = ("The Hall County Sheriff's Office handed 5 people to ICE in May. "
            + " ".join(["Aaa"] * 60) + " police.")
    assert _counts(extract_facts(text, published=date(2026, 6, 1))) == [("2026-05", 5, "exact")]


def test_nobody_disputes_a_handover_that_happened() -> None:
    facts = extract_facts(
        "Nobody disputes that the Hall County jail transferred 40 people to ICE in 2025.",
        published=date(2026, 2, 1))
    assert facts.transfer_report

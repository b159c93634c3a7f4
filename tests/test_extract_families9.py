"""Phrasing families of the ninth round: a sum that names the months it adds up, and
figures in English from Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from factkit import Figures, counts, history, place, total
from pipeline.extract import extract_facts

DECEMBER = date(2025, 12, 9)


# --- a sum over the months it names ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Gordon County Jail delivered to ICE seventeen persons in October and twenty-four in "
     "November, forty-one in the two months, according to the sheriff's figures.",
     [("2025-10", 17, "exact"), ("2025-10-01/2025-11-30", 41, "exact"),
      ("2025-11", 24, "exact")]),
    ("The Pasadena Police Department transferred 19 people from its jail to ICE in July, 26 "
     "in August, 22 in September and 37 in October — 104 people over the four months.",
     [("2025-07", 19, "exact"), ("2025-07-01/2025-10-31", 104, "exact"),
      ("2025-08", 26, "exact"), ("2025-09", 22, "exact"), ("2025-10", 37, "exact")]),
    # months told out of order, "in all" before the span
    ("A review found Lowell police turned four people over to ICE in September and one more in "
     "August — five people in all over the two months.",
     [("2025-08", 1, "exact"), ("2025-08-01/2025-09-30", 5, "exact"),
      ("2025-09", 4, "exact")]),
])
def test_a_sum_that_names_its_months_counts_their_span(text: str, expected: Figures) -> None:
    facts = extract_facts(text, published=DECEMBER)
    assert counts(facts) == expected
    assert total(facts) == next(c for c in expected if "/" in c[0])


@pytest.mark.parametrize("text", [
    # the months named are not the ones listed
    "The jail handed 17 people to ICE in October and 24 in November, 41 over the three months "
    "through December.",
    # not the sum of the parts
    "The jail handed 17 people to ICE in October and 24 in November, 50 in the two months "
    "counting transfers to the Marshals.",
    # a sum with no months named stays the total alone
    "The jail handed 17 people to ICE in October and 24 in November, 41 in all.",
])
def test_a_sum_gets_a_span_only_when_it_names_the_listed_months(text: str) -> None:
    facts = extract_facts(text, published=DECEMBER)
    assert [c for c in counts(facts) if "/" in c[0]] == []


def test_the_same_months_a_year_before_follow_the_span() -> None:
    facts = extract_facts(
        "The Gordon County Jail delivered to ICE seventeen persons in October and twenty-four "
        "in November, forty-one in the two months. In the same two months of 2024, the number "
        "was of nine.", published=DECEMBER)
    assert history(facts) == [("2024-10-01/2024-11-30", 9, "exact")]


# --- figures in English from Spanish ------------------------------------------------------

MARCH = date(2026, 3, 16)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kings County Sheriff's Office transferred more than two dozen persons to ICE in 2025. "
     "The figure is far from the forty-four of 2019, the last year before the pandemic, but it "
     "is well above the nine of 2024.",
     [("2019", 44, "exact"), ("2024", 9, "exact")]),
    ("The Union County Sheriff's Office delivered a little more than one hundred ten persons to "
     "ICE last year. It is almost the double of the sixty-four of 2024.",
     [("2024", 64, "exact")]),
    ("The Maverick County Sheriff's Office delivered more than thirty persons to ICE during the "
     "month of January, almost three times the eleven of January of 2025.",
     [("2025-01", 11, "exact")]),
])
def test_the_figure_of_an_earlier_year_is_history(text: str, expected: Figures) -> None:
    assert history(extract_facts(text, published=MARCH)) == expected


def test_a_month_of_a_year_is_that_month() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office handed 14 people to ICE in January of 2025, the "
        "sheriff said.", published=MARCH)
    assert counts(facts) == [("2025-01", 14, "exact")]


def test_a_number_spelt_out_in_thousands_keeps_its_thousands() -> None:
    facts = extract_facts(
        "The Kings County Sheriff's Office transferred 26 persons to ICE in 2025, up from one "
        "thousand one hundred ninety in 2019.", published=MARCH)
    assert history(facts) == [("2019", 1190, "exact")]


def test_a_gloss_after_a_figure_does_not_lend_it_its_period() -> None:
    facts = extract_facts(
        "The Sarasota County Sheriff's Office delivered 150 persons to ICE between July and "
        "September. In all of 2024 the office delivered one hundred twenty-two persons to ICE, "
        "that is to say that in only three months of this year it approached the figure of the "
        "whole previous year.", published=date(2025, 10, 24))
    assert counts(facts) == [("2025-07-01/2025-09-30", 150, "exact")]
    assert history(facts) == [("2024", 122, "exact")]


# --- translated stories: officials, nationalities, lists -----------------------------------

NOVEMBER = date(2025, 11, 12)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The Whatcom County Sheriff's Office handed five people to ICE in October. The Sheriff "
     "of Whatcom County, Mr. Anders Holmqvist, said that the five cases had charges.",
     "Anders Holmqvist", "Sheriff of Whatcom County"),
    ("The Bristol County Sheriff's Office delivered 43 people to ICE. The Honorable Sheriff of "
     "the County of Bristol, Mr. Rui Albano Correia, defended the numbers. \"We follow the "
     "law,\" Correia said.", "Rui Albano Correia", "Sheriff of the County of Bristol"),
    ("The Fairfax County Sheriff's Office delivered 19 people to ICE. The Mason District "
     "Supervisor, Mr. Daniel Trương, said he will ask for an explanation.",
     "Daniel Trương", "Mason District Supervisor"),
    ("The Fairfax County Sheriff's Office delivered 19 people to ICE. The Sheriff of Fairfax "
     "County, Bà Loretta Gaines-Whitaker, explained that the increase comes from the federal "
     "side.", "Loretta Gaines-Whitaker", "Sheriff of Fairfax County"),
    ("The Monmouth County Sheriff's Office delivered 26 people to ICE. \"It was an error of "
     "counting,\" said the undersheriff, Mrs. Denise Albright-Moreno, who gave the first figure.",
     "Denise Albright-Moreno", "undersheriff"),
    ("The Fulton County Sheriff's Office delivered 412 people to ICE in 2025. The commissioner "
     "Mrs. Yolanda Pryor-Haynes asked the sheriff for a report.",
     "Yolanda Pryor-Haynes", "commissioner"),
])
def test_a_courtesy_title_is_no_part_of_an_officials_name(text: str, name: str, role: str) -> None:
    officials = [(o.name, o.role) for o in extract_facts(text, published=NOVEMBER).officials]
    assert (name, role) in officials


def test_a_courtesy_title_alone_makes_no_official() -> None:
    facts = extract_facts(
        "The Fulton County Sheriff's Office delivered 412 people to ICE in 2025. The owner of "
        "the bakery, Mr. Tomas Reyes, said business fell.", published=NOVEMBER)
    assert facts.officials == ()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The five are three Mexicans, a Guatemalan and a Ukrainian, the office said.",
     {"Mexico": 3, "Guatemala": 1, "Ukraine": 1}),
    ("Of the 412, Mexico is the first with 171, followed by Guatemala with 88 and Honduras "
     "with 61.", {"Mexico": 171, "Guatemala": 88, "Honduras": 61}),
    ("Of the thirty-eight, fourteen are Haitians, twelve Guatemalans and seven Mexicans.",
     {"Haiti": 14, "Guatemala": 12, "Mexico": 7}),
    ("Of the other cases, seven persons are of El Salvador, five of Honduras and three of "
     "Bolivia.", {"El Salvador": 7, "Honduras": 5, "Bolivia": 3}),
    ("Of the thirty-one, nineteen are of Mexican nationality, six are Hondurans and two are "
     "Venezuelans.", {"Mexico": 19, "Honduras": 6, "Venezuela": 2}),
])
def test_breakdowns_in_english_from_spanish(sentence: str, expected: dict[str, int]) -> None:
    facts = extract_facts("The Martin County Sheriff's Office delivered 38 people to ICE in "
                          "August. " + sentence, published=NOVEMBER)
    assert {n.country: n.count for n in facts.nationalities} == expected


def test_people_of_a_countrys_descent_are_no_breakdown() -> None:
    facts = extract_facts("The Martin County Sheriff's Office delivered 38 people to ICE in "
                          "August. Two of its deputies are of Haitian descent.",
                          published=NOVEMBER)
    assert facts.nationalities == ()


def test_a_running_total_since_a_signing_dated_in_an_aside() -> None:
    facts = extract_facts(
        "The Martin County Sheriff's Office delivered at least thirty-five persons to ICE in "
        "August. Since the office signed the agreement with the federal government, on the 15 "
        "of February, it has delivered 212 persons to ICE in all.", published=date(2025, 9, 3))
    assert counts(facts) == [("2025-08", 35, "at_least")]
    assert facts.total is not None
    assert facts.total.count == 212


def test_figures_named_after_their_periods_before_the_handover_they_count() -> None:
    facts = extract_facts(
        "FREEHOLD — In July they were seven, in August eleven, and in September eight. These "
        "are the persons whom the Monmouth County Sheriff's Office delivered to ICE from its "
        "jail during the summer.", published=date(2025, 10, 15))
    assert counts(facts) == [("2025-07", 7, "exact"), ("2025-08", 11, "exact"),
                             ("2025-09", 8, "exact")]


def test_periods_named_first_for_other_figures_count_nothing() -> None:
    facts = extract_facts(
        "The Monmouth County Sheriff's Office delivered 26 people to ICE last summer. In July "
        "the jail booked 700 people, in August 650.", published=date(2025, 10, 15))
    assert [c for c in counts(facts) if c[1] in (700, 650)] == []


def test_a_month_the_jail_delivered_nobody_is_a_zero() -> None:
    facts = extract_facts(
        "The Whatcom County Sheriff's Office delivered five persons to ICE in October. In "
        "September the jail did not deliver anybody.", published=NOVEMBER)
    assert counts(facts) == [("2025-09", 0, "exact"), ("2025-10", 5, "exact")]


def test_a_trimester_of_a_year_and_its_months_in_words() -> None:
    facts = extract_facts(
        "The Bristol County Sheriff's Office delivered to ICE forty-three persons in the first "
        "trimester of 2025. According to the document, there were fifteen deliveries in "
        "January, eleven in February and seventeen in March.", published=date(2025, 4, 9))
    assert counts(facts) == [("2025-01", 15, "exact"), ("2025-01-01/2025-03-31", 43, "exact"),
                             ("2025-02", 11, "exact"), ("2025-03", 17, "exact")]


# --- statehouse and state-prison reporting (heldout63) ----------------------------------------

def test_a_budget_year_given_by_its_days_sets_the_fiscal_year() -> None:
    july = extract_facts(
        "The Harlan Parish Sheriff's Office released 88 inmates to ICE in the 2025 fiscal year, "
        "auditors said. The releases took place between July 1, 2024, and June 30, 2025.",
        published=date(2026, 1, 10))
    assert counts(july) == [("2024-07-01/2025-06-30", 88, "exact")]
    october = extract_facts(
        "The Essex County Department of Corrections released 12 people to ICE during fiscal "
        "2025, its director said. The 12 releases took place between Oct. 1, 2024, and Sept. "
        "30, 2025, and compare with five in fiscal 2024.", published=date(2026, 2, 1))
    assert counts(october) == [("2024-10-01/2025-09-30", 12, "exact")]
    assert history(october) == [("2023-10-01/2024-09-30", 5, "exact")]


def test_a_year_of_days_without_fiscal_words_is_no_fiscal_year() -> None:
    facts = extract_facts(
        "The Essex County Department of Corrections released 12 people to ICE in 2025. The "
        "releases took place between July 1, 2025, and Dec. 30, 2025.", published=date(2026, 2, 1))
    assert ("2025", 12, "exact") in counts(facts)


def test_a_part_released_between_two_months_is_counted() -> None:
    facts = extract_facts(
        "The Tanner County Sheriff's Office turned 120 people over to ICE in 2025. Records show "
        "70 of them were released between January and June, mostly on weekends.",
        published=date(2026, 1, 5))
    assert counts(facts) == [("2025", 120, "exact"), ("2025-01-01/2025-06-30", 70, "exact")]


def test_a_parish_sheriffs_title_names_his_office() -> None:
    facts = extract_facts(
        "Acadia Parish Sheriff Ray Bonin said Tuesday the jail follows the law. In 2025, the "
        "sheriff's office released 14 people to ICE, he said.", published=date(2026, 1, 20))
    assert facts.agency is not None
    assert facts.agency.name == "Acadia Parish Sheriff's Office"
    assert place(facts) == ("Acadia Parish", "LA")


@pytest.mark.parametrize(("text", "expected"), [
    ("HARRISBURG — The director of Marlow County's prison system told senators Tuesday that "
     "the Marlow County Department of Corrections released 64 people to federal immigration "
     "authorities in 2025. In January and February the department released 11 people to ICE, "
     "she said.",
     [("2025", 64, "exact"), ("2026-01-01/2026-02-28", 11, "exact")]),
    ("Vermont's prison system turned nearly 40 people over to federal immigration agents in "
     "the fiscal year that ended in June, about triple the 13 it handed over in fiscal 2023, "
     "the Vermont Department of Corrections told lawmakers. The handovers went on this fall. "
     "In September, six people were turned over, the commissioner said.",
     [("2024-07-01/2025-06-30", 40, "about"), ("2025-09", 6, "exact")]),
])
def test_the_opening_figure_stays_a_count_beside_the_months_after_it(
        text: str, expected: Figures) -> None:
    assert counts(extract_facts(text, published=date(2026, 3, 4))) == expected


def test_an_opening_figure_years_before_the_later_one_is_history() -> None:
    facts = extract_facts(
        "The Marlow County Department of Corrections released 64 people to ICE in 2023. In "
        "March 2025 it released nine people to ICE, the director said.",
        published=date(2025, 4, 10))
    assert counts(facts) == [("2025-03", 9, "exact")]


def test_people_it_had_counted_who_went_to_the_marshals_are_no_count() -> None:
    facts = extract_facts(
        "The Kansas Department of Corrections has revised the number of prisoners it released "
        "to ICE in 2025, saying three people it had counted were in fact picked up by the U.S. "
        "Marshals. The corrected figure is 45 for 2025.", published=date(2026, 2, 1))
    assert counts(facts) == [("2025", 45, "exact")]


def test_the_marshals_taking_custody_is_no_handover() -> None:
    facts = extract_facts(
        "The Wexford County Sheriff's Office released 45 people to ICE in 2025. The Marshals "
        "Service, which moves federal defendants, took custody of 22 people from the jail over "
        "the same 12 months, according to the office.", published=date(2026, 2, 1))
    assert history(facts) == []
    assert counts(facts) == [("2025", 45, "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The District of Columbia Department of Corrections released nine people to ICE in 2025, "
     "its director said.", ("District of Columbia", "DC")),
    ("The Puerto Rico Department of Corrections and Rehabilitation delivered 40 inmates to ICE "
     "in 2024, the secretary said.", ("Puerto Rico", "PR")),
    ("The Columbia Police Department handed three people to ICE in 2025, police in Columbia, "
     "South Carolina, said.", ("Columbia", "SC")),
])
def test_the_district_and_territories_are_jurisdictions(
        text: str, expected: tuple[str, str]) -> None:
    assert place(extract_facts(text, published=date(2026, 2, 1))) == expected


@pytest.mark.parametrize(("sentence", "name"), [
    ("\"The files were incomplete,\" State Auditor Mara Quist wrote in a letter.", "Mara Quist"),
    ("The governor's press secretary, Lena Ortiz Vidal, said the state supports the transfers.",
     "Lena Ortiz Vidal"),
    ("In a statement, Deputy Mayor for Public Safety and Justice Omar Haddad-Lee said the city "
     "follows the law.", "Omar Haddad-Lee"),
])
def test_statehouse_titles_name_officials(sentence: str, name: str) -> None:
    facts = extract_facts("The Tanner County Sheriff's Office released 30 people to ICE in "
                          "2025. " + sentence, published=date(2026, 2, 1))
    assert name in [o.name for o in facts.officials]


def test_a_groups_press_secretary_is_no_official() -> None:
    facts = extract_facts("The Tanner County Sheriff's Office released 30 people to ICE in "
                          "2025. The coalition's press secretary, Lena Ortiz Vidal, said the "
                          "group opposes the transfers.", published=date(2026, 2, 1))
    assert facts.officials == ()


def test_leaving_a_dotted_jail_for_immigration_custody_is_a_handover() -> None:
    facts = extract_facts("Fewer than 15 people left the St. Clair County Jail for immigration "
                          "custody in 2025, the sheriff's office said.", published=date(2026, 2, 1))
    assert counts(facts) == [("2025", 15, "up_to")]


def test_a_rise_from_an_earlier_figure_is_history() -> None:
    facts = extract_facts(
        "The Dunmore County Prison released 40 people to ICE last year, a jump from 22 the year "
        "before.", published=date(2026, 3, 1))
    assert history(facts) == [("2024", 22, "exact")]


@pytest.mark.parametrize("text", [
    "The Aldridge County Detention Center ran status checks on 2,100 people it booked in 2024, "
    "sent 190 inquiries to ICE's Law Enforcement Support Center and received 35 detainers.",
    "The Aldridge County jail sent 48 detainer requests to ICE in 2024 and received 12 replies, "
    "the sheriff's office said.",
])
def test_papers_sent_to_ice_are_no_handover(text: str) -> None:
    assert not extract_facts(text, published=date(2025, 8, 1)).transfer_report


# --- Southern weeklies and local radio (heldout62) --------------------------------------------

SEPTEMBER = date(2025, 9, 20)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Yell County Sheriff's Office put 64 people from the county jail into the hands of "
     "U.S. Immigration and Customs Enforcement in 2024, Sheriff Dana Pruitt said.",
     [("2024", 64, "exact")]),
    ("At least 18 people went from the Tift County jail into the custody of U.S. Immigration "
     "and Customs Enforcement in March, the sheriff's office said.",
     [("2025-03", 18, "at_least")]),
    ("The Dale County Sheriff's Office, which works with U.S. Immigration and Customs "
     "Enforcement under a 287(g) agreement, turned 14 people over in July and 22 in August, "
     "Sheriff Ray Dunn said.", [("2025-07", 14, "exact"), ("2025-08", 22, "exact")]),
    ("The Dale County jail sent 14 to U.S. Immigration and Customs Enforcement in August.",
     [("2025-08", 14, "exact")]),
])
def test_plain_spoken_handovers(text: str, expected: Figures) -> None:
    assert counts(extract_facts(text, published=SEPTEMBER)) == expected


@pytest.mark.parametrize("text", [
    "Two men went from the Tift County jail into the custody of the U.S. Marshals Service in "
    "March, the sheriff said. ICE was not involved.",
    "The Dale County Sheriff's Office turned its case file over in July to ICE agents, who "
    "arrested 14 people at a farm.",
])
def test_custody_of_others_and_files_turned_over_are_no_handover(text: str) -> None:
    assert not extract_facts(text, published=SEPTEMBER).transfer_report


def test_ice_moving_detainees_into_the_jail_is_no_handover() -> None:
    facts = extract_facts(
        "The Hardin County Detention Center released 11 people to ICE in March. ICE transferred "
        "about 30 detainees into the jail from a facility in Texas in April.", published=SEPTEMBER)
    assert counts(facts) == [("2025-03", 11, "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dale County Sheriff's Office did not hand anyone over to ICE in March, but turned "
     "eight people over to ICE in April.", [("2025-03", 0, "exact"), ("2025-04", 8, "exact")]),
    ("The Dale County Sheriff's Office did not hand anyone over to ICE without a detainer in "
     "March, but turned eight people over to ICE in April.", [("2025-04", 8, "exact")]),
])
def test_a_month_denied_is_a_zero_unless_the_denial_is_conditional(
        text: str, expected: Figures) -> None:
    assert counts(extract_facts(text, published=SEPTEMBER)) == expected


@pytest.mark.parametrize(("phrase", "value", "qualifier"), [
    ("right at 30", 30, "about"), ("better than 20", 20, "more_than"),
    ("a couple dozen", 24, "about"),
])
def test_spoken_approximations(phrase: str, value: int, qualifier: str) -> None:
    facts = extract_facts(f"The Dale County Sheriff's Office turned {phrase} people over to ICE "
                          "in July.", published=SEPTEMBER)
    assert counts(facts) == [("2025-07", value, qualifier)]


@pytest.mark.parametrize("text", [
    "The Dale County jail has released more than 15 people to ICE since the first of February, "
    "Jail Administrator Tom Faye said.",
    "Sheriff Lyle Ames said that since the county's agreement with U.S. Immigration and Customs "
    "Enforcement went live the first of June, the Forrest County Sheriff's Office has turned 27 "
    "people over to ICE.",
])
def test_since_the_first_of_a_month_is_a_running_total(text: str) -> None:
    facts = extract_facts(text, published=SEPTEMBER)
    assert counts(facts) == []
    assert facts.total is not None


def test_corrected_figures_told_by_month_and_by_span() -> None:
    lead = ("The Dale County Sheriff's Office turned 10 people over to ICE in March, Sheriff Roy "
            "Beck said. The office has since corrected its report. ")
    months = extract_facts(lead + "The February figure of seven and the April figure of 12 "
                           "stand as reported.", published=date(2025, 7, 20))
    assert counts(months) == [("2025-02", 7, "exact"), ("2025-03", 10, "exact"),
                              ("2025-04", 12, "exact")]
    span = extract_facts(lead + "That puts the count for February through April, the first "
                         "three months of its agreement with ICE, at 29 rather than the 32 first "
                         "reported.", published=date(2025, 7, 20))
    assert ("2025-02-01/2025-04-30", 29, "exact") in counts(span)
    assert all(c[1] != 32 for c in counts(span))


def test_a_budget_puts_no_count_at_its_population() -> None:
    facts = extract_facts("The Dale County Sheriff's Office turned 10 people over to ICE in "
                          "March. The new jail budget puts the population count for the year at "
                          "340.", published=date(2025, 7, 20))
    assert counts(facts) == [("2025-03", 10, "exact")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Of those, 25 listed Mexico as their home country, nine El Salvador and six Honduras.",
     {"Mexico": 25, "El Salvador": 9, "Honduras": 6}),
    ("Of those turned over, 18 gave Guatemala as their country of citizenship, five Peru and "
     "two the Dominican Republic.", {"Guatemala": 18, "Peru": 5, "Dominican Republic": 2}),
])
def test_a_home_country_listed_breaks_the_figure_down(
        sentence: str, expected: dict[str, int]) -> None:
    facts = extract_facts("The Dale County Sheriff's Office turned 40 people over to ICE in "
                          "2025. " + sentence, published=date(2026, 1, 20))
    assert {n.country: n.count for n in facts.nationalities} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Forrest County jail handed 45 people to ICE this year. Compared to about a dozen all "
     "of last year, the chief said, the pace has picked up.", [("2024", 12, "about")]),
    ("The Forrest County Sheriff's Department turned 70 people over to ICE in the budget year "
     "that ended Sept. 30, up from 48 the budget year before.",
     [("2022-10-01/2023-09-30", 48, "exact")]),
    ("The Dale County Sheriff's Office turned 33 people over to ICE this year. Back in 2021, "
     "the jail sent fewer than 15 to ICE the whole year.", [("2021", 15, "up_to")]),
])
def test_earlier_years_told_plainly_are_history(text: str, expected: Figures) -> None:
    assert history(extract_facts(text, published=date(2025, 6, 10))) == expected


@pytest.mark.parametrize(("text", "part"), [
    ("The Forrest County Sheriff's Office released more than 60 people to ICE in 2025, with 21 "
     "of those coming in the final quarter, October through December.",
     ("2025-10-01/2025-12-31", 21, "exact")),
    ("The Forrest County jail turned 80 people over to ICE in 2025, 30 of them in the first "
     "quarter.", ("2025-01-01/2025-03-31", 30, "exact")),
])
def test_a_part_of_the_year_in_its_quarter(text: str, part: tuple[str, int, str]) -> None:
    assert part in counts(extract_facts(text, published=date(2026, 1, 20)))


@pytest.mark.parametrize(("text", "expected"), [
    ("OPELIKA - The Opelika Police Department turned 12 people over to ICE in May, Chief Ray "
     "Bell said. Some families have stopped going to Mass.", ("Opelika", "AL")),
    ("The Hart County Detention Center released nine people to ICE in May, Jailer Bo Reed told "
     "the Hart County Fiscal Court.", ("Hart County", "KY")),
    ("LOWELL, Mass. — The Lowell Police Department turned three people over to ICE in May.",
     ("Lowell", "MA")),
])
def test_state_clues_in_small_town_copy(text: str, expected: tuple[str, str]) -> None:
    assert place(extract_facts(text, published=date(2025, 6, 20))) == expected


@pytest.mark.parametrize(("text", "kinds"), [
    ("The Dale County Sheriff's Office turned 40 people over to ICE in 2025 under its 287(g) "
     "agreement. ICE lodged around 90 detainers at the jail over the year.", {"287g"}),
    ("The Dale County Sheriff's Office turned 19 people over to ICE in 2025. \"If ICE sends us a "
     "detainer along with one of its signed administrative warrants on somebody we've booked, "
     "we hold them until agents come,\" Chief Lena Hart said.", {"detainer", "other"}),
])
def test_detainers_lodged_are_counted_requests_and_held_ones_a_basis(
        text: str, kinds: set[str]) -> None:
    facts = extract_facts(text, published=date(2026, 1, 20))
    assert {b.kind for b in facts.legal_basis} == kinds


# --- advocacy reports and their pickups (heldout66) --------------------------------------------

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The Dawson County Sheriff's Office handed 140 people to ICE last year. It breaks the year "
     "into quarters: 30 from January through March, 35 from April through June, 40 from July "
     "through September and 35 from October through December. Eighteen of the first quarter's "
     "30 were turned over in January and February, before the agreement began.",
     date(2026, 2, 12), ("2025-01-01/2025-02-28", 18, "exact")),
    ("The Lyon County Sheriff's Office transferred 52 people to ICE in the second quarter of "
     "2025. Twenty of the quarter's 52 were handed over in May and June.",
     date(2025, 7, 15), ("2025-05-01/2025-06-30", 20, "exact")),
    ("The Hale County Sheriff's Office handed 19 people to ICE in January and February of last "
     "year, records show.", date(2026, 6, 1), ("2025-01-01/2025-02-28", 19, "exact")),
])
def test_a_part_of_a_periods_whole_and_a_month_pair_of_its_year(
        text: str, published: date, expected: tuple[str, int, str]) -> None:
    facts = extract_facts(text, published=published)
    assert expected in counts(facts)
    assert all(not c[0].startswith("2026") for c in counts(facts))


@pytest.mark.parametrize(("text", "count", "past"), [
    ("The Pima County Sheriff's Department released 310 people to ICE in the federal "
     "government's 2025 fiscal year, up from 250 in fiscal 2024.",
     ("2024-10-01/2025-09-30", 310, "exact"), ("2023-10-01/2024-09-30", 250, "exact")),
    ("The Cochise County Sheriff's Office handed 77 people to ICE in federal fiscal 2025, "
     "compared with 58 in fiscal 2024.",
     ("2024-10-01/2025-09-30", 77, "exact"), ("2023-10-01/2024-09-30", 58, "exact")),
])
def test_federal_fiscal_years_named_loosely(
        text: str, count: tuple[str, int, str], past: tuple[str, int, str]) -> None:
    facts = extract_facts(text, published=date(2025, 12, 1))
    assert counts(facts) == [count]
    assert history(facts) == [past]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("In the first six months of 2025, the Cowley County Sheriff's Office handed 39 people to "
     "ICE, already more than in any full year since 2021, the report says.",
     date(2025, 8, 1), [("2025-01-01/2025-06-30", 39, "exact")]),
    ("Between January and August, the Reno County Sheriff's Office transferred 52 people to "
     "ICE, more than in all of 2023 and 2024 combined.",
     date(2025, 10, 1), [("2025-01-01/2025-08-31", 52, "exact")]),
])
def test_a_comparison_after_a_figure_does_not_date_it(
        text: str, published: date, expected: Figures) -> None:
    assert counts(extract_facts(text, published=published)) == expected


@pytest.mark.parametrize("text", [
    "The Finney County Sheriff's Office turned 48 people over to ICE in the first half of 2025. "
    "Roughly one in every 60 people booked into the jail this year left it in ICE custody.",
    "The Finney County Sheriff's Office turned 48 people over to ICE in the first half of 2025. "
    "About one of every 25 people booked into the jail was turned over to ICE.",
])
def test_one_in_every_n_is_a_ratio(text: str) -> None:
    facts = extract_facts(text, published=date(2025, 8, 1))
    assert counts(facts) == [("2025-01-01/2025-06-30", 48, "exact")]


def test_a_month_that_picked_up_with_a_figure() -> None:
    facts = extract_facts(
        "The Kay County Sheriff's Office turned 8 people over to ICE in January and 11 in "
        "February. No one was handed over in March. Handovers picked up in April with 19, the "
        "busiest month, followed by 7 in May.", published=date(2025, 7, 1))
    assert ("2025-04", 19, "exact") in counts(facts)
    assert ("2025-05", 7, "exact") in counts(facts)


def test_bookings_that_rose_with_a_figure_are_no_count() -> None:
    facts = extract_facts(
        "The Kay County Sheriff's Office turned 8 people over to ICE in January. Bookings rose "
        "in February with 900, the report says.", published=date(2025, 7, 1))
    assert counts(facts) == [("2025-01", 8, "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    ("They are two of the roughly 120 people the Comanche County Sheriff's Office turned over "
     "to ICE in 2025, the records show.", [("2025", 120, "about")]),
    ("The Finney County Sheriff's Office handed 90 people to ICE in 2025. Nearly a third — 29 "
     "— were transferred in December alone.", [("2025", 90, "exact"), ("2025-12", 29, "exact")]),
])
def test_wholes_and_parts_told_around_the_figure(text: str, expected: Figures) -> None:
    assert counts(extract_facts(text, published=date(2026, 2, 1))) == expected


def test_a_month_named_the_busiest_of_its_year() -> None:
    facts = extract_facts(
        "The Grant County Detention Center released 60 people to ICE in 2025, the clinic found. "
        "The report names July as the busiest month of 2025, with 11 transfers.",
        published=date(2026, 3, 1))
    assert ("2025-07", 11, "exact") in counts(facts)


@pytest.mark.parametrize(("text", "kinds"), [
    ("The Grant County Detention Center released 60 people to ICE in 2025. Each transfer "
     "followed an ICE detainer; the records show no judicial warrants.", {"detainer"}),
    ("The Grant County Detention Center released 31 people to ICE in 2025; all 31 came with "
     "judicial warrants.", {"judicial_warrant"}),
])
def test_a_basis_the_records_show_none_of_is_none(text: str, kinds: set[str]) -> None:
    facts = extract_facts(text, published=date(2026, 3, 1))
    assert {b.kind for b in facts.legal_basis} == kinds


@pytest.mark.parametrize(("text", "names"), [
    ("The Navajo County Sheriff's Office handed 40 people to ICE in 2025. Sheriff Owen Marsh has "
     "made no secret of it. At a January meeting he told commissioners, \"We follow the law.\"",
     ["Owen Marsh"]),
    ("The Navajo County Sheriff's Office handed 40 people to ICE in 2025. Commission Chairman "
     "Lee Barr did not return calls. He said last year that he backs the sheriff.", []),
    ("The Navajo County Sheriff's Office handed 40 people to ICE in 2025. District Attorney Sam "
     "Ortiz said the charges were routine. Immigration attorney Rosa Vidal said the process is "
     "unfair.", ["Sam Ortiz"]),
])
def test_officials_who_speak_in_the_next_sentence_and_prosecutors(
        text: str, names: list[str]) -> None:
    facts = extract_facts(text, published=date(2026, 3, 1))
    assert [o.name for o in facts.officials] == names


def test_a_nationality_that_made_up_the_bulk() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office turned 66 people over to ICE in 2025. Guatemalan "
        "nationals made up the bulk: 33, or about half. Twelve were from Honduras.",
        published=date(2026, 2, 1))
    assert {n.country: n.count for n in facts.nationalities} == {"Guatemala": 33, "Honduras": 12}


# --- newsletters, live blogs and threads (heldout68) -------------------------------------------

def test_quarter_rows_under_a_heading_without_a_year_take_the_reported_year() -> None:
    facts = extract_facts(
        "The Otter Tail County jail released about 40 people to ICE in 2024, the Otter Tail "
        "County Sheriff's Office said.\nThe office broke the year down when I asked:\n"
        "- January through March: 9\n- April through June: 12\n- July through September: 8\n"
        "- October through December: 10", published=date(2025, 4, 15))
    assert counts(facts) == [("2024", 40, "about"), ("2024-01-01/2024-03-31", 9, "exact"),
                             ("2024-04-01/2024-06-30", 12, "exact"),
                             ("2024-07-01/2024-09-30", 8, "exact"),
                             ("2024-10-01/2024-12-31", 10, "exact")]
    assert history(facts) == []


@pytest.mark.parametrize("correction", [
    "7:40 p.m. - Correction from the sheriff's office: the figure is 41, not 44. Three names "
    "were entered twice.",
    "An hour later the office came back with a correction: it's 41 people for the year, not 44.",
    "Later the office lowered the 2024 figure from 44 to 41.",
])
def test_a_later_correction_replaces_the_first_figure(correction: str) -> None:
    facts = extract_facts("7:02 p.m. - Sheriff Dana Holt says the Rice County Sheriff's Office "
                          "turned 44 people over to ICE in 2024.\n" + correction,
                          published=date(2025, 2, 11))
    assert counts(facts) == [("2024", 41, "exact")]


def test_a_change_in_other_things_corrects_nothing() -> None:
    facts = extract_facts(
        "The Rice County Sheriff's Office turned 44 people over to ICE in 2024. The board cut the "
        "jail budget from 44 to 41 positions, a revised plan shows.", published=date(2025, 2, 11))
    assert counts(facts) == [("2024", 44, "exact")]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Sheriff Mara Lindqvist did not dwell on the numbers. \"We follow the law as written,\" "
     "she said.", "Mara Lindqvist"),
    ("Jail Administrator Dev Ortiz put it plainly: \"We hold them for 48 hours and not a minute "
     "more.\"", "Dev Ortiz"),
    ("7:25 p.m. - Commissioner Ruth Adeyemi asks whether any of them had been convicted.",
     "Ruth Adeyemi"),
])
def test_officials_quoted_by_pronoun_colon_or_asking(sentence: str, name: str) -> None:
    facts = extract_facts("The Brown County Sheriff's Office handed 14 people to ICE in March. "
                          + sentence, published=date(2025, 8, 1))
    assert name in [o.name for o in facts.officials]


def test_a_labelled_line_with_words_between_released_and_ice() -> None:
    facts = extract_facts(
        "I asked the Clay County Sheriff's Office for its jail records for July 1 through Sept. "
        "30, 2025.\n- Bookings into the Clay County jail: 903\n- People released from the jail "
        "straight to ICE agents: 18", published=date(2025, 11, 1))
    assert facts.total is not None
    assert facts.total.count == 18


@pytest.mark.parametrize(("text", "expected"), [
    ("The Massachusetts Department of Correction told lawmakers it transferred 40 people to ICE "
     "in fiscal year 2025, the budget year that ran from July 2024 through June. In July and "
     "August of this year it transferred another 9, a department spokesperson said.",
     [("2024-07-01/2025-06-30", 40, "exact"), ("2025-07-01/2025-08-31", 9, "exact")]),
])
def test_another_figure_for_the_months_after_a_fiscal_year(text: str, expected: Figures) -> None:
    assert counts(extract_facts(text, published=date(2025, 9, 10))) == expected


def test_a_running_total_that_comes_to_a_figure() -> None:
    facts = extract_facts(
        "The Ripley County Sheriff's Office now says its jail turned 8 people over to ICE in "
        "June. Add the five people handed over between July 1 and July 10, and the county's "
        "total since the 287(g) agreement took effect on March 1 comes to 37.",
        published=date(2025, 7, 15))
    assert facts.total is not None
    assert facts.total.count == 37


def test_a_numbered_thread_line() -> None:
    facts = extract_facts(
        "1/ Numbers from the Jasper County jail's 287(g) program: the Jasper County Sheriff's "
        "Office has handed 40 people to ICE since the agreement took effect March 1.\n"
        "2/ August alone: 14. Most so far.", published=date(2025, 9, 3))
    assert counts(facts) == [("2025-08", 14, "exact")]


def test_a_busiest_month_after_a_lead_in() -> None:
    facts = extract_facts(
        "The Polk County jail turned about 30 people over to ICE between January and March, the "
        "Polk County Sheriff's Office said. The office would not give a monthly table. Deputies "
        "booked about 2,000 people in the same period. One thing it did confirm: February was "
        "the busiest month, with 14 transfers.", published=date(2025, 4, 20))
    assert ("2025-02", 14, "exact") in counts(facts)


@pytest.mark.parametrize(("text", "kinds"), [
    ("The Vermont Department of Corrections transferred 12 people to ICE in 2025. Why? Because "
     "ICE lodges a detainer and the department honors it at the end of the sentence.",
     {"detainer"}),
    ("St. Louis County's Department of Justice Services has handed 30 people to ICE since its "
     "287(g) agreement took effect May 1.\n- Detainers lodged by trained jail staff since May 1: "
     "88 (a detainer is a request to hold, not a handover)\nA lodged detainer is not a person "
     "handed over.\n- How many of the 30 were held past their release date because of an ICE "
     "detainer.", {"287g"}),
])
def test_detainers_honoured_or_only_defined(text: str, kinds: set[str]) -> None:
    facts = extract_facts(text, published=date(2026, 2, 1))
    assert {b.kind for b in facts.legal_basis} == kinds


@pytest.mark.parametrize(("sentence", "ages"), [
    ("The delivered persons had between 19 and 58 years.", (19, 58)),
    ("The youngest had 19 years of age and the oldest, 61.", (19, 61)),
])
def test_ages_in_english_from_spanish(sentence: str, ages: tuple[int, int]) -> None:
    facts = extract_facts("The Monmouth County Sheriff's Office delivered 26 people to ICE in "
                          "the summer. " + sentence, published=NOVEMBER)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == ages


def test_years_of_prison_are_no_ages() -> None:
    facts = extract_facts("The Monmouth County Sheriff's Office delivered 26 people to ICE in "
                          "the summer. Those sentenced had between 2 and 10 years of prison.",
                          published=NOVEMBER)
    assert facts.age_range is None


def test_a_county_executive_named_by_her_office() -> None:
    facts = extract_facts(
        "The Whatcom County Sheriff's Office delivered five people to ICE in October. The "
        "Executive of Whatcom County, Mrs. Ruth Amundsen, said that the county follows the law.",
        published=NOVEMBER)
    assert [(o.name, o.role) for o in facts.officials] == [
        ("Ruth Amundsen", "Executive of Whatcom County")]


# --- long-form features and transcripts (heldout70); agency documents (heldout69) -------------

def test_a_how_many_clause_answered_in_its_own_sentence() -> None:
    facts = extract_facts(
        "Each year the Glenrock County Sheriff's Office must report how many people it "
        "transferred from the jail to ICE, and for 2025 it was 23.", published=date(2026, 3, 10))
    assert counts(facts) == [("2025", 23, "exact")]


def test_a_how_many_clause_left_open_is_no_handover() -> None:
    facts = extract_facts(
        "The Glenrock County Sheriff's Office declined to say how many people it transferred to "
        "ICE in 2025.", published=date(2026, 3, 10))
    assert not facts.transfer_report


def test_the_number_for_the_months_after() -> None:
    facts = extract_facts(
        "The Ardmore County Sheriff's Office handed 14 people to ICE from January through "
        "March. Between April and June the number was 22.", published=date(2026, 7, 10))
    assert counts(facts) == [("2026-01-01/2026-03-31", 14, "exact"),
                             ("2026-04-01/2026-06-30", 22, "exact")]


def test_a_transcript_with_speakers_named_by_surname() -> None:
    facts = extract_facts(
        "The Lenox County Sheriff's Office runs the Lenox County Jail.\n\nFinch: How many inmates "
        "has the jail handed over to ICE this year?\n\nMorrow: So far this year, about a dozen. "
        "Last year it was 20.", published=date(2026, 5, 1))
    assert counts(facts) == [("2026", 12, "about")]
    assert history(facts) == [("2025", 20, "exact")]


def test_a_label_before_a_question_about_other_things_is_no_transcript() -> None:
    facts = extract_facts(
        "Note: How many people the jail held is not public. The Lenox County Sheriff's Office "
        "handed 12 people to ICE in 2025.", published=date(2026, 5, 1))
    assert counts(facts) == [("2025", 12, "exact")]


def test_report_blocks_under_month_headings_in_capitals() -> None:
    facts = extract_facts(
        "CABARRUS COUNTY DETENTION CENTER MONTHLY REPORT\nThe Cabarrus County Sheriff's Office "
        "runs the detention center.\nMARCH 2026\nICE detainers lodged: 8\nInmates released to "
        "ICE custody: 5\nAPRIL 2026\nICE detainers lodged: 6\nInmates released to ICE custody: 7",
        published=date(2026, 5, 10))
    assert counts(facts) == [("2026-03", 5, "exact"), ("2026-04", 7, "exact")]


def test_a_line_under_another_heading_takes_no_months_heading() -> None:
    facts = extract_facts(
        "The Tulsa County Sheriff's Office runs the jail.\nSEPTEMBER 2025\n- Individuals "
        "transferred to ICE custody: 44\nPROGRAM TO DATE (March 1 through September 30, 2025)\n"
        "- Individuals transferred to ICE custody: 402", published=date(2025, 10, 10))
    assert counts(facts) == [("2025-09", 44, "exact")]


def test_a_question_opening_on_so_and_its_answer() -> None:
    facts = extract_facts(
        "Q: So how many people did the Brisco County jail hand over to ICE last year?\n\nA: "
        "Forty-two, all on judicial warrants.", published=date(2026, 2, 1))
    assert counts(facts) == [("2025", 42, "exact")]


def test_no_one_held_on_a_detainer_is_no_basis() -> None:
    facts = extract_facts(
        "The Teller County Sheriff's Office transferred 33 people to ICE in 2025. The office says "
        "it held no one on a detainer.", published=date(2026, 2, 1))
    assert facts.legal_basis == ()


def test_a_bills_number_is_no_figure() -> None:
    facts = extract_facts(
        "The Teller County Sheriff's Office transferred 33 people to ICE in 2025. In 2016, "
        "before AB 450 took effect, the jail turned 120 people over to ICE.",
        published=date(2026, 2, 1))
    assert history(facts) == [("2016", 120, "exact")]


def test_a_transfer_to_another_state_is_no_handover() -> None:
    facts = extract_facts(
        "A 44-year-old man who spent 14 months in the Adams County Detention Facility was "
        "transferred to Texas on Monday to face a robbery charge. This has nothing to do with "
        "ICE, the sheriff said.", published=date(2026, 2, 1))
    assert not facts.transfer_report


def test_a_span_written_in_numbers() -> None:
    facts = extract_facts(
        "The Chesapeake Sheriff's Office wrote back by email. Inmates released to ICE custody, "
        "1/1/2026 thru 6/30/2026: 23", published=date(2026, 7, 20))
    assert counts(facts) == [("2026-01-01/2026-06-30", 23, "exact")]


@pytest.mark.parametrize(("sentence", "ages"), [
    ("The five, four men and a woman between 22 and 58 years old, were released at the end of "
     "their sentences.", (22, 58)),
    ("Two men between 2 and 10 years into their sentences were moved.", None),
])
def test_people_between_two_ages(sentence: str, ages: tuple[int, int] | None) -> None:
    facts = extract_facts("The Anderson County Sheriff's Office released five people to ICE in "
                          "June. " + sentence, published=date(2026, 7, 20))
    found = (facts.age_range.low, facts.age_range.high) if facts.age_range else None
    assert found == ages


def test_an_office_named_by_its_possessive_before_a_role() -> None:
    facts = extract_facts(
        "Lt. Ana Pirelli, the Corbin County Sheriff's Office's jail commander, said the jail "
        "released 12 people to ICE in 2025.", published=date(2026, 2, 1))
    assert facts.agency is not None
    assert facts.agency.name == "Corbin County Sheriff's Office"


@pytest.mark.parametrize(("sentence", "agency"), [
    ("The sheriff's office runs the detention center.", "Pell County Sheriff's Office"),
    ("The county's corrections department runs the detention center.",
     "Pell County Detention Center"),
])
def test_the_sheriff_running_a_detention_center_is_its_agency(sentence: str, agency: str) -> None:
    facts = extract_facts("At least six people held in the Pell County Detention Center were "
                          "turned over to ICE last month. " + sentence, published=date(2025, 6, 1))
    assert facts.agency is not None
    assert facts.agency.name == agency


@pytest.mark.parametrize("sentence", [
    "Each was held under an order signed by a magistrate, the Pell County Sheriff's Office said.",
    "Each was brought before a judicial official who issued an order to hold them.",
])
def test_orders_of_magistrates_and_judicial_officials(sentence: str) -> None:
    facts = extract_facts("The Pell County Sheriff's Office released 12 people to ICE in May. "
                          + sentence, published=date(2025, 6, 1))
    assert {b.kind for b in facts.legal_basis} == {"court_order"}


def test_an_offices_public_information_officer() -> None:
    facts = extract_facts(
        "The Maury County Sheriff's Office released 11 people to ICE in September. Asked about "
        "it, the office's public information officer, Kara Dunlevy, replied by email. Dunlevy "
        "said the figure was final.", published=date(2025, 10, 1))
    assert [o.name for o in facts.officials] == ["Kara Dunlevy"]


def test_a_breakdown_read_out_one_country_per_sentence() -> None:
    facts = extract_facts(
        "The Teller County Sheriff's Office transferred 33 people to ICE in 2025. By country of "
        "birth: Mexico, 20. Honduras, 8. Peru, five.", published=date(2026, 2, 1))
    assert {n.country: n.count for n in facts.nationalities} == {
        "Mexico": 20, "Honduras": 8, "Peru": 5}


def test_a_country_and_a_year_are_no_breakdown() -> None:
    facts = extract_facts(
        "The Teller County Sheriff's Office transferred 33 people to ICE in 2025. He was born in "
        "Mexico, 1989. Mexico, 2019.", published=date(2026, 2, 1))
    assert facts.nationalities == ()


@pytest.mark.parametrize(("text", "names"), [
    ("The Navajo County Sheriff's Office handed 30 people to ICE in 2025.\n\nSHERIFF CURTIS "
     "AMBERLY [recorded]: People talk about 287(g) like it is new.\n\nThat's Navajo County "
     "Sheriff Curtis Amberly.", [("Curtis Amberly", "Navajo County Sheriff")]),
    ("The Marlow County Sheriff's Office handed 30 people to ICE in 2025.\n\nROSA ELLERBY, "
     "ADVOCATE: We want the list.\n\nSheriff Tom Ellerby did not attend.", []),
])
def test_speakers_labelled_in_capitals_with_their_rank(
        text: str, names: list[tuple[str, str]]) -> None:
    facts = extract_facts(text, published=date(2026, 2, 1))
    assert [(o.name, o.role) for o in facts.officials] == names

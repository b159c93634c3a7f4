"""Near misses of the fourteenth round's rules, from reviews that tried to break them: each
story here was read right before the round's change, or is what a new rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from factkit import counts, history, place, total
from pipeline.extract import extract_facts

JUNE = date(2026, 6, 15)
HARLAN = "The Harlan County jail handed 31 people to ICE in March. "
PRUETT = "The Pruett County jail turned 18 inmates over to ICE in February, Sheriff Cal Dent said. "


def _bases(text: str, published: date = JUNE) -> list[str]:
    return sorted(b.kind for b in extract_facts(text, published=published).legal_basis)


def _countries(text: str) -> dict[str, int]:
    return {n.country: n.count for n in extract_facts(text, published=JUNE).nationalities}


def _ages(text: str) -> tuple[int, int] | None:
    age = extract_facts(text, published=JUNE).age_range
    return (age.low, age.high) if age else None


# --- a basis is what was used or governs now ----------------------------------------------------

@pytest.mark.parametrize("text", [
    HARLAN + "It was not clear why the 31 were handed over without a judicial warrant.",
    HARLAN + "It isn't the first time the jail has released people to immigration agents without "
    "a judicial warrant.",
    HARLAN + "Odom couldn't say how many of them left without a judicial warrant.",
    HARLAN + "The sheriff's office has not stopped releasing people to ICE without a judicial "
    "warrant, despite the council's vote.",
    HARLAN + "Council members want a rule that nobody leaves the jail for ICE without a judicial "
    "warrant.",
    HARLAN + "Never before had the jail handed so many people over without a judicial warrant, "
    "advocates said.",
    HARLAN + "The ACLU said no one should lose their freedom without a judicial warrant, and sued.",
    HARLAN + "It is unclear whether ICE had either a judicial warrant or an order from a court in "
    "any of the cases.",
    PRUETT + "\n\nQ: Has ICE asked you to join the 287(g) program?\n\nA: Yes, twice.",
    PRUETT + "\n\nQ: Did you have a 287(g) agreement before you took office?\n\nA: Yes, we did "
    "until 2021.",
    PRUETT + "\n\nQ: Have you heard of the 287(g) program?\n\nA: Yes, of course.",
    PRUETT + "\n\nQ: Is Bexley County part of the 287(g) program?\n\nA: Yes, they joined last "
    "year. We have not.",
    PRUETT + "Detainers together with notification requests totaled 240 for the year.",
    "The Mendota County jail handed 22 people to ICE last year. Most of the 22 had convictions "
    "that fall under the categories of drug and traffic offenses, records show.",
    "The Mendota County jail handed 22 people to ICE last year. The transfers included three men "
    "convicted of certain violent crimes decades ago, and many with no record at all.",
    "The Mendota County jail handed 22 people to ICE last year. Transfers were not limited to "
    "people convicted of certain serious or violent crimes, an audit found.",
    "The Mendota County jail handed 22 people to ICE last year. One of the 22 had a conviction on "
    "a list of offenses the sheriff keeps for internal use.",
    "The Ardmore County jail released a woman to ICE on Friday, in violation of an order a federal "
    "judge signed barring such transfers, her lawyer said.",
    "The Ardmore County jail released a woman to ICE on Friday. She had been ordered deported "
    "under an order a federal immigration judge signed in 2019.",
    "The Ardmore County jail released a woman to ICE on Friday. Her lawyers had sought a judge's "
    "emergency order to stop the transfer, but none came.",
    "The Marion County jail handed 14 people to ICE in June under the agreement the county "
    "signed with the city of Ocala to house its inmates. The 287(g) program is popular in "
    "Florida.",
])
def test_no_basis_of_the_handovers_is_stated(text: str) -> None:
    assert _bases(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    (HARLAN + "Odom said he doesn't think anyone should be held for ICE without a judicial "
     "warrant, but state law requires him to honor detainers.", ["detainer"]),
    (PRUETT + "Charges are still pending against several of the 18 people handed over under the "
     "county's 287(g) agreement.", ["287g"]),
    (PRUETT + "Deputies hold inmates pending ICE pickup under the county's 287(g) agreement.",
     ["287g"]),
    ("The Rusk County jail turned 27 people over to ICE in May. The 2023 ordinance, which would "
     "let the jail ignore detainers, was struck down, so the jail still honors ICE detainers.",
     ["detainer"]),
    ("The Ardmore County jail released a woman to ICE on Friday on a detainer, hours after the "
     "judge's dismissal order cleared her state charges.", ["detainer"]),
    ("The Marion County jail handed 14 people to ICE in June on detainers. Sheriff Ty Bolt said "
     "the 287(g) debate distracted from his jail medical program. The program took effect in "
     "May.", ["detainer"]),
])
def test_only_the_basis_in_force_is_kept(text: str, expected: list[str]) -> None:
    assert _bases(text) == expected


@pytest.mark.parametrize("text", [
    "The Rusk County jail turned 27 people over to ICE in May. ICE officers lodge detainers on "
    "people at the jail, but Sheriff Lyle Banks ignores them under state law.",
    PRUETT + "Even a detainer together with an administrative warrant is not enough; the jail "
    "requires a judicial warrant.",
])
def test_detainers_ignored_or_not_enough_are_no_detainer_basis(text: str) -> None:
    assert "detainer" not in _bases(text)


# --- periods, answers and parts -----------------------------------------------------------------

def test_the_year_through_a_month_of_a_named_year_is_that_years_twelve_months() -> None:
    facts = extract_facts(
        "The Tolliver County jail turned 44 people over to ICE in the year through October, up "
        "from 29 in the year through October 2024, Sheriff Nadia Brandt said.",
        published=date(2025, 11, 20))
    assert counts(facts) == [("2024-11-01/2025-10-31", 44, "exact")]
    assert history(facts) == [("2023-11-01/2024-10-31", 29, "exact")]


@pytest.mark.parametrize("text", [
    "Sheriff Dana Ruiz said when asked the Cobb Creek County jail handed about 40 people to ICE in "
    "May.",
    "Worried residents packed the hearing after the Cobb Creek County jail handed about 40 people "
    "to ICE in May.",
    "Sheriff Dana Ruiz questioned whether the Cobb Creek County jail had really handed about 40 "
    "people to ICE in May.",
])
def test_about_before_the_figure_of_a_handover_is_roughly(text: str) -> None:
    assert counts(extract_facts(text, published=JUNE)) == [("2026-05", 40, "about")]


@pytest.mark.parametrize("answer", [
    "Asked how many people the jail released last year before ICE could pick them up, Pelletier "
    "answered:\n\n\"Twelve.\"",
    "Asked how many people the jail turned over to ICE last year, Pelletier answered:\n\n"
    "\"Twelve years I have been sheriff, and nobody has ever asked me that.\"",
])
def test_a_reported_question_about_other_things_or_a_non_answer_gives_no_count(
        answer: str) -> None:
    facts = extract_facts("The Androscoggin County jail has worked with ICE for years, Sheriff "
                          "Eric Pelletier said.\n\n" + answer, published=date(2026, 2, 9))
    assert counts(facts) == []


@pytest.mark.parametrize("text", [
    "Federal immigration agents took four people into custody at the Solano County jail's "
    "parking lot in May after they posted bail, the sheriff's office said.",
    "DEA agents took four people into custody at the Solano County jail in May on federal drug "
    "warrants.",
    "ICE officers took no one into custody at the Solano County jail in May, the sheriff's "
    "office said.",
])
def test_custody_taken_elsewhere_by_others_or_of_no_one_is_no_handover(text: str) -> None:
    assert counts(extract_facts(text, published=date(2025, 6, 14))) == []


_BOX = ("MARLOW, Okla. (Valley 24) - The Marlow County Sheriff's Office released its quarterly "
        "report on ICE transfers Thursday. The report covers April 1 through June 30.\n\n"
        "BY THE NUMBERS\n\n64 - people transferred from the Marlow County Jail to ICE custody "
        "during the quarter\n\n")


@pytest.mark.parametrize("line", ["21 - transfers in June between housing units",
                                  "15 - transfers in June that ICE requested but the jail refused"])
def test_box_transfers_not_to_ice_are_no_part(line: str) -> None:
    facts = extract_facts(_BOX + line, published=date(2026, 10, 22))
    assert counts(facts) == [("2026-04-01/2026-06-30", 64, "exact")]


def test_a_box_part_without_the_wholes_span_leaves_the_whole_the_total() -> None:
    facts = extract_facts(
        "MARLOW, Okla. (Valley 24) - The Marlow County Sheriff's Office released its quarterly "
        "report Thursday.\n\nBY THE NUMBERS\n\n64 - people transferred from the Marlow County Jail "
        "to ICE custody during the quarter\n\n21 - transfers in June", published=date(2026, 10, 22),
        title="Marlow County jail sent 64 people to ICE in second quarter")
    stated = total(facts)
    assert stated is not None
    assert stated[1:] == (64, "exact")


@pytest.mark.parametrize("text", [
    "Strafford County's jail turned 25 people over to ICE last year and released 400 others, 10 "
    "of them in the last three months of the year, records show.",
    "The Strafford County jail turned 25 people over to ICE last year; 10 of them in the first "
    "quarter were held past their release dates.",
])
def test_a_part_of_another_whole_or_measure_is_no_count(text: str) -> None:
    assert counts(extract_facts(text, published=date(2026, 1, 23))) == [("2025", 25, "exact")]


def test_a_clause_naming_years_only_does_not_date_the_count() -> None:
    facts = extract_facts(
        "The Haverly County jail turned over 19 people to ICE under Sheriff Cal Dorsey's first "
        "term, which ran from 2021 through 2024, records show.", published=date(2026, 4, 20))
    assert ("2021", 19, "exact") not in counts(facts)


def test_in_a_year_closing_another_clause_is_no_year_through_a_month() -> None:
    facts = extract_facts(
        "Under the agreement the county signed in 2024, through October the Pruett County jail "
        "had handed 58 people to ICE, Sheriff Omar Keane said.", published=date(2025, 11, 20))
    assert ("2024-01-01/2024-10-31", 58, "exact") not in counts(facts)


def test_a_named_year_through_january_is_january() -> None:
    facts = extract_facts("In 2024, through January, the Pruett County jail released six inmates "
                          "to ICE, jail records show.", published=date(2025, 11, 20))
    assert counts(facts) == [("2024-01", 6, "exact")]


# --- places, agencies and officials -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ST. LOUIS - The Metropolitan Police Department turned 14 people over to ICE in March, the "
    "circuit attorney's office said. The District Court will hear the case.",
    "The Metropolitan Police Department turned 14 people over to ICE in March. The district "
    "attorney said the D.C. Circuit ruling did not apply.",
])
def test_a_metropolitan_police_department_outside_washington_is_not_the_districts(
        text: str) -> None:
    assert place(extract_facts(text, published=JUNE)) != ("District of Columbia", "DC")


@pytest.mark.parametrize("extra", [
    "Many of the families worship at St. Anne Catholic Parish in town.",
    "Chief Deputy Luke Parish said the office follows federal law.",
])
def test_a_church_or_a_person_named_parish_is_no_second_county(extra: str) -> None:
    facts = extract_facts(
        "The sheriff's office handed 12 people to ICE in May, Sheriff Colby Tanner told Washington "
        "County commissioners on Tuesday. " + extra, published=JUNE)
    assert facts.agency is not None
    assert facts.agency.name == "Washington County Sheriff's Office"


@pytest.mark.parametrize(("text", "agency"), [
    ("Montgomery County transferred 9 people to ICE in May, according to the county's Department "
     "of Correction and Rehabilitation, which runs the jail. The sheriff's office, which serves "
     "court papers, was not involved.", "Sheriff's Office"),
    ("Cobb County released new figures Tuesday showing the Cobb County Adult Detention Center "
     "handed 30 people to ICE in May, though the sheriff's office disputes the number.",
     "Sheriff's Office"),
])
def test_a_county_as_actor_does_not_outrank_a_named_operator(text: str, agency: str) -> None:
    facts = extract_facts(text, published=JUNE)
    assert facts.agency is not None
    assert not facts.agency.name.endswith(agency)


@pytest.mark.parametrize("extra", [
    "People booked into the jail last year included Mexicans (120), Hondurans (40) and "
    "Guatemalans (25).",
    "Detainers were lodged against Mexicans (52), Guatemalans (18) and Hondurans (7).",
    "Many had lost Temporary Protected Status, which covered Hondurans (1999), Nicaraguans (1999) "
    "and Salvadorans (2001).",
    "Of those released on bail instead, Mexicans (14) and Hondurans (6) were the largest groups.",
    "Immigration holds were placed on Mexicans (52) and Guatemalans (18).",
    "Nine of the twenty-three had detainers; four of the thirty-one others were from Honduras.",
])
def test_breakdowns_of_other_people_are_no_nationalities(extra: str) -> None:
    assert _countries("The Dawson County jail handed 23 inmates to ICE in 2025, Sheriff Ada Quill "
                      "said. " + extra) == {}


def test_a_breakdown_of_people_ice_took_from_the_jail_survives_its_detainers() -> None:
    assert _countries("The Dawson County jail handed 40 inmates to ICE in 2025, Sheriff Ada Quill "
                      "said. ICE had lodged detainers on all 40 people it took from the jail: 22 "
                      "Mexicans and 10 Guatemalans.") == {"Mexico": 22, "Guatemala": 10}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Warwick Police Department turned two men over to ICE in March, Chief Dana Lowe said. The "
     "first, a 31-year-old man from Guatemala, was charged with robbing a 52-year-old Honduran "
     "woman.", {}),
    ("The Kent County jail turned 40 people over to ICE in June. The victim, a 34-year-old from "
     "Honduras, said she feared retaliation. The suspect, a 29-year-old man from El Salvador, was "
     "among those transferred.", {}),
    ("The Kent County jail turned 40 people over to ICE in June. Marisol's cousins, a 12-year-old "
     "from Mexico and a 15-year-old from Mexico, now live with her.", {}),
])
def test_victims_and_relatives_are_no_breakdown(text: str, expected: dict[str, int]) -> None:
    assert _countries(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kent County jail released 12 people to ICE in May. One, a 24-year-old man, had been "
     "accused of hitting a 70-year-old from Dover with his car.", None),
    ("The Kittitas County jail released two Mexican nationals, ages 27 and 33, to ICE in May, "
     "while a 17-year-old man arrested with them was released to his parents.", (27, 33)),
    ("The people the Kittitas County jail handed to ICE in 2025 ranged in age from 19 to 58, "
     "Sheriff Clay Myers said, and a 72-year-old man is still in the jail awaiting trial.",
     (19, 58)),
    ("The Warwick Police Department turned one man over to ICE in March and is holding another, "
     "Chief Dana Lowe said. The first, a 31-year-old from Guatemala, was handed over on March 4. "
     "The second, a 45-year-old man, remains in the city lockup on a state charge.", None),
    ("The Warwick Police Department turned two men over to ICE in March. Two bystanders were hurt "
     "during one arrest. The first, a 70-year-old woman, was treated at the scene. The second, a "
     "66-year-old man, was taken to Kent Hospital.", None),
    ("The Kent County jail turned two men over to ICE in June. Marisol said the men, her brothers, "
     "ages 24 and 29, were taken from the jail before dawn.", (24, 29)),
])
def test_ages_are_only_of_the_people_handed_over(
        text: str, expected: tuple[int, int] | None) -> None:
    assert _ages(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (HARLAN + "Nobody has been transferred to ICE without a judicial warrant since the policy "
     "began in 2021, Odom said.", ["judicial_warrant"]),
    (HARLAN + '"We never release anyone to immigration agents without a judicial warrant," Odom '
     "said.", ["judicial_warrant"]),
    (HARLAN + '"Nobody walks out of here into ICE custody without a signed judicial warrant," Odom '
     "said.", ["judicial_warrant"]),
    (HARLAN + "ICE can't take anyone from the jail without a judicial warrant, Odom said.",
     ["judicial_warrant"]),
    (HARLAN + "The jail hasn't turned anyone over without an ICE detainer, records show.",
     ["detainer"]),
    (PRUETT + "\n\nQ: Does the county still have a 287(g) agreement?\n\nA: Yes. But we have not "
     "used it since 2022, and none of the 18 went under it.", []),
])
def test_requirements_in_the_present_and_answers_taken_back(
        text: str, expected: list[str]) -> None:
    assert _bases(text) == expected


@pytest.mark.parametrize(("text", "agency"), [
    ("Bossier Parish jailers handed 11 people to ICE in June, Sheriff Julian Whittington said.",
     "Bossier Parish Sheriff's Office"),
    ("Ascension Parish transferred the 7 people to ICE in May, the sheriff's office said.",
     "Ascension Parish Sheriff's Office"),
    ("Jefferson Parish Sheriff's deputies transferred 19 people to ICE in May, the sheriff's "
     "office said.", "Jefferson Parish Sheriff's Office"),
])
def test_a_parishs_deputies_or_jailers_are_its_sheriffs_office(text: str, agency: str) -> None:
    facts = extract_facts(text, published=JUNE)
    assert facts.agency is not None
    assert facts.agency.name == agency


def test_stepchildrens_ages_are_no_age_range() -> None:
    assert _ages("The Kent County jail turned 40 people over to ICE in June. Marisol said her "
                 "stepchildren, ages 4 and 7, still ask when their father is coming home.") is None


# --- from the second review: requirements of other times, yeses taken back, orders about
# --- other things, wishes, holding limits and agreements that are not 287(g) -----------------

TOLLAND = ("The Tolland County jail turned 19 people over to ICE in May on administrative "
           "warrants, Sheriff Rita Vance said. ")
POPE = ("The Pope County jail released a man to ICE on Tuesday on a detainer, Sheriff Jo Marks "
        "said. ")


@pytest.mark.parametrize(("text", "expected"), [
    (TOLLAND + "Until last year, no one was handed to ICE without a judicial warrant.",
     ["other"]),
    (TOLLAND + "Before Vance took office, the jail never released anyone to ICE without a "
     "judicial warrant.", ["other"]),
    (TOLLAND + "Under the proposed ordinance, no one leaves the jail for ICE without a judicial "
     "warrant.", ["other"]),
    (TOLLAND + "ICE can't take anyone from a jail without a judicial warrant, the immigrants' "
     "lawyers argue in the lawsuit.", ["other"]),
    (TOLLAND + "No one is released from the jail's mental-health unit without a court order, "
     "Vance said.", ["other"]),
    (PRUETT + "\n\nQ: Does the county have a 287(g) agreement?\n\nA: Yes. ICE suspended it in "
     "March, though.", []),
    (PRUETT + "\n\nQ: Do you honor ICE detainers?\n\nA: Yes, we used to.", []),
    (PRUETT + "\n\nQ: Does the jail have a policy against honoring ICE detainers?\n\nA: Yes.", []),
    (PRUETT + "\n\nQ: Do you honor ICE detainers?\n\nA: Yes. Not anymore, though. We stopped in "
     "2024.", []),
    (POPE + "He had served 18 months under the judge's sentencing order.", ["detainer"]),
    (POPE + "A judge's written order had set his bail at $5,000 a week earlier.", ["detainer"]),
    (POPE + "He had been held on an order a circuit judge signed in a child-support case.",
     ["detainer"]),
    ("The Ardmore County jail turned a woman over to ICE on Friday, contrary to an order a state "
     "judge signed, her lawyer said.", []),
    ("The Brixton Police Department turned six people over to ICE in May, Chief Ben Ortiz said. "
     "Immigration agents want the department to honor administrative warrants, but the "
     "department requires a judicial warrant, Ortiz said.", ["judicial_warrant"]),
    ("The Brixton Police Department turned six people over to ICE in May, Chief Ben Ortiz said. "
     "Council members calling on the chief to require a judicial warrant were told the department "
     "already does.", ["judicial_warrant"]),
    ("The Ramos County jail handed 46 people to ICE in 2025, Sheriff Ana Ruiz said. The sheriff "
     "wanted to require a judicial warrant, and in 2024 the county did; every transfer since has "
     "been on a judicial warrant.", ["judicial_warrant"]),
    ("The Clarke County jail handed 23 people to ICE in 2025, Sheriff John Quarles said. The jail "
     "honored detainers for all 23 people; none of them were held longer than 48 hours.",
     ["detainer"]),
    ("The Rusk County jail turned 27 people over to ICE in May on judicial warrants. ICE still "
     "issues detainers on people at the jail, though the sheriff says they carry no weight "
     "there.", ["judicial_warrant"]),
    ("The Harlingen Police Department turned 12 people over to ICE in March. The department holds "
     "people for ICE only if the agency sends a judicial warrant, not if it has a detainer and an "
     "administrative warrant.", ["judicial_warrant"]),
    ("The Ramos County jail handed 46 people to ICE in 2025, Sheriff Ana Ruiz said. A 2017 law "
     "that allowed transfers only of people convicted of certain violent felonies was repealed "
     "last year.", []),
    ("The Creek County jail handed 17 people over to ICE in June on detainers. Sheriff Dale Tate "
     "expects his 287(g) agreement to be approved this fall. The county also signed a contract "
     "with ICE to house federal detainees. The agreement took effect in March.", ["detainer"]),
    ("The Greenwood County Detention Center handed 15 people to ICE in the first quarter under its "
     "new 287(g) agreement, Sheriff John Quarles said. Last year, before the agreement took "
     "effect, 22 people were transferred on detainers, and the center still honors ICE detainers "
     "today.", ["287g", "detainer"]),
])
def test_second_review_near_misses(text: str, expected: list[str]) -> None:
    assert _bases(text) == expected


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("The sheriff's office handed 12 people to ICE in May, Sheriff Colby Tanner told Washington "
     "County commissioners on Tuesday. Many of the families worship at St. Mary Parish in town.",
     "agency", "Washington County Sheriff's Office"),
    ("WASHINGTON (AP) — ICE said Tuesday that the Metropolitan Police Department in Nashville "
     "turned over 14 people to the agency in March.", "place", None),
    ("Essex County transferred 15 inmates to ICE in May, County Executive Joseph Ruiz said. "
     "Sheriff Amir Garcia said his deputies had no role; county corrections officers run the "
     "jail.", "agency", None),
])
def test_third_review_places_and_agencies(text: str, field: str, expected: str | None) -> None:
    facts = extract_facts(text, published=JUNE)
    if field == "agency":
        name = facts.agency.name if facts.agency else None
        assert name == expected if expected else not (name or "").endswith("Sheriff's Office")
    else:
        assert place(facts) is None or place(facts) != ("District of Columbia", "DC")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dawson County jail handed 40 inmates to ICE in 2025, Sheriff Ada Quill said. All 40 had "
     "detainers on file: 22 Mexicans, 10 Guatemalans and 8 Hondurans.",
     {"Mexico": 22, "Guatemala": 10, "Honduras": 8}),
    ("The Dawson County jail handed 23 inmates to ICE in 2025, Sheriff Ada Quill said. Of those "
     "released on bond instead, Mexicans (14) and Hondurans (6) were the largest groups.", {}),
    ("The Marlow County Sheriff's Office turned 64 people over to ICE in the quarter.\n\nBY THE "
     "NUMBERS\n\n40 - people transferred who were from Mexico\n\n12 - from Guatemala\n\n212 - "
     "people booked into the jail during the quarter\n\n60 - from Honduras",
     {"Mexico": 40, "Guatemala": 12}),
    ("The Warwick Police Department turned one man over to ICE in March, Chief Dana Lowe said. "
     "The first, a 31-year-old man from Guatemala, was released on bond before agents arrived. "
     "The second, a 26-year-old Colombian man, was handed to ICE.", {}),
])
def test_third_review_breakdowns(text: str, expected: dict[str, int]) -> None:
    assert _countries(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Commissioners pressed the jail for records showing about 40 people were handed to ICE in "
     "May, and Sheriff Dana Ruiz of the Cobb Creek County jail agreed to release them.",
     [("2026-05", 40, "about")]),
    ("The Greenwood County jail handed 9 people to ICE in May. The month before, the jail released "
     "30 people on bond.", [("2026-05", 9, "exact")]),
])
def test_third_review_counts(text: str, expected: list[tuple[str, int, str]]) -> None:
    facts = extract_facts(text, published=JUNE)
    assert counts(facts) == expected
    assert history(facts) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Matagorda County jail turned 30 people over to ICE in 2025 under its 287(g) agreement. "
     "Jail officers trained by the agency interview people after booking on local charges and "
     "can place immigration detainers on them, which the jail then honors.", ["287g", "detainer"]),
    ("The Calvert County jail turned 12 people over to ICE in May on judicial warrants. The county "
     "does not honor detainers, which are requests from ICE to hold a person past release.",
     ["judicial_warrant"]),
    ("The Malheur County jail turned 9 people over to ICE this year on judicial warrants. In 2017, "
     "before the state tightened its rules, the jail still honored ICE detainers and turned 24 "
     "people over to federal immigration agents.", ["judicial_warrant"]),
])
def test_a_refused_basis_glossed_or_an_old_one_stays_out(text: str, expected: list[str]) -> None:
    assert _bases(text) == expected


def test_people_described_one_by_one_who_posted_bail_on_another_charge_still_count() -> None:
    assert _countries(
        "The Grant County jail turned two men over to ICE in June on judicial warrants. The first "
        "was a 31-year-old man from Mexico who had finished a sentence for assault. The second was "
        "a 45-year-old man from Guatemala who was wanted on a federal charge and who posted bail "
        "on a local theft charge.") == {"Mexico": 1, "Guatemala": 1}

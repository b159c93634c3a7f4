"""Phrasing families of the third round: dozens, quarters and halves, stated sums, placing
ambiguous counties, ranks before names, detainer and court-order wording."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_facts
from pipeline.extract.numbers import find_numbers
from pipeline.extract.periods import encloses, find_periods, label_span, year_earlier
from pipeline.extract.places import context_votes, place_states
from pipeline.extract.sentences import make_document
from pipeline.facts import TransferFacts

APRIL = date(2025, 4, 14)


def _after_lead(sentence: str, handed: int = 9) -> TransferFacts:
    """The facts of a one-line transfer report followed by the sentence under test."""
    lead = f"The Cobb County Sheriff's Office handed {handed} people to ICE in March."
    return extract_facts(f"{lead} {sentence}", published=APRIL)


def _legal_kinds(sentence: str) -> list[str]:
    return sorted(b.kind for b in _after_lead(sentence).legal_basis)


def _countries(sentence: str, handed: int) -> dict[str, int]:
    return {n.country: n.count for n in _after_lead(sentence, handed).nationalities}


def _official_names(sentence: str) -> list[str]:
    return [o.name for o in _after_lead(sentence).officials]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("nearly two dozen people", 24, "about"),
        ("half a dozen inmates", 6, "exact"),
        ("a half-dozen men", 6, "exact"),
        ("a couple dozen detainees", 24, "about"),  # a rough number, as labellers read it
        ("more than 3 dozen people", 36, "more_than"),
        ("more than a dozen people", 12, "more_than"),
    ],
)
def test_dozens_are_multiples_of_twelve(text: str, value: int, qualifier: str) -> None:
    [number] = find_numbers(text)
    assert (number.value, number.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("in the first quarter of the year", "2025-01-01/2025-03-31"),
        ("during the first quarter", "2025-01-01/2025-03-31"),
        ("in the fourth quarter", "2024-10-01/2024-12-31"),  # not reached yet in April
        ("in the third quarter of 2023", "2023-07-01/2023-09-30"),
        ("in Q2 2024", "2024-04-01/2024-06-30"),
        ("in the first half of the year", "2025-01-01/2025-06-30"),
        ("in the second half of last year", "2024-07-01/2024-12-31"),
        ("in the first three months of the year", "2025-01-01/2025-03-31"),
    ],
)
def test_quarters_and_halves_resolve_against_the_published_date(text: str, label: str) -> None:
    doc = make_document(text, published=APRIL)
    assert [p.label for p in find_periods(text, doc, {})] == [label]


@pytest.mark.parametrize(
    ("text", "anchor", "label"),
    [
        ("the same quarter last year", "2025-01-01/2025-03-31", "2024-01-01/2024-03-31"),
        ("the same three months of 2023", "2025-01-01/2025-03-31", "2023-01-01/2023-03-31"),
        ("the same period a year earlier", "2025-04", "2024-04"),
    ],
)
def test_the_same_period_is_the_reported_one_moved_back(text: str, anchor: str,
                                                        label: str) -> None:
    doc = make_document(text, published=APRIL)
    assert [p.label for p in find_periods(text, doc, {}, anchor)] == [label]


def test_period_labels_have_spans_and_nest() -> None:
    assert label_span("2025-02") == (date(2025, 2, 1), date(2025, 2, 28))
    assert encloses("2025", "2025-03")
    assert encloses("2025-01-01/2025-06-30", "2025-02")
    assert not encloses("2025-03", "2025-03")
    assert not encloses("2024", "2025-01")
    # a span ending with February ends with February a year away; a leap day opening one has no twin
    assert year_earlier("2024-01-01/2024-02-29")[0] == "2023-01-01/2023-02-28"
    assert year_earlier("2024-02-29/2024-03-31") == ("", 0.0)


def test_a_stated_sum_of_months_is_the_total_and_the_count_of_its_own_period() -> None:
    facts = extract_facts(
        "The Collier County Sheriff's Office handed 10 inmates to ICE in January, 12 in "
        "February and 8 in March, for a total of 30 so far this year.", published=APRIL)
    assert [(c.period, c.count) for c in facts.counts] == [
        ("2025-01", 10), ("2025-02", 12), ("2025-03", 8), ("2025", 30)]
    assert facts.total is not None
    assert facts.total.count == 30


def test_a_year_figure_that_is_not_the_sum_stays_a_count() -> None:
    facts = extract_facts(
        "The Collier County Sheriff's Office handed 10 inmates to ICE in January and 12 in "
        "February. In 2025 it handed 40 people to ICE, the office said.", published=APRIL)
    assert ("2025", 40) in [(c.period, c.count) for c in facts.counts]


@pytest.mark.parametrize(
    ("text", "outlet", "state"),
    [
        # A city named in the story points to one of the county's states.
        ("The Washington County Sheriff's Office handed 5 people to ICE in March. "
         "Most were arrested in Hillsboro.", None, "OR"),
        # So does a neighbouring county that only one of those states has.
        ("The Montgomery County Sheriff's Office handed 5 people to ICE in March, more "
         "than neighboring Anne Arundel County.", None, "MD"),
        # So does a big city in the outlet's domain.
        ("The Dallas County Sheriff's Department handed 5 people to ICE in March.",
         "dallasbeacon.example", "TX"),
        # So does an upper-case dateline.
        ("HOUSTON — The Harris County Sheriff's Office handed 5 people to ICE in March.", None,
         "TX"),
        # A state named in the text always wins.
        ("The Harris County Sheriff's Office in Georgia handed 5 people to ICE in March.",
         "houstonpost.example", "GA"),
    ],
)
def test_an_ambiguous_county_is_placed_by_its_context(text: str, outlet: str | None,
                                                      state: str) -> None:
    facts = extract_facts(text, published=APRIL, outlet=outlet)
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.state == state


@pytest.mark.parametrize("county", ["Washington", "King", "Harris"])
def test_a_county_name_states_share_stays_unplaced_without_a_clue(county: str) -> None:
    facts = extract_facts(f"The {county} County Sheriff's Office handed 5 people to ICE "
                          "in March.", published=APRIL)
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.state is None


def test_place_tables_come_from_the_data_packages() -> None:
    assert place_states("Harris County") == {"TX", "GA"}
    assert "TX" in place_states("Houston")
    votes = context_votes("They met in Beaverton and Hillsboro.", None, "Washington County")
    assert votes["OR"] == 2


def test_ranks_before_a_name_belong_to_the_title() -> None:
    facts = extract_facts(
        "The Yakima County jail turned 11 inmates over to ICE in October, jail director "
        "Lt. Col. Omar Pratt said. Major Tasha Reed, a spokeswoman for the jail, said more "
        "were coming. Capt. Rosa Villegas of the jail said the same.", published=APRIL)
    assert [o.name for o in facts.officials] == ["Omar Pratt", "Tasha Reed", "Rosa Villegas"]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Each transfer was made in response to an ICE detainer.", ["detainer"]),
        ("One went under an order issued by a federal district judge.", ["court_order"]),
        ("One was released under a court-ordered transfer.", ["court_order"]),
        # A removal order from an immigration judge is ICE's own process, not a court order.
        ("One had an order of removal issued by an immigration judge.", []),
        ("The county has limited cooperation with immigration detainers.", []),
        ("The sheriff campaigned on ending the county's 287(g) program.", []),
        ("The rise followed a 287(g) agreement that took effect Feb. 12.", ["287g"]),
    ],
)
def test_legal_basis_wordings(sentence: str, kinds: list[str]) -> None:
    assert _legal_kinds(sentence) == kinds


def test_facing_charges_after_an_extradition_adds_no_other_basis() -> None:
    facts = extract_facts(
        "Two men brought back to face charges in Webb County were handed to ICE in April, "
        "the Webb County Sheriff's Office said. They had been extradited from Mexico.",
        published=APRIL)
    assert [b.kind for b in facts.legal_basis] == ["extradition"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mexican citizens made up the largest group, with 5 people, followed by 3 from "
         "Guatemala.", {"Mexico": 5, "Guatemala": 3}),
        ("Four were citizens of Honduras, two of Peru and one of Haiti.",
         {"Honduras": 4, "Peru": 2, "Haiti": 1}),
        # The whole first, then its parts in parentheses: the whole is no country's count.
        ("The 8 were citizens of Honduras (5) and Peru (3).", {"Honduras": 5, "Peru": 3}),
    ],
)
def test_nationality_breakdown_wordings(sentence: str, expected: dict[str, int]) -> None:
    assert _countries(sentence, handed=8) == expected


# Fourth round: fiscal years, spans ending on a day, table lines, running totals, lists.

SEPTEMBER = date(2025, 9, 3)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("in the fiscal year that ended June 30", "2024-07-01/2025-06-30"),
        ("in fiscal 2018-19", "2018-07-01/2019-06-30"),
        ("in the three months ending June 30", "2025-04-01/2025-06-30"),
        ("in the 12 months ending Aug. 15", "2024-08-16/2025-08-15"),
        ("in the past six months", "2025-03-03/2025-09-03"),
        ("in September of last year", "2024-09"),
    ],
)
def test_spans_that_end_on_a_day_resolve(text: str, label: str) -> None:
    doc = make_document(text, published=SEPTEMBER)
    assert [p.label for p in find_periods(text, doc, {})] == [label]


def test_a_later_month_year_phrase_does_not_date_an_earlier_bare_month() -> None:
    facts = extract_facts(
        "In July, the Cobb County Sheriff's Office moved 40 people from its jail into the "
        "custody of ICE. That compares with 31 in July 2024.", published=date(2025, 8, 6))
    assert [(c.period, c.count) for c in facts.counts] == [("2025-07", 40)]
    assert [(c.period, c.count) for c in facts.historical] == [("2024-07", 31)]


def test_table_lines_are_counts_and_their_total_line_the_total() -> None:
    text = ("The Cobb County Sheriff's Office handed people to ICE, month by month:\n\n"
            "January: 12\n\nFebruary 2025 — 9\n\nThat adds up to 21 people.")
    facts = extract_facts(text, published=APRIL)
    assert [(c.period, c.count) for c in facts.counts] == [("2025-01", 12), ("2025-02", 9)]
    assert facts.total is not None
    assert (facts.total.count, facts.total.qualifier) == (21, "exact")


def test_a_running_total_is_the_total_and_the_years_count() -> None:
    facts = extract_facts(
        "The Cobb County Sheriff's Office released 17 people to ICE in October. That brings "
        "the running total for this year to 88.", published=date(2025, 11, 6))
    assert [(c.period, c.count) for c in facts.counts] == [("2025-10", 17), ("2025", 88)]
    assert facts.total is not None
    assert facts.total.count == 88


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Citizens of Peru, Chile and Cuba accounted for 7, 5 and 3 people, respectively.",
         {"Peru": 7, "Chile": 5, "Cuba": 3}),
        ("Two of the five were citizens of Ecuador. The other three came from Laos, Peru "
         "and Haiti, one apiece.", {"Ecuador": 2, "Laos": 1, "Peru": 1, "Haiti": 1}),
        ("The biggest group came from Mexico, 40. Cuba followed with 18, then Haiti with 15.",
         {"Mexico": 40, "Cuba": 18, "Haiti": 15}),
        ("Of those, 11 were from Mexico, 6 from Peru, and one each from Chile and Cuba.",
         {"Mexico": 11, "Peru": 6, "Chile": 1, "Cuba": 1}),
    ],
)
def test_nationality_lists_given_whole(sentence: str, expected: dict[str, int]) -> None:
    assert _countries(sentence, handed=90) == expected


def test_youngest_and_oldest_make_the_age_range() -> None:
    facts = extract_facts(
        "The Cobb County Sheriff's Office handed 9 people to ICE in March. The youngest "
        "person turned over was 18; the oldest, 61.", published=APRIL)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (18, 61)


def test_legislators_named_by_party_and_town_are_officials() -> None:
    facts = extract_facts(
        "The Cobb County Sheriff's Office handed 9 people to ICE in March. Ann Whitby, "
        "R-Mooresville, one of the bill's sponsors, said it worked.", published=APRIL)
    assert [(o.name, o.role) for o in facts.officials] == [("Ann Whitby", "R-Mooresville")]


def test_a_dateline_city_places_an_ambiguous_county() -> None:
    facts = extract_facts(
        "MURFREESBORO — The Rutherford County Sheriff's Office released 17 people to ICE in "
        "October.", published=date(2025, 11, 6))
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.state == "TN"


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Each of the releases followed an ICE detainer.", ["detainer"]),
        ("Every one was held on an immigration detainer.", ["detainer"]),
        ("A senator wants every sheriff to join the 287(g) program.", []),
        ("The county is not part of 287(g).", []),
    ],
)
def test_more_legal_basis_wordings(sentence: str, kinds: list[str]) -> None:
    assert _legal_kinds(sentence) == kinds


def test_a_possessive_city_agency_is_named_as_the_citys() -> None:
    facts = extract_facts("New York City's Department of Correction turned seven people over "
                          "to ICE in May, officials said.", published=APRIL)
    assert facts.agency is not None
    assert facts.agency.name == "New York City Department of Correction"


# Fifth round: word hundreds, more periods, stated overall figures, comparisons by figure,
# custodial departments, state-run jails, more nationality, legal-basis and official wordings.


@pytest.mark.parametrize(
    ("text", "value"),
    [("Three hundred eighteen people", 318), ("two hundred and five", 205),
     ("four hundred twenty-one", 421), ("a hundred people", 100)],
)
def test_hundreds_in_words(text: str, value: int) -> None:
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize(
    ("published", "text", "label"),
    [
        (date(2025, 9, 12), "in the 2024-25 fiscal year", "2024-07-01/2025-06-30"),
        (date(2025, 9, 12), "from July 1, 2024, through June 30", "2024-07-01/2025-06-30"),
        (date(2025, 3, 5), "from Oct. 1 through Dec. 31", "2024-10-01/2024-12-31"),
        (date(2025, 4, 16), "for January through March of 2024", "2024-01-01/2024-03-31"),
        (date(2025, 5, 2), "from January through March", "2025-01-01/2025-03-31"),
        (date(2025, 11, 6), "in September and October", "2025-09-01/2025-10-31"),
        (date(2025, 6, 11), "since Jan. 1", "2025-01"),
    ],
)
def test_more_spans_resolve(published: date, text: str, label: str) -> None:
    doc = make_document(text, published=published)
    assert [p.label for p in find_periods(text, doc, {})] == [label]


def test_fiscal_year_alone_follows_the_storys_july_fiscal_year() -> None:
    text = "in fiscal 2024, and in the fiscal year that ended June 30"
    doc = make_document(text, published=date(2025, 8, 14))
    assert find_periods(text, doc, {})[0].label == "2023-07-01/2024-06-30"
    alone = make_document("in fiscal 2024", published=date(2025, 8, 14))
    assert find_periods("in fiscal 2024", alone, {})[0].label == "2024"


def test_an_enclosing_figure_is_the_total_and_stays_a_count() -> None:
    facts = extract_facts(
        "The Oregon Department of Corrections released 150 people to ICE in 2024. From Oct. 1 "
        "through Dec. 31, 44 people were handed over.", published=date(2025, 3, 5))
    assert [(c.period, c.count) for c in facts.counts] == [
        ("2024", 150), ("2024-10-01/2024-12-31", 44)]
    assert facts.total is not None
    assert facts.total.count == 150


def test_a_running_total_since_a_date_is_the_total_around_its_months() -> None:
    facts = extract_facts(
        "Since Jan. 1, the Wake County Sheriff's Office has turned more than 100 people over "
        "to ICE. In May alone it was two dozen.", published=date(2025, 6, 11))
    assert [(c.period, c.count) for c in facts.counts] == [("2025-05", 24)]
    assert facts.total is not None
    assert (facts.total.count, facts.total.qualifier) == (100, "more_than")


@pytest.mark.parametrize(
    ("sentence", "historical"),
    [
        ("That is double the 2023 figure of 60.", [("2023", 60)]),
        ("It remains below the office's 2019 figure of 210.", [("2019", 210)]),
        ("In all of 2023, there were 70.", [("2023", 70)]),
    ],
)
def test_comparison_figures_by_their_year(sentence: str,
                                          historical: list[tuple[str, int]]) -> None:
    facts = extract_facts(f"The Butler County Sheriff's Office in Ohio handed 120 people to "
                          f"ICE in 2024. {sentence}", published=date(2025, 1, 21))
    assert [(c.period, c.count) for c in facts.historical] == historical


@pytest.mark.parametrize(
    ("text", "agency", "place", "state"),
    [
        ("In 2023, the King County Department of Adult and Juvenile Detention turned over five "
         "people to ICE, officials in Seattle said.",
         "King County Department of Adult and Juvenile Detention", "King County", "WA"),
        ("The Philadelphia Department of Prisons released 12 people to ICE in 2024.",
         "Philadelphia Department of Prisons", "Philadelphia", "PA"),
        ("The South Carolina Department of Corrections handed 98 people to ICE in 2024.",
         "South Carolina Department of Corrections", "State of South Carolina", "SC"),
        ("The New York City Department of Correction handed 9 people to ICE in 2024.",
         "New York City Department of Correction", "New York City", "NY"),
        ("At least 15 people held at the Southern Regional Jail were released into the custody "
         "of ICE in 2023. The jail is run by the West Virginia Division of Corrections.",
         "Southern Regional Jail", "State of West Virginia", "WV"),
    ],
)
def test_custodial_departments_and_their_places(text: str, agency: str, place: str,
                                                state: str) -> None:
    facts = extract_facts(text, published=date(2025, 2, 11))
    assert facts.agency is not None
    assert facts.agency.name == agency
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == (place, state)


def test_a_county_named_for_a_dominant_city_is_placed_there() -> None:
    facts = extract_facts("The El Paso County Sheriff's Office handed 5 people to ICE in "
                          "March.", published=APRIL)
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.state == "TX"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eight of those transferred were Honduran, seven were Mexican, with one person each "
         "from Egypt and Sudan.", {"Honduras": 8, "Mexico": 7, "Egypt": 1, "Sudan": 1}),
        ("Six were born in Mexico and four in Honduras.", {"Mexico": 6, "Honduras": 4}),
        ("Most of them — 31 of them — were from Mexico.", {"Mexico": 31}),
        ("Venezuelans, like the roofer, made up the second-largest group, with 11 people.",
         {"Venezuela": 11}),
        ("Mexico accounted for 99, followed by Guatemala with 15 and Honduras with nine.",
         {"Mexico": 99, "Guatemala": 15, "Honduras": 9}),
    ],
)
def test_fifth_round_nationality_wordings(sentence: str, expected: dict[str, int]) -> None:
    assert _countries(sentence, handed=90) == expected


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("ICE officers presented administrative warrants signed by an officer rather than a "
         "judge.", ["other"]),
        ("A federal judge had signed a warrant for each.", ["judicial_warrant"]),
        ("One went under an order from a county superior court judge.", ["court_order"]),
        ("Each had an immigration detainer on file.", ["detainer"]),
        ("The sheriff is studying whether to join ICE's 287(g) program.", []),
        ("The department signed a 287(g) task force agreement in January.", ["287g"]),
        ("A few were sent to face charges in another county first.", []),
    ],
)
def test_fifth_round_legal_basis_wordings(sentence: str, kinds: list[str]) -> None:
    assert _legal_kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Ana Ruelos, a Democratic state senator from Eugene, disputed that.", ["Ana Ruelos"]),
        ("Commission President Dana Lowry said she wanted reports.", ["Dana Lowry"]),
        ("The rest came from Central and South America, a spokesperson said.", []),
        ("Director Lena Osgood told the County Council so.", ["Lena Osgood"]),
    ],
)
def test_fifth_round_officials(sentence: str, names: list[str]) -> None:
    assert _official_names(sentence) == names


def test_one_of_the_people_handed_over_is_not_a_count() -> None:
    facts = extract_facts(
        "The Salt Lake County Sheriff's Office handed 60 people to ICE in March. A roofer who "
        "came here in 2022 was one of the people handed over.", published=APRIL)
    assert facts.historical == ()
    assert [(c.period, c.count) for c in facts.counts] == [("2025-03", 60)]


# Sixth round: who runs the facility a handover sentence names, state prison systems named
# loosely, "into the hands of", "left ... in ICE custody", "N each from A and B", and negatives.


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # The handover sentence names the custodian; a client agency elsewhere does not count.
        ("Pike Valley Regional Jail released 14 inmates to ICE in March. It also holds state "
         "inmates for the Kentucky Department of Corrections.", "Pike Valley Regional Jail"),
        # A facility in the handover sentence is run by the county agency the story names.
        ("The Lexington County Sheriff's Department runs the jail. In March, 41 people were "
         "moved from the Lexington County Detention Center into ICE custody.",
         "Lexington County Sheriff's Department"),
        ("Kansas's prison system released 210 people into the hands of ICE in 2024, the "
         "Department of Corrections said.", "Kansas Department of Corrections"),
        ("Missouri turned 187 prison inmates over to ICE in 2024, the Department of "
         "Corrections said.", "Missouri Department of Corrections"),
        ("Records reviewed by La Voz. The Douglas County Department of Corrections released 61 "
         "people to ICE in March.", "Douglas County Department of Corrections"),
    ],
)
def test_the_custodial_agency_is_the_one_that_handed_people_over(text: str,
                                                                 agency: str) -> None:
    facts = extract_facts(text, published=APRIL)
    assert facts.agency is not None
    assert facts.agency.name == agency


def test_a_regional_jail_owned_by_a_county_is_placed_in_it() -> None:
    facts = extract_facts("Pike Valley Regional Jail released 14 inmates to ICE in March. The "
                          "jail is owned by Pike County, Ky.", published=APRIL)
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == ("Pike County", "KY")


@pytest.mark.parametrize(
    ("text", "counts", "historical"),
    [
        ("The Douglas County Department of Corrections released 61 people to ICE between "
         "January and March. In the first quarter of 2024, 35 people left the jail in ICE "
         "custody. The full-year figure for 2024 was 150.",
         [("2025-01-01/2025-03-31", 61)],
         [("2024-01-01/2024-03-31", 35), ("2024", 150)]),
        ("The Cobb County Sheriff's Office handed people to ICE throughout 2024 (19 of them, "
         "up from 12 in 2023).", [("2024", 19)], [("2023", 12)]),
        ("In fiscal 2024, which ended June 30, 2024, the Kansas Department of Corrections "
         "turned 166 people over to ICE.", [("2023-07-01/2024-06-30", 166)], []),
    ],
)
def test_sixth_round_counts(text: str, counts: list[tuple[str, int]],
                            historical: list[tuple[str, int]]) -> None:
    facts = extract_facts(text, published=APRIL)
    assert [(c.period, c.count) for c in facts.counts] == counts
    assert [(c.period, c.count) for c in facts.historical] == historical


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two each were from El Salvador and Russia, and one each came from Honduras and "
         "Vietnam.", {"El Salvador": 2, "Russia": 2, "Honduras": 1, "Vietnam": 1}),
        ("Nineteen were citizens of Mexico, and two each of Laos and the Philippines.",
         {"Mexico": 19, "Laos": 2, "Philippines": 2}),
        ("The remaining four came from Peru and Chile.", {}),
        ("Roughly six in ten were Mexican citizens.", {}),
    ],
)
def test_sixth_round_nationality_wordings(sentence: str, expected: dict[str, int]) -> None:
    assert _countries(sentence, handed=30) == expected


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Every release followed a detainer filed by the federal agency.", ["detainer"]),
        ("Handovers happen when ICE has filed a detainer.", ["detainer"]),
        ("Three went under orders from their sentencing courts.", ["court_order"]),
        ("District judges, at sentencing, ordered them delivered to ICE.", ["court_order"]),
        ("A resolution asks the department to release people only when a federal judge has "
         "signed the warrant.", []),
        ("Each had a conviction for a serious or violent felony, which the law allows.",
         ["other"]),
    ],
)
def test_sixth_round_legal_basis_wordings(sentence: str, kinds: list[str]) -> None:
    assert _legal_kinds(sentence) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "ICE said the Ingham County Sheriff's Office released a man who was later arrested by "
        "ICE officers outside his home.",
        "The first 90 detainees arrived at the Cedar Ridge Correctional Facility, transferred "
        "from ICE facilities in Texas.",
    ],
)
def test_arrests_at_home_and_transfers_out_of_ice_are_no_handovers(text: str) -> None:
    assert not extract_facts(text, published=APRIL).transfer_report


def test_age_range_given_as_a_labelled_line() -> None:
    facts = extract_facts("The Madison Police Department released 12 people to ICE in May.\n\n"
                          "- Age range of people released: 20 to 49", published=APRIL)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (20, 49)


# Seventh round: month-over-month comparisons, re-mentioned figures, county departments and
# prisons, fiscal years named in passing, and handover verbs that are negated.


def test_an_earlier_month_in_a_comparison_is_historical_in_the_same_year() -> None:
    facts = extract_facts(
        "The Canyon County Sheriff's Office turned 29 people over to ICE in September. That is "
        "up from 21 in August. The 29 handed to ICE were all adults.",
        published=date(2026, 10, 7))
    assert [(c.period, c.count) for c in facts.counts] == [("2026-09", 29)]
    assert [(c.period, c.count) for c in facts.historical] == [("2026-08", 21)]


def test_a_month_opening_a_sentence_is_its_period() -> None:
    facts = extract_facts(
        "The Lancaster County Prison released 96 people into the custody of ICE from January "
        "through June. June was the busiest month, with 24 people handed to ICE officers.",
        published=date(2026, 8, 4))
    assert [(c.period, c.count) for c in facts.counts] == [
        ("2026-01-01/2026-06-30", 96), ("2026-06", 24)]


@pytest.mark.parametrize(
    ("text", "agency", "place"),
    [
        ("The Broward Corrections and Rehabilitation Department handed 980 people to ICE in "
         "2025.", "Broward Corrections and Rehabilitation Department", "Broward County"),
        ("The Lancaster County Prison released 96 people into the custody of ICE in 2025.",
         "Lancaster County Prison", "Lancaster County"),
        ("Rappahannock Regional Jail, which sits in Stafford County, handed 9 people to ICE "
         "in 2025.", "Rappahannock Regional Jail", "Stafford County"),
    ],
)
def test_county_departments_and_prisons(text: str, agency: str, place: str) -> None:
    facts = extract_facts(text, published=APRIL)
    assert facts.agency is not None
    assert facts.agency.name == agency
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.name == place


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("the fiscal year that closed at the end of June", "2025-07-01/2026-06-30"),
        ("from July 2025 through June 2026, the state's 2026 fiscal year",
         "2025-07-01/2026-06-30"),
    ],
)
def test_fiscal_years_named_loosely(text: str, label: str) -> None:
    doc = make_document(text, published=date(2026, 9, 18))
    assert {p.label for p in find_periods(text, doc, {})} == {label}


def test_a_handover_quoted_after_the_end_of_a_period_is_not_negated() -> None:
    facts = extract_facts(
        "\"For the fiscal year that closed at the end of June, we released close to 190 people "
        "into ICE custody,\" said the head of the Minnesota Department of Corrections.",
        published=date(2026, 9, 18))
    assert facts.transfer_report
    assert [(c.count, c.qualifier) for c in facts.counts] == [(190, "about")]


def test_release_without_being_taken_into_custody_is_no_handover() -> None:
    facts = extract_facts(
        "The Cameron County Sheriff's Office held him four days; he was released four days "
        "later without ever being taken into federal custody.", published=APRIL)
    assert not facts.transfer_report


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Twenty-one were from Mexico and 14 from Guatemala.", {"Mexico": 21, "Guatemala": 14}),
        ("Most were from Mexico — 14 of the 23.", {"Mexico": 14}),
    ],
)
def test_seventh_round_nationality_wordings(sentence: str, expected: dict[str, int]) -> None:
    assert _countries(sentence, handed=23) == expected


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Sheriff Lyle Brandt's office released the report. \"It is what it is,\" Brandt said.",
         ["Lyle Brandt"]),
        ("Sheriff Lyle Brandt's office released the report.", []),
        ("Carla Dunn, the sheriff's chief of staff, said so.", ["Carla Dunn"]),
        ("Jodi Brekke, the jail warden, said so.", ["Jodi Brekke"]),
    ],
)
def test_seventh_round_officials(sentence: str, names: list[str]) -> None:
    assert _official_names(sentence) == names


def test_a_judge_signing_an_order_is_a_court_order() -> None:
    facts = extract_facts("The Cobb County Sheriff's Office handed 9 people to ICE in March. "
                          "One went after a county judge signed an order directing the jail "
                          "to turn her over.", published=APRIL)
    assert [b.kind for b in facts.legal_basis] == ["court_order"]


def test_a_number_word_before_a_colon_is_not_a_count_of_what_follows() -> None:
    facts = extract_facts(
        "The report had one line that drew attention: 23 people released from the Ada County "
        "jail to ICE in September, the Ada County Sheriff's Office said.", published=APRIL)
    assert [c.count for c in facts.counts] == [23]


# Eighth round: "no more than", hyphenated regional jails, walking out into ICE's hands,
# a county department named bare, the last budget year, and thousands in lists.


def test_no_more_than_is_a_ceiling() -> None:
    [number] = find_numbers("no more than five people")
    assert (number.value, number.qualifier) == (5, "up_to")


def test_a_hyphenated_regional_jail_is_placed_in_its_leading_county() -> None:
    facts = extract_facts("No more than five people were released from the Rockingham-"
                          "Harrisonburg Regional Jail into the custody of ICE last month, in "
                          "Virginia.", published=APRIL)
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.name == "Rockingham County"


def test_a_bare_county_department_takes_the_county_of_the_story() -> None:
    facts = extract_facts(
        "Nine people walked out of Multnomah County jail custody and into the hands of "
        "immigration officers in the third quarter. A spokesperson for the Department of Adult "
        "and Juvenile Detention declined to comment.", published=date(2026, 10, 20))
    assert facts.agency is not None
    assert facts.agency.name == "Multnomah County Department of Adult and Juvenile Detention"
    assert [(c.period, c.count) for c in facts.counts] == [("2026-07-01/2026-09-30", 9)]


def test_the_last_budget_year_follows_a_july_fiscal_year() -> None:
    facts = extract_facts(
        "More than 2,100 people who finished sentences in Georgia state prisons over the last "
        "budget year went directly into federal immigration custody. The total for the 12 "
        "months that ended June 30 is up from about 1,800 the year before, the Georgia "
        "Department of Corrections said.", published=date(2026, 9, 10))
    assert [(c.period, c.count, c.qualifier) for c in facts.counts] == [
        ("2025-07-01/2026-06-30", 2100, "more_than")]
    assert [(c.period, c.count) for c in facts.historical] == [("2024-07-01/2025-06-30", 1800)]


def test_thousands_in_a_country_list() -> None:
    facts = extract_facts("The Georgia Department of Corrections handed 2,000 people to ICE "
                          "in 2025. Most were from Mexico, with 1,106 people, and Guatemala, "
                          "with 412.", published=APRIL)
    assert {n.country: n.count for n in facts.nationalities} == {"Mexico": 1106,
                                                                  "Guatemala": 412}


def test_a_total_since_january_brought_by_a_month() -> None:
    facts = extract_facts(
        "Fourteen people were handed to ICE from the Ada County jail in October, bringing the "
        "jail's total since January to 102, the Ada County Sheriff's Office said.",
        published=date(2026, 11, 5))
    assert [(c.period, c.count) for c in facts.counts] == [("2026-10", 14)]
    assert facts.total is not None
    assert facts.total.count == 102


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("The jail stopped honoring ICE detainers years ago.", []),
        ("Each came with a warrant from a federal judge.", ["judicial_warrant"]),
        ("Each had a prior conviction for one of the serious offenses the law lists.",
         ["other"]),
    ],
)
def test_eighth_round_legal_basis_wordings(sentence: str, kinds: list[str]) -> None:
    assert _legal_kinds(sentence) == kinds


# Ninth round: comparisons of other things, the same month a year earlier, quotes that carry
# the figures, the year's running total, twelve-month spans and lists "as citizens of".


def test_a_comparison_of_deputies_is_no_baseline_of_handovers() -> None:
    facts = extract_facts(
        "The Lee County Sheriff's Office released 71 inmates to ICE in May. Twelve deputies are "
        "now certified, up from five a year ago. In May 2025, the jail handed 29 people to the "
        "agency.", published=date(2026, 6, 12))
    assert [(c.period, c.count) for c in facts.historical] == [("2025-05", 29)]


def test_up_from_during_the_same_month_a_year_earlier() -> None:
    facts = extract_facts(
        "The Lee County Sheriff's Office released 71 inmates into federal immigration custody "
        "in May, up from 29 during the same month a year earlier.", published=date(2026, 6, 12))
    assert [(c.period, c.count) for c in facts.historical] == [("2025-05", 29)]


def test_a_quote_carries_the_handover_and_its_baseline() -> None:
    facts = extract_facts(
        "\"In the fiscal year that ended Sept. 30, we put 180 people into ICE's hands,\" said "
        "the head of the Bannock County Sheriff's Office. \"The year before it was 52.\"",
        published=date(2025, 11, 2))
    assert [(c.period, c.count) for c in facts.counts] == [("2024-10-01/2025-09-30", 180)]
    assert [(c.period, c.count) for c in facts.historical] == [("2023-10-01/2024-09-30", 52)]


def test_the_years_total_after_a_month_runs_from_january() -> None:
    facts = extract_facts(
        "Twelve people held in the Noble County Jail were released to ICE in February, the "
        "Noble County Sheriff's Office said. The February releases bring the year's total "
        "through the end of the month to 21.", published=date(2026, 3, 10))
    assert [(c.period, c.count) for c in facts.counts] == [
        ("2026-02", 12), ("2026-01-01/2026-02-28", 21)]
    assert facts.total is not None
    assert facts.total.count == 21


def test_twelve_months_ending_in_a_month_and_the_twelve_before() -> None:
    facts = extract_facts(
        "The Iowa Department of Corrections handed 130 inmates to ICE in the 12 months ending "
        "in June. In the 12 months before that, the figure was 88. Department records list 70 "
        "of those transferred as citizens of Mexico and 20 of Guatemala. Their ages on the day "
        "of transfer ran from 21 to 66.", published=date(2026, 8, 19))
    assert [(c.period, c.count) for c in facts.counts] == [("2025-07-01/2026-06-30", 130)]
    assert [(c.period, c.count) for c in facts.historical] == [("2024-07-01/2025-06-30", 88)]
    assert {n.country: n.count for n in facts.nationalities} == {"Mexico": 70, "Guatemala": 20}
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (21, 66)


def test_the_previous_fiscal_year_against_a_month_is_unknown() -> None:
    facts = extract_facts(
        "The Potter County Sheriff's Office released 55 people to ICE in April. That is up "
        "from 18 in the previous fiscal year.", published=date(2026, 5, 14))
    assert facts.historical == ()


def test_may_the_month_is_no_modal() -> None:
    facts = extract_facts("In May 2025, the Lee County jail handed 37 people to ICE, the Lee "
                          "County Sheriff's Office said.", published=date(2026, 6, 12))
    assert facts.transfer_report
    assert [(c.period, c.count) for c in facts.counts] == [("2025-05", 37)]


def test_a_criminal_justice_center_is_a_custodian() -> None:
    facts = extract_facts("The Pulaski County Criminal Justice Center released about 250 "
                          "people into the custody of ICE in 2026.", published=date(2026, 9, 22))
    assert facts.agency is not None
    assert facts.agency.name == "Pulaski County Criminal Justice Center"


# Tenth round: state-run jails named loosely, spans moved back by their own length, a dated
# re-mention, "led out ... to waiting officers", lists of counties, and loose "sent to".


def test_a_jail_the_state_operates_is_the_states() -> None:
    facts = extract_facts(
        "BECKLEY — Southern Regional Jail released 24 inmates to ICE between July 1 and Sept. "
        "30. Over the three months before that, the number was 17. The jail, which the state "
        "Division of Corrections and Rehabilitation operates, holds people arrested in Raleigh "
        "and Fayette counties.", published=date(2026, 10, 16))
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == ("State of West Virginia",
                                                                   "WV")
    assert [(c.period, c.count) for c in facts.historical] == [("2026-04-01/2026-06-30", 17)]


def test_a_dated_re_mention_dates_the_figure() -> None:
    facts = extract_facts(
        "Under a new agreement, the Carrollton Police Department transferred 22 people from "
        "its city jail to ICE. The agreement took effect Feb. 3, 2026. The 22 transfers "
        "happened between Feb. 3 and April 30, the chief said.", published=None)
    assert [(c.period, c.count) for c in facts.counts] == [("2026-02-03/2026-04-30", 22)]


def test_led_out_to_waiting_officers_is_a_handover() -> None:
    facts = extract_facts(
        "In the 12 months that ended June 30, 240 people finished their sentences in Kansas "
        "prisons and were led out not to a bus station but to waiting federal immigration "
        "officers, the Kansas Department of Corrections said.", published=date(2026, 7, 26))
    assert [(c.period, c.count) for c in facts.counts] == [("2025-07-01/2026-06-30", 240)]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("ICE had placed detainer requests on every one of them.", ["detainer"]),
        ("The office turned them over after ICE filed detainers.", ["detainer"]),
        ("Each had a conviction that qualifies for transfer under state law.", ["other"]),
    ],
)
def test_tenth_round_legal_basis_wordings(sentence: str, kinds: list[str]) -> None:
    assert _legal_kinds(sentence) == kinds


def test_a_statement_sent_to_reporters_is_no_handover() -> None:
    facts = extract_facts("In a statement sent to reporters, ICE said the Ramsey County "
                          "Sheriff's Office released a man on bail.", published=APRIL)
    assert not facts.transfer_report


def test_a_county_jail_system_is_run_by_the_department_of_the_same_county() -> None:
    facts = extract_facts(
        "Broward County's jail system has turned 300 people over to ICE so far this year. The "
        "numbers come from the Broward Corrections and Rehabilitation Department, which runs "
        "the county's jails.", published=date(2026, 11, 5))
    assert facts.agency is not None
    assert facts.agency.name == "Broward Corrections and Rehabilitation Department"


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # A condition the transfers meet is their basis, not a refusal.
        ("The jail transfers no one unless it is presented with a judicial warrant.",
         ["judicial_warrant"]),
        # The order is the warrant itself, not a court order besides it.
        ("They went on federal judicial warrants, which are legal orders signed by judges.",
         ["judicial_warrant"]),
    ],
)
def test_conditions_and_definitions_of_warrants(sentence: str, kinds: list[str]) -> None:
    assert _legal_kinds(sentence) == kinds


def test_arrests_by_ice_after_a_jail_release_are_handovers() -> None:
    facts = extract_facts("Last year, 221 detainees were arrested by ICE agents after the "
                          "Orange County Sheriff's Department released them from its jails.",
                          published=date(2024, 3, 1))
    assert facts.transfer_report
    assert [c.count for c in facts.counts] == [221]


# Eleventh round: the year so far, a bare month next to last year's, multipliers, long
# handover sentences, jails a state division runs, and "went from the jail to ICE".


def test_a_comparison_in_the_same_sentence_does_not_date_the_reported_month() -> None:
    facts = extract_facts(
        "Broward Corrections and Rehabilitation turned 150 people over to ICE in August, almost "
        "three times the 52 it handed to the agency in August 2024. Through the end of August, "
        "the department had transferred 800 people to ICE this year.",
        published=date(2025, 9, 12))
    assert [(c.period, c.count) for c in facts.counts] == [
        ("2025-08", 150), ("2025-01-01/2025-08-31", 800)]
    assert [(c.period, c.count) for c in facts.historical] == [("2024-08", 52)]
    assert facts.total is not None
    assert facts.total.count == 800


def test_a_regional_jail_the_state_division_runs() -> None:
    facts = extract_facts(
        "MOUNDSVILLE, W.Va. — Nine people held at the Northern Regional Jail were released to "
        "ICE in July, according to the state Division of Corrections and Rehabilitation, which "
        "runs the jail.", published=date(2025, 8, 6))
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == ("State of West Virginia",
                                                                   "WV")


def test_a_long_handover_sentence_keeps_its_count() -> None:
    facts = extract_facts(
        "The Blount County Sheriff's Office released 90 people from its detention facility in "
        "Maryville directly into the custody of U.S. Immigration and Customs Enforcement in "
        "2024.", published=date(2025, 2, 11))
    assert [(c.period, c.count) for c in facts.counts] == [("2024", 90)]


def test_went_from_the_jail_to_ice() -> None:
    facts = extract_facts("Seven people went from the county jail to ICE last year, the Merced "
                          "County Sheriff's Office told supervisors.", published=date(2025, 3, 31))
    assert [(c.period, c.count) for c in facts.counts] == [("2024", 7)]


def test_287g_described_after_a_comma_is_in_force() -> None:
    facts = extract_facts(
        "The Hall County Sheriff's Office handed 68 people to ICE in March. The sheriff's "
        "office has taken part in 287(g), a federal program that deputizes jail officers, "
        "since 2008.", published=APRIL)
    assert [b.kind for b in facts.legal_basis] == ["287g"]


# Twelfth round: "Of the N people ... delivered", the previous fiscal year, the same span a
# year earlier after a monthly figure, breakdowns of a sub-period, other things compared.


def test_of_the_n_people_delivered_is_the_count() -> None:
    facts = extract_facts(
        "Of the 52 people the Durham County Sheriff's Office delivered to immigration agents in "
        "the third quarter, 20 were Mexican nationals.", published=date(2026, 10, 19))
    assert [(c.period, c.count) for c in facts.counts] == [("2026-07-01/2026-09-30", 52)]
    assert {n.country: n.count for n in facts.nationalities} == {"Mexico": 20}


def test_the_previous_fiscal_year_before_the_one_reported() -> None:
    facts = extract_facts(
        "The Georgia Department of Corrections released 700 people to ICE in the fiscal year "
        "that ended June 30. In the previous fiscal year, the department made 520 such "
        "transfers.", published=date(2026, 8, 11))
    assert [(c.period, c.count) for c in facts.historical] == [("2024-07-01/2025-06-30", 520)]


def test_a_breakdown_of_part_of_the_period_is_not_a_count() -> None:
    facts = extract_facts(
        "The Georgia Department of Corrections released 700 people to ICE in 2025. By "
        "nationality, 14 of the people turned over in June were from Mexico.", published=APRIL)
    assert [(c.period, c.count) for c in facts.counts] == [("2025", 700)]


def test_a_jail_population_compared_is_no_baseline() -> None:
    facts = extract_facts(
        "The Durham County Sheriff's Office handed 52 people to ICE in March. The jail's "
        "average daily population was 410, up from about 380 a year earlier.", published=APRIL)
    assert facts.historical == ()


def test_the_most_common_country_with_its_count() -> None:
    facts = extract_facts(
        "The Georgia Department of Corrections released 700 people to ICE in 2025. Mexico was "
        "the most common country of citizenship, with 300 people, followed by Guatemala with "
        "150. One Guatemalan man was wanted at home.", published=APRIL)
    assert {n.country: n.count for n in facts.nationalities} == {"Mexico": 300,
                                                                  "Guatemala": 150}


# Thirteenth round: officers collecting people, ratios, sums after their parts, the last
# months of a year, sub-period counts of a running total, facilities named by their owner.


def test_officers_collecting_people_across_two_months() -> None:
    facts = extract_facts(
        "Federal immigration officers collected 19 people from the Sarpy County jail across "
        "September and October, the Sarpy County Sheriff's Office said. The total is close to "
        "three times what the jail handed over a year ago.", published=date(2026, 11, 7))
    assert [(c.period, c.count) for c in facts.counts] == [("2026-09-01/2026-10-31", 19)]
    assert facts.total is not None
    assert facts.total.count == 19


def test_a_total_after_its_months_is_their_sum() -> None:
    facts = extract_facts(
        "The Whitfield County Sheriff's Office handed 30 people to ICE in January, 27 in "
        "February and 33 in March, a total of 90 for the quarter. That is up from 64 during "
        "the last three months of 2025.", published=date(2026, 4, 18))
    assert [(c.period, c.count) for c in facts.counts] == [
        ("2026-01", 30), ("2026-02", 27), ("2026-03", 33)]
    assert facts.total is not None
    assert facts.total.count == 90
    assert [(c.period, c.count) for c in facts.historical] == [("2025-10-01/2025-12-31", 64)]


def test_a_months_share_of_a_running_total() -> None:
    facts = extract_facts(
        "Since it joined the 287(g) program in March, the Franklin County Sheriff's Office has "
        "handed 21 people to ICE, eight of them in June.", published=date(2026, 7, 9))
    assert [(c.period, c.count) for c in facts.counts] == [("2026-06", 8)]
    assert facts.total is not None
    assert facts.total.count == 21


def test_a_facility_named_with_its_owner() -> None:
    facts = extract_facts("Forty-four people were released from Fresno County's Northside "
                          "Justice Facility into the custody of ICE last year.",
                          published=date(2023, 3, 14))
    assert facts.agency is not None
    assert facts.agency.name == "Northside Justice Facility"
    assert facts.jurisdiction is not None
    assert facts.jurisdiction.name == "Fresno County"


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Every one of them had been named in an ICE detainer.", ["detainer"]),
        ("A magistrate signs an order allowing the jail to hold the person.", ["court_order"]),
        ("The jail is one of the longest-running 287(g) sites in the region.", ["287g"]),
    ],
)
def test_thirteenth_round_legal_basis_wordings(sentence: str, kinds: list[str]) -> None:
    assert _legal_kinds(sentence) == kinds

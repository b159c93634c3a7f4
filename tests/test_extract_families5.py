"""Phrasing families of the fifth round: the sheriff's office named only generically, formal
facility names, fiscal years named with their year, "the previous 12 months", the last months
"of the year", superlative months, "during the period", bases of the past or of others, and
people listed one by one (ages, single nationals)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_facts
from pipeline.facts import TransferFacts

AUGUST = date(2025, 8, 20)

Figures = list[tuple[str, int, str]]


def _figures(facts: TransferFacts) -> tuple[Figures, Figures]:
    return ([(c.period, c.count, c.qualifier) for c in facts.counts],
            [(c.period, c.count, c.qualifier) for c in facts.historical])


def _kinds(facts: TransferFacts) -> set[str]:
    return {b.kind for b in facts.legal_basis}


# --- agency ---------------------------------------------------------------------------------

def test_the_sheriffs_office_handing_people_over_is_the_county_named_with_its_sheriff() -> None:
    facts = extract_facts(
        "Jail handovers to immigration agents rose again in Pitkin County this spring.\n\n"
        "The sheriff's office transferred seven people to ICE in May, Sheriff Lena Marsh said. "
        "Pitkin County commissioners asked for monthly reports.", published=AUGUST)
    assert facts.transfer_report
    assert facts.agency is not None
    assert facts.agency.name == "Pitkin County Sheriff's Office"


def test_the_county_jail_handing_people_over_stays_the_jail() -> None:
    # The office only reports the figures; the handover sentence names the jail.
    facts = extract_facts(
        "Deputies at the Pitkin County jail handed seven inmates to ICE in May, according to "
        "figures the sheriff's office released, Sheriff Lena Marsh said.", published=AUGUST)
    assert facts.agency is not None
    assert facts.agency.name == "Pitkin County jail"


def test_a_generic_sheriffs_office_with_two_counties_named_names_no_county() -> None:
    facts = extract_facts(
        "The sheriff's office transferred seven people to ICE in May, Sheriff Lena Marsh said. "
        "Pitkin County and Eagle County share a courthouse.", published=AUGUST)
    assert facts.agency is None or facts.agency.name not in {
        "Pitkin County Sheriff's Office", "Eagle County Sheriff's Office"}


def test_a_jail_named_loosely_takes_the_formal_name_the_story_gives_it() -> None:
    facts = extract_facts(
        "Commissioners argued for an hour about the Berks County jail. The Berks County "
        "Correctional Facility in Leesport holds about 900 people. Its annual report shows the "
        "facility handed nine people to ICE in 2024.", published=AUGUST)
    assert facts.agency is not None
    assert facts.agency.name == "Berks County Correctional Facility"


# --- periods and counts ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "counts", "history"),
    [
        pytest.param(
            "The Nevada Department of Corrections released 140 people to ICE in fiscal year "
            "2025, which ended June 30. That is up from 101 in fiscal 2024.",
            [("2024-07-01/2025-06-30", 140, "exact")],
            [("2023-07-01/2024-06-30", 101, "exact")],
            id="a fiscal year named with its year and its end sets July years"),
        pytest.param(
            "The Mesa County Sheriff's Office transferred 90 people to ICE in the 12 months "
            "that ended June 30, up from 61 in the previous 12 months.",
            [("2024-07-01/2025-06-30", 90, "exact")],
            [("2023-07-01/2024-06-30", 61, "exact")],
            id="the previous 12 months step back from the reported span"),
        pytest.param(
            "The Mesa County Sheriff's Office handed 30 people to ICE in the three months "
            "ending June 30, compared with 18 in the prior three months.",
            [("2025-04-01/2025-06-30", 30, "exact")],
            [("2025-01-01/2025-03-31", 18, "exact")],
            id="the prior three months step back three months"),
        pytest.param(
            "The Dane County Sheriff's Office turned 150 people over to ICE in 2024, including "
            "41 in the last three months of the year.",
            [("2024", 150, "exact"), ("2024-10-01/2024-12-31", 41, "exact")], [],
            id="the last months of the year are those of the year the sentence names"),
        pytest.param(
            "The Dane County Sheriff's Office handed 81 people to ICE from July through "
            "September 2025. August was the heaviest month, with nearly 30.",
            [("2025-07-01/2025-09-30", 81, "exact"), ("2025-08", 30, "about")], [],
            id="a month called the heaviest, with its figure"),
        pytest.param(
            "The Dane County Sheriff's Office handed 81 people to ICE from July through "
            "September 2025. The busiest single month was August, when 34 people were released to "
            "ICE.",
            [("2025-07-01/2025-09-30", 81, "exact"), ("2025-08", 34, "exact")], [],
            id="the busiest month named after the verb"),
        pytest.param(
            "The Dane County Sheriff's Office handed 81 people to ICE from July through "
            "September 2025. September 2025 alone accounted for 18 of them.",
            [("2025-07-01/2025-09-30", 81, "exact"), ("2025-09", 18, "exact")], [],
            id="a month with its year accounts for part"),
        pytest.param(
            "The Wake County Sheriff's Office transferred 14 people to ICE in January, 17 in "
            "February and 23 in March, bringing the first-quarter total to 54.",
            [("2025-01", 14, "exact"), ("2025-02", 17, "exact"), ("2025-03", 23, "exact"),
             ("2025-01-01/2025-03-31", 54, "exact")], [],
            id="a hyphenated first-quarter total"),
        pytest.param(
            "This brief covers the Dane County jail for the 12 months from July 1, 2024, "
            "through June 30, 2025.\n\nHeadline figure. The Dane County Sheriff's Office says "
            "roughly 130 people were released from its jail to ICE during the period.",
            [("2024-07-01/2025-06-30", 130, "about")], [],
            id="during the period points to the span named before"),
        pytest.param(
            "The Mesa County Sheriff's Office transferred 13 people to ICE in June. For the "
            "12 months that ended June 30, the figure was 101, up from 72 in the previous 12 "
            "months.",
            [("2025-06", 13, "exact"), ("2024-07-01/2025-06-30", 101, "exact")],
            [("2023-07-01/2024-06-30", 72, "exact")],
            id="the figure was, after a current span, is that span's count"),
        pytest.param(
            "The Mesa County Sheriff's Office transferred 13 people to ICE in 2024. The year "
            "before, the number was 9.",
            [("2024", 13, "exact")], [("2023", 9, "exact")],
            id="the number was, after a step back, stays history"),
        pytest.param(
            "The Franklin County Sheriff's Office turned 146 people over to ICE from January "
            "through June. The office turned 98 people over to ICE last year, and 41 in the "
            "first half of 2024.",
            [("2025-01-01/2025-06-30", 146, "exact")],
            [("2024", 98, "exact"), ("2024-01-01/2024-06-30", 41, "exact")],
            id="last year beside the first half of that year"),
        pytest.param(
            "From Jan. 1 through June 30 of this year, the Irving Police Department released "
            "96 people from its jail to ICE.",
            [("2025-01-01/2025-06-30", 96, "exact")], [],
            id="a span qualified by of this year is the year so far"),
        pytest.param(
            "The Franklin County Sheriff's Office turned 146 people over to ICE from January "
            "through June. At least 70 of those transfers took place in April, May and June.",
            [("2025-01-01/2025-06-30", 146, "exact"), ("2025-04-01/2025-06-30", 70, "at_least")],
            [], id="three months listed are one span"),
        pytest.param(
            "The Missouri Department of Corrections released 312 people to ICE in fiscal year "
            "2025, which ended June 30. In the 2023-24 period, by the same measure, the number "
            "was 240.",
            [("2024-07-01/2025-06-30", 312, "exact")], [("2023-07-01/2024-06-30", 240, "exact")],
            id="a two-year period label is a fiscal year"),
        pytest.param(
            "The Washington County Sheriff's Office transferred nine people to ICE in April. Over "
            "the 12 months ending June 30, the total was 132.",
            [("2025-04", 9, "exact"), ("2024-07-01/2025-06-30", 132, "exact")], [],
            id="over a span the total was"),
        pytest.param(
            "On the morning a prisoner with a detainer goes home, a van waits at the gate.\n\n"
            "That process played out 312 times in the state's 2025 fiscal year, which ran from "
            "July 2024 through June 2025, according to the Missouri Department of Corrections. "
            "The busiest single month was March, when 34 people were released from state prisons "
            "to ICE.",
            [("2024-07-01/2025-06-30", 312, "exact"), ("2025-03", 34, "exact")], [],
            id="a literary lead counted as times the process played out"),
    ],
)
def test_counts_and_history(text: str, counts: Figures, history: Figures) -> None:
    assert _figures(extract_facts(text, published=AUGUST)) == (counts, history)


# --- legal basis ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "A motion to have the Lehigh County jail begin honoring immigration detainers "
            "failed 2-1. The jail handed four people to ICE in 2024, each on a judicial warrant.",
            {"judicial_warrant"}, id="a failed motion is no basis"),
        pytest.param(
            "The Lehigh County jail handed four people to ICE in 2024, each on a judicial "
            "warrant. In 2013, the last full year the jail honored detainers, it turned over "
            "97 people to ICE.", {"judicial_warrant"}, id="a practice that ended is no basis"),
        pytest.param(
            "The Wake County Sheriff's Office turned 23 people over to ICE in March under the "
            "state's detainer law, which requires it to honor ICE detainers. That compares with "
            "nine in March 2024, when the office still required a judicial warrant.",
            {"detainer"}, id="what the office still required then is no basis now"),
        pytest.param(
            "The Washington County jail hands people to ICE only when ICE has sent both a "
            "detainer and an administrative warrant. It transferred 132 people to ICE last year.",
            {"detainer", "other"}, id="both a detainer and an administrative warrant"),
        pytest.param(
            "The Missouri Department of Corrections released 312 people to ICE last year on "
            "detainers. Two people were extradited to Mexico; they are not included in the 312.",
            {"detainer"}, id="an extradition set apart from the count"),
        pytest.param(
            "The Boone County Detention Center released 78 people to ICE, each on a detainer. "
            "Three others were collected by deputy U.S. marshals on federal criminal warrants.",
            {"detainer"}, id="marshals' warrants are another agency's"),
        pytest.param(
            "The Missouri Department of Corrections released 312 people to ICE last year on "
            "detainers. \"Other states make ICE show up with a judge's order,\" an advocate said.",
            {"detainer"}, id="other states' rules are no basis here"),
        pytest.param(
            "The Waukesha County Sheriff's Office handed 212 people to ICE in 2025 under its "
            "287(g) agreement. Milwaukee County, whose sheriff does not honor detainers, "
            "released five people to ICE, all on warrants signed by federal judges.",
            {"287g"}, id="another county's basis is not this agency's"),
        pytest.param(
            "The Connecticut Department of Correction transferred 58 people to ICE in 2024. Nine "
            "were made on judicial warrants; the other 49 involved people with convictions that "
            "the law treats as qualifying.", {"judicial_warrant", "other"},
            id="convictions the law treats as qualifying"),
        pytest.param(
            "The Connecticut Department of Correction transferred 58 people to ICE in 2024. The "
            "Trust Act allows a transfer only with a judicial warrant or when the person has been "
            "convicted of a serious felony listed in the statute.", {"judicial_warrant", "other"},
            id="convicted of a listed felony"),
        pytest.param(
            "The Franklin County Sheriff's Office handed 146 people to ICE on detainers in the "
            "first half of the year. Union County's sheriff said his office had signed a 287(g) "
            "agreement in the spring.", {"detainer"},
            id="another county's 287(g) agreement is not this agency's"),
        pytest.param(
            "The Lehigh County jail handed four people to ICE in 2024, each on a judicial "
            "warrant. A court ruled in 2014 that a county could be held liable for keeping a man "
            "in jail on a detainer alone.", {"judicial_warrant"},
            id="a ruling on liability is no basis"),
    ],
)
def test_legal_basis(text: str, kinds: set[str]) -> None:
    assert _kinds(extract_facts(text, published=AUGUST)) == kinds


def test_an_extradition_that_was_part_of_the_handovers_stays_a_basis() -> None:
    facts = extract_facts(
        "The Eastern Regional Jail handed 14 people to ICE in July. Two of the 14 were wanted "
        "in Mexico and were handed to ICE so they could be extradited.", published=AUGUST)
    assert "extradition" in _kinds(facts)


# --- people listed one by one ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "ages", "countries"),
    [
        pytest.param(
            "The men, ages 22, 31 and 45, were two Brazilian nationals and a man from the "
            "Dominican Republic.", (22, 45), {("Brazil", 2), ("Dominican Republic", 1)},
            id="ages listed and a man from a country"),
        pytest.param(
            "They were a 24-year-old man from Mexico, a 39-year-old woman from Ukraine and a "
            "52-year-old man from Russia.", (24, 52),
            {("Mexico", 1), ("Ukraine", 1), ("Russia", 1)},
            id="people described one by one with their ages"),
    ],
)
def test_people_listed_one_by_one(sentence: str, ages: tuple[int, int],
                                  countries: set[tuple[str, int]]) -> None:
    facts = extract_facts(
        "Springfield police turned three people over to ICE agents in July, Police Chief Renata "
        f"Okafor said. {sentence}", published=AUGUST)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == ages
    assert {(n.country, n.count) for n in facts.nationalities} == countries


def test_one_year_old_mention_is_no_age_range() -> None:
    facts = extract_facts(
        "Springfield police turned three people over to ICE agents in July, Police Chief Renata "
        "Okafor said. One was a 24-year-old man.", published=AUGUST)
    assert facts.age_range is None


# --- sixth batch: tables with several columns, authorities, rounded and exact figures -------

FEBRUARY = date(2026, 2, 11)


def test_a_pipe_table_reads_the_handover_column_and_its_header_year() -> None:
    facts = extract_facts(
        "The Orange County Sheriff's Department transferred 143 people to ICE in 2025. The "
        "report broke the year down by quarter:\n\n"
        "Quarter (2025) | Transfers to ICE | ICE detainers received\n"
        "January–March | 31 | 300\n"
        "April–June | 38 | 310\n"
        "Full year | 143 | 1,200", published=FEBRUARY)
    counts, _ = _figures(facts)
    assert counts == [("2025", 143, "exact"), ("2025-01-01/2025-03-31", 31, "exact"),
                      ("2025-04-01/2025-06-30", 38, "exact")]


def test_a_markdown_table_skips_booking_and_detainer_columns() -> None:
    facts = extract_facts(
        "The Guilford County Sheriff's Office turned 36 people over to ICE in the first two "
        "months of 2026.\n\n"
        "| Month | Booked into jail | ICE detainers received | Released to ICE |\n"
        "|---|---|---|---|\n"
        "| January | 1,612 | 30 | 17 |\n"
        "| February | 1,519 | 33 | 19 |", published=date(2026, 3, 10))
    counts, _ = _figures(facts)
    assert ("2026-01", 17, "exact") in counts
    assert ("2026-02", 19, "exact") in counts
    assert all(n not in {1612, 30, 1519, 33} for _, n, _ in counts)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        pytest.param(
            "The Riverside Regional Jail handed 83 people to ICE between July and December. The "
            "Riverside Regional Jail Authority, which runs the jail for seven localities, "
            "released the figures.", "Riverside Regional Jail Authority",
            id="a regional jail's authority runs it"),
        pytest.param(
            "Nearly 60 people have been moved from the jail into the custody of ICE since the "
            "sheriff's office's 287(g) agreement took effect, Undersheriff Denise Hollister said. "
            "Protesters gathered outside the Sedgwick County Adult Detention Facility.",
            "Sedgwick County Sheriff's Office",
            id="the sheriff's office the only custodian a handover sentence names"),
        pytest.param(
            "The Arizona Department of Corrections, Rehabilitation and Reentry released 1,140 "
            "people to ICE in fiscal 2025.",
            "Arizona Department of Corrections, Rehabilitation and Reentry",
            id="a department name with a comma"),
    ],
)
def test_agency_names(text: str, agency: str) -> None:
    facts = extract_facts(text, published=FEBRUARY)
    assert facts.agency is not None
    assert facts.agency.name == agency


@pytest.mark.parametrize(
    ("text", "counts", "history"),
    [
        pytest.param(
            "Over seven days in February, 36 people finished their local cases at the Lew "
            "Sterrett Justice Center and walked straight into the custody of ICE. The figure comes "
            "from the jail's release log for Feb. 9 through Feb. 15. For comparison, the log for "
            "Feb. 10 through Feb. 16, 2025, showed 19 people released to ICE.",
            [("2026-02-09/2026-02-15", 36, "exact")], [("2025-02-10/2025-02-16", 19, "exact")],
            id="a week's log and the same week a year before"),
        pytest.param(
            "More than 200 people held in the Rutherford County jail were turned over to ICE last "
            "year, the sheriff's office said.\n\n- People released to ICE custody in 2025: 212",
            [("2025", 212, "exact")], [],
            id="the exact figure replaces the rounded one for the same period"),
        pytest.param(
            "Twenty-two people held in the Guilford County jail were turned over to ICE in "
            "March, the sheriff's office said, bringing the number released to ICE so far this "
            "year to 58.",
            [("2026-03", 22, "exact"), ("2026", 58, "exact")], [],
            id="bringing the number so far this year to"),
    ],
)
def test_counts_and_history_sixth_batch(text: str, counts: Figures, history: Figures) -> None:
    assert _figures(extract_facts(text, published=date(2026, 4, 6))) == (counts, history)


def test_a_rounded_figure_far_from_an_exact_one_is_not_replaced() -> None:
    facts = extract_facts(
        "The Pasadena Police Department transferred more than 36 people to ICE in October. "
        "In October, the department also handed 104 people to ICE under the program.",
        published=date(2025, 11, 13))
    counts, _ = _figures(facts)
    assert counts[0] == ("2025-10", 36, "more_than")


def test_ages_given_as_a_bullet_label() -> None:
    facts = extract_facts(
        "The Rutherford County Sheriff's Office turned 212 people over to ICE in 2025.\n\n"
        "- Ages of those released to ICE: 18 to 70", published=FEBRUARY)
    assert facts.age_range is not None
    assert (facts.age_range.low, facts.age_range.high) == (18, 70)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Mayor Pro Tem Walt Redfern said the issue would return in December.", "Walt Redfern"),
        ("\"We already hold them,\" said state Sen. Luis Carrasco, a Tucson Democrat.",
         "Luis Carrasco"),
    ],
)
def test_titled_officials(sentence: str, name: str) -> None:
    facts = extract_facts(
        f"The Garland Police Department handed 14 people to ICE in June. {sentence}",
        published=FEBRUARY)
    assert name in [o.name for o in facts.officials]


def test_a_law_named_in_an_appositive_is_no_official() -> None:
    facts = extract_facts(
        "The Orange County Sheriff's Department transferred 143 people to ICE in 2025. Each had "
        "a conviction that allows a transfer under the state's sanctuary law, known formally as "
        "the California Values Act, sheriff's spokeswoman Carrie Benavidez said.",
        published=FEBRUARY)
    assert [o.name for o in facts.officials] == ["Carrie Benavidez"]
    assert _kinds(facts) == {"other"}


def test_a_policy_a_coalition_asked_the_board_to_adopt_is_no_basis() -> None:
    facts = extract_facts(
        "The Riverside Regional Jail turned 80 people over to ICE on detainers last year. A "
        "coalition has asked the board to adopt a policy requiring a judicial warrant.",
        published=FEBRUARY)
    assert _kinds(facts) == {"detainer"}


def test_a_parish_facility_is_in_its_parish() -> None:
    facts = extract_facts(
        "The Lafayette Parish Correctional Center released 27 people to ICE in March.",
        published=date(2026, 3, 12))
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == ("Lafayette Parish", "LA")


def test_a_figure_two_countries_share_with_or_is_no_countrys_count() -> None:
    facts = extract_facts(
        "The Lafayette Parish Correctional Center released 27 people to ICE in March. More than "
        "20 were from Honduras or Guatemala; the log lists 14 from Honduras and eight from "
        "Guatemala.", published=date(2026, 3, 12))
    assert {(n.country, n.count) for n in facts.nationalities} == {("Honduras", 14),
                                                                  ("Guatemala", 8)}


# --- seventh batch ----------------------------------------------------------------------------

def test_a_table_dated_by_its_months_column_with_a_fiscal_total_row() -> None:
    facts = extract_facts(
        "The Prince George's County Department of Corrections reports to the council each "
        "summer. Here is the department's table for fiscal year 2025, which ran from July 1, "
        "2024, to June 30, 2025:\n\n"
        "Quarter | Months | Detainer requests received | People transferred to ICE\n"
        "Q1 | July–September 2024 | 301 | 11\n"
        "Q2 | October–December 2024 | 276 | 8\n"
        "Fiscal year total | | 577 | 19", published=date(2025, 8, 20))
    counts, history = _figures(facts)
    assert counts == [("2024-07-01/2024-09-30", 11, "exact"), ("2024-10-01/2024-12-31", 8, "exact"),
                      ("2024-07-01/2025-06-30", 19, "exact")]
    assert history == []
    assert facts.agency is not None
    assert facts.agency.name == "Prince George's County Department of Corrections"
    assert facts.jurisdiction is not None
    assert (facts.jurisdiction.name, facts.jurisdiction.state) == ("Prince George's County", "MD")


def test_the_sheriffs_office_that_operates_the_jail_is_the_agency() -> None:
    facts = extract_facts(
        "More than 80 people were handed from the Collin County jail to ICE in the first three "
        "months of the year. The sheriff's office operates the county's only jail, in McKinney.",
        published=date(2026, 4, 10))
    assert facts.agency is not None
    assert facts.agency.name == "Collin County Sheriff's Office"


def test_a_running_total_since_a_day_with_a_total_of() -> None:
    facts = extract_facts(
        "The Pinellas County Sheriff's Office turned 61 people over to ICE in August. Since the "
        "agreement took effect March 3, the office has handed a total of 312 people to ICE.",
        published=date(2025, 9, 3))
    counts, _ = _figures(facts)
    assert counts == [("2025-08", 61, "exact")]
    assert facts.total is not None
    assert facts.total.count == 312


def test_no_figures_for_transfers_is_no_handover() -> None:
    facts = extract_facts(
        "ICE sent the Larimer County jail 133 detainer requests last year. The report includes no "
        "figures for transfers to ICE, because there were none, the sheriff's office said.",
        published=date(2026, 2, 3))
    assert not facts.transfer_report


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("\"It is a lot of staff time,\" said Ronald Keyser, chairman of the jail authority board "
         "and a member of the Rockbridge County Board of Supervisors.", "Ronald Keyser"),
        ("A Lexington city council member who sits on the board, Harriet Wolcott, asked whether "
         "the authority could change its policy.", "Harriet Wolcott"),
        ("Sheriff Clayton Rusk has defended the program as a public safety measure.",
         "Clayton Rusk"),
    ],
)
def test_officials_in_long_appositives_and_roles_named_first(sentence: str, name: str) -> None:
    facts = extract_facts(
        f"The Rockbridge Regional Jail released 19 people to ICE in October. {sentence}",
        published=date(2025, 11, 20))
    assert name in [o.name for o in facts.officials]


# --- guards found in review: the rules above stay narrow ------------------------------------

SEPTEMBER = date(2025, 9, 1)


def test_a_long_table_keeps_its_last_rows() -> None:
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    rows = "\n".join(f"| {m} | 100 | {i + 1} |" for i, m in enumerate(months))
    facts = extract_facts(
        "The Marion County Sheriff's Office turned 78 people over to ICE in 2024.\n\n"
        f"| Month | Bookings | Released to ICE |\n|---|---|---|\n{rows}\n| Total | 1,200 | 78 |",
        published=date(2025, 2, 1))
    counts, _ = _figures(facts)
    assert ("2024-12", 12, "exact") in counts
    assert facts.total is not None
    assert facts.total.count == 78


def test_a_table_row_dated_by_a_year_column_keeps_its_quarter() -> None:
    facts = extract_facts(
        "The Marion County Sheriff's Office turned 71 people over to ICE.\n\n"
        "| Quarter | Year | Released to ICE |\n|---|---|---|\n"
        "| Q1 | 2025 | 30 |\n| Q2 | 2025 | 41 |", published=SEPTEMBER)
    counts, _ = _figures(facts)
    assert ("2025-01-01/2025-03-31", 30, "exact") in counts
    assert ("2025-04-01/2025-06-30", 41, "exact") in counts


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "The Hall County jail honored 40 ICE detainers last year, though juveniles were not "
            "included in the figures. It handed 40 people to ICE in 2024.", {"detainer"},
            id="not included sets apart an extradition only"),
        pytest.param(
            "The Dane County Sheriff's Office turned 40 people over to ICE in 2024. Like "
            "Milwaukee County, the office honors ICE detainers.", {"detainer"},
            id="like another county is no other county's sentence"),
    ],
)
def test_bases_that_stay(text: str, kinds: set[str]) -> None:
    assert _kinds(extract_facts(text, published=SEPTEMBER)) == kinds


def test_walking_into_the_custody_of_us_marshals_is_no_handover() -> None:
    facts = extract_facts(
        "After posting bail on Jan. 3, he walked straight into the custody of U.S. Marshals.",
        published=SEPTEMBER)
    assert not facts.transfer_report


def test_a_sheriffs_office_running_another_countys_jail_is_not_the_agency() -> None:
    facts = extract_facts(
        "The Collin County jail handed 12 people to ICE in May. In neighboring Dallas County, "
        "the sheriff's office runs the jail.", published=SEPTEMBER)
    assert facts.agency is not None
    assert facts.agency.name == "Collin County jail"


def test_bookings_in_the_busiest_month_are_no_handovers() -> None:
    facts = extract_facts(
        "The Collin County jail handed 12 people to ICE in July. August was the busiest month "
        "for the jail, with 1,400 bookings.", published=SEPTEMBER)
    counts, _ = _figures(facts)
    assert counts == [("2025-07", 12, "exact")]


def test_a_comparison_with_the_whole_year_is_no_earlier_figure() -> None:
    facts = extract_facts(
        "The Collin County jail transferred 20 people to ICE in May 2025. For comparison, the "
        "total for all of 2025 was 61.", published=SEPTEMBER)
    assert _figures(facts)[1] == []


def test_ages_of_people_in_a_crime_story_are_no_range() -> None:
    facts = extract_facts(
        "The Collin County jail handed 12 people to ICE in July. The 40-year-old jail needs a "
        "new roof, and a 19-year-old was charged with hitting a 45-year-old deputy's car.",
        published=SEPTEMBER)
    assert facts.age_range is None


def test_a_senior_director_of_an_advocacy_group_is_no_official() -> None:
    facts = extract_facts(
        "The Collin County jail handed 12 people to ICE in July. \"This is wrong,\" said Maria "
        "Lopez, Senior Director of the Immigrant Legal Resource Center.", published=SEPTEMBER)
    assert "Maria Lopez" not in [o.name for o in facts.officials]



@pytest.mark.parametrize(
    ("text", "counts", "total"),
    [
        pytest.param(
            "The Galveston County Sheriff's Office has handed 22 people over to ICE over the past "
            "six weeks, nine of them in October, the sheriff said.",
            [("2025-10", 9, "exact")], (22, "exact"),
            id="the past six weeks is the total its months sit in"),
        pytest.param(
            "The Galveston County Sheriff's Office has handed about 40 people to ICE over the "
            "past six weeks, the office said.", [], (40, "about"),
            id="the past six weeks alone is a total with no count"),
    ],
)
def test_a_recent_window_is_a_running_total(text: str, counts: Figures,
                                            total: tuple[int, str]) -> None:
    facts = extract_facts(text, published=date(2025, 11, 14))
    assert _figures(facts)[0] == counts
    assert facts.total is not None
    assert (facts.total.count, facts.total.qualifier) == total

"""Phrasing families a held-out set exposed, each checked on sentences written for this test."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from pipeline.extract import extract_facts
from pipeline.extract.legal import find_legal_basis
from pipeline.extract.nationalities import find_nationalities
from pipeline.extract.officials import find_officials
from pipeline.extract.periods import find_periods
from pipeline.extract.report import handover_sentences, is_transfer_report
from pipeline.extract.sentences import make_document

PUBLISHED = date(2023, 5, 10)


def _gold(text: str, published: date = PUBLISHED) -> dict[str, Any]:
    return extract_facts(text, published=published).to_gold()


@pytest.mark.parametrize(
    "text",
    [
        "The Tamarack Regional Jail released 12 inmates into the custody of ICE last month.",
        "The Orwell County Jail released nine men into the physical custody of U.S. "
        "Immigration and Customs Enforcement in March.",
        "The Birch County Sheriff's Office turned 61 people booked into its downtown annex "
        "jail over to ICE last year.",
        "Staff at the Keel County Jail handed eleven detainees to U.S. Immigration and Customs "
        "Enforcement in April.",
    ],
)
def test_custody_of_long_objects_and_us_prefix_are_handovers(text: str) -> None:
    doc = make_document(text, published=PUBLISHED)
    assert is_transfer_report(doc, handover_sentences(doc))


def test_us_marshals_are_still_not_an_immigration_target() -> None:
    doc = make_document("The Keel County Jail handed four inmates to U.S. Marshals in April.")
    assert not is_transfer_report(doc, handover_sentences(doc))


def test_country_then_with_count_and_partitive_breakdowns() -> None:
    text = ("The biggest groups came from Brazil, with 310, Peru, with 74, and Chile, with 9. "
            "Six of those released were from Ecuador, and 3 people from Cuba were among them. "
            "Mexico, with 40 percent of bookings, was not broken out.")
    found = {n.country: n.count for n in find_nationalities(make_document(text))}
    assert found == {"Brazil": 310, "Peru": 74, "Chile": 9, "Ecuador": 6, "Cuba": 3}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Each man handed over was the subject of an ICE detainer.", {"detainer"}),
        ("Staff call ICE when an inmate with a detainer is due for release.", {"detainer"}),
        ("Anyone subject to a detainer is held until agents arrive.", {"detainer"}),
        ("The sheriff renewed the county's 287(g) agreement in May.", {"287g"}),
        ("The transfers took place under its 287(g) program, the jail said.", {"287g"}),
        ("The county rejoined the 287(g) program, after a prior sheriff had ended it.", {"287g"}),
        ("Prior to the end of the 287(g) agreement, most detainers were for misdemeanors.", set()),
        ("Critics said the 287(g) program should be scrapped.", set()),
    ],
)
def test_detainer_subject_phrasings_and_287g_agreements_in_force(
    text: str, kinds: set[str]
) -> None:
    doc = make_document(text)
    assert {b.kind for b in find_legal_basis(doc, handover_sentences(doc))} == kinds


def test_titles_unicode_names_and_meeting_speakers() -> None:
    text = ("Sheriff Inés Montaño said the jail follows the law. "
            "Chief Deputy Carl Oduya said vans come twice a week. "
            "County Judge Ray Pruitt asked for quarterly figures. "
            "Council member Lena Vasko questioned the cost. "
            "Jail Director Omar Field said the count was final. "
            "Director Tess Rowan of the Valley Immigrant Alliance said she was alarmed. "
            "Kim Lo, a press secretary for the corrections department, said more was coming.")
    found = {o.name: o.role for o in find_officials(make_document(text))}
    assert set(found) == {"Inés Montaño", "Carl Oduya", "Ray Pruitt", "Lena Vasko",
                          "Omar Field", "Kim Lo"}
    assert found["Carl Oduya"] == "Chief Deputy"


def test_since_start_of_month_is_a_running_total_over_its_months() -> None:
    text = ("The Alder County Jail has handed 40 people to ICE since the start of March. "
            "Thirty-one of them were transferred to ICE in March, and nine more so far this "
            "month, the jail said.")
    gold = _gold(text, date(2023, 4, 20))
    assert {(c["period"], c["count"]) for c in gold["counts"]} == {("2023-03", 31), ("2023-04", 9)}
    assert gold["total"] == {"count": 40, "qualifier": "exact"}
    assert gold["historical"] == []


def test_the_figure_topped_continues_counts_and_rough_sum_is_the_total() -> None:
    text = ("The Fenwick County Sheriff's Office released more than 300 inmates to ICE over the "
            "spring. Deputies released 90 inmates to ICE in March and 101 in April. "
            "In May the figure topped 110, the sheriff said.")
    gold = _gold(text, date(2023, 6, 2))
    assert {"period": "2023-05", "count": 110, "qualifier": "more_than"} in gold["counts"]
    assert gold["total"] == {"count": 300, "qualifier": "more_than"}


def test_first_months_of_year_is_a_range() -> None:
    text = "the first three months of this year"
    doc = make_document(text, published=date(2024, 7, 1))
    assert [p.label for p in find_periods(text, doc, {})] == ["2024-01-01/2024-03-31"]


def test_same_month_a_year_ago_is_history_for_the_reported_month() -> None:
    text = ("The Grove County Sheriff's Office says 18 people were transferred to ICE during "
            "February. That is up from the same month a year ago, when the jail turned 6 "
            "inmates over to ICE.")
    gold = _gold(text, date(2023, 3, 15))
    assert [(c["period"], c["count"]) for c in gold["counts"]] == [("2023-02", 18)]
    assert [(c["period"], c["count"]) for c in gold["historical"]] == [("2022-02", 6)]


def test_current_year_outranks_the_comparison_year() -> None:
    text = ("The Pike County Sheriff's Office turned 88 people held in its county jail over to "
            "ICE last year. That is up from 2021, when 52 inmates were released into ICE custody.")
    gold = _gold(text, date(2023, 1, 20))
    assert [(c["period"], c["count"]) for c in gold["counts"]] == [("2022", 88)]
    assert [(c["period"], c["count"]) for c in gold["historical"]] == [("2021", 52)]

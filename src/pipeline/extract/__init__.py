"""Transfer-report fact extraction: a chain of small extractors over one Document."""

from __future__ import annotations

from datetime import date

from pipeline.extract.agency import find_agency, of_another_county
from pipeline.extract.ages import find_age_range
from pipeline.extract.comparisons import find_comparisons, merge
from pipeline.extract.counts import find_candidates, split_counts
from pipeline.extract.jurisdiction import find_jurisdiction
from pipeline.extract.legal import find_legal_basis
from pipeline.extract.nationalities import find_nationalities
from pipeline.extract.numbers import find_numbers
from pipeline.extract.officials import find_officials
from pipeline.extract.report import handover_sentences, is_transfer_report
from pipeline.extract.sentences import make_document
from pipeline.facts import Count, Nationality, TransferFacts
from pipeline.text import mask_page_furniture

__all__ = ["extract_facts", "warm_up"]


def warm_up() -> None:
    """Load the data tables the extractors build on first use (places, countries, patterns).

    A long-running service pays this once; a benchmark calls it first so that its per-article
    figures measure extraction, not loading.
    """
    extract_facts(
        "The Harris County Sheriff's Office handed 12 Mexican nationals to ICE in May, "
        "Sheriff Ana Ruiz said. Three were citizens of Honduras. Mexicans made up the bulk: "
        "Mexico 9, Honduras 3. \"We follow the law,\" said Lena Cho, a department spokesperson.",
        published=date(2025, 6, 1),
    )


def _one_person_among_many(
    nationalities: tuple[Nationality, ...], counts: tuple[Count, ...], total: Count | None
) -> bool:
    """True for a single person's country in a story that reports more people handed over."""
    reported = max([c.count for c in counts] + ([total.count] if total else []), default=0)
    if len(nationalities) != 1 or nationalities[0].count != 1 or reported <= 1:
        return False
    told = nationalities[0].evidence
    # not "Thirteen came from Central America, and one was from Peru": a part of a breakdown
    return told is None or len([n for n in find_numbers(told.sentence) if not n.is_year]) <= 1


def extract_facts(
    text: str, *, title: str | None = None, published: date | None = None,
    outlet: str | None = None,
) -> TransferFacts:
    """Extract the normalized transfer-report facts from a story's plain text.

    outlet is the publisher's domain; a local outlet's name can place an ambiguous county.
    """
    # other stories' teasers keep their offsets, blanked
    doc = make_document(mask_page_furniture(text), title=title, published=published,
                        outlet=outlet)
    handovers = handover_sentences(doc)
    if not is_transfer_report(doc, handovers):
        return TransferFacts(transfer_report=False)
    agency = find_agency(doc, handovers)
    # another county's figures are not the agency's
    own = tuple(s for s in handovers if not (agency and of_another_county(s.text, agency.name)))
    cands = find_candidates(doc, own)
    cands = merge(cands, find_comparisons(doc, own, cands))
    counts, total, historical = split_counts(cands)
    nationalities = find_nationalities(doc)
    if _one_person_among_many(nationalities, counts, total):
        nationalities = ()  # "One was a Ukrainian man who had overstayed a visa": no breakdown
    return TransferFacts(
        transfer_report=True,
        jurisdiction=find_jurisdiction(doc, agency),
        agency=agency,
        counts=counts,
        total=total,
        nationalities=nationalities,
        age_range=find_age_range(doc),
        legal_basis=find_legal_basis(doc, handovers, agency.name if agency else None,
                                     counts=counts, historical=historical),
        historical=historical,
        officials=find_officials(doc),
    )


"""The normalized facts of a transfer report, each tied to the sentence it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Qualifier = Literal["exact", "more_than", "at_least", "about", "up_to"]
LegalBasisKind = Literal[
    "judicial_warrant", "detainer", "287g", "extradition", "court_order", "other"
]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence of the stored text: [start, end) character offsets and the sentence itself."""

    start: int
    end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    name: str  # "Los Angeles County", "New York City", "State of Florida"
    state: str | None  # two-letter USPS code
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Count:
    period: str  # "2025-05", "2025", "XXXX-05", "2025-01-01/2025-03-31", "" when unknown
    count: int
    qualifier: Qualifier = "exact"
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Nationality:
    country: str  # country name, e.g. "Mexico"
    count: int
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class AgeRange:
    low: int
    high: int
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class LegalBasis:
    kind: LegalBasisKind
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Official:
    name: str
    role: str | None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class TransferFacts:
    """Everything extracted from one story's text."""

    transfer_report: bool = False
    jurisdiction: Jurisdiction | None = None
    agency: Agency | None = None
    counts: tuple[Count, ...] = ()
    total: Count | None = None  # period of the total is informational
    nationalities: tuple[Nationality, ...] = ()
    age_range: AgeRange | None = None
    legal_basis: tuple[LegalBasis, ...] = ()
    historical: tuple[Count, ...] = ()
    officials: tuple[Official, ...] = field(default=())

    def to_gold(self) -> dict[str, Any]:
        """The record shaped like the corpus' ``gold`` object (without related/event)."""
        if not self.transfer_report:
            return {
                "transfer_report": False,
                "jurisdiction": None,
                "agency": None,
                "counts": [],
                "total": None,
                "nationalities": {},
                "age_range": None,
                "legal_basis": [],
                "historical": [],
                "officials": [],
            }
        return {
            "transfer_report": True,
            "jurisdiction": (
                {"name": self.jurisdiction.name, "state": self.jurisdiction.state}
                if self.jurisdiction
                else None
            ),
            "agency": self.agency.name if self.agency else None,
            "counts": [_count(c) for c in self.counts],
            "total": (
                {"count": self.total.count, "qualifier": self.total.qualifier}
                if self.total
                else None
            ),
            "nationalities": {n.country: n.count for n in self.nationalities},
            "age_range": [self.age_range.low, self.age_range.high] if self.age_range else None,
            "legal_basis": sorted({b.kind for b in self.legal_basis}),
            "historical": [_count(c) for c in self.historical],
            "officials": [{"name": o.name, "role": o.role} for o in self.officials],
        }


def _count(c: Count) -> dict[str, Any]:
    return {"period": c.period, "count": c.count, "qualifier": c.qualifier}

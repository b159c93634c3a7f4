"""One story becomes a normalized record: relevance, clean text, facts, fingerprint (pure).

Relevance is decided on the feed's title and summary (``assess_story``), before any page is
fetched; ``normalize`` then takes the page's ArticleText when there is one. The JSON forms of
facts and event summaries stored in the database are made and read here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pipeline.article import ArticleText, choose_text
from pipeline.events import EventSummary, fingerprint
from pipeline.extract import extract_facts
from pipeline.facts import (
    Agency,
    AgeRange,
    Count,
    Evidence,
    Jurisdiction,
    LegalBasis,
    Nationality,
    Official,
    TransferFacts,
)
from pipeline.relevance import Relevance, assess
from pipeline.topic import Topic

# Bump when relevance, extraction or normalization change what a record would hold: stored
# records with another version are normalized again.
EXTRACTOR_VERSION = "16"
_SIGN_BIT = 1 << 63


@dataclass(frozen=True, slots=True)
class StoryInput:
    """The stored story fields normalization reads."""

    id: int
    title: str
    summary_text: str
    published_at: datetime
    published_estimated: bool
    outlet: str | None
    authors: tuple[str, ...]
    url: str  # the link to fetch (as published, else canonical)


@dataclass(frozen=True, slots=True)
class NormalizedRecord:
    """Everything stored about one story, before syndication and event grouping."""

    story_id: int
    relevance: Relevance
    text: str
    text_source: str  # "page" | "feed_summary"
    language: str | None
    authors: tuple[str, ...]
    page_title: str | None
    page_url: str | None
    published: date | None  # the date facts and events are resolved against
    facts: TransferFacts | None  # None when not related
    fingerprint: int  # signed 64-bit

    @property
    def related(self) -> bool:
        return self.relevance.related

    @property
    def transfer_report(self) -> bool:
        return self.facts is not None and self.facts.transfer_report


def assess_story(story: StoryInput, topic: Topic) -> Relevance:
    """Relevance of a story from its feed title and summary."""
    return assess(topic, title=story.title, text=story.summary_text)


def normalize(
    story: StoryInput, relevance: Relevance, article: ArticleText | None
) -> NormalizedRecord:
    """The record of one story; an unrelated story keeps its summary and gets no facts."""
    if not relevance.related:
        article = None
    text, source = choose_text(article, story.summary_text)
    text = text.replace("\x00", "")  # PostgreSQL refuses NUL; strip before offsets are taken
    published = story_date(story, article)
    facts = (
        extract_facts(text, title=story.title, published=published, outlet=story.outlet)
        if relevance.related else None
    )
    return NormalizedRecord(
        story_id=story.id,
        relevance=relevance,
        text=text,
        text_source=source,
        language=article.language if article else None,
        authors=story.authors or (article.authors if article else ()),
        page_title=article.title if article else None,
        page_url=article.canonical_url if article else None,
        published=published,
        facts=facts,
        fingerprint=signed64(fingerprint(text)),
    )


def story_date(story: StoryInput, article: ArticleText | None) -> date:
    """The feed's publication date; the page's when the feed gave none (it was guessed)."""
    if story.published_estimated and article is not None and article.published is not None:
        return article.published.date()
    return story.published_at.date()


def signed64(value: int) -> int:
    """An unsigned 64-bit value as the signed BIGINT that stores it."""
    return value - (1 << 64) if value & _SIGN_BIT else value


# --- JSON forms ----------------------------------------------------------------------------


def _evidence(ev: Evidence | None) -> dict[str, Any] | None:
    return {"start": ev.start, "end": ev.end, "sentence": ev.sentence} if ev else None


def _read_evidence(data: Any) -> Evidence | None:
    return Evidence(int(data["start"]), int(data["end"]), str(data["sentence"])) if data else None


def _count_json(c: Count) -> dict[str, Any]:
    return {"period": c.period, "count": c.count, "qualifier": c.qualifier,
            "evidence": _evidence(c.evidence)}


def _read_count(data: dict[str, Any]) -> Count:
    return Count(str(data["period"]), int(data["count"]), data["qualifier"],
                 _read_evidence(data.get("evidence")))


def facts_to_json(facts: TransferFacts) -> dict[str, Any]:
    """TransferFacts with every evidence span, as JSON-ready data."""
    place, agency, ages = facts.jurisdiction, facts.agency, facts.age_range
    return {
        "transfer_report": facts.transfer_report,
        "jurisdiction": {"name": place.name, "state": place.state,
                         "evidence": _evidence(place.evidence)} if place else None,
        "agency": {"name": agency.name, "evidence": _evidence(agency.evidence)}
        if agency else None,
        "counts": [_count_json(c) for c in facts.counts],
        "total": _count_json(facts.total) if facts.total else None,
        "nationalities": [{"country": n.country, "count": n.count,
                           "evidence": _evidence(n.evidence)} for n in facts.nationalities],
        "age_range": {"low": ages.low, "high": ages.high, "evidence": _evidence(ages.evidence)}
        if ages else None,
        "legal_basis": [{"kind": b.kind, "evidence": _evidence(b.evidence)}
                        for b in facts.legal_basis],
        "historical": [_count_json(c) for c in facts.historical],
        "officials": [{"name": o.name, "role": o.role, "evidence": _evidence(o.evidence)}
                      for o in facts.officials],
    }


def facts_from_json(data: dict[str, Any]) -> TransferFacts:
    """The TransferFacts stored by ``facts_to_json``."""
    place, agency, ages, total = (data.get(k) for k in ("jurisdiction", "agency", "age_range",
                                                        "total"))
    return TransferFacts(
        transfer_report=bool(data.get("transfer_report")),
        jurisdiction=Jurisdiction(place["name"], place.get("state"),
                                  _read_evidence(place.get("evidence"))) if place else None,
        agency=Agency(agency["name"], _read_evidence(agency.get("evidence"))) if agency else None,
        counts=tuple(_read_count(c) for c in data.get("counts", [])),
        total=_read_count(total) if total else None,
        nationalities=tuple(Nationality(n["country"], int(n["count"]),
                                        _read_evidence(n.get("evidence")))
                            for n in data.get("nationalities", [])),
        age_range=AgeRange(int(ages["low"]), int(ages["high"]),
                           _read_evidence(ages.get("evidence"))) if ages else None,
        legal_basis=tuple(LegalBasis(b["kind"], _read_evidence(b.get("evidence")))
                          for b in data.get("legal_basis", [])),
        historical=tuple(_read_count(c) for c in data.get("historical", [])),
        officials=tuple(Official(o["name"], o.get("role"), _read_evidence(o.get("evidence")))
                        for o in data.get("officials", [])),
    )


def fact_rows(story_id: int, facts: TransferFacts) -> list[dict[str, Any]]:
    """One ``facts`` table row per fact, evidence offsets included."""
    rows: list[dict[str, Any]] = []

    def add(kind: str, evidence: Evidence | None, **values: Any) -> None:
        rows.append({
            "story_id": story_id, "kind": kind, "name": None, "state": None, "role": None,
            "period": None, "count": None, "qualifier": None, "low": None, "high": None,
            "evidence_start": evidence.start if evidence else None,
            "evidence_end": evidence.end if evidence else None,
            "sentence": evidence.sentence if evidence else None, **values,
        })

    if facts.jurisdiction:
        j = facts.jurisdiction
        add("jurisdiction", j.evidence, name=j.name, state=j.state)
    if facts.agency:
        add("agency", facts.agency.evidence, name=facts.agency.name)
    for kind, counts in (("count", facts.counts), ("total", (facts.total,) if facts.total
                                                   else ()), ("historical", facts.historical)):
        for c in counts:
            add(kind, c.evidence, period=c.period, count=c.count, qualifier=c.qualifier)
    for n in facts.nationalities:
        add("nationality", n.evidence, name=n.country, count=n.count)
    if facts.age_range:
        a = facts.age_range
        add("age_range", a.evidence, low=a.low, high=a.high)
    for b in facts.legal_basis:
        add("legal_basis", b.evidence, name=b.kind)
    for o in facts.officials:
        add("official", o.evidence, name=o.name, role=o.role)
    return rows


def summary_to_json(summary: EventSummary) -> dict[str, Any]:
    """An EventSummary as JSON-ready data (counts carry no evidence)."""
    return {
        "jurisdiction": summary.jurisdiction, "state": summary.state, "agency": summary.agency,
        "counts": [_count_json(c) for c in summary.counts],
        "total": _count_json(summary.total) if summary.total else None,
        "story_ids": list(summary.story_ids),
        "first_published": _iso(summary.first_published),
        "last_published": _iso(summary.last_published),
    }


def summary_from_json(event_id: str, data: dict[str, Any]) -> EventSummary:
    """The EventSummary stored by ``summary_to_json``, under the given event id."""
    return EventSummary(
        event_id=event_id,
        jurisdiction=data.get("jurisdiction"),
        state=data.get("state"),
        agency=data.get("agency"),
        counts=tuple(_read_count(c) for c in data.get("counts", [])),
        total=_read_count(data["total"]) if data.get("total") else None,
        story_ids=tuple(str(s) for s in data.get("story_ids", [])),
        first_published=_date(data.get("first_published")),
        last_published=_date(data.get("last_published")),
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None

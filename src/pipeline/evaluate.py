"""Evaluation against the labelled corpus: run the pipeline's decisions, then score them.

``load_labelled`` reads articles in the format of the corpus' SCHEMA.md; ``run`` sends each
one, in arrival order, through relevance, extraction and event grouping; ``score_all``
compares the predictions with the gold labels (pure); ``gate`` lists scores under threshold.

Scoring rules:
- related, transfer_report: precision/recall/F1 over all articles, positive class = True.
- every other score is over the articles whose GOLD transfer_report is true; a predicted
  non-report there has empty fields, so it is right only where the gold field is empty.
- single-valued fields (jurisdiction, agency, total, age_range) are accuracy; an empty gold
  value predicted empty is correct. Names compare case- and punctuation-insensitively,
  jurisdiction needs name and state right.
- set-valued fields (counts, nationalities, legal_basis, historical, officials) are
  micro-averaged F1 over (article, item) pairs pooled over all gold reports; when gold
  and prediction are both empty everywhere the score is 1.0.
- events: pairwise F1 over pairs of gold transfer reports; a pair is positive in gold when
  both share a gold event and predicted positive when both got the same predicted event.
"""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any, cast

from pipeline.errors import ConfigError
from pipeline.events import EventSummary, assign_event, merge, normalize_name, start_event
from pipeline.extract.nationalities import country_name
from pipeline.facts import (
    Agency,
    AgeRange,
    Count,
    Jurisdiction,
    LegalBasis,
    Nationality,
    Official,
    TransferFacts,
)
from pipeline.relevance import Relevance, assess
from pipeline.text import normalize_text
from pipeline.topic import Topic

Extractor = Callable[..., TransferFacts]  # extract_facts(text, *, title=, published=, outlet=)

DEFAULT_THRESHOLDS: Mapping[str, float] = {
    "related_f1": 0.95, "transfer_report_f1": 0.92, "jurisdiction": 0.90, "agency": 0.85,
    "counts_f1": 0.80, "total": 0.80, "nationalities_f1": 0.90, "age_range": 0.95,
    "legal_basis_f1": 0.80, "historical_f1": 0.75, "officials_f1": 0.80, "events_f1": 0.85,
}


@dataclass(frozen=True, slots=True)
class LabelledArticle:
    """One labelled article of the corpus."""

    id: str
    title: str | None
    published: date | None
    text: str
    gold: Mapping[str, Any]
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the pipeline decided about one article."""

    id: str
    relevance: Relevance
    facts: TransferFacts
    event: str | None
    error: str | None = None  # the extractor failed on this article

    def record(self) -> dict[str, Any]:
        """The prediction in the shape of a gold record, plus id, score and matched terms."""
        facts = self.facts if self.relevance.related else TransferFacts()
        return {
            "id": self.id, "related": self.relevance.related, **facts.to_gold(),
            "event": self.event, "relevance_score": self.relevance.score,
            "matched": list(self.relevance.matched), "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class Score:
    """One score; precision/recall where the score is an F1."""

    name: str
    value: float
    support: int  # items or articles it was computed over
    precision: float | None = None
    recall: float | None = None


@dataclass(frozen=True, slots=True)
class RunResult:
    """Predictions in arrival order, with mean milliseconds per article."""

    predictions: tuple[Prediction, ...]
    relevance_ms: float
    extraction_ms: float  # mean over the articles extraction ran on (the related ones)
    per_article_ms: float  # relevance + extraction, mean over all articles
    warm_up_ms: float = 0.0  # one-time loading of the extractor's data tables, not in the means
    errors: tuple[str, ...] = field(default=())


def load_labelled(directory: Path) -> list[LabelledArticle]:
    """Read every ``*.json`` labelled article of a directory; bad files raise ConfigError."""
    if not directory.is_dir():
        raise ConfigError("not a directory of labelled articles", path=str(directory))
    return [_load_one(path) for path in sorted(directory.glob("*.json"))]


def _load_one(path: Path) -> LabelledArticle:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        published = data.get("published")
        return LabelledArticle(
            id=str(data["id"]),
            title=data.get("title"),
            outlet=data.get("outlet"),
            published=date.fromisoformat(published) if published else None,
            # the stored text of a story is normalized plain text; so is the text scored here
            text=normalize_text(str(data["text"])),
            gold=dict(data["gold"]),
        )
    except json.JSONDecodeError as exc:
        raise ConfigError(f"invalid JSON: {exc.msg}", path=str(path), line=exc.lineno) from exc
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"not a labelled article: {exc!r}", path=str(path)) from exc


def default_extractor() -> Extractor | None:
    """The project's ``pipeline.extract.extract_facts``, or None while it does not exist."""
    try:
        module = importlib.import_module("pipeline.extract")
    except ImportError:
        return None
    found = getattr(module, "extract_facts", None)
    return cast(Extractor, found) if callable(found) else None


def default_warm_up() -> Callable[[], None] | None:
    """The project's ``pipeline.extract.warm_up``, if it has one."""
    found = getattr(importlib.import_module("pipeline.extract"), "warm_up", None)
    return cast(Callable[[], None], found) if callable(found) else None


def facts_from_gold(gold: Mapping[str, Any]) -> TransferFacts:
    """The TransferFacts a perfect extractor would return for a gold record."""
    if not gold.get("transfer_report"):
        return TransferFacts()
    place = gold.get("jurisdiction")

    def counts(key: str) -> tuple[Count, ...]:
        return tuple(Count(c["period"], int(c["count"]), c["qualifier"]) for c in gold.get(key)
                     or [])

    total, ages = gold.get("total"), gold.get("age_range")
    return TransferFacts(
        transfer_report=True,
        jurisdiction=Jurisdiction(place["name"], place.get("state")) if place else None,
        agency=Agency(gold["agency"]) if gold.get("agency") else None,
        counts=counts("counts"),
        total=Count("", int(total["count"]), total["qualifier"]) if total else None,
        nationalities=tuple(Nationality(k, int(v)) for k, v in
                            (gold.get("nationalities") or {}).items()),
        age_range=AgeRange(int(ages[0]), int(ages[1])) if ages else None,
        legal_basis=tuple(LegalBasis(k) for k in gold.get("legal_basis") or []),
        historical=counts("historical"),
        officials=tuple(Official(o["name"], o.get("role")) for o in gold.get("officials") or []),
    )


def arrival_order(articles: Iterable[LabelledArticle]) -> list[LabelledArticle]:
    """Articles as a feed would deliver them: by publication date, undated last, then id."""
    return sorted(articles, key=lambda a: (a.published or date.max, a.id))


def run(
    articles: Sequence[LabelledArticle], topic: Topic, extractor: Extractor,
    warm_up: Callable[[], None] | None = None,
) -> RunResult:
    """Relevance, extraction (related articles only) and event grouping, timed.

    warm_up, when given, loads the extractor's data first; its time is reported on its own.
    """
    started = time.perf_counter()
    if warm_up is not None:
        warm_up()
    warm_up_ms = 1000 * (time.perf_counter() - started)
    predictions: list[Prediction] = []
    events: list[EventSummary] = []
    relevance_s = extraction_s = 0.0
    extracted = 0
    errors: list[str] = []
    for article in arrival_order(articles):
        started = time.perf_counter()
        relevance = assess(topic, title=article.title, text=article.text)
        relevance_s += time.perf_counter() - started
        facts, error = TransferFacts(), None
        if relevance.related:
            started = time.perf_counter()
            facts, error = _extract(extractor, article)
            extraction_s += time.perf_counter() - started
            extracted += 1
        if error:
            errors.append(f"{article.id}: {error}")
        event = _group(events, article, facts) if facts.transfer_report else None
        predictions.append(Prediction(article.id, relevance, facts, event, error))
    count = max(len(articles), 1)
    return RunResult(
        predictions=tuple(predictions),
        relevance_ms=1000 * relevance_s / count,
        extraction_ms=1000 * extraction_s / max(extracted, 1),
        per_article_ms=1000 * (relevance_s + extraction_s) / count,
        errors=tuple(errors),
        warm_up_ms=warm_up_ms,
    )


def _extract(extractor: Extractor, article: LabelledArticle) -> tuple[TransferFacts, str | None]:
    try:
        facts = extractor(article.text, title=article.title, published=article.published,
                          outlet=article.outlet)
        return facts, None
    except Exception as exc:  # one bad article must not hide the scores of the others
        return TransferFacts(), f"{type(exc).__name__}: {exc}"


def _group(events: list[EventSummary], article: LabelledArticle, facts: TransferFacts) -> str:
    """Assign the story to an event (updating ``events`` in place); return the event id."""
    match = assign_event(facts, article.published, events)
    if match is None:
        summary, _ = start_event(
            f"E{len(events) + 1:03d}", facts, story_id=article.id, published=article.published
        )
        events.append(summary)
        return summary.event_id
    index = next(i for i, e in enumerate(events) if e.event_id == match.event_id)
    events[index], _ = merge(events[index], facts, story_id=article.id,
                             published=article.published)
    # Keep the most recently updated event last: assign_event breaks ties towards the end.
    events.append(events.pop(index))
    return match.event_id


def score_all(
    articles: Sequence[LabelledArticle], predictions: Sequence[Prediction]
) -> dict[str, Score]:
    """Every score, keyed by name (the keys of DEFAULT_THRESHOLDS)."""
    by_id = {p.id: p.record() for p in predictions}
    rows = [(a.id, a.gold, by_id[a.id]) for a in articles if a.id in by_id]
    scores = [
        _binary("related_f1", [(bool(g["related"]), bool(p["related"])) for _, g, p in rows]),
        _binary("transfer_report_f1",
                [(bool(g["transfer_report"]), bool(p["transfer_report"])) for _, g, p in rows]),
    ]
    reports = [row for row in rows if row[1].get("transfer_report")]
    for name, key in _ACCURACY_FIELDS:
        scores.append(_accuracy(name, [(key(g), key(p)) for _, g, p in reports]))
    for name, items in _SET_FIELDS:
        gold = {(i, *x) for i, g, _ in reports for x in items(g)}
        pred = {(i, *x) for i, _, p in reports for x in items(p)}
        scores.append(_set_f1(name, gold, pred))
    scores.append(_events(reports))
    return {s.name: s for s in scores}


def gate(scores: Mapping[str, Score], thresholds: Mapping[str, float]) -> list[str]:
    """One line per score under its threshold (a missing score fails too)."""
    failures = []
    for name, minimum in thresholds.items():
        found = scores.get(name)
        if found is None:
            failures.append(f"{name}: no such score")
        elif found.value < minimum:
            failures.append(f"{name}: {found.value:.3f} < {minimum:.3f}")
    return failures


def _jurisdiction(record: Mapping[str, Any]) -> tuple[str, str] | None:
    value = record.get("jurisdiction")
    if not value:
        return None
    return normalize_name(value.get("name")), str(value.get("state") or "").upper()


def _agency(record: Mapping[str, Any]) -> str | None:
    return normalize_name(record.get("agency")) or None


def _total(record: Mapping[str, Any]) -> tuple[int, str] | None:
    value = record.get("total")
    return (int(value["count"]), str(value["qualifier"])) if value else None


def _age(record: Mapping[str, Any]) -> tuple[int, ...] | None:
    value = record.get("age_range")
    return tuple(int(x) for x in value) if value else None


def _counts(field_name: str) -> Callable[[Mapping[str, Any]], list[tuple[Any, ...]]]:
    def items(record: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        return [(c["period"], int(c["count"]), c["qualifier"]) for c in record.get(field_name)
                or []]
    return items


def _nationalities(record: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    # one country under two names ("Cape Verde", "Cabo Verde") is one fact
    return [(normalize_name(country_name(k)), int(v))
            for k, v in (record.get("nationalities") or {}).items()]


def _legal(record: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    return [(kind,) for kind in record.get("legal_basis") or []]


def _officials(record: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    return [(normalize_name(o["name"]),) for o in record.get("officials") or []]


_ACCURACY_FIELDS: tuple[tuple[str, Callable[[Mapping[str, Any]], Any]], ...] = (
    ("jurisdiction", _jurisdiction), ("agency", _agency), ("total", _total),
    ("age_range", _age),
)
_SET_FIELDS: tuple[tuple[str, Callable[[Mapping[str, Any]], list[tuple[Any, ...]]]], ...] = (
    ("counts_f1", _counts("counts")), ("nationalities_f1", _nationalities),
    ("legal_basis_f1", _legal), ("historical_f1", _counts("historical")),
    ("officials_f1", _officials),
)


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; with nothing to find and nothing found all three are 1.0."""
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _binary(name: str, outcomes: Sequence[tuple[bool, bool]]) -> Score:
    tp = sum(g and p for g, p in outcomes)
    fp = sum(p and not g for g, p in outcomes)
    fn = sum(g and not p for g, p in outcomes)
    precision, recall, f1 = _f1(tp, fp, fn)
    return Score(name, f1, len(outcomes), precision, recall)


def _accuracy(name: str, outcomes: Sequence[tuple[Any, Any]]) -> Score:
    right = sum(g == p for g, p in outcomes)
    return Score(name, right / len(outcomes) if outcomes else 1.0, len(outcomes))


def _set_f1(name: str, gold: set[tuple[Any, ...]], pred: set[tuple[Any, ...]]) -> Score:
    precision, recall, f1 = _f1(len(gold & pred), len(pred - gold), len(gold - pred))
    return Score(name, f1, len(gold), precision, recall)


def _events(reports: Sequence[tuple[str, Mapping[str, Any], Mapping[str, Any]]]) -> Score:
    outcomes = []
    for (_, g1, p1), (_, g2, p2) in combinations(reports, 2):
        same_gold = g1.get("event") is not None and g1.get("event") == g2.get("event")
        same_pred = p1.get("event") is not None and p1.get("event") == p2.get("event")
        outcomes.append((same_gold, same_pred))
    score = _binary("events_f1", outcomes)
    return Score("events_f1", score.value, sum(g for g, _ in outcomes), score.precision,
                 score.recall)

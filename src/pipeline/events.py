"""Stories about the same handovers: syndicated copies and events across outlets (pure).

Two levels:
- syndication: ``near_duplicate`` compares word 3-shingle sets (containment, so a copy cut
  short or with an extra line still counts); ``fingerprint`` is a 64-bit SimHash of the same
  shingles, cheap to store and compare first (``fingerprint_distance``).
- events: an ``EventSummary`` is what is known about one set of handovers (place, agency,
  periods with counts, stories). ``assign_event`` picks the candidate a new story belongs
  to, ``start_event``/``merge`` build and update summaries, reporting what changed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from pipeline.facts import Count, TransferFacts

_WORD = re.compile(r"\w+")
_SHINGLE = 3
_NEAR_DUPLICATE = 0.8  # share of the shorter text's shingles found in the other
_SAME_STORY_DAYS = 400  # stories about one event further apart than this are not joined
_MONTH = re.compile(r"^(\d{4}|XXXX)-(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
_RANGE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})/(\d{4})-(\d{2})-(\d{2})$")
_QUALIFIER_WORDS = {
    "exact": "", "more_than": "more than ", "at_least": "at least ", "about": "about ",
    "up_to": "up to ",
}


# --- syndication -------------------------------------------------------------------------


def shingles(text: str, size: int = _SHINGLE) -> frozenset[str]:
    """The set of ``size``-word sequences of the text, lower-cased."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def near_duplicate(a_text: str, b_text: str, *, threshold: float = _NEAR_DUPLICATE) -> bool:
    """Whether two texts are copies of one story (shingle containment >= threshold)."""
    a, b = shingles(a_text), shingles(b_text)
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= threshold


def fingerprint(text: str) -> int:
    """Unsigned 64-bit SimHash of the shingles; whole copies differ in few bits."""
    # A copy cut short can drift further: confirm candidates, or catch those, with
    # near_duplicate, which measures containment rather than overall similarity.
    weights = [0] * 64
    for shingle in shingles(text):
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def fingerprint_distance(a: int, b: int) -> int:
    """Hamming distance of two fingerprints: under ~10 of 64 bits suggests a copy."""
    return (a ^ b).bit_count()


# --- periods ("2025-05", "2025", "XXXX-05", "2025-01-01/2025-03-31", "") -----------------

Interval = tuple[date, date]


def period_interval(period: str) -> Interval | None:
    """First and last day of a dated period; None for undated ("XXXX-05") or unknown ("")."""
    try:
        if _YEAR.match(period):
            return date(int(period), 1, 1), date(int(period), 12, 31)
        month = _MONTH.match(period)
        if month and month.group(1) != "XXXX":
            first = date(int(month.group(1)), int(month.group(2)), 1)
            return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        span = _RANGE.match(period)
        if span:
            y1, m1, d1, y2, m2, d2 = (int(x) for x in span.groups())
            return date(y1, m1, d1), date(y2, m2, d2)
    except ValueError:  # "2025-13": not a period we can place
        return None
    return None


def resolve_period(period: str, published: date | None) -> str:
    """Date an undated month ("XXXX-05") by the publication date: the last such month."""
    month = _MONTH.match(period)
    if published is None or not month or month.group(1) != "XXXX":
        return period
    number = int(month.group(2))
    year = published.year if number <= published.month else published.year - 1
    return f"{year}-{number:02d}"


def periods_overlap(a: str, b: str) -> bool | None:
    """True/False when the periods can be compared, None when it cannot be told."""
    ia, ib = period_interval(a), period_interval(b)
    if ia is not None and ib is not None:
        return ia[0] <= ib[1] and ib[0] <= ia[1]
    if not a or not b:
        return None
    if a == b:
        return True
    ma, mb = _MONTH.match(a), _MONTH.match(b)
    if ma and mb:  # at least one undated: only the months can be compared
        return ma.group(2) == mb.group(2)
    return None


# --- events ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventSummary:
    """What is known about one event: place, agency, counts per period, and its stories."""

    event_id: str
    jurisdiction: str | None  # "Los Angeles County"
    state: str | None  # "CA"
    agency: str | None
    counts: tuple[Count, ...] = ()  # one per period, evidence dropped
    total: Count | None = None
    story_ids: tuple[str, ...] = ()
    first_published: date | None = None
    last_published: date | None = None


@dataclass(frozen=True, slots=True)
class EventMatch:
    """The event a story was assigned to, how strongly, and why."""

    event_id: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """One thing a story adds to or changes in what is known about an event."""

    kind: str  # new_event | new_story | new_period | count_changed | new_total | total_changed
    detail: str


def same_place(facts: TransferFacts, event: EventSummary) -> bool:
    """Same jurisdiction name, and same state unless one side does not know it."""
    place = facts.jurisdiction
    if place is None or normalize_name(place.name) != normalize_name(event.jurisdiction):
        return False
    return not (place.state and event.state) or place.state.upper() == event.state.upper()


def normalize_name(name: str | None) -> str:
    """Lower-case words only, so "Sheriff's Office" equals "Sheriffs office"."""
    return " ".join(_WORD.findall((name or "").lower().replace("'", "").replace("’", "")))


def assign_event(
    facts: TransferFacts, published: date | None, candidates: Sequence[EventSummary]
) -> EventMatch | None:
    """The candidate event this story reports on, or None when it starts a new one."""
    # A candidate must share the place (same jurisdiction, or same agency name) and must not
    # conflict in time (a period certainly apart and none shared, or published more than
    # ~13 months apart with no shared period). Among the rest the best score wins (shared
    # period +3, same count or total +1, published within 60 days +1, same agency and place
    # +1); ties go to the candidate listed last, the most recent.
    if not facts.transfer_report or (facts.jurisdiction is None and facts.agency is None):
        return None
    best: EventMatch | None = None
    for candidate in candidates:
        match = _match(facts, published, candidate)
        if match is not None and (best is None or match.score >= best.score):
            best = match
    return best


def _match(
    facts: TransferFacts, published: date | None, event: EventSummary
) -> EventMatch | None:
    reasons: list[str] = []
    same_agency = bool(facts.agency) and normalize_name(
        facts.agency.name if facts.agency else None
    ) == normalize_name(event.agency)
    place = same_place(facts, event)
    if not (place or same_agency) or _other_state(facts, event):
        return None  # one agency name ("Department of Corrections") in two states: two agencies
    reasons.append("same agency" if same_agency else "same jurisdiction")
    mine = [resolve_period(c.period, published) for c in facts.counts]
    theirs = [c.period for c in event.counts]
    shared = [p for p in mine if any(periods_overlap(p, q) for q in theirs)]
    # Nothing shared and some pair certainly apart ("2018" vs "2023"): another event. Pairs
    # that cannot be compared ("XXXX" vs "2023") alone are no conflict.
    apart = any(periods_overlap(p, q) is False for p in mine for q in theirs)
    if not shared and apart:
        return None
    days = _days_apart(published, event)
    if days is not None and days > _SAME_STORY_DAYS and not shared:
        return None
    score = int(same_agency and place)
    if shared:
        score += 3
        reasons.append(f"shared period {shared[0]}")
    if _same_number(facts, event):
        score += 1
        reasons.append("same count")
    if days is not None and days <= 60:
        score += 1
        reasons.append(f"published {days} days apart")
    return EventMatch(event.event_id, score, tuple(reasons))


def _other_state(facts: TransferFacts, event: EventSummary) -> bool:
    """Whether the story and the event name different states."""
    state = facts.jurisdiction.state if facts.jurisdiction else None
    return bool(state and event.state) and str(state).upper() != str(event.state).upper()


def _days_apart(published: date | None, event: EventSummary) -> int | None:
    if published is None or event.first_published is None or event.last_published is None:
        return None
    if event.first_published <= published <= event.last_published:
        return 0
    return min(
        abs((published - event.first_published).days),
        abs((published - event.last_published).days),
    )


def _same_number(facts: TransferFacts, event: EventSummary) -> bool:
    mine = {c.count for c in facts.counts} | ({facts.total.count} if facts.total else set())
    if len(facts.counts) > 1:
        mine.add(sum(c.count for c in facts.counts))
    theirs = {c.count for c in event.counts} | ({event.total.count} if event.total else set())
    if len(event.counts) > 1:
        theirs.add(sum(c.count for c in event.counts))
    return bool(mine & theirs)


def start_event(
    event_id: str, facts: TransferFacts, *, story_id: str, published: date | None
) -> tuple[EventSummary, tuple[Change, ...]]:
    """A new event from its first story; every fact it brings is a change."""
    empty = EventSummary(event_id=event_id, jurisdiction=None, state=None, agency=None)
    summary, changes = merge(empty, facts, story_id=story_id, published=published)
    where = summary.agency or summary.jurisdiction or "unknown agency"
    return summary, (Change("new_event", f"first report of handovers by {where}"), *changes)


def merge(
    event: EventSummary, facts: TransferFacts, *, story_id: str, published: date | None
) -> tuple[EventSummary, tuple[Change, ...]]:
    """Fold a story's facts into an event; the changes say what is new or different."""
    changes: list[Change] = []
    if story_id not in event.story_ids:
        changes.append(Change("new_story", f"story {story_id}"))
    counts = list(event.counts)
    for count in facts.counts:
        _merge_count(counts, replace(count, period=resolve_period(count.period, published),
                                     evidence=None), changes)
    total = event.total
    if facts.total is not None:
        new_total = replace(facts.total, evidence=None)
        if total is None:
            changes.append(Change("new_total", f"total {describe(new_total)}"))
            total = new_total
        elif (total.count, total.qualifier) != (new_total.count, new_total.qualifier):
            changes.append(
                Change("total_changed", f"total: {describe(total)} -> {describe(new_total)}")
            )
            total = new_total
    dates = [d for d in (event.first_published, event.last_published, published) if d]
    summary = replace(
        event,
        jurisdiction=event.jurisdiction or (facts.jurisdiction.name if facts.jurisdiction
                                            else None),
        state=event.state or (facts.jurisdiction.state if facts.jurisdiction else None),
        agency=event.agency or (facts.agency.name if facts.agency else None),
        counts=tuple(sorted(counts, key=lambda c: c.period)),
        total=total,
        story_ids=event.story_ids if story_id in event.story_ids
        else (*event.story_ids, story_id),
        first_published=min(dates) if dates else None,
        last_published=max(dates) if dates else None,
    )
    return summary, tuple(changes)


def _merge_count(counts: list[Count], count: Count, changes: list[Change]) -> None:
    """Add or update the count for one period, recording what changed."""
    for i, known in enumerate(counts):
        if not periods_overlap(known.period, count.period) or not _same_span(known, count):
            continue
        if (known.count, known.qualifier) != (count.count, count.qualifier):
            changes.append(Change(
                "count_changed",
                f"count for {known.period}: {describe(known)} -> {describe(count)}",
            ))
            # A dated period beats an undated one ("2025-06" over "XXXX-06").
            period = count.period if "X" in known.period else known.period
            counts[i] = replace(count, period=period)
        elif "X" in known.period and "X" not in count.period:
            counts[i] = count
        return
    counts.append(count)
    changes.append(Change("new_period", f"new period {count.period or 'unknown'}: "
                                        f"{describe(count)}"))


def _same_span(a: Count, b: Count) -> bool:
    """Whether two counts are about the same period, not merely overlapping ones."""
    if a.period == b.period:
        return True
    ia, ib = period_interval(a.period), period_interval(b.period)
    if ia is None or ib is None:  # "XXXX-06" and "2025-06": the same month, year unknown
        return bool(_MONTH.match(a.period) and _MONTH.match(b.period))
    return ia == ib


def describe(count: Count) -> str:
    """A count in words: "more than 12"."""
    return f"{_QUALIFIER_WORDS[count.qualifier]}{count.count}"



def rebuild(
    event_id: str, members: Sequence[tuple[str, TransferFacts, date | None]]
) -> EventSummary:
    """An event's summary from its member stories' facts, folded in the order given."""
    # Callers pass members in published order, the order they are normally processed in,
    # so a rebuilt summary equals the one built story by story.
    summary = EventSummary(event_id=event_id, jurisdiction=None, state=None, agency=None)
    for story_id, facts, published in members:
        summary, _ = merge(summary, facts, story_id=story_id, published=published)
    return summary


def summary_changes(old: EventSummary, new: EventSummary) -> tuple[Change, ...]:
    """What ``new`` knows that ``old`` did not, or knows differently (counts and total)."""
    changes: list[Change] = []
    for count in new.counts:
        known = next((k for k in old.counts if _same_span(k, count)), None)
        if known is None:
            changes.append(Change("new_period", f"new period {count.period or 'unknown'}: "
                                                f"{describe(count)}"))
        elif (known.count, known.qualifier) != (count.count, count.qualifier):
            changes.append(Change(
                "count_changed",
                f"count for {known.period}: {describe(known)} -> {describe(count)}",
            ))
    if new.total is not None and old.total is None:
        changes.append(Change("new_total", f"total {describe(new.total)}"))
    elif new.total is not None and old.total is not None and (
        (old.total.count, old.total.qualifier) != (new.total.count, new.total.qualifier)
    ):
        changes.append(Change("total_changed",
                              f"total: {describe(old.total)} -> {describe(new.total)}"))
    return tuple(changes)

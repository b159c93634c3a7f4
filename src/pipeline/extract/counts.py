"""Counts of people handed over, per period: the current report and historical baselines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.document import Document, Sentence
from pipeline.extract.lexicon import NON_PEOPLE_NOUNS, PEOPLE_NOUNS
from pipeline.extract.numbers import NumberMention, find_numbers
from pipeline.extract.periods import PeriodMention, find_periods, month_year_hints
from pipeline.facts import Count

_VERB_AFTER = re.compile(
    r"^\s+(?:more\s+|others?\s+|people\s+)?(?:were\s+|was\s+|being\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:transferred|handed|turned|released|sent|picked)\b",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"(?:transferred|turned\s+over|handed\s+(?:off|over)|took\s+custody\s+of|released|"
    r"transferring)\s+(?:a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
_PERIOD_AFTER = re.compile(r"^\s+(?:more\s+)?(?:in|during|last|this|the\s+past|five|four)\b", re.I)
_PARTITIVE = re.compile(
    r"^\s+(?:of\s+(?:them|those|the)\s+\d|of\s+them\b|of\s+\d|each\b|of\s+the\s+\w+\s+\d)"
)
_EXCLUDED_BEFORE = re.compile(
    r"(?:out\s+of|average\s+of|\bof\s+the|notif\w+\s+\w+|\bages?\s+(?:of\s+)?|aged|\$|from\s+\d+\s+to|No\.)\s*$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[—–;:(]|,\s+(?:with|according|less|when|which|who|but|and)\b")
_CONTINUATION = re.compile(r"^(?:That|This|It|The\s+(?:number|figure|total))\b")
_WORD = re.compile(r"[A-Za-z’']+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A number of people handed over, with its resolved period (None when undated)."""

    number: NumberMention
    period: PeriodMention | None
    sentence: Sentence


def _noun_kind(after: str) -> str:
    """'people' or 'other' for the first telling noun in the next few words, '' if none."""
    for word in _WORD.findall(after)[:4]:
        low = word.lower()
        if low in NON_PEOPLE_NOUNS:
            return "other"
        if low in PEOPLE_NOUNS:
            return "people"
    return ""


def _is_count(text: str, n: NumberMention, handover: bool) -> bool:
    """True when number n in text names people handed over."""
    after, before = text[n.end:], text[: n.start]
    if _PARTITIVE.match(after) or _EXCLUDED_BEFORE.search(before):
        return False
    if _VERB_AFTER.match(after) or _PERIOD_AFTER.match(after):
        return True
    kind = _noun_kind(after)
    if kind == "other":
        return False
    return handover and (kind == "people" or bool(_VERB_BEFORE.search(before)))


def _pick_period(
    text: str, n: NumberMention, nxt: int, prev_end: int, periods: tuple[PeriodMention, ...]
) -> PeriodMention | None:
    """The period after n in its clause, else the last one before n (after the previous count)."""
    stop = _CLAUSE_END.search(text, n.end)
    limit = min(nxt, stop.start() if stop else len(text))
    for p in periods:
        if n.end <= p.start < limit:
            return p
    earlier = [p for p in periods if prev_end <= p.start and p.end <= n.start]
    return earlier[-1] if earlier else None


def _sentence_counts(
    s: Sentence, doc: Document, hints: dict[int, int], handover: bool, carried: PeriodMention | None
) -> list[Candidate]:
    """Count candidates in one count-bearing sentence."""
    periods = find_periods(s.text, doc, hints)
    spans = [(p.start, p.end) for p in periods]
    nums = [n for n in find_numbers(s.text) if not n.is_year
            and not any(a <= n.start < b for a, b in spans) and _is_count(s.text, n, handover)]
    out: list[Candidate] = []
    for i, n in enumerate(nums):
        nxt = nums[i + 1].start if i + 1 < len(nums) else len(s.text)
        prev_end = nums[i - 1].end if i else 0
        period = _pick_period(s.text, n, nxt, prev_end, periods)
        if period is None and not periods:
            period = carried
        out.append(Candidate(n, period, s))
    return out


def find_candidates(doc: Document, handovers: tuple[Sentence, ...]) -> list[Candidate]:
    """Every count candidate in the document, in text order."""
    hints = month_year_hints(doc)
    marked = {s.index for s in handovers}
    out: list[Candidate] = []
    prev_bearing = False
    prev: Sentence | None = None
    for s in doc.sentences:
        handover = s.index in marked
        bearing = handover or (prev_bearing and bool(_CONTINUATION.match(s.text)))
        if bearing:
            carried = None
            if prev and (prev.paragraph == s.paragraph or prev.index in marked):
                prev_periods = find_periods(prev.text, doc, hints)
                carried = prev_periods[-1] if prev_periods else None
            out.extend(_sentence_counts(s, doc, hints, handover, carried))
        prev_bearing, prev = bearing, s
    return out


def _as_count(c: Candidate) -> Count:
    label = c.period.label if c.period else ""
    # NumberMention.qualifier is a plain str, but only ever one of QUALIFIER_PHRASES' values
    # or "exact", which are exactly the Qualifier literals.
    return Count(label, c.number.value, c.number.qualifier, c.sentence.evidence())  # type: ignore[arg-type]


def split_counts(
    cands: list[Candidate],
) -> tuple[tuple[Count, ...], Count | None, tuple[Count, ...]]:
    """(current counts, total, historical counts) from the candidates."""
    dated: dict[str, Candidate] = {}
    undated: list[Candidate] = []
    for c in cands:
        if c.period is None:
            undated.append(c)
        else:
            dated.setdefault(c.period.label, c)
    recent = [c for c in undated if re.search(r"\b(?:since|so far)\b", c.sentence.text)]
    top = max((int(c.period.rank) for c in dated.values() if c.period), default=None)
    if recent and all(c.period and c.period.rank < 9000 for c in dated.values()):
        top = None
    current = [
        c for c in dated.values() if c.period and top is not None and int(c.period.rank) == top
    ]
    history = [c for c in dated.values() if c not in current]
    total = _total(current, undated)
    return tuple(map(_as_count, current)), total, tuple(map(_as_count, history))


def _total(current: list[Candidate], undated: list[Candidate]) -> Count | None:
    """The single period's count, a stated sum of several periods, or an undated number."""
    if len(current) == 1:
        return _as_count(current[0])
    if current:
        wanted = sum(c.number.value for c in current)
        match = [c for c in undated if c.number.value == wanted]
        return _as_count(match[0]) if match else None
    return _as_count(undated[0]) if undated else None

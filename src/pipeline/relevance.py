"""Is a story about local law enforcement and federal immigration custody? (pure)

The decision is a weighted-term score over title and text, gated by required co-occurring
term groups (for example "an immigration-enforcement term" AND "a custody/local-agency term")
and lowered by exclusion terms. Every decision keeps its score and the terms that produced it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pipeline.text import mask_page_furniture
from pipeline.topic import TermSpec, Topic

_MAX_REPEATS = 3  # repeats past this add nothing: long articles must not win on length alone


@dataclass(frozen=True, slots=True)
class Relevance:
    """A relevance decision; ``matched`` lists the topic terms found (exclusions prefixed "-")."""

    related: bool
    score: float
    matched: tuple[str, ...]


def assess(topic: Topic, *, title: str | None, text: str) -> Relevance:
    """Score a story against the topic and decide whether it is related."""
    found_in_text = topic.index.find(mask_page_furniture(text))  # not other stories' teasers
    body = _scored_counts(topic, found_in_text)
    head_found = topic.index.find(title or "")
    head = _scored_counts(topic, head_found)
    score = 0.0
    for term, weight in topic.terms:
        score += _term_score(weight, body[term], head[term], topic)
    penalties = {t: w for t, w in topic.exclusions if body[t] or head[t]}
    score = round(score - sum(penalties.values()), 3)
    groups_met = _groups_met(topic, found_in_text, {spec.name for _, spec in head_found})
    found = sorted({*body, *head}, key=lambda t: (-(body[t] + head[t]), t))
    matched = tuple(f"-{t}" if t in penalties else t for t in found)
    return Relevance(related=groups_met and score >= topic.threshold, score=score, matched=matched)


def _term_score(weight: float, in_body: int, in_title: int, topic: Topic) -> float:
    if not (in_body or in_title):
        return 0.0
    repeats = min(max(in_body - 1, 0), _MAX_REPEATS)
    value = weight * (1.0 + topic.repeat_bonus * repeats)
    if in_title:
        value += weight * topic.title_factor
    return value


def _scored_counts(topic: Topic, found: list[tuple[int, TermSpec]]) -> Counter[str]:
    """Counts of scored terms; where terms overlap the longest one counts, once."""
    counts: Counter[str] = Counter()
    free_from = 0  # first token not inside an already counted term
    for at, spec in found:
        if at >= free_from and spec.name in topic.scored_names:
            counts[spec.name] += 1
            free_from = at + len(spec.tokens)
    return counts


def _groups_met(topic: Topic, found: list[tuple[int, TermSpec]], in_title: set[str]) -> bool:
    """Every group has a term in the title, or all remaining groups co-occur in the window."""
    pending = [g for g in topic.groups if not in_title.intersection(g.terms)]
    if not pending:
        return True
    hits = sorted(
        (at, k) for at, spec in found for k, g in enumerate(pending) if spec.name in g.terms
    )
    if topic.window <= 0:
        return len({k for _, k in hits}) == len(pending)
    return _all_within(hits, len(pending), topic.window)


def _all_within(hits: list[tuple[int, int]], groups: int, window: int) -> bool:
    """Whether some span of ``window`` tokens holds a hit of every group (two pointers)."""
    inside: Counter[int] = Counter()
    left = 0
    for at, group in hits:
        inside[group] += 1
        while at - hits[left][0] > window:
            inside[hits[left][1]] -= 1
            if not inside[hits[left][1]]:
                del inside[hits[left][1]]
            left += 1
        if len(inside) == groups:
            return True
    return False

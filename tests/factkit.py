"""Small readers of extracted facts, shared by the phrasing-family tests."""

from __future__ import annotations

from pipeline.facts import TransferFacts

Figures = list[tuple[str, int, str]]


def counts(facts: TransferFacts) -> Figures:
    """The counts as sorted (period, count, qualifier) tuples."""
    return sorted((c.period, c.count, c.qualifier) for c in facts.counts)


def history(facts: TransferFacts) -> Figures:
    """The historical figures as sorted (period, count, qualifier) tuples."""
    return sorted((c.period, c.count, c.qualifier) for c in facts.historical)


def total(facts: TransferFacts) -> tuple[str, int, str] | None:
    """The total as (period, count, qualifier), or None."""
    t = facts.total
    return (t.period, t.count, t.qualifier) if t else None


def place(facts: TransferFacts) -> tuple[str, str | None] | None:
    """The jurisdiction as (name, state), or None."""
    j = facts.jurisdiction
    return (j.name, j.state) if j else None

"""The legal basis the article gives for the handovers (warrant, detainer, 287(g), ...)."""

from __future__ import annotations

import re

from pipeline.extract.document import Document, Sentence
from pipeline.facts import LegalBasis, LegalBasisKind

_RULES: tuple[tuple[LegalBasisKind, re.Pattern[str]], ...] = (
    ("judicial_warrant", re.compile(
        r"judicial(?:ly)?\s+(?:\w+\s+)?warrants?|warrants?\s+signed\s+by\s+a\s+judge|"
        r"judge['’]s\s+warrant", re.I)),
    ("detainer", re.compile(
        r"\b(?:on|under|named\s+on|honou?r\w*\s+(?:\w+\s+){0,2}|lodged)\s+(?:\w+\s+)?detainers?\b|"
        r"\bdetainers?\s+(?:(?:were|was|had\s+been)\s+)?lodged|"
        # "the subject of an ICE detainer", "subject to a detainer", "an inmate with a detainer"
        r"\b(?:subject\s+(?:of|to)|with)\s+(?:an?\s+)?(?:\w+\s+)?detainers?\b", re.I)),
    ("extradition", re.compile(r"\bextradit\w+", re.I)),
    ("court_order", re.compile(r"\bcourt\s+orders?\b|\border\s+of\s+(?:a|the)\s+court\b", re.I)),
    ("other", re.compile(r"\bqualifying\s+(?:conviction|offense|crime)s?\b", re.I)),
)
_287G = re.compile(r"\b287\s?\(g\)", re.I)
_NEGATED = re.compile(r"no\s+longer|ended|terminat\w+|end\s+(?:the|of)|cancel\w*|withdr\w+", re.I)
# A basis named inside a prohibition ("law bars holding people on detainers") is not one used.
_PROHIBITED = re.compile(r"\b(?:bars?|barred|prohibit\w*|forbid\w*|bans?|banned)\b", re.I)
_AGREEMENT = re.compile(r"\s+(?:agreements?|program|partnership|deal|contract)\b", re.I)
# Outside a handover sentence the agreement must be in force: worked under, joined or renewed.
_IN_FORCE = re.compile(
    r"\b(?:under|through|renew\w*|rejoin\w*|join\w*|sign\w*|enter\w*|has|have|operat\w*|"
    r"participat\w*)\b", re.I)
_CHARGES = re.compile(r"\bto\s+face\s+(?:criminal\s+)?charges\b", re.I)


def find_legal_basis(doc: Document, handovers: tuple[Sentence, ...]) -> tuple[LegalBasis, ...]:
    """Each legal basis kind the text states, with the first sentence stating it."""
    found: dict[LegalBasisKind, LegalBasis] = {}
    for s in doc.sentences:
        for kind, pat in _RULES:
            m = pat.search(s.text)
            if kind not in found and m and not _PROHIBITED.search(s.text, 0, m.start()):
                found[kind] = LegalBasis(kind, s.evidence())
        if _CHARGES.search(s.text) and not re.search(r"extradit", s.text, re.I):
            found.setdefault("other", LegalBasis("other", s.evidence()))
    for s in (*handovers, *doc.sentences):
        if _uses_287g(s.text, handover=s in handovers):
            found.setdefault("287g", LegalBasis("287g", s.evidence()))
    return tuple(found.values())


def _uses_287g(text: str, *, handover: bool) -> bool:
    """A 287(g) mention in a handover sentence, or an agreement in force, not one ended."""
    for m in _287G.finditer(text):
        # Negation counts only in the mention's own clause ("after the sheriff ended it" doesn't).
        clause_start = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        after = re.split(r"[,;]", text[m.end():], maxsplit=1)[0]
        if _NEGATED.search(text, clause_start, m.start()) or _NEGATED.search(after):
            continue
        agreement = _AGREEMENT.match(text, m.end())
        if handover or (agreement and _IN_FORCE.search(text, clause_start, m.start())):
            return True
    return False

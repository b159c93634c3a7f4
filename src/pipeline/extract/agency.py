"""The custodial agency that handed people over, named as fully as the article names it."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from pipeline.extract.document import Document
from pipeline.extract.lexicon import AGENCY_HEADS, PLACE_ABBREVIATIONS
from pipeline.facts import Agency, Evidence

_PREFIX_STOP = frozenset({
    "The", "A", "An", "In", "According", "Despite", "But", "And", "Of", "By", "For", "At", "As",
    "From", "With", "That", "Since", "Under", "While", "When", "Last", "Former", "Sheriff", "Said",
})
_SHERIFF_TITLE = re.compile(
    r"((?:[A-Z][\w.’'-]*[ ]+){1,3}County)\s+(?:Interim\s+|Acting\s+|Former\s+)?Sheriff\b(?!['’])"
)
_GENERIC = re.compile(r"\b[Ss]heriff['’]s\s+([Dd]epartment|[Oo]ffice)\b")


@cache
def _agency_pattern() -> re.Pattern[str]:
    """Capitalised place words followed by an agency head, built once from the lexicon."""
    heads = "|".join(f"(?P<h{i}>{p})" for i, (p, _) in enumerate(AGENCY_HEADS))
    return re.compile(rf"(?P<pre>(?:[A-Z][\w.’'-]*[ ]+){{1,5}})(?:{heads})(?![\w-])")


def normalize_name(name: str) -> str:
    """Expand place abbreviations, fix doubled words and straighten apostrophes."""
    words = [PLACE_ABBREVIATIONS.get(w, w) for w in name.replace("’", "'").split()]
    text = " ".join(words)
    text = re.sub(r"\bCounty(?: County)+\b", "County", text)
    # "New York City's Department of Correction" is the city's department by its own name.
    text = re.sub(r"\b(City|County|State)'s (Department|Police|Jail)\b", r"\1 \2", text)
    return re.sub(r"\bsheriff's (department|office)\b", lambda m: "Sheriff's " + m.group(1).title(),
                  text, flags=re.IGNORECASE)


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """(rank, position, normalized name) of each agency mention."""
    out = []
    for m in _agency_pattern().finditer(text):
        words = m.group("pre").split()
        while words and words[0] in _PREFIX_STOP:
            words.pop(0)
        if not words:
            continue
        rank = next(AGENCY_HEADS[i][1] for i in range(len(AGENCY_HEADS)) if m.group(f"h{i}"))
        head = m.group(0)[len(m.group("pre")):]
        out.append((rank, m.start(), normalize_name(" ".join([*words, head]))))
    return out


def _from_sheriff_title(text: str) -> str | None:
    """"X County Sheriff" plus "the sheriff's office" -> "X County Sheriff's Office"."""
    title = _SHERIFF_TITLE.search(text)
    kinds = Counter(m.group(1).title() for m in _GENERIC.finditer(text))
    if not title or not kinds:
        return None
    words = title.group(1).split()
    while words and words[0] in _PREFIX_STOP:
        words.pop(0)
    return normalize_name(f"{' '.join(words)} Sheriff's {kinds.most_common(1)[0][0]}")


_COUNTY_JAIL = re.compile(r"\bcounty(?:['’]s)?\s+jail\b")
_COUNTY_NAME = re.compile(r"((?:[A-Z][\w.’'-]*[ ]+){1,3})County\b")


# "the county Department of Adult and Juvenile Detention": a department named without its county.
_COUNTY_DEPARTMENT = re.compile(
    r"\bcounty(?:['’]s)?\s+(Department\s+of\s+(?:[A-Z]\w+\s+(?:and\s+)?){0,3}[A-Z]\w+)")


def _county_jail(text: str) -> str | None:
    """"the county's jail" in a story about "Cook County" -> "Cook County Jail"; the same for
    "the county Department of Corrections"."""
    county = _COUNTY_NAME.search(text)
    if not county:
        return None
    words = [w for w in county.group(1).split() if w not in _PREFIX_STOP]
    department = _COUNTY_DEPARTMENT.search(text)
    if words and department:
        return normalize_name(f"{' '.join(words)} County {department.group(1)}")
    if not _COUNTY_JAIL.search(text):
        return None
    return normalize_name(f"{' '.join(words)} County Jail") if words else None


def find_agency(doc: Document) -> Agency | None:
    """The best-ranked, most-mentioned custodial agency name in the text."""
    cands = _candidates(doc.text)
    best_rank = min((c[0] for c in cands), default=99)
    name: str | None = None
    if best_rank > 0:
        name = _from_sheriff_title(doc.text)
    if name is None and cands:
        top = [c for c in cands if c[0] == best_rank]
        freq = Counter(c[2].lower() for c in top)
        name = max(top, key=lambda c: (freq[c[2].lower()], -c[1]))[2]
    if name is None:
        name = _county_jail(doc.text)
    if name is None:
        return None
    return Agency(name, _evidence_for(doc, name))


def _evidence_for(doc: Document, name: str) -> Evidence | None:
    """The first sentence whose normalized text mentions the agency name (or its head)."""
    key = name.split()[-1].lower()
    for s in doc.sentences:
        if name.lower() in normalize_name(s.text).lower():
            return s.evidence()
    for s in doc.sentences:
        if key in s.text.lower():
            return s.evidence()
    return None

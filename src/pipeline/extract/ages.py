"""The age range of the people handed over ("ranged in age from 19 to 63")."""

from __future__ import annotations

import re

from pipeline.extract.document import Document
from pipeline.facts import AgeRange

_AGES = re.compile(
    r"(?:ranged?\s+in\s+age\s+from|ages?\s+(?:ranged?|ranging)\s+from|between\s+the\s+ages\s+of|"
    r"aged?(?:\s+from|\s+between)?|ages:?|age\s+range\b[^:.]{0,40}:|"
    # "- Ages of those released to ICE: 18 to 70"
    r"ages\s+of\b[^:.]{0,40}:|"
    # "Their ages on the day of transfer ran from 20 to 68"
    r"ages\b[^.;]{0,40}?\b(?:ran|went|spanned)\s+from|(?P<bare>ranged?\s+from|(?:were|are)\s+between))\s+"
    r"(?P<low>\d{1,3})\s*(?:to|and|through|-|–)\s*(?P<high>\d{1,3})\b"
    # A bare "ranged from 18 to 64" is an age range only when "years old" follows.
    r"(?(bare)\s+years?\s+old)",
    re.IGNORECASE,
)


# "The youngest person handed over was 18; the oldest, 61": the ends given one by one;
# "youngest 20, oldest 54" in a list.
_YOUNGEST = re.compile(
    r"\byoungest\b(?:[^.;]{0,60}?(?:\b(?:was|were|is|had\s+turned|turned)|,))?\s+(?:just\s+)?"
    r"(?P<age>\d{1,3})\b",
    re.I)
_OLDEST = re.compile(
    # "The oldest, a 74-year-old who ..."
    r"\boldest\b(?:[^.;]{0,60}?(?:\b(?:was|were|is)|,))?\s+(?:an?\s+)?(?P<age>\d{1,3})\b", re.I)


# "The men, ages 22, 31 and 45, were ...": every age listed, the range from the least to the most.
_AGE_LIST = re.compile(r"\bages\s+(\d{1,3}(?:,\s*\d{1,3})*,?\s+and\s+\d{1,3})\b", re.I)


def find_age_range(doc: Document) -> AgeRange | None:
    """The first stated age range, or None."""
    for s in doc.sentences:
        m = _AGES.search(s.text)
        if m:
            low, high = int(m.group("low")), int(m.group("high"))
            if 0 < low <= high < 120:
                return AgeRange(low, high, s.evidence())
    return _youngest_and_oldest(doc) or _listed_ages(doc)


_RELATIVES = re.compile(r"\b(?:children|kids|sons|daughters|grandchildren|siblings)\b", re.I)
# "a 24-year-old man from Mexico, a 39-year-old woman from Ukraine and a 52-year-old man"
_YEAR_OLD = re.compile(r"\b(\d{1,3})-year-old\s+(?:\w+\s+)?(?:man|woman|men|women|person|people|"
                       r"inmate|detainee|prisoner|national|citizen|teen)\b")


def _listed_ages(doc: Document) -> AgeRange | None:
    """The range of ages listed one by one in a sentence: "ages 22, 31 and 45", or two or more
    "N-year-old" people."""
    for s in doc.sentences:
        m = _AGE_LIST.search(s.text)
        if m and _RELATIVES.search(s.text, max(0, m.start() - 30), m.start()):
            continue  # "she and the children, ages 4, 7 and 12"
        ages = ([int(a) for a in re.findall(r"\d+", m.group(1))] if m
                else [int(a) for a in _YEAR_OLD.findall(s.text)])
        if (m or len(ages) >= 2) and min(ages) > 0 and max(ages) < 120:
            return AgeRange(min(ages), max(ages), s.evidence())
    return None


def _youngest_and_oldest(doc: Document) -> AgeRange | None:
    """The range from a youngest and an oldest age stated in the same or the next sentence."""
    for i, s in enumerate(doc.sentences):
        young = _YOUNGEST.search(s.text)
        if not young:
            continue
        for other in doc.sentences[i:i + 2]:
            # "The oldest was 49; the youngest had turned 20": either may come first
            old = _OLDEST.search(other.text)
            if old and 0 < int(young.group("age")) <= int(old.group("age")) < 120:
                return AgeRange(int(young.group("age")), int(old.group("age")), s.evidence())
    return None

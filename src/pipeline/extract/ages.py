"""The age range of the people handed over ("ranged in age from 19 to 63")."""

from __future__ import annotations

import re

from pipeline.extract.document import Document
from pipeline.facts import AgeRange

_AGES = re.compile(
    r"(?:ranged?\s+in\s+age\s+from|ages?\s+(?:ranged?|ranging)\s+from|between\s+the\s+ages\s+of|"
    r"aged?(?:\s+from|\s+between)?|ages|(?P<bare>ranged?\s+from|(?:were|are)\s+between))\s+"
    r"(?P<low>\d{1,3})\s*(?:to|and|through|-|–)\s*(?P<high>\d{1,3})\b"
    # A bare "ranged from 18 to 64" is an age range only when "years old" follows.
    r"(?(bare)\s+years?\s+old)",
    re.IGNORECASE,
)


def find_age_range(doc: Document) -> AgeRange | None:
    """The first stated age range, or None."""
    for s in doc.sentences:
        m = _AGES.search(s.text)
        if m:
            low, high = int(m.group("low")), int(m.group("high"))
            if 0 < low <= high < 120:
                return AgeRange(low, high, s.evidence())
    return None

"""Country-of-origin breakdowns ("11 were from Mexico", "one each from A, B and C")."""

from __future__ import annotations

import re
from functools import cache

import pycountry

from pipeline.extract.document import Document
from pipeline.extract.lexicon import DEMONYMS, NUMBER_WORDS
from pipeline.facts import Evidence, Nationality

_NUM = r"(\d+|" + "|".join(w for w in NUMBER_WORDS if " " not in w) + ")"


@cache
def _countries() -> dict[str, str]:
    """Lower-case country name or demonym -> display country name (pycountry + lexicon)."""
    table: dict[str, str] = {}
    for c in pycountry.countries:
        display = getattr(c, "common_name", None) or c.name
        for n in {c.name, display}:
            if "," not in n and "(" not in n:
                table[n.lower()] = display
    table.update(DEMONYMS)
    return table


@cache
def _country_re() -> str:
    names = sorted(_countries(), key=len, reverse=True)
    return "(" + "|".join(re.escape(n) for n in names) + ")"


def _value(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS[token.lower()]


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    c = _country_re()
    # "19 of those transferred were from Mexico", "14 people from El Salvador".
    lead = rf"(?:{_PERSON}\s+|of\s+(?:those|them|the\s+\w+)(?:\s+\w+)?\s+)?"
    return (
        re.compile(rf"\b{_NUM}\s+{lead}(?:(?:were|are|was|is|came)\s+)?from\s+(?:the\s+)?{c}\b",
                   re.I),
        re.compile(rf"\b{_NUM}\)?\s+(?:were|are)\s+{c}\b", re.I),
        # "Three were citizens of the Dominican Republic, two of Ecuador": items drop the noun.
        # Not "the 17 were citizens of Honduras (9), ...": that is the whole, then its parts.
        re.compile(rf"(?<!the\s)(?<!all\s)\b{_NUM}\s+(?:{_PERSON}\s+)?(?:were|are|was|is)\s+"
                   rf"(?:citizens?|nationals?|natives?)\s+of\s+(?:the\s+)?{c}\b(?!\s*\()", re.I),
        # "The largest group, 41, came from Mexico": the count set off by commas.
        re.compile(rf"\b{_NUM},\s+(?:came|were|was|hailed)\s+from\s+{c}\b", re.I),
        re.compile(rf"\b{c}\s+\((\d+)\)", re.I),
        # "from Mexico, with 402, Cuba, with 211": country first, then its count.
        re.compile(rf"\b{c},?\s+with\s+(\d+)\b(?!\s*%|\s+percent)", re.I),
    )


_PERSON = (
    r"(?:nationals?|citizens?|men|women|man|woman|people|persons?|immigrants?|inmates?|teens?)"
)


@cache
def _demonym_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"eight Mexicans" / "three Honduran nationals" and "a Guatemalan man" (count 1)."""
    dem = "(" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)) + ")"
    counted = re.compile(rf"\b{_NUM}\s+{dem}(?:(?:e?s)\b|\s+{_PERSON}\b)", re.I)
    single = re.compile(rf"\b(?:a|an)\s+{dem}\s+(?:national|citizen|man|woman|person|teen)\b",
                        re.I)
    return counted, single


_CUES: tuple[re.Pattern[str] | None, ...] = (
    None, None, re.compile(r"\b(?:citizens?|nationals?|natives?)\s+of\b", re.I),
    re.compile(r"\d,\s"), re.compile(r"\(\d"), re.compile(r"\bwith\s+\d", re.I),
)
_LIST_PATTERNS = 4  # the first patterns open on the count and may go on as a list
_EACH = re.compile(r"\bone each (?:is |are |was |were )?from ([^.;:]+)")


def _add(found: dict[str, tuple[int, Evidence]], name: str, count: int, ev: Evidence) -> None:
    country = _countries().get(name.lower())
    if country and country not in found:
        found[country] = (count, ev)


@cache
def _continuation() -> re.Pattern[str]:
    """A further list item after a count: ", six Guatemalan", " and two Venezuelans"."""
    return re.compile(
        rf"(?:(?<=\w)(?:s\b|\s+{_PERSON}\b))?(?:,\s*(?:and\s+)?|\s+and\s+){_NUM}\s+(?:(?:were|are|from|of)\s+)?(?:the\s+)?{_country_re()}"
        rf"(?:e?s\b|\s+{_PERSON}\b|\b)", re.I)


def _continue_list(text: str, end: int, found: dict[str, tuple[int, Evidence]],
                   ev: Evidence) -> None:
    """Add the items of a list that goes on after a counted country ending at end."""
    while m := _continuation().match(text, end):
        _add(found, m.group(2), _value(m.group(1)), ev)
        end = m.end()


_TABLE_CUE = re.compile(r"[A-Z][a-z]+[:,]?\s+\d{1,3}\s*[;,]")


@cache
def _table_item() -> re.Pattern[str]:
    """"Mexico 14;" or "Mexico: 14," in a list laid out like a table."""
    return re.compile(rf"\b{_country_re()}(?:e?s)?[:,]?\s+(\d{{1,3}})(?=\s*(?:[;,.]|and\b|$))",
                      re.I)


def _table(text: str, found: dict[str, tuple[int, Evidence]], ev: Evidence) -> None:
    """Country-then-number items, when at least two of them make a list."""
    if not _TABLE_CUE.search(text):
        return
    items = [(m.group(1), int(m.group(2))) for m in _table_item().finditer(text)]
    if len(items) >= 2:
        for name, count in items:
            _add(found, name, count, ev)


_SHARE_CUE = re.compile(r"\b(?:made\s+up|accounted\s+for|largest|biggest)\s+\w", re.I)


@cache
def _share_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"Mexican nationals made up 30" / "Mexico accounted for 30", then "; Hondurans, 9"."""
    c = _country_re()
    head = re.compile(
        rf"\b{c}(?:e?s\b|\s+{_PERSON}\b)?\s+(?:made\s+up|accounted\s+for|formed|were|was)\s+"
        # "... made up the largest group, with 58 people": the count follows the superlative.
        rf"(?:the\s+(?:largest|biggest|second[-\s]largest|next[-\s]largest)\s+\w+"
        rf"(?:\s+of\s+(?:them|those|the\s+\w+))?,?\s+(?:with|at)\s+)?{_NUM}\b", re.I)
    more = re.compile(rf"(?:\s+of\s+(?:them|the\s+\w+))?(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                      rf"{c}(?:e?s)?(?:,|\s+for)\s+{_NUM}\b", re.I)
    return head, more


def _shares(text: str, found: dict[str, tuple[int, Evidence]], ev: Evidence) -> None:
    """Country shares of a total, with elided verbs in the items that follow."""
    if not _SHARE_CUE.search(text):
        return
    head, more = _share_patterns()
    for m in head.finditer(text):
        _add(found, m.group(1), _value(m.group(2)), ev)
        end = m.end()
        while nxt := more.match(text, end):
            _add(found, nxt.group(1), _value(nxt.group(2)), ev)
            end = nxt.end()


def find_nationalities(doc: Document) -> tuple[Nationality, ...]:
    """Per-country counts stated in the text; empty when no breakdown is given."""
    found: dict[str, tuple[int, Evidence]] = {}
    for s in doc.sentences:
        ev = s.evidence()
        for i, pat in enumerate(_patterns()):
            # Patterns that open on the country alternation are slow: run them only when the
            # cheap cue they need is in the sentence.
            cue = _CUES[i]
            if cue is not None and not cue.search(s.text):
                continue
            for m in pat.finditer(s.text):
                num, name = ((m.group(2), m.group(1)) if i >= _LIST_PATTERNS
                             else (m.group(1), m.group(2)))
                _add(found, name, _value(num), ev)
                if i < _LIST_PATTERNS:
                    _continue_list(s.text, m.end(), found, ev)
        counted, single = _demonym_patterns()
        for m in counted.finditer(s.text):
            _add(found, m.group(2), _value(m.group(1)), ev)
            _continue_list(s.text, m.end(), found, ev)
        _table(s.text, found, ev)
        _shares(s.text, found, ev)
        for m in single.finditer(s.text):
            _add(found, m.group(1), 1, ev)
        for m in _EACH.finditer(s.text):
            for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)):
                _add(found, part.strip(" ."), 1, ev)
    return tuple(Nationality(c, n, ev) for c, (n, ev) in found.items())

"""Country-of-origin breakdowns ("11 were from Mexico", "one each from A, B and C")."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pycountry

from pipeline.extract.document import Document
from pipeline.extract.lexicon import COUNTRY_ALIASES, DEMONYMS, NUMBER_WORDS
from pipeline.extract.numbers import HUNDREDS, TENS, UNITS, word_value
from pipeline.facts import Evidence, Nationality

# "Twenty-one were from Mexico": hyphenated tens before the single words; "one hundred
# eighteen were of Mexico" (numbers spelt out in full, as translations do)
_NUM = (rf"(\d{{1,3}}(?:,\d{{3}})+|\d+|{HUNDREDS}|(?:{TENS})[-\s](?:{UNITS})\b|"
        + "|".join(w for w in NUMBER_WORDS if " " not in w) + ")")


@cache
def _countries() -> dict[str, str]:
    """Lower-case country name or demonym -> display country name (pycountry + lexicon)."""
    table: dict[str, str] = {}
    for c in pycountry.countries:
        display = getattr(c, "common_name", None) or c.name
        for n in {c.name, display}:
            if "," not in n and "(" not in n:
                table[n.lower()] = display
    table.update(COUNTRY_ALIASES)
    table.update(DEMONYMS)
    return table


def country_name(name: str) -> str:
    """The name this project gives a country ("Cape Verde" -> "Cabo Verde"), or name itself."""
    return _countries().get(name.lower(), name)


@cache
def _country_re() -> str:
    names = sorted(_countries(), key=len, reverse=True)
    return "(" + "|".join(re.escape(n) for n in names) + ")"


def _value(token: str) -> int:
    if token.lower() in {"a", "an"}:  # "four Mexican nationals, two Guatemalans and a Canadian"
        return 1
    if token.replace(",", "").isdigit():
        return int(token.replace(",", ""))
    return word_value(token)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    c = _country_re()
    # "19 of those transferred were from Mexico", "14 people from El Salvador".
    # (not "four of the thirty-one others": people other than those handed over)
    # ("Three of the people turned over to ICE were from Mexico": the handover after the noun)
    lead = (rf"(?:{_PERSON}\s+|of\s+(?:those|them|the\s+\w+(?:-\w+)?(?!\s+others\b))"
            rf"(?:\s+\w+){{0,3}}\s+|of\s+the\s+\w+\s+(?:turned\s+over|handed(?:\s+over)?|"
            rf"transferred|released)\s+to\s+ICE\s+"
            # "Eleven of the 16 people handed over in May were from Mexico"
            rf"|of\s+the\s+[\w,-]+{_HANDED_WORDS}\s+)?")
    return (
        # Not "the remaining five came from Venezuela and Cuba": a count two countries share.
        # "five were men from the Dominican Republic"
        re.compile(rf"\b{_NUM}\s+{lead}(?:(?:were|are|was|is|came)\s+(?:(?:(?<=was\s)an?\s+)?{_PERSON}\s+)?)?"
                   r"(?:from|born\s+in|originally\s+(?:from|of))\s+"
                   rf"(?:the\s+)?{c}\b"
                   rf"(?!\s+(?:and|or)\s+(?:the\s+)?{c}\b|,\s*(?:the\s+)?{c}\b|\s*\()", re.I),
        # "41 are of Mexican nationality" (in English from Spanish)
        # "fourteen are Haitians", "seven persons are of El Salvador"
        re.compile(rf"(?<!\bin\s)\b{_NUM}\)?\s+(?:{_PERSON}\s+)?{_PARTITIVE}?"
                   # "one was a Salvadoran": one person, the article before the demonym
                   # "lists 17 of the 23 as Mexican nationals"
                   rf"(?:were|are|was|is|as)\s+(?:of\s+|(?<=\b[Oo]ne\swas\s)an?\s+)?{c}(?:e?s\b|\b(?:\s+nationality\b)?)"
                   r"(?!\s+(?:descent|heritage|ancestry|origin|background)\b)", re.I),
        # "Three were citizens of the Dominican Republic, two of Ecuador": items drop the noun;
        # "were 11 citizens of El Salvador and six of Honduras".
        # Not "the 17 were citizens of Honduras (9), ...": that is the whole, then its parts.
        re.compile(rf"(?<!the\s)(?<!all\s)\b{_NUM}\s+(?:{_PERSON}\s+)?"
                   rf"(?:{_PARTITIVE}|of\s+\w+\s+\w+['’]s(?:\s+\w+){{0,3}}\s+)?"
                   rf"(?:(?:were|are|was|is|as)\s+)?"
                   rf"(?:citizens?|nationals?|natives?)\s+of\s+(?:the\s+)?{c}\b(?!\s*\()", re.I),
        # "The largest group, 41, came from Mexico": the count set off by commas.
        re.compile(rf"\b{_NUM}(?:\s+people)?,\s+(?:came|were|was|hailed)\s+from\s+{c}\b", re.I),
        # "Mexico (31), Honduras (12) and Guatemala (nine)"
        re.compile(rf"\b{c}\s+\({_NUM}\)", re.I),
        # "from Mexico, with 402, Cuba, with 211": country first, then its count.
        # "Mexico is the first with 171, followed by Guatemala with 88"
        re.compile(rf"\b{c},?\s+(?:followed\s+|came\s+next\s+|was\s+next\s+|next\s+"
                   r"|(?:is|was|comes|came)\s+(?:the\s+)?(?:first|top|largest|biggest)"
                   rf"(?:\s+group)?\s+)?with\s+{_NUM}\b"
                   # not "Mexico is the first with 171 consular visits"
                   r"(?!\s+(?:[a-z]+\s+)?(?:visits|requests|detainers|cases|bookings|arrests|calls))"
                   r"(?!\s*%|\s+percent)", re.I),
        # "the biggest group came from Mexico, 402": the count after the country.
        re.compile(rf"\b(?:came|were|was|hailed)\s+from\s+(?:the\s+)?{c},\s+(\d+)\b(?!\s*%|\s+percent)",
                   re.I),
        # "Most of the people transferred — 38 of them — were from Mexico"
        re.compile(rf"\b{_NUM}\s+of\s+them\s*[—–-]+\s*(?:were|came)\s+from\s+(?:the\s+)?{c}\b",
                   re.I),
        # "Most of the people turned over were from Mexico — 14 of the 23"
        # "... were from Mexico: 52 of the 81"
        re.compile(rf"\b(?:were|came|was)\s+from\s+(?:the\s+)?{c}\s*(?:[—–-]+|:)\s*(\d+)\s+of\s+the\s+"
                   r"\d+", re.I),
        # "Mexico accounted for 1,402 of the 2,317, Cuba for 211 and Venezuela for 164"
        re.compile(rf"\b{c}(?:\s+(?:nationals|citizens|residents))?\s+accounted\s+for\s+{_NUM}\b",
                   re.I),
        # "Most of those transferred were Mexican nationals — 131 of the 212"
        re.compile(rf"\b(?:were|was)\s+{c}\s+(?:nationals|citizens)\s*[—–-]+\s*(\d+)\s+of\s+the\s+\d+",
                   re.I),
        # "Most of the people transferred — 88 of the 126 — were Mexican citizens"
        re.compile(rf"\b{_NUM}\s+of\s+(?:them|the\s+[\d,]+)\s*[—–-]+\s*were\s+{c}\s+"
                   r"(?:citizens|nationals)\b", re.I),
        # "The biggest share – 198 – came from Mexico"
        re.compile(rf"\b(?:largest|biggest)\s+(?:\w+\s+)?(?:group|share|number)\s*[,–—-]\s*"
                   rf"(\d+)\s*[,–—-]\s*(?:came|were|was)\s+from\s+(?:the\s+)?{c}\b", re.I),
        # "Mexican citizens were by far the largest group, 97 of the 143"
        re.compile(rf"\b{c}\s+(?:citizens|nationals)\s+were\s+(?:by\s+far\s+)?the\s+"
                   r"(?:largest|biggest)\s+(?:group|share)\s*[,–—-]\s*(\d+)\s+of\s+the\b", re.I),
        # "71 listed Mexico as their home country, 23 Guatemala, ..."
        re.compile(rf"\b{_NUM}\s+(?:{_PERSON}\s+)?(?:listed|gave|named|reported|claimed|declared)\s+"
                   rf"(?:the\s+)?{c}\s+as\s+(?:their|his|her)\s+(?:home\s+country|country"
                   r"(?:\s+of\s+(?:origin|citizenship|birth))?|nationality|birthplace)\b", re.I),
    )


# "Seven of the nine people turned over last year were ...": more words only with the handover
_HANDED_WORDS = (r"\s+(?:people|persons|inmates|detainees|men|women|individuals|prisoners)"
                 r"(?:\s+(?:it|that|the\s+\w+))?\s+(?:turned|handed|transferred|released|delivered|sent)"
                 r"(?!\s+(?:on\s+bond|from)\b)(?:\s+(?!(?:were|are|was|is|and)\b)\w+){0,3}")
# "of those ...", "of the 30 ...": four more words only after a number ("Nine of the 14 people
# transferred in August were Mexican"), not "Two of the lawyers who represent the detainees"
_PARTITIVE = (r"(?:of\s+(?:those|them|the\s+[A-Za-z]+(?:-[a-z]+)?(?!\s+others\b))"
              rf"(?:(?:\s+\w+){{0,3}}|{_HANDED_WORDS})\s+"
              rf"|of\s+the\s+[\d,]+(?:(?:\s+\w+){{0,4}}|{_HANDED_WORDS})\s+)")
_PERSON = (
    r"(?:nationals?|citizens?|men|women|man|woman|people|persons?|immigrants?|inmates?|teens?)"
)


@cache
def _demonym_group() -> str:
    """The demonyms as one capturing group, longest first so that none loses to its prefix."""
    return "(" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)) + ")"


@cache
def _demonym_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"eight Mexicans" / "three Honduran nationals" and "a Guatemalan man" (count 1)."""
    dem = _demonym_group()
    counted = re.compile(rf"\b{_NUM}\s+{dem}(?:(?:e?s)\b|\s+{_PERSON}\b)", re.I)
    single = re.compile(rf"\b(?:a|an)\s+{dem}\s+(?:national|citizen|man|woman|person|teen)\b",
                        re.I)
    return counted, single


@cache
def _demonym_parenthesis() -> re.Pattern[str]:
    """"Mexicans (11), Hondurans (9) and Guatemalans (four)": the count in brackets after."""
    dem = _demonym_group()
    return re.compile(rf"\b{dem}(?:e?s\b|\s+{_PERSON}\b)\s*\({_NUM}\)", re.I)


# a sentence that describes the people handed over one by one
_ONE_BY_ONE = re.compile(
    r"^(?:The\s+)?(?:first|second|third|fourth|other|last)(?:\s+(?:man|woman|person|one))?,\s+an?\s+\d"
    r"|^(?:The|Both|All)\s+(?:two|three|four|\d)\s+(?:men|women|people|inmates|detainees)\s*[—–-]",
    re.I)
# a person described who was not handed over: "..., was released on bond before agents arrived"
_LEFT_BEHIND = re.compile(
    r"\b(?:released\s+on\s+bond|released\s+to\s+(?:his|her|their)|remains?\s+in|still\s+(?:held|in)|"
    r"not\s+(?:\w+\s+)?(?:transferred|handed)|victim)\b", re.I)
# victims, relatives and people left behind are not theirs to describe
_NOT_THEIRS = re.compile(r"\b(?:victim|accused|charged\s+with\s+(?:robbing|attacking|assaulting)|"
                         r"robbing|attacking|assaulting|hitting|posted\s+bail|remains?|still\s+(?:held|in)|"
                         r"bystander|not\s+(?:\w+\s+)?(?:transferred|handed)|released\s+on\s+bond|"
                         r"released\s+to\s+(?:his|her|their)|crash|deputy)\b", re.I)


@cache
def _aged_person() -> re.Pattern[str]:
    """"a 31-year-old man from Guatemala", "a 26-year-old Colombian man", "a 34-year-old from
    Honduras": one person with an age and a country."""
    dem = _demonym_group()
    return re.compile(rf"\b(?:a|an)\s+\d{{1,3}}-year-old\s+(?:{dem}\s+(?:man|woman|person)\b|"
                      rf"(?:(?:man|woman|person)\s+)?from\s+(?:the\s+)?{_country_re()}\b)", re.I)


@cache
def _box_from_line() -> re.Pattern[str]:
    """"49 - people transferred who were from Mexico", then "14 - from Honduras"."""
    return re.compile(rf"^{_NUM}\s+[—–-]\s+(?P<head>(?:people|persons|inmates|detainees)\s+"
                      rf"(?:transferred|handed\s+over|released|turned\s+over)\s+(?:who\s+were\s+|"
                      rf"to\s+ICE\s+)?)?from\s+(?:the\s+)?{_country_re()}\s*$", re.I)


def _box_from_lines(doc: Document, found: dict[str, tuple[int, Evidence]]) -> None:
    """A box's lines by country: the first says who they are, the next ones only "from X"."""
    opened = -_BOX_REACH - 1
    for s in doc.sentences:
        m = _box_from_line().match(s.text) if " from " in s.text else None
        if m and (m.group("head") or s.index - opened <= _BOX_REACH):
            _add(found, m.group(3), _value(m.group(1)), s.evidence())
            opened = s.index
        elif _BOX_LINE.match(s.text):
            opened = -_BOX_REACH - 1  # "212 - people booked into the jail": another measure


_BOX_REACH = 2  # lines: "from X" lines follow one another
_BOX_LINE = re.compile(r"^\d[\d,]*\s+[—–-]\s")


@cache
def _single_from() -> re.Pattern[str]:
    """"a man from the Dominican Republic", "a 39-year-old woman from Ukraine" (count 1)."""
    # "One is from Mexico and the other from El Salvador": the other one, one too
    return re.compile(rf"\b(?:(?:a|an|one)\s+(?:\d{{1,3}}-year-old\s+)?"
                      r"(?:man|woman|person|teen|national|citizen)\s+(?:from|of)|"

                      r"the\s+other\s+(?:one\s+|man\s+|woman\s+)?(?:(?:is|was|came)\s+)?from)"
                      rf"\s+(?:the\s+)?{_country_re()}\b", re.I)


_LARGEST = re.compile(r"\b(?:largest|biggest)\b", re.I)
_CUES: tuple[re.Pattern[str] | None, ...] = (
    None, None, re.compile(r"\b(?:citizens?|nationals?|natives?)\s+of\b", re.I),
    re.compile(r"(?:\d|people),\s"), re.compile(r"\(\w"), re.compile(r"\bwith\s+\d", re.I),
    re.compile(r"\bfrom\b.*,\s+\d", re.I), re.compile(r"\bof\s+them\s*[—–-]"),
    re.compile(r"(?:[—–-]|:)\s*\d+\s+of\s+the\b"), re.compile(r"\baccounted\s+for\b", re.I),
    re.compile(r"[—–-]\s*\d+\s+of\s+the\b"), re.compile(r"[—–-]\s*were\b"),
    _LARGEST, _LARGEST, re.compile(r"\bas\s+(?:their|his|her)\s", re.I),
)
# "One was a man from Honduras": one person, a breakdown only beside the others of the list
_ONE_OF_MANY = re.compile(r"\b(?:was|is)\s+an?\s", re.I)
# the sentence before tells the handover to ICE: "handed five people to ICE in June."
_HANDED_TO_ICE = re.compile(r"\b(?:handed|turned|transferred|released|delivered)\b"
                            r"(?![^.]*\b(?:on\s+bond|names|records|data)\b)[^.]{0,60}?\bto\s+"
                            r"(?:ICE|U\.S\.\s+Immigration|Immigration\s+and\s+Customs|(?:federal\s+)?"
                            r"immigration\s+(?:agents|officers|custody|authorities))\b",
                            re.I)
_LISTING = re.compile(r"\b(?:lists?|listed|identif\w+|classif\w+)\b[^.;]{0,30}$", re.I)
# "as Mexican citizens, four as Honduran": a country, not "as Portuguese speakers"
_AS_COUNTRY_ENDS = re.compile(r"\s*(?:nationals|citizens)?\s*(?:[,.;]|and\b|$)", re.I)
# "Most of the 35 were ...", "Nearly all of those ...": a share, not a country's count
_SHARE_OF = re.compile(r"\b(?:most|many|(?:nearly|almost)\s+all|half|some|majority|"
                       r"(?:one|two|three|four)[-\s](?:thirds?|quarters?|fifths?))\s+of\s+"
                       r"(?:the|those)\s+$", re.I)
# "five were men from": people of a group the sentence must show to be the handed over
_PEOPLE_FROM = re.compile(rf"\b(?:were|are|was|is)\s+(?:an?\s+)?{_PERSON}\s+from\b", re.I)
# "Of the nine, ...": the figure just told
_OF_THE_FIGURE = re.compile(r"^(?:Of\s+(?:the|those)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?),"
                            r"|(?:\d[\d,]*|[A-Z][a-z]+)\s+of\s+(?:the|those)\s+(?:\d[\d,]*|[a-z]+)\s+were\b)")
# Patterns whose first group is the count (the others open on the country).
_COUNT_FIRST = frozenset({0, 1, 2, 3, 7, 11, 12, 14})
_HOME_COUNTRY_PATTERN = 14  # "71 listed Mexico as their home country, 23 Guatemala": a list
_LIST_PATTERNS = 4  # the first patterns open on the count and may go on as a list
_CITIZENS_PATTERN = 2  # "Three were citizens of ...": without its verb, only after "were"
_VERB = re.compile(r"\b(?:were|are|was|is|as)\s", re.I)
# "The revised breakdown lists six citizens of Mexico, five of Guatemala"
_LISTED_BEFORE = re.compile(
    r"\b(?:were|are|including|included|includes|lists?|listed):?\s+$", re.I)
# "The booking log lists 212 citizens of Mexico among those booked": not the handovers
_OF_OTHERS = re.compile(r"\b(?:booked|arrested|held|jailed|detained|detainers?)\b", re.I)
_ACCOUNTED_FOR_PATTERN = 9  # "Mexico accounted for 1,402 ..., Cuba for 211": its own list form
_EACH = re.compile(
    rf"\b{_NUM} (?:person |people )?each (?:is |are |was |were |came )?(?:from|of) ([^.;:]+?)"
    rf"(?=,?\s+(?:and\s+)?{_NUM}\s+(?:each|of|from|were)\b|[.;:]|$)", re.I)
# "The other four came from Somalia, Mexico, Laos and Honduras, one apiece."
# "... came from Nicaragua, Ecuador and Laos — one each."
# "... came from Vietnam, Laos, the Philippines and Fiji, one from each country."
_APIECE = re.compile(
    r"\bfrom\s+([^.;:\d—–]+?)(?<!\band)(?:,|\s+[—–])?\s+one\s+(?:apiece|each|from\s+each"
    r"(?:\s+country)?)\b(?!\s+(?:\w+\s+)?from\b)")


def _add(found: dict[str, tuple[int, Evidence]], name: str, count: int, ev: Evidence) -> None:
    country = _countries().get(name.lower())
    if country and country not in found:
        found[country] = (count, ev)


@cache
def _continuation() -> re.Pattern[str]:
    """A further list item after a count: ", six Guatemalan", " and two Venezuelans"."""
    return re.compile(
        rf"(?:(?<=\w)(?:s\b|\s+{_PERSON}\b))?(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_NUM}|(an?))\s+(?:(?:were|are|from|of|in|(?<=\w\s)as(?=\s+[A-Z]))\s+)?(?:the\s+)?{_country_re()}"
        # "and a Canadian," ends the list; "and a Guatemalan teenager's father" is no item
        rf"(?:e?s\b|\s+{_PERSON}\b|(?(2)(?=\s*(?:[,.;]|and\s|$))|\b))", re.I)


@cache
def _for_continuation() -> re.Pattern[str]:
    """", Cuba for 211 and Venezuela for 164" after "Mexico accounted for 1,402 of the 2,317"."""
    return re.compile(rf"(?:\s+of\s+the\s+[\d,]+)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                      rf"{_country_re()}\s+for\s+{_NUM}", re.I)


def _continue_list(text: str, end: int, found: dict[str, tuple[int, Evidence]],
                   ev: Evidence, *, country_first: bool = False) -> None:
    """Add the items of a list that goes on after a counted country ending at end: "count
    country" items, or "country for count" ones with country_first."""
    pattern = _for_continuation() if country_first else _continuation()
    count, country = (2, 1) if country_first else (1, 3)
    while m := pattern.match(text, end):
        _add(found, m.group(country), _value(m.group(count) or m.group(2)), ev)
        end = m.end()


_TABLE_CUE = re.compile(r"[A-Z][a-z]+[:,]?\s+\d{1,3}(?:\s+(?:persons?|people))?\s*[;,]")


@cache
def _table_item() -> re.Pattern[str]:
    """"Mexico 14;" or "Mexico: 14," in a list laid out like a table."""
    # "Mexico 8 persons, Guatemala 3 persons" (in English from Korean)
    # "...; El Salvador, four; Venezuela, three." (a figure in words inside the list)
    return re.compile(rf"\b{_country_re()}(?:e?s)?[:,]?\s+{_NUM}(?:\s+(?:persons?|people))?"
                      r"(?=\s*(?:[;,.]|and\b|$))", re.I)


def _table(text: str, found: dict[str, tuple[int, Evidence]], ev: Evidence) -> None:
    """Country-then-number items, when at least two of them make a list."""
    if not _TABLE_CUE.search(text):
        return
    items = [(m.group(1), _value(m.group(2))) for m in _table_item().finditer(text)]
    if len(items) >= 2:
        for name, count in items:
            _add(found, name, count, ev)


@cache
def _table_line() -> re.Pattern[str]:
    """A table line of its own: "Mexico: 171", "El Salvador — 27", "Samoa | 5", "| Brazil | 5 |",
    "- Honduras: 11"."""
    return re.compile(
        rf"^(?:[-•*|]\s*)?{_country_re()}\s*[:—–|-]\s*(\d{{1,3}}(?:,\d{{3}})*)\s*\|?$", re.I)


def _table_lines(doc: Document, found: dict[str, tuple[int, Evidence]]) -> None:
    """Countries laid out one per line, when at least two lines make the table; or one per
    sentence in a paragraph ("Mexico, 158. Guatemala, 21. Honduras, nine."), at least two."""
    rows = [(m, s) for s in doc.sentences if (m := _table_line().match(s.text.strip()))]
    if len(rows) >= 2:
        for m, s in rows:
            _add(found, m.group(1), int(m.group(2).replace(",", "")), s.evidence())
    spoken = [(m, s) for s in doc.sentences if (m := _sentence_row().match(s.text.strip()))]
    for paragraph in {s.paragraph for _, s in spoken}:
        items = [(m, s) for m, s in spoken if s.paragraph == paragraph]
        if len(items) >= 2:
            for m, s in items:
                _add(found, m.group(1), _value(m.group(2)), s.evidence())


@cache
def _sentence_row() -> re.Pattern[str]:
    """A sentence that is only a country and its count: "Mexico, 158." (a read-out table)."""
    return re.compile(rf"^(?:[^:.]{{0,40}}:\s*)?{_country_re()},\s+{_NUM}\.$", re.I)


@cache
def _box_item() -> re.Pattern[str]:
    """A box's figure over its caption: "18" over "Of the 27, how many were from Mexico.", "4"
    over "From Guatemala.", "15" over "People in that group who are from Mexico."."""
    return re.compile(
        rf"(\d{{1,3}})\s*\n\s*(?:[^\n]{{0,60}}?\b(?:who\s+(?:are|were)|how\s+many\s+were)\s+from|From)"
        rf"\s+(?:the\s+)?{_country_re()}\b", re.I)


# a box line about other people: "9" over "Of those arrested but not handed over, from Mexico"
# A breakdown of papers or arrests, not of the people handed over
_PAPERS_ONLY = re.compile(
    r"\b(?:lodged|filed|issued|placed|sent|received)\s+(?:\w+\s+){0,3}?(?:detainers?|hold\s+requests?)"
    r"\b(?!\s+(?:on|for|against)\s+(?:all|each|every)\b)"
    r"|\b(?:detainers?|hold\s+requests?|arrests|bookings)\s+(?:by|on|for|against)\b"
    # not "ICE had lodged detainers on all", "had detainers on file"
    r"(?!\s+(?:all|each|every|file)\b)", re.I)
_HANDED = re.compile(r"\b(?:hand\w*|turn\w*\s+(?:\w+\s+){0,3}?over|transferr?\w*|releas\w*|"
                     r"deliver\w*|picked\s+up|taken\s+into|went\s+to|took|left|collected)\b", re.I)
# "People booked into the jail ... included Mexicans (120)": another measure's breakdown
_OTHER_MEASURE = re.compile(r"\b(?:detainers?|book\w*|arrest\w*|held|holds?|population|bail|bond|"
                            r"street|raids?|deport\w*|"
                            r"requests?|Protected\s+Status|In\s+(?:19|20)\d\d)\b", re.I)
_NOT_HANDED = re.compile(r"\b(?:detainers?|book\w*|arrest\w*|not\s+handed|held|population)\b", re.I)
_SHARE_CUE = re.compile(r"\b(?:made\s+up|accounted\s+for|largest|biggest|most\s+common|top|"
                        r"leading|bulk|majority)\s*\W?\s*\w", re.I)


@cache
def _share_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"Mexican nationals made up 30" / "Mexico accounted for 30", then "; Hondurans, 9"."""
    c = _country_re()
    head = re.compile(
        rf"\b{c}(?:e?s\b|\s+{_PERSON}\b)?(?:,[^,]{{1,40}},)?\s+(?:made\s+up|accounted\s+for|formed|were|was)\s+"
        # "... made up the largest group, with 58 people": the count follows the superlative.
        rf"(?:the\s+(?:largest|biggest|second[-\s]largest|next[-\s]largest|most\s+common|top|leading)"
        rf"\s+(?:\w+\s+)?\w+"
        rf"(?:\s+of\s+[^,]{{1,30}})?,?\s+(?:(?:with|at)\s+)?"
        # "Mexican nationals made up the bulk: 48"
        rf"|the\s+(?:bulk|majority)\s*[:,—–]\s*)?{_NUM}\b(?!\s*%|\s+percent)", re.I)
    # "Mexican nationals accounted for 71 of the people transferred, Guatemalans for 44"
    more = re.compile(rf"(?:\s+of\s+(?:them|the\s+\w+)(?:\s+\w+){{0,2}})?"
                      rf"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
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


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_LIST_NUMBER = re.compile(_NUM + r"(?=\s*(?:,|and\b|people\b|persons\b|respectively\b))", re.I)


def _respectively(text: str, found: dict[str, tuple[int, Evidence]], ev: Evidence) -> None:
    """"Citizens of A, B and C accounted for 87, 64 and 41 people, respectively"."""
    end = _RESPECTIVELY.search(text)
    if not end:
        return
    countries = list(re.finditer(_country_re(), text[:end.start()], re.I))
    if len(countries) < 2:
        return
    tail = text[countries[-1].end():end.start()]
    numbers = [_value(m.group(1)) for m in _LIST_NUMBER.finditer(tail)]
    if len(numbers) == len(countries):
        for country, number in zip(countries, numbers, strict=True):
            _add(found, country.group(1), number, ev)


def find_nationalities(doc: Document) -> tuple[Nationality, ...]:
    """Per-country counts stated in the text; empty when no breakdown is given."""
    found: dict[str, tuple[int, Evidence]] = {}
    singles: list[tuple[str, Evidence, int, int]] = []
    for s in doc.sentences:
        if _PAPERS_ONLY.search(s.text) and not _HANDED.search(s.text):
            continue  # "ICE lodged detainers on 52 Mexicans, 18 Guatemalans ..."
        ev = s.evidence()
        listed_before = len(found)  # a breakdown this sentence goes on with
        # Whole-list forms first: their items would otherwise be read one by one.
        _respectively(s.text, found, ev)
        for m in _EACH.finditer(s.text) if "each" in s.text.lower() else ():
            for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(2)):
                _add(found, part.strip(" .").removeprefix("the "), _value(m.group(1)), ev)
        for m in _APIECE.finditer(s.text):
            for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)):
                _add(found, part.strip(" .").removeprefix("the "), 1, ev)
        for i, pat in enumerate(_patterns()):
            # Patterns that open on the country alternation are slow: run them only when the
            # cheap cue they need is in the sentence.
            cue = _CUES[i]
            if cue is not None and not cue.search(s.text):
                continue
            for m in pat.finditer(s.text):
                if i in _COUNT_FIRST and _SHARE_OF.search(s.text, 0, m.start(1)):
                    continue  # "Most of the 35 were Mexican nationals": no country's count
                if i == _CITIZENS_PATTERN and not _VERB.search(m.group(0)) and not (
                        _LISTED_BEFORE.search(s.text, 0, m.start())
                        and not _OF_OTHERS.search(s.text)):
                    continue  # not "the consulate serves 400,000 citizens of Mexico"
                if i == 0 and _PEOPLE_FROM.search(m.group(0)) and not (
                        len(found) > listed_before or (not _ONE_OF_MANY.search(m.group(0)) and (
                            _HANDED.search(s.text) or _OF_THE_FIGURE.match(s.text) or (
                                m.start() == 0 and s.index and _HANDED_TO_ICE.search(
                                    doc.sentences[s.index - 1].text))))):
                    # not "Of the 30 deputies it hired, five were women from Canada", nor "One was
                    # a man from Honduras" alone among 40
                    continue
                if i == 1 and " as " in m.group(0).lower() and (
                        not _LISTING.search(s.text, 0, m.start()) or _OTHER_MEASURE.search(s.text)
                        or not _AS_COUNTRY_ENDS.match(s.text, m.end())):
                    continue  # "lists 17 of the 23 as Mexican", not "rose to 14 as Mexican ..."
                num, name = ((m.group(1), m.group(2)) if i in _COUNT_FIRST
                             else (m.group(2), m.group(1)))
                _add(found, name, _value(num), ev)
                if i < _LIST_PATTERNS or i == _HOME_COUNTRY_PATTERN:
                    _continue_list(s.text, m.end(), found, ev)
                elif i == _ACCOUNTED_FOR_PATTERN:
                    _continue_list(s.text, m.end(), found, ev, country_first=True)
        counted, single = _demonym_patterns()
        for m in counted.finditer(s.text):
            _add(found, m.group(2), _value(m.group(1)), ev)
            _continue_list(s.text, m.end(), found, ev)
        if "(" in s.text and _HANDED.search(s.text) and not _OTHER_MEASURE.search(s.text):
            for m in _demonym_parenthesis().finditer(s.text):
                _add(found, m.group(1), _value(m.group(2)), ev)
        _table(s.text, found, ev)
        _shares(s.text, found, ev)
        if "\n" in s.text and (box := _box_item().match(s.text)) and not _NOT_HANDED.search(s.text):
            _add(found, box.group(2), int(box.group(1)), ev)
        singles += [(m.group(1), ev, m.start(), m.end(1)) for m in single.finditer(s.text)]
        if _ONE_BY_ONE.match(s.text) and not _NOT_THEIRS.search(s.text):
            # "The first, a 31-year-old man from Guatemala, ...", "The two men — a 34-year-old
            # from Honduras ... and a 41-year-old from Mexico ... —"
            singles += [(m.group(1) or m.group(2), ev, m.start(),
                         m.end(1) if m.group(1) else m.end(2))
                        for m in _aged_person().finditer(s.text)]
        if (" from " in s.text or " of " in s.text) and not _LEFT_BEHIND.search(s.text):
            singles += [(m.group(1), ev, m.start(), m.end(1))
                        for m in _single_from().finditer(s.text)]
    _box_from_lines(doc, found)
    _table_lines(doc, found)
    # "a Guatemalan man" counts one only when no breakdown names his country, and only beside
    # a breakdown or other such people ("a man from Mexico, a woman from Ukraine and ..."):
    # alone, one person's country in a story about many handovers is no breakdown.
    for (name, ev), n in _people_by_country(singles).items() if found or len(singles) > 1 else ():
        _add(found, name, n, ev)
    return tuple(Nationality(c, n, ev) for c, (n, ev) in found.items())


# what may stand between two people of one list: not "who is accused of robbing a woman from
# Mexico", "; a man from Mexico who was arrested with them", "the second time ... a man from"
_NOT_ONE_LIST = re.compile(r";|\b(?:who|whom|whose|which|that|accused|time|after|of|but|while|went|"
                           r"free|left|wife|husband|arrested)\b", re.I)


def _people_by_country(
    singles: list[tuple[str, Evidence, int, int]],
) -> Counter[tuple[str, Evidence]]:
    """How many people of each country a sentence lists one by one: one person read by two
    patterns ends on the same country name; the same country twice in one list is two people
    ("a man from Mexico, a woman from Peru, and a man from Mexico")."""
    people = sorted({(ev.start, end): (country_name(name), ev, start)
                     for name, ev, start, end in singles}.items())
    tally: Counter[tuple[str, Evidence]] = Counter()
    last_end: dict[tuple[str, int], int] = {}
    for (at, end), (name, ev, start) in people:
        before = last_end.get((name, at))
        gap = ev.sentence[before:start] if before is not None else ""
        tail = re.split(r"[,.;]", ev.sentence[end:], maxsplit=1)[0]
        if before is None or not (_NOT_ONE_LIST.search(gap) or _NOT_ONE_LIST.search(tail)):
            tally[(name, ev)] += 1
        last_end[(name, at)] = end
    return tally

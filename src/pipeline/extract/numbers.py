"""Number phrases ("more than a dozen", "1,143", "eight") with their qualifier and offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pipeline.extract.lexicon import NUMBER_WORDS, QUALIFIER_PHRASES

_PHRASAL = re.compile(r"\b(?:turn|turned|turning|hand|handed|handing|took|taken|signed)\s+$", re.I)
_ADDS = re.compile(r"\b(?:add|adds|added|adding)\s+$", re.I)
# "questioned Police Chief Raymond Azevedo for nearly an hour about two men": "about" is
# "concerning" after asking (not after "told", where "told reporters about 40" is a figure)
_ASKED_REACH = 100  # characters
_ASKED_ABOUT = re.compile(
    # the one asked is named ("Police Chief Raymond Azevedo"), then perhaps for how long
    r"\b(?:asked|questioned|grilled|quizzed|pressed)\s+(?:[A-Z][\w.'’-]*\s+){1,5}"
    r"(?:for\s+[^,.;:!?]{1,40}?\s+)?$")
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# Number words as pattern pieces, shared with the other extractors that read numbers spelt out.
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
UNITS = "|".join(_UNITS)
TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_BELOW_HUNDRED = rf"(?:{TENS})(?:[-\s](?:{UNITS}))?|{TEENS}|{UNITS}"
# "three hundred eighteen", "two hundred and five"
HUNDREDS = rf"(?:{UNITS}|a)\s+hundred(?:\s+(?:and\s+)?(?:{_BELOW_HUNDRED})\b)?"


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in a string: offsets of the whole phrase, value, qualifier, and the digits' end."""

    start: int
    end: int
    value: int
    qualifier: str
    is_year: bool = False


@cache
def _number_pattern() -> re.Pattern[str]:
    """The number-phrase regex, built once from the lexicon."""
    quals = "|".join(sorted((re.escape(q) for q in QUALIFIER_PHRASES), key=len, reverse=True))
    words = sorted(NUMBER_WORDS, key=len, reverse=True)
    # "two dozen", "a couple dozen", "half a dozen", "a half-dozen": multiples of twelve.
    dozens = (rf"(?:{UNITS}|a\s+couple(?:\s+of)?|a\s+few)\s+dozen|half\s+a\s+dozen"
              r"|a\s+half[-\s]dozen")
    # "one thousand one hundred ninety", "two thousand and six" (numbers spelt out in full)
    thousands = (rf"(?:{_BELOW_HUNDRED}|a)\s+thousand"
                 rf"(?:\s+(?:{HUNDREDS}|(?:and\s+)?(?:{_BELOW_HUNDRED})\b))?")
    # "thirty and six" (in English from Spanish)
    word_alt = (rf"{thousands}|{HUNDREDS}|{dozens}|(?:{TENS})[-\s](?:{UNITS})|"
                rf"(?<!between\s)(?:{TENS})\s+and\s+(?:{UNITS})(?!\s+(?:hundred|thousand)\b)"
                r"(?![^.;]{0,80}\brespectively\b)|"
                + "|".join(re.escape(w) for w in words))
    return re.compile(
        rf"(?:\b(?P<qual>{quals})\s+)?(?:\b(?P<just>only|just)\s+)?"
        rf"(?P<num>\b\d+\s+dozen|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|\b(?:{word_alt}))\b(?!%|-year|-day|-hour|\(g\)|-(?:thirds?|quarters?|fifths?|halves)\b)",
        re.IGNORECASE,
    )


def word_value(word: str) -> int:
    """Value of a number word: "twenty-one", "two dozen", "half a dozen"."""
    word = " ".join(word.lower().replace("-", " ").split())
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if "thousand" in word:
        head, _, rest = word.partition("thousand")
        head = head.strip()
        rest = rest.strip().removeprefix("and ").strip()
        return (1000 * (1 if head == "a" else word_value(head))
                + (word_value(rest) if rest else 0))
    if "hundred" in word:
        head, _, rest = word.partition("hundred")
        head = head.strip()
        base = 100 * (1 if head in {"a", "one"} else NUMBER_WORDS[head])
        rest = rest.strip().removeprefix("and ").strip()
        return base + (word_value(rest) if rest else 0)
    if word.endswith("dozen"):
        head = word.removesuffix("dozen").strip()
        if "half" in head:
            return 6
        if head.startswith("a couple"):
            return 24
        if head == "a few":
            return 36
        return 12 * (int(head) if head.isdigit() else NUMBER_WORDS[head])
    tens, _, unit = re.split(r"([-\s])", word.replace(" and ", " "), maxsplit=1)
    return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]


# "held at Two Bridges Regional Jail", "in Three Rivers": a number word opening a name
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:\n\"“(—–-])\s*$")


def _names_a_place(text: str, start: int, end: int) -> bool:
    """True for a capitalised number word inside a sentence that runs into a capitalised word."""
    return (text[start].isupper() and not text[start].isdigit()
            and bool(_NAME_AFTER.match(text, end))
            and not _SENTENCE_OPEN.search(text, max(0, start - 3), start))


_BILL_BEFORE = re.compile(
    r"(?:\b(?:[SAH]\.?\s?B\.?|S\.?F\.?|H\.?F\.?|L\.?D\.?|H\.R\.|(?:Senate|House|Assembly)\s+(?:Bill|File)|"
    r"Prop(?:osition|\.)?|Section|Measure|Initiative|Ordinance|Resolution|(?:Public\s+)?Act)\s*[-\s]?"
    r"|§\s*|\b\d{2,3}-)$")
# "no one", "not one", "every one of them", "each one": no figure
_ONE_OF_NONE = re.compile(r"\b(?:no|not|every|each|any)\s+$", re.I)
# "Form I-203", "an I-205", "request PRR-2025-0187": a code's digits, not a figure
_CODE_BEFORE = re.compile(r"\b[A-Z]{1,4}-(?:\d+-)*$")
# a broadcaster's name in a dateline's brackets: "(SUSQUEHANNA 16)", "(KSL 5)"
_DATELINE_REACH = 120  # characters: a dateline opens the story
# (the sentence may start at the bracket: "WILLIAMSPORT, Pa." ends on its abbreviation's dot)
_DATELINE_HEAD = re.compile(r"(?:\s*[A-Z][A-Z .'-]+(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?)?\s*")
_STATION_BEFORE = re.compile(r"\((?:[A-Z][\w.'&-]*\s+){1,3}$")
_ROUGH_DOZENS = re.compile(r"a\s+(?:couple|few)\b", re.I)
_RESTATED_DIGITS = re.compile(r"\s*\(")
_CLOSING = re.compile(r"\s*\)")


def _dateline_station(text: str) -> str | None:
    """The broadcaster's name and number in the dateline's brackets ("South Plains 11")."""
    close = text.find(")", 0, _DATELINE_REACH)
    station = _STATION_NAME.search(text, 0, close + 1) if close > 0 else None
    if station and _DATELINE_HEAD.fullmatch(text, 0, station.start()):
        return station.group(1)
    return None


_STATION_NAME = re.compile(r"\(((?:[A-Z][\w.'&-]*\s+){1,3}\d{1,3})\)$")


_ROUGH_AFTER = re.compile(r",?\s+(?:give\s+or\s+take|more\s+or\s+less|or\s+so)\b"
                          r"(?!\s+(?:the\s+same|than|like|as|evenly|equally)\b)", re.I)


def find_numbers(text: str) -> tuple[NumberMention, ...]:
    """All number phrases in text; four-digit years are flagged, decimals skipped."""
    out: list[NumberMention] = []
    brand = _dateline_station(text)
    for m in _number_pattern().finditer(text):
        raw = m.group("num")
        if "." in raw or _names_a_place(text, m.start("num"), m.end()):
            continue
        plain = raw[0].isdigit() and "dozen" not in raw.lower()
        value = int(raw.replace(",", "")) if plain else word_value(raw)
        is_year = raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2099
        qual, start = m.group("qual"), m.start()
        if raw.lower() == "one" and _ONE_OF_NONE.search(text, 0, m.start()):
            continue  # "handed no one over", "not one person", "every one of the people"
        if _BILL_BEFORE.search(text, 0, m.start()):
            continue  # "SB 54", "Assembly Bill 450": a law's number, not a figure
        if plain and _CODE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "I-203", "PRR-2025-0187": a form's or a file's code
        if plain and m.start() < _DATELINE_REACH and (station := _STATION_BEFORE.search(
                text, max(0, m.start() - 30), m.start())) and text.startswith(")", m.end()) and (
                _DATELINE_HEAD.fullmatch(text, 0, station.start())):
            continue  # "WILLIAMSPORT, Pa. (SUSQUEHANNA 16) --": a station's name
        if brand and text.startswith(brand, m.end() - len(brand)) and (
                text[m.end():m.end() + 1] in ("", " ", ".", ",", ")", "'", "’")):
            continue  # "told South Plains 11 on Wednesday": the station again
        if qual and qual.lower() == "over" and _PHRASAL.search(text, 0, m.start()):
            qual, start = None, m.start("num")  # "turned over 721" is a verb particle
        elif qual and qual.lower() == "up to" and _ADDS.search(text, 0, m.start()):
            qual, start = None, m.start("num")  # "adds up to 412" is a sum, not a ceiling
        elif qual and qual.lower() == "about" and _ASKED_ABOUT.search(
                text, max(0, m.start() - _ASKED_REACH), m.start()):
            qual, start = None, m.start("num")  # "questioned the chief about two men": concerning
        qualifier = QUALIFIER_PHRASES[" ".join(qual.lower().split())] if qual else "exact"
        if qualifier == "exact" and (_ROUGH_DOZENS.match(raw) or _ROUGH_AFTER.match(text, m.end())):
            qualifier = "about"  # "a couple dozen", "a few dozen", "Forty, give or take"
        if out and _RESTATED_DIGITS.fullmatch(text, out[-1].end, start) and out[-1].value == value:
            # "eleven (11)": the number again in digits, as legal notices write it; the phrase
            # runs to the bracket's end, so the noun after it ("nine (9) individuals") is read
            close = _CLOSING.match(text, m.end())
            if close:
                out[-1] = replace(out[-1], end=close.end())
            continue
        out.append(NumberMention(start, m.end(), value, qualifier, is_year))
    return tuple(out)

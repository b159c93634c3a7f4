"""The age range of the people handed over ("ranged in age from 19 to 63")."""

from __future__ import annotations

import re

from pipeline.extract.document import Document
from pipeline.extract.lexicon import NUMBER_WORDS
from pipeline.facts import AgeRange

_TENS = {w: v for w, v in NUMBER_WORDS.items() if 20 <= v <= 90 and v % 10 == 0}
_UNITS = {w: v for w, v in NUMBER_WORDS.items() if 1 <= v <= 9}
# Adult ages in words ("was seventy", "was eighteen", "sixty-one")
AGE_WORDS = {**{w: v for w, v in NUMBER_WORDS.items() if 16 <= v <= 19}, **_TENS,
             **{f"{t}-{u}": tv + uv for t, tv in _TENS.items() for u, uv in _UNITS.items()}}

_AGE_WORD = "|".join(sorted(AGE_WORDS, key=len, reverse=True))
_AGES = re.compile(
    r"(?:ranged?\s+in\s+age\s+from|ages?\s+(?:ranged?|ranging)\s+from|between\s+the\s+ages\s+of|"
    r"aged?(?:\s+from|\s+between)?|ages:?|age\s+range\b[^:.]{0,40}:|"
    # "The age range, 23 to 48, did not change"
    r"age\s+range,|"
    # "- Ages of those released to ICE: 18 to 70"
    r"ages\s+of\b[^:.]{0,40}:|"
    # "The ages of those transferred, 18 to 74, did not change" (the people handed over)
    r"ages\s+of\s+(?:those|the\s+\w+)\s+(?:transferred|handed|turned|delivered|released\s+to)\b"
    r"(?!\s+(?:over\s+)?to\s+(?:the\s+)?(?!ICE\b|U\.S\.|immigration\b|federal\b)\w)"
    r"[^:.,;]{0,40},|"
    # "Their ages on the day of transfer ran from 20 to 68"
    # "The ages of the transferred persons were from 20 years old to 66 years old"
    r"ages\b[^.;]{0,40}?\b(?:ran|runs?|went|spanned|ranged?|were|are)\s+from|"
    # "The people who were handed over are of ages from 18 years up to 61 years"
    r"of\s+ages\s+from|"
    # "The ages of the affected persons oscillated between 18 and 61 years"
    r"ages\b[^.;]{0,40}?\b(?:oscillated|varied|ranged)\s+between|ages\s+spanned|"
    # "two Mexicans and a Polish man, of between twenty-seven and forty-four years"
    # not "prison terms of between 10 and 20 years"
    r"(?P<bare>ranged?\s+from|(?:were|are)\s+between"
    # "The youths were 15 to 17 years old." (the people themselves, "years old" after)
    r"|^(?:The|These|Those|All)\s+(?:[\w-]+\s+){0,2}?(?:people|persons|men|women|detainees|inmates|"
    r"prisoners|youths|teens|teenagers|juveniles|minors|boys|girls)\s+were(?:\s+all)?"
    r"(?:\s+aged)?"
    # "They were 20 to 61 years old." right after the handovers
    r"|^(?P<they>They)\s+(?:were|are)(?:\s+all)?"
    # "four men and a woman between 22 and 58 years old"
    r"|\b(?:men|man|women|woman|persons?|people|detainees|inmates)\s+between"
    # "The persons handed over were from 21 to 49 years of age"
    r"|\b(?:men|women|persons|people|detainees|inmates|ones)\s+(?:handed\s+over|transferred|delivered|"
    r"given|released|turned\s+over)(?:\s+[\w-]+){0,3}?\s+(?:were|are)\s+from)"
    # "The delivered persons had between 19 and 58 years"; "they had between 20 and 51 years",
    # "The persons given to ICE this summer have between 22 and 47 years"
    r"|(?P<ofb>\b(?:(?:men|man|women|woman|persons?|people|detainees|inmates|ones)(?:\s+[\w-]+){0,5}?"
    r"|they|[Tt]hose\s+(?:delivered|transferred|handed\s+over|given|released)"
    # "The delivered have of between 22 and 57 years of age"; "two Colombians and a
    # Venezuelan, of between 24 and 39 years of age" (in English from Spanish)
    r"|[Tt]he\s+(?:delivered|transferred))"
    r"(?:,\s+of|\s+had(?:\s+of)?|\s+have(?:\s+of)?)\s+between"
    r"|(?-i:\b[A-Z][a-z]+(?:ans?|eses?|ish)),\s+of\s+between(?=[^.;]{1,20}\byears\s+of\s+age\b)"
    # "the persons delivered are of between 19 and 61 years of age", "men of between 22 and 57
    # years"; not "persons sentenced to terms of between 10 and 20 years"
    # "thirteen men and one woman of between 20 and 44 years"
    r"|\b(?:(?:are|were)\s+(?:all\s+)?(?:men|women|persons|people)"
    r"|(?:\d+|[a-z]+(?:teen|ty|ty-\w+)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:men|women)(?:\s+and\s+\w+\s+(?:men|women|man|woman))?"
    r"|(?:men|women|persons|people|ones)\s+(?:delivered|transferred|handed\s+over|given|released|"
    r"turned\s+over)(?:\s+(?:this|last)\s+\w+)?(?:\s+(?:are|were))?)\s+of\s+between))\s+"
    rf"(?P<low>\d{{1,3}}|{_AGE_WORD})(?:\s+years?(?:\s+old|\s+of\s+age)?)?\s*"
    rf"(?:to|and|through|up\s+to|until|-|–)\s*(?P<high>\d{{1,3}}|{_AGE_WORD})\b"
    # A bare "ranged from 18 to 64" is an age range only when "years old" follows.
    r"(?(bare)\s+years?\s+(?:old|of\s+age))(?(ofb)\s+years(?!\s+(?:of\s+(?!age)|in|at(?!\s+the\s+(?:moment|time))|on|with|"
    r"behind|as|working|living)\b))",
    re.IGNORECASE,
)


# "The youngest person handed over was 18; the oldest, 61": the ends given one by one;
# "youngest 20, oldest 54" in a list.
_AGE = rf"(?P<age>\d{{1,3}}|{'|'.join(sorted(AGE_WORDS, key=len, reverse=True))})\b"
# "The youngest has nineteen years" (in English from Spanish)
# not "had 2 prior arrests", "had nineteen years in the United States"
_NOT_AN_AGE = (r"(?!\s+(?:prior|previous|arrests?|convictions?|charges?|cases?|children|kids|times|"
               r"years?\s+(?:in|of(?!\s+age)|working|living|at|on|with|behind|as)\b))")
_YOUNGEST = re.compile(
    # "The most young has 19 years" (in English from other languages)
    # "The youngest person it handed to U.S. Immigration and Customs Enforcement during the year
    # was 18": the dots of "U.S." do not end the subject
    r"\b(?:youngest|most\s+young)\b(?:(?:[^.;]|(?<=\bU)\.(?=S\.\s+Immigration)|"
    r"(?<=\bU\.S)\.(?=\s+Immigration)){0,100}?"
    r"(?:\b(?:was|were|is|had\s+turned|turned|has|had)|,))?\s+(?:just\s+)?"
    + _AGE + _NOT_AN_AGE, re.I)
_OLDEST = re.compile(
    # "The oldest, a 74-year-old who ...", "The oldest, who had served 19 years ..., was 74"
    # "The oldest, a man who had served 22 years of a sentence ..., was 71"
    r"\b(?:oldest|most\s+old)\b(?:,\s+(?:who|an?)\b[^.;]{0,100}?,\s+(?:was|is)|[^.;]{0,60}?(?:\b(?:was|were|is|has|had)|,))?"
    r"\s+(?:an?\s+)?" + _AGE + _NOT_AN_AGE, re.I)
# "ranged from a 19-year-old arrested at a party to a 61-year-old grandfather"
_NOT_PERSON = r"(?!\s+(?:warrant|conviction|case|charge|law|policy|building|jail|record)s?\b)"
_FROM_TO_YEAR_OLD = re.compile(
    rf"\branged?\s+from\s+an?\s+(\d{{1,3}})-year-old\b{_NOT_PERSON}[^.;]{{0,120}}?"
    rf"\bto\s+an?\s+(\d{{1,3}})-year-old\b{_NOT_PERSON}")


# "The men, ages 22, 31 and 45, were ...": every age listed, the range from the least to the most;
# "The men were 24, 31 and 45." the same, the list ending the sentence.
_AGE_LIST = re.compile(
    r"\bages\s+(\d{1,3}(?:,\s*\d{1,3})*,?\s+and\s+\d{1,3})\b"
    r"|^(?:The|These|Those|All)\s+(?:(?:two|three|four|five|six|\d)\s+)?(?:men|women|people|"
    r"detainees|inmates|prisoners)\s+(?:were|are)\s+(\d{1,2}(?:,\s*\d{1,2})*,?\s+and\s+\d{1,2})"
    r"\s*\.?$"
    # "the youths released to ICE were 15, 16 or 17 years old at the time" (the people handed
    # over; not "the girls he was convicted of abusing were 8, 10 and 13 years old")
    r"|(?:\b(?:released|handed\s+over|turned\s+over|transferred|delivered|sent)\b[^.;]{0,40}?"
    # "The three, two Venezuelan men and a Mexican man, were 24, 31 and 45 years old." (the
    # figure just counted)
    r"|^(?:The|These|Those|All)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b[^.;]{0,60}?)"
    r"\b(?:were|are)\s+(?:all\s+)?(\d{1,2}(?:,\s*\d{1,2})+,?\s+(?:and|or)\s+\d{1,2})\s+years\s+old\b"
    # "They are 23, 31 and 38 years old.", "Their ages were 23, 31 and 38." (right after them)
    r"|^(?P<they>They(?:\s+(?:were|are)|['’]re)\s+(?:all\s+)?"
    r"(?=[\d,\s]+(?:and|or)\s+\d{1,2}\s+years\s+old\b)"
    r"|Their\s+ages\s+(?:were|are)\s+)(\d{1,2}(?:,\s*\d{1,2})+,?\s+(?:and|or)\s+\d{1,2})\b")


def find_age_range(doc: Document) -> AgeRange | None:
    """The first stated age range, or None."""
    for s in doc.sentences:
        m = _AGES.search(s.text)
        if m and _RELATIVES.search(s.text, max(0, m.start() - 40), m.end()):
            m = None  # "The ages of their children varied between 1 and 17"
        if m and m.group("they") and not (s.index and _they_are_them(
                doc.sentences[s.index - 1].text,
                " ".join(t.text for t in doc.sentences[max(0, s.index - 2):s.index]))):
            m = None  # "They" are the people handed over only right after them, no one else
        if m:
            low, high = _age_value(m.group("low")), _age_value(m.group("high"))
            # "two Mexican nationals ages 27 and 33 and a 41-year-old man from Venezuela"
            more = _AND_ONE_MORE.match(s.text, m.end())
            others = [int(more.group(1))] if more else []
            low, high = min([low, *others]), max([high, *others])
            if 0 < low <= high < 120:
                return AgeRange(low, high, s.evidence())
        line = _AGES_LINE.match(s.text)
        if line is None and _LONE_PAIR.fullmatch(s.text) and s.index + 1 < len(doc.sentences):
            # "18 and 61" on a line of its own over "Ages of the youngest and the oldest ..."
            line = _AGES_LINE.match(f"{s.text}\n{doc.sentences[s.index + 1].text}")
        if line is None and s.index and _AGE_QUESTION.search(doc.sentences[s.index - 1].text):
            line = _AGE_ANSWER.match(s.text)  # "How old were they?" "From 18 to 61."
        if line and 0 < int(line.group(1)) <= int(line.group(2)) < 120:
            return AgeRange(int(line.group(1)), int(line.group(2)), s.evidence())
        pair = _FROM_TO_YEAR_OLD.search(s.text)
        if pair and 0 < int(pair.group(1)) <= int(pair.group(2)) < 120:
            return AgeRange(int(pair.group(1)), int(pair.group(2)), s.evidence())
    return _youngest_and_oldest(doc) or _listed_ages(doc)


# "19 and 58 — the ages of the youngest and oldest of the 23." (a by-the-numbers line)
# "18 to 61 — the age range of those handed over"
# "19 and 52 — the ages of the youngest and the oldest", or a box's figures over that caption
_AGES_LINE = re.compile(r"^(\d{1,3})\s+(?:and|to)\s+(\d{1,3})(?:\s+[—–-]\s+|\s*\n\s*)(?:the\s+)?"
                        r"(?:ages\s+of\s+the\s+"
                        r"youngest\s+and\s+(?:the\s+)?oldest(?:\s+of\s+(?:the|those)\s+[\w,-]+"
                        r"(?:\s+(?:people|persons|individuals|men|women|detainees|inmates))?"
                        r"|\s+(?:person|one)\s+(?:transferred|handed(?:\s+over)?|released|"
                        r"turned\s+over)(?:\s+to\s+ICE)?)?\s*\.?$"
                        r"|age\s+range\s+of\s+(?:those|the\s+people|the\s+[\d,]+)\s+(?:handed|turned|"
                        r"transferred|released|sent)\b)", re.I)


_LONE_PAIR = re.compile(r"\d{1,3}\s+(?:and|to)\s+\d{1,3}")
# "How old were they?" "From 18 to 61." / "19 to 66, according to booking records."
_AGE_QUESTION = re.compile(
    r"^(?:Q:\s*)?(?:And\s+)?how\s+old\s+were\s+(?:they|the\s+(?:people|men|women|detainees|inmates|ones)"
    r"(?:\s+(?:handed|released|transferred|turned|sent)\b[^?]{0,40})?)\s*\?\s*$", re.I)
_AGE_ANSWER = re.compile(r"^(?:A:\s*)?(?:From\s+|Between\s+)?(\d{1,2})\s+(?:to|and)\s+(\d{1,2})\b"
                         r"(?:\s+years\s+old)?(?:[.,]|$)", re.I)


def _age_value(token: str) -> int:
    return int(token) if token.isdigit() else AGE_WORDS[token.lower()]


_RELATIVES = re.compile(r"\b(?:step)?(?:children|kids|sons|daughters|grandchildren|grandsons|"
                        r"granddaughters|siblings|nephews|nieces)\b", re.I)
# "a 24-year-old man from Mexico, a 39-year-old woman from Ukraine and a 52-year-old man"
_YEAR_OLD = re.compile(r"\b(\d{1,3})-year-old\s+(?:\w+\s+)?(?:man|woman|men|women|person|people|"
                       r"inmate|detainee|prisoner|national|citizen|teen)\b")
# a victim's age after an accused person's: what was done to them stands between
_HARMED_BEFORE = re.compile(r"\b(?:kill(?:ed|ing)?|hit(?:ting)?|struck|strik(?:e|ing)|"
                            r"robb(?:ed|ing)|"
                            r"injur(?:ed|ing)|assault(?:ed|ing)|attack(?:ed|ing)|shot|shooting|"
                            r"stabb(?:ed|ing)|threaten(?:ed|ing)|beat(?:ing)?|murder(?:ed|ing)|"
                            r"kidnapp(?:ed|ing)|carjack(?:ed|ing)|strangl(?:ed|ing)|defraud(?:ed|ing)|"
                            r"rap(?:ed|ing)|abus(?:ed|ing))\s+(?:an?\s+)?$", re.I)
# "ages 27 and 33 and a 41-year-old man from Venezuela": one more person of the same list
_AND_ONE_MORE = re.compile(r",?\s+(?:and|plus)\s+(?:a|an|one)\s+(\d{1,3})-year-old\s+(?:man|woman|"
                           r"person)\s+from\s+[A-Z]")


def _listed_ages(doc: Document) -> AgeRange | None:
    """The range of ages listed one by one in a sentence: "ages 22, 31 and 45", or two or more
    "N-year-old" people."""
    for s in doc.sentences:
        m = _AGE_LIST.search(s.text)
        if m and _RELATIVES.search(s.text, max(0, m.start() - 30), m.start()):
            continue  # "she and the children, ages 4, 7 and 12"
        if m and m.group("they") and not (s.index and _right_after_them(doc, s.index)
                                           and not _WHEN_AFTER.match(s.text, m.end())):
            # "They" are the people handed over only right after them, and only as they are now
            # (not "They were 5, 9 and 12 years old when their parents brought them")
            continue
        # "two Mexican nationals ages 27 and 33 and a 41-year-old man from Venezuela"
        listed = next((g for g in m.groups() if g and g[0].isdigit()), "") if m else ""
        olds = list(_YEAR_OLD.finditer(s.text))
        if not m and len(olds) >= 2 and _HARMED_BEFORE.search(s.text, olds[0].end(),
                                                              olds[-1].start()):
            continue  # "a 34-year-old man charged in the crash that killed a 71-year-old woman"
        ages = [int(a) for a in re.findall(r"\d+", listed)] + [int(o.group(1)) for o in olds]
        if (m or len(ages) >= 2) and min(ages) > 0 and max(ages) < 120:
            return AgeRange(min(ages), max(ages), s.evidence())
    return _one_by_one(doc)


# "The first, a 29-year-old man from Guatemala, ...", "The second, a 45-year-old man ..."
_ORDINAL_PERSON = re.compile(
    r"^(?:The\s+)?(?:first|second|third|fourth|other|last|remaining\s+one)(?:\s+(?:man|woman|"
    r"person|one))?,\s+an?\s+(\d{1,3})-year-old\b")
# "The two men — a 34-year-old from Honduras ... and a 41-year-old from Mexico ... —"
_LISTED_PEOPLE = re.compile(r"^(?:The|Both|All)\s+(?:two|three|four|\d)\s+(?:men|women|people|"
                            r"inmates|detainees)\s*[—–-]")
_AGED = re.compile(r"\b(?:a|an)\s+(\d{1,3})-year-old\b")


def _one_by_one(doc: Document) -> AgeRange | None:
    """The range of the ages of people described one by one, a sentence each ("The first, a
    29-year-old man ... The second, a 45-year-old ..."), when each is handed over."""
    people = [(int(m.group(1)), s) for s in doc.sentences
              if (m := _ORDINAL_PERSON.match(s.text)) and not _NOT_HANDED_OVER.search(s.text)]
    for s in doc.sentences:
        if _LISTED_PEOPLE.match(s.text) and not _NOT_HANDED_OVER.search(s.text):
            people += [(int(a.group(1)), s) for a in _AGED.finditer(s.text)]
    if len(people) < 2 or not 0 < min(a for a, _ in people) <= max(a for a, _ in people) < 120:
        return None
    ages = [a for a, _ in people]
    return AgeRange(min(ages), max(ages), people[0][1].evidence())


_NOT_HANDED_OVER = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?(?:transferred|handed|turned|released)"
                              r"|\bposted\s+bail\b|\bwas\s+released\s+on\b|\bremains?\b|"
                              r"\bstill\s+(?:held|in)\b|\bvictims?\b|\bbystanders?\b|\bhospital\b|"
                              r"\btreated\b|\bhurt\b|\binjured\b|\brobbing\b|\bassaulting\b", re.I)


# the group a youngest belongs to, named right after it
_OTHER_GROUP = re.compile(
    r"youngest\s+(?:of\s+(?:the|its|his|her|their)\s+(?:[\w’']+['’]s\s+)?|[\w-]+\s+)?(?:deputies|deputy|"
    r"officers?|staff|employees?|jailers?|guards?|residents?|candidates?|members?|officials?|"
    r"students?|child(?:ren)?|kids?|sons?|daughters?|victims?|volunteers?|sheriffs?|veterans?)\b"
    r"(?!\s+(?:\w+\s+){0,2}(?:handed|turned|transferred|released|delivered))", re.I)
# "... since 2009, when he was 3": an age at another time
_CLAUSE_OF_TIME = re.compile(r"\bwhen\s+(?:he|she|they)\s+(?:was|were)\s+\w+$", re.I)
# the sentence before "They were 20 to 61 years old": about the people handed over ("The 96
# people came from Mexico (41), ..."), with no other group in it ("12 detention officers")
_THEM = re.compile(r"\b(?:handed|turned|transferred|released|delivered|came\s+from"
                   # "Two of the men are from Mexico and one is from Nicaragua."
                   r"|(?:are|were)\s+from)\b"
                   # "The 57 people included 24 Mexican nationals, ...": the figure's people
                   r"|\b[Tt]he\s+\d[\d,]*\s+(?:people|persons|inmates|detainees|men|women)\b")
_WHEN_AFTER = re.compile(r"[^.;]*\bwhen\b", re.I)
_ANOTHER_GROUP = re.compile(
    r"\b(?:deputies|officers|agents|staff|employees|jailers|guards|nurses|commissioners|children|"
    r"grandchildren|kids|sons|daughters|grandsons|granddaughters|victims|students|population|clerks|"
    r"panelists|speakers|residents|wives|husbands|parents|teenagers|witnesses|lawyers|attorneys|"
    r"advocates|spoke|former|boys|girls|behind|nephews|nieces|aunt|protest\w*|annex|other|"
    r"arrested)\b|\bon\s+bond\b|\bbail\b", re.I)


def _right_after_them(doc: Document, index: int) -> bool:
    """The sentence before tells the handover to ICE, or where the people just handed over are
    from ("Two of the men are from Mexico ...", "... were Mexican nationals"), and names no
    other group."""
    prev = doc.sentences[index - 1].text
    if _ANOTHER_GROUP.search(prev) or not _THEM.search(prev):
        return False
    return bool(_TO_ICE.search(prev) or _WHERE_FROM.search(prev))


_TO_ICE = re.compile(r"\b(?:ICE|[Ii]mmigration)\b")
_WHERE_FROM = re.compile(r"\b(?:are|were|is|was)\s+(?:from\b|(?-i:[A-Z][a-z]+(?:an|ese|ish|i))\b)",
                         re.I)


def _they_are_them(sentence: str, nearby: str) -> bool:
    """The sentence before "They were ..." names no other group, and it or the one before it is
    about the people handed over."""
    return bool(_THEM.search(nearby)) and not _ANOTHER_GROUP.search(sentence)


def _youngest_and_oldest(doc: Document) -> AgeRange | None:
    """The range from a youngest and an oldest age stated in the same or the next sentence."""
    for i, s in enumerate(doc.sentences):
        young = _YOUNGEST.search(s.text)
        if not young or _OTHER_GROUP.match(s.text, young.start()) or _CLAUSE_OF_TIME.search(
                young.group(0)):
            continue  # not "The youngest of the sheriff's deputies is 22", "... when he was 3"
        for other in doc.sentences[i:i + 2]:
            # "The oldest was 49; the youngest had turned 20": either may come first
            old = _OLDEST.search(other.text)
            low, high = _age(young), _age(old) if old else 0
            if old and 0 < low <= high < 120:
                return AgeRange(low, high, s.evidence())
    return None


def _age(m: re.Match[str]) -> int:
    """An age written in digits or in words ("seventy")."""
    return _age_value(m.group("age"))

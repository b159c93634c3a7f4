"""The custodial agency that handed people over, named as fully as the article names it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from pipeline.extract.document import Document, Sentence
from pipeline.extract.lexicon import (
    ABBREVIATIONS,
    AGENCY_HEADS,
    PLACE_ABBREVIATIONS,
    STATE_IN_AGENCY_NAMES,
    STATE_PRISON_AGENCIES,
)
from pipeline.extract.places import (
    PARISH_NAME,
    city_states,
    connected_county_names,
    county_name,
    county_states,
    place_states,
    state_names,
    state_names_pattern,
    town_states,
)
from pipeline.facts import Agency, Evidence

_PREFIX_STOP = frozenset({
    "The", "A", "An", "In", "According", "Despite", "But", "And", "Of", "By", "For", "At", "As",
    "From", "With", "That", "Since", "Under", "While", "When", "Last", "Former", "Sheriff", "Said",
    "Your", "Our", "My", "His", "Her", "Their", "Its", "This", "Every", "Each",
    "Neighboring", "Neighbouring", "Nearby", "Adjacent", "Per", "Like", "Unlike", "Including",
})
_SHERIFF_TITLE = re.compile(
    r"((?:[A-Z][\w.’'-]*[ ]+(?:the[ ]+)?){1,4}(?:County|Parish))\s+"
    r"(?:Interim\s+|Acting\s+|Former\s+)?Sheriff\b(?!['’])"
)
_GENERIC = re.compile(r"\b[Ss]heriff['’]s\s+([Dd]epartment|[Oo]ffice)\b")


@cache
def _agency_pattern() -> re.Pattern[str]:
    """Capitalised place words followed by an agency head, built once from the lexicon."""
    heads = "|".join(f"(?P<h{i}>{p})" for i, (p, _) in enumerate(AGENCY_HEADS))
    # "Lewis and Clark County Sheriff's Office": a census name with lower-case words
    connected = rf"(?:{connected_county_names()})[ ]+County[ ]+"
    return re.compile(
        rf"(?P<pre>{connected}|(?:[A-Z][\w.’'-]*[ ]+){{1,5}})(?:{heads})(?![\w-])")


@cache
def _state_division() -> re.Pattern[str]:
    # A state's prison division; West Virginia's "Division of Corrections and Rehabilitation"
    # runs regional jails that keep their own names (LABELLING), so it is left out here.
    return re.compile(rf"\b(?!West\s+Virginia\b)(?:{state_names_pattern()})\s+Division\s+of\s+"
                      r"Corrections?\b(?P<hands>(?=\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
                      r"(?:released|handed|transferred|turned|sent|delivered)\b))?")


@cache
def _state_possessive() -> re.Pattern[str]:
    return re.compile(rf"\b({state_names_pattern()})'s (Department|Division|Bureau)\b")


# a document's letterhead in capitals, on a line of its own
_LETTERHEAD = re.compile(
    r"^((?:(?!(?:OF|BY|COURTESY|PHOTO|CREDIT|SOURCE|FILE)\b)[A-Z][A-Z'’.-]+ ){1,3})"
    r"COUNTY SHERIFF['’]S (OFFICE|DEPARTMENT)[ \t]*$", re.M)
_LETTERHEAD_REACH = 300  # characters: a letterhead heads the document
# the second word of a county's name ("Santa Cruz"), not a day or a month after it
_SECOND_WORD = (r"(?:\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                r"February|March|April|May|June|July|August|September|October|November|December|"
                r"The|In|On|At|For|And)\b)[A-Z][\w'-]+)?")
# "The Office of the Sheriff of the County of Lowndes" (in English from Spanish)
# "the Office of the Sheriff of Maverick County"; "the jail of Maverick County"
_OFFICE_OF_THE_SHERIFF = re.compile(
    rf"\bOffice\s+of\s+the\s+Sheriff\s+of\s+(?:(?:the\s+)?County\s+of\s+([A-Z][\w'-]+{_SECOND_WORD})"
    r"|((?:[A-Z][\w'-]+\s+){1,2})County\b)")
# "the Department of Police of New Britain", "the Police Department of the City of Yonkers"
# (in English from Spanish)
_DEPARTMENT_OF_POLICE = re.compile(
    rf"\b(?:Department\s+of\s+Police|Police\s+Department|(?<!Order\sof\s)Police)\s+of\s+"
    rf"(?:the\s+City\s+of\s+)?"
    rf"(?!(?:the|Homeland|Justice)\b)([A-Z][\w'-]+{_SECOND_WORD})")
# "the jail of the county of Santa Cruz", "the jail of Dodge County", "the Adult Detention
# Center of the County of McKinley" (from Spanish)
_JAIL_OF_THE_COUNTY = re.compile(
    r"\b(?P<facility>[Jj]ail|(?:(?!The\b)[A-Z][a-z]+\s+){0,2}(?:Detention|Correctional|Justice)\s+"
    rf"(?:Center|Facility))\s+of\s+(?:(?:the\s+)?[Cc]ounty\s+of\s+([A-Z][\w'-]+{_SECOND_WORD})"
    r"|((?:[A-Z][\w'-]+\s+){1,2})County\b)")


def normalize_name(name: str) -> str:
    """Expand place abbreviations, fix doubled words and straighten apostrophes."""
    words = [PLACE_ABBREVIATIONS.get(w, w) for w in name.replace("’", "'").split()]
    text = " ".join(words)
    text = re.sub(r"\bCounty(?: County)+\b", "County", text)
    # "New York City's Department of Correction" is the city's department by its own name, and
    # "Alaska's Department of Corrections" the state's.
    # "Reno County's sheriff's office" is the Reno County Sheriff's Office
    text = re.sub(r"\b(City|County|State)'s (Department|Police|[Jj]ail|[Ss]heriff's)\b",
                  r"\1 \2", text)
    text = _state_possessive().sub(r"\1 \2", text)
    return re.sub(r"\bsheriff's (department|office)\b", lambda m: "Sheriff's " + m.group(1).title(),
                  text, flags=re.IGNORECASE)


def _ends_sentence(word: str) -> bool:
    """True for a word closing a sentence: a period that is no initial or abbreviation."""
    return (word.endswith(".") and len(word) > 2 and "." not in word[:-1]
            and word[:-1].lower() not in ABBREVIATIONS)


# "the Department of Adult and Juvenile Detention" without its county's name
_BARE_COUNTY_DEPARTMENT = re.compile(
    r"\b[Tt]he\s+(Department\s+of\s+(?:Adult\s+(?:and\s+Juvenile\s+)?Detention|Prisons|"
    r"Corrections?\s+and\s+Rehabilitation))\b")


def _county_stem(county: re.Match[str]) -> str:
    """A county_name() match's place words without the sentence's ("The Cook County" -> "Cook")."""
    return " ".join(w for w in county.group(1).split() if w not in _PREFIX_STOP)


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """(rank, position, normalized name) of each agency mention."""
    out = []
    county = county_name().search(text)
    place = _county_stem(county) if county else ""
    if place:
        for m in _BARE_COUNTY_DEPARTMENT.finditer(text):
            out.append((1, m.start(), normalize_name(f"{place} County {m.group(1)}")))
    for m in _state_division().finditer(text):  # "the Arkansas Division of Correction"
        # an operator as the handover's subject; else only where no jail is named
        out.append((1 if m.group("hands") is not None else _LAST_RANK, m.start(), m.group(0)))
    for m in _OFFICE_OF_THE_SHERIFF.finditer(text):
        out.append((0, m.start(), f"{(m.group(1) or m.group(2)).strip()} County Sheriff's Office"))
    for m in _DEPARTMENT_OF_POLICE.finditer(text):
        if m.group(1).strip() not in state_names():  # not a state's police
            out.append((_POLICE_RANK, m.start(), f"{m.group(1).strip()} Police Department"))
    for m in _LETTERHEAD.finditer(text, 0, _LETTERHEAD_REACH):  # "KITSAP COUNTY SHERIFF'S OFFICE"
        head, kind = m.group(1).strip().title(), m.group(2).title()
        out.append((0, m.start(), f"{head} County Sheriff's {kind}"))
    for m in _JAIL_OF_THE_COUNTY.finditer(text):
        facility = m.group("facility").capitalize() if m.group("facility").lower() == "jail" else (
            m.group("facility"))
        out.append((_FACILITY_RANK, m.start(),
                    f"{(m.group(2) or m.group(3)).strip()} County {facility}"))
    for m in _FACILITY_OF.finditer(text):  # "the Corrections Center of Northwest Ohio"
        out.append((_FACILITY_RANK, m.start(), m.group(0)))
    for m in _agency_pattern().finditer(text):
        words = m.group("pre").split()
        ends = [i for i, w in enumerate(words) if _ends_sentence(w)]
        if ends:  # "reviewed by La Voz. The Douglas County ...": the name starts after it
            words = words[ends[-1] + 1:]
        rank = next(AGENCY_HEADS[i][1] for i in range(len(AGENCY_HEADS)) if m.group(f"h{i}"))
        whole = [w for w in words if w not in _PREFIX_STOP]
        if (whole_owner := _owner(whole, rank)) is not None:
            # "the Malheur County Sheriff's Office's jail commander": the office itself
            out.append((whole_owner[0], m.start(), whole_owner[1]))
            continue
        # "Prince George's County" is a county's own name, not an owner of what follows
        owners = [i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))
                  and words[i + 1] not in {"County", "Parish"}]
        if owners:  # "Kern County's Lerdo Justice Facility" is named "Lerdo Justice Facility"
            words = words[owners[-1] + 1:]
        while words and words[0] in _PREFIX_STOP:
            words.pop(0)
        if words[:1] == ["Columbia"] and text.endswith("District of ", 0, m.start("pre")):
            words = ["District", "of", *words]  # "the District of Columbia Department of ..."
        if not words or _ADVOCATES.intersection(words) or _FEDERAL.intersection(words):
            # "the National Immigrant Justice Center" helps people, it holds none; "ICE's jail
            # enforcement model" is a program
            continue
        head = m.group(0)[len(m.group("pre")):]
        owner = _owner(words, rank)
        if owner:  # "the Dalton Police Department's jail" is run by the department
            out.append((owner[0], m.start(), owner[1]))
            continue
        if (rank == 0 or rank >= _FACILITY_RANK) and " ".join(words) in state_names():
            continue  # "A central Nebraska sheriff's office", "Pennsylvania jails" name none
        out.append((rank, m.start(), normalize_name(" ".join([*words, head]))))
    return out


_PLACE_WORD = (r"(?!(?:In|On|At|For|By|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
               r"Sunday)\b)[A-Z][a-z]+")
_FACILITY_OF = re.compile(
    r"\b(?:Corrections|Correctional|Detention|Justice)\s+(?:Center|Facility|Complex)\s+of\s+"
    rf"(?:{_PLACE_WORD}\s+){{0,2}}{_PLACE_WORD}\b")
_ADVOCATES = frozenset({"Immigrant", "Immigrants", "Immigration", "Rights", "Legal", "Law"})
_FEDERAL = frozenset({"ICE", "ICE's", "ICE’s", "DHS", "DHS's", "DHS’s"})
# "Lakeland police officers turned 63 people over", "people arrested by Doraville officers":
# a city's police named loosely
_CITY_POLICE = re.compile(r"\b([A-Z][a-z]+)(?:[ ]([A-Z][a-z]+))?\s+(?:police\b|officers\b)")


# "Parole officers", "University officers": services and places that share a town's name
_NO_CITY = frozenset({
    "Parole", "Probation", "University", "Campus", "Corrections", "Correctional", "Detention",
    "Immigration", "Federal", "State", "County", "Border", "Customs", "Jail", "Transit",
    "School", "Court", "Police", "Sheriff", "Deportation", "Enforcement", "Patrol", "Highway",
    "Park", "Airport", "Housing", "Security", "Military", "Fire", "Tribal", "Capitol",
})
# "Lowell police turned four people over": the police the subject of the handover
_POLICE_HANDED = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:turned|handed|transferred|released|delivered|sent)\b")


def _city_police(
    text: str, departments: Sequence[str] = (), *, subject_only: bool = False
) -> list[tuple[int, int, str]]:
    """Candidates for "<City> police" where the city is a known place, or one whose Police
    Department the story names: its Police Department. With subject_only, only police who
    hand people over ("Lowell police turned four people over"), not who arrest them.

    "When Lakeland police ...": the two capitalised words are no city, the second one is.
    """
    named = {d.removesuffix(" Police Department") for d in departments}
    out = []
    for m in _CITY_POLICE.finditer(text):
        if subject_only and not _POLICE_HANDED.match(text, m.end()):
            continue
        first, second = m.group(1), m.group(2)
        names = [f"{first} {second}", second] if second else [first]
        city = next((n for n in names if n not in _PREFIX_STOP and n not in _NO_CITY
                     and (n in named or city_states().get(n))), None)
        if city:
            out.append((_LOOSE_POLICE_RANK, m.start(), f"{city} Police Department"))
    return out


_OFFICE_IN_COUNTY = re.compile(
    r"\b[Ss]heriff['’]s\s+([Oo]ffice|[Dd]epartment)\s+in\s+((?:[A-Z][\w.’'-]*[ ]+){1,3})County\b")


# a brief's item about one county: "In Churchill County, the sheriff's office turned 27 ..."
_COUNTY_THEN_OFFICE = re.compile(
    r"\b(?:[Ii]n|[Dd]own\s+in|[Oo]ver\s+in|[Uu]p\s+in)\s+((?:[A-Z][\w.’'-]*[ ]+){1,3})County,\s+"
    r"the\s+(?:county['’]s\s+)?sheriff['’]s\s+([Oo]ffice|[Dd]epartment)\s+(?:\w+\s+){0,3}?"
    r"(?:turned|handed|transferred|released|sent|delivered)\b")


def _owner(words: list[str], rank: int) -> tuple[int, str] | None:
    """(rank, name) of the agency a facility is named after by possessive, if it is one."""
    if rank < _FACILITY_RANK or not words or not words[-1].endswith(("'s", "’s")):
        return None
    owner = " ".join([*words[:-1], words[-1][:-2]])
    m = _agency_pattern().fullmatch(owner)
    if not m:
        return None
    owner_rank = next(AGENCY_HEADS[i][1] for i in range(len(AGENCY_HEADS)) if m.group(f"h{i}"))
    return (owner_rank, normalize_name(owner)) if owner_rank < _FACILITY_RANK else None


def _from_sheriff_title(
    text: str, handovers: Sequence[Sentence], named: bool, facility: bool
) -> str | None:
    """"X County Sheriff" plus "the sheriff's office" -> "X County Sheriff's Office"; "the
    sheriff's office in X County" likewise; "the sheriff's office transferred ..." in a story
    naming one county and its sheriff too."""
    for s in handovers:  # "In Churchill County, the sheriff's office turned 27 people over"
        opened = _COUNTY_THEN_OFFICE.search(s.text)
        if opened:
            return normalize_name(f"{opened.group(1).strip()} County Sheriff's "
                                  f"{opened.group(2).title()}")
    office_in = _OFFICE_IN_COUNTY.search(text)
    if office_in:
        return normalize_name(f"{office_in.group(2).strip()} County Sheriff's "
                              f"{office_in.group(1).title()}")
    title = _SHERIFF_TITLE.search(text)
    kinds = Counter(m.group(1).title() for m in _GENERIC.finditer(text))
    if not kinds and not named and not facility and _NAMED_SHERIFF.search(text) and any(
            _PLACE_HANDS_OVER.search(s.text) for s in handovers):
        kinds = Counter(["Office"])  # "Bossier Parish jailers handed 11 ..., Sheriff X said"
    if title and not kinds and not facility:
        # "Cobb County Sheriff Ann Hale ... his office reported ... from the county jail"
        kinds = Counter(m.group(1).title() for m in _HIS_OFFICE.finditer(text))
    if not kinds:
        return None
    if not title:
        # Only when the office itself hands people over, or is the only custodian a handover
        # sentence names ("moved from the jail ... since the sheriff's office's agreement"):
        # "Deputies at the county jail handed ..." stays the jail.
        # "how many people the department transferred to ICE" only in a story naming no agency
        office_subject = any(
            _OFFICE_HANDS_OVER.search(s.text)
            or (not named and not facility and _PLACE_HANDS_OVER.search(s.text)
                and not _OTHER_OPERATOR.search(text))
            or (not facility and _THE_OFFICE_HANDS_OVER.search(s.text)) for s in handovers)
        generic_handover = office_subject or (
            not named and any(_custodian_mention(s.text) for s in handovers))
        # The office as the handover's subject needs no named sheriff beside its one county.
        county = _sheriffs_county(text, named_sheriff=not office_subject) if (
            generic_handover) else None
        kind = kinds.most_common(1)[0][0]
        return normalize_name(f"{county} Sheriff's {kind}") if county else None
    words = title.group(1).split()
    while words and words[0] in _PREFIX_STOP:
        words.pop(0)
    return normalize_name(f"{' '.join(words)} Sheriff's {kinds.most_common(1)[0][0]}")


# "figures the sheriff's office released", "according to the sheriff's office": a source only
_SOURCE_ONLY = re.compile(
    r"\b(?:according\s+to|figures?|data|records|numbers|statistics)\s+(?:\w+\s+){0,2}?"
    r"(?:the\s+)?[Ss]heriff['’]s\s+(?:[Oo]ffice|[Dd]epartment)"
    r"|[Ss]heriff['’]s\s+(?:[Oo]ffice|[Dd]epartment)\s+(?:said|says|released|reported|provided)\b")


def _custodian_mention(text: str) -> bool:
    """True when a sentence names "the sheriff's office" other than as the source of figures."""
    sources = [m.end() for m in _SOURCE_ONLY.finditer(text)]
    return any(not any(m.start() < end <= m.end() + 12 for end in sources)
               for m in _GENERIC.finditer(text))


_HIS_OFFICE = re.compile(r"\b(?:his|her)\s+(office|department)\b")
# "The sheriff's office transferred nine people": the office the subject of the handover.
_OFFICE_HANDS_OVER = re.compile(
    r"\b[Ss]heriff['’]s\s+(?:[Dd]epartment|[Oo]ffice)\s+(?:\w+\s+){0,3}?"
    r"(?:transferred|turned|handed|released|sent|delivered)\b(?!,)"
    # not "the sheriff's office released a statement", "figures the sheriff's office released
    # Tuesday"
    # ("figures the sheriff's office released in January", "... released to reporters")
    r"(?!\s+(?:a|an|its|the|figures|data|records|numbers|on|this|last|today|yesterday|in|"
    r"to\s+(?:reporters|the\s+(?:public|press|board|media))|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# "how many people the department transferred to ICE" in a story about the sheriff's department
_THE_OFFICE_HANDS_OVER = re.compile(
    r"\b(?:the|its)\s+(?:[Dd]epartment|[Oo]ffice)\s+(?:has\s+|had\s+)?"
    r"(?:transferred|turned|handed|released|delivered)\s+(?:\w+\s+){0,4}?(?:in)?to\s+(?:ICE|immigration|U\.S)\b")
# "Sheriff Colby Tanner": a sheriff named by title, without the county.
_NAMED_SHERIFF = re.compile(r"\b(?:Sheriff|Undersheriff)\s+[A-Z][a-z]+\s+[A-Z]")


def _sheriffs_county(text: str, *, named_sheriff: bool = True) -> str | None:
    """The one county a story about "the sheriff's office" and "Sheriff Colby Tanner" names
    ("Washington County commissioners"), when it names no other county (and, with
    named_sheriff, names a sheriff)."""
    counties = {f"{_county_stem(m)} County" for m in county_name().finditer(text)}
    # a Louisiana parish the census knows ("St. John the Baptist Parish"), not a church's
    counties |= {f"{stem} Parish" for m in PARISH_NAME.finditer(text)
                 if county_states().get(f"{(stem := _county_stem(m))} parish".lower())
                 and _PARISH_BODY.match(text, m.end())}
    counties -= {" County", " Parish"}
    if len(counties) != 1 or (named_sheriff and not _NAMED_SHERIFF.search(text)):
        return None
    return counties.pop()


# "the county's Department of Correction and Rehabilitation, which runs the jail"
_OTHER_OPERATOR = re.compile(
    r"\b(?:Department|Division|Bureau|Office)\s+of\s+(?:Correction|Detention|Jail|Public\s+Safety)"
    # "Sheriff Amir Garcia said his deputies had no role; county corrections officers run the jail"
    r"|\bhad\s+no\s+role\b|\bnot\s+involved\b|\bcorrections\s+officers\s+run\b")
# a parish named as a government or place of handovers, not a church ("worship at St. Mary
# Parish"): its deputies, sheriff, jail, council or state after it, or the handover itself
_PARISH_BODY = re.compile(
    r"['’]?s?\s+(?:[Ss]heriff|deputies|jail|council|commission|[Cc]orrectional|handed|turned|"
    r"transferred|released|delivered|has|had|,\s+La\.|,\s+Louisiana)")
# "Ouachita Parish deputies handed 61 people to ...", "Calcasieu Parish handed more than 40":
# the sheriff's deputies, or the place standing for them, hand people over
_PLACE_HANDS_OVER = re.compile(
    r"\b(?:County|Parish)\s+(?:[Ss]heriff['’]s\s+)?(?:deputies\s+|jailers\s+)?(?:has\s+|have\s+)?"
    r"(?:transferred|turned|handed|released|delivered)\s+(?:over\s+)?"
    r"(?=(?:the\s+)?(?:more\s+than\s+|about\s+|nearly\s+|at\s+least\s+|over\s+)?(?:\d|[a-z]+(?:-[a-z]+)?\s+"
    r"(?:people|inmates|persons|detainees|men|women)\b))"
    # "people arrested by Kershaw County sheriff's deputies were handed over to ..."
    r"|\b(?:arrested|booked|jailed|held)\s+by\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:County|Parish)\s+"
    r"[Ss]heriff['’]s\s+deputies\s+(?:were|had\s+been|have\s+been)\s+(?:handed|turned|transferred|"
    r"released|delivered)\b")


_COUNTY_JAIL = re.compile(r"\bcounty(?:['’]s)?\s+jail\b")


# "the county Department of Adult and Juvenile Detention": a department named without its county.
_COUNTY_DEPARTMENT = re.compile(
    r"\bcounty(?:['’]s)?\s+(Department\s+of\s+(?:[A-Z]\w+\s+(?:and\s+)?){0,3}[A-Z]\w+)")


def _county_jail(text: str) -> str | None:
    """"the county's jail" in a story about "Cook County" -> "Cook County Jail"; the same for
    "the county Department of Corrections"."""
    county = county_name().search(text)
    if not county:
        return None
    place = _county_stem(county)
    department = _COUNTY_DEPARTMENT.search(text)
    if place and department:
        return normalize_name(f"{place} County {department.group(1)}")
    if not _COUNTY_JAIL.search(text):
        return None
    return normalize_name(f"{place} County Jail") if place else None


def find_agency(doc: Document, handovers: Sequence[Sentence] = ()) -> Agency | None:
    """The custodial agency: named in a handover sentence if one is, else the best-ranked,
    most-mentioned agency name in the text.

    "Big Laurel Regional Jail released a dozen inmates to ICE" names the custodian even when
    the story also mentions the state prison system it houses inmates for.
    """
    cands = _candidates(doc.text)
    named_in_handover = [c for c in cands if any(s.start <= c[1] < s.end for s in handovers)]
    # "Lakeland police officers turned 63 people over"
    departments = [c[2] for c in cands if c[2].endswith(" Police Department")]
    # "Lowell police turned four people over ... taken to the Lowell Justice Center": beside
    # a facility, the police only as the handover's subject, not "Fresno police arrested him
    # and booked him into the Fresno County Jail, which released him to ICE"
    facility = any(c[0] >= _FACILITY_RANK for c in named_in_handover)
    if not named_in_handover or facility:
        loose = [c for c in _city_police(doc.text, departments, subject_only=facility)
                 if any(s.start <= c[1] < s.end for s in handovers)]
        named_in_handover += [c for c in loose if c[2] not in {n[2] for n in named_in_handover}]
    named_in_handover = _of_the_main_county(named_in_handover, doc)
    named_in_handover = _not_a_side_county(named_in_handover, cands, doc, handovers)
    named_in_handover = _police_of_the_headline(named_in_handover, doc, handovers)
    police_handover = _police_handover(handovers)
    if not named_in_handover and police_handover:
        # "his department turned 47 people over": the police department the story names
        named_in_handover = [c for c in cands if c[0] == _POLICE_RANK]
    if named_in_handover:
        cands = _operators(named_in_handover, cands, handovers, doc.text)
    best_rank = min((c[0] for c in cands), default=99)
    name: str | None = None
    if best_rank > 0 and not (best_rank == _POLICE_RANK and police_handover):
        name = _from_sheriff_title(doc.text, handovers, bool(named_in_handover), bool(cands))
    if name is None and cands:
        top = [c for c in cands if c[0] == best_rank]
        freq = Counter(c[2].lower() for c in top)
        name = _formal_name(max(top, key=lambda c: (freq[c[2].lower()], -c[1]))[2], cands)
        name = _run_by_sheriff(name, doc)
    if name is None:
        name = (_county_jail(doc.text) or _state_prisons(doc.text, handovers)
                or _city_jail(doc, handovers))
    if name is None:
        return None
    return Agency(name, _evidence_for(doc, name))


_LEAD_HANDOVERS = 2  # the story's first handover sentences, where its own custodian is named


def _police_of_the_headline(
    named: list[tuple[int, int, str]], doc: Document, handovers: Sequence[Sentence] = ()
) -> list[tuple[int, int, str]]:
    """A city's police department over a county's sheriff, both named in handover sentences,
    when the headline names the city and not the county: "Tupelo handed a dozen to ICE from
    city jail" is about the Tupelo Police Department, the Lee County sheriff a comparison."""
    title = doc.title or ""
    police = {c[2] for c in named if c[2].endswith(" Police Department")}
    sheriffs = {c[2] for c in named if c[0] == 0 and _place_of(c[2])}
    if len(police) != 1 or not sheriffs:
        return named
    city = next(iter(police)).removesuffix(" Police Department")
    lead = " ".join(h.text for h in handovers[:_LEAD_HANDOVERS])
    # the city's police (or the city) hands over in the headline and its police in the lead
    heads = re.search(rf"\b{re.escape(city)}\s+(?:police\b|PD\b|hands|handed|turns|turned|releases|"
                      r"released|sends|sent|gives|gave)", title)
    leads = re.search(rf"\b{re.escape(city)}\s+(?:[Pp]olice|PD)\b", lead)
    first = handovers[0].text if handovers else ""
    if not heads or not leads or any(name in first for name in sheriffs) or any(
            (place := _place_of(name)) and place.removesuffix(" County") in title
            for name in sheriffs):
        return named
    return [c for c in named if c[2] not in sheriffs]


def _of_the_main_county(
    named: list[tuple[int, int, str]], doc: Document
) -> list[tuple[int, int, str]]:
    """The agencies named in handover sentences, less those of another place than the story's.

    "Neighboring Clay County's sheriff's office said it handed 12 people to ICE" gives that
    county's figures for comparison, and so does the county sheriff in a story about a city's
    police. The story's place is the one it and its headline name most often, the first-named
    on a tie; a county introduced as a neighbour is never it.
    """
    places = {c: place for c in named if (place := _place_of(c[2]))}
    if len(set(places.values())) < 2:
        return named
    order = sorted(places, key=lambda c: c[1])
    main = max((c for c in order if not _neighbour(doc.text, c[1])),
               key=lambda c: _times_named(places[c], doc), default=None)
    if main is None:
        return named
    return [c for c in named if places.get(c, places[main]) == places[main]]


# A sentence opening on a county's custodial body: "The Kleberg County Sheriff's Office,
# whose agreement ...", "Neighboring Clay County's jail"; not "Gwinnett County residents"
_OPENS_ON_COUNTY = re.compile(
    # "2 — people the Stevens County Sheriff's Office said it handed to ICE" (a numbers line)
    r"\s*(?:(?:(?:About|Nearly|More\s+than)\s+)?\d[\d,]*\s+[—–]\s+(?:people|persons|inmates)\s+)?"
    r"(?:(?:In\s+)?(?:[Nn]eighbou?ring|[Nn]earby|[Aa]djacent)\s+)?(?:[Tt]he\s+)?"
    r"((?:[A-Z][\w.’'-]*\s+){1,3}County)(?:(?:['’]s)?\s+(?:[Ss]heriff|[Jj]ail|[Dd]etention|[Cc]orrection|"
    r"[Dd]epartment|[Oo]ffice|[Pp]rison|[Aa]dult)|,|\s+(?:reported|handed|turned|transferred|released|"
    r"sent|said|has|had))")


def of_another_county(text: str, agency: str) -> bool:
    """True for a sentence about another county's custodial body than the agency's: its
    figures are that county's ("The Kleberg County Sheriff's Office ... reported nine
    transfers to ICE"). Only a county the census lists ("The L.A. County jail system" may be
    the agency's own)."""
    if opens_on_another_body(text, agency):
        return True
    own = _place_of(agency)
    opening = _OPENS_ON_COUNTY.match(text)
    if (opening is not None and own is None and agency.endswith(" Police Department")
            and _SHERIFF_AFTER.match(text, opening.end(1))):
        return True  # a city's police in the story; "The Lee County Sheriff's Office said ..."
    if own is None or opening is None:
        return False
    other, own, plain = _plain(opening.group(1)), _plain(own), _plain(text)
    return other != own and own not in plain and other.lower() in county_states()


# "Auburn police said they had turned over one person": another town's police speaking
_OPENS_ON_POLICE = re.compile(
    r"\s*(?:(?:In\s+)?(?:[Nn]eighbou?ring|[Nn]earby)\s+)?(?:[Tt]he\s+)?"
    r"((?:[A-Z][\w.’'-]*\s+){1,3}?)(?:[Pp]olice(?:\s+[Dd]epartment)?|P\.?D\.?)"
    r"(?:\s+(?:said|says|reported|has|have|had|handed|turned|transferred|released|sent)\b|,)")
# "The Department of Corrections said ... it released 62 people": the state's prisons
_OPENS_ON_PRISONS = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:[Ss]tate(?:['’]s)?\s+|(?:[A-Z][a-z]+\s+){1,2})?"
    r"Department\s+of\s+Corrections?\b(?!\s+and\s+Rehabilitation\s+of)")


def opens_on_another_body(text: str, agency: str) -> bool:
    """True for a sentence opening on another town's police or on the state's prisons, when
    the agency is neither: what it says is that body's."""
    return _opens_on_other_police(text, agency) or _opens_on_prisons(text, agency)


def _opens_on_other_police(text: str, agency: str) -> bool:
    """"Auburn police said they had turned over one person" in a Lewiston story: a town's
    police (a place the tables know), not "In February police ..." or "Houston police said the
    sheriff's office handed 52 people to ICE" (the police only the source)."""
    opening = _OPENS_ON_POLICE.match(text)
    if opening is None:
        return False
    other = opening.group(1).strip()
    own = agency.removesuffix("Police Department").strip()
    if other == own or own in text or other in agency or not (
            place_states(other) or other in town_states()):
        return False
    return not _OWN_BODY.search(text, opening.end())


# the story's own kind of custodian named after the opening: the police are its source
_OWN_BODY = re.compile(
    r"\b(?:sheriff|sheriff['’]s\s+office|the\s+office|the\s+jail|county\s+jail)\b", re.I)


def _opens_on_prisons(text: str, agency: str) -> bool:
    """"The Department of Corrections said ... it released 62 people": the state's prisons,
    unless the sentence makes it a county's ("the county agency that runs the jail")."""
    opening = _OPENS_ON_PRISONS.match(text)
    return (opening is not None and "Correction" not in agency
            and not text.startswith(agency.split()[0]) and not _COUNTY_BODY.search(text))


_COUNTY_BODY = re.compile(r"\b(?:county|sheriff|runs\s+the|the\s+jail)\b", re.I)


_SHERIFF_AFTER = re.compile(r"(?:['’]s)?\s+[Ss]heriff")


def _plain(text: str) -> str:
    return text.replace("’", "'")


def _not_a_side_county(
    named: list[tuple[int, int, str]], cands: list[tuple[int, int, str]], doc: Document,
    handovers: Sequence[Sentence],
) -> list[tuple[int, int, str]]:
    """None of the agencies named in handover sentences when they are all of one county that
    the story names less than another county whose agency it also names: "ICE pickups at
    Erie County jails climb ... The Chautauqua County jail reported handing six people"."""
    places = {c: place for c in named if (place := _place_of(c[2]))}
    if not named or len(places) < len(named) or len(set(places.values())) != 1:
        return named
    side = next(iter(places.values()))
    others = {p for c in cands if (p := _place_of(c[2])) and p != side}
    main = max(sorted(others), key=lambda p: _times_named(p, doc), default=None)
    if main is None or _times_named(main, doc) <= max(_times_named(side, doc), 1):
        return named
    # only a county the headline or a handover names ("from Erie County's jails"), not one
    # the story only talks about
    stem = main.removesuffix(" County")
    told = [doc.title or "", *(s.text for s in handovers)]
    return [] if any(re.search(rf"\b{re.escape(stem)}\s+County", t) for t in told) else named


def _place_of(name: str) -> str | None:
    """"Lee County" for a county's agency; None otherwise."""
    county = county_name().match(name)
    return county.group(0) if county else None


def _times_named(place: str, doc: Document) -> int:
    """How often the story and its headline name a county as a county."""
    return _mentions(place, doc.text) + _mentions(place, doc.title or "")


def _mentions(place: str, text: str) -> int:
    """How often the story names a county as a county: "Polk County", "Polk Sheriff Grady
    Judd", "Polk deputies", not "a Dallas policy institute"."""
    stem = re.escape(place.removesuffix(" County"))
    return len(re.findall(rf"\b{stem}\s+(?:County|[Ss]heriff|deputies|jail|officials|"
                          r"commissioners|supervisors)\b"
                          # "Nueces and San Patricio counties"
                          rf"|\b{stem}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)*,?\s+and\s+"
                          r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+counties\b", text))


# "Neighboring Clay County's sheriff's office", "in nearby Clay County"
_NEIGHBOUR = re.compile(r"\b(?:[Nn]eighbou?ring|[Nn]earby|[Aa]djacent)\s+(?:\w+\s+){0,2}$")
_NEIGHBOUR_OPENS = re.compile(r"(?:[Nn]eighbou?ring|[Nn]earby|[Aa]djacent)\b")


def _neighbour(text: str, at: int) -> bool:
    """True for an agency mention at ``at`` introduced as a neighbour of the story's own."""
    return bool(_NEIGHBOUR_OPENS.match(text, at) or _NEIGHBOUR.search(text, max(0, at - 40), at))


# "the city jail" in a story about "the Odessa City Council" and its "Police Chief"
_CITY_JAIL = re.compile(r"\bcity(?:['’]s)?\s+jail\b", re.I)
_CITY_BODY = re.compile(
    r"\b(?:[Tt]he\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:(City)\s+Council|police)\b")
_POLICE_HEAD = re.compile(
    r"\b(?:[Pp]olice\s+[Cc]hief|[Pp]olice\s+[Dd]epartment|[Cc]hief\s+of\s+[Pp]olice)\b")


def _city_jail(doc: Document, handovers: Sequence[Sentence]) -> str | None:
    """"the city jail ... handed 47 people to ICE" in a story naming one city (by its council
    or its police) and a police chief or department: that city's Police Department."""
    if not any(_CITY_JAIL.search(s.text) for s in handovers) or not _POLICE_HEAD.search(doc.text):
        return None
    # "the Union City Council" is Union City's, not Union's
    names = [m.group(1) + (" City" if m.group(2) and city_states().get(m.group(1) + " City")
                           else "") for m in _CITY_BODY.finditer(doc.text)]
    cities = {n for n in names if n not in _PREFIX_STOP and city_states().get(n)}
    return f"{cities.pop()} Police Department" if len(cities) == 1 else None


# "Chicago police" named loosely is the agency only where a handover sentence names it and no
# agency by its full name.
_LOOSE_POLICE_RANK = 2
_POLICE_RANK = 2  # the rank of "Police Department" among AGENCY_HEADS
# "Dalton Police Chief Raymond Oakes told the council his department turned 47 people over"
_POLICE_WORDS = re.compile(r"\bpolice\b", re.I)
_FACILITY_RANK = 3  # AGENCY_HEADS ranks from here on name a building, not who runs it
_LAST_RANK = 6  # below every head: chosen only when nothing else is named


def _formal_name(name: str, cands: list[tuple[int, int, str]]) -> str:
    """"Montgomery County jail" named loosely -> the county's facility by its formal name
    ("Montgomery County Correctional Facility") when the story gives one."""
    if not name.endswith(" jail"):
        return name
    stem = name[: -len("jail")]
    formal = [c[2] for c in cands if c[0] >= _FACILITY_RANK and c[2].startswith(stem)
              and c[2] != name and c[2].split()[-1][:1].isupper()]
    return formal[0] if len(set(formal)) == 1 else name


# "The sheriff's office operates the county's only jail", "the jail, which is run by the
# sheriff's office": the story names who runs the facility.
# a place where people are held, not "the county's 911 center"
_HELD_IN = (r"(?:[Jj]ail|(?:[Dd]etention|[Cc]orrectional|[Cc]orrections|[Jj]ustice)\s+"
            r"(?:[Cc]enter|[Ff]acility))")
_NAMED_FACILITY = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+)+(?:Jail|(?:Detention|Correctional|Corrections|Justice)\s+"
    r"(?:Center|Facility))")
# what a sheriff's office is said to run: "the Taney County Jail", "the county's only jail"
_RUN_FACILITY = (r"(?:[A-Z][\w.’'-]*\s+){0,4}(?:[Jj]ail|[Dd]etention\s+(?:[Cc]enter|[Ff]acility)"
                 r"|[Cc]orrectional\s+(?:[Cc]enter|[Ff]acility))")
_OFFICE_RUNS_JAIL = re.compile(
    # "The sheriff's office, which runs the Taney County Jail, presents this report"
    r"\b[Ss]heriff['’]s\s+([Oo]ffice|[Dd]epartment),?\s+(?:which\s+|that\s+)?(?:also\s+)?"
    rf"(?:operates|runs|manages)\s+the\s+(?:county['’]s\s+)?(?:only\s+|main\s+)?{_RUN_FACILITY}\b"
    rf"|\b{_HELD_IN},?\s+(?:which\s+is\s+|is\s+)?(?:run|operated|managed)\s+by\s+"
    r"the\s+sheriff['’]s\s+([Oo]ffice|[Dd]epartment)\b"
    # "the jail the sheriff's office runs in Amite", "the Reno County Correctional Facility,
    # which the sheriff's office operates"
    rf"|\b{_HELD_IN},?\s+(?:that\s+|which\s+)?the\s+sheriff['’]s\s+"
    r"([Oo]ffice|[Dd]epartment)\s+(?:operates|runs|manages)\b"
    # "Sheriff Ray Hollis, whose office runs the Cole County Jail"
    r"|\bSheriff\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2},\s+whose\s+(office|department)\s+"
    rf"(?:operates|runs|manages)\s+the\s+(?:county['’]s\s+)?{_RUN_FACILITY}")
_COUNTY_OR_PARISH = re.compile(r"(?:[A-Z][\w.’'-]*[ ]+){1,3}(?:County|Parish)\b")


_RUN_FACILITIES = ("jail", "detention center", "detention facility", "correctional facility",
                   "correctional center", "corrections center", "justice center",
                   "law enforcement center")


def _run_by_sheriff(name: str, doc: Document) -> str:
    """"Collin County jail" -> "Collin County Sheriff's Office" when the story says the
    sheriff's office runs the jail, in a sentence naming no other county."""
    county = _COUNTY_OR_PARISH.match(name)
    if county is None or not name.lower().endswith(_RUN_FACILITIES):
        return name
    for s in doc.sentences:
        runs = _OFFICE_RUNS_JAIL.search(s.text)
        named = _NAMED_FACILITY.search(runs.group(0)) if runs else None
        if named and named.group(0).lower() not in name.lower():
            continue  # "also runs the Juvenile Detention Center": another facility
        others = {" ".join(w for w in m.group(0).split() if w not in _PREFIX_STOP)
                  for m in _COUNTY_OR_PARISH.finditer(s.text)} - {county.group(0)}
        if runs and not others:
            kind = next(g for g in runs.groups() if g).title()
            return normalize_name(f"{county.group(0)} Sheriff's {kind}")
    return name


def _police_handover(handovers: Sequence[Sentence]) -> bool:
    """True when a handover sentence speaks of the police, and never of a sheriff."""
    return any(_POLICE_WORDS.search(s.text) and "sheriff" not in s.text.lower()
               for s in handovers)


def _operators(
    named: list[tuple[int, int, str]], cands: list[tuple[int, int, str]],
    handovers: Sequence[Sentence] = (), text: str = "",
) -> list[tuple[int, int, str]]:
    """The agencies a handover sentence names; for a facility ("the Gwinnett County jail"), the
    agency of the same county that runs it when the story names one, else the facility."""
    best = min(named, key=lambda c: c[0])
    if best[0] < _FACILITY_RANK:
        return named
    # "Riverside Regional Jail" is run by the "Riverside Regional Jail Authority"
    named_for_it = [c for c in cands if c[0] < _FACILITY_RANK and c[2].startswith(best[2])]
    if named_for_it:
        return named_for_it
    if says_it_runs := _said_to_run(best[2], cands, text):
        return says_it_runs
    county = county_name().match(best[2])
    if county:
        stem = county.group(1).strip()  # "Miami-Dade" runs "Miami-Dade Corrections and ..."
        runs_it = [c for c in cands if c[0] < _FACILITY_RANK and c[2].startswith(stem)]
        if runs_it:
            return runs_it
    elif _TOWN_JAIL.fullmatch(best[2]) and any(
            _OFFICE_SUBJECT.search(s.text) for s in handovers):
        # "released from the Vale jail" in a story about one sheriff's office and no police:
        # the town's jail is the county jail that office runs
        offices = {c[2] for c in cands if c[0] == 0}
        if len(offices) == 1 and not any(c[0] == _POLICE_RANK for c in cands):
            return [c for c in cands if c[0] == 0]
    elif not _TOWN_JAIL.fullmatch(best[2]) and not _SHARED_FACILITY.search(best[2]) and (
            _RUNS_A_FACILITY.search(text) or any(
                c[0] == 0 and any(s.start <= c[1] < s.end for s in handovers) for c in cands)):
        # "the Main Adult Detention Facility" in a story that names one county's sheriff's
        # office in full: the operator named anywhere (LABELLING), not the building
        # office, in a story that names no other county
        offices = {c[2] for c in cands if c[0] == 0 and county_name().match(c[2])}
        counties = {m.group(0).split()[-2] for m in _COUNTY_OR_PARISH.finditer(text)}
        if (len(offices) == 1 and len(counties) == 1
                and not any(c[0] == _POLICE_RANK for c in cands)):
            return [c for c in cands if c[0] == 0]
    return named


def _said_to_run(facility: str, cands: list[tuple[int, int, str]],
                 text: str) -> list[tuple[int, int, str]]:
    """The one agency of the facility's place the story says runs a facility of its kind:
    "the Richmond Department of Justice Services, which operates the 60-bed detention center"
    for the Richmond Juvenile Detention Center."""
    head = _FACILITY_HEAD.search(facility)
    if head is None or head.start() == 0:
        return []
    stem = facility[:head.start()].split()[0]
    kind = re.escape(head.group("kind")).replace(r"\ ", r"\s+")
    runners = {c[2] for c in cands if c[0] < _FACILITY_RANK and c[2].startswith(stem + " ")
               and any(_own_words(w.group("words"), facility) for w in re.finditer(
                   rf"{re.escape(c[2])},?\s+(?:which|that)\s+(?:also\s+)?(?:operates|runs|"
                   rf"manages|oversees)\s+(?:the|its)\s+(?P<words>(?:[\w-]+\s+){{0,3}}?){kind}\b"
                   r"(?!['’]s)", text, re.I))}
    if len(runners) != 1:
        return []
    return [c for c in cands if c[2] in runners]


def _own_words(words: str, facility: str) -> bool:
    """True when the words before a facility's kind are its own ("juvenile" for the Richmond
    Juvenile Detention Center) or say its size ("60-bed"), not another facility's."""
    name = facility.lower()
    return all(w in name or w[0].isdigit() or w in {"county's", "city's"}
               for w in words.lower().split())


# "Juvenile Detention Center": where a facility's own name ends and its kind begins
_FACILITY_HEAD = re.compile(r"\b(?:Juvenile\s+|Adult\s+|Regional\s+|County\s+)*"
                            r"(?P<kind>Jail|Detention\s+(?:Center|Facility)|Correctional\s+"
                            r"(?:Center|Facility)|Corrections\s+Center|Justice\s+Center)\b")


# a facility some other body may run: a region's, a state's, a city's
_SHARED_FACILITY = re.compile(r"\b(?:Regional|Metropolitan|State|Federal|Prison|Penitentiary|"
                              r"Correctional|Corrections|Justice)\b")
_RUNS_A_FACILITY = re.compile(r"\b(?:operates|runs|manages|administers|on\s+behalf\s+of)\b")
_TOWN_JAIL = re.compile(r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+)? jail")
# "the office acknowledged that ... were released from the Vale jail": the office speaks of
# its own handovers, not a denial
_OFFICE_SUBJECT = re.compile(
    r"\b(?:the|its)\s+(?:sheriff['’]s\s+)?office\s+(?:acknowledged|confirmed|said|says|reported|"
    r"records?\s+show)\b(?![^.;]{0,40}\b(?:no\s+one|nobody|none|not|never)\b)", re.I)


# "the Department of Corrections", "the state Department of Corrections and Community Supervision"
_BARE_DEPARTMENT = re.compile(
    r"\b[Tt]he\s+(?:state(?:['’]s)?\s+)?(Department\s+of\s+(?:Corrections?|Rehabilitation)"
    r"(?:\s+and\s+(?:Community\s+Supervision|Rehabilitation|Correction))?)\b")


@cache
def _state_system() -> re.Pattern[str]:
    # "Missouri's prison system released", "Missouri turned 187 prison inmates over"
    names = state_names_pattern()
    return re.compile(rf"\b({names})(?:['’]s\s+(?:state\s+)?prisons?(?:\s+and\s+jails?)?"
                      r"\s+system\b|\s+(?:turned|handed|released|transferred|sent)\b)")


@cache
def _state_secretary() -> re.Pattern[str]:
    # "Pennsylvania's Secretary of Corrections", "Kansas Corrections Secretary Jo Ames"
    return re.compile(rf"\b({state_names_pattern()})(?:['’]s)?\s+(?:Secretary\s+of\s+Corrections?"
                      r"|[Cc]orrections\s+[Ss]ecretary)\b")


_THE_DEPARTMENT = re.compile(r"\b(?:the|our)\s+department\b", re.I)


def _state_prisons(text: str, handovers: Sequence[Sentence] = ()) -> str | None:
    """"Missouri's prison system ... the Department of Corrections" -> its full name; "the
    department" that a state's corrections secretary heads likewise."""
    secretary = _state_secretary().search(text)
    if secretary and any(_THE_DEPARTMENT.search(s.text) and not _POLICE_WORDS.search(s.text)
                         for s in handovers):
        state = secretary.group(1)
        return STATE_PRISON_AGENCIES.get(state, f"{state} Department of Corrections")
    # Only with a bare "the Department of Corrections" in the story: the state's own.
    state, department = _state_system().search(text), _BARE_DEPARTMENT.search(text)
    if not state or not department:
        return None
    name = state.group(1)
    if name in STATE_IN_AGENCY_NAMES:
        name += " State"
    return f"{name} {department.group(1)}"


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

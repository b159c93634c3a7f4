"""The county, city or state whose agency did the handover, with its USPS state code."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import us

from pipeline.extract.document import Document
from pipeline.extract.lexicon import PLACE_ABBREVIATIONS, STATE_BODY_HINTS, STATE_LAW_HINTS
from pipeline.extract.places import (
    PARISH_NAME,
    city_states,
    context_votes,
    county_name,
    county_states,
    dateline_city,
    place_states,
    state_names_pattern,
    town_states,
    town_votes,
    towns_named,
)
from pipeline.facts import Agency, Jurisdiction

_SEAT = re.compile(
    r"\b(?:(?:sits|located|situated|based|housed|lies)\s+in|(?:owned|run|operated)\s+by)\s+"
    r"((?:[A-Z][\w.’'-]*[ ]+){1,3})County\b")
_CITY_SHERIFF = re.compile(r"^((?:[A-Z][\w.'-]*[ ]+){1,3})Sheriff(?:'s)?\s+(?:Office|Department)$")
_CITY_DEPARTMENT = re.compile(
    # "Louisville Metro Department of Corrections": a consolidated city-county's department
    r"^([A-Z][a-z]+(?:[ ](?!Metro\b)[A-Z][a-z]+)?)(?:[ ]Metro)?[ ]"
    r"(?:Department|Division|Bureau)\s+of\b")


@cache
def _run_by_state() -> re.Pattern[str]:
    names = state_names_pattern()
    # "run by the West Virginia Division of Corrections", "which the state Division of
    # Corrections and Rehabilitation operates" (the state named elsewhere in the story)
    return re.compile(
        rf"\b(?:run|operated|managed)\s+by\s+the\s+({names}|state)\s+(?:Division|Department|Bureau)\s+of\b|"
        rf"\b(?:which|that)\s+the\s+({names}|state)\s+(?:Division|Department|Bureau)\s+of\s+"
        r"(?:[A-Z]\w+\s+(?:and\s+)?){1,3}(?:operates|runs|manages)\b|"
        # "the state Division of Corrections and Rehabilitation, which runs the jail"
        rf"\bthe\s+({names}|state)\s+(?:Division|Department|Bureau)\s+of\s+(?:[A-Z]\w+\s*(?:and\s+)?){{1,3}},"
        r"\s+which\s+(?:runs|operates|manages)\s+(?:the|its|the\s+state['’]s)\s+(?:regional\s+)?"
        r"jails?\b|"
        # "according to the state agency that runs it"
        r"\bthe\s+(state)\s+(?:agency|division|department)\s+that\s+(?:runs|operates|manages)\s+"
        r"(?:it|the\s+jail|them)\b")


_DATELINE_CODE = re.compile(r"\b[A-Z][A-Za-z .]+,\s+([A-Z]{2})\b")
# "just outside Hillsboro, OR, ..." in the body: a postal code after a capitalised town name.
_CITY_CODE = re.compile(r"\b[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,[ ]([A-Z]{2})(?=[,.;)]|\s+(?:[a-z]|$))")


@cache
def _state_pattern() -> re.Pattern[str]:
    """State names and AP abbreviations ("Calif.") from the us package."""
    names = [re.escape(s.name) for s in us.states.STATES]
    aps = _dotted_ap_abbrs()
    # an abbreviation only after a place and a comma ("Lowell, Mass."), not "go to Mass."
    dotted = [a for a in aps if a.count(".") > 1]  # "N.Y.", "S.C.": never ordinary words
    return re.compile(rf"\b(?:{'|'.join(names)})\b|(?<![\w.])(?:{'|'.join(dotted)})(?!\w)"
                      rf"|(?:(?<=[A-Za-z],\s)|(?<=\()|(?<=\bin\s)|(?<=state\s)|(?<=upstate\s))"
                      rf"(?:{'|'.join(aps)})(?!\w)(?!\s+[A-Z][a-z]+\s+[A-Z])")


def _dotted_ap_abbrs() -> list[str]:
    """The AP state abbreviations with a dot ("Calif.", "Ga."), escaped for a pattern."""
    return [re.escape(s.ap_abbr) for s in us.states.STATES if s.ap_abbr and "." in s.ap_abbr]


@cache
def _state_route() -> re.Pattern[str]:
    """A state highway by its AP abbreviation: "Ga. 61", "Tenn. 840" (on, at, off or and)."""
    aps = _dotted_ap_abbrs()
    return re.compile(rf"(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\band\s)|(?<=\boff\s))({'|'.join(aps)})"
                      rf"\s+\d{{1,3}}\b(?![\d%]|[,.]\d|\s+(?:people|"
                      rf"percent|inmates|of)\b)")


def state_mentions(text: str) -> Counter[str]:
    """USPS code -> how often the text names that state."""
    found: Counter[str] = Counter()
    for m in _state_pattern().finditer(text):
        if _ELSEWHERE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "is now in a detention center in Georgia": where ICE took him
        # AP forms first: the us package's fuzzy lookup reads "Minn" as Maine.
        st = _ap_lookup(m.group(0)) or us.states.lookup(m.group(0).rstrip("."))
        if st:
            found[st.abbr] += 1
    for phrase, code in STATE_LAW_HINTS.items():
        found[code] += text.count(phrase)
    found += Counter()  # drop zero entries
    for phrase, code in STATE_BODY_HINTS.items():  # once, after (so below) a named state
        if phrase in text and code not in found:
            found[code] = 1
    for m in _state_route().finditer(text):  # "U.S. 278 and Ga. 61": a state's own highway
        st = _ap_lookup(m.group(1))
        if st:
            found[st.abbr] += 1
    codes = [m.group(1) for m in _DATELINE_CODE.finditer(text[:300])]
    codes += [m.group(1) for m in _CITY_CODE.finditer(text, 300)]
    for code in codes:
        st = us.states.lookup(code)
        if st:
            found[st.abbr] += 1
    return found


# Where ICE held or took someone, not where the story is
_ELSEWHERE = re.compile(
    r"\b(?:is(?:\s+now)?|are|was|were|remains?|held|being\s+held)\s+(?:in|at|to)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:detention|processing|holding)\s+(?:center|facility)\s+(?:[\w,]+\s+){0,2}?"
    r"in\s+$"
    r"|\b(?:was|were|been|being)\s+(?:flown|deported|transferred|moved)\s+(?:[\w,]+\s+){0,4}?to\s+$",
    re.I)


def _ap_lookup(token: str) -> us.states.State | None:
    return next((s for s in us.states.STATES if s.ap_abbr == token), None)


# "D.C. police", "WASHINGTON —", "the District's": the story is set in the capital
_IN_WASHINGTON = re.compile(
    r"^\s*WASHINGTON\b(?!,\s+(?!D\.?\s?C))|\bWashington,\s+D\.\s?C\.|"
    r"\bD\.C\.\s+(?:[Pp]olice|Council|[Mm]ayor|[Jj]ail)\b|"
    r"\bDistrict\s+of\s+Columbia\b|\bthe\s+District['’]s\s+(?:police|jail|mayor)\b")
# "the Metropolitan Police Department in Nashville": another city's
_MPD_ELSEWHERE = re.compile(r"\bMetropolitan\s+Police\s+Department\s+(?:in|of)\s+[A-Z]")
# The District of Columbia and the territories: places with a USPS code that are no state
_AREAS = (us.states.DC, *us.states.TERRITORIES)


def _place_from_agency(name: str, doc: Document) -> str | None:
    """"Los Angeles County Sheriff's Department" -> "Los Angeles County"; states -> "State of X"."""
    text = doc.text
    if re.search(rf"\bstate-(?:run|operated)\s+{re.escape(name)}|{re.escape(name)},\s+(?:the\s+)?"
                 r"(?:[\w-]+\s+){0,2}state(?:-run)?\s+(?:jail|prison)\b", text):
        # "from the state-run Baltimore Central Booking ... Center", "Howard R. Young
        # Correctional Institution, the sprawling state jail"
        return _story_state(text)
    m = county_name().search(name)
    if m:
        return f"{m.group(1).strip()} County"
    parish = PARISH_NAME.search(name)
    if parish:  # "Lafayette Parish Correctional Center"
        return f"{parish.group(1).strip()} Parish"
    area = next((a.name for a in _AREAS if name.startswith(f"{a.name} ")), None)
    if area:  # "District of Columbia Department of Corrections", "Puerto Rico Department of ..."
        return area
    # "Virginia Peninsula Regional Jail" is a regional jail of counties, not the state's
    regional = bool({"Regional", "Region"} & set(name.split()))
    state = None if regional else next(
        (s.name for s in us.states.STATES
         if name.startswith(f"{s.name} ") and not name.startswith(f"{s.name} City")), None)
    if state:  # "South Carolina Department of Corrections"
        return f"State of {state}"
    if name.endswith("Police Department"):
        place = name[: -len("Police Department")].strip()
        # "Las Vegas Metropolitan Police Department"; the bare name is Washington's police
        place = re.sub(r"\s*\b(?:Metropolitan|Metro)$", "", place)
        # "Metro Nashville Police Department": the consolidated city's police
        metro = place.removeprefix("Metro ")
        place = metro if metro != place and metro in city_states() else place
        if not place and _IN_WASHINGTON.search(f"{doc.title or ''}\n{text}") and not (
                _MPD_ELSEWHERE.search(text)):
            return us.states.DC.name
        return place or None
    if "City" in name.split():
        named = name[: name.index("City") + 4]
        # "Roanoke City Sheriff's Office": Virginia tells the city from the county of that name
        # with "City"; the place is Roanoke. Not "Jersey City", "Carson City".
        plain = named.removesuffix(" City")
        return plain if named not in city_states() and plain in city_states() else named
    sheriff = _CITY_SHERIFF.match(name)
    if sheriff:
        place = sheriff.group(1).strip()
        its_county = rf"{re.escape(place)} County"
        # (not "the Denver County Jail": Denver's sheriff serves the city-county)
        if re.search(rf"\b{its_county}(?:['’]s)?\s+(?:[Ss]heriff|House\s+of\s+Correction)"
                     rf"|\b(?:[Ss]heriff\s+of|serves|serving|runs\s+for)\s+"
                     rf"(?:all\s+of\s+)?{its_county}\b", text) or (
                place not in city_states() and re.search(rf"\b{its_county}\b", text)):
            # "Middlesex Sheriff's Office ... all of Middlesex County", "Worcester Sheriff's
            # Office ... the Worcester County House of Correction" (Worcester is also a city)
            return f"{place} County"
        # A sheriff named for a place that is not a county serves an independent city.
        return place
    city = _CITY_DEPARTMENT.match(name)
    if city and place_states(city.group(1)):
        return city.group(1)  # "Philadelphia Department of Prisons" serves the city
    county = _named_county(name)
    town = county.removesuffix(" County") if county else ""
    if county and county not in text and not re.search(r"\bcounty\b", text) and (
            dateline_city(text) == town or re.search(rf"\b[Cc]ity\s+of\s+{town}\b", text)):
        # "RICHMOND, Va. — ... the Richmond Juvenile Detention Center", "The City of Richmond
        # confirmed ...", no Richmond County named: the city's facility
        return town
    if county and _fits(county, name, doc):
        return county  # "Miami-Dade Corrections and Rehabilitation Department"
    base = name.split("-")[0] if "-" in name else None
    if base in _COUNTING_PREFIXES:
        base = None  # "Tri-County Regional Jail" names how many counties, not which
    # "Albemarle-Charlottesville Regional Jail": the county its name leads with
    known = bool(base) and bool(county_states().get(f"{base} county".lower()))
    fits = bool(base) and _fits(f"{base} County", name, doc)
    if base and fits and (known or re.search(r"\bthe county\b", text)):
        return f"{base} County"
    bare = _RUN_BY_DIVISION.search(text)
    if bare:  # "run by the Division of Corrections", named in full with its state elsewhere
        state = _state_of_division(bare.group(1), text)
        if state:
            return f"State of {state}"
    run_by = _run_by_state().search(text)
    if run_by:  # "the jail, which is run by the West Virginia Division of Corrections"
        state = run_by.group(1) or run_by.group(2) or run_by.group(3) or run_by.group(4)
        return _story_state(text) if state == "state" else f"State of {state}"
    division = _DIVISION_RUNS.search(text) and re.search(
        rf"\b({state_names_pattern()})\s+Division\s+of\b", text)
    if division:  # "the West Virginia Division of ... The division, which operates the jail"
        return f"State of {division.group(1)}"
    return None


_COUNTING_PREFIXES = frozenset({"Tri", "Bi", "Multi", "Two", "Three", "Four", "Five", "Six"})
_DIVISION_RUNS = re.compile(
    r"\b[Tt]he\s+division,\s+which\s+(?:runs|operates|manages)\s+the\s+jail\b")


def _story_state(text: str) -> str | None:
    """"State of X" for the state the story is in: named, or where its places are."""
    named = (state_mentions(text) or context_votes(text, None, "")).most_common(1)
    found = us.states.lookup(named[0][0]) if named else None
    return f"State of {found.name}" if found else None


# "it is run by the Division of Corrections and Rehabilitation rather than by a county sheriff"
_RUN_BY_DIVISION = re.compile(
    r"\b(?:run|operated|managed)\s+by\s+the\s+((?:Division|Department|Bureau)\s+of\s+"
    r"[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+){0,3})")


def _state_of_division(division: str, text: str) -> str | None:
    """The state whose name the text puts before this division's name, if any."""
    m = re.search(rf"\b({state_names_pattern()})\s+{re.escape(division)}", text)
    return m.group(1) if m else None


def _fits(county: str, name: str, doc: Document) -> bool:
    """A county read off a facility's name holds unless a sentence naming the facility names
    another county and never this one: "Jack Harwell Detention Center in Waco ..., figures
    McLennan County released" is named for a person."""
    if county in doc.text:
        return True
    near = [s.text for s in doc.sentences if name in s.text]
    others = {m.group(0).strip() for s in near for m in county_name().finditer(s)}
    return not any(county_states().get(o.lower()) for o in others)



def _named_county(name: str) -> str | None:
    """"Miami-Dade Corrections ..." -> "Miami-Dade County" when the census lists that county."""
    words = name.split()
    if "Regional" in words or "Region" in words:
        return None  # "Rappahannock Regional Jail" serves several counties; it sits in one
    if len(words) > 2 and re.fullmatch(r"[A-Z]\.", words[1]):
        return None  # "Howard R. Young Correctional Institution" is named for a person
    for size in (2, 1):
        head = " ".join(words[:size])
        if len(words) > size and county_states().get(f"{head} county".lower()):
            return f"{head} County"
    return None


def _pick_state(place: str, doc: Document) -> str | None:
    """The place's state: named in the text, else the only one, else the one context points to."""
    if place.startswith("State of "):
        st = us.states.lookup(place[9:])
        return st.abbr if st else None
    area = next((a for a in _AREAS if a.name == place), None)
    if area:
        return str(area.abbr)
    options = place_states(place)
    beside = _state_beside(place, doc.text)
    if beside:  # "The town of Jackson, Wyoming, sits in Teton County"
        return beside
    mentions = [code for code, _ in state_mentions(doc.text).most_common()]
    named = [code for code in mentions if not options or code in options]
    if named:
        return named[0]
    if mentions and options and all(_in_passing(doc.text, code) for code in mentions) and (
            winner := _winner(context_votes(doc.text, doc.outlet, place), options)):
        return winner  # Tupelo, Miss., by the outlet and places, though "ends up in Louisiana"
    if mentions and not county_states().get(place.lower()) and not _big_city(place):
        # a city the table does not hold in that state (it lists only cities of 15,000 or
        # more); a county or parish is never in a state the census does not list it in, and a
        # big city is not placed by a state named in passing ("on a bus to Georgia")
        return mentions[0]
    if len(options) == 1:
        return next(iter(options))
    if not options:  # a town too small for the city table: placed when one state has it,
        towns = towns_named(place)  # and the story's places say no other
        votes = context_votes(doc.text, doc.outlet, place, dominant=False)
        if len(towns) == 1 and not set(votes) - towns:
            return next(iter(towns))
        # "St. Augustine" (Florida, Illinois) beside "St. Johns County": the one the places name
        return _winner(votes, towns) if len(towns) > 1 else None
    if "-" in place and place not in city_states():
        # a consolidated city-county: by its state named, or where its city is far the biggest
        # ("Athens-Clarke County": Georgia), not by other cities ("Jackson-Madison County")
        return _named_for_city(place, options, margin=_CONSOLIDATED_MARGIN)
    by_places = _by_places(doc, place, options)
    if by_places:
        return by_places
    named_for = _named_for_city(place, options)
    if named_for:
        return named_for
    # No clue: a wrong state would mislead more than a missing one ("King County" is in WA
    # and in TX, and no package here knows which is the big one).
    return None


def _by_places(doc: Document, place: str, options: frozenset[str]) -> str | None:
    """The one of several states the story's other places point to."""
    # "OSSIPEE — The Carroll County jail ...": a dateline town in one of the states decides
    # before the bigger cities the story names ("Conway" is Arkansas's by size)
    dated = town_states().get(dateline_city(doc.text) or "", frozenset()) & options
    if len(dated) == 1:
        return next(iter(dated))
    towns = town_votes(doc.text, place, options)
    town = _winner(towns, options)
    # "Portland" is Oregon's by size, but beside "Cumberland County" it is Maine's.
    for dominant in (True, False):
        votes = context_votes(doc.text, doc.outlet, place, dominant=dominant)
        winner = _winner(votes, options)
        if (winner and town and town != winner and votes[winner] == 1
                and towns[town] > towns[winner] and _shared_name(doc.text, winner, town)):
            # one big city's name that is also a small town of the other state ("Conway")
            # against more small towns of that state
            return town
        if winner:
            return winner
    return town


def _shared_name(text: str, city_state: str, town_state: str) -> bool:
    """Whether the story names a city of one state that is also a town of the other."""
    return any(city_state in city_states().get(name, {}) and town_state in town_states().get(
        name, frozenset()) for name in set(_CAPITALISED_NAME.findall(text)))


_CAPITALISED_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?\b")


# a state named only as where someone was taken: "ends up in Louisiana", "flown to Texas"
_TAKEN_TO = re.compile(r"\b(?:ended?\s+up|ends\s+up|sent|flown|moved|transferred|taken|deported|"
                       r"bused|driven|(?:detention|processing)\s+(?:center|facility))\s+(?:\w+\s+){0,3}?"
                       r"(?:in|to)\s+$", re.I)


def _in_passing(text: str, code: str) -> bool:
    """True when every mention of the state (by name) is a place someone was taken to."""
    state = us.states.lookup(code)
    found = list(re.finditer(rf"\b{re.escape(state.name)}\b", text)) if state else []
    return bool(found) and all(_TAKEN_TO.search(text, max(0, m.start() - 60), m.start())
                               for m in found)


def _winner(votes: Counter[str], options: frozenset[str]) -> str | None:
    """The option with the most votes, when no other option has as many."""
    ranked = sorted(((votes[c], c) for c in options if votes[c]), reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1]
    return None


_BIG_CITY = 100_000  # people: a city this big is named without its state


def _state_beside(place: str, text: str) -> str | None:
    """The state written right after the place ("Jackson, Wyoming", "Lowell, Mass."), if any."""
    for m in re.finditer(rf"\b{re.escape(place)},", text):
        if state := _state_after().match(text, m.end()):
            found = us.states.lookup(state.group(1))
            return found.abbr if found else None
    return None


@cache
def _state_after() -> re.Pattern[str]:
    """A state's name after a place's comma."""
    return re.compile(rf"\s+({state_names_pattern()})\b")


def _big_city(place: str) -> bool:
    return max(city_states().get(place, {}).values(), default=0) >= _BIG_CITY


# A county named for a city is where that city is when one state has it far bigger than the
# others ("El Paso County": El Paso, TX; "Orange County": Orange, CA over Orange, TX).
_NAMED_FOR_MARGIN = 2
# A consolidated city-county needs its city bigger still: Jackson, MS is twice Jackson, TN, but
# "Jackson-Madison County" is Tennessee's.
_CONSOLIDATED_MARGIN = 4


def _named_for_city(place: str, options: frozenset[str],
                    margin: float = _NAMED_FOR_MARGIN) -> str | None:
    """The state whose city shares the county's name, if one such city clearly dominates."""
    stem = place.removesuffix(" County").split("-")[0]  # "Athens-Clarke County": Athens
    cities = sorted(((pop, st) for st, pop in city_states().get(stem, {}).items() if st in options),
                    reverse=True)
    if cities and (len(cities) == 1 or cities[0][0] >= margin * cities[1][0]):
        return cities[0][1]
    return None


_ABBREVIATED = frozenset({"St.", "Ste.", "Ft.", "Mt."})


def find_jurisdiction(doc: Document, agency: Agency | None) -> Jurisdiction | None:
    """The handover agency's jurisdiction, or the first county the text names."""
    place = _place_from_agency(agency.name, doc) if agency else None
    if place is None:
        # A regional jail "sits in" its county; other counties named may only send it inmates.
        m = _SEAT.search(doc.text) or county_name().search(doc.text)
        if not m:
            return None
        words = [PLACE_ABBREVIATIONS.get(w, w) for w in m.group(1).split()]
        ends = [i for i, w in enumerate(words)
                if w.endswith(".") and len(w) > 3 and w not in _ABBREVIATED]
        words = words[ends[-1] + 1:] if ends else words  # "the city of Salem. In Montgomery County"
        while words and words[0] in {"The", "In", "A", "At", "Of", "For", "From", "By"}:
            words.pop(0)  # "The Prince George's County ..." opening a sentence
        place = f"{' '.join(words)} County"
    return Jurisdiction(place, _pick_state(place, doc),
                        agency.evidence if agency else None)

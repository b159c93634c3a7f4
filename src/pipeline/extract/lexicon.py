"""Domain vocabulary written once: number words, demonyms, abbreviations, roles, verbs."""

from __future__ import annotations

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12, "another dozen": 12,
    "a hundred": 100, "one hundred": 100,
}

# Phrase before a number -> qualifier; "just"/"only" keep a number exact.
QUALIFIER_PHRASES: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "just over": "more_than", "in excess of": "more_than",
    "at least": "at_least", "no fewer than": "at_least",
    "about": "about", "approximately": "about", "around": "about", "nearly": "about",
    "almost": "about", "roughly": "about", "close to": "about", "some": "about",
    "an estimated": "about",
    "topped": "more_than", "exceeded": "more_than", "surpassed": "more_than",
    "up to": "up_to", "fewer than": "up_to", "less than": "up_to", "as many as": "up_to",
    "no more than": "up_to", "not more than": "up_to", "at most": "up_to",
    "under": "up_to", "just under": "up_to",
    # spoken forms: "right at 40", "better than a dozen", "going on thirty"
    "right at": "about", "right around": "about", "right about": "about", "just about": "about",
    "better than": "more_than", "north of": "more_than",
    # in English from Spanish: "more of twenty", "at the least 38", "near of sixty"
    "more of": "more_than", "at the least": "at_least", "not less of": "at_least",
    "near of": "about", "around of": "about", "close of": "about",
}

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Demonyms whose country name pycountry cannot derive by itself.
DEMONYMS: dict[str, str] = {
    "mexican": "Mexico", "guatemalan": "Guatemala", "honduran": "Honduras",
    "salvadoran": "El Salvador", "salvadorean": "El Salvador", "colombian": "Colombia",
    "venezuelan": "Venezuela", "cuban": "Cuba", "haitian": "Haiti", "nicaraguan": "Nicaragua",
    "ecuadorian": "Ecuador", "peruvian": "Peru", "dominican": "Dominican Republic",
    "brazilian": "Brazil", "chinese": "China", "indian": "India", "vietnamese": "Vietnam",
    "filipino": "Philippines", "cambodian": "Cambodia", "jamaican": "Jamaica",
    "canadian": "Canada", "russian": "Russia", "ukrainian": "Ukraine",
    "chilean": "Chile", "argentine": "Argentina", "bolivian": "Bolivia",
    "costa rican": "Costa Rica",
    "panamanian": "Panama", "nigerian": "Nigeria", "ghanaian": "Ghana", "somali": "Somalia",
    "laotian": "Laos", "korean": "South Korea", "portuguese": "Portugal", "irish": "Ireland",
    "egyptian": "Egypt", "syrian": "Syria", "moroccan": "Morocco", "iraqi": "Iraq",
    "iranian": "Iran", "afghan": "Afghanistan", "pakistani": "Pakistan",
    "bangladeshi": "Bangladesh", "nepali": "Nepal", "nepalese": "Nepal", "indonesian": "Indonesia",
    "burmese": "Myanmar", "thai": "Thailand", "japanese": "Japan", "taiwanese": "Taiwan",
    "mongolian": "Mongolia", "pole": "Poland", "polish": "Poland", "swede": "Sweden",
    "swedish": "Sweden", "turk": "Turkey", "turkish": "Turkey", "tongan": "Tonga",
    "samoan": "Samoa", "fijian": "Fiji", "eritrean": "Eritrea", "ethiopian": "Ethiopia",
    "sudanese": "Sudan", "senegalese": "Senegal", "mauritanian": "Mauritania",
    "cameroonian": "Cameroon", "kenyan": "Kenya", "ugandan": "Uganda", "liberian": "Liberia",
    "albanian": "Albania", "romanian": "Romania", "moldovan": "Moldova", "armenian": "Armenia",
    "uzbek": "Uzbekistan", "belizean": "Belize", "paraguayan": "Paraguay",
    "uruguayan": "Uruguay", "guyanese": "Guyana", "jordanian": "Jordan", "lebanese": "Lebanon",
    "yemeni": "Yemen", "palestinian": "Palestine", "serbian": "Serbia", "bosnian": "Bosnia",
    "lithuanian": "Lithuania", "belarusian": "Belarus", "trinidadian": "Trinidad and Tobago",
    "bahamian": "Bahamas",
}

# Country names newsrooms use that pycountry lists under another name, and the name to show.
COUNTRY_ALIASES: dict[str, str] = {
    "russia": "Russia", "russian federation": "Russia", "turkey": "Turkey",
    "ivory coast": "Côte d'Ivoire", "cape verde": "Cabo Verde", "burma": "Myanmar",
    "macedonia": "North Macedonia", "swaziland": "Eswatini", "palestine": "Palestine",
    "brunei": "Brunei", "micronesia": "Micronesia", "czech republic": "Czechia",
    "democratic republic of the congo": "Democratic Republic of the Congo",
    "democratic republic of congo": "Democratic Republic of the Congo",
    "dr congo": "Democratic Republic of the Congo",
    "republic of the congo": "Congo",
}

# Place abbreviations that newsrooms use in agency names.
PLACE_ABBREVIATIONS: dict[str, str] = {
    "L.A.": "Los Angeles", "LA": "Los Angeles", "O.C.": "Orange County", "OC": "Orange County",
    "S.F.": "San Francisco", "NYC": "New York City", "D.C.": "District of Columbia",
}

# State laws and nicknames that place a story in a state when it names no state itself.
STATE_LAW_HINTS: dict[str, str] = {
    "Sanctuary State law": "CA", "SB 54": "CA", "SB54": "CA", "California Values Act": "CA",
    "TRUTH Act": "CA", "TRUST Act": "CA", "SB 4": "TX", "Senate Bill 4": "TX",
    "Immigrant Trust Directive": "NJ",
}

# County bodies only one state has: a clue to the state when the story names none.
STATE_BODY_HINTS: dict[str, str] = {
    "Fiscal Court": "KY", "Judge-Executive": "KY", "Quorum Court": "AR", "Police Jury": "LA",
}

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "dept", "st", "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "lt", "sgt", "capt", "gen",
    "col", "no", "vs", "calif", "ariz", "fla", "ill", "mass", "mich", "wash", "co", "corp",
    "inc", "ltd", "jr", "sr", "ave", "blvd", "ft", "mt", "u.s", "a.m", "p.m", "e.g", "i.e",
    "l.a", "o.c", "s.f", "d.c", "u.k", "n.y", "supt", "asst", "approx", "est", "atty",
    "maj", "cmdr", "cpl", "det", "ofc", "insp",
})

# Words that, capitalised after an abbreviation like "U.S.", start a new sentence.
SENTENCE_STARTERS: frozenset[str] = frozenset({
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "But", "And", "That",
    "This", "There", "Those", "These", "His", "Her", "Their", "Of", "On", "At", "After",
    "Before", "When", "While", "According",
})

# States whose agencies put "State" after the state's name: "New York State Department of ...".
STATE_IN_AGENCY_NAMES: frozenset[str] = frozenset({"New York", "Washington"})

# Custodial agency heads (kind, rank): lower rank is the better name for the handover agency.
AGENCY_HEADS: tuple[tuple[str, int], ...] = (
    # "The Franklin County sheriff's office": newsrooms often write the head in lower case
    # "the Denver Sheriff Department": a city and county's, named without the possessive
    (r"[Ss]heriff['’]s\s+(?:[Dd]epartment|[Oo]ffice)|Sheriff\s+Department", 0),
    # "Arizona Department of Corrections, Rehabilitation and Reentry"
    (r"Department\s+of\s+Corrections?(?:\s+and\s+(?:Rehabilitation|Community\s+Supervision)"
     r"|,\s+Rehabilitation\s+and\s+Reentry)?", 1),
    # "North Carolina Department of Adult Correction"
    (r"Department\s+of\s+(?:Public\s+Safety\s+and\s+|Adult\s+)?Correction(?:s|al\s+Services)?", 1),
    (r"Department\s+of\s+Rehabilitation\s+and\s+Correction", 1),
    (r"Department\s+of\s+Criminal\s+Justice", 1),
    (r"Department\s+of\s+Public\s+Safety\s+and\s+Correctional\s+Services", 1),
    (r"Department\s+of\s+(?:Adult\s+(?:and\s+Juvenile\s+)?)?Detention(?:\s+Facilities)?", 1),
    (r"Department\s+of\s+Prisons", 1),
    # "the St. Louis County Department of Justice Services, which runs the county jail"
    (r"Department\s+of\s+Justice\s+Services", 1),
    # "the Norfolk Department of Juvenile Services, which runs the detention center"
    (r"(?:Department|Division)\s+of\s+(?:Juvenile|Youth)\s+(?:Services|Justice|Detention)", 1),
    # "Spokane County Detention Services, which runs the jail"
    (r"Detention\s+Services", 1),
    (r"Corrections\s+and\s+Rehabilitation(?:\s+Department)?", 1),
    # "the Cowlitz County Corrections Department", "the New Mexico Corrections Department";
    # not "the Sheriff's Office Corrections Department"
    (r"(?<=County\s)Corrections?\s+Department|(?<=Mexico\s)Corrections\s+Department", 1),
    # "The Volusia County Division of Corrections turned 138 people over"; a state's division
    # runs regional jails that the facility names (LABELLING: the facility is the agency)
    # "the Luzerne County Division of Correctional Services, which runs the county prison"
    (r"(?<=County\s)Division\s+of\s+(?:Corrections?|Correctional\s+Services)", 1),
    (r"Police\s+Department", 2),
    # "the Riverside Regional Jail Authority, which runs the jail": the operator of a facility
    # "the Oklahoma County Criminal Justice Authority, the trust that runs the jail"
    # "the Comanche County Facilities Authority, the public trust that operates the ... center"
    (r"(?:Jail|Criminal\s+Justice|Detention)\s+Authority"
     r"|Facilities\s+Authority(?=[^.]{0,80}?\b(?:operates|runs|manages)\b[^.]{0,40}?"
     r"\b(?:jail|detention))", 1),
    (r"(?:County\s+)?Jail(?:\s+System)?", 3),
    (r"Detention\s+(?:Center|Facility|Complex)", 3),
    (r"jail", 4),
    # "the Adams County Adult Correctional Complex"
    (r"House\s+of\s+Corrections?|Correctional\s+(?:Facility|Institution|Center|Complex)", 5),
    # "Southwest Multi-County Correction Center"
    (r"Corrections?\s+Center", 3),
    # "Baltimore Central Booking and Intake Center"
    (r"(?:Central\s+)?Booking(?:\s+and\s+Intake)?\s+(?:Center|Facility)", 3),
    (r"(?:County|Parish)\s+Prison", 3),
    (r"(?:Criminal\s+)?Justice\s+(?:Center|Complex|Facility)", 3),
    # "Lake Region Law Enforcement Center": a jail shared with the sheriff and city police
    (r"Law\s+Enforcement\s+Center", 3),
)

PEOPLE_NOUNS: tuple[str, ...] = (
    "people", "persons", "person", "inmates", "inmate", "individuals", "individual",
    "immigrants", "detainees", "prisoners", "men", "women", "noncitizens", "migrants",
    "undocumented", "illegal", "jail", "county", "others", "transfers", "convicts", "offenders",
    "releases", "handovers", "deliveries",
    "teenagers", "teens", "juveniles", "youths", "minors", "boys", "girls", "adults",
)

# Nouns after a number that mark it as something other than people handed over.
NON_PEOPLE_NOUNS: tuple[str, ...] = (
    "requests", "request", "detainers", "detainer", "holds", "hold", "bookings", "booking",
    "notifications", "notices", "percent", "years", "year", "months", "month", "days", "day",
    "hours", "hour", "minutes", "times", "flights", "beds", "deputies", "agents", "officers",
    "nights", "night", "weeks", "week", "miles",
    "counties", "states", "cities", "jails", "facilities", "arrests", "crimes", "charges",
    "cases", "dollars", "million", "billion", "interviews", "votes", "pages",
    "offices", "agencies", "departments", "positions", "jobs",
)

ROLE_HEADS: tuple[str, ...] = (
    "Undersheriff", "undersheriff", "council member", "Sheriff", "Inspector General",
    "County Executive", "Executive", "Mayor",
    "Attorney General", "County Attorney", "District Attorney", "City Attorney", "Auditor",
    "Comptroller", "Treasurer", "Superintendent",
    "superintendent", "Communications Manager", "public information officer",
    "Public Information Officer", "spokesman", "spokeswoman", "spokesperson", "Spokesman",
    "Spokeswoman", "Spokesperson", "Warden", "Commissioner", "Police Chief", "Chief",
    "Secretary", "Director", "director", "Captain", "Lieutenant", "Sgt", "Lt", "Capt",
    "Maj", "Major", "Col", "Colonel", "Cmdr", "Commander", "Sergeant",
    "chairwoman", "chairman", "chair", "Chairwoman", "Chairman", "Chair", "commander",
    "supervisor", "Supervisor", "commissioner", "President", "senator", "Senator", "Jailer",
    "Judge-Executive", "Manager", "Administrator", "administrator", "Alderperson", "Alderman",
    "Alderwoman", "Consul", "consul", "chief of staff", "warden",
    "representative", "Representative", "lawmaker", "legislator", "Assemblymember", "Delegate",
    "head", "Chief Deputy", "Deputy Chief", "Chief of Police", "County Judge", "Council member",
    "Council Member", "president", "Legislator", "Majority Leader", "Minority Leader",
    "Councilmember", "Councilwoman", "Councilman", "press secretary", "secretary",
    "Justice of the Peace", "Councilor", "Councillor", "Mayor Pro Tem", "Mayor pro tem",
    "council member", "Sen", "Rep", "Solicitor", "Solicitor General", "Prosecuting Attorney",
    "Prosecutor",
    # a Kentucky county's fiscal court is made of magistrates
    "Magistrate",
    # "the sergeant Eliud Zamarripa Luna" (in English from Spanish)
    "lieutenant", "sergeant",
    # "The deputy sheriff, Mr. Thomas Mroczek," "The chief of police, Raymond Tully," (in English
    # from other languages, titles in lower case)
    "deputy sheriff", "chief of police", "police chief",
)
# Titles written in lower case before a name after "the" ("explained the sheriff Nolan
# Brandt", in English from Spanish); alone, in an appositive, they are the words of a clause.
LOWER_CASE_TITLES: tuple[str, ...] = (
    "sheriff", "chief deputy", "county judge", "jailer", "mayor", "police chief",
    "chief of police", "jail administrator", "lieutenant", "sergeant",
    # in English from Spanish: "the legislator Rosa Vélez", "the councilwoman Daniela Ocando"
    "legislator", "councilman", "councilwoman", "councilor", "council member", "commissioner",
    "spokesperson", "spokeswoman", "spokesman", "superintendent", "undersheriff", "warden",
)

# Organisations in an appositive role that make a person a government official.
GOVERNMENT_WORDS: tuple[str, ...] = (
    "Department", "department", "Division", "Office", "Sheriff", "Bureau", "Agency",
    "Police", "Corrections", "Correction", "Jail", "jail", "County", "State", "Attorney",
    "Inspector", "Superintendent", "spokes", "Spokes", "Public Information", "Warden",
    "Commissioner", "ICE", "Homeland", "Council", "Judge", "Board", "board", "Authority",
    "Commission", "Legislature", "County", "unit", "senator", "Senator", "legislator", "sheriff",
    "lawmaker", "representative", "Representative", "Assemblymember", "Delegate", "council",
    "division", "detention center", "commission", "Legislator", "Leader", "undersheriff",
    "District", "Legislative", "public information", "Governor's", "governor's", "Mayor's",
    "mayor's", "chief of police", "police chief", "warden of the prison",
    "director of public safety",
)

# Ranks written before a name ("Lt. Col. Omar Pratt", "Major Tasha Reed"): part of the title.
RANKS: tuple[str, ...] = (
    "Lt", "Col", "Capt", "Sgt", "Maj", "Cmdr", "Cpl", "Det", "Ofc", "Insp", "Supt", "Gen",
    "Lieutenant", "Colonel", "Captain", "Sergeant", "Major", "Commander", "Corporal",
    "Detective", "Officer", "Deputy", "Inspector",
)

SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "say", "stated", "states", "told", "tells", "added", "explained",
    "cited", "acknowledged", "admitted", "confirmed", "presented", "announced", "stressed",
    "noted", "reiterated", "according to", "worry", "worries", "warned", "argued", "insisted",
    "testified", "wrote", "statement", "confirmed by", "discussed",
    # Officials questioning at a public meeting speak there too.
    "asked", "pressed", "questioned", "disputed", "countered", "replied", "responded",
    "defended", "declared", "answered that", "attributed",
    # speech verbs of stories in English from Spanish and other languages
    "affirmed", "assured", "underlined", "pointed out", "commented", "specified", "clarified",
    "expressed", "indicated", "manifested",
)

# A state's prison agency where it is not "<State> Department of Corrections" (the name a
# corrections secretary's "department" takes when the story gives no other).
STATE_PRISON_AGENCIES: dict[str, str] = {
    "Arizona": "Arizona Department of Corrections, Rehabilitation and Reentry",
    "Arkansas": "Arkansas Division of Correction",
    "California": "California Department of Corrections and Rehabilitation",
    "Connecticut": "Connecticut Department of Correction",
    "Hawaii": "Hawaii Department of Corrections and Rehabilitation",
    "Idaho": "Idaho Department of Correction",
    "Indiana": "Indiana Department of Correction",
    "Louisiana": "Louisiana Department of Public Safety and Corrections",
    "Maryland": "Maryland Department of Public Safety and Correctional Services",
    "Massachusetts": "Massachusetts Department of Correction",
    "Nebraska": "Nebraska Department of Correctional Services",
    "New Mexico": "New Mexico Corrections Department",
    "New York": "New York State Department of Corrections and Community Supervision",
    "North Carolina": "North Carolina Department of Adult Correction",
    "North Dakota": "North Dakota Department of Corrections and Rehabilitation",
    "Ohio": "Ohio Department of Rehabilitation and Correction",
    "Tennessee": "Tennessee Department of Correction",
    "Texas": "Texas Department of Criminal Justice",
    "West Virginia": "West Virginia Division of Corrections and Rehabilitation",
}

NON_NAME_WORDS: frozenset[str] = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The",
    "County", "Department", "Office", "Sheriff", "Said", "In", "On", "And", "Of", "For",
    "ICE", "State", "Immigration", "Act", "Enforcement", "Customs", "Jail", "Police",
    # "Director of Corrections Operations Mark Hale": a title's words, not a name's
    "Operations", "Services", "Affairs", "Administration", "Programs", "General", "Directive",
})

"""Officials quoted or named as speaking for an agency, with the role the article gives them."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import us

from pipeline.extract.document import Document, Sentence
from pipeline.extract.lexicon import (
    GOVERNMENT_WORDS,
    LOWER_CASE_TITLES,
    NON_NAME_WORDS,
    RANKS,
    ROLE_HEADS,
    SPEECH_VERBS,
)
from pipeline.extract.places import city_states
from pipeline.facts import Official

# Letters beyond ASCII ("Castañeda", "Zoë") belong to names too.
# Vietnamese and other Latin Extended letters too ("Trương").
_EXTENDED = "\u0100-\u024f\u1e00-\u1eff"
_UP, _LOW = f"A-ZÀ-ÖØ-Þ{_EXTENDED}", f"a-zß-öø-ÿ{_EXTENDED}"
_NAME = (rf"(?P<name>[{_UP}][{_LOW}]+(?:\s+[A-Z]\.)?(?:\s+[{_UP}][{_UP}{_LOW}’'-]+){{1,2}})"
         r"(?!['’]s|\w)")
# A courtesy title before a name is no part of it: "Mr. Anders Holmqvist", "the Honorable
# Raymond P. Kessler", "Bà Loretta Gaines-Whitaker" (in English from other languages)
_ABBREVIATED_TITLES = r"(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Hon|Lic)\.|[Tt]he\s+Honorable"
_HONORIFIC = rf"(?:(?:{_ABBREVIATED_TITLES})\s+)?"
# after a comma ("The Sheriff of X, Don Rogelio Cárdenas,") a courtesy word in another language
# too; right after an English title it may be a first name ("Sheriff Don Alvarez")
_COURTESY = rf"(?:(?:{_ABBREVIATED_TITLES}|Don|Doña|Bà|Ông|Licenciad[ao])\s+)?"
_POSSESSIVE = re.compile(r"['’]s$")
# What a head may be "of" inside a title: a public service, never a place or an organisation.
_SERVICE = r"(?:Police|Corrections?|Public\s+Safety|Prisons|Detention|Jails)"
# Generic heads ("Director Ana Ruiz") name an official only in a government role.
_GENERIC_HEADS = frozenset({"head", "Director", "director", "President"})
# Heads that name an official only with a government word ("State Auditor", not "Coalition
# Treasurer")
_PUBLIC_ONLY_HEADS = frozenset({"Treasurer", "Auditor", "Comptroller"})
# A sentence about a custodial or public body lends a generic title ("Director X told") to it.
_PUBLIC_BODY = re.compile(r"\b(?:Department|Office|Jail|Sheriff|Corrections?|Detention|Prisons?|"
                          r"County|City|Council|Commission|Board)\b", re.I)


# "Marchetti's campaign spokesperson": speaks for the candidate, not the office
_PRIVATE_ROLE = re.compile(r"(?:campaign|family|personal|political|re-?election)\b", re.I)


def _role_first_official(m: re.Match[str], doc: Document,
                         government: Callable[[str], bool]) -> bool:
    """A post named before its holder: "A spokeswoman for the sheriff's office, X,"; one owned
    by a title-holder or a government place ("Essex County's sheriff, X,", lower case as the
    possessive leaves it), not a campaign's or a family's."""
    role, owner = m.group("role"), m.group("owner")
    if not owner:
        return government(role)
    return (government(role) or government(role.title())) and (
        _official_owner(owner, doc.text) and not _PRIVATE_ROLE.match(role))


def _official_owner(owner: str, text: str) -> bool:
    """"Marchetti's spokesperson" of Sheriff Marchetti, "Lowell's mayor", "Essex County's
    sheriff": a title-holder or a government place owns the post."""
    return (owner.endswith((" County", " City")) or owner in city_states()
            or _holds_office(owner, text))


def _holds_office(surname: str, text: str) -> bool:
    """"Marchetti's spokesperson": Marchetti is titled as an official in the story ("Sheriff Ann
    Marchetti"), not an advocate, a lawyer's client or a family."""
    first = "" if " " in surname else r"(?:[A-Z][\w.’'-]*\s+)?"
    return bool(re.search(rf"\b(?:Sheriff|Undersheriff|Chief|Warden|Mayor|Director|Commissioner|"
                          rf"Superintendent|Governor|Gov\.|Captain|Capt\.)\s+{first}"
                          rf"{re.escape(surname)}\b", text))


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    heads = "|".join(re.escape(h) for h in sorted(ROLE_HEADS, key=len, reverse=True))
    ranks = "|".join(re.escape(r) for r in sorted(RANKS, key=len, reverse=True))
    titled = re.compile(
        # "Commissioner of Correction Loretta Vance", "Superintendent of Police Ray Keane"
        # "Deputy Mayor for Public Safety and Justice Imani Castellanos-Reed"
        rf"(?P<role>(?:[A-Z][\w.’'-]*\s+){{0,4}}(?:{heads})"
        rf"(?:\s+(?:of|for)\s+{_SERVICE}(?:\s+and\s+(?:Justice|Security|Corrections))?)?(?:['’]s)?)"
        # "director Lt. Col. Omar Pratt", "Sgt. Nina Brandt": abbreviated ranks join the title.
        rf"(?:\.|(?P<rank>(?:\.?\s+(?:{ranks})\.)+))?\s+{_HONORIFIC}{_NAME}"
    )
    appositive = re.compile(
        rf"{_NAME},\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^,;“”\"]{{3,160}}?)(?=,|\s+said\b|\.?$)"
    )
    verbs = "|".join(re.escape(v) for v in SPEECH_VERBS)
    # "A spokeswoman for the sheriff's office, Dana Whitfield, said": the role comes first.
    role_first = re.compile(
        # "A Lexington city council member who sits on the board, Harriet Wolcott, asked"
        # "The Sheriff of Whatcom County, Mr. Anders Holmqvist, said"; "The Mason District
        # Supervisor, Daniel Truong, said" (a title in capitals alone)
        # "a change that its sheriff, Abelardo Treviño, describes"; "explained the director
        # of the Detention Center, Ramona Aguirre-Platt." (the name ending the sentence)
        # "Marchetti's spokesperson, Daniel Kourakos, said"
        rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|(?P<owner>(?:[A-Z][a-z.]+\s+)?[A-Z][a-z]+)['’]s)\s+"
        rf"(?P<role>(?:Honorable\s+)?(?:(?:[A-Z][a-z]+\s+)?[a-z][^,;“”\"]{{3,80}}?"
        rf"|(?:[A-Z][a-z]+\s+){{0,3}}(?:{heads})))"
        rf",\s+{_COURTESY}{_NAME}(?:,|(?=\.[\"”]?\s*$))"
    )
    # "Dale Whitlock, R-Mooresville, one of the bill's sponsors": a legislator by party and town.
    legislator = re.compile(rf"{_NAME},\s+(?P<role>[RDI]-[{_UP}][\w. ]+?)(?=,|\s+said\b)")
    return titled, appositive, re.compile(rf"\b(?:{verbs})\b"), role_first, legislator


# verbs whose speaker may follow them ("indicated the spokesperson ..."), not "told the sheriff"
_OWN_SPEECH_VERBS = ("said", "stated", "added", "explained", "confirmed", "stressed", "noted",
                     "declared", "affirmed", "assured", "underlined", "pointed out", "commented",
                     "specified", "clarified", "expressed", "indicated", "manifested")


@cache
def _lower_case_titled() -> re.Pattern[str]:
    """"the sheriff Nolan Brandt", "the chief deputy Irma Sokolowski" (in English from
    Spanish): a title in lower case after "the", right before a name."""
    titles = "|".join(re.escape(t) for t in sorted(LOWER_CASE_TITLES, key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in _OWN_SPEECH_VERBS)
    return re.compile(
        rf"\b(?:[Tt]he|its)\s+(?P<role>{titles})\s+{_NAME}"
        # "indicated the spokesperson of the county, Linda Marchetti", "pointed out the
        # commissioner of the county Gerald Foss", "confirmed the past Friday the commissioner
        # of police, Dennis Cardona" (the speaker after the verb, in English from Spanish)
        rf"|\b(?:{verbs})\s+(?:the\s+past\s+\w+\s+|this\s+\w+\s+)?the\s+"
        rf"(?P<role2>(?:{titles})(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s+of\s+[A-Z][a-z]+)?)?),?\s+"
        rf"{_NAME.replace('?P<name>', '?P<name2>')}")


# "Harlan Vose has been superintendent of the Grafton County Department of Corrections since
# 2022": a person introduced by the post held, the post named with its body
_INTRODUCED = re.compile(
    rf"{_NAME}\s+(?:has\s+been|is|became|was\s+named|was\s+appointed|serves\s+as)\s+"
    r"(?:the\s+)?(?!(?:a\s+)?(?:candidate|intern|volunteer|former|retired|critic)\b)"
    r"(?P<role>(?:[a-z]+\s+)?[a-z]+\s+(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*"
    r"(?:Department|Office|Jail|Corrections?|Detention\s+Center|Police|Sheriff['’]s\s+Office)"
    r"(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)")


# "the spokesman Tom Reyes of the advocacy group Voces", "the superintendent of schools": a
# title some private bodies and school districts give too
_SHARED_TITLES = re.compile(r"^(?:spokes|superintendent|commissioner)", re.I)
_PRIVATE_BODY = re.compile(
    r"\b(?:coalition|group|organi[sz]ation|union|association|network|alliance|church|campaign|"
    r"foundation|institute|league|schools?|center\s+for)\b", re.I)
_OF_PRIVATE_BODY = re.compile(
    r",?\s+(?:of|for)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?" + _PRIVATE_BODY.pattern, re.I)
_PUBLIC_WORD = re.compile(r"\b(?:county|city|state|sheriff|police|jail|department|office)\b", re.I)


def _shared_title_of_a_private_body(text: str, at: int, name: str, role: str) -> bool:
    """True for a title private bodies give too, held in one named right after the name."""
    words = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", role).split(None, 1)
    if not words or not _SHARED_TITLES.match(words[0]) or (
            len(words) > 1 and _government_words().search(words[1])):
        return False  # "spokeswoman for the sheriff's office" says whose
    if len(words) > 1 and _PRIVATE_BODY.search(words[1]):
        return True  # "the spokesperson of the coalition", "the superintendent of schools"
    after = text.find(name, at)
    body = _OF_PRIVATE_BODY.match(text, after + len(name)) if after >= 0 else None
    return body is not None and not _PUBLIC_WORD.search(body.group(0))


def _clean_role(role: str) -> str:
    words = role.split()
    while words and words[0] in {"The", "A", "An", "Said", "said", "According", "to", "Last",
                                 "Honorable", "That's", "That’s", "Then"}:
        words.pop(0)
    return re.sub(r"['’]s$", "", " ".join(words)).rstrip(")]")


# a title that is past ("a retired Idaho State Police sergeant"), not a past job mentioned
# beside a present one ("the sheriff's spokeswoman and a former TV reporter")
_FORMER_BEFORE = re.compile(r"\b(?:former|retired|onetime|ex-)\s*$", re.I)
_FORMER = re.compile(r"^\W*(?:(?:a|an|the)\s+)?(?:retired|former|ex-)", re.I)


@cache
def _role_head() -> re.Pattern[str]:
    """Any role head as a whole word."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(h) for h in ROLE_HEADS)})\b")


def _is_government(role: str) -> bool:
    if not _role_head().search(role) or _FORMER.search(role):
        return False  # not "a retired Idaho State Police sergeant"
    if role.split()[0] == "president":  # of a public body, not of a forum or a council of a group
        return bool(_PUBLIC_BODY_NAME.search(role))
    return bool(_government_words().search(role))


# "president of the Hardy County Commission", not "of the LULAC council in Houston"
_PUBLIC_BODY_NAME = re.compile(r"\b(?:County|City|State)\s+(?:Commission|Council|Board)\b|"
                               r"\b(?:Senate|House|Legislature|Assembly)\b")


@cache
def _government_words() -> re.Pattern[str]:
    """Government words as whole words ("Leader", not "Leadership"; "spokes-" as a prefix)."""
    words = "|".join(re.escape(w) + ("" if w.lower() == "spokes" else r"(?:s|['’]s)?\b")
                     for w in GOVERNMENT_WORDS)
    return re.compile(rf"\b(?:{words})")


def _public_if_needed(role: str) -> bool:
    """False for a head that needs a government word and has none ("Coalition Treasurer")."""
    return _clean_role(role).split()[-1] not in _PUBLIC_ONLY_HEADS or _is_government(role)


def _generic(role: str) -> bool:
    """True when the title's head word is a generic one such as "Director"."""
    return _clean_role(role).split()[-1] in _GENERIC_HEADS


_OF_ORGANISATION = re.compile(r"\s+(?:of|at|with)\s+(?:the\s+)?[A-Z]")


def _lends_title(doc: Document, s: Sentence, m: re.Match[str]) -> bool:
    """A generic title ("Director X") names an official when the sentence, or the one before,
    is about a public body, unless the title is tied to another organisation ("of the ...")."""
    if _OF_ORGANISATION.match(s.text, m.end()):
        return False
    before = " ".join(t.text for t in doc.sentences[max(0, s.index - 2):s.index])
    return bool(_PUBLIC_BODY.search(s.text) or _PUBLIC_BODY.search(before))


# The last word of a body's name, never of a person's ("the Sheriff's Advisory Council")
_BODY_WORDS = frozenset({"Council", "Committee", "Commission", "Board", "Office", "Department",
                         "Center", "Authority", "Association", "Network", "Coalition", "Court",
                         "Project", "Fund", "Enforcement", "Service", "Services", "Division"})


def _is_place(name: str) -> bool:
    """True for a country, continent or state name, or a body's, read as a person's name."""
    if name.split()[-1] in {"America", "Africa", "Asia", "Europe"} | _BODY_WORDS:
        return True
    state = us.states.lookup(name)
    return state is not None and state.name == name


_LEGISLATIVE_TITLES = frozenset({"Delegate", "Del.", "Rep.", "Representative", "Sen.", "Senator",
                                 "Assemblymember", "Assemblyman", "Assemblywoman"})


def _titled_legislator(name: str, party: str) -> tuple[str, str]:
    """"Delegate Renata Szabo, D-Richmond": the name without its title, the title as role."""
    title, _, rest = name.partition(" ")
    if title in _LEGISLATIVE_TITLES and " " in rest:
        return rest, title
    return name, party


def _without_rank(name: str) -> str:
    """"Major Tasha Reed" -> "Tasha Reed": a rank opening a name is part of the title; so is a
    one-word title ("The board's chair, Commissioner Dolores Vuich, said")."""
    first, _, rest = name.partition(" ")
    head = first.rstrip(".")
    titled = head in RANKS or (head in _ONE_WORD_TITLES and head[0].isupper())
    return rest if titled and " " in rest else name


_ONE_WORD_TITLES = frozenset(h for h in ROLE_HEADS if " " not in h and "-" not in h)


_QUESTION_LINE = re.compile(r"^Q:", re.M)
_ANSWER_LINE = re.compile(r"^A:", re.M)


def _interview_start(text: str) -> int | None:
    """Where the questions of a question-and-answer interview start, if the story is one."""
    first = _QUESTION_LINE.search(text)
    if first is None or len(_ANSWER_LINE.findall(text)) < 2:
        return None
    return first.start()


def _speaks(doc: Document, surname: str) -> bool:
    """True when the person's surname shares a sentence with a speech verb."""
    verbs = _patterns()[2]
    name_re = re.compile(rf"\b{re.escape(surname)}\b(?!['’]s)")
    # "WHITLOCK:", "SHERIFF CURTIS AMBERLY [recorded]:"
    if re.search(rf"^(?:[A-Z][A-Z.’'-]*\s+){{0,3}}{re.escape(surname.upper())}(?:\s*\[[a-z ]+\])?:",
                 doc.text, re.M):
        return True  # an interview's answers, labelled "WHITLOCK:"
    # "Sheriff Travis Mayberry ... spoke", "Supervisor Rita Osterholm pushed back, saying";
    # not "signs saying Sheriff Gerald Couch should ..."
    own_words = re.compile(rf"\b{re.escape(surname)}\b(?:(?:,[^,]{{0,80}},)?\s+spoke"
                           # "Commissioner Ruth Adeyemi asks whether ...": the asker
                           r"|\s+(?:asks|presses)\b"
                           r"|[^.;\"“]{0,100}?,\s+saying)\b")
    sentences = doc.sentences
    return any(name_re.search(s.text) and (
        verbs.search(s.text) or own_words.search(s.text)
        # "Superintendent Gail Desrosiers put it bluntly to me: "I don't get to pick ...""
        or (bool(_COLON_QUOTE.search(s.text)) and _as_subject(s.text, name_re))
        # "Sheriff Dale Prentiss has never hidden that choice. At a budget hearing in March he
        # told supervisors, ..."
        or (i + 1 < len(sentences) and sentences[i + 1].paragraph == s.paragraph
            and not _UNREACHED.search(s.text) and _HE_SAID.match(sentences[i + 1].text)
            and _as_subject(s.text, name_re)))
        for i, s in enumerate(sentences))


def _as_subject(text: str, name_re: re.Pattern[str]) -> bool:
    """True when the name opens the sentence as its subject, not as an object ("a letter to
    Sheriff X", "a lawsuit asks Sheriff X")."""
    m = name_re.search(text, 0, _SUBJECT_REACH)
    return m is not None and not _NAMED_AS_OBJECT.search(text, 0, m.start())


# the next sentence opening on "he said", or on an adverbial and then "he told"
_HE_SAID = re.compile(
    r"^(?:(?:At|In|On|During|Later|Last|Earlier|Asked)\b[^.;\"“,]{0,60}?,?\s)?(?:[Hh]e|[Ss]he)\s+"
    r"(?:said|told|added|explained|wrote|testified)\b"
    # '"We got it wrong in the room," he wrote in an email.'
    r"|^[\"“](?![^\"”]*\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)\b)[^\"”]{2,400}[,.?!][\"”]\s+(?:he|she)\s+"
    r"(?:said|wrote|added|told)\b")
_COLON_QUOTE = re.compile(r":\s*[\"“]")
_NAMED_AS_OBJECT = re.compile(r"\b(?:to|naming|about|against|asks?)\s+(?:\w+\s+){0,3}$", re.I)
_SUBJECT_REACH = 60  # characters from a sentence's start within which its subject is named
_UNREACHED = re.compile(
    r"\b(?:did\s+not|didn['’]t)\s+(?:return|respond|answer|reply)"
    r"|\bcould\s*n[o']t\s+(?:\w+\s+)?be\s+reached"
    r"|\b(?:declined|refused)\s+(?:to\s+(?:comment|speak|talk|answer)|(?:an?\s+)?(?:interview|requests?))")


# A document's author signs it: a name on a line of its own, the title on the next line.
_SIGNER_RANK = r"(?:(?:Capt|Lt|Sgt|Maj|Col|Cmdr|Chief|Sheriff|Dr)\.?\s+)?"
_SIGNED_NAME = re.compile(rf"^{_SIGNER_RANK}{_NAME}$")
_TITLE_LINE = re.compile(r"^[A-Z][\w.’'/&-]*(?:,?\s+[\w.’'/&-]+){0,7}$")
_FROM_HEADER = re.compile(
    rf"^FROM:\s+{_SIGNER_RANK}{_NAME},\s+"
    r"(?P<role>[A-Z][\w.’'/&-]*(?:\s+[\w.’'/&-]+){0,6})$", re.I)
_BYLINE = re.compile(
    rf"^By\s+{_NAME},\s+(?P<role>[A-Z][\w.’'/&-]*(?:\s+[\w.’'/&-]+){{0,6}})$")
_NOT_OFFICE = re.compile(r"\b(?:Bureau|Party|Association|Defender|Project|Union|Coalition|Network|"
                         r"Alliance|Center\s+for|Writer|Editor|Reporter|Correspondent)\b", re.I)
_CUSTODIAL = re.compile(r"\b(?:detention|jail|sheriff|county|corrections?)\b", re.I)
_CLOSING = re.compile(
    r"^(?:Sincerely|Respectfully(?:\s+submitted)?|(?:Best\s+|Kind\s+)?[Rr]egards|Thank\s+you|Thanks)[,.]?$")
# a letter's own voice just above the name: "As I told the Court in January, ..."
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|my|My|let['’]s|Let['’]s)\b")


def _signers(doc: Document) -> list[Official]:
    """The authors of letters, memos and emails reproduced in the story, by their signature
    blocks ("Respectfully submitted, / Capt. Dana Whitcomb / Jail Administrator"): a name
    line under a closing, a first-person paragraph or a sign-off, or named by a "From:"
    header, with a government title on the line below."""
    out: list[Official] = []
    lines = doc.sentences
    for s in lines:  # "FROM: Capt. Rhonda Villers, Detention Center Administrator"
        header = _FROM_HEADER.match(s.text)
        role = header.group("role") if header else ""
        if header and (_is_government(role) or (
                _role_head().search(role) and _CUSTODIAL.search(role))):
            out.append(Official(header.group("name"), role, s.evidence()))
        # "By Leland Pruett, Coffee County Sheriff" (an op-ed's byline); not a bureau chief's,
        # a party's, an association's or a defender's
        byline = _BYLINE.match(s.text)
        if byline and _is_government(byline.group("role")) and not _NOT_OFFICE.search(
                byline.group("role")):
            out.append(Official(byline.group("name"), byline.group("role"), s.evidence()))
    titles: set[int] = set()
    for i, s in enumerate(lines[:-1]):
        name = _SIGNED_NAME.match(s.text)
        title = lines[i + 1].text
        # "Jolene Harrower / Records Coordinator / Umatilla County Sheriff's Office": the
        # office's line under the title makes it a government one
        # (the lines of a signature block are paragraphs of their own, or lines of one)
        office = (lines[i + 2] if i + 2 < len(lines)
                  and lines[i + 2].paragraph in (s.paragraph, s.paragraph + 2) else None)
        if (name is None or i in titles
                or lines[i + 1].paragraph not in (s.paragraph, s.paragraph + 1)
                or not _TITLE_LINE.match(title)
                or not (_is_government(title) or (office and _is_government(office.text)
                                                  and _TITLE_LINE.match(office.text)))
                or (office and _PRIVATE_BODY.search(office.text))
                or _role_head().search(name.group("name"))
                or any(w in NON_NAME_WORDS for w in name.group("name").split())):
            continue  # not a title line read as a name ("Jail Administrator")
        role = title.split(",")[0].strip() if _role_head().search(title.split(",")[0]) else title
        first, surname = name.group("name").split()[0], name.group("name").split()[-1]
        above = [p.text.strip() for p in lines[max(0, i - 3):i]]
        signed = (any(_CLOSING.match(a) or a == first for a in above[-2:])
                  or (above and lines[i - 1].paragraph == s.paragraph - 1
                      and _FIRST_PERSON.search(" ".join(
                          p.text for p in lines[max(0, i - 6):i]
                          if p.paragraph == s.paragraph - 1)) is not None)
                  or re.search(rf"^From:\s+(?:[A-Z][a-z]+\.?\s+)?[^\n]*\b{re.escape(surname)}\b",
                               doc.text, re.M | re.I) is not None)
        if signed:
            out.append(Official(name.group("name"), role, s.evidence()))
            titles.add(i + 1)
    return out


# "the director of the center" heads a county's detention center in a story that names one,
# not a private ICE prison's (whose wardens are not officials).
_PUBLIC_CENTER = re.compile(r"\b(?:County|City|Parish|Regional)\s+(?:[A-Z][a-z]+\s+){0,2}"
                            r"(?:Detention|Justice|Correctional|Corrections)\s+Center\b")
_CENTER = re.compile(
    r"\bof\s+the\s+(?:[Dd]etention\s+|[Jj]ustice\s+|[Cc]orrectional\s+)?[Cc]enter\b"
    r"(?!\s+(?:for|of|on)\b)")  # not "the Center for Immigration Studies"


def _government_in(doc: Document) -> Callable[[str], bool]:
    """The test of a government role for doc: a center's head counts where the story's center
    is a public one."""
    if not _PUBLIC_CENTER.search(doc.text):
        return _is_government
    return lambda role: _is_government(role) or bool(
        _role_head().search(role) and _CENTER.search(role) and not _FORMER.search(role))


# "The figures appear in the report that the administrator of the center, X, presented": the
# role is the relative clause's subject
_RELATIVE_OPENS = re.compile(r"^.*\b(?:that|which)\s+(?:the|a|an|its|their)\s+")
def _relative_role(role: str) -> str:
    """The role a relative clause's subject names, when it is one ("the administrator of the
    center"); else the role as it stands ("spokesman for the division that the sheriff
    oversees")."""
    inner = _RELATIVE_OPENS.sub("", role)
    return inner if inner != role and _role_head().match(inner) else role


_RANK_WORDS = frozenset(r.lower() for r in RANKS) | {"sgt.", "lt.", "capt.", "cmdr."}


def _rank_only(role: str | None) -> bool:
    """True for a role that is only a rank ("Sgt.", "lieutenant"), which says no post."""
    return role is not None and role.lower().rstrip(".") in _RANK_WORDS


def find_officials(doc: Document) -> tuple[Official, ...]:
    """Each official once (by surname), in order of first mention."""
    titled, appositive, _, role_first, legislator = _patterns()
    government = _government_in(doc)
    found: dict[str, Official] = {}
    # The interviewee of a question-and-answer story, whose answers are "A: ...", is the
    # first titled person its introduction names.
    questions = _interview_start(doc.text)
    interviewee: str | None = None
    for s in doc.sentences:
        hits = [(m.start(), m.group("name"), _clean_role(m.group("role")))
                for m in titled.finditer(s.text)
                if _public_if_needed(m.group("role"))
                and not _FORMER_BEFORE.search(s.text, 0, m.start())
                and (not _generic(m.group("role")) or government(m.group("role"))
                     or m.group("rank") or _lends_title(doc, s, m))]
        hits += [(m.start(), m.group("name") or m.group("name2"),
                  m.group("role") or m.group("role2"))
                 for m in _lower_case_titled().finditer(s.text)]
        hits += [(m.start(), m.group("name"), _clean_role(m.group("role")))
                 for m in appositive.finditer(s.text) if government(m.group("role"))]
        hits += [(m.start(), m.group("name"), _clean_role(_relative_role(m.group("role"))))
                 for m in role_first.finditer(s.text) if _role_first_official(m, doc, government)]
        hits += [(m.start(), *_titled_legislator(m.group("name"), m.group("role")))
                 for m in legislator.finditer(s.text)]
        hits += [(m.start(), m.group("name"), m.group("role"))
                 for m in _INTRODUCED.finditer(s.text) if government(m.group("role"))]
        for at, name, role in sorted(hits):
            name, role = _longer_title(s.text, at, name, role)
            if _shared_title_of_a_private_body(s.text, at, name, role):
                continue  # "the spokesman Tom Reyes of the coalition Voces Unidas"
            # "Sheriff Dale Kessler's office reported": the sheriff, if he speaks elsewhere.
            name = _without_rank(_POSSESSIVE.sub("", name))
            tokens = name.split()
            # "Sheriff Tom Dart's office" names the office, not a speaker called "Dart's".
            if any(t in NON_NAME_WORDS for t in tokens) or not role or _POSSESSIVE.search(name):
                continue
            if _is_place(name):
                continue  # "Central and South America, a spokesperson said"
            surname = tokens[-1]
            if interviewee is None and questions is not None and s.start < questions:
                interviewee = surname
            if surname not in found and (surname == interviewee or _speaks(doc, surname)):
                found[surname] = Official(name, role, s.evidence())
            elif (surname in found and _rank_only(found[surname].role)
                  and not _rank_only(role) and found[surname].evidence == s.evidence()):
                # "the sergeant Marisol Quintana, spokeswoman of the office": the post, not
                # the rank
                found[surname] = Official(found[surname].name, role, s.evidence())
    for signer in [*_signers(doc), *_cued_speakers(doc, government), *_roll_call_speakers(doc)]:
        found.setdefault(signer.name.split()[-1], signer)
    return tuple(found.values())


# words of a title that may run on after its head: "Chief Corrections Deputy Ana Fuentes"
_TITLE_WORDS = r"(?:Corrections|Correctional|Detention|Jail|Deputy|Administrator|Officer|Assistant)"
_RUN_ON_TITLE = re.compile(
    rf"((?:{_TITLE_WORDS}\s+)+)([A-Z][\w’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+)\b")


def _longer_title(text: str, at: int, name: str, role: str) -> tuple[str, str]:
    """A title read too short, its last words taken for the name, made whole again."""
    if not re.match(_TITLE_WORDS + r"\s", name):
        return name, role
    head = text.find(role, at)
    run_on = _RUN_ON_TITLE.match(text, head + len(role) + 1) if head >= 0 else None
    if run_on is None:
        return name, role
    return run_on.group(2), f"{role} {run_on.group(1).strip()}"


# Minutes list the members present by full name and quote them by title and surname:
# "Present: Chair Ellen Marquardt; Supervisors Grace Iwasaki, Paul Denholm" ... "Supervisor
# Iwasaki said"
# "Present: Supervisors ...", "MEMBERS PRESENT: Chair ...; Supervisors ...", "Members heard: ..."
_ROLL_CALL = re.compile(r"^(?:[A-Z][\w ]{0,40}?\s)?(?:[Pp]resent|PRESENT|(?<=[Mm]embers\s)heard"
                        r"|(?<=MEMBERS\s)HEARD):\s*(?P<names>.+)$")
_LIST_TITLES = re.compile(r"\b(?:Vice\s+)?Chair(?:man|woman|person)?\b|\b(?:Supervisors?|"
                          r"Commissioners?|Council\s*[Mm]embers?|Trustees?|Aldermen|Alderman|"
                          r"Alderwoman|Mayor|Legislators?|Members?|Rep(?:resentative)?s?\.?|"
                          r"Sen(?:ator)?s?\.?)(?!\w)")
_LISTED_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?:[A-Z][a-z]*[’']?)?[A-Z][\w’'-]+")
_MEMBER_SPEAKS = re.compile(
    r"\b(?P<role>Supervisor|Commissioner|Council\s+[Mm]ember|Councilmember|Councilwoman|Councilman|"
    r"Alderman|Alderwoman|Alderperson|Legislator|Trustee|Chair|Vice\s+Chair)\s+"
    r"(?P<surname>[A-Z][\w’'-]+)\s+(?:said|asked|says|asks|added|noted|replied|responded|"
    r"questioned|wanted\s+to\s+know)\b")


_MEMBER_LABEL = re.compile(
    r"^(?:\[[\d:]+\]\s*)?(?P<role>SUPERVISOR|COMMISSIONER|MEMBER|COUNCIL\s*MEMBER|COUNCILMEMBER|"
    r"COUNCILWOMAN|COUNCILMAN|ALDERMAN|ALDERWOMAN|LEGISLATOR|TRUSTEE|REP\.|SEN\.|REPRESENTATIVE|"
    r"SENATOR|CHAIR|CHAIRWOMAN|CHAIRMAN)\s+(?P<surname>[A-Z][A-Z’'-]+):")


def _roll_call_speakers(doc: Document) -> list[Official]:
    """Members quoted by title and surname whose full names the minutes' roll call gives."""
    full: dict[str, str] = {}
    for s in doc.sentences:
        if call := _ROLL_CALL.match(s.text.strip()):
            for m in _LISTED_NAME.finditer(_LIST_TITLES.sub(" ", call.group("names"))):
                name = m.group(0)
                if not any(w in NON_NAME_WORDS or _role_head().fullmatch(w) for w in name.split()):
                    full.setdefault(name.split()[-1], name)
    out: list[Official] = []
    by_surname = {surname.lower(): name for surname, name in full.items()}
    for s in doc.sentences:
        for m in _MEMBER_SPEAKS.finditer(s.text):
            if m.group("surname") in full:
                out.append(Official(full[m.group("surname")], m.group("role"), s.evidence()))
        # a transcript's speaker label: "SUPERVISOR FEENEY:", "[1:03:31] REP. MARCHETTI-DAHL:"
        label = _MEMBER_LABEL.match(s.text)
        listed = by_surname.get(label.group("surname").lower()) if label else None
        if label and listed:
            out.append(Official(listed, label.group("role").title(), s.evidence()))
    return out


# A broadcast script's cue over a sound bite: "(SOT -- Eric Maynard, Boyd County
# Judge-Executive)", "[SOT -- Sheriff Hollis Kincaid]", "(ACTUALITY -- Sheriff Ray Dollison -- :14)"
_CUE_LINE = re.compile(
    r"^[(\[]\s*(?:SOT|ACTUALITY|SOUNDBITE|SOUND\s+BITE|BITE|ACT)\s*(?:--|[—–:-])\s*"
    r"(?P<body>[^)\]]+?)(?:\s*(?:--|[—–-])\s*:?\d+(?::\d+)?)?\s*[)\]]$")


def _cued_speakers(doc: Document, government: Callable[[str], bool]) -> list[Official]:
    """The officials whose sound bites a broadcast script cues, by the cue's name and title."""
    titled = _patterns()[0]
    out: list[Official] = []
    for s in doc.sentences:
        cue = _CUE_LINE.match(s.text.strip())
        if cue is None:
            continue
        body = cue.group("body").strip()
        name, _, role = body.partition(",")
        if role and government(role.strip()):
            out.append(Official(name.strip(), role.strip(), s.evidence()))
        elif not role and (m := titled.fullmatch(body)) and government(m.group("role")):
            out.append(Official(_without_rank(m.group("name")), _clean_role(m.group("role")),
                                s.evidence()))
    return out

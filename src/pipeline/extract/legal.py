"""The legal basis the article gives for the handovers (warrant, detainer, 287(g), ...)."""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.extract.agency import opens_on_another_body
from pipeline.extract.document import Document, Sentence
from pipeline.extract.places import county_name
from pipeline.facts import Count, LegalBasis, LegalBasisKind

# A count of papers in words: "lodged 143 detainers", "received nineteen detainers"
_COUNT_WORDS = (r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds")

# "detainer" naming something else: "the detainer law", "a detainer dispute"
_NOT_A_DETAINER_ITSELF = (r"(?!\s+(?:laws?|statutes?|bills?|acts?|polic(?:y|ies)|rules?|"
                          r"requirements?|ordinances?|disputes?|lawsuits?|fights?|debates?)\b)")
# the custodian as the subject of its own practice ("the jail", "deputies", "we")
_THE_JAIL = (r"(?:the\s+(?:(?:county\s+)?jail|detention\s+center|center|office|"
             r"sheriff['’]s\s+office|department)|jail\s+staff|deputies|jailers|we)")
_PEOPLE_HELD = (r"(?:people|inmates|prisoners|detainees|them|(?:the|a|an)\s+(?:person|inmate)|"
                r"anyone|someone)\b")
# "ICE files a detainer", "the agency lodges a detainer"
_ICE_FILES = (r"(?:(?:ICE|the\s+(?:federal\s+)?agency)\s+(?:files|lodges|sends|places|issues|"
              r"faxes(?:\s+over)?)|(?:immigration\s+|ICE\s+)(?:agents|officers|authorities)\s+"
              r"(?:file|lodge|send|place|issue|fax(?:\s+over)?))\s+(?:an?\s+)?(?:\w+\s+)?"
              r"detainers?\b")
# the rest of the sentence neither refuses the detainer nor puts the practice off
_NOT_HONORED = (r"(?![^.]*(?:\b(?:ignor\w*|refus\w*|declin\w*|would|will|could|should|in\s+the\s+"
                r"future|lets?\s+(?:\w+\s+){1,3}go|no\s+longer|suspend\w*|ended)\b"
                r"|(?:\b(?:not|never)|n['’]t)\s+(?:\w+\s+)?"
                r"(?:honou?r|hold)\w*))")


_RULES: tuple[tuple[LegalBasisKind, re.Pattern[str]], ...] = (
    ("judicial_warrant", re.compile(
        r"judicial(?:ly)?\s+(?:\w+\s+)?warrants?|judge['’]s\s+warrant|judges['’]\s+warrants|"
        r"\bjudge[-\s]signed\s+(?:\w+\s+)?warrants?|\bcriminal\s+(?:arrest\s+)?warrants?|"
        # "a warrant signed by a judge", "warrants each signed by a federal judge"
        # not "An administrative warrant is not signed by a judge"
        r"warrants?\s+(?:(?!not\b|never\b)\w+\s+){0,2}signed\s+by\s+(?:a\s+|the\s+)?(?:[\w.]+\s+){0,2}judge|"
        # "a federal judge had signed a warrant"
        r"\bjudge\s+(?:had\s+|has\s+)?sign\w*\s+(?:a\s+|the\s+|an\s+)?(?:\w+\s+)?warrants?|"
        # "backed by a warrant from a federal judge"
        r"\bwarrants?\s+(?:from|issued\s+by)\s+(?:a\s+|the\s+)?(?:\w+\s+)?judge|"
        # "an order of arrest signed by a federal judge", "with warrant of a judge" (from Spanish)
        r"\border\s+of\s+arrest\s+(?:(?!not\b|never\b)\w+\s+){0,2}signed\s+by\s+(?:a\s+|the\s+)?(?:[\w.]+\s+){0,2}judge|"
        # not "unlike the warrants of a judge"
        r"(?<!unlike\s)(?<!unlike\sthe\s)(?<!with\sthe\s)\bwarrants?\s+of\s+(?:a\s+|the\s+)?(?:federal\s+)?judge\b",
        re.I)),
    ("detainer", re.compile(
        # not "ICE lodged 143 detainers at the jail": a count of requests, not the handovers' basis
        r"\b(?:on|under|named\s+(?:on|in)|lodged(?!\s+(?:a\s+dozen|dozens\s+of|hundreds\s+of|several|"
        r"many|a\s+few|no|any)\b"
        r"|\s+(?:(?:about|roughly|nearly|around|approximately|some|over|close\s+to|"
        r"almost|more\s+than|fewer\s+than|at\s+least)\s+)?"
        # not "pressed the sheriff on the gap between detainers and transfers"
        rf"(?:[\d,]+\s|(?:{_COUNT_WORDS})[\w-]*\s)))\s+"
        r"(?:an?\s+|the\s+)?(?:(?!gap\b|between\b|difference\b)\w+\s+){0,2}"
        r"detainers?\b|"
        # "ICE lodges a detainer and the department honors it"
        r"(?<!If\sICE\s)(?<!if\sICE\s)\blodges\s+an?\s+detainer\b"
        r"(?:(?!\b(?:no\s+longer|not|never)\b)[^.;]){0,60}?\bhonou?rs\s+(?:it|them)\b|"
        # "Most of the October releases involved ICE detainers"
        r"\b(?:releases|transfers|handovers|cases)\s+involved\s+(?:\w+\s+){0,2}?detainers?\b|"
        # "Each of the releases followed an ICE detainer"
        # not "follow the detainer law the Legislature passed"
        # "All 19 transfers came after ICE detainers", "Most transfers follow an ICE detainer"
        r"\b(?:transfers|handovers|releases|handoffs|hand-offs)\b"
        r"(?:(?!\b(?:would|could|will|might|should)\b)[^.;]){0,40}?\b(?:came\s+after|"
        r"follow(?:s|ed)?)\s+(?:an?\s+|the\s+)?(?:ICE\s+|immigration\s+)?detainers?\b(?!\s+\w+(?:ed|s)\b)"
        rf"{_NOT_A_DETAINER_ITSELF}|"
        # not "followed the detainer law the Legislature passed"
        rf"\bfollowed\s+(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}?detainers?\b{_NOT_A_DETAINER_ITSELF}|"
        r"\bdetainers?\s+for\s+(?:each|every|all)\s+(?:one\s+)?of\s+(?:them|those)\b|"
        # "The jail hasn't turned anyone over without an ICE detainer" (a requirement, below)
        r"(?<=\bwithout\san\s)(?:ICE\s+|immigration\s+)?detainer\b|(?<=\bwithout\sa\s)detainer\b|"
        # "only when the agency sends a detainer together with an administrative warrant"
        r"\bonly\s+(?:when|if)\b[^.;,]{0,60}?\b(?:sends?|provides?|presents?|has|comes\s+with)\s+"
        r"(?:both\s+)?an?\s+(?:ICE\s+|immigration\s+)?detainer\s+(?:together\s+with|along\s+with|"
        r"accompanied\s+by|backed\s+by|plus|and)\s(?![^.]*\bignor\w*)|"
        r"\bdetainers?(?:\s+requests?)?\s+on\s+(?:each|every|all)\b|\bForm\s+I-247A?\b|"
        r"\bafter\s+(?:ICE\s+|immigration\s+)?(?:\w+\s+){0,4}?(?:had\s+)?(?:filed|lodged|placed|issued)\s+(?:an?\s+)?"
        r"(?![\d,]+\s)(?:\w+\s+)?detainers?\b|"
        # "The jail turns people over to ICE after ICE files a detainer": the practice, present
        r"\b(?:turns?|hands?|transfers?|delivers?|releases?)\s+(?:[\w-]+\s+){0,3}?(?:over\s+)?to\s+"
        r"(?:ICE|U\.S\.\s+Immigration|immigration|federal)\b[^.;,]{0,60}?\bafter\s+(?:ICE|the\s+agency|"
        r"immigration\s+\w+)\s+(?:files|lodges|places|issues|sends)\s+an?\s+(?:\w+\s+)?detainer\b|"
        # "the jail holds people for ICE when the agency files a detainer", "When ICE lodges a
        # detainer, deputies hold the person", "ICE picked the inmates up after placing
        # detainers on them": the jail's own practice on ICE's detainers; not when it then
        # lets the person go, nor another body's practice, a duty to come or what it can do
        rf"\b{_THE_JAIL}\s+(?:(?:holds|keeps|hold|keep)\s+{_PEOPLE_HELD}|(?:turns|hands)\s+"
        rf"{_PEOPLE_HELD}\s+over)"
        r"(?:(?!\b(?:not|never|no|only|longer|unless|except)\b|n['’]t\b)"
        r"(?:[^.;]|(?<=\bU)\.|(?<=\bU\.S)\.)){0,60}?"
        rf"\b(?:when|whenever|once|after|if)\s+{_ICE_FILES}{_NOT_HONORED}|"
        rf"\b(?:When|Whenever|Once|After|If)\s+{_ICE_FILES}[^.;]{{0,60}}?,\s+{_THE_JAIL}\s+"
        rf"(?:(?:holds|keeps|hold|keep)\s+{_PEOPLE_HELD}|"
        # "When ICE places a detainer on an inmate, the office calls agents and hands the inmate
        # over"
        rf"(?:[^.;,]{{0,40}}?\band\s+)?(?:hands|turns|hand|turn)\s+{_PEOPLE_HELD}\s+over"
        # not "... over only with a judge's warrant", "... over to Polk County deputies"
        r"(?!\s+only\b|\s+to\s+(?!ICE\b|immigration\b|federal\b|agents\b|them\b)))"
        rf"{_NOT_HONORED}|"
        # "ICE picked up all 12 after placing detainers on them"
        r"(?<!never\s)\bpicked\s+(?:\w+\s+){0,3}?up\s+(?:(?:all|the|those|each|both)\s+"
        r"(?:[\w-]+\s+){0,2}?)?after\s+(?:placing|lodging|filing|issuing)\s+"
        r"(?:\w+\s+)?detainers?\s+on\s+them\b|"
        # "had an immigration detainer on file"
        r"\bdetainers?\s+(?:(?:is|was|are|were)\s+)?on\s+file\b|\b(?:had|has|have)\s+(?:an?\s+)?(?:ICE\s+|immigration\s+)?detainers?\b|"
        r"\b(?:has|had|have)\s+(?:filed|lodged|placed|issued)\s+an?\s+(?:\w+\s+)?detainer\b|"
        # "made in response to an ICE detainer", "pursuant to immigration detainers"
        r"\b(?:in\s+response\s+to|pursuant\s+to|based\s+on|because\s+of|at\s+the\s+request\s+of|"
        r"on\s+the\s+basis\s+of)"
        r"\s+(?:an?\s+|the\s+|their\s+)?(?:\w+\s+){0,2}?detainers?\b|"
        r"\bhonou?r\w*\s+(?:\w+\s+){0,2}?detainers?\b|"
        r"\bdetainers?\s+(?:(?:were|was|had\s+been)\s+)?lodged(?![^.:]*:\s*\d)|"
        # "the subject of an ICE detainer", "subject to a detainer", "an inmate with a detainer"
        r"\b(?:subject\s+(?:of|to)|with)\s+(?:an?\s+)?(?:\w+\s+)?detainers?\b|"
        # "detainers are routinely honored", "ICE had sent the jail a detainer", "deputies can
        # issue immigration detainers themselves", "When ICE has placed a hold on a prisoner"
        r"\bdetainers?\s+(?:are|were|is|was|get|gets)\s+(?!not\b|never\b)(?:\w+\s+)?honou?red\b|"
        # "when ICE has sent both a detainer and ..."
        r"\b(?:had|has|have)\s+sent\s+(?:the\s+\w+\s+)?(?:both\s+)?an?\s+(?:\w+\s+)?"
        r"detainer\b|"
        r"\b(?:issue|process|serve)\s+(?:ICE\s+|immigration\s+)?detainers\s+themselves\b|"
        # "officers lodge detainers on people the federal agency wants", "serve ICE detainers
        # and administrative warrants on people in custody"
        r"\b(?:place|lodge|issue)\s+(?:ICE\s+|immigration\s+)?detainers\s+on\s+them\b|"
        r"\b(?:officers|deputies|jailers)\b[^.;]{0,80}?\b(?:place|lodge|issue|serve)s?\s+"
        r"(?:ICE\s+|immigration\s+)?detainers\b"
        r"(?:\s+and\s+[\w\s-]{1,40}?)?\s+on\s+(?:them|people|inmates|prisoners|detainees|anyone|"
        r"those)\b(?![^.]*\b(?:ignor\w*|refus\w*|declin\w*|(?:not|n['’]t|never)\s+(?:\w+\s+)?honou?r\w*)\b)|"
        r"\bplaced\s+an?\s+(?:ICE\s+|immigration\s+)?hold\s+on\b|"
        # Plain-language detainers: "ICE holds", "immigration holds", "requests to hold".
        r"\b(?:ICE|immigration|federal\s+immigration)\s+holds?\b|"
        r"\brequests?\s+(?:from\s+ICE\s+)?to\s+hold\b|"
        # "after ICE asked the jail to hold them"
        r"\b(?:ICE|immigration\s+(?:agents|officers|authorities))\s+(?:had\s+)?"
        r"(?:asked|asks|requested)\s+"
        r"(?:the\s+(?:jail|office|county|department|prison)\s+|them\s+|it\s+)?to\s+hold\b|"
        r"\b(?:ICE\s+)?hold\s+requests?\b|"
        # "after ICE issued a detention request", "on the basis of so-called detainers" (in
        # English from other languages)
        r"\b(?:after|on\s+the\s+basis\s+of|based\s+on|following|pursuant\s+to)\s+(?:an?\s+|the\s+)?"
        r"(?:(?:ICE|immigration)\s+)?(?:issued\s+(?:an?\s+)?)?(?:so-called\s+[\"“]?detainers?|"
        r"detention\s+requests?)\b|"

        r"\b(?:honou?r\w*|compl(?:y|ies|ied)\s+with)\s+(?:\w+\s+){0,2}?detention\s+requests?\b|"
        # "When ICE files a detainer on someone in our custody, we honor it."
        r"\bdetainers?\b[^.;]{0,120}?,\s+we\s+(?:honou?r|hold)\b"
        r"(?!\s+(?:no|nobody|none|nothing|no\s+one|only)\b)", re.I)),
    ("extradition", re.compile(r"\bextradit\w+", re.I)),
    ("court_order", re.compile(
        r"\bcourt[-\s]order(?:s|ed)?\b|\border\s+of\s+(?:a|the)\s+court\b|"
        # "an order issued by a federal district judge", "a judge's order"; not a removal
        # order from an immigration judge, which is ICE's own process.
        # "orders of a North Dakota district court"
        r"\borders?\s+of\s+(?:a|the)\s+(?!immigration\b)(?:[\w.]+\s+){0,3}?court\b|"
        r"\border(?:s|ed)?\s+(?:issued\s+|signed\s+|entered\s+)?(?:by|from)\s+(?:a\s+|the\s+)?"
        r"(?!immigration\b)(?:[\w.]+\s+){0,3}?(?:judge|court)s?\b|"
        r"\b(?<!immigration\s)judge['’]s\s+order\b|"
        # "The judge's sentencing order directed that ... he be released into ICE custody"
        r"\b(?<!immigration\s)judge['’]s\s+(?:sentencing|transfer|written|signed)\s+order\b"
        r"(?=[^.;]{0,80}\b(?:ICE|immigration\s+custody)\b)|"
        # "acting on an order a circuit judge signed when the man was sentenced"; not one
        # "barring such transfers" or an immigration judge's
        r"(?<=\bon\san\s)order\s+(?:that\s+)?(?:an?|the)\s+(?!(?:[\w.]+\s+){0,2}?immigration\b)"
        r"(?:[\w.]+\s+){0,2}?"
        r"(?:judge|magistrate)\s+(?:had\s+)?signed\b(?!\s+(?:barring|blocking|freeing|releasing|"
        r"stopping|halting|forbidding|prohibiting|that|dismiss\w*|in\s+a)\b)"
        r"(?=[^.;]*\b(?:ICE|immigration|sentenced|sentencing)\b)|"
        # "state district judges, at sentencing, ordered the inmates delivered to ICE"
        # not "after a judge had ordered the person released": a release, not a handover
        r"\b(?<!immigration\s)(?:judges?|courts?)\b[^.;]{0,40}?\bordered\b"
        r"(?!\s+(?:\w+\s+){0,3}?(?:released|freed|set\s+free|to\s+release)\b"
        r"(?!(?:\s+\w+){0,2}?\s+(?:directly\s+)?(?:to|into)\b[^.;,]{0,40}\b(?:ICE|immigration|"
        r"Homeland|federal)\b))|"
        # "a magistrate reviews it and signs a short order"
        r"\b(?<!immigration\s)(?:judge|magistrate)\b[^.;]{0,40}?\b(?:signed|signs|issued|issues)\s+"
        r"(?:an?|the)\s+(?:(?!warrant|or\b|protective|restraining|gag|release|emergency|no-contact|"
        r"removal|bond)[\w-]+\s+){0,2}?order\b(?!\s+of\s+(?:removal|deportation))|"
        # "under an order signed by a magistrate", "a judicial official who issued an order to hold"
        r"\border(?:s|ed)?\s+(?:issued\s+|signed\s+)?by\s+(?:a\s+|the\s+)?(?:magistrate|judicial\s+official)\b|"
        r"\b(?:magistrate|judicial\s+official)\s+who\s+(?:issued|signed)\s+an?\s+order\b|"
        r"\bmagistrate['’]s\s+order\b", re.I)),
    ("other", re.compile(
        r"\bqualifying\s+(?:conviction|offense|crime)s?\b|"
        # ICE's own administrative warrants (forms I-200 and I-205), signed by no judge
        r"\badministrative\s+(?:arrest\s+|removal\s+)?warrants?\b|"
        # "serve federal administrative immigration warrants; all 23 transfers were made on them":
        # the looser name only beside the handovers made on them
        r"\badministrative\s+(?:immigration|ICE)\s+(?:arrest\s+)?warrants?\b(?!\s+(?:are|is)\s+not\b)|"
        r"\bwarrants?\s+of\s+removal\b|"
        r"\bForms?\s+I-20[05]\b|"
        r"\bconvictions?\s+that\s+qualif(?:ies|y)\s+(?:\w+\s+){0,3}?under\b|"
        # "All three convictions are listed in the Immigrant Trust Directive"
        r"\bconvictions?\s+(?:are\s+|is\s+)?listed\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
        r"(?:Directive|Act|law|statute)\b|"
        # "convictions that the law treats as qualifying"
        r"\bconvictions?\s+that\s+(?:\w+\s+){1,4}?as\s+qualifying\b|"
        # "a conviction that allows a transfer under California's sanctuary law"
        r"\bconvictions?\s+that\s+(?:allows?|permits?)\s+(?:a\s+|the\s+)?(?:transfers?|cooperation)\b|"
        # "prior convictions that, under the California Values Act, allow a sheriff to cooperate"
        r"\bconvictions?\s+that,\s+under\s+[^,.;]{3,60},\s+(?:allows?|permits?)\b|"
        # "convictions that fall within the exceptions SB 54 allows"
        r"\bconvictions?\s+that\s+fall\s+(?:within|under)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"(?:exceptions?|list)\b(?=[^.;]{0,40}\b(?:allows?|permits?|law|Act|statute|SB\s?\d+)\b)|"
        # "a conviction on a list of serious and violent offenses", "from a list ... set out in
        # the law", "convictions on the law's list"
        r"\bconvictions?\s+(?:on|from)\s+(?:(?:a|the)\s+(?:[\w’'-]+\s+){0,2}?list\s+of\s+"
        r"(?:[\w-]+\s+){0,2}?(?:serious|violent)|the\s+(?:law|Act|statute)['’]s\s+list)\b|"
        # "when a person has been convicted of certain serious or violent crimes"
        r"\b(?:may|can|only|allow\w*|permit\w*)\s+(?:\w+\s+){0,3}?(?:cooperat\w*|transfer\w*)\b"
        r"(?:(?!not\s+only)[^.;]){0,80}?\bconvicted\s+of\s+(?:certain|specified|listed)\s+"
        r"(?:serious|violent)\b(?![^.]*\b(?:repealed|struck\s+down|overturned)\b)|"
        # "a conviction that the California Values Act treats as an exception"
        r"\bconvictions?\s+that\s+(?:[\w-]+\s+){1,5}?treats?\s+as\s+(?:an\s+)?exception\b|"
        # "convicted of a serious felony listed in the statute"
        r"\bconvicted\s+of\s+(?:a\s+|one\s+of\s+(?:a\s+list\s+of\s+|the\s+)?)?(?:specified\s+)?"
        r"(?:serious|violent|qualifying|listed)\b(?=[^.]{0,200}\b(?:Act|law|statute|lists?|listed)\b)|"
        # "section 7282.5, which permits cooperation ... when an individual has been convicted of
        # specified serious or violent offenses"
        r"\b(?:permits?|allows?)\s+(?:cooperation|transfers?|the\s+(?:jail|department|office|"
        r"sheriff)\s+to\s+(?:cooperate|transfer|hold|act))\b[^.]{0,100}?\bconvicted\s+of\s+"
        r"(?:specified\s+|certain\s+)?(?:serious|violent|qualifying)\b|"
        # "a serious or violent felony conviction that state law allows the jail to act on"
        r"\b(?:serious|violent)\s+or\s+(?:serious|violent)\s+(?:felony\s+)?"
        r"convictions?\s+that\s+(?:[\w-]+\s+){0,3}?(?:law|Act|statute|policy)\s+(?:allows|permits)\b|"
        # California's TRUST/Values Act allows transfers after a serious or violent felony
        r"\bconvictions?\s+for\s+(?:a\s+|one\s+of\s+the\s+)?(?:serious|violent|qualifying)\b"
        r"(?=[^.]*\b(?:Act|law|policy|statute|lists?|listed|allows?|permits?)\b)|"
        # "If ICE has an interest and the conviction qualifies, we coordinate the hand-off"
        r"\bconvictions?\s+qualif(?:ies|y|ied)\b(?!\s+as\s+(?:a\s+)?(?:misdemeanor|felony))|"
        # "if a person qualifies for transfer under the Values Act"
        r"\bqualif(?:ies|y|ied)\s+for\s+(?:a\s+)?transfer\s+under\b|"
        # "a conviction that the California Values Act lists", "the sanctuary law's exception
        # for people with serious or violent convictions", "fell under the conviction exception",
        # "eligible for transfer under the Values Act because of prior convictions"
        r"\bconvictions?\s+that\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Act|law|statute|SB\s?54)\s+lists\b|"
        r"\bexception\s+for\s+(?:people|persons|those|inmates|anyone)\s+with\s+(?:[\w-]+\s+){0,3}?"
        r"convictions?\b|\bconviction\s+exception\b|"
        r"\beligible\s+for\s+(?:a\s+)?transfer\s+under\s+[^.;]{0,60}?\bconvictions?\b|"
        # "That conviction is on the list of offenses under California's Values Act"
        r"\bconvictions?\s+(?:is|was|are|were)\s+on\s+the\s+(?:\w+['’]s\s+)?list\b|"
        # "convicted of one of several hundred serious or violent offenses the law lists", "a
        # conviction on a long list of serious or violent crimes"
        r"\bconvict(?:ed|ions?)\s+on\s+a\s+(?:long\s+)?list\s+of\s+"
        r"(?:serious|violent)\s+(?:or\s+(?:serious|violent)\s+)?(?:offenses|crimes|felonies)\b|"
        r"\bconvicted\s+of\s+one\s+of\s+(?:the\s+|several\s+hundred\s+)?"
        r"(?:serious|violent)\s+(?:or\s+(?:serious|violent)\s+)?(?:offenses|crimes|felonies)\b"
        r"(?=[^.]{0,40}\b(?:law|Act|statute)\s+lists\b)|"
        # "State law allows a jail to transfer someone ... only if the person has been convicted
        # of certain serious or violent offenses"
        r"\b(?:law|Act|statute|SB\s?54)\s+(?:allows|permits|lets)\b[^.]{0,100}?\bconvicted\s+of\s+"
        r"(?:certain|specified)\s+(?:serious|violent)\b", re.I)),
)
# 287(g) named by its models or its deputized officers, without the section number.
_287G_MODEL = re.compile(
    r"\b(?:jail\s+enforcement|task\s+force|warrant\s+service\s+officer)\s+model\b|"
    # "operated under a warrant service officer agreement, a version of the federal 287(g) ..."
    r"\b(?:(?:operat\w*|works?|worked|working)\s+under\s+(?:a|an|its|the)|(?:agreement|pact),\s+"
    r"(?:known\s+as|called)\s+an?\s+(?:287\s?\(g\)\s+)?)\s*warrant\s+service\s+officer\s+agreement\b|"
    r"\bdeputized\s+(?:officers|deputies|jailers|staff)\b", re.I)
_IMMIGRATION = re.compile(r"\bICE\b|\bimmigra\w*", re.I)
# A basis the agency refuses or lacks ("does not honor ICE holds") is not the handovers' basis.
_REFUSED = re.compile(
    r"\b(?:not|never|no\s+longer|refus\w*|declin\w*|reject\w*|ignor\w*|without|absent|"
    # "the jail turned away 14 detainers"
    r"turn\w*\s+away\s+(?:[\d,]+|all|every|each|any|those|them|these)|"
    r"none|nothing|"
    r"limit\w*|restrict\w*|curb\w*|would|propos\w*|ask\w*|urg\w*|stop\w*|"
    r"ceas\w*|quit\w*|should|whether)\b"
    # "the records show no judicial warrants"
    r"|\b(?:show\w*|found|had|has|have|with|were|was|list\w*)\s+no(?:\s+\w+)?$"

    # "we'd need a legal opinion on whether a detainer alone is enough": a hypothetical, not
    # "he'd honored every detainer" (he had)
    r"|n['’]t\b|['’]d\s+(?:need|want|like|have\s+to|be|consider|require|ask)\b"
    # A practice of the past: "the last full year the jail honored detainers", "when the
    # office still required a judicial warrant", "used to"
    r"|\bthe\s+last\s+(?:full\s+)?(?:year|month|time)\s+(?:that\s+)?(?:the|it|its|they)\b|\bwhen\s+(?:\w+\s+){0,2}still\b|\bused\s+to\b"
    r"|\b(?:formerly|previously|liable)\b"
    # "Other states make ICE show up with a judge's order"
    # not "Polk is one of many counties that honor ICE detainers"
    r"|(?<!one\sof\s)\b(?:other|most|many|some|several)\s+(?:states|counties|jurisdictions|cities|"
    r"agencies|sheriffs|jails)\b", re.I)
# "judicial warrants, which are legal orders signed by judges": the order is the warrant.
# Not an order listed beside the warrants: "14 on federal judicial warrants and three on orders
# issued by a federal magistrate judge".
_DEFIED = re.compile(r"\b(?:violation\s+of|violat\w+|defy\w*|defied|sought|seek\w*|despite)\s+"
                     r"(?:an?|the)\s+(?:\w+\s+)?$", re.I)
_UNSURE = re.compile(r"\b(?:whether|unclear|if|want\w*|lets?|allows?)\b", re.I)
_EITHER_OR = re.compile(r"\beither\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?warrants?\s+or\s+"
                        r"(?:an?\s+|the\s+)?$", re.I)
_WARRANT_BEFORE = re.compile(
    r"\bwarrants?\b(?![^.;]{0,40}?\band\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)\b)[^.;]{0,40}$", re.I)
# "a resolution asking ... only when a judge has signed the warrant": proposed, not used.
_PROPOSED = re.compile(
    r"\b(?:resolution|proposal|motion|asks?|asking|urg\w*|would\s+require)\b"

    # "a project of law ... that would oblige the jails to hold ... persons with a detainer"
    r"|\bproject\s+of\s+law\b|\b(?:bill|measure|legislation)\b[^.;]{0,60}?\bwould\s+"
    r"(?:oblige|force|compel|make|require)\b"
    # "has asked the authority's board to adopt a policy requiring a judicial warrant"
    # "A petition ... asked the board to press the sheriff to also honor ICE administrative
    # warrants"
    r"|\b(?:asked|petitioned|called\s+on)\b[^.;]{0,60}?\bto\s+(?:adopt|pass|approve|require|enact|"
    r"press|push|(?:also\s+|start\s+)?honou?r)\b"
    # "intend to introduce a bill next session requiring a judicial warrant"
    r"|\b(?:introduc\w*|fil(?:e|es|ed|ing)|propos\w*|draft\w*|pending|plans?\s+to)\b[^.;]{0,40}?"
    r"\b(?:bill|measure|legislation|ordinance)\b[^.;]{0,40}?\brequir(?:ing|e)\b"
    # "If the General Assembly passed a law requiring a judicial warrant, we would follow it"
    r"|\bif\b[^.;]{0,60}?\b(?:law|bill|ordinance|rule)\s+(?:requiring|that\s+required)\b",
    re.I)
# "Several residents said they want the city to require a judge's warrant", "a resolution
# calling on police to require ..." (not past a "but": "ICE wants ..., but the department
# requires a judicial warrant"; not "... were told the department already does")
_WISH_TO = re.compile(r"\b(?:wants?|wanted|calling\s+on)\b[^.;]{0,60}?\bto\s+(?:require|adopt|"
                      r"demand|(?:also\s+|start\s+)?honou?r)\b"
                      # "given federal pressure on local jails to honor detainers"
                      r"|\bpressure\s+on\b[^.;]{0,40}?\bto\s+$", re.I)
_ALREADY = re.compile(r"[^.;]{0,60}\balready\s+(?:does|do|did|requires?)\b", re.I)


def _since_contrast(text: str, end: int) -> str:
    """The text before end from its last ", but", "but" or ";": the clause a wish governs."""
    cut = max((m.end() for m in re.finditer(r"\bbut\b|;", text[:end])), default=0)
    return text[cut:end]


_BILL_REQUIRING = re.compile(
    r"\b(?:bill|measure|legislation|ordinance)\b[^.;]{0,40}?\brequir(?:ing|e)\b"
    # "A bill in Salem would let jails hand people to ICE only if ..."
    r"|\b(?:bill|measure|legislation|proposal)\b[^.;,]{0,40}?\bwould\s+(?:let|allow|permit)\b[^.;,]{0,100}$",
    re.I)
_ENACTED = re.compile(r"\b(?:became\s+law|took\s+effect|signed\s+into\s+law|enacted|in\s+effect|"
                      r"state\s+law|(?:19|20)\d\d\s+law)\b", re.I)
# "Two people were extradited ...; they are not included in the 312": set apart from the count.
_SET_APART = re.compile(r"\bnot\s+(?:included|counted)\b|\bcounts?\s+(?:those|them)\s+separately\b"
                        r"|\bexcluded\b", re.I)
# "collected by deputy U.S. marshals on federal arrest warrants": another agency's pickups.
_MARSHALS = re.compile(r"\bmarshals?\b", re.I)
_BY_MARSHALS = re.compile(
    r"\bby\s+(?:the\s+)?(?:deputy\s+)?(?:U\.S\.\s+)?marshals?(?:\s+Service)?\s+on\s+(?:\w+\s+){0,3}$",
    re.I)
_NOT_IMMIGRATION = re.compile(
    r"\bnot\s+(?:an?\s+)?immigration\s+(?:cases?|matters?|holds?)\b|"
    r"\b(?:unrelated\s+to|nothing\s+to\s+do\s+with)\s+immigration\b", re.I)
# "sent to Mexico through extradition rather than to ICE": a basis set against the handovers.
_CONTRAST = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.I)
_287G = re.compile(r"\b287\s?\(g\)", re.I)
_NEGATED = re.compile(
    # not "the fiscal year that ended June 30"
    r"no\s+longer|(?<!year\sthat\s)(?<!year\swhich\s)(?<!quarter\sthat\s)(?<!period\sthat\s)"
    r"\bend(?:ed|ing|s)?\b|"
    r"terminat\w+|cancel\w*|withdr\w+|scrap\w*|abandon\w*|pull\w*\s+out|exit\w*", re.I)
# A basis named inside a prohibition ("law bars holding people on detainers") is not one used.
_PROHIBITED = re.compile(r"\b(?:bars?|barred|prohibit\w*|forbid\w*|bans?|banned|"
                         r"cannot\s+(?:hold|keep|detain)|"
                         # "It prevents local police and sheriffs from holding people ..."
                         r"(?:prevents?|prevented)\s+(?:local\s+)?(?:police|sheriffs?|jails?|officers|"
                         r"deputies|agencies|counties)\b[^.;]{0,40}?\bfrom\s+(?:holding|keeping|detaining|"
                         r"honou?ring))\b", re.I)
_AGREEMENT = re.compile(
    r"\s+(?:(?:jail\s+enforcement|task\s+force|warrant\s+service(?:\s+officer)?|jail)\s+)?"
    r"(?:agreements?|program|partnership|deal|contract|model|sites?|units?)\b|"
    # "taken part in 287(g), a federal program that deputizes ..."
    r",\s+(?:a|the)\s+(?:federal\s+)?(?:program|partnership|agreement)\b", re.I)
_AGREEMENT_BEFORE = re.compile(
    r"\b(?:the|our|its|their)\s+(?:agreement|program|partnership|accord)\s+(?:of\s+)?$", re.I)
# Outside a handover sentence the agreement must be in force: worked under, joined or renewed.
_IN_FORCE = re.compile(
    r"\b(?:under|through|renew\w*|rejoin\w*|join\w*|sign\w*|enter\w*|has|have|operat\w*|"
    r"approv\w*|adopt\w*|"
    r"take\w*\s+part|part\s+of|member\w*|(?:longest-)?running|runs?|"
    r"participat\w*|credit\w*|attribut\w*|thanks\s+to|because\s+of|due\s+to|"
    # "We are following the agreement 287(g)", "identified inside the program 287(g)"
    r"following|inside|within)\b", re.I)
# "a 287(g) agreement that took effect Feb. 12": an agreement said to be in force after it.
_IN_FORCE_AFTER = re.compile(
    r"\s*(?:that|which)\s+(?:took\s+effect|went\s+into\s+effect|began|started|was\s+signed)\b"
    # "the agreement 287(g) gives the trained officers the authority"
    r"|\s+(?:gives|allows|lets|permits)\b",
    re.I)
# an agreement signed that does nothing yet
_NOT_WORKING_YET = re.compile(
    r"\b(?:agreement|it|pact|program)\s+(?:has|had|will\s+have)\s+no\s+effect\b"
    r"(?=\s*(?:until|yet|[.;]|$))"
    r"|\b(?:will\s+not|won['’]t)\s+change\s+anything\b[^.;]{0,40}?\buntil\b"
    r"|\bno\s+(?:deputy|deputies|officers?|jailers?)\s+(?:will\s+be|has\s+(?:yet\s+)?been|"
    r"have\s+(?:yet\s+)?been|is\s+yet)\s+(?:certified|trained)\b(?=[^.;]*\b(?:until|yet)\b)"
    # (beside the signing: "signed a 287(g) agreement in May, but none of its deputies have ...")
    r"|\bsigned\b[^.]*\b(?:none\s+of\s+(?:its|the|their|his|her|the\s+\w+['’]s)|no)\s+"
    r"(?:deputies|officers|jailers)\s+(?:have|has)\s+(?:yet\s+)?(?:completed|finished|been\s+trained)\b"
    r"|\b(?:will\s+not|won['’]t)\s+(?:start|begin)\s+(?:\w+\s+)?training\b|\btakes\s+effect\s+once\b"
    r"|\btraining\b[^.;]{0,30}?\bhas\s+not\s+(?:yet\s+)?(?:begun|started)\b", re.I)
# "is not part of 287(g)", "will not pursue a 287(g) agreement", "wants every sheriff to join".
_NOT_IN_FORCE = re.compile(
    r"\b(?:not|never|wants?|wanted|would|should|could|urg\w*|push\w*|propos\w*|"
    r"consider\w*|seek\w*|pursue|whether|study\w*|weigh\w*|explor\w*|"
    # "If somebody decides 287(g) applies to us", "has asked ICE for a warrant service officer
    # agreement"
    r"if\s+(?:\w+\s+){0,2}(?:decides?|finds?|rules?|approves?|determines?)\b|"
    r"ask\w*\s+(?:ICE\s+|the\s+federal\s+\w+\s+)?for\s+(?:an?|its)(?!\s+\w+\s+more\b)|"
    # "has applied to join ICE's 287(g) program"; "a separate agency that signed a 287(g) ..."
    r"appl(?:y|ies|ied|ying|ication\s+to\s+(?:join|enter))|separate\s+(?:agency|department|office)|"
    # "the office's request to enter a 287(g) agreement"
    r"requests?(?:ed)?\s+to\s+(?:enter|join|sign)|"
    # "is also waiting on ICE to approve a 287(g) agreement", "awaiting approval of"
    r"(?:wait\w*|await\w*)\s+(?:on|for)\s+(?:ICE|[\w.]+\s+officials|(?:the\s+)?federal\s+\w+)\s+to\s+"
    r"(?:approve|sign|finalize)|await\w*\s+(?:ICE['’]s\s+|federal\s+)?(?:approval|sign-off)|"
    r"(?:application|request|agreement)\s+(?:is\s+|was\s+|remains\s+|has\s+been\s+)?(?:still\s+)?pending|"
    r"pending\s+(?:(?:ICE|federal)\s+)?(?:approval|review)|"
    # "More than 20 Tennessee sheriffs have signed 287(g) agreements": other agencies' own
    r"(?<!one\sof\s)(?:\d+|other|most|many|several|some|dozens\s+of)\s+(?:[A-Z]\w+\s+)?"
    r"(?:sheriffs|counties|agencies|jails|departments))\b|n['’]t\b", re.I)
# "has not yet used it", "no one had been processed under the agreement": signed, unused
_UNUSED = re.compile(
    r"\b(?:287\s?\(g\)|warrant\s+service\s+officer)\b[^.]*\b(?:(?:has|have|had)\s+not|hasn['’]t|"
    r"haven['’]t|hadn['’]t)\s+(?:yet\s+)?used\s+it(?!\s+(?:for|to)\b)"
    r"|\bno\s+one\s+(?:had|has|have)\s+(?:yet\s+)?been\s+(?:processed|screened|handled)\s+under\s+"
    r"the\s+agreement\b(?!['’])"
    r"|\b(?:287\s?\(g\)|warrant\s+service\s+officer)\b[^.]*\bnone\s+of\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:handovers|transfers|releases)\b[^.;]{0,40}?\binvolved\s+it\b", re.I)
# another body's agreement ("The city of Marlow signed ...", "The neighboring ... Police
# Department")
_ANOTHER_BODY = re.compile(r"\b(?:city\s+of|town\s+of|neighbou?ring|nearby|Police\s+Department)\b")
_APPLIED_TO_JOIN = re.compile(r"\b(?:appl\w+|request\w*|seek\w*|sought)\b[^.;]{0,50}$", re.I)
_POSSESSED = re.compile(
    r"\b(?:its|their|(?:office|sheriff|county|department|jail|agency)['’]s)\s+$", re.I)
_AGREEMENT_TOOK_EFFECT = re.compile(
    r"\bagreement\b[^.]{0,120}?\b(?:took|went\s+into)\s+effect\b", re.I)
_SIGNED_UNDER = re.compile(
    # "entered into a task force agreement with ICE under Section 287(g)"
    r"\b(?:signed|entered|joined)\s+(?:into\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:agreement|partnership|program)(?:\s+with\s+(?:ICE|[\w.]+\s+Immigration[\w\s]{0,40}?))?"
    r"\s+under\s+(?:Section\s+)?$", re.I)
# A word every alternative of the kind's rule needs: most sentences name no basis, and the
# cheap test spares them the long patterns.
_CUES: dict[LegalBasisKind, tuple[str, ...]] = {
    "judicial_warrant": ("warrant", "order of arrest"),
    "detainer": ("detainer", "hold", "detention request", "i-247"),
    "extradition": ("extradit",),
    "court_order": ("order",),
    "other": ("qualif", "administrative", "warrant", "i-20", "convict"),
}
# the practice told by a back-reference to the detainers just described
_HONORS_THOSE = re.compile(
    r"^[\"“]?(?:Yes,\s+)?(?:We|The\s+(?:jail|office|department|sheriff|center|county))\s+"
    r"(?:have\s+|has\s+)?(?:always\s+)?(?:honou?r(?:s|ed)?|compl(?:y|ies|ied)\s+with|grant(?:s|ed)?|accept(?:s|ed)?)\s+(?:those|them|these|each\s+one|"
    r"every\s+one(?:\s+of\s+them)?|all\s+of\s+them)(?:\s+requests)?\s*[,.;!\"”]", re.I)
# "If ICE wants that person, it sends us a detainer": detainers sent, not refused or too few
_DETAINER_SENT = re.compile(
    r"\b(?:sends?|files?|lodges?|issues?|faxes|places?)\b[^.;]{0,40}?\bdetainers?\b"
    r"(?![^.]*\b(?:not|no\s+one|none|alone|only|never)\b)"
    # not "detainers and subpoenas", "detainers, and defense lawyers send it requests"
    r"(?![^.]*\b(?:subpoenas|requests|letters|notices|motions)\b)", re.I)
_OF_OTHERS = re.compile(r"\bof\s+the\s+(?!detainers)\w+", re.I)  # "Kline said of the subpoenas"
_CHARGES = re.compile(r"\bto\s+face\s+(?:criminal\s+)?charges\b", re.I)
# Facing charges is the extradition's purpose when the story has one, not a basis of its own.
_EXTRADITION = re.compile(r"\bextradit", re.I)


def find_legal_basis(
    doc: Document, handovers: tuple[Sentence, ...], agency: str | None = None, *,
    counts: tuple[Count, ...] = (), historical: tuple[Count, ...] = (),
) -> tuple[LegalBasis, ...]:
    """Each legal basis kind the text states, with the first sentence stating it; not those of
    a sentence about another county than the agency's, nor of one that tells how handovers
    went in an earlier year before the law changed (given the story's counts and historical
    figures)."""
    past = _past_sentences(counts, historical)
    found: dict[LegalBasisKind, LegalBasis] = {}
    affirmed = _affirmed_questions(doc)
    for s in doc.sentences:
        if _about_other_county(s.text, agency) or s.start in past:
            continue
        if _asks(s.text) and s.start not in affirmed:
            continue
        lowered = s.text.lower()
        for kind, pat in _RULES:
            # the first mention that applies: not "The sheriff wanted to require a judicial
            # warrant; every transfer since has been on a judicial warrant"
            if (kind not in found and any(cue in lowered for cue in _CUES[kind])
                    and _first_applying(kind, pat, s.text)):
                found[kind] = LegalBasis(kind, s.evidence())
        if s in handovers and _CHARGES.search(s.text) and not _EXTRADITION.search(doc.text):
            found.setdefault("other", LegalBasis("other", s.evidence()))
        if _HONORS_THOSE.match(s.text) and s.index and not _OF_OTHERS.search(s.text) and (
                _DETAINER_SENT.search(doc.sentences[s.index - 1].text)):
            # "If ICE wants that person, it sends us a detainer ... 'We honor those'"
            found.setdefault("detainer", LegalBasis("detainer", s.evidence()))
    # "The prison system itself does not have a 287(g) agreement"; not "In neighboring Saratoga
    # County, which has no 287(g) agreement, ..."
    denied = any((_HAS_NO_287G.search(s.text) or (
        _UNUSED.search(s.text) and not _ANOTHER_BODY.search(s.text)))
                 and not _about_other_county(s.text, agency) for s in doc.sentences)
    for s in (*handovers, *doc.sentences):
        if denied and s not in handovers:
            continue  # "The prison system itself does not have a 287(g) agreement"
        if _about_other_county(s.text, agency) or s.start in past:
            continue  # "Union County's sheriff said his office had signed a 287(g) agreement"
        if _asks(s.text) and s.start not in affirmed:
            continue
        if (_uses_287g(s.text, handover=s in handovers or s.start in affirmed)
                or _names_287g_model(s.text)):
            found.setdefault("287g", LegalBasis("287g", s.evidence()))
    if "287g" not in found and not denied and (
            referred := _287g_by_reference(doc, handovers, agency)):
        found["287g"] = LegalBasis("287g", referred.evidence())
    return tuple(found.values())


def _287g_by_reference(
    doc: Document, handovers: tuple[Sentence, ...], agency: str | None
) -> Sentence | None:
    """The sentence that ties the handovers to a 287(g) agreement the story names elsewhere:
    "handed over to ICE under the agreement", "The agreement took effect in mid-May"."""
    named = [s.index for s in doc.sentences
             if _287G.search(s.text) and _OWN_AGREEMENT.search(s.text)
             and not _NEGATED.search(s.text) and not _NOT_IN_FORCE.search(s.text)
             and not _NOT_YET.search(s.text) and not _asks(s.text)
             and not _about_other_county(s.text, agency)]
    if not named or _OTHER_AGREEMENT.search(doc.text):
        return None  # not "The county also signed a contract with ICE to house detainees"
    return next((s for s in doc.sentences
                 if (s in handovers and _UNDER_THE_AGREEMENT.search(s.text))
                 or (_AGREEMENT_STARTED.match(s.text) and s.index - 1 in named)), None)


_NOT_YET = re.compile(r"\b(?:laps\w*|expir\w*|negotiat\w*|expects?|regret\w*|once)\b", re.I)
_OTHER_AGREEMENT = re.compile(r"\b(?:contract|intergovernmental|IGSA|Secure\s+Communities|"
                              r"agreement\s+with\s+(?:the\s+)?(?:city|county|state|town)\b)", re.I)


# "the 287(g) agreement his office signed", "its 287(g) agreement", "the program known as 287(g)"
_OWN_AGREEMENT = re.compile(
    r"\b(?:its|their|our|his|her|the\s+(?:county|office|sheriff|parish|city|department)['’]s)\s+"
    r"287\s?\(g\)|\b287\s?\(g\)\s+(?:agreement|partnership)\s+(?:(?:his|her|the|its)\s+)?"
    r"(?:office|county|sheriff|department)?\s*(?:signed|entered|joined)|\bprogram\s+known\s+as\s+287",
    re.I)
# "more than 30 people ... were handed over to ICE under the agreement"; not "under the agreement
# the county signed with the city of Ocala"
_UNDER_THE_AGREEMENT = re.compile(
    r"\b(?:under|through)\s+(?:the|its|that)\s+(?:agreement|partnership)\b"
    r"(?!\s+(?:the\s+\w+\s+|it\s+|they\s+)?(?:signed|reached|made|has)\s+with\b)"
    r"|\bfirst\s+full\s+(?:month|quarter|year)\s+of\s+the\s+(?:agreement|program|partnership)\b")
# "The agreement took effect in mid-May."
_AGREEMENT_STARTED = re.compile(
    r"(?:The|That|Its|The\s+county['’]s|The\s+office['’]s)\s+(?:agreement|partnership)\s+"
    r"(?:took|went\s+into)\s+effect\b")


def _first_applying(kind: LegalBasisKind, pat: re.Pattern[str], text: str) -> bool:
    """True when a mention of the basis applies: the first, or a later one past a turn ("but",
    ";") after a refused one ("The sheriff wanted to require a judicial warrant; every transfer
    since has been on a judicial warrant"), not a gloss of the refused one ("does not honor
    detainers, which are requests from ICE to hold ...")."""
    refused_at = -1
    for m in pat.finditer(text):
        if refused_at >= 0 and not _TURN.search(text, refused_at, m.start()):
            continue
        if _applies(text, m) and not _excluded(kind, text, m):
            return True
        refused_at = m.end()
    return False


_TURN = re.compile(r"\bbut\b|;|\bsince\b|\bnow\b")


def _past_sentences(counts: tuple[Count, ...], historical: tuple[Count, ...]) -> frozenset[int]:
    """Where the sentences that open on an earlier period and give only its figures start: "In
    2017, before the state tightened its rules, the jail still honored detainers and turned 24
    people over" tells how handovers went then, not now."""
    now = {c.evidence.start for c in counts if c.evidence}
    return frozenset(h.evidence.start for h in historical
                     if h.evidence and h.evidence.start not in now
                     and _OPENS_IN_THE_PAST.match(h.evidence.sentence)
                     and _SINCE_CHANGED.search(h.evidence.sentence)
                     # "..., and the center still honors ICE detainers today"
                     and not _STILL.search(h.evidence.sentence))


_STILL = re.compile(r"\b(?:today|now|currently)\b", re.I)
_OPENS_IN_THE_PAST = re.compile(
    r"(?:Back\s+)?(?:In|During)\s+(?:(?:fiscal\s+)?(?:19|20)\d\d|the\s+(?:19|20)\d\d)\b"
    r"|(?:Last|That)\s+year\b")
# the practice of that year has changed since: "before the state tightened its rules"
_SINCE_CHANGED = re.compile(
    r"\bbefore\s+(?:the\s+)?(?:state|county|city|legislature|lawmakers|courts?|[\w-]+\s+law)\s+"
    r"(?:\w+\s+)?(?:changed|tightened|passed|barred|banned|ended|limited|took\s+effect)\b"
    r"|\bback\s+then\b|\bat\s+the\s+time\b|\bno\s+longer\b"
    # "Last year, before the agreement, 22 people were transferred ... on detainers"
    r"|\bbefore\s+the\s+(?:agreement|program|partnership|policy|law|ordinance)\b")


def _asks(text: str) -> bool:
    """An interviewer's question ("Q: Does the county honor detainers?") states no basis."""
    plain = text.strip("*_ ")
    return (plain.startswith("Q:") or plain.rstrip(' "”’*_').endswith("?")
            or bool(_OPEN_QUESTION.match(plain)))


def _affirmed_questions(doc: Document) -> frozenset[int]:
    """Where the questions start that the next sentence answers yes to ("Does the county have a
    287(g) agreement?" "Yes."): the question then states what the answer affirms."""
    sentences = doc.sentences
    after = [*sentences[2:], None]
    return frozenset(q.start for (q, a), then in zip(pairwise(sentences), after, strict=False)
                     if _OWN_PRACTICE_QUESTION.match(q.text) and "?" in q.text
                     and not _QUESTION_OF_WISH.search(q.text)
                     and _YES.match(a.text) and not _TAKEN_BACK.search(a.text)
                     # "A: Yes. But we have not used it since 2022", "Yes. Not anymore, though."
                     and not (then and then.paragraph == a.paragraph
                              and _TAKEN_BACK.search(then.text)))


# "Does the county have a 287(g) agreement?", "Do you honor ICE detainers?"; not "Has ICE asked
# you to join ...?", "Is Bexley County part of ...?", "Did you have one before ...?"
_OWN_PRACTICE_QUESTION = re.compile(
    r"^(?:Q:\s*)?(?:Does|Do|Is|Are)\s+(?:the\s+(?:county|office|jail|department|sheriff['’]s\s+office)|"
    r"your\s+(?:office|jail|department|county)|you)\s+(?:\w+\s+){0,2}?(?:have|honou?r|hold|use|work|"
    r"operate|participate|take\s+part|comply|require|accept)\b", re.I)
_TAKEN_BACK = re.compile(r"\b(?:not|n['’]t|never|no\s+longer|until|used\s+to|suspend\w*|though|"
                         r"however|takes\s+effect|will|stopped|ended|lapsed|anymore|pending)\b",
                         re.I)
# "Does the jail have a policy against honoring ...?", "Is the office hoping to have ...?"
_QUESTION_OF_WISH = re.compile(r"\b(?:against|hop\w*|plan\w*|want\w*|consider\w*|seek\w*|stop\w*|"
                               r"end\w*|no\s+longer|refus\w*)\b", re.I)


# "Yes.", "A: Yes, since 2019.", "SHERIFF COLE: Yes, we do."; not "Yes, but not anymore"
_YES = re.compile(r"\s*(?:A:\s*|[A-Z][\w.' ]{0,30}:\s*)?[\"“]?(?:Yes|Yep|Yeah|We\s+do|It\s+does|"
                  r"Correct|That['’]s\s+right)\b(?![,\s]+(?:but|though|until|not)\b)")


# "- How many of the 58 were held past their release date because of an ICE detainer": a
# question listed without its mark
_OPEN_QUESTION = re.compile(r"^[-•]\s*(?:How\s+many|Whether|Why|Who)\b(?!\s+or\s+not)[^:]*$")


# The story says the agency has no agreement: other agencies' agreements it mentions are not its.
_HAS_NO_287G = re.compile(
    r"\b(?:does|do|did)\s+not\s+have\s+an?\s+287\s?\(g\)|n['’]t\s+have\s+an?\s+287\s?\(g\)|"
    r"\bhas\s+no\s+287\s?\(g\)", re.I)


def _excluded(kind: LegalBasisKind, text: str, m: re.Match[str]) -> bool:
    """A court order that is the warrant just named; an extradition set apart from the count."""
    if kind == "court_order":
        if _DEFIED.search(text, max(0, m.start() - 40), m.start()):
            return True  # "in violation of an order a federal judge signed"
        if not _WARRANT_BEFORE.search(text, 0, m.start()):
            return False
        # not "either a judicial warrant or an order from a federal court": the other of two,
        # that stands or falls with the warrant ("unclear whether ICE had either ...")
        either = _EITHER_OR.search(text, max(0, m.start() - 80), m.start())
        warrant = _RULES[0][1].search(text, either.start()) if either else None
        return not (warrant and _applies(text, warrant) and not _UNSURE.search(text, 0, m.start()))
    if kind == "other" and _LOOSE_ADMINISTRATIVE.match(m.group(0)) and (
            _MAY_SERVE.search(text, max(0, m.start() - 60), m.start())
            or (_OPINION.search(text) and not _HANDED_OVER.search(text))):
        # the looser name of ICE's warrants only for warrants served: not what deputies "can
        # serve", "will serve ... once the agreement takes effect", nor "Advocates say
        # administrative immigration warrants ... are no substitute"
        return True
    if kind == "other" and _LOOSE_CONVICTION.search(m.group(0)) and (
            _NOT_APPLIED.search(text) or not (
                _STATE_LAW_NAMED.search(text) or (not _NEEDS_THE_LAW.search(m.group(0))
                                                  and _TRANSFERRED.search(text)))):
        return True  # "The Values Act's conviction exception did not apply to any of them"
    if kind == "detainer" and _OWN_PRACTICE.search(m.group(0)) and _PRACTICE_DOUBTED.search(text):
        return True  # "Critics say the jail holds people when ICE files a detainer"
    if kind == "detainer" and _USED_TO.match(text) and _NOW.search(text, m.end()):
        return True  # "In 2019, transfers came after ICE detainers; since 2023 ... a warrant"
    if kind == "detainer" and _NO_AUTHORITY.search(text):
        return True  # "local officers have no authority to hold someone on an ICE detainer alone"
    if kind == "detainer" and _RISK.search(text) and not _PRACTICE_STATED.search(text):
        return True  # "jails that hold people on a detainer alone risk being sued": a warning
    return kind == "extradition" and bool(_SET_APART.search(text))


# holding on a detainer denied as a power or found unlawful
_NO_AUTHORITY = re.compile(
    r"\bno\s+(?:legal\s+)?(?:authority|power|basis|right)\s+to\s+(?:hold|keep|detain)\b"
    r"|\bmay\s+not\s+(?:hold|keep|detain)\b[^.;]{0,60}?\b(?:solely|alone|only|simply|merely)\b"
    r"|\b(?:amounts?|amounted)\s+to\s+a\s+new\s+arrest\b"
    r"|\bruled\b[^.;]{0,80}?\b(?:holding|keeping|detaining)\b[^.;]{0,60}?\b(?:is|was|were|are)\s+"
    r"(?:unlawful|unconstitutional|illegal)\b", re.I)
# the looser wordings of California's conviction exception ("a conviction that the Values Act
# lists", "the conviction exception") count only beside the law's name, and only as applied
_LOOSE_CONVICTION = re.compile(r"conviction\s+exception|exception\s+for|eligible|\blists\b", re.I)
_TRANSFERRED = re.compile(r"\b(?:transfer\w*|ICE|handed|turned\s+over)\b")
_NEEDS_THE_LAW = re.compile(r"exception\s+for|eligible|\blists\b", re.I)
_STATE_LAW_NAMED = re.compile(r"\b(?:Values\s+Act|SB\s?54|Senate\s+Bill\s+54|TRUST\s+Act|"
                              r"sanctuary\s+(?:law|state))", re.I)
_NOT_APPLIED = re.compile(r"\b(?:did\s+not|didn['’]t|does\s+not|no\s+exception|wants?|widen\w*|"
                          r"clos(?:e|ing)|if|could\s+have|can\s+also|advocates?|critics?|"
                          r"lawmakers|legislat\w*|audit\w*|debat\w*|defend\w*|added|"
                          r"other\s+(?:jails|counties|agencies|sheriffs))\b",
                          re.I)
# the practice on ICE's detainers told as a claim, a proposal or a thing of the past
_OWN_PRACTICE = re.compile(
    r"\b(?:holds|keeps|hold|keep)\b.*\b(?:when|whenever|once|after)\s+(?:ICE|the\s+(?:federal\s+)?"
    r"agency|immigration)\b|^(?:When|Whenever|Once|After|If)\s+(?:ICE|the\s+(?:federal\s+)?agency|"
    r"immigration)\b|\bpicked\b.*\bafter\s+(?:placing|lodging|filing|issuing)\b", re.I)
_PRACTICE_DOUBTED = re.compile(r"\b(?:propos\w*|critics?|claim\w*|alleg\w*|would|will|could|"
                               r"advocates?|lawsuit|bill|starting|even\s+if|in\s+the\s+past|"
                               r"used\s+to)\b|^(?:Before|Until)\b", re.I)
_OPINION = re.compile(r"\b(?:advocates?|critics?|ruled|ruling|argue\w*|says?|contend\w*)\b", re.I)
# the practice told beside a warning: "The jail honors ICE detainers, though Kline warned ..."
_PRACTICE_STATED = re.compile(r"\b(?:the\s+(?:jail|office|department|county|center)|we|it)\s+"
                              r"(?:honou?rs|holds|keeps)\b", re.I)
_LOOSE_ADMINISTRATIVE = re.compile(r"administrative\s+(?!(?:arrest\s+|removal\s+)?warrant)", re.I)
_MAY_SERVE = re.compile(r"\b(?:can|could|may|might|would|will|allowed\s+to|able\s+to)\s+"
                        r"(?:[\w’']+\s+){0,3}$", re.I)
# a practice of the past, then today's: "Before the 2023 ordinance, ..., but now ..."
_USED_TO = re.compile(r"(?:In\s+(?:19|20)\d\d|Before\s+[^,.;]{3,40}|Until\s+[^,.;]{3,40}),")
_NOW = re.compile(r"\b(?:now|today|currently)\b|;\s*since\b|\bbut\s+since\b", re.I)
# a warning of what a practice may cost, not the practice: "jails that hold people on a
# detainer alone risk being sued", "warned that holding someone on a detainer could expose ..."
_RISK = re.compile(
    r"\b(?:jails?|count(?:y|ies)|agencies|sheriffs?)\s+that\s+(?:hold|honou?r|keep)\b[^.;]{0,80}?"
    r"\b(?:risk\w*|could|might|may)\s+(?:\w+\s+){0,3}?(?:being\s+sued|be\s+sued|expos\w+|liab\w+|"
    r"lawsuits?)|\b(?:warn|advis|caution)\w*\b[^.;]{0,100}?\b(?:could|might|may|would)\s+expose\b",
    re.I)

_SUBJECT_REACH = 40  # characters from a sentence's start within which a county is its subject
_COMPARING = re.compile(r"(?:Like|Unlike|As|Beyond|Besides)\b")
# "In neighboring X County", "And in X County, commissioners approved a 287(g) agreement"
_OPENS_ON = re.compile(
    r"\s*(?:(?:And|Meanwhile|Elsewhere|But),?\s+)?(?:(?:In\s+)?(?:neighboring|nearby)\s+|"
    r"(?:(?:Over|Down|Up|Next\s+door)\s+)?In\s+)?", re.I)


# a sentence opening on a named person who speaks for a county's body
_SPEAKER_FOR = re.compile(
    r"^[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,2},\s+(?:a|the)\s+[\w\s]{0,30}?\b(?:for|of|with)\s+"
    r"(?:the\s+)?(?P<body>(?:[A-Z][\w.’'-]*\s+){1,3}County\b[^,]{0,40}),")


def _about_other_county(text: str, agency: str | None) -> bool:
    """True when the sentence opens on a county other than the agency's ("Milwaukee County,
    whose sheriff does not honor ICE detainers, released five people ...")."""
    if agency is not None and opens_on_another_body(text, agency):
        return True  # "The Maine Department of Corrections said 19 people ... had detainers"
    speaker = _SPEAKER_FOR.match(text)
    own_county = county_name().search(agency) if agency else None
    if speaker and own_county and own_county.group(0) not in speaker.group("body"):
        return True  # "X, a spokeswoman for the Milwaukee County Sheriff's Office, said its jail"
    county = county_name().search(text, 0, _SUBJECT_REACH + 20)
    if agency is None or county is None or county.start() > _SUBJECT_REACH:
        return False
    possessive = text.startswith(("'s", "’s"), county.end())  # "Frederick County's agreement"
    if _COMPARING.match(county.group(1)) or not (
            possessive or _OPENS_ON.fullmatch(text[: county.start()])):
        return False  # "Like Milwaukee County, the office honors ICE detainers"
    own = county_name().search(agency)
    return own is not None and own.group(0) not in text and county.group(0) != own.group(0)


def _clause_to(text: str, start: int) -> str:
    """The clause that a match at start sits in, up to the match."""
    return re.split(r"[,;:—]", text[:start])[-1]


def _last_words(clause: str) -> str:
    """The last few words of a clause: the refusal or lack that governs what follows."""
    return " ".join(clause.split()[-8:])


_OTHERS_DO = re.compile(
    r"\s*(?:(?:but|and|while|whereas)\s+)?(?:others\b|(?:some|other|many|most|several)\s+(?:\w+\s+)?"
    r"(?:counties|jails|sheriffs|agencies|states|departments|cities)\b)", re.I)
# a basis defined or set apart, not used: "A lodged detainer is not a person handed over"
_DEFINED = re.compile(r"(?:^|\()\s*(?:An?|an?)\s+(?:\w+\s+)?detainer\s+is\s+(?:not\s+)?an?\b")

_LIKENED = re.compile(r"\bas\s+(?:if|though)\b[^.;,]{0,30}$"
                      # "a jail that treats an ICE form like a court order"
                      r"|\btreats?\b[^.;,]{0,30}\b(?:like|as)\s+(?:an?\s+)?$"
                      r"|\b(?:is|was|are|were)\s+not\s+(?:an?\s+)?$"
                      r"|\b(?:is|was)n['’]t\s+(?:an?\s+)?$", re.I)


# a count of papers given ("The number of detainers lodged ..., 63, ..."), or people named in
# papers counted before: no basis of the handovers
_TALLIED = re.compile(r"\b(?:number|count|tally|total)\s+of\s+(?:ICE\s+|immigration\s+)?\w?$", re.I)
_NAMED_IN_THOSE = re.compile(r"named\s+(?:in|on)\s+(?:those|these)\b", re.I)
# "lodged detainers for 23 people ..., but none of them were held past their release"
_NONE_HELD = re.compile(r"\bnone\s+of\s+(?:them|those)\s+(?:was|were)\s+held\s+(?:past|after)\s+"
                        r"their\s+release\b", re.I)
# a person on a detainer whom ICE never took
_NOT_PICKED_UP = re.compile(
    r"^(?:A|An|One)\s+[^.;]{0,40}?\b(?:man|woman|person|inmate)\s+with\s+an?\s+(?:ICE\s+|immigration\s+)?"
    r"detainer\b[^.]*\b(?:ICE|agents|immigration\s+officers)\s+(?:did\s+not|didn['’]t|never)\s+"
    r"(?:pick\s+(?:him|her)\s+up|came?\s+for\s+(?:him|her))", re.I)
_HANDED_OVER = re.compile(r"\b(?:handed|transferred|turned|delivered|picked\s+up|taken|"
                          r"released\s+(?:in)?to)\b", re.I)
# "it held no one on a detainer", "Nobody went on a detainer alone"
_NO_ONE = re.compile(r"\b(?:no\s+one|nobody)(?:\s+[\w’']+){0,3}\s*$", re.I)
# A double negative states a requirement: "No one leaves the jail for ICE without a judicial
# warrant", "we don't hand anyone over without a judge's order"
_REQUIRED = re.compile(
    # the practice, in the present: nobody goes, or the agency does not hand anyone over
    r"\b(?:(?:no\s+one|nobody|no\s+(?:inmate|person|prisoner|detainee)|none\s+of\s+(?:the\s+)?\w+)\s+"
    r"(?:\w+\s+)?(?:leaves|goes|walks|(?:is|was|were|has\s+been)\s+(?:handed|turned|released|"
    r"transferred|held|given|delivered)|gets\s+(?:handed|turned|released|transferred))"
    r"|(?:we|it|the\s+(?:jail|office|department|sheriff|county))\s+(?:(?:do|does|will)(?:n['’]t|\s+not)|"
    r"never|has(?:n['’]t|\s+not))\s+(?:hand|turn|release|transfer|hold|give)\w*\s+(?:anyone|anybody|"
    r"people|inmates|a\s+person)\b"
    r"|\bICE\s+(?:can(?:no|['’]|\s+no)t|may\s+not)\s+take\s+(?:anyone|anybody)\b)"
    r"[^.;]{0,60}?\bwithout\s+(?:first\s+)?(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)
# "Council members want a rule that nobody leaves ...": a wish, not the practice; nor one of
# another time, a law's or a claim ("Until last year", "starting in July", "the lawsuit says")
_WISHED = re.compile(r"\b(?:want\w*|wish\w*|should|would|rule|proposal|proposed|think|believe|"
                     r"urg\w*|demand\w*|call\w*\s+for|until|before|starting|takes?\s+effect|will|"
                     r"ordinance|law|argu\w*|false|lawsuit|claim\w*|(?<!began\s)(?:In|in|by)\s+(?:19|20)\d\d)\b",
                     re.I)
_TO_ICE = re.compile(r"\bICE\b|\bimmigration\b", re.I)
# "None of the inmates was handed over without ...": the handovers the story is about, whose
# receiver goes without saying (not "No one is released without a judge's order")
_HANDED_OVER_BY_NONE = re.compile(
    r"\b(?:none\s+of\s+(?:the|those|them)\b[^.;]{0,30}?|(?:no\s+one|nobody|no\s+(?:inmate|person|"
    r"prisoner))\s+)(?:was|were|has\s+been|is)\s+(?:(?:handed|turned)\s+over|transferred|delivered)\b"
    r"(?!\s+to\s+(?!ICE\b|immigration\b|federal\b|U\.S\.))", re.I)
_QUOTE = re.compile(r"[\"“”]")
_LIMIT_AFTER = re.compile(
    r"\s*(?:longer\s+than|past|beyond|more\s+than|until|unless|except|without)\b", re.I)


# "Immigration detainers (Form I-247A) ..... 58": a table's count of documents received, and
# "the jail received 19 immigration detainers": papers that came in, not the handovers' basis
_DOCUMENT_ROW = re.compile(
    r"(?:\bI-\d{3}[A-Z]?\b|\breceived\b)[^\n]*(?::|\.{3,})\s*\d[\d,]*\s*$")
_RECEIVED = re.compile(
    rf"\b(?:received|receives|receiving)\s+(?:\d[\d,]*|{_COUNT_WORDS})\b[^.;]{{0,60}}$", re.I)
# "does not hold any person past the time allowed by law on the basis of an ICE detainer",
# "no person is held past release on an ICE detainer"
_NOT_HELD = re.compile(r"\b(?:(?:does|do|did|will)\s+not|never|"
                       r"(?:no\s+(?:person|one|inmate)|nobody)\s+(?:is|was|has\s+been))\s+"
                       r"(?:\w+\s+){0,2}?(?:hold|held|keep|kept)\b"
                       # not "... unless ICE has lodged a detainer": the basis it holds on;
                       # not "No one was held longer than 48 hours before ..." (a limit)
                       r"(?:(?!\b(?:unless|except|only|but|without|longer|more\s+than|before|"
                       r"after)\b)[^.;]){0,80}$", re.I)


# a new settlement's terms for handovers to come ("The settlement requires the jail to demand a
# judge-signed warrant"), not an earlier one in force ("Since a 2018 settlement, which ...")
_SETTLEMENT_TERMS = re.compile(r"(?<!\d{4}\s)\b(?:settlement|consent\s+decree)\b[^.;]{0,30}?"
                               r"\b(?:requires?|will|shall)\b", re.I)
_SETTLED_BEFORE = re.compile(r"\b(?:since|has\s+governed|has\s+(?:released|handed|turned)|did\s+so|"
                             r"that\s+is\s+how|(?:19|20)\d\d|keep|continue|left|each\s+of\s+the|"
                             r"were\s+(?:transferred|released|handed|turned))\b", re.I)


def _applies(text: str, m: re.Match[str]) -> bool:
    """A basis used, not one prohibited, refused, lacked or set against the handovers."""
    whole_clause = _clause_to(text, m.start())
    required = _REQUIRED.search(whole_clause)
    if required and (_WISHED.search(text) or not (
            _TO_ICE.search(text) or _QUOTE.search(text) or _HANDED_OVER_BY_NONE.search(text))):
        required = None
    # "No one leaves the jail for ICE without a judicial warrant": the warrant is required, so
    # the refusal words are looked for before the requirement only
    clause = _last_words(whole_clause[: required.start()] if required else whole_clause)
    if _PROHIBITED.search(text, 0, m.start()) or _REFUSED.search(clause):
        return False
    if _DOCUMENT_ROW.search(text) or _RECEIVED.search(text, 0, m.start()):
        return False
    if (_TALLIED.search(text, 0, m.start() + 1) and re.search(r"\d", text[m.end():])) or (
            _NAMED_IN_THOSE.match(m.group(0)) and not _HANDED_OVER.search(text)):
        return False  # "The number of detainers lodged ...", "people named in those detainers"
    if _NOT_HELD.search(text, 0, m.start()) or (
            "detainer" in m.group(0).lower() and (_NONE_HELD.search(text, m.end())
                                                  or _NOT_PICKED_UP.search(text))):
        return False  # "... with an ICE detainer posted bond and was released; ICE did not ..."
    if _NO_ONE.search(clause) and not required and not _LIMIT_AFTER.match(text, m.end()):
        return False  # "it held no one on a detainer", not "... longer than 48 hours"
    wished = _WISH_TO.search(_since_contrast(text, m.start()))
    if _PROPOSED.search(text, 0, m.start()) or (wished and not _ALREADY.search(text, m.end())):
        return False  # "a resolution asking ... only when a judge has signed the warrant"
    if _SETTLEMENT_TERMS.search(text, 0, m.start()) and not _SETTLED_BEFORE.search(text):
        return False  # "Under the settlement, the center will release people only on ..."
    if _BILL_REQUIRING.search(text, 0, m.start()) and not _ENACTED.search(text):
        return False  # "A bill requiring every county jail to honor detainers", not yet law
    if _MARSHALS.search(text) and not _IMMIGRATION.search(text):
        return False
    if _BY_MARSHALS.search(text, max(0, m.start() - 80), m.start()):
        return False  # "picked up by the U.S. Marshals Service on federal criminal warrants"
    if _OTHERS_DO.match(re.split(r"[,;:—]", text[: m.start()])[-1]):
        return False  # "Some counties honor detainers; others require a judge's warrant"
    if _LIKENED.search(text, max(0, m.start() - 40), m.start()):
        return False  # "treat it as if it were a court order", "is not a judicial warrant"
    if (defined := _DEFINED.search(text)) and (defined.start() == 0 or (
            defined.start() <= m.start() < text.find(")", defined.start()))):
        return False  # "(a detainer is a request to hold, not a handover)"
    if _NOT_IMMIGRATION.search(text):
        return False  # "People extradited to Kentucky on criminal warrants (not immigration cases)"
    # "through extradition rather than to ICE"; not a contrast further on in the clause
    # ("administrative warrants, signed by an officer rather than a judge").
    return not _CONTRAST.search(text, max(0, m.start() - 80), m.end() + 30)


def _names_287g_model(text: str) -> bool:
    """A 287(g) model or its deputized officers named, in an immigration sentence, not refused."""
    m = _287G_MODEL.search(text)
    return bool(m and _IMMIGRATION.search(text) and _applies(text, m)
                and not _NEGATED.search(text)
                # "applied in December to join the 287(g) Warrant Service Officer program"
                and not _APPLIED_TO_JOIN.search(text, max(0, m.start() - 60), m.start()))


def _uses_287g(text: str, *, handover: bool) -> bool:
    """A 287(g) mention in a handover sentence, or an agreement in force, not one ended."""
    if not handover and _NOT_WORKING_YET.search(text):
        return False  # "signed a 287(g) agreement in May, but no deputy will be certified until"
    for m in _287G.finditer(text):
        # Negation counts only in the mention's own clause ("after the sheriff ended it" doesn't).
        clause_start = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        after = re.split(r"[,;]", text[m.end():], maxsplit=1)[0]
        if _NEGATED.search(text, clause_start, m.start()) or _NEGATED.search(after):
            continue
        if _NOT_IN_FORCE.search(text, clause_start, m.start()):
            continue
        # "We are following the agreement 287(g)" (in English from Portuguese): the noun first
        agreement = _AGREEMENT.match(text, m.end()) or _AGREEMENT_BEFORE.search(
            text, clause_start, m.start())
        in_force = bool(agreement and (_IN_FORCE.search(text, clause_start, m.start())
                                       or _IN_FORCE_AFTER.match(text, agreement.end())))
        # "The agreement, made under Section 287(g) of the Act, took effect Feb. 3"
        in_force = in_force or bool(_AGREEMENT_TOOK_EFFECT.search(text))
        # "before the county signed an agreement under Section 287(g)"
        in_force = in_force or bool(_SIGNED_UNDER.search(text, clause_start, m.start()))
        # "the office's annual report on its 287(g) partnership": one it has
        in_force = in_force or bool(agreement and _POSSESSED.search(text, clause_start, m.start()))
        if handover or in_force:
            return True
    return False

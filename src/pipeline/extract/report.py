"""Which sentences report a handover to immigration custody; is the story a transfer report."""

from __future__ import annotations

import itertools
import re

from pipeline.extract.agency import find_agency
from pipeline.extract.document import Document, Sentence
from pipeline.extract.lexicon import MONTHS
from pipeline.extract.numbers import find_numbers

_TARGET = (
    r"(?:ICE|Immigration\s+and\s+Customs\s+Enforcement|immigration|federal\s+(?:officials|"
    r"authorities|agents|custody)|deportation\s+agents|enforcement\s+custody)"
)
# "went to ICE" as custody: at the clause's end or before its period or source, not "went to
# ICE's field office", "to ICE check-in appointments", "to immigration court"
_CUSTODY_AFTER = (r"(?=\s*(?:[,.;]|$|\s+(?:custody|from|in|during|last|this|between|after|since|"
                  r"on|that|so|over)\b|\s+(?:when|once)\s+their\s+(?:local\s+)?(?:case|charge|sentence)))")
# "U.S" not "U.S.": the closing \b needs a word character before it; not the U.S. Marshals.
_US = r"U\.S(?=\.(?!\s+Marshals))"
HANDOVER = re.compile(
    r"\b(?:transferr(?:ed|ing)|turned\s+over|turning\s+over|handed\s+(?:over|off)|handing\s+over|"
    # The particle may follow the object: "turned 23 inmates over to ICE".
    # A relative clause may sit between them: "turned 143 people held in its jail over to ICE".
    r"(?:turn|hand)(?:ed|ing)\s+(?:[\w,’'()-]+\s+){1,8}?over\s+to\b|"
    # a longer object only with ICE right after: "turned nearly a dozen people held at its Park
    # Street station over to U.S. Immigration"; not "turned its records on ... over to the Herald"
    rf"(?:turn|hand)(?:ed|ing)\s+(?:[\w,’'()-]+\s+){{9,11}}?over\s+to\s+(?:ICE\b|{_US}|federal\s|"
    r"[Ii]mmigration\b)|"
    # "turned 11 people over in July and 19 in August" (ICE named elsewhere in the sentence)
    r"(?:turn|hand)(?:ed|ing)\s+(?:(?:about|nearly|more\s+than|at\s+least)\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
    r"\s+(?:people|persons|inmates|detainees|prisoners|immigrants|men|women)\s+over\s+"
    r"(?=(?:in|during|last|this|since|between|from)\b)|"
    # "put 87 people from the county detention center into the hands of U.S. Immigration";
    # "went from the Hamblen County jail into the custody of U.S. Immigration"
    # "people booked into the jail ... ended up in the custody of U.S. Immigration", "inmates
    # wound up in ICE custody" (not someone ICE arrested at work who "ended up in ICE custody")
    r"\b(?:booked|jailed|inmates?|detainees|prisoners)\b(?:[^.;]|(?<=\b[A-Z][a-z]{2})\.){0,100}?"
    r"(?:ended|wound|landed)\s+up\s+in\s+(?:(?:ICE|federal\s+immigration|immigration)\s+custody\b"
    r"|the\s+(?:custody|hands)\s+of\s+(?:the\s+)?(?:ICE\b|U\.S\.\s+Immigration|(?:federal\s+)?"
    r"[Ii]mmigration\s+(?:agents|officers|authorities|officials|and\s+Customs)))"
    r"(?![^.]*\b(?:arrested|after\s+(?:their|his|her)\s+release|did\s+not|didn['’]t|no\s+role|"
    r"raid)\b)|"
    r"(?<!\bto\s)(?:put|placed|went|gone)\s+"
    r"(?:[\w.,’'()-]+\s+){0,12}?(?:in|into|to)\s+the\s+"
    r"(?:custody|hands)\s+of\s+(?:the\s+)?(?:ICE\b|U\.S\.\s+Immigration|(?:federal\s+)?[Ii]mmigration\s+"
    r"(?:agents|officers|authorities|officials|and\s+Customs))|"
    # "released 27 inmates into the custody of U.S. Immigration ..." names the target after "of".
    # "to begin handing people to U.S. Immigration": handing only people, not "crime data"
    r"handing\s+(?:[\w,-]+\s+){0,4}?(?:people|inmates|detainees|prisoners|immigrants|arrestees|him|"
    r"her|them|men|women)\s+(?:[\w.,’'-]+\s+){0,4}?(?:in)?to\s+(?:the\s+)?(?:custody\s+of\s+)?"
    rf"(?:ICE|{_US}|Immigration|immigration|federal\s+immigration)|"
    # "Nearly two dozen people passed from the county jail into federal immigration custody"
    r"(?:passed|went|moved)\s+from\s+(?:the\s+)?(?:[\w.,’'()-]+\s+){0,8}?into\s+(?:federal\s+)?"
    r"(?:immigration|ICE)\s+custody\b|"
    # "passed to the hands of the Immigration and Customs Enforcement Service" (from Spanish)
    r"passed\s+(?!(?:the\s+)?(?:Legislature|House|Senate|Assembly|General\s+Assembly|[Cc]ouncil|"
    r"[Bb]oard|[Cc]ommittee|(?:a|the)\s+(?:resolution|bill|law|measure))\b)"
    r"(?:[\w.,’'()-]+\s+){0,12}?(?:in)?to\s+(?:the\s+)?(?:hands|custody)\s+of\s+(?:the\s+)?"
    rf"(?:Service\s+of\s+)?(?:ICE|{_US}|Immigration|immigration|federal)|"
    # "gave six persons to the immigration agency ICE" (in English from other languages): people
    # given, not names, tips, notice, beds or land
    # "gave five (5) people to ICE", "gave nine of its inmates into the hands of ICE agents"
    r"(?:gave|given|giving)\s+(?:(?:about|nearly|only|another|more\s+than|at\s+least)\s+)?"
    r"(?:(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:\(\d[\d,]*\)\s+)?)?(?:(?:more|other|of\s+(?:its|their|the))\s+)?"
    r"(?:people|persons|inmates|detainees|prisoners|immigrants|men|"
    r"women|individuals|them|him|her)\s+(?:[\w.,’'()-]+\s+){0,6}?(?:in)?to\s+(?:the\s+)?(?:hands\s+of\s+)?"
    r"(?:ICE|immigration|federal\s+(?:immigration|custody|agents)|U\.S)|"
    r"(?:were|was|been)\s+given\s+(?:over\s+)?to\s+(?:the\s+)?(?:ICE|immigration|federal\s+immigration)\b|"
    # "when the office delivered ten persons" (ICE named before, in English from Spanish): people
    # delivered with no other destination
    r"(?:delivered|gave)\s+(?:(?:about|nearly|only|some|more\s+than|at\s+least|close\s+to|"
    r"more\s+of|near\s+of|around\s+of|at\s+the\s+least)\s+)?"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:\(\d[\d,]*\)\s+)?"
    r"(?:people|persons|inmates|detainees|prisoners|individuals)\b"
    r"(?=\s*(?:[,.;]|$|\s+(?:in|during|last|this|since|between|from\s+(?:the\s+)?(?:jail|prison|"
    r"detention)|according|so\s+far)\b))(?!\s+in\s+(?:the\s+)?custody\b)|"
    r"(?:released|sent|handed|delivered|surrendered|moved|transported|led(?:\s+out)?)\s+"
    # "handed \"more than 60\" people to ICE": a figure quoted as someone said it
    r"(?:(?!without\b|never\b|not\b)[\w.,’'()\"“”-]+\s+){0,12}?(?:in)?to\s+(?:the\s+)?"
    r"(?:(?:physical\s+)?(?:custody|hands)\s+of\s+(?:the\s+)?)?(?:waiting\s+)?"
    # "to the Service of Immigration and Customs Enforcement" (ICE named from Spanish)
    # "delivered to agents of the Service of Immigration and Control of Customs (ICE)"
    r"(?:(?:agents|officers|officials)\s+of\s+(?:the\s+)?)?(?:Service\s+of\s+)?"
    rf"(?:ICE|{_US}|Immigration|immigration|federal|agency\b)|"
    # "released to ICE"; not "a statement sent to reporters"
    r"(?:released|sent)\s+(?:in)?to\s+(?=(?:[\w.’'-]+\s+){0,3}?(?:ICE|U\.S(?!\.\s+Marshals)|federal|immigration|"
    r"Immigration|agents|officers|authorities|custody)\b)|sending\b[^.]{0,40}?\binto|took\s+custody|"
    r"taken\s+into\s+(?:federal|ICE|immigration)\s+custody|being\s+taken\s+into\s+federal|"
    # "fifteen inmates were taken from the Comanche County jail by ICE"; not from their homes
    r"taken\s+from\s+(?:[\w.’'-]+\s+){0,4}?(?:jail|prison|lockup|facility|center|custody)\s+"
    r"(?:[\w.’'-]+\s+){0,3}?by\s+(?:ICE|immigration|federal)\b|"
    r"picked\s+up\s+by|pickups?\s+from|(?:ICE|agents|officers)\s+(?:picked|pick)\s+up|moved\s+into\s+custody|custody\s+was\s+transferred|"
    # "Federal immigration officers collected 23 people from the county jail"
    r"(?:ICE|officers|agents)\s+(?:collected|took\s+custody\s+of)\b|"
    # "Federal immigration agents took four people into custody at the Solano County jail"
    # (not DEA agents, not ICE's own detention center, not the jail's parking lot, not "no one")
    r"(?:ICE|[Ii]mmigration\s+(?:agents|officers))\s+(?:have\s+|had\s+)?(?:took|taken)\s+"
    r"(?!no\s+one\b|nobody\b|none\b)(?:[\w,-]+\s+){1,5}?into\s+custody\s+at\s+(?:the\s+)?"
    r"(?:[\w.’'-]+\s+){0,4}?(?:jail|lockup)\b(?!['’]s|\s+(?:parking|lot|lobby|entrance|gate|steps|"
    r"grounds|visit))|"
    r"arrested\s+by\s+(?:ICE|Immigration|federal\s+immigration)|"
    # "left the county jail in the custody of federal immigration officers"
    r"left\s+(?:[\w.’'-]+\s+){1,5}?in(?:to)?\s+the\s+custody\s+of\s+(?:the\s+)?(?:ICE|U\.S|federal|Immigration|immigration)|"
    r"left\s+(?:[\w.’'-]+\s+){1,4}?in\s+(?:ICE|federal|immigration)\s+custody|"
    # "418 people left Tennessee state prisons for ICE custody"
    r"left\s+(?:[\w.’'-]+\s+){1,5}?for\s+(?:ICE|federal|immigration)\s+(?:custody|detention)|"
    # "were led out not to a bus station but to waiting federal immigration officers"
    r"led\s+out\b[^.]{0,80}?\bto\s+(?:the\s+)?waiting\s+(?:federal|ICE|immigration)|"
    # "went from the suburb's lockup to federal immigration custody"
    r"(?:went|gone|goes)\s+(?:straight\s+|directly\s+)?from\s+(?:[\w.’'-]+\s+){1,8}?(?:straight\s+|directly\s+)?"
    r"(?:in)?to\s+(?:(?:federal\s+)?(?:ICE|immigration)\s+custody|the\s+hands\s+of\s+(?:the\s+)?(?:federal|ICE|immigration)"
    r"|ICE\b)|"
    # "We had 58 go to ICE in the third quarter"; "Forty people went to ICE from the jail"
    r"(?:had|saw)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:(?:people|persons|inmates|detainees|prisoners|men|women)\s+)?"
    rf"go\s+(?:straight\s+|directly\s+)?(?:in)?to\s+(?:ICE|federal\s+immigration|immigration)\b{_CUSTODY_AFTER}|"
    rf"\b(?:people|persons|inmates|detainees|prisoners)\s+went\s+(?:straight\s+|directly\s+)?to\s+ICE\b{_CUSTODY_AFTER}|"
    # "The 214 is people who came in on a state charge, ..., and went to ICE when their case was
    # done"
    r"\b(?:people|persons|inmates|detainees|prisoners)\s+who\b[^.;]{0,120}?\bwent\s+"
    rf"(?:straight\s+|directly\s+)?to\s+ICE\b{_CUSTODY_AFTER}|"
    r"(?:went|gone|goes)\s+(?:straight\s+|directly\s+)?(?:in)?to\s+(?:federal\s+)?(?:ICE|immigration)\s+custody|"
    # "walked out of King County jail custody and into the hands of immigration officers"
    r"walked\s+out\s+of\s+(?:[\w’'-]+\s+){1,5}?(?:and\s+)?into\s+the\s+(?:hands|custody)\s+of\s+"
    r"(?:ICE|federal|immigration)|"
    # "walked straight into the custody of U.S. Immigration and Customs Enforcement"
    r"walked\s+(?:straight\s+|directly\s+)?into\s+the\s+(?:hands|custody)\s+of\s+(?:the\s+)?"
    r"(?:ICE|U\.S\.\s+Immigration|federal|immigration|Immigration)|"
    r"releases?\s+to\s+(?:ICE|immigration|federal|U\.S\.\s+Immigration)|such\s+(?:releases|transfers|handovers)|"
    # "with 14 transfers": the noun itself is the handover in a story about them
    r"(?:\d[\d,]*|dozens?|hundreds?|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+"
    r"(?:ICE\s+)?(?:transfers|handovers)|"
    # "we put 214 people into ICE's hands"
    r"\binto\s+(?:ICE|immigration|federal)(?:['’]s)?\s+(?:hands|custody)\b|"
    r"ICE\s+custody\s+transfers|transfers?\s+to\s+ICE|ICE\s+transfers)\b",
    re.IGNORECASE,
)
_TARGET_RE = re.compile(_TARGET)
# A modal or condition right before the verb makes the handover hypothetical.
_HYPOTHETICAL = re.compile(
    # "may" only in lower case: "In May 2025, the jail handed 37 people" is the month.
    r"(?:n['’]t\b|\b(?:will|would|could|should|can|cannot|(?-i:may)|might|must|if|unless|until|whether|"
    # "ban", "banned", not "Bangor" or "Bannock County"
    r"not|never|none|nobody|no\s+one|neither|without|prohibit\w*|ban(?:s|ned|ning)?|"
    # not "the fiscal year that ended June 30": a period's end, not the practice's
    r"(?<!the\s)(?<!that\s)(?<!which\s)end(?:ed|ing|s)?(?!\s+of)|"
    r"stop\w*|refus\w*|"
    r"declin\w*)\b)(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)
_PROCEDURE = re.compile(
    # "begin the process of handing them to ICE": what an agreement lets officers do
    r"\b(?:(?:procedures?|process|practice|policy|policies)\s+(?:for|of)|from\s+being)\s*$",
    re.IGNORECASE
)
_ANY_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|"
    # "A: Nineteen.", "A: Zero.": an answer in words
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|zero|none)\b", re.I
)
_ICE = re.compile(
    r"\bICE\b|Immigration\s+and\s+Customs\s+Enforcement|"
    r"(?i:\b(?:federal\s+)?immigration\s+(?:agents|authorities|officials|officers|custody)\b)"
)
# "transferred from ICE facilities": moved out of ICE's hands, not into them.
_FROM_ICE = re.compile(r"\s+from\s+(?:ICE|immigration|federal)\b", re.IGNORECASE)
_AT_LARGE = re.compile(
    r"\b(?:outside|at|near|in\s+front\s+of)\s+(?:his|her|their|a|the)\s+(?:home|house|apartment|"
    r"workplace|work|job|neighborhood)\b|\b(?:after|during)\s+(?:a\s+)?traffic\s+stops?\b"
    # "arrested by ICE agents somewhere in the Chicago area, weeks after leaving the jail"
    r"|\b(?:(?:days|weeks|months|shortly|soon)\s+)?after\s+(?:leaving|walking\s+out)\b"
    r"|\bsomewhere\s+in\b|\bin\s+other\s+counties\b"
    r"|\bafter\s+routine\s+police\b", re.I)
# "it is not aware of any jail transferring someone under the exception"
_UNAWARE = re.compile(r"\b(?:not|un)\s*aware\s+of\s+any\b[^.;,]*$", re.IGNORECASE)
_QUESTION = re.compile(
    r"^(?:Q:\s*)?[\"“]?(?:How|What|Why|When|Where|Who|Which|Has|Have|Had|Does|Do|Did|Is|Are|Was|"
    r"Were|Will|Would|Can|Could|Should)\b")
# "He did not say how many of those people were taken into ICE custody": a question, no report
_HOW_MANY = re.compile(
    r"\bhow\s+many(?:,\s+if\s+any,)?[^.;,]*$"
    # "declined to say whether any person booked into the city jail had later been taken"
    # the handover the predicate of the clause, not "whether any ... the jail handed ... were
    # deported"
    r"|\b(?:whether|if)\s+(?:any|anyone|anybody)\b[^.;,]*\b(?:had|have|has|were|was|are|is)\s+"
    r"(?:later\s+|since\s+|ever\s+|then\s+|subsequently\s+)?(?:been\s+)?$", re.IGNORECASE)
# "A bill that would bar county jails and state prisons from transferring anyone to ICE"
_BARRED = re.compile(
    # the verbs only: not "Barnstable County" or "Bannock County"
    r"\b(?:bar(?:s|red|ring)?|prohibit\w*|ban(?:s|ned|ning)?|stop(?:s|ped|ping)?|prevent\w*|"
    r"forb[ia]d\w*|keep(?:s|ing)?|kept)\b[^.;]{0,60}?\bfrom\s*$",
    re.IGNORECASE)
# "No one has been ... transferred" denies the handover; "Nobody disputes that the jail
# transferred ..." does not (a clause of its own follows "that").
# (also "Not one of the people named in them has been picked up", not "Not one but three
# inmates were turned over", nor "Not one of the 40 people the jail handed to ICE had ...")
_NONE_BEFORE = re.compile(r"\s*(?:No\s*|(?:No\s+one|Nobody|None|No\s+(?:inmate|detainee|person)s?)"
                          r"\b"
                          r"(?:(?!\bthat\b)[^,;])*"
                          r"|Not\s+(?:a\s+single|one)\b(?!\s+but\b)(?:(?!\bthat\b)[^,;])*"
                          r"\b(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?(?:been\s+)?)$",
                          re.IGNORECASE)
# "transferred no one to ICE" states a handover verb but no handover.
# "..., but none of the people named in them has been turned over to ICE so far"
_NONE_IN_CLAUSE = re.compile(r"(?:[;,]\s+(?:but|and|yet)\s+|;\s+)"
                             r"(?:no\s+one|nobody|none|not\s+one)\b(?:(?!\bthat\b)[^,;])*"
                             # the handover denied, not a relative clause's ("none of the 14
                             # people it turned over ... was a U.S. citizen")
                             r"\b(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?(?:been\s+)?$",
                             re.IGNORECASE)
# a relative clause's own subject before its verb: "Not one of the 25 inmates the jail has
# turned over ...", "... who were handed": the handover told, not denied
_RELATIVE_AUX = re.compile(
    r"\b(?:who|whom|that|which|it|they|he|she|the\s+(?:[A-Z][\w.’'-]*\s+){0,3}(?:jail|office|"
    r"department|sheriff|county|center|agency))\s+(?:has|have|had|was|were|is|are)\s+(?:\w+\s+)?"
    r"(?:been\s+)?$", re.I)
_NONE_AFTER = re.compile(r"\s+(?:no\s+one|nobody|none|no\s+\w+|zero)\b", re.IGNORECASE)
# "released no one to ICE": the verb's own object is none
_NONE_OBJECT = re.compile(r"\S+\s+(?:no\s+one|nobody|none|not\s+one|no\s+(?:inmates?|detainees?|"
                          r"people|persons?|prisoners?|individuals?))\b", re.IGNORECASE)
# a figure beside the none ("no one in December and 9 in January", "except the 14 people")
_OTHER_FIGURE = re.compile(r"(?:\b(?!(?:19|20)\d\d\b)\d[\d,]*|\b(?:two|three|four|five|six|seven|"
                           r"eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty))\b"
                           # not "logged 21 ICE detainer requests": a figure of other things
                           r"(?!\s+(?:ICE\s+|immigration\s+)?(?:detainers?|requests?|hold|bookings?|"
                           r"arrests?|calls?|beds?|days?|hours?|weeks?|months?|years?|percent)\b)",
                           re.I)
# "no one ... in April and seven people in May": none in one period, some in the next
_AND_SOME_LATER = re.compile(
    r"\b(?:in|during)\s+[A-Z][a-z]+\.?(?:\s+\d{4})?,?\s+(?:and|but)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:people|persons|inmates|detainees|individuals|others|more)\s+(?:in|during)\s+[A-Z]"
    r"(?![^.;]*\b(?:on\s+bond|bonded|on\s+their\s+own|to\s+(?:the\s+)?(?:state|another)))")


# "The report includes no figures for transfers to ICE": a record of none, no handover.
_NO_FIGURES = re.compile(
    r"\bno\s+(?:\w+\s+){0,2}?(?:figures?|numbers?|data|records?|counts?|tally)\s+"
    r"(?:for|on|of|about)\s+$"
    # "does not keep a count of people released to ICE": a record not kept, no handover
    r"|\b(?:not|n['’]t|never)\s+(?:\w+\s+){0,2}?(?:keep|track|record|log|compile|maintain)\w*\s+"
    r"(?:a\s+|any\s+|an\s+)?(?:\w+\s+)?(?:figures?|numbers?|data|records?|counts?|tally|tallies)"
    r"\s+(?:for|on|of|about)\s+(?:people|inmates|anyone|those|prisoners|detainees)\s+$",
    re.IGNORECASE)


# "That is how many people the office handed to ICE in 2025": a figure just given
_THAT_IS_HOW_MANY = re.compile(r"^(?:That|This|It)\s+(?:is|was|['’]s)\s+how\s+many\b")


def _asks_how_many(before: str, after: str = "") -> bool:
    """"The question is how many people the jail handed over", not "That is how many" nor a
    question answered in its own sentence ("..., and for 2025 it's 19")."""
    return (bool(_HOW_MANY.search(before)) and not _THAT_IS_HOW_MANY.match(before)
            and not _ANSWERED.search(after))


# "how many people it transferred from the jail to ICE, and for 2025 it's 19"
_ANSWERED = re.compile(
    r"^[^.;]{0,60}?,\s+and\s+(?:for|in)\s+(?:(?:19|20)\d\d|(?:this|last)\s+year|the\s+year)\s+"
    r"(?:it['’]s|it\s+was|the\s+(?:answer|number|figure)\s+(?:is|was))\s+(?:about\s+|nearly\s+|"
    r"more\s+than\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|none|zero)\b)", re.I)


_MARSHALS = re.compile(r"\bMarshals?\b")
_MARSHALS_REACH = 100  # characters before a handover verb where its subject is named
_TAKER_REACH = 30  # characters after it: "picked up by U.S. Marshals"
# "to the Henry County jail", "to the U.S. Marshals", not "to ICE", "to the Department of
# Homeland Security" or "to agents of ICE": a receiver other than immigration
TO_ANOTHER = (r"\bto\s+(?!(?:the\s+)?(?:ICE\b|U\.S\.\s+Immigration|[Ii]mmigration"
              r"|federal\s+immigration|agents\s+of|(?:U\.S\.\s+)?(?:Department\s+of\s+)?Homeland\s+"
              r"Security|DHS\b|HSI\b|Enforcement\s+and\s+Removal|ERO\b))")
_TO_ANOTHER = re.compile(TO_ANOTHER)
_CLAUSE = re.compile(r"[,.;]")
_ICE_SUBJECT = re.compile(r"\b(?:ICE|immigration\s+(?:agents|officers)|federal\s+agents)\s+$", re.I)
_INTO_THE_JAIL = re.compile(
    r"\s+(?:[\w,-]+\s+){0,4}?(?:in)?to\s+(?:the|its|a)\s+(?:\w+\s+)?(?:jail|detention\s+center|facility)\b",
    re.I)
# papers, not people: "sent 388 inquiries to ICE", "sent 48 detainer requests to ICE"
_SENT_THINGS = re.compile(
    r"(?:released|sent|handed|delivered)\s+(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundreds\s+of|dozens\s+of|several|many)(?:-[a-z]+)?)\s+(?:detainer\s+)?"
    r"(?:requests|inquiries|queries|notifications|notices|fingerprints|records|forms|letters"
    r"|emails|reports|lists)\b", re.I)


def is_handover_sentence(sentence: Sentence, doc_mentions_ice: bool) -> bool:
    """True when the sentence states, not hypothesises, that people were handed to immigration."""
    text = sentence.text
    if _QUESTION.match(text) and text.rstrip(' "”’').endswith("?"):
        return False  # "Has any Illinois jail transferred someone to ICE?" asks, it reports none
    # "picked up by U.S. Marshals on federal warrants, not by ICE": ICE named only to deny it
    has_target = bool(_TARGET_RE.search(_NOT_ICE.sub("", text)))
    for m in HANDOVER.finditer(text):
        before = text[: m.start()]
        if _HYPOTHETICAL.search(before) or _PROCEDURE.search(before):
            continue
        if ((_NONE_AFTER.match(text, m.end()) or (_NONE_OBJECT.match(m.group(0))
                                                   and not _OTHER_FIGURE.search(text)))
                and not _AND_SOME_LATER.search(text, m.end())) or _FROM_ICE.match(text, m.end()):
            continue  # not "turned over no one to ICE in April and seven people in May"
        if (((_NONE_BEFORE.match(before) or _NONE_IN_CLAUSE.search(before))
             and not _RELATIVE_AUX.search(before))
                or _asks_how_many(before, text[m.end():])
                or _BARRED.search(before)
                or _NO_FIGURES.search(before) or _UNAWARE.search(before)):
            continue  # "No one has been served with a warrant or transferred under it"
        if m.group(0).lower().startswith(("arrested", "taken")) and _AT_LARGE.search(text):
            continue  # ICE arresting someone at home is no handover by a jail
        if m.group(0).endswith(("over ", "over\t")) and (not has_target or _TO_ANOTHER.search(
                _CLAUSE.split(text[m.end():], maxsplit=1)[0])):
            continue  # "turned 14 inmates over in July to neighboring Coffee County"
        if _INTO_THE_JAIL.match(text, m.end()) and _ICE_SUBJECT.search(before):
            continue  # "ICE transferred about 30 detainees into the jail from Texas"
        if (not has_target and m.group(0).lower().startswith("transferr")
                and _TO_ANOTHER.match(text, m.end() + 1)):
            continue  # "was transferred to Texas on Monday to face a robbery charge"
        if _SENT_THINGS.match(m.group(0)):
            continue  # "sent 388 inquiries to ICE's Law Enforcement Support Center"
        if not has_target and _MARSHALS.search(text, max(0, m.start() - _MARSHALS_REACH),
                                               m.end() + _TAKER_REACH):
            continue  # "The Marshals Service ... took custody of 37 people from state prisons"
        if (not has_target and m.group(0).lower().startswith("took")
                and _LOCAL_TAKER.search(text, max(0, m.start() - _MARSHALS_REACH), m.start())):
            continue  # "Deputies of the Bennington County Sheriff's Department took custody"
        if _SPORTS.search(text) and _TEAM_ICE.search(text):
            continue  # "Abdirahman transferred to the ICE in January from another club"
        if _HEADING.fullmatch(text.strip()):
            continue  # "C. Release to ICE." heads a procedure's section
        if _MEASURE_BEFORE.search(before) and (
                _MEASURE_ONLY.fullmatch(text, m.end())
                or (_FUTURE.search(before[before.rfind(",") + 1:])
                    and not _ANY_NUMBER.search(text, m.end()))):
            continue  # "2. The number of individuals released from the jail to ICE." (a records
            # request's item); "will report ... the number of persons released to ICE"
        if has_target or (doc_mentions_ice and _ANY_NUMBER.search(text)):
            return True
    return False


_NOT_ICE = re.compile(r",?\s+(?:and\s+)?not\s+(?:by|to)\s+(?:ICE|immigration\s+\w+)\b")
# a section heading: "C. Release to ICE.", "4) Transfers to ICE"
_HEADING = re.compile(r"(?:[A-Z0-9]{1,3}[.)]\s+)?(?:Release|Releases|Transfer|Transfers)\s+to\s+"
                      r"(?:ICE|ERO|U\.S\.\s+Immigration[\w ]*)(?:\s*\([A-Z]+\))?\.?")
# a measure named, not a report of it: "the number of persons released to ICE"
_MEASURE_BEFORE = re.compile(r"\b(?:the|a)\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,3}$", re.I)
_MEASURE_ONLY = re.compile(r"(?:\.?\s*[A-Z][\w.&’'-]*|\s+(?:and|of|the|for)\b)*\s*(?:\([^)]*\))?"
                           r"\s*[.;]?\s*")  # the rest of the agency's name, then the end
_FUTURE = re.compile(r"\b(?:will|shall|would|must|to\s+report|to\s+count)\b", re.I)


# who takes custody when it is not ICE: another jail's deputies, police, a sheriff
_LOCAL_TAKER = re.compile(r"\b(?:[Dd]eputies|[Ss]heriff['’]s\s+(?:Department|Office)|[Pp]olice|"
                          r"[Tt]roopers|[Cc]orrections\s+officers)\b[^.;]{0,40}$")
# a team's "ICE" (a club, a league): a sports transfer, not a custody one
_TEAM_ICE = re.compile(r"\bto\s+the\s+ICE\b(?!\s+(?:agents|officers|officials|custody|office))")
_SPORTS = re.compile(r"\b(?:club|team|league|season|coach|roster|hockey|soccer|football|"
                     r"basketball|goalie|striker|midfielder|defenseman|playoffs?)\b", re.I)


# An interview's answer ("WHITLOCK: Between July 1 and Sept. 30 it was 161.") to a question
# about the handovers ("How many people did the jail turn over to ICE this summer?").
_ANSWER = re.compile(r"^[A-Z][A-Z’'.-]*:\s")
_HANDOVER_QUESTION = re.compile(
    # "— Lieutenant, how many persons did the Office of the Sheriff deliver to ICE last year?"
    # "Greer: How many people has the jail turned over to ICE this year?" (a transcript)
    r"^(?:(?:(?!(?:Question|Update|Note|Background|Editor|Correction|Context|Why|Answer)\b)"
    # "NOTICIAS 9: Many viewers ask us the same: how many persons did the jail deliver ...?"
    r"[A-Z][a-z]*(?:\s+[A-Z0-9][\w’'.-]*){0,3}:\s*)(?:(?:So|And|Then|Well|OK|Okay|Now),?\s+)?"
    r"(?:(?!(?:Question|Update|Note|Background|Editor|Correction|Context|Why|Answer)\b)[^?:.]{0,60}:\s+)?"
    r"|[—–-]\s*)?(?:[A-Z][a-z]+,\s+)?"
    r"(?:How\s+many\b(?!\s+(?:more|of)\b)[^?]{0,120}?\b(?:turn|transferr?|hand|releas|deliver)\w*"
    r"|How\s+does\s+that\s+compare\b[^?]{0,60}?\b(?:year|ago|before|previous|last)\b)", re.I)
# an answer about other things: "We booked 3,000 people", "About 2,100 are in the jail"
# (not "according to the booking records": a source of the figure)
_OTHER_ANSWER = re.compile(r"\b(?:book(?!ing\s+(?:records|logs|data|reports?)\b)\w*|held|holds?|"
                           r"hous\w+|population|detainers?|requests?|"
                           r"arrest\w*|beds?|in\s+the\s+jail)\b", re.I)


def answers_handover_question(s: Sentence, doc: Document) -> bool:
    """True for the first sentence of an answer to a question about the handovers: labelled
    ("HALE: ...", "A: ...") or opening the paragraph after the question's."""
    if s.index == 0 or not _ANY_NUMBER.search(s.text) or _OTHER_ANSWER.search(s.text):
        return False
    asked = doc.sentences[s.index - 1]
    if _answers_with_figure(s.text) and _INDIRECT_QUESTION.search(asked.text):
        return True  # "... showing how many people it transferred to ICE. The answer is six"
    if (_REPORTED_QUESTION.match(asked.text) and _ASKED_HANDOVERS.search(asked.text)
            and _FIGURE_OPENS.match(s.text)):
        return True  # "Asked how many people the jail turned over to ICE, Pelletier answered:"
    if (told := _ASKED_AND_TOLD.match(s.text)) and (
            _ASKED_HANDOVERS.search(s.text, 0, told.end())
            or (told.group("bare") and is_handover_sentence(asked, True))):
        # "The jail released people to ICE last year. Asked how many, the sheriff said, 'About
        # 40, give or take.'": the question and its answer in one sentence
        return True
    if not _ANSWER.match(s.text) and asked.paragraph == s.paragraph:
        # the answer's first figure after a few words without one: "They split it by
        # half-year this time. January through June of 2025, 97 people."
        opening = [o for o in doc.sentences[max(0, s.index - _ANSWER_LEAD):s.index]
                   if o.paragraph == s.paragraph]
        if (len(opening) == _ANSWER_LEAD or opening[0].index == 0
                or any(_ANY_NUMBER.search(o.text) for o in opening)):
            return False
        asked = doc.sentences[opening[0].index - 1]
    if _ANSWER.match(s.text) and not asked.text.rstrip().endswith("?"):
        asked = _question_across_clarification(doc, asked.index) or asked
    question = asked.text.rstrip()
    if not question.endswith("?"):
        return False
    if _FOLLOW_UP.match(question) and len(question) < _FOLLOW_UP_LENGTH:
        # "And for the year?" asks the handover question again, for another period; "And?"
        # asks for the figure the speaker just named ("... how many people the department
        # transferred to ICE custody.")
        earlier = _question_before(doc, asked.index)
        return earlier is not None and (_asks_about_handovers(earlier.text.rstrip())
                                        or bool(_INDIRECT_QUESTION.search(earlier.text)))
    return _asks_about_handovers(question)


_CLARIFICATION_REACH = 4  # sentences: "Well, you mean this summer?" "Let's do the last quarter."


def _question_across_clarification(doc: Document, index: int) -> Sentence | None:
    """The question an answer replies to across a short exchange that only settles what is
    asked ("PRUITT: Well, you mean this summer, or --" "CONLEY: Let's do the last quarter."):
    the first sentence back that asks something, if none between holds a figure."""
    for back in doc.sentences[max(0, index - _CLARIFICATION_REACH):index + 1][::-1]:
        if back.text.rstrip().endswith("?"):
            return back
        if find_numbers(back.text) or not _CLARIFYING.search(back.text):
            return None
    return None


# what only settles the question: "you mean this summer", "Let's do the last quarter", a period
_CLARIFYING = re.compile(
    r"\b(?:you\s+mean|do\s+you\s+mean|I\s+mean|let['’]s\s+(?:do|say|take|go\s+with|stick\s+with)|"
    r"just\s+(?:the|this|last)|talking\s+about|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+(?:through|to)\s+[A-Z]\w*|this\s+summer|this\s+year|"
    r"last\s+(?:quarter|year|month))\b", re.I)


def _asks_about_handovers(question: str) -> bool:
    """A question about handing people to immigration, or one following up on such a one."""
    about_ice = bool(_ICE.search(question)) or question.lower().startswith(
        ("how does that compare", "q: how does that compare"))
    return about_ice and bool(_HANDOVER_QUESTION.search(question))


# "Q: And for the year?", "What about last year?": the same question for another period;
# "And?", "And the number?": the one just named; "Q: February?": a month alone
_FOLLOW_UP = re.compile(
    # "And the year before that?"
    r"^(?:Q:\s*)?(?:And\s+)?(?:for\s+|in\s+)?the\s+year\s+before(?:\s+that)?\s*\?$|"
    # "In February?", "And March?", "For the quarter?"
    r"^(?:Q:\s*)?(?:And\s+)?(?:(?:In|For|During)\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s*\?$|"
    r"^(?:Q:\s*)?(?:And\s+)?(?:In|For|During)\s+the\s+(?:(?:whole|full|entire)\s+)?(?:quarter|year|"
    r"month|half)\s*\?$|"
    r"^(?:[A-Z][A-Z’'.-]*:\s*)?(?:And|So)(?:\s+(?:the\s+)?(?:number|figure|total|count))?\s*\?$|"
    r"^(?:Q:\s*)?(?:And|What\s+about|How\s+about)\s+(?:(?:for|in|during|over)\s+)?"
    r"(?:the\s+|this\s+|last\s+|that\s+)?(?:(?:whole|full|entire)\s+)?(?:year|month|quarter|week|"
    r"summer|fall|spring|winter|\d{4}|[A-Z][a-z]+)(?:\s+(?:so\s+far|overall|as\s+a\s+whole|"
    r"before\s+that))?\s*\?$|"
    # "NOTICIAS 9: And since the beginning of the program?": the running total
    r"^(?:[A-Z][A-Z’'.-]*(?:\s+[A-Z0-9][\w’'.-]*){0,3}:\s*)?(?:And|What\s+about|How\s+about)\s+"
    r"since\s+(?:the\s+)?(?:beginning|start)(?:\s+of\s+(?:the\s+)?(?:program|agreement|year))?\s*\?$|"
    # "Q: And since then?", "Q: After that?": the months after the period just answered
    r"^(?:Q:\s*)?(?:And\s+)?(?:since\s+then|after\s+that|and\s+after\s+that)\s*\?$")
_FOLLOW_UP_LENGTH = 60  # characters: a follow-up is short
_QUESTION_REACH = 6  # sentences back to the question a follow-up continues


def _question_before(doc: Document, index: int) -> Sentence | None:
    """The nearest question before sentence index, within a few sentences, or the sentence
    that names the question in passing ("... how many people the department transferred to
    ICE custody.")."""
    for s in reversed(doc.sentences[max(0, index - _QUESTION_REACH):index]):
        question = s.text.rstrip()
        follow_up = bool(_FOLLOW_UP.match(question)) and len(question) < _FOLLOW_UP_LENGTH
        if question.endswith("?") and follow_up:
            # a chain of follow-ups ("Q: February? ... Q: March?") goes back to its first question
            return _question_before(doc, s.index)
        if question.endswith("?") or _INDIRECT_QUESTION.search(s.text):
            return s
    return None


# "records showing how many people it transferred directly to U.S. Immigration"
_INDIRECT_QUESTION = re.compile(
    r"\bhow\s+many\s+(?:people|persons|inmates|detainees|prisoners|immigrants)\s+[^.?]{0,80}?"
    r"\b(?:turn|transferr?|hand|releas|deliver)\w*\b(?:U\.S\.|[^.?]){0,60}?\b(?:ICE|[Ii]mmigration)\b")
# "Asked how many ... last year, Pelletier answered:" over the quoted answer
_REPORTED_QUESTION = re.compile(r"^(?:When\s+)?[Aa]sked\s+how\s+many\b"
                                r"(?![^:]*\b(?:would|could|might|had\s+not|hadn['’]t)\b)[^.?]*:\s*$")
# "Asked how many, the sheriff said, ", "Asked how many people the jail turned over to ICE,
# Sheriff Tom Bell answered that " (the figure follows)
_ASKED_AND_TOLD = re.compile(
    r"^(?:When\s+)?[Aa]sked\s+how\s+many(?:(?P<bare>,|\s+(?:people|inmates|persons)\s+(?:it|they|the\s+\w+)\s+"
    r"(?:had\s+|has\s+)?(?:released|turned\s+over|handed\s+over|transferred|sent),)|(?![^:,]*\b(?:would|could|might|had\s+not|"
    r"hadn['’]t)\b)[^.?:\"“]*?,)\s+(?:[\w.’'-]+\s+){1,4}?(?:said|answered|replied|responded|"
    # (not "said 35, down from 50 in 2023": which figure answers is left to a reader)
    r"estimated)(?:\s+that)?[,:]?\s+[\"“]?(?![^.]*\b(?:down|up)\s+from\b)(?=[^\"”]{0,20}\d|(?:About|Roughly|Nearly|More|At\s+least|"
    r"Only|Just)?\s*[A-Z]?[a-z]+(?:ty|teen|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozen)\b)", re.I)
# "how many people the jail turned over to ICE last year" (not "released ... before ICE could")
_ASKED_HANDOVERS = re.compile(
    r"\bhow\s+many\s+(?:people|persons|inmates|detainees|prisoners|immigrants)\s+(?:\w+\s+){0,4}?"
    r"(?:turned\s+over|handed(?:\s+over)?|transferred|delivered|released)\s+(?:\w+\s+){0,2}?to\s+"
    r"(?:ICE|U\.S\.\s+Immigration|immigration|federal\s+immigration)\b(?![^:]*\band\s+how\s+many\b)")
# '"Twenty-three.', "About 40, give or take."
_FIGURE_OPENS = re.compile(
    r"^[\"“]?(?:(?:About|Roughly|Nearly|More\s+than|At\s+least|Only|Just)\s+)?(?:\d{1,3}(?:,\d{3})*|(?:One|Two|"
    r"Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+teen|Twenty|Thirty|Forty|Fifty|"
    r"Sixty|Seventy|Eighty|Ninety)(?:-[a-z]+)?)"
    # the figure is the answer: "Twenty-three.", "About 40, give or take." (not "Twelve years ...")
    r"(?=\s*(?:[.,;!]|$|people\b|persons\b|inmates\b|in\s+all\b|total\b))")
# "The answer is six", "The number was 23"
_THE_ANSWER = re.compile(
    r"^The\s+(?:answer|number|figure|count|total)\s+(?:is|was|came\s+to)\s+"
    r"(?:(?:about|nearly|roughly|more\s+than|at\s+least|fewer\s+than)\s+)?", re.I)
_NOT_PEOPLE_AFTER = re.compile(r"\s*(?:a\.m|p\.m|percent|%|o['’]clock)", re.I)


def _answers_with_figure(text: str) -> bool:
    """"The answer is six, ...": the figure right after the opening, not "The number is due by
    Jan. 15" or "It was 11 a.m."."""
    m = _THE_ANSWER.match(text)
    return m is not None and any(
        n.start == m.end() and not n.is_year and not _NOT_PEOPLE_AFTER.match(text, n.end)
        for n in find_numbers(text))


_ANSWER_LEAD = 3  # sentences: an answer names its figure within its first few


def handover_sentences(doc: Document) -> tuple[Sentence, ...]:
    """The sentences of doc that report handovers."""
    ice = bool(_ICE.search(doc.text))
    if not ice:
        return ()
    reported = {s.index for s in doc.sentences if is_handover_sentence(s, ice)}
    found = [s for s in doc.sentences
             if s.index in reported or answers_handover_question(s, doc)]
    marked = {s.index for s in found}
    # "... how many people the department transferred to ICE custody. / And? / 97 people.":
    # the sentence that names what the answer counts reports the handovers with it
    marked |= {q.index for s in found if s.index not in reported
               for q in doc.sentences[max(0, s.index - _QUESTION_REACH):s.index]
               if _INDIRECT_QUESTION.search(q.text)}
    marked |= {p.index for s in found if _THOSE_ARE.match(s.text)
               for p in doc.sentences[max(0, s.index - _LEDE_REACH):s.index]
               if _bare_figure(p.text)}
    # "The jail hands people to ICE only when agents bring a warrant. In 2025, that happened 22
    # times.": the practice, then how often it was used
    marked |= {s.index for p, s in itertools.pairwise(doc.sentences)
               if TIMES_HAPPENED.search(s.text) and _PRACTICE.search(p.text)
               and not _NOT_THE_PRACTICE.search(p.text) and not _WOULD.search(s.text)}
    # "... hand that person over at the moment of release. The office did exactly that 23 times"
    marked |= {s.index for p, s in itertools.pairwise(doc.sentences)
               if _did_the_handover(s, p) and not _WOULD.search(s.text)}
    return tuple(s for s in doc.sentences if s.index in marked)


# "More than 30 people in December alone. About 70 since the agreement took effect Oct. 1.
# Those are the numbers for the Nueces County Sheriff's Office, the first ... to begin handing
# people to ICE": figures set out first, whose handovers the next sentence names.
_THOSE_ARE = re.compile(
    r"^(?:Those|These)\s+(?:are|were)\s+the\s+(?:numbers|figures|counts|tallies)\s+(?:for|from)\b",
    re.I)
_LEDE_REACH = 3  # sentences
_HAPPENED_VERB = r"\b(?:happened|occurred|played\s+out|took\s+place)\s+"
# "That happened 22 times", "In 2025, that happened 22 times", "Last year it occurred 140 times"
TIMES_HAPPENED = re.compile(
    # (not "In nearby Cobb County, that happened 41 times" nor "In Durham, ...": another place's)
    r"^(?:(?:In|During|Through|So\s+far\s+in)\s+(?=[^,.;]*(?:\d|\b(?:year|quarter|month|half|"
    + "|".join(MONTHS) + r")\b))"
    r"(?:(?!County|Parish|nearby|neighboring)[^,.;]){2,30},\s+"
    r"|(?:(?:So\s+far\s+)?(?:this|last)\s+(?:year|month|quarter)|Since\s+[^,.;]{2,30}),?\s+)?"
    rf"(?:That|This|It)\b[^.;]{{0,40}}?{_HAPPENED_VERB}(?:\w+\s+){{0,3}}?(?:[\d,]+|[a-z-]+)"
    # not "three times as often as in 2020": a ratio
    r"\s+times\b(?!\s+(?:as|more|less|over|that)\b)", re.I)
# "the office ... did exactly that 23 times", "In 2025, it did so 38 times": a practice told just
# before, done N times (_did_the_handover says whether that practice is a handover)
_DID_THAT_VERB = r"(?<!n['’]t\s)\bdid\s+(?:exactly\s+|just\s+)?(?:that|so)\s+"
DID_THAT = re.compile(rf"{_DID_THAT_VERB}$", re.I)
# "did so 27 times in 2024 and 14 times in the first half": the second "times" goes on
TIMES_AGAIN = re.compile(
    rf"(?:{_HAPPENED_VERB}|{_DID_THAT_VERB})(?:[\d,]+|[a-z-]+)\s+times\b[^.;]{{2,40}}?"
    r"(?:,\s+|\s+and\s+)$", re.I)
_DID_THAT_TIMES = re.compile(
    rf"{_DID_THAT_VERB}(?=(?:[\d,]+|[a-z-]+)\s+times\b(?!\s+(?:as|more|less)\b))", re.I)
# the practice "did that" points back to: handing people over, not notifying, checking or refusing
_HANDING_OVER = re.compile(r"\b(?:hand|turn|transfer|releas|deliver)\w*\b[^.;]{0,40}?\b(?:over|"
                           r"to\s+(?:ICE|U\.S\.\s+Immigration|immigration|federal))\b", re.I)
_OTHER_DOING = re.compile(r"\b(?:notif\w*|check\w*|ask\w*|questions?\s+(?:them|people)|refus\w*|"
                          r"declin\w*|would|stop\w*|instead\s+of|rather\s+than|on\s+bond|"
                          r"neighbou?ring|nearby)\b", re.I)


def _did_the_handover(s: Sentence, prev: Sentence | None) -> bool:
    """True when "did exactly that N times" points back to handing people over: the words before
    it in its sentence, or else the sentence before."""
    did = _DID_THAT_TIMES.search(s.text)
    if did is None:
        return False
    told = s.text[: did.start()]
    if not _JOINED_SUBJECT.search(told) and not _HANDING_OVER.search(told) and prev is not None:
        told = prev.text  # not "check each inmate's status at booking, and they did that ..."
    return bool(_HANDING_OVER.search(told)) and not _OTHER_DOING.search(told)


_JOINED_SUBJECT = re.compile(r"\b(?:and|but)\b[^.;,]{0,30}?\b(?:they|it|he|she|we|the\s+\w+)\s+$",
                             re.I)
HAPPENED = re.compile(rf"{_HAPPENED_VERB}$", re.I)
# "The jail hands people to ICE only when ...": a handover to ICE as the practice
_PRACTICE = re.compile(r"\b(?:hand(?:s|ed)?|turn(?:s|ed)?|transfer(?:s|red)?|release[sd]?|"
                       r"deliver(?:s|ed)?)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:over\s+)?to\s+(?:ICE|U\.S\.\s+Immigration|immigration|federal)\b", re.I)
# not a refusal, a proposal, or a last clause about something else ("but sometimes agents never
# come")
_NOT_THE_PRACTICE = re.compile(r"\b(?:refus\w*|would|will|never|not|won['’]t|fails?|but|proposed|"
                               r"unless|except|asks?|asked|requests?|sometimes)\b", re.I)
_WOULD = re.compile(r"\bwould\b", re.I)
_BARE_FIGURE = re.compile(
    r"^(?:(?:More|Fewer|Less)\s+than\s+|About\s+|Nearly\s+|Almost\s+|Roughly\s+|At\s+least\s+)?"
    r"(?:\d[\d,]*|[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:people\s+)?(?:in|since|during|this|last|so)\b"
    # an abbreviation's dot ("Oct. 1") does not end it
    r"(?:[^.!?]|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.){0,80}[.!?]$")


def _bare_figure(text: str) -> bool:
    """A sentence that is a figure and its period, with no verb ("About 70 since Oct. 1.")."""
    numbers = find_numbers(text)
    return bool(_BARE_FIGURE.match(text)) and bool(numbers) and numbers[0].start == 0


def is_transfer_report(doc: Document, handovers: tuple[Sentence, ...]) -> bool:
    """A story reports handovers when a handover sentence exists and a custodial agency is named.

    A named agency is required because national or statewide tallies ("local jails handed ICE
    140,000 people") describe no specific custodian.
    """
    return bool(handovers) and find_agency(doc, handovers) is not None

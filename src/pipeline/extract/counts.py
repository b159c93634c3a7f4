"""Counts of people handed over, per period: the current report and historical baselines."""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from pipeline.extract.document import Document, Sentence
from pipeline.extract.lexicon import MONTHS, NON_PEOPLE_NOUNS, PEOPLE_NOUNS, QUALIFIER_PHRASES
from pipeline.extract.numbers import NumberMention, find_numbers
from pipeline.extract.periods import (
    BUSIEST,
    MONTH,
    WORD_NUM,
    YEAR,
    PeriodMention,
    encloses,
    find_periods,
    label_span,
    month_year_hints,
    word_count,
    year_earlier,
)
from pipeline.extract.report import (
    DID_THAT,
    HANDOVER,
    HAPPENED,
    TIMES_AGAIN,
    TIMES_HAPPENED,
    TO_ANOTHER,
    answers_handover_question,
)
from pipeline.facts import Count

_MONTH_STEM = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_VERB_AFTER = re.compile(
    r"^\s+(?:more\s+|others?\s+|people\s+|of\s+(?:them|those)\s+)?(?:were\s+|was\s+|being\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:transferred|handed|turned|released|sent|picked|given"
    # "We had 58 go to ICE"; "Forty people went to ICE"
    r"|(?:go|went)\s+(?:straight\s+|directly\s+)?to\s+(?:ICE|immigration)\b(?!\s+training)"
    # "two dozen of them left the jail in ICE custody"
    r"|(?:left|went)\s+(?:the|from|straight|directly|into)\b"
    # "Twenty-two took place from January through June; the other 42 came in the second half"
    # "Three went in April, five in May and four in June"
    r"|took\s+place|(?:came|went)\s+in\s+the\s+(?:first|second|last|final)\b"
    rf"|went\s+in\s+(?:{_MONTH_STEM}|(?:19|20)\d\d)\b"
    # "61 left ... between January and March; 82 followed between April and June"
    r"|followed\s+(?=(?:in|between|during|from|over)\s))\b",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"(?:transferred|turned\s+over|handed\s+(?:off|over)|took\s+custody\s+of|released|sent|"
    r"delivered|surrendered|transferring|gave|given)\s+(?:a\s+total\s+of\s+|another\s+|an\s+additional\s+"
    r"|a\s+further\s+)?$",
    re.IGNORECASE,
)
# a figure set off by dashes as a part of what the clause says ("More than half — 111 — were")
_DASH_OPENS = re.compile(r"[—–]\s*$")
_DASH_CLOSES = re.compile(r"\s*[—–]\s*")
_PART_IN_A_WEEK = re.compile(
    r"^\s+of\s+(?:them|those|these)\s+(?:coming\s+|came\s+)?(?:in|during)\s+(?:a|one|the\s+\w+)\s+"
    r"(?:single\s+)?(?:week|day|weekend)\b", re.I)
_OF_A_PERIODS_WHOLE = re.compile(
    r"^\s+of\s+the\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+[\w,-]+\s+(?:people\s+)?(?:were|was)\s+"
    r"(?:turned|handed|transferred|released|sent|delivered)\b", re.I)
# "one in every 75", "1 in 75", "one person out of each 40": a ratio's two sides
_IN_EVERY = r"(?:person\s+)?(?:(?:in|of|out\s+of)\s+(?:every|each)|in|out\s+of)\s+"
_ONE_IN_EVERY = re.compile(rf"\b(?:one|1)\s+{_IN_EVERY}$", re.I)
_IN_EVERY_AFTER = re.compile(rf"^\s+{_IN_EVERY}\d", re.I)
_TO_ANOTHER_PLACE = re.compile(
    # not "52 people to ICE in the county's fiscal year": ICE is the receiver
    r"^\s+(?:\w+\s+){0,3}?(?:to\s+(?:an?\s+|the\s+|their\s+)?"
    # not "37 people to ICE from its jail": ICE is the receiver (but "to ICE or the state prison"
    # and "to immigration court" name others)
    r"(?:(?!ICE\b(?!\s+or\b)|immigration\s+(?!court\b))[\w-]+\s+){0,3}?"
    r"(?:prison|prisons|jail|"
    r"county|hospital|state|court|Marshals|famil(?:y|ies)|relatives)\b"
    r"|on\s+(?:bond|(?:their\s+own\s+)?recognizance)\b)", re.I)
_TO_ICE_AFTER = re.compile(
    r"^\s+(?:in)?to\s+(?:the\s+custody\s+of\s+)?(?:ICE\b|U\.S\.\s+Immigration|immigration\b"
    r"|federal\s+immigration)")
# "turned 14 of them over to ICE": the verb's particle follows the number.
_PARTICLE_AFTER = re.compile(r"^\s+(?:[\w’'-]+\s+){0,4}?over\s+to\b")
# A month's name by its first three letters ("Sept.", "December").
_MONTH_WITH = re.compile(rf"\b(?:in|during)\s+{_MONTH_STEM}\w*\s+with\s+$", re.I)
# A number opening a sentence: "Six", "Twenty-one", "14"
_NUMBER_LEAD = (r"\d[\d,]*|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
                r"Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|"
                r"Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-[a-z]+)?")
_PERIOD_AFTER = re.compile(
    # "Twenty-three, in fiscal year 2026" answering how many
    # "17 of those coming in the last quarter"
    # "19 again from April through June"
    r"^\s+(?:more\s+|again\s+(?=from\b|between\b)|of\s+them\s+|of\s+(?:those|these)\s+"
    r"(?:coming\s+|came\s+)?(?=in\b|during\b))?"
    r"(?:in|during|last|this|the\s+past|five|four|so\s+far|since|between|"
    rf"from\s+{_MONTH_STEM})\b"
    # "and 61 over all of last year", not "12 over the age of 60"
    r"|^\s+over\s+(?:all\s+(?:of\s+)?)?(?=(?:last|this)\s+(?:year|quarter|month)\b|(?:19|20)\d\d\b"
    r"|the\s+(?:whole|entire|full|past|previous|last|first|second|same)\b)", re.I
)
# "Twenty-three of them were transferred": a part handed over in its own period, not a breakdown.
_PARTITIVE = re.compile(
    r"^\s+(?:of\s+(?:them|those|the)\s+\d|of\s+them\b"
    # "eight of them in June" is June's count inside a running total
    r"(?!\s+(?:were|was|had\s+been)\s+(?:transferred|handed|turned|released|sent)\b|\s+over\s+to\b"
    # "Roughly two dozen of them left the jail in ICE custody in September"
    r"|\s+(?:left|went)\s+(?:the|from|straight|directly|into)\b"
    r"|\s+(?:in|during)\s+[A-Z]|\s+(?:last|this)\s+(?:month|quarter|year)\b"
    # "30 of them in the first quarter"
    r"|\s+(?:in|during)\s+the\s+(?:first|second|third|fourth|last|final)\s+(?:quarter|half)\b"
    r"(?=\s*(?:[,.;]|and\b|$)))"
    r"|of\s+\d|each\b|of\s+the\s+\w+\s+\d"
    # "Nine of those transferred were Mexican citizens": a part described, not a handover
    r"|of\s+(?:those|them|the\s+\d+)\s+(?:transferred|released|handed\s+over|turned\s+over)"
    r"\s+(?:were|was)\b"
    # "14 of the people turned over in June were from Mexico": a breakdown, not a count
    r"|of\s+(?:the|those)\s+(?:people|inmates|detainees|prisoners)\s+(?:[\w’'-]+\s+){0,5}?(?:were|was)\s+"
    r"(?:from|citizens?|nationals?|born)\b"
    # "at least two of the people released to ICE in May had been held on misdemeanors"
    r"|of\s+(?:the|those)\s+(?:people|inmates|detainees|prisoners|individuals)\s+"
    r"(?:[\w’'.-]+\s+){0,8}?(?:had|have)\s+been\b)"
)
# "Eleven of those handovers happened in July and August": a part in its own period.
_PART_OF = (r"\s+of\s+(?:(?:those|these|the|them)\s+(?:\w+\s+)?(?:handovers|transfers|releases|"
            r"hand[-\s]?offs)\s+"
            # not "came from traffic stops"; "came from February through April" is a span
            rf"(?:happened|occurred|took\s+place|came)\b"
            rf"(?!\s+from\s+(?!(?:{MONTH})\b(?!\s+(?!through|thru|to|and|until)[a-z])))"
            r"(?!\s+(?:in|during)\s+(?:a|the)\s+(?:single|first|last|final|second|third)\s+(?:\w+\s+)?"
            r"(?:weeks?|days?|weekend)\b)"
            # "Nine of those were in March", "Six of them were released in September"
            # "Twenty-two of the 37 came in the first six months of 2025"
            r"|(?:those|them|the\s+[\d,]+)\s+(?:were|came)\s+in\s+"
            r"(?=[A-Z]|the\s+(?:first|last|second|third|fourth|final)\b)"

            # "Nine of those were between March and August"
            r"|(?:those|them)\s+(?:were|came)\s+(?:between|during)\s+(?=[A-Z]|the\s+(?:first|last|second))"
            # "Twenty-nine of the 47 were released in the first six months of 2025"
            r"|(?:those|them|the\s+[\d,]+)\s+(?:were|was)\s+(?:released|transferred|handed\s+over|"
            r"turned\s+over|delivered)(?:\s+to\s+(?:ICE|federal\s+immigration\s+\w+))?"
            # "81 of them were released between July and December 2024", "seven of them were
            # delivered only in the month of December"
            r"\s+(?:only\s+|just\s+)?(?:in|between|from|during)\s+(?=[A-Z]|the\s+(?:first|last|second|month)))")
_PART_HAPPENED = re.compile("^" + _PART_OF, re.I)
_CHANGE_BY = re.compile(r"\b(?:down|up|(?:an\s+)?(?:increase|decrease|rise|drop|fall)\s+of)\s+$",
                        re.I)
_MORE_THAN_BY = re.compile(r"\s+(?:people|persons)\s+(?:more|fewer|less)\s+than\b", re.I)
_DIFFERENCE_TO_MONTH = re.compile(
    r"\s+(?:people|persons)?\s*(?:(?:more|fewer|less)\s+than|from|compared\s+(?:with|to))\s+"
    r"(?:the\s+)?[Mm]onth\s+\d", re.I)
_PART_IN_MONTH = re.compile(
    # "four of them between April and June"
    rf"\s+of\s+(?:those|them)\s+(?:in|during|between)\s+(?=(?-i:{MONTH})(?![a-z])|[Mm]onth\s+\d"
    # "10 of them in the final three months of the year", "six of them in the fourth quarter";
    # not "30 of them in the first quarter were held past their release dates"
    r"|the\s+(?:(?:last|final|first)\s+(?:two|three|four|five|six|\d)\s+months(?=\s+of\s+(?:the|that)\s+"
    r"year|\s+of\s+(?:19|20)\d\d)|(?:first|second|third|fourth|final|last)\s+quarter)"
    r"(?:\s+of\s+(?:the|that)\s+year|\s+of\s+(?:19|20)\d\d)?\s*(?:[,.;]|$))", re.I)
_THEN_HANDED = re.compile(r"\b(?:and|then|before)\s+(?:later\s+)?(?:handed|turned|transferred|"
                          r"released|"
                          r"delivered|sent|gave)\s+(?:them|all|those|each|the\s+same)\b", re.I)
# people booked, held or kept: not the people handed over, unless the same are handed over
_KEPT_BEFORE = re.compile(r"\b(?:held|booked|kept|jailed|screened|questioned|interviewed)\s+"
                          r"(?:(?:about|roughly|nearly|more\s+than|some)\s+)?$", re.I)
_OTHER_VERB_BEFORE = re.compile(r"\b(?:held|booked|arrested|kept|jailed|detained|charged|"
                                r"questioned|interviewed|screened)\s+$", re.I)
_TRAIT_AFTER = re.compile(r"[^.;,]*?\b(?:had\s+been|have\s+been|were|was)\s+(?:(?!handed|turned|"
                          r"transferred|released|delivered|sent|given)\w+(?:ed|en)\b|from\b)", re.I)
# a whole of other things: "300 detainers ..., 45 of them during March"
_OTHER_WHOLE = re.compile(r"\b(?:detainers?|requests?|bookings?|booked|arrests?|inmates|"
                          r"population|calls|notifications?|others|deport\w*)\b[^.;]{0,40}$", re.I)
_AND_ANOTHER_PART = re.compile(
    r",?\s+and\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:between|in|from|during)\b")
# "Pineda was the 27th person the sheriff's office has turned over": the count so far
_ORDINAL_PERSON = re.compile(
    r"\b(?:was|became|is|marks?|marked)\s+the\s+(\d{1,5})(?:st|nd|rd|th)\s+"
    r"(?:person|inmate|individual|man|woman|prisoner|detainee)\s+"
    r"(?:(?!arrested|booked|charged|detained|caught)[\w’'-]+\s+){0,7}?"
    r"(?:turned|handed|transferred|released|sent|delivered)\b")
# "Nine were released between January 1 and June 30": the figure before, in parts
_NUMBER_WERE_HANDED = re.compile(
    r"^(?:\d[\d,]*|[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:people\s+|inmates\s+|prisoners\s+)?(?:were|was)\s+"
    r"(?:released|transferred|handed|turned|sent|surrendered)\b")
# "The pace quickened: 131 of the transfers took place between April and June."
_PART_SENTENCE = re.compile(r"(?<![\w,-])[\w,-]+" + _PART_OF, re.I)
_ACCOUNTED_FOR = re.compile(r"\baccount(?:ed|ing)\s+for\s+$", re.I)
# "breaks the figure down by month: 14 people in January, 15 in February and 18 in March";
# "split unevenly: 198 in the second half of 2024 and 239 in the first six months of 2025"
_LISTED_FIGURE = re.compile(
    r"\b(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    # "eight transfers from Haysi in fiscal 2024"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(?:\w+\s+)?"
    r"(?:from\s+(?-i:[A-Z][\w-]+)\s+)?(?:in|from|during)\s+", re.I)
_MEMBER = re.compile(r"\s+of\s+(?:the|those|these)\b", re.I)
_IS_BEFORE = re.compile(r"\b(?:was|is)\s+$", re.I)
# "handed 30 people over since the start of October" is a running total, not October's count.
# "since the first of March"
_SINCE = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning|first|1st)(?:\s+of)?\s+)?$", re.I)
# "since the city's 287(g) agreement took effect in March": a running total from then, for a
# figure after it ("... to more than 45"), not one before it ("31 transfers, the most in any
# month since the department began tracking them in 2019")
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:[\w.’'()-]+\s+){1,12}?(?:took\s+(?:effect|office)|went\s+into\s+effect|began|"
    r"started|opened|joined|launched|went\s+live|kicked\s+in|was\s+(?:signed|sworn\s+in|elected))"
    # (not past "and": "... took effect last year and 14 of them in June")
    r"\b(?:\s+(?!and\b)[\w’'()-]+){0,7}?\s+(?:in\s+|on\s+)?$", re.I)
_ARRESTED = re.compile(r"\barrest(?:ed|s)\b", re.I)  # arrests on the street are no handovers
_ARREST_REACH = 30  # characters: "has arrested more than 500 people"
# "since the agreement began", "since it joined the program": a start the story does not date
# (not "the highest monthly figure since the county signed its agreement")
_SINCE_UNDATED = re.compile(
    r"^(?!.*\b(?:highest|most|lowest|largest|biggest|fewest|first)\b[^.;]{0,40}\bsince\b)"
    r".*\bsince\s+(?:the|its|their|his|her|it|we|they|he|she)\s", re.I)
# A figure as corrected: "lowers the September figure from 23 to 21" counts 21, not 23.
_CORRECTS = r"\b(?:lower|rais|revis|correct|chang|adjust|trim|cut|reduc|bump)"
# within a clause; "U.S." does not end it ("the number handed to U.S. Immigration ... from seven")
_IN_CLAUSE = r"(?:[^.;]|(?<=\bU)\.|(?<=\bU\.S)\.)"
_FIGURE = r"(?:[\d,]+|[a-z]+(?:-[a-z]+)?)"
_CORRECTED_TO = re.compile(
    # "cuts the fourth-quarter figure from eight transfers to six"
    rf"{_CORRECTS}\w*\b[^.;]{{0,80}}?\bfrom\s+{_FIGURE}(?:\s+(?:transfers|people|handovers))?\s+to\s*$"
    # "trims the August figure to 17 from 19": the new figure first
    rf"|{_CORRECTS}\w*\s+(?:the|its|their)\s+(?:[\w-]+\s+){{1,2}}?(?:figure|count|total|tally)"
    rf"\s+to\s*$"
    rf"|{_CORRECTS}\w*\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:figure|number|count|total|tally)"
    rf"\b{_IN_CLAUSE}{{0,140}}?\bfrom\s+{_FIGURE}\s+to\s*$"
    # "The correction brings the number of people transferred ... in the third quarter to 21"
    # "The change brings the jail's third-quarter total to 42"
    rf"|\bbrings?\s+the\s+(?:[\w'’-]+\s+){{0,2}}?(?:number|figure|count|total|tally)\b"
    rf"{_IN_CLAUSE}{{0,140}}?\bto\s*$", re.I)
# "The correction raises the number handed over between January and June to 24, from 22": the
# new figure first, the old one after it
_CORRECTED_TO_FIRST = re.compile(
    rf"{_CORRECTS}\w*\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:figure|number|count|total|tally)"
    rf"\b{_IN_CLAUSE}{{0,140}}?\bto\s*$", re.I)
_FROM_THE_OLD = re.compile(rf",\s+from\s+(?:the\s+)?{_FIGURE}\b")
_OTHER_THINGS = re.compile(r"\b(?:detainers?|requests?|bookings?|beds?|arrests?|calls?|dollars)\b",
                           re.I)
# A figure superseded: "from 23" in that correction, "The original version said 23 people
# were transferred", "four, not three as the department first said"
_CORRECTED_FROM = re.compile(
    rf"{_CORRECTS}\w*\b[^.;]{{0,80}}?\bfrom\s*$"
    # "lowering the number of people the jail handed to U.S. Immigration ... from seven"
    rf"|{_CORRECTS}\w*\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:figure|number|count|total|tally)"
    rf"\b{_IN_CLAUSE}{{0,140}}?\bfrom\s*$", re.I)
# Only a sentence about a correction: "reduced the number ... from 1,143 in 2017 to 266"
# is a change over time, both figures facts.
_CORRECTING = re.compile(r"\b(?:correct|revis|amend|erro|mistake|duplicat|double-count|"
                         r"miscount)\w*"
                         # "The update cuts the fourth-quarter figure from eight to six"
                         r"|\bupdate\s+(?:cuts|trims|lowers|raises)\b"
                         # "has raised its count of people handed over ... from 16 to 18"
                         r"|\b(?:rais|lower)\w*\s+(?:its|their)\s+(?:\w+\s+)?(?:count|figure|tally)\b"
                         # "has lowered the number of people it turned over in September from 19
                         # to 17" (not "from 1,143 in 2017 to 266": a change over time)
                         r"|\b(?:rais|lower)\w*\s+the\s+number\s+of\s+(?:people|persons|inmates)\s+"
                         r"(?:[\w’']+\s+){0,4}?(?:turned|handed|released|transferred|sent|"
                         r"delivered)\b[^.;]*\bfrom\s+[\w,-]+\s+to\b"
                         # "The change brings the jail's third-quarter total to 42"
                         r"|\bthe\s+(?:change|fix|revision|update)\s+(?:brings|puts|lowers|raises|cuts)\b",
                         re.I)
# "Correction: A Feb. 5 article reported, based on ..., that 27 people were transferred"
_CORRECTION_NOTE = re.compile(r"^(?:Correction|Clarification|Editor['’]s\s+note|Errat(?:um|a)"
                              r"|Note\s+(?:of|from)\s+the\s+editors?)\b", re.I)
_EARLIER_REPORT = re.compile(
    r"\b(?:article|story|version|report|broadcast)\s+(?:\w+\s+){0,2}?(?:incorrectly\s+|"
    r"erroneously\s+|had\s+)?(?:reported|said|stated|gave)\b[^.;]{0,100}$", re.I)
_WRONGLY = re.compile(r"\b(?:in\s+fact|actually|mistaken\w*|wrong\w*|erroneous\w*|incorrect\w*|"
                      r"removed|lowered|revis\w*|correct\w*|should\s+not\s+have)\b", re.I)
_IN_FIRST_COUNT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:included|counted|listed)\s+in\s+(?:its|the|their|that)\s+"
    r"(?:original|earlier|first|initial)\b"
    # "two of the people first counted were in fact picked up by U.S. marshals"
    r"|\s+of\s+(?:the|those)\s+(?:people|persons|inmates|transfers|releases)\s+(?:first|originally|"
    r"initially)\s+(?:counted|listed|reported|included)\b"
    # "five people it had listed as handed to ICE were in fact picked up by the marshals"
    r"|\s+(?:[\w-]+\s+){0,2}?(?:it|they|the\s+office)\s+had\s+(?:listed|counted|included|"
    # "two people it had counted were in fact picked up by the U.S. Marshals"
    r"reported)\s+(?:as|were|was)\b", re.I)
_SUPERSEDED_BEFORE = re.compile(
    # "24 people ..., not the 27 it announced", "at nine transfers instead of seven"
    r"\bnot\s+the\s+$|\b(?:rather\s+than|instead\s+of)\s+(?:the\s+)?$"
    r"|\b(?:original|initial)(?:ly)?\s+(?:version|story|article|report|figures?|count|number|tally|"
    r"release)?\s*(?:had\s+)?(?:said|says|reported|stated|gave|put|listed|showed)\b[^.;,]{0,60}$"
    r"|\b(?:earlier|previous)\s+(?:version|story|article|report)\s+(?:had\s+)?(?:said|reported|"
    r"stated|gave)\b[^.;,]{0,60}$"
    # "A previous version of this article, published April 18, indicated that ... thirteen": this
    # story's own earlier version, not another outlet's earlier report
    r"|\b(?:earlier|previous|prior)\s+version\b[^.;]{0,60}?\s(?:had\s+)?"
    r"(?:said|reported|stated|gave|indicated)\b[^.;,]{0,90}$"
    r"|\bfirst\s+(?:said|reported|stated)\b[^.;,]{0,60}$", re.I)
_SUPERSEDED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?as\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:had\s+)?(?:first|initially|"
    r"originally|previously|earlier)\s+(?:said|reported|stated|announced|counted)\b", re.I)
_EXCLUDED_BEFORE = re.compile(
    # "ICE lodged detainers on 31 people booked in January"
    # "Twenty-three of the first quarter's 38": the whole, already counted
    r"(?:out\s+of|average\s+of|\b(?:\d[\d,]*|(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\s+"
    r"of\s+the(?:\s+[\w-]+){0,2}?\s+[\w-]+['’]s|\bof\s+the|notif\w+\s+\w+|\bages?\s+(?:of\s+)?|aged|\$|from\s+\d+\s+to|No\.|"
    r"\b(?:lodg|issu|plac|fil|sen|receiv|request)\w*\s+(?:\w+\s+)?detainers?\s+(?:on|against|for))\s*$",
    re.IGNORECASE,
)
# ", Sheriff Hollis Brantley told ...": who said the figure
_ATTRIBUTION = r",\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|told)\b"
# ", not the 14": an old figure set against the new
_NOT_BEFORE_FIGURE = (r",\s+not\s+(?:the\s+)?(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|"
                      r"ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|"
                      r"eighty|ninety)\b)")
_CLAUSE_END = re.compile(
    # not a name in brackets: "to Immigration and Customs Enforcement (ICE) during ...", "held
    # in the Adult Detention Center of the County of McKinley (McKinley County Adult Detention
    # Center) were delivered ... during October"
    r"[—–;:]|\((?!(?:[A-Z][\w.'’]*\s*)+\))|,\s+(?:with|according|less|when|who|but|and)\b"
    # not the period restated: "in its last financial year, which ran from July 2024 through ..."
    r"|,\s+which\b(?!\s+(?:ran|runs|covered|covers|spanned|spans|stretched)\s+from\s+(?:the\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[^,.;]{0,30}?\b(?:through|to|until)\b)"
    # "The corrected figure is 12, not the 14 ... gave earlier this month": the old figure's time
    # "About 300, Sheriff Hollis Brantley told the county board in March": the speaking's time
    rf"|{_ATTRIBUTION}|{_NOT_BEFORE_FIGURE}"
    # "463 people, 65% more than the 281 it handed over in 2024": a comparison starts
    r"|,\s+(?:[\d.]+\s*(?:%|percent\b)|(?:up|down|compared|more\s+than\s+the|double|triple|twice)\b)"
    # "122 persons in 2024, that is to say that in three months of this year ...": a gloss
    r"|,\s+(?:that\s+is(?:\s+to\s+say)?|i\.e\.|meaning)\b"
    # "62 people, already more than in any full year since 2022"
    r"|,\s+(?:already\b|(?:more|fewer|less|higher|lower)\s+than\s+(?:in|any|all)\b)"
    # "eleven persons, a little more than the double of the five of September", "almost the
    # double than the thirty-one of 2024", "a pace that surpasses that of ..." (from Spanish)
    r"|,\s+(?:(?:almost|nearly|a\s+little|some|about)\s+)?(?:more\s+than\s+)?(?:the\s+)?"
    r"(?:double|triple|twice|(?:two|three|four|five)\s+times)\b|,\s+a\s+pace\s+that\b"
    # "nine persons, a change after a 2024 in which the deliveries were only two"
    r"|,\s+(?:a|an)\s+(?:\w+\s+)?(?:change|rise|increase|jump|drop|decline|fall)\s+(?:after|from)\b"
    # "at least nine persons, five of them in August alone": the part's period, not the whole's
    r"|,\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|those)\b"
    # "64 people to ICE, a dozen more than in 2024": a difference, with its own period
    r"|,\s+(?:a\s+dozen|a\s+few|[\w-]+)\s+(?:more|fewer|less)\s+than\b")
_BUSIEST_WITH = re.compile(
    rf"\b{BUSIEST}\s+(?:single\s+)?month\b[^.;]{{0,30}}?,\s+with\s+$", re.I)
# "In September the figure topped 170" continues the count of the sentence before it.
# "The previous fiscal year had closed with forty and one" (in English from Spanish)
_CLOSED_WITH = (r"[Tt]he\s+(?:previous|prior|past)\s+(?:fiscal\s+)?"
                r"(?:year|month|quarter|trimester|semester)\s+(?:had\s+)?(?:closed|ended|finished)\s+with")
_CONTINUATION = re.compile(
    # "One number it did confirm: September was the busiest month, with 11 handoffs."
    r"^(?:[A-Z][^:.;\"“]{0,40}\b(?:confirm\w*|said|says|would\s+say|gave|shared)\b[^:.;\"“]{0,20}:\s+)?"
    # "So far this year the number is 83"
    r"(?:(?:In|During|By|For|Over|Across|Through|Between|From(?!\s+the\s+(?:start|beginning|launch)))"
    r"\s+[\w.-]+(?:\s+[\w.-]+){0,7}?"
    r"(?:\s+alone)?,?\s+"
    # "In 2020, when bookings fell off during the pandemic, the office reported 11."
    r"(?:(?:when|as|while)\s+[^,;.]{1,60},\s+(?=(?:the|its)\s+\w+\s+(?:reported|recorded|counted|logged)\b))?"
    r"|So\s+far\s+(?:this|in)\s+[\w.-]+,?\s+)?"
    # "In the month of August alone, they were twelve" (in English from Spanish)
    r"(?:That|This|It|it|[Tt]hey(?=\s+(?:were|numbered|totall?ed)\b)|[Tt]he\s+(?:number|figure|total|count|tally)"
    # "In 2020 the office reported 11."
    r"|(?<=\s)(?:the|its)\s+(?:office|department|jail|agency|sheriff['’]s\s+office)\s+"
    r"(?:reported|recorded|counted|logged)(?=\s+(?:only\s+|just\s+|about\s+|nearly\s+)?[\dA-Za-z])"
    # "The largest quarterly figure, 26 individuals, occurred in the April–June quarter"
    r"|[Tt]he\s+(?:largest|biggest|highest|smallest|lowest)\s+(?:\w+\s+)?(?:figure|number|count|total)"
    # "The monthly figures climbed steadily: 17 in January, 19 in February and 22 in March"
    r"|[Tt]he\s+(?:monthly|quarterly|weekly)\s+(?:numbers|figures|counts|totals|breakdown)"
    # "December alone accounted for 41", "February accounted for 33 of them"
    rf"|{_MONTH_STEM}\.?(?:\s+(?:19|20)\d\d)?\s+"
    r"(?:alone\s+)?accounted\s+for"
    # "August was the heaviest month, with nearly 30"; "The busiest single month was March,
    # when 34 people were released"
    rf"|{_MONTH_STEM}\.?\s+was\s+the\s+"
    rf"{BUSIEST}\s+(?:single\s+)?month|[Tt]he\s+{BUSIEST}\s+(?:single\s+)?month\s+was"
    # "Eleven of those handovers happened in July and August", "At least 50 of those transfers"
    r"|(?:(?:At\s+least|More\s+than|About|Nearly|Roughly)\s+)?[A-Z\d][\w-]*\s+of\s+(?:those|these|the)\s+"
    r"(?:handovers|transfers|releases)"
    # "The February releases bring the year's total to 30"
    r"|[Tt]he\s+(?:\w+\s+)?(?:releases|transfers|handovers)"
    # "Transfers resumed in May with 21, the busiest month, followed by 18 in June"
    r"|(?:Releases|Transfers|Handovers)\s+(?:resumed|picked\s+up|continued|rose|climbed|jumped"
    r"|fell|slowed|dropped)"
    # "The previous fiscal year had closed with forty and one"
    rf"|{_CLOSED_WITH}"
    # "The fourth quarter alone was close to two dozen"
    r"|[Tt]he\s+(?:first|second|third|fourth)\s+(?:quarter|half)\s+alone\s+(?:was|were)"
    # "The change brings the jail's third-quarter total to 42" after a corrected month
    r"|[Tt]he\s+(?:change|fix|correction|revision|update)\s+(?:brings|puts|lowers|raises|cuts|trims))\b"
)
# "In May alone it was two dozen": the figure of the sentence before, for another period.
# "Of the 64 people the office delivered to ICE"; "Six of the nine people the office has
# released to ICE since Jan. 20 had ...": the nine. The verb is the whole's relative clause,
# not the part's ("Twelve of the 40 people ICE asked the jail to hold were handed over").
# the verb of the whole's own relative clause, not a passive one about the part
_WHOLES_VERB = (r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)"
                r"\b(?:delivered|transferred|handed|released|turned|sent)\b")
_OF_THE_HANDED = re.compile(
    rf"^(?:(?:{_NUMBER_LEAD})\s+of|Of|Among)\s+the\s+(?:[\d,]+|[a-z]+(?:-[a-z]+)?)\s+"
    rf"(?:people|inmates|detainees|prisoners|individuals|persons)\b[^,;]{{0,80}}?{_WHOLES_VERB}"
    r"(?!\s+(?:on\s+bond|from\s+the\s+jail|on\s+their\s+own))", re.I)
# "from the first half of the year", "from Memorial Day through Labor Day": a time, not an origin
_FROM_A_TIME = (rf"\s+(?:{_MONTH_STEM}|the\s+(?:first|second|third|fourth|last|final|past|same)\b|"
                r"fiscal\b|(?:19|20)\d\d|Memorial|Labor|Independence|Christmas|Thanksgiving)")
_DESCRIBED_AFTER = re.compile(
    rf"\s+(?:(?:were|was)\s+(?:from(?!{_FROM_A_TIME})|citizens?\s+of|nationals?\s+of|born\s+in)\b"
    rf"|from(?!{_FROM_A_TIME})\s+(?:the\s+)?[A-Z])")
_MEMBER_OF_BEFORE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|among)\s+"
    r"of\s+the\s+$", re.I)
_WHOM_THE_OFFICE_HANDED = re.compile(
    r"^\s+(?:people|inmates|detainees|prisoners|individuals|men|women)\s+(?:whom\s+|that\s+)?"
    rf"(?:the|its|a)\s+[^,;]{{0,60}}?{_WHOLES_VERB}", re.I)
# "..., 96 in all"; "— 104 people over the four months"; "forty-one in the two months"
_SUM_AFTER = re.compile(
    r"\s+(?:(?:people|persons|individuals|inmates|transfers)\s+)?"
    r"(?:(?:in\s+all\s+)?(?:in|over|across|during)\s+(?:the|those|these)\s+"
    r"(?P<months>two|three|four|five|six)\s+months|in\s+all|in\s+total|altogether|combined)\b",
    re.I)
_SUM_OF = re.compile(r"\b(?:a\s+)?total\s+of\s+$|\bin\s+all\b[^,;]{0,10}$", re.I)
# "Since it joined the program in March, ...": the period opens a running total
# "Since the office signed the agreement ..., on the 15 of February, it has delivered 212"
# "ELIZONDO: Since the agreement entered in vigor, the 1 of March, we have delivered 63"
_SINCE_CLAUSE = re.compile(
    r"^(?:[A-Z][A-Z’'.-]*:\s+)?Since\b[^,;]*(?:,\s+(?:on\s+)?(?:the\s+)?(?:\d{1,2}\s+)?)?$")
# "That process played out 312 times in fiscal 2025" after a scene-setting lead: the handover
# the lead describes, counted.
_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|fewer|less|higher|lower)\s+than\b", re.I)
# "It was 52"; "Turned over to ICE from our facility: July was fourteen."
_IT_WAS = re.compile(r"\b(?:it|that|this|they)\s+(?:was|were|is)\s+$|\bit['’]s\s+$"
                     # "That makes 13 for the second quarter", "That's 29 for the spring"
                     r"|\b(?:that|this|it)\s+(?:makes|made)\s+$|\bthat['’]s\s+$"
                     # "the fourth quarter alone was close to two dozen"
                     rf"|\b(?:quarter|half|{_MONTH_STEM})\s+(?:alone|by\s+itself)\s+(?:was|were)\s+$"
                     rf"|(?:^|:\s+)(?:And\s+)?{_MONTH_STEM}\.?\s+(?:was|were)\s+$", re.I)
# "In 2020, the office reported 11."; "; in January there were 12": only a bare figure or one
# of people, not "the jail recorded 3 deaths"
_REPORTED_BARE = re.compile(
    r"\b(?:the|its)\s+(?:office|department|jail|agency|sheriff['’]s\s+office)\s+"
    r"(?:reported|recorded|counted|logged)\s+(?:only\s+|just\s+)?$"
    r"|\b(?:in|during)\s+(?:[A-Z][a-z]+\.?(?:\s+\d{4})?|\d{4}),?\s+there\s+(?:were|was)\s+$", re.I)
_BARE_OR_PEOPLE = re.compile(
    r"\s*(?:[.,;]|$|\s+(?:people|persons|inmates|detainees|prisoners|individuals|transfers|"
    r"handovers|releases)\b)", re.I)
# "put this year's count at 40", "puts the year's total at 40"
_WHOSE = r"(?:(?:this|last|the)\s+(?:year|quarter|month)['’]s\s+)"
_FIGURE_BEFORE = re.compile(
    # "the figure was of thirty-eight", "the figure is of" (in English from Spanish)
    r"\b(?:number|figure|total|count|tally)\s+(?:(?:(?:was|is)(?:\s+of)?|stood\s+at|reached|hit|rose\s+to|"
    r"climbed\s+to|grew\s+to|fell\s+to|dropped\s+to)\s+)?$"
    # "That brings the running total for this year to 146", "That adds up to 412 people"
    # "bringing the number released to ICE so far this year to 58"
    # "bringing the number released from the jail to ICE since July 1, 2024, to 49"
    r"|\b(?:brings?|bringing|brought)\s+the\s+(?:number|figure)\b(?:[^,;]|,\s*(?:19|20)\d\d,?){0,120}?"
    r"\bto\s+$"
    rf"|^{_CLOSED_WITH}\s+(?:a\s+total\s+of\s+)?$"
    r"|\b(?:brings?|bringing|brought)\s+(?:the\s+|its\s+|this\s+year['’]s\s+)?(?:\w+['’]s\s+)?"
    # "bringing the first-quarter total to 54"
    # "brought the office's first-quarter figure to 37"
    r"(?:running\s+|\w+-(?:quarter|half|year|month)\s+)?(?:total|tally|count|figure|number)\b[^,;]{0,60}?"
    r"\bto\s+$"
    r"|\badds?\s+up\s+to\s+$|\ba\s+total\s+of\s+$|\bbringing\s+to\s+$"
    # "the county's total since the agreement took effect on April 1 comes to 65"; not a
    # tally of detainers, bookings or dollars
    r"|\b(?:total|tally|count)\b(?:(?!detainers?\b|book\w*|bill\w*|requests?\b|population)"
    r"(?:[^,;.]|(?<=[A-Z][a-z])\.)){0,100}?\b(?:now\s+)?(?:comes|came)(?:\s+out)?\s+to\s+$"
    # "So far this year, the number is fewer than 10"
    r"|\b(?:number|figure|total|count|tally)\s+(?:is|was|stands\s+at|has\s+reached)\s+$"
    r"|\b(?:largest|biggest|highest|smallest|lowest)\s+(?:\w+\s+)?(?:figure|number|count|total),\s+$"
    # "That puts the count for April through June, the first three months of ..., at 37"
    rf"|\bputs?\s+(?:(?:the|its)\s+|{_WHOSE})(?:[\w-]+\s+){{0,2}}?(?:count|number|figure|total)\b"
    rf"(?!\s+of\s+(?:\w+\s+)?(?:{'|'.join(NON_PEOPLE_NOUNS)})\b)(?:[^;]|U\.S\.){{0,140}}?\bat\s+$",
    re.IGNORECASE,
)
# A line of a table laid out in the text: "January: 121", "March 2025 — 19", "Total — 60".
_TABLE_LINE = re.compile(
    # "2/ July alone: 19." (a numbered thread line)
    # "First quarter, 2019: 9"
    r"^(?:[-•*]\s*|\d{1,2}/\s+)?(?P<label>(?:First|Second|Third|Fourth)\s+[Qq]uarter"
    r"(?:,?\s+(?:of\s+)?(?:19|20)\d\d)?(?=\s*[(:—–-]|\s+total\b|\s*\.{3})|Full\s+year"
    # "FY26 Q1 (Jul-Sep 2025): 7", "FY25: 19", "Q1 2026 total: 8", "2026 Q2: 9"
    # "FY 2024-25 total ..... 9", "Q4 total ..... 5", "Prior year (FY 2023-24) total ..... 13"
    r"|(?:F?FY\s?(?:19|20)?\d\d(?:[-–/]\d\d)?(?:\s+Q[1-4])?|Q[1-4]\s+(?:F?FY\s?)?(?:19|20)?\d\d"
    # "2017 — 412", "2019: 73" (a year's row, only under a heading that names handovers)
    r"|(?:19|20)\d\d\s+Q[1-4]|Q[1-4](?=\s+total\b)|(?:Prior|Previous)\s+(?:fiscal\s+)?year(?=\s*\()"
    r"|(?:19|20)\d\d)"
    r"(?=\s*(?:\(|:|[—–-]|\s+total\b|\.{3}))"
    # "Total, Jan. 1 - June 30 ..... 7": the whole of a table, over the days it names
    rf"|Total,\s+(?P<tspan>{MONTH}\s+\d{{1,2}}(?:,\s+{YEAR})?\s*[-–—]\s*{MONTH}\s+\d{{1,2}}"
    rf"(?:,\s+{YEAR})?)(?=\s*(?::|\.{{3}}))"
    r"|[A-Z][a-z]+\.?(?:\s*[-–—]\s*[A-Z][a-z]+\.?|\s+(?:through|to)\s+[A-Z][a-z]+\.?)?"
    # "Q1 (October – December 2025): 6": the quarter by its months in brackets
    # "Fiscal Q1 (July-September 2025): 2"
    r"(?:\s+(?:19|20)\d\d)?|(?:Fiscal\s+)?Q[1-4](?=\s*\(\s*[A-Z][a-z]))(?:\s*\((?P<paren>[^)]*)\))?"
    r"(?:\s+(?P<whole>total))?(?:\s+alone)?(?:\s*[:—–-]|\s*\.{3,})\s*"
    # "Sept. — 23*" over a footnote: the printed figure
    r"(?P<num>\d{1,3}(?:,\d{3})*|\d+)[*†‡§]{0,2}\.?$")
_WORD = re.compile(r"[A-Za-z’']+")
_MODIFIERS = frozenset({"county", "jail"})
_NON_PEOPLE = frozenset(NON_PEOPLE_NOUNS)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_NOUN_STOP = re.compile(r"[:;—–(]|\d")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A number of people handed over, with its resolved period (None when undated)."""

    number: NumberMention
    period: PeriodMention | None
    sentence: Sentence
    since: PeriodMention | None = None  # start of a running total ("since October")
    baseline: bool = False  # the earlier figure of a comparison ("up from 17 in August")
    answer: bool = False  # in an interview's answer ("A: ...", "MARCHETTI: ...")
    unchanged: bool = False  # restated beside a correction ("The June figure, 97, is unchanged")


def noun_kind(after: str) -> str:
    """'people' or 'other' for the first telling noun in the next few words, '' if none."""
    after = _NOUN_STOP.split(after, maxsplit=1)[0]  # not past a colon or another number
    kind = ""
    for word in _WORD.findall(after)[:4]:
        low = word.lower()
        if low in _NON_PEOPLE:
            return "other"
        if low in _MODIFIERS:  # "29 county sheriff's offices", "12 county inmates"
            kind = "people"
            continue
        if low in PEOPLE_NOUNS:
            return "people"
    return kind


_CUE_REACH = 300  # characters before a number that its cues may span
_GAIN_OF = re.compile(r"\b(?:up(?:\s+by)?|down(?:\s+by)?|(?:increase|decrease|rise|drop|fall|gain|"
                      r"jump)\s+of|(?:rose|grew|climbed|increased|jumped|fell|dropped|declined)\s+by)"
                      r"\s+$", re.I)
_OVER_A_YEAR = re.compile(r"\s+over\s+(?:(?:19|20)\d\d|last\s+year|the\s+year\s+before)\b", re.I)
_ELSEWHERE_WHOLE = re.compile(r"\s+(?:statewide|nationwide|nationally|across\s+(?:the|all)\b|"
                              r"for\s+the\s+(?:whole\s+|entire\s+)?(?:region|state|area)\b|"
                              r"for\s+the\s+[\w-]+\s+counties\b|in\s+the\s+region\b)", re.I)
_PUT_BEFORE = re.compile(r"\bputs?\b[^.;]{0,60}$", re.I)
_ROAD = re.compile(r"\b(?:Interstate|Highway|Route|Road|Exit|Hwy\.?|I|US|SR|U\.S\.)[-\s]$")
# a part of a whole opening its clause; not "handed 14 of the arrested men to ICE"
_PART_OF_WHOLE = re.compile(r"\s+of\s+the\s+(?:[a-z]+(?:-[a-z]+)?|\d[\d,]*)\s+(?:people|inmates|"
                            r"detainees|prisoners|individuals|men|women)\b"
                            # "Thirteen of the people the Wayne County jail handed to ICE ... were
                            # citizens of Iraq": a part of the handovers, whose whole is unsaid
                            r"|\s+of\s+the\s+(?:people|inmates|detainees|individuals)\s+(?:whom\s+|that\s+)?"
                            r"(?:the|its)\s+[^,;]{0,60}?\b(?:handed|transferred|released|turned|sent|"
                            r"delivered)\b")
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:]\s*|,\s+(?:and|but)\s+)(?:(?:about|nearly|more\s+than|"
                           r"at\s+least|only)\s+)?$", re.I)
_FOR_EVERY = re.compile(r"\s+(?:for\s+(?:every|each)|per|out\s+of\s+every)\b", re.I)


# a difference between two figures: "one fewer person was released ... than ..."
_DIFFERENCE_THAN = re.compile(
    r"\s+(?:fewer|more|less)\s+(?:people|persons?|inmates?|detainees?|individuals?|men|women|"
    r"transfers|releases)?\b[^.;,]{0,80}?\bthan\b", re.I)
_COUNTED_TWICE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?"
    r"(?:counted|recorded|entered|logged|listed|written\s+down)\s+twice\b"
    r"|\s+(?:[\w-]+\s+){0,2}?(?:were\s+)?(?:duplicates|double[-\s]counted)\b", re.I)


# "..., and so far its only one", "... and the only one so far": a single handover told in words
# ("only" may open the number phrase)
_ONLY_ONE_BEFORE = re.compile(r"\b(?:so\s+far\s+|still\s+)?(?:its|their|the)\s+(?:only\s+)?$", re.I)
_ONLY_ONE_ENDS = re.compile(r"\s*(?:so\s+far\s*|to\s+date\s*|this\s+year\s*)?(?:[.,;!\"”]|$)")
# not "it will not be the only one", "unlikely to be the only one", "hopes it is the only one"
_NOT_ONLY = re.compile(
    r"(?:\b(?:not|unlikely|hopes?|would|could|might|may)\b|n['’]t\b)[^.;,]{0,20}$", re.I)
# "It would be the jail's first transfer ..., and its only one": one to come
_WOULD_BE = re.compile(r"\b(?:would|will|could|might)\s+be\s+(?:the|its|their)\b", re.I)
_FIRST_TRANSFER = re.compile(
    r"\bfirst\s+(?:such\s+)?(?:transfer|handover|hand-off|release)\b(?=[^.;]*\b(?:ICE|immigration)\b)",
    re.I)


_TIMES_AS = re.compile(r"\s*times\s+(?:as|more|less|fewer|over|the|what|that)\b"  # a ratio
                       # (nor "six times in a single week in March": no closed period)
                       r"|\s*times\s+(?:in|during|over)\s+(?:a|one)\s+(?:single\s+)?(?:week|day)\b",
                       re.I)


def _is_count(text: str, n: NumberMention, handover: bool) -> bool:
    """True when number n in text names people handed over."""
    # The cues before a number sit close to it; a bounded window keeps long lists linear.
    after, before = text[n.end:], text[max(0, n.start - _CUE_REACH): n.start]
    if _ELSEWHERE_WHOLE.match(after) and _PUT_BEFORE.search(before):
        return False  # "put this year's count at 31 statewide": another whole
    if _ROAD.search(before):
        return False  # "a traffic stop on Interstate 15 in February": a road, not people
    if _KEPT_BEFORE.search(before) and not _TO_ICE_AFTER.match(after) and not (
            _THEN_HANDED.search(after) or any(x.value == n.value for x in find_numbers(after))):
        # "booked 1,900 people in the first quarter and turned 58 over to ICE", "held roughly 650
        # people last month"; not "arrested 31 people in March and handed all 31 to ICE"
        return False
    if _COUNTED_TWICE.match(after):
        return False  # "eight transfers had been counted twice": an error in the records
    if _DIFFERENCE_THAN.match(after):
        return False  # "one fewer person was released in March than the records showed"
    if _PART_IN_A_WEEK.match(after):
        return False  # "30 of those during a single week in March": no closed period of its own
    if before.endswith("(") and _PARTITIVE.match(after):
        return handover  # "handed people to ICE in 2024 (33 of them, up from 21)": the whole
    if after.lstrip().startswith("times") and not (HAPPENED.search(before)
                                                   or DID_THAT.search(before)
                                                   or TIMES_AGAIN.search(before)):
        return False  # "close to four times what the jail handed over": a ratio
    if _FOR_EVERY.match(after) or _ONE_IN_EVERY.search(before):
        return False  # "more than five for every person", "one in every 75 people": ratios
    if n.value == 1 and _IN_EVERY_AFTER.match(after):
        return False  # the "one" of "one in every 75"
    if _PART_HAPPENED.match(after) or _ACCOUNTED_FOR.search(before):
        return True  # a part of the figure before, in its own period
    if (part := _PART_IN_MONTH.match(after)) and not _OTHER_WHOLE.search(before):
        # "at least nine persons, five of them in month 8 alone"; not "held 12 of them between
        # March and May on detainers", "25 of them between October and December had been arrested"
        return handover and not _OTHER_VERB_BEFORE.search(before) and not _TRAIT_AFTER.match(
            after, part.end())
    if _MEMBER_OF_BEFORE.search(before) and _WHOM_THE_OFFICE_HANDED.match(after):
        return True  # "They are two of the roughly 75 people the office turned over to ICE"
    if _OF_THE_HANDED.match(before + text[n.start:]) and not _DESCRIBED_AFTER.match(after):
        # not "..., 22 were from Mexico": a breakdown of the whole by country
        return True  # "Of the 64 people the office delivered to ICE in the third quarter, 31 ..."
    if _CORRECTING.search(text) or _CORRECTION_NOTE.match(text):
        if _CORRECTED_TO.search(before) or (_CORRECTED_TO_FIRST.search(before)
                                            and _FROM_THE_OLD.match(after)
                                            and not _OTHER_THINGS.search(before)):
            return True
        if _CORRECTED_FROM.search(before) or _EARLIER_REPORT.search(before):
            return False
    if _IN_FIRST_COUNT.match(after) and _WRONGLY.search(text):
        return False  # "three people included in its original count were in fact ..."
    if _SUPERSEDED_BEFORE.search(before) or _SUPERSEDED_AFTER.match(after):
        return False
    if _PARTITIVE.match(after) or _EXCLUDED_BEFORE.search(before):
        return False
    if _PART_OF_WHOLE.match(after) and _CLAUSE_OPENS.search(before):
        return False  # "Six of the nine people the office has released ... had finished"
    if n.value == 1 and _MEMBER.match(after) and _IS_BEFORE.search(before):
        return False  # "was one of the people handed over": a member, not a count
    if (n.value == 1 and "only" in text[max(0, n.start - 5):n.end]
            and _ONLY_ONE_BEFORE.search(before) and _FIRST_TRANSFER.search(text)
            and _ONLY_ONE_ENDS.match(text, n.end)
            and not _NOT_ONLY.search(before) and not _WOULD_BE.search(text)):
        return True  # "its first transfer to ICE this year, and so far its only one"
    if after.lstrip().startswith("over") and (_GAIN_OF.search(before) or _OVER_A_YEAR.match(after)):
        return False  # "an increase of 12 over 2024", "was 12 over 2024": a difference
    if _VERB_AFTER.match(after) or _PERIOD_AFTER.match(after) or _FIGURE_BEFORE.search(before):
        # not "So far this year, the total is 2,140 bookings"
        return not ((noun := _NEXT_WORD.match(after)) and noun.group(1).lower() in _NON_PEOPLE)
    if (_DASH_OPENS.search(before) and (closing := _DASH_CLOSES.match(after))
            and _VERB_AFTER.match(" " + after[closing.end():])
            and not _TO_ANOTHER_PLACE.match(" " + after[closing.end():])):
        return True  # "More than half — 111 — were transferred in the second half"
    if _OF_A_PERIODS_WHOLE.match(after):
        return True  # "Twenty-three of the first quarter's 38 were turned over in January"
    if _TO_ICE_AFTER.match(after) and _VERB_BEFORE.search(before):
        return handover  # "the jail sent fewer than 10 to ICE the whole year"
    if _VERB_BEFORE.search(before) and _TO_ANOTHER_PLACE.match(after):
        return False  # "sent 20 to a Georgia prison"
    if _MONTH_WITH.search(before) and noun_kind(after.split(",", 1)[0]) != "other":
        return True  # "Transfers resumed in May with 21, the busiest month"
    if _BUSIEST_WITH.search(before) and noun_kind(after) != "other":
        return True  # "August was the heaviest month, with nearly 30"; not "with 1,400 bookings"
    if _DIFFERENCE_TO_MONTH.match(after) and (_CHANGE_BY.search(before)
                                              or _MORE_THAN_BY.match(after)):
        return False  # "down 2 people from month 6", "3 people more than month 8": differences
    if handover and (total := _SUM_AFTER.match(after)) and total.group("months"):
        return True  # "four in June and six in July, 10 over the two months"
    if _YEARS_HANDOVERS_REACHED.search(before):
        return True  # "the deliveries of the year already reached the forty-one"
    if (HAPPENED.search(before) or (handover and (
            DID_THAT.search(before) or TIMES_AGAIN.search(before)))) and (
            after.lstrip().startswith("times")) and not _TIMES_AS.match(after):
        return True  # "That happened 143 times in fiscal year 2025"
    kind = noun_kind(after)
    if kind == "other" and not (_IT_WAS.search(before) and _OVER_THE_PARTS.match(after)):
        return False  # (but "That makes 12 for the year" after the months it sums)
    if _IT_WAS.search(before) and not _DIFFERENCE_AFTER.match(after):
        return True
    if _REPORTED_BARE.search(before) and _BARE_OR_PEOPLE.match(after):
        return True
    return handover and (kind == "people" or bool(_VERB_BEFORE.search(before))
                         or bool(_PARTICLE_AFTER.match(after)))


def _pick_period(
    text: str, n: NumberMention, nxt: int, prev_end: int, periods: tuple[PeriodMention, ...]
) -> PeriodMention | None:
    """The period after n in its clause, else the last one before n (after the previous count)."""
    closing = _DASH_CLOSES.match(text, n.end) if _DASH_OPENS.search(text, 0, n.start) else None
    stop = _CLAUSE_END.search(text, closing.end() if closing else n.end)
    while stop and text.startswith("(g)", stop.start()) and (
            _SINCE_WORD.search(text, n.end, stop.start())
            or _AGREEMENT_THEN_PERIOD.match(text, stop.start() + 3)):
        # "since its 287(g) agreement took effect in March", "under its 287(g) agreement in
        # 2025": the clause goes on past the bracket of "287(g)"
        stop = _CLAUSE_END.search(text, stop.end())
    limit = min(nxt, stop.start() if stop else len(text))
    for p in periods:
        # not "of the first quarter's 38": that period names the whole the part is taken from
        if (n.end <= p.start < limit and not text.startswith(("'s", "’s"), p.end)
                and not _dates_something_else(text, n, p)):
            return p
    # "112 during the first half of the fiscal year (July through December 2025)"
    opens = stop is not None and stop.group(0) == "("
    for p in periods:
        if opens and stop and stop.start() <= p.start <= stop.end() and p.start < nxt:
            return p
    earlier = [p for p in periods if prev_end <= p.start and p.end <= n.start]
    if len(earlier) >= 2 and _GLOSS.fullmatch(text, earlier[-2].end, earlier[-1].start):
        return earlier[-2]  # "in July, the first month of fiscal 2025, ...": July
    return earlier[-1] if earlier else None


_SINCE_WORD = re.compile(r"\bsince\b", re.I)
_AGREEMENT_THEN_PERIOD = re.compile(
    r"\s+(?:agreement|program|partnership)\s+(?:in|during|over|for)\s")


def _dates_something_else(text: str, n: NumberMention, p: PeriodMention) -> bool:
    """True for a period after n that dates another event: "the agreement the city signed with
    ICE in January", "the figures it released last month"; not the start of n's running total
    ("78 people to ICE since its agreement took effect in March")."""
    near = max(n.end, p.start - _EVENT_REACH)
    if _RELEASED_AT.search(text, near, p.start):
        return True
    if not _OTHER_EVENT.search(text, near, p.start):
        return False
    return ("," in text[n.end:p.start] or not _SINCE_EVENT.search(text, n.end, p.start)
            or bool(_RECORD_SINCE.search(text, n.end, p.start)))


# a period glossed by the one that holds it: "July, the first month of fiscal 2025"
_GLOSS = re.compile(r",\s+the\s+(?:first|second|third|fourth|last|final|opening|closing)\s+"
                    r"(?:full\s+)?(?:month|quarter|week|half)\s+of\s+(?:the\s+)?")


# (not "arrested" or "booked": "11 people arrested in September were handed to ICE" are
# September's)
_OTHER_EVENT = re.compile(r"\b(?:signed|took\s+effect|went\s+into\s+effect|adopted)\b[^,;.]{0,30}$")
_EVENT_REACH = 40  # characters between another event's verb and its month
# "revising the quarterly figures it released last month": when the figures came out
_RELEASED_AT = re.compile(r"\b(?:figures|numbers|report|data)\s+(?:it|they|the\s+\w+)\s+"
                          r"(?:released|published|announced|issued|gave|presented)\s+$", re.I)


# "has handed 22 people over to ICE over the past six weeks": a running total up to publication.
_PAST_WINDOW = re.compile(
    r"\s+(?:[\w’'.-]+\s+){0,30}?(?:over|in|during)\s+the\s+(?:past|last)\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>weeks|days)\b", re.I)


def _past_window(text: str, n: NumberMention, nxt: int, doc: Document,
                 periods: Sequence[PeriodMention]) -> PeriodMention | None:
    """The start of "the past six weeks" after n, with no other number or period between
    them, as the start of a running total."""
    m = _PAST_WINDOW.match(text, n.end)
    if m is None or m.start("n") > nxt or doc.published is None or any(
            n.end <= p.start < m.start("n") for p in periods):
        return None
    units = word_count(m.group("n"))
    start = doc.published - timedelta(weeks=units) if m.group("unit").lower() == "weeks" else (
        doc.published - timedelta(days=units))
    return PeriodMention(m.start("n"), m.end(), start.isoformat(), start.year + start.month / 100)


def _cumulative(text: str, p: PeriodMention, number_at: int | None = None) -> bool:
    """True for a period opened by "since": it starts a running total with no end."""
    if _OWN_FIGURE_AFTER.match(text, p.end):
        return False  # "since the agreement took effect in January, when 4 were handed over"
    # a figure before its "since" clause runs from then too ("nearly 40 people since the
    # agreement began in April"), unless the clause only dates a record ("the most in any
    # month since the department began tracking them in 2019")
    event = bool(_SINCE_EVENT.search(text, 0, p.start)) and (
        number_at is None or number_at >= p.end
        or not _RECORD_SINCE.search(text, number_at, p.start))
    # "65 people to ICE since signing a 287(g) agreement in March": the start, however told
    told = (number_at is not None and number_at < p.start
            and bool(_SINCE_NEAR.search(text, number_at, p.start))
            and not _RECORD_SINCE.search(text, number_at, p.start))
    return (text[p.start:p.end].lower().startswith("since") or bool(_SINCE.search(text, 0, p.start))
            or event or told or (bool(_SINCE_CLAUSE.match(text[:p.start]))
                                 and "/" not in p.label and len(p.label) > 4))


# "17 the number transferred since", "49 people since": the figure's own "since"
_SINCE_AFTER = re.compile(r"\s+(?:the\s+(?:number|total|count)\s+|people\s+|inmates\s+)"
                          # not "people ... who had been in custody since the fall", "since their"
                          r"(?:(?!\b(?:who|whom|that|which)\b)[^,;.]){0,50}?\bsince\b"
                          r"(?!\s+(?:their|they|he|she)\b)", re.I)
_SINCE_NEAR = re.compile(r"\bsince\b[^,;.]{0,90}$", re.I)


_RECORD_SINCE = re.compile(r"\b(?:most|highest|largest|busiest|fewest|lowest|(?<!\bat\s)least|"
                           r"first)\b"
                           r"[^.;]{0,60}\bsince\b", re.I)
_OWN_FIGURE_AFTER = re.compile(
    r",\s+(?:when|with)\s+(?:only\s+|just\s+|about\s+|nearly\s+)?(?:\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b)", re.I)


_LIST_REACH = 4  # sentences a list of figures may follow its count by
# "The figures cover Jan. 20, 2025, through Jan. 19, 2026": the period of the figure before
_COVERS = re.compile(
    r"^(?:The|These|Those)\s+(?:figures?|numbers?|data|counts?|records?|totals?)\s+"
    r"(?:cover|covers|span|spans|run|runs"
    # "The figure comes from the jail's public release log for Feb. 9 through Feb. 15"
    r"|comes?\s+from\b[^.;]{0,60}?\bfor(?=\s+(?:the\s+)?[A-Z]))\b", re.I)
# "The handovers took place between July and September." after "this summer"'s figure
_TOOK_PLACE = re.compile(
    r"^(?:The|These|Those|All\s+of\s+the)\s+(?:handovers|transfers|releases|hand-?offs)\s+(?:all\s+)?"
    r"(?:took\s+place|happened|occurred|came)\s+(?=(?:between|from|in|during)\b)", re.I)
# "Monthly transfers were as follows: January, 26; February, 31; March, 19."
# "By month, these releases were: January, two (2); February, none (0); March, three (3)"
_MONTH_VALUE = re.compile(
    r"\b((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+(?:19|20)\d\d)?),\s+(\d{1,3}(?:,\d{3})*|none|zero|"
    r"(?:[a-z]+(?:-[a-z]+)?\s+)?\(\d{1,3}\))(?=\s*[;.,]|\s+and\b|\s*$)")
_BRACKETED = re.compile(r"\((\d+)\)")


def _date_last(out: list[Candidate], s: Sentence, doc: Document) -> None:
    """Date the latest figure by the span a "figures cover" sentence gives, if it has no period
    or one that encloses the span ("in February", then "the log for Feb. 9 through Feb. 15")."""
    last = out[-1]
    periods = find_periods(s.text, doc, month_year_hints(doc, s.start))
    if last.since is not None or not periods:
        return
    span = _joined(periods, s.text)
    if last.period is None or ("/" in span.label and last.period.label != span.label
                               and encloses(last.period.label, span.label)):
        out[-1] = Candidate(last.number, span, last.sentence)


def _joined(periods: tuple[PeriodMention, ...], text: str) -> PeriodMention:
    """"Dec. 1, 2024, when the law took effect, through Oct. 31, 2025": one span from the first
    period's start to the last one's end, when "through" joins them; else the first period."""
    first, final = periods[0], periods[-1]
    a, b = label_span(first.label), label_span(final.label)
    if len(periods) < 2 or a is None or b is None or a[0] > b[1] or not re.search(
            r"\b(?:through|to|until)\b", text[first.end:final.start]):
        return first
    return PeriodMention(first.start, final.end, f"{a[0].isoformat()}/{b[1].isoformat()}",
                         final.rank)


# "2019, 73; 2020, 31; 2021, 23": a figure after each year, in a list of several
_YEAR_VALUE = re.compile(r"\b((?:19|20)\d\d),\s+(\d{1,3}(?:,\d{3})*)(?=\s*[;.]|\s+and\b|\s*$)")
_YEAR_LIST_MIN = 3  # items: fewer may be a date and a figure


def _year_values(s: Sentence, doc: Document) -> list[Candidate]:
    """"Its annual totals since then read: 2019, 73; 2020, 31; 2021, 23": a figure for each
    year, three or more, in a sentence about the handovers' figures, not another measure's."""
    items = list(_YEAR_VALUE.finditer(s.text))
    if len(items) < _YEAR_LIST_MIN or _OTHER_LABEL.search(s.text, 0, items[0].start()) or (
            _OTHER_MEASURE.search(s.text, 0, items[0].start())):
        return []
    out = []
    for m in items:
        year = int(m.group(1))
        number = NumberMention(m.start(2), m.end(2), int(m.group(2).replace(",", "")), "exact")
        out.append(Candidate(number, PeriodMention(m.start(1), m.end(1), str(year), float(year)),
                             s))
    return out


def _sum_beside(s: Sentence, doc: Document, items: list[Candidate]) -> list[Candidate]:
    """The sum a list of figures brings a period to: "The January and February figures, 10 and
    12, are unchanged, bringing the first-quarter total to 37"."""
    listed = {c.number.start for c in items}
    found = _sentence_counts(s, doc, month_year_hints(doc, s.start), True, None)
    return [c for c in found if c.number.start not in listed and c.period is not None
            and _FIGURE_BEFORE.search(s.text, 0, c.number.start)]


def _month_values(s: Sentence, doc: Document) -> list[Candidate]:
    """"January, 26; February, 31; March, 19": a figure after each month, two or more."""
    items = list(_MONTH_VALUE.finditer(s.text))
    if len(items) < 2:
        return []
    hints = month_year_hints(doc, s.start)
    out = []
    for m in items:
        periods = find_periods(f"in {m.group(1)}", doc, hints)
        bracketed = _BRACKETED.search(m.group(2))
        raw = bracketed.group(1) if bracketed else m.group(2)
        value = int(raw.replace(",", "")) if raw[0].isdigit() else 0
        number = NumberMention(m.start(2), m.end(2), value, "exact")
        if periods:
            out.append(Candidate(number, periods[0], s))
    return out


_AND_LIST = r"(?:,\s+|,?\s+and\s+)"
_FIGURE_WORD = r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
# "The July and August figures, seven and nine, are unchanged": figures in apposition
_APPOSITIVE = re.compile(
    rf"\b[Tt]he\s+(?P<months>{_MONTH_STEM}\.?(?:{_AND_LIST}{_MONTH_STEM}\.?)+)\s+"
    # "The January and March figures — 19 and 22 — did not change"
    rf"(?:figures|numbers|counts|totals)(?:,|\s*[—–])\s*(?P<nums>{_FIGURE_WORD}(?:{_AND_LIST}{_FIGURE_WORD})+)"
    r"(?:,|\s*[—–])")


# "January's figure, nine, and March's, zero, are unchanged"
_POSSESSIVE_FIGURE = re.compile(
    rf"\b({_MONTH_STEM})['’]s(?:\s+(?:figure|number|count|total))?,\s+({_FIGURE_WORD}),")
_UNCHANGED = re.compile(r"\b(?:unchanged|remain(?:s|ed)?\s+(?:unchanged|the\s+same)|stand|stands|"
                        r"stood|did\s+not\s+change|were\s+not\s+changed)\b"
                        # not "unchanged from 2024": the same as a year before, no correction's
                        r"(?!\s+(?:from|since|over)\b)")


def _appositive_figures(s: Sentence, doc: Document) -> list[Candidate]:
    """A figure for each month, paired in order, when there are as many of each."""
    m = _APPOSITIVE.search(s.text)
    if m is None:
        return _possessive_figures(s, doc)
    if not _UNCHANGED.search(s.text, m.end()):
        return []  # "the July and August figures, 1,010 and 987, were the highest on record"
    months = re.findall(_MONTH_STEM, m.group("months"))
    numbers = [n for n in find_numbers(s.text[m.start("nums"):m.end("nums")]) if not n.is_year]
    if len(months) != len(numbers):
        return []
    hints = month_year_hints(doc, s.start)
    out = []
    for month, n in zip(months, numbers, strict=True):
        periods = find_periods(f"in {month}", doc, hints)
        if periods:
            at = m.start("nums")
            out.append(Candidate(NumberMention(at + n.start, at + n.end, n.value, n.qualifier),
                                 periods[0], s))
    return out


# "The revised report puts February at nine transfers instead of seven"
_PUTS_AT = re.compile(
    rf"\bputs?\s+(?:the\s+)?(?:{_MONTH_STEM}|(?:{_WHOSE}|[\w-]+\s+)(?:figure|count|total))\s+at\s+"
    rf"{_FIGURE_WORD}\b(?!{_ELSEWHERE_WHOLE.pattern})", re.I)


# "The April figure of nine and the June figure of 16 stand as reported"
_MONTH_FIGURE_OF = re.compile(
    rf"\b[Tt]he\s+({_MONTH_STEM})\s+(?:figure|number|count|total)\s+of\s+({_FIGURE_WORD})\b"
    rf"(?!\s+(?:\w+\s+)?(?:{'|'.join(NON_PEOPLE_NOUNS)})\b)")


# "The report also restated August's figure of 17"
_MONTHS_FIGURE_OF = re.compile(
    rf"\b({_MONTH_STEM})['’]s\s+(?:figure|number|count|total)\s+of\s+({_FIGURE_WORD})\b"
    rf"(?!\s+(?:\w+\s+)?(?:{'|'.join(NON_PEOPLE_NOUNS)})\b)")
_RESTATED = re.compile(r"\b(?:restat\w*|confirm\w*|reaffirm\w*)\b[^.;]{0,30}$", re.I)


def _possessive_figures(s: Sentence, doc: Document) -> list[Candidate]:
    """"January's figure, nine, and March's, zero, are unchanged": each month's figure."""
    items = (list(_POSSESSIVE_FIGURE.finditer(s.text)) or list(_MONTH_FIGURE_OF.finditer(s.text))
             or list(_MONTHS_FIGURE_OF.finditer(s.text)))
    if not items:
        return _span_figure(s, doc)
    if not _UNCHANGED.search(s.text, items[-1].end()) and not _RESTATED.search(
            s.text, 0, items[0].start()):
        return []
    hints = month_year_hints(doc, s.start)
    out = []
    for m in items:
        numbers = find_numbers(m.group(2))
        value = 0 if m.group(2).lower() in {"zero", "none"} else (
            numbers[0].value if numbers else None)
        periods = find_periods(f"in {m.group(1)}", doc, hints)
        if value is not None and periods:
            number = NumberMention(m.start(2), m.end(2), value, "exact")
            out.append(Candidate(number, periods[0], s))
    return out


def _span_figure(s: Sentence, doc: Document) -> list[Candidate]:
    """"The January-through-June figure, 97, is unchanged": the span's figure."""
    periods = find_periods(s.text, doc, month_year_hints(doc, s.start))
    for p in periods:
        # "The figure for January through June, nine, is unchanged"
        m = _FIGURE_OF_SPAN.match(s.text, p.end) or (
            _FIGURE_FOR.search(s.text, 0, p.start) and _FIGURE_AFTER_SPAN.match(s.text, p.end))
        if m and _UNCHANGED.search(s.text, m.end()):
            numbers = find_numbers(m.group(1))
            if numbers:
                n = NumberMention(m.start(1), m.end(1), numbers[0].value, "exact")
                return [Candidate(n, p, s, unchanged=True)]
    return []


_FIGURE_OF_SPAN = re.compile(rf"\s+(?:figure|number|count|total),\s+({_FIGURE_WORD}),")
_FIGURE_FOR = re.compile(r"\b[Tt]he\s+(?:figure|number|count|total)\s+(?:for\s+)?$")
_FIGURE_AFTER_SPAN = re.compile(rf",\s+({_FIGURE_WORD}),")
_CONTINUATION_REACH = 2  # "That brings the total to 82" may follow an aside
# "The office earlier said 27; the correct figure is 28"
_CORRECTION = re.compile(
    # "The corrected March figure is 15, not 16"
    r"\bcorrect(?:ed)?\s+(?:[\w-]+\s+){0,2}?(?:figure|number|count|total)\s+(?:is|was)\b"
    # "The correction lowers the September figure from 23 to 21"
    rf"|{_CORRECTS}\w*\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:figure|number|count|total|tally)\b",
    re.I)


def _lists_periods(s: Sentence, doc: Document) -> bool:
    """True for a sentence giving two or more figures, each followed by its own period."""
    starts = {p.start for p in find_periods(s.text, doc, {})}
    listed = [m for m in _LISTED_FIGURE.finditer(s.text)
              if any(m.start() < p <= m.end() + 4 for p in starts)]
    if any(set(_WORD.findall(m.group(0).lower())) & _NON_PEOPLE for m in listed):
        return False  # "Deputies made 210 arrests in January, 190 in February and 240 in March"
    # "Bookings ran high: 900 people in January, 950 in February" lists other things
    # "..., a data practices request ..., show seven transfers in January, nine in February":
    # the list names what it counts
    return len(listed) >= 2 and (bool(_NAMED_HANDOVERS.match(listed[0].group(0)))
                                 or not _OTHER_LABEL.search(s.text, 0, listed[0].start()))


_NAMED_HANDOVERS = re.compile(r"\S+\s+(?:transfers|handovers|hand-?offs)\s", re.I)


def _period_then_figure(s: Sentence, doc: Document) -> bool:
    """A sentence that is only a period and its figure, right after another figure: "January
    through June of 2025, 97 people. July through December, 117."."""
    if len(s.text) > _FIGURE_LINE_LENGTH:
        return False
    periods = find_periods(s.text, doc, {})
    if _POPULATION.search(s.text):
        return False  # "In December, there were about 1,900 inmates."
    # one period, perhaps said twice ("March, there were none -- zero in March.")
    return (bool(periods) and all(p.label == periods[0].label for p in periods)
            and bool(_SPOKEN_LEAD.fullmatch(s.text, 0, periods[0].start))
            and any(_FIGURE_ENDS.fullmatch(s.text, p.end) for p in (periods[0], periods[-1])))


def _ends_on_count(prev: Sentence | None, out: list[Candidate], doc: Document) -> bool:
    """True when the sentence before ends on a counted figure, or names none: a figure line
    continues that count, not "out of about 1,350 bookings. In September, about 1,290." """
    if prev is None:
        return False
    # not the day of a date ("on Monday, day 2 of March")
    figures = [n for n in _figures_outside(prev.text, find_periods(prev.text, doc, {}))
               if not _DAY_BEFORE_MONTH.match(prev.text, n.end)
               and not prev.text.endswith(("day ", "Day "), 0, n.start)]
    last = max((c.number.end for c in out if c.sentence is prev), default=None)
    return not figures or (last is not None and all(n.end <= last for n in figures))


# "Then the second quarter was fifty-two.", "And then October through December we had sixty."
_SPOKEN_LEAD = re.compile(r"(?:(?:And\s+then|Then|And|So)\s+)?(?:(?:[Ii]n|[Dd]uring)\s+)?")


# "day 2 of March", "4 of March of 2026": the day of a date (in English from other languages)
_DAY_BEFORE_MONTH = re.compile(rf"\s+(?:of\s+)?{MONTH}")
_POPULATION = re.compile(r"\bthere\s+were\b[^.]*\b(?:inmates|detainees|prisoners)\b", re.I)
_FIGURE_LINE_LENGTH = 80  # characters: a period, a comma and a figure


_FIGURE_ENDS = re.compile(
    # "In month 8 (August), five persons."
    r"\)?,?\s+(?:(?:it\s+was|there\s+were|was|were|we\s+(?:had|turned\s+over|released|transferred|handed\s+over|"
    r"sent|delivered))\s+)?"
    r"(?:(?:about|roughly|nearly|almost|around|some|more\s+than|at\s+least|close\s+to)\s+)?"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
    r"(?:\s+(?:people|persons|inmates|detainees|prisoners|transfers|more))?"
    # "March, there were none -- zero in March." (said again after a dash)
    r"(?:\s*(?:--|[—–])[^.!?]{0,40})?\s*[.!]?\s*")


# "none in November" between listed figures; "No one was transferred in November".
_NONE_BEFORE = re.compile(
    r"(?:[,:]|\band)\s+(?:none|zero)(?:\s+at\s+all\s+in|\s+in|\s+during)?\s*$", re.I)
_NO_ONE_HANDED = re.compile(
    r"^(?:No\s+one|Nobody|No\s+(?:people|inmates|detainees|prisoners))\s+(?:was|were)\s+"
    r"(?:transferred|handed\s+over|turned\s+over|released\s+to\s+(?:ICE|immigration))\b"
    # "In September the jail did not deliver anybody."
    r"|^(?:In\s+[A-Z]\w+,?\s+)?(?:the\s+(?:jail|office|department)|it|they)\s+(?:did\s+not|didn['’]t)\s+"
    r"(?:deliver|transfer|hand|turn|release)\s+(?:over\s+)?(?:anybody|anyone|any\s+(?:people|inmates|persons))\b"
    # "The jail released no one to ICE in September", "Deputies handed nobody over to ...",
    # "Jail Commander Brent Aho says the jail released no one to ICE in July"
    r"|^(?:In\s+[A-Z]\w+,?\s+)?(?:(?:(?!County|Parish|City)[A-Z][\w.’'-]*\s+){1,5}(?:says|said)\s+"
    r"(?:that\s+)?)?(?:the\s+(?:jail|office|department|center)|it|they|deputies)\s+"
    r"(?:released|transferred|delivered|handed|turned\s+over)\s+(?:no\s+one|nobody)\s+(?:over\s+)?"
    r"to\s+(?:ICE|immigration|federal\s+(?:immigration|agents))\b(?![^.]*\buntil\b)",
    re.I)


# "How many ... last year?" "A little more than 60.": the number is the answer
_BARE_ANSWER = re.compile(
    r"\s*(?:[.;]|$|,?\s+(?:in|during|since|from|between|last|this|so\s+far)\b"
    # "At least 40, Sheriff Hollis Brantley said Thursday."
    r"|,\s+(?:the\s+)?(?:[A-Za-z][\w.’'-]*\s+){1,4}(?:said|says|told)\b[^,;]{0,30}[.!]?$"
    r"|,\s+(?:give\s+or\s+take|more\s+or\s+less|roughly|approximately)\b"
    r")", re.I)
# "A: Forty-two, all on judicial warrants.": the figure opening the answer
_OPENING_ANSWER = re.compile(
    r"^(?:A:\s*|[A-Z][A-Z’'.-]*:\s*)?\S+(?:\s+\S+)?,\s+(?:all|each|every|most|nearly\s+all)\b")
_ANSWER_OPENS = 12  # characters: the figure opening an answer after its label


def _answers_with(text: str, n: NumberMention) -> bool:
    """True when n is an answer's bare figure: "A little more than 60." or "Forty-two, all on
    judicial warrants."."""
    return bool(_BARE_ANSWER.match(text, n.end)) or (
        n.start <= _ANSWER_OPENS and bool(_OPENING_ANSWER.match(text)))
_CONDITION = re.compile(r"\b(?:without|unless|except|other\s+than|but|who|whose)\b", re.I)
# a denial aimed at someone else: "did not hand anyone over to the U.S. Marshals", "on bond"
_NAMES_ANOTHER = re.compile(TO_ANOTHER)
_OTHER_RECEIVER = re.compile(rf"\s*(?:over\s+)?(?:{TO_ANOTHER}|on\s+bond\b)")


def zeros(text: str, periods: Sequence[PeriodMention]) -> list[NumberMention]:
    """A zero for each period that "none" opens, or that a denial names ("did not hand
    anybody over to ICE in June, ... but then turned 11 people over in July")."""
    return [NumberMention(m.start(), m.end(), 0, "exact") for p in periods
            if not text.startswith(("since", "Since"), p.start)
            and (m := _NONE_BEFORE.search(text, 0, p.start) or _DENIED_IN.search(text, 0, p.start))
            and not _none_of_other_things(text, m.start())
            and not _CONDITION.search(text, m.start(), p.start)
            and not _NAMES_ANOTHER.search(m.group(0)) and not _DISPUTED.search(text, p.end)]


def _none_of_other_things(text: str, at: int) -> bool:
    """"30 detainer requests in 2023 and none in 2022": the zero of the figure before it."""
    before = [n for n in find_numbers(text[:at]) if not n.is_year]
    return bool(before) and noun_kind(text[before[-1].end:at]) == "other"


# "..., but booking logs show three transfers that month": the zero is disputed
_DISPUTED = re.compile(r"\bbut\b[^.]*\b(?:show|shows|showed|records|logs)\b", re.I)


# "did not hand anybody over to U.S. Immigration and Customs Enforcement in "
# "turned over no one to ICE in April and seven people in May"
_DENIED_IN = re.compile(
    r"\b(?:(?:did\s+not|didn['’]t)\s+(?:hand|turn|transfer|release|deliver)\s+(?:over\s+)?"
    r"(?:anybody|anyone|any\s+(?:people|inmates|persons))"
    # "released no one to ICE in September", "handed nobody over to federal agents during"
    r"|(?:(?:turned|handed)\s+over|released|transferred|delivered|sent|handed)\s+"
    r"(?:no\s+one|nobody|no\s+(?:people|inmates|persons)))\s+(?:over\s+)?"
    r"(?:to\s+(?:[\w.]+\s+){1,5}?)?(?:(?:in|during)\s+)?$", re.I)


def _no_one_handed(s: Sentence, doc: Document) -> Candidate | None:
    """"No one was transferred in November": a zero for the one period the sentence names."""
    denied = _NO_ONE_HANDED.match(s.text)
    if (not denied or _CONDITION.search(s.text)
            or _OTHER_RECEIVER.match(s.text, denied.end())):
        return None  # not "No one was transferred in November without a detainer"
    periods = find_periods(s.text, doc, month_year_hints(doc, s.start))
    if len(periods) != 1:
        return None
    return Candidate(NumberMention(0, 0, 0, "exact"), periods[0], s)


# what may stand between a period and its figure in a list that names the period first
_PERIOD_THEN_FIGURE = re.compile(
    r"\s*,?\s*(?:(?:they|there)\s+were|it\s+was|there\s+was|were)?\s*$", re.I)
_BARE_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|[.;!]\s*)?")
_OPENS_ON_PERIOD = re.compile(r"^(?:[A-Z][A-Za-z .,]*\s[—–-]\s*)?$")


def _figures_outside(text: str, periods: Sequence[PeriodMention]) -> list[NumberMention]:
    """The numbers of text that are neither years nor part of one of its periods."""
    spans = [(p.start, p.end) for p in periods]
    return [n for n in find_numbers(text) if not n.is_year
            and not any(a <= n.start < b for a, b in spans)]


def _bare_list(s: Sentence, doc: Document) -> list[Candidate]:
    """A sentence's figures when it only lists them after their periods."""
    periods = find_periods(s.text, doc, month_year_hints(doc, s.start))
    every = _figures_outside(s.text, periods)
    led = _periods_first(s.text, every, periods)
    return [Candidate(n, p, s) for n, p in zip(every, led, strict=True)] if led else []


def _periods_first(text: str, nums: Sequence[NumberMention],
                   periods: Sequence[PeriodMention]) -> list[PeriodMention] | None:
    """Each figure's period when a list names the period first ("In July they were seven, in
    August eleven"), in a sentence that opens on its first period."""
    if len(nums) < 2 or len(periods) != len(nums) or not _OPENS_ON_PERIOD.match(
            text[:periods[0].start]):
        return None
    ends = [p.start for p in periods[1:]] + [len(text)]
    for p, n, end in zip(periods, nums, ends, strict=True):
        if p.end > n.start or not _PERIOD_THEN_FIGURE.fullmatch(text, p.end, n.start):
            return None
        if not _BARE_AFTER.fullmatch(text, n.end, end):
            return None  # not "In July, 22 were handed to ICE, and in August, 410 were booked"
    return list(periods)


# what opens a later item of a list: "; in February, eleven", ", and in March 17"
_LIST_ITEM_OPENS = re.compile(r"(?:[;,]\s*(?:and\s+)?|\s+and\s+)(?:(?:in|during|for)\s+)?$", re.I)
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|(?:up|down)\s+from|versus|vs\.|than)\s+(?:the\s+)?$", re.I)
_ITEM_ENDS = re.compile(r"\s*(?:[;,]\s*)?(?:and\s+)?(?:(?:in|during|for)\s+)?[.!]?\s*", re.I)


def _list_tail(text: str, every: Sequence[NumberMention], counted: Sequence[NumberMention],
               periods: Sequence[PeriodMention]) -> dict[int, PeriodMention]:
    """The bare figures that continue a list after a count, each after its own period ("In
    January, the office delivered 14 people to ICE; in February, eleven; and in March, 17"),
    keyed by where they start."""
    if not counted:
        return {}
    out: dict[int, PeriodMention] = {}
    for i, n in enumerate(every):
        if n.start <= counted[0].start or n in counted:
            continue
        before = [p for p in periods if p.end <= n.start]
        end = min([p.start for p in periods if p.start >= n.end]
                  + [m.start for m in every[i + 1:]] + [len(text)])
        if (before and i and (every[i - 1] in counted or every[i - 1].start in out)
                # continuing a count or an item of its list, not other figures nor a comparison
                and not _COMPARED_BEFORE.search(text, 0, every[i - 1].start)
                and (p := before[-1]).start >= every[i - 1].end
                and _PERIOD_THEN_FIGURE.fullmatch(text, p.end, n.start)
                and _LIST_ITEM_OPENS.search(text, 0, p.start)
                and _ITEM_ENDS.fullmatch(text, n.end, end)):
            out[n.start] = p
    return out


def _each_after_its_period(text: str, nums: Sequence[NumberMention],
                           periods: Sequence[PeriodMention]) -> dict[int, PeriodMention]:
    """Each figure's period when periods and figures alternate, a period first ("month 1 the jail
    handed over to ICE 14 persons, month 2 handed over 9 persons, month 3 ... 17"), keyed by
    where the figures start; not across a colon or a running total's "since"."""
    if len(nums) < 2 or len(periods) != len(nums):
        return {}
    marks = sorted([(p.start, "p") for p in periods] + [(n.start, "n") for n in nums])
    if [kind for _, kind in marks] != ["p", "n"] * len(nums):
        return {}
    pairs = list(zip(periods, nums, strict=True))
    if any(not _PERIOD_TO_FIGURE.fullmatch(text, p.end, n.start) or _cumulative(text, p)
           for p, n in pairs):
        return {}
    return {n.start: p for p, n in pairs}


# what stands between a period and its figure in such a list, its verb said each time: "the
# jail handed over to ICE", "handed over"
_PERIOD_TO_FIGURE = re.compile(
    r"[^:;.\d]{0,40}?\b(?:handed|turned|delivered|transferred|gave|released|sent)\b[^:;.\d]{0,30}")


def _span_of_parts(parts: list[Candidate], n: NumberMention, text: str) -> PeriodMention | None:
    """The run of months a stated sum adds up ("41 in the two months"), when it names them
    and they are consecutive."""
    months = [c for c in parts if c.period and re.fullmatch(r"\d{4}-\d\d", c.period.label)]
    said = _SUM_AFTER.match(text, n.end)
    # only a sum that names its months: "96 in all" or "a total of 87" is the total alone
    if (len(months) < 2 or not said or not said.group("months")
            or word_count(said.group("months")) != len(months)):
        return None
    wanted = sum(c.number.value for c in months)
    if n.value != wanted and (n.qualifier == "exact" or abs(n.value - wanted) > wanted // 10):
        return None
    labels = sorted(c.period.label for c in months if c.period)
    span = _months_span(labels, len(labels))
    if span is None:
        return None
    return PeriodMention(n.start, n.end, span, int(span[:4]) + int(span[5:7]) / 100)


# "That is 63 people for the year" after four quarters; "Forty-six people over those three
# months" after three months: the stretch the parts just counted make up
_OVER_THE_PARTS = re.compile(
    r"\s+(?:people|persons|transfers|handovers|releases)?\s*(?:for\s+the\s+(?:whole\s+|full\s+)?"
    # "That's 29 for the spring" after March, April and May
    r"(?:(?P<year>year)|(?P<season>spring|summer|fall|autumn|winter|quarter))|(?:over|in|during|across)\s+(?:those|these|the)\s+(?P<k>two|three|four|five|six|"
    r"2|3|4|5|6)\s+(?P<unit>months|quarters))\b", re.I)


_INSTEAD = re.compile(r"\binstead\b|\breleased\s+(?:on|to|by)\b", re.I)
# "Forty-six people over those three months, in a county where ..."
_SUM_OF_PARTS_OPENS = re.compile(
    r"^(?:That\s+is\s+|That['’]s\s+)?(?:\d[\d,]*|[A-Z]?[a-z]+(?:-[a-z]+)?)\s+(?:people|persons|transfers|"
    r"handovers)\s+(?:over|in|during|across)\s+(?:those|these)\s+\w+\s+(?:months|quarters)\b")


def _over_the_parts(c: Candidate, out: list[Candidate]) -> Candidate | None:
    """An undated figure over the parts just counted, dated by the stretch they make up: a
    year of four quarters or twelve months, or the k months (quarters) named; None for a
    season's or a quarter's sum with no counted months under it ("Bookings climbed to 900 in
    April and 950 in May. That's 2,800 for the spring")."""
    m = _OVER_THE_PARTS.match(c.sentence.text, c.number.end)
    if m is None:
        return c
    want = 12 if m.group("year") else 3 if m.group("season") else word_count(m.group("k")) * (
        3 if m.group("unit").lower() == "quarters" else 1)
    spans = sorted({span for p in out if p.period and (span := label_span(p.period.label))})
    for i in range(len(spans)):
        run = [spans[i]]
        for span in spans[i + 1:]:
            if span[0] == run[-1][1] + timedelta(days=1):
                run.append(span)
        first, last = run[0], run[-1]
        if _months_between(first[0], last[1]) == want:
            label = f"{first[0].isoformat()}/{last[1].isoformat()}"
            return replace(c, period=PeriodMention(c.number.start, c.number.end, label,
                                                   last[1].year + last[1].month / 100))
    years = {y for span in spans for y in (span[0].year, span[1].year)}
    told_just_before = bool(out) and out[-1].sentence.index >= c.sentence.index - 1
    if (m.group("year") and len(years) == 1 and told_just_before
            and not _SINCE_AFTER_SUM.match(c.sentence.text, m.end())):
        # "Nine in October. That makes 12 for the year": the year the parts fall in, so far
        year = years.pop()
        return replace(c, period=PeriodMention(c.number.start, c.number.end, str(year), year))
    if m.group("year") and noun_kind(c.sentence.text[c.number.end:]) == "other":
        return None  # "... 14 detainers that month. That makes 112 for the year": not its parts
    return None if m.group("season") else c


_SINCE_AFTER_SUM = re.compile(r"\s+since\b", re.I)


def _over_the_parts_told(found: list[Candidate], out: list[Candidate]) -> list[Candidate]:
    """The sentence's figures, each over the parts told before it where it sums them; a season's
    sum with no parts is dropped, unless its parts are in its own sentence ("30 in January, 27
    in February and 33 in March, a total of 90 for the quarter")."""
    kept = []
    for c in found:
        over = _over_the_parts(c, out)
        if over is not None or len(found) > 1:
            kept.append(over or c)
    return kept


def _months_between(start: date, end: date) -> int:
    """How many whole months run from the first day start to the last day end."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


_REMAINDER = re.compile(r"\b(?:the|those)\s+(?:other|remaining)\s+$", re.I)


def _sentence_counts(
    s: Sentence, doc: Document, hints: dict[int, int], handover: bool,
    carried: PeriodMention | None, anchor: str | None = None, *, answer: bool = False,
    continues: bool = False,
) -> list[Candidate]:
    """Count candidates in one count-bearing sentence (an interview's answer with answer)."""
    periods = find_periods(s.text, doc, hints, anchor)
    every = _figures_outside(s.text, periods)
    # "In April it was nine, and in May, 13" right after March's figure: a list going on, whose
    # first item is a count by itself
    led = _periods_first(s.text, every, periods) if handover or (
        continues and every and _is_count(s.text, every[0], False)) else None
    if led:  # "In July they were seven, in August eleven, and in September eight"
        return [Candidate(n, p, s) for n, p in zip(every, led, strict=True)]
    nums = [n for n in every
            if _is_count(s.text, n, handover) or (answer and _answers_with(s.text, n))]
    tail = _list_tail(s.text, every, nums, periods) if handover else {}
    if handover and not tail:
        tail = _each_after_its_period(s.text, nums, periods)
    if nums:  # "9 in October, none in November and 14 in December": November's zero
        nums = sorted([*nums, *zeros(s.text, periods),
                       *(n for n in every if n.start in tail and n not in nums)],
                      key=lambda n: n.start)
    if handover:  # "He was the 27th person the office has turned over to ICE this year"
        nums = sorted([*nums, *(NumberMention(m.start(1), m.end(1), int(m.group(1)), "exact")
                                for m in _ORDINAL_PERSON.finditer(s.text))],
                      key=lambda n: n.start)
    free = tuple(p for p in periods if p not in tail.values())  # a list item's period is its own
    out: list[Candidate] = []
    for i, n in enumerate(nums):
        nxt = nums[i + 1].start if i + 1 < len(nums) else len(s.text)
        prev_end = nums[i - 1].end if i else 0
        window = _past_window(s.text, n, nxt, doc, periods)
        if window is not None:  # "22 ... over the past six weeks, nine of them in October"
            out.append(Candidate(n, None, s, since=window))
            continue
        period = tail.get(n.start) or _pick_period(s.text, n, nxt, prev_end, free)
        if (period is not None and period.end <= n.start and not _cumulative(s.text, period)
                and (_SUM_OF.search(s.text, period.end, n.start)
                     or (_SUM_AFTER.match(s.text, n.end)
                         and any(c.period is period for c in out)))):
            # "32 in March, ..., a total of 87" / "..., 96 in all": the sum, over the months
            # it adds up when they run on ("17 in October and 24 in November, 41 in the two
            # months")
            # "closed the year 2025 with a total of close to fifty": no parts, the year's figure
            period = _span_of_parts(out, n, s.text) if out else period
        if (period is not None and period.end <= n.start
                and (since := _SINCE_AFTER.match(s.text, n.end))
                and not _RECORD_SINCE.search(s.text, n.start, since.end())):
            period = None  # "bringing to 17 the number transferred since the agreement took
            # effect": a running total, not the month told before it
        if period is None and anchor is not None and _REMAINDER.search(s.text, 0, n.start):
            continue  # "The other two people were handed over on arrest warrants": counted before
        if period is None and (not periods or _NOT_THE_OLD.match(s.text, n.end)
                               or _ATTRIBUTED.match(s.text, n.end)) and not (
                not periods and _SINCE_UNDATED.search(s.text)):
            # not "a total of 71 since the agreement began": a running total of its own
            period = carried  # "The corrected figure is 12, not the 14 ... earlier this month"
        if _YEARS_TOTAL.search(s.text, 0, n.start) and doc.published:
            # the year up to the month counted before it in the sentence, if any
            month = (out[-1].period if out and out[-1].period and (
                period is None or re.fullmatch(r"\d{4}-\d\d", period.label)) else period)
            period = _year_so_far(month or _anchor_mention(anchor), doc.published.year, n.start)
        if period is not None and _cumulative(s.text, period, n.start):
            out.append(Candidate(n, None, s, since=period))
            continue
        out.append(Candidate(n, _in_the_wholes_year(s.text, n, period, out), s))
        if (each := _IN_EACH_OF.match(s.text, n.end)) and (
                period is None or not re.fullmatch(r"\d{4}(?:-\d\d)?", period.label)):
            out.pop()  # "ten in each of the last three months": no month's figure
        elif period is not None and each and period.start in (each.end(), each.end() + 3):
            out += _each_month_after(s, doc, hints, n, period)  # "of November" or "November"
    return out


_ASKED_YEAR_BEFORE = re.compile(r"^(?:Q:\s*)?(?:And\s+)?(?:for\s+|in\s+)?the\s+year\s+before"
                                r"(?:\s+that)?\s*\?\s*$", re.I)
# "In March, none at all, which ..."; "In all of 2024, we transferred none."
_PERIOD_THEN_NONE = re.compile(
    r"^(?:In|During|For|And\s+in)\s+[^,]{2,40},\s+(?:(?:we|it|they|the\s+\w+)\s+(?:transferred|"
    r"handed\s+over|turned\s+over|released|sent|delivered)\s+|there\s+were\s+)?"
    # the zero ends its clause: not "In March, no one at the jail would say", "zero-tolerance"
    r"(?P<nil>none|no\s+one|nobody|zero)(?:\s+at\s+all)?(?=\s*(?:[.;!]|,\s+(?:which|as|because|"
    r"according|the\s+\w+\s+said)\b|$)"
    # "In February, no one was released to ICE." (no other figure after it)
    r"|\s+(?:was|were)\s+(?:released|handed|turned|transferred|sent|delivered)\b(?![^.;]*\d))")
# "March came and went without a single transfer."
_CAME_AND_WENT = re.compile(
    rf"(?:^|,\s+)(?P<month>{MONTH})\s+came\s+and\s+went\s+(?P<nil>without\s+(?:a\s+single|any)\s+"
    r"(?:transfer|handover|release)s?)\b")
# "... our officers transferred people in our custody to ICE. There were six of them."
_THERE_WERE = re.compile(r"^(?:There\s+were|That\s+was|It\s+was)\s+(?P<n>[\w-]+)(?:\s+of\s+them"
                         r"|\s+people|\s+in\s+all)?\s*\.$")


def _zero_or_figure_after(s: Sentence, prev: Sentence | None,
                          doc: Document) -> list[Candidate]:
    """A period's zero told without a figure ("In March, none at all"; "March came and went
    without a single transfer"), or the figure of a handover just told without one ("There
    were six of them.")."""
    hints = month_year_hints(doc, s.start)
    if m := _PERIOD_THEN_NONE.match(s.text):
        periods = find_periods(s.text[: m.start("nil")], doc, hints)
        nil = NumberMention(m.start("nil"), m.end("nil"), 0, "exact")
        return [Candidate(nil, periods[0], s)] if periods else []
    if went := _came_and_went(s, doc):
        return went
    told = _THERE_WERE.match(s.text)
    if told and prev and HANDOVER.search(prev.text) and not _ANY_FIGURE.search(prev.text):
        numbers = [n for n in find_numbers(told.group("n")) if not n.is_year]
        periods = find_periods(prev.text, doc, month_year_hints(doc, prev.start))
        if numbers and periods:
            n = NumberMention(told.start("n"), told.end("n"), numbers[0].value, "exact")
            return [Candidate(n, periods[0], s)]
    return []


_A_YEAR_BACK = re.compile(r"\b(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+year\s+before|"
                          r"(?:19|20)\d\d)\b", re.I)


def _came_and_went(s: Sentence, doc: Document) -> list[Candidate]:
    """"March came and went without a single transfer": a zero for that month."""
    m = _CAME_AND_WENT.search(s.text)
    if m is None or _A_YEAR_BACK.search(s.text, 0, m.start()):
        return []  # not "A year earlier, March came and went ...": which March is unsaid
    periods = find_periods(f"in {m.group('month')}", doc, month_year_hints(doc, s.start))
    nil = NumberMention(m.start("nil"), m.end("nil"), 0, "exact")
    return [Candidate(nil, periods[0], s)] if periods else []


_ANY_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"dozen|twenty|thirty|forty|fifty|hundred)\b", re.I)


# "For the quarter?" after the months asked one by one: the quarter (or year) they fall in
_ASKED_WHOLE = re.compile(r"\bthe\s+(?:(?:whole|full|entire)\s+)?(quarter|year)\s*\?\s*$", re.I)


def _whole_of_last_month(out: list[Candidate], unit: str) -> PeriodMention | None:
    """The quarter or year of the latest month counted so far, if the latest figure is a
    month's."""
    last = out[-1].period if out else None
    if last is None or not re.fullmatch(r"\d{4}-\d\d", last.label):
        return None
    year, month = int(last.label[:4]), int(last.label[5:])
    if unit == "year":
        return PeriodMention(0, 0, str(year), float(year))
    first = 3 * ((month - 1) // 3) + 1
    end = calendar.monthrange(year, first + 2)[1]
    label = f"{year}-{first:02d}-01/{year}-{first + 2:02d}-{end:02d}"
    return PeriodMention(0, 0, label, year + (first + 2) / 100)


# "Of the 143, more than 60 were released in the six months from June through November."
_OF_THE_COUNTED = re.compile(
    r"^Of\s+(?:the|those|these)\s+(?P<whole>\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
    r"(?:\s+(?:people|persons|inmates|detainees|transfers|releases))?,\s+(?:[\w-]+\s+){1,3}?"
    r"(?:were|was)\s+(?:released|transferred|handed|turned|sent|delivered)\b"
    # not "released by immigration officials", "released on bond", "sent to Mexico"
    r"(?!\s+(?:by|on\s+bond|to\s+(?:family|relatives|Mexico|[A-Z]\w+\s+in\b)))", re.I)


def _of_the_counted(s: Sentence, out: list[Candidate]) -> bool:
    """True for a part of a whole counted just before: "Of the 143, more than 60 were
    released in ..."."""
    m = _OF_THE_COUNTED.match(s.text)
    whole = find_numbers(m.group("whole")) if m else ()
    return bool(whole) and any(c.number.value == whole[0].value for c in out)


_ATTRIBUTED = re.compile(_ATTRIBUTION)
_NOT_THE_OLD = re.compile(_NOT_BEFORE_FIGURE)
# "nine in each of November and December": the figure once for every month listed
_IN_EACH_OF = re.compile(r"\s+(?:people\s+|transfers\s+)?in\s+each\s+(?=of\s)", re.I)
_AND_MONTH = re.compile(rf",?\s+(?:and\s+)?({MONTH}|{YEAR})\b")


def _each_month_after(s: Sentence, doc: Document, hints: dict[int, int], n: NumberMention,
                      first: PeriodMention) -> list[Candidate]:
    """Candidates of n for the months listed after the first of "in each of A and B"."""
    out: list[Candidate] = []
    at = first.end
    while m := _AND_MONTH.match(s.text, at):
        found = find_periods(f"in {m.group(1)}", doc, hints)
        if not found:
            break
        place = PeriodMention(m.start(1), m.end(1), found[0].label, found[0].rank)
        # the month's place stands for the figure, so that each month's reading is its own
        out.append(Candidate(NumberMention(m.start(1), m.end(1), n.value, n.qualifier), place, s))
        at = m.end()
    return out


# "40 people to ICE in 2025, including 12 in March", "..., 12 of them in March": a part
_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom)\b", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.I)


def _in_the_wholes_year(text: str, n: NumberMention, period: PeriodMention | None,
                        before: list[Candidate]) -> PeriodMention | None:
    """A part's month in the year of the whole before it, not the latest such month: "In 2025
    the jail handed 40 people to ICE, 12 of them in March" (a story of 2026) is March 2025."""
    whole = before[-1].period if before else None
    if (period is None or whole is None or not re.fullmatch(r"\d{4}-\d\d", period.label)
            or not re.fullmatch(r"\d{4}", whole.label) or period.label[:4] == whole.label
            or not (_INCLUDING.search(text, 0, n.start) or _OF_THEM.match(text, n.end))):
        return period
    month = int(period.label[5:])
    return PeriodMention(period.start, period.end, f"{whole.label}-{month:02d}",
                         int(whole.label) + month / 100)


# "Turned over to ICE from our facility: July was fourteen. August was nine." (a spoken list,
# one month a sentence, after a first item that follows a handover lead's colon)
# "July was fourteen. August was nine."; "January: nine. February: six."
_MONTH_ITEM = re.compile(
    rf"(?:^|:\s)(?:And\s+)?{_MONTH_STEM}\.?(?:\s+was\s+|\s*[:—–]\s*)[\w-]+\.?$")


def _next_month_item(s: Sentence, prev: Sentence | None) -> bool:
    return (prev is not None and prev.index == s.index - 1
            and _MONTH_ITEM.match(s.text) is not None and _MONTH_ITEM.search(prev.text) is not None)


# "The first, a 31-year-old from Honduras, was handed to ICE officers in mid-January"
_ONE_OF_THEM = re.compile(
    r"^(?:The\s+)?(?P<nth>first|second|third|fourth|fifth|other|last|latest)"
    r"(?:\s+(?:man|woman|person|one|inmate))?,\s+an?\s+[^.;]{3,120}?,\s+(?:was\s+)?"
    r"(?:handed|turned|transferred|released|delivered|picked\s+up|taken)\b", re.I)


def _one_of_them(s: Sentence, doc: Document, hints: dict[int, int]) -> Candidate | None:
    """One person of several, handed over in a month of their own."""
    m = _ONE_OF_THEM.match(s.text)
    if m is None:
        return None
    periods = [p for p in find_periods(s.text, doc, hints) if p.start > m.end()]
    if len(periods) != 1:
        return None
    # the mention spans "The second": not a figure named again after "The"
    return Candidate(NumberMention(m.start(), m.end("nth"), 1, "exact"), periods[0], s)


_FIRST_AND_ONLY = re.compile(r"\bfirst\s+and\s+only\s+(?:transfer|handover|hand-off|release)\b"
                             r"(?=[^.;]*\b(?:ICE|immigration)\b)", re.I)


def _first_and_only(s: Sentence, doc: Document) -> Candidate | None:
    """"the jail's first and only transfer to ICE this year": one handover in that period."""
    m = _FIRST_AND_ONLY.search(s.text)
    if m is None or _WOULD_BE.search(s.text):
        return None
    periods = find_periods(s.text, doc, month_year_hints(doc, s.start))
    if len(periods) != 1:
        return None
    return Candidate(NumberMention(m.start(), m.end(), 1, "exact"), periods[0], s)


# "Both between January and the end of March", "All of them in the spring"
_ALL_OF_THEM_IN = re.compile(
    r"^(?:Both|All|Each)(?:\s+of\s+them|\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?\s+"
    r"(?:(?:were|was|came|happened)\s+)?"
    r"(?=(?:in|between|during)\b)(?![^.]*\d[\d,]*\s+(?:people|inmates|persons|more|others)\b)")
_NARROW_REACH = 16  # characters: the period opens right after "Both", "All of them were"


def _narrowed(s: Sentence, doc: Document, last: Candidate) -> PeriodMention | None:
    """The shorter period a sentence gives the figure just told ("Two. Both between January
    and the end of March."), within the figure's own period."""
    if last.period is None or not _ALL_OF_THEM_IN.match(s.text):
        return None
    periods = find_periods(s.text, doc, month_year_hints(doc, s.start))
    if len(periods) != 1 or periods[0].label == last.period.label or (
            periods[0].start > _NARROW_REACH) or not _ENDS_AFTER.match(s.text, periods[0].end):
        return None  # not "All were in custody on drug charges filed in March"
    return periods[0] if encloses(last.period.label, periods[0].label) else None


_ENDS_AFTER = re.compile(r"\s*(?:alone\s*)?(?:[.;,!]|$)")


# A quoted part with no verb of its own: "Twenty-one in July alone.", "More than a dozen in
# August, and ...", "Seventy-four of those were in April, May and June alone.", "June by
# itself was at least 20."
_FRAGMENT = re.compile(
    rf"^[\"“]?(?:(?:More\s+than|At\s+least|About|Nearly|Roughly|Almost|Some)\s+)?(?:{_NUMBER_LEAD}"
    r"|a\s+dozen)\s+(?:of\s+(?:those|them)\s+(?:were|was)\s+)?(?:in|during)\s+[^.;\"”]{2,40}?"
    r"(?:\s+alone|\s+by\s+itself)?\s*(?:[.!\"”]|,\s+(?:and|but)\b)"
    rf"|^[\"“]?{_MONTH_STEM}\s+(?:alone|by\s+itself)\s+(?:was|were)\s+", re.I)
_FRAGMENT_REACH = 6  # sentences after the last count: quotes run on after the lead's figure
_SAID_OF = re.compile(r"\bsaid\s+of\b", re.I)


def _part_fragment(s: Sentence, doc: Document, out: list[Candidate]) -> bool:
    """True for a verbless fragment naming a period inside one already counted: a part of it."""
    if not out or not _FRAGMENT.match(s.text) or _SAID_OF.search(s.text):
        return False  # not "'Ninety in July alone,' he said of the requests"
    between = doc.sentences[out[-1].sentence.index + 1:s.index]
    if any(noun_kind(t.text[n.end:]) == "other" for t in between for n in find_numbers(t.text)
           if not n.is_year and n.value > 1):
        return False  # "ICE lodged 300 detainers over the same stretch. 'Forty in July alone'"
    figures = [n.value for n in find_numbers(s.text) if not n.is_year]
    return any(encloses(whole.period.label, p.label)
               and all(f < whole.number.value for f in figures)
               for p in find_periods(s.text, doc, month_year_hints(doc, s.start))
               for whole in out if whole.period)


def find_candidates(doc: Document, handovers: tuple[Sentence, ...]) -> list[Candidate]:
    """Every count candidate in the document, in text order."""
    marked = {s.index for s in handovers}
    answers = _answer_paragraphs(doc)
    out: list[Candidate] = []
    last_bearing = -99  # index of the latest count-bearing sentence
    prev: Sentence | None = None
    for s in doc.sentences:
        reported = next((c.period.label for c in out if c.period), None)
        if out and prev and out[-1].sentence is prev and (narrow := _narrowed(s, doc, out[-1])):
            out[-1] = replace(out[-1], period=narrow)  # "Two. Both between January and March."
            prev = s
            continue
        if out and (dated := _restated_since(s, doc, out)):
            out[dated[0]] = replace(out[dated[0]], since=dated[1])
            prev = s  # "The 88 figure covers everything since the agreement took effect April 1"
            continue
        if marked and not any(c.sentence is s for c in out) and (only := _first_and_only(s, doc)):
            out.append(only)  # "It was the jail's first and only transfer to ICE this year."
            prev, last_bearing = s, s.index
            continue
        if out and (sub := _sub_row(s, out)):
            out.append(sub)
            prev, last_bearing = s, s.index
            continue
        if marked and _grid_kind(s.text) and (grid := _grid_row(s, doc)):
            out += grid
            prev, last_bearing = s, s.index
            continue
        if marked and (row := _table_row(s, doc, reported)):
            out.append(row)
            prev, last_bearing = s, s.index  # "That adds up to 412" may follow the table
            continue
        if marked and (zero := _no_one_handed(s, doc)):
            out.append(zero)
            prev = s
            continue
        if marked and s.index - last_bearing <= 1 and (said := _zero_or_figure_after(s, prev, doc)):
            out += said
            prev, last_bearing = s, s.index
            continue
        if out and (_COVERS.match(s.text)
                    or (_TOOK_PLACE.match(s.text) and out[-1].period is None)):
            _date_last(out, s, doc)
        if marked and s.index - last_bearing <= _LIST_REACH and (
                items := _month_values(s, doc) or _year_values(s, doc)
                or _appositive_figures(s, doc)):
            out += items + _sum_beside(s, doc, items)
            prev, last_bearing = s, s.index
            continue
        # A list of figures by period shortly after a count breaks that count down.
        figure_line = (s.index - last_bearing == 1 and _period_then_figure(s, doc)
                       and _ends_on_count(prev, out, doc))
        listed = figure_line or (s.index - last_bearing <= _LIST_REACH and (
            _lists_periods(s, doc) or bool(_PUTS_AT.search(s.text))
            or (bool(_SUM_OF_PARTS_OPENS.match(s.text)) and not _ELSEWHERE.search(s.text)
                and not _INSTEAD.search(s.text))))
        handover = s.index in marked or listed
        near = s.index - last_bearing <= _CONTINUATION_REACH
        bearing = handover or _next_month_item(s, prev) or (
            near and (bool(_CONTINUATION.match(s.text))
                                         or bool(_PART_SENTENCE.search(s.text))
                                         or bool(_NUMBER_WERE_HANDED.match(s.text)
                                                 and _AND_ANOTHER_PART.search(s.text))
                                         or bool(_CORRECTION.search(s.text))
                                         or _of_the_counted(s, out))) or (
            bool(marked) and bool(TIMES_HAPPENED.search(s.text))) or (
            s.index - last_bearing <= _FRAGMENT_REACH and _part_fragment(s, doc, out))
        if bearing:
            hints = month_year_hints(doc, s.start)
            carried = None
            answer = figure_line or answers_handover_question(s, doc)
            # an interview's answer takes the period its question names ("... last year?")
            if prev and (prev.paragraph == s.paragraph or prev.index in marked or answer):
                prev_periods = find_periods(prev.text, doc, hints)
                carried = prev_periods[-1] if prev_periods else None
            if answer and prev and _ASKED_YEAR_BEFORE.search(prev.text) and (
                    last := next((c.period for c in reversed(out) if c.period), None)):
                # "And the year before that?" after a year's (or fiscal year's) figure
                label, rank = year_earlier(last.label)
                carried = PeriodMention(0, 0, label, rank) if label else carried
            elif carried is None and answer and prev and (
                    whole := _ASKED_WHOLE.search(prev.text)):
                carried = _whole_of_last_month(out, whole.group(1).lower())  # "For the quarter?"
            if carried and _THAT_YEAR.search(s.text):
                carried = _year_of(carried)  # "took effect in January 2018. That year, 207 ..."
            if carried is None and _THE_PERIOD.search(s.text):
                carried = _period_named_before(doc, s)
            found = _sentence_counts(s, doc, hints, handover, carried, _last_period(out, s.text),
                                     answer=answer, continues=s.index - last_bearing == 1
                                     and any(c.period for c in out))
            if answer and carried and not found and (nil := _NONE_ANSWER.match(s.text)):
                # "Q: February?" "A: None.": a zero for the month asked about
                found = [Candidate(NumberMention(nil.start(1), nil.end(1), 0, "exact"), carried, s)]
            elif figure_line and not found and (nil := _NONE_ENDS.search(s.text)):
                # "January, we turned over four. ... March, there were none."
                own = find_periods(s.text, doc, hints)
                found = [Candidate(NumberMention(nil.start(1), nil.end(1), 0, "exact"), own[0], s)]
            if handover and not found and (one := _one_of_them(s, doc, hints)):
                found = [one]  # "The second, a 52-year-old from Mexico, was turned over in March"
            if handover:
                found += _came_and_went(s, doc)  # "After a February in which ..., March came ..."
            if handover and prev and (told := _figure_told_before(s, prev, doc, hints)):
                found.insert(0, told)
            elif (s.index in marked and prev and last_bearing < prev.index
                  and _THESE_ARE_THE_PEOPLE.match(s.text)):
                # "In July they were seven, in August eleven. These are the persons whom the
                # office delivered to ICE": the figures told before, read as handovers
                found = _bare_list(prev, doc) + found
            found = _over_the_parts_told(found, out)
            if s.paragraph in answers:
                found = [replace(c, answer=True) for c in found]
            for c in found:
                _add_or_date(out, c)
        prev = s
        last_bearing = s.index if bearing else last_bearing
    return _corrected(_people_one_by_one(out), doc)


# "The 88 figure covers everything since the agreement took effect April 1": the start of a
# running total told before without one
_RESTATED_SINCE = re.compile(
    r"^The\s+(?P<n>[\d,]+|[a-z]+(?:-[a-z]+)?)\s+(?:figure|number|total|count|tally)\s+"
    r"(?:covers|includes|counts|spans|runs\s+from)\b[^.;]*?\bsince\b", re.I)


def _restated_since(s: Sentence, doc: Document,
                    out: list[Candidate]) -> tuple[int, PeriodMention] | None:
    """The index of an undated figure a sentence dates as a running total, and its start."""
    m = _RESTATED_SINCE.match(s.text)
    numbers = find_numbers(m.group("n")) if m else []
    if m is None or not numbers:
        return None
    start = next((p for p in find_periods(s.text, doc, month_year_hints(doc, s.start))
                  if p.start >= m.end() - len("since")), None)
    figure = next((i for i, c in enumerate(out) if c.period is None and c.since is None
                   and c.number.value == numbers[0].value), None)
    return (figure, start) if figure is not None and start is not None else None


def _people_one_by_one(out: list[Candidate]) -> list[Candidate]:
    """Keep the months of people told one by one only when they are all the people of a figure
    ("two men ... this year. The first, ..., in mid-January. The second, ..., in early March."),
    each in a month of their own that no other figure of the story names; not two of twelve,
    nor one man beside "three in March"."""
    ones = [c for c in out if c.number.start == 0 and _ONE_OF_THEM.match(c.sentence.text)]
    others = [c for c in out if c not in ones]
    months = {c.period.label for c in ones if c.period}
    # all the people of a figure whose period holds them ("two men ... this year"), each in a
    # month of its own
    whole = any(c.number.value == len(ones) and c.period and c.since is None and all(
        o.period and encloses(c.period.label, o.period.label) for o in ones) for c in others)
    if len(ones) >= 2 and whole and len(months) == len(ones) and not any(
            c.period and c.period.label in months for c in others):
        return out
    return others


_NONE_ENDS = re.compile(r"\)?,\s+(?:there\s+were\s+|it\s+was\s+)?(none|zero|nobody|no\s+one)\b"
                        r"(?:\s*(?:--|[—–])[^.!?]{0,40})?\s*[.!]?$", re.I)
_NONE_ANSWER = re.compile(r"^(?:A:\s*|[A-Z][A-Z’'.-]*:\s*)?(None|Zero|Nobody|No\s+one)\b", re.I)
# "Correction from the sheriff's office: the figure is 41, not 44"; "lowered the 2024 figure
# from 44 to 41"
_CORRECTION_CUE = re.compile(
    r"\b(?:correct(?:ion|ed|s)?|revis(?:ed|ion|es)|update|lowered|raised)\b", re.I)
_NOT_THE = re.compile(r"[^.;]{0,60}?,?\s+not\s+(?:the\s+)?", re.I)
_FROM_TO = re.compile(r"\s+to\s+", re.I)
# "lowered the 2024 figure from 44 to 41", not "the number of deputies from 30 to 45" or "the
# jump from 12 to 30"
_FROM_BEFORE = re.compile(
    r"\b(?:figure|count|total|tally|number)(?!\s+of\b)(?:\s+(?:for|in)\s+[^,;.]{1,30}?)?\s+from\s+$",
    re.I)


def _replacement(text: str) -> tuple[NumberMention, int] | None:
    """The corrected figure and the value it replaces, in a sentence that corrects one."""
    nums = [n for n in find_numbers(text) if not n.is_year]
    for a, b in itertools.pairwise(nums):
        if noun_kind(text[b.end:]) == "other" or noun_kind(text[a.end:b.start]) == "other":
            continue  # "from 44 to 41 positions"
        if _NOT_THE.fullmatch(text, a.end, b.start):
            return a, b.value
        if _FROM_BEFORE.search(text, 0, a.start) and _FROM_TO.fullmatch(text, a.end, b.start):
            return b, a.value
    return None


def _corrected(out: list[Candidate], doc: Document) -> list[Candidate]:
    """Figures a later sentence corrects, replaced by the corrected ones in their period."""
    for s in doc.sentences:
        # "the October figure on the slide was wrong. It should be 12, not 14."
        retracted = s.index > 0 and _RETRACTION.search(doc.sentences[s.index - 1].text)
        cued = _CORRECTION_CUE.search(s.text) or retracted
        if not cued or (found := _replacement(s.text)) is None:
            if retracted and (restated := _restated_figure(s, out, doc)):
                out = restated
            continue
        new, old = found
        earlier = [c for c in out if (c.period or c.since) and c.number.value == old
                   and c.sentence.index < s.index and not c.baseline]
        where = f"{doc.sentences[s.index - 1].text} {s.text}" if retracted else s.text
        named = {p.label for p in find_periods(where, doc, month_year_hints(doc, s.start))}
        if named:  # "Correction: the July figure is 10, not 12": only July's
            earlier = [c for c in earlier if c.period and c.period.label in named]
        if len(earlier) != 1:
            continue  # none, or no telling which of several
        first = earlier[0]
        out = [c for c in out if c is not first
               and not (c.sentence is s and c.number.value in (new.value, old))]
        out.append(Candidate(new, first.period, s, since=first.since))
        out.sort(key=lambda c: (c.sentence.index, c.number.start))
    return out


# "That was wrong.", "the October figure on the slide was wrong", "That number was incorrect"
_RETRACTION = re.compile(
    r"\b(?:was|were|is)\s+(?:wrong|incorrect|in\s+error|mistaken|misstated|off)\b"
    r"|\bwe\s+(?:misreported|misstated)\b", re.I)
# "The office's annual report puts the number at 27."; "The correct figure is 27."
_NEW_FIGURE = re.compile(
    r"\b(?:puts?\s+(?:the\s+)?(?:number|figure|count|total)\s+at|(?:correct|right|actual|accurate)\s+"
    r"(?:figure|number|count|total)\s+(?:is|was)|should\s+(?:be|have\s+been))\s+$", re.I)


def _restated_figure(s: Sentence, out: list[Candidate], doc: Document) -> list[Candidate] | None:
    """After "That was wrong.", "The report puts the number at 27." replaces the one figure of
    the sentence the retraction points back to."""
    new = next((n for n in find_numbers(s.text) if not n.is_year
                and _NEW_FIGURE.search(s.text, 0, n.start)), None)
    if new is None or s.index < 2:
        return None
    pointed = doc.sentences[s.index - 2]
    earlier = [c for c in out if c.sentence.index == pointed.index and not c.baseline]
    if len(earlier) > 1:  # "Our edition of Oct. 3 said ... 33 people": the people's figure
        earlier = [c for c in earlier if (word := _NEXT_WORD.match(pointed.text, c.number.end))
                   and word.group(1).lower() in PEOPLE_NOUNS]
    if len(earlier) != 1:
        return None
    first = earlier[0]
    kept = [c for c in out if c is not first and c.sentence is not s]
    return sorted([*kept, Candidate(new, first.period, s, since=first.since)],
                  key=lambda c: (c.sentence.index, c.number.start))


def _answer_paragraphs(doc: Document) -> set[int]:
    """The paragraphs that open on an interview answer's label ("A:", "Marchetti:")."""
    seen: set[int] = set()
    out: set[int] = set()
    for s in doc.sentences:
        if s.paragraph not in seen and _LABELLED_ANSWER.match(s.text):
            out.add(s.paragraph)
        seen.add(s.paragraph)
    return out


_LABELLED_ANSWER = re.compile(r"^(?:A|[A-Z][\w’'.-]+):\s")
# "That year, 207 ..."; "That brings the total for the year to 23" after a month's figure
_THAT_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b|\b(?:total|tally|count)\s+for\s+the\s+"
                        r"(?:whole\s+|full\s+)?year\b", re.I)
# "The headline figure was 27. That is how many people the office handed to ICE in 2025"
_THAT_IS_HOW_MANY = re.compile(
    r"^(?:That|This)\s+(?:is|was|['’]s)\s+(?:how\s+many|the\s+number\s+of)\s+"
    r"(?:people|inmates|detainees|prisoners|immigrants|individuals)\b", re.I)


_THESE_ARE_THE_PEOPLE = re.compile(
    r"^(?:These|Those|They)\s+(?:are|were)\s+the\s+(?:people|persons|inmates|detainees|"
    r"prisoners|immigrants|individuals|men\s+and\s+women)\s+(?:whom|who|that)\b", re.I)


def _figure_told_before(s: Sentence, prev: Sentence, doc: Document,
                        hints: dict[int, int]) -> Candidate | None:
    """The one figure of the sentence before, for the handovers this sentence describes."""
    m = _THAT_IS_HOW_MANY.match(s.text)
    clause = _CLAUSE_BREAK.split(s.text, maxsplit=1)[0]
    if m is None or not HANDOVER.search(clause, m.end()):
        return None  # not "That is the number of people deputies must screen, and ..."
    figures = [n for n in find_numbers(prev.text) if not n.is_year]
    periods = find_periods(clause, doc, hints)
    if len(figures) != 1 or not periods:
        return None
    number = NumberMention(0, 0, figures[0].value, figures[0].qualifier)
    if _cumulative(clause, periods[0]):  # "... has handed to ICE since January 2024"
        return Candidate(number, None, s, since=periods[0])
    return Candidate(number, periods[0], s)


_CLAUSE_BREAK = re.compile(r",\s+(?:and|but)\s+|;")


def _year_of(p: PeriodMention) -> PeriodMention:
    """The calendar year a dated period falls in ("2018-01" -> "2018")."""
    year = p.label[:4]
    return PeriodMention(p.start, p.end, year, float(year)) if year.isdigit() else p


# "roughly 130 people were released ... during the period": the span named just before.
# "over the six-month period", "Of the people who came through the jail in those three months"
_THE_PERIOD = re.compile(
    r"\b(?:during|in|over|for)\s+(?:the|that|this|those|these)\s+(?:(?:[\w-]+-month\s+)?"
    r"(?:period|span|stretch)|(?:two|three|four|five|six|nine|twelve|\d{1,2})\s+(?:months|weeks))\b",
    re.I)
_ANAPHOR_REACH = 4  # sentences back that "the period" may point to


def _period_named_before(doc: Document, s: Sentence) -> PeriodMention | None:
    """The last period of the nearest sentence before s that names one."""
    for prev in reversed(doc.sentences[max(0, s.index - _ANAPHOR_REACH):s.index]):
        periods = find_periods(prev.text, doc, month_year_hints(doc, prev.start))
        if periods:
            return periods[-1]
    return None


# "The 187 handed to ICE", "none of the jail's 48 transfers": a figure named again
_DEFINITE = re.compile(r"\b(?:the|those|these|all|of\s+the)\s+(?:\w+['’]s\s+)?$", re.I)


def _add_or_date(out: list[Candidate], c: Candidate) -> None:
    """Add a candidate, unless it names again a figure already counted ("The 187 handed to ICE
    are a small share"); a dated re-mention ("The 37 transfers happened between Feb. 3 and
    April 30") dates the figure when it had no period."""
    if not _DEFINITE.search(c.sentence.text, 0, c.number.start):
        out.append(c)
        return
    for i, e in enumerate(out):
        if e.number.value == c.number.value:
            if e.period is None and e.since is None and c.period is not None:
                out[i] = Candidate(e.number, c.period, e.sentence)
            return
    out.append(c)


def _anchor_mention(label: str | None) -> PeriodMention | None:
    """A PeriodMention standing for a label reported earlier in the story."""
    return PeriodMention(0, 0, label, 0.0) if label else None


def _year_so_far(month: PeriodMention | None, year: int, at: int) -> PeriodMention:
    """"bring the year's total to 30" after February's count: January 1 to the end of
    February; the whole year when no month of it was reported."""
    if month and re.fullmatch(rf"{year}-\d\d", month.label):
        last = int(month.label[5:])
        end = calendar.monthrange(year, last)[1]
        return PeriodMention(at, at, f"{year}-01-01/{year}-{last:02d}-{end:02d}", year + last / 100)
    return PeriodMention(at, at, str(year), float(year))


# "- People handed over to ICE: 87", "- Handovers in January through March 2025, for
# comparison: 61", a report's line "Releases to ICE, October 2025: 4": a line that names what
# it counts.
# "- Released to ICE: 26"; "2. Number of individuals released ... into the custody of ICE: 11."
# (a records response's numbered answer)
_LABELLED_BULLET = re.compile(
    r"^(?P<bullet>[-•*]\s*|\d{1,2}[.)]\s+)?(?P<label>[A-Za-z][^:]{2,100}?)(?::|\s*\.{3,})\s*"
    r"(?P<num>\d{1,3}(?:,\d{3})*)\.?$")
_ICE_LABEL = re.compile(r"\b(?:ICE|[Ii]mmigration)\b")
_RATE_LABEL = re.compile(r"\b(?:average|per\s+(?:month|week|day)|rate|percent(?:age)?)\b", re.I)
_HANDOVER_LABEL = re.compile(
    # "People released from the jail directly to ICE officers: 26"
    r"\b(?:handed\s+over|turned\s+over|transferred|handovers|transfers)\b"
    r"|\breleases?d?\s+(?:(?:from|the|jail|county|prison|directly|straight|immediately)\s+){0,5}"
    r"(?:in)?to\s+(?:the\s+)?(?:custody\s+of\s+)?(?:waiting\s+)?"
    r"(?:ICE\b|U\.S\.\s+Immigration|immigration\b|federal\s+immigration\b)"
    # "Number of individuals released from the Detention Facility directly into the custody of ICE"
    r"|\breleased\s+from\s+the\s+(?-i:[A-Z][a-z]+\s+){1,3}(?:directly\s+)?(?:in)?to\s+(?:the\s+)?"
    r"(?:custody\s+of\s+)?(?:ICE\b|U\.S\.\s+Immigration)",
    re.I)
_OTHER_LABEL = re.compile(r"\b(?:detainers?|requests?|bookings?|population|beds|booked)\b", re.I)
_COMPARISON_LABEL = re.compile(
    r"\b(?:for\s+comparison|comparison|compared|a\s+year\s+(?:earlier|ago|before)"
    r"|(?:previous|prior)\s+(?:month|quarter|year)"
    # "38 - transfers in the same quarter of 2024"
    r"|same\s+(?:month|quarter|period|(?:\w+\s+)?months)\s+(?:of\s+(?:19|20)\d\d|last\s+year|"
    r"a\s+year\s+(?:earlier|ago|before)))\b", re.I)


# "23 — people the sheriff's office handed over to ICE in December 2025.": a by-the-numbers line
_FIGURE_LINE = re.compile(
    r"^(?:[•▪■*]\s*)?(?P<qual>(?:About|Nearly|Almost|Roughly|More\s+than|At\s+least)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})*)"
    # "23 — people the office handed over ...", "31: People the ... handed to ICE from March 17
    # through Sept. 30", or a box's figure over its caption line
    r"(?:\s+[—–-]\s+|:\s+|\s*\n\s*)(?P<label>(?:[Pp]eople|[Pp]ersons|[Ii]nmates|[Dd]etainees|[Pp]risoners|[Ii]ndividuals)\s+"
    r"(?:(?:that|whom?)\s+)?(?:the\s+(?:[A-Z][\w.’'-]*\s+){0,3}(?:[Ss]heriff['’]s\s+[Oo]ffice|office|[Jj]ail|"
    r"[Dd]epartment|county|agency)|it|we"
    # "People released from the jail directly into ICE custody."
    r"|(?=(?:released|transferred|handed|turned|delivered|sent)\b))\b[^\n]{5,200}"
    # "11: Handed over in July, the busiest month" among a box's lines about handovers to ICE
    r"|(?P<part_verb>(?:Handed|Turned|Transferred|Released)\s+(?:over\s+)?(?:to\s+ICE\s+)?(?:in|during)\s+"
    r"[^\n]{3,200})"
    # "11 — of those, released between January and June 2025" under the whole's line
    r"|[Oo]f\s+(?:those|them|these),?\s+(?=(?:released|transferred|handed|turned|delivered|sent)\b)"
    r"[^\n]{5,200}"
    # "How many of those handovers came in April, May and June."; "Handovers recorded in all
    # of 2024, for comparison."
    r"|How\s+many\s+of\s+(?:those|these|them)\s+(?:handovers|transfers|releases)\s+[^\n]{5,200}"
    r"|(?:Handovers|Transfers|Releases\s+to\s+ICE)\s+(?:recorded|reported|counted|logged)\s+[^\n]{5,200}"
    # "21 - transfers in June, the last month of the quarter" under the quarter's line
    r"|(?P<part_in>(?:[Tt]ransfers|[Hh]andovers)\s+(?:in|during|for)\s+(?![^\n]*\b(?:between|refus|"
    r"request|denied|declin|prison|hospital|another|week|day|of\s+(?:people|women|men))\w*)"
    r"[^\n]{3,200}))$")


# "... during the quarter": the span the figures cover, said before the box
_THE_SPAN = re.compile(r"\b(?:during|in|over|for)\s+the\s+(?:quarter|period)\b")


def _figure_line(s: Sentence, doc: Document) -> Candidate | None:
    """A count from a line that opens on its figure and says what it counts, when that is
    people handed to ICE by the story's agency (a line naming a county may be a neighbour's)."""
    m = _FIGURE_LINE.match(s.text)
    if not m and _LONE_FIGURE.fullmatch(s.text) and s.index + 1 < len(doc.sentences):
        # "64" on a line of its own over its caption: "People released from the jail directly
        # into ICE custody in fiscal 2025-26, up from 51 in fiscal 2024-25."
        m = _FIGURE_LINE.match(f"{s.text}\n{doc.sentences[s.index + 1].text}")
    if not m:
        return None
    part = m.group("label").capitalize().startswith(
        ("How many", "Handovers", "Transfers", "Releases")) or bool(m.group("part_verb"))
    if part and not _after_ice_box_line(doc, s):
        return None  # "How many of those releases went to the street"
    if m.group("label").lower().startswith("of th"):
        if not _under_ice_figure_line(doc, s):
            return None  # "of those, released on bond" under a line of bookings
    elif not part and (not HANDOVER.search(m.group("label"))
                     or not _ICE_LABEL.search(m.group("label"))):
        return None
    label = _CLAUSE_BREAK.split(m.group("label"), maxsplit=1)[0]
    if _OTHER_LABEL.search(label) or _RATE_LABEL.search(label):
        return None
    hints = month_year_hints(doc, s.start)
    covered = _covered_period(doc, s)
    if m.group("part_in") and not covered:
        return None  # "21 - transfers in June" is a part only of a whole whose span is said
    # "30 - transfers in the same quarter of 2024": the quarter of the figures covered
    periods = find_periods(label, doc, hints, covered[0].label if covered else None) or (
        (_title_period(doc, s, hints) or covered)
        if "\n" in s.text or _THE_SPAN.search(label) else [])
    value = int(m.group("num").replace(",", ""))
    qualifier = QUALIFIER_PHRASES.get((m.group("qual") or "").strip().lower(), "exact")
    number = NumberMention(m.start("qual") if m.group("qual") else m.start("num"), m.end("num"),
                           value, qualifier)
    baseline = bool(_COMPARISON_LABEL.search(m.group("label")))
    return Candidate(number, periods[0] if periods else None, s, baseline=baseline)


_BY_ICE = re.compile(r"\bby\s+(?:ICE|immigration|federal)\b", re.I)
_LONE_FIGURE = re.compile(r"(?:(?:About|Nearly|More\s+than|At\s+least)\s+)?\d{1,3}(?:,\d{3})*")


def _under_ice_figure_line(doc: Document, s: Sentence) -> bool:
    """True when the line before s is a figure line of people handed to ICE (s takes a part
    of that figure), and s names no other receiver."""
    if s.index == 0 or _ELSEWHERE.search(s.text) or _NAMES_ANOTHER.search(s.text) or (
            _BY_ICE.search(s.text)):
        return False  # not "of those, released by ICE in December"
    prev = doc.sentences[s.index - 1]
    above = _FIGURE_LINE.match(prev.text)
    return (above is not None and bool(HANDOVER.search(above.group("label")))
            and bool(_ICE_LABEL.search(above.group("label"))))


def _after_ice_box_line(doc: Document, s: Sentence) -> bool:
    """True when a box line about handovers to ICE comes shortly before s, so that "How many of
    those handovers ..." is a part of them; and s names no other receiver or measure."""
    if _OTHER_LABEL.search(s.text) or _NAMES_ANOTHER.search(s.text) or _ELSEWHERE.search(s.text):
        return False
    return any(("\n" in p.text or _FIGURE_LINE.match(p.text)) and _ICE_LABEL.search(p.text)
               and HANDOVER.search(p.text)
               for p in doc.sentences[max(0, s.index - _BOX_REACH):s.index])


_BOX_REACH = 8  # sentences: a box's lines about its handovers come close together
_ELSEWHERE = re.compile(r"\b(?:street|bond|prison|Marshals)\b")


def _covered_period(doc: Document, s: Sentence) -> list[PeriodMention]:
    """The period an introduction says a box's figures cover ("The figures cover the fiscal
    year from July 1, 2024, through June 30, 2025.")."""
    for prev in reversed(doc.sentences[max(0, s.index - _TITLE_REACH):s.index]):
        if _FIGURES_COVER.search(prev.text):
            found = find_periods(prev.text, doc, month_year_hints(doc, prev.start))
            return list(found)[:1]
    return []


_FIGURES_COVER = re.compile(
    r"\b(?:figures?|numbers|data|report)\s+(?:\w+\s+){0,2}?(?:covers?|span|spans)\b"
    # "The Detention Center's statistical summary for fiscal year 2026 ... is now available."
    r"|\b(?:statistical\s+summary|statistics|annual\s+report)\s+for\s+(?:the\s+)?"
    rf"(?=(?:fiscal|calendar|FY|year|{YEAR}|{MONTH})\b)", re.I)


# "Bookings: 3,412 | Avg. daily population: 186 | Released to ICE custody: 41": a line of
# labelled figures, one of them the handovers
_STRIP_CELL = re.compile(r"(?:^|\s\|\s)(?P<label>[A-Za-z][^|:]{2,60}?):\s*"
                         r"(?P<num>\d{1,3}(?:,\d{3})*)(?=\s+\||\s*$)")


def _names_handovers(label: str) -> bool:
    """A label that counts handovers: not detainers or bookings, not an average
    ("Average monthly releases to ICE, 2025: 4")."""
    return (bool(_HANDOVER_LABEL.search(label)) and not _OTHER_LABEL.search(label)
            and not _RATE_LABEL.search(label))


def _strip_cell(s: Sentence, doc: Document) -> Candidate | None:
    """The handover figure of a line of labelled figures, dated by the line's introduction."""
    if s.text.lstrip().startswith("|"):
        return None  # a table's row
    for m in _STRIP_CELL.finditer(s.text):
        label = m.group("label")
        if (_names_handovers(label) and _ICE_LABEL.search(label)
                and not _COMPARISON_LABEL.search(label) and not _PRIOR_LABEL.search(label)):
            hints = month_year_hints(doc, s.start)
            periods = find_periods(label, doc, hints) or _covered_period(doc, s)
            value = int(m.group("num").replace(",", ""))
            number = NumberMention(m.start("num"), m.end("num"), value, "exact")
            return Candidate(number, periods[-1] if periods else None, s)
    return None


def _labelled_bullet(s: Sentence, doc: Document) -> Candidate | None:
    """A handover count from a bullet that names it; dated by its label or its list's heading."""
    m = _LABELLED_BULLET.match(s.text)
    if not m or not _names_handovers(m.group("label")):
        return None
    if not m.group("bullet") and not _ICE_LABEL.search(m.group("label")):
        return None  # a report's line "Transfers to the Whitfield County Jail: 861"
    hints = month_year_hints(doc, s.start)
    # "Released to ICE on federal judicial warrant, March ..... 2": the month after the comma
    tail = m.group("label").rsplit(",", 1)[-1].strip() if "," in m.group("label") else ""
    periods = (find_periods(m.group("label"), doc, hints)
               or (find_periods(f"in {tail}", doc, hints) if tail else ())
               or _heading_periods(doc, s, hints) or _covered_period(doc, s))
    value = int(m.group("num").replace(",", ""))
    number = NumberMention(m.start("num"), m.end("num"), value, "exact")
    if periods and _cumulative(m.group("label"), periods[-1]):
        # "Releases to ICE since the 287(g) agreement began in October 2025: 23"
        return Candidate(number, None, s, since=periods[-1])
    baseline = bool(_COMPARISON_LABEL.search(m.group("label")))
    return Candidate(number, periods[-1] if periods else None, s, baseline=baseline)


def _heading_periods(doc: Document, s: Sentence, hints: dict[int, int]) -> list[PeriodMention]:
    """The periods of the heading a list hangs from ("What the office reported for ...:")."""
    for prev in reversed(doc.sentences[max(0, s.index - 8):s.index]):
        if prev.text.rstrip().endswith(":") and not prev.text.lstrip().startswith(("-", "•", "*")):
            return list(find_periods(prev.text, doc, hints))
        heading = prev.text.strip()
        if _ANY_CAPS_HEADING.match(heading):
            if _WHOLE_HEADING.search(heading):
                return []  # "PROGRAM TO DATE (...)", "DECEMBER 2025 YEAR END SUMMARY"
            if _CAPS_HEADING.match(heading) or _CAPS_QUARTER.match(heading):
                # "JANUARY 2026", "SEPTEMBER 2025 AT A GLANCE", "Q1 2026": a block heading
                return list(find_periods(_title_case(heading), doc, hints))[:1]
    return _title_period(doc, s, hints)


def _title_period(doc: Document, s: Sentence, hints: dict[int, int]) -> list[PeriodMention]:
    """The period a document's title block or section title states for all its rows, however
    far above: "Federal Fiscal Year 2025 (October 1, 2024 - September 30, 2025)", "MONTHLY
    STATISTICAL REPORT: SEPTEMBER 2026", "ATTACHMENT A. RELEASES TO ICE, 01/01/2025 -
    06/30/2025"."""
    for prev in reversed(doc.sentences[max(0, s.index - _TITLE_REACH):s.index]):
        heading = prev.text.strip()
        if _PERIOD_HEADING.match(heading) or _CAPS_TITLE.match(heading):
            found = find_periods(_title_case(heading), doc, hints)
            if found:
                return [found[-1] if _CAPS_TITLE.match(heading) else found[0]]
    return []


_TITLE_REACH = 30  # sentences: a report's rows may sit far below its title
# a line that is only the period the rows below it cover
_PERIOD_HEADING = re.compile(
    r"^(?:Reporting\s+period:?\s+)?(?:(?:Federal|State|County)\s+)?(?:Fiscal|Calendar)\s+[Yy]ear\s+"
    r"(?:19|20)\d\d(?:\s*\([^)]{5,60}\))?$", re.I)
# a title in capitals that ends on its period
_CAPS_TITLE = re.compile(
    r"^(?!.*\b(?:SINCE|ISSUED|PUBLISHED|RELEASED|UPDATED|AS\s+OF|THROUGH|UNTIL)\b)"
    rf"[A-Z][A-Z0-9 ,&'’/.:()-]{{3,}}?(?:[:,]\s*|\s)(?:(?:{MONTH.upper()})\s+(?:19|20)\d\d"
    r"|\d\d?/\d\d?/(?:19|20)\d\d\s*[-–]\s*\d\d?/\d\d?/(?:19|20)\d\d)$")


# a heading over figures for more than its month
_WHOLE_HEADING = re.compile(
    r"\b(?:TO\s+DATE|YEAR[\s-]END|FISCAL|ANNUAL|CUMULATIVE|PROGRAM|TOTALS?|SINCE)\b")
_CAPS_QUARTER = re.compile(r"(?:Q[1-4]|(?:FIRST|SECOND|THIRD|FOURTH)\s+QUARTER)\s+(?:19|20)\d\d\b")


def _title_case(heading: str) -> str:
    """ "MARCH 2026 (PRELIMINARY)" -> "March 2026 (Preliminary)"; "Q1 2026" stays as it is."""
    return re.sub(r"[A-Z]{2,}", lambda m: m.group(0).title(), heading)


_ANY_CAPS_HEADING = re.compile(r"[A-Z][A-Z0-9 ,&'’/-]{3,}(?:\s*\(|$)")
_CAPS_HEADING = re.compile(rf"(?:{MONTH.upper()})\s+(?:19|20)\d\d\b")


def _table_row(s: Sentence, doc: Document, reported: str | None = None) -> Candidate | None:
    """A count from a table line of its own ("January: 121"); "Total — 60" is undated.

    reported is the period of the first figure counted before the table, if any.
    """
    if _grid_kind(s.text) and (row := _pipe_row(s, doc, reported)):
        return row
    if "|" in s.text and (row := _strip_cell(s, doc)):
        return row
    m = _TABLE_LINE.match(s.text)
    if not m and (m := _GRAPHIC_ROW.match(s.text)):
        if not _handover_table(doc, s) or not _among_graphic_rows(doc, s, m):
            return None  # "Jan.-Mar. 8" only under a caption that names handovers
        caption = _line_above_rows(doc, s)
        if caption is not None and _SINCE_YEAR.search(caption.text):
            return None  # "TOTAL 310" under "... since 2019": a running total, not 2019's
        if m.group("label").lower() == "total" and (year := _heading_year(doc, s)):
            # "TOTAL 61" under "ICE transfers from Lycoming County Prison, 2025"
            whole = PeriodMention(0, 0, year, int(year))
            return _row_candidate(s, doc, "total", m.start("num"), m.end("num"), whole)
    if not m:
        return _labelled_bullet(s, doc) or _figure_line(s, doc)
    if m.group("tspan") and not _handover_table(doc, s):
        return None  # "Total, Jan. 1 - March 31 ..... 58" under a table of detainers
    label = m.group("tspan") or m.group("label")
    if _THREAD_NUMBER.match(s.text) and s.index and _OTHER_LABEL.search(
            doc.sentences[s.index - 1].text):
        return None  # "2/ Bookings into the jail keep climbing, too. 3/ August alone: 212."
    if _CODE_LABEL.match(label) and not _handover_table(doc, s):
        return None  # "Deaths in custody, by fiscal quarter: / FY26 Q1: 2"
    if m.group("paren") and _PROJECTED.search(m.group("paren")):
        return None  # "FY27 (projected): 45"
    if _YEAR_THEN_QUARTER.fullmatch(label):
        label = f"{label[5:]} {label[:4]}"  # "2026 Q1" reads as "Q1 2026"
    elif quarter := _QUARTER_COMMA_YEAR.fullmatch(label):
        label = f"{quarter.group(1)} of {quarter.group(2)}"  # "First quarter, 2019"
    baseline = bool(m.group("paren") and _COMPARISON_LABEL.search(m.group("paren"))) or (
        _under_prior_years(doc, s))
    if m.group("paren") and _MONTH_SPAN_LABEL.match(m.group("paren")):
        label = m.group("paren")
    elif m.group("paren") and _PRIOR_LABEL.match(label):
        label, baseline = m.group("paren"), True  # "Prior year (FY 2023-24) total"
    if _MONTH_SPAN_LABEL.fullmatch(label) and (heading := _heading_year(doc, s)):
        # "Jan.–March: 38" under "Johnston County jail transfers to ICE, 2025"
        label = _not_after(f"{label} {heading}", doc)
    elif _MONTH_SPAN_LABEL.fullmatch(label) and (stated := _reported_year(label, reported, None)):
        # inside the span the story reports; not a quarter still running
        label = f"{label} {stated}"
        if _not_after(label, doc) != label:
            return None
    row = _row_candidate(s, doc, label, m.start("num"), m.end("num"))
    return replace(row, baseline=True) if row and baseline else row


# A graphic's row, its label and figure apart by spaces alone: "Jan.-Mar. 8", "TOTAL 61"
_GRAPHIC_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_GRAPHIC_ROW = re.compile(
    rf"^(?P<label>{_GRAPHIC_MONTH}(?:\s*[-–—]\s*{_GRAPHIC_MONTH})?|Q[1-4]|TOTAL|Total)"
    r"(?P<tspan>(?!))?(?P<paren>(?!))?(?P<whole>(?!))?\s+(?P<num>\d{1,3}(?:,\d{3})*)$")
_SINCE_YEAR = re.compile(r"\bsince\s+(?:19|20)\d\d\b", re.I)


def _among_graphic_rows(doc: Document, s: Sentence, m: re.Match[str]) -> bool:
    """A lone month's row ("March 3") only beside another row: alone it is a date."""
    if not re.fullmatch(_GRAPHIC_MONTH, m.group("label")):
        return True
    near = doc.sentences[max(0, s.index - 1):s.index + 2]
    return any(o is not s and _GRAPHIC_ROW.match(o.text) for o in near)


_ROWS_REACH = 8  # sentences a table's heading may stand above a row
_CODED_ROWS_REACH = 12  # a fiscal table with its "Prior years:" rows runs longer
_PRIOR_LABEL = re.compile(r"(?:Prior|Previous)\s", re.I)
_CODE_LABEL = re.compile(r"F?FY|Q[1-4]\s|(?:19|20)\d\d(?:\s+Q|$)|(?:First|Second|Third|Fourth)"
                         r"\s+[Qq]uarter,?\s+(?:of\s+)?(?:19|20)\d\d$|Fiscal\s+Q")
_YEAR_THEN_QUARTER = re.compile(r"(?:19|20)\d\d\s+Q[1-4]")
_QUARTER_COMMA_YEAR = re.compile(r"((?:First|Second|Third|Fourth)\s+[Qq]uarter),?\s+(?:of\s+)?"
                                 r"((?:19|20)\d\d)")
_PROJECTED = re.compile(r"\b(?:projected|estimated?|budget(?:ed)?|target|forecast|planned)\b", re.I)


def _line_above_rows(doc: Document, s: Sentence, reach: int = _ROWS_REACH, *,
                     past_prior: bool = False) -> Sentence | None:
    """The first line above row s that is no table row (nor, with past_prior, a "Prior
    years:" line): the table's heading, within reach sentences."""
    for prev in reversed(doc.sentences[max(0, s.index - reach):s.index]):
        if not (_TABLE_LINE.match(prev.text) or _GRAPHIC_ROW.match(prev.text)
                or (past_prior and _PRIOR_HEADING.match(prev.text.strip()))):
            return prev
    return None


def _handover_table(doc: Document, s: Sentence) -> bool:
    """True when the line heading the table a row belongs to names handovers to immigration,
    not deaths, hires or detainers."""
    heading = _line_above_rows(doc, s, _CODED_ROWS_REACH, past_prior=True)
    if heading is None:
        return False
    text = heading.text
    names = bool(_HANDOVER_LABEL.search(text)
                 or (HANDOVER.search(text) and _ICE_LABEL.search(text)))
    record = bool(_RECORD_HEADING.search(text))
    if (not names and (record or (_FIGURES_HEADING.search(text) and text.rstrip().endswith(":")))
            and not _OTHER_MEASURE.search(" ".join(p.text for p in doc.sentences[
                max(0, heading.index - 1):heading.index + 1]))):
        # "Here is how the count has moved:" shortly after the story's handovers to ICE; "The
        # year-by-year record, drawn from the sheriff's annual reports, tells the story ..."
        reach = _RECORD_REACH if record else _FIGURES_REACH
        lead = doc.sentences[max(0, heading.index - reach):heading.index + 1]
        names = any(HANDOVER.search(p.text) and _ICE_LABEL.search(p.text) for p in lead)
    return (names and not _OTHER_LABEL.search(_AT_REQUEST.sub("", text))
            and not _ANOTHER_BODY.search(text))


_ANOTHER_BODY = re.compile(r"\b(?:neighbou?ring|nearby)\b", re.I)


# "the jail's head count", "the office's budget", "the contract figures", "the neighboring Polk
# County jail": rows of another measure or another body
_OTHER_MEASURE = re.compile(
    r"\b(?:head\s+count|budget|contract|population|book\w*|detainers?|arrests?|cost|spend\w*|paid|"
    r"revenue|neighbou?ring|nearby|(?:an)?other\s+(?:county|counties|jails?|agenc\w+|departments?|"
    r"offices?|sheriffs?))\b|\$", re.I)
# "provided at the Ledger's request": who asked, not a count of requests
_AT_REQUEST = re.compile(r"\b(?:at|on)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?request\b", re.I)
_FIGURES_HEADING = re.compile(r"\b(?:count|counts|figures|numbers|totals|tally)\b", re.I)
_FIGURES_REACH = 3  # sentences between the story's handovers and "Here is how the count has moved:"
_RECORD_HEADING = re.compile(
    r"\b(?:year-by-year|year\s+by\s+year|by\s+year)\s+(?:record|figures|numbers|counts?|totals)\b",
    re.I)
_RECORD_REACH = 6  # sentences: a year-by-year record may come after the story's quotes


def _under_prior_years(doc: Document, s: Sentence) -> bool:
    """True for a table row under a "Prior years:" line: the earlier years set beside the
    table's own."""
    heading = _line_above_rows(doc, s)
    return heading is not None and bool(_PRIOR_HEADING.match(heading.text.strip()))


_PRIOR_HEADING = re.compile(
    r"(?:Prior|Previous|Earlier|Past)\s+(?:(?:fiscal\s+)?years?|quarters?|periods?)"
    r"(?:\s*\(for\s+comparison\))?:$", re.I)


def _sub_row(s: Sentence, out: list[Candidate]) -> Candidate | None:
    """A row right under a handover row (or its other sub-rows) that restates its measure for
    another period: under "Released to ICE: 11" (September 2026), "Same month, prior year: 4"
    is September 2025's, and "Calendar year to date: 74" is 2026's."""
    m = _SUB_ROW.match(s.text)
    if m is None or out[-1].sentence.index != s.index - 1:
        return None
    at = s.index - 1
    above = out[-1]
    for c in reversed(out):  # past the sub-rows just read, to the row they hang from
        if c.sentence.index != at:
            break
        above, at = c, at - 1
        if not _SUB_ROW.match(c.sentence.text):
            break
    if (above.period is None or _SUB_ROW.match(above.sentence.text)
            or above.period.label[:4] == "XXXX"):
        return None
    value = int(m.group("num").replace(",", ""))
    number = NumberMention(m.start("num"), m.end("num"), value, "exact")
    if m.group("prior"):
        label, rank = year_earlier(above.period.label)
        if not label:
            return None
        return Candidate(number, PeriodMention(0, 0, label, rank), s, baseline=True)
    year = int(above.period.label[:4]) if "/" not in above.period.label else int(
        above.period.label[11:15])
    return Candidate(number, PeriodMention(0, 0, str(year), float(year)), s)


_SUB_ROW = re.compile(
    r"^\s*(?:[-•*]\s*)?(?:(?P<prior>Same\s+(?:month|quarter|period),?\s+(?:prior|previous|last)\s+year"
    r"|Same\s+(?:month|quarter|period)\s+a\s+year\s+(?:earlier|ago))"
    r"|(?:Calendar\s+)?[Yy]ear[\s-]to[\s-]date)\s*(?::|\.{3,})\s*(?P<num>\d{1,3}(?:,\d{3})*)\.?$",
    re.I)


def _heading_year(doc: Document, s: Sentence) -> str | None:
    """The year the line heading a text table names ("Releases by quarter, FFY 2026:"), read
    back over the table's earlier rows; None when the heading names none."""
    heading = _line_above_rows(doc, s)
    if heading is None:
        return None
    years = _YEAR.findall(heading.text)
    if not years and _THIS_YEAR.search(heading.text) and doc.published is not None:
        return str(doc.published.year)  # "The numbers this year:"
    return years[-1] if years else None


_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.I)


def _not_after(label: str, doc: Document) -> str:
    """A "Month–Month YEAR" row label, a year earlier if it would end after the story: under
    "FFY 2026", "Oct. – Dec." is October to December 2025."""
    year = _YEAR.search(label)
    if year is None or doc.published is None:
        return label
    periods = find_periods(label, doc, {})
    span = label_span(periods[0].label) if periods else None
    if span is not None and span[1] > doc.published:
        return label.replace(year.group(0), str(int(year.group(0)) - 1))
    return label


_THREAD_NUMBER = re.compile(r"\d{1,2}/\s")
_MONTH_SPAN_LABEL = re.compile(rf"{MONTH}\s*(?:[-–—]|\s(?:through|to)\s)\s*{MONTH}")
_TOTAL_LABELS = frozenset({"total", "all", "full year", "year", "quarter", "totals"})


def _row_candidate(s: Sentence, doc: Document, label: str, start: int, end: int,
                   total_period: PeriodMention | None = None) -> Candidate | None:
    """The count of a table row: its label read as a period, its value the figure; a total
    row's period is ``total_period`` (undated when None)."""
    value = int(s.text[start:end].replace(",", ""))
    number = NumberMention(start, end, value, "exact")
    if label.lower() in _TOTAL_LABELS:
        return Candidate(number, total_period, s)
    # Read the label as "in <label>" would be read in a sentence.
    # "July – September 2024" is a span already; a lone month reads as "in <label>".
    # "First quarter (January–March)" reads as "the first quarter"
    span = re.search(r"[-–—]", label)
    text = (f"the {label.lower()}" if "quarter" in label.lower()
            else f"from {label}" if span and _DAY_SPAN_LABEL.match(label) else label if span
            else f"from {label}" if re.search(r"\s(?:through|to)\s", label) else f"in {label}")
    periods = find_periods(text, doc, month_year_hints(doc, s.start))
    return Candidate(number, periods[0], s) if periods else None


_YEAR = re.compile(rf"\b{YEAR}\b")
_DAY_SPAN_LABEL = re.compile(rf"{MONTH}\s+\d{{1,2}}\b")  # "Jan. 1 - June 30"
# A cell that opens on a month's name ("July–September 2024"), not "Marion" or "Augusta".
_MONTH_CELL = re.compile(rf"{MONTH}(?![A-Za-z])")
# The column of a table that counts handovers: "Released to ICE", "Transfers to ICE".
_HANDOVER_COLUMN = re.compile(
    r"\b(?:released|releases|transfers?|transferred|handed|handovers?|turned\s+over|delivered)\b"
    # "Rel. to ICE", "TRF to ERO (I-203)" (a jail system's abbreviations)
    r"|\b(?:rel\.|TRF)\s+to\s+(?:ICE|ERO)\b", re.I)
_OTHER_COLUMN = re.compile(r"\b(?:detainers?|requests?|booked|bookings?|population)\b", re.I)
_SEPARATOR_ROW = re.compile(r"^[\s|:-]+$")


def _cells(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a table row, empty ones kept: a pipe row (outer pipes
    dropped) or a CSV export's row. (Stored text keeps no tabs or runs of spaces, so a
    tab-delimited or space-aligned table has lost its columns by the time it is read.)"""
    if _grid_kind(text) == "csv":
        return [(m.start(1), m.group(1)) for m in _CSV_CELL.finditer(text)]
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    if text.startswith("|", start):
        start += 1
    if text.endswith("|", 0, end):
        end -= 1
    cells, at = [], start
    for part in text[start:end].split("|"):
        cells.append((at, part))
        at += len(part) + 1
    return cells


# "Category","Jan-26","Feb-26": a CSV export's row, its first cell quoted
_CSV_ROW = re.compile(r'^"[^"]*"(?:,(?:"[^"]*"|[^,"]*)){2,}$')
_CSV_CELL = re.compile(r'(?:^|,)"?([^,"]*)"?')


def _grid_kind(text: str) -> str | None:
    """How a table row sets its cells apart ("pipes", "csv"), or None for a line of prose."""
    if "|" in text:
        return "pipes"
    if _CSV_ROW.match(text.strip()):
        return "csv"
    return None


def _table_header(doc: Document, s: Sentence) -> Sentence | None:
    """The first row of the unbroken run of table rows s belongs to, unless s is it."""
    kind = _grid_kind(s.text)
    header = None
    for prev in reversed(doc.sentences[:s.index]):
        if _grid_kind(prev.text) != kind or kind is None:
            break
        if not _SEPARATOR_ROW.match(prev.text):
            header = prev
    return header


# A row of a table that counts one measure across periods: "| ICE (det. honored) | 11 | 14 |"
# under "| Released to | This Month | Prior Month |", or "TRF to ICE (det.),11,8,13,32" under
# "Category,Jan-26,Feb-26,Mar-26,Q1 CY26".
_HANDOVER_ROW = re.compile(
    r"^\s*(?:rel(?:eased?|\.)|releases|transfer(?:red|s)?|TRF|turned\s+over|handed\s+over|"
    r"delivered)\s+(?:\w+\s+){0,2}?to\s+(?:ICE|ERO)\b\s*(?:\([^)]*\))?\s*(?:\[\d+\])?\s*$", re.I)
_CHANGE_CELL = re.compile(r"%|\b(?:chg|change|vs\.?|versus|diff\w*)\b", re.I)
_MONTH_YY = re.compile(rf"^({MONTH})[-\s'’]?(\d\d)$")
_CY_CELL = re.compile(r"\bCY\s?((?:19|20)?\d\d)\b")
_COMPARISON_CELL = re.compile(r"\b(?:LY|prior|previous|comp\.?|comparison|last\s+year)\b", re.I)
_NONE_LEGEND = re.compile(
    r"[\"“]?(?:--|—|–)[\"”]?\s*(?:=|means|is)\s*(?:none|zero|no\s+one)\b", re.I)
_GRID_VALUE = re.compile(
    r"^\s*(?:(?P<lt><\s*)?(?P<num>\d{1,3}(?:,\d{3})*|\d+)\s*(?:\(rev\.?\)|[*†]+(?:,[*†]+)*)?"
    r"|(?P<none>--|—|–))\s*$")


def _grid_period(cell: str, doc: Document, at: int) -> PeriodMention | None:
    """A header cell read as a period: "Jan-26" (MMM-YY), "Q1 CY26", "CY2025", "Jan 2025"."""
    cell = cell.strip()
    if _CHANGE_CELL.search(cell):
        return None  # "% chg vs Q1 CY25": a change, not a period's figure
    if (m := _MONTH_YY.match(cell)) is not None:
        cell = f"{m.group(1)} 20{m.group(2)}"
    cell = _CY_CELL.sub(lambda m: m.group(1) if len(m.group(1)) == 4 else f"20{m.group(1)}",
                        cell)
    if not cell or not (_MONTH_CELL.match(cell) or re.search(r"\d", cell)):
        return None
    text = cell if re.search(r"[-–—]", cell) else f"in {cell}"
    found = find_periods(text, doc, month_year_hints(doc, at))
    return found[-1] if found else None


def _grid_row(s: Sentence, doc: Document) -> list[Candidate]:
    """The figures of a handover row under a header of periods, one per period."""
    header = _table_header(doc, s)
    cells = _cells(s.text)
    if header is None or len(cells) < 3 or not _HANDOVER_ROW.search(cells[0][1]) or (
            _OTHER_LABEL.search(cells[0][1])):
        return []
    names = [text for _, text in _cells(header.text)]
    if len(names) != len(cells):
        return []
    periods = [_grid_period(n, doc, header.start) for n in names]
    if sum(p is not None for p in periods[1:]) < 2:
        return []
    none_is_zero = bool(_NONE_LEGEND.search(doc.text))
    out = []
    for (at, value), name, period in zip(cells[1:], names[1:], periods[1:], strict=True):
        m = _GRID_VALUE.match(value)
        if period is None or m is None or (m.group("none") and not none_is_zero):
            continue
        number = (NumberMention(at, at + len(value), 0, "exact") if m.group("none") else
                  NumberMention(at + m.start("num"), at + m.end("num"),
                                int(m.group("num").replace(",", "")),
                                "up_to" if m.group("lt") else "exact"))
        out.append(Candidate(number, period, s, baseline=bool(_COMPARISON_CELL.search(name))))
    return out


def _row_label(labels: list[str]) -> str:
    """The cells before the figure, as one period label: "Q1 | July–September 2024" is dated by
    its months, "Q1 | 2025" is "Q1 2025"."""
    if not labels:
        return ""
    months = [t for t in labels[1:] if _MONTH_CELL.match(t)]
    if months:
        return months[0]
    years = [t for t in labels[1:] if _YEAR.fullmatch(t)]
    return f"{labels[0]} {years[0]}" if years else labels[0]


def _pipe_row(s: Sentence, doc: Document, reported: str | None = None) -> Candidate | None:
    """A row of a pipe table ("| January | 1,612 | 30 | 17 |") under a header naming a
    handover column ("Released to ICE"): the row's label and that column's figure."""
    header = _table_header(doc, s)
    if header is None:
        return None
    names = [text.strip() for _, text in _cells(header.text)]
    column = next((i for i, n in enumerate(names)
                   if _HANDOVER_COLUMN.search(n) and not _OTHER_COLUMN.search(n)), None)
    cells = _cells(s.text)
    if column is None or column == 0 or len(cells) != len(names):
        return None
    at, value = cells[column]
    digits = re.fullmatch(r"\s*(\d{1,3}(?:,\d{3})*|\d+)\s*", value)
    if digits is None:
        return None
    start, end = at + digits.start(1), at + digits.end(1)
    label = _row_label([text.strip() for _, text in cells[:column] if text.strip()])
    stem = re.sub(r"(?i)\s*\btotal\b\s*", " ", label).strip()
    if label.lower().endswith("total") and _CODE_LABEL.match(f"{stem} ") and (
            row := _row_candidate(s, doc, stem, start, end)) is not None:
        return row  # "FY25 TOTAL", "Q1 FY26 total": the whole of the period it names
    if label.lower().endswith("total") or label.lower().startswith("total"):
        # "Fiscal year total" under "the table for fiscal year 2025, which ran from ...:"
        heading = _heading_periods(doc, header, month_year_hints(doc, header.start))
        return _row_candidate(s, doc, "total", start, end, heading[-1] if heading else None)
    # "Quarter (2025)" in the header; else months ("January", "January–March") are in the year
    # the story last named before its table.
    year = _YEAR.search(names[0])
    named = (_YEAR.findall(doc.text, 0, header.start) or [None])[-1]
    stated = year.group(0) if year else _reported_year(label, reported, named) or named
    if (stated and label.lower() not in _TOTAL_LABELS and not _YEAR.search(label)
            and (year or _MONTH_CELL.match(label))):
        label = f"{label} {stated}"
    return _row_candidate(s, doc, label, start, end)


def _reported_year(label: str, reported: str | None, named: str | None) -> str | None:
    """The year of the reported period when a row's month falls inside it and the year the
    story named last before the table is an earlier one: the monthly rows of "23 people
    between April 1 and June 30" are that span's, not those of "11 in the second quarter of
    2024"; "Monthly figures for 2026 so far:" after last year's total names its own."""
    month = _MONTH_CELL.match(label)  # a span's first month ("January–March")
    span = label_span(reported) if reported else None
    if month is None or span is None:
        return None
    if named is not None and int(named) >= span[0].year:
        return None
    number = MONTHS.get(month.group(0).rstrip(".").lower())
    for year in {span[0].year, span[1].year}:
        if number and span[0] <= date(year, number, 1) <= span[1]:
            return str(year)
    return None


_SAME_SPAN = re.compile(r"\bsame\s+(?:\w+\s+)?(?:months|quarter|trimester|period|stretch)\b", re.I)


def _last_period(cands: list[Candidate], text: str = "") -> str | None:
    """The month ("2025-03") or date range of the latest candidate that has one, if any; for
    "the same three months of 2025" the latest range."""
    if _SAME_SPAN.search(text):
        for c in reversed(cands):
            if c.period and "/" in c.period.label:
                return c.period.label
        months = _SAME_MONTHS.search(text)
        if months:  # "31 in January, 27 in February and 29 in March ... the same three months"
            span = _months_span([c.period.label for c in cands if c.period],
                                word_count(months.group(1)))
            if span:
                return span
    for c in reversed(cands):
        if c.period and re.fullmatch(r"\d{4}-\d\d|\d{4}-\d\d-\d\d/\S+", c.period.label):
            return c.period.label
    return None


# (a count of months: not "the same summer months")
_SAME_MONTHS = re.compile(rf"\bsame\s+({WORD_NUM})\s+months\b", re.I)


def _months_span(labels: list[str], n: int) -> str | None:
    """The range label of the last n labels when they are n consecutive months of one year."""
    last = [lab for lab in labels if re.fullmatch(r"\d{4}-\d\d", lab)][-n:]
    if n < 2 or len(last) != n or len({lab[:4] for lab in last}) != 1:
        return None
    months = sorted(int(lab[5:]) for lab in last)
    first, final = months[0], months[-1]
    if final - first != n - 1:
        return None
    year = int(last[0][:4])
    end = calendar.monthrange(year, final)[1]
    return f"{year}-{first:02d}-01/{year}-{final:02d}-{end:02d}"


def _as_count(c: Candidate) -> Count:
    label = c.period.label if c.period else ""
    # NumberMention.qualifier is a plain str, but only ever one of QUALIFIER_PHRASES' values
    # or "exact", which are exactly the Qualifier literals.
    return Count(label, c.number.value, c.number.qualifier, c.sentence.evidence())  # type: ignore[arg-type]


_YEAR_LABEL = re.compile(r"\d{4}")
# "than 10" qualifies a figure ("fewer than 10"); "than the year before" compares
_A_FIGURE = (r"\s+(?:\d|a\s+dozen|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
             r"twelve|twenty|thirty|forty|fifty)\b)")
_COMPARED = re.compile(
    rf"\b(?:up|down)\s+from\b|\bcompar\w*|\bthan\b(?!{_A_FIGURE})|\bversus\b"
    # "roughly double the year before, when about 60 were turned over"
    r"|\b(?:double|triple|twice|three\s+times)\s+(?:the|as|that|what|last)\b"
    r"|\bhalf\s+(?:as\s+many|what|that\s+of|the\s+(?:figure|number|total|count|year|month|quarter))\b",
    re.I)


_LONG_SPAN_DAYS = 180


# "Eleven more people have gone ... so far this year", "another 12 in January": figures
# that add to the ones before them
_MORE_AFTER = re.compile(r"\s+more\s+(?:people|inmates|men|women|prisoners|detainees|"
                         r"have|were|had)\b(?![^.;,]*\bthan\b)"
                         # "In January it handed over more than a dozen more."
                         r"|\s+more\s*(?:[.;]|,\s+(?:according|the|a|he|she|it|officials)\b|$)",
                         re.I)
_ANOTHER_BEFORE = re.compile(r"\banother\s+$", re.I)


_CHANGE_OF_PACE = re.compile(
    # not "fewer than 10", a figure's qualifier
    # nor "declining to give an exact figure"
    r"\b(?:pace|slow\w*|fell|fallen|dropp\w*|declin\w*(?!\s+to\b)|below|above|"
    rf"fewer(?!\s+than{_A_FIGURE})|record|"
    r"surpass\w*|outpac\w*|already)\b", re.I)
_OTHERS_FIGURE = re.compile(
    r"\b(?:across|statewide|nationwide|[Nn]eighbou?ring|[Nn]earby|other|all\s+\d+)\b")
_FOLLOW_ON_DAYS = 184  # "in the fiscal year that ended in June ... In October, 11 more"


# "Benton County's jail turned 90 people over": a county's body as the handover's subject
_COUNTY_POSSESSIVE = re.compile(
    r"\b([A-Z]\w+\s+County)['’]s\s+(?:jail|sheriff|prison|detention|corrections)[\w’']*"
    r"(?:\s+[\w’']+){0,2}?\s+(?:turned|handed|released|transferred|sent|delivered)\b")


def _another_countys(e: Candidate, current: list[Candidate]) -> bool:
    """True when e's sentence opens on a county's possessive ("Benton County's jail turned 90
    people over") that none of the current figures' sentences names."""
    m = _COUNTY_POSSESSIVE.search(e.sentence.text, 0, e.number.start)
    return m is not None and not any(m.group(1) in c.sentence.text for c in current)


def _follows_within(e: Candidate, starts: set[date]) -> bool:
    """True when a current period starts within half a year after e's period ends."""
    after = _day_after(e)
    return after is not None and any(0 <= (s - after).days <= _FOLLOW_ON_DAYS for s in starts)


def _headline(current: list[Candidate], earlier: list[Candidate],
              baselines: list[Candidate]) -> list[Candidate]:
    """The story's opening figure, reported in its first sentence and set against nothing
    there ("released 57 people ... in fiscal 2025"), stays a count when a later sentence adds
    the period right after it so far ("49 between July 1 and March 31")."""
    # not when the later figure is set against it ("15 more people than the year before",
    # "the pace has slowed sharply")
    starts = {span[0] for c in current if c.period and (span := label_span(c.period.label))
              and not _COMPARED.search(c.sentence.text)
              and not _CHANGE_OF_PACE.search(c.sentence.text)}
    if not starts:
        return []
    first = min(c.sentence.index for c in current)
    # the story's first figure: in its opening sentences or, in a question-and-answer, the
    # first answer's ("Marchetti: \"Last year it was a little over 210 people.")
    opening = min((c.sentence.index for c in earlier), default=0)
    return [e for e in earlier if e.sentence.index < first
            and (e.sentence.index <= 1
                 or (e.sentence.index == opening and e.answer))
            # set against something, unless against its own earlier figure ("about double
            # the 44 it handed over in fiscal 2023")
            and not (_COMPARED.search(e.sentence.text)
                     and not any(b.sentence is e.sentence for b in baselines))
            # another body's figure ("Jails across Texas", "Neighboring Taylor County's")
            and not _OTHERS_FIGURE.search(e.sentence.text, 0, e.number.start)
            and not _another_countys(e, current)
            # the period the current one follows on from, not one years before it
            and _follows_within(e, starts)]


def _continued(current: list[Candidate], earlier: list[Candidate]) -> list[Candidate]:
    """Earlier figures that a current one adds to: "47 people in 2025 ... Eleven more so far
    this year" reports both years, where "up from 19" would set the earlier one against it.

    Only a figure whose period ends right where the adding one's begins, stated before it.
    """
    out: list[Candidate] = []
    for c in current:
        # "17 more have been transferred since July 1": a running total's start
        start = c.since if c.period is None else c.period
        span = label_span(start.label) if start else None
        text = c.sentence.text
        if span is None or not (_MORE_AFTER.match(text, c.number.end)
                                or _ANOTHER_BEFORE.search(text, 0, c.number.start)):
            continue
        out += [e for e in earlier if e not in out and _day_after(e) == span[0]
                and (e.sentence.index, e.number.start) < (c.sentence.index, c.number.start)]
    return out


_SET_AGAINST = re.compile(r"\b(?:before|earlier|prior|previous|preceding|only|just)\b", re.I)


def _added_earlier(current: list[Candidate], earlier: list[Candidate]) -> list[Candidate]:
    """Earlier figures told as more of the same handovers: "Six more were turned over in the
    second half of 2025" beside this year's count adds to it; "up from six" or "before the
    agreement" would set it against it."""
    if not current:
        return []
    return [e for e in earlier
            if (_MORE_AFTER.match(e.sentence.text, e.number.end)
                or _ANOTHER_BEFORE.search(e.sentence.text, 0, e.number.start))
            and not _COMPARED.search(e.sentence.text)
            and not _SET_AGAINST.search(e.sentence.text)
            and not _ANOTHER_CUSTODIAN.search(e.sentence.text)]


# "the city jail across town turned another 30 over", "by the Mangum Police Department",
# "Under the old sheriff, 40 more": not the same custodian's
_ANOTHER_CUSTODIAN = re.compile(
    r"\b(?:city|town)\s+jail\b|\bacross\s+town\b|\bPolice\s+Department\b|\bneighbou?ring\b|"
    r"\b(?:old|former|previous|last)\s+sheriff\b|\banother\s+(?:county|jail|agency)\b", re.I)


def _rows_before(current: list[Candidate], earlier: list[Candidate]) -> list[Candidate]:
    """Table rows just above a current row whose periods run on into it: "Q1 FFY2026: 4" over
    "Q2 FFY2026: 6" lists one stretch, though its quarter falls in the year before; not a
    whole year's row ("2024 — 14" over "2025 — 24" is the year before)."""
    out: list[Candidate] = []
    rows = [c for c in current if _TABLE_LINE.match(c.sentence.text)]
    while rows:
        row = rows.pop()
        span = label_span(row.period.label) if row.period else None
        for e in earlier:
            if (e not in out and span is not None and e.sentence.index == row.sentence.index - 1
                    and _TABLE_LINE.match(e.sentence.text) and _day_after(e) == span[0]
                    and not _whole_year(e)):
                out.append(e)
                rows.append(e)
    return out


def _day_after(c: Candidate) -> date | None:
    """The day after the candidate's period ends: where a period that follows on begins."""
    span = label_span(c.period.label) if c.period else None
    return span[1] + timedelta(days=1) if span else None


def _whole_year(c: Candidate) -> bool:
    span = label_span(c.period.label) if c.period else None
    return span is not None and (span[1] - span[0]).days >= 364


def _multi_year(c: Candidate) -> bool:
    span = label_span(c.period.label) if c.period else None
    return span is not None and (span[1] - span[0]).days > 366


def _without_earlier_long_spans(current: list[Candidate]) -> list[Candidate]:
    """Drop a half-year or longer that ended before the latest period began: "52 in fiscal
    2025" beside "41 in the first half of fiscal 2026" is the year before, not a part."""
    spans = {id(c): label_span(c.period.label) for c in current if c.period}
    latest = max(current, key=lambda c: c.period.rank if c.period else 0.0, default=None)
    latest_span = spans.get(id(latest)) if latest else None
    if latest_span is None:
        return current
    return [c for c in current if c.unchanged or not (
        (span := spans.get(id(c))) and (span[1] - span[0]).days >= _LONG_SPAN_DAYS
        and span[1] < latest_span[0])]


def _follows_on(a: Candidate, b: Candidate) -> bool:
    """True when two spans shorter than a calendar year are back to back, one ending the day
    before the other starts (a year after a year is more often a comparison); or when a year's
    figure is followed by "and N more" in a span starting within the year after it ("eight in
    2024 and three more in February")."""
    if a.period is None or b.period is None:
        return False
    la, lb = a.period.label, b.period.label
    sa, sb = label_span(la), label_span(lb)
    if sa is None or sb is None:
        return False
    if _YEAR_LABEL.fullmatch(la) or _YEAR_LABEL.fullmatch(lb):
        first, then = sorted((a, b), key=lambda c: c.number.start)
        early, late = (sa, sb) if first is a else (sb, sa)
        text = a.sentence.text
        return (not _ARRESTED.search(text)
                and _AND_MORE_BEFORE.search(text, first.number.end, then.number.start) is not None
                and _MORE_NEXT.match(text, then.number.end) is not None
                and early[1] < late[0] <= early[1] + timedelta(days=366))
    day = timedelta(days=1)
    return sa[1] + day == sb[0] or sb[1] + day == sa[0]


_AND_MORE_BEFORE = re.compile(r"[^.;]*\band\s+(?:another\s+)?$")
_MORE_NEXT = re.compile(r"\s+more\b")


def _exact_for(rounded: Candidate | None, exact: Candidate) -> bool:
    """True when exact states precisely the figure rounded gave loosely for the same period."""
    if rounded is None or exact.number.qualifier != "exact":
        return False
    loose, precise = rounded.number.value, exact.number.value
    near = abs(precise - loose) <= max(2, loose // 5)  # a round figure is within a fifth
    return near and {"more_than": precise > loose, "at_least": precise >= loose,
                     "up_to": precise <= loose, "about": True}.get(rounded.number.qualifier, False)


def split_counts(
    cands: list[Candidate],
) -> tuple[tuple[Count, ...], Count | None, tuple[Count, ...]]:
    """(current counts, total, historical counts) from the candidates."""
    dated: dict[str, Candidate] = {}
    undated: list[Candidate] = []
    baselines = [c for c in cands if c.baseline and c.period is not None]
    compared = {c.period.label for c in baselines if c.period}
    for c in cands:
        if c.baseline or (c.period and c.period.label in compared):
            continue
        if c.period is None:
            undated.append(c)
        elif _exact_for(dated.get(c.period.label), c):
            dated[c.period.label] = c  # "More than 200 ... last year", then "2025: 212"
        else:
            dated.setdefault(c.period.label, c)
    recent = [c for c in undated
              if c.since or re.search(r"\b(?:since|so far)\b", c.sentence.text, re.I)]
    top = max((int(c.period.rank) for c in dated.values() if c.period), default=None)
    starts = [c.since.rank for c in recent if c.since]
    if recent and starts and all(c.period and c.period.rank < 9000 for c in dated.values()):
        # Periods inside a stated running total ("since October") are its parts; the others
        # are history. A total whose start is not given says nothing about which is which.
        top = -1
    current = [
        c for c in dated.values() if c.period and (
            int(c.period.rank) == top or (top == -1 and c.period.rank >= min(starts)))
    ]
    current = _without_earlier_long_spans(current)
    if recent and not starts:
        # Beside a running total of unknown start ("since the policy changed"), a span of
        # several years ("between 2011 and 2019") is the era before it, not a part.
        current = [c for c in current if not _multi_year(c)]
    # The quarters of a fiscal year that began the year before are parts of it, not history.
    current += [c for c in dated.values() if c not in current and c.period and any(
        o.period and encloses(o.period.label, c.period.label) for o in current)]
    # "198 from July through December 2024 and 239 from January through June 2025": spans that
    # follow on from each other in one sentence report one stretch.
    while run_on := [c for c in dated.values() if c not in current and any(
            o.sentence is c.sentence and _follows_on(c, o) for o in current)
            and not _COMPARED.search(c.sentence.text)]:
        current += run_on  # each span running on into one counted, back to the first
    current += _rows_before(current, [c for c in dated.values() if c not in current])
    current += _continued([*current, *(c for c in recent if c.since)],
                          [c for c in dated.values() if c not in current])
    current += _headline(current, [c for c in dated.values() if c not in current], baselines)
    current += _added_earlier(current, [c for c in dated.values() if c not in current])
    current.sort(key=lambda c: (c.sentence.index, c.number.start))
    history = [c for c in dated.values() if c not in current]
    history = _once(sorted([*history, *baselines],
                           key=lambda c: (c.sentence.index, c.number.start)))
    stated = _stated_sum(current)
    if stated is not None:  # the total, and still the count of its own period
        undated.insert(0, stated)
    since = [c for c in recent if c.since]
    if top == -1 and since:
        total: Count | None = _as_count(since[0])  # the running total its parts sit inside
    elif recent and not starts and not _arrests(recent[0]) and (stated is None or (
            recent[0].number.value > stated.number.value
            and HANDOVER.search(recent[0].sentence.text))):
        # "since its agreement took effect": a running total, which holds a quarter's stated sum
        total = _as_count(recent[0])
    else:
        total = _enclosing_total(current) or _total(current, undated)
    return tuple(map(_as_count, current)), total, tuple(map(_as_count, history))


def _arrests(c: Candidate) -> bool:
    """"the task force has arrested more than 500 people since it began": arrests, not handovers."""
    return bool(_ARRESTED.search(c.sentence.text, max(0, c.number.start - _ARREST_REACH),
                                 c.number.start))


def _once(cands: list[Candidate]) -> list[Candidate]:
    """The first of the figures that say the same (period, count, qualifier), told twice."""
    seen: set[tuple[str, int, str]] = set()
    out = []
    for c in cands:
        key = (c.period.label if c.period else "", c.number.value, c.number.qualifier)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


# "the deliveries of the year already reached the forty-one" (in English from Spanish)
_THE_YEARS_HANDOVERS_REACHED = (
    r"\bthe\s+(?:deliveries|handovers|transfers|releases)\s+of\s+the\s+year\s+(?:already\s+)?"
    r"(?:reached|reach|add\s+up\s+to|totall?ed|sum)\s+(?:the\s+)?$")
_YEARS_HANDOVERS_REACHED = re.compile(_THE_YEARS_HANDOVERS_REACHED, re.I)
_YEARS_TOTAL = re.compile(
    r"\b(?:the\s+year['’]s|this\s+year['’]s)\s+(?:running\s+)?total\b[^,;]{0,60}$|"
    r"\byear[-\s]to[-\s]date\b[^,;]{0,40}$|" + _THE_YEARS_HANDOVERS_REACHED, re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:total|altogether|in\s+all|sum|adds?\s+up)\b[^,;]{0,30}$", re.I)


def _stated_sum(current: list[Candidate]) -> Candidate | None:
    """The current figure that sums the others ("..., for a total of 612 so far this year").

    It covers a period enclosing theirs and either equals their sum or is called a total.
    """
    for c in current:
        assert c.period is not None
        parts = [o for o in current if o.period and encloses(c.period.label, o.period.label)]
        if len(parts) < 2:
            continue
        called = _TOTAL_BEFORE.search(c.sentence.text, 0, c.number.start)
        if called or sum(o.number.value for o in parts) == c.number.value:
            return c
    return None


def _enclosing_total(current: list[Candidate]) -> Count | None:
    """The overall figure: a current period's count that encloses every other current period.

    "143 in 2024 ... 41 from Oct. 1 through Dec. 31": the year's figure is the total, and the
    quarter stays a count of its own.
    """
    for c in current:
        assert c.period is not None
        others = [o for o in current if o is not c]
        if others and all(o.period and encloses(c.period.label, o.period.label) for o in others):
            return _as_count(c)
    return None


def _undated_whole(part: Candidate, undated: list[Candidate]) -> Candidate | None:
    """The undated figure a dated one is part of, in one sentence ("Roughly 60 people have
    been transferred ..., including nine last month"; "at least nine, five of them in August")."""
    text = part.sentence.text
    if (_NOT_A_WHOLES.search(text, 0, part.number.start)
            or _FROM_A_PLACE.match(text, part.number.end)):
        return None  # "booked 40 people ..., including 12 it handed over"; "including 23 from X"
    for c in undated:
        if (c.sentence is part.sentence and c.number.end <= part.number.start
                and c.number.value > part.number.value
                and (_INCLUDING.search(text, c.number.end, part.number.start)
                     or _OF_THEM.match(text, part.number.end))):
            return c
    return None


_NOT_A_WHOLES = re.compile(r"\b(?:booked|bookings?|held|holds?|detainers?|arrest\w*|processed|"
                           r"population|screened|flagged|[Aa]cross|[Ss]tatewide|nationwide)\b")
_FROM_A_PLACE = re.compile(
    rf"\s+(?:\w+\s+){{0,2}}?(?:from|at|in)\s+(?:the\s+)?(?!{_MONTH_STEM}\b)[A-Z]")


def _total(current: list[Candidate], undated: list[Candidate]) -> Count | None:
    """The single period's count, a stated sum of several periods, or an undated number."""
    if len(current) == 1:
        return _as_count(_undated_whole(current[0], undated) or current[0])
    if current:
        wanted = sum(c.number.value for c in current)
        match = [c for c in undated if c.number.value == wanted]
        if not match and any(c.number.qualifier != "exact" for c in current):
            # Parts given as "more than 170" add up only roughly: "more than 460" in all.
            match = [c for c in undated if c.number.qualifier != "exact"
                     and abs(c.number.value - wanted) <= wanted // 10]
        return _as_count(match[0]) if match else None
    return _as_count(undated[0]) if undated else None

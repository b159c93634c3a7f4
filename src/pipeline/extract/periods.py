"""Time expressions ("in May", "last year", "between 2011 and 2019") resolved to period labels."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pipeline.extract.document import Document
from pipeline.extract.lexicon import MONTHS, NUMBER_WORDS

MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501  (one alternation reads better unbroken)
YEAR = r"(?:19|20)\d\d"
# Words that call a month the busiest or quietest ("June was the busiest month").
BUSIEST = r"(?:busiest|heaviest|highest|biggest|largest|slowest|lightest|lowest|quietest)"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = rf"(?:{'|'.join(day.capitalize() for day in _WEEKDAYS)})"
_HOLIDAY = (r"(?:Thanksgiving(?:\s+Day)?|Christmas(?:\s+Day|\s+Eve)?|"
            r"New\s+Year['’]s(?:\s+Day|\s+Eve)?|Independence\s+Day|the\s+Fourth\s+of\s+July|"
            r"Labor\s+Day|Memorial\s+Day|Halloween)")
WORD_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
SEASON = r"(?:summer|winter|spring|fall|autumn)"
# "of 2025", "of this year", "of last year", "of the year" (the year of publication).
# "of the year passed", "of the past year" (in English from Spanish): last year
_WHICH_YEAR = (rf"(?:(?P<{{0}}y>{YEAR})"
               r"|(?P<{0}rel>this|last|the\s+current|the\s+previous|the\s+past|the)\s+year"
               r"(?P<{0}back>\s+(?:passed|past|previous)\b)?)")

# "of the year previous", "of the past year": last year (in English from Spanish)
_YEAR_PASSED = r"the\s+(?:past|previous|prior)\s+year|the\s+year\s+(?:passed|past|previous)\b"
_DAY_OF = r"(?:(?:the\s+)?day\s+\d{1,2}\s+(?:of\s+)?)?"  # "day 15 month 7": the day of a month
# Order matters: ranges first, then the most specific single expressions.
_PERIOD = re.compile(
    rf"(?P<yrange>[Bb]etween\s+(?P<y1>{YEAR})\s+and\s+(?P<y2>{YEAR}))"
    # "between Dec. 1 of last year and the end of November"
    rf"|(?P<relrange>\b(?:[Bb]etween|[Ff]rom)\s+(?P<rm1>{MONTH})\s+(?P<rd1>\d{{1,2}})\s+of\s+"
    rf"(?P<rrel>last|this)\s+year,?\s+(?:and|to|through|until)\s+(?:the\s+end\s+of\s+)?"
    rf"(?P<rm2>{MONTH})(?:\s+(?P<rd2>\d{{1,2}}))?"
    # "... and March 31 of this year": the end's own year
    rf"(?:\s+of\s+(?P<rrel2>last|this)\s+year\b)?(?![\w.]*\s+{YEAR}))"
    # "turned 23 over to ICE through October": the year so far, to that month's end
    # (not "fiscal year 2025, which ran through September": that year's end)
    # "In 2024, through October": that year's January to October
    # (not "the agreement the county signed in 2024, through October ...": "In" opens a clause)
    rf"|(?P<ythru>(?<!\w\s)\b[Ii]n\s+(?P<yty>{YEAR}),?\s+(?:through|thru)\s+(?:the\s+end\s+of\s+)?"
    # "In 2024, through Oct. 15": to that day
    rf"(?P<ytm>{MONTH})(?:\s+(?P<ytday>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?)?(?![\w.]*\s+\d))"
    rf"|(?P<thru>(?<![-–])(?<!ran\s)(?<!runs\s)(?<!run\s)(?<!ending\s)\b(?:through|thru)\s+"
    rf"(?:the\s+end\s+of\s+)?(?P<thm>{MONTH})"
    rf"(?:\s+(?P<thy>{YEAR}))?(?![\w.]*\s+\d))"
    # "between Monday, Sept. 14, and Sunday, Sept. 20", "the week of Sept. 14 through Sept. 20"
    # "The records cover July 1st through September 30th"
    rf"|(?P<drange>(?:[Bb]etween|[Ff]rom|[Ff]or|[Cc]over(?:s|ed|ing)?|(?<=week\s)of|(?<=period\s)of)\s+(?:{_WEEKDAY},?\s+)?(?P<m1>{MONTH})\s+"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*(?P<dy1>{YEAR}))?"
    # "between Jan. 20, when deputies began working under the agreement, and the end of February"
    r"(?:,\s+(?:when|the\s+day)\s+[^,;]{5,100}?(?=,\s+and\s))?"
    rf"(?:,?\s+(?:to|and|through)\s+|\s*[-–—]\s*)(?:{_WEEKDAY},?\s+)?"
    rf"(?:the\s+end\s+of\s+(?P<m2e>{MONTH})|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"(?:,\s*(?P<dy2>{YEAR}))?)"
    # "between Monday and Wednesday": the days of the week of publication (or the one before)
    rf"|(?P<wdrange>\b(?:[Bb]etween|[Ff]rom)\s+(?P<wd1>{_WEEKDAY})\s+(?:and|to|through|until)\s+"
    rf"(?P<wd2>{_WEEKDAY})\b(?!,?\s+(?:{MONTH}|the\s+\d)))"
    # "Between 1 July and 30 September" (day first, in English from Spanish)
    rf"|(?P<dfrange>(?:[Bb]etween|[Ff]rom)\s+(?:the\s+)?(?P<df_fd1>\d{{1,2}})\s+(?:of\s+)?(?P<df_fm1>{MONTH})"
    rf"(?:\s+(?:of\s+)?(?P<df_fy1>{YEAR}))?,?\s+(?:to|and|through)\s+(?:the\s+)?(?P<df_fd2>\d{{1,2}})\s+(?:of\s+)?"
    rf"(?P<df_fm2>{MONTH})(?:\s+(?:of\s+)?(?P<df_fy2>{YEAR})|\s+of\s+(?P<df_rel>last|this)\s+year)?\b)"
    # "1/1/2026 thru 6/30/2026", "01/01/2026 - 03/31/2026": a span in numbers (month first)
    rf"|(?P<numrange>\b(?P<nm1>\d{{1,2}})/(?P<nd1>\d{{1,2}})/(?P<ny1>{YEAR})\s*(?:[-–—]|thru|through|to)\s*"
    rf"(?P<nm2>\d{{1,2}})/(?P<nd2>\d{{1,2}})/(?P<ny2>{YEAR})\b)"
    # "Aug. 4-8", "Sept. 8 to 12, 2025": days of one month
    rf"|(?P<dshort>\b(?P<dsm>{MONTH})\s+(?P<ds1>\d{{1,2}})\s*(?:[-–]|\s+(?:to|through)\s+)"
    rf"(?P<ds2>\d{{1,2}})(?![\d:]|\s*(?:[ap]\.?m\b|percent|%))(?:,\s*(?P<dsy>{YEAR}))?)"
    # "July 1, 2024 – June 30, 2025": a dated span with no "between" or "from"
    rf"|(?P<dashrange>(?P<m1d>{MONTH})\s+(?P<d1d>\d{{1,2}}),\s*(?P<y1d>{YEAR}),?\s*(?:[-–—]|through|to)\s*"
    rf"(?P<m2d>{MONTH})\s+(?P<d2d>\d{{1,2}}),\s*(?P<y2d>{YEAR}))"
    rf"|(?P<myrange>(?:[Bb]etween|[Ff]rom|[Ff]or|(?:[(—–,]|(?<!\S)-)(?=\s*{MONTH}\s+(?:{YEAR}\s+)?(?:to|through)\b)|"
    rf"[Ii]n(?=\s+{MONTH}\s+(?:{YEAR}\s+)?(?:to|through)\b)"
    # "January through June of 2025, 97 people." opening a sentence
    rf"|^(?:(?:And\s+then|Then|And|So)\s+)?(?={MONTH}\s+(?:to|through)\s+{MONTH}\b)"
    # "11 were transferred April through June": a bare span after a word
    rf"|(?<=\w\s)(?={MONTH}\s+(?:through|thru)\s+{MONTH}\b))"
    # "the budget year that ran from last July through June"
    # "from the start of July through the end of September"
    # "between Jan. 1 and the end of June"
    rf"\s*(?:last\s+|the\s+(?:start|beginning)\s+of\s+)?(?P<m7>{MONTH})(?:\s+(?:of\s+)?(?P<y8>{YEAR}))?"
    rf"(?:\s+1(?:st)?,?(?=\s+(?:to|and|through)\s+the\s+end\b))?\s+(?:to|and|through|thru)\s+(?:the\s+end\s+of\s+)?(?P<m8>{MONTH})(?:\s+(?:of\s+)?(?P<y9>{YEAR})|\s+of\s+(?P<myrel>this\s+year|last\s+year|the\s+(?:past|previous|prior)\s+year|the\s+year\s+past))?"
    r"\b(?!\s+\d))"
    # "in September and October": two months, one span
    # "in April, May and June": three months, one span
    # "in the months of January and February" (in English from other languages)
    # "over the summer months of June, July and August"
    rf"|(?P<mpair>\b(?:[Ii]n|[Dd]uring|[Aa]cross|[Oo]ver)\s+(?:the\s+(?:{SEASON}\s+)?months\s+of\s+)?"
    rf"(?P<mp1>{MONTH})(?:,\s+(?P<mpm>{MONTH}),?)?"
    rf"\s+and\s+(?P<mp2>{MONTH})\b(?!\s+\d{{1,2}}\b)"
    # "in January and February of last year", "in February and March 2026"
    rf"(?:,?\s+(?:of\s+)?(?:(?P<mpy>{YEAR})(?!['’]s)|(?P<mprel>last|this)\s+year))?)"
    # "the April-to-June quarter", "the July-through-September period": a span in the story's year
    rf"|(?P<mspan>\b[Tt]he\s+(?P<ms1>{MONTH})(?:\s*[-–]\s*|[-–\s]+(?:to|through)[-–\s]+)"
    # "the July-through-December figure from 117 to 109": the span of a figure
    rf"(?P<ms2>{MONTH})(?:\s+(?:quarter|period|stretch)\b|(?=\s+(?:figure|number|count|total|tally)\b))"
    rf"(?:\s+of\s+(?P<msy>{YEAR}))?)"
    # "between Thanksgiving and New Year's Day"
    rf"|(?P<holidays>\b(?:[Bb]etween|[Ff]rom|[Oo]ver)\s+(?P<h1>{_HOLIDAY})\s+(?:and|to|through|until)\s+"
    rf"(?P<h2>{_HOLIDAY}))"
    # "the first half of the state's 2026 fiscal year"
    rf"|(?P<fyhalf>\b[Tt]he\s+(?P<fh>first|second)\s+half\s+of\s+(?:the\s+)?(?:\w+['’]s\s+)?"
    rf"(?:(?P<fhy>{YEAR})\s+fiscal\s+year|fiscal\s+(?:year\s+)?(?P<fhy2>{YEAR})))"
    # "In the 12 months before that": the span just reported, moved back by its length
    rf"|(?P<before>\b(?:the\s+)?(?P<bn>{WORD_NUM})\s+months\s+(?:before|prior\s+to)\s+(?:that|then)\b)"
    # "the last three months of 2025"
    # "in 2025 ..., including 63 in the last three months of the year": that year's
    rf"|(?P<lastn>\b[Tt]he\s+(?:last|final)\s+(?P<ln>{WORD_NUM})\s+months\s+of\s+"
    # "the last three months of last year"
    rf"(?:(?P<ly>{YEAR})|the\s+year\b|(?P<lrel>last|this)\s+year\b|(?P<lspan>(?:that|the)\s+(?:span|period|stretch|"
    r"fiscal\s+year|budget\s+year)\b)))"
    # "the fiscal year that ended June 30", "the three months ending June 30, 2025"
    # "in the county's fiscal year, which ended June 30"
    rf"|(?P<ending>\b(?:(?:fiscal|budget)\s+year|(?P<en>{WORD_NUM})\s+months"
    # "in the year through October": the 12 months to that month's end
    rf"|(?<=\b[Ii]n\sthe\s)year(?=\s+through\s))(?:,\s*which\s+|\s+(?:that\s+)?)"
    # "the fiscal year that ended last June 30"
    # "the fiscal year that closed the 30 of June" (in English from Spanish)
    # "the 12 months through the end of September"
    rf"(?:ended|ending|ends|closed|(?:ran\s+)?through)\s+(?:on\s+|in\s+|(?:at\s+)?the\s+end\s+of\s+|the\s+\d\d?\s+of\s+)?"
    rf"(?:last\s+)?(?P<em>{MONTH})"
    rf"(?:\s+(?P<ed>\d{{1,2}})(?!\d))?(?:,?\s*(?P<ey>{YEAR}))?)"
    # "over the last budget year": the latest one ended before the story
    rf"|(?P<lastfy>\b(?:the\s+)?(?:last|past|most\s+recent|(?P<prevfy>previous|prior|preceding))\s+"
    rf"(?:(?:federal|state|county)\s+)?(?:fiscal|budget)\s+year\b(?:,\s+which\s+ended\s+(?P<lfm>{MONTH})\s+\d{{1,2}},\s*(?P<lfy>{YEAR}))?)"
    # "the state's 2026 fiscal year"
    rf"|(?P<fiscal2>\b(?P<fy5>{YEAR})\s+(?:fiscal|budget)\s+year\b)"
    # "fiscal 2018-19", "fiscal year 2024-25": a state budget year, July through June.
    rf"|(?P<fiscal>\b(?:[Ff]iscal\s+(?:[Yy]ear\s+)?|FY\s?)(?P<fy1>{YEAR})\s*[-–/]\s*(?P<fy2>\d\d)\b"
    # "the 2023-24 period" in a story that counts fiscal years
    rf"|\b(?P<fy3>{YEAR})\s*[-–/]\s*\d\d\s+(?:(?:fiscal|budget)\s+year|period)\b)"
    # "fiscal 2024": the year ending in 2024, July to June when the story says so
    # "FY26 Q1", "Q2 FFY2025": a quarter of a fiscal year
    rf"|(?P<fyq>\b(?:(?P<fqf>F)?FY\s?(?P<fqy>\d\d|{YEAR})\s+Q(?P<fqn>[1-4])"
    rf"|Q(?P<fqn2>[1-4])\s+(?P<fqf2>F)?FY\s?(?P<fqy2>\d\d|{YEAR}))\b)"
    # "FY25": a fiscal year by its last two digits
    r"|(?P<fiscal2d>\b(?P<fyf>F)?FY\s?(?P<fy2d>\d\d)\b(?![-–/]\d))"
    # "the fiscal year federal 2026" (in English from Spanish)
    rf"|(?P<fiscal1>\b(?:[Ff]iscal\s+(?:[Yy]ear\s+)?(?:federal\s+)?|F?FY\s?)(?P<fy4>{YEAR})\b"
    # "fiscal 2024, which ended June 30, 2024": the end is stated
    rf"(?:,\s+which\s+(?:ended|ran\s+through)\s+(?P<fe>June\s+30|Sept?\.?\s+30|September\s+30)(?:,\s*{YEAR})?)?)"
    # "the past 12 months": up to the day of publication.
    # not "the last six months of the fiscal year"
    rf"|(?P<past>\b(?:the\s+)?(?:past|last|previous|preceding)\s+(?P<pn>{WORD_NUM})\s+months)"
    r"(?!\s+of\s+(?:the|this|last)\s+(?:\w+\s+)?year\b)"
    # "September of last year"
    # "April of the year previous", "May of the past year" (in English from Spanish)
    rf"|(?P<monthrel>(?P<mr>{MONTH})\s+of\s+(?:(?P<mrel>this|last)\s+year|{_YEAR_PASSED}))"
    rf"|(?P<mrange>(?P<m3>{MONTH})\s*[-–—]\s*(?P<m4>{MONTH})\s+(?P<y3>{YEAR}))"
    # "during the first 19 days of October": that month up to that day
    rf"|(?P<firstdays>\b[Tt]he\s+first\s+(?P<fdn>{WORD_NUM})\s+days\s+of\s+(?P<fdm>{MONTH})"
    rf"(?:,?\s+(?P<fdy>{YEAR}))?)"
    # "the first two months of this year" is a range from January 1; halves and quarters too.
    # "the second semester of the year" (a half, in English from Spanish)
    rf"|(?P<firstn>\b[Tt]he\s+(?:(?P<second>second)|first)\s+(?:(?P<nm>{WORD_NUM})\s+months|(?P<half>half|semester))"
    rf"\s+of\s+{_WHICH_YEAR.format('f')})"
    # "the last trimester of 2025" (a quarter, in English from Spanish): "last" only with its year
    # "the first trimester" is a quarter, not "her first trimester" of a pregnancy
    rf"|(?P<quarter>\b(?:[Tt]he\s+)?(?<!her\s)(?<!their\s)(?:(?P<qn>first|second|third|fourth)[\s-](?:quarter\b|trimester\b(?!\s+of\s+(?:her|a|the)\s+pregnan))"
    rf"|(?P<ql>last|final)[\s-](?:quarter|trimester)(?=\s+of\s+{YEAR}\b))"
    rf"(?:\s+of\s+{_WHICH_YEAR.format('q')})?"
    rf"|\bQ(?P<qd>[1-4])(?!\s+F?FY)(?:\s+(?P<qdy>{YEAR}))?\b)"
    # "52 in the first quarter, 71 in the second, 88 in the third": quarters named once
    r"|(?P<qell>\bin\s+the\s+(?P<qe>second|third|fourth)\b(?!\s+(?:quarter|trimester|semester|half|month|year|week|day)))"
    # "the same month a year ago" is the period just reported, one year back (or in YEAR).
    rf"|(?P<same>\b(?:[Tt]he|[Tt]hat)\s+same\s+(?:months?|quarter|trimester|period|time|stretch|span|weeks|(?:{WORD_NUM}|\w+-month)\s+(?:months|period))"
    rf"(?:\s+(?:(?:a|one|last)\s+year(?:\s+(?:ago|earlier|before))?|of\s+last\s+year|of\s+(?P<sy>{YEAR})"
    # "the same month of the past year" (in English from Spanish)
    r"|of\s+the\s+(?:(?:past|previous|prior)\s+year|year\s+(?:past|before|previous))"
    rf"|in\s+(?P<sy2>{YEAR})"
    rf"|the\s+(?:previous|prior)\s+year|the\s+year\s+before)"
    # "a year earlier, when it released 11 in the same three months": the year told before it
    r"|(?P<samebare>(?=[\s,.;]|$))))"
    rf"|(?P<monthyear>(?P<m5>{MONTH})\s+(?:\d{{1,2}},\s*)?(?:of\s+)?(?P<y5>{YEAR}))"
    # "the revised report puts February at nine"
    rf"|(?P<month>(?:\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Ff]or|of|[Bb]y|[Tt]hrough|[Uu]ntil|[Pp]uts?)\s+"
    # "Q: February?": an interviewer's follow-up naming a month alone
    rf"|^(?:Q:\s*)?(?:And\s+)?(?=(?:{MONTH})\s*\?$)"
    # "Turned over to ICE from our facility: July was fourteen." (a spoken list's item)
    rf"|(?:(?<=:\s)|^(?:And\s+|Then\s+)?)(?=(?:{MONTH})\s+(?:was|were)\s+(?:about\s+|around\s+)?[\w-]+\.?$))"
    # "In the month of August alone" (in English from Spanish)
    rf"(?:the\s+month\s+of\s+)?(?:mid-?|early\s+|late\s+)?(?P<m6>{MONTH})\b(?!\.?\s+\d|\s+of\s+(?:(?:this|last)\s+year|{YEAR}"
    rf"|{_YEAR_PASSED}))"
    # "lowers the September figure from 23 to 21"
    rf"|\b[Tt]he\s+(?P<m6f>{MONTH})\s+(?=(?:figure|number|count|total|tally)\b))"
    # "Through the end of August ... this year": January to that month's end
    # "by the end of March last year": January to the end of March of that year
    rf"|(?P<ytd>\b(?:[Tt]hrough|[Bb]y(?=\s+the\s+end\s+of\s+{MONTH}\s+(?:of\s+)?(?:{YEAR}|last\s+year)\b))"
    rf"\s+the\s+end\s+of\s+(?P<m13>{MONTH})\b"
    rf"(?:\s+(?:of\s+)?(?:(?P<ytdy>{YEAR})\b|(?P<ytdrel>last|this)\s+year\b)|(?!\s+\d)))"
    # "June was the busiest month": a month opening the sentence as its subject
    # "The busiest single month was March, when 34 people were released"
    rf"|(?P<busiest>\b{BUSIEST}"
    rf"\s+(?:single\s+)?month\s+was\s+(?P<m14>{MONTH})(?![\w.]*\s+\d)"
    # "The report shows August as the busiest month of 2025, with nine transfers"
    rf"|(?P<m16>{MONTH})\s+as\s+the\s+{BUSIEST}\s+(?:single\s+)?month"
    rf"(?:\s+of\s+(?P<y16>{YEAR}))?)"
    # "After a February in which the jail handed 13 people to ICE"
    rf"|\b(?:[Aa]|[Tt]he)\s+(?P<m17>{MONTH})\s+(?=in\s+which\b)"
    # "And September was fifteen."; "January, we turned over four. February, six." (spoken)
    rf"|(?P<lead>(?:^[\"“]?(?:A:\s*|[A-Z][A-Z’'.-]*:\s*)?(?:And\s+)?|\b[Ww]ith\s+|(?<=:\s)(?={MONTH}\s+was\s+the\s+{BUSIEST}))"
    rf"(?P<m12>{MONTH})(?:\s+(?:alone\s+|by\s+itself\s+)?(?:was|saw|had|brought|accounted\s+for|"
    r"accounting\s+for)\b"
    r"|,(?=\s+(?:we|there|it|they)\b|\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s*[.!]?\s*$)"
    # "January: nine." (an answer's label and its figure)
    r"|\s*[:—–](?=\s*(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s*[.!]?\s*$)))"
    # "since Jan. 1", "since Dec. 1, 2024": a running total from that month
    # "since its 287(g) agreement took effect Jan. 5": the running total starts that day
    rf"|(?P<sinceday>\b[Ss]ince\s+(?:(?:its|the|their)\s+[^.;]{{0,40}}?\b"
    # (a dot only after a capital: "with U.S. Immigration and Customs Enforcement took effect")
    r"(?:agreement|program|partnership|policy|law|contract)\b(?:[^.;]|(?<=[A-Z])\.){0,60}?"
    r"\b(?:took|went\s+into)\s+"
    rf"effect\s+(?:on\s+)?)?(?:(?P<m10>{MONTH})\s+\d{{1,2}}\b(?:,\s*(?P<y10>{YEAR}))?"
    # "since the 3 of April" (in English from Spanish)
    rf"|(?:the\s+)?\d{{1,2}}\s+of\s+(?P<m15>{MONTH})\b(?:\s+of\s+(?P<y15>{YEAR}))?))"
    # "in 2019-20" in a story that counts fiscal years
    rf"|(?P<bareyy>\b(?P<by1>{YEAR})[-–](?P<by2>\d\d)\b(?!\s+(?:season|school|academic|term)\b))"
    # "in month 10", "year 2025 month 10", "from day 1 month 6 to day 31 month 8 of this year"
    # (months by number, in English from Vietnamese or Chinese); not "month 3 of his sentence"
    rf"|(?P<monthnum>\b(?:[Ff]rom\s+|[Bb]etween\s+)?{_DAY_OF}(?:(?:year\s+)?(?P<mny>{YEAR})\s+)?"
    # "Month 8 the office handed over ..."; not "month 9 of a 287(g) agreement"
    rf"[Mm]onth\s+(?P<mn>1[0-2]|0?[1-9])\b(?!\s+of\s+(?!(?:year\s+)?{YEAR}\b))"
    rf"(?:\s+(?:to|through|until|and)\s+{_DAY_OF}month\s+(?P<mn2>1[0-2]|0?[1-9])\b)?"
    rf"(?:\s+(?:of\s+)?(?:year\s+)?(?P<mny2>{YEAR})\b|\s+of\s+(?P<mnrel>this|last)\s+year\b)?)"
    # "this summer", "last spring", "the summer of 2024", "fall 2025": a season's three months
    rf"|(?P<season>\b(?:(?P<srel>[Tt]his(?:\s+past)?|[Ll]ast|(?:[Tt]he\s+)?past)\s+(?P<sn>{SEASON})\b"
    rf"(?!\s+(?:of\s+)?{YEAR}\b)|(?:[Tt]he\s+)?(?P<sn2>(?i:{SEASON}))\s+(?:of\s+)?(?P<sny>{YEAR})\b))"
    rf"|(?P<year>\b(?P<y7>{YEAR})\b(?![-–]\d|,\d))"
    # "in what goes of the year" (so far this year, in English from Spanish)
    rf"|(?P<rel>(?i:\b(?:this|the\s+current|so\s+far\s+this)\s+year\b|\bthe\s+year\s+so\s+far\b|"
    rf"\bin\s+what\s+(?:goes|has\s+gone|has\s+passed|is\s+gone)\s+of\s+the\s+year\b|(?<!fiscal\s)(?<!fiscal-)\b(?:calendar\s+)?year[-\s]to[-\s]date\b|\b(?:last|the\s+past|the\s+previous|the\s+prior)\s+year\b|\bthe\s+year\s+(?:passed|past)\b|\bthe\s+year\s+(?:prior|before)\b(?!\s+(?:the|a|an|its|his|her|their|it|he|she|they)\b)|\b(?P<ago>{WORD_NUM})\s+years?\s+ago\b|\b(?:last|the\s+past)\s+month\b|\bthis\s+month\b))",
)


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A resolved time expression: offsets, label ("2025-05", "XXXX", ranges) and a sort rank."""

    start: int
    end: int
    label: str
    rank: float  # larger is more recent; relative periods without a date rank above any year


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


_HINT = re.compile(rf"((?:{MONTH}\s*(?:,|and|or)\s*)*)({MONTH})\s+(?:\d{{1,2}},\s*)?({YEAR})")


@lru_cache(maxsize=4)
def _hint_phrases(text: str) -> tuple[tuple[int, int, int, bool], ...]:
    """(start, month, year, listed) for every month an explicit "May and June 2025" phrase
    dates; listed when the phrase names several months."""
    out = []
    for m in _HINT.finditer(text):
        months = re.findall(MONTH, m.group(0))
        out += [(m.start(), _month(tok), int(m.group(3)), len(months) > 1) for tok in months]
    return tuple(out)


def month_year_hints(doc: Document, upto: int | None = None) -> dict[int, int]:
    """Month -> year from explicit "May and June 2025" / "May 21, 2025" phrases in the text.

    With upto, only phrases that start before it count: "In July ... compared with July 2024"
    must not date the first July by the second. find_periods adds a sentence's own phrases.
    """
    hints: dict[int, int] = {}
    for start, month, year, listed in _hint_phrases(doc.text):
        # With a publication date, a lone "August 2024" in an earlier sentence (a comparison,
        # often) does not date a later "August"; a list ("May and June 2025") does.
        if (upto is None or start < upto) and (listed or doc.published is None):
            hints.setdefault(month, year)
    return hints


def _numbered_months(m: re.Match[str], doc: Document, hints: dict[int, int]) -> tuple[str, float]:
    """Label for "month 10" or "from month 6 to month 8 of this year"."""
    first, last = int(m.group("mn")), int(m.group("mn2") or m.group("mn"))
    stated = m.group("mny") or m.group("mny2")
    if stated:
        year = int(stated)
    elif m.group("mnrel") and doc.published:
        year = doc.published.year - (m.group("mnrel").lower() == "last")
    else:
        label, rank = _month_label(last, doc, hints)
        if first == last or label.startswith("X"):
            return (label, rank) if first == last else ("", 0.0)
        year = int(label[:4])
    if first == last:
        return f"{year}-{first:02d}", year + first / 100
    if first > last:
        return "", 0.0
    return _month_span(year, first, last)


def _month_label(month: int, doc: Document, hints: dict[int, int]) -> tuple[str, float]:
    """Label for a month named without a year, resolved via hints or the publication date."""
    if month in hints:
        return f"{hints[month]}-{month:02d}", hints[month] + month / 100
    if doc.published:
        p = doc.published
        year = p.year if month <= p.month else p.year - 1
        return f"{year}-{month:02d}", year + month / 100
    earlier = [hints[m] for m in sorted(hints) if m < month]
    later = [hints[m] for m in sorted(hints) if m > month]
    if earlier or later:  # undated story: "since Jan. 5, 2026 ... February" goes on in that
        year = earlier[-1] if earlier else later[0]  # year; "September 2025, up from August" too
        return f"{year}-{month:02d}", year + month / 100
    return f"XXXX-{month:02d}", 10000 + month / 100


def _relative(text: str, ago: str | None, doc: Document) -> tuple[str, float]:
    """Label for "this year", "last year", "N years ago", "last month" against the date."""
    low = text.lower()
    p = doc.published
    if "month" in low:
        if p is None:
            return "XXXX", 10000.0
        y, mth = (p.year, p.month - 1) if ("last" in low or "past" in low) else (p.year, p.month)
        if mth == 0:
            y, mth = y - 1, 12
        return f"{y}-{mth:02d}", y + mth / 100
    back = 0 if ("this" in low or "current" in low or "so far" in low or "to date" in low
                 or "to-date" in low or low.startswith("in what")) else 1
    if ago:  # "three years ago"
        back = word_count(ago)
    if p is None:
        return "XXXX", 10000.0 - back
    return str(p.year - back), float(p.year - back)


def _which_year(year: str | None, rel: str | None, doc: Document) -> int | None:
    """The year of "of 2025" / "of this year" / "of last year" / "of the year"."""
    if year:
        return int(year)
    if doc.published is None:
        return None
    return doc.published.year - (1 if rel in {"last", "the previous", "the past"} else 0)


def _month_span(year: int, first: int, last: int) -> tuple[str, float]:
    """The range label from the start of month first to the end of month last of year."""
    end = calendar.monthrange(year, last)[1]
    return f"{year}-{first:02d}-01/{year}-{last:02d}-{end:02d}", year + last / 100


def _range_from_last_year(m: re.Match[str], doc: Document) -> tuple[str, float]:
    """Label for "between Dec. 1 of last year and the end of November": from that day of the
    year named to the first end after it."""
    if doc.published is None:
        return "", 0.0
    year = doc.published.year - (m.group("rrel").lower() == "last")
    m1, m2 = _month(m.group("rm1")), _month(m.group("rm2"))
    if int(m.group("rd1")) > calendar.monthrange(year, m1)[1]:
        return "", 0.0
    start = date(year, m1, int(m.group("rd1")))
    end_year = year if m2 >= m1 else year + 1
    if m.group("rrel2"):
        end_year = doc.published.year - (m.group("rrel2").lower() == "last")
    last = calendar.monthrange(end_year, m2)[1]
    day = int(m.group("rd2")) if m.group("rd2") else last
    if day > last:
        return "", 0.0
    end = date(end_year, m2, day)
    return f"{start.isoformat()}/{end.isoformat()}", end_year + m2 / 100


def _through_month(m: re.Match[str], doc: Document) -> tuple[str, float]:
    """Label for "through October" with no start: January 1 to that month's end, in the year
    named, else the latest such month begun by publication."""
    last = _month(m.group("thm"))
    if m.group("thy"):
        year = int(m.group("thy"))
    elif doc.published:
        year = doc.published.year if last <= doc.published.month else doc.published.year - 1
    else:
        return "", 0.0
    return _month_span(year, 1, last)


def _first_months(m: re.Match[str], doc: Document) -> tuple[str, float]:
    """Label for "the first N months (or half) of YEAR / this year", "the second half"."""
    g = m.group
    rel = "last" if g("fback") else g("frel")
    year = _which_year(g("fy"), rel, doc)
    nm = g("nm") or "6"
    months = word_count(nm)
    if year is None or not 1 <= months <= 12 or (g("second") and not g("half")):
        return "", 0.0
    first, last = (7, 12) if g("second") else (1, months)
    if (rel == "the" and doc.published is not None and doc.published.year == year
            and doc.published.month - first < (last - first + 1) / 2):
        # "the first six months of the year" in a January story: the year just ended, whose
        # figures are all in, not a span barely begun ("of this year" says which it means)
        year -= 1
    return _month_span(year, first, last)


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}


def _quarter(m: re.Match[str], doc: Document) -> tuple[str, float]:
    """Label for "the first quarter (of 2025 / of the year)" and "Q1 2025"."""
    g = m.group
    q = int(g("qd")) if g("qd") else _QUARTERS[(g("qn") or g("ql")).lower()]
    return _quarter_span(q, (g("qy") or g("qdy"), "last" if g("qback") else g("qrel")), doc)


def _fiscal_quarter(m: re.Match[str], doc: Document) -> tuple[str, float]:
    """"FY26 Q1": the first three months of the fiscal year ending in 2026, which start in
    July or October as the story says (October for a federal "FFY"); a calendar quarter of
    that year when the story does not say."""
    g = m.group
    digits = g("fqy") or g("fqy2")
    year = int(digits) + (2000 if len(digits) == 2 else 0)
    q = int(g("fqn") or g("fqn2"))
    start = 10 if (g("fqf") or g("fqf2")) else _fiscal_start(doc)
    if start is None:
        return _quarter_span(q, (str(year), None), doc)
    first = _months_forward(date(year - 1, start, 1), 3 * (q - 1))
    last = _months_forward(first, 2)
    end = calendar.monthrange(last.year, last.month)[1]
    return (f"{first.isoformat()}/{last.year}-{last.month:02d}-{end:02d}",
            last.year + last.month / 100)


_QUARTER_NAMED = re.compile(r"\b(?:quarter|trimester)(?:\s+of\s+((?:19|20)\d\d))?")


def _quarter_span(q: int, stated: tuple[str | None, str | None] | None, doc: Document,
                  ) -> tuple[str, float]:
    """Quarter q of the stated year (year, "this"/"last"), else the latest one that ended
    before publication ("the first quarter", published on March 15, is last year's)."""
    year_text, rel = stated or (None, None)
    year = _which_year(year_text, rel, doc)
    if year is None:
        return "", 0.0
    p = doc.published
    if p and not (year_text or rel):
        end = date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
        year -= 1 if end >= p else 0
    return _month_span(year, 3 * q - 2, 3 * q)


# A story that counts fiscal years from July ("the fiscal year that ended June 30", "2024-25").
_JULY_FISCAL = re.compile(
    # "fiscal year 2025, which ended June 30"
    r"(?:fiscal|budget)\s+year(?:\s+(?:19|20)\d\d)?,?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|runs|ran|closed|closes)\s+"
    r"(?:on\s+|through\s+|in\s+|at\s+the\s+end\s+of\s+|the\s+30\s+of\s+)?June\b|"
    r"(?:fiscal|budget)\s+year,?\s+(?:that\s+|which\s+)?(?:runs|ran|running|began|begins|started)\s+"
    r"(?:from\s+|on\s+)?July\s+1\b|"
    # "the fiscal year 2025 of the county, which went from the 1 of July of 2024" (from Spanish)
    r"(?:fiscal|budget)\s+year\b[^.;]{0,40}?\b(?:went|goes|runs|ran)\s+from\s+the\s+1\s+of\s+July\b|\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\s*[-–/]\s*\d\d|(?:19|20)\d\d\s*[-–/]\s*\d\d\s+"
    r"(?:fiscal|budget)\s+year|\b(?:from|between)\s+July\s+(?:19|20)\d\d\s+(?:through|to|and)\s+June\b|"
    r"\bJuly\s+1,\s*(?:19|20)\d\d\s*[-–—]\s*June\s+30\b|\bfiscal\s+year\s*\(\s*July\b|"
    r"\bfiscal\s+year\s+(?:19|20)\d\d\s*[—–(]+\s*July\b|"
    r"\b(?:12|twelve)\s+months\s+(?:that\s+)?(?:ended|ending)\s+June\s+30|"
    r"\bfiscal\s+year\s+(?:19|20)\d\d,?\s+which\s+ran\s+from\s+July|"
    r"\bJune\s+30,\s+the\s+last\s+(?:(?:\w+\s+)?days?|quarter|month)\s+of\s+the\s+"
    r"(?:fiscal|budget)\s+year\b", re.I)
# A story that counts fiscal years from October ("the fiscal year that ended Sept. 30",
# "the budget year runs from Oct. 1 to Sept. 30", "last fiscal year, which closed at the end
# of September", the federal fiscal year).
_OCTOBER_FISCAL = re.compile(
    r"(?:fiscal|budget)\s+year(?:\s+(?:19|20)\d\d)?,?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|runs|ran|closed|closes|concluded)"
    r"\s+(?:on\s+|through\s+|at\s+the\s+end\s+of\s+|in\s+|the\s+(?:past\s+)?30\s+of\s+)?Sept(?:\.|ember)?\b|"
    r"(?:fiscal|budget)\s+year,?\s+(?:that\s+|which\s+)?(?:runs|ran|running|began|begins|started)\s+"
    r"(?:from\s+|on\s+)?Oct(?:\.|ober)?\s+1\b|"
    r"\bfederal\s+fiscal\s+year\b|\bfiscal\s+year\s+federal\b|\bFFY\s?(?:19|20)\d\d\b|"
    # "on Sept. 29 and Sept. 30, the last two days of the fiscal year"
    # "between July 1 and Sept. 30, the last quarter of the fiscal year"
    r"\bSept(?:\.|ember)?\s+30,\s+the\s+last\s+(?:(?:\w+\s+)?days?|quarter|month)\s+of\s+the\s+"
    r"(?:fiscal|budget)\s+year\b|"
    # "the federal government's 2025 fiscal year", "federal fiscal 2025"
    r"\bfederal\s+(?:government['’]s\s+)?(?:(?:19|20)\d\d\s+fiscal\s+year|fiscal\s+(?:year\s+)?(?:19|20)\d\d)\b|"
    # "from October 2024 through September 2025"
    r"\bOct(?:\.|ober)?\s+(?:1,\s+)?(?:19|20)\d\d,?\s+(?:through|to|until|[-–])\s+"
    r"Sept(?:\.|ember)?\s+(?:30,\s+)?(?:19|20)\d\d\b", re.I)
# "between July 1, 2024, and June 30, 2025": a whole budget year by its days, in a story that
# speaks of fiscal years
_YEAR_OF_DAYS = re.compile(
    r"\b(?P<start>July|Oct(?:\.|ober)?)\s+1,\s*(?:19|20)\d\d,?\s+(?:and|through|to|until)\s+"
    r"(?P<end>June|Sept(?:\.|ember)?)\s+30\b", re.I)
_FISCAL_WORD = re.compile(r"\bfiscal\b", re.I)
_MONTH_LABEL = re.compile(r"\d{4}-\d\d")


def _fiscal_start(doc: Document) -> int | None:
    """The month the story's fiscal years start in (7 or 10), when the story says."""
    return _fiscal_start_of(doc.text)


@lru_cache(maxsize=8)
def _fiscal_start_of(text: str) -> int | None:
    if _JULY_FISCAL.search(text):
        return 7
    if _OCTOBER_FISCAL.search(text):
        return 10
    days = _YEAR_OF_DAYS.search(text) if _FISCAL_WORD.search(text) else None
    if days and days.group("start")[0].upper() == "J" and days.group("end")[0].upper() == "J":
        return 7
    if days and days.group("start")[0].upper() == "O" and days.group("end")[0].upper() == "S":
        return 10
    return None


def _fiscal_year(end_year: int, start_month: int) -> tuple[str, float]:
    """(label, rank) of the fiscal year ending in end_year that starts in start_month."""
    last = start_month - 1
    end_day = calendar.monthrange(end_year, last)[1]
    return (f"{end_year - 1}-{start_month:02d}-01/{end_year}-{last:02d}-{end_day:02d}",
            end_year + last / 100)
_RANGE_LABEL = re.compile(r"(\d{4})(-\d\d-\d\d)/(\d{4})(-\d\d-\d\d)")


def word_count(word: str) -> int:
    """"12" or "twelve" -> 12."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _ending(m: re.Match[str], doc: Document) -> tuple[str, float]:
    """A span that ends on a stated day: a fiscal year (12 months) or "the N months ending"."""
    g = m.group
    month = _month(g("em"))
    day = int(g("ed")) if g("ed") else 31  # "at the end of June": the month's last day
    months = word_count(g("en")) if g("en") else 12
    if g("ey"):
        year = int(g("ey"))
    elif doc.published:
        p = doc.published
        year = p.year if (month, day) <= (p.month, p.day) else p.year - 1
    else:
        return "", 0.0
    if not g("ed"):
        day = calendar.monthrange(year, month)[1]
    if not 1 <= months <= 24 or day > calendar.monthrange(year, month)[1]:
        return "", 0.0
    end = date(year, month, day)
    if day == calendar.monthrange(year, month)[1]:  # whole months: "ending June 30"
        first = _months_back(date(year, month, 1), months - 1)
    else:
        first = _months_back(end, months) + timedelta(days=1)
    return f"{first.isoformat()}/{end.isoformat()}", year + month / 100


def _months_back(day: date, months: int) -> date:
    """The same day of the month, months earlier (clamped to the month's length)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def _past_months(months: int, doc: Document) -> tuple[str, float]:
    """"The past 12 months": from the same day N months before publication to publication."""
    p = doc.published
    if p is None or not 1 <= months <= 24:
        return "", 0.0
    return f"{_months_back(p, months).isoformat()}/{p.isoformat()}", p.year + p.month / 100


_YEAR_BACK = re.compile(rf"\b(?:a|one)\s+(?:year|{SEASON})\s+(?:earlier|before|ago)\b"
                        rf"|\b(?:the\s+(?:year|{SEASON})\s+before|last\s+year|"
                        r"the\s+(?:previous|prior)\s+year)\b", re.I)


_PART_OF_YEAR = re.compile(r"[,;]\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|those)\s+$",
                           re.I)


def _in_year(label: str, rank: float, year: int) -> tuple[str, float]:
    """A label within one year moved to another year ("2025-05-01/2025-08-31" into 2024)."""
    years = set(re.findall(r"(?<!\d)(\d{4})(?=-)", label))
    if len(years) != 1:
        return label, rank
    old = int(years.pop())
    return label.replace(f"{old}-", f"{year}-"), rank + year - old


_IN_RELATIVE = re.compile(r",\s*(?:which|that|who)\b[^,.;]*$")


def _as_long(phrase: str, anchor: str | None) -> bool:
    """Whether "the same three months" is as long as the anchor period it points back to."""
    words = re.search(rf"\b({WORD_NUM})\s+months\b", phrase, re.I)
    span = label_span(anchor) if anchor else None
    if words is None or span is None:
        return True
    return span_months(span) == word_count(words.group(1))


def _same_first_months(phrase: str, anchor: str, year: str | None) -> tuple[str, float]:
    """"up from 21 over the same eight months of 2024" beside the eighth month's figure: that
    year's first eight months; no label for any other anchor."""
    words = re.search(rf"\b({WORD_NUM})\s+months\b", phrase, re.I)
    n = word_count(words.group(1)) if words else 0
    if not (_MONTH_LABEL.fullmatch(anchor) and int(anchor[5:]) == n):
        return "", 0.0
    return _month_span(int(year) if year else int(anchor[:4]) - 1, 1, n)


def span_months(span: tuple[date, date]) -> int:
    """How many calendar months a span of days touches."""
    return (span[1].year - span[0].year) * 12 + span[1].month - span[0].month + 1


def _same_period(anchor: str | None, year: str | None) -> tuple[str, float]:
    """The anchor period a year earlier, or in the year named; no label without an anchor."""
    return year_earlier(anchor, year) if anchor else ("", 0.0)


def year_earlier(anchor: str, year: str | None = None) -> tuple[str, float]:
    """(label, rank) of a period ("2025", "2025-03", a range) a year back, or in year."""
    if re.fullmatch(r"\d{4}", anchor):
        y = int(year) if year else int(anchor) - 1
        return str(y), float(y)
    if _MONTH_LABEL.fullmatch(anchor):
        y = int(year) if year else int(anchor[:4]) - 1
        return f"{y}-{anchor[5:]}", y + int(anchor[5:]) / 100
    m = _RANGE_LABEL.fullmatch(anchor)
    if not m:
        return "", 0.0
    shift = int(year) - int(m.group(3)) if year else -1
    y1, y2 = int(m.group(1)) + shift, int(m.group(3)) + shift
    if m.group(2) == "-02-29":
        return "", 0.0  # a leap day has no twin a year away
    end = m.group(4)
    if end in ("-02-28", "-02-29"):  # the end of February is its last day in either year
        end = f"-02-{calendar.monthrange(y2, 2)[1]}"
    return f"{y1}{m.group(2)}/{y2}{end}", y2 + int(end[1:3]) / 100


def _weekday_span(first: str, last: str, doc: Document) -> tuple[str, float]:
    """"between Monday and Wednesday": the latest such span ending on or before publication."""
    if doc.published is None:
        return "", 0.0
    start_day, end_day = _WEEKDAYS.index(first.lower()), _WEEKDAYS.index(last.lower())
    end = doc.published - timedelta(days=(doc.published.weekday() - end_day) % 7)
    start = end - timedelta(days=(end_day - start_day) % 7)
    if start == end:
        return "", 0.0
    return f"{start.isoformat()}/{end.isoformat()}", end.year + end.month / 100


def _day_first_range(m: re.Match[str], doc: Document) -> tuple[str, float]:
    """"Between 1 July and 30 September (of last year)"."""
    year = m.group("df_fy2") or m.group("df_fy1")
    if m.group("df_rel") and doc.published:  # "... and 30 September of last year"
        year = str(doc.published.year - (m.group("df_rel") == "last"))
    label, rank = _day_span(_month(m.group("df_fm1")), int(m.group("df_fd1")), m.group("df_fy1"),
                            _month(m.group("df_fm2")), int(m.group("df_fd2")), year, doc)
    try:  # not "Between 1 June and 31 September"
        for day in label.split("/"):
            date.fromisoformat(day)
    except ValueError:
        return "", 0.0
    return label, rank


def _day_span(m1: int, d1: int, dy1: str | None, m2: int, d2: int, dy2: str | None,
              doc: Document, hinted: int | None = None) -> tuple[str, float]:
    """The span between two days; without a year, the latest one ended by publication."""
    y2 = int(dy2 or dy1 or (doc.published.year if doc.published else hinted or 0))
    if not dy2 and dy1 and (m2, d2) < (m1, d1):
        y2 += 1  # "from July 1, 2024, through June 30" ends the next year
    elif not (dy1 or dy2) and doc.published and (m2, d2) > (doc.published.month,
                                                            doc.published.day):
        y2 -= 1  # an undated span cannot end after the story: the latest one before it
    y1 = int(dy1 or (y2 if (m1, d1) <= (m2, d2) else y2 - 1))
    if not y2:
        return "", 0.0
    return f"{y1}-{m1:02d}-{d1:02d}/{y2}-{m2:02d}-{d2:02d}", y2 + m2 / 100


# "has handed 20 people to ICE in August and September", "so far": a stretch still running
_STILL_RUNNING = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:handed|turned|transferred|released|sent|delivered)\b"
    r"|\bso\s+far\b|\bthis\s+year\b|\bto\s+date\b", re.I)


def _resolve(
    m: re.Match[str], doc: Document, hints: dict[int, int], anchor: str | None = None
) -> tuple[str, float]:
    g = m.group
    if g("thru"):
        return _through_month(m, doc)
    if g("ythru"):  # "In 2024, through January" is January; "..., through December" the year
        year, last = int(g("yty")), _month(g("ytm"))
        if g("ytday"):
            day = min(int(g("ytday")), calendar.monthrange(year, last)[1])
            return f"{year}-01-01/{year}-{last:02d}-{day:02d}", year + last / 100
        return (f"{year}-01", year + 0.01) if last == 1 else (
            (str(year), float(year)) if last == 12 else _month_span(year, 1, last))
    if g("relrange"):
        return _range_from_last_year(m, doc)
    if g("firstn"):
        return _first_months(m, doc)
    if g("firstdays"):
        mth, days = _month(g("fdm")), word_count(g("fdn"))
        year = int(g("fdy") or _month_label(mth, doc, hints)[0][:4].replace("XXXX", "0"))
        if not year or not 1 <= days <= calendar.monthrange(year, mth)[1]:
            return "", 0.0
        return f"{year}-{mth:02d}-01/{year}-{mth:02d}-{days:02d}", year + mth / 100
    if g("quarter"):
        return _quarter(m, doc)
    if g("qell"):
        named = list(_QUARTER_NAMED.finditer(m.string, 0, m.start()))
        if not named:
            return "", 0.0  # "in the second" names a quarter only after one was named
        # "52 in the first quarter of 2025, 71 in the second": the same year as that one
        return _quarter_span(_QUARTERS[g("qe").lower()], (named[-1].group(1), None), doc)
    if g("ending"):
        return _ending(m, doc)
    if g("monthnum"):
        return _numbered_months(m, doc, hints)
    if g("bareyy"):
        y1, start = int(g("by1")), _fiscal_start(doc)
        if start is None or int(g("by2")) != (y1 + 1) % 100:
            return "", 0.0  # a season or a school year, not a budget year
        return _fiscal_year(y1 + 1, start)
    if g("fiscal"):
        y1 = int(g("fy1") or g("fy3"))
        return f"{y1}-07-01/{y1 + 1}-06-30", y1 + 1 + 0.06
    if g("lfy"):  # "the previous fiscal year, which ended June 30, 2025"
        end_month = _month(g("lfm"))
        if end_month == 12:  # a fiscal year ending in December is the calendar year
            return g("lfy"), float(g("lfy"))
        return _fiscal_year(int(g("lfy")), end_month + 1)
    if g("lastfy"):
        p, start = doc.published, _fiscal_start(doc)
        if p is None or start is None:
            return "", 0.0
        end = p.year if p.month >= start else p.year - 1  # the latest one ended before the story
        end -= 1 if g("prevfy") else 0  # the one before the year just reported
        return _fiscal_year(end, start)
    if g("fyq"):
        return _fiscal_quarter(m, doc)
    if g("fiscal2d"):
        start = 10 if g("fyf") else _fiscal_start(doc)
        year = 2000 + int(g("fy2d"))
        return _fiscal_year(year, start) if start else (str(year), float(year))
    if g("fiscal2") or g("fiscal1"):
        year = int(g("fy5") or g("fy4"))
        start = 10 if (g("fe") or "").lower().startswith("sep") else (
            7 if g("fe") else _fiscal_start(doc))
        return _fiscal_year(year, start) if start else (str(year), float(year))
    if g("lastn") and g("lspan"):  # "the last three months of that span"
        span = label_span(anchor) if anchor else None
        months = word_count(g("ln"))
        if span is None or not 1 <= months <= 12:
            return "", 0.0
        first = _months_forward(date(span[1].year, span[1].month, 1), 1 - months)
        return f"{first.isoformat()}/{span[1].isoformat()}", span[1].year + span[1].month / 100
    if g("lastn"):
        return _last_months(m, doc)
    if g("before"):
        months = word_count(g("bn"))
        if not anchor:
            return "", 0.0
        return year_earlier(anchor) if months == 12 else months_earlier(anchor, months)
    if g("holidays"):
        return _holiday_span(g("h1"), g("h2"), doc)
    if g("fyhalf"):
        # a state's budget year starts in July unless the story says otherwise (46 states do)
        start = _fiscal_start(doc) or (7 if "state" in m.group(0).lower() else None)
        if start is None:
            return "", 0.0
        end_year = int(g("fhy") or g("fhy2"))
        first = date(end_year - 1, start, 1) if g("fh").lower() == "first" else _months_forward(
            date(end_year - 1, start, 1), 6)
        final_day = _months_forward(first, 6) - timedelta(days=1)
        rank = final_day.year + final_day.month / 100
        return f"{first.isoformat()}/{final_day.isoformat()}", rank
    if g("mspan") and g("msy"):
        m1, m2 = _month(g("ms1")), _month(g("ms2"))
        return _month_span(int(g("msy")), m1, m2) if m2 > m1 else ("", 0.0)
    if g("mpair") or g("mspan"):
        m1, m2 = _month(g("mp1") or g("ms1")), _month(g("mp2") or g("ms2"))
        middle = _month(g("mpm")) if g("mpm") else None
        if m2 <= m1 or (g("mpair") and m2 != m1 + (2 if middle else 1)) or (
                middle and middle != m1 + 1):
            return "", 0.0
        year = int(_month_label(m2, doc, hints)[0][:4].replace("XXXX", "0"))
        if g("mpy"):
            year = int(g("mpy"))
        elif g("mprel") and doc.published:
            year = doc.published.year - (g("mprel").lower() == "last")
        elif (doc.published and m2 not in hints and year == doc.published.year
              and date(year, m2, calendar.monthrange(year, m2)[1]) > doc.published
              and not _STILL_RUNNING.search(m.string)):
            year -= 1  # a span still running at publication is last year's, unless "so far"
        if not year:
            return "", 0.0
        return _month_span(year, m1, m2)
    if g("past"):
        return _past_months(word_count(g("pn")), doc)
    if g("monthrel"):
        if doc.published is None:
            return "", 0.0
        year = doc.published.year - (0 if (g("mrel") or "").lower() == "this" else 1)
        mth = _month(g("mr"))
        return f"{year}-{mth:02d}", year + mth / 100
    if g("same"):
        back = _YEAR_BACK.search(m.string, 0, m.start())
        if g("samebare") is not None and (
                not back or _IN_RELATIVE.search(m.string, 0, back.start())
                or not _as_long(m.group("same"), anchor)):
            # (nor "Its new annex, which opened a year ago, released 11 in the same months")
            return "", 0.0  # "In the same three months, ICE lodged 31 detainers": no year back
        if anchor and "/" not in anchor and not _as_long(m.group("same"), anchor):
            # "the same eight months of 2024" beside August's figure; nothing beside a year's
            return _same_first_months(m.group("same"), anchor, g("sy") or g("sy2"))
        return _same_period(anchor, g("sy") or g("sy2"))
    if g("yrange"):
        return f"{g('y1')}-01-01/{g('y2')}-12-31", float(g("y2"))
    if g("dashrange"):
        m1, m2 = _month(g("m1d")), _month(g("m2d"))
        y2 = int(g("y2d"))
        return (f"{g('y1d')}-{m1:02d}-{int(g('d1d')):02d}/{y2}-{m2:02d}-{int(g('d2d')):02d}",
                y2 + m2 / 100)
    if g("wdrange"):
        return _weekday_span(g("wd1"), g("wd2"), doc)
    if g("dfrange"):
        return _day_first_range(m, doc)
    if g("numrange"):
        if not (1 <= int(g("nm1")) <= 12 and 1 <= int(g("nm2")) <= 12):
            return "", 0.0
        return _day_span(int(g("nm1")), int(g("nd1")), g("ny1"), int(g("nm2")), int(g("nd2")),
                         g("ny2"), doc)
    if g("dshort"):
        if int(g("ds2")) <= int(g("ds1")):
            return "", 0.0
        month = _month(g("dsm"))
        return _day_span(month, int(g("ds1")), g("dsy"), month, int(g("ds2")), g("dsy"), doc,
                         hints.get(month))
    if g("drange"):
        m2 = _month(g("m2") or g("m2e"))
        hinted = hints.get(m2) or hints.get(_month(g("m1")))
        # "the end of February" is read as the 28th first, then as the month's last day
        label, rank = _day_span(_month(g("m1")), int(g("d1")), g("dy1"), m2,
                                int(g("d2") or 28), g("dy2"), doc, hinted)
        if label and g("m2e"):
            label = f"{label[:-2]}{calendar.monthrange(int(label[-10:-6]), m2)[1]:02d}"
        return label, rank
    if g("myrange"):
        m1, m2 = _month(g("m7")), _month(g("m8"))
        y2 = int(g("y9") or _month_label(m2, doc, hints)[0][:4].replace("XXXX", "0"))
        if g("myrel") and not g("myrel").startswith("this") and doc.published:
            y2 = doc.published.year - 1  # "between February and April of the past year"
        if not y2:
            return "", 0.0
        y1 = int(g("y8") or (y2 if m1 <= m2 else y2 - 1))
        last = calendar.monthrange(y2, m2)[1]
        return f"{y1}-{m1:02d}-01/{y2}-{m2:02d}-{last:02d}", y2 + m2 / 100
    if g("mrange"):
        y, m1, m2 = int(g("y3")), _month(g("m3")), _month(g("m4"))
        last = calendar.monthrange(y, m2)[1]
        return f"{y}-{m1:02d}-01/{y}-{m2:02d}-{last:02d}", y + m2 / 100
    if g("monthyear"):
        mth = _month(g("m5"))
        return f"{g('y5')}-{mth:02d}", int(g("y5")) + mth / 100
    if g("month"):
        return _month_label(_month(g("m6") or g("m6f")), doc, hints)
    if g("ytd"):
        mth = _month(g("m13"))
        if (g("ytdy") or g("ytdrel")) and (
                ytd_year := _which_year(g("ytdy"), (g("ytdrel") or "").lower(), doc)):
            return _month_span(ytd_year, 1, mth)
        label, _ = _month_label(mth, doc, hints)
        if label.startswith("XXXX"):
            return "", 0.0
        return _month_span(int(label[:4]), 1, mth)
    if g("y16"):
        return f"{g('y16')}-{_month(g('m16')):02d}", int(g("y16")) + _month(g("m16")) / 100
    if g("lead") or g("busiest") or g("m17"):
        return _month_label(_month(g("m12") or g("m14") or g("m16") or g("m17")), doc, hints)
    if g("sinceday"):
        mth = _month(g("m10") or g("m15"))
        since_year = g("y10") or g("y15")
        if since_year:
            return f"{since_year}-{mth:02d}", int(since_year) + mth / 100
        return _month_label(mth, doc, hints)
    if g("year"):
        return g("y7"), float(g("y7"))
    if g("season"):
        return _season(m, doc)
    if anchor and "/" in anchor and _YEAR_BEFORE.fullmatch(g("rel")):
        return year_earlier(anchor)  # "The year before" a fiscal year is the fiscal year before
    return _relative(g("rel"), g("ago"), doc)


_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def _season_span(season: str, year: int) -> tuple[date, date]:
    """The three months of a season starting in year (winter runs into the next year)."""
    first = date(year, _SEASON_START[season], 1)
    after = _months_forward(first, 3)
    return first, after - timedelta(days=1)


def _season(m: re.Match[str], doc: Document) -> tuple[str, float]:
    """Label for "this summer", "last spring", "the summer of 2024" (meteorological seasons).

    "this" is the season of the story's year, once begun; "last" the one a year before it;
    "this past" or "the past" the latest one ended. A winter named by a year is unclear.
    """
    if m.group("sny"):
        season = m.group("sn2").lower()
        if season == "winter":
            return "", 0.0
        first, last = _season_span(season, int(m.group("sny")))
    else:
        p, season, rel = doc.published, m.group("sn").lower(), m.group("srel").lower()
        if p is None:
            return "", 0.0
        year = p.year - 1 if season == "winter" and p.month < 3 else p.year
        first, last = _season_span(season, year)
        if first > p or (("past" in rel) and last >= p):
            if rel == "this":
                return "", 0.0  # a season still to come
            first, last = _season_span(season, year - 1)
        elif rel == "last":
            first, last = _season_span(season, year - 1)
    return f"{first.isoformat()}/{last.isoformat()}", last.year + last.month / 100


def _year_long(label: str) -> bool:
    """True for a range of about a year ("2024-10-01/2025-09-30"), as fiscal years are."""
    span = label_span(label)
    return span is not None and (span[1] - span[0]).days >= 360


_YEAR_BEFORE = re.compile(r"the\s+year\s+(?:prior|before)|the\s+(?:previous|prior)\s+year", re.I)


def _last_months(m: re.Match[str], doc: Document) -> tuple[str, float]:
    """Label for "the last N months of 2025 / of the year" (the year the sentence names, else
    the latest such months begun by publication)."""
    months = word_count(m.group("ln"))
    year = int(m.group("ly")) if m.group("ly") else _year_stated_before(m)
    if m.group("lrel") and doc.published:
        year = doc.published.year - (m.group("lrel").lower() == "last")
    elif year is None and doc.published:
        p = doc.published
        year = p.year if p.month >= 13 - months else p.year - 1
    if year is None or not 1 <= months <= 12:
        return "", 0.0
    return _month_span(year, 13 - months, 12)


def _year_stated_before(m: re.Match[str]) -> int | None:
    """The last year a sentence names before m ("in 2025, including 63 in the last ...")."""
    years = re.findall(rf"\b({YEAR})\b", m.string[: m.start()])
    return int(years[-1]) if years else None


def find_periods(
    text: str, doc: Document, hints: dict[int, int], anchor: str | None = None,
    *, seasons: bool = False,
) -> tuple[PeriodMention, ...]:
    """All time expressions in text (a sentence of doc), resolved against doc's date.

    anchor is the period reported last before text ("2025-03", a range), for "the same month
    a year ago" and "the same quarter last year". A season named without its year ("this
    summer") is read only with seasons: stories call July to September "this summer" too and
    then give the months, so it dates comparisons ("up from six last summer") but no counts.
    """
    out: list[PeriodMention] = []
    so_far: set[str] = set()
    local = _hint_phrases(text)
    for m in _period_matches(text):
        if m.group("sn") and not seasons:
            continue
        # A "May and June 2025" phrase dates the months it lists, not an earlier bare "August"
        # of the same sentence ("in August, three times the 74 of August 2024").
        here = {**hints, **{mth: yr for start, mth, yr, _ in local if start <= m.start()}}
        # "in the 12 months that ended in September, double the year before": the span just
        # named in the sentence is the one "the year before" steps back from
        stepped = bool(m.group("rel")) and bool(out) and _year_long(out[-1].label)
        # "30 from July through September, ... 11 in the same three months": that span
        stepped = stepped or (bool(m.group("same")) and anchor is None and bool(out))
        label, rank = _resolve(m, doc, here, out[-1].label if stepped else anchor)
        if label and out and _PART_OF_YEAR.match(text, out[-1].end, m.start()) and (
                re.fullmatch(r"\d{4}", out[-1].label) and not re.search(r"\d{4}", m.group(0))):
            # "40 in 2024, 12 of them between May and August": the months of that year
            label, rank = _in_year(label, rank, int(out[-1].label))
        if label:
            out.append(PeriodMention(m.start(), m.end(), label, rank))
            if m.group("ytd") and not (m.group("ytdy") or m.group("ytdrel")):
                so_far.add(label[:4])
    # "Through the end of August ... this year", "From Jan. 1 through June 30 of this year":
    # the year so far, not the whole year; not "... last year, and 41 in the first half".
    qualified = {q.end for q in out if _JAN_FIRST_SPAN.fullmatch(q.label)}
    return tuple(p for p in _without_restated(out, text) if not ("year" in text[p.start:p.end] and (
        p.label in so_far or any(end <= p.start and _OF_GAP.fullmatch(text[end:p.start])
                                 for end in qualified))))


@lru_cache(maxsize=2048)
def _period_matches(text: str) -> tuple[re.Match[str], ...]:
    """The time expressions of a sentence before resolution. The extractors ask for a
    sentence's periods several times; the pattern is large, so its matches are kept."""
    if "between" in text:
        # "between April 14, when the agreement took effect, and Sept. 30": the clause blanked
        text = _INSERTED_CLAUSE.sub(lambda c: c.group(1) + " " * len(c.group(2)), text)
    return tuple(_PERIOD.finditer(text))


_INSERTED_CLAUSE = re.compile(
    rf"(\bbetween\s+{MONTH}\.?\s+\d{{1,2}}(?:,\s*{YEAR})?)(,\s+(?:when|after|as|the\s+day)\b"
    rf"[^,;.]{{1,100}},)(?=\s+and\s+{MONTH})")


_JAN_FIRST_SPAN = re.compile(r"\d{4}-01-01/\d{4}-\d\d-\d\d")
# "the first quarter of the fiscal year (October through December)", "..., July through
# September 2024": the months that follow say which quarter it is
_RESTATED_GAP = re.compile(
    r"(?:\s+of\s+(?:the\s+|this\s+|last\s+|that\s+)?(?:fiscal|budget|state|federal)\s+year)?\s*")


_FISCAL = re.compile(r"\b(?:fiscal|budget|FY)", re.I)
_WHICH_RAN = re.compile(r",\s+(?:which|that)\s+(?:ran|runs|covered|covers|spanned|spans|lasted)\s+")


def _without_restated(periods: list[PeriodMention], text: str) -> list[PeriodMention]:
    """Periods with a span restated at once by the months it covers, in brackets or after a
    comma, read as one mention with the months' dates: they are the article's own reading of
    which span it meant."""
    out: list[PeriodMention] = []
    for p in periods:
        last = out[-1] if out else None
        if last is not None and "/" in p.label and (
                ("/" in last.label and text[p.start:p.start + 1] in "(,—–"
                 and _RESTATED_GAP.fullmatch(text, last.end, p.start))
                # "in fiscal 2025, which ran from July 1, 2024, through June 30, 2025"
                or (_FISCAL.search(text, last.start, last.end)
                    and _WHICH_RAN.fullmatch(text, last.end, p.start))):
            out[-1] = PeriodMention(last.start, p.end, p.label, p.rank)
        else:
            out.append(p)
    return out
_OF_GAP = re.compile(r"\s*(?:,\s*)?(?:of\s+)?")


def months_earlier(label: str, months: int) -> tuple[str, float]:
    """(label, rank) of a range of whole months that many months before; ("", 0) otherwise.

    "2026-07-01/2026-09-30" moved back 3 months is "2026-04-01/2026-06-30".
    """
    span = label_span(label)
    if span is None or span[0].day != 1:
        return "", 0.0
    start, end = span
    if (end + timedelta(days=1)).day != 1:
        return "", 0.0
    first = _months_back(start, months)
    last_month = _months_back(date(end.year, end.month, 1), months)
    last = date(last_month.year, last_month.month,
                calendar.monthrange(last_month.year, last_month.month)[1])
    return f"{first.isoformat()}/{last.isoformat()}", last.year + last.month / 100


def label_span(label: str) -> tuple[date, date] | None:
    """First and last day of a resolved label ("2025", "2025-03", a range); None if unknown."""
    try:
        if re.fullmatch(r"\d{4}", label):
            return date(int(label), 1, 1), date(int(label), 12, 31)
        if _MONTH_LABEL.fullmatch(label):
            y, mth = int(label[:4]), int(label[5:])
            return date(y, mth, 1), date(y, mth, calendar.monthrange(y, mth)[1])
        if "/" in label:
            a, b = label.split("/")
            return date.fromisoformat(a), date.fromisoformat(b)
    except ValueError:
        return None
    return None


def encloses(outer: str, inner: str) -> bool:
    """True when period outer strictly contains period inner."""
    a, b = label_span(outer), label_span(inner)
    return bool(a and b and a != b and a[0] <= b[0] and b[1] <= a[1])


def _months_forward(day: date, months: int) -> date:
    """The first of the month that many months after day's month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _holiday(name: str, year: int) -> date | None:
    """The date of a US holiday in a year (the fixed ones and the Monday/Thursday ones)."""
    low = " ".join(name.lower().split())
    if low.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)  # fourth Thursday
    if low.startswith("christmas"):
        return date(year, 12, 24 if low.endswith("eve") else 25)
    if low.startswith("new year"):
        return date(year, 12, 31) if low.endswith("eve") else date(year, 1, 1)
    if "july" in low or low.startswith("independence"):
        return date(year, 7, 4)
    if low.startswith("labor"):
        first = date(year, 9, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7)  # first Monday
    if low == "halloween":
        return date(year, 10, 31)
    if low.startswith("memorial"):
        last = date(year, 5, 31)
        return last - timedelta(days=last.weekday())  # last Monday
    return None


def _holiday_span(start_name: str, end_name: str, doc: Document) -> tuple[str, float]:
    """"between Thanksgiving and New Year's Day": the latest such span ended by publication."""
    p = doc.published
    if p is None:
        return "", 0.0
    for year in (p.year, p.year - 1):
        end = _holiday(end_name, year)
        if end is None or end > p:
            continue
        start = _holiday(start_name, year)
        if start is not None and start > end:
            start = _holiday(start_name, year - 1)
        if start is not None:
            return f"{start.isoformat()}/{end.isoformat()}", end.year + end.month / 100
    return "", 0.0

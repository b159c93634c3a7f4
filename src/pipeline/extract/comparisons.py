"""Comparison figures ("up from 31 the year before", "compared with 57 in 2022") as baselines."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.counts import Candidate, noun_kind, zeros
from pipeline.extract.document import Document, Sentence
from pipeline.extract.numbers import NumberMention, find_numbers
from pipeline.extract.periods import (
    SEASON,
    PeriodMention,
    encloses,
    find_periods,
    label_span,
    month_year_hints,
    months_earlier,
    span_months,
    word_count,
    year_earlier,
)

# Words right before a number that make it the earlier figure of a comparison.
_CUE = re.compile(
    r"(?:\b(?:up|down|rising|falling|rose|fell|climbed|dropped|jumped|increased|decreased"
    # "a sharp rise from about 30 the year before"
    r"|an?\s+(?:\w+\s+)?(?:rise|increase|jump|climb|drop|decline|fall|dip))"
    # "nearly four times as many as the 38 in the previous 12 months"
    r"\s+from|\bcompar\w*\s+(?:with|to)|\b(?:(?:three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"times\s+as\s+many\s+as)|\b(?:double|triple|twice|half|three\s+times)"
    # "almost the double of the sixty-four of 2024" (in English from Spanish)
    # (not "the detainer count for the whole year was 190")
    r"(?:\s+of|\s+than)?(?:\s+the)?|\bversus|\bvs\.|(?<!detainer\s)(?<!booking\s)(?<!arrest\s)"
    r"(?<!population\s)\b(?:number|figure|total|count|tally)"
    # "In the fiscal year 2025 the figure had been of forty and one"
    # "Last year's number for the whole year was 14"
    r"(?:\s+for\s+(?:19|20)\d\d|\s+for\s+the\s+(?:whole|full|entire)\s+year)?"
    r"\s+(?:was|stood\s+at|had\s+been(?:\s+of)?))"
    r"\s+(?:the\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+|a\s+little\s+|just\s+|slightly\s+)?$"
    # "In all of 2019, 457." gives the year first and the figure bare.
    r"|\b[Ii]n\s+all\s+of\s+(?:19|20)\d\d,?\s+(?:there\s+were\s+|it\s+was\s+)?$"
    # "double the 2023 figure of 60", "the department's 2019 figure of 212", "last year's total
    # of 61"
    r"|\b(?:(?:19|20)\d\d(?:-\d\d)?|last\s+year['’]s)\s+(?:figure|total|count|number|tally)\s+of\s+$"
    # "The previous monthly high was 16, in October 2025"
    r"|\b(?:previous|prior|old)\s+(?:(?:monthly|annual|yearly|quarterly|one-month|single-month)\s+)?"
    r"(?:high|record|peak|low)\s+(?:was|of)\s+$"
    # "three times as many as in the same quarter of 2025, when it released 12"
    # "four times the number from the same three months of 2024, when the office turned four
    # people over"
    r"|\b(?:as\s+many\s+as|times\s+the\s+(?:number|figure|total|count)\s+(?:from|for|of))\s+"
    r"(?:in\s+)?[^,;]{1,50},\s+when\s+(?:it|the\s+\w+|they)\s+(?:released|"
    r"transferred|handed(?:\s+over)?|turned(?:\s+over)?|sent|delivered)\s+$"
    # "more than twice as many as the year before, when six people were transferred",
    # "almost double the year before, when about 20 people were transferred"
    r"|\b(?:as\s+many\s+as|(?:double|twice|triple)\s+(?=as\s+many\b|the\b))(?:as\s+many\s+as\s+)?"
    r"(?:in\s+)?[^,;]{1,50},\s+when\s+$"
    # "no records for 2023, when it reported seven transfers"
    r"|\bfor\s+(?:19|20)\d\d,\s+when\s+(?:it|they|the\s+(?:office|jail|department|sheriff))\s+"
    r"(?:reported|recorded|counted|logged|transferred|released|handed\s+over|turned\s+over)\s+$"
    # "two-thirds of the nine people the jail turned over during all of last year"
    r"|\b(?:that['’]s|that\s+is|which\s+is|it['’]s)\s+(?:about\s+|roughly\s+|nearly\s+)?"
    r"(?:two|three|four)-(?:thirds|quarters|fifths)\s+of\s+(?:the\s+)?$"
    # "The year before, the center handed two people to ICE"
    rf"|^(?:(?:The|A)\s+(?:year|month|quarter|{SEASON})\s+(?:before|earlier|prior)"
    rf"|The\s+(?:previous|prior)\s+{SEASON}),\s+(?:[^.;]{{0,60}}?\b(?:handed|"
    r"turned|transferred|delivered|gave)\s+(?:over\s+)?)?$"
    # "Last spring it was 11."
    rf"|^Last\s+{SEASON},?\s+(?:it|that|the\s+(?:number|figure|count|total))\s+(?:was|stood\s+at)\s+$"
    # "Last year, before the agreement, 22 people were transferred"
    r"|\bbefore\s+the\s+(?:agreement|program|partnership|policy|law|ordinance|change)"
    r"(?:\s+took\s+effect)?,\s+(?:there\s+were\s+)?$"
    # "184 in 2025, against 97 in all of 2024"
    r"|,\s+against\s+(?:the\s+)?(?:about\s+|roughly\s+|nearly\s+)?$"
    r"|\b(?:ahead\s+of|behind|above|below|short\s+of|far\s+from|approaching|nearing|"
    r"surpassing|exceeding|"
    r"topping|passing)\s+(?:the\s+)?$"
    # "65% more than the 281 it handed over in 2024": "than the" makes it a comparison
    r"|\b(?:more|fewer|less|higher|lower)\s+than\s+the\s+$"
    # "The year before it was 52": the period says it is the earlier figure
    r"|\b(?:it|that)\s+was\s+$"
    # "..., almost three times more than in the same month of the past year, when they were
    # four" (in English from Spanish)
    r"|\bwhen\s+(?:they|there)\s+were\s+$|\bwhen\s+the\s+(?:figure|number)\s+was\s+(?:of\s+)?$"
    # "The figure of February is inferior to that of January, when the Police delivered more
    # of thirty persons" (in English from Spanish)
    r"|\b(?:inferior|superior|higher|lower|greater|smaller|less|more)\s+(?:to|than)\s+(?:that|those)"
    r"\s+of\s+[^,;]{1,40},\s+when\s+[^,;]{0,60}?\b(?:delivered|handed|transferred|released|sent|"
    r"gave|turned)\s+(?:over\s+)?(?:to\s+ICE\s+)?$"
    # "a change after a 2024 in which the deliveries were only two"
    r"|\b(?:19|20)\d\d\s+in\s+which\s+(?:the\s+\w+\s+)?(?:were|was)\s+(?:only\s+|just\s+)?$"
    # "By comparison, six people were released from the jail to ICE in all of January"
    r"|\b(?:by|for)\s+comparison,\s+(?:[^;]{0,80}?\b(?:showed|shows|was|were|had|transferred|"
    r"released|handed|turned\s+over|delivered|gave|sent)\s+)?$",
    re.I,
)
# Cheap test that a sentence may hold a cue, before numbers are looked for in it.
_CUE_WORD = re.compile(
    r"from|compar|double|triple|twice|half|times|versus|vs\.|was|stood|all\s+of|figure|total|"
    r"count|number|tally|ahead|behind|above|below|short|approach|near|surpass|exceed|top|pass|"
    r"comparison|when|inferior|superior|against|previous|prior|before|earlier", re.I)
# Periods stated against the reported one rather than the calendar: "a year earlier".
_BACK = re.compile(
    r"\b(?:(?:a|one)\s+(?P<u1>year|month)\s+(?:earlier|before|ago|prior)"
    r"|the\s+(?P<u2>year|month)\s+(?:before|prior|earlier)"
    r"|the\s+(?:previous|prior|preceding)\s+(?P<fy>fiscal\s+|budget\s+)?(?P<u3>year|month)\b"
    # "up from 48 the budget year before"
    r"|the\s+(?P<fy2>fiscal|budget)\s+year\s+(?:before|prior|earlier|previous)"
    r"|(?:the\s+)?(?:12|twelve)\s+months\s+(?:before|prior|earlier)(?:\s+(?:that|then))?"
    r"|the\s+(?:previous|prior|preceding)\s+(?:12|twelve)[-\s]month\s+(?:period|stretch|span)"
    # "up from 88 in the previous 12 months", "the prior three months"
    r"|the\s+(?:previous|prior|preceding)\s+(?P<pn>two|three|four|five|six|twelve|2|3|4|5|6|12)"
    r"\s+months"
    # "Over the three months before that": the reported span, moved back by its own length
    r"|(?:the\s+)?(?P<bn>two|three|four|five|six|2|3|4|5|6)\s+months\s+(?:before|prior\s+to)\s+(?:that|then)"
    # "the same month of the past year" (in English from Spanish)
    r"|(?:the|that)\s+same\s+(?:\w+\s+)?(?:period|months?|time|quarter|weeks?)\s+"
    r"(?:a|one|last|the\s+previous|of\s+(?:the\s+)?(?:past|previous|last))\s+year"
    r"(?:\s+(?:ago|earlier|before))?)",
    re.I,
)
_YEAR_RIGHT_AFTER = re.compile(
    r"\s+(?:people\s+|transfers\s+)?(?:in|during)\s+(?:all\s+of\s+)?(?:calendar\s+)?((?:19|20)\d\d)\b(?!-)")
_CLAUSE_END = re.compile(r"[;.!?]|,\s+(?:and|but|while|which|according)\b|,\s+\w+\s+said\b")


def _anchor(cands: list[Candidate]) -> PeriodMention | None:
    """The most recent month, year or date range among the counted periods; of two ending
    together, the longer (a fiscal year, not its last half)."""
    dated = [(c.period, span) for c in cands if c.period and (span := label_span(c.period.label))]
    if not dated:
        return None
    end = max(dated, key=lambda d: d[0].rank)[1][1]
    return min((d for d in dated if d[1][1] == end), key=lambda d: d[1][0])[0]


# "The quarter before, ...", "A month earlier, ...": a sentence opening on its period
_BACK_OPENING = re.compile(
    r"(?:(?:A|One)\s+(?P<u1>year|month)\s+(?:earlier|before|prior)|The\s+(?P<u2>year|month)\s+"
    r"(?:before|prior|earlier)|(?:The\s+quarter\s+(?:before|prior|earlier)|A\s+quarter\s+earlier)"
    r"(?P<pn>)(?P<bn>)(?P<fy>)(?P<fy2>)(?P<u3>)"
    # "A summer earlier, ... across the same three months": the season a year back
    rf"|(?:A|One)\s+{SEASON}\s+(?:earlier|before)"
    rf"|The\s+(?:previous|prior)\s+{SEASON})(?=,)"
    # "Last spring it was 11." after this spring's figure
    rf"|Last\s+{SEASON}(?=,|\s+(?:it|that|the\s+(?:number|figure|count|total))\s+(?:was|stood)\b)")


_SEASON = re.compile(rf"\b{SEASON}\b", re.I)
_SEASON_DAYS = 184  # a season steps back from a span of a few months, not from a whole year
_SEASON_MONTHS = {"winter": {12, 1, 2}, "spring": {3, 4, 5}, "summer": {6, 7, 8},
                  "fall": {9, 10, 11}, "autumn": {9, 10, 11}}


def _months_of(span: tuple[date, date]) -> set[int]:
    """The months a span touches."""
    return {(span[0].month - 1 + i) % 12 + 1 for i in range(max(span_months(span), 0))}


def _step_back(m: re.Match[str], anchor: PeriodMention) -> PeriodMention | None:
    """The anchor period one month or one year earlier, spanning the phrase m."""
    span = label_span(anchor.label)
    season = _SEASON.search(m.group(0)) if m.re is _BACK_OPENING else None
    if season and (span is None or not 31 < (span[1] - span[0]).days <= _SEASON_DAYS
                   or not _SEASON_MONTHS[season.group(0).lower()] & _months_of(span)):
        # "A summer earlier," after a year's or a month's figure, or after a winter's
        return None
    if m.re is _BACK_OPENING and "quarter" in m.group(0).lower():  # "The quarter before,"
        label, rank = months_earlier(anchor.label, 3)
        return PeriodMention(m.start(), m.end(), label, rank) if label else None
    unit = m.group("u1") or m.group("u2") or m.group("u3") or "year"
    if m.group("bn") or m.group("pn"):
        label, rank = months_earlier(anchor.label, word_count(m.group("bn") or m.group("pn")))
        return PeriodMention(m.start(), m.end(), label, rank) if label else None
    if (m.group("fy") or m.group("fy2")) and not (
            "/" in anchor.label and span is not None and (span[1] - span[0]).days >= 360):
        return None  # "the previous fiscal year" against a month or a few months: unknown
    if "/" in anchor.label:  # a range steps back a whole year: "the same quarter last year"
        label, rank = year_earlier(anchor.label)
        return PeriodMention(m.start(), m.end(), label, rank)
    year, month = int(anchor.label[:4]), (int(anchor.label[5:]) if len(anchor.label) > 4 else 0)
    if unit.lower() == "month" and month:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif unit.lower() == "year":
        year -= 1
    label = f"{year}-{month:02d}" if month else str(year)
    return PeriodMention(m.start(), m.end(), label, year + month / 100)


def _period_for(
    s: Sentence, n: NumberMention, doc: Document, hints: dict[int, int], anchor: PeriodMention
) -> PeriodMention | None:
    """The earlier period a comparison figure belongs to, from its clause or its sentence."""
    text = s.text
    stop = _CLAUSE_END.search(text, n.end)
    end = stop.start() if stop else len(text)
    if own := _YEAR_RIGHT_AFTER.match(text, n.end):
        # "roughly 60 in 2018, the year before Mercer-Hoyt took office": the year named
        return PeriodMention(own.start(1), own.end(1), own.group(1), float(own.group(1)))
    back = _BACK.search(text, n.end, end) or _BACK.search(text, 0, n.start)
    if back and back.start() > n.end and (
            named := [p for p in find_periods(text[: n.start], doc, hints) if label_span(p.label)]):
        if text.startswith(" that", back.end()):
            # "97 in all of 2024 and 58 the year before that": back from the period just named
            return _step_back(back, named[-1])
        if _a_figures_period(text, named[-1]) and _earlier(named[-1], anchor):
            # "The number was five in 2023, compared with two the year before": 2022
            return _step_back(back, named[-1])
    if back and back.start() < n.start:
        # "the pace of a year earlier, when about 60 were handed over in the first quarter":
        # that quarter, a year back
        its = [p for p in find_periods(text, doc, hints, anchor.label, seasons=True)
               if n.end <= p.start < end and label_span(p.label) and "," not in text[n.end:p.start]]
        if its and _earlier(its[0], anchor):
            return its[0]  # "... in the first quarter of 2025": dated as it stands
        if its:
            return _step_back(back, its[0])
    if back:
        return _step_back(back, anchor)
    periods = find_periods(text, doc, hints, anchor.label, seasons=True)
    after = [p for p in periods if n.end <= p.start < end]
    # Else the period the sentence opened with ("In all of 2019, 457").
    before = [p for p in periods if p.end <= n.start]
    return after[0] if after else (before[-1] if before else None)


# "about a dozen all of last year": the year's figure, whose noun is not "year"
_ALL_OF = re.compile(r"^\s*(?:in\s+)?all\s+of\s+(?:last\s+year|(?:19|20)\d\d)\b", re.I)
_LEADING_PREPOSITION = re.compile(
    r"^\s*(?:during|in|for|over)\s+(?=the\s+same\b|that\s+same\b|a\s+year\b"
    # "compared with eighty-one in the fiscal year previous"
    r"|the\s+(?:fiscal|budget)\s+year\s+(?:before|prior|earlier|previous)\b)", re.I)


# "nearly double the nine it released the year before": the figure's own verb, before its period
_WHOM_IT_HANDED = re.compile(
    r"^\s+(?:(?:that|whom)\s+)?(?:it|they|the\s+(?:jail|office|department|county|sheriff))\s+"
    r"(?:had\s+|has\s+)?(?:released|handed|turned|transferred|sent|delivered|gave)"
    r"(?:\s+over)?(?:\s+to\s+ICE)?(?=\s)", re.I)


# Units that measure a span or a ratio ("in the 12 months", "three times the 52"), not a
# quantity of other things.
# "ended June 30": a day of a date, not a figure
_DAY_OF_MONTH = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+$")
_OTHER_SUBJECT = re.compile(
    r"\b(?:population|capacity|beds|budget|cost|bookings|booked|detainers|requests)\b[^.;]{0,40}$"
    # "ICE lodged 88 of them": detainers lodged, filed or issued
    r"|\b(?:lodged|filed|issued)\s+$",
    re.I)
_LEADING_PERIOD = re.compile(
    r"^\s*(?:(?:last|this|that|in|during|for|over)\s+)?(?:(?:the\s+)?(?:month|year|week|quarter)|"
    r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)\b", re.I)
# "the forty-four of 2019", "the eleven of January of 2025": a figure and its period, in
# English from Spanish
_OF_YEAR = re.compile(r"\s+of\s+(?:[A-Z][a-z]+\s+of\s+)?(?:19|20)\d\d\b")
_TIMES = re.compile(r"\s+times\b")
_TIME_WORDS = frozenset({"years", "year", "months", "month", "days", "day", "hours", "hour",
                         "minutes", "weeks", "week", "times"})


_YEAR_PAIR = re.compile(r"\b(?:19|20)\d\d[-–/]$")
_SPAN_UNIT = re.compile(r"\s+(?:months|weeks|days|years)\b", re.I)


def _compares_other_things(text: str, n: NumberMention) -> bool:
    """"14 deputies are certified, up from six": the figure before the cue counts no people.

    A span of time before it ("in the 12 months before that") is no such figure.
    """
    before = [m for m in find_numbers(text[: n.start])
              if not m.is_year and not _DAY_OF_MONTH.search(text, 0, m.start)
              and not _TIMES.match(text, m.end)  # "three times more than": a ratio
              and not _SPAN_UNIT.match(text, m.end)  # "in the first five months"
              and not _YEAR_PAIR.search(text, 0, m.start)]  # the "25" of "2024-25"
    if not before:
        return False
    if _OTHER_SUBJECT.search(text, 0, before[-1].start):
        return True  # "The jail's population was 2,140, up from about 1,950"
    # "including 44 last month, up from 38": the previous figure's period is no noun of it
    between = text[before[-1].end:n.start]
    if _OF_YEAR.match(between):
        return False  # "far from the forty-four of 2019, ..., but above the nine of 2024"
    between = _LEADING_PERIOD.sub("", between)
    words = re.findall(r"[A-Za-z’']+", between)
    return bool(words) and words[0].lower() not in _TIME_WORDS and noun_kind(
        " ".join(words[:4])) == "other"


# people let go or sent elsewhere: "40 people who had posted bond", "seven people to the U.S.
# Marshals Service"
_NOT_TO_ICE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:on\s+(?:their|his|her)\s+own\s+recognizance|on\s+bond|who\s+had\s+"
    r"(?:posted|made)\s+bond|to\s+the\s+(?:U\.S\.\s+)?Marshals|to\s+(?:the\s+)?state\s+prison|to\s+"
    r"(?:another|a\s+neighboring)\s+(?:county|jail))", re.I)


_WHEN_CLAUSE = re.compile(r"\bwhen\b", re.I)
# "..., when it released 50 people to the county's pretrial program": sent somewhere else
_TO_OTHER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?to\s+(?!(?:the\s+)?(?:ICE|U\.S\.\s+Immigration|"
                       r"immigration|federal)\b)", re.I)


def _sent_elsewhere(text: str, n: NumberMention, cue: re.Match[str]) -> bool:
    """People let go or sent somewhere other than ICE, not an earlier figure of handovers."""
    return bool(_NOT_TO_ICE.match(text, n.end)) or (
        bool(_WHEN_CLAUSE.search(cue.group(0))) and bool(_TO_OTHER.match(text, n.end)))


def _cue_before(c: Candidate) -> re.Match[str] | None:
    """The cue that makes a candidate number the earlier figure of a comparison, if any."""
    return _CUE.search(c.sentence.text, 0, c.number.start)


_SAME_OPENS = re.compile(r"\s+(?:in|during|for|over)\s+", re.I)


def _past_period(text: str, n: NumberMention, after: str, period: PeriodMention | None) -> str:
    """The words after n (after), past its period when that is "the same N months" right after
    it: "three in the same three months of 2025" is a figure of people, not of months."""
    if period is not None and period.start >= n.end and _SAME_OPENS.fullmatch(
            text, n.end, period.start) and text.startswith("the same", period.start):
        return re.split(r"[,;]", text[period.end:], maxsplit=1)[0]
    return after


# "..., when six people were transferred", "when it reported seven transfers": the figure after
# "when" is one of handovers
_WHEN_ENDS = re.compile(
    r"\bwhen\s+(?:(?:it|they|the\s+\w+)\s+(?:reported|recorded|counted|logged)\s+)?$", re.I)
_HANDED_AFTER = re.compile(r"\s+(?:(?:more\s+)?(?:people|persons|inmates|detainees|prisoners|men|"
                           r"women)\s+)?(?:(?:were|was|had\s+been)\s+(?:transferred|handed|turned|"
                           r"released\s+to|sent\s+to|delivered)|transfers|handovers)\b", re.I)
_ANOTHER_BODYS = re.compile(r"\s+(?:people|persons|inmates|detainees)\s+(?:neighbou?ring\s+)?"
                            r"(?:[A-Z][\w.’'-]*\s+){1,3}(?:County|Parish)['’]s\b")
_FIGURE_NOUN = re.compile(r"\b(?:number|figure|total|count|tally)\b", re.I)


def _is_the_figure(c: Candidate) -> bool:
    """"the number was no more than seven in 2025": with no other figure, the one "the number
    was" states is the current one, unless its sentence steps back ("the year before")."""
    cue = _cue_before(c)
    return (cue is not None and bool(_FIGURE_WAS.search(cue.group(0)))
            and bool(_FIGURE_NOUN.search(cue.group(0)))
            and not _BACK.search(re.split(r"[,;]", c.sentence.text[c.number.start:], maxsplit=1)[0])
            and not _BACK.search(c.sentence.text, 0, c.number.start)
            and not _CUE.search(c.sentence.text, cue.end(), c.number.start))


def find_comparisons(
    doc: Document, handovers: tuple[Sentence, ...], cands: list[Candidate]
) -> list[Candidate]:
    """Earlier-period figures the story compares the reported handovers with."""
    uncued = [c for c in cands if not _cue_before(c)] or [
        c for c in cands if _is_the_figure(c)]
    story_anchor = _anchor(uncued)
    asked = {s.index: n for s in doc.sentences if (n := _compared_answer(doc, s)) is not None}
    answers = _compared_answers(doc, cands, asked)
    if story_anchor is None or not handovers:
        return answers
    uncued += [c for c in cands if (cue := _cue_before(c))
               and _restates_current(c.sentence, c.number, cue, doc, story_anchor)]
    # from the first handover or count, whichever comes first (an interview's answer)
    first = min([handovers[0].index, *(c.sentence.index for c in cands)])
    out: list[Candidate] = []
    for s in doc.sentences[first:]:
        if not _CUE_WORD.search(s.text):
            continue
        if s.index in asked:
            continue  # read by _compared_answers
        # "up from one in 2024 and none in 2023": the zero is a baseline too
        zero = zeros(s.text, find_periods(s.text, doc, month_year_hints(doc, s.start)))
        for n in sorted([*find_numbers(s.text), *zero], key=lambda n: n.start):
            # "15 in the first two months of 2026, up from four in the same two months last
            # year": the figure compared is the one before it in its sentence, if any
            anchor = _anchor([c for c in uncued if c.sentence is s and c.number.end <= n.start]
                             ) or story_anchor
            cue = None if n.is_year else _CUE.search(s.text, 0, n.start)
            if cue is not None and "against" in cue.group(0).lower() and (
                    not _YEAR_RIGHT_AFTER.match(s.text, n.end)):
                continue  # "against 97 in all of 2024", with its year, only
            before_that = None
            if cue is None and not n.is_year and (joined := _joined_to_baseline(s, n, out)):
                cue = joined  # "against 97 in all of 2024 and 58 the year before that"
                before_that = next((c.period for c in reversed(out) if c.sentence is s), None)
            if cue is not None and _WHEN_ENDS.search(cue.group(0)) and not _HANDED_AFTER.match(
                    s.text, n.end):
                continue  # "twice as many as the year before, when 400 people were booked"
            if cue is not None and _ANOTHER_BODYS.match(s.text, n.end):
                continue  # "two-thirds of the 12 people Polk County's jail turned over"
            if cue is None or _compares_other_things(s.text, n) or _sent_elsewhere(s.text, n, cue):
                continue  # not "..., when it released 40 people on their own recognizance"
            if _restates_current(s, n, cue, doc, story_anchor) or _between_counted(
                    s, n, cue, doc, uncued):
                continue
            after = _ALL_OF.sub("", _LEADING_PREPOSITION.sub("", s.text[n.end:]))
            back = _BACK.match(after.lstrip())
            period = _period_for(s, n, doc, month_year_hints(doc, s.start), anchor)
            # "31 the year before": the period's "year" is not what was counted; "the nine it
            # released the year before" says what was
            if not _WHOM_IT_HANDED.match(after) and noun_kind(
                    # not past a comma: "two the year before, in the fiscal year that ..."
                    after.lstrip()[back.end():].split(",", 1)[0] if back
                    else _past_period(s.text, n, after, period)) == "other":
                continue
            if period is None and cue.start() == 0 and (opening := _BACK_OPENING.match(s.text)):
                period = _step_back(opening, anchor)  # "A month earlier, it had handed over nine"
                if period is None and _SEASON.search(opening.group(0)):
                    # "Last spring it was 11." after the months of this spring and their sum
                    period = next((p for c in uncued if c.period
                                   and (p := _step_back(opening, c.period))), None)
            back = _BACK.match(s.text[n.end:].lstrip())
            if before_that and back and s.text[n.end:].lstrip().startswith("that", back.end() + 1):
                period = _step_back(back, before_that)  # "97 the year before and 58 the year
                # before that": a year before the figure joined to it
            if period is not None and _IT_WAS.fullmatch(cue.group(0)) and any(
                    c.period and encloses(c.period.label, period.label) for c in cands):
                continue  # "214 in 2025. The first quarter, it was roughly forty.": a part
            if period is not None and _earlier(period, anchor):
                out.append(Candidate(n, period, s, baseline=True))
    return [*out, *answers]


def _compared_answers(doc: Document, cands: list[Candidate],
                      asked: dict[int, NumberMention]) -> list[Candidate]:
    """The figures of interview answers to "How does that compare with last year?" (asked:
    sentence index -> the answer's figure), each in its earlier period."""
    anchor = _anchor(cands)
    out: list[Candidate] = []
    for index, n in asked.items():
        s = doc.sentences[index]
        period = _period_for(s, n, doc, month_year_hints(doc, s.start), anchor) if anchor else None
        if anchor and period is not None and _earlier(period, anchor):
            out.append(Candidate(n, period, s, baseline=True))
    return out


# "Q: How does that compare with last year?" "A: Eleven, for all of 2024."
_COMPARE_QUESTION = re.compile(
    r"^(?:Q:\s*)?(?:And\s+)?(?:how\s+(?:does|do|did)\s+(?:that|those|this|these)(?:\s+\w+)?\s+"
    r"(?:compare|stack\s+up)|compared\s+(?:with|to))\b(?P<with>[^?]*)\?\s*$", re.I)
_EARLIER_TIME = re.compile(
    r"\s+(?:with|to)\s+(?:last\s+(?:year|month|quarter|summer|fall|spring|winter)|the\s+(?:year|month|"
    r"quarter)\s+before|a\s+year\s+(?:ago|earlier)|(?:19|20)\d\d|the\s+same\s+\w+\s+(?:last\s+year|"
    r"a\s+year\s+ago|of\s+(?:19|20)\d\d))\s*", re.I)
_ANSWER_LABEL = re.compile(r"^(?:A:|[A-Z][A-Z’'.-]*:)\s*")
_ANSWER_FIGURE_REACH = 16  # characters: the answer opens on its figure


def _compared_answer(doc: Document, s: Sentence) -> NumberMention | None:
    """The figure opening an interview's answer to "How does that compare with last year?":
    the earlier figure set against the one just given; not another place's ("... with
    Washington County?")."""
    if s.index == 0:
        return None
    asked = _COMPARE_QUESTION.match(doc.sentences[s.index - 1].text.strip())
    label = _ANSWER_LABEL.match(s.text)
    if asked is None or label is None or not _EARLIER_TIME.fullmatch(asked.group("with")):
        return None  # not "... with the county next door?", "... with the number of detainers?"
    numbers = [n for n in find_numbers(s.text) if not n.is_year]
    first = numbers[0] if numbers else None
    if first is None or first.start > label.end() + _ANSWER_FIGURE_REACH:
        return None
    return first if noun_kind(s.text[first.end:]) != "other" else None


_FIGURE_AND_PERIOD = re.compile(r"(?:\s+(?:people|persons|inmates|detainees|individuals|"
                                r"transfers))?"
                                r"\s+(?:in|during|for|over)\s+(?:all\s+of\s+)?")


def _a_figures_period(text: str, period: PeriodMention) -> bool:
    """True when a figure stands right before period ("five in 2023"), so that period is that
    figure's, not an agreement's or a record's ("under an agreement it signed in 2023")."""
    figures = [m for m in find_numbers(text[: period.start]) if not m.is_year]
    return bool(figures) and bool(_FIGURE_AND_PERIOD.fullmatch(text, figures[-1].end,
                                                               period.start))


def _earlier(period: PeriodMention, anchor: PeriodMention) -> bool:
    """True when period starts and ends before anchor: "all of 2025" is not earlier than
    "May 2025", though its rank is lower."""
    spans = label_span(period.label), label_span(anchor.label)
    if spans[0] is None or spans[1] is None:
        return period.rank < anchor.rank
    return spans[0][0] < spans[1][0] and spans[0][1] < spans[1][1]


_IT_WAS = re.compile(r"\b(?:it|that)\s+was\s+(?:\w+\s+)?", re.I)
_FIGURE_WAS = re.compile(r"\b(?:was|stood\s+at)\b", re.I)


def _restates_current(s: Sentence, n: NumberMention, cue: re.Match[str], doc: Document,
                      anchor: PeriodMention) -> bool:
    """"For the 12 months that ended June 30, the figure was 101": "the figure was" after a
    current period the sentence opens with gives that period's figure, not an earlier one."""
    if not _FIGURE_WAS.search(cue.group(0)) or _BACK.search(s.text, 0, n.start):
        return False  # "The year before, the number was 12" steps back
    periods = find_periods(s.text[: n.start], doc, month_year_hints(doc, s.start))
    return any(p.rank >= anchor.rank for p in periods)


_DIFFERENCE = re.compile(r"\s+(?:more|fewer|less)\b", re.I)
# "... 97 in all of 2024 and ", "... four in all of 2024, "
_AND_NEXT = re.compile(r"[^,;.]{0,60}?(?:,\s+(?:and\s+)?|\s+and\s+)$")


def _joined_to_baseline(s: Sentence, n: NumberMention,
                        out: list[Candidate]) -> re.Match[str] | None:
    """The cue of the comparison figure n is joined to by "and" in the same clause, if the
    figure before n in the sentence is one."""
    before = [c for c in out if c.sentence is s and c.number.end <= n.start]
    if not before:
        return None
    last = before[-1]
    if not _AND_NEXT.fullmatch(s.text, last.number.end, n.start) or _DIFFERENCE.match(
            s.text, n.end):
        return None  # not "... the three in 2024 and two more than the five in 2023"
    if not (_YEAR_RIGHT_AFTER.match(s.text, n.end) or _BACK.match(s.text[n.end:].lstrip())):
        return None  # not "..., down from 60 in 2024, and 12 of them were women"
    return _CUE.search(s.text, 0, last.number.start)


def _between_counted(s: Sentence, n: NumberMention, cue: re.Match[str], doc: Document,
                     counted: list[Candidate]) -> bool:
    """"In March, ... nine. In April, it was 16. In May, 21.": "it was" after a period that
    falls between two counted ones lists it with them; it compares nothing."""
    if not _IT_WAS.fullmatch(cue.group(0)):
        return False
    own = find_periods(s.text[: n.start], doc, month_year_hints(doc, s.start))
    # a month's item of a list of months, not "since 2020, when it was 31" beside a yearly list
    span = label_span(own[-1].label) if own and re.fullmatch(r"\d{4}-\d\d", own[-1].label) else None
    if span is None:
        return False
    spans = [x for c in counted if c.period and (x := label_span(c.period.label))]
    return any(x[1] < span[0] for x in spans) and any(x[0] > span[1] for x in spans)


def merge(cands: list[Candidate], comparisons: list[Candidate]) -> list[Candidate]:
    """Candidates with comparison figures replacing any reading of the same number."""
    taken = {(c.sentence.index, c.number.start) for c in comparisons}
    kept = [c for c in cands if (c.sentence.index, c.number.start) not in taken]
    return sorted([*kept, *comparisons], key=lambda c: (c.sentence.index, c.number.start))

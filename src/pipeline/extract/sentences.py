"""Sentence splitting that keeps character offsets into the original text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from pipeline.extract.document import Document, Sentence
from pipeline.extract.lexicon import ABBREVIATIONS, SENTENCE_STARTERS

_PARAGRAPH = re.compile(r"[^\n]+")
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_TOKEN_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+[\"“‘'(\[]?([A-Za-z0-9]+)")


def _is_abbreviation(chunk: str, next_word: str) -> bool:
    """True when the period closing ``chunk`` belongs to an abbreviation or an initial."""
    m = _TOKEN_BEFORE.search(chunk)
    if not m:
        return False
    token = m.group(1)
    if len(token) == 1 and token.isupper():
        return next_word not in SENTENCE_STARTERS  # an initial, as in "John F. Kennedy"
    if token.lower() in ABBREVIATIONS:
        # "U.S." and "Jan." may still end a sentence; a typical opener after them says so.
        return next_word not in SENTENCE_STARTERS or token.lower() in {"st", "mr", "mrs", "dr"}
    return "." in token and next_word not in SENTENCE_STARTERS


# "October ..... 2": a table row's dot leader, not the end of a sentence
_DOT_LEADER = re.compile(r"\.{3,}\s*(?:[A-Za-z ]{0,16}\s)?\d[\d,]*\b[^\n]{0,30}$")


def _split_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of the sentences in text[start:end]."""
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _DOT_LEADER.match(text, m.start(), end):
            continue
        stop = m.end()
        nxt = _NEXT_WORD.match(text, stop)
        next_word = nxt.group(1) if nxt else ""
        if text[m.start()] == "." and _is_abbreviation(text[cursor:m.start() + 1], next_word):
            continue
        yield cursor, stop
        cursor = stop
    yield cursor, end


# No prose sentence is this long; a run of numbers or names this long is cut at commas, so
# that the extractors' patterns stay linear on it.
_MAX_SENTENCE = 2000
_PIECE = 1000
_CUT = re.compile(r"[,;]\s")


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most about _PIECE characters, cut after a comma or semicolon."""
    if end - start <= _MAX_SENTENCE:
        yield start, end
        return
    while end - start > _PIECE:
        cuts = [m.end() for m in _CUT.finditer(text, start + _PIECE // 2, start + _PIECE)]
        stop = cuts[-1] if cuts else start + _PIECE
        yield start, stop
        start = stop
    yield start, end


# A "by the numbers" box: a figure on a line of its own, what it counts on the next line.
_FIGURE_ALONE = re.compile(
    r"(?:About|Nearly|Almost|Roughly|More\s+than|At\s+least\s+)?\d{1,3}(?:,\d{3})*"
    r"(?:\s+(?:and|to)\s+\d{1,3})?")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split text into sentences; every sentence equals text[start:end], trimmed of spaces.

    A line that is only a figure opens the sentence of the line after it ("23" over "People
    the office handed over to ICE in June."): the two read as one statement.
    """
    out: list[Sentence] = []
    figure: tuple[int, int, int] | None = None  # a figure line waiting for its caption
    for paragraph, pm in enumerate(_PARAGRAPH.finditer(text)):
        spans = (piece for s, e in _split_paragraph(text, pm.start(), pm.end())
                 for piece in _bounded(text, s, e))
        for s, e in spans:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            if figure is None and _FIGURE_ALONE.fullmatch(text, s, e) and pm.start() == s:
                figure = (s, e, paragraph)
                continue
            if figure is not None and text.count("\n", figure[0], s) == 1:
                s = figure[0]  # the caption is on the very next line
            elif figure is not None:
                out.append(Sentence(figure[0], figure[1], text[figure[0]:figure[1]], figure[2],
                                    len(out)))
            figure = None
            out.append(Sentence(s, e, text[s:e], paragraph, len(out)))
    if figure is not None:
        out.append(Sentence(figure[0], figure[1], text[figure[0]:figure[1]], figure[2], len(out)))
    return tuple(out)


def make_document(
    text: str, *, title: str | None = None, published: date | None = None,
    outlet: str | None = None,
) -> Document:
    """Build the Document that every extractor reads."""
    return Document(text=text, sentences=split_sentences(text), published=published, title=title,
                    outlet=outlet)

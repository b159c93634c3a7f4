"""The shared input of every extractor: the text, its sentences with offsets, and its date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.facts import Evidence


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: [start, end) offsets into the document text and its paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int

    def evidence(self) -> Evidence:
        """The sentence as an Evidence record."""
        return Evidence(self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class Document:
    """A story's text split into sentences, with its publication date when known."""

    text: str
    sentences: tuple[Sentence, ...]
    published: date | None = None
    title: str | None = None
    outlet: str | None = None  # the publisher's domain, e.g. "houstonchronicle.com"

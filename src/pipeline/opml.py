"""OPML feed lists in and out (pure: bytes in, FeedConfig out, and back).

OPML files are user input: documents with a DOCTYPE or entity declarations are refused
before any entity is expanded, which rules out XXE and entity-expansion bombs.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit
from xml.parsers import expat

from pipeline.errors import ConfigError
from pipeline.models import FeedConfig


class _RefusedMarkup(Exception):
    """Raised from inside the expat callbacks to stop at a DTD."""


def parse_opml(data: bytes, *, source: str) -> list[FeedConfig]:
    """Feeds of an OPML document; enclosing folders and categories become tags."""
    root = _parse_xml(data, source)
    if root.tag.lower() != "opml":
        raise ConfigError(f"not an OPML document (root element <{root.tag}>)", path=source)
    body = next((child for child in root if child.tag.lower() == "body"), None)
    if body is None:
        raise ConfigError("OPML document has no <body>", path=source)
    taken: set[str] = set()
    feeds = []
    for attrs, folders in _feed_outlines(body, ()):
        url = _feed_url(attrs["xmlurl"])
        tags = _dedupe([*folders, *_category_tags(attrs.get("category", ""))])
        name = _unique_name(_outline_name(attrs, url), taken)
        feeds.append(FeedConfig(name=name, url=url, tags=tags))
    return feeds


def to_opml(feeds: Iterable[FeedConfig], *, title: str = "Pipeline feeds") -> bytes:
    """An OPML 2.0 document listing the feeds; tags go to the category attribute."""
    root = ET.Element("opml", version="2.0")
    ET.SubElement(ET.SubElement(root, "head"), "title").text = title
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if feed.tags:
            attrs["category"] = ",".join(f"/{tag}" for tag in feed.tags)
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


def _parse_xml(data: bytes, source: str) -> ET.Element:
    """Build an element tree with expat, refusing any DTD or entity declaration."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse_external
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
    except _RefusedMarkup as exc:
        message = "OPML with a DOCTYPE or entity declarations is refused"
        raise ConfigError(message, path=source, line=parser.CurrentLineNumber) from exc
    except expat.ExpatError as exc:
        message = f"not well-formed XML: {expat.ErrorString(exc.code)}"
        raise ConfigError(message, path=source, line=exc.lineno) from exc
    return builder.close()


def _refuse(*_args: object) -> None:
    raise _RefusedMarkup


def _refuse_external(*_args: object) -> int:
    raise _RefusedMarkup


def _feed_outlines(
    parent: ET.Element, folders: tuple[str, ...]
) -> Iterator[tuple[dict[str, str], tuple[str, ...]]]:
    """Yield (lower-cased attributes, folder names) for each outline with an xmlUrl."""
    for child in parent:
        if child.tag.lower() != "outline":
            continue
        attrs = {key.lower(): value.strip() for key, value in child.attrib.items()}
        if attrs.get("xmlurl"):
            yield attrs, folders
            yield from _feed_outlines(child, folders)
        else:
            label = attrs.get("text") or attrs.get("title")
            yield from _feed_outlines(child, (*folders, label) if label else folders)


def _feed_url(raw: str) -> str:
    """Turn the feed: pseudo-scheme some readers export into a fetchable URL."""
    if raw.lower().startswith("feed://"):
        return "http://" + raw[len("feed://") :]
    if raw.lower().startswith("feed:"):
        return raw[len("feed:") :]
    return raw


def _category_tags(category: str) -> list[str]:
    """OPML categories are comma-separated, slash-delimited paths; each step is a tag."""
    return [
        part.strip() for path in category.split(",") for part in path.split("/") if part.strip()
    ]


def _outline_name(attrs: dict[str, str], url: str) -> str:
    """The outline's title or text, else the feed's host."""
    name = " ".join((attrs.get("title") or attrs.get("text") or "").split())
    return name or urlsplit(url).hostname or url


def _unique_name(name: str, taken: set[str]) -> str:
    """name, or "name (2)", "name (3)"... so that no two feeds share a name."""
    candidate, counter = name, 1
    while candidate.casefold() in taken:
        counter += 1
        candidate = f"{name} ({counter})"
    taken.add(candidate.casefold())
    return candidate


def _dedupe(tags: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tags))

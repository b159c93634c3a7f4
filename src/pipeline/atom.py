"""Flags as an Atom 1.0 feed (RFC 4287), so any feed reader can follow them."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import UTC, datetime

from pipeline import __version__
from pipeline.store.flags import FlagRow

ATOM_NS = "http://www.w3.org/2005/Atom"
GENERATOR = "pipeline"
# Characters XML 1.0 forbids even when escaped; ElementTree would write them as they are.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


def rfc3339(value: datetime) -> str:
    """An Atom date: UTC, seconds precision, "Z" suffix."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _child(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: _text(v) for k, v in attrs.items()})
    if text is not None:
        element.text = _text(text)
    return element


def flag_summary(flag: FlagRow) -> str:
    """Plain-text entry summary: the changes, one a line, else the reason."""
    lines = [f"- {change}" for change in flag.changes] or [flag.reason]
    where = ", ".join(p for p in (flag.agency, flag.jurisdiction, flag.state) if p)
    if where:
        lines.append(f"Event: {flag.event_key} ({where})")
    lines.append(f"Story: {flag.story_title}" + (f" - {flag.outlet}" if flag.outlet else ""))
    return "\n".join(lines)


def _entry(feed: ET.Element, flag: FlagRow) -> None:
    entry = _child(feed, "entry")
    _child(entry, "id", f"urn:pipeline:flag:{flag.id}")
    _child(entry, "title", flag.reason)
    _child(entry, "updated", rfc3339(flag.created_at))
    _child(entry, "published", rfc3339(flag.created_at))
    _child(entry, "link", rel="alternate", href=flag.story_url)
    _child(entry, "category", term=flag.kind)
    _child(entry, "summary", flag_summary(flag), type="text")


def flags_to_atom(
    flags: Sequence[FlagRow],
    *,
    feed_id: str,
    title: str,
    updated: datetime,
    self_url: str | None = None,
) -> bytes:
    """A complete Atom 1.0 document with one entry per flag, in the given order."""
    # The namespace as a plain attribute keeps element names unprefixed without
    # ET.register_namespace, which would change process-wide state.
    feed = ET.Element("feed", {"xmlns": ATOM_NS})
    _child(feed, "id", feed_id)
    _child(feed, "title", title)
    _child(feed, "updated", rfc3339(updated))
    author = _child(feed, "author")
    _child(author, "name", GENERATOR)
    _child(feed, "generator", GENERATOR, version=__version__)
    if self_url is not None:
        _child(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    for flag in flags:
        _entry(feed, flag)
    ET.indent(feed)
    buffer = io.BytesIO()
    ET.ElementTree(feed).write(buffer, encoding="utf-8", xml_declaration=True)
    return buffer.getvalue()

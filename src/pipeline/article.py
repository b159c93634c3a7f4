"""Main text and metadata of a fetched article page (pure: bytes in, ArticleText out).

trafilatura finds the main text; the metadata it reads loosely (date without time, og:url
before the canonical link, no language) is read here from the page's own markup instead.
Nothing in this module touches the network: trafilatura only fetches when handed a URL to
download, and it is always handed an already parsed tree.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from urllib.parse import urljoin, urlsplit

import pycountry
import trafilatura

# lxml ships no type hints; it is trafilatura's parser, so the tree is typed loosely here.
# lxml ships no type hints (and lxml-stubs is not a dependency).
from lxml.etree import LxmlError  # type: ignore[import-untyped]
from lxml.html import HtmlElement  # type: ignore[import-untyped]

from pipeline.errors import ParseError
from pipeline.text import collapse_spaces, normalize_text
from pipeline.urls import canonical_url as canonicalize

PAGE_SOURCE = "page"
SUMMARY_SOURCE = "feed_summary"
MIN_TEXT_CHARS = 200  # below this a page is a teaser, paywall or error page, not an article
SNIFF_BYTES = 4096  # <meta charset> must appear early; browsers look at the first 1024

# Short boxes that only hold subscription prompts, pruned so a paywalled stub stays short.
# Long ones are kept: Google's markup for gated content puts the whole story in class="paywall".
_PROMPT_NAMES = ("paywall", "regwall", "subscribe", "subscription")
_PAYWALL_XPATH = "//*[({}) and string-length(normalize-space(.)) < 400]".format(
    " or ".join(f"contains(@class, '{n}') or contains(@id, '{n}')" for n in _PROMPT_NAMES)
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG Encoding: these labels mean windows-1252 on the web; a UTF-16 label in markup
# that was itself readable as ASCII cannot be true, so it means UTF-8.
_LABEL_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
}  # fmt: skip
_PUBLISHED_META = (
    ".//meta[@property='article:published_time']/@content",
    ".//meta[@name='article:published_time']/@content",
    ".//meta[@itemprop='datePublished']/@content",
    ".//meta[@name='pubdate' or @name='publish-date' or @name='date']/@content",
    ".//*[@itemprop='datePublished']/@datetime",
)
_LANGUAGE_SOURCES = (
    "/html/@lang",
    "/html/@xml:lang",
    ".//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')"
    "='content-language']/@content",
    ".//meta[@name='language' or @name='lang']/@content",
    ".//meta[@property='og:locale']/@content",
)


@dataclass(frozen=True, slots=True)
class ArticleText:
    """Main text and metadata of one article page."""

    text: str  # plain text, paragraphs separated by blank lines
    title: str | None
    authors: tuple[str, ...]
    published: datetime | None  # aware, UTC
    language: str | None  # ISO 639-1
    site_name: str | None
    canonical_url: str | None  # canonicalized with pipeline.urls.canonical_url
    source: str = PAGE_SOURCE


def extract_article(
    html: bytes, *, url: str, headers: Mapping[str, str], min_chars: int = MIN_TEXT_CHARS
) -> ArticleText:
    """Main text and metadata of a page; ParseError when it holds no article-sized text."""
    tree = _parse(decode_html(html, headers))
    document = _main_document(tree, url)
    text = _main_text(document.text or "", document.title)
    if len(text) < min_chars:
        raise ParseError(f"page text too short: {len(text)} characters (< {min_chars}) at {url}")
    ld = list(_json_ld_objects(tree))
    canonical = page_canonical_url(tree, url)
    return ArticleText(
        text=text,
        title=collapse_spaces(document.title or "") or None,
        authors=_authors(document.author),
        published=_published(tree, ld, document.date),
        language=page_language(tree, ld, headers),
        site_name=_site_name(document.sitename, (url, canonical or "")),
        canonical_url=canonical,
    )


def choose_text(article: ArticleText | None, summary_text: str) -> tuple[str, str]:
    """(text, source) for normalization: the page text unless it says less than the summary."""
    # A page shorter than the feed's own summary is a teaser or a stub; the summary is better.
    if article is not None and article.text and len(article.text) >= len(summary_text.strip()):
        return article.text, article.source
    return summary_text, SUMMARY_SOURCE


def decode_html(body: bytes, headers: Mapping[str, str]) -> str:
    """Text of an HTML body: BOM, else Content-Type charset, else <meta charset>, else UTF-8."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, errors="replace")
    declared = _known_encoding(_header_charset(headers)) or _known_encoding(_meta_charset(body))
    return body.decode(declared or "utf-8", errors="replace")


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """Value of a header, whatever the case of its name."""
    value = headers.get(name)
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == name), None)
    return value


def _header_charset(headers: Mapping[str, str]) -> str | None:
    """The charset parameter of Content-Type, if any."""
    match = _HEADER_CHARSET.search(_header(headers, "content-type") or "")
    return match.group(1) if match else None


def _meta_charset(body: bytes) -> str | None:
    """The charset a <meta> tag near the top of the page declares, if any."""
    match = _META_CHARSET.search(body[:SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _known_encoding(label: str | None) -> str | None:
    """Python codec name for a charset label; None when Python does not know it."""
    if not label:
        return None
    name = _LABEL_ALIASES.get(label.strip().lower(), label.strip())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _parse(markup: str) -> HtmlElement:
    """lxml tree of a page; ParseError when it is not HTML."""
    if not markup.strip():
        raise ParseError("empty page")
    try:
        tree = trafilatura.load_html(markup)
    except (LxmlError, ValueError, TypeError) as exc:
        raise ParseError(f"page is not parseable HTML: {exc}") from exc
    if tree is None:
        raise ParseError("page is not HTML")
    return tree


def _main_document(tree: HtmlElement, url: str) -> Any:
    """trafilatura's Document for the page (works on a copy of the tree)."""
    try:
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_tables=True,
            prune_xpath=_PAYWALL_XPATH,
            # htmldate's pattern search over the whole text finds dates of other events.
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except (LxmlError, ValueError, TypeError) as exc:
        raise ParseError(f"main text extraction failed at {url}: {exc}") from exc
    if document is None:
        raise ParseError(f"no main text found at {url}")
    return document


def _main_text(raw: str, title: str | None) -> str:
    """Paragraphs of trafilatura's text, blank-line separated, without a leading headline."""
    paragraphs = [line.strip() for line in normalize_text(raw).split("\n") if line.strip()]
    if paragraphs and title and collapse_spaces(paragraphs[0]) == collapse_spaces(title):
        paragraphs = paragraphs[1:]  # the headline is kept in `title`, not twice
    return "\n\n".join(paragraphs)


def _authors(author: str | None) -> tuple[str, ...]:
    """Author names from trafilatura's '; '-joined string, in order, without repeats."""
    names = (collapse_spaces(name) for name in (author or "").split(";"))
    return tuple(dict.fromkeys(name for name in names if name))


def _site_name(name: str | None, urls: tuple[str, ...]) -> str | None:
    """The outlet's name; None when trafilatura could only echo the host name."""
    name = collapse_spaces(name or "")
    hosts = {(urlsplit(u).hostname or "").removeprefix("www.") for u in urls if u}
    return name if name and name.lower() not in hosts else None


def page_canonical_url(tree: HtmlElement, url: str) -> str | None:
    """Canonical URL from <link rel=canonical>, else og:url; resolved and canonicalized."""
    rel_canonical = ".//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]"
    candidates = [
        *tree.xpath(f"{rel_canonical}/@href"),
        *tree.xpath(".//meta[@property='og:url']/@content"),
    ]
    for candidate in candidates:
        absolute = urljoin(url, str(candidate).strip())
        if urlsplit(absolute).scheme in ("http", "https") and urlsplit(absolute).hostname:
            return canonicalize(absolute)
    return None


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD blocks, @graph members included."""
    for script in tree.xpath(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # broken JSON-LD is common; the rest of the page still counts
        yield from _flatten(data)


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    """Objects in a JSON-LD value: lists and @graph are unpacked."""
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten(data.get("@graph", []))


def _is_article(obj: Mapping[str, Any]) -> bool:
    """Whether a JSON-LD object's @type names an article or posting."""
    kinds = obj.get("@type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return any(isinstance(k, str) and ("Article" in k or "Posting" in k) for k in kinds)


def _published(
    tree: HtmlElement, ld: list[dict[str, Any]], fallback: str | None
) -> datetime | None:
    """Publication time in UTC: JSON-LD, then meta tags, then trafilatura's date."""
    ld_dates = [o.get("datePublished") for o in sorted(ld, key=_is_article, reverse=True)]
    meta_dates = [str(v) for xpath in _PUBLISHED_META for v in tree.xpath(xpath)]
    for value in (*ld_dates, *meta_dates, fallback):
        parsed = parse_timestamp(value) if isinstance(value, str) else None
        if parsed is not None:
            return parsed
    return None


def parse_timestamp(value: str) -> datetime | None:
    """ISO 8601 date or date-time as aware UTC; naive times are taken as UTC, dates as midnight."""
    value = value.strip()
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), time(), tzinfo=UTC)
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)  # no offset given: UTC is the least wrong guess
    return parsed.astimezone(UTC)


def page_language(
    tree: HtmlElement, ld: list[dict[str, Any]], headers: Mapping[str, str]
) -> str | None:
    """ISO 639-1 code from <html lang>, meta tags, JSON-LD inLanguage, then Content-Language."""
    values = [str(v) for xpath in _LANGUAGE_SOURCES for v in tree.xpath(xpath)]
    values += [o["inLanguage"] for o in ld if isinstance(o.get("inLanguage"), str)]
    values.append(_header(headers, "content-language") or "")
    for value in values:
        code = iso639_1(value)
        if code is not None:
            return code
    return None


def iso639_1(tag: str) -> str | None:
    """Two-letter language code of a language tag like 'en-US', 'es_MX' or 'spa'."""
    primary = re.split(r"[-_,;\s]", tag.strip().lower(), maxsplit=1)[0]
    if len(primary) == 2 and pycountry.languages.get(alpha_2=primary) is not None:
        return primary
    if len(primary) == 3:
        language = pycountry.languages.get(alpha_3=primary)
        return getattr(language, "alpha_2", None) if language is not None else None
    return None

"""Pure URL rules: canonical story URLs and unwrapping of known redirectors.

Canonicalization is deliberately conservative: two URLs that come out equal must name the
same article, so only changes that never alter what a server returns are made.
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import parse_qsl, unquote_plus, urlsplit, urlunsplit

import idna

# Query parameters that only say how a reader arrived, never which article they get.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid",
        "mc_cid", "mc_eid",  # Mailchimp
        "_ga", "_gl",  # Google Analytics cross-domain linker
        "_hsenc", "_hsmi", "hsctatracking",  # HubSpot
        "mkt_tok",  # Marketo
        "ocid",  # Microsoft/MSN syndication id; the article is in the path
        "cmpid",  # campaign id used by CNN, Fox and others
        "cmp",  # The Guardian's "CMP=share_btn_tw"
        "spm",  # Alibaba/UC "super position model" click tracking
        "ref_src", "ref_url",  # Twitter embeds; plain "ref" is kept: GitHub ?ref=branch
        "smid", "smtyp", "sr_share",  # NYT share links
        "ncid",  # Yahoo/AOL
        "s_cid", "s_kwcid", "wt.mc_id",  # Adobe / Webtrends
        "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
        "xtor",  # AT Internet (BBC, French outlets)
        "guccounter", "guce_referrer", "guce_referrer_sig",  # Yahoo consent redirect
        "oly_enc_id", "oly_anon_id", "vero_id", "rb_clickid",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_",)
# Parameters that are tracking only on one host (too generic to drop everywhere).
HOST_TRACKING_PARAMS = {"news.google.com": frozenset({"oc"})}

_DEFAULT_PORTS = {"http": 80, "https": 443}
_PERCENT_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
_GOOGLE_HOST = re.compile(r"^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$")
_GNEWS_ARTICLE = re.compile(r"^/(?:__i/)?(?:rss/)?(?:rd/)?articles/([A-Za-z0-9_-]+)")
_EMBEDDED_URL = re.compile(rb"https?://[\x21-\x7e]+")
_PROTOBUF_STRING_TAGS = frozenset({0x0A, 0x12, 0x1A, 0x22, 0x2A, 0x32, 0x3A, 0x42})


def canonical_url(url: str) -> str:
    """Story key for an http(s) URL: tracking, fragment, default port and case noise removed."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.netloc:
        return url  # not a web URL: nothing we can safely normalize
    netloc = _canonical_netloc(scheme, parts.netloc)
    path = _upper_escapes(parts.path) or "/"
    query = _strip_tracking(parts.query, netloc)
    # "#!" fragments are AJAX routes that select the content, so they are kept.
    fragment = parts.fragment if parts.fragment.startswith("!") else ""
    return urlunsplit((scheme, netloc, path, query, fragment))


def _canonical_netloc(scheme: str, netloc: str) -> str:
    """Lower-case IDNA host without default port; user info kept as published."""
    userinfo, _, hostport = netloc.rpartition("@")
    host, port = hostport, ""
    if hostport.startswith("["):  # IPv6 literal
        end = hostport.find("]")
        host, port = hostport[: end + 1], hostport[end + 2 :] if end >= 0 else ""
    elif ":" in hostport:
        host, _, port = hostport.rpartition(":")
    host = _idna_host(host.lower().rstrip("."))
    if port and port.isdigit() and int(port) == _DEFAULT_PORTS[scheme]:
        port = ""
    hostport = f"{host}:{port}" if port else host
    return f"{userinfo}@{hostport}" if userinfo else hostport


def _idna_host(host: str) -> str:
    """ASCII (punycode) form of a host name; unchanged when it is not a valid IDN."""
    if host.isascii():
        return host
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return host


def _upper_escapes(text: str) -> str:
    """Upper-case percent escapes (%2f -> %2F): RFC 3986 says they are equivalent."""
    if "%" not in text:
        return text
    return _PERCENT_ESCAPE.sub(lambda m: m.group(0).upper(), text)


def _strip_tracking(query: str, host: str) -> str:
    """Drop tracking parameters and sort the rest by name.

    Sorting is stable, so repeated names keep their relative order (that order can matter);
    the order of distinct names never selects a different article on any server we know,
    and sorting lets the same article reached through different feeds share one key.
    Pieces are kept byte-for-byte (no re-encoding) so nothing else changes.
    """
    if not query:
        return ""
    host_params = HOST_TRACKING_PARAMS.get(host.rpartition("@")[2], frozenset())
    kept: list[tuple[str, str]] = []
    for piece in query.split("&"):
        if not piece:
            continue
        name = unquote_plus(piece.partition("=")[0]).lower()
        if name in TRACKING_PARAMS or name in host_params or name.startswith(TRACKING_PREFIXES):
            continue
        kept.append((name, _upper_escapes(piece)))
    kept.sort(key=lambda item: item[0])
    return "&".join(piece for _, piece in kept)


def unwrap_redirect(url: str) -> str:
    """Target of a known redirector link (Google, Bing News, old Google News ids), else url."""
    for _ in range(3):  # a redirector may wrap another one; never loop forever
        target = _unwrap_once(url)
        if target == url:
            return url
        url = target
    return url


def _unwrap_once(url: str) -> str:
    """One level of unwrapping; returns url itself when it is not a known redirector."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    host = (parts.hostname or "").lower()
    path = parts.path
    if _GOOGLE_HOST.match(host) and path == "/url":
        return _query_target(parts.query, ("url", "q")) or url
    if host.endswith("bing.com") and path.lower() == "/news/apiclick.aspx":
        return _query_target(parts.query, ("url",)) or url
    if host == "news.google.com":
        if path in ("/news/url", "/url"):  # legacy (pre-2017) Google News redirector
            return _query_target(parts.query, ("url",)) or url
        match = _GNEWS_ARTICLE.match(path)
        if match:
            return decode_google_news_id(match.group(1)) or url
    return url


def _query_target(query: str, names: tuple[str, ...]) -> str | None:
    """First http(s) URL among the named query parameters."""
    params = dict(parse_qsl(query, keep_blank_values=True))
    for name in names:
        value = params.get(name, "").strip()
        if value.lower().startswith(("http://", "https://")):
            return value
    return None


def decode_google_news_id(article_id: str) -> str | None:
    """URL inside an old-format Google News article id, or None (new "AU_yqL" ids are opaque)."""
    padded = article_id + "=" * (-len(article_id) % 4)
    try:
        raw = base64.urlsafe_b64decode(padded)
    except (binascii.Error, ValueError):
        return None
    match = _EMBEDDED_URL.search(raw)
    if match is None:
        return None
    found = _length_prefixed(raw, match.start()) or match.group(0)
    try:
        target = found.decode("ascii")
    except UnicodeDecodeError:
        return None
    return target if urlsplit(target).netloc else None


def _length_prefixed(raw: bytes, start: int) -> bytes | None:
    """The protobuf string field starting at start, if a plausible tag and length precede it."""
    for width in (1, 2):
        tag_at = start - width - 1
        if tag_at < 0 or raw[tag_at] not in _PROTOBUF_STRING_TAGS:
            continue
        varint = raw[start - width : start]
        if any(b & 0x80 for b in varint[-1:]) or any(not b & 0x80 for b in varint[:-1]):
            continue
        length = sum((b & 0x7F) << (7 * i) for i, b in enumerate(varint))
        if start + length <= len(raw):
            candidate = raw[start : start + length]
            if all(0x21 <= b <= 0x7E for b in candidate):
                return candidate
    return None


def outlet_domain(url: str | None) -> str | None:
    """The publisher a link points at, as its host without "www." ("latimes.com"), if any."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host or host.replace(".", "").isdigit() or ":" in host:
        return None  # no name to show for IP addresses
    return host.removeprefix("www.")

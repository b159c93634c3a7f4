"""Rules of pipeline.urls: canonical story URLs and redirector unwrapping."""

from __future__ import annotations

import base64
from urllib.parse import quote

import pytest

from pipeline.urls import canonical_url, decode_google_news_id, outlet_domain, unwrap_redirect


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.ORG/Path", "https://example.org/Path"),
        ("http://example.org:80/a", "http://example.org/a"),
        ("https://example.org:443/a", "https://example.org/a"),
        ("https://example.org:8443/a", "https://example.org:8443/a"),
        ("http://example.org:443/a", "http://example.org:443/a"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org/a#section-2", "https://example.org/a"),
        ("https://example.org/#!/story/7", "https://example.org/#!/story/7"),
        ("https://example.org/a?", "https://example.org/a"),
        ("https://example.org/a?&&", "https://example.org/a"),
        ("  https://example.org/a  ", "https://example.org/a"),
        ("https://example.org./a", "https://example.org/a"),
        ("https://bücher.example/a", "https://xn--bcher-kva.example/a"),
        ("https://user:pw@Example.org:443/a", "https://user:pw@example.org/a"),
        ("https://[2001:DB8::1]:443/a", "https://[2001:db8::1]/a"),
        ("https://example.org/a%2fb", "https://example.org/a%2Fb"),
    ],
)
def test_canonical_url_normalizes_case_port_fragment_and_empty_parts(
    url: str, expected: str
) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    "param",
    [
        "utm_source=rss",
        "utm_medium=feed",
        "UTM_Campaign=x",
        "utm_anything_new=1",
        "fbclid=abc",
        "gclid=abc",
        "msclkid=abc",
        "mc_cid=1",
        "mc_eid=2",
        "ocid=msn",
        "cmpid=rss",
        "CMP=share_btn_tw",
        "_ga=1.2.3",
        "igshid=x",
        "spm=a2c",
        "ref_src=twsrc",
        "smid=tw-share",
        "at_medium=RSS",
        "at_campaign=rss",
        "xtor=RSS-1",
        "guccounter=1",
    ],
)
def test_canonical_url_drops_tracking_parameter(param: str) -> None:
    assert canonical_url(f"https://example.org/story?id=7&{param}") == (
        "https://example.org/story?id=7"
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # parameters that select content stay, byte for byte
        ("https://example.org/s?id=7", "https://example.org/s?id=7"),
        ("https://example.org/s?q=a+b%20c", "https://example.org/s?q=a+b%20c"),
        ("https://github.com/o/r/blob/x?ref=main", "https://github.com/o/r/blob/x?ref=main"),
        ("https://example.org/s?page=2&flag", "https://example.org/s?flag&page=2"),
        # distinct names are sorted; repeated names keep their order
        ("https://example.org/s?b=2&a=1", "https://example.org/s?a=1&b=2"),
        ("https://example.org/s?t=2&a=0&t=1", "https://example.org/s?a=0&t=2&t=1"),
        # "oc" is Google News tracking only on news.google.com
        ("https://news.google.com/rss/articles/X?oc=5", "https://news.google.com/rss/articles/X"),
        ("https://example.org/s?oc=5", "https://example.org/s?oc=5"),
    ],
)
def test_canonical_url_keeps_content_parameters(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    "url", ["urn:uuid:1234", "mailto:a@example.org", "tag:example.org,2024:1", "", "not a url"]
)
def test_canonical_url_leaves_non_web_urls_alone(url: str) -> None:
    assert canonical_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "https://Example.org:443/a/b?utm_source=x&id=3#top",
        "https://example.org/a/b?id=3",
        "https://example.org/story",
    ],
)
def test_canonical_url_is_idempotent(url: str) -> None:
    once = canonical_url(url)
    assert canonical_url(once) == once


def test_canonical_url_keeps_different_articles_apart() -> None:
    assert canonical_url("https://example.org/a?id=1") != canonical_url(
        "https://example.org/a?id=2"
    )
    assert canonical_url("https://example.org/A") != canonical_url("https://example.org/a")
    assert canonical_url("http://example.org/a") != canonical_url("https://example.org/a")


TARGET = "https://www.example-news.test/2024/05/county-jail-detainer.html?id=9"


def _google_news_id(*fields: tuple[int, bytes]) -> str:
    """Base64url id of a protobuf-like message: (tag byte, string) fields after a 08 13 header."""
    out = bytearray(b"\x08\x13")
    for tag, value in fields:
        out.append(tag)
        length = len(value)
        while length >= 0x80:  # varint, low 7 bits first
            out.append((length & 0x7F) | 0x80)
            length >>= 7
        out.append(length)
        out += value
    return base64.urlsafe_b64encode(bytes(out)).decode("ascii").rstrip("=")


def test_decode_google_news_id_finds_url_in_old_format() -> None:
    article_id = _google_news_id((0x22, TARGET.encode()))
    assert decode_google_news_id(article_id) == TARGET


def test_decode_google_news_id_stops_at_field_end_before_amp_url() -> None:
    amp = b"https://amp.example-news.test/x"
    # 0x52 is "R": printable, so only the length prefix tells where the URL ends
    article_id = _google_news_id((0x22, TARGET.encode()), (0x52, amp))
    assert decode_google_news_id(article_id) == TARGET


def test_decode_google_news_id_handles_two_byte_length() -> None:
    long_url = "https://example.org/" + "a" * 200
    assert decode_google_news_id(_google_news_id((0x22, long_url.encode()))) == long_url


@pytest.mark.parametrize(
    "article_id",
    [
        _google_news_id((0x22, b"AU_yqLOpaqueNewFormatIdentifierThatHasNoUrl123")),
        "AU_yqLNotEvenBase64!!",
        "",
        base64.urlsafe_b64encode(b"\x08\x13\x22\x05nourl").decode(),
    ],
)
def test_decode_google_news_id_returns_none_without_url(article_id: str) -> None:
    assert decode_google_news_id(article_id) is None


@pytest.mark.parametrize(
    "path",
    ["/rss/articles/{id}?oc=5", "/articles/{id}", "/__i/rss/rd/articles/{id}?oc=5"],
)
def test_unwrap_redirect_decodes_old_google_news_links(path: str) -> None:
    article_id = _google_news_id((0x22, TARGET.encode()))
    assert unwrap_redirect("https://news.google.com" + path.format(id=article_id)) == TARGET


def test_unwrap_redirect_keeps_new_opaque_google_news_links() -> None:
    opaque = _google_news_id((0x22, b"AU_yqLxyzOpaque"))
    url = f"https://news.google.com/rss/articles/{opaque}?oc=5"
    assert unwrap_redirect(url) == url


@pytest.mark.parametrize(
    "url",
    [
        f"https://www.google.com/url?rct=j&sa=t&url={quote(TARGET, safe='')}&ct=ga&cd=1",
        f"https://www.google.com/url?q={quote(TARGET, safe='')}&sa=D",
        f"https://google.co.uk/url?url={quote(TARGET, safe='')}",
        f"http://news.google.com/news/url?sa=t&fd=R&url={quote(TARGET, safe='')}",
        "https://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=abc"
        f"&url={quote(TARGET, safe='')}&c=123&mkt=en-us",
    ],
)
def test_unwrap_redirect_extracts_target_from_redirector(url: str) -> None:
    assert unwrap_redirect(url) == TARGET


def test_unwrap_redirect_follows_nested_redirectors() -> None:
    inner = f"https://www.google.com/url?url={quote(TARGET, safe='')}"
    outer = f"https://www.bing.com/news/apiclick.aspx?url={quote(inner, safe='')}"
    assert unwrap_redirect(outer) == TARGET


@pytest.mark.parametrize(
    "url",
    [
        TARGET,
        "https://www.google.com/search?q=ice+detainer",
        "https://www.google.com/url?url=javascript:alert(1)",
        "https://www.bing.com/news/search?q=x",
        "https://evil.example/url?url=https://example.org/",
        "https://news.google.com/topics/abc",
    ],
)
def test_unwrap_redirect_leaves_other_urls_unchanged(url: str) -> None:
    assert unwrap_redirect(url) == url


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.latimes.com/california/story/x", "latimes.com"),
        ("https://News.Example.ORG./a", "news.example.org"),
        ("http://127.0.0.1:8080/feed.xml", None),
        ("http://[2001:db8::1]/a", None),
        (None, None),
        ("", None),
    ],
)
def test_outlet_domain_names_the_publishers_host(url: str | None, outlet: str | None) -> None:
    assert outlet_domain(url) == outlet

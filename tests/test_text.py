"""Rules of pipeline.text: control characters, HTML to text, sanitizing."""

from __future__ import annotations

import pytest

from pipeline.text import (
    collapse_spaces,
    html_to_text,
    normalize_text,
    sanitize_html,
    strip_control,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain", "plain"),
        ("nul\x00inside", "nulinside"),
        ("bell\x07 and escape\x1b", "bell and escape"),
        ("keeps\ttab\nand newline", "keeps\ttab\nand newline"),
        ("windows\r\nline", "windows\nline"),
        ("old mac\rline", "old mac\nline"),
        ("del\x7f and c1\x85\x9d", "del and c1"),
        ("lone surrogate \ud800 here", "lone surrogate  here"),
        ("non-characters \ufffe\uffff", "non-characters "),
        ("unicode stays: café – 東京 ✓", "unicode stays: café – 東京 ✓"),
        ("vertical\x0bform\x0cfeed", "verticalformfeed"),
    ],
)
def test_strip_control_removes_only_control_characters(raw: str, expected: str) -> None:
    assert strip_control(raw) == expected


def test_strip_control_output_encodes_as_utf8_without_nul() -> None:
    cleaned = strip_control("".join(chr(c) for c in range(0x00, 0x100)) + "\udfff")
    assert "\x00" not in cleaned
    cleaned.encode("utf-8")  # raises on surrogates


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("<div>Block</div>text after", "Block\n\ntext after"),
        ("line<br>break<br/>again", "line\nbreak\nagain"),
        ("Fish &amp; chips &lt;3 &eacute;t&#233; &#x2014;", "Fish & chips <3 été —"),
        ("<b>bold</b> and <i>italic</i>", "bold and italic"),
        ("  lots   of \n\n  space  ", "lots of space"),
        ("a < b and c > d", "a < b and c > d"),
        ("<script>alert(1)</script>visible", "visible"),
        ("<style>p {color: red}</style>shown", "shown"),
        ("<!-- hidden comment -->kept", "kept"),
        ("<p>a</p>\n\n\n<p></p><p></p><p>b</p>", "a\n\nb"),
        ("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"),
        ("<h2>Head</h2>body", "Head\n\nbody"),
        ("word&nbsp;&nbsp;word", "word word"),
        ("<a href='x'>link</a>text", "linktext"),
        ("", ""),
        ("nul\x00byte<p>x</p>", "nulbyte\n\nx"),
    ],
)
def test_html_to_text_keeps_paragraphs_and_decodes_entities(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


def test_html_to_text_treats_source_newlines_as_spaces() -> None:
    assert html_to_text("<p>wrapped\nsource   line</p>") == "wrapped source line"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("para one\n\n\n\npara two", "para one\n\npara two"),
        ("  padded \t words  \nnext", "padded words\nnext"),
        ("x\x00y", "xy"),
    ],
)
def test_normalize_text_keeps_line_structure(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("  A\n title\twith  gaps ", "A title with gaps"), ("x\x00y", "xy"), ("", "")],
)
def test_collapse_spaces_makes_one_line(raw: str, expected: str) -> None:
    assert collapse_spaces(raw) == expected


@pytest.mark.parametrize(
    ("markup", "forbidden"),
    [
        ("<script>alert(1)</script>ok", "alert"),
        ("<img src=x onerror=alert(1)>", "onerror"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ("<iframe src='https://evil.example'></iframe>", "iframe"),
        ("<p style='position:fixed'>x</p>", "style"),
        ("<style>body{}</style>text", "body{}"),
        ("<form action='/x'><input name=a></form>", "input"),
        ('<a href="data:text/html;base64,AAAA">x</a>', "data:"),
        ("<!-- secret -->visible", "secret"),
        ("<object data='x.swf'></object>", "object"),
    ],
)
def test_sanitize_html_removes_dangerous_markup(markup: str, forbidden: str) -> None:
    assert forbidden not in sanitize_html(markup)


@pytest.mark.parametrize(
    ("markup", "expected_fragment"),
    [
        ("<p>para</p>", "<p>para</p>"),
        ("<b>b</b><strong>s</strong><em>e</em>", "<b>b</b><strong>s</strong><em>e</em>"),
        ('<a href="https://example.org/a">x</a>', 'href="https://example.org/a"'),
        ('<a href="https://example.org/">x</a>', 'rel="noopener noreferrer nofollow"'),
        ('<img src="https://example.org/i.png" alt="pic">', 'alt="pic"'),
        ("<ul><li>one</li></ul>", "<ul><li>one</li></ul>"),
        ("<blockquote>quote</blockquote>", "<blockquote>quote</blockquote>"),
    ],
)
def test_sanitize_html_keeps_allowed_markup(markup: str, expected_fragment: str) -> None:
    assert expected_fragment in sanitize_html(markup)


def test_sanitize_html_strips_nul_and_returns_plain_text_unchanged() -> None:
    assert sanitize_html("plain words") == "plain words"
    assert sanitize_html("<p>a\x00b</p>") == "<p>ab</p>"


def test_markup_a_feed_escaped_twice_is_decoded_once_more() -> None:
    text = "<b>Reno County</b>&#8217;s sheriff&#x2019;s office said 37 people [&#8230;]"
    assert normalize_text(text) == "Reno County’s sheriff’s office said 37 people […]"
    assert html_to_text("<p>&lt;b&gt;Reno County&lt;/b&gt; jail</p>") == "Reno County jail"


def test_plain_text_that_only_looks_like_markup_is_kept() -> None:
    assert normalize_text("If a < b and AT&T > c, then & stays") == (
        "If a < b and AT&T > c, then & stays")

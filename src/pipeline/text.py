"""Pure text cleaning: control characters, HTML to plain text, HTML sanitizing.

Used for feed entries now and for article pages later, so everything here is fast and
has no I/O.
"""

from __future__ import annotations

import html
import re

import nh3

# C0 controls except \t and \n, DEL, C1 controls (mojibake leaves them behind), lone
# surrogates (cannot be encoded as UTF-8) and the two non-characters U+FFFE/U+FFFF.
# PostgreSQL rejects NUL outright; the rest only ever shows up as garbage.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# Whole elements whose content is never readable text.
_INVISIBLE = re.compile(
    r"<(script|style|template|noscript|head|title)\b[^>]*>.*?</\1\s*>|<!--.*?(?:-->|$)",
    re.IGNORECASE | re.DOTALL,
)
_BREAK = re.compile(r"<br\b[^>]*>", re.IGNORECASE)
_BLOCK_NAMES = (
    "address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|"
    "h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|td|th|tr|ul"
)
# A tag must start with a letter, "/" or "!" so that plain text like "a < b" survives.
_BLOCK = re.compile(rf"</?(?:{_BLOCK_NAMES})\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<(?:/?[A-Za-z][^>]*|![^>]*|\?[^>]*)>")
_ANY_SPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace except newline (incl. NBSP)
_LINE_EDGES = re.compile(r" ?\n ?")
_MANY_NEWLINES = re.compile(r"\n{3,}")

_ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del",
        "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "i", "img", "ins", "li", "mark", "ol", "p", "pre", "q", "s", "small",
        "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "time", "tr", "u", "ul",
    }
)  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "time": {"datetime"},
}
_URL_SCHEMES = frozenset({"http", "https", "mailto"})
# A feed that escaped its markup twice leaves entities and inline tags in the decoded text
# ("the sheriff&#8217;s office", "<b>Reno County</b>" in a news search's summary).
_LEFTOVER_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,9});")
_INLINE_TAG = re.compile(
    r"</?(?:a|b|i|u|em|strong|mark|span|font|small|sup|sub|cite|abbr|time)"
    r"(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))*\s*/?>",
    re.IGNORECASE)  # attributes as name=value only: not "<a.smith@example.org>" or "a<b and b>c"


def strip_control(s: str) -> str:
    """Remove NUL and other control characters except newline and tab; CR becomes LF."""
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(s) is None:
        return s  # fast path: nearly every string is already clean
    return _CONTROL.sub("", s)


def collapse_spaces(s: str) -> str:
    """Collapse runs of whitespace to one space and trim; for one-line strings like titles."""
    return " ".join(strip_control(s).split())


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: paragraphs become blank-line separated, entities decoded."""
    # In HTML a newline in the source is just a space; only tags break lines.
    text = _ANY_SPACE.sub(" ", markup)
    if "<" not in text and "&" not in text:
        return _tidy(text)
    text = _INVISIBLE.sub("", text)
    text = _BREAK.sub("\n", text)
    text = _BLOCK.sub("\n\n", text)
    text = _TAG.sub("", text)
    return _tidy(_without_leftover_markup(html.unescape(text)))


def normalize_text(text: str) -> str:
    """Plain text with line structure kept: spaces collapsed, at most one blank line in a row,
    markup a feed escaped twice decoded."""
    return _tidy(_without_leftover_markup(text))


def _without_leftover_markup(text: str) -> str:
    if "&" in text:
        text = _LEFTOVER_ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    if "<" in text:
        text = _INLINE_TAG.sub("", text)
    return text


def _tidy(text: str) -> str:
    """Collapse spaces within lines and keep at most one blank line between paragraphs."""
    text = _SPACES.sub(" ", strip_control(text))
    text = _LINE_EDGES.sub("\n", text)
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def sanitize_html(markup: str) -> str:
    """HTML restricted to a conservative allow-list: no scripts, styles, handlers or odd URLs."""
    markup = strip_control(markup)
    if "<" not in markup and "&" not in markup and ">" not in markup:
        return markup  # nothing the sanitizer would change
    return nh3.clean(
        markup,
        tags=set(_ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in _ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(_URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


# Page furniture a scraped page or a pasted story may keep: links to other stories ("RELATED:
# Loudoun jail handed 104 to ICE"), and lists of other headlines under a heading ("MORE
# HEADLINES", "Trending Now:", "What else we're reading:"). Their figures and words are other
# stories'. (Not "WATCH:": a station's caption over its own video is the story's.)
_TEASER_LINE = re.compile(
    r"^[ \t]*(?:RELATED|READ\s+MORE|READ\s+ALSO|ALSO\s+READ|SEE\s+ALSO|MORE|Related(?:\s+Topics)?|"
    r"Read\s+more|Tags)\s*:[^\n]*$", re.M)
_TEASER_HEADING = re.compile(
    r"(?:MORE\s+(?:HEADLINES|STORIES|NEWS|LOCAL\s+NEWS|FROM\s+(?!.*\b(?:sheriff|report|jail|office|"
    r"department|police|records|data|interview)\b)[\w.’' ]{1,40})|TOP\s+STORIES|"
    r"TRENDING(?:\s+(?:NOW|STORIES|ON\s+[\w ]{1,20}))?|MOST\s+(?:READ|POPULAR|VIEWED)|"
    r"RELATED(?:\s+(?:STORIES|COVERAGE|ARTICLES|CONTENT|LINKS))?|LATEST\s+(?:NEWS|HEADLINES)|"
    r"IN\s+OTHER\s+NEWS|YOU\s+MAY\s+ALSO\s+LIKE|RECOMMENDED(?:\s+FOR\s+YOU)?|"
    r"WHAT\s+ELSE\s+WE['’]RE\s+READING)\s*:?", re.I)
# a headline under such a heading: numbered, bulleted or plain, a short line with no closing stop
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]?\s+\S[^\n]*")
_BULLET_ITEM = re.compile(r"[•▪→*-]\s*\S[^\n]*")
_PLAIN_ITEM = re.compile(r"[^\n]{1,140}(?<![.!?:\"”])")
_TEASER_ITEM_WORDS = 20


def mask_page_furniture(text: str) -> str:
    """text with teaser links and lists of other headlines blanked out by spaces, so that
    offsets into it stay offsets into the original. A list runs while its items keep the first
    item's form (numbered, bulleted or plain); a caption ("Key Points", "Transfers by month:")
    or a line of prose ends it."""
    if not text:
        return text
    masked = _TEASER_LINE.sub(lambda m: " " * len(m.group(0)), text)
    lines = masked.split("\n")
    in_list, form = False, None
    for i, line in enumerate(lines):
        plain = line.strip()
        if _TEASER_HEADING.fullmatch(plain):
            in_list, form = True, None
        elif in_list and plain:
            kind = _item_form(plain)
            if kind is None or (form is not None and kind != form):
                in_list = False
            form = form or kind
        if in_list:
            lines[i] = " " * len(line)
    return "\n".join(lines)


def _item_form(line: str) -> str | None:
    """"numbered", "bulleted" or "plain" for a short headline-like line; None otherwise."""
    if len(line.split()) > _TEASER_ITEM_WORDS or line.endswith(":"):
        return None
    if _NUMBERED_ITEM.fullmatch(line):
        return "numbered"
    if _BULLET_ITEM.fullmatch(line):
        return "bulleted"
    # a plain headline has a capital or a figure in most words, not a caption ("Key Points")
    if _PLAIN_ITEM.fullmatch(line) and len(line.split()) > 2:
        return "plain"
    return None

"""OPML import/export: folders become tags, names stay unique, hostile XML is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.models import FeedConfig
from pipeline.opml import parse_opml, to_opml

READER_EXPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My reader</title></head>
  <body>
    <outline text="Courts">
      <outline text="Jail Watch" title="Jail Watch" type="rss" xmlUrl="https://jw.example/rss"/>
      <outline title="Immigration">
        <outline text="Detainer Daily" xmlUrl="https://dd.example/atom.xml"/>
        <outline text="Jail Watch" xmlurl="https://jw2.example/rss"/>
      </outline>
    </outline>
    <outline text="  Loose   feed " xmlUrl="feed://loose.example/rss"
      category="/local/sheriffs,/x"/>
    <outline xmlUrl="https://untitled.example/feed"/>
    <outline text="Just a folder with no feeds"/>
  </body>
</opml>
"""


def test_nested_folders_become_tags_and_names_stay_unique() -> None:
    feeds = parse_opml(READER_EXPORT, source="reader.opml")
    assert [(f.name, f.url, f.tags) for f in feeds] == [
        ("Jail Watch", "https://jw.example/rss", ("Courts",)),
        ("Detainer Daily", "https://dd.example/atom.xml", ("Courts", "Immigration")),
        ("Jail Watch (2)", "https://jw2.example/rss", ("Courts", "Immigration")),
        ("Loose feed", "http://loose.example/rss", ("local", "sheriffs", "x")),
        ("untitled.example", "https://untitled.example/feed", ()),
    ]


def test_export_then_import_round_trips_names_urls_and_tags() -> None:
    feeds = [
        FeedConfig(name="A & B <news>", url="https://a.example/rss?x=1&y=2", tags=("outlet",)),
        FeedConfig(name="Searches", url="https://s.example/q", tags=("news-search", "agency")),
        FeedConfig(name="Plain", url="http://p.example/"),
    ]
    document = to_opml(feeds)
    assert document.startswith(b"<?xml")
    back = parse_opml(document, source="export.opml")
    assert [(f.name, f.url, f.tags) for f in back] == [(f.name, f.url, f.tags) for f in feeds]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<opml><body><outline text="&lol3;" xmlUrl="https://x.example/"/></body></opml>
"""


def xxe_document(secret: Path) -> bytes:
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE opml [<!ENTITY s SYSTEM "file://'
        + str(secret).encode()
        + b'">]>\n<opml><body><outline text="&s;" xmlUrl="https://x.example/"/></body></opml>'
    )


def test_entity_expansion_bomb_is_refused() -> None:
    with pytest.raises(ConfigError, match="DOCTYPE") as info:
        parse_opml(BILLION_LAUGHS, source="bomb.opml")
    assert info.value.path == "bomb.opml"
    assert info.value.line == 2


def test_external_entity_is_refused_without_reading_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    with pytest.raises(ConfigError, match="DOCTYPE") as info:
        parse_opml(xxe_document(secret), source="xxe.opml")
    assert "TOP-SECRET-VALUE" not in str(info.value)


def test_malformed_xml_names_file_and_line() -> None:
    with pytest.raises(ConfigError, match="not well-formed XML") as info:
        parse_opml(b"<opml>\n<body>\n<outline text='a'>\n</body></opml>", source="bad.opml")
    assert (info.value.path, info.value.line) == ("bad.opml", 4)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"<rss><channel/></rss>", "not an OPML document"),
        (b"<opml><head/></opml>", "no <body>"),
    ],
)
def test_documents_that_are_not_opml_are_refused(data: bytes, fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        parse_opml(data, source="x.opml")


def test_empty_body_yields_no_feeds() -> None:
    assert parse_opml(b"<opml version='2.0'><body/></opml>", source="x.opml") == []

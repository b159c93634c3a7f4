"""The relevance topic: weighted terms, required co-occurring groups, exclusions, threshold.

A topic is loaded from a TOML file (``load_topic``); the default ships inside the package
(``pipeline/data/topic.toml``, read by ``default_topic``) and ``config/topic.toml`` is the
user-editable copy of it. Term syntax, shared by every list in the file:

- text and terms are split into words and punctuation marks; a term matches a run of
  consecutive tokens, whatever the whitespace between them;
- a word written with an upper-case letter ("ICE") must match exactly, a lower-case word
  matches in any case ("ICE hold*" needs "ICE" but takes "Hold" or "holds");
- a trailing ``*`` matches any word ending ("deport*" matches deported, deportation);
- a straight apostrophe also matches a curly one;
- when terms overlap in the text, the one with most tokens counts (for [terms] and
  [exclusions]); a [[require]] group is met by any occurrence of its terms.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError

_TOML_LINE = re.compile(r"at line (\d+)")
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class TermGroup:
    """A named list of terms of which at least one must occur for a story to be related."""

    name: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    """What makes a story related; ``pattern`` is compiled once, from the other fields."""

    terms: tuple[tuple[str, float], ...]
    groups: tuple[TermGroup, ...] = ()
    exclusions: tuple[tuple[str, float], ...] = ()
    threshold: float = 1.0
    title_factor: float = 1.0  # a term in the title counts this many times its weight
    repeat_bonus: float = 0.0  # extra weight per repeated occurrence, at most 3 repeats
    window: int = 0  # groups must co-occur within this many tokens of the text; 0 = anywhere
    index: TermIndex = field(init=False, repr=False, compare=False)
    scored_names: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        scored = frozenset({t for t, _ in self.terms} | {t for t, _ in self.exclusions})
        names = scored | {t for g in self.groups for t in g.terms}
        object.__setattr__(self, "scored_names", scored)
        object.__setattr__(self, "index", TermIndex.build(set(names)))


@dataclass(frozen=True, slots=True)
class TermSpec:
    """A term as token tests: exact words must match as written, others lower-cased."""

    name: str
    tokens: tuple[str, ...]
    exact: tuple[bool, ...]
    prefix: bool  # the last token only needs to start the word

    def matches(self, words: list[str], lowered: list[str], at: int) -> bool:
        """Whether the term occurs at token position ``at``."""
        if at + len(self.tokens) > len(words):
            return False
        last = len(self.tokens) - 1
        for k, token in enumerate(self.tokens):
            word = words[at + k] if self.exact[k] else lowered[at + k]
            if word != token and not (k == last and self.prefix and word.startswith(token)):
                return False
        return True


@dataclass(frozen=True, slots=True)
class TermIndex:
    """Terms indexed by their first token (or its stem), for one pass over a text's tokens."""

    by_first: dict[str, tuple[TermSpec, ...]]
    stem_lengths: tuple[int, ...]  # lengths of single-token prefix terms ("jail*" -> 4)

    @classmethod
    def build(cls, names: set[str]) -> TermIndex:
        """Index the terms; candidates at one position are tried longest first."""
        buckets: dict[str, list[TermSpec]] = {}
        lengths: set[int] = set()
        for name in names:
            spec = _spec(name)
            if spec.prefix and len(spec.tokens) == 1:
                lengths.add(len(spec.tokens[0]))
            buckets.setdefault(spec.tokens[0].lower(), []).append(spec)
        return cls(
            {k: tuple(sorted(v, key=lambda s: -len(s.tokens))) for k, v in buckets.items()},
            tuple(sorted(lengths)),
        )

    def find(self, text: str) -> list[tuple[int, TermSpec]]:
        """Every (token position, term) occurrence, overlaps included, longest first at a spot."""
        words = tokenize(text)
        lowered = [w.lower() for w in words]
        found: list[tuple[int, TermSpec]] = []
        for at, low in enumerate(lowered):
            keys = [low] + [low[:n] for n in self.stem_lengths if len(low) > n]
            here = [
                spec
                for key in keys
                for spec in self.by_first.get(key, ())
                if spec.matches(words, lowered, at)
            ]
            here.sort(key=lambda spec: -len(spec.tokens))
            found.extend((at, spec) for spec in here)
        return found


def tokenize(text: str) -> list[str]:
    """Words and single punctuation marks; curly apostrophes become straight ones."""
    return _TOKEN.findall(text.replace("’", "'").replace("‘", "'"))


def _spec(name: str) -> TermSpec:
    tokens = tokenize(name.rstrip("*"))
    if not tokens:
        raise ValueError(f"term without words: {name!r}")
    # A word with a capital letter ("ICE") must match as written; the rest in any case.
    exact = tuple(any(c.isupper() for c in t) for t in tokens)
    lowered = tuple(t if e else t.lower() for t, e in zip(tokens, exact, strict=True))
    return TermSpec(name, lowered, exact, name.endswith("*"))


def load_topic(path: Path) -> Topic:
    """Read and validate a topic file; problems raise ConfigError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read topic file: {exc.strerror}", path=str(path)) from exc
    return parse_topic(text, source=str(path))


def default_topic() -> Topic:
    """The topic shipped inside the package (``pipeline/data/topic.toml``)."""
    ref = resources.files("pipeline").joinpath("data/topic.toml")
    return parse_topic(ref.read_text(encoding="utf-8"), source="pipeline/data/topic.toml")


def parse_topic(text: str, *, source: str) -> Topic:
    """Build a Topic from TOML text; ``source`` names the file in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = int(found.group(1)) if found else None
        raise ConfigError(f"invalid TOML: {exc}", path=source, line=line) from exc
    where = _Locator(text, source)
    unknown = set(data) - {"threshold", "title_factor", "repeat_bonus", "window", "terms",
                           "require",
                           "exclusions"}
    if unknown:
        key = sorted(unknown)[0]
        raise where.error(f"unknown setting {key!r}", key)
    terms = _weights(data.get("terms", {}), "terms", where)
    if not terms:
        raise where.error("a topic needs at least one term in [terms]", "terms")
    return Topic(
        terms=terms,
        groups=_groups(data.get("require", []), where),
        exclusions=_weights(data.get("exclusions", {}), "exclusions", where),
        threshold=_number(data, "threshold", 1.0, where),
        title_factor=_number(data, "title_factor", 1.0, where),
        repeat_bonus=_number(data, "repeat_bonus", 0.0, where),
        window=_window(data, where),
    )


@dataclass(frozen=True, slots=True)
class _Locator:
    """Finds the line a key sits on, so semantic errors point into the file."""

    text: str
    source: str

    def error(self, message: str, needle: str) -> ConfigError:
        line = None
        for number, content in enumerate(self.text.splitlines(), start=1):
            if needle in content:
                line = number
                break
        return ConfigError(message, path=self.source, line=line)


def _number(data: dict[str, Any], key: str, default: float, where: _Locator) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise where.error(f"{key} must be a number, got {value!r}", key)
    return float(value)


def _window(data: dict[str, Any], where: _Locator) -> int:
    value = data.get("window", 0)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise where.error(f"window must be a whole number of tokens >= 0, got {value!r}", "window")
    return value


def _weights(table: Any, name: str, where: _Locator) -> tuple[tuple[str, float], ...]:
    if not isinstance(table, dict):
        raise where.error(f"[{name}] must be a table of term = weight", name)
    out = []
    for term, weight in table.items():
        if not tokenize(term.rstrip("*")):
            raise where.error(f"term without words in [{name}]: {term!r}", name)
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise where.error(f"weight of {term!r} must be a number, got {weight!r}", term)
        out.append((term.strip(), float(weight)))
    return tuple(out)


def _groups(items: Any, where: _Locator) -> tuple[TermGroup, ...]:
    if not isinstance(items, list):
        raise where.error("require must be an array of tables ([[require]])", "require")
    groups = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise where.error("each [[require]] needs a name", "require")
        terms = item.get("terms")
        if not isinstance(terms, list) or not terms or not all(
            isinstance(t, str) and tokenize(t.rstrip("*")) for t in terms
        ):
            raise where.error(
                f"[[require]] {item['name']!r} needs a non-empty list of terms", item["name"]
            )
        groups.append(TermGroup(item["name"], tuple(t.strip() for t in terms)))
    return tuple(groups)

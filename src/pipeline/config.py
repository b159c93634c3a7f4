"""Load settings: config/pipeline.toml merged with PIPELINE_* variables, validated once.

Errors name the file and line (or the environment variable) and the problem.
"""

from __future__ import annotations

import re
import tomllib
import typing
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from pipeline.errors import ConfigError
from pipeline.settings import Settings

DEFAULT_SETTINGS_PATH = Path("config/pipeline.toml")
ENV_PREFIX = "PIPELINE_"

KeyPath = tuple[str | int, ...]
_Overrides = dict[tuple[str, ...], tuple[str, Any]]  # setting path -> (variable, value)

_BARE_OR_QUOTED = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_DOTTED = rf"{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*"
_HEADER_RE = re.compile(rf"^\s*(\[\[?)\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_KEY_RE = re.compile(rf"^\s*({_DOTTED})\s*=\s*(.*)$")
_PART_RE = re.compile(r""""([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+)""")
_TOML_POS_RE = re.compile(r"\s*\(at line (\d+), column \d+\)\s*$")


def load_settings(path: Path | None, environ: Mapping[str, str]) -> Settings:
    """Read the settings file (if any), apply PIPELINE_* overrides and validate once."""
    settings_path = path if path is not None else DEFAULT_SETTINGS_PATH
    # The CLI always passes a path; its default may be absent (then defaults apply).
    required = path is not None and path != DEFAULT_SETTINGS_PATH
    text = _read_settings_text(settings_path, required=required)
    data = parse_toml(text, source=str(settings_path)) if text is not None else {}
    overrides = env_overrides(environ)
    merged = _merge(data, overrides)
    settings = _validate(merged, text or "", str(settings_path), overrides)
    return _resolve_paths(settings, settings_path.parent, overrides)


def _resolve_paths(settings: Settings, folder: Path, overrides: _Overrides) -> Settings:
    """Relative file paths from the settings file resolve against its folder.

    A path given in the environment is relative to the working folder, as typed.
    """
    update: dict[str, Any] = {}
    if ("feeds_file",) not in overrides:
        update["feeds_file"] = folder / settings.feeds_file
    topic = settings.normalize.topic_file
    if topic is not None and ("normalize", "topic_file") not in overrides:
        normalize = settings.normalize.model_copy(update={"topic_file": folder / topic})
        update["normalize"] = normalize
    return settings.model_copy(update=update)


def parse_toml(text: str, *, source: str) -> dict[str, Any]:
    """Parse TOML text; a syntax error becomes a ConfigError with its line."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POS_RE.search(message)
        line = int(match.group(1)) if match else None
        problem = _TOML_POS_RE.sub("", message) if match else message
        raise ConfigError(f"TOML syntax error: {problem}", path=source, line=line) from exc


def _read_settings_text(path: Path, *, required: bool) -> str | None:
    """Return the file's text, None when an optional file is absent."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        if required:
            raise ConfigError("settings file not found", path=str(path)) from exc
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read settings file: {exc}", path=str(path)) from exc


def env_overrides(environ: Mapping[str, str]) -> _Overrides:
    """Collect PIPELINE_KEY and PIPELINE_SECTION__KEY variables as setting paths."""
    overrides: _Overrides = {}
    for var, raw in environ.items():
        if not var.startswith(ENV_PREFIX):
            continue
        name = var[len(ENV_PREFIX) :].lower()
        if "__" not in name:
            # Other PIPELINE_* variables (PIPELINE_CONFIG, test URLs) are not settings.
            if name in Settings.model_fields and _section_model(name) is None:
                overrides[(name,)] = (var, raw)
            continue
        section, _, key = name.partition("__")
        model = _section_model(section)
        if model is None:
            raise ConfigError(f"environment variable {var}: unknown settings section {section!r}")
        if key not in model.model_fields:
            raise ConfigError(f"environment variable {var}: unknown setting '{section}.{key}'")
        overrides[(section, key)] = (var, _env_value(model, key, raw))
    return overrides


def _section_model(name: str) -> type[BaseModel] | None:
    """The model class of a settings section, None for a plain setting."""
    field = Settings.model_fields.get(name)
    annotation = field.annotation if field else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _env_value(model: type[BaseModel], key: str, raw: str) -> Any:
    """Split comma-separated values for list settings; leave the rest to validation."""
    origin = typing.get_origin(model.model_fields[key].annotation)
    if origin in (tuple, list):
        return [item.strip() for item in raw.split(",") if item.strip()]
    return raw


def _merge(data: Mapping[str, Any], overrides: _Overrides) -> dict[str, Any]:
    """File values with environment values laid over them."""
    merged: dict[str, Any] = {
        key: dict(value) if isinstance(value, dict) else value for key, value in data.items()
    }
    for keys, (_var, value) in overrides.items():
        if len(keys) == 1:
            merged[keys[0]] = value
            continue
        section = merged.setdefault(keys[0], {})
        if isinstance(section, dict):
            section[keys[1]] = value
    return merged


def _validate(merged: Mapping[str, Any], text: str, source: str, overrides: _Overrides) -> Settings:
    """Validate the merged values; errors point at the variable or the file line."""
    try:
        return Settings.model_validate(merged)
    except ValidationError as exc:
        errors = exc.errors()
        located = [_locate(err, text, overrides) for err in errors]
        first_line, first_message = located[0]
        rest = [f"{source}:{line}: {msg}" if line else msg for line, msg in located[1:]]
        path = None if first_message.startswith("environment variable") else source
        message = "\n".join([first_message, *rest])
        raise ConfigError(message, path=path, line=first_line) from exc


def _locate(error: Mapping[str, Any], text: str, overrides: _Overrides) -> tuple[int | None, str]:
    """Describe one validation error and find where its value came from."""
    loc = tuple(str(part) for part in error["loc"])
    dotted = ".".join(loc)
    if error["type"] == "extra_forbidden":
        problem = f"unknown setting {dotted!r}"
    else:
        problem = f"{dotted}: {error['msg']} (got {error.get('input')!r})"
    for length in (2, 1):
        if loc[:length] in overrides:
            return None, f"environment variable {overrides[loc[:length]][0]}: {problem}"
    return find_key_line(text, loc), problem


def find_key_line(text: str, keys: Sequence[str | int]) -> int | None:
    """Line of the key at ``keys`` in TOML text, else of its closest enclosing table."""
    target = tuple(keys)
    best: int | None = None
    best_len = 0
    for path, lineno in _key_lines(text):
        if path == target:
            return lineno
        if len(path) > best_len and target[: len(path)] == path:
            best, best_len = lineno, len(path)
    return best


def _key_lines(text: str) -> Iterator[tuple[KeyPath, int]]:
    """Yield the full key path defined on each header or key line."""
    table: KeyPath = ()
    aot_counts: dict[tuple[str, ...], int] = {}
    last_aot: KeyPath = ()
    closing: str | None = None  # delimiter of the multi-line string we are inside
    for lineno, line in enumerate(text.splitlines(), 1):
        if closing is not None:
            if closing in line:
                closing = None
            continue
        if header := _HEADER_RE.match(line):
            names = _split_key(header.group(2))
            if header.group(1) == "[[":
                aot_counts[names] = aot_counts.get(names, -1) + 1
                table = last_aot = (*names, aot_counts[names])
            elif last_aot and names[: len(last_aot) - 1] == last_aot[:-1]:
                table = (*last_aot, *names[len(last_aot) - 1 :])  # sub-table of an array item
            else:
                table = names
            yield table, lineno
        elif key := _KEY_RE.match(line):
            yield (*table, *_split_key(key.group(1))), lineno
            closing = _opens_multiline(key.group(2))


def _split_key(raw: str) -> tuple[str, ...]:
    """Split a dotted TOML key into its unquoted parts."""
    return tuple(a or b or c for a, b, c in _PART_RE.findall(raw))


def _opens_multiline(value: str) -> str | None:
    """The delimiter if this value starts a multi-line string left open on its line."""
    for delim in ('"""', "'''"):
        if value.startswith(delim) and value.count(delim) == 1:
            return delim
    return None

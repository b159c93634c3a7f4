"""State shared by the CLI commands: settings loaded once, on first use."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import click

from pipeline.durations import parse_duration
from pipeline.errors import PipelineError
from pipeline.settings import Settings


@dataclass
class AppContext:
    config_path: Path
    _settings: Settings | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from pipeline.config import load_settings

            try:
                self._settings = load_settings(self.config_path, os.environ)
            except PipelineError as exc:
                raise click.ClickException(str(exc)) from exc
        return self._settings


pass_app = click.make_pass_decorator(AppContext)


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Turn project errors that reach the CLI into one-line messages instead of tracebacks."""
    try:
        yield
    except PipelineError as exc:
        raise click.ClickException(str(exc)) from exc


def since_option(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """Click callback: "7d", "12h" -> the UTC time that long ago (bare numbers are days)."""
    if value is None:
        return None
    try:
        return datetime.now(UTC) - parse_duration(value, default_unit="d")
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc

"""The README documents every command, setting and table; every command's help has an example."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from pydantic import BaseModel

from pipeline.cli import _register, cli
from pipeline.settings import Settings
from pipeline.store.schema import metadata

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "pipeline") -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        found.append((path, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
    return found


_register()
COMMANDS = _commands(cli)


def _settings(model: type[BaseModel], prefix: str = "") -> list[str]:
    names: list[str] = []
    for name, field in model.model_fields.items():
        kind = field.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            names.extend(_settings(kind, f"{name}."))
        else:
            names.append(prefix + name)
    return names


def test_there_are_commands_to_check() -> None:
    assert len(COMMANDS) >= 15


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_is_in_the_readme(path: str, command: click.Command) -> None:
    assert f"`{path}" in README


@pytest.mark.parametrize(
    ("path", "command"),
    [(p, c) for p, c in COMMANDS if not isinstance(c, click.Group)],
    ids=[p for p, c in COMMANDS if not isinstance(c, click.Group)],
)
def test_every_command_help_has_an_example(path: str, command: click.Command) -> None:
    assert "Example" in (command.help or ""), path


@pytest.mark.parametrize("setting", _settings(Settings))
def test_every_setting_is_in_the_readme(setting: str) -> None:
    assert f"`{setting.rsplit('.', 1)[-1]}`" in README


@pytest.mark.parametrize("table", sorted(metadata.tables))
def test_every_table_is_in_the_readme(table: str) -> None:
    assert f"`{table}`" in README

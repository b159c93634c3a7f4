"""The ``pipeline`` command: a thin shell over the library.

Each sub-module adds one group of commands; library errors become CLI errors only here.
"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline import __version__
from pipeline.cli.context import AppContext

DEFAULT_CONFIG = Path("config/pipeline.toml")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="PIPELINE_CONFIG",
    default=DEFAULT_CONFIG,
    show_default=True,
    help="Settings file (TOML). Every setting can also be set by a PIPELINE_* variable.",
)
@click.version_option(__version__, prog_name="pipeline")
@click.pass_context
def cli(ctx: click.Context, config_path: Path) -> None:
    """Monitor news feeds for local agencies handing people in custody to ICE."""
    ctx.obj = AppContext(config_path=config_path)


def _register() -> None:
    # Imported for the side effect (F401): each module registers its commands on ``cli``.
    # Here, not at module top, so each command module can import ``cli`` helpers.
    from pipeline.cli import evaluate, feeds, flags, query, reports, service  # noqa: F401


def main() -> None:
    _register()
    cli(prog_name="pipeline")

"""Structured logging, configured once at start-up (key=value or JSON lines on stderr)."""

from __future__ import annotations

import logging
import sys
from typing import Any

import structlog

from pipeline.settings import LoggingSettings


def configure(settings: LoggingSettings, *, level: str | None = None) -> None:
    """Route structlog and stdlib logging to stderr in the configured format."""
    threshold = logging.getLevelName(level or settings.level)
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if settings.format == "json"
        else structlog.processors.KeyValueRenderer(key_order=["timestamp", "level", "event"])
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(threshold),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
    # Libraries (APScheduler, aiohttp, alembic) log through stdlib: keep only their warnings.
    logging.basicConfig(stream=sys.stderr, level=max(threshold, logging.WARNING), force=True)


def get_logger(name: str) -> Any:
    return structlog.get_logger(name)

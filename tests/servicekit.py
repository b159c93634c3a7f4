"""Helpers for end-to-end tests: RSS documents, settings files, and service processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASE_DATE = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Item:
    guid: str
    title: str
    link: str
    published: datetime = BASE_DATE


def make_items(prefix: str, count: int) -> list[Item]:
    """``count`` distinct items whose links live on news.example under ``prefix``."""
    return [
        Item(
            guid=f"{prefix}-{i}",
            title=f"Sheriff's office reports transfer number {i} ({prefix})",
            link=f"https://news.example/{prefix}/{i}?utm_source=rss",
            published=BASE_DATE - timedelta(hours=i),
        )
        for i in range(count)
    ]


def make_rss(title: str, items: Iterable[Item]) -> bytes:
    """An RSS 2.0 document in our own words."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<rss version="2.0"><channel><title>{escape(title)}</title>',
        "<link>https://news.example/</link><description>test feed</description>",
    ]
    for item in items:
        parts.append(
            f"<item><guid>{escape(item.guid)}</guid><title>{escape(item.title)}</title>"
            f"<link>{escape(item.link)}</link>"
            f"<pubDate>{format_datetime(item.published)}</pubDate>"
            f"<description>{escape(item.title)}: county jail handed people to ICE.</description>"
            "</item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode()


def write_feeds(path: Path, feeds: Sequence[tuple[str, str]], interval: str = "1h") -> Path:
    """A feeds.toml with ``(name, url)`` pairs."""
    blocks = [
        f'[[feed]]\nname = "{name}"\nurl = "{url}"\ninterval = "{interval}"\n'
        for name, url in feeds
    ]
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def write_settings(folder: Path, database_url: str, **sections: dict[str, object]) -> Path:
    """A pipeline.toml for tests: loopback allowed, no per-host spacing, one parser process,
    no article pages fetched."""
    values: dict[str, dict[str, object]] = {
        "fetch": {
            "allow_private": ["127.0.0.1"],
            "per_host_delay_seconds": 0,
            "total_timeout": 5,
            "connect_timeout": 2,
        },
        "parse": {"workers": 1},
        "poll": {"tick_seconds": 0.2},
        # Items link to news.example: fetching their pages would need DNS. Tests that serve
        # pages from loopback turn this back on.
        "normalize": {"fetch_pages": False},
    }
    for name, overrides in sections.items():
        values.setdefault(name, {}).update(overrides)
    lines = [f'database_url = "{database_url}"', 'feeds_file = "feeds.toml"']
    for name, settings in values.items():
        lines.append(f"[{name}]")
        lines.extend(f"{key} = {_toml(value)}" for key, value in settings.items())
    path = folder / "pipeline.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _toml(value: object) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class ServiceProcess:
    """``pipeline run`` in a child process, its log in a file."""

    def __init__(self, config: Path, log: Path) -> None:
        self.log_path = log
        self._log = log.open("wb")
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIPELINE_")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "--config", str(config), "run"],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=config.parent,
        )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=timeout)
        finally:
            self._log.close()

    def kill(self) -> None:
        self.stop(signal.SIGKILL)


def run_cli(config: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``pipeline --config CONFIG ARGS`` in a child process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIPELINE_")}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "--config", str(config), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=config.parent,
        timeout=timeout,
        check=False,
    )


def wait_until(condition: Callable[[], bool], timeout: float = 20, message: str = "") -> None:
    """Poll ``condition`` until true, failing the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    pytest.fail(f"timed out after {timeout}s waiting for {message or condition}")

"""Service settings: the shape of config/pipeline.toml, validated once and passed down.

Loading (file + PIPELINE_* environment overrides, errors naming file and line) lives in
``pipeline.config``; this module only declares the settings and their defaults.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from pipeline import USER_AGENT_PRODUCT, __version__

DEFAULT_USER_AGENT = f"{USER_AGENT_PRODUCT}/{__version__} (RSS news monitor; python-httpx)"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PollSettings(_Section):
    default_interval_minutes: float = Field(15, gt=0)
    tick_seconds: float = Field(30, gt=0)  # how often the service looks for due feeds
    lease_seconds: float = Field(300, gt=0)  # a claimed feed is ours for this long
    batch_size: int = Field(100, gt=0)  # feeds claimed per tick
    backoff_base_seconds: float = Field(60, gt=0)
    backoff_max_seconds: float = Field(6 * 3600, gt=0)
    retry_after_max_seconds: float = Field(24 * 3600, gt=0)
    shutdown_grace_seconds: float = Field(20, ge=0)


class FetchSettings(_Section):
    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = Field(10, gt=0)
    total_timeout: float = Field(30, gt=0)  # whole request, body included
    max_body_bytes: int = Field(10 * 1024 * 1024, gt=0)
    max_redirects: int = Field(5, ge=0)
    global_concurrency: int = Field(50, gt=0)
    per_host_concurrency: int = Field(2, gt=0)
    per_host_delay_seconds: float = Field(1.0, ge=0)  # spacing between requests to one host
    # Hosts ("localhost", "feeds.internal") or networks ("127.0.0.0/8") that may be contacted
    # although they are not public addresses. Empty in production; tests allow loopback.
    allow_private: tuple[str, ...] = ()
    # Processes making requests (this one plus helpers); 0 = one per core when requests to
    # one host need no spacing (per_host_delay_seconds = 0), else 1. See pipeline.fetchpool.
    processes: int = Field(0, ge=0)

    @model_validator(mode="after")
    def _processes_keep_spacing(self) -> FetchSettings:
        if self.processes > 1 and self.per_host_delay_seconds > 0:
            raise ValueError(
                "processes > 1 needs per_host_delay_seconds = 0: the spacing between requests"
                " to one host cannot be kept across processes"
            )
        return self


class ParseSettings(_Section):
    max_entries: int = Field(500, gt=0)  # per document; the rest are dropped and counted
    workers: int = Field(0, ge=0)  # parser processes; 0 = one per core


class LoggingSettings(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["keyvalue", "json"] = "keyvalue"


class NormalizeSettings(_Section):
    topic_file: Path | None = None  # relevance topic (TOML); None: the packaged default topic
    fetch_pages: bool = True  # fetch each related story's article page for its full text
    page_max_bytes: int = Field(5 * 1024 * 1024, gt=0)  # larger pages fall back to the summary
    batch_size: int = Field(50, gt=0)  # stories claimed per processing round
    lease_seconds: float = Field(300, gt=0)  # a claimed story is ours for this long
    min_page_chars: int = Field(200, gt=0)  # shorter page text is a teaser: use the summary


class WebhookSettings(_Section):
    url: str | None = None  # POST target for each new flag; None: no webhook deliveries
    timeout_seconds: float = Field(10, gt=0)  # whole request, connect included
    max_attempts: int = Field(10, gt=0)  # then the delivery is marked failed
    backoff_base_seconds: float = Field(30, gt=0)
    backoff_max_seconds: float = Field(3600, gt=0)
    # Non-public hosts or networks the webhook URL may point at (as fetch.allow_private).
    allow_private: tuple[str, ...] = ()
    secret: str | None = None  # HMAC-SHA256 key for the X-Pipeline-Signature header


class Settings(_Section):
    database_url: str = "sqlite:///data/pipeline.db"
    feeds_file: Path = Path("feeds.toml")  # relative to the settings file's folder
    poll: PollSettings = PollSettings()
    fetch: FetchSettings = FetchSettings()
    parse: ParseSettings = ParseSettings()
    logging: LoggingSettings = LoggingSettings()
    webhook: WebhookSettings = WebhookSettings()
    normalize: NormalizeSettings = NormalizeSettings()

"""The project's one exception tree.

PipelineError
├── ConfigError            a settings or feeds file is invalid (names file, line, problem)
├── FetchError             a poll could not get a usable response
│   ├── BlockedAddressError    the URL or a redirect resolves to a refused address
│   ├── TooManyRedirectsError
│   ├── BodyTooLargeError      decoded body over the cap (also decompression bombs)
│   ├── FetchTimeoutError      connect timeout or total deadline passed
│   └── HTTPStatusError        the server answered with an error status
├── ParseError             a document yielded nothing feedparser could read
└── StorageError           the database refused an operation or is unreachable

Library errors (httpx, aiohttp, SQLAlchemy, tomllib...) are translated into these at the
module that calls the library, with ``raise ... from exc``.
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base of every error this project raises on purpose."""


class ConfigError(PipelineError):
    """A configuration file or value is invalid."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = path or ""
        if path and line is not None:
            where = f"{path}:{line}"
        super().__init__(f"{where}: {message}" if where else message)


class FetchError(PipelineError):
    """A poll could not get a usable response."""


class BlockedAddressError(FetchError):
    """The URL, or one of its redirects, points at an address we refuse to contact."""


class TooManyRedirectsError(FetchError):
    """More redirects than the configured maximum."""


class BodyTooLargeError(FetchError):
    """The decoded body exceeded the size cap."""


class FetchTimeoutError(FetchError):
    """The connect timeout or the total request deadline passed."""


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(self, status: int, message: str, *, retry_after: float | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled across processes (pipeline.fetchpool): rebuilt from the same arguments.
        return (_http_status_error, (self.status, str(self), self.retry_after))


def _http_status_error(status: int, message: str, retry_after: float | None) -> HTTPStatusError:
    return HTTPStatusError(status, message, retry_after=retry_after)


class ParseError(PipelineError):
    """A document could not be parsed into any entry or feed metadata."""


class StorageError(PipelineError):
    """The database refused an operation or could not be reached."""

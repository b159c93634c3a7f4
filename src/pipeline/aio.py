"""Running the service's coroutines: on uvloop's event loop where it is installed.

A steady-state pass is mostly event-loop work (a socket write, a read, timers and callbacks
per 304); uvloop does that work in C. Without it (Windows, or not installed) the standard
loop runs the same code. Also ``tune_gc``, the garbage-collector settings of every process
that polls or fetches.
"""

from __future__ import annotations

import asyncio
import functools
import gc
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's loop constructor, or None for asyncio's default."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def run(main: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(main)`` on the fastest loop available."""
    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        return runner.run(main)


# Young-generation collections per this many net allocations (CPython's default is 700).
GC_YOUNG_THRESHOLD = 20_000


@functools.cache  # once per process: a later freeze could pin uncollected garbage for good
def tune_gc() -> None:
    """Make garbage collection cheap for the poll loop.

    Every request allocates a few dozen short-lived objects on top of a large long-lived heap
    (SQLAlchemy, aiohttp, the parsers): with the defaults, collections ran every few requests
    and older generations kept rescanning that heap, a tenth of a steady-state pass. What exists
    at start-up is frozen (never scanned again) and young collections run less often.
    """
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(GC_YOUNG_THRESHOLD, young), middle, old)

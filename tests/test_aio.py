"""The event loop the service's coroutines run on."""

from __future__ import annotations

import asyncio
import builtins
from typing import Any

import pytest

from pipeline import aio


async def _loop_type() -> str:
    return type(asyncio.get_running_loop()).__module__


def test_runs_on_uvloop_where_installed() -> None:
    pytest.importorskip("uvloop")
    assert aio.run(_loop_type()).startswith("uvloop")


def test_falls_back_to_asyncio_without_uvloop(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def refuse_uvloop(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "uvloop":
            raise ImportError("no uvloop here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse_uvloop)
    assert aio.run(_loop_type()).startswith("asyncio")

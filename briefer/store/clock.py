"""Timestamps and ids for rows: one place so tests can pin them (time from briefer.clock)."""

from __future__ import annotations

from briefer.clock import now_iso

__all__ = ["new_uuid", "now_iso"]


def new_uuid() -> str:
    import uuid  # with `platform`, ~2 ms of every process; only writers make ids

    return str(uuid.uuid4())

"""Timestamps and ids for rows: one place so tests can pin them (time from briefer.clock)."""

from __future__ import annotations

import uuid

from briefer.clock import now_iso

__all__ = ["new_uuid", "now_iso"]


def new_uuid() -> str:
    return str(uuid.uuid4())

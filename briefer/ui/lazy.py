"""ADAPTER: a stand-in for :class:`briefer.services.Services` that imports the core's store
layer (sqlite-utils and friends, ~0.3 s) on first use instead of at start-up.

The window is built and shown without touching the store; the first background operation
(loading the pairs) creates the real ``Services``, on its worker thread. Everything else is
passed through unchanged, so widgets call it exactly as they would call ``Services``.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from briefer.paths import resolve_store_path


class LazyServices:
    def __init__(self, store_path: Path | str | None = None) -> None:
        self.store_path = resolve_store_path(store_path)
        self._lock = threading.Lock()
        self._real: Any = None

    @property
    def real(self) -> Any:
        """The real ``Services`` (created, and its modules imported, on first use)."""
        if self._real is None:
            with self._lock:
                if self._real is None:
                    from briefer.services import Services

                    self._real = Services(self.store_path)
        return self._real

    def __getattr__(self, name: str) -> Any:  # only for names not set on the stand-in
        return getattr(self.real, name)

    def close(self) -> None:
        if self._real is not None:
            self._real.close()

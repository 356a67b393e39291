"""The PySide6 reference-count workaround (briefer/ui/refguard.py) keeps signals safe."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, QObject, Signal

from briefer.ui import refguard


class _Emitter(QObject):
    changed = Signal(object)


def test_many_signals_and_empty_variants_never_exhaust_the_singletons(qapp) -> None:
    refguard.install()
    emitter = _Emitter()
    received: list[object] = []
    emitter.changed.connect(received.append)
    floor = min(sys.getrefcount(obj) for obj in (None, True, False))
    for _ in range(20_000):  # far more than True's natural reference count on 3.11
        emitter.changed.emit(None)
        QModelIndex().data()
    assert len(received) == 20_000
    assert min(sys.getrefcount(obj) for obj in (None, True, False)) > 1000
    if refguard.leaks_singletons():
        assert floor > refguard.HEADROOM // 2  # the workaround is in place

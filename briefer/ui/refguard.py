"""WORKAROUND for a reference-count bug in PySide6 6.12 on CPython 3.11 (a guard: see below).

With that pair, every ``Signal.emit()`` made from Python releases a reference to ``True``
that it never took, and every invalid ``QVariant`` handed to Python (``index.data(role)``
for a role a model does not answer, for instance) releases one to ``None``. On CPython
3.12+ these singletons are immortal, so nothing happens; on 3.11 their counts drain, and
after a few hundred signals the interpreter aborts with "deallocating True or False".

:func:`install` checks whether the running PySide6 has the bug (a few probe calls) and, if
it does, raises the reference counts of ``None``, ``True`` and ``False`` far out of reach of
any session (2**40 leaks). Those objects are never freed anyway, so this changes nothing
else. pyproject.toml pins PySide6-Essentials below 6.12, so with the locked versions the
probe finds nothing and this does nothing; it stays as a guard for environments that
install another PySide6. Remove it once PySide6 is fixed or Briefer requires Python 3.12.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QModelIndex, QObject, Signal

HEADROOM = 1 << 40
_SINGLETONS = (None, True, False)
_state = {"installed": False, "leaks": False}


class _Probe(QObject):
    fired = Signal()


def leaks_singletons(rounds: int = 50) -> bool:
    """Whether emitting signals or reading an invalid QVariant loses references here."""
    if sys.version_info >= (3, 12):
        return False  # immortal singletons: a lost reference cannot matter
    probe = _Probe()
    index = QModelIndex()
    before = [sys.getrefcount(obj) for obj in _SINGLETONS]
    for _ in range(rounds):
        probe.fired.emit()
        index.data()
    after = [sys.getrefcount(obj) for obj in _SINGLETONS]
    return any(b - a >= rounds // 2 for b, a in zip(before, after, strict=True))


def _refcount_field(obj: object) -> ctypes.c_ssize_t:
    # CPython < 3.12 release builds: PyObject starts with Py_ssize_t ob_refcnt.
    return ctypes.c_ssize_t.from_address(id(obj))


def install() -> bool:
    """Apply the workaround once per process if this PySide6 needs it; True if applied."""
    if _state["installed"]:
        return _state["leaks"]
    _state["installed"] = True
    if hasattr(sys, "getobjects"):  # a Py_TRACE_REFS debug build: different object layout
        return False
    _state["leaks"] = leaks_singletons()
    if _state["leaks"]:
        for obj in _SINGLETONS:
            _refcount_field(obj).value += HEADROOM
    return _state["leaks"]

"""Package attributes loaded on first use (PEP 562), so that importing a package for one name
does not import every module in it; and third-party modules whose code runs on first use
(:func:`defer_import`): each command is a fresh process, and what it imports before doing
its work is time the user waits for."""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_attributes(package: str, homes: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package``: ``homes`` maps a public name to the
    submodule that defines it; the value is cached in the package once loaded."""

    def __getattr__(name: str) -> object:
        module = homes.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        vars(import_module(package))[name] = value
        return value

    return __getattr__


class OnFirstUse:
    """Module ``name``, imported on the first use of one of its attributes rather than when
    the importer loads: for a feature the window offers but does not need to show itself
    (the hub's client, psycopg, ~75 ms of CPU before the app's window could appear)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(import_module(self._name), attribute)


def defer_import(name: str) -> None:
    """Put module ``name`` in ``sys.modules`` unexecuted: its code runs on the first use of
    any of its attributes (by any importer, with the import lock's guarantees: one thread
    runs it while the others wait). Nothing happens when it is already imported or missing.

    For a third-party module that a dependency imports at start-up only to keep a name it
    rarely or never calls. Unlike ``importlib.util.LazyLoader``, the module keeps a real
    ``__spec__``, so a later ``import name`` (which reads ``__spec__`` on Python 3.11) does
    not set the execution off.
    """
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _Deferred
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent in sys.modules:  # (find_spec imported it) as an import binds a submodule, so
        # that ``import PIL.Image`` then ``PIL.Image.open`` finds it (the import, seeing the
        # module in sys.modules, binds nothing itself)
        setattr(sys.modules[parent], child, module)


_deferred_lock = threading.RLock()


class _Deferred(types.ModuleType):
    """A module whose code has not run yet; the first missing attribute runs it."""

    def __getattr__(self, attribute: str) -> Any:
        with _deferred_lock:
            if type(self) is _Deferred:
                if self.__dict__.get("__deferred_running__"):
                    # Its own code, still running, looked up a name it has not defined yet.
                    raise AttributeError(attribute)
                self.__dict__["__deferred_running__"] = True
                spec = self.__spec__
                assert spec is not None and spec.loader is not None
                try:
                    spec.loader.exec_module(self)
                except BaseException:
                    sys.modules.pop(spec.name, None)  # as a failed import leaves it
                    raise
                finally:
                    self.__dict__.pop("__deferred_running__", None)
                self.__class__ = types.ModuleType  # type: ignore[assignment]
        return getattr(self, attribute)

"""ReportLab's case-insensitive regular expressions, compiled when first used, not at import.

``reportlab.platypus.paragraph`` compiles a URL pattern at import that is case-insensitive over
U+00A1–U+FFFF: Python's regex compiler folds the case of every code point in such a range, about
20 ms of processor time in every process that lays out a page, though the pattern is only
matched when a word is too long for its line and is hyphenated (Briefer breaks its URLs
itself, ``pdf_text.url_lines``). :func:`install` defers such patterns: while that module is
imported, in the importing thread only, a pattern compiled with ``re.IGNORECASE`` (the flag
that makes the compiler fold) becomes a :class:`LazyPattern` that compiles on first use. Every
other pattern, and every other module and thread, is untouched.

Installed once by the package (``briefer.export``), so it is in place before any export
module imports ReportLab; it removes itself after the one import it watches.
"""

from __future__ import annotations

import importlib.machinery
import re
import sys
import threading
from collections.abc import Sequence
from types import ModuleType
from typing import Any, cast

WATCHED = "reportlab.platypus.paragraph"


class LazyPattern:
    """A compiled pattern's stand-in: compiles on the first attribute asked for (``match``,
    ``search``…), then keeps each method it hands out, so later calls cost what the real
    pattern's do."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not a pattern attribute: no compile for copy/pickle probes
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        value = getattr(self._compiled, name)
        setattr(self, name, value)  # the next lookup finds it without __getattr__
        return value


class _Loader:  # importlib's protocol; importlib.abc costs 6 ms of imports
    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:  # get_source and friends: tracebacks, linecache
        return getattr(self.inner, name)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        module: ModuleType | None = self.inner.create_module(spec)
        return module

    def exec_module(self, module: ModuleType) -> None:
        real = re.compile
        importing = threading.get_ident()

        def compile_lazily(pattern: Any, flags: int = 0) -> Any:
            if (
                threading.get_ident() == importing
                and isinstance(pattern, str | bytes)
                and flags & re.IGNORECASE
                and not flags & re.ASCII
            ):
                return LazyPattern(pattern, flags)
            return real(pattern, flags)

        re.compile = compile_lazily
        try:
            self.inner.exec_module(module)
        finally:
            re.compile = real


class _Finder:  # importlib's meta path protocol
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != WATCHED:
            return None
        uninstall()
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = cast("importlib.machinery.SourceFileLoader", _Loader(spec.loader))
        return spec


_FINDER = _Finder()


def install() -> None:
    """Watch for ReportLab's paragraph module (nothing to do once it is imported)."""
    if WATCHED not in sys.modules and _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)


def uninstall() -> None:
    if _FINDER in sys.meta_path:
        sys.meta_path.remove(_FINDER)

"""Package attributes loaded on first use (PEP 562), so that importing a package for one name
does not import every module in it: each command is a fresh process, and what it imports
before doing its work is time the user waits for."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module


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

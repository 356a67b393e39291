"""Briefer: citation-linked briefing notes for official visits."""

from briefer.lazy import defer_import

# sqlite-utils imports dateutil's parser (with its time-zone modules) when it loads, for its
# date-conversion helpers, which Briefer never calls: ~20 ms of every command's start-up.
# It now runs only if something uses it. (Its other start-up imports, click and pluggy,
# cannot wait: sqlite-utils uses them while it loads.)
defer_import("dateutil.parser")


def __getattr__(name: str) -> str:
    # ``__version__`` is read from the installed metadata on first use only: importlib.metadata
    # costs tens of milliseconds, which every command would pay at start-up.
    if name != "__version__":
        raise AttributeError(f"module 'briefer' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("briefer")
    except PackageNotFoundError:  # a bare checkout or a frozen bundle without metadata
        found = "0.1.0"
    globals()["__version__"] = found
    return found

"""Briefer: citation-linked briefing notes for official visits."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefer")
except PackageNotFoundError:  # running from a bare checkout or a frozen bundle without metadata
    __version__ = "0.1.0"

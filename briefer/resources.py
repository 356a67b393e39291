"""One resolver for ``templates/`` and ``resources/``: checkout, installed wheel and frozen bundle.

- checkout (``uv run``, editable install): the folders beside the ``briefer`` package;
- installed wheel: ``briefer/_data/…`` (hatch force-include puts them there);
- PyInstaller bundle: ``sys._MEIPASS/…`` (the spec collects them under the same names).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _root_for(name: str) -> Path:
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates.append(_PACKAGE_DIR.parent / name)  # checkout / editable install
    candidates.append(_PACKAGE_DIR / "_data" / name)  # installed wheel
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Briefer's {name} folder is missing from this installation.")


def templates_dir() -> Path:
    return _root_for("templates")


def resources_dir() -> Path:
    return _root_for("resources")


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/`` (it may not exist; callers check)."""
    return resources_dir().joinpath(*parts)


def template(*parts: str) -> Path:
    return templates_dir().joinpath(*parts)


def fonts_dir() -> Path:
    return resource("fonts")


def demo_pack_path() -> Path:
    return resource("demo", "pack.json")

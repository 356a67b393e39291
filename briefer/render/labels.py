"""Translated labels for templates and document furniture (``templates/labels.json``).

One table serves every template in both languages, so templates are never duplicated per
language. A ``labels.json`` in the user's template folder overrides single entries.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from briefer.errors import ExportError
from briefer.limits import TooDeep, loads_bounded
from briefer.resources import templates_dir

LABELS_FILE = "labels.json"
MAX_LABELS_CHARS = 1_000_000
MAX_LABELS_DEPTH = 8  # {language: {key: text}} is 2; leave room, refuse anything absurd
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def _read(path: Path) -> dict[str, dict[str, str]]:
    try:
        text = path.read_text(encoding="utf-8")
        if len(text) > MAX_LABELS_CHARS:
            raise ExportError(
                f"The labels file '{path}' is larger than {MAX_LABELS_CHARS:,} characters, "
                "the limit for a labels file."
            )
        data = loads_bounded(text, max_depth=MAX_LABELS_DEPTH)
    except TooDeep as err:
        raise ExportError(
            f"The labels file '{path}' is nested more than {MAX_LABELS_DEPTH} levels deep; "
            "it holds one table per language, with text entries."
        ) from err
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ExportError(f"The labels file '{path}' could not be read: {err}.") from err
    if not isinstance(data, dict):
        raise ExportError(f"The labels file '{path}' must hold one table per language.")
    table: dict[str, dict[str, str]] = {}
    for lang, entries in data.items():
        if isinstance(entries, dict):
            table[lang] = {str(k): str(v) for k, v in entries.items() if isinstance(v, str)}
    return table


@lru_cache(maxsize=8)
def _load(user_dir: str | None, mtime: float) -> dict[str, dict[str, str]]:
    table = _read(templates_dir() / LABELS_FILE)
    if user_dir:
        override = Path(user_dir) / LABELS_FILE
        if override.is_file():
            for lang, entries in _read(override).items():
                table.setdefault(lang, {}).update(entries)
    return table


def load_labels(lang: str, user_dir: Path | str | None = None) -> dict[str, str]:
    """Labels in ``lang``; a key missing there falls back to English, then to the key itself."""
    override = Path(user_dir) / LABELS_FILE if user_dir else None
    mtime = override.stat().st_mtime if override is not None and override.is_file() else 0.0
    table = _load(str(user_dir) if user_dir else None, mtime)
    labels = dict(table.get("en", {}))
    labels.update(table.get(lang, {}))
    return labels


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace ``{name}`` placeholders by ``values`` (unknown ones stay as they are).

    Deliberately not ``str.format``: labels are user-editable and must not reach attributes.
    """
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)

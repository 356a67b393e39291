"""A breadcrumb spelled as a section path under the site's menu ("Quốc phòng an ninh - Đối
ngoại quốc phòng" under "Trang chủ  Chính trị  Quốc phòng an ninh  Kinh tế"), marked before
the head is read (pure but for the lines' reasons). Its parts may be as long as a headline's
words run ("furniture.section_path" takes three words a part, no more); what tells it is its
first part: an item of the menu row above it, set apart there by gaps or bars. A headline
naming a pair ("Việt Nam - Brunei …") repeats no menu item."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.lines import Line

_LOOK: Final = 12  # the top lines, where a site's menu and its breadcrumb stand
_CELLS: Final = re.compile(r"[^\S\n]{2,}|[^\S\n][|·•›»][^\S\n]")
_DASH: Final = re.compile(r"[^\S\n]+[-–][^\S\n]+")
_MENU_ITEMS: Final = 3  # a row of three gapped cells at least is a menu
_PART_WORDS: Final = 5


def _path_parts(text: str) -> list[str]:
    """The parts of a section path: two or three names, each opening on a capital, of a
    few words without figures or punctuation ([] if ``text`` is not one)."""
    parts = _DASH.split(text.strip())
    if not 2 <= len(parts) <= 3:
        return []
    for part in parts:
        if not (1 <= len(part.split()) <= _PART_WORDS and part[:1].isupper()):
            return []
        if re.search(r"[\d.,:;!?()\"“”]", part):
            return []
    return parts


def mark_crumb_rows(lines: list[Line], raw: list[str]) -> None:
    """A section path whose first part is an item of a gapped menu row above it: "section"
    (``raw``: the lines as written, their gaps kept, as ``lines`` are in order)."""
    items: set[str] = set()
    for line, text in zip(lines[:_LOOK], raw, strict=False):
        cells = [" ".join(c.split()).casefold() for c in _CELLS.split(text) if c.strip()]
        if len(cells) >= _MENU_ITEMS:
            items.update(cells)
            continue
        parts = _path_parts(line.text)
        if line.kept and parts and parts[0].casefold() in items:
            line.reason = "section"


__all__ = ["mark_crumb_rows"]

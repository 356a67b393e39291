"""The outlet when the name chosen is a line *about* the publisher, not its name (pure).

Owns four shapes, each from what the line is, not from any outlet's name:

- a pasted page's head: its masthead is the first line, a menu of short items follows; an
  item of that menu ("Live TV") or the publishing group's name under the masthead is no
  outlet (:func:`head_masthead`);
- an "organ of" clause ("Cơ quan của Báo X", "An organ of the X Party") names the body the
  outlet belongs to: the outlet is the name the clause follows on its line
  (:func:`organ_holder`);
- a government portal whose ``<title>`` names the ministry a page is about, while its logo
  and copyright name the portal ("X Government"): the portal publishes
  (:func:`portal_name`);
- a province's paper shown by its short name while the page prints the merged media house it
  became ("Báo và Phát thanh, Truyền hình X") on a line of its own (:func:`merged_printed`),
  unless its masthead on top prints the paper's own name: the page goes by that;
- a two-column letterhead read line by line (OCR, a pasted scan): the left column's parent
  ("UBND TỈNH X") and unit under it ("SỞ Y") issue the document, "Sở Y tỉnh X", not a line
  that runs the parent into the motto's column (:func:`column_unit`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefer.ingest.mergedpaper import merged_pair
from briefer.ingest.outletnames import ORGAN_OF as _ORGAN
from briefer.ingest.outletnames import known_outlet
from briefer.text.fold import fold

# a skip link or a menu button before a pasted page's masthead
_SKIP: Final = re.compile(
    r"^(?:skip\s+to\s+(?:main\s+)?content|skip\s+navigation|bỏ\s+qua\s+nội\s+dung|menu|☰)$",
    re.IGNORECASE,
)
_MENU_WORDS: Final = 4  # a menu item or a masthead: a few words
_MENU_ITEMS: Final = 3  # short lines under the masthead that make a menu
_HEAD_LINES: Final = 25


def _head_lines(text: str) -> list[str]:
    """The short lines a pasted page opens on, down to its first line of prose."""
    lines: list[str] = []
    for raw in text.splitlines()[:_HEAD_LINES]:
        line = raw.strip()
        if not line:
            continue
        if len(line.split()) > _MENU_WORDS:
            break
        lines.append(line)
    while lines and _SKIP.match(lines[0]):
        lines.pop(0)
    return lines


def head_masthead(outlet: str, text: str) -> str:
    """The page's first line when the outlet chosen is a later line of the menu it opens on
    ("" when not): a masthead heads the page, its menu items and its owner's name follow."""
    lines = _head_lines(text)
    if len(lines) < 1 + _MENU_ITEMS or not outlet:
        return ""
    first, rest = lines[0], [fold(line) for line in lines[1:]]
    if fold(outlet) not in rest or fold(first) == fold(outlet):
        return ""
    # (the masthead is a name: it holds a letter in capitals, and is no menu's "Home")
    if not any(ch.isupper() for ch in first) or fold(first) in {"home", "trang chu"}:
        return ""
    return first


# a copyright's label before the holder's name
_COPYRIGHT: Final = re.compile(
    r"^.*?(?:bản\s+quyền(?:\s+thuộc(?:\s+về)?)?|copyright|©|\(c\))\s*:?\s*", re.IGNORECASE
)
_HOLDER_WORDS: Final = 8


def organ_holder(outlet: str, text: str) -> str:
    """When the outlet chosen is an "organ of" clause: the name it follows on its line
    ("Bản quyền thuộc về Báo Y - Cơ quan của Báo X" → "Báo Y"); "" when not."""
    if not _ORGAN.match(outlet.strip()):
        return ""
    for line in text.splitlines():
        at = line.find(outlet.strip())
        if at <= 0:
            continue
        before = _COPYRIGHT.sub("", line[:at]).strip(" -–—|,:;")
        if before and len(before.split()) <= _HOLDER_WORDS and not _ORGAN.match(before):
            return before
    return ""


# a ministry's or a department's name: what a government portal's page is about
_BODY: Final = re.compile(
    r"^(?:the\s+)?(?:ministry|department|office|secretariat|bộ|ministère|ministerio)\b",
    re.IGNORECASE,
)
# a portal's name: the government (or its portal) as a whole
_PORTAL: Final = re.compile(
    r"\b(?:government|gouvernement|gobierno|regierung|chính\s+phủ|cổng\s+thông\s+tin)\b",
    re.IGNORECASE,
)
_WEBSITE_OF: Final = re.compile(
    r"^(?:the\s+)?(?:official\s+)?(?:website|web\s+site|portal)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
_PORTAL_SIGNALS: Final = ("site name", "logo", "copyright", "publisher")


def portal_name(outlet: str, site_claims: Sequence[tuple[str, str]]) -> str:
    """The portal's name when the outlet chosen is a ministry only the ``<title>`` names and
    the page's own marks (logo, copyright, site name) name the government's portal; "" when
    not."""
    if not _BODY.match(outlet.strip()):
        return ""
    # (only a ministry the <title> gave: one a "From:" line names issues the page)
    titled = [name for signal, name in site_claims if signal == "title part"]
    if not any(fold(outlet) == fold(name) for name in titled):
        return ""
    marks = [name for signal, name in site_claims if signal in _PORTAL_SIGNALS]
    if any(fold(outlet) in fold(name) for name in marks):
        return ""  # (the page's own marks name the ministry: it publishes)
    portals = [_WEBSITE_OF.sub("", name).strip() for name in marks if _PORTAL.search(name)]
    portals = [name for name in portals if name and not _BODY.match(name)]
    return min(portals, key=len) if portals else ""


_MERGED_LINE: Final = 80


def merged_printed(outlet: str, text: str) -> str:
    """The merged media house's name a line of the page prints on its own, when the outlet
    chosen is the province's paper it merged from; "" when not."""
    if not outlet or _paper_mast(outlet, text):
        return ""
    for raw in text.splitlines():
        line = raw.strip()
        merged = fold(line).startswith("bao va phat thanh") and fold(line) != fold(outlet)
        if merged and len(line) <= _MERGED_LINE and merged_pair(outlet, line):
            return line
    return ""


_MAST_LOOK: Final = 3


def _paper_mast(outlet: str, text: str) -> bool:
    """The page's masthead, among its first lines, prints the paper's own name ("BÁO X ĐIỆN
    TỬ"): the page goes by it, whatever legal name its footer gives the merged house."""
    paper = known_outlet(outlet)
    top = [line.strip() for line in text.splitlines() if line.strip()][:_MAST_LOOK]
    return bool(paper) and any(
        known_outlet(line) == paper and not fold(line).startswith("bao va phat thanh")
        for line in top
    )


# a wide gap between a letterhead's two columns on one line
_GAP: Final = re.compile(r"\s{3,}")
# a province's (or a city's) people's committee heading the left column
_PARENT: Final = re.compile(
    r"^(?:UBND|ỦY\s+BAN\s+NHÂN\s+DÂN)\s+(?P<level>TỈNH|THÀNH\s+PHỐ)\s+(?P<place>\S.*)$"
)
_UNIT: Final = re.compile(r"^(?:SỞ|BAN|CHI\s+CỤC|TRUNG\s+TÂM)\s+\S")
_LETTERHEAD_LINES: Final = 4


def column_unit(outlet: str, text: str) -> str:
    """The unit a two-column letterhead's left column names under its province's committee,
    when the outlet read is that committee's line ("" when not)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_LETTERHEAD_LINES]
    left = [_GAP.split(line)[0].strip() for line in lines if _GAP.search(line)]
    if len(left) < 2:
        return ""
    parent, unit = _PARENT.match(left[0]), left[1]
    if not parent or not _UNIT.match(unit):
        return ""
    place = parent.group("place")
    if fold(place) not in fold(outlet) or fold(unit) in fold(outlet):
        return ""
    level = "tỉnh" if parent.group("level") == "TỈNH" else "thành phố"
    return f"{unit.title()} {level} {place.title()}"


__all__ = ["column_unit", "head_masthead", "merged_printed", "organ_holder", "portal_name"]

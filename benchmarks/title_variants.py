"""Title variants of issue 19's body round for ``benchmarks/perturb_import.py`` (``t7-``): a
masthead in capitals at the head of its menu over the headline (a PDF, where it sits in
small type right above the headline, and a text page), an address row with the unit's web
address over a note's title (Word), and a <title> parted by "::" or "»" with a section and
the site's name in either order (a saved page without og: tags). The right answer stays the
key's: only the lines around the headline change. Words of the harness's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from benchmarks.perturbations import _english, _norm, _title_form, _title_line

_MENU_VI = " · ".join(("Thời sự", "Kinh tế", "Văn hóa - Xã hội", "Thế giới", "Pháp luật"))
_MENU_EN = " · ".join(("Home", "Politics", "Business", "World", "Opinion"))


def _masthead_line(key: dict[str, Any]) -> str:
    outlet = key.get("outlet", "") or "Tin Sông Lam"
    menu = _MENU_EN if _english(key) else _MENU_VI
    return f"{outlet.upper()} · {menu}"


def _pdf_masthead_menu(spec: dict[str, Any], key: dict[str, Any]) -> dict[str, Any] | None:
    if spec.get("columns", 1) > 1:
        return None  # (a masthead spans the page; set inside a text column it is no masthead)
    want = _norm(key["title"]).casefold()
    for index, block in enumerate(spec["blocks"][:8]):
        text = str(block.get("h") or block.get("p") or "")
        if _norm(text).casefold() == want:
            spec["blocks"].insert(index, {"p": _masthead_line(key), "small": True})
            return spec
    return None


def _txt_masthead_menu(lines: list[str], key: dict[str, Any]) -> list[str] | None:
    at = _title_line(lines, key["title"])
    if at < 0:
        return None
    return [*lines[:at], _masthead_line(key), *lines[at:]]


_ADDRESSES = (
    "Số 18 Nguyễn Chí Thanh, Đống Đa, Hà Nội · www.vienkinhtebien.example.vn",
    "Tầng 4, 27 Lý Thái Tổ, Hoàn Kiếm, Hà Nội | ĐT: 024 3939 1111 | www.hoinghiencuu.vn",
    "45 Harbour Road, Port Hollis · www.meridian-institute.org",
)


def _docx_address(spec: dict[str, Any], key: dict[str, Any]) -> dict[str, Any] | None:
    want = _norm(key["title"]).casefold()
    for index, block in enumerate(spec["blocks"][:10]):
        if _norm(str(block.get("p") or "")).casefold() == want:
            address = _ADDRESSES[2] if _english(key) else _ADDRESSES[index % 2]
            # above the title and the unit's lines: the very first line of the note
            spec["blocks"].insert(0, {"p": address, "align": "left"})
            return spec
    return None


Rule = Callable[..., Any]
HTML_TITLE_VARIANTS: dict[str, Rule] = {
    "t7-title:T :: C :: S": _title_form("{t} :: {c} :: {s}"),
    "t7-title:S » C » T": _title_form("{s} » {c} » {t}"),
    "t7-title:T » S": _title_form("{t} » {s}"),
    "t7-title:S :: T": _title_form("{s} :: {t}"),
}
TXT_TITLE_VARIANTS: dict[str, Rule] = {"t7-masthead-menu": _txt_masthead_menu}
PDF_TITLE_VARIANTS: dict[str, Rule] = {"t7-masthead-menu": _pdf_masthead_menu}
DOCX_TITLE_VARIANTS: dict[str, Rule] = {"t7-address-row": _docx_address}

__all__ = ["DOCX_TITLE_VARIANTS", "HTML_TITLE_VARIANTS", "PDF_TITLE_VARIANTS", "TXT_TITLE_VARIANTS"]

"""WordprocessingML building blocks the DOCX writer needs and python-docx lacks or makes slow.

Paragraphs, runs, fields, bookmarks and hyperlinks are built directly as lxml elements
(python-docx's own element classes, through ``OxmlElement``) so the writer stays fast and the
element order inside ``w:pPr``/``w:rPr`` is exactly what the schema wants (Word repairs a file
whose order is wrong). Text reaching here is already clean (see ``docx_text``).
"""

from __future__ import annotations

import re
from functools import cache

from briefer.export.docx_oxml import Element, make, make_child, qn

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_BOOKMARK_BAD = re.compile(r"[^A-Za-z0-9_]")
BOOKMARK_MAX = 40  # Word truncates longer names; they would then no longer match the links


@cache
def _w_attr(name: str) -> str:
    return qn(f"w:{name}")


def el(tag: str, **attrs: str) -> Element:
    """A ``w:`` element; attribute names are given without prefix (``val="x"``).

    Like python-docx's ``OxmlElement`` (same parser, so python-docx's element classes), with
    the tag and attribute names resolved once: the writer makes tens of thousands of these.
    """
    element = make(tag)
    for name, value in attrs.items():
        element.set(_w_attr(name), value)
    return element


def sub(parent: Element, tag: str, **attrs: str) -> Element:
    """A ``w:`` child appended to ``parent`` (it shares the parent's namespace map)."""
    child = make_child(parent, tag)
    for name, value in attrs.items():
        child.set(_w_attr(name), value)
    return child


def paragraph(
    style_id: str | None = None,
    *,
    page_break_before: bool = False,
    keep_next: bool = False,
    jc: str | None = None,
) -> Element:
    """An empty ``w:p`` with its properties in schema order."""
    p = el("w:p")
    if style_id or page_break_before or keep_next or jc:
        ppr = sub(p, "w:pPr")
        if style_id:
            sub(ppr, "w:pStyle", val=style_id)
        if keep_next:
            sub(ppr, "w:keepNext")
        if page_break_before:
            sub(ppr, "w:pageBreakBefore")
        if jc:
            sub(ppr, "w:jc", val=jc)
    return p


def block_paragraph(
    style_id: str | None = None,
    *,
    jc: str | None = None,
    before: int = 0,
    after: int = 0,
    line: int | None = None,
    indent: tuple[int, int] | None = None,
    rule_below: bool = False,
    box_color: str | None = None,
    keep_next: bool = False,
) -> Element:
    """A ``w:p`` with direct layout (twips), properties in schema order: a rule beneath
    (``rule_below``) or a box around it (``box_color``), an exact ``line`` height,
    ``indent`` = (left, right)."""
    p = el("w:p")
    ppr = sub(p, "w:pPr")
    if style_id:
        sub(ppr, "w:pStyle", val=style_id)
    if keep_next:
        sub(ppr, "w:keepNext")
    if rule_below or box_color:
        borders = sub(ppr, "w:pBdr")
        sides = ("top", "left", "bottom", "right") if box_color else ("bottom",)
        for side in sides:
            sub(
                borders,
                f"w:{side}",
                val="single",
                sz="10" if box_color else "6",
                space="1" if side in ("top", "bottom") else "4",
                color=box_color or "000000",
            )
    spacing = {"before": str(before), "after": str(after)}
    if line is not None:
        spacing |= {"line": str(line), "lineRule": "exact"}
    sub(ppr, "w:spacing", **spacing)
    if indent is not None:
        sub(ppr, "w:ind", left=str(indent[0]), right=str(indent[1]), firstLine="0")
    if jc:
        sub(ppr, "w:jc", val=jc)
    return p


def set_page_break_before(p: Element) -> None:
    """Add ``w:pageBreakBefore`` to a paragraph built by :func:`paragraph`."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = el("w:pPr")
        p.insert(0, ppr)
    if ppr.find(qn("w:pageBreakBefore")) is not None:
        return
    anchor = ppr.find(qn("w:pStyle"))
    keep = ppr.find(qn("w:keepNext"))
    if keep is not None:
        anchor = keep
    new = el("w:pageBreakBefore")
    if anchor is None:
        ppr.insert(0, new)
    else:
        anchor.addnext(new)


def run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    style_id: str | None = None,
    color: str | None = None,
    size: float | None = None,
) -> Element:
    """A ``w:r`` holding ``text``; TAB characters become ``w:tab``. ``color`` is hex
    ("C00000"), ``size`` in points."""
    r = el("w:r")
    if bold or italic or style_id or color or size:
        rpr = sub(r, "w:rPr")
        if style_id:
            sub(rpr, "w:rStyle", val=style_id)
        if bold:
            sub(rpr, "w:b")
            sub(rpr, "w:bCs")
        if italic:
            sub(rpr, "w:i")
            sub(rpr, "w:iCs")
        if color:
            sub(rpr, "w:color", val=color)
        if size:
            half_points = str(round(size * 2))
            sub(rpr, "w:sz", val=half_points)
            sub(rpr, "w:szCs", val=half_points)
    for i, piece in enumerate(text.split("\t")):
        if i:
            sub(r, "w:tab")
        if piece:
            t = sub(r, "w:t")
            t.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                t.set(_XML_SPACE, "preserve")
    return r


def line_break() -> Element:
    r = el("w:r")
    sub(r, "w:br")
    return r


def page_break_run() -> Element:
    r = el("w:r")
    sub(r, "w:br", type="page")
    return r


def field(instruction: str, cached: str) -> list[Element]:
    """A complex field (``begin``/``instr``/``separate``/result/``end``) as runs."""
    opening, closing = field_runs(instruction, [run(cached)])
    return [*opening, *closing]


def field_runs(instruction: str, cached: list[Element]) -> tuple[list[Element], list[Element]]:
    """A complex field split in two: the runs before its cached result and the closing run,
    so the result (``cached``) may hold any runs — or, for a TOC, whole paragraphs between."""
    begin = el("w:r")
    sub(begin, "w:fldChar", fldCharType="begin")
    instr = el("w:r")
    instr_text = sub(instr, "w:instrText")
    instr_text.text = f" {instruction} "
    instr_text.set(_XML_SPACE, "preserve")
    separate = el("w:r")
    sub(separate, "w:fldChar", fldCharType="separate")
    end = el("w:r")
    sub(end, "w:fldChar", fldCharType="end")
    return [begin, instr, separate, *cached], [end]


def bookmark_start(bookmark_id: int, name: str) -> Element:
    return el("w:bookmarkStart", id=str(bookmark_id), name=name)


def bookmark_end(bookmark_id: int) -> Element:
    return el("w:bookmarkEnd", id=str(bookmark_id))


def internal_link(anchor: str) -> Element:
    """A ``w:hyperlink`` to a bookmark in this document; append runs to it."""
    return el("w:hyperlink", anchor=anchor, history="1")


def external_link(rel_id: str) -> Element:
    """A ``w:hyperlink`` to the URL behind relationship ``rel_id``; append runs to it."""
    link = el("w:hyperlink", history="1")
    link.set(qn("r:id"), rel_id)
    return link


class BookmarkNames:
    """Turns model anchors into unique Word bookmark names, deterministically.

    Word's rules: a letter first, then letters, digits and ``_``; at most 40 characters
    (names starting with ``_`` are hidden bookmarks, so they are avoided).
    """

    def __init__(self) -> None:
        self._used: set[str] = set()
        self._next_id = 0

    def next_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def fresh(self, anchor: str) -> str:
        """A unique bookmark name derived from ``anchor`` (a repeated anchor gets ``_2`` …)."""
        return self._unique(sanitise_bookmark(anchor))

    def _unique(self, base: str) -> str:
        name, n = base, 1
        while name.lower() in self._used:  # Word compares bookmark names case-insensitively
            n += 1
            suffix = f"_{n}"
            name = base[: BOOKMARK_MAX - len(suffix)] + suffix
        self._used.add(name.lower())
        return name


def sanitise_bookmark(anchor: str) -> str:
    """``sec-economic`` → ``sec_economic``; always a valid Word bookmark name."""
    name = _BOOKMARK_BAD.sub("_", anchor)
    if not name or not name[0].isalpha():
        name = "b_" + name
    return name[:BOOKMARK_MAX]

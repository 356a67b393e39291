"""The site a printed page's header names at the far end from its headline (pure).

Owns one reading of a browser's print header ("12/12/2025, 09:41  Headline - Site",
"Headline | Section | Site", "Site :: Section :: Headline", "Headline : The Site"): when a
line of the page repeats one end of the header's title as its headline, the title's other
end is the site's name, and the parts between are its sections (a date the site adds after
its name, "Headline – Site – 03/14/2025", is no part of it). A page printed on one sheet
keeps its header in the text (no second sheet repeats it as an edge): its first line.

A part the page lists in a menu row ("Trang chủ | Tin tức | Liên hệ") or a menu printed one
item a line is a section the title names, no site; a part in lower case is a slug's words; a
long part is a headline's. A section's words after the site's name ("X Kinh doanh") are cut
when the page's masthead opens on the name and its head lists the words. The far end is the
page's claim of a title part (``title_claims``), weighed with the text's own names: in
capitals the outlet table lacks, initials, which a spelled name outweighs.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import headertitle as ht
from briefer.ingest.outletnames import known_outlet, outlet_of_url
from briefer.ingest.typesize import unmarked
from briefer.text.fold import fold

_SITE_WORDS: Final = 12  # ("Đại sứ quán Việt Nam tại Cộng hòa Séc")
_MENU_CELLS: Final = 3  # (a menu row's items at least)
_MENU_HEAD: Final = 40  # (the lines a page's menus print at its head)
_ITEM_WORDS: Final = 3  # (a menu item's words at most: "Bất động sản")
_MENU_SPLIT: Final = re.compile(r"\s+[|·•]\s+|\s*::\s*|\s+[›>»/]\s+")
_MAST: Final = 3  # (a page's first lines: its masthead)
_CRUMB: Final = re.compile(r"\s+[›>»]\s+")
_flat = ht.flat


def _menu_items(lines: list[str]) -> set[str]:
    """The items of the page's menu rows and breadcrumbs (three cells or more), and of a
    menu printed one item a line (a run of three short lines or more at the page's head)."""
    items: set[str] = set()
    for line in lines:
        cells = [c for c in _MENU_SPLIT.split(line) if c.strip()]
        if len(cells) >= _MENU_CELLS:
            items |= {_flat(c) for c in cells}
    run: list[str] = []
    for line in [*lines[:_MENU_HEAD], ""]:
        if _menu_cell(line):
            run.append(line)
            continue
        if len(run) >= _MENU_CELLS:
            items |= {_flat(c) for c in run}
        run = []
    return items


def _menu_cell(line: str) -> bool:
    """A line that reads as one item of a menu: a word or three, no number, no sentence."""
    words = line.split()
    return 1 <= len(words) <= _ITEM_WORDS and not re.search(r"[\d.,:;!?]", line)


def header_far_site(edges: list[str], text: str) -> str:
    """The site's name at the far end of the print header's title from the headline a line of
    the page repeats whole; "" when no line repeats an end of it or the far end reads as a
    section, a slug or a headline."""
    header = ht.first_header(edges, text)
    if not header:
        return ""
    parts = ht.title_parts(header)
    lines = [unmarked(line.strip()) for line in text.splitlines() if line.strip()]
    # (any line of a page in body type: the site's name at the far end is the check)
    shown = ht.headline_lines(text, dated=False)
    # (the headline: the longest run of parts from one end that a line repeats, longer than
    # the site's name: "Báo X - Headline" is no headline "Báo X" over a site "Headline")
    runs = (r for r in ht.repeated_runs(parts, shown) if r.words >= ht.HEADLINE_WORDS)
    far = next((r.far for r in runs if r.far and r.words > len(r.far.split())), "")
    if not far or not 1 <= len(far.split()) <= _SITE_WORDS:
        return ""
    if far[:1].islower() and not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", far):
        return ""  # ("… :: cựu chiến binh": a slug's words)
    if _flat(far) in _menu_items(lines):
        return ""  # ("Headline - Tin tức": a section the page's menu lists)
    if _LABEL.match(far):
        return ""  # ("Bản in - Headline", "Trang 1/2 - Headline": the view's label)
    # ("Headline - X Kinh doanh" under a masthead "X": the site's name, its section after it)
    mast = next((m for m in lines[:_MAST] if _flat(far).startswith(_flat(m) + " ")), "")
    # ("X Kinh doanh" over a breadcrumb "Kinh doanh › Quốc tế": the site, its section after)
    crumbs = {_flat(c) for line in lines if _CRUMB.search(line) for c in _CRUMB.split(line)}
    tokens = far.split()
    cut = next((i for i in range(1, len(tokens)) if _flat(" ".join(tokens[i:])) in crumbs), 0)
    mast = mast or " ".join(tokens[:cut]) or _section_cut(tokens, lines)
    # ("Australian Government Department of X": the state's name over its department's)
    return mast or _PARENT_STATE.sub("", far)


def _section_cut(tokens: list[str], lines: list[str]) -> str:
    """The site's own name before a section's words ("X" of "X Kinh doanh"): the page's
    masthead opens on the name and goes on otherwise ("X  Thứ bảy, 18/10/2025", "X  Báo
    tiếng Việt …"), and the page's head lists the words after it as a menu's item or prints
    them on a line of their own (the section it files the article under); "" when none."""
    head = lines[:_MENU_HEAD]
    sections = _menu_items(lines) | {_flat(line) for line in head if _menu_cell(line)}
    whole = _flat(" ".join(tokens))
    for i in range(1, len(tokens)):
        name, rest = _flat(" ".join(tokens[:i])), _flat(" ".join(tokens[i:]))
        masthead = any(
            _flat(m).startswith(name + " ") and not _flat(m).startswith(whole)
            for m in lines[:_MAST]
        )
        # (a name's every word capitalised: "Tạp chí" of "Tạp chí Thương gia" over a
        # masthead "Tạp chí của Hội …" is a kind of outlet, its name the words after it)
        named = all(not t[:1].islower() for t in tokens[:i])
        if masthead and named and rest in sections:
            return " ".join(tokens[:i])
    return ""


# A saved view's or a page's label at the head of a <title>.
_LABEL: Final = re.compile(r"^(?:bản\s+in|print(?:\s+version)?|trang\s+\d|page\s+\d)", re.I)


# A government's name before a body of its own that the site is.
_PARENT_STATE: Final = re.compile(
    r"^(?:[A-Z][a-z]+\s+Government|Government\s+of\s+(?:the\s+)?[A-Z][\w ]+?)\s+"
    r"(?=(?:Department|Ministry|Office|Agency|Bureau|Commission)\b)"
)


def over_header_site(site: str, edges: list[str], text: str, url: str = "") -> str:
    """The site the header's far end names (the table's name for it when it knows it) over
    the site read from the header's other cells ("Tin tức" of "X - Tin tức - Headline", a
    section the table knows as an outlet's name); a site the far end holds or that holds it
    ("Báo X" of "Báo X điện tử") stays."""
    if url and known_outlet(outlet_of_url(url)):
        return site  # (an address the table knows names the outlet: "X Kinh doanh" is a section's)
    far = header_far_site(edges, text)
    if not far or (site and (fold(site) in fold(far) or fold(far) in fold(site))):
        return site
    # (a site read from another cell stays, unless that cell is a section the menu lists)
    if site and not _section_named(site, edges, text):
        return site
    return known_outlet(far) or far


def header_site(edges: list[str], text: str) -> str:
    """The site the first print header names after its headline ("Headline - The Site") when
    the page prints the same name alone on one of its first lines (its masthead), else ""."""
    header = ht.first_header(edges)
    site = ht.print_header_title(header)[1] if header else ""
    if not site or len(site.split()) > _MAST_SITE_WORDS:
        return ""
    raw = [unmarked(line) for line in text.splitlines() if line.strip()][:_MAST]
    # (or the first cell of the masthead's row, after the logo's initials: "XNB X News
    # Bureau | Thai English"; a later cell is a language's or the parent's name: "Native
    # name | Government of X" over a ministry's page)
    cells = {_flat(_LOGO.sub("", _CELL.split(line.strip())[0])) for line in raw}
    named = _flat(site) in {_flat(line) for line in raw}
    return site if named or (len(site.split()) >= 2 and _flat(site) in cells) else ""


_MAST_SITE_WORDS: Final = 5  # (a masthead's name at most)
# A cell boundary in a masthead's row ("Logo Name | Language | Menu"), a logo's initials.
_CELL: Final = re.compile(r"\s+[|·•]\s+")
_LOGO: Final = re.compile(r"^[A-Z]{2,6}\s+")


def far_as_printed(far: str, edges: list[str], text: str) -> str:
    """The header's far end as the page prints it when ``far`` is the table's name for it
    ("Vietnam News Agency", not the table's "TTXVN"): the page's own mark, which tells the
    language the page names its outlet in; ``far`` otherwise."""
    printed = header_far_site(edges, text)
    return printed if printed and far and known_outlet(printed) == far else far


def title_claims(far: str) -> tuple[tuple[str, str], ...]:
    """The header's far end as the page's claim (signal, name): the title's part beside the
    headline; in capitals the outlet table lacks ("DRT", "THP"), initials, which a name the
    page spells in full (its masthead, its foot) outweighs, but alone still name it."""
    if not far:
        return ()
    initials = re.fullmatch(r"[A-ZĐ]{2,8}", far) is not None and not known_outlet(far)
    return (("title initials" if initials else "title part", far),)


def _section_named(site: str, edges: list[str], text: str) -> bool:
    """Whether the site is the table's name for a cell of the header that the page's menu
    lists as a section ("Tin tức")."""
    header = ht.first_header(edges, text)
    cells = [part for _, part in ht.title_parts(header)] if header else []
    menu = _menu_items([unmarked(line) for line in text.splitlines() if line.strip()])
    return any(_flat(c) in menu and known_outlet(c.strip()) == site for c in cells)


__all__ = [
    "far_as_printed",
    "header_far_site",
    "header_site",
    "over_header_site",
    "title_claims",
]

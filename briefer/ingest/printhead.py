"""The headline a browser's print header names on a page printed to PDF (pure).

Owns reading the page's headline from the print header a PDF reader split off the text as
page furniture ("12/12/2025, 09:41  Headline - Site"): a browser prints the page's <title>
there, the headline and the site's name, and the page shows the same headline as its own
line under the menus, datelines and section rows it prints first. The headline is the part
of the header's title that a line of the text repeats word for word, so a menu or a date bar
above it is never taken for it.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import printmarks as marks
from briefer.ingest.typesize import LARGE, unmarked

# A headline's words at least: a title shorter is a site's or a section's name.
_MIN_WORDS: Final = 3
# Lines a long headline may wrap over in a printed column.
_WRAP: Final = 3


# A separator between the title's parts, kept in the split ("Headline - Site", "Headline :: Site").
_SEPARATOR: Final = re.compile(r"(\s+(?:[-–|»]|::)\s+)")


def _norm(text: str) -> str:
    return " ".join(unmarked(text).split()).casefold()


def _candidates(header: str) -> list[str]:
    """The header's title, then the title without its site's name after each separator
    ("Headline - Site", "Headline | Section | Site"), longest first, then without the site's
    name before one ("Site - Headline")."""
    title = marks.print_header_title(header)[0]
    parts = _SEPARATOR.split(marks.print_header_body(header).strip())
    # (every cut at a separator: a headline may itself hold a dash, "X - Y: …")
    cuts = ["".join(parts[:i]).strip() for i in range(len(parts), 0, -2)]
    # (a site that puts its name first: "Site - Headline")
    cuts += ["".join(parts[i:]).strip() for i in range(2, len(parts), 2)]
    return [c for c in dict.fromkeys([*cuts, title]) if len(c.split()) >= _MIN_WORDS]


def header_headline(edges: list[str], text: str) -> str:
    """The headline the first print header names when a line of the text in larger type (or
    a headline wrapped over a few lines) repeats it, or, on a page with no line in larger
    type, a line of its own repeats it; else ""."""
    header = next((e for e in edges if marks.print_stamp(e) == "print header"), "")
    if not header:
        return ""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    # (the headline printed in larger type: a masthead's line in body type, repeating a
    # <title> that names only the site, is no headline)
    runs = {
        _norm(" ".join(lines[i : i + n]))
        for n in range(1, _WRAP + 1)
        for i in range(len(lines))
        if lines[i].startswith(LARGE)
    }
    found = next((c for c in _candidates(header) if _norm(c) in runs), "")
    if found or any(line.startswith(LARGE) for line in lines):
        return found
    # (a page printed all in body type: a line that repeats a headline of the header's
    # title word for word, long enough that no site's or section's name reads so)
    # (a site's or a section's name repeats it too: the headline stands under the masthead
    # and has its dateline under it)
    from briefer.ingest.pastedheadline import GAP, dated_line

    at = {
        _norm(line): i
        for i, line in reversed(list(enumerate(lines)))
        if i >= _MAST_LINES
        and len(re.findall(r"\w+", line)) >= _PLAIN_WORDS
        and not dated_line(line)
        and any(dated_line(below) for below in lines[i + 1 : i + 1 + GAP])
    }
    return next((c for c in _candidates(header) if _norm(c) in at), "")


# Words of a headline read from a page in body type alone.
_PLAIN_WORDS: Final = 5


# Lines at the top of a printed page where its masthead stands (over the menus).
_MAST_LINES: Final = 3


def header_site(edges: list[str], text: str) -> str:
    """The site the first print header names after its headline ("Headline - The Site") when
    the page prints the same name alone on one of its first lines (its masthead), else ""."""
    header = next((e for e in edges if marks.print_stamp(e) == "print header"), "")
    site = marks.print_header_title(header)[1] if header else ""
    if not site or len(site.split()) > _MIN_WORDS + 2:
        return ""
    lines = [_norm(line) for line in text.splitlines() if line.strip()][:_MAST_LINES]
    # (or the first cell of the masthead's row, after the logo's initials: "XNB X News
    # Bureau | Thai English"; a later cell is a language's or the parent's name: "Native
    # name | Government of X" over a ministry's page)
    raw = [unmarked(line) for line in text.splitlines() if line.strip()][:_MAST_LINES]
    cells = {_norm(_INITIALS.sub("", _CELL.split(line.strip())[0])) for line in raw}
    return site if _norm(site) in lines or (len(site.split()) >= 2 and _norm(site) in cells) else ""


# A cell boundary in a masthead's row ("Logo Name | Language | Menu").
_CELL: Final = re.compile(r"\s+[|·•]\s+")
_INITIALS: Final = re.compile(r"^[A-Z]{2,6}\s+")


__all__ = ["header_headline", "header_site"]

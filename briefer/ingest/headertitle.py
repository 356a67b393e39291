"""A browser's print header's title: how it splits into headline and site, and which line of
the printed page repeats it (pure).

A browser prints the page's <title> in its header ("12/12/2025, 09:41  Headline - Site",
"Headline | Section | Site", "Site :: Section :: Headline", "Headline : The Site"), and the
page shows the same headline as a line of its own under the menus, datelines and section rows
it prints first. This module owns the one reading of that title every caller shares:

- its parts (:func:`title_parts`): cut at a dash, a bar, angle quotes, "::" or a spaced
  colon, the print's stamp and a date the site adds after its name ("– 03/14/2025") dropped;
  read with no page at hand, the headline first and the site last (:func:`print_header_title`);
- the lines of the page a headline may stand on (:func:`headline_lines`): the lines in larger
  type where the page prints any, a few of them together where a long headline wraps;
- the runs of parts from one end of the title that such a line repeats, longest first, each
  with the part at the title's other end (:func:`repeated_runs`), and the headline the page
  shows (:func:`header_headline`).

Whether the far end is the site's name (and not a section, a slug or a label) is
``headersite``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from briefer.ingest import printmarks as marks
from briefer.ingest.typesize import LARGE, unmarked

# What parts a <title> in a print header: a dash, a bar, angle quotes, "::", a spaced colon
# (kept in the split, so a run of parts reads as the header printed it).
_SEPARATOR: Final = re.compile(r"(\s+(?:[-–—|»«›‹·•~]|::|:)\s+)")
# A date a site sets after its name ("– 03/14/2025", "| 14.03.2025").
_DATE: Final = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
# A headline's words at least: a shorter part is a site's or a section's name.
HEADLINE_WORDS: Final = 3
# Lines a long headline may wrap over in a printed column.
_WRAP: Final = 3
# Lines of a one-sheet print where its header stays in the text (no second sheet repeats it).
_HEAD_LINES: Final = 2
# A page printed all in body type: a headline's words at least, and the masthead's lines
# above which none stands.
_PLAIN_WORDS: Final = 5
_MAST_LINES: Final = 3

# A part of the title: the separator before it ("" for the first) and its words.
Part = tuple[str, str]


class Run(NamedTuple):
    """A run of the title's parts a line of the page repeats."""

    headline: str  # (as the header prints it, or as the page joins its parts)
    far: str  # (the part at the title's other end; "" for the whole title)
    words: int  # (the headline's words, its separators apart)


def flat(text: str) -> str:
    """``text`` as a line and a title part compare: no size marks, one space, one dash, any
    case."""
    return re.sub(r"[–—]", "-", " ".join(unmarked(text).split())).casefold()


def first_header(edges: list[str], text: str = "") -> str:
    """The first print header among the page's edges; with ``text``, else one of its first
    lines (a page printed on one sheet keeps its header in the text); "" when none."""
    found = next((e for e in edges if marks.print_stamp(e) == "print header"), "")
    if found or not text:
        return found
    lines = [unmarked(line) for line in text.splitlines() if line.strip()][:_HEAD_LINES]
    return next((line for line in lines if marks.print_stamp(line) == "print header"), "")


def title_parts(header: str) -> list[Part]:
    """The parts of the header's title, each with the separator before it."""
    pieces = _SEPARATOR.split(marks.print_header_body(header).strip())
    pairs = [("", pieces[0]), *zip(pieces[1::2], pieces[2::2], strict=True)]
    return [(sep, p.strip()) for sep, p in pairs if p.strip() and not _DATE.match(p.strip())]


def joined(parts: list[Part]) -> str:
    """The parts as the header prints them together."""
    return (parts[0][1] + "".join(sep + p for sep, p in parts[1:])) if parts else ""


def words(parts: list[Part]) -> int:
    """The words of the parts, their separators apart."""
    return sum(len(p.split()) for _, p in parts)


def print_header_title(header: str) -> tuple[str, str]:
    """ "10/01/2025, 15:32 Title - Outlet" → ("Title", "Outlet"): read with no page at hand,
    the part after the last dash or bar is the site's; ("Title", "") for a title with none.
    (with no line of the page to tell which end is the headline, "::", angle quotes, a dot or
    a colon part a site-first title, "X :: Section :: Headline", or a stamp's fields as often)"""
    parts = title_parts(header)
    last = next((i for i in range(len(parts) - 1, 0, -1) if _SITE_CUT.fullmatch(parts[i][0])), 0)
    if not last:
        return joined(parts), ""
    return joined(parts[:last]), joined(parts[last:])


# The separators before a site's name at a title's end ("Headline - Site", "Headline | Site").
_SITE_CUT: Final = re.compile(r"\s+[-–—|]\s+")


def headline_lines(text: str, dated: bool) -> set[str]:
    """The page's lines (:func:`flat`) a headline may stand on: on a page with lines in
    larger type, those, each alone and with the next lines it may wrap over (a masthead in
    body type repeating the site's own part of the title is no headline); on a page all in
    body type, every line and run of lines, or, ``dated``, a line long enough that no site's
    or section's name reads so, under the masthead and over a dateline of its own."""
    marked = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    lines = [unmarked(line) for line in marked]
    large = any(line.startswith(LARGE) for line in marked)
    if large or not dated:
        return {
            flat(" ".join(lines[i : i + n]))
            for n in range(1, _WRAP + 1)
            for i in range(len(lines))
            if marked[i].startswith(LARGE) or not large
        }
    from briefer.ingest.pastedheadline import GAP, dated_line

    return {
        flat(line)
        for i, line in enumerate(lines)
        if i >= _MAST_LINES
        and len(re.findall(r"\w+", line)) >= _PLAIN_WORDS
        and not dated_line(line)
        and any(dated_line(below) for below in lines[i + 1 : i + 1 + GAP])
    }


def repeated_runs(parts: list[Part], shown: set[str]) -> Iterator[Run]:
    """The headline and the far end of each run of parts from one end of the title that a line of
    ``shown`` repeats: the longest first, at each length the run opening the title ("Headline
    - Site") before the one closing it ("Site - Headline"); the far end is the part at the
    title's other end ("" for the whole title). A headline holds its own dashes and colons
    ("Việt Nam - Séc: …"), and the page may print the separators between its parts another
    way than the header does."""
    count = len(parts)
    for size in range(count, 0, -1):
        runs = [(parts[:size], "")] if size == count else []
        if size < count:
            runs += [(parts[:size], parts[-1][1]), (parts[-size:], parts[0][1])]
        for run, far in runs:
            head = _shown_form(run, shown)
            if head:
                yield Run(head, far, words(run))


def _shown_form(run: list[Part], shown: set[str]) -> str:
    """The run as the header prints it, or rejoined by a separator a page prints between a
    headline's parts, whichever a shown line repeats; "" when none does."""
    forms = [joined(run)]
    if len(run) > 1:
        forms += [sep.join(p for _, p in run) for sep in (" - ", " – ", ": ", " : ", " | ")]
    return next((form for form in forms if flat(form) in shown), "")


def header_headline(edges: list[str], text: str) -> str:
    """The headline the first print header names when a line of the text in larger type (or
    a headline wrapped over a few lines) repeats it, or, on a page with no line in larger
    type, a line under the masthead and over its dateline repeats it; else "". (a page
    printed on one sheet keeps its header in the text: no second sheet repeats it as an edge)"""
    header = first_header(edges, text)
    if not header:
        return ""
    runs = repeated_runs(title_parts(header), headline_lines(text, dated=True))
    # (the whole title too: a page's <title> may name no site; a headline's words are its
    # parts', the dashes between them apart, as for the site's search)
    return next((r.headline for r in runs if r.words >= HEADLINE_WORDS), "")


__all__ = [
    "HEADLINE_WORDS",
    "Part",
    "Run",
    "first_header",
    "flat",
    "header_headline",
    "headline_lines",
    "joined",
    "print_header_title",
    "repeated_runs",
    "title_parts",
    "words",
]

"""A title the head took from a Vietnamese menu row run on in lower case ("Thời sự Quốc tế
Kinh tế Sức khỏe …", a printed or pasted page's menu with its separators gone), given back
(pure but for the lines' reasons). Such a row is told from a headline only by a top line
repeating one of its items (the section's label, "Kinh tế"), which is read once the head is
(:func:`briefer.ingest.strayrows.mark_run_on_menus`); when the row the head chose as its
title proves to be the menu, the head is read again without it."""

from __future__ import annotations

from typing import Final

from briefer.ingest.found import Found
from briefer.ingest.head import read_head
from briefer.ingest.lines import Line
from briefer.ingest.strayrows import mark_run_on_menus, run_on_row
from briefer.ingest.untoldrows import mark_untold_rows

_LABEL_WORDS: Final = 4  # a section's label: a menu item of a few words


def _label_under(lines: list[Line], row: Line) -> bool:
    """A run-on row with one of its items right under it, the section's label: the headline
    stands under that label. (A row between them, "Tiếng Việt English …", leaves the title to
    the pasted-page reader, :mod:`briefer.ingest.pastedheadline`.)"""
    at = next(i for i, line in enumerate(lines) if line is row)
    label = " ".join(lines[at + 1].text.split()) if at + 1 < len(lines) else ""
    return (
        run_on_row(row.text)
        and 1 <= len(label.split()) <= _LABEL_WORDS
        and f" {label} " in f" {' '.join(row.text.split())} "
    )


def title_past_menu(lines: list[Line], title: str, found: Found) -> str:
    """Mark the run-on menu rows; the title read again when the chosen one was such a row."""
    mark_untold_rows(lines)  # (a long row over the lead that no paragraph retells: no title)
    chosen = next((ln for ln in lines if ln.reason == "title"), None)
    if chosen is None or " ".join(chosen.text.split()) != title or not _label_under(lines, chosen):
        mark_run_on_menus(lines)
        return title
    chosen.reason = ""  # (read as any other row: the menu's evidence decides)
    mark_run_on_menus(lines)
    if chosen.reason != "menu":
        chosen.reason = "title"
        return title
    return read_head(lines, found) or title

"""An HTML e-mail newsletter laid out in tables: its article runs through a column of rows,
one paragraph in each row's single cell, all cells alike (the template's text block set
once per paragraph). The cell scoring the most prose holds one paragraph only; the article
is the whole run of like cells. This module owns finding that run and gathering it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import lxml.html

_LEAST_RUN: Final = 3  # (two like rows are as often a header and its sub-line)


def _single_cell(row: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The row's one cell, or None when the row is no table row of exactly one cell."""
    if not isinstance(row.tag, str) or row.tag != "tr":
        return None
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
    return cells[0] if len(cells) == 1 else None


def _alike(cell: lxml.html.HtmlElement, model: lxml.html.HtmlElement) -> bool:
    """Set by the same template block: the same attributes and the same child tags."""
    kids = [c.tag for c in cell if isinstance(c.tag, str)]
    return dict(cell.attrib) == dict(model.attrib) and kids == [
        c.tag for c in model if isinstance(c.tag, str)
    ]


def _run(
    best: lxml.html.HtmlElement, score: Callable[[lxml.html.HtmlElement], int]
) -> list[lxml.html.HtmlElement]:
    row = best.getparent()
    if row is None or _single_cell(row) is not best:
        return []
    run = [best]
    for step in ("getprevious", "getnext"):
        node = getattr(row, step)()
        while node is not None:
            cell = _single_cell(node)
            if cell is None or not _alike(cell, best) or score(cell) == 0:
                break
            run = [cell, *run] if step == "getprevious" else [*run, cell]
            node = getattr(node, step)()
    return run


def gather_mail_cells(
    best: lxml.html.HtmlElement, score: Callable[[lxml.html.HtmlElement], int]
) -> lxml.html.HtmlElement:
    """``best`` holding the whole run of like one-cell rows it stands in (their paragraphs
    moved into it, in order) when it is a table cell of such a run of ``_LEAST_RUN`` rows
    or more, each scoring prose by ``score``; else ``best`` as it is."""
    if not isinstance(best.tag, str) or best.tag not in ("td", "th"):
        return best
    run = _run(best, score)
    if len(run) < _LEAST_RUN:
        return best
    first = run[0]
    for cell in run[1:]:
        for child in list(cell):
            first.append(child)  # (lxml moves the element: the row it left stays empty)
    return first


__all__ = ["gather_mail_cells"]

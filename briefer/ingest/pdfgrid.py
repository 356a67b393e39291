"""A PDF page's printed pieces of text → room for the gutter on pypdf's character grid.

pypdf's layout mode places each piece of text at ``x // char width``, where the char width
is the page's average. A column set in smaller type than that average (an abstract, a
keywords line, a photo's caption in a two-column journal or bulletin) holds more characters
than its width in grid cells, so its row runs on into the next column's cells and the grid
prints the two columns one blank apart, or with none ("… tiềm năng kếtBằng Tường …"): no
gutter is left for :func:`briefer.ingest.pdflayout.reading_order` to find, and the row's
two halves are read as one line, losing the sentences around it.

:func:`spread_columns` finds such a crowded piece (printed well clear of the piece before
it on the page, yet placed on the grid with fewer blanks than a gutter has) and moves that
column — every piece that starts at or after its left edge with clear paper before it — to
the right by the same number of cells on every row, so the column stays aligned and the
gutter shows again. A page with no crowded piece is left exactly as pypdf lays it out.
"""

from __future__ import annotations

from typing import Any, Final

_Row = list[Any]  # pypdf's pieces (dicts: tx, displaced_tx, text …) at one height, left to right

_CLEAR: Final = 3.0  # paper between two pieces, in average chars: more than a word space
_GUTTER: Final = 4  # blanks that make a gutter on the grid (pdflayout's run of blanks)
_ROUNDS: Final = 3  # columns a page may need spreading at (three columns at most)


def _crowded(rows: list[_Row], width: float) -> float | None:
    """The left edge of the leftmost piece printed clear of its neighbour but placed
    closer than a gutter on the grid; None when every clear piece has its gutter."""
    edges: list[float] = []
    for row in rows:
        length, last_end = 0, None
        for part in row:
            offset = int(part["tx"] // width)
            clear = last_end is not None and part["tx"] - last_end >= _CLEAR * width
            if clear and offset - length < _GUTTER:
                edges.append(part["tx"])
            length = max(offset, length) + len(part["text"])
            last_end = part["displaced_tx"]
    return min(edges) if edges else None


def _starts_column(row: _Row, i: int, edge: float, width: float) -> bool:
    part = row[i]
    if part["tx"] < edge - width / 2:
        return False
    return i == 0 or part["tx"] - row[i - 1]["displaced_tx"] >= _CLEAR * width


def _shifted(rows: list[_Row], edge: float, width: float) -> list[_Row]:
    """Every row with the column at ``edge`` moved right far enough for a gutter."""
    firsts: list[tuple[int, int]] = []  # (row, index of the column's first piece)
    cells = 0
    for r, row in enumerate(rows):
        length = 0
        for i, part in enumerate(row):
            offset = int(part["tx"] // width)
            if _starts_column(row, i, edge, width):
                firsts.append((r, i))
                if i:  # the grid length of what precedes it on the row
                    cells = max(cells, length + _GUTTER - offset)
                break
            length = max(offset, length) + len(part["text"])
    if cells <= 0:
        return rows
    move = cells * width
    out = [list(row) for row in rows]
    for r, i in firsts:
        out[r][i:] = [
            {**part, "tx": part["tx"] + move, "displaced_tx": part["displaced_tx"] + move}
            for part in out[r][i:]
        ]
    return out


def spread_columns(grouped: dict[Any, _Row], width: float) -> dict[Any, _Row]:
    """``grouped`` (pypdf's rows of pieces by height on the page) with each column whose
    rows the grid crowds into the column before it moved right by a gutter's width."""
    if not width:
        return grouped
    keys = list(grouped)
    rows = [grouped[key] for key in keys]
    for _ in range(_ROUNDS):
        edge = _crowded(rows, width)
        if edge is None:
            break
        moved = _shifted(rows, edge, width)
        if moved is rows:
            break
        rows = moved
    return dict(zip(keys, rows, strict=True))

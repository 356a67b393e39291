"""A fact sheet's rows (pure): "label: value" lines in a run ("Tên nước: Cộng hòa X", "Thủ đô:
Y", "Dân số (2024): 10 triệu người", "Capital: Z"), the sheet's content however short each
row is. A page's head has labelled cells too ("Chuyên mục: Kinh tế"), but not a run of three
or more of them of which two state figures: that is a sheet of data, to be kept."""

from __future__ import annotations

import re
from typing import Final

# (a label of one to eight words, figures in brackets allowed: "GDP (2024)", then its value)
_ROW: Final = re.compile(r"^(?P<label>[^\W\d_][^:.!?]{0,60}?)\s*:\s+\S")
_LABEL_WORDS: Final = 8
_RUN: Final = 3
_FIGURES: Final = 2


def _row(text: str) -> bool:
    match = _ROW.match(text)
    return match is not None and len(match.group("label").split()) <= _LABEL_WORDS


def sheet_rows(texts: list[str]) -> set[int]:
    """The indices of ``texts`` that are rows of a fact sheet (see the module docstring)."""
    rows: set[int] = set()
    run: list[int] = []
    for index, text in enumerate([*texts, ""]):
        if _row(text):
            run.append(index)
            continue
        if len(run) >= _RUN and sum(bool(re.search(r"\d", texts[i])) for i in run) >= _FIGURES:
            rows.update(run)
        run = []
    return rows


__all__ = ["sheet_rows"]

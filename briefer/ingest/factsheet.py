"""A fact sheet's rows (pure): "label: value" lines in a run ("Tên nước: Cộng hòa X", "Thủ đô:
Y", "Dân số (2024): 10 triệu người", "Capital: Z"), the sheet's content however short each
row is. A page's head has labelled cells too ("Chuyên mục: Kinh tế"), but not a run of three
or more of them of which two state figures: that is a sheet of data, to be kept."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

# (a label of one to eight words, figures in brackets allowed: "GDP (2024)", then its value)
_ROW: Final = re.compile(r"^(?P<label>[^\W\d_][^:.!?]{0,60}?)\s*:\s+\S")
_LABEL_WORDS: Final = 8
_RUN: Final = 3
_FIGURES: Final = 2
_FIGURE: Final = re.compile(r"\d")


def _row(text: str) -> bool:
    match = _ROW.match(text)
    return match is not None and len(match.group("label").split()) <= _LABEL_WORDS


def row_runs(texts: list[str], is_row: Callable[[str], bool]) -> list[list[int]]:
    """The runs of consecutive indices of ``texts`` whose text ``is_row``, in order."""
    runs: list[list[int]] = []
    run: list[int] = []
    for index, text in enumerate(texts):
        if is_row(text):
            run.append(index)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def sheet_rows(texts: list[str]) -> set[int]:
    """The indices of ``texts`` that are rows of a fact sheet (see the module docstring)."""
    return {
        index
        for run in row_runs(texts, _row)
        if len(run) >= _RUN and sum(_FIGURE.search(texts[i]) is not None for i in run) >= _FIGURES
        for index in run
    }


__all__ = ["row_runs", "sheet_rows"]

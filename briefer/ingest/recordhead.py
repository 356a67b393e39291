"""A record's head: the "Label: value" cells a bulletin prints between its title and its text
(pure).

An alert, a case file, a register's entry opens on a block of short labelled cells before its
article: "Mã cảnh báo: CB-2025-118", "Thị trường: Indonesia", "Loại vụ việc: Điều tra tự vệ",
"Mức độ rủi ro: Cao"; "Case no.: AD-2025-07", "Product: Steel wire", "Status: Initiated". Each
names one field of the record (a code, a market, a category, a level), in a word or a few,
never a sentence: the record's index card, which the text then tells in sentences.

A country's fact sheet is set the same way ("Dân số (2024): 10,3 triệu người", "GDP: 14,2 tỷ
USD"), and there the rows are the content: they state quantities. So a block is a record's
head only when no cell states an amount (a code's or a tariff line's digits are no amount),
and only above the first paragraph of prose: further down, labelled rows are the text's own.

This module owns :func:`mark_record_head`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line
from briefer.ingest.lines import is_prose
from briefer.text.numbers import find_amounts

# "Label: value": a label of one to five words opening on a letter, no stop in it, a value
# of a few words that is no sentence.
_CELL: Final = re.compile(r"^(?P<label>[^\W\d_][^:.!?]{0,40}?)\s*:\s+(?P<value>\S.*)$")
_LABEL_WORDS: Final = 5
_VALUE_WORDS: Final = 12
_CELLS: Final = 3  # a block of three cells or more


def _row(text: str) -> bool:
    """A "Label: value" row of any kind (a sheet's or a record's)."""
    match = _CELL.match(text)
    return match is not None and len(match["label"].split()) <= _LABEL_WORDS


def _cell(text: str) -> bool:
    """A record's cell: a short value that is no sentence and states no amount."""
    value = text.partition(":")[2].strip()
    return (
        len(value.split()) <= _VALUE_WORDS
        and not value.endswith((".", "!", "?", "…", ":"))
        and not find_amounts(value, "vi")
    )


def mark_record_head(lines: list[Line]) -> None:
    """Mark a block of three "Label: value" rows or more above the first paragraph of prose,
    every one a record's cell (none stating an amount: a sheet's block that states one is the
    sheet's content, all its rows), as the record's head. Lines another rule removed (a stamp
    among the cells) neither break nor count in the block."""
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if not line.kept:
            continue
        if is_prose(line.text):
            break
        if _row(line.text):
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    for block in blocks:
        if len(block) >= _CELLS and all(_cell(line.text) for line in block):
            for line in block:
                line.reason = "record head"


__all__ = ["mark_record_head"]

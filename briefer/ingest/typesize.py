"""A PDF's type sizes: which of its printed lines are set smaller than the article's text.

A page printed from a web site, a bulletin or a magazine sets its article in one body size;
what the layout adds around it — the breadcrumb, the date and byline row, a photo's caption
and credit, a related box, the running header and footer — comes in smaller type, whatever
its words. That is a printed page's structure, the way a saved page's is its markup, so the
cleaner can tell furniture it has no rule for from the article's own sentences.

:func:`page_layout` lays out one page as pypdf's layout mode does (the same text) and
gives each printed cell (a row's text between runs of blanks, so two columns keep their own
sizes) its type height; :func:`mark_sizes` then opens the paragraphs made only of cells
smaller than the document's body size with :data:`SMALL`, and those made only of larger
cells (a headline, a box's heading) with :data:`LARGE`: private-use characters that
:mod:`briefer.ingest.clean` reads (small type leaves after the metadata readers have seen
it; the headline is the title; a heading is no byline) and no other reader writes.

The layout comes from pypdf's own layout-mode functions (pinned in ``uv.lock``); when they
are not there or fail on a page, the page is laid out by the public call and simply has no
sizes — nothing is marked, as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Final

from briefer.ingest.boxheads import box_headings
from briefer.ingest.pdfspacing import Cell, spaced_runs

SMALL: Final = "\ue000"  # opens a paragraph printed in small type (never in a reader's text)
LARGE: Final = "\ue001"  # opens a paragraph printed larger than the article: a heading
MARKS: Final = SMALL + LARGE
_SMALLER: Final = 0.9  # a row this much smaller than the body's size is small type


def page_layout(
    page: Any, runs: list[tuple[str, str]] | None = None, placed: list[list[Cell]] | None = None
) -> tuple[str, list[tuple[float, str]]]:
    """(the page's text in layout mode, [(type height, text)] for each printed cell: a row's
    text between runs of blanks, so the two columns of a row keep their own sizes). The
    lines of one paragraph the text alone would part are added to ``runs`` (see
    :mod:`briefer.ingest.pdfspacing`), its placed cells to ``placed`` (the document's
    blocks are read from all its pages: :mod:`briefer.ingest.pdfblocks`)."""
    try:
        return _sized_layout(page, runs if runs is not None else [], placed)
    except Exception:  # private functions moved, or a font they cannot read: no sizes
        return page.extract_text(extraction_mode="layout") or "", []


def _sized_layout(
    page: Any, runs: list[tuple[str, str]], pages: list[list[Cell]] | None
) -> tuple[str, list[tuple[float, str]]]:
    from pypdf._text_extraction import _layout_mode
    from pypdf.generic import ArrayObject, ContentStream, StreamObject

    # As PageObject._layout_mode_text does, keeping the row groups to read their heights.
    contents = page.get("/Contents")
    if contents is not None:
        contents = contents.get_object()
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return "", []
    operations = iter(ContentStream(contents, page.pdf, "bytes").operations)
    groups = _layout_mode.text_show_operations(operations, page._layout_mode_fonts(), True, None)
    if not groups:
        return "", []
    from briefer.ingest.pdfgrid import spread_columns

    grouped = _layout_mode.y_coordinate_groups(groups, None)
    width = _layout_mode.fixed_char_width(groups, 1.25)
    grouped = spread_columns(grouped, width)  # small type crowding the next column
    rows = list(grouped.values())
    text = _layout_mode.fixed_width_page(grouped, width, True, 1)
    printed = [row for row in rows if "".join(part["text"] for part in row).strip()]
    lines = [line for line in text.split("\n") if line.strip()]
    if len(printed) != len(lines) or not width:  # rows and lines not one to one: no sizes
        return text, []
    cells: list[tuple[float, str]] = []
    placed: list[Cell] = []  # (where each cell starts, its height on the page): pdfspacing
    for row, line in zip(printed, lines, strict=True):
        # each piece of text to the cell its column falls in (where the layout put it)
        spans = [(m.start(), m.end()) for m in _CELL.finditer(line)]
        heights = [0.0] * len(spans)
        ys: list[float | None] = [None] * len(spans)
        for part in row:
            if not part["text"].strip():
                continue
            column = int(part["tx"] // width)
            at = max((i for i, (begin, _) in enumerate(spans) if begin <= column), default=0)
            heights[at] = max(heights[at], float(part["font_height"]))
            ys[at] = float(part["ty"]) if ys[at] is None else ys[at]
        cells += [(h, line[b:e]) for h, (b, e) in zip(heights, spans, strict=True) if h]
        placed += [
            (b, y, h, line[b:e])
            for h, y, (b, e) in zip(heights, ys, spans, strict=True)
            if h and y is not None
        ]
    runs += spaced_runs(placed)
    if pages is not None:
        pages.append(placed)
    return text, cells


_CELL: Final = re.compile(r"\S+(?: {1,2}\S+)*")  # a cell: words apart by fewer than 3 blanks


def unmarked(text: str) -> str:
    """``text`` without the size marks (as printed)."""
    return text.translate(_UNMARK)


_UNMARK: Final = dict.fromkeys(map(ord, MARKS))


def body_height(rows: Sequence[tuple[float, str]]) -> float:
    """The height most of the document's characters are printed in."""
    sizes: Counter[float] = Counter()
    for height, text in rows:
        sizes[round(height, 1)] += len(text.strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def mark_sizes(text: str, cells: Sequence[tuple[float, str]]) -> str:
    """``text`` (paragraphs apart by blank lines) with each paragraph made only of cells in
    small type opened by :data:`SMALL`, and each made only of cells in type larger than the
    body's (a headline, a box's heading) by :data:`LARGE`. A cell of small type that the
    paragraph joining ran into an article paragraph (a caption without a full stop over the
    next paragraph, a credit after a paragraph's last sentence) is taken out of it as a
    paragraph of its own."""
    body = body_height(cells)
    if not body:
        return text
    small = _Cells(cell for height, cell in cells if height < body * _SMALLER)
    large = _Cells(cell for height, cell in cells if height > body / _SMALLER)
    plain = _Cells(cell for h, cell in cells if body * _SMALLER <= h <= body / _SMALLER)
    if not (small.first or large.first):
        return text
    from briefer.ingest.printmarks import print_stamp

    marked: list[str] = []
    for paragraph in text.split("\n\n"):
        if print_stamp(paragraph) == "print header":
            # (a one-sheet print keeps its browser header in the text: the page's edge, its
            # title shown in one string with the stamp, so not a cell of its own; a headline
            # row repeating the title's end is no heading to cut out of it)
            marked.append(paragraph)
            continue
        words = paragraph.split()
        if small.make(words):
            marked.append(SMALL + paragraph.lstrip())
            continue
        before, words, after = small.cut_out(words, wrapped=True)
        # (a numbered heading run into the paragraph before or after it: "… năm 2023. 3. Kết
        # luận": two sizes are two paragraphs, even for a heading of two words)
        # (a headline over two rows is large type all through: nothing to cut out of it)
        # (its rows run into the paragraph under it come out together, the second row's
        # first word in lower case: "Bahamas: a small market with" / "high buying power")
        whole = large.make(words)  # (a headline's rows alone: no heading run into it)
        big_before, words, big_after = (
            ([], words, []) if whole else large.cut_out(words, 2, wrapped=True, longer=plain)
        )
        if not (big_before or big_after or whole) and (at := large.heading_after(words)):
            # (a heading wrapped over two rows of its column: its cells one after another)
            big_after, words = [" ".join(words[at:])], words[:at]
        if (big_before or big_after) and small.make(words):
            # (small rows cut off its start are rows of the same small paragraph: "Từ khóa:
            # …, quan hệ song phương," / "Phật giáo, thương mại." over a numbered heading;
            # not when a heading opening the rest parts them: a kicker over a headline over
            # its byline are three paragraphs, in that order)
            opened = [SMALL + p for p in before] if big_before else []
            words = words if big_before else [*before, *words]
            marked += opened + [LARGE + p for p in big_before] + [SMALL + " ".join(words)]
            marked += [LARGE + p for p in big_after] + [SMALL + p for p in after]
            continue
        before += [_BIG + p for p in big_before]
        after = [_BIG + p for p in big_after] + after
        head = large.split_off(words, small)
        if head:
            # a headline in large type run into the small line under it (a byline in
            # capitals): two sizes are two paragraphs, the headline's words its own
            after.insert(0, " ".join(words[head:]))
            words = words[:head]
        else:
            head = large.split_off(words, plain)
            if head and len(words) - head <= _TAIL_WORDS and not _ENDED.search(words[-1]):
                # (a few words after it in the body's size, no sentence: a byline's own line)
                marked += [_marked(p) for p in before]
                marked += [LARGE + " ".join(words[:head]), " ".join(words[head:])]
                marked += [_marked(p) for p in after]
                continue
        rest = " ".join(words) if before or after else paragraph.lstrip()  # (as laid out)
        mark = LARGE if large.make(words) else ""
        marked += [_marked(p) for p in before] + [mark + rest] + [_marked(p) for p in after]
    # (a fact box's heading over its small "Label: value" items leaves with them)
    return "\n\n".join(box_headings(_capitals_headline_rows(marked), SMALL, LARGE))


def _capitals_headline_rows(paragraphs: list[str]) -> list[str]:
    """Rows of one headline in capitals wrapped in a narrow column, each left a paragraph of
    its own (capitals rows give the reflow no case to tell a run-on by), made one again: large
    type all through, one row after another, none ending a sentence, a heading's few words."""
    out: list[str] = []
    for paragraph in paragraphs:
        prev = out[-1] if out else ""
        if (
            _in_capitals(prev)
            and _in_capitals(paragraph)
            and not _ENDED.search(prev)
            and len((prev + " " + paragraph).split()) <= _HEADING_WORDS
        ):
            out[-1] = f"{prev} {paragraph[1:].strip()}"
            continue
        out.append(paragraph)
    return out


def _in_capitals(paragraph: str) -> bool:
    """A paragraph in large type whose letters are all capitals."""
    text = paragraph[1:]
    return paragraph.startswith(LARGE) and any(c.isalpha() for c in text) and text == text.upper()


_BIG: Final = "\ue002"  # (a cut-out piece in large type, while pieces are gathered)


def _marked(piece: str) -> str:
    return LARGE + piece[1:] if piece.startswith(_BIG) else SMALL + piece


_HEADING_WORDS: Final = 30  # the most words a heading of a few rows runs to
_TAIL_WORDS: Final = 5  # a name run into a headline: a few words, no sentence
_CUT_WORDS: Final = 4  # a cell of fewer words may also be words of a sentence: not cut out
_ENDED: Final = re.compile(r"[.!?…:;\"”’)\]]$")


class _Cells:
    """The cells of one size as runs of words, found by their first and their last word (a
    paragraph is matched against the few cells that could start or end it, not all)."""

    def __init__(self, texts: Iterable[str]):
        runs = sorted({tuple(t.split()) for t in texts if t.strip()}, key=len, reverse=True)
        self.first: dict[str, list[tuple[str, ...]]] = {}
        self.last: dict[str, list[tuple[str, ...]]] = {}
        for run in runs:  # (longest first: a longer cell is taken whole)
            self.first.setdefault(run[0], []).append(run)
            self.last.setdefault(run[-1], []).append(run)

    def make(self, words: list[str]) -> bool:
        """Whether the words are these cells one after another and nothing else."""
        at = 0
        while at < len(words):
            run = next(
                (r for r in self.first.get(words[at], ()) if tuple(words[at : at + len(r)]) == r),
                None,
            )
            if run is None:
                return False
            at += len(run)
        return bool(words)

    def heading_after(self, words: list[str]) -> int:
        """Where a run of these cells that closes the words begins, right after a sentence's
        end (0 when none does): a heading of several rows run into the paragraph above."""
        for at in range(max(1, len(words) - _HEADING_WORDS), len(words) - 1):
            if _ENDED.search(words[at - 1]) and words[at] in self.first and self.make(words[at:]):
                # (a headline's own rows, one ending on a colon, are one heading)
                return 0 if self.make(words[:at]) else at
        return 0

    def opens_longer(self, words: list[str], than: int) -> bool:
        """Whether one of these cells opens the words and is longer than ``than`` words."""
        return any(
            len(r) > than and tuple(words[: len(r)]) == r for r in self.first.get(words[0], ())
        )

    def split_off(self, words: list[str], other: _Cells) -> int:
        """Where the words stop being these cells and become the other size's cells to the
        end (the count of this size's words), or 0 when they are not two such runs."""
        if words and words[0] in self.first and words[-1] in other.last and not self.make(words):
            for at in range(1, len(words)):
                if words[at] in other.first and self.make(words[:at]) and other.make(words[at:]):
                    return at
        return 0

    def cut_out(
        self,
        words: list[str],
        least: int = _CUT_WORDS,
        wrapped: bool = False,
        longer: _Cells | None = None,
    ) -> tuple[list[str], list[str], list[str]]:
        """(cells that opened the words, the rest, cells that closed them). Only at the ends,
        and only where a sentence starts after the cell or ended before it: a cell's words
        inside a sentence ("… tại Hà Nội, Liên đoàn Thương mại và Công nghiệp Việt Nam
        (VCCI) phối hợp …" under a masthead in those words) are the sentence's. ``wrapped``:
        cells that open the words one after another, a sentence starting only after the
        last, are one paragraph's rows (a keywords line over two rows) and come out whole.
        ``longer``: cells of another size; where one of them opens the words and runs longer
        than this size's cell, the words are that cell's, not this one's (a headline's first
        row "Chủ tịch Quốc hội Trần" and an article line "Chủ tịch Quốc hội Trần Thanh Mẫn"
        that starts with the same words, in the body's size)."""
        before: list[str] = []
        after: list[str] = []
        runs: list[tuple[str, ...]] = []  # cells opening the words, one after another
        rest = words
        while rest:
            run = next(
                (r for r in self.first.get(rest[0], ())
                 if len(r) >= least and len(r) < len(rest) and tuple(rest[: len(r)]) == r),
                None,
            )  # fmt: skip
            if run is None or (longer is not None and longer.opens_longer(rest, len(run))):
                break
            runs.append(run)
            rest = rest[len(run) :]
            # (a cell ending on a dash between two names, "Quan hệ Việt Nam -", ends nothing:
            # the words after it go on with the same name pair, whatever their case)
            if not (rest[0][:1].isupper() or wrapped) or run[-1] in ("-", "–", "—"):
                break
            if rest[0][:1].isupper():
                # (a small paragraph's rows up to here, a sentence starting after them: the
                # rows of a keywords line wrapped over two rows come out together)
                before.append(" ".join(word for r in runs for word in r))
                words, runs = rest, []
        while words:
            run = next(
                (r for r in self.last.get(words[-1], ())
                 if len(r) >= least and len(r) < len(words)
                 and tuple(words[-len(r) :]) == r and _ENDED.search(words[-len(r) - 1])),
                None,
            )  # fmt: skip
            if run is None:
                break
            after.insert(0, " ".join(run))
            words = words[: -len(run)]
        return before, words, after


__all__ = ["LARGE", "MARKS", "SMALL", "body_height", "mark_sizes", "page_layout", "unmarked"]

"""A PDF's pages, as laid out text, → the article's lines in reading order.

pypdf's layout mode places each piece of text at its position on a character grid, so
columns show as runs of blanks at the same place on many rows. From that grid:

- **columns** (:func:`reading_order`): consecutive rows split by a run of blanks that the
  rows share (a gutter) form a band: the two-column page of a bulletin, or a "most read |
  latest" box printed side by side. A band is read left column first, then right column,
  instead of row by row across both (which interleaves two texts into nonsense);
- **page headers and footers** (:func:`strip_repeated`): the first and last rows of the pages
  that repeat on other pages with only their digits changed ("10/01/2025, 15:32  Title",
  "https://…  1/3", "Trang 2") are dropped;
- **paragraphs** (:func:`reflow`): lines are joined into paragraphs, also across a page
  break; a line stops a paragraph when it ends a sentence, or when it is much shorter than
  the others and the next starts a new sentence (a caption, a credit, a byline); a colon
  or a dash closing a full line runs on, a label runs on into its value, a footnote's mark
  or an address ends what it closes.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from briefer.ingest.lines import READ_ON
from briefer.ingest.pageseams import seam_parts, seam_runs
from briefer.ingest.pdfjoin import by_name, clause_runs_on, numbered, numbered_opens, pair_atop
from briefer.ingest.printedsite import printed_page

_GAP: Final = re.compile(r"\S( {4,})\S")
_SENTENCE_END: Final = re.compile(r"[.!?:;…\"”’)\]]$")
_DIGITS: Final = re.compile(r"\d+")
# A word's apostrophe closing a line ("… the International Year of Glaciers’" / "Day …"):
# a possessive, not a quotation's close (a sentence ends on its stop, inside or out).
_POSSESSIVE: Final = re.compile(r"[^\W\d_]’$")
# A day and month without the year closing a line; a year opening the next.
_DAY_END: Final = re.compile(
    r"(?:\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\btháng\s+\d{1,2}"
    r"(?:\s+năm)?|\b\d{1,2}/\d{1,2}/?)$"
)
_YEAR_START: Final = re.compile(r"(?:19|20)\d\d(?![\d/.:-]\d)")
_ADDRESS_END: Final = re.compile(r"(?:\S@\S+\.[a-z]{2,}|https?://\S+|www\.\S+)$", re.IGNORECASE)
_EDGE_ROWS: Final = 2  # rows at the top and bottom of a page that may be header or footer
_SHORT: Final = 0.75  # a line shorter than this share of the text's width may end a paragraph
# The next line's first word would not have fitted: the text's width is a percentile over
# both columns, a narrower column's lines wrap a little before it.
_WRAP: Final = 0.92
# A line ending on a word that never ends a sentence (a preposition, an article, a
# conjunction): "… diplomatic relations between" / "Azerbaijan and …" runs on across any break.
_OPEN_END: Final = re.compile(
    r"\s(?:of|the|a|an|and|or|to|with|for|in|on|at|by|between|from|that|its|their"
    r"|của|và|với|giữa|các|những|về|tại|cho|từ|trong|là|được)$"
)
# A dash between two names at a line's end: "Quan hệ Việt Nam -" / "Nepal: …" (rows of a
# headline in capitals stay apart: the title's reader joins them)
_DASH_END: Final = re.compile(r"\s[-–—]$")


def _open_end(line: str) -> bool:
    return bool(_OPEN_END.search(line) or (_DASH_END.search(line) and not line.isupper()))


def _gaps(row: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in _GAP.finditer(row)]


def _side(row: str, start: int, end: int) -> str:
    """Which side of the gutter ``start:end`` a row without a gap there lies on."""
    text = row.rstrip()
    if not text.strip():
        return "blank"
    if len(text) < end:  # ends before the right column starts
        return "left"
    if len(row) - len(row.lstrip()) > start:  # starts after the left column ends
        return "right"
    return ""


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip())


def _aligned_gap(row: str, end: int) -> list[tuple[int, int]]:
    """A narrower gap (two blanks or three) that ends where the band's right column starts:
    a left-column row that runs almost to the gutter ("… | Hội   phải đến …")."""
    blank = re.search(r" {2,}$", row[:end])
    if blank and row[end : end + 1].strip() and row[: blank.start()].strip():
        return [(blank.start(), end)]
    return []


def reading_order(rows: list[str]) -> list[str]:
    """The rows of one page as lines in reading order, columns one after the other."""
    out: list[str] = []
    i = 0
    n = len(rows)
    while i < n:
        gaps = _gaps(rows[i])
        band_end, gutter, split_rows = i, None, 0
        for gap in gaps:
            start, end = gap
            j, split, blanks = i, 0, 0
            while j < n:
                row_gaps = [g for g in _gaps(rows[j]) if g[0] < end and g[1] > start]
                if not row_gaps and j > i:
                    row_gaps = _aligned_gap(rows[j], end)
                side = "" if row_gaps else _side(rows[j], start, end)
                if side == "left" and _indent(rows[j]) < _indent(rows[i]):
                    side = ""  # it starts left of the band's left column: the page again
                blanks = blanks + 1 if side == "blank" else 0
                if blanks >= 2:  # a wide gap: what follows (a page footer) is not the band's
                    j -= 1
                    break
                if row_gaps:
                    start, end = max(start, row_gaps[0][0]), min(end, row_gaps[0][1])
                    split += 1
                elif not side:
                    break
                j += 1
            if split >= 2 and j > band_end:
                band_end, gutter, split_rows = j, (start, end), split
        if gutter is None or split_rows < 2:
            out.append(rows[i].strip())
            i += 1
            continue
        # Cut where the right column starts: a left-column row longer than the rows that
        # had text on both sides still belongs whole to the left column.
        cut = gutter[1]
        blank = [not rows[k].strip() for k in range(i, band_end)]
        runs_on = False
        for left, side in ((True, [rows[k][:cut] for k in range(i, band_end)]),
                           (False, [rows[k][cut:] for k in range(i, band_end)])):  # fmt: skip
            # A row with text on one side only adds nothing to the other side; a column may
            # itself hold a box printed side by side (read the same way, column by column).
            kept = reading_order(_bridged(side, blank))
            if _headlines_only(kept):
                # a box of headlines: a row a line, so its wrapped headlines never run into
                # one paragraph (each is furniture by shape once it stands alone)
                kept = [part for row in _caps_joined(kept) if row for part in (row, "")]
            if runs_on:  # the sentence the left column broke off goes on at the right's top
                while kept and not kept[0]:
                    kept = kept[1:]
            out += kept
            runs_on = left and _column_runs_on(kept)
            if not runs_on:
                out.append("")
        i = band_end
    return out


def _column_runs_on(kept: list[str]) -> bool:
    """A column of prose whose last row is a full one that ends no sentence: the page's
    column break cut a sentence ("… partner in the" / "region."), and it goes on at the top
    of the next column, with no paragraph's gap between the two."""
    filled = [r.strip() for r in kept if r.strip()]
    if len(filled) < _LONG_BLOCK or sum(bool(_STOP.search(r)) for r in filled) < 2:
        return False
    if not kept[-1].strip():  # the column ends on a blank row: a gap, whatever comes next
        return False
    last = filled[-1]
    lengths = sorted(len(r) for r in filled)
    width = lengths[int(0.8 * (len(lengths) - 1))]  # the column's usual width (as in reflow)
    return (
        len(last) >= _WRAP * width
        and len(last.split()) >= 3
        and not _SENTENCE_END.search(last)
        and not last.isupper()
    )


def _bridged(side: list[str], blank: list[bool]) -> list[str]:
    """One column of a band: its rows, and the rows blank across the band, except a blank
    after a full row that ends no sentence (the other column's larger type put it there; a
    paragraph of this column runs on below it)."""
    width = max((len(t.strip()) for t in side), default=0)
    # a column of prose (some sentence ends in it), not a box's headlines, which end none
    column_prose = sum(bool(_STOP.search(t)) for t in side) >= 2
    out: list[str] = []
    block: list[str] = []  # the rows since the last blank
    for t, b in zip(side, blank, strict=True):
        if b and block and len(block[-1].strip()) >= _FULL * width:
            # prose (a sentence ended above in the block, or a long block, or a column
            # of sentences)
            prose = (
                column_prose
                or len(block) >= _LONG_BLOCK
                or any(_STOP.search(r) for r in block[:-1])
            )
            if prose and not _SENTENCE_END.search(block[-1].rstrip()):
                continue
        if t.strip() or b:
            out.append(t)
            block = [] if b else [*block, t] if t.strip() else block
    return out


def _caps_joined(rows: list[str]) -> list[str]:
    """A box's rows, a heading in capitals wrapped over several rows joined again ("THEO" /
    "DÒNG SỰ" / "KIỆN")."""
    from briefer.ingest.furniture import is_upper

    out: list[str] = []
    for row in rows:
        if row and out and out[-1] and is_upper(row) and is_upper(out[-1]):
            out[-1] = f"{out[-1]} {row}"
        else:
            out.append(row)
    return out


_FULL: Final = 0.6
_LONG_BLOCK: Final = 4
_BOX_ROWS: Final = 5  # a wrapped headline over a column takes fewer rows than a box
_STOP: Final = re.compile(r"[.!?;…](?=[\s\"”’)]|$)")


def _headlines_only(rows: list[str]) -> bool:
    """A column of five rows or more with no sentence's stop anywhere: a box of headlines
    ("most read", "latest") printed beside the text, never the article's prose."""
    filled = [r for r in rows if r.strip()]
    return len(filled) >= _BOX_ROWS and not any(_STOP.search(r) for r in filled)


def _shape(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()))


def strip_repeated(pages: list[list[str]], dropped: list[str] | None = None) -> list[list[str]]:
    """Drop the first and last rows that repeat, digits aside, on two or more pages (they
    are added to ``dropped``, when given: a printed page's address and title are there)."""
    if len(pages) < 2:
        return pages
    # A header repeats at the top of the pages, a footer at the bottom: each edge is counted
    # apart, and a line must repeat on at least half the pages (two at least).
    tops: Counter[str] = Counter()
    bottoms: Counter[str] = Counter()
    for rows in pages:
        filled = [r for r in rows if r.strip()]
        tops.update({_shape(r) for r in filled[:_EDGE_ROWS]})
        bottoms.update({_shape(r) for r in filled[-_EDGE_ROWS:]})
    need = max(2, (len(pages) + 1) // 2)
    top = {shape for shape, count in tops.items() if count >= need}
    bottom = {shape for shape, count in bottoms.items() if count >= need}
    result = []
    for rows in pages:
        filled = [k for k, r in enumerate(rows) if r.strip()]
        head, foot = set(filled[:_EDGE_ROWS]), set(filled[-_EDGE_ROWS:])
        kept = []
        for k, r in enumerate(rows):
            if (k in head and _shape(r) in top) or (k in foot and _shape(r) in bottom):
                if dropped is not None:
                    dropped.append(r.strip())
            else:
                kept.append(r)
        result.append(kept)
    return result


def _alone(line: str) -> bool:
    """A line that is a paragraph of its own whatever surrounds it: a timestamp, a credit,
    a breadcrumb, a print stamp (a column beside it may have swallowed the blank line around it)."""
    from briefer.ingest import credits, notices, stamplines
    from briefer.ingest import furniture as fur
    from briefer.ingest import metadata as meta
    from briefer.ingest import printmarks as marks

    return bool(
        stamplines.timestamp(line)[0]
        or credits.labelled_picture(line)  # "Video: … · Thời lượng 03:12 · QBTV"
        or fur.credit_only(line)
        or marks.print_stamp(line)
        or fur.menu(line)  # a breadcrumb over the headline ("Tin tức › Đối ngoại")
        or notices.masthead_menu(line)  # "BÁO X · Thời sự · Kinh tế" over the headline
        # ("In bài viết", "5 phút đọc": a page's buttons; a lone word may end a paragraph)
        or (len(line.split()) >= 2 and notices.widget_row(line))
        or fur.section_path(line)  # "Chính trị - Hà Nội"
        or meta.AGENCY_DATELINE.match(line)  # "Baku, May 14, AZERTAC" under the headline
        # a labelled byline under the headline ("Bài và ảnh: Name", "Text: Name"): its colon
        # tells it from a name that runs on across a line break
        or (":" in line and len(line) <= 60 and meta.BYLINE.match(line) is not None)
    )


_READ_ON_LINK: Final = re.compile(rf"^{READ_ON}\s*:\s*\S", re.IGNORECASE)


_CLOCK_END: Final = re.compile(r"\b\d{1,2}:\d{2}(?:\s*[AP]M)?$", re.IGNORECASE)


def _stamp_closes(line: str) -> bool:
    """A row of cells that ends on its day's clock time (a byline and its stamp)."""
    from briefer.ingest import stamplines

    return bool(_CLOCK_END.search(line)) and bool(
        stamplines.timestamp(line)[0] or stamplines.stamp_row(line)[1]
    )


def _ends_caption(line: str) -> bool:
    """ "… - Ảnh: VGP/Hải Minh": a caption ends with its credit, sentence or not."""
    from briefer.ingest import furniture as fur

    return fur.photo_credit(line)


def paragraphs_end_prose(paragraphs: list[str]) -> bool:
    """Whether the last paragraph so far ends a sentence (the text is under way)."""
    return bool(paragraphs) and _SENTENCE_END.search(paragraphs[-1]) is not None


def reflow(text: str) -> str:
    """Join the lines a PDF breaks its paragraphs into; blank lines stay paragraph breaks."""
    lines = [line.strip() for line in text.split("\n")]
    lengths = sorted(len(line) for line in lines if line)
    # The text's usual line width (a column's, on a page set in columns); a few longer
    # lines (a header across both columns) do not count.
    width = lengths[int(0.8 * (len(lengths) - 1))] if lengths else 0
    paragraphs: list[str] = []
    current: list[str] = []
    gap = False  # a blank line since the last line
    for line in lines:
        if not line:
            gap = True
            continue
        if current:
            previous = current[-1]
            # (a footnote's mark opens a new paragraph: "Name*" / "* Institute, …")
            # (a list's next item or a numbered heading, see pdfjoin.numbered_opens)
            starts_new = (
                line[:1].isupper()
                or line[:1] in '(“"-–•*'
                or numbered_opens(previous, line, len(previous) < _SHORT * width)
            )
            # A line is narrow where its paragraph ends, or where the next line's first word
            # was too long to fit beside it (a wrapped "… các địa phương của" /
            # "U-dơ-bê-ki-xtan, …" is a line cut by the column, not a paragraph's end).
            wrapped = len(previous) + 1 + len(line.split(" ", 1)[0]) > _WRAP * width
            # A colon closing a full line of a paragraph under way runs on into a name ("…
            # truyền thống Phật giáo:" / "Lâm Tỳ Ni, …"); a label's colon, a list's or a
            # quotation's on a line of its own, ends it. An address (an email, a web link)
            # ends what it closes: nothing runs on after it.
            ended = (
                _SENTENCE_END.search(previous) is not None
                and not _POSSESSIVE.search(previous)
                and not (previous.endswith(":") and wrapped and len(current) >= 2 and not gap)
            ) or _ADDRESS_END.search(previous) is not None
            narrow = len(previous) < _SHORT * width and not wrapped
            # A short line ends a paragraph, unless a name runs on to the next line
            # ("… Lào Phongsavanh" / "Sithavong về …").
            last_word = previous.rsplit(" ", 1)[-1]
            name_runs_on = (
                last_word[:1].isupper()
                and not last_word.endswith("*")  # (a footnote's mark: the name is whole)
                and not last_word.isupper()
                and len(previous.split()) >= 4
                and not previous.isupper()
                # (no name runs on from a short line after another short one that ended no
                # sentence, a list of links, into a full line: the list ends there)
                and not (
                    len(current) == 1
                    and bool(paragraphs)
                    and len(paragraphs[-1]) < _SHORT * width
                    and not paragraphs_end_prose(paragraphs)
                    and len(line) >= _WRAP * width
                )
            )
            # A headline set in a large font is all short lines: a short line followed by
            # another short one ends a paragraph only when the lines before it were of full
            # width (the text under a headline starts with a full line).
            headline = (
                len(current) >= 2
                and len(line) < _SHORT * width
                and all(len(c) < _SHORT * width for c in current)
            ) or (
                # The first line of such a headline ends on an open phrase: a lower-case
                # word ("Toàn văn phát biểu của" / "Chủ tịch Quốc hội tại" / …).
                len(current) == 1
                and paragraphs_end_prose(paragraphs) is False
                and len(previous.split()) >= 4
                and last_word[:1].islower()
                and len(line) < _SHORT * width
                and not _alone(previous)
                # (a numbered line, "1. Trade performance", opens the first section: no
                # headline's second line)
                and not numbered(line)
            )
            # (or a headline's first row is "Vietnam-Australia", an attributive wanting its noun)
            headline = headline or pair_atop(current, lambda: paragraphs_end_prose(paragraphs))
            short = narrow and not name_runs_on and not headline and not _open_end(previous)
            # A blank line ends a paragraph, unless a sentence plainly runs on across it
            # (a gap in the other column of a band, a column or page break): lower case, a
            # range going on ("năm học 2025" / "- 2026."), or a full line cut mid-sentence
            # ("… các chuyến bay thẳng giữa" / "Istanbul với Hà Nội …"), not a masthead.
            # (a colon runs on into a clause in lower case: "… là thanh toán:" / "đồng …")
            colon = previous.endswith(":") and line[:1].islower() and len(previous.split()) >= 4
            running_on = (
                colon
                or clause_runs_on(previous, line)  # ("… USD;" / "trong đó …": a clause)
                or _open_end(previous)
                or (
                    not ended
                    and (
                        line[:1].islower()
                        or re.match(r"^[-–]\s?\d", line) is not None
                        or (not narrow and len(current) >= 2 and len(previous.split()) >= 6)
                        # one full line of a paragraph that follows prose, cut by a column break
                        or (
                            wrapped
                            and len(previous.split()) >= 6
                            and paragraphs_end_prose(paragraphs)
                        )
                    )
                )
            )
            # A line in lower case after an unfinished one continues it, even when it looks
            # like a date line on its own ("… chuyến thăm … từ" / "ngày 20 đến 22/8/2025.").
            # (a label's value after its colon, even one that reads as a line of its own:
            # "… ngày duyệt đăng:" / "25/8/2025; …")
            # (a day cut from its year at a line's end: "… Accepted: 14 May" / "2025; …")
            # (a byline row closed by its stamp's clock ends there: "… · 08/09/2024 | 16:45"
            # over "f Zalo In bài": the page's buttons, glued by the line spacing)
            continues = not gap and (
                (not ended and line[:1].islower() and not _stamp_closes(previous))
                or (previous.endswith(":") and not starts_new)
                or (_DAY_END.search(previous) is not None and _YEAR_START.match(line) is not None)
                or clause_runs_on(previous, line)  # ("… từ ngày 29 đến" / "31/7/2025.")
            )
            # (a credit or caption cut on a word that ends no sentence runs on: "Ảnh: Cảng
            # Douala, cửa ngõ nhập khẩu gạo của" / "Cameroon.")
            open_end = _open_end(previous)
            # (a bracket the line left open and the next closes: "… buổi tiếp (Ảnh:" /
            # "Lan Chi - Báo X)")
            bracket = previous.rfind("(") > previous.rfind(")") and ")" in line
            # (a link to another story set between paragraphs, "Đọc thêm: X", short of the
            # line's width: the paragraph under it opens anew; a link cut by the width wraps,
            # unless a full line opens in capitals under it: a headline's wrapped tail is short)
            link = (
                _READ_ON_LINK.match(previous) is not None
                and not continues
                and (not wrapped or (len(line) >= _WRAP * width and line[:1].isupper()))
            )
            breaks = not bracket and (
                ((_alone(line) or (_alone(previous) and not open_end)) and not continues)
                or (_ends_caption(previous) and not open_end)
                or link
                or (not wrapped and by_name(line))  # (a deck with no stop / "by Ana Souza")
            )
            if (
                breaks
                or (gap and not running_on)
                or (starts_new and (ended or short) and not bracket)
            ):
                paragraphs.append(" ".join(current))
                current = []
        gap = False
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def pages_to_text(
    pages: list[str],
    dropped: list[str] | None = None,
    seams: list[tuple[str, str]] | None = None,
    parts: list[tuple[str, str]] | None = None,
) -> str:
    """Laid-out pages → the document's text, one paragraph per line pair; the page headers
    and footers taken out go to ``dropped``, a page break's lines to ``seams``/``parts``."""
    rows = strip_repeated([page.split("\n") for page in pages], dropped)
    lines: list[str] = []
    read: list[list[str]] = []
    for page in rows:
        ordered = reading_order(page)
        while ordered and not ordered[0]:
            ordered.pop(0)
        while ordered and not ordered[-1]:
            ordered.pop()
        # No blank line between pages: a paragraph cut by a page break is joined again.
        lines += ordered
        read.append(ordered)
    if seams is not None and parts is not None:  # (the page breaks' seams: pageseams)
        seams += seam_runs(read)
        parts += seam_parts(read)
    return reflow("\n".join(lines))


__all__ = ["pages_to_text", "printed_page", "reading_order", "reflow", "strip_repeated"]

"""Runs of lines that are not the article, told from the lines around them (pure): boxes
inside or after the text under a heading of any wording (three or more non-sentence lines
between two stretches of prose), related cards (a headline, the same headline again or a
teaser cut short), sidebar headings in capitals, a label alone between two paragraphs, and
short lines between the headline and the first paragraph. Split from
:mod:`briefer.ingest.clean`, which runs these passes in order."""

from __future__ import annotations

import re
from itertools import pairwise, takewhile
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest.chronology import chronology_entry
from briefer.ingest.dekshape import dek_clause
from briefer.ingest.factsheet import sheet_rows
from briefer.ingest.lines import (
    TRUNCATED,
    Line,
    doubled,
    ends_sentence,
    is_heading,
    is_marker,
    is_prose,
)
from briefer.ingest.salutations import is_salutation
from briefer.ingest.stampcells import dated_update_row
from briefer.ingest.stampwriter import stamp_writer
from briefer.text.numbers import find_amounts

_FINAL_MARK: Final = re.compile(r"[.!?…;,][\"”’)]?$")


def _box_heading(lines: list[Line], index: int) -> bool:
    """Line ``index`` heads a box: a short label (five words at most, no figures, not a
    sentence) over two or more headlines. A name in capitals above it ("HOÀNG LONG" over
    "Tin liên quan" or "Bài đọc thêm:") is then the byline, not the box's heading."""
    text = lines[index].text.rstrip(" :>»")
    if len(fur.words(text)) > 5 or re.search(r"\d", text) or ends_sentence(text):
        return False
    below = [line for line in lines[index + 1 : index + 4] if line.kept]
    return len(below) >= 2 and all(not ends_sentence(b.text) for b in below[:2])


def mark_box_labels(lines: list[Line]) -> None:
    """A short label (five words at most, not a sentence) whose next line is a related
    headline already found is that box's heading, whatever its words ("Tin liên quan",
    "Bài đọc thêm", "Cùng chủ đề")."""
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        # (the first of a run the tail took for headlines, too: it is the run's heading)
        # (or a label of three words at most inside the run: a second box's heading)
        opens_run = line.reason == "related headline" and (
            index == 0
            or lines[index - 1].reason != "related headline"
            or len(fur.words(line.text)) <= 3
        )
        if (
            (line.kept or opens_run)
            and following.reason in ("related headline", "related link")
            and len(fur.words(line.text)) <= 5
            and not _FINAL_MARK.search(line.text)
            and not chronology_entry(line.text)  # ("2015: Đối tác chiến lược": a milestone)
        ):
            line.reason = "sidebar"


_ANNOUNCING: Final = 8
_DIALOGUE_WORDS: Final = 4


def _cut_cards(lines: list[Line], i: int) -> bool:
    """Line ``i`` heads a run of two cards or more: a headline (no stop) over a teaser the
    site cut short ("…"), twice or more (an article's subheading is over a whole paragraph)."""
    run = 0
    while i + 1 < len(lines) and all(ln.kept for ln in lines[i : i + 2]):
        head, teaser = lines[i].text, lines[i + 1].text
        if not (is_heading(head) and not head.endswith((".", "…")) and TRUNCATED.search(teaser)):
            break
        run, i = run + 1, i + 2
    boxed_after = i < len(lines) and not lines[i].kept and lines[i].reason in _BOXED
    return run >= 2 or (run == 1 and boxed_after)


_BOXED: Final = frozenset({"related headline", "sidebar"})


def mark_sidebars(lines: list[Line]) -> None:
    """Sidebar markers, related-news cards and what follows them, up to the next prose."""
    in_sidebar = False
    i = 0
    n = len(lines)
    # the article's first sentence: a capitals line over the one headline above it is the
    # kicker over the title ("HỢP TÁC QUỐC TẾ"), not a box heading over its headlines
    first = next((k for k, ln in enumerate(lines) if ln.kept and is_prose(ln.text)), n)
    while i < n:
        line = lines[i]
        if not line.kept:
            in_sidebar = in_sidebar or line.reason == "sidebar"
            i += 1
            continue
        text = line.text
        following = lines[i + 1] if i + 1 < n else None
        if (
            fur.is_upper(text)
            and len(text) <= 40
            and following is not None
            and following.kept
            # a box heading has headlines under it; a byline in capitals ("THANH HÀ") is
            # followed by the box's heading or by nothing
            and not fur.is_upper(following.text)
            and not (_box_heading(lines, i + 1) or is_marker(following.text))
            and not ends_sentence(following.text)
            and not fur.DOCUMENT_KIND.match(text)
            and not _LIST_ITEM.match(text)  # "III. ĐỀ XUẤT": a document's numbered section
            and not (i < first and _head_only(lines, i + 2, first))
        ):
            # "CÙNG CHUYÊN MỤC", "ĐỌC NHIỀU": a box heading in capitals over headlines.
            line.reason = "sidebar"
            in_sidebar = True
            i += 1
            continue
        pair = i + 1 < n and lines[i + 1].kept and lines[i + 1].text == text
        teaser = (
            i + 2 < n
            and lines[i + 2].kept
            and not (_box_heading(lines, i + 2) or is_marker(lines[i + 2].text))
        )
        teaser_text = lines[i + 2].text if teaser else ""
        next_pair = teaser and i + 3 < n and lines[i + 3].text == teaser_text
        card = pair and is_heading(text) and teaser and not next_pair
        if not pair and _cut_cards(lines, i):
            # headline, cut teaser ("…"), and again: cards without their picture's alt text
            for k in (i, i + 1):
                lines[k].reason = "related headline"
            in_sidebar = True
            i += 2
            continue
        if card and (in_sidebar or TRUNCATED.search(teaser_text)):
            # A card: headline, the same headline again (image alt), a teaser.
            for k in (i, i + 1, i + 2):
                lines[k].reason = "related headline"
            in_sidebar = True
            i += 3
            continue
        if in_sidebar and line.small and lines[i - 1].reason in _BOXED and ends_sentence(text):
            # a sentence in a printed page's small type under a listed headline: its teaser,
            # prose or not ("Theo số liệu …, kim ngạch … đạt 1,2 tỷ USD …"); the box goes on
            line.reason = "related headline"
            i += 1
            continue
        if in_sidebar:
            # A full sentence of six words or more is the article again, however short
            # ("The two countries established diplomatic relations on …, 1971."); a question
            # there is a headline ("…: tra cứu thế nào?").
            sentence = ends_sentence(text) and len(fur.words(text)) >= 6 and text[-1:] != "?"
            sentence = sentence and not TRUNCATED.search(text)  # a teaser the site cut short
            # ("… như bảng dưới đây:": a sentence announcing a table or list; a label is short)
            sentence = sentence or _announces(text)
            # ("Kính thưa Ngài Đại sứ …,": a speech's first line under its heading block)
            sentence = sentence or is_salutation(text)
            # ("- Vì sao bạn chọn …?": an interview's line of dialogue, a question included; a
            # dashed line with no stop is a listed headline: "- Rice exports up 5% in May")
            sentence = sentence or bool(
                re.match(r"[-–—]\s", text)
                and len(fur.words(text)) >= _DIALOGUE_WORDS
                and re.search(r"[.?!…:\"”»)]$", text)
            )
            if not sentence and (doubled(text) or is_heading(text) or not is_prose(text)):
                line.reason = "related headline"
                i += 1
                continue
            in_sidebar = False
        elif doubled(text) and is_heading(text):
            line.reason = "related headline"
        i += 1


_BOX_RUN: Final = 3  # a box heading and two headlines at least
_LIST_ITEM: Final = re.compile(r"^(?:[-–+•*]|\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,4}\.)\s")


def _headline_like(text: str) -> bool:
    return (
        len(text) <= 150
        and not ends_sentence(text)
        and not text.endswith((":", ";", ","))
        and not _LIST_ITEM.match(text)
    )


def _head_only(lines: list[Line], start: int, first: int) -> bool:
    """Between the headline (above ``start``) and the first sentence (``first``) stands only
    the page's head: lines already gone, the dek right under the headline, a dateline in
    capitals ("ANKARA"). A kicker in capitals over such a headline is no box heading."""
    return all(
        not ln.kept
        or (k == start and dek_clause(ln.text, named=True))
        or (fur.is_upper(ln.text) and len(ln.text.split()) <= _DATELINE_WORDS)
        for k, ln in enumerate(lines[start:first], start=start)
    )


def mark_boxes(lines: list[Line]) -> None:
    """A box inside the article under a heading of any wording ("Tin cùng sự kiện", "Bài
    viết cùng chủ đề"): three or more lines in a row that are not sentences, between two
    stretches of prose. A list the text announces ("… gồm:") or whose items are marked
    ("- …", "1. …") is article text."""
    kept = [i for i, line in enumerate(lines) if line.kept]
    prose = [i for i in kept if ends_sentence(lines[i].text)]
    if len(prose) < 2:
        return
    first, last = prose[0], prose[-1]
    run: list[int] = []
    for i in kept:
        if first < i < last and _headline_like(lines[i].text):
            run.append(i)
            continue
        _close_box(lines, run)
        run = []
    _close_box(lines, run)


def mark_lone_labels(lines: list[Line]) -> None:
    """A label of four words at most standing alone between two paragraphs of prose
    ("Quảng cáo", "Lượt xem: 1.234", "Video đang xem nhiều", "3 min read"): a widget's
    words or a subheading, never article text. A list the text announces stays."""
    kept = [i for i, line in enumerate(lines) if line.kept]
    for position, (before, here, after) in enumerate(zip(kept, kept[1:], kept[2:], strict=False)):
        text = lines[here].text
        if position == 0 and _name_alone(text):
            continue  # (a name between the standfirst and the lead: the byline, read later)
        if (
            len(fur.words(text)) <= _LABEL_WORDS
            and not _FINAL_MARK.search(text)
            and not _LIST_ITEM.match(text)
            and _prose(lines[before].text)
            # (the paragraph after may announce a table: "… như bảng dưới đây:")
            and (
                _prose(lines[after].text)
                or _announces(lines[after].text)
                or _heads_a_list(text, [lines[i].text for i in kept[position + 2 :]])
            )
            and not lines[before].text.endswith(":")
            and not find_amounts(text, "vi")  # "Dân số: 126 triệu người" is a figure
            and not _opens_quote(text, lines[after].text)
        ):
            lines[here].reason = "page furniture"


def _heads_a_list(text: str, below: list[str]) -> bool:
    """A label with no colon over two marked items or more that end like sentences ("Số liệu
    chính" / "- Xuất khẩu …: 12 triệu USD." / "- …"): a box's heading set over its figures.
    The items are the box's content and stay; a colon would have the text announce them."""
    items = list(takewhile(lambda t: _LIST_ITEM.match(t) and ends_sentence(t), below))
    return not text.rstrip().endswith(":") and len(items) >= _LISTED_ITEMS


_LISTED_ITEMS: Final = 2
# A quotation opening its paragraph: “…”, "…", «…», „…“.
_QUOTE_OPENS: Final = re.compile(r"^[“\"«„]")


def _opens_quote(text: str, after: str) -> bool:
    """A short line ending on a colon over a paragraph that opens a quotation ("Ông X nói:" /
    "“…”") hands the word to its speaker: the sentence goes on in the quotation, no label."""
    return text.rstrip().endswith(":") and bool(_QUOTE_OPENS.match(after.lstrip()))


def _name_alone(text: str) -> bool:
    """A person's name alone ("Thu Hà", "Nguyễn Văn An"): two to four capitalised words."""
    names = text.split()
    return 2 <= len(names) <= 4 and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() for w in names
    )


def mark_notice_heads(lines: list[Line]) -> None:
    """A short heading right over the site's notices ("Bản tin X" / "Nhận tin … qua email" /
    "Nhập email" / "Đăng ký"): the name of a newsletter or an offer's box, no article text."""
    for here, below in pairwise(lines):
        if (
            here.kept
            and below.reason == "site notice"
            and len(fur.words(here.text)) <= _LABEL_WORDS + 2
            and not _FINAL_MARK.search(here.text)
        ):
            here.reason = "site notice"


def mark_head_labels(lines: list[Line], title: str) -> None:
    """Between the headline and the article's first paragraph, a short line that is no
    sentence ("Share this article", "Updated 2 hours ago", "Abebe Kebede, ENA", "ENA") is
    the page's head (a byline, a stamp, a button), never article text."""
    if not title:
        return
    # (a fact sheet's "label: value" rows under the title are its content, not its head)
    sheet = sheet_rows([line.text if line.kept else "" for line in lines])
    for index, line in enumerate(lines):
        if index in sheet:
            continue
        if line.kept and _prose(line.text):
            return
        # (a deck that is no sentence over the byline or the stamp is the page's head too)
        # — not over a wire's byline row that names its writer, when the story came out and
        # when it was updated ("Name |day - Update : day", "By A Posted : day | Updated :
        # day"): that deck is the story's summary)
        below = lines[index + 1] if index + 1 < len(lines) else None
        signed = (
            below is not None
            and below.reason in ("byline", "timestamp")
            and not (dated_update_row(below.text) and stamp_writer(below.text))
        )
        # (but a dek's clause right under the headline, over the byline that names its writer,
        # is the story's summary set between the headline and whom it is by: article text)
        if signed and _dek_over_byline(lines, index):
            continue
        if (
            line.kept
            and (len(fur.words(line.text)) <= _HEAD_LABEL_WORDS or signed)
            and not _FINAL_MARK.search(line.text)
            and not line.text.endswith(":")
            and not _LIST_ITEM.match(line.text)  # "- Thủ đô: Addis Ababa": a note's list
            and not find_amounts(line.text, "vi")
        ):
            line.reason = "page furniture"


def _dek_over_byline(lines: list[Line], index: int) -> bool:
    """The line at ``index`` stands right under a PDF's headline (printed large), over a
    byline (a writer's, not a stamp's row), and has a dek's shape ("Leaders sign pacts on
    energy, critical minerals")."""
    return (
        0 < index < len(lines) - 1
        and lines[index - 1].reason == "title"
        and lines[index - 1].large  # (a printed headline: a plain text's line under its
        # title is the page's head, as the older keys take it — unseen6, unseen29)
        and lines[index + 1].reason == "byline"
        and dek_clause(lines[index].text)
    )


def _prose(text: str) -> bool:
    return ends_sentence(text) and len(fur.words(text)) >= _PROSE_WORDS


def _announces(text: str) -> bool:
    """A sentence that announces a table or a list ("… như bảng dưới đây:"); a label that
    ends on a colon is short."""
    return text.endswith(":") and len(fur.words(text)) >= _ANNOUNCING


_LABEL_WORDS: Final = 4
_HEAD_LABEL_WORDS: Final = 8
_DATELINE_WORDS: Final = 3
_PROSE_WORDS: Final = 8


def _close_box(lines: list[Line], run: list[int]) -> None:
    if len(run) < _BOX_RUN:
        return
    before = next((lines[k] for k in range(run[0] - 1, -1, -1) if lines[k].kept), None)
    if before is not None and before.text.endswith(":"):
        return  # a list announced by the sentence before it
    for k in run:
        lines[k].reason = "sidebar"


_ITEM_WORDS: Final = 20


def _headline_item(text: str) -> bool:
    return (
        len(fur.words(text)) <= _ITEM_WORDS
        and not _FINAL_MARK.search(text)
        and not text.endswith(":")  # (a sentence announcing a table or list)
    )


def mark_listed_headlines(lines: list[Line]) -> None:
    """Under a box's label already found that ends on a colon ("Tin cùng chuyên mục:",
    "RELATED:"), the marked items without a final stop ("- Headline") are its headlines;
    and between two paragraphs, a label of three words at most over one headline (no stop
    either) is a related link's box ("More on this", then a headline)."""
    n = len(lines)
    for index, line in enumerate(lines):
        if line.kept or line.reason not in _BOXED or not line.text.endswith(":"):
            continue
        k = index + 1
        while k < n and lines[k].kept and _LIST_ITEM.match(lines[k].text):
            if not _headline_item(lines[k].text):
                break
            lines[k].reason = "related headline"
            k += 1
    kept = [i for i, line in enumerate(lines) if line.kept]
    for before, label, head, after in zip(kept, kept[1:], kept[2:], kept[3:], strict=False):
        texts = [lines[k].text for k in (label, head)]
        if (
            _prose(lines[before].text)
            and not lines[before].text.endswith(":")
            and _prose(lines[after].text)
            and len(fur.words(texts[0])) <= 3
            and all(_headline_item(t) and not _LIST_ITEM.match(t) for t in texts)
            and not re.search(r"\d", texts[0])  # (a headline may carry figures)
            and len(fur.words(texts[1])) > len(fur.words(texts[0]))
        ):
            lines[label].reason = lines[head].reason = "related headline"


__all__ = [
    "mark_box_labels",
    "mark_boxes",
    "mark_head_labels",
    "mark_listed_headlines",
    "mark_lone_labels",
    "mark_notice_heads",
    "mark_sidebars",
]

"""Article text → cleaned body (the text quotes point into), the noise removed, and metadata.

What real news text carries besides the article, and how it is recognised (each removal is
listed in :attr:`Cleaned.removed` with its reason, so an editor can see what went and why):

- media-player debris ("0:00 / 0:00"), image file names ("ttxvn_chile_2.jpg"), image alt
  text ("… ảnh 2"), photo captions ("… (Ảnh: An Đăng/TTXVN)") and caption headings printed
  twice ("Chủ tịch nước Lương Cường" ×2);
- "Theo dõi … trên" follow widgets, "Phiên bản di động" and other page furniture;
- sidebars by their shape, under a heading of any wording: a short label over headlines
  (the label is the box's heading whatever it says: no list of heading words), a heading in
  capitals, blocks of related-news *cards* (a headline printed twice, then a teaser cut off
  with "…"). The article resumes at the first line that reads like article prose and is not
  a card's teaser;
- bylines, datelines and source lines ("Tuấn Anh", "(từ Santiago, Chile)", "Việt Cường/VOV",
  "(TTXVN/Vietnam+)", "Nguồn VOV: https://…"), which become metadata;
- a paragraph printed twice word for word: one copy is kept, the one whose neighbours it
  shares the most words with (a misplaced copy sits among paragraphs about something else);
  a paragraph wholly contained in another one is dropped as a repeated fragment.

What a single line is, whatever surrounds it, is decided in :mod:`briefer.ingest.lines`;
this module reads lines against their neighbours (sidebars, captions, the head with its
masthead, letterhead and title, the tail with its byline) and assembles the body.

Every paragraph that is article text is kept, in order. The body is NFC with look-alikes
repaired (``Ð`` → ``Đ``), plain spaces, no control characters, one paragraph per line and a
blank line between paragraphs. ``clean(raw)`` is deterministic, so the removed lines never
need storing: they are recomputed from the raw text kept beside the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta
from briefer.ingest.captions import mark_captions
from briefer.ingest.countries import HOME, count_countries
from briefer.ingest.dedupe import dedupe_paragraphs
from briefer.ingest.head import lead_outlet, read_head, strip_lead_tag
from briefer.ingest.lines import (
    READ_ON,
    TRUNCATED,
    Found,
    Line,
    byline,
    doubled,
    ends_sentence,
    is_heading,
    is_marker,
    is_prose,
    line_noise,
    place_and_day,
)
from briefer.ingest.tail import closing_byline, mark_note, mark_tail
from briefer.text.dates import find_dates
from briefer.text.fold import fold
from briefer.text.normalize import normalize, strip_control
from briefer.text.numbers import find_amounts

_ENDS_LOOK: Final = 3
_OUTLET_WORDS: Final = 5  # "(Theo Báo Nông Thôn Ngày Nay)"; "(Tài liệu phục vụ …)" is an aside
# "… giống cây trồng. Đọc tiếp: Cà phê Ethiopia …": a read-on link after a paragraph's last
# sentence is a line of its own (then furniture, like any related link).
# A menu row of a text page: three items or more of one to three words, no figures, set apart
# by runs of blanks (a headline's words have single spaces between them).
_SPACED_MENU: Final = re.compile(
    r"^\s*[^\W\d_][^\d\s]*(?:[^\S\n][^\d\s]+){0,2}(?:[^\S\n]{2,}[^\W\d_][^\d\s]*"
    r"(?:[^\S\n][^\d\s]+){0,2}){2,}\s*$"
)
_INLINE_LINK: Final = re.compile(
    rf"(?<=[.!?…])[ \t]+(?={READ_ON}[ \t]*(?::|>>|»)[ \t]*\S)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Removed:
    """A line or paragraph that is not article text, and why it went."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the text tells about the article."""

    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published_on: str = ""  # ISO, possibly partial: "2024-08-25", "2024"
    context_year: int | None = None  # the year dates without one belong to
    countries: tuple[str, ...] = ()  # ISO codes named in title and body, most named first
    language: str = "vi"
    # Foreign countries, most named first (a name in the title counts double, as in
    # countries.ranked_partners): the pair guesses, main partner first.
    partners: tuple[str, ...] = ()
    kind: str = "article"  # "note" for an administrative document (it has a letterhead)
    number: str = ""  # an administrative document's number ("15/BNG-CÂ")


@dataclass(frozen=True, slots=True)
class Cleaned:
    body: str
    removed: list[Removed]
    title: str
    metadata: Metadata
    raw: str = ""

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n\n") if self.body else []


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


def _mark_box_labels(lines: list[Line]) -> None:
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
        ):
            line.reason = "sidebar"


_ANNOUNCING: Final = 8


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


def _mark_sidebars(lines: list[Line]) -> None:
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
            and not (i < first and all(not ln.kept for ln in lines[i + 2 : first]))
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
        if in_sidebar:
            # A full sentence of six words or more is the article again, however short
            # ("The two countries established diplomatic relations on …, 1971."); a question
            # there is a headline ("…: tra cứu thế nào?").
            sentence = ends_sentence(text) and len(fur.words(text)) >= 6 and text[-1:] != "?"
            sentence = sentence and not TRUNCATED.search(text)  # a teaser the site cut short
            # ("… như bảng dưới đây:": a sentence announcing a table or list; a label is short)
            sentence = sentence or _announces(text)
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


def _mark_boxes(lines: list[Line]) -> None:
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


def _mark_lone_labels(lines: list[Line]) -> None:
    """A label of four words at most standing alone between two paragraphs of prose
    ("Quảng cáo", "Lượt xem: 1.234", "Video đang xem nhiều", "3 min read"): a widget's
    words or a subheading, never article text. A list the text announces stays."""
    kept = [i for i, line in enumerate(lines) if line.kept]
    for before, here, after in zip(kept, kept[1:], kept[2:], strict=False):
        text = lines[here].text
        if (
            len(fur.words(text)) <= _LABEL_WORDS
            and not _FINAL_MARK.search(text)
            and not _LIST_ITEM.match(text)
            and _prose(lines[before].text)
            # (the paragraph after may announce a table: "… như bảng dưới đây:")
            and (_prose(lines[after].text) or _announces(lines[after].text))
            and not lines[before].text.endswith(":")
            and not find_amounts(text, "vi")  # "Dân số: 126 triệu người" is a figure
        ):
            lines[here].reason = "page furniture"


def _mark_head_labels(lines: list[Line], title: str) -> None:
    """Between the headline and the article's first paragraph, a short line that is no
    sentence ("Share this article", "Updated 2 hours ago", "Abebe Kebede, ENA", "ENA") is
    the page's head (a byline, a stamp, a button), never article text."""
    if not title:
        return
    for index, line in enumerate(lines):
        if line.kept and _prose(line.text):
            return
        # (a deck that is no sentence over the byline or the stamp is the page's head too)
        signed = index + 1 < len(lines) and lines[index + 1].reason in ("byline", "timestamp")
        if (
            line.kept
            and (len(fur.words(line.text)) <= _HEAD_LABEL_WORDS or signed)
            and not _FINAL_MARK.search(line.text)
            and not line.text.endswith(":")
            and not _LIST_ITEM.match(line.text)  # "- Thủ đô: Addis Ababa": a note's list
            and not find_amounts(line.text, "vi")
        ):
            line.reason = "page furniture"


def _prose(text: str) -> bool:
    return ends_sentence(text) and len(fur.words(text)) >= _PROSE_WORDS


def _announces(text: str) -> bool:
    """A sentence that announces a table or a list ("… như bảng dưới đây:"); a label that
    ends on a colon is short."""
    return text.endswith(":") and len(fur.words(text)) >= _ANNOUNCING


_LABEL_WORDS: Final = 4
_HEAD_LABEL_WORDS: Final = 8
_PROSE_WORDS: Final = 8


def _close_box(lines: list[Line], run: list[int]) -> None:
    if len(run) < _BOX_RUN:
        return
    before = next((lines[k] for k in range(run[0] - 1, -1, -1) if lines[k].kept), None)
    if before is not None and before.text.endswith(":"):
        return  # a list announced by the sentence before it
    for k in run:
        lines[k].reason = "sidebar"


def _mark_ends(lines: list[Line], found: Found) -> None:
    """Bylines, datelines and outlet lines among the first and last lines of the article."""
    kept = [line for line in lines if line.kept]
    ends = kept[:_ENDS_LOOK] + kept[-_ENDS_LOOK:]
    for position, line in enumerate(ends):
        text = line.text
        if not line.kept:
            continue
        agency = meta.AGENCY_DATELINE.match(text)
        if agency:
            # the wire agency's dateline names the agency and dates the dispatch
            name = agency.group("agency")
            found.offer_outlet(meta.known_outlet(name) or name, 2)
            found.extra.setdefault("dateline", text)
        placed = place_and_day(text)
        if placed:
            found.offer_published(placed, 1)
        if meta.DATELINE.match(text) or agency or placed:
            line.reason = "dateline"
            continue
        outlet = meta.OUTLET_LINE.match(text)
        if outlet and len(outlet.group("outlet").split()) <= _OUTLET_WORDS:  # not an aside
            found.offer_outlet(outlet.group("outlet"), 2)
            line.reason = "source line"
            continue
        theo = meta.THEO_LINE.match(text)
        if theo and position >= _ENDS_LOOK:
            found.offer_outlet(meta.outlet_of_name(theo.group("outlet")), 2)
            line.reason = "source line"
            continue
        if byline(text, found):
            line.reason = "byline"
        elif _outlet_note(text, found):
            line.reason = "editor's note"


def _outlet_note(text: str, found: Found) -> bool:
    """ "VnEconomy publishes the full text of the speech.", "Báo Hà Tĩnh xin giới thiệu …":
    a short sentence without figures whose subject is an outlet (the page's own or one the
    table knows) is the newsroom speaking of itself, not the article."""
    words = text.split()
    if not ends_sentence(text) or len(words) > 15 or re.search(r"[\d,;]", text):
        return False
    own = fold(found.outlet) if found.outlet else ""
    for n in range(1, min(4, len(words) - 2) + 1):
        subject = " ".join(words[:n])
        if own and fold(subject) == own:
            return True
        # A name as a name is written: every word capitalised, one word with a capital
        # inside ("VnEconomy") or in capitals ("TTXVN"); "Đầu tư …", "Nhân dân hai nước …"
        # open sentences with words that are also outlets' names.
        named = all(w[:1].isupper() for w in words[:n]) and (
            n > 1 or any(c.isupper() for c in subject[1:])
        )
        if named and meta.known_outlet(subject):
            return True
    return False


def clean(text: str) -> Cleaned:
    """Clean one article (see the module docstring). Never raises on any string."""
    raw = text
    # Controls go before normalising: removing one afterwards could join two words (or a
    # letter and its mark) and the body would no longer be stable under normalize(), which
    # insert_source applies again; citation offsets would then be wrong. NEL is a line
    # break to every reader; any other blank run inside a line is one space.
    normalised = normalize(strip_control(text).replace("\x85", "\n"))
    parts = [part for line in normalised.split("\n") for part in _INLINE_LINK.split(line)]
    parts = [part for part in parts if part.strip()]
    lines = [Line(" ".join(part.split())) for part in parts]
    found = Found()
    for index, line in enumerate(lines):
        line.reason = line_noise(line.text, found)
        if not line.reason and index < _ENDS_LOOK * 4 and _SPACED_MENU.match(parts[index]):
            line.reason = "menu"  # "TRANG CHỦ  THỜI SỰ  QUỐC TẾ": items set apart by gaps
    title = read_head(lines, found)
    if found.note:
        mark_note(lines)
    _mark_sidebars(lines)
    mark_captions(lines, title)
    _mark_boxes(lines)
    mark_tail(lines, found)
    _mark_box_labels(lines)
    _mark_lone_labels(lines)
    _mark_ends(lines, found)
    closing_byline(lines, found)
    _mark_head_labels(lines, title)

    removed: list[tuple[int, Removed]] = []
    paragraphs: list[str] = []
    paragraph_lines: list[int] = []
    for index, line in enumerate(lines):
        if line.kept:
            paragraphs.append(line.text)
            paragraph_lines.append(index)
        elif line.reason != "title":  # the title is kept apart, as Cleaned.title
            removed.append((index, Removed(line.text, line.reason)))
    before = len(removed)
    paragraphs_kept, drops = dedupe_paragraphs(paragraphs)
    removed.extend((i, Removed(text, reason)) for i, text, reason in drops)
    # Paragraph indices of the dedupe step → line indices, so removals stay in text order.
    removed[before:] = [(paragraph_lines[i], r) for i, r in removed[before:]]
    removed.sort(key=lambda item: item[0])

    lead_outlet(paragraphs_kept, found)
    tag = strip_lead_tag(paragraphs_kept, found)
    if tag:
        removed.insert(0, (0, Removed(tag, "outlet tag")))
    body = "\n\n".join(paragraphs_kept)
    published, year = meta.published_on(paragraphs_kept)
    if found.published:
        # A day and month without a year ("Chiều 13-1") belong to the publication's year.
        published = found.published
        year = int(found.published[:4])
    if not found.published and "dateline" in found.extra:
        # "Baku, May 14, AZERTAC": the dispatch's day, in the text's year
        # (without a year the text gives, the latest year it dates a day or month in: a
        # dispatch reports its own year's figures, not a plan's target year)
        dated = [d.start[:4] for d in find_dates(body) if d.precision in ("day", "month")]
        at = year or (int(max(dated)) if dated else None)
        days = [d for d in find_dates(found.extra["dateline"], at) if d.precision == "day"]
        if days and len(days[0].start) == 10:
            published = days[0].start
    if year is None and published[:4].isdigit():
        year = int(published[:4])  # a day without a year in the text is the publication's year
    counts = count_countries(body)
    in_title = count_countries(title)
    partners = Counter(counts)
    for code, n in in_title.items():
        partners[code] += 2 * n
        counts[code] += n
    partners.pop(HOME, None)
    metadata = Metadata(
        title=title,
        outlet=found.outlet or (meta.outlet_of_url(found.url) if found.url else ""),
        author=found.author,
        url=found.url,
        published_on=published,
        context_year=year,
        countries=tuple(code for code, _ in counts.most_common()),
        language=meta.language_of(body or title),
        partners=tuple(
            code for code, _ in sorted(partners.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        kind="note" if found.note else "article",
        number=found.number,
    )
    return Cleaned(body, [r for _, r in removed], title, metadata, raw)


__all__ = ["Cleaned", "Metadata", "Removed", "clean"]

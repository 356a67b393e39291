"""Article text → cleaned body (the text quotes point into), the noise removed, and metadata.

What real news text carries besides the article, and how it is recognised (each removal is
listed in :attr:`Cleaned.removed` with its reason, so an editor can see what went and why):

- media-player debris ("0:00 / 0:00"), image file names ("ttxvn_chile_2.jpg"), image alt
  text ("… ảnh 2"), photo captions ("… (Ảnh: An Đăng/TTXVN)") and caption headings printed
  twice ("Chủ tịch nước Lương Cường" ×2);
- "Theo dõi … trên" follow widgets, "Phiên bản di động" and other page furniture;
- sidebars: a marker ("Tin liên quan", "Đọc thêm", "Tin cùng chuyên mục" …) and the
  headlines and teasers under it, and unmarked blocks of related-news *cards* (a headline
  printed twice, then a teaser cut off with "…"). The article resumes at the first line that
  reads like article prose and is not a card's teaser;
- bylines, datelines and source lines ("Tuấn Anh", "(từ Santiago, Chile)", "Việt Cường/VOV",
  "(TTXVN/Vietnam+)", "Nguồn VOV: https://…"), which become metadata;
- a paragraph printed twice word for word: one copy is kept, the one whose neighbours it
  shares the most words with (a misplaced copy sits among paragraphs about something else);
  a paragraph wholly contained in another one is dropped as a repeated fragment.

Every paragraph that is article text is kept, in order. The body is NFC with look-alikes
repaired (``Ð`` → ``Đ``), plain spaces, no control characters, one paragraph per line and a
blank line between paragraphs. ``clean(raw)`` is deterministic, so the removed lines never
need storing: they are recomputed from the raw text kept beside the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta
from briefer.ingest.countries import HOME, count_countries
from briefer.text.dates import find_dates
from briefer.text.fold import tokens
from briefer.text.normalize import normalize, strip_control

_B: Final = r"[^\S\n]"
_MEDIA: Final = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
_IMAGE_FILE: Final = re.compile(
    r"^[^\s/\\]*(?:[/\\][^\s/\\]+)*\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|heic|avif)$",
    re.IGNORECASE,
)
_PHOTO: Final = re.compile(
    rf"\((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Photo|Video)\b[^()]*\)\.?$"
    rf"|^(?:Ảnh|Photo|Nguồn ảnh){_B}*:{_B}*\S.{{0,80}}$",
    re.IGNORECASE,
)
_ALT_TEXT: Final = re.compile(rf"{_B}(?:ảnh|hình|photo){_B}+\d{{1,3}}$", re.IGNORECASE)
_FURNITURE: Final = re.compile(
    r"^(?:Phiên bản di động|Phiên bản máy tính|Xem phiên bản (?:đầy đủ|di động)|Bản in|In bài"
    r"|Chia sẻ|Chia sẻ bài viết|Share|Tweet|Bình luận|Gửi bình luận|Lên đầu trang"
    r"|Về đầu trang|Back to top|Quay lại|Trở lại|Trang chủ|Tải thêm|Xem thêm bình luận"
    r"|Từ khóa:?.*|Từ khoá:?.*|Tags?:.*|Facebook|Zalo|Twitter|Email|Copy link|Sao chép link)$",
    re.IGNORECASE,
)
_SIDEBAR_MARKERS: Final = frozenset(
    m.casefold()
    for m in (
        "Tin liên quan", "Bài liên quan", "Tin tức liên quan", "Bài viết liên quan",
        "Đọc thêm", "Xem thêm", "Tin cùng chuyên mục", "Bài cùng chuyên mục",
        "Tin khác", "Các tin khác", "Tin mới", "Tin mới nhất", "Tin nổi bật",
        "Tin đọc nhiều", "Đọc nhiều", "Đọc nhiều nhất", "Tin xem nhiều",
        "Có thể bạn quan tâm", "Bạn có thể quan tâm", "Có thể bạn chưa đọc", "Tin hay",
        "Related news", "Related articles", "Related", "Read more", "More news",
        "See also", "Most read", "Latest news",
    )
)  # fmt: skip
_MARKER_PREFIX: Final = re.compile(
    rf"^(?:Tin liên quan|Bài liên quan|Đọc thêm|Xem thêm|Read more|Related){_B}*[:>»-]{_B}*\S",
    re.IGNORECASE,
)
_FINAL: Final = re.compile(r"[.!?…:;\"”’)\]]$")
_TRUNCATED: Final = re.compile(r"(?:\.\.\.|…)$")
_HEADING_MAX: Final = 300
_PROSE_MIN: Final = 80
_FRAGMENT_MIN: Final = 60
_CONTAINMENT_LIMIT: Final = 400  # paragraphs; beyond this the pairwise check is skipped
_ENDS_LOOK: Final = 3


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


@dataclass(slots=True)
class _Line:
    text: str
    reason: str = ""  # "" while kept

    @property
    def kept(self) -> bool:
        return not self.reason


@dataclass(slots=True)
class _Found:
    outlet: str = ""
    outlet_rank: int = 99  # lower is more trustworthy
    author: str = ""
    url: str = ""
    published: str = ""  # from a timestamp or a place-and-date line, not from the text
    published_rank: int = 99
    number: str = ""
    note: bool = False  # an administrative document
    extra: dict[str, str] = field(default_factory=dict)

    def offer_published(self, iso: str, rank: int) -> None:
        if iso and rank < self.published_rank:
            self.published, self.published_rank = iso, rank

    def offer_author(self, name: str) -> None:
        name = " ".join(name.split()).strip(" ,;-–")
        if name and not self.author and not meta.known_outlet(name):
            self.author = _name_case(name)

    def offer_outlet(self, outlet: str, rank: int) -> None:
        outlet = outlet.strip()
        if outlet and rank < self.outlet_rank:
            self.outlet, self.outlet_rank = outlet, rank


def _name_case(name: str) -> str:
    """ "HOÀNG LONG" → "Hoàng Long"; names already in mixed case stay as written."""
    if not fur.is_upper(name):
        return name
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


def _is_heading(text: str) -> bool:
    """Short and not ending like a sentence: a headline or a caption title."""
    return len(text) <= _HEADING_MAX and not text.endswith(".")


def _is_prose(text: str) -> bool:
    return len(text) >= _PROSE_MIN and bool(_FINAL.search(text)) and not _TRUNCATED.search(text)


def _doubled(text: str) -> bool:
    """ "X X": a headline printed twice on one line (title and image alt text run together)."""
    half = len(text) // 2
    return len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1 :]


def _is_marker(text: str) -> bool:
    return text.rstrip(" :>»").casefold() in _SIDEBAR_MARKERS


def _line_noise(text: str, found: _Found) -> str:
    """The reason a single line is not article text, whatever surrounds it ("" if none)."""
    if _MEDIA.match(text):
        return "media player"
    if _IMAGE_FILE.match(text):
        return "image file name"
    if fur.credit_only(text):
        return "photo credit"
    if _PHOTO.search(text) or fur.photo_credit(text):
        return "photo caption"
    stamp = fur.print_stamp(text)
    if stamp:
        if stamp == "print header":
            _title, outlet = fur.print_header_title(text)
            if meta.known_outlet(outlet):
                found.offer_outlet(meta.known_outlet(outlet), 3)
        url = meta.first_url(text)
        if url and not found.url:
            found.url = url
        return stamp
    kind, iso = fur.timestamp(text)
    if kind:
        found.offer_published(iso, 1)
        author = fur.byline_in(text)
        if not author:
            rest = re.sub(r"[\d:/|,.()+-]|GMT|UTC|AM|PM|am|pm", " ", text)
            rest = re.sub(
                r"\b(?:Thứ \w+|Chủ nhật|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                r"|January|February|March|April|May|June|July"
                r"|August|September|October|November|December)\b",
                " ",
                rest,
            )
            name = " ".join(rest.split())
            if meta.BYLINE.match(name) and len(fur.words(name)) >= 2:
                author = name
        found.offer_author(author)
        return "timestamp"
    if fur.menu(text):
        return "menu"
    if fur.share(text):
        return "share buttons"
    if fur.bracketed(text):
        return "related link"
    boilerplate = fur.boilerplate(text)
    if boilerplate:
        return boilerplate
    letterhead = fur.letterhead(text)
    if letterhead:
        found.note = True
        if letterhead == "place and date":
            dates = [d for d in find_dates(text) if d.precision == "day"]
            if dates:
                found.offer_published(dates[0].start, 0)
        if letterhead == "document number":
            found.number = found.number or fur.document_number(text)
        return letterhead
    by = re.match(r"^(?:by|By|BY)\s+(?P<name>\S+(?:\s\S+){0,3})$", text)
    if by and len(text) <= 40:
        found.offer_author(by.group("name"))
        return "byline"
    if _is_heading(text) and _ALT_TEXT.search(text):
        return "image alt text"
    follow = meta.FOLLOW_LINE.match(text)
    if follow and len(text) <= 80:
        if follow.group("outlet"):
            found.offer_outlet(meta.outlet_of_name(follow.group("outlet")), 4)
        return "follow-us widget"
    if _FURNITURE.match(text):
        return "page furniture"
    if _is_marker(text):
        return "sidebar"
    if _MARKER_PREFIX.match(text) and _is_heading(text):
        return "related headline"
    source = meta.SOURCE_LINE.match(text)
    if source and len(text) <= 400:
        url = meta.first_url(source.group("rest"))
        named = source.group("outlet").strip()
        rest = source.group("rest").strip()
        if url:
            found.url = found.url or url
        if named:
            found.offer_outlet(named, 1)
        elif rest and not url and len(rest) <= 60:
            found.offer_outlet(rest, 1)
        elif url:
            found.offer_outlet(meta.outlet_of_url(url), 5)
        return "source line"
    if " " not in text and meta.first_url(text) == text:
        found.url = found.url or text
        return "source line"
    return ""


def _mark_sidebars(lines: list[_Line]) -> None:
    """Sidebar markers, related-news cards and what follows them, up to the next prose."""
    in_sidebar = False
    i = 0
    n = len(lines)
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
            and not _is_marker(following.text)
            and not _ends_sentence(following.text)
            and not fur.DOCUMENT_KIND.match(text)
        ):
            # "CÙNG CHUYÊN MỤC", "ĐỌC NHIỀU": a box heading in capitals over headlines.
            line.reason = "sidebar"
            in_sidebar = True
            i += 1
            continue
        pair = i + 1 < n and lines[i + 1].kept and lines[i + 1].text == text
        teaser = i + 2 < n and lines[i + 2].kept and not _is_marker(lines[i + 2].text)
        teaser_text = lines[i + 2].text if teaser else ""
        next_pair = teaser and i + 3 < n and lines[i + 3].text == teaser_text
        card = pair and _is_heading(text) and teaser and not next_pair
        if card and (in_sidebar or _TRUNCATED.search(teaser_text)):
            # A card: headline, the same headline again (image alt), a teaser.
            for k in (i, i + 1, i + 2):
                lines[k].reason = "related headline"
            in_sidebar = True
            i += 3
            continue
        if in_sidebar:
            if _doubled(text) or _is_heading(text) or not _is_prose(text):
                line.reason = "related headline"
                i += 1
                continue
            in_sidebar = False
        elif _doubled(text) and _is_heading(text):
            line.reason = "related headline"
        i += 1


def _mark_captions(lines: list[_Line], title: str) -> None:
    """Caption headings: short lines printed more than once, or just above a photo caption."""
    counts: dict[str, int] = {}
    for line in lines:
        if line.kept and _is_heading(line.text) and len(line.text) <= 200:
            counts[line.text] = counts.get(line.text, 0) + 1
    for index, line in enumerate(lines):
        if not line.kept:
            continue
        if title and line.text == title:
            line.reason = "repeated title"
        elif counts.get(line.text, 0) > 1:
            line.reason = "repeated caption"
        else:
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following is None:
                continue
            credit = following.reason == "photo credit" and len(line.text) <= 250
            heading = _is_heading(line.text) and len(line.text) <= 200
            if credit or (heading and following.reason in ("photo caption", "photo credit")):
                line.reason = "photo caption"


def _mark_ends(lines: list[_Line], found: _Found) -> None:
    """Bylines, datelines and outlet lines among the first and last lines of the article."""
    kept = [line for line in lines if line.kept]
    ends = kept[:_ENDS_LOOK] + kept[-_ENDS_LOOK:]
    for position, line in enumerate(ends):
        text = line.text
        if not line.kept:
            continue
        if meta.DATELINE.match(text):
            line.reason = "dateline"
            continue
        outlet = meta.OUTLET_LINE.match(text)
        if outlet:
            found.offer_outlet(outlet.group("outlet"), 2)
            line.reason = "source line"
            continue
        theo = meta.THEO_LINE.match(text)
        if theo and position >= _ENDS_LOOK:
            found.offer_outlet(meta.outlet_of_name(theo.group("outlet")), 2)
            line.reason = "source line"
            continue
        if _byline(text, found):
            line.reason = "byline"


def _words(text: str) -> set[str]:
    return set(tokens(text))


def _similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _dedupe_paragraphs(paragraphs: list[str], removed: list[tuple[int, Removed]]) -> list[str]:
    """Keep one copy of a repeated paragraph and drop fragments contained in another."""
    copies: dict[str, list[int]] = {}
    for index, paragraph in enumerate(paragraphs):
        copies.setdefault(paragraph, []).append(index)
    drop: dict[int, str] = {}
    for paragraph, where in copies.items():
        if len(where) < 2:
            continue
        words = _words(paragraph)

        def context(index: int, where: list[int] = where, words: set[str] = words) -> float:
            around = [
                j for j in (index - 1, index + 1) if 0 <= j < len(paragraphs) and j not in where
            ]
            return sum(_similarity(words, _words(paragraphs[j])) for j in around)

        keep = max(where, key=lambda index: (context(index), -index))
        for index in where:
            if index != keep:
                drop[index] = "repeated paragraph"
    if len(paragraphs) <= _CONTAINMENT_LIMIT:
        unique = [p for p in copies if len(p) >= _FRAGMENT_MIN]
        for paragraph in unique:
            if any(paragraph != other and paragraph in other for other in copies):
                for index in copies[paragraph]:
                    drop.setdefault(index, "repeated fragment")
    for index, reason in drop.items():
        removed.append((index, Removed(paragraphs[index], reason)))
    return [p for index, p in enumerate(paragraphs) if index not in drop]


_HEAD_LOOK: Final = 14  # lines at the top where mastheads, letterheads and the title sit
_LETTERHEAD: Final = frozenset(
    {"national motto", "document number", "subject line", "place and date"}
)
# "(Chinhphu.vn) - …", "VOV.VN - …", "TTO - …", "QĐND Online - …", "TGVN. …",
# "Hanoi (VNA) – …", "La Habana (TTXVN) - …": the outlet that opens the lead.
_LEAD_OUTLET: Final = re.compile(
    r"^(?:[A-ZĐ][\w.]*(?:\s[A-ZĐ][\w.]*){0,2},?\s)?\(?(?P<outlet>[^\W\d_][\w.+]*"
    r"(?:\sOnline)?)\)?\s*[-–—.]\s"
)
_PERSON: Final = re.compile(
    rf"^(?P<name>{meta.NAME_WORD}(?:{_B}{meta.NAME_WORD}){{1,3}})"
    rf"(?:{_B}*\((?P<note>[^()]{{2,60}})\))?$"
)


def _title_like(text: str) -> bool:
    return len(text) <= 250 and not (len(text) > 150 and text.endswith("."))


def _unit_name(text: str) -> str:
    """ "BỘ NGOẠI GIAO" → "Bộ Ngoại giao" (the table's spelling when the unit is in it)."""
    known = meta.known_outlet(text)
    if known:
        return known
    parts = text.lower().split()
    return " ".join(w[:1].upper() + w[1:] if i < 2 else w for i, w in enumerate(parts))


def _kind_over_title(text: str, below: list[_Line]) -> bool:
    """Under a letterhead, a short line in capitals over a headline in mixed case is the
    document's kind ("THÔNG TIN CƠ BẢN", "BÁO CÁO TÓM TẮT"), the headline its title."""
    following = next((line.text for line in below if line.kept), "")
    return (
        fur.is_upper(text)
        and len(fur.words(text)) <= 6
        and bool(following)
        and not fur.is_upper(following)
        and _title_like(following)
        and not following.endswith(".")
    )


def _head(lines: list[_Line], found: _Found) -> str:
    """Masthead, letterhead and title at the top of the text; return the title.

    Before the last letterhead line (national motto, number, place and date) the lines in
    capitals are the issuing units: the first is where the document comes from. A line
    that names a known outlet is its masthead. The title is the first line left that reads
    like a headline; a document kind on its own ("BÁO CÁO", "GHI CHÚ") is not a title.
    """
    head = lines[:_HEAD_LOOK]
    marks = [i for i, line in enumerate(head) if line.reason in _LETTERHEAD]
    last_letterhead = max(marks) if marks else -1
    unit_found = False
    for index, line in enumerate(head):
        if not line.kept:
            continue
        text = line.text
        if index < last_letterhead and (fur.is_upper(text) or meta.known_outlet(text)):
            if not unit_found:
                found.offer_outlet(_unit_name(text), 0)
                unit_found = True
            line.reason = "issuing unit"
            continue
        outlet = meta.known_outlet(text) if len(text) <= 48 else ""
        if not outlet and len(text) <= 80 and not text.endswith("."):
            # "THÔNG TẤN XÃ VIỆT NAM - TIN KINH TẾ ĐỐI NGOẠI", "Báo Quân đội nhân dân - Bản tin
            # đối ngoại": an outlet and its section.
            parts = re.split(r"\s+[-–|:]\s+", text)
            outlet = next((meta.known_outlet(p) for p in parts if meta.known_outlet(p)), "")
        if outlet:
            found.offer_outlet(outlet, 0)
            line.reason = "masthead"
            continue
        if fur.DOCUMENT_KIND.match(text) or (
            last_letterhead >= 0 and _kind_over_title(text, head[index + 1 :])
        ):
            found.note = True
            line.reason = "document kind"
            continue
        if len(lines) > 1 and _title_like(text):
            line.reason = "title"
            return text
        return ""
    return ""


def _byline(text: str, found: _Found) -> bool:
    """A byline ("Tuấn Anh", "Thu Hằng/VOV.VN", "HOÀNG LONG", "Mai Phương (PV TTXVN tại
    La Habana)", "THANH HẰNG (Phóng viên Nhân Dân tại Cairo)"): the author (and outlet)."""
    if len(text) > 80 or text.endswith((".", "!", "?")):
        return False
    byline = meta.BYLINE.match(text)
    if byline and len(text) <= 60:
        found.offer_author(byline.group("author"))
        named = byline.group("outlet") or byline.group("outlet2") or ""
        outlet = meta.known_outlet(named) or meta.known_outlet(re.split(r"[-–]", named)[0])
        if outlet:
            found.offer_outlet(outlet, 3)
        return True
    person = _PERSON.match(text)
    if person and person.group("note"):
        note = person.group("note")
        reporter = re.match(r"(?:Phóng viên|PV|P\.V|Phóng viên thường trú)\s+(.+?)\s+tại\s", note)
        if reporter or re.match(r"(?:Phóng viên|PV|theo|Theo)\b", note):
            found.offer_author(person.group("name"))
            if reporter and meta.known_outlet(reporter.group(1)):
                found.offer_outlet(meta.known_outlet(reporter.group(1)), 3)
            return True
    return False


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?…][”\"’)]?$", text)) and len(fur.words(text)) >= 4


def _mark_tail(lines: list[_Line], found: _Found) -> None:
    """After the last sentence of the article: bylines, source lines and headlines."""
    kept = [i for i, line in enumerate(lines) if line.kept]
    last = max((i for i in kept if _ends_sentence(lines[i].text)), default=None)
    if last is None:
        return
    for i in kept:
        if i <= last:
            continue
        line = lines[i]
        text = line.text
        if len(text) > 150 or re.search(r"[.!?…]\s+\S.*\w", text):
            continue  # prose that ends on an outlet's mark ("… (EVIPA). — VNS"), not a headline
        outlet = meta.OUTLET_LINE.match(text) or meta.THEO_LINE.match(text)
        if outlet:
            found.offer_outlet(meta.outlet_of_name(outlet.group("outlet")), 2)
            line.reason = "source line"
        elif _byline(text, found):
            line.reason = "byline"
        else:
            line.reason = "related headline"


def _mark_note(lines: list[_Line]) -> None:
    """An administrative document's recipients ("Nơi nhận:" and what follows) and signature
    block (the signer's title in capitals, "(Đã ký)", the signer's name) at its end."""
    for i, line in enumerate(lines):
        if line.kept and fur.ADDRESSEE.match(line.text):
            line.reason = "addressee"
            for rest in lines[i + 1 :]:
                if not (rest.kept and re.match(r"^[-–+•]\s", rest.text) and len(rest.text) <= 120):
                    break
                rest.reason = "addressee"
    for i, line in enumerate(lines):
        if line.kept and fur.RECIPIENTS.match(line.text) and len(line.text) <= 60:
            for rest in lines[i:]:
                if rest.kept:
                    rest.reason = "recipients"
            break
    kept = [line for line in lines if line.kept]
    for line in reversed(kept[-6:]):
        text = line.text
        if (
            fur.signature_role(text)
            or fur.letterhead(text) == "signature"
            or (meta.BYLINE.match(text) and len(text) <= 40 and not text.endswith("."))
        ):
            line.reason = "signature"
        else:
            break


def _lead_outlet(paragraphs: list[str], found: _Found) -> None:
    if not paragraphs:
        return
    match = _LEAD_OUTLET.match(paragraphs[0])
    if match and meta.known_outlet(match.group("outlet")):
        found.offer_outlet(meta.known_outlet(match.group("outlet")), 2)


def clean(text: str) -> Cleaned:
    """Clean one article (see the module docstring). Never raises on any string."""
    raw = text
    # Controls go before normalising: removing one afterwards could join two words (or a
    # letter and its mark) and the body would no longer be stable under normalize(), which
    # insert_source applies again; citation offsets would then be wrong. NEL is a line
    # break to every reader; any other blank run inside a line is one space.
    normalised = normalize(strip_control(text).replace("\x85", "\n"))
    lines = [_Line(" ".join(line.split())) for line in normalised.split("\n") if line.strip()]
    found = _Found()
    for line in lines:
        line.reason = _line_noise(line.text, found)
    title = _head(lines, found)
    if found.note:
        _mark_note(lines)
    _mark_sidebars(lines)
    _mark_captions(lines, title)
    _mark_tail(lines, found)
    _mark_ends(lines, found)

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
    paragraphs_kept = _dedupe_paragraphs(paragraphs, removed)
    # Paragraph indices of the dedupe step → line indices, so removals stay in text order.
    removed[before:] = [(paragraph_lines[i], r) for i, r in removed[before:]]
    removed.sort(key=lambda item: item[0])

    body = "\n\n".join(paragraphs_kept)
    published, year = meta.published_on(paragraphs_kept)
    if found.published:
        # A day and month without a year ("Chiều 13-1") belong to the publication's year.
        published = found.published
        year = int(found.published[:4])
    _lead_outlet(paragraphs_kept, found)
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

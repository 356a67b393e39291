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

from briefer.ingest import metadata as meta
from briefer.ingest.countries import HOME, count_countries
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
    extra: dict[str, str] = field(default_factory=dict)

    def offer_outlet(self, outlet: str, rank: int) -> None:
        outlet = outlet.strip()
        if outlet and rank < self.outlet_rank:
            self.outlet, self.outlet_rank = outlet, rank


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
    if _PHOTO.search(text):
        return "photo caption"
    if _ALT_TEXT.search(text) and _is_heading(text):
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
    if meta.first_url(text) == text:
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
        elif _is_heading(line.text) and len(line.text) <= 200:
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following is not None and following.reason == "photo caption":
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
        byline = meta.BYLINE.match(text)
        if byline and len(text) <= 60:
            found.author = found.author or byline.group("author")
            byline_outlet = byline.group("outlet") or byline.group("outlet2")
            if byline_outlet:
                found.offer_outlet(byline_outlet, 3)
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


def _title_of(lines: list[_Line]) -> str:
    """The first line is the headline when it is short and not a paragraph of prose."""
    if not lines:
        return ""
    first = lines[0].text
    if len(lines) == 1 or len(first) > 250 or (len(first) > 150 and first.endswith(".")):
        return ""
    if _line_noise(first, _Found()):
        return ""
    return first


def clean(text: str) -> Cleaned:
    """Clean one article (see the module docstring). Never raises on any string."""
    raw = text
    # Controls go before normalising: removing one afterwards could join two words (or a
    # letter and its mark) and the body would no longer be stable under normalize(), which
    # insert_source applies again; citation offsets would then be wrong. NEL is a line
    # break to every reader; any other blank run inside a line is one space.
    normalised = normalize(strip_control(text).replace("\x85", "\n"))
    lines = [_Line(" ".join(line.split())) for line in normalised.split("\n") if line.strip()]
    title = _title_of(lines)
    if title:
        lines = lines[1:]
    found = _Found()
    for line in lines:
        line.reason = _line_noise(line.text, found)
    _mark_sidebars(lines)
    _mark_captions(lines, title)
    _mark_ends(lines, found)

    removed: list[tuple[int, Removed]] = []
    paragraphs: list[str] = []
    paragraph_lines: list[int] = []
    for index, line in enumerate(lines):
        if line.kept:
            paragraphs.append(line.text)
            paragraph_lines.append(index)
        else:
            removed.append((index, Removed(line.text, line.reason)))
    before = len(removed)
    paragraphs_kept = _dedupe_paragraphs(paragraphs, removed)
    # Paragraph indices of the dedupe step → line indices, so removals stay in text order.
    removed[before:] = [(paragraph_lines[i], r) for i, r in removed[before:]]
    removed.sort(key=lambda item: item[0])

    body = "\n\n".join(paragraphs_kept)
    published, year = meta.published_on(paragraphs_kept)
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
    )
    return Cleaned(body, [r for _, r in removed], title, metadata, raw)


__all__ = ["Cleaned", "Metadata", "Removed", "clean"]

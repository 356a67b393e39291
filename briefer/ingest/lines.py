"""One line of an article's text and what it is, whatever surrounds it.

Owns :class:`Line` (a line and why it goes, if it does), :class:`Found` (the metadata the
lines give away as they are read: outlet, author, address, publication date, a note's
number) and :func:`line_noise`: media-player debris, image file names, captions and
credits, timestamps, print stamps, menus, share rows, related links, boilerplate, letterhead
parts, bylines, follow widgets, inline related links and source lines. What depends on the
lines around it (sidebars, captions, the head and the tail) is in :mod:`briefer.ingest.clean`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from briefer.ingest import (
    credits,
    linknotes,
    notices,
    prompts,
    rows,
    stampcells,
    stamplines,
)
from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta
from briefer.ingest import printmarks as marks
from briefer.ingest.addressedname import addressed_name
from briefer.ingest.bylines import byline
from briefer.ingest.found import Found, Line, marked_writer, name_case
from briefer.ingest.headertitle import print_header_title
from briefer.ingest.outletnames import copyright_holder, known_outlet, outlet_of_name, outlet_of_url
from briefer.ingest.pagetitle import is_site_name
from briefer.ingest.publisher import is_bulletin
from briefer.ingest.rows import bare_domain, ends_sentence, place_and_day, speech_header
from briefer.ingest.sourcecredit import source_parts
from briefer.ingest.stampwriter import RELEASE_KIND, stamp_writer
from briefer.ingest.syndicatedline import syndicated_line
from briefer.ingest.widgets import follow_offer, widget
from briefer.text.dates import find_dates
from briefer.text.symbolscan import only_common

_B: Final = r"[^\S\n]"
_MEDIA: Final = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
# A player's button: "Nghe audio 🔊", "▶ Listen to this article", "Nghe bài viết": a verb of
# listening or playing and what is played, or a short label with a pictograph beside it.
_PLAYER: Final = re.compile(
    r"^\W*(?:Nghe(?:\s+đọc)?|Listen(?:\s+to)?|Play|Phát|Đọc)\s+(?:(?:bài|tin|this|the|nội\s+dung)\s+)?"
    r"(?:audio|podcast|bài\s+viết|bài\s+báo|bài|tin|article|story|news)\b\W*$"
    # or the verb alone on its line ("Lắng nghe", "Listen", "Nghe đọc ▶")
    r"|^\W*(?:(?:Lắng\s+)?nghe(?:\s+đọc)?|Listen(?:\s+now)?|Play)\W*$",
    re.IGNORECASE,
)
_UPDATED: Final = re.compile(r"\b(?:updated|modified|cập\s+nhật|sửa\s+lúc)\b", re.IGNORECASE)
_IMAGE_FILE: Final = re.compile(
    r"^[^\s/\\]*(?:[/\\][^\s/\\]+)*\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|heic|avif)$",
    re.IGNORECASE,
)
_PHOTO: Final = re.compile(
    # (a bare "(ảnh)" points at the person pictured: "Đại sứ X (ảnh) cho biết …" is prose)
    rf"\((?!(?:ảnh|photo)\))(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Photo|Video)\b[^()]*\)\.?$"
    rf"|^(?:Ảnh|Hình|Photo|Image|Foto|Nguồn ảnh){_B}*:{_B}*\S.{{0,80}}$"
    # a chart's caption, its source after it: "Biểu đồ: Xuất khẩu … (triệu USD). Nguồn: …"
    rf"|^(?:Biểu{_B}+đồ|Đồ{_B}+thị|Đồ{_B}+họa|Infographic|Chart|Graph|Graphic)(?:{_B}+\d{{1,2}})?"
    rf"{_B}*:{_B}*\S[^\n]{{0,200}}$"
    # a numbered table's or figure's caption over it: "Bảng 1: Một số mặt hàng … (nguồn: …)",
    # "Table 2. Exports by product", "Hình 3: …" (its number makes it a caption, not prose)
    rf"|^(?:Bảng|Table|Figure|Fig\.|Hình){_B}+\d{{1,2}}[a-z]?{_B}*[:.]{_B}*[^\W\d_][^\n]{{0,200}}$",
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
# Common headings of related-news boxes: a backup only. Boxes are found by their shape
# (briefer.ingest.clean: a short label over headlines, a heading in capitals, cards, the
# tail after the last sentence), which alone clears every corpus set; the words catch a
# label over a marked list ("Tin liên quan" / "• …"), which shape cannot tell from a
# subheading over a list of the article's own.
_SIDEBAR_MARKERS: Final = frozenset(
    m.casefold()
    for m in (
        "Tin liên quan", "Bài liên quan", "Tin tức liên quan", "Bài viết liên quan",
        "Đọc thêm", "Xem thêm", "Tin cùng chuyên mục", "Bài cùng chuyên mục",
        "Tin khác", "Các tin khác", "Tin mới", "Tin mới nhất", "Tin nổi bật",
        "Tin đọc nhiều", "Đọc nhiều", "Đọc nhiều nhất", "Tin xem nhiều",
        "Có thể bạn quan tâm", "Bạn có thể quan tâm", "Có thể bạn chưa đọc", "Tin hay",
        "Related news", "Related articles", "Related", "Read more", "More news",
        "See also", "Most read", "Latest news", "You may also like",
    )
)  # fmt: skip
# "Xem thêm: …", "ĐỌC TIẾP: …", ">> Mời xem: …", "Read also: …": a read-on label (a read or
# see word, or a "related" one) before a colon or arrows, then the headline it links.
READ_ON: Final = (
    rf"(?:[>»►]+{_B}*)?(?:(?:Tin|Bài)(?:{_B}viết)?{_B}liên{_B}quan|(?:Mời{_B}(?:bạn{_B})?)?"
    rf"(?:Đọc|Xem)(?:{_B}(?:thêm|tiếp|ngay|chi{_B}tiết|bài))?|(?:Also{_B})?Read(?:{_B}(?:more|also|next))?"
    rf"|See{_B}also|Related(?:{_B}(?:news|stories|articles))?|You{_B}m(?:ay|ight){_B}also{_B}like"
    # (a page in French, Spanish, Portuguese or German links on in its own words)
    rf"|(?:À{_B})?Lire{_B}aussi|Voir{_B}aussi|Lea{_B}también|Ver{_B}también|Leia{_B}também"
    rf"|Veja{_B}também|Lesen{_B}Sie{_B}auch)"
)
_MARKER_PREFIX: Final = re.compile(rf"^{READ_ON}{_B}*(?::|>>|»|-){_B}*\S", re.IGNORECASE)
_CAPS_LABEL: Final = re.compile(rf"^(?P<label>{READ_ON}){_B}+(?=[A-ZĐÀ-Ỹ\d])", re.IGNORECASE)
_FINAL: Final = re.compile(r"[.!?…:;\"”’)\]]$")
TRUNCATED: Final = re.compile(r"(?:\.\.\.|…)$")
_HEADING_MAX: Final = 300
_PROSE_MIN: Final = 80


def is_heading(text: str) -> bool:
    """Short and not ending like a sentence: a headline or a caption title."""
    return len(text) <= _HEADING_MAX and not text.endswith(".")


def is_prose(text: str) -> bool:
    return len(text) >= _PROSE_MIN and bool(_FINAL.search(text)) and not TRUNCATED.search(text)


def doubled(text: str) -> bool:
    """ "X X": a headline printed twice on one line (title and image alt text run together)."""
    half = len(text) // 2
    return len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1 :]


_LONG_LINE: Final = 400  # longer than any furniture but a caption or a tag line
# "TL.", "KT.", "TM.", "TUQ.": signed by order of, for, on behalf of (a unit, an office).
_BY_ORDER: Final = re.compile(rf"^(?:KT|TL|TM|TUQ)\.{_B}*")


def _button(text: str) -> bool:
    """A label of one to three words with a pictograph beside it ("Nghe 🔊", "▶ Video"): a
    button, never the article's text."""
    if only_common(text):
        return False  # (no character of category So: no pictograph to find below)
    pictographs = [c for c in text if unicodedata.category(c) == "So" and c not in "©®℗"]
    return bool(pictographs) and 1 <= len(fur.words(text)) <= 3 and not ends_sentence(text)


def _stamp_row_parts(name: str, after: str) -> bool:
    """The cells of a byline row around its stamp: a name (or none) before it, and after it
    nothing or a line that is furniture on its own."""
    # (the name's words are counted, not its outlet's: "Name/VOV-Đông Nam Á" is one byline)
    byline = meta.BYLINE.match(name)
    named = not name or bool(byline and len(fur.words(byline.group("author"))) <= 4)
    # ("· 2 ngày trước", "· 3 hours ago": the stamp's age after it)
    aged = bool(stamplines.AGE.fullmatch(after.strip(" ·•|")))
    return named and (not after or aged or bool(line_noise(after, Found())))


# Tags, each a "#" and a few words: "#kinh tế #Việt Nam - Lào", "#du lịch" alone.
_HASHTAGS: Final = re.compile(r"^(?:#[^\W\d_][^#\n.!?]{0,40}?\s*[·|,]?\s*)+$")


# A line that opens on a copyright claim: the sign, the word, "Bản quyền".
_OPENS_ON_CLAIM = re.compile(r"(?:©|\(c\)|copyright\b|bản\s+quyền)", re.IGNORECASE)


def line_noise(text: str, found: Found) -> str:
    """The reason a single line is not article text, whatever surrounds it ("" if none)."""
    if len(text) > _LONG_LINE:
        # Every other shape below is shorter than this: a paragraph is only scanned for a
        # caption's credit and a tag line.
        if _PHOTO.search(text):
            return "photo caption"
        return "page furniture" if _FURNITURE.match(text) else ""
    if not any(c.isalnum() for c in text):
        # "________", "* * *", "———": a rule or ornament; a line without letters or figures
        # says nothing (and is never a title).
        return "rule"
    if _MEDIA.match(text) or _PLAYER.match(text) or _button(text):
        return "media player"
    if _IMAGE_FILE.match(text):
        return "image file name"
    carried = syndicated_line(text)
    if carried:
        # "(PUBLISHER- Source) 11/25/2025 10:41 AM": the aggregator's posting dates the page;
        # its name is the outlet only when nothing else names one (the source is neither)
        found.offer_published(carried.day, 1)
        found.offer_outlet(known_outlet(carried.publisher) or carried.publisher, _LAST_RESORT - 2)
        return "syndication line"
    if fur.credit_only(text) and text.count(":") == 1:
        # "Ảnh: Name - Outlet": one label and it is a photo's, so a credit whatever follows
        # the name (a byline of credits has a label for the text too)
        return "photo credit"
    if credits.caption_with_credit(text) or credits.labelled_picture(text):
        # "… chủ trì buổi tiếp. Lan Chi/Báo X", "[Ảnh] …", "Image: …", "…. Ảnh Lan Chi"
        return "photo caption"
    writer = meta.writer_of(text) if len(text) <= 80 else text
    if writer != text and meta.BYLINE.match(writer):
        # "Bài: Minh Châu | Ảnh: Quốc Tuấn": a byline of credits, not a caption.
        found.offer_author(writer)
        return "byline"
    if _BY_ORDER.match(text) and fur.signature_role(text):
        # "TL. BAN X", "KT. BỘ TRƯỞNG": signed on behalf of a unit, which issued the text
        unit = _BY_ORDER.sub("", text)
        if meta.UNIT_NAME.match(name_case(unit)):
            found.offer_outlet(name_case(unit), 4)
        return "signature"
    paper, issued = marks.issue_header(text)
    if paper:
        # a printed paper's running head: its name (in capitals, as words) and the issue's day
        days = [d for d in find_dates(issued) if d.precision == "day"]
        if days:
            found.offer_published(days[0].start, 1)
        if known_outlet(paper) or not is_bulletin(paper):
            # (a bulletin's series, "MARKET BULLETIN - No. 4/2025 - …", is no outlet)
            found.offer_outlet(known_outlet(paper) or name_case(paper).capitalize(), 1)
        return "print header"
    by_row = rows.by_row(text)
    if by_row:
        found.offer_author(name_case(by_row))
        days = [d for d in find_dates(text) if d.precision == "day"]
        if days:
            found.offer_published(days[0].start, 1)  # the row's day dates the page
        return "byline"
    if fur.credit_only(text):
        return "photo credit"
    if _PHOTO.search(text) or fur.photo_credit(text):
        return "photo caption"
    stamp = marks.print_stamp(text)
    if stamp:
        if stamp == "print header":
            _title, outlet = print_header_title(text)
            if known_outlet(outlet):
                # The site a page was printed from, as a page's own site name: above the
                # agency its lead credits ("Santiago (VNA) - …" on VietnamPlus).
                found.offer_outlet(known_outlet(outlet), 1)
            elif is_site_name(outlet):
                found.offer_outlet(outlet, 3)  # "… - Báo X": a site the table lacks
            elif outlet and len(outlet.split()) <= _SITE_WORDS:
                # "… | Ministry of X": a browser prints the page's <title>, its last part the
                # site's name as a rule; weighed least (the address it spells confirms it)
                found.offer_outlet(outlet, _LAST_RESORT)
        url = "" if linknotes.cited_link(text) else meta.first_url(text)  # (a cited source's)
        if url and not found.url:
            found.url = url
        return stamp
    labelled = rows.labelled_stamp(text)
    updated = "" if labelled else stampcells.day_before_update(text)
    if labelled or updated:
        found.offer_published(labelled or updated, 1)
        # a field of the row may name the writer; a row of a day and its update, the cell
        # before them ("Name |09.07.2025 - Update : 09.07.2025")
        # ("day | Reporter: X | Editor: Y": the writer's field names the writer)
        found.offer_author(
            stamplines.byline_in(text)
            or rows.labelled_writer(text)
            or (stamp_writer(text) if updated else "")
        )
        return "timestamp"
    kind, iso = stamplines.timestamp(text)
    if kind:
        # "Last updated: …", "Cập nhật: …" dates a change; a plain stamp or a sign-off's date
        # says when the text came out ("Cập nhật: … | Đăng: …": each cell for itself).
        cells = [c for c in re.split(r"\s[|·•]\s", text) if stamplines.timestamp(c)[0]]
        for cell in cells if len(cells) > 1 else [text]:
            stamp = stamplines.timestamp(cell)[1] if len(cells) > 1 else iso
            found.offer_published(stamp, 2 if _UPDATED.search(cell) else 1)
        found.offer_author(stamp_writer(text))  # ("Thực hiện: Name | day", "… — Name")
        # ("Outlet , Sunday 12 Oct 2025": a known outlet beside the stamp credits the desk,
        # a writer it is not)
        rest = stamplines.stamp_remainder(text).strip(" ,;|—–-")
        desk = known_outlet(rest) if rest and re.match(rf"{re.escape(rest)}\s*,", text) else ""
        if desk:
            found.offer_outlet(desk, 3, credit=True)
        return "timestamp"
    name, iso, after = stamplines.stamp_row(text)
    if iso and _stamp_row_parts(name, after):
        # "Linh Pham · Sep 10, 2025 08:15 AM Follow … on Google News": a page's byline row,
        # its cells run together: a name, the stamp, a widget.
        found.offer_published(iso, 1)
        if name:
            by = meta.BYLINE.match(name)  # ("Name/Outlet": the writer is the name)
            found.offer_author(by.group("author") if by else name)
        return "timestamp"
    if RELEASE_KIND.match(text):
        return "document kind"  # "PRESS RELEASE", "THÔNG CÁO BÁO CHÍ" over the headline
    if notices.widget_row(text):
        return "page furniture"  # ("Cỡ chữ · In bài · Lưu bài": buttons, not the site's menu)
    if fur.share(text):
        # ("Share this: WhatsApp | Facebook | X" is set like a menu: the buttons, not the
        # site's sections, so the headline above it is no site name over its menu)
        return "share buttons"
    if fur.menu(text):
        for cell in re.split(r"\s*\|\s*", text):
            # "Published: 6 March 2025 | Updated: 7 March 2025": a row of labelled stamps
            if stamplines.timestamp(cell)[0]:
                found.offer_published(
                    stamplines.timestamp(cell)[1], 2 if _UPDATED.search(cell) else 1
                )
            # ("17 May 2025 | Trade | Written by Name": a row of the post's facts, one cell
            # its labelled writer)
            found.offer_author(meta.reporter_in(cell))
        return "menu"
    if fur.bracketed(text):
        return "related link"
    if prompts.reader_prompt(text) or prompts.site_notice(text):
        return "comments"
    if prompts.contact_line(text):
        if meta.reporter_in(text):  # "Người biên soạn: Name, Phòng …": its compiler
            found.offer_author(meta.reporter_in(text))
            return "byline"
        found.offer_author(marked_writer(text))  # ("Name* * Institute … Email: …": a paper's)
        if _OPENS_ON_CLAIM.match(text) and copyright_holder(text):
            # ("© 2025 X. Địa chỉ: … ĐT: …": a footer's copyright run into its contacts; a
            # sign inside a notice, "provided by X … © X", is the notice's)
            found.offer_outlet(known_outlet(copyright_holder(text)) or copyright_holder(text), 4)
        return "contact"
    addressed = addressed_name(text)
    if addressed:  # ("X. 58a Y Road, Town.": the publisher's imprint, its name an outlet claim)
        found.offer_outlet(known_outlet(addressed) or addressed, 4)
        return "contact"
    notice = notices.page_notice(text)
    if notice:
        return notice  # an address row, an offer, a disclaimer, a labelled headline …
    if _HASHTAGS.match(text):
        return "tags"  # "#Hà Nội #chợ đêm #du lịch": a row of tags, whatever they say
    boilerplate = fur.boilerplate(text)
    if boilerplate:
        if boilerplate == "copyright" and copyright_holder(text):
            # The copyright holder is the outlet, below a masthead or a byline's.
            holder = copyright_holder(text)
            found.offer_outlet(known_outlet(holder) or holder, 4)
        return boilerplate
    placed, issuer = rows.release_dateline(text)
    placed = place_and_day(text) or placed
    if placed:
        found.offer_published(placed, 1)  # "Ha Noi, 12 June 2025" over a note or a release
        if issuer:  # ("June 5, 2025 - Ottawa - Department of X": who issued it, last)
            found.offer_outlet(known_outlet(issuer) or issuer, 2, credit=True)
        return "dateline"
    spoken = speech_header(text)  # "By Name. Oslo, 4 May 2025. Check against delivery."
    if spoken:
        if spoken != "-":
            found.offer_published(spoken, 1)
        return "speech notice"
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
    by = _BY_ROLE.match(text)
    if by and len(text) <= _BY_ROLE_MAX:
        # "By Name, First Secretary": the writer's post after the name ("By Name, Wire": the
        # outlet, which the offer credits)
        post = text[by.end("name") :].strip(" ,")
        credited = bool(known_outlet(post)) or len(post.split()) == 1
        found.offer_author(text[2:].strip() if credited else by.group("name"))
        return "byline"
    by = re.match(r"^(?:by|By|BY)\s+(?P<name>\S+(?:\s\S+){0,3})$", text)
    if by and len(text) <= 40:
        found.offer_author(by.group("name"))
        return "byline"
    if is_heading(text) and _ALT_TEXT.search(text):
        return "image alt text"
    follow = follow_offer(text)
    if follow is not None:
        if follow:
            found.offer_outlet(outlet_of_name(follow), 4)
        return "follow-us widget"
    if _FURNITURE.match(text):
        return "page furniture"
    if is_marker(text):
        return "sidebar"
    if _MARKER_PREFIX.match(text) and is_heading(text):
        return "related headline"
    label = _CAPS_LABEL.match(text)
    if label and _label_shaped(label.group("label")) and is_heading(text[label.end() :]):
        # "READ ALSO Pope … visit", "Read also Talks …": a label in capitals or of two
        # words ("Đọc" alone may open a sentence), no colon, then a headline
        return "related headline"
    source = meta.SOURCE_LINE.match(text)
    if source and len(text) <= 400:
        url = meta.first_url(source.group("rest"))
        named, rest = source_parts(source.group("outlet"), source.group("rest"))
        if url:
            found.url = found.url or url
        if named:
            found.offer_outlet(named, 1, credit=True)
        elif rest and not url and len(rest) <= 60:
            found.offer_outlet(rest, 3, credit=True)  # (or its figures' source)
        elif url:
            found.offer_outlet(outlet_of_url(url), 5, credit=True)
        return "source line"
    if " " not in text and len(text) <= 16 and known_outlet(text):
        # "SGGP", "SGGPO", "VOV.VN" alone on a line: the outlet's own name, its masthead.
        found.offer_outlet(known_outlet(text), 2)
        return "masthead"
    if bare_domain(text):
        # "example.to" alone on a line (a print header): the site, by the table's name or,
        # the page naming it no other way, by its domain
        found.offer_outlet(outlet_of_url(f"https://{text.lower()}"), 5)
        return "print header"
    if " " not in text and meta.first_url(text) == text:
        found.url = found.url or text
        return "source line"
    kind = widget(text)
    if kind in ("byline", "publication stamp") and meta.reporter_in(text):
        found.offer_author(meta.reporter_in(text))  # "Người viết: ThS. Name, Phòng …"
    return kind


_SITE_WORDS: Final = 8
_BY_ROLE: Final = re.compile(
    rf"^(?:By|BY){_B}+(?P<name>{meta.NAME_WORD}(?:{_B}{meta.NAME_WORD}){{1,3}}),{_B}+[^.!?\d]{{2,60}}$"
)
_BY_ROLE_MAX: Final = 90
_LAST_RESORT: Final = 7  # (a weight of nothing: any other signal outweighs it)


def signs(line: Line, found: Found) -> bool:
    """:func:`byline` for a line as printed: a line in a PDF's large type is a heading (a
    box's, a section's), never the writer's name however it reads."""
    return not line.large and not is_marker(line.text) and byline(line.text, found)


def _label_shaped(label: str) -> bool:
    return fur.is_upper(label) or len(label.split()) >= 2


def is_marker(text: str) -> bool:
    # (a label framed by rules or brackets, "--- Tin liên quan ---", "[ Related ]", is the same;
    # a read-on label alone, "Read Next", "Xem tiếp", heads its box)
    label = text.strip(" :>»<«-—–=*#[]").rstrip(" :")
    return label.casefold() in _SIDEBAR_MARKERS or _READ_ON_ALONE.fullmatch(label) is not None


_READ_ON_ALONE: Final = re.compile(READ_ON, re.IGNORECASE)


__all__ = [
    "READ_ON",
    "TRUNCATED",
    "Found",
    "Line",
    "byline",
    "doubled",
    "ends_sentence",
    "is_heading",
    "is_marker",
    "is_prose",
    "line_noise",
    "name_case",
    "place_and_day",
    "signs",
]

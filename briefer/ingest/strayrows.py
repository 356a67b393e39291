"""Single lines that belong to the page, the document or its carrier, not to the article.

Each recogniser reads one line's shape and returns the reason it is furniture ("" when it
may be text). :func:`stray_row` runs before the head is read (a caption or a fax's cover
field is never the title); :func:`late_row` after the byline readers (the presenter
named on a slide handout is its author, read before the line leaves the body). A mail's
attachment under its signature is :func:`briefer.ingest.readerlines.reader_line`'s.

- a photo's caption ending with its credit: "…. VNA/VNS Photo", "…. AGENCY photo", "….
  Pic: Name / Outlet", "…. Ảnh: TTXVN";
- a press licence in English ("Licence No. 123/GP-… dated …", "Editor-in-chief: …"): the
  masthead's legal line at the foot, as "Giấy phép số …" is in Vietnamese;
- a document's note on who prepared it and how to cite it ("Tài liệu do Vụ X chuẩn bị. Khi
  sử dụng đề nghị ghi rõ nguồn …", "Prepared by …. Please cite the source …");
- a speech text's note on its own use, in brackets ("(Bản dùng để đọc – không phát lại cho
  báo chí)", "(Check against delivery)", "(Not for publication)");
- a fax cover's fields ("Từ (From): …", "Đến (To): …", "Số trang (Pages): 3") and its
  call-back note ("Nếu nhận không đủ trang, đề nghị gọi lại …", "If you do not receive all
  pages, please call …");
- a heading whose content goes separately ("II. TIN TRONG TỈNH (gửi kèm file riêng)",
  "3. Local news (see attached file)");
- a document's number without the colon ("Số 214/ĐB-TTBC, ngày 25/11/2025");
- a draft's version line ("Dự thảo lần 3 – TK Hội rà soát", "Draft 2 – for comments");
- a skip link ("Bỏ qua để đến nội dung chính", "Skip to main content"), a form's tick
  boxes ("Khẩn [X]  Cần trả lời [ ]"), an author's affiliation footnote ("* Khoa …");
- an RSS item's footer ("The post X appeared first on Y.", "Bài viết X xuất hiện đầu tiên
  trên Y");
- two places and a day, the occasion's line on a slide or a card ("Hà Nội – Tel Aviv, ngày
  18/11/2025", "Hanoi - Lisbon, 1 July 2026").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice, pairwise
from typing import Final

from briefer.ingest.lines import Line, is_prose
from briefer.ingest.pastedheadline import site_menu
from briefer.ingest.rxparts import CAPITAL
from briefer.text.fold import fold

_CAPTION_MAX: Final = 320
_SHORT: Final = 200
# "…. VNA/VNS Photo", "… . GNA photo", "… (AFP Photo)": an agency's initials and the word.
_AGENCY_PHOTO: Final = re.compile(
    r"[.!?)]\s+\(?[A-ZĐ]{2,8}(?:\s?/\s?[A-ZĐ]{2,8}){0,2}\s+(?:File\s+)?(?:[Pp]hoto|PHOTO|[Ảả]nh"
    r"|ẢNH|[Pp]ic)\)?\.?$"
)
# "…. Pic: Name / Outlet", "…. Photo: X", "…. Ảnh: X": a credit label after the caption's
# sentence, then a name (no sentence after it: a short run of words, slashes, no stop).
_LABELLED: Final = re.compile(
    r"[.!?)]\s+(?:Pic(?:ture)?s?|Photos?|Images?|Ảnh|ẢNH|Nguồn\s+ảnh|Photo\s+credit)\s*:\s*"
    r"[^\s.!?:][^.!?:]{1,70}$"
)
_LICENCE: Final = re.compile(
    r"^(?:Press\s+|Publishing\s+)?Licen[cs]e\s+(?:No\.?|Number)\s*:?\s*\S*\d"
    r"|\bEditor[-\s]in[-\s]Chief\s*:"
    # ("X under the Ministry of Y. License No. 12/GP-Z": the imprint's last statement, its
    # licence number ending the line; a sentence citing a licence goes on past its number)
    r"|\.\s+(?:Press\s+|Publishing\s+)?Licen[cs]e\s+(?:No\.?|Number)\s*:?\s*[\w/.-]*\d[\w/-]*\.?$",
    re.IGNORECASE,
)
# Who prepared a document and how it is to be cited: both in one short line.
_PREPARED: Final = re.compile(
    r"^(?:Tài\s+liệu|Văn\s+bản|Bài|Nội\s+dung)\s+(?:do|của)\s+.{2,80}?\s+(?:chuẩn\s+bị|biên\s+soạn"
    r"|tổng\s+hợp|cung\s+cấp)\b|^(?:This\s+)?(?:document|material|paper|note)\s+(?:was\s+)?"
    r"(?:prepared|compiled)\s+by\b",
    re.IGNORECASE,
)
_CITE: Final = re.compile(
    r"(?:ghi\s+rõ|trích\s+dẫn|nêu\s+rõ)\s+(?:nguồn|xuất\s+xứ)|(?:cite|credit|acknowledge)\s+"
    r"(?:the\s+)?source",
    re.IGNORECASE,
)
# "(Bản dùng để đọc – …)", "(Check against delivery)", "(Embargoed until …)": a whole line in
# brackets saying what this copy is for.
_OWN_USE: Final = re.compile(
    r"^\((?:Bản|Văn\s+bản)\s+(?:dùng|để|phát\s+biểu|đọc)[^()]{0,100}\)$"
    r"|^\((?:Check\s+against\s+delivery|Not\s+for\s+(?:publication|distribution)"
    r"|Embargoed\s+until[^()]{0,60}|Reading\s+copy[^()]{0,60})\)$",
    re.IGNORECASE,
)
# A fax cover's fields, the Vietnamese label with the English one in brackets or alone.
_FAX_FIELD: Final = re.compile(
    r"^(?:(?:Từ|Đến|Gửi|Người\s+gửi|Người\s+nhận|Số\s+trang|Ngày\s+gửi|Số\s+fax)\s*)?"
    r"\((?:From|To|Attn|Pages?|Date|Fax(?:\s+No\.?)?|Re|Subject|Cc)\)\s*:"
    r"|^(?:Số\s+trang|No\.\s+of\s+pages|Total\s+pages)\s*(?:\([^()]{0,30}\))?\s*:\s*\d",
    re.IGNORECASE,
)
_CALL_BACK: Final = re.compile(
    r"^(?:Nếu|Trường\s+hợp)\s+(?:quý\s+vị\s+)?(?:nhận|không\s+nhận)[^.]{0,30}(?:đủ|thiếu)\s+"
    r"(?:số\s+)?trang|^If\s+you\s+(?:do\s+not|don'?t|did\s+not)\s+receive\s+all\b"
    r"|^If\s+(?:any\s+)?pages?\s+(?:are|is)\s+(?:missing|illegible)",
    re.IGNORECASE,
)
_SENT_APART: Final = re.compile(
    r"\((?:gửi\s+kèm|đính\s+kèm|xem)\s+(?:trong\s+)?(?:file|tệp|tài\s+liệu|văn\s+bản)"
    r"(?:\s+riêng|\s+đính\s+kèm)?\)$"
    r"|\((?:sent\s+separately|see\s+(?:the\s+)?attach(?:ed|ment)(?:\s+file)?|in\s+a\s+"
    r"separate\s+file)\)$",
    re.IGNORECASE,
)
_RSS_FOOT: Final = re.compile(
    r"^The\s+post\s+.{3,300}\s+appeared\s+first\s+on\s+.{2,80}$"
    r"|^(?:Bài\s+viết|Bài)\s+.{3,300}\s+xuất\s+hiện\s+(?:đầu\s+tiên|lần\s+đầu)\s+(?:trên|tại)\s+.{2,80}$"
)
_PLACE: Final = r"[A-ZĐÀ-Ỹ][\w.'’]*(?:\s[A-ZĐÀ-Ỹ][\w.'’]*){0,2}"
_PLACES_DAY: Final = re.compile(
    rf"^{_PLACE}(?:\s+[-–—]\s+{_PLACE})+,\s*(?:ngày\s+)?"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
    r"|\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\.?$"
)
# A page's skip link for screen readers, first on the page: "Skip to main content", "Bỏ qua
# để đến nội dung chính", "Chuyển đến nội dung", "Aller au contenu", "Saltar al contenido".
_SKIP_LINK: Final = re.compile(
    r"^(?:Skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article)"
    r"|(?:Bỏ\s+qua(?:\s+để)?|Chuyển|Đi|Nhảy)\s+(?:đến|tới)\s+(?:phần\s+)?nội\s+dung(?:\s+chính)?"
    r"|Aller\s+au\s+contenu(?:\s+principal)?|Saltar\s+al\s+contenido(?:\s+principal)?"
    r"|Ir\s+(?:para\s+o|al)\s+conte[úu]do(?:\s+principal)?)\s*[»›>]?$",
    re.IGNORECASE,
)
# A form's tick boxes, two or more on a line ("Khẩn [X]   Cần trả lời [ ]", "☒ Urgent ☐ Reply"):
# a fax cover's or a form's options, never text.
_TICK_BOX: Final = re.compile(r"\[\s?[xX✓✔]?\s?\]|[☐☑☒]")
# "* Khoa X, Trường Y", "¹ Department of …, University of …": the footnote that gives an
# author's affiliation (the mark after the author's name points to it).
_AFFILIATION: Final = re.compile(
    r"^(?:\*{1,3}|[¹²³†‡])\s*(?:Khoa|Viện|Trường|Bộ\s+môn|Trung\s+tâm|Học\s+viện|Đại\s+học|Phòng"
    r"|Department|Faculty|School|Institute|University|Centre|Center|College)\b[^.!?]{0,150}$",
    re.IGNORECASE,
)
# "Số 214/ĐB-TTBC, ngày 25/11/2025", "No. 12/BC-TV": a document's number and its issuer's code
# written without the colon of "Số: …", with or without its day: the letterhead's line. An
# English letterhead labels the same number as its reference ("Ref: 57/ĐSQ-TM"): the issuer's
# code after the slash makes it the document's number, not a citation in the text.
_NUMBER_LINE: Final = re.compile(
    r"^(?:(?:Số|No\.?)\s+|(?:Ref(?:erence)?\.?|Our\s+ref\.?)\s*:?\s*)"
    r"\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][\w.Đ]*(?:-[A-ZĐ][\w.Đ]*)+"
    r"(?:\s*,\s*(?:ngày|dated)\s+[\w/ .-]{4,30})?$"
)
# "Dự thảo lần 3 – TK Hội rà soát", "Draft 2 (for comments)": a draft's version and who
# reviews it, over the text; the version is the file's, not the text's.
_DRAFT: Final = re.compile(
    r"^(?:Dự\s+thảo|Bản\s+thảo|Draft)(?:\s+(?:lần|số|version|v\.?|no\.?))?\s*\d{1,2}\b"
    r"(?:\s*[-–—:(]\s*[^.!?]{0,60})?\)?$",
    re.IGNORECASE,
)
_PRESENTER: Final = re.compile(
    r"^(?:Trình\s+bày|Người\s+trình\s+bày|Báo\s+cáo\s+viên|Diễn\s+giả|Presented\s+by"
    r"|Presenter|Speaker)\s*:\s*[^\W\d_][^.!?]{2,120}$",
    re.IGNORECASE,
)


def _caption(text: str) -> bool:
    if len(text) > _CAPTION_MAX:
        return False
    return bool(_AGENCY_PHOTO.search(text) or _LABELLED.search(text))


def stray_row(text: str) -> str:
    """The reason ``text`` (one line) is furniture, or ""."""
    text = " ".join(text.split())
    if _caption(text):
        return "photo caption"
    if len(text) > 400:
        return ""
    if _LICENCE.search(text) and len(text) <= _SHORT:
        return "copyright"
    if _PREPARED.search(text) and _CITE.search(text) and len(text) <= _SHORT:
        return "reuse notice"
    if _SKIP_LINK.match(text):
        return "menu"
    if len(_TICK_BOX.findall(text)) >= 2 and len(text) <= 160:
        return "form fields"
    if _AFFILIATION.match(text):
        return "affiliation"
    if _NUMBER_LINE.match(text):
        return "document number"
    if _DRAFT.match(text):
        return "draft note"
    if _OWN_USE.match(text):
        return "document note"
    if _FAX_FIELD.match(text) or _CALL_BACK.match(text):
        return "fax cover"
    if _SENT_APART.search(text) and len(text) <= 120:
        return "heading without text"  # (its items go in another file)
    if _RSS_FOOT.match(text):
        return "feed footer"
    if _PLACES_DAY.match(text):
        return "place and date"
    return ""


_MENU_LOOK: Final = 12  # the top lines, where a site's menu and its section label sit
_JOINERS: Final = frozenset(("&", "and", "và", "|", "-", "–"))


def _none(_text: str) -> bool:
    return False


def run_on_row(text: str) -> bool:
    """Section names copied with no separator, each opening on a capital and running on in
    lower case ("Thời sự Góc nhìn Kinh doanh …"), six names at least and no two capitals
    touching: a headline has fewer ("Thủ tướng tiếp Bộ trưởng Ngoại giao Brazil") or a
    person's or place's name in it ("… Ricardo Almeida …"). A row with a dash or a bar is
    parted by its writer: a byline's name and desk ("Name - Agency reporter")."""
    capitals = [w[:1].isupper() for w in text.split()]
    touching = any(a and b for a, b in pairwise(capitals))
    return (
        sum(capitals) >= _RUN_ON_NAMES
        and not touching
        and site_menu(text)
        and not re.search(r"[-–—|·/]", text)
    )


_RUN_ON_NAMES: Final = 6


def _capitalised_run(text: str) -> bool:
    """Words that all open in capitals (or join items: "&"), no figure, no stop."""
    words = text.split()
    return (
        len(words) >= 6
        and not re.search(r"[\d.,;:!?]", text)
        and not text.isupper()  # (a line in capitals is a headline or a unit, no menu)
        and all(w in _JOINERS or w[:1].isupper() for w in words)
    )


# The site's home link that opens a menu row or a breadcrumb trail copied without its arrows.
# (the name after it opens in a capital: "Home loans rise …" is a clause)
_HOME_ITEM: Final = re.compile(rf"^(?:[Tt]rang\s+chủ|[Tt]rang\s+nhất|Home|HOME)\s+[{CAPITAL}]")
_TRAIL_WORDS: Final = 16


def _home_row(text: str) -> bool:
    """A row that opens with the site's home link and states nothing ("Trang chủ Cộng đồng
    Kiều bào với quê hương Phỏng vấn", "Home World Asia Pacific"): its names may run on in
    lower case, and a name may hold a joining word, as a clause never opens so."""
    words = text.split()
    return (
        bool(_HOME_ITEM.match(text))
        and 3 <= len(words) <= _TRAIL_WORDS
        and not re.search(r"[\d.,;:!?\"“”]", text)
    )


def _over_headline(text: str, below: list[Line]) -> bool:
    """A row of section names ("Doanh nghiệp Kinh tế Bất động sản Tài chính") right over a
    line shaped as a headline that its dateline follows: the site's menu over the article."""
    from briefer.ingest.pastedheadline import dated_line, headline_shaped, site_menu

    # (the first few lines below with words, read lazily: a long page's every line was
    # joined for each row at its top)
    rest = list(
        islice((" ".join(ln.text.split()) for ln in below if ln.text.strip()), _DATED_UNDER)
    )
    return (
        # (no writer's name, "Lê Thị Kim Oanh", "ThS. X" over a paper's title; no heading
        # cut at its colon or dash, "Quan hệ X - Y:": names run on with no mark between them)
        site_menu(text)
        and not re.search(r"[.:|/·–-]", text)
        and bool(rest)
        and headline_shaped(rest[0])
        and any(dated_line(ln) for ln in rest[1:])
    )


_DATED_UNDER: Final = 3  # (the headline, a deck or a byline, the dateline)
_TOP_ROWS: Final = 3  # (a top bar, the masthead, its tagline over the menu)


def mark_menu_rows(lines: list[Line], *, run_on: Callable[[str], bool] = _none) -> None:
    """A site's menu run on one line without separators ("Politics & Law Society Economy
    Life & Style …", or a row opening with the home link, "Trang nhất Chính trị Kinh tế …")
    near the top, recognised by the section label that repeats one of its items on a line
    of its own ("Politics & Law"): a headline in title case is repeated by no short line
    above or below it. A row of names right over the headline and its dateline is the menu
    too. With ``run_on``, rows of that shape too (see :func:`mark_run_on_menus`)."""
    top = lines[:_MENU_LOOK]
    for index, line in enumerate(top):
        text = " ".join(line.text.split())
        # (the site's menu stands at the page's top, under its masthead)
        at_top = sum(1 for ln in lines[:index] if ln.text.strip()) < _TOP_ROWS
        if line.kept and at_top and _over_headline(text, lines[index + 1 :]):
            line.reason = "menu"
            continue
        if not line.kept or not (_capitalised_run(text) or _home_row(text) or run_on(text)):
            continue
        row = f" {' '.join(line.text.split())} "
        for other in top:
            label = " ".join(other.text.split())
            if other is not line and 1 <= len(label.split()) <= 4 and f" {label} " in row:
                line.reason = "menu"
                break


def mark_run_on_menus(lines: list[Line]) -> None:
    """A Vietnamese menu row whose names run on in lower case ("Thời sự Góc nhìn Kinh doanh
    …"), recognised as a title-case row is, by a top line repeating one of its items. Read
    once the headline is chosen: the head reader places the headline by the rows around it."""
    mark_menu_rows(lines, run_on=run_on_row)


_COVER: Final = frozenset(("fax cover", "form fields"))
_LABEL: Final = re.compile(r"^[^\W\d_][\w()]*(?:\s[\w()]+){0,3}\s*:\s*\S")


def mark_cover_fields(lines: list[Line]) -> None:
    """A labelled field between two of a cover sheet's fields ("Nội dung: …", "Re: …" under
    "Đến (To): …" and over "Nếu nhận không đủ trang …") is the cover's too: its subject, a
    summary of the document, never the document's own title or text."""
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if (
            line.kept
            and _LABEL.match(line.text)
            and lines[index - 1].reason in _COVER
            and lines[index + 1].reason in _COVER
        ):
            line.reason = "fax cover"


_PAGE_NUMBER: Final = re.compile(r"^\d{1,3}\s+(?=\S)|(?<=\S)\s+\d{1,3}$")


def mark_running_heads(lines: list[Line]) -> None:
    """A printed page's running head in a text (an OCR'd scan): the same line on two pages or
    more with the page's number before or after it ("TẠP CHÍ X * Số 11 - 2025   27", "28
    TẠP CHÍ X * Số 11 - 2025"). It names the periodical, never the article."""
    keyed: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        text = " ".join(line.text.split())
        bare = _PAGE_NUMBER.sub("", text)
        if bare != text and len(bare.split()) >= 2:
            keyed.setdefault(bare, []).append(index)
    for indices in keyed.values():
        numbers = {
            m.group()
            for i in indices
            if (m := _PAGE_NUMBER.search(" ".join(lines[i].text.split())))
        }
        if len(indices) >= 2 and len(numbers) >= 2:  # (the page's number changes)
            for index in indices:
                lines[index].reason = "running head"


_INSTITUTE: Final = re.compile(
    r"^(?:Viện|Trường|Khoa|Học\s+viện|Đại\s+học|Trung\s+tâm|Bộ\s+môn|Department|Faculty"
    r"|School|Institute|University|Centre|Center|College|Academy)\b[^.!?]{3,120}$",
    re.IGNORECASE,
)
_HEAD_LOOK: Final = 20  # (a paper's author sits over its abstract, near the top)


def mark_affiliations(lines: list[Line]) -> None:
    """The line right under a paper's byline that names an institution ("TS. Name" / "Viện
    Nghiên cứu …", "Dr Name" / "Department of …, University of …"): where the author works,
    the paper's front matter, not its text."""
    for index in range(1, min(len(lines), _HEAD_LOOK)):
        line = lines[index]
        if line.kept and lines[index - 1].reason == "byline" and _INSTITUTE.match(line.text):
            line.reason = "affiliation"


# A speech's or an event's card under its title: where and when, as labelled fields.
_VENUE: Final = re.compile(
    r"^(?:Địa\s+điểm|Thời\s+gian(?:\s+phát\s+biểu)?|Venue|Location|Date\s+and\s+time)\s*:\s*"
    r"[^\s.!?][^!?]{1,150}$",
    re.IGNORECASE,
)


def mark_venue_fields(lines: list[Line]) -> None:
    """ "Địa điểm: …", "Thời gian phát biểu: 7 phút", "Venue: …" near the top, before the text
    begins: the card of the occasion a speech was given at, not the speech."""
    for line in lines[:_MENU_LOOK]:
        if line.kept and is_prose(line.text) and not _VENUE.match(line.text):
            return  # (the text has begun: a venue further down is the text's own)
        if line.kept and _VENUE.match(line.text):
            line.reason = "venue"


def own_name_row(text: str, outlet: str) -> bool:
    """A line near the top that is the page's own outlet's name, or its first words ("The
    Peninsula" on "The Peninsula Newspaper"'s page): the masthead again, never a byline."""
    name, own = fold(" ".join(text.split())), fold(outlet)
    return (
        bool(name and own)
        and len(name.split()) >= 2
        and (own == name or own.startswith(f"{name} "))
    )


def late_row(text: str) -> str:
    """After the byline readers: "Trình bày: Name, role", "Presented by: Name" (a handout's
    presenter, its author)."""
    return "presenter" if _PRESENTER.match(" ".join(text.split())) else ""


__all__ = [
    "late_row",
    "mark_affiliations",
    "mark_cover_fields",
    "mark_menu_rows",
    "mark_run_on_menus",
    "mark_running_heads",
    "mark_venue_fields",
    "own_name_row",
    "run_on_row",
    "stray_row",
]

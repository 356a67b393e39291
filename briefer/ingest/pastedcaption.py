"""Photo captions and credits left as bare lines of a pasted page (pure).

A browser copy keeps a picture's caption and credit as lines of their own, with no tag to
say what they were. Two shapes still say it, whatever the outlet:

- a caption carrying its credit at its end: a credit word with its source ("… in Hanoi.
  Photo: X", "… [PHOTO CREDIT: X]", "(Courtesy of X)", "(Pic X)", "Image Credit: X"), a name
  in square brackets ("… [AGENCY]"), or an agency's short name after a dash or slash ("… in
  Hanoi / AGN", "… — Agency") or a photographer's "Agency/NAME" after the caption's stop.
  An article's sentence cites its source in its words, never as a tail after its stop; one
  that ends on an agency's sign-off reports (a reporting verb, quotes, a figure, a tense),
  which a caption describing a scene does not;
- a credit line on its own: "AGENCY PHOTO", "AGENCY/NAME SURNAME", "NAME SURNAME (AGN)",
  "Image: X", or an agency's sign-off alone under the text ("— Agency").

``captions`` calls these before its own rules: a credit line marked here makes the line
above it a caption candidate by the rules it has for any credit.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.lines import Line
from briefer.ingest.outletnames import known_outlet
from briefer.ingest.rxparts import CAPITAL as _CAP
from briefer.ingest.scenes import names_a_view, shows_a_moment
from briefer.text.dates import find_dates
from briefer.text.fold import fold

_NAME: Final = rf"[{_CAP}][\w'’.@-]*"
_UPPER: Final = rf"[{_CAP}][{_CAP}'’.-]+"
_CREDIT_WORD: Final = (
    r"(?:photo\s+credit|image\s+credit|featured\s+(?:photo|image)|file\s+(?:photo|picture)"
    r"|photos?|pic(?:ture)?s?|image|foto|credit|courtesy|ảnh(?:\s+minh\s+họa)?|nguồn\s+ảnh)"
)
# A credit in brackets at the end: "[PHOTO CREDIT: @X]", "(Pic X)", "(Courtesy of X)"; its
# source named ("… của Việt Nam (ảnh).": a sentence pointing at the picture beside it).
_BRACKET_CREDIT: Final = re.compile(
    rf"\s[\[(]\s*{_CREDIT_WORD}\b[\s:,]*[^\s\[\]()][^\[\]()]{{0,80}}[\])]\.?$", re.IGNORECASE
)
# After the caption's stop: "PHOTO BY X", "Photo via X", "Image Credit: X", "COURTESY: X";
# or after a bar, the credit word alone or with its source: "… | Courtesy", "… | Photo: X".
_LABEL_CREDIT: Final = re.compile(
    rf"[.!?]\s+{_CREDIT_WORD}\s*(?::|\bby\b|\bvia\b)\s*\S.{{0,80}}$"
    rf"|\s\|\s*{_CREDIT_WORD}(?:\s*(?::|\bby\b|\bvia\b|\bof\b)\s*\S.{{0,60}})?$"
    r"|[.!?]\s+Courtesy(?:\s+photos?)?\.?$",  # ("… on June 11. Courtesy": the word alone)
    re.IGNORECASE,
)
# A credit label in capitals after the caption's last word, with no stop before it: "Cảng X,
# thủ đô Y ẢNH: AGENCY", "… in Hanoi PHOTO: NAME SURNAME" (a print layout's credit set in
# capitals; a sentence never shouts a label with a colon in its middle).
_CAPS_CREDIT: Final = re.compile(
    rf"\s(?:ẢNH|PHOTOS?|IMAGE|FOTO|NGUỒN\s+ẢNH|ĐỒ\s+HỌA)\s*:\s*{_NAME}(?:[\s/,&-]+{_NAME}){{0,4}}$"
)
# A name in square brackets at the end: "… at the port. [AGENCY]" (a footnote mark is a digit
# or a letter, never a capitalised word).
_BRACKET_NAME: Final = re.compile(rf"\s\[{_NAME}(?:\s{_NAME}){{0,2}}\]$")
# An agency's short name after a dash, slash or bar: "… in Hanoi / AGN", "… — Agency" (an
# en dash or a bar before a short name in capitals only: "Việt Nam – Indonesia" pairs two
# countries).
_AGENCY_TAIL: Final = re.compile(
    rf"\s(?:—\s*[{_CAP}]\w{{1,11}}|/\s*[{_CAP}]\w{{1,11}}|[–|]\s*[{_CAP}]{{2,6}})$"
)
# A credit naming its picture after a dash closing the caption: "… in Hanoi. — AGN/XYZ Photo",
# "… — Reuters File Photo" (a sentence ends on its source, never on the word "Photo").
_PHOTO_TAIL: Final = re.compile(
    rf"[.!?]\s+[—–]\s*{_NAME}(?:/{_NAME})?(?:\s{_NAME})?\s+(?:File\s+)?(?:Photos?|Pic|Image)"
    rf"(?:\s{_NAME}){{0,4}}$"  # (its photographer after it: "— AGN/XYZ Photo Lê Văn A")
)
# A source and the agency that sends the picture in brackets closing a caption with no stop:
# "… in Ankara (Ministry of Trade - X News Agency)" (a sentence ends on its stop; a heading's
# bracket pairs two sides, "(Việt Nam - Lào)", not a source with a news outlet).
_SOURCE_PAIR: Final = re.compile(
    rf"[^.!?]\s\({_NAME}(?:\s(?:of|and|for|&|{_NAME})){{0,5}}\s[-–]\s"
    rf"(?P<agency>{_NAME}(?:\s{_NAME}){{0,3}})\)$"
)


# A note that the picture only illustrates, opening the line as a sentence of its own
# ("Photo for illustration purposes only.", "Ảnh mang tính minh họa.") whatever credit follows
# it ("--fotoAGENCY (2025) …"): an article's sentence never says so about itself.
_PICTURE_NOTE: Final = re.compile(
    r"^(?:photo|picture|image|ảnh)s?\s+(?:(?:is|are|used)\s+)?(?:for\s+illustrat(?:ion|ive)"
    r"(?:\s+purposes?)?(?:\s+only)?|mang\s+tính\s+minh\s+h(?:ọa|oạ))\s*(?:[.!](?:\s|$)|$)",
    re.IGNORECASE,
)


def _agency_pair(text: str) -> re.Match[str] | None:
    """The bracketed "(Source - Agency)" credit closing the line, its agency an outlet's own
    name (the outlet table's, as written there)."""
    pair = _SOURCE_PAIR.search(text)
    if pair is None:
        return None
    agency = pair["agency"]
    return pair if fold(known_outlet(agency)) == fold(agency) else None


# A photographer's credit after the caption's stop: "Agency/NAME SURNAME", "Name/Outlet",
# "Agency / Name Surname", "NAME SURNAME (AGN)".
_SLASH_TAIL: Final = re.compile(
    rf"[.!?]\s+{_NAME}(?:\s{_NAME}){{0,3}}\s*/\s*{_NAME}(?:\s[\w'’.-]+){{0,4}}$"
    rf"|[.!?]\s+{_UPPER}(?:\s{_UPPER}){{1,3}}\s\([{_CAP}]{{2,8}}\)$"
)
# A source named after the caption's stop: "… tại Lễ kỷ niệm. Nguồn: TTXVN", "… in Hanoi.
# Source: VNA" (weak: a figure's sentence cites its source so too, and tells in its tense).
_SOURCE_TAIL: Final = re.compile(
    rf"[.!?]\s+(?:Nguồn|Source)\s*:\s*{_NAME}(?:[\s/]+{_NAME}){{0,3}}$"
)
# A person's name as the caption, its source after it with no stop: "Ông Nguyễn Văn A Nguồn:
# NVCC", "Ambassador Jane Roe Source: Embassy" (every word of the name capitalised).
_NAME_SOURCE: Final = re.compile(
    rf"^(?:Ông|Bà|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|{_NAME})(?:\s{_NAME}){{1,5}}\s+(?:Nguồn|Source)\s*:\s*"
    rf"{_NAME}(?:[\s/,]+{_NAME}){{0,3}}$"
)
# What a report says and a caption does not: a reporting verb, quotes; then a tense.
_REPORTS: Final = re.compile(
    r"(?<!\w)(?:said|says|told|according|cho\s+biết|nói|theo)(?!\w)|[“”\"«»]", re.IGNORECASE
)
_TENSE: Final = re.compile(r"(?<!\w)(?:will|has|have|had|was|were|đã|sẽ)(?!\w)", re.IGNORECASE)
_PAST: Final = re.compile(r"\b(?:[a-z]+ed|met|held|rose|fell|grew|took|made)\b")
_FIGURE: Final = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion|tỷ|triệu)")
_CAPTION_WORDS: Final = 45
_PROSE_WORDS: Final = 12  # an article's sentence, not a caption or a label
_SCENE_WORDS: Final = 5  # a scene names people or a thing, and where
_SCENE_MAX: Final = 35
# Where a person stands in the picture: "(bên phải)", "(thứ hai từ trái)", "(R)", "(left)".
_POSITIONED: Final = re.compile(
    r"\((?:(?:thứ\s+\w+\s+)?từ\s+)?(?:phải|trái|giữa|bên\s+phải|bên\s+trái)(?:\s+sang)?\)"
    r"|\((?:R|L|C|left|right|centre|center|(?:second|third)\s+from\s+(?:left|right))\)"
)
# A lead's time ("Chiều 13/10, …", "Ngày 5-5, …", "On Monday, …"): a caption has none first.
_TIMED: Final = re.compile(
    r"^(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm\s+nay|Hôm\s+qua)\b|On\s+\w+day\b|\d)", re.IGNORECASE
)
# A picture's number in a document ("Hình 1: …", "Ảnh 2. …", "Figure 3: …").
_FIGURE_LABEL: Final = re.compile(r"^(?:Hình|Ảnh|Figure|Fig\.|Photo)\s*\d{1,2}\s*[:.]\s*", re.I)
# People posing for the camera or answering it: "chụp ảnh lưu niệm", "pose for a photo",
# "trả lời phỏng vấn tại Paris" (the article says what was answered, after a comma).
_POSING: Final = re.compile(
    r"(?<!\w)(?:chụp\s+ảnh\s+(?:lưu\s+niệm|chung)|pose\s+for\s+(?:a\s+)?(?:group\s+)?photo"
    r"|trả\s+lời\s+phỏng\s+vấn)(?!\w)",
    re.IGNORECASE,
)
_NUMBERED: Final = re.compile(r"^(?:\d+|[IVX]+|[a-z])[.)]\s")

# Credit lines on their own.
_ALONE: Final = re.compile(
    rf"^(?:{_UPPER}(?:\s{_UPPER})?\s+PHOTOS?"  # "AGENCY PHOTO"
    rf"|{_UPPER}/{_UPPER}(?:\s{_UPPER}){{1,3}}"  # "AGENCY/NAME SURNAME"
    rf"|{_UPPER}(?:\s{_UPPER}){{1,3}}\s\([{_CAP}]{{2,8}}\)"  # "NAME SURNAME (AGN)"
    rf"|(?i:image|foto|picture|photo)\s*:\s*\S.{{0,60}})$"
)
_SIGN_OFF: Final = re.compile(rf"^[—–]\s*{_NAME}(?:\s{_NAME})?$")


def credited_caption(text: str) -> bool:
    """The line is a picture's caption with its credit at its end (see the module)."""
    text = text.strip()
    words = len(text.split())
    if words < 3 or words > _CAPTION_WORDS:
        return False
    if _PICTURE_NOTE.match(text):
        return True  # ("Photo for illustration purposes only. --fotoAGENCY")
    strong = _BRACKET_CREDIT.search(text) or _LABEL_CREDIT.search(text)
    strong = strong or _BRACKET_NAME.search(text) or _CAPS_CREDIT.search(text)
    strong = strong or _PHOTO_TAIL.search(text)
    if _NAME_SOURCE.match(text):
        return True  # (a portrait's caption: the name and the picture's source)
    weak = None if strong else (_AGENCY_TAIL.search(text) or _SLASH_TAIL.search(text))
    weak = weak or (None if strong else _agency_pair(text))
    weak = weak or (None if strong else _SOURCE_TAIL.search(text))
    tail = strong or weak
    if tail is None:
        return False
    scene = text[: tail.start()].strip()
    if _PHOTO_TAIL.search(text):
        return len(scene.split()) >= 2  # ("… Two sentences of a caption. — AGN/XYZ Photo")
    if weak and (len(scene.split()) < _SCENE_WORDS or _NUMBERED.match(scene)):
        return False  # ("1. Hợp tác Việt Nam – LÀO": a numbered heading, not a scene)
    # (two sentences and more before the credit: the article's paragraph)
    if len(scene.split()) < 2 or len(re.findall(r"[.!?](?:\s|$)", scene.rstrip(".!?"))) > 1:
        return False
    if _REPORTS.search(scene):
        return False
    # (an agency's sign-off after a report's sentence: it tells news in its tense, with figures)
    told = _TENSE.search(scene) or _PAST.search(scene) or _FIGURE.search(scene)
    return bool(strong) or not told


def credit_line(text: str) -> str:
    """A photo's credit or an agency's sign-off alone on its line, or ""."""
    text = text.strip()
    if len(text.split()) > 8 or (text.endswith((".", ",", ";", "?", "!")) and ":" not in text):
        return ""
    if _SIGN_OFF.match(text):
        return "credit line"
    return "photo credit" if _ALONE.match(text) else ""


def mark_pasted_captions(lines: list[Line]) -> None:
    """Mark captions carrying their credit and credit lines standing alone inside the text
    (a name over an outlet at the text's foot or top, "NAME (AGN)", is its byline)."""
    # (whether the article's prose is kept below each line, read once: the lines below are
    # not marked yet; the prose above is followed as the lines are marked)
    below = _prose_below(lines)
    above = False
    for index, line in enumerate(lines):
        if line.kept:
            if credited_caption(line.text) or (
                below[index] and _no_list_over(lines, index) and scene_caption(line.text)
            ):
                line.reason = "photo caption"
            elif below[index] and above:
                line.reason = credit_line(line.text) or line.reason
        above = above or (line.kept and _prose(line.text))


def _prose_below(lines: list[Line]) -> list[bool]:
    """For each line, whether a kept line of the article's prose stands anywhere under it."""
    below: list[bool] = []
    seen = False
    for line in reversed(lines):
        below.append(seen)
        seen = seen or (line.kept and _prose(line.text))
    return below[::-1]


def _no_list_over(lines: list[Line], index: int) -> bool:
    """The kept line above does not announce a list (an item under "… gồm các nội dung:" is
    the list's)."""
    above = next((lines[k] for k in range(index - 1, -1, -1) if lines[k].kept), None)
    return above is None or not above.text.rstrip().endswith(":")


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and text.rstrip().endswith((".", "!", "?", "…"))


def scene_caption(text: str) -> bool:
    """A caption with no credit: one line describing the picture in the present, that names
    a view ("Quang cảnh …", "A general view of …"), shows its moment (a gift handed over, a
    handshake) or where a person stands in it ("(bên phải)", "(right)"), and tells nothing
    in a sentence's tense, no figure and no time (a lead opens on its day: "Chiều 13/10, …")."""
    text = text.strip()
    words = len(text.split())
    if words < 4 or words > _SCENE_MAX or ";" in text or _REPORTS.search(text):
        return False
    if _TENSE.search(text) or _PAST.search(text) or _FIGURE.search(text) or _TIMED.match(text):
        return False
    if _POSITIONED.search(text):
        return True  # (the titles around a name take commas: "Minister X, Senator Y (right), …")
    if "," in text.rstrip(",") or re.search(r"[.!?…]\s", text):
        return False  # (a second clause or sentence: the article's)
    return (
        names_a_view(_FIGURE_LABEL.sub("", text))
        or shows_a_moment(text)
        or _POSING.search(text) is not None
    )


def caption_year(lines: list[Line]) -> int | None:
    """The year of the day a credited caption dates ("… in Jakarta on July 16, 2025. Photo:
    X"), when such captions date one year only: with no year in the text left, the days it
    names without one ("on Wednesday, July 16") are the picture's year, as they were with
    the caption in the body."""
    years = {
        int(d.start[:4])
        for line in lines
        if line.reason == "photo caption" and credited_caption(line.text)
        for d in find_dates(line.text)
        if d.precision == "day" and len(d.start) == 10 and re.search(r"\b(?:19|20)\d\d\b", d.text)
    }
    return years.pop() if len(years) == 1 else None


__all__ = [
    "caption_year",
    "credit_line",
    "credited_caption",
    "mark_pasted_captions",
    "scene_caption",
]

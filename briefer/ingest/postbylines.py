"""Writers named in three shapes the byline rules of ``lines`` and ``dochead`` pass by (pure).

Owns, for ``analysis.metadata_of``'s choice of the author (taken only when the text's and the
page's rules name no one):

- a name, then their post at the outlet after a comma or a dash ("JANE ROE, Harbour Times
  staff writer", "Jane Roe, Europe correspondent", "Jane Roe - Harbour Times reporter"),
  under the headline; also a researcher's post
  and unit on a think tank's paper ("Jane Roe, Senior Researcher, Trade Programme");
- a closing byline of a name, a dash and the publisher's kind of outlet in short ("Minh
  Anh - Cổng TTĐT tỉnh", "Lan Chi - Báo X"), at the end of the text;
- a name, a dash and the unit they write from ("Jane Roe - Trade Office of X in Y", "Phạm
  Văn A - Thương vụ Việt Nam tại X") on the line under the headline (:func:`unit_writer`);
- the speaker a speech's title names ("…: speech by Minister Jane Roe", "Phát biểu của Bộ
  trưởng Nguyễn Văn A tại …") when the text is the speech itself, opening on its salutation
  ("Excellencies, …", "Kính thưa …"): a speech's speaker is its author; a page that reports
  on a speech or introduces it in its own words is another's text.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.metadata import UNIT_NAME
from briefer.ingest.salutations import is_salutation

_CAP: Final = "A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
_WORD: Final = rf"[{_CAP}][^\W\d_]*(?:['’-][^\W\d_]+)*"
_NAME: Final = rf"(?P<name>{_WORD}(?:\s+(?:[{_CAP}]\.\s+)?{_WORD}){{1,3}})"
_HEAD_LINES: Final = 20  # where a byline under the headline stands
_FOOT_LINES: Final = 8  # where a closing byline stands
_PROSE_WORDS: Final = 12  # a line longer than this, ended by a stop, is a paragraph
_OPENING: Final = 8  # the lines under a speech's title where its salutation opens the text

# (the post after a comma or a spaced dash: "Jane Roe - Harbour Times reporter")
_NAME_POST: Final = re.compile(
    rf"^{_NAME}(?:,\s+|\s+[-–—]\s+)(?:[\w&.’'-]+\s+){{0,3}}(?:staff\s+writer|senior\s+writer|writer"
    r"|correspondent|reporter|columnist|contributor|editor)$",
    re.IGNORECASE,
)
# A research post, then the unit it is held in ("Senior Researcher, Global Economy").
_NAME_RESEARCH: Final = re.compile(
    rf"^{_NAME},\s+(?:[\w-]+\s+){{0,2}}(?:researcher|fellow|analyst|economist|professor"
    r"|lecturer|scholar|nghiên\s+cứu\s+viên(?:\s+chính|\s+cao\s+cấp)?)(?:,\s+[^.;]{2,60})?$",
    re.IGNORECASE,
)
# (the case-blind match above takes any word for a name's: a name's words are capitalised)
_NAME_DASH_OUTLET: Final = re.compile(
    rf"^{_NAME}\s+[-–]\s+(?:Cổng|Báo|Tạp\s+chí|Đài|Trang\s+tin|Thông\s+tấn\s+xã)\s+\S.{{0,40}}$"
)
# "Name - Thương vụ Việt Nam tại X", "Name – Trade Office of Viet Nam in X": a writer and the
# unit they write from, on the line under a bulletin's or a report's headline
_NAME_UNIT: Final = re.compile(
    rf"^{_NAME}\s+[-–]\s+(?:Thương\s+vụ|Vụ|Cục|Sở|Viện|Trung\s+tâm|Đại\s+sứ\s+quán"
    r"|Tổng\s+Lãnh\s+sự\s+quán|Trade\s+Office|Embassy|Consulate|Department|Institute)\s+\S"
    r"[^.;:]{0,90}$"
)
_UNDER_TITLE: Final = 2  # the lines under the headline where its writer's credit stands
# A person's office or honorific before the name (a speech's speaker, a pull quote's credit);
# matched case-blind.
OFFICES: Final = (
    r"(?:(?:Prime|Deputy|Vice|Foreign|State|Trade|Finance|Economy)\s+)*(?:Minister|Secretary"
    r"|President|Ambassador|Governor|Mayor|Chancellor|Commissioner|Director)(?:\s+of\s+\S+)?"
    r"|(?:H\.?E\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Hon\.?)"
    r"|(?:Phó\s+)?(?:Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Chủ\s+tịch(?:\s+nước)?|Đại\s+sứ"
    r"|Tổng\s+Bí\s+thư|Bí\s+thư|Giám\s+đốc)"
    # (the ministry after the office, capitalised only on its first word: "Thứ trưởng Ngoại
    # giao", "Bộ trưởng Bộ Tài chính")
    rf"(?-i:\s+(?:Bộ\s+)?[{_CAP}][^\W\d_]*(?:\s+[a-zđ][^\W\d_]*)+)?"
    r"|ông|bà|đồng\s+chí"
)
_SPEECH_BY: Final = re.compile(
    r"(?:^|[:–-]\s*)(?:(?:keynote\s+)?speech|address|remarks|statement|(?:bài\s+)?phát\s+biểu"
    rf"|diễn\s+văn)\s+(?:by|của)\s+(?:(?:{OFFICES})\s+)*{_NAME}"
    r"(?:\s+(?:at|tại|on|về)\s.*)?$",
    re.IGNORECASE,
)


def _cased(name: str) -> str:
    if name.isupper():
        return " ".join(w[:1] + w[1:].lower() for w in name.split())
    return name


def _person(name: str) -> bool:
    words = name.split()
    return all(w[:1].isupper() for w in words) and not UNIT_NAME.search(name)


def post_writer(text: str) -> str:
    """The writer of a "Name, Outlet staff writer" line under the headline, or of a closing
    "Name - Cổng/Báo …" line; "" when the text has neither."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    for line in lines[:_HEAD_LINES]:
        match = _NAME_POST.match(line) or _NAME_RESEARCH.match(line)
        if match and _person(match.group("name")):
            return _cased(match.group("name"))
    for line in lines[-_FOOT_LINES:]:
        match = _NAME_DASH_OUTLET.match(line)
        if match and _person(match.group("name")):
            return _cased(match.group("name"))
    return ""


def unit_writer(text: str, title: str) -> str:
    """The writer a "Name - Unit" line right under the headline credits ("Phạm Văn A -
    Thương vụ Việt Nam tại X" → "Phạm Văn A"); "" when no such line follows the title."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    title = " ".join(title.split())
    at = lines.index(title) + 1 if title in lines[:_HEAD_LINES] else 0
    for line in lines[at : at + _UNDER_TITLE] if at else []:
        match = _NAME_UNIT.match(line)
        if match and _person(match.group("name")):
            return _cased(match.group("name"))
    return ""


def _opens_on_salutation(text: str, title: str = "") -> bool:
    """The text opens on a salutation before any paragraph of prose (an introduction in the
    site's own words, "X delivered the following speech …", comes first otherwise), counted
    from the title's line (a letterhead's lines may stand above it)."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    title = " ".join(title.split())
    start = lines.index(title) if title in lines[: _OPENING * 2] else 0
    for line in lines[start : start + _OPENING]:
        if is_salutation(line):
            return True
        if line.endswith(".") and len(line.split()) > _PROSE_WORDS:
            return False
    return False


def speech_speaker(title: str, text: str) -> str:
    """The speaker a speech's title names after its office ("speech by Minister Jane Roe" →
    "Jane Roe") when ``text`` is the speech, its salutation among its first lines; "" for
    any other title or text."""
    match = _SPEECH_BY.search(" ".join(title.split()))
    if not match or not _opens_on_salutation(text, title):
        return ""
    name = match.group("name")
    # (a title in capitals names an office as well as a person: no name to tell)
    return name if _person(name) and not name.isupper() else ""

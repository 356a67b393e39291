"""What an article says about itself: outlet, author, URL, publication date, language.

Owns the recognisers for the lines news sites put around an article ("Nguồn VOV: https://…",
"Việt Cường/VOV", "(TTXVN/Vietnam+)", "Theo dõi Baoquocte.vn trên", "(từ Santiago, Chile)"),
and the reading of the publication date from a dated
lead ("Sáng 25/8, …", "hôm nay … từ 12 - 16/11") with the year taken from the text itself.
Only the cleaned body is ever looked at for dates, so a dated headline in a removed sidebar
cannot become the publication date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from briefer.ingest.outletnames import known_outlet
from briefer.ingest.plannedyears import planned_spans, witness_years
from briefer.text import daytime
from briefer.text.dates import DateRef, find_dates
from briefer.text.language import language_of

# In a byline of labelled credits, who did what: "Bài: …" wrote, "Ảnh: …" photographed.
_CREDIT_LABEL: Final = re.compile(
    r"^(?:Ảnh|Photos?|Video|Clip|Đồ\s+họa|Đồ\s+hoạ|Graphics?|Thiết\s+kế|Design|Trình\s+bày"
    r"|Dựng\s+phim|Quay\s+phim|Camera(?:man)?|Editor|Editing|Biên\s+tập(?:\s+viên)?)\s*:"
    r"|^(?:Edited|Editing)\s+by\s",  # ("Editor: X", "Camera: X": who edited or filmed)
    re.IGNORECASE,
)
_WRITER_LABEL: Final = re.compile(
    r"^(?:Bài|Tin|Text|Texte|Texto|Testo|Story|Words|News|Author|Auteur|Autor|Tác\s+giả"
    # (a writer's post as the label: "Reporter: X | Editor: Y", "Phóng viên: X")
    r"|Thực\s+hiện|By|Reporter|Correspondent|Writer|Phóng\s+viên)\s*:\s*",
    re.IGNORECASE,
)


# "Tin, ảnh: …", "Tin-ảnh: …", "Bài và ảnh: …", "Text and photos: …": one person wrote and
# photographed.
# (the joiner of a joint credit's two labels, one spelling for every label: "Tin, ảnh",
# "Bài và ảnh", "Text & photos", "Tin-ảnh", "Ảnh – bài")
_JOINT: Final = r"[^\S\n]*(?:,|và|and|&|[-–])[^\S\n]*"
_JOINT_LABEL: Final = re.compile(
    rf"^(?:(?:Tin|Bài|Text|Story|Words){_JOINT}(?:ảnh|photos?)"
    rf"|(?:Ảnh|Photos?){_JOINT}(?:bài|tin|text|words|story))\s*:\s*",
    re.IGNORECASE,
)


def writer_of(byline: str) -> str:
    """ "Bài: Thu Hằng | Ảnh: Lâm Hiển" → "Thu Hằng": in a byline of credits split by "|"
    or ";", the writer is the one part that is not a photo, video or design credit (the
    byline as given when that is not its shape)."""
    byline = _DONE_BY_END.sub("", byline)  # "Nhóm phóng viên thực hiện": the writers
    # ("Bài, ảnh: X - Y": who wrote and photographed, all of them writers)
    byline = _JOINT_LABEL.sub("", byline)
    # ("Story: … - Photos: …": a dash parts the credits too)
    parts = [p.strip() for p in re.split(r"\s*[|;·•]\s*|\s+[-–]\s+", byline) if p.strip()]
    if len(parts) < 2:
        # ("Tin, ảnh: X", "Bài: X" alone: the writer without the label)
        return _WRITER_LABEL.sub("", _JOINT_LABEL.sub("", byline))
    writers = [p for p in parts if not _CREDIT_LABEL.match(p)]
    if len(writers) != 1 or len(writers) == len(parts):
        return byline
    return _WRITER_LABEL.sub("", writers[0]).strip()


def writer_field(cell: str) -> str:
    """The name a writer's labelled field gives ("Reporter: X", "Phóng viên: X" → "X"), or ""
    for any other field (an editor's, a photographer's, a poster's: not the writer)."""
    cell = cell.strip()
    match = _WRITER_LABEL.match(cell)
    name = cell[match.end() :].strip() if match else ""
    return name if name[:1].isupper() else ""


def author_of(byline: str) -> str:
    """The person a byline names: its writer (:func:`writer_of`), without a label, "By" or
    the outlet after it ("Name / Outlet", "Name, OUTLET"); a name in capitals capitalised."""
    name = _JOINT_LABEL.sub("", writer_of(" ".join(byline.split())))
    name = _WRITER_LABEL.sub("", name)  # "Bài: X" alone, without a photo credit beside it
    name = re.sub(r"^(?:By|by|Bởi)\s+", "", name).strip(" ,;-–")
    parts = re.split(r"\s*[,/]\s*|\s+[-–]\s+", name)
    if len(parts) == 2 and known_outlet(parts[1]) and not known_outlet(parts[0]):
        name = parts[0]
    if name.isupper() and sum(c.isalpha() for c in name) >= 2:
        name = " ".join(w[:1] + w[1:].lower() for w in name.split())
    return name


_B: Final = r"[^\S\n]"
_URL: Final = re.compile(r"https?://[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]]")
# "Nguồn VOV: https://…", "Nguồn: TTXVN", "Nguồn: https://…"
SOURCE_LINE: Final = re.compile(
    rf"^Nguồn{_B}*(?P<outlet>[^:\n]{{0,60}}?){_B}*:{_B}*(?P<rest>.*)$", re.IGNORECASE
)
# "(TTXVN/Vietnam+)", "(VOV)", "(Theo TTXVN)": an outlet in parentheses on a line of its own.
# (a jump line, "(Xem tiếp trang 31)", "(Continued on page 5)", sends to a page: no outlet)
OUTLET_LINE: Final = re.compile(
    r"^\((?!.*\b(?:[Tt]rang|[Pp]age|[Pp]\.|[Tt]r\.)\s*\d)(?:[Tt]heo\s+)?"
    r"(?P<outlet>[A-ZĐ][\w.+&/ -]{1,40})\)$"
)
_CAPITAL: Final = "[A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ]"
# "Theo VnExpress", "Theo TTXVN" at the end of an article.
THEO_LINE: Final = re.compile(
    rf"^Theo{_B}*:?{_B}+(?P<outlet>{_CAPITAL}[\w.+&/ -]{{1,40}})$"  # ("Theo Ủy ban …")
)
NAME_WORD: Final = rf"{_CAPITAL}[\w'-]*"
# "Name thực hiện", "Name (thực hiện)": a credit for who did the piece (an interview, a
# report), the name its writer.
_DONE_BY: Final = (
    rf"(?:{_B}+\(?(?:thực{_B}+hiện|ghi|lược{_B}+ghi|tổng{_B}+hợp)\)?)"  # ("X ghi": noted by X)
)
_DONE_BY_END: Final = re.compile(rf"{_DONE_BY}$")
# "Tuấn Anh", "Việt Cường/VOV", "Minh Hòa (TTXVN)", "Bài và ảnh: Tuấn Anh"
BYLINE: Final = re.compile(
    rf"^(?:(?:Bài|Tác{_B}giả|Bài{_JOINT}[ảẢ]nh|Nhóm{_B}PV|PV|Phóng{_B}viên|Story"
    rf"|Text)\s*:?\s*"
    # ("Tin, ảnh: …", "Text and photos: …", "Words: …": labels that need their colon)
    rf"|(?:Tin|Text|Words|Story)(?:{_JOINT}(?:[ảẢ]nh|[Pp]hotos?))?{_B}*:\s*"
    rf"|(?i:writer|author|reporter){_B}*:\s*"  # ("WRITER: Name" on a printed page's head)
    rf"|(?:Ảnh|Photos?){_JOINT}(?:[bB]ài|[tT]in|[tT]ext|[wW]ords){_B}*:\s*)?"
    # ("TS. Name", "PGS.TS. Name": a writer's degree before the name)
    rf"(?:(?:PGS|GS|TS|ThS|NCS|Dr|Prof)\.{_B}*)*"
    # ("Nhóm PV Kinh tế", "Nhóm phóng viên": a team of reporters signs)
    rf"(?P<author>{NAME_WORD}(?:{_B}{NAME_WORD}){{1,4}}"
    rf"|Nhóm{_B}+(?:PV|phóng{_B}+viên)(?:{_B}+[^\W\d_]+){{0,3}})"
    rf"(?:{_B}*/{_B}*(?P<outlet>[\w.+&-]{{2,30}}(?:{_B}[\w.+&-]+){{0,2}})"
    rf"|{_B}*\((?P<outlet2>[\w.+&/ -]{{2,30}})\))?{_DONE_BY}?$"
)
# A surname's particle in lower case inside a name: "Niels de Vries", "Ana da Silva".
_PARTICLE: Final = r"(?:de|van|von|der|den|da|di|du|del|dos|das|la|le|ter|ten|bin|binti)"
# A writer under a reporting label ("Reporting by Name", "Story: Name", "PV: Name"; a video's
# "Biên tập: Name | Quay phim: …": its editor tells the story; a compiler "Người biên soạn: X")
_REPORTER: Final = re.compile(
    rf"^(?:(?:Reporting|Reported|Written|Writing|Words|Story|Text|Posted)(?:{_B}+[Bb]y{_B}*:?|{_B}*:)"
    rf"|Phóng{_B}+viên{_B}*:|PV{_B}*:|(?:Biên{_B}+tập|Editor){_B}*:(?=.*(?:Quay{_B}+phim|Camera))"
    # ("Người đăng: Name": who posted it, as "Posted by Name"; a desk posting is no name)
    rf"|Người{_B}+viết{_B}*:|Người{_B}+đăng{_B}*:|Tác{_B}+giả{_B}*:|Author{_B}*:|(?:Người{_B}+)?[Bb]iên{_B}+soạn{_B}*:|Compiled{_B}+by"
    rf"|(?:Người|Cán{_B}+bộ){_B}+(?:soạn(?:{_B}+thảo)?|lập){_B}*:|Prepared{_B}+by{_B}*:?"
    # "Thực hiện: Name": who conducted an interview or a feature, its writer
    rf"|(?:Người{_B}+)?[Tt]hực{_B}+hiện{_B}*:"
    rf"|Người{_B}+(?:báo{_B}+cáo|tổng{_B}+hợp){_B}*:)"  # ("Người báo cáo: X": a report's writer)
    # (a degree or post before the name is no part of it: "ThS. Name", "Tham tán Name")
    rf"{_B}*(?:(?:GS|PGS|TS|ThS|NCS|Dr|Prof)\.{_B}*|(?:Tham{_B}+tán(?:{_B}+Thương{_B}+mại)?"
    rf"|Tùy{_B}+viên(?:{_B}+Thương{_B}+mại)?|(?:Trade{_B}+)?Counsell?or){_B}+)*"
    rf"{_B}*(?P<name>{NAME_WORD}(?:{_B}(?:{_PARTICLE}{_B})?{NAME_WORD}){{1,3}})"
    # ("Posted by Name on 4 March 2025": the day after the name; a print view's "Posted By
    # Name On June 19, 2025 @ 10:12 am" writes its labels capitalised)
    rf"(?:{_B}+[-–|]{_B}+.*|{_B}*[;,]{_B}*.*|{_B}+[Oo]n{_B}+.*\d.*)?$"
)
# A unit's name, not a person's: "International Affairs Department", "Ban Đối ngoại".
# A media group or company is never an author either ("Observer Media Group", "… JSC").
UNIT_NAME: Final = re.compile(
    r"\b(?:Department|Division|Office|Unit|Desk|Secretariat|Directorate|Bureau|Group|Media"
    r"|Company|Corporation|Corp|Inc|Ltd|LLC|JSC|Holdings|Network|Newsroom|Staff|Team|Agency"
    r"|Press|Publishing|Publications|Editors|Reporters|Correspondents"
    # (a state body, a government page's publisher box: "The Federal Council", "Ministry")
    r"|Council|Commission|Ministry|Government|Chancellery|Cabinet|Parliament|Assembly"
    r"|Presidency|Senate|Embassy|Consulate)\.?$"
    r"|^(?:Ban|Phòng|Vụ|Cục|Văn\s+phòng|Department|Office|Division|Tập\s+đoàn|Công\s+ty"
    r"|Tòa\s+soạn|Toà\s+soạn)\s+\S"
    # ("The Council of Ministers", "Ministry of Foreign Affairs": a state body by its name)
    r"|^(?:The\s+)?(?:Ministry|Council|Commission)\s+(?:[\w'’.-]+\s+){0,3}?of\s+\S",
)


def name_before_stamp(name: str) -> str:
    """ "Viet Anh Sunday", "Hoang Vu Updated" → the name: the words of a byline's name before
    the stamp after it (its date cut already), a weekday, month or label no name holds."""
    from briefer.ingest.stamplines import stamp_remainder

    kept = set(stamp_remainder(name).split())
    words = name.split()
    # (a hyphenated surname stays whole in what the stamp leaves: "Gita-Carlos")
    while words and not (
        words[-1] in kept or any(p in kept for p in re.split(r"[-–.,']+", words[-1]) if p)
    ):
        words.pop()
    return " ".join(words)


# A wire agency's initials signing off the article's last sentence: "… in 2026. — MNA"
_SIGN_OFF: Final = re.compile(
    r"[.!?\"”’)]\s+(?:[—–]{1,2}\s*|-\s+)(?P<agency>[A-Z]{2,6})\s*$", re.MULTILINE
)


def signing_agency(text: str) -> str:
    """The agency whose initials sign off a paragraph (the last that does), else ""."""
    found = [m.group("agency") for m in _SIGN_OFF.finditer(text)]
    return found[-1] if found else ""


def reporter_in(text: str) -> str:
    """The writer a reporting label names ("Reporting by Eleni …" → "Eleni …"), else ""."""
    from briefer.ingest.jointbyline import with_co_writer

    flat = " ".join(text.split())
    match = _REPORTER.match(flat)
    # ("Phóng viên: A - B / QTV": two reporters, both the writers)
    return with_co_writer(flat, match.group("name")) if match else ""


# "(từ Santiago, Chile)", "(Phóng viên TTXVN tại Lima)": where the reporter wrote from.
DATELINE: Final = re.compile(r"^\((?:từ|Từ|tại|Tại|Phóng viên|PV|from|From)\b[^()\n]{1,80}\)$")
# "Baku, May 14, AZERTAC", "HÀ NỘI, 14/5 (TTXVN)", "Vientiane, 3 June (KPL)": a wire
# agency's dateline on a line of its own (a place, a day, the agency's short name).
_MONTH_EN: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
AGENCY_DATELINE: Final = re.compile(
    rf"^[^\W\d_][\w'.-]*(?:{_B}[^\W\d_][\w'.-]*){{0,2}},{_B}+"
    rf"(?:{_MONTH_EN}{_B}+\d{{1,2}}|\d{{1,2}}{_B}+{_MONTH_EN}|\d{{1,2}}[/.-]\d{{1,2}})"
    rf"(?:,?{_B}+\d{{4}})?(?:,{_B}*|{_B}*\(|{_B}+[-–]{_B}+)"
    rf"(?P<agency>[A-ZĐ][A-ZĐ&+.]{{1,11}}(?:/[A-ZĐ][\w+.]{{1,15}})?"
    rf"|(?<=\()[A-Z][a-z]+(?:{_B}[A-Z][a-z]+){{1,2}}(?=\)\.?$))\)?\.?"  # "(Prensa Latina)"
    # (a wire's dateline set on its own line with the dash that leads into the story:
    # "Muscat, Feb 18 (ONA) --")
    rf"(?:(?<=\)){_B}*(?:--|[–—]))?$"
)

_TIME_WORD: Final = daytime.BEFORE_NUMBER
_TODAY: Final = re.compile(rf"(?<!\w)(?:[Hh]ôm{_B}+nay|[Tt]oday)(?!\w)")
# The n-th APEC Economic Leaders' Meeting: yearly since the 1st (Blake Island, 1993), except
# 2019 (Santiago, cancelled): the 14th was Hà Nội 2006, the 25th Đà Nẵng 2017, the 30th San
# Francisco 2023.
_APEC_ORDINAL: Final = re.compile(
    rf"(?:Hội{_B}+nghị{_B}+(?:Cấp|cấp){_B}+cao|HNCC){_B}+APEC{_B}+(?:lần{_B}+thứ{_B}+)?"
    rf"(?P<n>\d{{1,2}})(?!\d)"
)
# A verb that reports what is done (past tense, or Vietnamese "đã"/"đạt").
_PAST: Final = re.compile(
    r"(?<![^\W\d_])(?:was|were|grew|rose|fell|reached|amounted|totall?ed|increased|decreased"
    r"|climbed|dropped|signed|held|said|đã|đạt|tăng|giảm)(?![^\W\d_])",
    re.IGNORECASE,
)


def first_url(text: str) -> str:
    match = _URL.search(text)
    return match.group() if match else ""


def _years(refs: Sequence[DateRef]) -> list[int]:
    years = []
    for ref in refs:
        years.append(int(ref.start[:4]))
        if ref.end[:4] != ref.start[:4]:
            years.append(int(ref.end[:4]))
    return years


def _apec_year(text: str) -> int | None:
    match = _APEC_ORDINAL.search(text)
    if match is None:
        return None
    n = int(match.group("n"))
    if not 1 <= n <= 60:
        return None
    return 1992 + n if n <= 26 else 1993 + n


def context_year(paragraphs: Sequence[str], lead: str) -> int | None:
    """The year the article is written in, as far as its text tells.

    In order: a year written in the dated lead sentence; the year of the APEC leaders'
    meeting named there ("Hội nghị Cấp cao APEC lần thứ 30" → 2023); else the year the body
    names most often (the latest on a tie; a plain scan for 19xx/20xx, cheaper than reading
    every date and as good for a majority vote).
    """
    # (a year an event's or a plan's name holds, or a target looks ahead to, is no
    # evidence of when the text was written: "ahead of Expo 2027", "tầm nhìn 2045")
    planned = planned_spans(lead)
    years = _years([r for r in find_dates(lead) if not any(a <= r.pos < b for a, b in planned)])
    if years:
        return max(years)
    apec = _apec_year(lead)
    if apec is not None:
        return apec
    counts = Counter(y for p in paragraphs for y in witness_years(p))
    if not counts:
        return None
    voted = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    # (a page is at least as late as the latest year it reports as done: "grew … in
    # January-September 2025" dates a page that also recalls "In 2024, trade amounted to")
    # (a year written holds "19" or "20": a paragraph without either is not split for none)
    done = [
        y
        for p in paragraphs
        if "19" in p or "20" in p
        for s in _sentences_of(p)
        if _PAST.search(s)
        for y in witness_years(s)
    ]
    return max([voted, *done])


def _sentences_of(paragraph: str) -> list[str]:
    from briefer.ingest.sentences import split_sentences

    return [paragraph[a:b] for a, b in split_sentences(paragraph)]


def dated_lead(paragraphs: Sequence[str], look: int = 3) -> tuple[str, int] | None:
    """The sentence that dates the article ("Sáng 25/8, …") and where its date starts."""
    for paragraph in paragraphs[:look]:
        for sentence in _sentences_of(paragraph):
            time_word = _TIME_WORD.search(sentence)
            if time_word:
                return sentence, time_word.end()
            today = _TODAY.search(sentence)
            if today:
                return sentence, today.end()
    return None


def published_on(paragraphs: Sequence[str]) -> tuple[str, int | None]:
    """(ISO publication date as far as the text tells, the context year) from the body.

    A dated lead gives a day ("2024-08-25"); without one, the year of the article when the
    first paragraph names it ("2024"); else "".
    """
    lead = dated_lead(paragraphs)
    year = context_year(paragraphs, lead[0] if lead else "")
    if lead is not None:
        sentence, at = lead
        refs = [r for r in find_dates(sentence, year) if r.precision == "day" and r.pos >= at - 1]
        if refs:
            return refs[0].start, year
    wired = _dateline_day(paragraphs, year)
    if wired:
        return wired, year
    if year is not None and paragraphs and str(year) in paragraphs[0]:
        return str(year), year
    return "", year


def _dateline_day(paragraphs: Sequence[str], year: int | None) -> str:
    """The day a wire's dateline opening one of the first paragraphs gives ("Lima, Nov. 6
    (ANDINA). Peru and …"), in the text's year when it names none ("")."""
    for paragraph in paragraphs[:3]:
        sentences = _sentences_of(paragraph)
        if sentences and AGENCY_DATELINE.match(sentences[0].strip()):
            days = [r for r in find_dates(sentences[0], year) if r.precision == "day"]
            if len(days) == 1 and len(days[0].start) == len("2025-01-01"):
                return days[0].start
    return ""


__all__ = [
    "BYLINE",
    "DATELINE",
    "NAME_WORD",
    "OUTLET_LINE",
    "SOURCE_LINE",
    "THEO_LINE",
    "UNIT_NAME",
    "context_year",
    "dated_lead",
    "first_url",
    "language_of",
    "name_before_stamp",
    "published_on",
    "reporter_in",
    "writer_field",
    "writer_of",
]

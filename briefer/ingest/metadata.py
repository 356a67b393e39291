"""What an article says about itself: outlet, author, URL, publication date, language.

Owns the recognisers for the lines news sites put around an article ("Nguồn VOV: https://…",
"Việt Cường/VOV", "(TTXVN/Vietnam+)", "Theo dõi Baoquocte.vn trên", "(từ Santiago, Chile)"),
the table of outlets by web domain, and the reading of the publication date from a dated
lead ("Sáng 25/8, …", "hôm nay … từ 12 - 16/11") with the year taken from the text itself.
Only the cleaned body is ever looked at for dates, so a dated headline in a removed sidebar
cannot become the publication date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final
from urllib.parse import urlsplit

from briefer.text.dates import DateRef, find_dates

# Outlets by web domain (the part after "www."). Names as the outlets write them.
OUTLETS: Final[dict[str, str]] = {
    "baoquocte.vn": "Báo Thế giới và Việt Nam (baoquocte.vn)",
    "vov.vn": "VOV",
    "vietnamplus.vn": "TTXVN/Vietnam+",
    "baotintuc.vn": "Báo Tin tức (TTXVN)",
    "nhandan.vn": "Báo Nhân Dân",
    "baochinhphu.vn": "Báo Điện tử Chính phủ",
    "chinhphu.vn": "Cổng Thông tin điện tử Chính phủ",
    "mofa.gov.vn": "Bộ Ngoại giao",
    "qdnd.vn": "Báo Quân đội nhân dân",
    "dangcongsan.vn": "Báo Điện tử Đảng Cộng sản Việt Nam",
    "vnexpress.net": "VnExpress",
    "tuoitre.vn": "Tuổi Trẻ",
    "thanhnien.vn": "Thanh Niên",
    "vietnamnet.vn": "VietNamNet",
    "vtv.vn": "VTV",
    "zingnews.vn": "Znews",
    "znews.vn": "Znews",
    "laodong.vn": "Lao Động",
    "sggp.org.vn": "Sài Gòn Giải Phóng",
    "hanoimoi.vn": "Hà Nội Mới",
    "congthuong.vn": "Báo Công Thương",
    "vneconomy.vn": "VnEconomy",
    "en.vietnamplus.vn": "VietnamPlus",
    "vietnamnews.vn": "Viet Nam News",
}

_B: Final = r"[^\S\n]"
_URL: Final = re.compile(r"https?://[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]]")
# "Nguồn VOV: https://…", "Nguồn: TTXVN", "Nguồn: https://…"
SOURCE_LINE: Final = re.compile(
    rf"^Nguồn{_B}*(?P<outlet>[^:\n]{{0,60}}?){_B}*:{_B}*(?P<rest>.*)$", re.IGNORECASE
)
# "(TTXVN/Vietnam+)", "(Vietnam+)", "(VOV)": an outlet in parentheses on a line of its own.
OUTLET_LINE: Final = re.compile(r"^\((?P<outlet>[A-ZĐ][\w.+&/ -]{1,40})\)$")
# "Theo VnExpress", "Theo TTXVN" at the end of an article.
THEO_LINE: Final = re.compile(rf"^Theo{_B}+(?P<outlet>[A-ZĐ][\w.+&/ -]{{1,40}})$")
# "Theo dõi Baoquocte.vn trên", "Theo dõi VOV trên Google News": a follow-us widget.
FOLLOW_LINE: Final = re.compile(
    rf"^(?:Theo{_B}+dõi|Follow(?:{_B}+us)?)(?:{_B}+(?P<outlet>\S+(?:{_B}\S+){{0,3}}?))?"
    rf"{_B}+(?:trên|on)(?:{_B}+.{{0,30}})?$",
    re.IGNORECASE,
)
_NAME_WORD: Final = (
    r"[A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ][\w'-]*"
)
# "Tuấn Anh", "Việt Cường/VOV", "Minh Hòa (TTXVN)", "Bài và ảnh: Tuấn Anh"
BYLINE: Final = re.compile(
    rf"^(?:(?:Bài|Tác{_B}giả|Bài{_B}và{_B}ảnh|Nhóm{_B}PV|PV|Phóng{_B}viên)\s*:?\s*)?"
    rf"(?P<author>{_NAME_WORD}(?:{_B}{_NAME_WORD}){{1,4}})"
    rf"(?:{_B}*/{_B}*(?P<outlet>[\w.+&-]{{2,30}})|{_B}*\((?P<outlet2>[\w.+&/ -]{{2,30}})\))?$"
)
# "(từ Santiago, Chile)", "(Phóng viên TTXVN tại Lima)": where the reporter wrote from.
DATELINE: Final = re.compile(r"^\((?:từ|Từ|tại|Tại|Phóng viên|PV|from|From)\b[^()\n]{1,80}\)$")

_TIME_WORD: Final = re.compile(
    rf"(?<!\w)(?:[Rr]ạng{_B}+sáng|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Kk]huya)"
    rf"(?:{_B}+(?:nay|qua|mai|ngày))?{_B}+(?=\d)"
)
_TODAY: Final = re.compile(rf"(?<!\w)(?:[Hh]ôm{_B}+nay|[Tt]oday)(?!\w)")
# The n-th APEC Economic Leaders' Meeting: yearly since the 1st (Blake Island, 1993), except
# 2019 (Santiago, cancelled): the 14th was Hà Nội 2006, the 25th Đà Nẵng 2017, the 30th San
# Francisco 2023.
_APEC_ORDINAL: Final = re.compile(
    rf"(?:Hội{_B}+nghị{_B}+(?:Cấp|cấp){_B}+cao|HNCC){_B}+APEC{_B}+(?:lần{_B}+thứ{_B}+)?"
    rf"(?P<n>\d{{1,2}})(?!\d)"
)
_VIETNAMESE_ONLY: Final = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"
)


def outlet_of_url(url: str) -> str:
    """The outlet a URL belongs to: a known name, else the bare domain ("example.com")."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    host = host.removeprefix("www.")
    if host in OUTLETS:
        return OUTLETS[host]
    parent = host.split(".", 1)[-1] if host.count(".") >= 2 else ""
    return OUTLETS.get(parent, host)


def outlet_of_name(name: str) -> str:
    """ "Baoquocte.vn" → the outlet's name when the name is a known domain; else as written."""
    lowered = name.strip().lower().removeprefix("www.")
    return OUTLETS.get(lowered, name.strip())


def first_url(text: str) -> str:
    match = _URL.search(text)
    return match.group() if match else ""


# A year in running text: 1900-2099, not part of a longer number or a code.
_YEAR: Final = re.compile(r"(?<![\w.,-])(?:19|20)\d\d(?![\w,]|\.\d)")


def language_of(text: str) -> str:
    """ "vi" when the text is visibly Vietnamese, else "en".

    About one character in six of Vietnamese prose is a letter only Vietnamese uses; an
    English text quoting a few names ("Lương Cường") has far fewer than one in twenty.
    """
    sample = text[:20000]
    marked = len(_VIETNAMESE_ONLY.findall(sample))
    return "vi" if marked >= max(3, len(sample) / 20) else "en"


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
    years = _years(find_dates(lead)) if lead else []
    if years:
        return max(years)
    apec = _apec_year(lead)
    if apec is not None:
        return apec
    counts = Counter(int(y) for p in paragraphs for y in _YEAR.findall(p))
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


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
    if year is not None and paragraphs and str(year) in paragraphs[0]:
        return str(year), year
    return "", year


__all__ = [
    "BYLINE",
    "DATELINE",
    "FOLLOW_LINE",
    "OUTLETS",
    "OUTLET_LINE",
    "SOURCE_LINE",
    "THEO_LINE",
    "context_year",
    "dated_lead",
    "first_url",
    "language_of",
    "outlet_of_name",
    "outlet_of_url",
    "published_on",
]

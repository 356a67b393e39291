"""A sentence about one country's own economy growing is commentary, no fact of the pair (pure).

"Kinh tế Ấn Độ được IMF dự báo tăng trưởng 6,4% …, mở ra nhiều cơ hội cho …", "Bà X cho
biết nền kinh tế Đức dự kiến chỉ tăng trưởng khoảng 0,8% …", "Theo Ngân hàng Thế giới, GDP
của Thái Lan năm 2025 ước chỉ tăng 2%", "Chile's economy grew 2.6% last year", "Ngân hàng
Thế giới dự báo kinh tế Myanmar sẽ suy giảm 1%", "GDP nước này dự kiến tăng 4,1%" (the
partner by reference): the subject
is a country's economy or output (or "the Peruvian economy", by its adjective) and the news
is its growth; whatever it opens up for the
other side is a view. (A rank, "Kenya là nền kinh tế lớn nhất Đông Phi", is no growth: kept.)
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.rxparts import BOTH_SIDES, WORD_START

_COUNTRY: Final = r"(?P<c>[A-ZĐÀ-Ỹ][^\s,]*(?:\s[A-ZĐÀ-Ỹ][^\s,]*){0,3})"
# (who says it, or whose figure it is, before the subject)
# (a short fronted phrase set off by a comma may open it: "Ở chiều ngược lại, kinh tế X …",
# "Năm 2024, GDP của X đạt …")
_LEAD: Final = (
    r"^\s*(?:[^.;,]{1,30},\s*)?(?:[^.;]{0,80}?\s(?:cho\s+biết|nói|nhận\s+định|dự\s+báo|lưu\s+ý|nhấn\s+mạnh|said"
    r"|noted|added|forecasts?|predicts?)(?:\s+(?:that|rằng))?\s+)?"
    r"(?:(?:Theo|According\s+to)\s+[^,]{1,60},\s*)?"
)
_SUBJECT: Final = (
    r"(?:nền\s+)?(?:[Kk]inh\s+tế|GDP(?:\s+của)?|[Tt]ăng\s+trưởng\s+(?:kinh\s+tế|GDP)"
    r"\s+của)\s+(?:nước\s+(?P<ref>này|bạn)|" + _COUNTRY + r")"
)
_VI: Final = re.compile(
    _LEAD + _SUBJECT + r"[^.;]{0,60}?(?:tăng\s+trưởng|tăng|giảm|suy\s+giảm)\s+"
    r"(?:[^\W\d_]+\s+){0,2}\d"
)
# ("tăng trưởng GDP của Pháp … chỉ đạt 0,1%", "GDP của X ước đạt 22 tỷ USD": the economy's
# growth or size "reached", in its own comma-clause; read only when Việt Nam is not named,
# as "…, trong khi kim ngạch Việt Nam - X đạt …" is the pair's trade beside it)
_VI_REACHED: Final = re.compile(
    _LEAD + _SUBJECT + rf"[^.;,]{{0,60}}?{WORD_START}đạt\s+(?:[^\W\d_]+\s+){{0,2}}\d"
)
_EN: Final = re.compile(
    _LEAD + r"(?:[Tt]he\s+)?" + _COUNTRY + r"['’]s\s+(?:economy|GDP|gross\s+domestic\s+product)"
    r"\s+[^.;]{0,40}?(?:grew|expanded|shrank|contracted|growth|to\s+grow|is\s+(?:expected"
    r"|projected|forecast)\s+to\s+grow)\b"
)

# ("The Dominican economy, one of the fastest-growing in the region, expanded 5 per cent":
# the country by its adjective, an aside allowed before the verb)
_EN_ADJECTIVE: Final = re.compile(
    _LEAD + r"[Tt]he\s+(?P<adj>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+economy\b[^.;]{0,80}?"
    r"(?:grew|expanded|shrank|contracted|(?:is|was)\s+(?:expected|projected|forecast)"
    r"\s+to\s+(?:grow|expand))\b"
)
_HOME_ADJECTIVE: Final = re.compile(r"\A(?:Vietnamese|Viet|Vietnam|Việt)\b")


def _adjective_economy(text: str) -> bool:
    """ "The Peruvian economy grew 3%": a foreign economy named by its adjective, the
    sentence naming no Việt Nam."""
    found = _EN_ADJECTIVE.match(text)
    if found is None or _HOME_ADJECTIVE.match(found.group("adj")):
        return False
    return all(m.code != HOME for m in find_countries(text))


# A part of a foreign economy's own output: "… accounted for about 20 per cent of the
# country's GDP", "kiều hối hiện chiếm khoảng 24% GDP của El Salvador" (the GDP's owner
# told, or the sentence's country by reference).
_GDP_SHARE: Final = re.compile(
    r"\d(?:[\d.,]*\d)?[^\S\n]*(?:%|per[^\S\n]?cent|phần[^\S\n]+trăm)[^\S\n]+(?:of[^\S\n]+)?"
    r"(?:(?:the[^\S\n]+country|the[^\S\n]+nation|[A-Z][\w-]*)['’]s[^\S\n]+|its[^\S\n]+)?"
    r"(?:GDP|gross[^\S\n]+domestic[^\S\n]+product|tổng[^\S\n]+sản[^\S\n]+phẩm[^\S\n]+quốc"
    r"[^\S\n]+nội)(?:[^\S\n]+(?:của[^\S\n]+)?(?P<vi>nước[^\S\n]+(?:này|bạn)|" + _COUNTRY + r"))?"
)


def _gdp_share(text: str) -> bool:
    """ "… 20 per cent of the country's GDP", "chiếm 24% GDP của X": a foreign economy's."""
    found = _GDP_SHARE.search(text)
    if found is None:
        return False
    # (the part told in its own clause: "Thương mại với Việt Nam chiếm 2% GDP của X" is the
    # pair's trade against X's economy, no part of X's own)
    cut = max(text.rfind(",", 0, found.start()), text.rfind(";", 0, found.start()), 0)
    if any(m.code == HOME for m in find_countries(text[cut : found.start()])):
        return False
    owner = find_countries(found.group())
    if owner:
        return all(m.code != HOME for m in owner)  # ("… 24% GDP của El Salvador")
    # (no owner named: the country's own when the sentence names no Việt Nam)
    return found.group("vi") is not None or all(m.code != HOME for m in find_countries(text))


def own_economy(text: str) -> bool:
    """Whether ``text`` reports one foreign country's own economic growth as its subject, or
    a share of its own GDP."""
    if _gdp_share(text) or _adjective_economy(text):
        return True
    home_named = any(m.code == HOME for m in find_countries(text))
    for pattern in (_VI, _EN, *(() if home_named else (_VI_REACHED,))):
        found = pattern.match(text)
        if found is None:
            continue
        if _foreign_subject(found):
            return True
    return False


def _foreign_subject(found: re.Match[str]) -> bool:
    """Whether the subject ``found`` (a match with a country group ``c`` or a reference
    ``ref``) is a foreign country: "GDP nước này" (the one the text is about) or a name
    ("nước Đức": read after a word that introduces a country) other than Việt Nam."""
    if found.groupdict().get("ref"):
        return True
    named = find_countries("nước " + found.group("c"))
    return bool(named) and named[0].start <= 5 < named[0].end and named[0].code != HOME


# ("Kinh tế X vẫn gặp nhiều khó khăn.", "Kinh tế X dựa vào xuất khẩu …", "X's economy
# remains fragile": the economy's state with no figure, no Việt Nam, as a statement's subject)
_STATE_EN: Final = re.compile(_LEAD + r"(?:[Tt]he\s+)?" + _COUNTRY + r"['’]s\s+(?:economy|GDP)\b")
_STATE_VI: Final = re.compile(_LEAD + _SUBJECT)
_DIGIT: Final = re.compile(r"\d")
_BOTH: Final = re.compile(BOTH_SIDES, re.IGNORECASE)  # ("… bổ trợ cho hai nước": the pair's)


def economy_state(text: str) -> bool:
    """Whether ``text`` (a statement, no figure in it) tells one foreign country's economy
    as its subject and names no Việt Nam: commentary on the partner's own state."""
    if _DIGIT.search(text) or _BOTH.search(text):
        return False
    # (the anchored subject first: most statements have none, and naming countries costs)
    found = _STATE_VI.match(text) or _STATE_EN.match(text)
    if found is None or any(m.code == HOME for m in find_countries(text)):
        return False
    return _foreign_subject(found)


__all__ = ["economy_state", "own_economy"]

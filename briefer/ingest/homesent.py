"""A visit made by Việt Nam's own side, told by who went rather than where to (pure): a
delegation led by a Vietnamese official ("The delegation, led by Vietnam's Deputy Minister …,
was in <a city>", "the visit of Vietnam's Deputy Minister …, who led a delegation … to
<the partner>"), and Việt Nam's envoy posted abroad working with the partner's side ("Tham
tán Thương mại Việt Nam tại …, kiêm nhiệm …, đã làm việc với Bộ trưởng … tại thủ đô …").
Either goes out, as long as the place it names is none of Việt Nam's. Also the cue of a
delegation's working stay somewhere named ("đoàn công tác … đã làm việc tại Libreville")."""

from __future__ import annotations

import re
from typing import Final

from briefer.domain.rules import OUTBOUND
from briefer.ingest.countries import HOME
from briefer.ingest.homeplaces import home_places
from briefer.ingest.venues import place_at

_HOME: Final = r"(?:Vietnam(?:'s|’s)|Viet\s?Nam(?:'s|’s)|Vietnamese)"
# Who led it: "the delegation, led by Vietnam's Deputy Minister", "…, Vietnam's Deputy
# Minister X, who led a delegation of 25 companies" (the leader's side is the delegation's).
_HOME_LED: Final = re.compile(
    rf"\b(?:delegation|mission|team)\b,?\s+(?:which\s+was\s+)?(?:led|headed)\s+by\s+(?:the\s+)?"
    rf"{_HOME}\s"
    rf"|\b{_HOME}\s+[^.;]{{0,90}}?\bwho\s+(?:led|headed|leads|heads|(?:is|was)\s+(?:leading"
    r"|heading))\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,5}?(?:delegation|mission)\b",
    re.IGNORECASE,
)
# Where it was: "to Cyprus", "was in Addis Abeba", "visited …", "arrived in …".
_WHERE: Final = re.compile(
    r"\b(?:to|(?:was|were)\s+in|visited|(?:arrived|stayed)\s+in)\s+(?:the\s+)?(?=[A-Z])"
)
# Việt Nam's envoy posted abroad: "Đại sứ Việt Nam tại …", "Tham tán Thương mại Việt Nam tại
# …", "Vietnam's Ambassador to …", "the Vietnamese trade counsellor in …".
_HOME_ENVOY: Final = re.compile(
    r"\b(?:Đại\s+sứ(?:\s+quán)?|Tham\s+tán(?:\s+[Tt]hương\s+mại)?|Thương\s+vụ|Tổng\s+[Ll]ãnh\s+sự"
    r"(?:\s+quán)?)\s+Việt\s+Nam\s+tại\s+"
    rf"|\b{_HOME}\s+(?:[Aa]mbassador|[Ee]mbassy|(?:[Tt]rade|[Cc]ommercial)\s+[Cc]ounsel(?:l)?or"
    r"|[Cc]onsul[ -][Gg]eneral)\s+(?:to|in)\s+"
)
# … working with the partner's side, the envoy the subject ("… Lương Văn Khải đã làm việc với
# Bộ trưởng …", "… met Minister …"): not one received at home by a province.
_WORKED_WITH: Final = re.compile(
    r"^[^.;]{0,120}?\b(?:(?:đã\s+)?(?:làm\s+việc|hội\s+kiến|gặp|tiếp\s+xúc|trao\s+đổi)\s+với"
    r"|đã\s+(?:gặp|chào)|met|held\s+talks\s+with|called\s+on)\s"
)
_HOME_NAMED: Final = re.compile(r"\b(?:tại|ở|in)\s+(?:Việt\s+Nam|Viet\s?nam)\b", re.IGNORECASE)

# The cue (a fragment for :data:`briefer.ingest.keywords.VISIT`, each blank a run of blanks):
# a delegation's working stay somewhere named, "đoàn công tác … đã làm việc tại Libreville".
WORKED_AT: Final = (
    # (the delegation's words between, or none: "Đoàn làm việc tại Hà Nội từ ngày …")
    r"(?<=[Đđ]oàn\s)(?:[^.;]{0,100}? )?(?:đã |sẽ |vừa )?làm việc tại"
    r"(?= (?:thủ đô |thành phố )?[A-ZĐÀ-Ỹ])"
)


def _abroad(text: str, pos: int, partner: str) -> bool:
    """The place named at ``pos`` is the partner's, or some place not Việt Nam's."""
    code = place_at(text, pos)
    if code:
        return code == partner
    return not home_places().match(text, pos)


def home_sent_side(text: str, partner: str) -> str:
    """ "outbound" when ``text`` tells a visit by a delegation Việt Nam's official led, or by
    Việt Nam's envoy abroad working with the partner's side; "" otherwise."""
    if _HOME_NAMED.search(text) or home_places().search(text):
        return ""
    led = _HOME_LED.search(text)
    if led:
        where = _WHERE.search(text, led.end())
        if where and _abroad(text, where.end(), partner):
            return OUTBOUND
    for envoy in _HOME_ENVOY.finditer(text):
        if place_at(text, envoy.end()) == HOME:
            continue
        if _WORKED_WITH.search(text[envoy.end() :]):
            return OUTBOUND
    return ""


__all__ = ["WORKED_AT", "home_sent_side"]

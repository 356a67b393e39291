"""Which side of the pair a rank ranks, and as what (pure).

"Hàn Quốc là nhà đầu tư lớn nhất tại Việt Nam" ranks the partner among Việt Nam's investors;
"Việt Nam là nhà đầu tư lớn thứ ba tại Lào" ranks Việt Nam among the partner's; "Lào là địa
bàn đầu tư lớn nhất của Việt Nam" ranks the partner among the places Việt Nam invests in;
"Việt Nam là điểm đến đầu tư lớn thứ 3 của doanh nghiệp Hungary" ranks Việt Nam among the
partner's. Four different facts: they must not be compared as one figure (a conflict between
"first" and "third" that is none), and their English statements say different things.

The ranked side is the subject: the last country before the rank that a copula follows ("là",
"hiện là", "trở thành", "is", "ranks"), else a country just before the rank ("…, making
Vietnam the fifth-largest destination"), or the other side when that country is a
possessive ("…, making Korea Vietnam's sixth-largest trading partner"); with neither, the
partner (the usual "Đối tác thương mại lớn nhất của Việt Nam … là Brazil"). "Chile … ký FTA
với Việt Nam và hiện là đối tác …" ranks Chile: Việt Nam there is no subject. A region in the
words never decides it: Korea is in Asia too.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.rankfind import rank_domain_metric
from briefer.ingest.rankmetric import rank_metric

_COPULA: Final = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*)?"
    r"(?:(?:hiện|hiện nay|nay|cũng|tiếp tục|đã|vẫn|đang|now|has|have|also|still|currently"
    r"|thus)\s+){0,3}"
    r"(?:là|trở thành|vươn lên|đứng|xếp|is|was|has become|became|remains|remained|ranks?"
    r"|ranked|emerged as)(?!\w)",
    re.IGNORECASE,
)
# A place invested in, not an investor: "địa bàn đầu tư", "điểm đến đầu tư", "nước có đầu tư
# của Việt Nam", "nhận đầu tư", "investment destination", "destination for … investment".
_DESTINATION: Final = re.compile(
    r"(?<!\w)(?:địa bàn|điểm đến|nhận đầu tư|tiếp nhận đầu tư|thu hút đầu tư"
    # "nước có đầu tư (trực tiếp) lớn nhất của Việt Nam": the rank may stand inside it
    r"|có (?:vốn )?đầu tư(?: trực tiếp)?(?: (?:lớn|nhiều) (?:nhất|thứ \w+))? của"
    r"|investment destinations?|destinations? (?:for|of) (?:[\w-]+ ){0,3}investments?"
    r"|recipients? of (?:[\w-]+ ){0,3}investments?)(?!\w)",
    re.IGNORECASE,
)
# What kind of trade a rank counts, between it and its English noun: "second-largest goods
# trading partner", "the third-largest merchandise export market", "the 12th-largest two-way
# trading partner" (trade both ways is the partner's trade).
_TRADE_KIND: Final = re.compile(
    r"\s+(?:goods|merchandise|services|commodity|non-oil|two-way|bilateral|overall)"
    r"(?=\s+[a-z])",
    re.IGNORECASE,
)
_POSSESSIVE: Final = re.compile(r"['’]s?(?!\w)")
# A clause that makes a country something, after the sentence's subject and its copula.
_MAKING: Final = re.compile(r"(?<!\w)(?:making|made|makes|đưa|khiến|giúp)\s", re.IGNORECASE)
# Families whose facts read differently for either side (the others rank the partner only).
_SIDED: Final = {"trade.partner_rank": "trade.home_rank", "investment.rank": "investment.home_rank"}


def home_ranked(sentence: str, start: int) -> bool:
    """Whether the rank at ``start`` ranks Việt Nam (the subject), not the partner."""
    before = sentence[:start]
    mentions = [m for m in find_countries(before) if m.end <= start]
    subjects = [m for m in mentions if _COPULA.match(before, m.end)]
    if subjects and _MAKING.search(before, subjects[-1].end):
        # "Trade between Canada and Vietnam was worth …, making Canada Vietnam's largest …":
        # the rank has its own subject after "making"
        subjects = []
    if subjects:
        return subjects[-1].code == HOME
    # "…, making Vietnam the fifth-largest destination": the country just before the rank;
    # "…, making Korea Vietnam's sixth-largest trading partner": a possessive owns the
    # ranking — the ranked is the other side
    if not mentions or start - mentions[-1].end > 25:
        return False
    last = mentions[-1]
    if _POSSESSIVE.match(before, last.end):
        return last.code != HOME
    return last.code == HOME


def sided(metric: str, sentence: str, start: int, window: str) -> str:
    """``metric`` ("investment.rank_in_europe") for the side and role the words give:
    ``trade.home_rank…`` and ``investment.home_rank…`` when Việt Nam is ranked,
    ``investment.destination_rank…`` / ``investment.home_destination_rank…`` when a place
    invested in is ranked. ``window`` is the text around the rank where its noun was read."""
    head, sep, region = metric.partition("_in_")
    if head not in _SIDED:
        return metric
    home = home_ranked(sentence, start)
    if head == "investment.rank" and _DESTINATION.search(window):
        head = "investment.home_destination_rank" if home else "investment.destination_rank"
    elif home:
        head = _SIDED[head]
    return head + sep + region


def rank_metric_at(sentence: str, start: int, end: int, next_rank: int | None) -> str | None:
    """The metric of the rank at ``start:end`` (None when it ranks no partner), sided."""
    metric = rank_domain_metric(sentence, end) or rank_metric(sentence, start, end, next_rank)
    kind = _TRADE_KIND.match(sentence, end)
    if metric is None and kind is not None:
        bare = sentence[:end] + sentence[kind.end() :]  # (read as "… trading partner")
        metric = rank_metric(bare, start, end, next_rank)
    if metric is None:
        return None
    # (the words around the rank: "có đầu tư lớn nhất của Việt Nam" holds it)
    return sided(metric, sentence, start, sentence[max(0, start - 60) : end + 12])


__all__ = ["home_ranked", "rank_metric_at", "sided"]

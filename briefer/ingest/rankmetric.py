"""The metric of a rank: what "lớn thứ 4", "fourth-largest" ranks a partner as, and where.

Owns the head nouns a rank names ("đối tác thương mại", "nhà đầu tư", "trading partner",
"export destination", "du học sinh") and the region the rank counts in ("lớn thứ 4 tại Mỹ
Latinh" is ``trade.partner_rank_in_latam``); a market's size in its own region ranks no
partner. Moved out of :mod:`briefer.ingest.keywords`, whose cue words it uses.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.flowside import CONTRAST
from briefer.ingest.keywords import masked
from briefer.ingest.regions import region_of
from briefer.ingest.rxparts import WORD_END as _E
from briefer.ingest.rxparts import WORD_START as _W
from briefer.ingest.rxparts import rx as _rx
from briefer.ingest.worldflow import world_flow

_RANK_HEADS: Final = (
    ("investment.rank", _rx(rf"{_W}(?:có đầu tư|nhà đầu tư|đầu tư trực tiếp|đầu tư"
                            rf"|(?:foreign )?investors?|investing"
                            # ("the largest source of foreign direct investment", "… of FDI")
                            rf"|source of (?:(?:foreign )?(?:direct )?investment|FDI)){_E}",
                            re.IGNORECASE)),
    # a market of travellers ("thị trường khách quốc tế lớn thứ 3 của tỉnh", "the largest
    # source market of tourists"): ranked among someone's, read before the trade nouns
    ("tourism.rank", _rx(rf"{_W}(?:thị trường (?:du lịch|khách)|nguồn khách"
                         rf"|(?:tourist|tourism|source) markets?|tourist destinations?){_E}",
                         re.IGNORECASE)),
    # (English nouns plural too: a group ranked in, "ranks 28th among X's trading partners")
    ("trade.partner_rank", _rx(rf"{_W}(?:đối tác thương mại|bạn hàng|thị trường xuất khẩu"
                               rf"|thị trường|trading partners?|trade partners?|đối tác"
                               rf"|(?:export|import) markets?|markets?"
                               # goods named before the market: "largest rice export market",
                               # "second-largest coffee import market"
                               rf"|(?:[a-z]+ ){{1,2}}(?:export|import) markets?"
                               # "the fifth-largest destination for Chilean exports"
                               rf"|export destinations?|destinations? (?:for|of) (?:[\w-]+ ){{0,2}}"
                               rf"(?:goods|exports|products|shipments)"
                               # "… destination for Kenyan tea", "… for Chile's cherries": a
                               # country's goods, named by its demonym or possessive (not its
                               # people nor its capital, ranked elsewhere)
                               rf"|destinations? (?:for|of) (?-i:[A-Z])[\w-]*(?:['’]s)? "
                               rf"(?!(?:[\w-]+ ){{0,2}}(?:tourists|travell?ers|visitors|students"
                               rf"|workers|investments?|investors|capital|FDI){_E})[^\W\d_]+"
                               # a supplier or buyer ranks among the trade partners
                               rf"|nhà cung cấp|nhà nhập khẩu|nhà xuất khẩu|nguồn cung(?: cấp)?"
                               rf"|nguồn nhập khẩu|(?:supplier|buyer"
                               # ("the fifth largest source of rice imports for Kenya")
                               rf"|source (?:of|for) (?:[\w-]+ ){{0,2}}(?:imports|supplies)"
                               rf"|exporter|importer)s?){_E}", re.IGNORECASE)),
    # a donor ranked among a country's: "nhà tài trợ ODA lớn nhất", "the largest bilateral
    # donor", "the second-largest provider of development aid"
    ("aid.rank", _rx(rf"{_W}(?:nhà tài trợ|(?:bilateral |ODA |aid )?donors?"
                           rf"|providers? of (?:ODA|aid|development (?:aid|assistance))){_E}",
                           re.IGNORECASE)),
    # a country ranked as a source of people ("the fourth-largest source of crew", "nguồn
    # thuyền viên lớn thứ ba"): a people-to-people standing of the pair
    ("people.source_rank", _rx(rf"{_W}(?:sources? of (?:foreign |migrant )?(?:crew|seafarers"
                               rf"|workers|labou?r|tourists|visitors)"
                               rf"|nguồn (?:cung ứng )?(?:thuyền viên|lao động)){_E}",
                               re.IGNORECASE)),
    # a country ranked by its students abroad: "… đứng thứ hai trong số các cộng đồng du học
    # sinh" (a school's own "sinh viên" ranks no partner)
    ("people.student_rank", _rx(rf"{_W}(?:du học sinh|lưu học sinh"
                                rf"|(?:international|foreign) students){_E}")),
)  # fmt: skip
# "đứng thứ 22 trong số các quốc gia … đầu tư vào Việt Nam", "third among … investors": the
# group ranked in, named after the rank.
_PROPER_ADJ: Final = re.compile(r"\A[A-Z](?:[a-z]+(?:an|ese|ic|ish|i)|[A-Z]{1,5}) ")
# (a rank out of a count names the group too: "đứng thứ 36/150 quốc gia", "36th out of 150",
# "thứ 19 trong tổng số 149 quốc gia")
_AMONG: Final = _rx(r" ?(?:trong (?:tổng số|số|các|những)|among|out of|/ ?(?=\d))\b[^.;:]{0,80}")
# A rank with no subject of its own right after a clause ending on the capital invested
# ("… với tổng vốn đăng ký 3,1 tỷ USD, đứng thứ 5 …", "… registered capital of $2 billion,
# ranking seventh"): the capital's investor is the one ranked. (A subject between, "…, tỉnh
# X đứng thứ 3", is another rank's.)
_AFTER_CAPITAL: Final = _rx(
    r"(?:vốn (?:đăng ký|đầu tư)|(?:registered|invested) capital)\b[^,;.:\d]{0,40}\d[\d.,]*"
    r"[^,;.:\d]{0,14},\s*\Z"
)
_OWN_MARKET: Final = _rx(r"thị trường (?!xuất khẩu|nhập khẩu)[^\W\d_]")
_CONTRAST: Final = re.compile(r";|" + CONTRAST.pattern, re.IGNORECASE)
# Whose travellers a tourism rank counts, named at once after it: "… lớn thứ 2 của người
# Uzbekistan", "… của tỉnh", "… for Korean travellers", "… of Vietnam".
_OWNER: Final = _rx(r"\s(?:của|cho|for|of|among)\s+\S")
# "hai thị trường khách … lớn nhất", "two largest markets": several at the top, no one rank.
_COUNTED: Final = _rx(r"(?<!\w)(?:hai|ba|bốn|năm|two|three|four|five) (?:thị trường|nguồn)")


def _after_capital(before: str) -> bool:
    """Whether the text ``before`` a bare rank ends on the capital an investor put in a
    partner; not a side's capital spread over the world ("Vietnam has invested in 80
    countries with total registered capital of $22 billion, ranking third …": its own)."""
    if not _AFTER_CAPITAL.search(before[-80:]):
        return False
    clause = before[before.rfind(";") + 1 :]
    return not world_flow(clause, (0, len(clause)))


def rank_metric(sentence: str, start: int, end: int, next_rank: int | None) -> str | None:
    """The metric of a rank ("lớn thứ 4") at ``start:end``; None when it ranks no partner.

    The head noun is the nearest cue within 60 characters before the rank; the region is
    named after the rank (up to the next rank or clause end), else anywhere in the sentence
    ("… tại khu vực" refers back to "Mỹ Latin" named earlier).
    """
    window = masked(sentence[max(0, start - 60) : start])
    head, head_at = None, -1
    for metric, pattern in _RANK_HEADS:
        for match in pattern.finditer(window):
            if match.start() > head_at or (match.start() == head_at and head is None):
                head, head_at = metric, match.start()
    if head is None:
        # English puts the noun after the rank: "fourth-largest trading partner".
        # (a proper adjective may come between: "third-largest European investor")
        after = _PROPER_ADJ.sub("", sentence[end : end + 60].lstrip(), count=1)
        head = next((m for m, p in _RANK_HEADS if p.match(after)), None)
    among = _AMONG.match(sentence, end)
    if head is None and among:
        head = next((m for m, p in _RANK_HEADS if p.search(among.group())), None)
    if head is None and _after_capital(sentence[:start]):
        head = "investment.rank"
    if head is None:
        return None
    stop = next_rank if next_rank is not None else len(sentence)
    if head == "tourism.rank":
        if not _OWNER.search(sentence, end, end + 40) or _COUNTED.search(window):
            return None  # ("thị trường du lịch lớn nhất Đông Nam Á": a market's own size)
    elif _OWN_MARKET.match(window[max(head_at, 0) :]) and "Việt Nam" not in sentence[end:stop]:
        # "thị trường tiêu thụ lớn nhất châu Phi": a market's size in its own region, not
        # its rank among Việt Nam's partners ("thị trường … lớn thứ hai của Việt Nam").
        return None
    # (the rank's own clause: a contrast "…, còn Việt Nam là … trong ASEAN" starts another
    # rank's; referring back, "… tại khu vực", reads the words before the rank only)
    tail = _CONTRAST.split(sentence[end:stop], maxsplit=1)[0]
    region = region_of(tail) or region_of(sentence[:start])
    return f"{head}_in_{region}" if region else head


__all__ = ["rank_metric"]

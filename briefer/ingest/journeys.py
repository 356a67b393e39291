"""The words of a journey (pure data): cue words that make a dated sentence a visit when
they tell of a trip, an arrival or a working session — "đi khảo sát thị trường", "arrived
in Abuja", "đoàn … đến Hà Nội", "travelled to Ghana", "dẫn đầu đoàn … sang Ga-na",
"làm việc với Bộ trưởng …". A fragment of :data:`briefer.ingest.keywords.VISIT`, written
as the keywords module writes its cues (each blank a run of blanks)."""

from __future__ import annotations

from typing import Final

from briefer.ingest.homeplaces import home_places
from briefer.ingest.worksessions import WORK_SESSION
from briefer.text.ymd import MONTHS_EN

# (Việt Nam's places with their blanks unescaped: the keywords' compiler makes each blank a
# run of them)
_HOME_PLACES: Final = home_places().pattern.replace("\\ ", " ")
_MONTHS: Final = "|".join(MONTHS_EN)  # (a month's name after "is in": a time, no place)

# A host's guest by name or title: "hosted Vietnam's Deputy Prime Minister", "hosted the
# Vietnamese delegation" (a visit received; "hosted the APEC summit" is a host's event).
HOSTED_GUEST: Final = (
    r"(?= (?:the |an? )?(?:Vietnamese|Viet ?Nam|Vietnam|delegation"
    r"|[A-Z][a-z]+(?:'s|’s)? (?:President|Prime|Deputy|Vice|Minister|Foreign|King|Queen|Crown"
    r"|Chairman|Chairwoman|General|Secretary|Speaker|Ambassador|delegation)))"
)

JOURNEY: Final = (
    # a trip out for a purpose: "tổ chức đoàn doanh nghiệp đi khảo sát thị trường tại …"
    # ("đi làm việc", "đi học" are a worker's or a student's going abroad: no visit)
    rf"đi (?:khảo sát|công tác|xúc tiến|giao thương)"
    # an arrival somewhere named: "arrived in Abuja on November 1", "đoàn … đến Hà Nội ngày
    # 11/11" (a place of Việt Nam's after "đến": never "đến ngày", "đến năm 2030")
    rf"|(?:arrived|arrives|arriving|landed) (?:in|at)(?= (?:the )?[A-Z])"
    # (a thing brought or sent there, "mang tới Hà Nội các lớp dạy nấu ăn", is no journey)
    rf"|(?<!mang\s)(?<!đưa\s)(?<!gửi\s)(?<!chuyển\s)(?:đến|tới)"
    rf"(?= (?:thủ đô |thành phố |tỉnh )?(?:{_HOME_PLACES}))"
    # a journey ("travelled to Ghana", "came to Hanoi", "dẫn đầu đoàn … sang Ga-na": never
    # "xuất khẩu sang", "chuyển sang")
    # (a trip announced ahead: "will travel to Viet Nam from 31 March")
    rf"|(?:travel(?:l)?ed|travels|travel(?:l)?ing|(?<=will\s)travel) to(?= (?:the )?[A-Z])"
    rf"|(?:came|comes|come|went|goes) to(?= (?:{_HOME_PLACES}))"
    # a traveller's trip, or one trip of office ("the minister's trip to Chile", "his official
    # trip", "a working trip to Switzerland"; tourists' "trips to Japan", a visa waiver "for
    # business trips", a "round trip" are no one's visit)
    rf"|(?:(?:[Hh]is|[Hh]er|[Tt]heir|[\w-]+['’]s) (?:[\w-]+ ){{0,3}}?"
    rf"|(?:[Aa]n?|[Tt]he) (?:working|official|state|business|study) )trip(?![\w-])"
    rf"|(?<=[Đđ]oàn\s)[^.;,]{{0,60}}? sang(?= [A-ZĐÀ-Ỹ])"
    # a delegation taking part in a fair, a forum or a conference ("đoàn doanh nghiệp tỉnh …
    # do … dẫn đầu đã tham gia Hội chợ …"): it travelled there ("Việt Nam tham gia CPTPP",
    # no delegation's, is a membership)
    rf"|(?<=[Đđ]oàn\s)[^.;]{{0,120}}? tham gia(?= (?:[Hh]ội chợ|[Tt]riển lãm|[Hh]ội nghị"
    rf"|[Dd]iễn đàn|[Hh]ội thảo|[Tt]uần lễ|[Ll]ễ hội))"
    # a working session with a named official ("làm việc với Bộ trưởng Thương mại Ga-na")
    rf"|làm việc với(?= (?:[Bb]ộ trưởng|[Tt]hứ trưởng|Đại sứ|[Cc]hủ tịch|Thủ tướng|Tổng thống"
    rf"|Phó [A-ZĐ]|lãnh đạo|Lãnh đạo))"
    rf"|{WORK_SESSION}"  # … or with a named body (worksessions.py)
    rf"|hosted{HOSTED_GUEST}"
    # a delegation or a mission led somewhere named: "will lead the mission to Hanoi and Ho
    # Chi Minh City from November 24 to 27", "headed a business delegation to Lima"
    rf"|(?:lead|leads|led|leading|head|heads|headed|heading) (?:the |a |an |his |her |their )?"
    rf"(?:[\w-]+ ){{0,3}}?(?:mission|delegation) to(?= (?:the )?[A-Z])"
    # a delegation's stay somewhere named: "The delegation is in Ghana from August 18 to
    # 21", "the mission will be in Lima until Friday" (a stay of people on a trip; "trade is
    # in decline", no delegation's, is none)
    rf"|(?:(?<=delegation\s)|(?<=mission\s))(?:is|are|was|were|will be|has been) in"
    rf"(?= (?:the )?(?!{_MONTHS})[A-Z][a-z])"
)

__all__ = ["HOSTED_GUEST", "JOURNEY"]

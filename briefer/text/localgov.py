"""Local government by its words (pure): a province's or a city's bodies and its officials.

Shared by the importer (a reception by local hosts is a stop of a visit's local programme:
``ingest/routinecalls``, ``ingest/worksessions``, ``ingest/visitdirection``) and the brief (a
province's or a city's own delegation is no high-level visit: ``domain/visitlevel``), so the
two read one list.
"""

from __future__ import annotations

import re
from typing import Final

# Việt Nam's own local authorities, whatever place they serve: a people's committee or
# council, a provincial or city Party committee, a provincial department ("Sở Công Thương").
# No other country's bodies bear these names, so a host named by one is at home.
LOCAL_AUTHORITY: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:Ủy|Uỷ) ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Tỉnh ủy|Tỉnh uỷ"
    r"|Thành ủy|Thành uỷ|Sở (?=[A-ZĐ]))"
)
# A local official of any country, a province's or a city's ("Tỉnh trưởng", "Thống đốc
# bang", "Thị trưởng", "the governor of Ben Tre", "mayor", "People's Committee"). A central
# bank's governor ("Thống đốc Ngân hàng Nhà nước", "Governor of the State Bank") is not one.
# (A space stands for a run of blanks on one line.)
LOCAL_OFFICIAL: Final = re.compile(
    (
        r"(?<![^\W\d_])(?:Tỉnh trưởng|Phó Tỉnh trưởng|Thống đốc (?:bang|tỉnh)|Thị trưởng"
        r"|[Gg]overnor of(?= (?:the )?[A-Z])(?![^,.;]{0,40}(?:[Bb]ank|Reserve))"
        r"|[Ss]tate [Gg]overnor|[Mm]ayor|People's Committee|[Pp]rovincial|[Mm]unicipal"
        r"|[Cc]ity (?:leaders?|authorities))(?![^\W\d_])"
    ).replace(" ", r"[^\S\n]+")
)

__all__ = ["LOCAL_AUTHORITY", "LOCAL_OFFICIAL"]

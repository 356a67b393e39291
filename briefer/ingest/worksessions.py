"""A working session with a named body (pure data): "đã làm việc với Phòng Thương mại …",
"đã tiếp và làm việc với Đoàn công tác Bộ …". A fragment of
:data:`briefer.ingest.journeys.JOURNEY` (so of :data:`briefer.ingest.keywords.VISIT`),
written as the keywords module writes its cues (each blank a run of blanks).

A session with a body named by its capitalised kind — a chamber, a federation, an
association, a ministry, a delegation — is a meeting between two sides, whichever way it
went (who travelled is :mod:`briefer.ingest.visitdirection`'s); "làm việc với các doanh
nghiệp", lower case, names no counterpart and stays out."""

from __future__ import annotations

from typing import Final

from briefer.text.localgov import LOCAL_AUTHORITY

# The kinds of body a capitalised name opens with (a chamber, a federation, a delegation …).
_BODY_KINDS: Final = (
    "Đoàn|Phòng|Liên đoàn|Hiệp hội|Bộ|Cơ quan|Tổng cục|Cục|Viện|Trung tâm|Hội đồng"
    "|Tập đoàn|Ngân hàng|Quỹ|Văn phòng|Ủy ban|Uỷ ban"
)

WORK_SESSION: Final = rf"làm việc với(?= (?:{_BODY_KINDS}) [A-ZĐa-zđ])"

# Việt Nam's own local authorities (one list with the brief's: text/localgov.py).
HOME_AUTHORITY: Final = LOCAL_AUTHORITY

__all__ = ["HOME_AUTHORITY", "WORK_SESSION"]

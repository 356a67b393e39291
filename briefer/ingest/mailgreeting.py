"""The top of a mail or letter pasted as text (pure): its header fields and its greeting.

A mail copied out of a client opens on its header block ("From:", "To:", "Subject:", in
English or Vietnamese: "Từ:", "Gửi:", "Tiêu đề:" …); the subject is the mail's title (read
by ``mailhead``), never a paragraph of its text. Under the headers a letter greets its
reader on a line of its own closed by a comma ("Kính gửi Quý doanh nghiệp,", "Dear
colleagues,"): the letter's form, like its "Trân trọng," at the foot. The Vietnamese
"Kính gửi …," is the written address wherever it stands near the top (a speech greets with
"Kính thưa …", which stays: it is the speech's first words); an English "Dear …," is a
mail's greeting only under a mail's headers (a speech's "Dear friends," stays). A bulletin
often prints its subject again as its heading: that heading is the title, no paragraph.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line
from briefer.ingest.mailhead import header_field, subject_title
from briefer.text.fold import fold

_TOP: Final = 12  # kept lines the top of a mail spans: headers, an attachment, the greeting
_WRITTEN_ADDRESS: Final = re.compile(r"^Kính\s+gửi\s+[^:.!?]{1,100},$", re.IGNORECASE)
_MAIL_GREETING: Final = re.compile(
    r"^(?:Dear|Hello|Hi|Greetings|Gửi|Chào|Xin\s+chào)\b[^:.!?]{0,100},$", re.IGNORECASE
)
_SUBJECT: Final = ("subject", "chủ đề", "tiêu đề")


def mark_mail_top(lines: list[Line]) -> None:
    """Mark a mail's subject line left in the text and the greeting of a mail or letter."""
    top = [line for line in lines if line.kept or line.reason][:_TOP]
    fields = [(line, header_field(line.text)) for line in top]
    headers = [(line, field) for line, field in fields if field]
    mail = len(headers) >= 2
    subjects = [
        fold(subject_title(line.text.split(":", 1)[1])) for line, f in headers if f in _SUBJECT
    ]
    for line, field in headers:
        if mail and line.kept and field in _SUBJECT:
            line.reason = "subject line"
    for line in top:
        # (the subject printed again as the bulletin's heading, without its list's tag)
        if mail and line.kept and not header_field(line.text) and fold(line.text) in subjects:
            line.reason = "subject heading"
    for line in top:
        if not line.kept:
            continue
        if _WRITTEN_ADDRESS.match(line.text) or (mail and _MAIL_GREETING.match(line.text)):
            line.reason = "greeting"
            return


__all__ = ["mark_mail_top"]

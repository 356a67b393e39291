"""What a photo caption's words describe (pure): a view of the scene, or a picture's moment.

A caption names what the picture shows. Two kinds of words say so whatever the outlet:

- it opens by naming a view ("Quang cảnh buổi lễ …", "Toàn cảnh hội nghị …", "Một góc gian
  hàng …", "A general view of the forum …"): a noun phrase for the picture, never how an
  article's sentence opens;
- it shows a moment the camera is there for — a gift, flowers or a souvenir handed over, a
  handshake ("Phó Chủ tịch … tặng quà lưu niệm Thứ trưởng …", "The minister presents a
  souvenir to …"), a reception, a speech or a meeting ("X tiếp Đại sứ Y.", "X phát biểu
  tại lễ …", "X and Y at the talks"). An article tells such a moment in its tense ("đã tặng
  quà", "presented") or inside a longer sentence; a caption describes it in the present,
  in one clause.

The caller decides with the line's shape and place (``captions``); these only read words.
"""

from __future__ import annotations

import re
from typing import Final

_VIEW: Final = re.compile(
    r"^(?:Quang\s+cảnh|Toàn\s+cảnh|Một\s+góc|(?:A\s+)?(?:general\s+)?view"
    r"\s+of|(?:An?\s+)?(?:overview|scene)\s+(?:of|at|from))\b",
    re.IGNORECASE,
)
_MOMENT: Final = re.compile(
    r"(?<!\w)(?:(?:tặng|trao|trao\s+tặng)\s+(?:quà|hoa|kỷ\s+niệm|biểu\s+trưng|bức\s+tranh)"
    r"|bắt\s+tay|present(?:s|ing)?\s+(?:a\s+|an\s+|the\s+)?(?:gift|souvenir|flowers|memento"
    r"|token)|shak(?:es|ing)\s+hands|hands?\s+over\s+(?:a\s+|the\s+)?(?:gift|souvenir)"
    # a meeting seen in the present: "X and Y attend a ceremony", "X and Y at the talks"
    r"|attends?\s+(?:a|the)|(?:at|during|after)\s+the\s+(?:talks|meeting|signing)(?=\s|\.|$)"
    r")(?!\w)",
    re.IGNORECASE,
)
# A reception or a speech: "Phó Chủ tịch X tiếp Tỉnh trưởng Y.", "Bộ trưởng phát biểu tại lễ.",
# "The minister receives Ambassador Y."
# (the one received is named: "tiếp tục", "tiếp cận" go on in lower case; "tại buổi tiếp X"
# is where a sentence's words were said). A headline says the same ("Chủ tịch X tiếp Đại sứ
# Y" in a list of related stories): the caption is the one closed by a full stop.
_RECEPTION: Final = re.compile(
    r"(?<!\w)(?:(?<!buổi\s)tiếp(?=(?:\s+xã\s+giao)?\s+[A-ZĐÁÀẢÃẠÂĂÉÊÍÓÔƠÚƯÝ])"
    r"|[Pp]hát\s+biểu\s+tại"
    # the same in English, in the caption's present: "X meets Viet Nam's Minister Y in Z."
    r"|(?:meets|receives|greets|welcomes)(?:\s+with)?(?=\s+[A-Z]))(?!\w).*\.$"
)


def names_a_view(text: str) -> bool:
    """The line opens by naming a view of the scene ("Quang cảnh …", "A general view of …")."""
    return _VIEW.match(text.strip()) is not None


def shows_a_moment(text: str) -> bool:
    """The line shows a picture's moment: a gift or flowers handed over, a handshake."""
    return _MOMENT.search(text) is not None or _RECEPTION.search(text.strip()) is not None


__all__ = ["names_a_view", "shows_a_moment"]

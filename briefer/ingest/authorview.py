"""A paper's own proposals and its author's views, no fact of the pair (pure).

A journal article or a study ends on what it argues: "Để thúc đẩy quan hệ kinh tế, bài viết
đề xuất: thứ nhất, …", "Tác giả kiến nghị hai bên sớm …", "Theo tính toán của tác giả, nếu
hai bên ký kết …, kim ngạch có thể đạt …", "The paper recommends …", "according to the
authors' calculations, …". The text itself, or its writer, is the subject: these are the
writer's advice and reckoning about what could be, not something the two sides did, agreed
or traded. (What the paper covers, "Bài viết phân tích thực trạng thương mại …", and what
its writer judges of the facts, "Tác giả cho rằng …: Albania đã miễn thị thực …", tell the
facts themselves: left.)
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.rxparts import BLANK, WORD_END, WORD_START

_B: Final = rf"{BLANK}+"
# The text or its writer as the subject ("bài viết này", "nhóm tác giả", "the present
# study"), then a verb of proposing, judging or reckoning.
_WRITER: Final = (
    rf"(?:(?:[Bb]ài{_B}viết|[Bb]ài{_B}báo|[Nn]ghiên{_B}cứu{_B}này|(?:[Nn]hóm{_B})?"
    rf"[Tt]ác{_B}giả)(?:{_B}này)?"
    rf"|(?:[Tt]he|[Tt]his)(?:{_B}present)?{_B}(?:paper|article|study|author|authors))"
)
_VIEW: Final = re.compile(
    rf"{WORD_START}{_WRITER}{_B}(?:cũng{_B})?(?:đề{_B}xuất|kiến{_B}nghị|khuyến{_B}nghị"
    rf"|propos\w*|recommend\w*|suggest\w*){WORD_END}"
    # (the writer's reckoning: "Theo tính toán của tác giả", "by the authors' estimate")
    rf"|(?:[Tt]heo|[Aa]ccording{_B}to){_B}(?:tính{_B}toán|ước{_B}tính|đánh{_B}giá|dự{_B}báo"
    rf"|the{_B}(?:calculations?|estimates?))(?:{_B}(?:của|of)){_B}(?:nhóm{_B})?"
    rf"(?:tác{_B}giả|the{_B}authors?)"
)


def author_view(text: str) -> bool:
    """Whether ``text`` tells what the paper or its writer proposes, judges or reckons."""
    return _VIEW.search(text) is not None


__all__ = ["author_view"]

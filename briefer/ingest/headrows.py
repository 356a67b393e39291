"""What a head line's neighbours say it is (pure): rules the head reader (``head.py``) asks
before taking a line for a site's masthead or a label over the headline.

- A line right under a breadcrumb ("Trang chủ > Thị trường > Xuất nhập khẩu", "Home » World")
  is where the page's article begins: its headline, never the site's name. The site's name
  and menu sit above the path; a row of tools under the headline ("Bản in  Lưu bài", "Print
  Share") is no site menu marking the line over it as the masthead.
- A line in a PDF's large type over another in that type, neither a sentence, is a headline
  wrapped at the line's end ("Quan hệ Việt Nam - Phần" / "Lan trong bối cảnh …"): a label over
  a headline is set in its own, smaller type.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest.found import Line
from briefer.ingest.lines import ends_sentence

# A breadcrumb: a path of two or more short steps between arrows ("A > B > C", "A » B").
_STEP: Final = re.compile(r"\s+[>»›]\s+")
_STEP_WORDS: Final = 5


def breadcrumb(text: str) -> bool:
    """A page's path to the article ("Trang chủ > Thị trường", "Home » World » Asia")."""
    steps = _STEP.split(text.strip())
    return len(steps) >= 2 and all(1 <= len(s.split()) <= _STEP_WORDS for s in steps)


def under_breadcrumb(head: list[Line], index: int) -> bool:
    """Whether the line at ``index`` comes right under a breadcrumb (blank lines aside)."""
    above = next((line for line in reversed(head[:index]) if line.text.strip()), None)
    return above is not None and breadcrumb(above.text)


def large_run(line: Line, below: list[Line]) -> bool:
    """A line in large type, not a sentence, with the next line in large type too: one
    headline over two lines, not a label over it."""
    following = next((ln for ln in below if ln.text.strip()), None)
    return (
        line.large
        and following is not None
        and following.large
        and following.kept
        and not ends_sentence(line.text)
        # (a label's colon, "Góc nhìn:", ends a word or two; a headline's first phrase before
        # its colon is longer: "Việt Nam - X:", "Hàng Việt vào Y:" go on in the next line)
        and (not line.text.endswith(":") or len(fur.words(line.text)) >= _COLON_PHRASE)
        and not fur.is_upper(line.text)  # (a kicker in capitals over the headline is a label)
    )


_COLON_PHRASE = 3


__all__ = ["breadcrumb", "large_run", "under_breadcrumb"]

"""A writer's name as a byline or the page's markup gives it, brought to the bare name (pure).

Owns two shapes the choice between the text's and the markup's writer (``choose_author``)
met whole: a post written *before* the name ("South-East Asia correspondent Jane Roe",
"Phóng viên thường trú Nguyễn Văn A") and a name the text cut at its middle initial's dot
("Jane R" where the page says "Jane R. Roe").
"""

from __future__ import annotations

import re
from typing import Final

_CAP: Final = "A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
# A word of a person's name: a capital, then letters (an apostrophe or hyphen inside), or a
# middle initial with its dot.
_NAME_WORD: Final = rf"(?:[{_CAP}][^\W\d_]*(?:['’-][^\W\d_]+)*|[{_CAP}]\.)"
# A post a writer holds, written in front of the name: the post's own noun ends it (a region
# or beat may come before: "Europe correspondent", "senior business reporter").
_POST_BEFORE: Final = re.compile(
    r"^(?:[\w’'-]+\s+){0,4}?"
    r"(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer"
    r"|bureau\s+chief|phóng\s+viên(?:\s+thường\s+trú)?|biên\s+tập\s+viên|cộng\s+tác\s+viên"
    r"|thông\s+tín\s+viên)\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}})$",
    re.IGNORECASE,
)


def without_post(name: str) -> str:
    """ "South-East Asia correspondent Jane Roe" → "Jane Roe": the name after a post written
    before it; a name without one as it is."""
    bare = " ".join(name.split())
    match = _POST_BEFORE.match(bare)
    # (the name's words must be capitalised in fact: the pattern ignores case for the post)
    if match and all(w[:1].isupper() for w in match.group("name").split()):
        return match.group("name")
    return bare


def past_initial(cut: str, whole: str) -> bool:
    """Whether ``cut`` is ``whole`` stopped at a middle initial's dot ("Jane R" of
    "Jane R. Roe"): the longer form is then the name, not a note after it."""
    cut, whole = " ".join(cut.split()), " ".join(whole.split())
    return (
        len(cut.split()) >= 2
        and re.search(rf"\s[{_CAP}]$", cut) is not None
        and whole.startswith(cut + ".")
    )

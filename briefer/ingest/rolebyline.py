"""A byline that names a role, not a person: "Phóng viên TTXVN tại châu Phi", "Our
correspondent in Nairobi", "PV VOV tại Paris" (pure).

Such a line credits the agency's or the paper's own desk, which the sets' conventions give no
author; a role followed by a person's name ("Phóng viên Thu Hà") keeps its person.
"""

from __future__ import annotations

import re
from typing import Final

# a reporter's role, then the body's initials or where the reporter is posted: no person
_ROLE_ONLY: Final = re.compile(
    r"^(?:nhóm\s+)?(?:phóng\s+viên|pv|ptv|biên\s+tập\s+viên|(?:our|staff|special|a)\s+"
    r"(?:correspondent|reporter|writer)s?|correspondents?|reporters?)"
    r"(?:\s+(?:thường\s+trú|thông\s+tấn|tin\s+tức|ảnh|của))?"
    # (the body's initials in capitals, whatever the case of the role before them)
    r"(?P<body>\s+(?-i:[A-ZĐ][A-ZĐ0-9+/&.-]{1,15}))?"
    r"(?P<posted>\s+(?:tại|ở|in|at|from|based\s+in)\s+.+)?$",
    re.IGNORECASE,
)


def role_only(author: str) -> bool:
    """Whether the byline is a role with the body's initials or a posting, and no name."""
    match = _ROLE_ONLY.match(" ".join(author.split()))
    # (a bare role, "Nhóm PV", is the team's byline; the role must say whose or where)
    return bool(match and (match.group("body") or match.group("posted")))


def without_role_only(author: str) -> str:
    """The byline, or "" when it names a role and no person."""
    return "" if role_only(author) else author


__all__ = ["role_only", "without_role_only"]

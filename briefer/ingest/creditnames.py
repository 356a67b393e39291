"""A writer credited on a line of its own, outside the byline slot (pure).

Two credits name the person who put a page's words down when no byline does: a closing
"Written by Name." line at a feature's foot (the site prints it under the last paragraph,
not under the headline), and a translator's "Người dịch: Name" / "Translated by Name" over
a translated article (in its head, beside the source line, before the prose), the only
person the page credits for its text; a translator's note after the prose is the site's own
version's, no byline. This module owns reading such a line; the name must read as a
person's (two to five capitalised words), so a desk or an outlet credited this way names
no writer.
"""

from __future__ import annotations

import re
from typing import Final

_NAME: Final = r"(?P<name>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){1,4})"
# ("Written by Name.", "Words by Name", "Viết bởi Name"): a closing credit line.
_CLOSING: Final = re.compile(rf"^(?:(?:Written|Words|Story)\s+by|Viết\s+bởi)\s*:?\s+{_NAME}\.?$")
# ("Người dịch: Name", "Dịch giả: Name", "Translated by Name", "Translation: Name").
_TRANSLATOR: Final = re.compile(
    rf"^(?:(?:Người\s+)?[Dd]ịch(?:\s+giả)?|Lược\s+dịch|Biên\s+dịch|Translat(?:ed|ion)\s+by"
    rf"|Translator|Translation)\s*:?\s+{_NAME}\.?$"
)
_HEAD_LINES: Final = 12  # a translator's credit stands by the headline and the source line
_PROSE_WORDS: Final = 12  # a line this long ending on a stop is the text's first paragraph
_FOOT_LINES: Final = 8  # a closing credit stands under the last paragraph or two


def _person(name: str) -> str:
    words = name.split()
    return name if all(w[:1].isupper() for w in words) and 2 <= len(words) <= 5 else ""


def _named(pattern: re.Pattern[str], line: str) -> str:
    match = pattern.match(line)
    if not match:
        return ""
    return _person(match.group("name"))


def credited_writer(text: str) -> str:
    """The person a closing "Written by Name." line or a translator's credit names; ""."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    for line in lines[-_FOOT_LINES:]:
        if name := _named(_CLOSING, line.strip("*_ ")):
            return name
    for line in lines[:_HEAD_LINES]:
        if line.endswith(".") and len(line.split()) >= _PROSE_WORDS:
            break  # (a translator's note after the prose: the site's own version, no byline)
        if name := _named(_TRANSLATOR, line):
            return name
    return ""


__all__ = ["credited_writer"]

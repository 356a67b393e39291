"""A press release's notes to editors at its foot (pure): "Notes to Editors", "Note for
editors", "Ghi chú cho biên tập viên", then a few paragraphs for the journalists who will
write it up — who the issuer or its agency is, where to ask for more — not the release.

The heading is a label the line rules already drop; the paragraphs under it read like prose
and would stay. When the heading stands at the text's foot (a few kept paragraphs under it,
the release above it), everything under it goes with it. The heading is what the section
is, in any outlet's words for it: the notes are addressed to editors.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

_B: Final = r"[^\S\n]"
_HEADING: Final = re.compile(
    rf"^(?:Notes?|Information|Background){_B}+(?:to|for){_B}+(?:the{_B}+)?editors?"
    rf"|^(?:Ghi{_B}+chú|Lưu{_B}+ý|Thông{_B}+tin){_B}+(?:cho|dành{_B}+cho|gửi){_B}+"
    rf"(?:ban{_B}+)?biên{_B}+tập(?:{_B}+viên)?",
    re.IGNORECASE,
)
_HEADING_WORDS: Final = 8
_NOTES: Final = 6  # kept paragraphs the notes hold at most: a foot, not a section


def notes_heading(text: str) -> bool:
    """A heading that addresses what follows to editors, alone on its line."""
    text = text.strip().rstrip(":")
    return len(text.split()) <= _HEADING_WORDS and _HEADING.match(text) is not None


def mark_press_notes(lines: list[Line]) -> None:
    """Mark the paragraphs under a notes-to-editors heading at the text's foot."""
    for index, line in enumerate(lines):
        if not notes_heading(line.text):
            continue
        below = [ln for ln in lines[index + 1 :] if ln.kept]
        if len(below) > _NOTES or not any(ln.kept for ln in lines[:index]):
            continue  # (the release goes on under it, or the text is only the notes)
        line.reason = line.reason or "notes to editors"
        for rest in below:
            rest.reason = "notes to editors"
        return


__all__ = ["mark_press_notes", "notes_heading"]

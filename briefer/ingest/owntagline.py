"""The page's own outlet named with what it is the organ of (pure): a masthead's tagline.

A site's header sets its name over or beside a line saying whose voice it is: "Báo X - Diễn
đàn của Hội Y", "The X Herald — the official newspaper of the Y Party", "X | Tiếng nói của
Z". Copied with the article, that line is neither a headline nor a sentence of it: the
outlet's own name (whatever the outlet is: the one chosen, not a list), its kind of paper
perhaps before it, a dash or a bar, and an "organ of" clause. An article's sentence that
opens on the outlet's name goes on in words of its own ("X - the paper founded in 1986 -
reported …"), never in such a clause.

Cleaning reads the body before the outlet is chosen (a credit, "TTXVN", may stand for it
then); once chosen, a paragraph at the body's either end that is that outlet's name alone or
with such a clause is the masthead again (:func:`without_own_masthead`).

This module owns :func:`own_tagline` and :func:`without_own_masthead`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from briefer.ingest.cleantypes import Cleaned, Removed
from briefer.text.fold import fold

# The name, then a dash, a bar or a colon.
_SEPARATOR: Final = re.compile(r"\s+[-–—|:]\s+")
# A paper's kind before its name ("Báo X", "Tạp chí X", "The X").
_KIND: Final = re.compile(r"^(?:bao(?:\s+dien\s+tu)?|tap\s+chi|the)\s+")
# Whose organ, forum or voice the outlet is.
_ORGAN_CLAUSE: Final = re.compile(
    r"^(?:(?:cơ\s+quan(?:\s+ngôn\s+luận|\s+chủ\s+quản)?|diễn\s+đàn|tiếng\s+nói)"
    r"(?:\s+trung\s+ương)?\s+(?:của|thuộc)"
    r"|(?:an?\s+|the\s+)?(?:official\s+)?(?:organ|voice|forum|mouthpiece|publication|journal"
    r"|newspaper|paper)\s+of)\s+\S",
    re.IGNORECASE,
)
_TAGLINE_WORDS: Final = 16


def _bare(name: str) -> str:
    return _KIND.sub("", fold(" ".join(name.split())).lower())


def own_tagline(text: str, outlet: str) -> bool:
    """Whether a line is the outlet's own name, then an "organ of" clause."""
    parts = _SEPARATOR.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not outlet.strip():
        return False
    name, tagline = parts
    return (
        _bare(name) == _bare(outlet)
        and bool(_ORGAN_CLAUSE.match(tagline))
        and len(tagline.split()) <= _TAGLINE_WORDS
        and not tagline.rstrip().endswith(("?", "!"))
    )


_ENDS: Final = 3  # (paragraphs at each end of the body where a header or footer is left)


def _own_masthead(paragraph: str, outlet: str) -> bool:
    text = " ".join(paragraph.split())
    return _bare(text) == _bare(outlet) or own_tagline(text, outlet)


def without_own_masthead(cleaned: Cleaned, outlet: str) -> Cleaned:
    """``cleaned`` without its paragraphs at either end that are the outlet's own masthead."""
    paragraphs = cleaned.paragraphs
    ends = set(range(_ENDS)) | set(range(len(paragraphs) - _ENDS, len(paragraphs)))
    gone = [i for i in sorted(ends) if 0 <= i < len(paragraphs)]
    gone = [i for i in gone if outlet.strip() and _own_masthead(paragraphs[i], outlet)]
    if not gone or len(gone) == len(paragraphs):
        return cleaned
    body = "\n\n".join(p for i, p in enumerate(paragraphs) if i not in gone)
    removed = [*cleaned.removed, *(Removed(paragraphs[i], "masthead") for i in gone)]
    return replace(cleaned, body=body, removed=removed)


__all__ = ["own_tagline", "without_own_masthead"]

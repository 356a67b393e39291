"""A press release's boilerplate about its issuer (pure): "About <organisation>" at the foot.

A press release closes with standing paragraphs under a heading "About <organisation>" ("Về
<tổ chức>", "Giới thiệu về <tổ chức>"): who the issuer is, the same in every release, no
news. The heading is a label the line rules already drop; the paragraphs under it read like
prose and would stay. When such a heading stands at the text's foot — only a few kept
paragraphs after it, nothing of the article below them — and the first of them opens on the
name the heading gives ("Business X is …", "Hiệp hội X là …"), those paragraphs go with it.
An "About …" heading with the article still running under it, or over a paragraph about
something else ("Về thương mại" over the year's figures), heads a section of the article.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

_ABOUT: Final = re.compile(
    r"^(?:About|Giới\s+thiệu\s+về|Về)\s+(?:the\s+)?(?P<name>\S[^.!?:;,]{0,80}?):?$", re.IGNORECASE
)  # (a label: no sentence's stop or comma)
_WORD: Final = re.compile(r"\w+")
_HEADING_WORDS: Final = 12  # (Vietnamese counts syllables: "Giới thiệu về Hiệp hội …")
_BLOCK: Final = 3  # paragraphs a boilerplate holds at most


def mark_about_block(lines: list[Line]) -> None:
    """Mark the paragraphs under an "About <organisation>" heading at the text's foot."""
    for index, line in enumerate(lines):
        text = line.text.strip()
        about = _ABOUT.match(text)
        if about is None or len(text.split()) > _HEADING_WORDS:
            continue
        below = [ln for ln in lines[index + 1 :] if ln.kept]
        if not below or len(below) > _BLOCK or not _opens_on(below[0].text, about["name"]):
            continue
        if not any(ln.kept for ln in lines[:index]):
            return  # (nothing above it: the text is the boilerplate, not a release)
        line.reason = line.reason or "about the issuer"
        for rest in below:
            rest.reason = "about the issuer"
        return


def _opens_on(text: str, name: str) -> bool:
    """The paragraph opens on the name's first two words ("The" aside)."""
    named = _WORD.findall(name.casefold())[:2]
    words = _WORD.findall(re.sub(r"^the\s+", "", text.casefold()))
    return len(named) >= 1 and words[: len(named)] == named


__all__ = ["mark_about_block"]

"""The headline as the reader sees it, not as a page's furniture or markup frames it.

Owns four small readings of a chosen title: pictographs around a post's headline (a flag
pair, a pin) are decoration, not words; a breadcrumb trail ("Forum › Markets › Americas")
names where a page sits, never what it says; a declared title that ends with the page's
last breadcrumb ("Board X - Media Releases") names the listing the article sits in; and a
bracketed form label ("[Infographic]") belongs to the headline when the page's own heading
prints it, not when only the markup's title carries it.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.titlelabel import without_form_label

# Emoji, regional-indicator flags, dingbats, their joiners and variation selectors.
_PICTOGRAPHS: Final = (
    "\U0001f000-\U0001faff\U0001f1e6-\U0001f1ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
)
_AROUND: Final = re.compile(rf"^[{_PICTOGRAPHS}\s]+|[{_PICTOGRAPHS}\s]+$")
# The separators a breadcrumb trail joins its crumbs with.
_CRUMB: Final = re.compile(r"\s+(?:›|»|>|&gt;|/)\s+")
_TRAIL_MARK: Final = re.compile(r"\s+[›»]\s+")  # (">" and "/" also join a headline's words)
_TRAIL_PARTS: Final = 3  # "Site › Section › Subsection": a trail has three crumbs or more
_TITLE_PARTS: Final = re.compile(r"\s+[-–|:]\s+")
_HEAD_LINES: Final = 40  # where a page's breadcrumb and heading are printed


def without_pictographs(title: str) -> str:
    """ "🇻🇳🇳🇮 X 🚀" → "X": the words of a headline without the emoji around them."""
    bare = _AROUND.sub("", title)
    return bare if bare else title


def is_trail(title: str) -> bool:
    """Whether a line is a breadcrumb trail: three crumbs or more joined by "›", "»", ">"
    (a headline uses such a mark once at most)."""
    return len(_TRAIL_MARK.split(title.strip())) >= _TRAIL_PARTS


def names_listing(title: str, text: str) -> bool:
    """Whether a declared title ("Board X - Media Releases") ends with the last crumb of a
    breadcrumb the page prints ("Home > Media Centre > Media Releases"): the name of the
    list page the article was saved from, not its headline."""
    parts = _TITLE_PARTS.split(title.strip())
    if len(parts) < 2:  # (a site's name and a section's)
        return False
    for line in text.splitlines()[:_HEAD_LINES]:
        crumbs = _CRUMB.split(line.strip())
        if len(crumbs) >= 2 and crumbs[-1].casefold() == parts[-1].casefold():
            return True
    return False


def shown_form(title: str, text: str) -> str:
    """The title with or without its form label as the page's heading prints it: the
    heading under the file's first line (the markup's title) decides."""
    bare = without_form_label(title)
    for raw in text.splitlines()[1:_HEAD_LINES]:
        line = raw.strip()
        if line == bare:
            return bare
        if without_form_label(line) == bare:
            return line
    return title


def framed_title(title: str, declared: str, heading: str, text: str) -> str:
    """The headline the reader sees: the text's heading over a declared title naming the
    listing the page sits in; a thread's reposted headline over a breadcrumb trail; the
    page heading's form label kept or dropped as it prints it; emoji around it dropped."""
    from briefer.ingest.repostmeta import thread_headline

    if declared and title == declared and heading and names_listing(declared, text):
        title = heading
    if is_trail(title):
        title = thread_headline(text) or title
    return without_pictographs(shown_form(title, text)) if title else title

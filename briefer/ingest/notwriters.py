"""What a byline's place holds that names no writer (pure).

Two kinds of line sit where a writer's name would and read like one, capitalised words and
no stop:

- a publication's series label beside the date ("Policy Brief · 15 September 2025",
  "Working Paper", "Issue Brief"): what the document is, named by a noun no person's name
  ends on;
- a page's section label over the headline ("National News", "World News"): the section's
  noun, "News", which no person's name ends on;
- a listing's heading over links to other pieces ("Top Stories", "Latest Headlines", "More
  Videos"): a plural noun of the items listed, which no person's name ends on;
- a box's heading over a list ("Most Viewed", "About the Agency") or a page's button ("E-Paper
  Login"): a ranking word, "About", a sign-in's word, that no person's name holds;
- a listing's title ending on an abstract noun's plural ("Cabinet Decisions");
- a row of language names, the page's language switch ("Tiếng Việt English Français"): every
  word of it a language's name as written in that language;
- a row of topic tags under the text ("Policies Ireland Trade Asia Pacific"): five words or
  more among which a country or a world region is named. A writer's name of that length
  naming a place does not occur; a short one may ("Jordan Lee").

This module owns telling them apart (:func:`no_writer`); the byline readers ask it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from briefer.ingest.countries import count_countries

# A series label: one or two capitalised words before a paper's noun. ("X Report" is not
# one: a desk signs so, "Business Report", and the sets key that desk as the writer.)
SERIES_LABEL: Final = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,2}(?:Brief|Briefing|Paper|Commentary|Backgrounder|Factsheet"
    r"|Series)$"
)
# A page's section over the headline ("National News", "World News", "Local News"): what
# the page files the story under; no person's name ends on "News".
_SECTION: Final = re.compile(r"^(?:[A-Z][a-z]+\s+){1,2}News$")
# A listing's heading: up to two capitalised words before the plural of what it lists.
_LISTING: Final = re.compile(
    r"^(?:[A-Z][a-z'’]+\s+){0,2}(?:Stories|Articles|Headlines|Posts|Videos|Reads|Picks|Updates)$"
)
# A box's ranking heading ("Most Viewed", "Most Read", "Top Comments", "Latest Releases"), its
# "About X" heading, a page's sign-in button ("E-Paper Login").
_BOX_HEADING: Final = re.compile(
    r"^(?:Most\s+(?:Viewed|Read|Popular|Shared|Commented|Recent)|Top\s+[A-Z][a-z]+s"
    r"|Latest\s+[A-Z][a-z]+s|About\s+(?:the\s+|us\b|[A-Z]).*)$"
    r"|\b(?:Log\s?in|Sign\s+in|Sign\s+up|E-?Paper)\b",
    re.IGNORECASE,
)
# A title ending on an abstract noun's plural ("Cabinet Decisions", "Trade Negotiations",
# "Board Appointments"): what a page lists, no person's name ends on it.
_ABSTRACT_PLURAL: Final = re.compile(r"\s[A-Z][a-z]+(?:ions|ments|ships|ances|ences)$")
# Languages' names as written in the language: a page's language switch lists them.
_LANGUAGES: Final = frozenset(
    (
        "tiếng việt", "english", "français", "español", "português", "deutsch", "italiano",
        "русский", "中文", "日本語", "한국어", "čeština", "polski", "ไทย", "ລາວ", "ខ្មែរ",
        "العربية", "bahasa", "indonesia", "melayu", "nederlands", "türkçe", "magyar",
    )
)  # fmt: skip
_REGION: Final = re.compile(
    r"\b(?:Asia|Europe|Africa|Americas?|Pacific|Oceania|Caribbean|Middle\s+East|ASEAN"
    r"|Châu\s+Á|Châu\s+Âu|Châu\s+Phi|Châu\s+Mỹ)\b"
)
_TAG_WORDS: Final = 5


def no_writer(name: str) -> bool:
    """Whether a byline's name is a series label or a row of topic tags, no person."""
    bare = " ".join(name.split())
    if SERIES_LABEL.match(bare) or box_heading(bare) or _ABSTRACT_PLURAL.search(bare):
        return True
    if _SECTION.match(bare):
        return True
    if language_row(bare):
        return True
    words = bare.split()
    # (tags are bare words, the first capitalised: a writer's line with a post or a place in
    # brackets or after a comma, "Name (PV tại Lào)", "Name, correspondent in X", is another)
    tags = bare[:1].isupper() and all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) for w in words)
    return tags and len(words) >= _TAG_WORDS and bool(_REGION.search(bare) or count_countries(bare))


def box_heading(text: str) -> bool:
    """A listing's or a box's heading ("Top Stories", "Most Viewed", "About X"), or a page's
    sign-in button: the lines under a heading are its items."""
    bare = " ".join(text.split())
    return bool(_LISTING.match(bare) or _BOX_HEADING.search(bare))


def language_row(text: str) -> bool:
    """A row of two languages' names or more, each as written in its own tongue (a page's
    language switch: "Tiếng Việt | English | Français")."""
    # (a tongue's name the printer's font could not draw comes out of a PDF as control or
    # replacement characters, "Tiếng Việt | English | \x00\x00 | Français": no name, skipped)
    drawn = "".join(" " if _undrawn(c) else c for c in text)
    rest = " ".join(re.sub(r"[|/·•]", " ", drawn).split()).casefold()
    names = 0
    while rest:
        name = next((n for n in _LANGUAGES if rest == n or rest.startswith(n + " ")), "")
        if not name:
            return False
        rest, names = rest[len(name) :].strip(), names + 1
    # (one suffices when it says it is a tongue: "Tiếng Việt" is Vietnamese for "the Vietnamese
    # language", no person's name)
    return names >= 2 or bool(_TONGUE.fullmatch(text.strip()))


_TONGUE: Final = re.compile(r"Tiếng\s+[A-ZĐ]\w*")


def _undrawn(char: str) -> bool:
    """A control, private-use, unassigned or replacement character: a glyph lost in print."""
    return char == "\ufffd" or (unicodedata.category(char)[0] == "C" and not char.isspace())


__all__ = ["SERIES_LABEL", "box_heading", "language_row", "no_writer"]

"""An outlet's name as a claim gives it, brought to the name itself (pure).

Owns two shapes the outlet's claims (``outletclaims.outlet_claims``) came in:

- a page's version label glued to the name: the print view's "X - Bản in", "X | Print
  version", "Printer-friendly - X", or the label alone as the <title>'s site part ("Bản in");
  the label says which view of the page was saved, not who published it;
- a site's call to follow it on a social network ("Follow X on WhatsApp", "Theo dõi X trên
  Zalo"): the site naming itself, a stronger sign of the masthead than a copyright line's
  holder (often the parent company: "© Group Y");
- the site's initials where the page also spells its name out ("KBR" and "Kigali Business
  Review" in its header): the name, not the short form.

It owns the one initials test the outlet readers share (:func:`initials`: a name's
capitalised words' first letters), which a foot's initials confirming a masthead
(``headfoot``) uses too.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.outletnames import known_outlet, table_name

# A saved view's label: the print version, a printer-friendly page, an AMP page.
_VIEW: Final = (
    r"(?:bản\s+in|bản\s+để\s+in|in\s+bài(?:\s+viết)?|print(?:er[\s-]friendly)?(?:\s+version)?"
    r"|print\s+view|amp|phiên\s+bản\s+di\s+động|mobile(?:\s+version)?)"
)
_VIEW_END: Final = re.compile(rf"\s*[-–|:]\s*{_VIEW}\s*$|\s*\(\s*{_VIEW}\s*\)\s*$", re.IGNORECASE)
_VIEW_START: Final = re.compile(rf"^\s*{_VIEW}\s*[-–|:]\s*", re.IGNORECASE)
_VIEW_ALONE: Final = re.compile(rf"^\s*{_VIEW}\s*$", re.IGNORECASE)
_CAP: Final = "A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"


def without_view_label(name: str) -> str:
    """ "Báo X - Bản in" → "Báo X"; a label alone ("Bản in", "Print version") → ""."""
    if _VIEW_ALONE.match(name):
        return ""
    return _VIEW_START.sub("", _VIEW_END.sub("", name)).strip()


def initials(words: list[str]) -> str:
    """The first letters of a name's capitalised words, the one initials test the importer's
    outlet readers share ("Agence Presse Service" → "APS", "Bank of the North" → "BN": a
    word in lower case is no part of them)."""
    return "".join(w[0] for w in words if w[:1].isupper())


def spelled_out(short: str, head: str) -> str:
    """The name ``short`` (2 to 6 capitals) abbreviates, as the page's ``head`` spells it:
    capitalised words whose first letters are those capitals, in order, on a line of their own
    ("KBR" → "Kigali Business Review"); "" when the head spells out none, or more than one."""
    if not re.fullmatch(rf"[{_CAP}]{{2,6}}", short):
        return ""
    # (on a line of its own, a masthead: words of a headline or a sentence that happen to
    # open on those letters, "Tỉnh Sông Mây đón …" for "TSM", spell out nothing)
    found = {
        " ".join(words)
        for words in (line.split() for line in head.splitlines())
        if len(words) == len(short)
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and initials(words) == short
    }
    return found.pop() if len(found) == 1 else ""


# A word of a spelled-out name: a capital, then letters.
_NAME_WORD: Final = re.compile(rf"[{_CAP}][^\W\d_]+")


# The networks and readers a site asks its readers to follow it on.
_NETWORK: Final = (
    r"(?:WhatsApp|Telegram|Facebook|X|Twitter|LinkedIn|Instagram|YouTube|TikTok|Threads"
    r"|Zalo|Google\s+News|Google\s+Tin\s+tức|Viber|Line)"
)
_FOLLOW: Final = re.compile(
    rf"(?:^|(?<=\s))(?:Follow|Theo\s+dõi)\s+(?P<name>[{_CAP}0-9][^\n]{{0,40}}?)\s+(?:on|trên)\s+{_NETWORK}\b",
    re.MULTILINE,
)
# (the call may close a line of the article's furniture: "Name · 20/07/2025 08:00 Follow X on
# Google News", "Chia sẻ Theo dõi X trên Google News": its capital opens the call)
# (a pronoun or the page's generic word is no name: "Follow us on X", "Theo dõi chúng tôi")
_NO_NAME: Final = re.compile(r"^(?:us|me|the\s+latest|chúng\s+tôi|tin\s+tức|báo|bài\s+viết)$", re.I)


# "Get WhatsApp alerts from X": the same call, the site named after its network.
_ALERTS: Final = re.compile(
    rf"(?:^|(?<=\s))Get\s+(?:{_NETWORK}\s+)?(?:alerts|updates|news\s+alerts)\s+from\s+"
    rf"(?P<name>[{_CAP}0-9][^\n]{{0,40}}?)[.!]?[ \t]*$",
    re.MULTILINE,
)
# "Get the X app", "Download the X app": the site asks its readers to install its app.
_APP: Final = re.compile(
    rf"(?:^|(?<=\s))(?:Get|Download)\s+the\s+(?P<name>[{_CAP}0-9][^\n]{{0,30}}?)\s+app\b",
    re.MULTILINE,
)
# "MORE FROM X", "Latest from X": a heading over the site's own list of stories, on a line of
# its own; a name the outlet table knows (a section's or a place's, "More from Asia", is none).
_MORE_FROM: Final = re.compile(
    r"^[ \t]*(?:More|Latest|Most\s+read)\s+(?:stories\s+)?from\s+(?P<name>[^\n]{2,40}?)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def followed_name(text: str) -> str:
    """The name a site asks its readers to follow it by ("Follow X on Telegram", "Get
    WhatsApp alerts from X", a known outlet's "Get the X app" → "X"), or heads its own list
    of stories with ("More from X", a known outlet); "" when no line does, or two lines name
    different sites."""
    names = {
        m.group("name").strip()
        for m in (*_FOLLOW.finditer(text), *_ALERTS.finditer(text))
        if not _NO_NAME.match(m.group("name").strip())
    }
    # (an app is the site's own when the table knows its name as an outlet's: a group's app,
    # "Get the Y app" at the foot of Y's paper X, names the owner)
    names |= {
        table_name(m.group("name")) for m in _APP.finditer(text) if table_name(m.group("name"))
    }
    names |= {
        known_outlet(m.group("name"))
        for m in _MORE_FROM.finditer(text)
        if known_outlet(m.group("name"))
    }
    return names.pop() if len(names) == 1 else ""

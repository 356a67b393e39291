"""The name a pasted page's foot confirms (pure): a masthead line at its head that its foot
names again, and the body a foot's address line opens on.

A browser copy of a page keeps the site's masthead as one of its first lines, often glued to
its slogan ("The X Post Truth before speed") or set beside it ("X – the open encyclopedia"),
and its foot as the last lines. A short name at the head is only a guess (a headline, a
menu); the foot saying it again settles it: the same words ("X Courier, 2025. Reproduction
prohibited."), their initials ("© APS 2025" under "Agence Presse Service") or the site's
address that spells them ("© 2025 thexpost.net"). The words the foot confirms are the
name, what follows them on the line its slogan. A foot that names the company owning the
paper confirms the masthead its name opens on ("© 2025 X Post Public Company Limited" under
"X Post", "© Y Group" under "THE Y"): the company is the owner, the masthead its paper.

A foot's address line names the body that publishes the page before its address ("Đại học
X. Số 1 phố Y, Hà Nội. ĐT: …", "Trường Z – Khu phố 6, phường …", "© 2025 Tập đoàn X. Địa chỉ:
…"): the name, then the street.

This module owns :func:`foot_confirmed_head` and :func:`foot_address_name`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.companytail import ARTICLE, COMPANY_TAIL
from briefer.ingest.outletforms import initials
from briefer.text.fold import fold

_HEAD_LINES: Final = 3
_FOOT_LINES: Final = 3
_MIN_LINES: Final = 8  # (a text this short has no head and foot of its own)
_MAX_WORDS: Final = 6
_MAX_ADDRESSED: Final = 12  # (a body's full name before its address)
# A line's own parts: a name set beside its slogan or its sister brands.
# (a hyphen is no such mark: "Hội X - Y", "Hiệp hội A - B - C" are one name)
_PARTS: Final = re.compile(r"\s+[–—|·•]\s+")
# A foot line that is the site's own: its copyright, its reservation, its address.
_SITE_MARK: Final = re.compile(
    r"©|\(c\)|\bcopyright\b|bản\s+quyền|\breserved\b|\bprohibited\b|\b[a-z0-9-]+\.[a-z]{2,4}\b",
    re.IGNORECASE,
)
_DOMAIN: Final = re.compile(r"\b(?:www\.)?(?P<label>[a-z0-9-]{3,40})\.[a-z]{2,4}(?:\.[a-z]{2})?\b")


def _name_words(words: list[str]) -> bool:
    """A name's shape: its first and last words capitalised (a Vietnamese name keeps its
    syllables in lower case between: "Bách khoa X"), no figure."""
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and not any(any(ch.isdigit() for ch in w) for w in words)
    )


def _owned(name: str, foot: str) -> str:
    """The masthead when the foot names a company its words open ("X Post Group" under
    "X Post", "Y Media Ltd" under "THE Y"), else "": the company owns the paper the head
    shows. The article may stay off the company's name; a masthead in capitals is shown as
    the foot writes its words."""
    bare = ARTICLE.sub("", name)
    words = bare.split()
    lead = r"(?<![\w.])(?P<words>" + r"\W+".join(re.escape(w) for w in words) + ")"
    match = re.search(lead + COMPANY_TAIL, foot, re.IGNORECASE)
    if not match:
        return ""
    if not name.isupper():
        return name
    article = name[: len(name) - len(bare)]
    return (article.title() if article else "") + match.group("words")


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text).lower()))


def _confirmed(name: str, foot: str, labels: set[str]) -> str:
    """The name as the foot writes it when the foot confirms it, else "": the foot's words
    closing one of its parts ("X", "About X", not "X of Y": whose organ a name is), their
    initials, or the address that spells them."""
    words = name.split()
    ends_part = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?=\s*(?:$|[.,;:|·•–—]))"
    match = re.search(ends_part, foot, re.IGNORECASE | re.MULTILINE)
    if match:
        # (a masthead in capitals, "X COURIER", is shown as the foot writes it)
        return match.group(0) if name.isupper() else name
    joined = _key(name).replace(" ", "")
    if joined in labels or (joined.startswith("the") and joined[3:] in labels):
        return name
    owned = _owned(name, foot)
    if owned:
        return owned
    short = initials(words)
    if len(short) >= 2 and re.search(rf"(?<![\w.]){re.escape(short)}(?![\w.])", foot):
        return name
    return ""


def _place(name: str) -> bool:
    from briefer.ingest.countries import country_of_name
    from briefer.ingest.found import is_city

    return bool(country_of_name(name)) or is_city(name)


def foot_confirmed_head(text: str) -> str:
    """The masthead at a pasted page's head that its foot names again ("" if none)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) < _MIN_LINES:
        return ""
    foot = "\n".join(ln for ln in lines[-_FOOT_LINES:] if _SITE_MARK.search(ln))
    if not foot:
        return ""
    # (an e-mail address names a mailbox, not the site: "desk.news@x.vn")
    bare = re.sub(r"\S+@\S+", " ", foot.lower())
    labels = {m.group("label").replace("-", "") for m in _DOMAIN.finditer(bare)}
    for line in lines[:_HEAD_LINES]:
        words = _PARTS.split(line)[0].split()
        # (a name runs to its first comma: "City, day" is a dateline)
        cut = next((i + 1 for i, w in enumerate(words) if w.endswith(",")), len(words))
        words = [w.rstrip(",") for w in words[:cut]]
        # the longest run of the line's first words that the foot confirms
        for n in range(min(len(words), _MAX_WORDS), 0, -1):
            if not _name_words(words[:n]) or _place(" ".join(words[:n])):
                continue
            # (one word alone is confirmed only as the name its owner's company opens on:
            # "X" over "© X Media Ltd", not a menu's "News" over "News ·")
            lead = " ".join(words[:n])
            name = _confirmed(lead, foot, labels) if n > 1 else _owned(lead, foot)
            if name:
                return name
    return ""


# A foot's address line: the name, a stop or a dash, then where it is.
_ADDRESS_LINE: Final = re.compile(
    r"^(?:(?:©|Copyright|Bản\s+quyền)\s*(?:\d{4}\s*)?)?(?P<name>[^\W\d_].{4,80}?)"
    r"(?:\.|\s[–—-])\s+(?=(?:Số\s+\d|Địa\s+chỉ\s*:|Trụ\s+sở\s*:|Khu\s+phố\s|[Pp]hường\s|Tầng\s+\d))"
)


def foot_address_name(text: str) -> str:
    """The body a pasted page's last lines name before their address ("" if none)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) < _MIN_LINES:
        return ""
    for line in reversed(lines[-_FOOT_LINES:]):
        match = _ADDRESS_LINE.match(line)
        name = match.group("name") if match else ""
        words = name.split()
        # (a field of the colophon inside it, "X. Tổng biên tập: Y", is no name)
        if ":" not in name and 2 <= len(words) <= _MAX_ADDRESSED and _name_words(words):
            return name
    return ""


__all__ = ["foot_address_name", "foot_confirmed_head"]

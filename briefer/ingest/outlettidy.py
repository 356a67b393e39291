"""The last look at a chosen outlet's name: what a reader glued to it, or cut off it.

Owns :func:`tidy_outlet`. Every reader of an outlet (a masthead, a copyright line, a title's
site part, a letterhead) hands over a line's words; the line often holds more than the name
or the reader splits it at a dash that belongs to the name. Whatever read it, the same
kinds of junk show, so they are undone once, on the chosen name:

- a copyright mark before it ("© X", "Copyright 2025 X") and a rights clause after it
  ("X All rights reserved");
- a year or a date after it ("X 2025", "X, 12/11/2026"): a stamp, never a name's end;
- a slogan after it ("X Qatar's leading daily", "X The Nation's Leading Newspaper", "X -
  Tin tức cập nhật 24/7"): a possessive and a superlative, or a sentence in lower case;
- a publisher line's words ("X Publisher Y", "X Co., Ltd", "X DAC"): the company, not the
  outlet;
- a tagline after a bar that says what kind of outlet it is ("X | Serbian News Agency",
  "X | The National Daily"): the name is X, written as the text writes it;
- a language edition's word after an outlet the table knows ("X English" where the text
  credits X alone, "Tehran, X - …"): the agency is X (an outlet the table does not know
  keeps its edition's name, "EL PAÍS English");
- a name cut at a dash inside it ("Hội Hữu nghị Việt Nam" of "… Việt Nam - Cuba", "Túi xách
  Việt Nam" of "Hiệp hội Da - Giày - Túi xách Việt Nam"): when the text writes the name on
  past the dash wherever it writes it, the whole name;
- a ministry's unit and the ministry joined by a comma ("Vụ X, Bộ Y"): written as a unit and
  its parent are, "Vụ X - Bộ Y".
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import country_of_name
from briefer.ingest.outlet_table import BODY_KIND, OUTLET_TABLE

_YEAR: Final = r"(?:19|20)\d\d"
# "©", "(c)", "Copyright", "Bản quyền" (and a year or range after it) before the name
_COPY_MARK: Final = re.compile(
    rf"^\s*(?:©|\(c\)|copyright\b|bản\s+quyền\b(?:\s+thuộc(?:\s+về)?)?)\s*(?:©\s*)?"
    rf"(?:{_YEAR}(?:\s*[-–]\s*{_YEAR})?\s*)?[.,:]?\s*",
    re.IGNORECASE,
)
# a year or a day with its year after the name: a stamp
_DATE_TAIL: Final = re.compile(rf"[\s,;|·–-]+(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-])?{_YEAR}\b.*$")
_RIGHTS_TAIL: Final = re.compile(
    r"[\s.,;|·–-]*\b(?:all\s+rights\s+reserved|bảo\s+lưu\s+mọi\s+quyền)\b.*$", re.IGNORECASE
)
# "Qatar's leading English daily", "The Nation's Leading Newspaper": a possessive and a
# superlative make a slogan, not a name
_SLOGAN: Final = re.compile(
    r"\s+(?:the\s+)?\S+['’]s\s+(?:leading|largest|premier|first|oldest|biggest|most|best"
    r"|only|number\s+one|no\.?\s*1|favou?rite|trusted|independent)\b.*$",
    re.IGNORECASE,
)
_PUBLISHER_TAIL: Final = re.compile(r"\s+(?:publisher|published\s+by|publishing)\b.*$", re.I)
# the company's legal form after its name
_LEGAL_FORM: Final = re.compile(
    r"[\s,]+(?:co\.?,?\s*ltd\.?|company\s+limited|pty\.?\s+ltd\.?|ltd\.?|inc\.?|llc|plc|dac"
    r"|jsc|corp\.?|gmbh)$",
    re.IGNORECASE,
)
# a continent, an ocean or a quarter of the world, in Vietnamese and English
_REGION: Final = re.compile(
    r"(?:Châu\s+)?(?:Á|Âu|Phi|Mỹ|Úc|Đại\s+Dương|Mỹ\s+La(?:tinh|\s+tinh))|Nam|Bắc|Đông|Tây"
    r"|Trung\s+Đông|Thái\s+Bình\s+Dương|Đại\s+Tây\s+Dương|Ấn\s+Độ\s+Dương|Asia|Africa"
    r"|Europe|Americas?|Pacific|Atlantic|Oceania|Middle\s+East|Latin\s+America"
)
_KIND: Final = re.compile(r"(?:Tạp\s+chí|Báo|Bản\s+tin)(?:\s+điện\s+tử)?\s+", re.IGNORECASE)
# a company's words after a paper's name: the group that owns it
_GROUP_TAIL: Final = re.compile(
    r"\s+(?:Media\s+Group|Media\s+Holdings?|Media\s+Corporation|Group|Holdings?)$"
)
_DASH: Final = re.compile(r"\s+[-–]\s+")
# a body's own unit, its office's word last ("Trade Promotion Directorate", "Press Office")
_SUBUNIT: Final = re.compile(
    r"\b(?:Department|Division|Office|Unit|Desk|Secretariat|Directorate|Bureau)$"
)
_WORD: Final = r"[^\W\d_][\w'’.]*"
_MIN_SLOGAN_WORDS: Final = 3
_MAX_RUN_WORDS: Final = 3
_MIN_SIGHTINGS: Final = 2
# After a sighting: a dash and the few words it goes on with ("X - Cuba").
_RUN_AFTER: Final = re.compile(rf"[ \t]+[-–][ \t]+((?:{_WORD}[ \t]*){{1,{_MAX_RUN_WORDS}}})")
# Before a sighting, on its line: the words and dashed parts that end on a dash ("Hiệp hội Da
# - Giày - " before "Túi xách …").
_RUN_BEFORE: Final = re.compile(
    rf"((?:{_WORD}\s+){{0,6}}{_WORD}(?:\s+[-–]\s+{_WORD}(?:\s+{_WORD}){{0,2}}){{0,2}})\s+[-–]\s+$"
)


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _slogan_segment(part: str) -> bool:
    """ "Tin tức cập nhật 24/7": a sentence (its first word capitalised, the rest not) of three
    words or more, no body's name."""
    words = part.split()
    return (
        len(words) >= _MIN_SLOGAN_WORDS
        and _capital(words[0])
        and not any(_capital(w) for w in words[1:])
        and not BODY_KIND.match(part.upper())
    )


def _without_junk(name: str) -> str:
    # (a sentence's article before a name, "the Cyprus Mail"; a publisher group's word,
    # "GRUPO X", "Groupe X": the paper is X)
    name = re.sub(r"^(?:the|(?i:grupo|groupe|gruppo))\s+(?=\S)", "", name)
    name = name.strip(" -–—|·:")  # ("- X": a header's separator before the name)
    unmarked = _COPY_MARK.sub("", name)
    name = unmarked if re.search(r"[^\W\d_]{2}", unmarked) else name
    for tail in (_RIGHTS_TAIL, _SLOGAN, _PUBLISHER_TAIL, _DATE_TAIL, _LEGAL_FORM):
        cut = tail.sub("", name).strip(" ,;|·–—-")  # (any dash the tail hung on)
        if re.search(r"[^\W\d_]{2}", cut):  # (a name is left, not a bare mark)
            name = cut
    parts = _DASH.split(name)
    if len(parts) > 1 and _slogan_segment(parts[-1]):
        name = " - ".join(parts[:-1])
    return name.strip()


def _sightings(name: str, text: str) -> list[re.Match[str]]:
    """Where the text writes ``name`` as a name (any case, but not opening in lower case: "da
    giày - túi xách" in a sentence is the trade, not the body)."""
    pattern = r"\s+".join(re.escape(w) for w in name.split())
    found = re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)
    return [m for m in found if not m.group()[:1].islower()]


def _common(runs: list[list[str]]) -> list[str]:
    """The words every sighting writes (their common start)."""
    out: list[str] = []
    for words in zip(*runs, strict=False):
        if any(w.lower() != words[0].lower() for w in words):
            break
        # (as a sighting in mixed case writes it: a header in capitals hides the case)
        out.append(next((w for w in words if not w.isupper()), words[0]))
    return out if all(runs) else []


def _cased(words: list[str]) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)


def _place(words: list[str]) -> bool:
    """A country or a region ("Cuba", "Thái Bình Dương", "Phi" of "Á - Phi"): the other side
    of a pair a name holds ("Hội Hữu nghị Việt Nam - Cuba")."""
    name = _cased(words)
    return bool(country_of_name(name)) or bool(_REGION.fullmatch(name))


def _run_on(name: str, text: str) -> str:
    """``name`` with the words the text always writes past a dash after it ("X - Cuba"):
    a country or region, or a short name every one of two sightings or more writes."""
    runs: list[list[str]] = []
    ends: list[bool] = []
    for match in _sightings(name, text):
        after = _RUN_AFTER.match(text[match.end() :])
        if not after:
            return ""  # (written once without the dash: the name ends there)
        words: list[str] = []
        end = match.end() + after.start(1)
        for word in re.finditer(r"\S+", after.group(1)):
            if not _capital(word.group()):
                break
            words.append(word.group().rstrip(".,"))
            end = match.end() + after.start(1) + word.end()
            if word.group() != words[-1]:
                break  # ("… - Nam." : a mark ends it)
        if " ".join(words).isupper() and not match.group().isupper():
            return ""  # "X - VIR": its short form in capitals
        if re.match(r"[ \t]*[,.·|:-]?[ \t]*\d", text[end:]):
            return ""  # ("X - Trang 2", "X - Thứ Ba, 12/3": a page's or a day's number)
        runs.append(words)
        # (the run ends there, at a line's end, a mark or a name, not before a word in lower
        # case that goes on with it: "X - Cổng thông tin …" opens a phrase)
        ends.append(
            not re.match(r"[ \t]+[^\W\d_]", text[end:]) or text[end:].lstrip()[:1].isupper()
        )
    tail = _common(runs)
    if not any(ends):
        return ""  # ("X - Cổng thông tin …" wherever it is written: the start of a phrase)
    if not tail or BODY_KIND.match(" ".join(tail).upper()):  # ("X - Bộ Y": its parent)
        return ""
    if _SUBUNIT.search(" ".join(tail)):
        return ""  # ("Agency X – Trade Promotion Directorate": one of its own units)
    if not _place(tail) and len(runs) < _MIN_SIGHTINGS:
        return ""
    return f"{name} - {_cased(tail)}"


def _from_kind(part: str) -> str:
    """``part`` from its first word that opens a body's kind on ("Hiệp hội Da" of "… của
    Hiệp hội Da"), or ""."""
    words = part.split()
    for at in range(len(words)):
        if BODY_KIND.match(" ".join(words[at:]).upper()):
            return " ".join(words[at:])
    return ""


def _run_back(name: str, text: str) -> str:
    """``name`` with the parts the text always writes before it past dashes, when they open
    on a body's kind and the name does not: "Hiệp hội Da - Giày - " before "Túi xách …"."""
    if BODY_KIND.match(name.upper()):
        return ""  # ("Vụ X - Bộ Y": a unit before its parent)
    found: list[str] = []
    for match in _sightings(name, text):
        line = text[: match.start()].rsplit("\n", 1)[-1]
        before = _RUN_BEFORE.search(line)
        if not before:
            return ""
        parts = _DASH.split(before.group(1))
        head = _from_kind(parts[0])
        # (a kind and a word or two, "Hiệp hội Da", is no name alone: its dash is inside the
        # name; "Tạp chí Kinh tế X - Brand" pairs two names)
        if (
            not head
            or len(head.split()) > _MAX_RUN_WORDS
            or not all(_capital(p) and len(p.split()) <= _MAX_RUN_WORDS for p in parts[1:])
        ):
            return ""
        found.append(" - ".join([head, *parts[1:]]))
    if len(found) < _MIN_SIGHTINGS or len({f.lower() for f in found}) != 1:
        return ""
    written = next((f for f in found if not f.isupper()), _cased(found[0].split()))
    return f"{written} - {name}"


def joined_pairs(parts: list[str]) -> list[str]:
    """Parts of a line split at its dashes, with a part that is a country or region joined
    back to the name before it: ["Hội hữu nghị Việt Nam", "Mozambique"] → one name."""
    out: list[str] = []
    for part in parts:
        words = part.split()
        if out and out[-1][-1:].isalpha() and words and _place(words):
            out[-1] = f"{out[-1]} - {part}"
        else:
            out.append(part)
    return out


def lower_cased(name: str) -> bool:
    """A name opening on a word in lower case ("cựu chiến binh", "the X Mail"): a slug's or a
    sentence's words, not a name as a masthead writes it; a web address ("x.vn") and a
    brand written so ("eKathimerini") aside."""
    first = name.split(maxsplit=1)[0] if name.split() else ""
    return (
        first[:1].islower()
        and not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+/?", name.strip())
        and not any(c.isupper() for c in first)
    )


def _without_group(name: str, text: str) -> str:
    """ "X Media Group" of a copyright line is X's owner: X when the text writes X alone
    (its masthead, its dateline) twice or more."""
    tail = _GROUP_TAIL.search(name)
    if not tail:
        return name
    short = name[: tail.start()]
    alone = [m for m in _sightings(short, text) if not text[m.end() :].startswith(tail.group())]
    return short if len(alone) >= _MIN_SIGHTINGS else name


# "X | Serbian News Agency": a bar, then words that end on a kind of outlet
_TAGLINE: Final = re.compile(
    r"^(?P<name>[^|]{2,40}?)\s+\|\s+(?:[^|]{0,40}\s)?(?:news\s+agency|press\s+agency|agency"
    r"|newspaper|daily|news\s+service|broadcaster|magazine|weekly)$",
    re.IGNORECASE,
)
# every name the outlet table holds (an outlet's own and its other names), case folded
_TABLE_NAMES: Final = frozenset(
    n.casefold() for name, _, others in OUTLET_TABLE for n in (name, *others)
)
_EDITION: Final = re.compile(r"^(?P<name>.+?)\s+(?:English|Español|Français|Deutsch|Русский|中文)$")


def _written_as(name: str, text: str) -> str:
    """``name`` as the text writes it when it is set in capitals ("TANJUG" of "Tanjug")."""
    if not name.isupper():
        return name
    found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
    return found.group() if found and not found.group().isupper() else name


def _untagged(name: str, text: str) -> str:
    """The name before a kind tagline, or before a known outlet's language edition word
    when the text credits the outlet alone."""
    tag = _TAGLINE.match(name)
    if tag:
        return _written_as(tag.group("name").strip(), text)
    edition = _EDITION.match(name)
    if not edition or edition.group("name").casefold() not in _TABLE_NAMES:
        return name
    stem = edition.group("name")
    alone = re.search(
        rf"(?<!\w){re.escape(stem)}(?!\w)(?!\s+{re.escape(name[len(stem) :].strip())})", text
    )
    return stem if alone else name


# "Vụ X, Bộ Y": a ministry's unit, a comma, the ministry (a unit's own name may hold a dash,
# "Vụ Thị trường châu Âu - châu Mỹ", or commas of its own, "Vụ … châu Phi, Tây Á, Nam Á")
_UNIT_COMMA_PARENT: Final = re.compile(
    r"^(?P<unit>(?:Vụ|Cục|Viện|Trung\s+tâm|Văn\s+phòng)\s+[^,]+(?:,[^,]+)*?),\s+"
    r"(?P<parent>Bộ\s+[^\W\d_][^,]*)$"
)


def _parent_dashed(name: str) -> str:
    """A unit named with its ministry after a comma, written as a unit and its parent are
    ("Vụ X - Bộ Y"): the comma joins two bodies, not words of one name."""
    match = _UNIT_COMMA_PARENT.match(name)
    return f"{match.group('unit')} - {match.group('parent')}" if match else name


def tidy_outlet(name: str, text: str) -> str:
    """The chosen outlet's name without a reader's junk, and whole where a dash cut it."""
    if not name:
        return name
    name = _parent_dashed(_untagged(name, text))
    name = _without_group(_without_junk(name), text)
    whole = _run_on(name, text) or _run_back(name, text)
    kind = _KIND.match(name)
    if not whole and kind:  # (a masthead prints the name without its kind: "KINH TẾ X - Y")
        whole = _run_on(name[kind.end() :], text)
        whole = name[: kind.end()] + whole if whole else ""
    return whole or name


__all__ = ["joined_pairs", "lower_cased", "tidy_outlet"]

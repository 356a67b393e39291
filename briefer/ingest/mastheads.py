"""What a line at the top of a text says of the site that publishes it (pure): a masthead's
name ("BÁO ĐÀ NẴNG" → "Báo Đà Nẵng", "VTC News"), a site line's name over its tagline or
menu ("VOV WORLD - The Voice of …"), a "Name - tagline" line's outlet. The head's reader
(:mod:`briefer.ingest.head`) decides which lines are mastheads; this module names them, and
cases a name read from capitals as the page writes it (:func:`as_page_writes`)."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest.countries import country_of_name, find_countries
from briefer.ingest.imprint import EDITION, mission_name
from briefer.ingest.metachoice import initials_in_name
from briefer.ingest.ocrcaps import caps_repaired
from briefer.ingest.outletnames import current_name, known_outlet

_DIGIT_IN: Final = re.compile(r"\d")


# A kind of outlet opening its name: "BÁO …", "THỜI BÁO …", "TẠP CHÍ …", "Đài Phát thanh …"
# (then the name: capitalised, "điện tử"/"online" aside).
_MASTHEAD_KIND: Final = re.compile(
    # ("BÁO CÁO …", "BÁO GIÁ …": a report's, a quotation's kind line, no paper's name)
    r"^(?P<kind>(?:(?:thời|tuần|nhật|nguyệt|bán\s+nguyệt)\s+)?(?:báo(?!\s+(?:cáo|giá)\b)|san)"
    r"|tạp\s+chí|đài(?:\s+phát\s+thanh(?:\s+và\s+truyền\s+hình)?|\s+truyền\s+hình)?"
    # (an e-portal's kind is "Cổng thông tin điện tử" whole: the word is its name's own)
    r"|thông\s+tấn\s+xã|cổng\s+thông\s+tin(?:\s+điện\s+tử)?|trang\s+tin)(?:\s+điện\s+tử)?"
    r"\s+(?P<name>\S.*)$",
    re.IGNORECASE,
)
_ACRONYM: Final = re.compile(r"^[A-ZĐ]{2,}[+.]?$")
# An English masthead: a capitalised name ending on a word for a paper ("THE MEKONG HERALD",
# "Saigon Business Review Online").
_PRESS_NAME: Final = re.compile(
    r"^(?:[A-Z][\w&'.-]*\s+){1,5}(?:times|news|post|herald|daily|magazine|review|journal"
    r"|tribune|gazette|weekly|express|chronicle|observer|agency|broadcasting(?:\s+\w+)?"
    r"|radio|television)(?:\s+online)?$",
    re.IGNORECASE,
)


_INSTITUTION_EN: Final = re.compile(
    r"^(?:The\s+)?(?:Embassy|Consulate(?:\s+General)?|Ministry|Department|Office"
    r"|Permanent\s+Mission|Mission)\s+of\s+(?:the\s+)?[A-Z]"
)


_KIND_CASE: Final = {
    "đài phát thanh và truyền hình": "Đài Phát thanh và Truyền hình",
    "đài phát thanh": "Đài Phát thanh",
    "đài truyền hình": "Đài Truyền hình",
}


_JOINING: Final = frozenset({"và", "của", "các", "cho", "với", "về", "and", "of", "the", "for"})


def kind_and_name(text: str) -> str:
    """ "BÁO ĐÀ NẴNG" → "Báo Đà Nẵng", "Tạp chí Khoa học xã hội Việt Nam": a kind of outlet
    and its name (nine words at most, in capitals or capitalised), else ""."""
    kind = _MASTHEAD_KIND.match(EDITION.sub("", text))
    if (
        kind
        and len(text.split()) <= 9
        and kind.group("name")[:1].isupper()
        and not text.endswith((".", ":", "?", "!"))
        and not country_of_name(" ".join(text.split()[:2]))  # "Đài Loan …" is Taiwan
    ):
        # "BÁO ĐIỆN TỬ X" → "Báo X"; (a pasted logo's echo and the menu after it cut off)
        name = f"{kind.group('kind')} {_before_echo(kind.group('name'))}"
        if fur.is_upper(text):
            # (a station's kind as Vietnamese writes it, "Đài Phát thanh và Truyền hình";
            # every other word capitalised, for the page's own casing to mend: as_page_writes)
            written = " ".join(kind.group("kind").lower().split())
            # (a joining word stays in lower case: "Học viện Báo chí và Tuyên truyền")
            words = [
                w.lower() if w.lower() in _JOINING else w[:1] + w[1:].lower() for w in name.split()
            ]
            # (any other kind with its first word capitalised: "Tạp chí", "Thông tấn xã")
            cased = _KIND_CASE.get(written, written[:1].upper() + written[1:])
            return " ".join([cased, *words[len(written.split()) :]])
        return name
    return ""


def _before_echo(name: str) -> str:
    """ "Lao Động LAO ĐỘNG Video Podcast" → "Lao Động": a pasted masthead runs the name, the
    logo's same name in capitals and the menu's items together; the name ends where its
    echo in capitals begins. The name unchanged when no echo follows it."""
    words = name.split()
    for n in range(1, len(words) // 2 + 1):
        head, echo = words[:n], words[n : 2 * n]
        if not fur.is_upper(" ".join(head)) and [w.upper() for w in head] == echo:
            return " ".join(head)
    return name


def masthead_name(text: str) -> str:
    """The outlet a masthead line names: "BÁO ĐÀ NẴNG" → "Báo Đà Nẵng" (a kind of outlet
    and its name, in capitals or capitalised), "VTC News" (a short name with an acronym)."""
    text = caps_repaired(text)  # (a scan's masthead as printed: OCR's "GIỚl" is "GIỚI")
    if known_outlet(text):
        return known_outlet(text)
    words = text.split()
    if kind_and_name(text):
        return kind_and_name(text)
    if _INSTITUTION_EN.match(text) and len(words) <= 14 and not text.endswith("."):
        return text  # "Embassy of Ethiopia in Hanoi", "Ministry of Agriculture of Ethiopia"
    if mission_name(text):
        return mission_name(text)  # "Đại sứ quán Việt Nam tại Nhật Bản": an embassy's page
    if _PRESS_NAME.match(text) and all(w[:1].isupper() for w in words):
        name = EDITION.sub("", text)
        return name.title() if fur.is_upper(name) else name
    if len(words) <= 3 and any(_ACRONYM.match(w) for w in words) and not fur.is_upper(text):
        return text
    return ""


def _with_country(name: str, parts: list[str]) -> str:
    """A government body's name ``name`` with its country ("X - Country") when the line is
    the body and a country alone, and the body's own name names none."""
    if (
        len(parts) == 2
        and name == parts[0]
        and _INSTITUTION_EN.match(name)
        and country_of_name(parts[1])
        and not find_countries(name)
    ):
        return f"{name} - {parts[1]}"
    return name


INSTITUTION: Final = re.compile(
    r"^(?:TRƯỜNG|VIỆN|HỌC\s+VIỆN|ĐẠI\s+HỌC|TRUNG\s+TÂM|ĐẠI\s+SỨ\s+QUÁN|TỔNG\s+LÃNH\s+SỰ"
    r"\s+QUÁN|HỘI|LIÊN\s+HIỆP|PHÒNG\s+THƯƠNG\s+MẠI)\s+\S"
)


# A body that others sit under: an academy, a national or regional university, a ministry.
_PARENT: Final = re.compile(r"^(?:VIỆN\s+HÀN\s+LÂM|ĐẠI\s+HỌC|BỘ|ỦY\s+BAN|UBND|ACADEMY|MINISTRY)\s")


def spelled_site(text: str) -> str:
    """ "SMTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÔNG MÂY": a site's initials, then the name they
    stand for in full (a kind of outlet and its name): the site's own name written out;
    else ""."""
    parts = re.split(r"\s+[-–|·•]\s+", text.strip())
    if len(parts) < 2 or known_outlet(parts[0]):
        return ""
    spelled = [
        p
        for p in parts[1:]
        if (kind_and_name(p) or _titled_name(p)) and initials_in_name(parts[0], p)
    ]
    return (kind_and_name(spelled[0]) or spelled[0]) if spelled else ""


def _titled_name(part: str) -> bool:
    """ "Associated Press of Pakistan": a name in capitalised words (its small connectors
    aside), no figures, as a site writes the name its initials stand for."""
    words = part.split()
    return (
        2 <= len(words) <= 8
        and not _DIGIT_IN.search(part)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _SMALL_WORDS for w in words)
    )


_SMALL_WORDS: Final = frozenset({"of", "and", "for", "the", "de", "du", "des", "la", "và", "&"})


def site_name(text: str) -> str:
    """The outlet a site line over the headline names: its first part ("VOV WORLD - The
    Voice of …" → "VOV World", "X Online | Thời sự · …" → "X Online"), or ""."""
    parts = re.split(r"\s+[-–|·•]\s+", text.strip())
    # "VIỆN HÀN LÂM X · VIỆN Y", "TRƯỜNG X - ĐẠI HỌC QUỐC GIA Y": a unit named with its parent
    # body publishes on its own site (the parent only hosts it), whichever comes first
    named = [p for p in parts if fur.is_upper(p) and (INSTITUTION.match(p) or _PARENT.match(p))]
    units = [p for p in named if not _PARENT.match(p)]
    part = units[0] if len(named) >= 2 and len(units) == 1 else parts[0]
    if spelled_site(text):
        return spelled_site(text)
    if masthead_name(part):
        # ("Ministry of Foreign Affairs - Sri Lanka": a ministry that names no country is
        # told apart by the country after its dash, part of how the site names itself)
        return _with_country(masthead_name(part), parts)
    if fur.is_upper(part) and INSTITUTION.match(part) and len(part.split()) <= 12:
        # "TRƯỜNG ĐẠI HỌC X - ĐẠI HỌC QUỐC GIA Y", "VIỆN X": an institution publishing
        # on its own site names itself over the headline
        return " ".join(w[:1] + w[1:].lower() for w in part.split())
    if fur.is_upper(text) or any(country_of_name(p) for p in parts):
        # "ĐỐI NGOẠI", "ASEAN - HÀN QUỐC", "NHẬT BẢN": a line all in capitals that names no
        # kind of outlet is a section or kicker; a name in capitals names the site only
        # before what the site is ("NAME - tagline") or before its menu
        return ""
    words = part.split()
    if not 1 <= len(words) <= 5 or _DIGIT_IN.search(part) or part.endswith((".", ":")):
        return ""
    if fur.is_upper(part):
        # a short word without marks or a word without vowels is an acronym ("VOV",
        # "HTV"), the rest are capitalised
        return " ".join(
            w
            if len(words) > 1 and w.isascii() and (len(w) <= 3 or not re.search(r"[AEIOUY]", w))
            else w[:1] + w[1:].lower()
            for w in words
        )
    return part if all(w[:1].isupper() for w in words) else ""


# What a site says it is after its name: "… News Agency", "Báo điện tử của …", "… Portal".
_SITE_KIND: Final = re.compile(
    r"(?:\b(?:news\s+)?agency|newspaper|news\s+portal|portal|broadcaster|news\s+service)$"
    r"|^(?:báo\s+điện\s+tử|trang\s+tin\s+điện\s+tử|tạp\s+chí\s+điện\s+tử)\b",
    re.IGNORECASE,
)


def tagged_site(text: str) -> str:
    """The outlet of a "Name - tagline" line ("Báo X - Cơ quan của Bộ Y", "BÁO X — x.vn —
    Cơ quan của …": its address may come between), or ""."""
    parts = re.split(r"\s+[-–—|·•]\s+", text.strip())
    if len(parts) < 2 or len(parts[0].split()) > 6:
        return ""
    taglines = [p[:1] + p[1:].lower() if fur.is_upper(p) else p for p in parts[1:]]
    if not any(fur.boilerplate(t) == "copyright" or _SITE_KIND.search(t) for t in taglines):
        return ""
    name = parts[0]
    if spelled_site(text):
        return spelled_site(text)  # ("APP - Associated Press of Pakistan - …": the name)
    return masthead_name(name) or (name.title() if fur.is_upper(name) else name)


def renamed_also(text: str, outlet: str) -> list[str]:
    """The other titles a masthead line gives the outlet it names ("THẾ GIỚI & VIỆT NAM -
    BÁO QUỐC TẾ - CƠ QUAN CỦA …": a renamed paper's former and present titles side by
    side), as the table writes them; its address aside, which a paper keeps from before a
    rename."""
    today = current_name(known_outlet(outlet))
    if not today:
        return []
    names = [
        known_outlet(p)
        for p in re.split(r"\s+[-–—|·•]\s+", text.strip())
        if not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", p.strip())
    ]
    return [n for n in dict.fromkeys(names) if n and n != outlet and current_name(n) == today]


_CONNECTORS: Final = ("&", "và", "and")
_CASING_LOOK: Final = 2000  # the text's head, where a page writes its own name


def as_page_writes(name: str, text: str) -> str:
    """A name read from capitals with every word capitalised ("Con Số & Sự Kiện") cased as
    the page itself writes it in mixed case ("Con số và Sự kiện" in its header → "Con số &
    Sự kiện"); its own connector kept; after a kind of outlet, the name alone ("Tạp chí Nông
    Thôn Mới" and a menu's "Nông thôn mới" → "Tạp chí Nông thôn mới"). A name the table
    knows, or one the page never writes in mixed case, is returned as it is."""
    if known_outlet(name):
        return name
    kind = _MASTHEAD_KIND.match(name)
    if kind:
        return name[: kind.start("name")] + _page_cased(kind.group("name"), text)
    return _page_cased(name, text)


def _page_cased(name: str, text: str) -> str:
    words = name.split()
    if len(words) < 2 or not all(
        w[:1].isupper() for w in words if w[:1].isalpha() and w not in _CONNECTORS
    ):
        return name
    parts = ["(?:&|và|and)" if w.lower() in _CONNECTORS else re.escape(w) for w in words]
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(text[:_CASING_LOOK]):
        written = match.group().split()
        if match.group().isupper() or not written[0][:1].isupper() or written == words:
            continue
        pairs = zip(words, written, strict=True)
        return " ".join(_connector(w, o) if w.lower() in _CONNECTORS else o for w, o in pairs)
    return " ".join(w.lower() if w.lower() in _CONNECTORS else w for w in words)


def _connector(own: str, written: str) -> str:
    """The name's own connector ("&" where the page says "và"), in lower case as a joining
    word is written ("Và" read from capitals is "và")."""
    return written if own.lower() == written.lower() else own.lower()


__all__ = [
    "INSTITUTION",
    "as_page_writes",
    "kind_and_name",
    "masthead_name",
    "site_name",
    "spelled_site",
    "tagged_site",
]

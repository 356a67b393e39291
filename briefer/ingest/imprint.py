"""Where a site or an organisation names itself outside its masthead (pure): an imprint
("Báo X - Tòa soạn: …", "BÁO X - Cơ quan của …", or with no dash, "BÁO X Cơ quan Trung ương
của …"), a name in capitals over the organ it speaks for ("NAME" / "Cơ quan ngôn luận của …"),
a mission's letterhead over its host's line ("EMBASSY OF X" / "in the Republic of Y"), a
masthead in its own language, a dash, then English, a letterhead's name in capitals over its
address and contacts, and a top row whose cells give the site's address or name ("baox.vn | Báo X
điện tử | day", "INA | Iraqi News Agency", a first cell the masthead repeats or a short name
abbreviates). Each is offered as one of the page's own claims: the choice by agreement
(:mod:`briefer.ingest.metachoice`) weighs it with the others. Also the writer and day rows
around the headline and at the foot: a stamp row, a name over a newsroom post, a speech's
signature, a labelled credit or a closing name a box's rules took for their own."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import stamplines
from briefer.ingest.bilingualhead import english_body, own_before_english, unit_before_parent
from briefer.ingest.countries import COUNTRIES, HOME, count_countries
from briefer.ingest.deskcredit import writer_cell
from briefer.ingest.establishedmast import established_name
from briefer.ingest.found import ROLE_NAME
from briefer.ingest.lines import Found, Line, ends_sentence, is_marker, name_case
from briefer.ingest.metachoice import same_outlet, spells_domain
from briefer.ingest.metadata import BYLINE, author_of
from briefer.ingest.missionplace import mission_at, mission_below, mission_comma
from briefer.ingest.outletnames import known_outlet, outlet_of_url
from briefer.ingest.ownedpaper import organ_paper, owned_paper
from briefer.ingest.pagetitle import is_site_name
from briefer.ingest.provinces import PROVINCES
from briefer.ingest.rxparts import HOST
from briefer.ingest.statestyle import without_state_style

_RANK: Final = 3  # as a masthead the table does not know: the page's own, a guess
# "Cơ quan ngôn luận của …", "Cơ quan chủ quản thuộc …": whose organ the outlet is.
_ORGAN_OF: Final = r"Cơ\s+quan\s+(?:ngôn\s+luận\s+|chủ\s+quản\s+)?(?:trung\s+ương\s+)?(?:của|thuộc)"
# What an outlet's imprint states beside its name: its newsroom, licence, editor, whose organ
# it is, its address.
_IMPRINT: Final = re.compile(
    rf"\b(?:T(?:òa|oà)\s+soạn|Giấy\s+phép|Tổng\s+biên\s+tập|{_ORGAN_OF}|Địa\s+chỉ|Trụ\s+sở"
    r"|Chịu\s+trách\s+nhiệm)\b",
    re.IGNORECASE,
)
# "Cơ quan chủ quản: UBND tỉnh X", "Owned by: …": the body that owns the site.
_OWNER: Final = re.compile(
    r"^(?:Cơ\s+quan\s+chủ\s+quản|Đơn\s+vị\s+chủ\s+quản)\s*:\s*(?P<name>[^\W\d_][^.;|:]{2,80}?)\.?$",
    re.IGNORECASE,
)
_OWNER_RANK: Final = 8  # (a claim of its own weighs less than any other the page makes)
_ORGAN: Final = re.compile(rf"^{_ORGAN_OF}\b", re.IGNORECASE)
_ORGAN_IN: Final = re.compile(rf"\s{_ORGAN_OF}\s", re.IGNORECASE)
_CONTACT: Final = re.compile(
    r"\b(?:Tel|ĐT|Điện\s+thoại|Fax|Phone|E-?mail)\b|www\.|\S@\S|https?://", re.IGNORECASE
)
_FIRST_PART: Final = re.compile(r"\s+[-–—|·•]\s+|\.\s+")
_CELLS: Final = re.compile(r"\s+[|·•]\s+")
_HALVES: Final = re.compile(r"\s+[-–]\s+")
# "… ĐIỆN TỬ", "… online", "… điện tử online": the online edition of the outlet a name names.
EDITION: Final = re.compile(r"\s+(?:điện\s+tử|online|điện\s+tử\s+online)$", re.IGNORECASE)
_NAME_WORDS: Final = 10
_TOP_ROWS: Final = 2
_SPELL_LOOK: Final = 6
_HOST: Final = re.compile(r"(?<![\w.@/])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}\b", re.I)
_LINE_MAX: Final = 300


def _named(part: str) -> bool:
    """A name as a site or body writes its own: a few words, no figures, in capitals or
    opening on a kind of outlet (or one the table knows)."""
    size = len(part.split())
    return (
        1 <= size <= _NAME_WORDS
        and not re.search(r"\d", part)
        and not part.endswith((":", "."))
        and not re.search(r":\s", part)  # ("CƠ QUAN CHỦ QUẢN: BỘ X": a label and its owner)
        and (fur.is_upper(part) or is_site_name(part))
    )


def _caps_before_organ(text: str) -> str:
    """The masthead in capitals a line runs straight into its organ clause ("TIN X Cơ quan
    Trung ương của …", a printed paper's head): the capitals are the name; "" when not."""
    organ = _ORGAN_IN.search(text)
    name = text[: organ.start()].strip(" -–|,") if organ else ""
    return name if name and fur.is_upper(name) and _named(name) else ""


def _site_cell(cell: str) -> str:
    """The outlet a top row's cell names: a domain the tables know, a site's name."""
    if HOST.match(cell):
        named = outlet_of_url(f"https://{cell.lower()}")
        # (a domain the table lacks written with capitals, "LSM.lv", "AgroNews.ph": the
        # site's name as it writes it, a brand; in lower case an address only)
        if "." not in named:
            return named
        return cell if cell != cell.lower() else ""
    name = EDITION.sub("", cell)
    return (known_outlet(name) or name) if is_site_name(name) else ""


_MISSION: Final = re.compile(
    r"^(?:Tổng\s+)?(?:Đại\s+sứ|Lãnh\s+sự)\s+quán\s+(?:nước\s+\S+.*\s)?Việt\s+Nam\s+tại\s+\S",
    re.IGNORECASE,
)


def mission_name(text: str) -> str:
    """ "ĐẠI SỨ QUÁN VIỆT NAM TẠI NHẬT BẢN" → "Đại sứ quán Việt Nam tại Nhật Bản": a line
    naming a Vietnamese embassy or consulate, the issuing unit of its news pages (in
    capitals: its kind as words, the country and the place as names); "" for any other."""
    text = without_state_style(text)  # ("… NƯỚC CHXHCN VIỆT NAM TẠI X": the state's style)
    words = text.split()
    if not _MISSION.match(text) or len(words) > _MISSION_WORDS or text.endswith((".", ":")):
        return ""
    if not fur.is_upper(text):
        return text
    at = next(i for i, w in enumerate(words) if w.lower() == "tại")
    cased = [w.capitalize() if i == 0 or i > at else w.lower() for i, w in enumerate(words)]
    return place_case(" ".join(cased))


def place_case(name: str) -> str:
    """A name set in lower case with its places as names again ("hiệp hội gỗ bình dương việt
    nam" → "… Bình Dương Việt Nam"): Việt Nam and the provinces."""
    return _PLACES.sub(lambda m: _PLACE_NAMES[m.group().lower()], name)


# (countries of two words or more: one syllable is too often a common word, "Pháp" in
# "pháp luật", "Đức" in "đạo đức"; and the parts of the world written as names)
_WORLD: Final = ("châu Âu", "châu Á", "châu Phi", "châu Mỹ", "châu Đại Dương", "Đông Nam Á",
                 "Trung Đông", "Mỹ Latinh", "Nam Á", "Đông Bắc Á", "Đông Á", "Tây Á", "Trung Á",
                 "Bắc Mỹ", "Nam Mỹ", "Đông Âu", "Tây Âu", "Bắc Âu", "Nam Phi")  # fmt: skip
_PLACE_NAMES: Final = {
    p.lower(): p
    for p in (
        *(c.name_vi for c in COUNTRIES if len(c.name_vi.split()) > 1),
        *_WORLD,
        *PROVINCES,
        "Việt Nam",
    )
}
_PLACES: Final = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(p) for p in sorted(_PLACE_NAMES, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)


_MISSION_WORDS: Final = 16


def contact_line(text: str) -> bool:
    """A line of an address and contacts (two of a phone, a fax, a mail or web address):
    where to reach a body, never its title."""
    return len(_CONTACT.findall(text)) >= 2 and len(text) <= _LINE_MAX


# "25 Le Duan, District 1, …", "Số 9 Trần Hưng Đạo, Hoàn Kiếm, …": a house number and a
# street, then the places it lies in, each part a name (capitalised words and numbers).
_HOUSE: Final = re.compile(r"^(?:(?:Số|No\.?)\s*)?\d+[A-Za-z]?(?:[/-]\d+[A-Za-z]?)*\s+\S")
_ADDRESS_PARTS: Final = 6
# "Storgatan 12, 114 51 Stockholm", "Via Roma 5, 00184 Roma": the European order, a street
# then its house number, and a part that opens on a postal code before the town.
_STREET_HOUSE: Final = re.compile(r"^\w[\w.'-]*(?:\s+\w[\w.'-]*){0,3}\s+\d+[A-Za-z]?$")
_POSTCODE_TOWN: Final = re.compile(r"^(?:[A-Z]{1,2}-)?\d{3,5}(?:\s\d{2})?\s+[^\W\d]")


def address_line(text: str) -> bool:
    """A postal address alone (a house number and street, a floor's "Level 21" before it or
    not, then two or more places, each a name): where a body sits, never a headline."""
    parts = [p.strip() for p in text.split(",")]
    return (
        len(text) <= _LINE_MAX // 2
        and (
            bool(_HOUSE.match(text))
            or (
                bool(_STREET_HOUSE.match(parts[0]))
                and any(_POSTCODE_TOWN.match(p) or _HOUSE.match(p) for p in parts[1:])
            )
        )
        and 3 <= len(parts) <= _ADDRESS_PARTS
        and not ends_sentence(text)
        # (every word after the house number a name or a number: "District 1", "Quận 3")
        and all(w[:1].isupper() or w[:1].isdigit() for w in text.split()[1:])
    )


def _stated_imprint(text: str) -> bool:
    """ "X - Cơ quan của Y. Tổng biên tập: Z.": a name, then only statements of what the
    outlet is, each opening on an imprint's term (whose organ, its editor, its newsroom),
    stopped as sentences are; a line of the body goes on in words of its own."""
    parts = _FIRST_PART.split(text.lstrip("© ").strip())
    return len(parts) >= 2 and all(_IMPRINT.match(p) for p in parts[1:])


def offer_imprints(lines: list[Line], found: Found) -> None:
    """Offer every outlet an imprint, an organ's statement, a letterhead's contacts or a top
    row names (see the module's docstring)."""
    texts = [line.text for line in lines]
    for index, text in enumerate(texts):
        if len(text) > _LINE_MAX or (ends_sentence(text) and not _stated_imprint(text)):
            continue
        bare = text.lstrip("© ").strip()
        first = _FIRST_PART.split(bare, maxsplit=1)[0]
        rest = bare[len(first) :]
        if rest and _IMPRINT.search(rest) and _named(first) and not _IMPRINT.search(first):
            found.offer_outlet(name_case(first), _RANK)
            continue
        caps = _caps_before_organ(first)  # ("NAME Cơ quan … của Y": no dash, capitals end it)
        if caps:
            found.offer_outlet(name_case(caps), _RANK)
            continue
        below = texts[index + 1] if index + 1 < len(texts) else ""
        # (a letterhead's address and contacts on one line or on the two lines below it)
        reach = sum(
            len(_CONTACT.findall(t)) + 2 * address_line(t) for t in texts[index + 1 : index + 3]
        )
        if (
            fur.is_upper(text)
            and _named(text)
            and (_ORGAN.match(below) or (index <= 2 and max(reach, 3 * contact_line(below)) >= 3))
        ):
            found.offer_outlet(name_case(text), _RANK)
    for index, text in enumerate(texts[:_SPELL_LOOK]):
        above = texts[index - 1] if index else ""
        mission = mission_below(above, text)  # ("EMBASSY OF X" / "in the Republic of Y")
        halves = _HALVES.split(text) if index < _TOP_ROWS else []
        own = own_before_english(*halves) if len(halves) == 2 else ""  # ("X - X's English")
        for name in (mission, name_case(own) if own else ""):
            if name:
                found.offer_outlet(name, _RANK)
        organ = organ_paper(text)
        if organ and not (known_outlet(above) or (fur.is_upper(above) and _named(above))):
            # "CƠ QUAN NGÔN LUẬN CỦA BỘ X" atop the page, no name over it (the logo an image
            # a copy drops): the masthead, by the one paper the body owns
            found.offer_outlet(organ, 0)
    for text in texts:
        paper = owned_paper(text)
        if paper:
            # "Cơ quan chủ quản: Hội X": the one paper the body owns, weighed as the owner
            found.offer_outlet(paper, _OWNER_RANK)
        owner = _OWNER.match(text)
        if owner and len(owner.group("name").split()) <= _NAME_WORDS:
            # "Cơ quan chủ quản: Đài X": the body that owns the site, weighed least (it names
            # the outlet in full where the site signs with initials that stand for it)
            found.offer_outlet(owner.group("name").strip(), _OWNER_RANK)
    # "TỰ ĐỘNG HÓA X" over "www.tudonghoax.vn": a name in capitals the head's address spells
    hosts = [m.group() for t in texts[:_SPELL_LOOK] for m in _HOST.finditer(t)]
    for text in texts[:_SPELL_LOOK] if hosts else []:
        if fur.is_upper(text) and _named(text) and any(spells_domain(h, text) for h in hosts):
            found.offer_outlet(name_case(text), _RANK)
    for text in texts[:_TOP_ROWS]:
        established = established_name(text)
        if established:
            found.offer_outlet(established, _RANK)  # ("X Est. 1917 Monday, …")
            continue
        cells = _CELLS.split(text)
        # (the row's first cell; the next one too when the first is the site's address)
        looked = cells[:2] if len(cells) >= 2 and HOST.match(cells[0].strip()) else cells[:1]
        first = cells[0].strip()
        if (
            len(cells) >= 2
            and len(first.split()) >= 2
            and not _common_words(first)
            and first.casefold() in {t.strip().casefold() for t in texts[1:_SPELL_LOOK]}
        ):
            # "ISLANDS BUSINESS | Regional news" over "ISLANDS BUSINESS" alone: the header's
            # first cell the masthead repeats is the site's name
            found.offer_outlet(name_case(first), _RANK)
            continue
        shorts = {c.strip() for t in texts[:_SPELL_LOOK] for c in _CELLS.split(t)}
        if len(cells) >= 2 and len(first.split()) >= 3 and any(_short_of(c, first) for c in shorts):
            # "Subsecretaría de X Y | Gobierno de Z" under "SUBREI · …": the header's first
            # cell in full, the short name the page signs with elsewhere its abbreviation
            found.offer_outlet(first, _RANK)
            continue
        short, full = (c.strip() for c in cells[:2]) if len(cells) == 2 else ("", "")
        mission = mission_at(short, full)
        if mission:
            # "Embassy of X | Hanoi": a mission's name, then the city it sits in
            found.offer_outlet(mission, _RANK)
            continue
        if english_body(short, full):
            # "NARODNA BANKA X | National Bank of X": the body in its own language, then in
            # English
            found.offer_outlet(english_body(short, full), _RANK)
            continue
        if unit_before_parent(short, full):
            found.offer_outlet(unit_before_parent(short, full), _RANK)  # (the unit issues it)
            continue
        if short.isupper() and len(short) <= _INITIALS and same_outlet(short, full):
            # "INA | Iraqi News Agency": the site's initials, then the name they stand for
            found.offer_outlet(full, _RANK)
            continue
        if len(cells) == 2 and all(known_outlet(c.strip()) for c in cells):
            # "Site | Agency": a row naming two outlets the table knows (a site and the agency
            # it belongs to) claims each; the page's other lines decide between them
            looked = cells
        for cell in looked if len(cells) >= 2 else []:
            if len(cells) >= _MENU_CELLS and _common_words(cell.strip()):
                continue  # "Tin tức | Sự kiện | …": a menu's first item, no site's name
            # ("EMBASSY OF X, HANOI | Trade Section": a mission and its city, one name)
            name = mission_comma(cell) or _site_cell(cell.strip())
            if name:
                found.offer_outlet(name, _RANK)


_MENU_CELLS: Final = 3
_INITIALS: Final = 8


def _common_words(cell: str) -> bool:
    """ "Tin tức", "Hợp tác quốc tế": words written as a phrase is (capitalised only at
    its start), not as a name is, however an outlet's short name may read the same."""
    words = cell.split()
    return len(words) >= 2 and words[0][:1].isupper() and all(w[:1].islower() for w in words[1:])


_HEAD_ROWS: Final = 14


def offer_stamp_rows(lines: list[Line], found: Found) -> None:
    """A row of cells near the top with a stamp in one and the writer's credit in another
    ("Sunday, 02/11/2025 - 19:05 · Bài: X - Ảnh: Y"): the stamp dates the page and the credit
    names its writer, whatever the line rules took the row for (a photo's credit in it
    reads as a caption)."""
    for line in lines[:_HEAD_ROWS]:
        named, _slash, stamp = line.text.partition(" / ")
        if stamp and stamplines.timestamp(stamp)[1] and _a_name(named):
            # "Daily X / 05:20 AM June 11, 2025": a paper (or a writer), then the story's day
            found.offer_published(stamplines.timestamp(stamp)[1], 1)
            continue
        cells = [c.strip() for c in _CELLS.split(line.text) if c.strip()]
        if len(cells) < 2 or len(line.text) > _LINE_MAX:
            continue
        stamps = [stamplines.timestamp(c)[1] for c in cells]
        credits = [c for c in cells if writer_cell(c, found.outlet)]
        if not credits and _name_after_stamp(cells, stamps):
            # "POLITICS · 26/11/2025 15:12 · Jane Roe": a section, the stamp, then a name
            credits, cells, stamps = cells[-1:], cells[1:], stamps[1:]
        if (
            any(stamps)
            and credits
            and all(s or c in credits for s, c in zip(stamps, cells, strict=True))
        ):
            found.offer_published(next(s for s in stamps if s), 1)
            found.offer_author(author_of(credits[0]))


def _short_of(short: str, full: str) -> bool:
    """Whether a one-word short name ("SUBREI", "INA") abbreviates a full name."""
    return (
        short.isalpha() and 3 <= len(short) <= _INITIALS and short[:1].isupper()
        and same_outlet(short, full)
    )  # fmt: skip


def _a_name(text: str) -> bool:
    """One to six words, each capitalised: a name as written, no phrase or sentence."""
    words = text.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() for w in words)


def _name_after_stamp(cells: list[str], stamps: list[str]) -> bool:
    """A row "SECTION · stamp · Name": a section's word or two in capitals, a stamp, then
    a person's name (two to four capitalised words, no digit) closing the row."""
    last = cells[-1]
    return (
        len(cells) == 3
        and bool(stamps[1])
        and fur.is_upper(cells[0])
        and len(cells[0].split()) <= 3
        and not re.search(r"\d", cells[0] + last)
        and 2 <= len(last.split()) <= 4
        and BYLINE.fullmatch(last) is not None
        and not known_outlet(last)
    )


_TAIL_LOOK: Final = 6
_CREDIT_LINE: Final = re.compile(
    r"^(?:Tin|Bài|Tác\s+giả|Text|Story|Words)(?:\s*(?:,|và|and|&)\s*(?:ảnh|photos?))?\s*:\s*\S",
    re.IGNORECASE,
)
_FOOTER_END: Final = re.compile(r"(?:[-–]\s*\d{1,3}|Trang\s+\d{1,3}(?:/\d{1,3})?)$")


def _site_footer(line: Line) -> bool:
    """A line of the site's foot: a copyright or page footer, a reader's mailbox, a notice
    (a sentence), a printed page's footer ending on its number."""
    text = line.text
    return (
        line.reason in ("copyright", "page footer", "print footer", "comments")
        or "@" in text
        or ends_sentence(text)
        or _FOOTER_END.search(text) is not None
    )


def offer_closing_name(lines: list[Line], found: Found) -> None:
    """A writer's name alone after a related-links box, only the site's foot under it: the
    box's rules took it for one of its lines, but a box's heading has its items under it and
    a box's item is a headline, not a name. The article's closing byline."""
    tail = lines[-_TAIL_LOOK * 2 :]
    for line in tail:
        # "Tin, ảnh: Name - Unit" among a box's lines: a labelled credit is no headline
        if line.reason in ("sidebar", "related headline") and _CREDIT_LINE.match(line.text):
            found.offer_author(author_of(line.text))
    tail = lines[-_TAIL_LOOK:]
    for at in range(len(tail) - 1, -1, -1):
        line = tail[at]
        if line.reason not in ("sidebar", "related headline") or line.large:
            continue
        words = line.text.split()
        if (
            2 <= len(words) <= 4
            and BYLINE.fullmatch(line.text)
            and not re.search(r"\d", line.text)
            and not is_marker(line.text)  # ("Read Next": the box's own label, no name)
            and not count_countries(line.text)[HOME]  # ("Vietnam Trade": the page's tag row)
            and all(_site_footer(after) for after in tail[at + 1 :])
        ):
            found.offer_author(name_case(line.text))
            return


_ROLE_LOOK: Final = 24


def offer_name_over_role(lines: list[Line], found: Found) -> None:
    """A writer's name on a line of its own over their post ("Jane Roe" / "Chief Business
    Correspondent") near the top, or a speaker's over their office right under the text's
    last paragraph (a signature): the name is the byline, whatever the line rules took it
    for."""
    for above, below in pairwise(lines[:_ROLE_LOOK]):
        words = above.text.split()
        if (
            ROLE_NAME.match(below.text)
            and 2 <= len(words) <= 4
            and BYLINE.fullmatch(above.text)
            and not re.search(r"\d", above.text)
        ):
            found.offer_author(name_case(above.text))
            if above.kept:
                above.reason = "byline"
            return
    kept = [i for i, line in enumerate(lines) if line.kept]
    end = kept[-1] + 1 if kept else len(lines)
    if end + 1 < len(lines) and _OFFICE.match(lines[end + 1].text):
        # a speech's signature under its last paragraph: the speaker's name over the office
        # they hold ("GS.TS. Name" / "Hiệu trưởng Trường X", "Name" / "Minister of Y")
        name = lines[end].text
        if 2 <= len(name.split()) <= 6 and BYLINE.fullmatch(name) and not re.search(r"\d", name):
            found.offer_author(name_case(name))


# The office a speaker signs with under their name: a head's post, in Vietnamese or English.
_OFFICE: Final = re.compile(
    r"^(?:Phó\s+)?(?:Hiệu\s+trưởng|Giám\s+đốc|Tổng\s+Giám\s+đốc|Viện\s+trưởng|Chủ\s+tịch"
    r"|Bộ\s+trưởng|Thứ\s+trưởng|Đại\s+sứ|Tổng\s+Lãnh\s+sự|Chủ\s+nhiệm|Trưởng\s+(?:ban|khoa))\s+\S"
    r"|^(?:(?:Vice|Deputy)[\s-])?(?:Rector|President|Chancellor|Minister|Ambassador|Director"
    r"|Chair(?:man|woman|person)?|Governor|Secretary)\b",
)


__all__ = [
    "EDITION",
    "address_line",
    "contact_line",
    "mission_name",
    "offer_closing_name",
    "offer_imprints",
    "offer_name_over_role",
    "offer_stamp_rows",
    "place_case",
]

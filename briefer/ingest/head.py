"""The top of a text: masthead, letterhead and title, and the outlet that opens the lead
(its bracketed tag taken off the lead). The end is :mod:`briefer.ingest.tail`."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest.channelhead import channel_line, channel_name_line
from briefer.ingest.countries import HOME, count_countries
from briefer.ingest.headrows import large_run, under_breadcrumb
from briefer.ingest.holdermast import holder_masthead
from briefer.ingest.imprint import address_line, contact_line
from briefer.ingest.issuer import english_in_capitals, issuing_body
from briefer.ingest.kickerline import kicker_over_caps
from briefer.ingest.lines import (
    Found,
    Line,
    ends_sentence,
)
from briefer.ingest.mastheads import (
    INSTITUTION,
    masthead_name,
    renamed_also,
    site_name,
    spelled_site,
    tagged_site,
)
from briefer.ingest.mastline import sectioned_outlet, two_outlets
from briefer.ingest.orgparts import accreditation_note
from briefer.ingest.outletnames import known_outlet, spelled_out
from briefer.ingest.rxparts import HOST
from briefer.ingest.sectionlabel import menu_column_item, section_under_masthead
from briefer.ingest.speechkind import letterhead_days, speaker_line, speech_kind
from briefer.ingest.statestyle import without_state_style
from briefer.ingest.titleaside import title_aside
from briefer.ingest.titlelines import (
    carried_heading,
    domain_menu,
    hanging,
    kicker_below,
    kind_titled,
    large_wrapped,
    menu_below,
    without_kicker,
    wrapped_title,
)
from briefer.ingest.unithead import ministry_unit, unit_rows, without_note

_HEAD_LOOK: Final = 14  # lines at the top where mastheads, letterheads and the title sit
_LETTERHEAD: Final = frozenset(
    {"national motto", "document number", "subject line", "place and date"}
)
_DIGIT_IN: Final = re.compile(r"\d")
# "1. Tình hình thương mại", "II) KIẾN NGHỊ": a section's number, then its heading
_SECTION_HEADING: Final = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]\s+\w")


def _section_opening(text: str, below: list[Line]) -> bool:
    """ "1. Tình hình thương mại" over a sentence: the first numbered section of a note's
    text, no headline (a digest's "1. COUNTRY" over its story's headline is that story's)."""
    following = next((line.text for line in below if line.kept), "")
    return bool(_SECTION_HEADING.match(text)) and ends_sentence(following)


def _title_like(text: str) -> bool:
    return len(text) <= 250 and not (len(text) > 150 and text.endswith("."))


def _headline_below(text: str, below: list[Line]) -> bool:
    following = next((line.text for line in below if line.kept), "")
    return (
        len(fur.words(following)) >= 4
        and _title_like(following)
        and not following.endswith(".")
        and not text.endswith((".", ":"))
    )


def _kind_over_title(text: str, below: list[Line]) -> bool:
    """Under a letterhead, a short line in capitals over a headline in mixed case is the
    document's kind ("THÔNG TIN CƠ BẢN", "BÁO CÁO TÓM TẮT"), the headline its title."""
    following = next((line.text for line in below if line.kept), "")
    return (
        fur.is_upper(text)
        and len(fur.words(text)) <= 6
        and bool(following)
        # (a headline in mixed case, or in capitals and twice as long as the kind)
        and (
            not fur.is_upper(following)
            or len(fur.words(following)) >= max(6, 2 * len(fur.words(text)))
        )
        and _title_like(following)
        and not following.endswith(".")
        and not _aside(following)  # ("(Phục vụ …)" under a headline is its note)
    )


def _aside(text: str) -> bool:
    """A line wholly in brackets ("(Phục vụ chuyến thăm …)", "(Tài liệu tham khảo)"): a note
    on the document's purpose, never its title."""
    return text.startswith("(") and text.endswith(")")


def _first_kept(head: list[Line]) -> int:
    return next((i for i, line in enumerate(head) if line.kept), -1)


_LABEL_WORDS: Final = 5
_CAPS_HEADLINE_WORDS: Final = 8


def _label_above_headline(text: str, below: list[Line]) -> bool:
    """A line of five words or fewer with a headline below it, before the text's first
    sentence: a headline has four words or more (twice a label's four or five), in mixed
    case."""
    size = len(fur.words(text))
    if size > _LABEL_WORDS and not fur.section_path(text):
        return kicker_over_caps(text, below)  # (a long kicker over a headline in capitals)
    kept = [line for line in below if line.kept]
    if kept and title_aside(kept[0].text):
        return False  # ("(Phục vụ …)" right under it says what the paper is for: its title)
    for line in kept:
        if ends_sentence(line.text) and not line.text.endswith("?"):
            return False  # (a headline may ask: "Học gì từ X?")
        if (
            # (a label of four or five words, "Hợp tác quốc tế", sits over a headline twice as
            # long)
            len(fur.words(line.text)) >= max(4, 2 * size if size >= 4 else 0)
            # (a headline in mixed case, or in capitals under a label that is not)
            and (not fur.is_upper(line.text) or not fur.is_upper(text))
            and _title_like(line.text)
            and not line.text.endswith((".", ":"))
        ):
            return True
    return False


# Strong separators between menu items or between a site's name and its menu.
_STRONG_SEPARATOR: Final = re.compile(r"\s[|·•›»]\s|\s[|·•›»]$")


def _headline_ahead(below: list[Line]) -> bool:
    """A headline (four words or more, mixed case, no menu separators, not ending like a
    sentence) below, before the text's first sentence."""
    for line in below:
        if not line.kept:
            continue
        text = line.text
        if ends_sentence(text):
            return False
        if (
            len(fur.words(text)) >= 4
            # (a headline in capitals is a long line: a short one is a kicker or a name)
            and (not fur.is_upper(text) or len(fur.words(text)) >= _CAPS_HEADLINE_WORDS)
            and _title_like(text)
            and not text.endswith((".", ":"))
            and not _STRONG_SEPARATOR.search(text)
        ):
            return True
    return False


def _caps_name_first(text: str) -> bool:
    """ "NAME IN CAPITALS - what the site is": a name of five words or fewer in capitals
    before a dash, mixed case after it."""
    parts = re.split(r"\s+[-–]\s+", text.strip(), maxsplit=1)
    return len(parts) == 2 and fur.is_upper(parts[0]) and len(parts[0].split()) <= 5


def _foreign_state(below: list[Line]) -> Line | None:
    """The next line when it is a foreign state's name in capitals ("REPUBLIC OF X")."""
    line = next((ln for ln in below if ln.kept), None)
    # (a state's name holds no figure: "BẢN TIN THỊ TRƯỜNG X QUÝ III/2025" is a title)
    if line is None or not fur.is_upper(line.text) or len(line.text.split()) > 8:
        return None
    if _DIGIT_IN.search(line.text):
        return None
    codes = count_countries(line.text.title())
    return line if codes and HOME not in codes else None


_KIND_WORDS: Final = 10
_SECTION_WORDS: Final = 5  # the longest section name a "Chuyên mục: …" label gives
_SPEAKER_AFTER_KIND: Final = re.compile(r"^(?:của|by)\s+\S.{0,200}(?<![.!?:;])$")
_UNIT_WORDS: Final = 14  # the longest name of a body a letterhead's column gives
# "Kính thưa …,", "Thưa quý vị,", "Dear …,", "Excellencies,": a speech's or letter's
# salutation, ending on a comma (or a colon, an exclamation)
_SALUTATION: Final = re.compile(
    r"^(?:Kính\s+thưa|Thưa|Dear|Excellenc(?:y|ies)|Distinguished)\b.{0,150}[,:!]$"
)


def _section_label(text: str) -> bool:
    """ "Chuyên mục: A - B", "Section: World": a label of one or two words, a common noun
    (no capital after its first letter), and the section's name or path after it; also as
    the last cell of an issue's row ("Số ra ngày 12/11 — Chuyên mục: A"), dated cells first."""
    *cells, text = re.split(r"\s[—|·]\s", text)
    label, colon, path = text.partition(":")
    words = label.split()
    return (
        bool(colon)
        and all(re.search(r"\d", cell) for cell in cells)
        and 1 <= len(words) <= 2
        and label[:1].isupper()
        and not any(c.isupper() for c in label[1:])
        and all(w.isalpha() for w in words)
        # (Vietnamese counts syllables: "Hợp tác quốc tế", two words, is four of them)
        and (fur.section_path(path) or 1 <= len(path.split()) <= _SECTION_WORDS)
        and not ends_sentence(path)
    )


def read_head(lines: list[Line], found: Found) -> str:
    """Masthead, letterhead and title at the top of the text; return the title.

    Before the last letterhead line (national motto, number, place and date) the lines in
    capitals are the issuing units: the first is where the document comes from. A line
    that names a known outlet is its masthead. The title is the first line left that reads
    like a headline; a document kind on its own ("BÁO CÁO", "GHI CHÚ") is not a title.
    """
    head = lines[:_HEAD_LOOK]
    _menu_site(head, found)
    for line in head[: max(kind_titled(head), 0)]:
        if line.kept and not fur.is_upper(line.text):
            line.reason = "letterhead"  # (its name in another language over the kind line)
    marks = [i for i, line in enumerate(head) if line.reason in _LETTERHEAD]
    # ("Bà Rịa, ngày 12 tháng 3 năm 2025", "Nairobi, 12 December 2025" over "REMARKS" taken
    # for a dateline: a letterhead's place and date)
    marks += letterhead_days([ln.text for ln in head])
    last_letterhead = max(marks) if marks else -1
    if last_letterhead < 0:
        # (a unit's column without a letterhead's fields, "BỘ X" over "CỤC Y" over the
        # headline: its lines are the issuing units all the same)
        kept = [i for i, line in enumerate(head) if line.kept]
        rows = unit_rows([head[i].text for i in kept])
        last_letterhead = kept[rows] if rows else -1
    units: list[str] = []
    for index, line in enumerate(head):
        if not line.kept:
            continue
        text = line.text
        if units and accreditation_note(text):
            line.reason = "letterhead"  # (under the unit: "Concurrently accredited to Y")
            continue
        if (
            (_SPEAKER_AFTER_KIND.match(text) or speaker_line(text))
            and index
            and head[index - 1].reason == "document kind"
        ):
            line.reason = "speech heading"  # ("BÀI PHÁT BIỂU" / "của Name, role": the kind's)
            continue
        below = next((ln.text for ln in head[index + 1 :] if ln.kept), "")
        if speech_kind(text) and speaker_line(below):
            line.reason = "document kind"  # ("Keynote address" / "by H.E. Name": no title)
            continue
        bare = without_note(text)  # ("… TẠI X (kiêm nhiệm Y)": the unit's remit after it)
        unit = without_state_style(bare)  # (a mission's name in the state's full style)
        if channel_name_line([ln.text for ln in head[index + 1 :]]) or channel_line(text):
            # (a channel's name over "12 840 subscribers", its count, "Forwarded from X": the
            # channel's header, no title)
            line.reason = "masthead"
            continue
        if (
            index < last_letterhead
            and (fur.is_upper(bare) or known_outlet(text))
            and not fur.DOCUMENT_KIND.match(text)  # "TỜ TRÌNH" names the kind, not a unit
            and not _DIGIT_IN.search(text)  # ("BẢN TIN X · Số 03/2025": a kind and number)
            # (a line in capitals longer than any body's name is a headline in capitals)
            and len(fur.words(unit)) <= _UNIT_WORDS
        ):
            read = issuing_body(units) if units else ""
            units.append(unit)
            if read and found.outlet_offers and found.outlet_offers[-1][0] == read:
                # a later unit refines the body: the name read so far was part of it, not a
                # second line confirming it ("ỦY BAN NHÂN DÂN" / "TỈNH X" / "SỞ Y": Sở Y's)
                found.outlet_offers.pop()
            found.offer_outlet(issuing_body(units), 1 - len(units))
            line.reason = "issuing unit"
            continue
        # ("Trang chủ" / "Tin tức" / "Liên hệ": a menu's item, no masthead however it reads)
        item = menu_column_item([ln.text for ln in head], index)
        outlet = known_outlet(text) if len(text) <= 48 and not item else ""
        if not outlet and not item and len(text) <= 80 and not text.endswith("."):
            # "THÔNG TẤN XÃ VIỆT NAM - TIN KINH TẾ ĐỐI NGOẠI", "Báo Quân đội nhân dân - Bản tin
            # đối ngoại": an outlet and its section.
            # (the outlet comes first: "Kinh tế - Đầu tư" is a section path, not an outlet)
            outlet = sectioned_outlet(text)
            # "BỘ CÔNG THƯƠNG - THƯƠNG VỤ VIỆT NAM TẠI X": a ministry and its unit, the
            # unit issuing the page (its parent after it, as a letterhead's two lines)
            outlet = (ministry_unit(text) if outlet else "") or outlet
            if outlet and two_outlets(text):
                line.reason = "masthead"  # (imprint's top row claims each of the two)
                continue
        # ("KPL Lao News Agency": the masthead spells out the initials the table names it by)
        outlet = text if outlet and spelled_out(text) else outlet
        if outlet:
            state = _foreign_state(head[index + 1 :])
            if state is not None and fur.is_upper(text) and english_in_capitals(text):
                # "MINISTRY OF FOREIGN AFFAIRS" over "… REPUBLIC OF ETHIOPIA": that state's
                # ministry, not Việt Nam's (a Vietnamese name over "THỊ TRƯỜNG X": the known)
                outlet = " ".join(w.capitalize() if len(w) > 3 else w.lower() for w in text.split())
                state.reason = "masthead"
            # (a line that is only the site's address names it as a page's address does, a
            # step below a masthead that writes a name: "en.x.vn" over "X NEWS AGENCY")
            found.offer_outlet(outlet, 1 if HOST.match(text.strip()) else 0)
            for title in renamed_also(text, outlet):
                found.offer_outlet(title, 3)  # (a renamed paper's other title beside it)
            line.reason = "masthead"
            continue
        name = tagged_site(text)
        if name:
            # "Báo X - Cơ quan của …", "BÁO X - CƠ QUAN CỦA …": a site's name before whose
            # organ it is (its masthead tagline), at the top: the masthead.
            found.offer_outlet(name, 3)
            line.reason = "masthead"
            continue
        if (
            fur.DOCUMENT_KIND.match(text)
            or (last_letterhead >= 0 and _kind_over_title(text, head[index + 1 :]))
            # ("BẢN TIN X · Số 03/2025" in a letterhead, no unit: its kind and number)
            or (
                index < last_letterhead
                and fur.is_upper(re.split(r"\s[-–|·•]\s", text)[0])
                and len(fur.words(text)) <= _KIND_WORDS  # (a headline in capitals runs on)
            )
        ):
            found.note = True
            line.reason = "document kind"
            continue
        if (
            len(fur.words(text)) <= 2
            and _headline_below(text, head[index + 1 :])
            # ("SAUDI GAZETTE" first: a paper's name, its masthead, not a section)
            and not (
                index == _first_kept(head)
                and (masthead_name(text) or holder_masthead(text, found.outlet))
            )
        ):
            # "Politics", "Thời sự": the section a page files the article under, above it.
            line.reason = "section"
            continue
        if fur.ADDRESSEE.match(text):
            # "Kính gửi: …" under a letterhead names the addressee, never the title.
            line.reason = "addressee"
            continue
        if _section_label(text) and _headline_ahead(head[index + 1 :]):
            # "Chuyên mục: A - B", "Category: World": the section the page files it under
            line.reason = "section"
            continue
        if _SALUTATION.match(text):
            continue  # "Kính thưa …," opens a speech's text: never its title
        if contact_line(text) or address_line(text):
            line.reason = "address"  # "Số 9 …, Hà Nội · ĐT: … · www.…": where to reach it
            continue
        if domain_menu(text):
            line.reason = "menu"  # "site.vn - Section - Section": the site's, not the title
            continue
        if carried_heading(text, head[index + 1 :]):
            # "JOINT STATEMENT ON …" over "X and Y issue joint statement, …": the heading of
            # the text the article carries, its own headline under it
            line.reason = "section"
            continue
        first = index == _first_kept(head)
        caps_headline = (
            # "VIỆT NAM - X TĂNG CƯỜNG HỢP TÁC …" over its subtitle: a headline in capitals
            fur.is_upper(text)
            and len(fur.words(text)) >= _CAPS_HEADLINE_WORDS
            and not _STRONG_SEPARATOR.search(text)
            and not masthead_name(text)
            and not spelled_site(text)
            and not INSTITUTION.match(text)
        )
        if (
            (fur.is_upper(text) or _STRONG_SEPARATOR.search(text) or _caps_name_first(text))
            and not caps_headline
            and last_letterhead < 0
            and _headline_ahead(head[index + 1 :])
        ):
            # "VOV WORLD - The Voice of …", "HOME  NEWS  …", "Site | Thời sự · Kinh doanh":
            # a line in capitals or between menu separators over the headline is the site's
            # masthead or menu, never the title; the first one names the outlet.
            # (under a masthead already read, the row opens on a menu item)
            mast_above = index > 0 and head[index - 1].reason == "masthead" and bool(found.outlet)
            name = site_name(text) if (first and not mast_above) or not found.outlet else ""
            if name:
                found.offer_outlet(name, 3)
            line.reason = "masthead" if name else "menu"
            continue
        if first and masthead_name(text) and _headline_below(text, head[index + 1 :]):
            # "BÁO QUẢNG NINH ĐIỆN TỬ", "THỜI BÁO TÀI CHÍNH VIỆT NAM": the text's first line,
            # a kind of outlet and its name in capitals, over the headline: the masthead,
            # however many words the name has ("Local News" under a masthead already read,
            # sharing none of its words: the section's label, offered as no site)
            above = [ln.text for ln in head[:index]]
            if not section_under_masthead(masthead_name(text), found.outlet, above):
                found.offer_outlet(masthead_name(text), 3)
            line.reason = "masthead"
            continue
        if hanging(text) and _title_like(text) and len(fur.words(text)) >= 2:
            # "Thương mại X –" / "Y 9 tháng năm 2025:" / "…": a headline cut at its dash is
            # no label over one; the lines below go on with it
            line.reason = "title"
            return wrapped_title(text, head[index + 1 :])
        # (a headline wrapped in a PDF's large type is no label over its second line)
        if _label_above_headline(text, head[index + 1 :]) and not large_run(
            line, head[index + 1 :]
        ):
            # "Thời sự", "TRỰC TIẾP", "VTC News", "BÁO ĐÀ NẴNG": a menu item, a label or the
            # masthead of an outlet the table lacks, above the real headline.
            masthead = masthead_name(text) if first and not item else ""
            # (a name the foot's copyright line repeats: the site's own, not a label)
            masthead = masthead or (holder_masthead(text, found.outlet) if first else "")
            if masthead:
                found.offer_outlet(masthead, 3)
            line.reason = "masthead" if masthead else "section"
            continue
        site_line = (
            # "Tạp chí X - what it is" first over a headline: a kind of outlet and its name
            first
            and bool(masthead_name(re.split(r"\s+[-–]\s+", text, maxsplit=1)[0]))
            and re.search(r"\s[-–]\s", text) is not None
            and _headline_ahead(head[index + 1 :])
        )
        under_masthead = index > 0 and head[index - 1].reason in ("masthead", "section")
        if fur.BY_NAME.match(text):
            continue  # ("By Name / Outlet" over the stamp: the byline, no site's line)
        if (
            site_line
            # (under a breadcrumb the article begins: a row of its tools is no site menu)
            or (menu_below(head[index + 1 :]) and not under_breadcrumb(head, index))
            or (under_masthead and kicker_below(head[index + 1 :]))
        ):
            # "Name - tagline", a slogan: a site's lines come before its menu or a section's
            # kicker, the headline after them; the first one names the outlet.
            name = site_name(text) if first else ""
            if name:
                found.offer_outlet(name, 3)
            line.reason = "masthead"
            continue
        subject = _subject_of(head)
        if subject and (
            ends_sentence(text)
            or text.endswith(":")
            or not _title_like(text)
            or _section_opening(text, head[index + 1 :])
        ):
            # a note whose first line is already its text (a sentence, one announcing what
            # follows, "… như sau:", or its first numbered section's heading over prose,
            # "1. X"): the subject line is its title
            return subject
        if len(lines) > 1 and _title_like(text):
            line.reason = "title"
            # (a PDF's headline in large type goes on over its lines in that type)
            wrapped = large_wrapped(text, head[index + 1 :]) if line.large else text
            if wrapped != text:
                return wrapped
            return without_kicker(wrapped_title(text, head[index + 1 :]))
        return ""
    return _subject_of(head)


def _menu_site(head: list[Line], found: Found) -> None:
    """A site's name opening its menu row, the text's first line ("Báo X | Thời sự | Kinh
    tế …", "SITE · World · Business"): offered as a masthead's is (a guess the other signals
    weigh), when the first cell names an outlet (a known one, a kind of outlet and its name,
    a paper's name)."""
    first = next((line for line in head if line.text.strip()), None)
    if first is None or first.reason != "menu":
        return
    cells = re.split(r"\s+[|·•›»]\s+|\s{2,}", first.text.strip())
    name = masthead_name(cells[0]) if len(cells) >= 3 else ""
    if name:
        found.offer_outlet(name, 3)


def _subject_of(head: list[Line]) -> str:
    """A note's subject line as the note writes it ("" when it has none): "V/v …" is how
    an official document is cited ("Công văn số 15/BNG-CÂ V/v …"), so it keeps its "V/v",
    "Về việc" or "Re:" (three independent keys of the corpus read it so)."""
    line = next((line for line in head if line.reason == "subject line"), None)
    return "" if line is None else line.text

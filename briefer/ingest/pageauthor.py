"""Who a saved page's markup credits as the article's writer (pure): meta author, an author
or byline element, a labelled row, a credit block above the text, and whether a part of a
credit is a person's name. Split from :mod:`briefer.ingest.pagemeta`, which reads the day
a page declares or shows."""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.contentcredit import content_writer
from briefer.ingest.deskcredit import desk_name, desk_report
from briefer.ingest.pagemeta import AUTHOR_CLASS, DATED, marked_inside, meta_content
from briefer.ingest.pagetitle import flat as _flat
from briefer.ingest.personshape import is_person
from briefer.ingest.picturecredit import picture_credit
from briefer.ingest.syndicatedline import carried_source

_SPACES: Final = re.compile(r"[^\S\n]+")


def _named_cell(text: str) -> str:
    """ "Name | 2 hours ago | Tuesday, 18 November 2025": of a row of cells, the one cell
    that is a name (no figures, capitalised words); the row as given otherwise."""
    from briefer.ingest.metadata import BYLINE

    cells = [c.strip() for c in re.split(r"\s[|·•]\s", text) if c.strip()]
    if len(cells) < 2:  # ("JT - Apr 29,2025 - Last updated …": dashes part a dated row too)
        cells = [c.strip() for c in re.split(r"\s[-–]\s", text) if c.strip()]
        if len(cells) < 2 or not any(re.search(r"\d", c) for c in cells):
            return text
    named = [c for c in cells if BYLINE.match(c) and not re.search(r"\d", c)]
    undated = [c for c in cells if not re.search(r"\d", c)]
    return named[0] if len(named) == 1 else undated[0] if len(undated) == 1 else text


def page_author(root: lxml.html.HtmlElement) -> str:
    """The author the markup names; an agency or outlet ("VNA", "TTXVN") is no author, but
    an agency's initials the page declares its author stand when nothing else names one
    (the choice keeps them only when they are not the site's own)."""
    declared = meta_content(root, "author", "article:author", "dc.creator", "byl").strip()
    agency = declared if _initials(declared) else ""
    # (an aggregator's line, "(PUBLISHER- Source) day", read as a byline row names the source,
    # no writer; the page's leaves are walked for it once)
    carried = carried_source(root)
    named = _named_author(root, carried) or _labelled_writer(root) or agency
    return "" if carried and carried in named else named


def _shown_name(root: lxml.html.HtmlElement, name: str) -> str:
    """``name`` when the page shows it as its own (an element of that name alone: the
    masthead; or its foot's copyright line), else ""."""
    if not name:
        return ""
    folded = name.casefold()
    for node in root.xpath("//body//*[not(*)]"):
        text = " ".join(_flat(node).split()).casefold()
        if text == folded or ("©" in text and folded in text):
            return name
    return ""


def _initials(name: str) -> bool:
    """ "KNA", "VNA": an agency's initials where a writer's name would be."""
    return name.isupper() and name.isalpha() and len(name) <= _INITIALS


_INITIALS: Final = 6


def _labelled_writer(root: lxml.html.HtmlElement) -> str:
    """A writer named by a label in a row of its own or in a cell of a row, whatever its
    class ("Người viết: X", "Author: X" in a table's cell, "day | section | Written by X"):
    the first outside the page's foot and side boxes."""
    from briefer.ingest.metadata import reporter_in
    from briefer.ingest.outletnames import known_outlet

    for node in root.xpath("//body//*[not(ancestor-or-self::footer or ancestor-or-self::aside)]"):
        text = "" if node.xpath(".//p | .//div | .//li | .//table") else _flat(node)
        # (or one cell of a row of the post's facts: "17 May 2025 | Trade | Written by X")
        cells = re.split(r"\s[|·•]\s", text) if len(text) <= _ROW_MAX else []
        name = next((reporter_in(c) for c in cells if reporter_in(c)), "")
        if name and not known_outlet(name):
            return name
    return ""


_KEYS: Final = ("author", "article:author", "dc.creator", "byl")


def _desk(name: str) -> bool:
    """ "VTV Digital", "Reuters Staff": an outlet's own name and its desk, no writer."""
    from briefer.ingest.outletnames import known_outlet

    words = name.split()
    return bool(known_outlet(name) or (len(words) >= 2 and known_outlet(words[0])))


def _declared_writer(root: lxml.html.HtmlElement) -> str:
    """The author the markup declares: the first of its author fields, past one that names
    the outlet's desk ("VTV Digital") when another field names a writer."""
    declared = [meta_content(root, key) for key in _KEYS]
    first = next((name for name in declared if name), "")
    return next((name for name in declared if name and not _desk(name)), first)


# The author's class cut short to a word of its own ("auth"); a sign-in box is so marked
# too ("auth": "Đăng nhập | Đăng ký"), but its words are links and the writer's name is not.
_CUT_AUTHOR: Final = re.compile(r"(?:^|\s)auth(?:$|\s)", re.IGNORECASE)


def _cut_author(node: lxml.html.HtmlElement, marks: str) -> bool:
    return bool(_CUT_AUTHOR.search(marks)) and not node.xpath(".//a|.//button|.//input")


def _named_author(root: lxml.html.HtmlElement, carried: str) -> str:
    """The writer the markup names; ``carried``: the source an aggregator's line names."""
    from briefer.ingest.metadata import BYLINE, author_of, reporter_in, writer_of
    from briefer.ingest.outletnames import known_outlet
    from briefer.ingest.stamplines import stamp_row
    from briefer.text.dates import find_dates

    named = _declared_writer(root)
    if named and not re.match(r"https?://", named):
        named = re.sub(r"^(?:By|by)\s+", "", writer_of(_SPACES.sub(" ", named))).strip()
        # (an agency's initials declared, "KNA", stand only when the page names no writer:
        # ``page_author`` falls back on them)
        # (the source an aggregator's line names, "(PUBLISHER- Source) day", is no writer)
        if not known_outlet(named) and not _initials(named) and named != carried:
            return named
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        marks = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('rel') or ''}"
        if (AUTHOR_CLASS.search(marks) or _cut_author(node, marks)) and not marked_inside(node):
            if picture_credit(marks, _flat(node)):
                continue  # ("photo-author": "Photo: MFA of X" credits the picture, not the text)
            labelled = reporter_in(writer_of(_flat(node)))
            if labelled and not known_outlet(labelled):
                return labelled  # "Thực hiện: Name | day", "Người viết: ThS. Name"
            text = re.sub(
                r"^(?:(?:(?:Written|Translated|Compiled|Reported)\s+)?(?:By|by)|Bởi|Tác giả"
                r"|(?:Biên|Lược)?\s*dịch|Dịch)\s*:?\s*",  # ("Translated by X": the page's writer)
                "",
                writer_of(_flat(node)),
            )
            text = _named_cell(text)
            if named and known_outlet(named) and text.split()[:1] == [named]:
                return named  # "QNA Doha Published: …" under a declared author "QNA": the agency
            if re.search(r"\d{1,2}[./:]\d{2}", text) or find_dates(text):
                from briefer.ingest.stamplines import stamp_remainder

                text = stamp_remainder(text)  # "Mirjam Mõttus 10.06.2025 15:47": its stamp
            # ("Name (PV tại X)", "Name (Theo TTXVN)": a note on the writer, not the name)
            text = re.sub(r"\s*\([^()]*\)$", "", text)
            if 2 <= len(text) <= 50 and not re.search(r"[.!?:]$|https?://", text):
                return "" if known_outlet(text) else author_of(text)
            bio = _BIO.match(text)  # "Name is a reporter at …": an author box's first words
            if bio and all(w[:1].isupper() for w in bio.group("name").split()):
                return bio.group("name")
    # a credit or signature block names its writer under a reporting label, line by line
    # ("Phóng viên: … - Quay phim: …", "Reporting by …<br>Translated by …")
    for node in root.xpath('//*[contains(@class, "credit") or contains(@class, "signature")]'):
        pieces = [p.strip() for p in node.itertext() if p.strip()]
        content = content_writer(pieces, is_person)  # ("Nội dung: X" beside "Thiết kế: Y")
        if content:
            return content
        for piece in pieces:
            if reporter_in(piece):
                return reporter_in(piece)
            # ("Texte : Name/Outlet": a writer's label in the page's language)
            signed = BYLINE.fullmatch(writer_of(piece)) if writer_of(piece) != piece else None
            if signed and is_person(signed.group("author")):
                return signed.group("author")
        # ("News: Name<br>Camera: Name": of labelled credits, the one not a picture's or an
        # editor's names the writer)
        joined = " | ".join(pieces)
        writer = writer_of(joined) if len(pieces) > 1 else ""
        if writer and writer != joined and is_person(writer):
            return writer
    # a page's list of facts about itself: "From: British Embassy X and Name" (a speech's
    # speaker beside the body that publishes it), "Author: Name"
    for term in root.xpath("//dt"):
        holder = term.getnext()
        if _FROM_TERM.match(_flat(term)) and holder is not None and holder.tag == "dd":
            for part in re.split(r"\s*[,;]\s*|\s+(?:and|và)\s+", _flat(holder)):
                if is_person(part):
                    return part
    # a dated element's row with a cell that credits its writer ("day | time | Nhóm PV thực
    # hiện"): the writer beside the day
    for node in root.iter():
        marks = (
            f"{node.get('class') or ''} {node.get('id') or ''}" if isinstance(node.tag, str) else ""
        )
        if DATED.search(marks) and len(_flat(node)) <= _ROW_MAX:
            for cell in re.split(r"\s[|·•]\s", _flat(node)):
                if _CREDITED.search(cell.strip()):
                    return author_of(cell)
                if desk_report(cell.strip(), _shown_name(root, desk_name(cell))):
                    return cell.strip()  # ("day | Saudi Gazette report": the desk signs)
            # "NAME (Outlet) · Cập nhật: 08:12, … 21-3-2025 · 2 ngày trước": a byline's name
            # before the row's stamp
            # (or after it: "Cập nhật: 07:00 | 14/05/2025 — Name")
            before, _day, after = stamp_row(_flat(node))
            byline = BYLINE.fullmatch(before or after.strip(" —–-"))
            if byline and not known_outlet(byline.group("author")):
                return author_of(byline.group("author"))
            if _INITIAL_NAME.fullmatch(before):
                return before  # "B.Bold | day | views": an initial and a name before the stamp
    headed = _head_author(root)
    if headed:
        return headed
    # a sign-off's labelled writer: "(AGENCY - author: Name, editor: Name)" under the text
    for node in root.xpath("//p | //div[not(*)]"):
        text = _flat(node)
        signed = _AUTHOR_LABEL.search(text) if len(text) <= _ROW_MAX * 2 else None
        if signed and is_person(signed.group("name")):
            return signed.group("name")
    # a speech's intro: "By State Secretary Name. Place, day.": the speaker, after the role
    for node in root.xpath("//p | //div[not(*)]"):
        spoken = _SPEAKER.match(_flat(node))
        if spoken and is_person(spoken.group("name")):
            return spoken.group("name")
    return ""


_ROW_MAX: Final = 160
_AUTHOR_LABEL: Final = re.compile(
    # (a printed page's head sets its labels in capitals: "WRITER: Name")
    r"\b(?i:author|writer|reporter|tác\s+giả)\s*:\s*"
    r"(?P<name>[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+){1,3}?)(?=\s*[,;|)]|$)"
)
# A speaker's or official's title before the name under a headline ("Hon Name", "H.E. Name")
_HONORIFIC: Final = re.compile(
    r"^(?:(?:(?:The\s+)?(?:Rt\.?\s+)?Hon(?:ourable|\.)?|H\.\s?E\.|His\s+Excellency"
    r"|Her\s+Excellency|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?"
    # (a speaker's office before the name: "Minister of State Name", "Ambassador Name")
    r"|State|Deputy|Vice|Prime|Foreign|Minister|Secretary|Ambassador|President|Director"
    r"|General|Chair(?:man|woman|person)?|Consul|Governor|Mayor|Senator|of|the)\s+)+"
)
_HEAD_ROWS: Final = 6


def _head_author(root: lxml.html.HtmlElement) -> str:
    """The writer or speaker in the rows between the headline and the text, when no class
    marks it: a row that is a person's name with a title before it ("Hon Name") or a stamp
    after it ("Name | 23.10.2025 - Update: …"); a place, a section or a credit is no person."""
    from briefer.ingest.byrow import by_row_name, name_core
    from briefer.ingest.found import name_case
    from briefer.ingest.homeplaces import home_places
    from briefer.ingest.issuerrow import issuer_in_row
    from briefer.ingest.outletnames import known_outlet
    from briefer.ingest.stampbylines import stamped_writer
    from briefer.ingest.stamplines import stamp_remainder
    from briefer.text.dates import find_dates

    heads = root.xpath("//h1")
    # (under a headline marked by class only, a "By Name" row alone: its other rows are a
    # release's place and day more often than a writer)
    by_only = not heads
    heads = heads or _titled_heads(root)
    if not heads:
        return ""
    seen = 0
    for node in heads[0].itersiblings():
        if not isinstance(node.tag, str):
            continue
        text = _flat(node)
        if node.tag == "p" and len(text) > _ROW_MAX:
            break  # the text has begun
        seen += 1
        if seen > _HEAD_ROWS:
            break
        if not text or len(text) > _ROW_MAX:
            continue
        by = by_row_name(text) or _by_cell(text)  # ("By Name, Policy Officer": a newsletter's)
        by = name_case(by)  # ("BY NAME | day | section": the page's style, not the name's)
        if by and is_person(name_core(by)):
            return by
        if by_only:
            continue
        issuer = issuer_in_row(text)  # ("Senator the Hon Name, Minister for X": a release's)
        if issuer and is_person(issuer):
            return issuer
        titled = _HONORIFIC.match(text)
        if titled and not set(titled.group().split()) - {"of", "the", "The"}:
            titled = None  # ("The Saigon Times": an article is no title)
        name = text[titled.end() :] if titled else ""
        # (in a stamp "23.10.2025" is a day, as "23/10/2025")
        dated = re.sub(r"\b(\d{1,2})([.-])(\d{1,2})\2((?:19|20)\d{2})\b", r"\1/\3/\4", text)
        cells = re.split(r"\s*[|·•]\s*", dated)
        if not titled and len(cells) > 1 and find_dates(" ".join(cells[1:])):
            name = cells[0]  # "Name | day - Update: day": the cell before the stamp
        elif not titled and find_dates(dated):
            # ("Lan Anh - Quốc Bảo Thứ Ba, 12/3/2025 08:10": co-writers before the stamp,
            # joined by the dash the stamp's remainder would drop)
            joint = stamped_writer(text)
            if re.search(r"\s[-–]\s", joint):
                return joint
            name = _without_outlet(dated, stamp_remainder(dated).strip(" |·•—–-"))
        if not titled and name.isupper():
            # (a row in capitals beside a stamp under a headline is a dateline's place or
            # the outlets more often than a writer: "NEW DELHI | 12.03.2025")
            continue
        # ("OUTLET WITH AGENCY · Place · day": the outlets credited, no person)
        credits = re.split(r"\s+(?:with|and|&)\s+", name, flags=re.IGNORECASE)
        if (
            name
            and is_person(name)
            and not home_places().fullmatch(name)
            and not any(known_outlet(c) for c in credits)
        ):
            return name
    return ""


def _without_outlet(row: str, name: str) -> str:
    """The writer of a stamped row "Name / Outlet 13 Nov 2025": the outlet after the slash
    is where the writer works, no part of the name (``name`` as given when no known outlet
    follows a slash: "Lan / Minh 3/12/2025" are two writers)."""
    from briefer.ingest.stamplines import stamp_remainder
    from briefer.ingest.writerchoice import bare_name

    writer, slash, rest = row.partition("/")
    if not slash or re.match(r"\d", rest):
        return name
    # (the stamp's words aside on each side, the slash kept for the writer's own rule)
    credited = f"{stamp_remainder(writer)} / {stamp_remainder(rest)}"
    bare = bare_name(credited)
    return name if "/" in bare else bare.strip(" |·•—–-")


def _titled_heads(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """A page without an ``<h1>``: the element its class marks as the headline."""
    from briefer.ingest.pagetitle import titled_element

    title = titled_element(root)
    return [n for n in root.iter() if isinstance(n.tag, str) and title and _flat(n) == title][:1]


def _by_cell(row: str) -> str:
    """The writer a row of cells names in its first, "By Name", before a day's cell ("BY
    NAME | Wednesday, 3 December 2025 | Local News"): a byline, whatever the cells after."""
    from briefer.ingest.byrow import by_row_name
    from briefer.text.dates import find_dates

    first, *rest = re.split(r"\s*[|·•]\s*", row)
    return by_row_name(first) if rest and find_dates(" ".join(rest)) else ""


_FROM_TERM: Final = re.compile(r"^\s*(?:From|By|Authors?|Speaker|Tác\s+giả)\s*:?\s*$", re.I)


# An author box's sentence on its writer: "Name is a … reporter", "Name covers …". (Not
# prompts' bio line: the page marks this element as its author box, so the opening words name
# the writer whatever role follows; a body line needs the whole bio shape to be dropped.)
_BIO: Final = re.compile(
    r"^(?P<name>(?:[^\W\d_][\w'’-]+\s){1,3}[^\W\d_][\w'’-]+)\s(?:is\s+(?:a|an|the)\s"
    r"|covers\s|writes\s|reports\s)"
)
# One initial and a surname ("B.Khuslen", "I. Petrov"): a person's name as many agencies sign
_INITIAL_NAME: Final = re.compile(r"[A-Z]\.\s?[A-Z][a-z]{2,20}")
_SPEAKER: Final = re.compile(
    r"^By\s+(?:(?:State|Deputy|Vice|Prime|Foreign|Minister|Secretary|Ambassador|President"
    r"|Director|General|Chair(?:man|woman)?|Consul|Governor|Mayor|of|the)\s+)+"
    r"(?P<name>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){1,3})\.\s"
)
# A cell that credits who did the piece: "… thực hiện", "… (thực hiện)".
_CREDITED: Final = re.compile(r"\S\s+\(?thực\s+hiện\)?$", re.IGNORECASE)


__all__ = ["is_person", "page_author"]

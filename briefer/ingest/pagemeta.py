"""What a saved page's markup says of its article (pure): the publication day it declares
(meta tags, ``itemprop``, ``<time>``, schema.org's linked data) or shows in a dated element,
and its writer (meta author, an author or byline element, a credit block). Split from
:mod:`briefer.ingest.webpage`, which reads the page and finds its text."""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.pagetitle import flat as _flat

_SPACES: Final = re.compile(r"[^\S\n]+")


def meta_content(root: lxml.html.HtmlElement, *keys: str) -> str:
    for key in keys:
        for node in root.xpath(f'//meta[@property="{key}" or @name="{key}"]'):
            content = (node.get("content") or "").strip()
            if content:
                return content
    return ""


_CHANGED_LABEL: Final = re.compile(r"cập\s+nhật|updated|modified|sửa", re.IGNORECASE)


_ISO_DATE: Final = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]|$)")


def declared_date(root: lxml.html.HtmlElement) -> str:
    """The publication date the page declares (meta tags, ``itemprop``, ``<time>``)."""
    values = [
        meta_content(root, "article:published_time", "og:published_time", "pubdate", "publishdate",
              "date", "dc.date", "dcterms.created"),
        *(node.get("content") or node.get("datetime") or ""
          for node in root.xpath('//*[@itemprop="datePublished"]')),
        *(node.get("datetime") or "" for node in root.xpath("//time[@datetime]")),
    ]  # fmt: skip
    for value in values:
        match = _ISO_DATE.match(value.strip())
        if match:
            return match.group(1)
    return ""


_ARTICLE_TYPES: Final = frozenset(
    ("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
     "WebPage", "ReportArticle")
)  # fmt: skip


def linked_data(root: lxml.html.HtmlElement) -> dict[str, str]:
    """What a page's schema.org block (``<script type="application/ld+json">``) says of
    its article: ``date`` (datePublished), ``author`` and ``site`` (the publisher)."""
    import json

    found: dict[str, str] = {}

    def names(value: object) -> list[str]:
        items = value if isinstance(value, list) else [value]
        out = []
        for item in items:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str) and name.strip():
                out.append(_SPACES.sub(" ", name).strip())
        return out

    def visit(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
            return
        if not isinstance(node, dict):
            return
        kinds = node.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str)):
            date = node.get("datePublished")
            if isinstance(date, str) and _ISO_DATE.match(date.strip()):
                found.setdefault("date", date.strip()[:10])
            authors = names(node.get("author"))
            if len(authors) == 1:  # several writers, or none: the page's byline decides
                found.setdefault("author", authors[0])
            publisher = names(node.get("publisher"))
            if publisher:
                found.setdefault("site", publisher[0])
        visit(node.get("@graph"))

    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            visit(json.loads(script.text or ""))
        except (ValueError, RecursionError):
            continue  # a broken block says nothing
    return found


_DATED: Final = re.compile(
    r"date|time|publish|posted|thoi-?gian|ngay|meta|info|(?:^|[\s_-])dt(?:$|[\s_-])|byline|author"
    r"|credit",
    re.I,
)  # ("dt": a date's short name; the day of a byline, author or credit line is the publication's)
# A cell labelled as the publication's day: "Date: 04/11/2025", "Published: …", "Ngày đăng: …"
_DATE_LABEL: Final = re.compile(
    r"(?:^|[|·•]\s*)(?:Date|Published(?:\s+on)?|Posted(?:\s+on)?|Ngày\s+(?:đăng|ban\s+hành))\s*:",
    re.IGNORECASE,
)
_CREDIT_CLASS: Final = re.compile(r"credit", re.I)
_PICTURE_LABEL: Final = re.compile(r"\b(?:Ảnh|Photo|Image|Video|Picture)\b", re.I)
# The site's clock ("date-now", "today", "current-time"): the day the page was viewed, not
# the day it was published.
_CLOCK_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:now|today|clock|hom-?nay)(?:$|[\s_-])|current[-_]?(?:date|time|day)",
    re.IGNORECASE,
)
_AUTHOR_CLASS: Final = re.compile(
    r"author|byline|tac-?gia|(?:^|[\s_-])(?:by|writer|reporter)(?:$|[\s_-])", re.I
)  # (a class "writer", "reporter": the element names who wrote)


def _marked_inside(node: lxml.html.HtmlElement) -> bool:
    """An author block holding an element marked as the author itself ("byline-block" over
    "author" and "role"): the inner one names the writer, the block adds a role."""
    for inner in node.iterdescendants():
        if isinstance(inner.tag, str) and _AUTHOR_CLASS.search(
            f"{inner.get('class') or ''} {inner.get('id') or ''} {inner.get('rel') or ''}"
        ):
            return True
    return False


def _in_site_header(node: lxml.html.HtmlElement) -> bool:
    """Inside the site's own header or menu (a <nav>, or a <header> outside any <article>
    and without the headline): a date there is the site's clock, not the page's."""
    for above in node.iterancestors():
        if above.tag == "nav":
            return True
        if above.tag == "header" and above.find(".//h1") is None:
            return not any(a.tag == "article" for a in above.iterancestors())
    return False


_LOGO_MARK: Final = re.compile(r"logo|brand|banner|masthead", re.IGNORECASE)
_CHROME_LEVELS: Final = 2
_BAR_MAX: Final = 300


def _beside_logo(node: lxml.html.HtmlElement) -> bool:
    """In the same row or box as the site's logo (a top bar: the logo, the day's date, the
    weather): the site's chrome, whose date is the day the page was viewed. A bar laid out
    flat puts the date's element right above the logo's, as its sibling: an article's day
    is never written above the site's logo (below it, a stamp may follow the bar at once)."""
    below = node.getnext()
    over_logo = (  # (a short element: the logo's own box, not a block holding it)
        below is not None
        and isinstance(below.tag, str)
        and len(_flat(below)) <= _BAR_MAX
        and _logo_in(below)
    )
    return over_logo or _logo_above(node)


def _logo_above(node: lxml.html.HtmlElement) -> bool:
    """Whether a box or two around the node (a short row) holds the site's logo."""
    for above in list(node.iterancestors())[:_CHROME_LEVELS]:
        if above.tag in ("body", "html", "article", "main") or len(_flat(above)) > _BAR_MAX:
            break  # (a bar is a short row; the page's body holds the logo too)
        if _logo_in(above):
            return True
    return False


def _logo_in(element: lxml.html.HtmlElement) -> bool:
    """Whether an element holds the site's logo (an image marked or named as one)."""
    for img in element.iter("img"):
        marks = " ".join(
            f"{n.get('class') or ''} {n.get('id') or ''}"
            for n in (img, *list(img.iterancestors())[:2])
        )
        if _LOGO_MARK.search(f"{marks} {img.get('src') or ''}"):
            return True
    return False


def _swapped(iso: str) -> str:
    """The day with its day and month read the other way round ("2025-07-05" → "2025-05-07")."""
    year, month, day = iso.split("-")
    return f"{year}-{day}-{month}" if int(day) <= 12 else ""


def _worded_days(root: lxml.html.HtmlElement) -> set[str]:
    """The days the page writes with a month's name ("4 November 2025", "Apr. 9, 2025")."""
    from briefer.text.dates import find_dates

    return {
        d.start
        for d in find_dates(_flat(root))
        if d.precision == "day" and re.search(r"[^\W\d_]{3}", d.text)
    }


def visible_date(root: lxml.html.HtmlElement) -> tuple[str, str]:
    """The first day written in an element whose class or id speaks of a date or time
    ("detail-time", "datetime", "post-meta"), when the markup declares none; as (published,
    changed): an element that says it was updated dates a change, not the publication."""
    from briefer.text.dates import find_dates

    changed = ""  # a "last-updated" element dates a change: only when nothing else is dated
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        labelled = _DATE_LABEL.search(node.text or "")  # ("Date: …" in an unmarked element)
        if (
            not _DATED.search(marks) and node.tag != "time" and not labelled
        ) or _CLOCK_CLASS.search(marks):
            continue
        if _in_site_header(node) or _beside_logo(node):
            continue
        if _CREDIT_CLASS.search(marks) and (
            node.xpath("ancestor::figure")
            or node.tag == "figcaption"
            or _PICTURE_LABEL.search(_flat(node))
        ):
            continue  # (a picture's credit dates the picture, not the article)
        text = _flat(node)
        if not text or len(text) > 120:
            continue
        # (in a date's element "10.06.2025" and "10-06-2025" are days, as "10/06/2025")
        text = re.sub(r"\b(\d{1,2})([.-])(\d{1,2})\2((?:19|20)\d{2})\b", r"\1/\3/\4", text)
        # (the year first, "2025.06.12." as Hungarian or East Asian pages write it)
        text = re.sub(r"\b((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})\b\.?", r"\3/\2/\1", text)
        # ("April 22/2025": the day and year split by a slash, as some agencies write it)
        text = re.sub(r"\b([A-Z][a-z]{2,8}\.?\s+\d{1,2})/((?:19|20)\d{2})\b", r"\1, \2", text)
        days = [d for d in find_dates(text) if d.precision == "day"]
        if days and re.search(r"updat|modif", marks, re.IGNORECASE):
            changed = changed or days[0].start
            continue
        if labelled and not _DATED.search(marks) and days:
            # An unmarked "Date: 4/9/2025" may be either order (day or month first): only
            # the reading a day written in words on the page confirms ("Apr. 9, 2025").
            worded = _worded_days(root)
            read = [iso for d in days for iso in (d.start, _swapped(d.start)) if iso in worded]
            if not read:
                continue
            return read[0], ""
        # "Cập nhật: 13/06 · Đăng: 12/06": of two days, not the one a label says changed
        plain = [d for d in days if not _CHANGED_LABEL.search(text[max(0, d.pos - 16) : d.pos])]
        if days:
            return (plain or days)[0].start, ""
    return "", changed


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
    agency = declared if declared.isupper() and declared.isalpha() and len(declared) <= 6 else ""
    return _named_author(root) or _labelled_writer(root) or agency


def _labelled_writer(root: lxml.html.HtmlElement) -> str:
    """A writer named by a label in a row of its own, whatever its class ("Người viết: X",
    "Author: X" in a table's cell): the first outside the page's foot and side boxes."""
    from briefer.ingest.metadata import reporter_in
    from briefer.ingest.outletnames import known_outlet

    for node in root.xpath("//body//*[not(ancestor-or-self::footer or ancestor-or-self::aside)]"):
        text = "" if node.xpath(".//p | .//div | .//li | .//table") else _flat(node)
        name = reporter_in(text) if len(text) <= _ROW_MAX else ""
        if name and not known_outlet(name):
            return name
    return ""


def _named_author(root: lxml.html.HtmlElement) -> str:
    from briefer.ingest.furniture import stamp_row
    from briefer.ingest.metadata import BYLINE, author_of, reporter_in, writer_of
    from briefer.ingest.outletnames import known_outlet
    from briefer.text.dates import find_dates

    named = meta_content(root, "author", "article:author", "dc.creator", "byl")
    if named and not re.match(r"https?://", named):
        named = re.sub(r"^(?:By|by)\s+", "", writer_of(_SPACES.sub(" ", named))).strip()
        if not known_outlet(named):
            return named
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        marks = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('rel') or ''}"
        if _AUTHOR_CLASS.search(marks) and not _marked_inside(node):
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
                from briefer.ingest.furniture import stamp_remainder

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
        if _DATED.search(marks) and len(_flat(node)) <= _ROW_MAX:
            for cell in re.split(r"\s[|·•]\s", _flat(node)):
                if _CREDITED.search(cell.strip()):
                    return author_of(cell)
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
    r"\b(?:[Aa]uthor|[Ww]riter|[Rr]eporter|Tác\s+giả)\s*:\s*"
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
    from briefer.ingest.furniture import stamp_remainder
    from briefer.ingest.homeplaces import home_places
    from briefer.ingest.outletnames import known_outlet
    from briefer.text.dates import find_dates

    heads = root.xpath("//h1")
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
            name = stamp_remainder(dated).strip(" |·•—–-")
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


_FROM_TERM: Final = re.compile(r"^\s*(?:From|By|Authors?|Speaker|Tác\s+giả)\s*:?\s*$", re.I)


def is_person(part: str) -> bool:
    """A person's name among a page's "From:" entries: two to four capitalised words, none a
    country's or its people's name ("British Embassy X" is a body), no unit or outlet."""
    from briefer.ingest.countries import country_of_name
    from briefer.ingest.found import is_city
    from briefer.ingest.metadata import BYLINE, UNIT_NAME
    from briefer.ingest.outletnames import known_outlet

    words = part.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and BYLINE.fullmatch(part) is not None
        and not any(country_of_name(w) for w in words)
        and not UNIT_NAME.search(part)
        and not known_outlet(part)
        and not is_city(part)  # ("Kuala Lumpur | day": a dateline's place)
    )


# An author box's sentence on its writer: "Name is a … reporter", "Name covers …". (Not
# prompts' bio line: the page marks this element as its author box, so the opening words name
# the writer whatever role follows; a body line needs the whole bio shape to be dropped.)
_BIO: Final = re.compile(
    r"^(?P<name>(?:[^\W\d_][\w'’-]+\s){1,3}[^\W\d_][\w'’-]+)\s(?:is\s+(?:a|an|the)\s"
    r"|covers\s|writes\s|reports\s)"
)
# A cell that credits who did the piece: "… thực hiện", "… (thực hiện)".
# One initial and a surname ("B.Khuslen", "I. Petrov"): a person's name as many agencies sign
_INITIAL_NAME: Final = re.compile(r"[A-Z]\.\s?[A-Z][a-z]{2,20}")
_SPEAKER: Final = re.compile(
    r"^By\s+(?:(?:State|Deputy|Vice|Prime|Foreign|Minister|Secretary|Ambassador|President"
    r"|Director|General|Chair(?:man|woman)?|Consul|Governor|Mayor|of|the)\s+)+"
    r"(?P<name>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){1,3})\.\s"
)
_CREDITED: Final = re.compile(r"\S\s+\(?thực\s+hiện\)?$", re.IGNORECASE)


__all__ = ["declared_date", "linked_data", "meta_content", "page_author", "visible_date"]

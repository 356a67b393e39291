"""What a saved page's markup says of its article (pure): the publication day it declares
(meta tags, ``itemprop``, ``<time>``, schema.org's linked data) or shows in a dated element,
and its writer (meta author, an author or byline element, a credit block). Split from
:mod:`briefer.ingest.webpage`, which reads the page and finds its text."""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.pagetitle import flat as _flat
from briefer.ingest.printstamp import print_stamp
from briefer.ingest.savedstamp import saved_stamp

_SPACES: Final = re.compile(r"[^\S\n]+")


def meta_content(root: lxml.html.HtmlElement, *keys: str) -> str:
    for key in keys:
        for node in root.xpath(f'//meta[@property="{key}" or @name="{key}"]'):
            content = (node.get("content") or "").strip()
            if content:
                return content
    return ""


def meta_any_case(root: lxml.html.HtmlElement, *keys: str) -> str:
    """The first of ``keys`` (lower case) a meta tag names in any letter case: Dublin Core
    writes its fields "DC.Date", "DC.date.issued", "dcterms.issued" as each site likes."""
    for key in keys:
        for node in root.iter("meta"):
            label = (node.get("name") or node.get("property") or "").strip().lower()
            content = (node.get("content") or "").strip()
            if label == key and content:
                return content
    return ""


_CHANGED_LABEL: Final = re.compile(r"cập\s+nhật|updated|modified|sửa", re.IGNORECASE)


_ISO_DATE: Final = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]|$)")


def declared_date(root: lxml.html.HtmlElement) -> str:
    """The publication date the page declares (meta tags, ``itemprop``, ``<time>``)."""
    values = [
        meta_content(root, "article:published_time", "og:published_time", "pubdate", "publishdate",
              "date"),
        # (the Dublin Core day a government site declares: "DC.Date", "dcterms.issued")
        meta_any_case(root, "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created",
                      "dcterms.date"),
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


DATED: Final = re.compile(
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
CLOCK_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:now|today|clock|hom-?nay)(?:$|[\s_-])|current[-_]?(?:date|time|day)",
    re.IGNORECASE,
)
AUTHOR_CLASS: Final = re.compile(
    r"author|byline|tac-?gia|(?:^|[\s_-])(?:by|writer|reporter)(?:$|[\s_-])", re.I
)  # (a class "writer", "reporter": the element names who wrote)


def marked_inside(node: lxml.html.HtmlElement) -> bool:
    """An author block holding an element marked as the author itself ("byline-block" over
    "author" and "role"): the inner one names the writer, the block adds a role."""
    for inner in node.iterdescendants():
        if isinstance(inner.tag, str) and AUTHOR_CLASS.search(
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
        if (not DATED.search(marks) and node.tag != "time" and not labelled) or CLOCK_CLASS.search(
            marks
        ):
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
        if not text or len(text) > 120 or print_stamp(marks, text):
            continue  # (a print's "Printed: …" stamp dates the reader's copy, not the article)
        if saved_stamp(text):
            continue  # (an editing tool's "saved at …" dates a draft's edit: savedstamp)
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
        if labelled and not DATED.search(marks) and days:
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


__all__ = [
    "AUTHOR_CLASS",
    "CLOCK_CLASS",
    "DATED",
    "declared_date",
    "linked_data",
    "marked_inside",
    "meta_content",
    "visible_date",
]

"""A saved page's headline and site name from its <title> ("Headline | Site", "Site -
Headline", "Headline – Section – Site"): the part the page shows as an element's whole text
is the headline, a part that names an outlet is the site."""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.alttext import names_nothing
from briefer.ingest.issuername import issuer_named
from briefer.ingest.outletforms import initials
from briefer.ingest.pairpart import pair_tail
from briefer.ingest.reusenotice import reuse_holder
from briefer.ingest.rxparts import HOST
from briefer.ingest.sitebeside import name_beside_domain
from briefer.ingest.sitesection import site_without_section

_SPACES: Final = re.compile(r"[^\S\n]+")
# What parts a <title>: a hyphen, a dash, a bar, an angle quote or arrow ("»", "›"), a dot
# ("·", "•"), "~" or "::", spaced.
_PARTS: Final = re.compile(r"\s+(?:[-–—|»«›‹·•~]|::)\s+")


def strip_site(title: str, site: str, root: lxml.html.HtmlElement) -> str:
    """ "Headline - Site name" → "Headline" (a <title> carries the site's name)."""
    parts = re.split(_PARTS, title)
    if len(parts) < 2:
        return _by_strong_parts(title, site)  # ("Headline : The Site": a spaced colon)
    shown = _shown_part(parts, root)
    if shown:
        return _as_written(title, shown)
    head, tail = " - ".join(parts[:-1]), parts[-1]
    if pair_tail(head, tail):  # ("Hợp tác Việt Nam - Lào": the pair's second side, no site)
        rest = " - ".join(parts[1:])
        site_first = len(parts) > 2 and _names_site(parts[0], site) and len(rest.split()) >= 4
        return _as_written(title, rest) if site_first else title
    headings = {flat(h) for h in root.xpath("//h1 | //h2")}

    section = len(parts) == 3 and not pair_tail(parts[0], parts[1])  # (no pair's side)
    if section and _names_site(tail, site) and len(parts[1].split()) <= 3:
        return parts[0]  # "Headline – Chuyên mục – Site": the section between
    if head in headings or (site and tail.casefold() in site.casefold()) or _names_site(tail, site):
        return head
    # "Site name - Headline": some sites put their name first (a title that is the page's
    # own headline is whole: "Việt Nam - X: …")
    first, rest = parts[0], " - ".join(parts[1:])
    if title not in headings and _names_site(first, site) and len(rest.split()) >= 4:
        return rest
    return _by_strong_parts(title, site)


# The separators a headline never holds spaced ("::", "|", "»", " : "): a <title> that uses
# them is parted by them alone (the headline keeps its own dashes: "X – Y: …").
_STRONG: Final = re.compile(r"\s+(?:[|»«›‹~]|::|:)\s+")
_SECTION_WORDS: Final = 3
_SITE_WORDS: Final = 12  # ("Đại sứ quán Việt Nam tại Cộng hòa Séc")


def _by_strong_parts(title: str, site: str) -> str:
    """ "Site :: Section :: Headline", "Headline » Section » Site", "Headline : The Site":
    sections between (three words at most each), the site at one end, the headline the
    longer end; two parts, the one naming a site goes. The whole title when unsure."""
    parts = [p.strip() for p in _STRONG.split(title) if p.strip()]
    if len(parts) >= 3 and all(len(p.split()) <= _SECTION_WORDS for p in parts[1:-1]):
        first, last = parts[0], parts[-1]
        long_, short = (first, last) if len(first.split()) > len(last.split()) else (last, first)
        if len(long_.split()) >= 4 and len(short.split()) <= _SITE_WORDS:
            return long_
    if len(parts) == 2:
        if _names_site(parts[1], site) and len(parts[0].split()) >= 4:
            return parts[0]
        if _names_site(parts[0], site) and len(parts[1].split()) >= 4:
            return parts[1]
    return title


# A kind of outlet opening a name ("Báo …", "Tạp chí …", "Đài …", "Cổng thông tin …").
_OUTLET_KIND: Final = re.compile(
    r"^(?:báo|tạp\s+chí|đài|cổng\s+thông\s+tin|thông\s+tấn\s+xã|trang\s+tin)\s+\S"
    # (an English name that says its kind: "Radio X", "X News Agency", "X News Network")
    r"|^(?-i:Radio(?:\s+[A-Z]\w+)+)$|^(?-i:(?:[A-Z]\w+\s+)+News\s+(?:Agency|Network|Service))$",
    re.IGNORECASE,
)
# A kind of site without the name it would open ("Cổng thông tin điện tử": an e-portal).
_KIND_ONLY: Final = re.compile(
    r"^(?:(?:cổng|trang)\s+(?:thông\s+tin|tin\s+tức)(?:\s+điện\s+tử)?(?:\s+chính\s+thức)?"
    r"|(?:the\s+)?official\s+(?:web\s*site|portal)|(?:web\s+)?portal)$",
    re.IGNORECASE,
)


def _names_site(part: str, site: str) -> bool:
    """Whether a part of a <title> is the site's name: the site the page names, a known
    outlet, or a short name opening on a kind of outlet."""
    from briefer.ingest.outletnames import known_outlet

    if _KIND_ONLY.match(part):
        return False  # "Cổng thông tin điện tử", "Official website": a kind, no name
    return bool(
        # (the site's name, not a word of it: "Việt Nam" in "Báo … Việt Nam" is no site)
        (site and part.casefold() in site.casefold() and 2 * len(part) >= len(site))
        or known_outlet(part)
        or HOST.match(part) is not None
        or (_OUTLET_KIND.match(part) and len(part.split()) <= 6)
        or issuer_named(part)
    )


def _shown_part(parts: list[str], root: lxml.html.HtmlElement) -> str:
    """The part of a <title> (one or several running parts, "Việt Nam - X: …" has a dash of
    its own) that the page shows as an element's whole text: its headline, whatever the tag
    (<h1>, a styled <div>); "" when none is or the whole title is."""
    menu = _menu_items(root)
    shown = {
        _dashes(flat(node))  # (a page may set its headline in capitals)
        for node in root.xpath("//body//*[not(self::title)]")
        if len(node.text_content()) <= _TITLE_MAX
    } - menu  # (a menu's item is a section the <title> names, "Tin tức - Sự kiện")
    for size in range(len(parts) - 1, 0, -1):
        for start in range(len(parts) - size + 1):
            part = " - ".join(parts[start : start + size])
            if len(part.split()) >= 4 and _dashes(part) in shown:
                return part
    return ""


def _menu_items(root: lxml.html.HtmlElement) -> set[str]:
    """The texts of a page's menu items: the items of a list that holds no sentence (each a
    few words, none ending as a sentence does) or of a <nav>, compared as :func:`_dashes`."""
    items: set[str] = set()
    for menu in root.xpath("//ul | //ol | //nav | //*[count(a) >= 3]"):
        texts = [flat(li) for li in menu.xpath("./li | .//a")]
        if len(texts) >= 3 and all(
            len(t.split()) <= _SECTION_WORDS * 2 and not t.endswith((".", ";")) for t in texts
        ):
            items |= {_dashes(t) for t in texts}
    return items


def around_section(title: str, root: lxml.html.HtmlElement) -> tuple[str, str]:
    """(headline, site) of a <title> with one of the page's menu items between them
    ("Headline - Business - Site", "Site | World | Headline"): the longer end is the
    headline (four words or more), the other the site; ("", "") when no such shape."""
    parts = re.split(_PARTS, title)
    menu = _menu_items(root)
    for at in range(1, len(parts) - 1):
        if _dashes(parts[at]) in menu:
            before, after = " - ".join(parts[:at]), " - ".join(parts[at + 1 :])
            head, site = (
                (before, after) if len(before.split()) >= len(after.split()) else (after, before)
            )
            if len(head.split()) >= 4 and len(site.split()) <= _SITE_WORDS:
                return _as_written(title, head), site
    return "", ""


def _dashes(text: str) -> str:
    """Text compared with any dash as a hyphen ("Việt Nam – Séc" in a headline is the
    <title>'s part "Việt Nam - Séc" once split and joined), case aside."""
    return re.sub(r"[–—]", "-", text).casefold()


def _as_written(title: str, part: str) -> str:
    """The part as the <title> writes it (its own dashes, not the hyphens of the join)."""
    pieces = [re.escape(p) for p in part.split(" - ")]
    found = re.search(_PARTS.pattern.join(pieces), title)
    return found.group() if found else part


def shown_title(title: str, root: lxml.html.HtmlElement) -> str:
    """The part of the page's <title> the page shows whole as an element's text: a headline
    two signals agree on ("" when none)."""
    shown = _shown_part(re.split(_PARTS, title), root)
    if shown and _dashes(shown) == _dashes(_site_part(root)):
        return ""  # (the site's name its branding shows, "Section | Site")
    return _as_written(title, shown) if shown else ""


_TITLE_MAX: Final = 400


# An element a page names as its headline by class or id ("pr-title", "article_headline").
# (or an article's heading by a CMS's class run together, "contentheading", "articletitle")
_TITLE_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:(?:content|article|post|entry|news)[_-]?heading|title|headline|tieu-?de)"
    r"(?:$|[\s_-])|(?:^|[\s_-])(?:content|article|post|entry|news)title(?:$|[\s_-])",
    re.I,
)
# A title the class says is the site's or a box's, not the article's ("site-title",
# "blog_title", "widget-title"): the site's name in its branding, a sidebar's heading.
_OTHER_TITLE: Final = re.compile(r"(?:site|blog|brand|logo|widget)[_-]?(?:title|name)", re.I)


def titled_element(root: lxml.html.HtmlElement) -> str:
    """A page without an <h1>: the headline the page marks as one by its class or id (four
    words or more, no sentence), "" when none."""
    for node in root.xpath("//body//*[@class or @id]"):
        marks = f"{node.get('class', '')} {node.get('id', '')}"
        text = flat(node)
        if (
            _TITLE_CLASS.search(marks)
            and not _OTHER_TITLE.search(marks)
            # (one line, no blocks inside: a head block holds a kicker and a deck too)
            and "\n" not in text
            and not node.xpath(".//p | .//div | .//br | .//li | .//h2 | .//h3")
            and 4 <= len(text.split()) <= 40
            and not text.endswith((".", "!", "?"))
        ):
            return text
    return ""


def cased_as_written(headline: str, root: lxml.html.HtmlElement) -> str:
    """A headline the page sets in capitals ("X TO DEEPEN LINKS") as its <title> or og:title
    writes it ("X to deepen links"): the capitals are the page's style, not the words'."""
    if not headline or headline != headline.upper() or headline == headline.lower():
        return headline
    written = [flat(t) for t in root.xpath("//title")]
    written += [m.get("content") or "" for m in root.xpath("//meta[@property='og:title']")]
    for title in written:
        for raw in [title, *re.split(_PARTS, title)]:
            part = _SPACES.sub(" ", raw).strip()
            if part.casefold() == headline.casefold() and part != part.upper():
                return part
    return headline


def site_in_title(root: lxml.html.HtmlElement) -> str:
    """A page without og:site_name: the <title> is "Headline | Site" with the headline the
    page's own <h1>, so what follows it is the site's name. Of a <title> with several parts
    beside the headline ("Headline – Site | Section | Section"), the part the page's logo
    or copyright names is the site's, the others its sections or tagline; a section run on
    after the site's name ("Site Section") is left out (:mod:`briefer.ingest.sitesection`)."""
    return site_without_section(_site_in_title(root), _menu_items(root))


def _site_in_title(root: lxml.html.HtmlElement) -> str:
    name = _site_part(root)
    titles = root.xpath("//title")
    parts = [p.strip() for p in re.split(_PARTS, flat(titles[0]))] if titles else []
    if not name or name not in parts or len(parts) < 3:
        return name_beside_domain(parts, name)  # ("… | Yle News | yle.fi": the name)
    marked = {" ".join(n.casefold().split()) for _signal, n in page_marks(root)}
    if name.casefold() in marked:
        return name
    return next((p for p in parts if p.casefold() in marked), "") or name_beside_domain(
        parts, _before_tagline(flat(titles[0]), name)
    )


_TAGLINE_PARTS: Final = 2
_SITE_PART_WORDS: Final = 6


def _before_tagline(title: str, name: str) -> str:
    """ "Headline – Site | Country News | Travel": a site dashed to the headline and barred
    to its tagline's parts is the site; a tagline's part (``name``) is not."""
    cells = [c.strip() for c in title.split(" | ")]
    head, dash, site = cells[0].rpartition(" – " if " – " in cells[0] else " - ")
    if (
        dash
        and len(cells) > _TAGLINE_PARTS
        and name in cells[1:]
        and not _names_site(name, "")  # ("Headline - Section | … | Báo X": the site last)
        and len(head.split()) >= 4
        and 1 <= len(site.split()) <= _SITE_PART_WORDS
    ):
        return site
    return name


def _site_part(root: lxml.html.HtmlElement) -> str:
    titles = root.xpath("//title")
    parts = re.split(_PARTS, flat(titles[0])) if titles else []
    if len(parts) < 2:
        return ""
    headings = {flat(h) for h in root.xpath("//h1")}
    shown = _shown_part(parts, root)
    if len(parts[-1].split()) <= 6 and (
        " - ".join(parts[:-1]) in headings or (shown and not shown.endswith(parts[-1]))
    ):
        return _name_before_tagline(flat(titles[0]), parts)
    if around_section(flat(titles[0]), root)[1]:
        return around_section(flat(titles[0]), root)[1]  # "Headline - Section - Site"
    strong = [p.strip() for p in _STRONG.split(flat(titles[0])) if p.strip()]
    if len(strong) != 2:
        strong = parts if len(parts) == 2 else []
    if strong and _dashes(strong[0]) in _menu_items(root) and not shown:
        return strong[1]  # "Section | Site": the section one of the page's menu items
    if strong and _section(strong) and (not shown or _branded(strong[1], root)):
        return strong[1]  # (the site's name the page shows in its branding, no headline)
    # "Site name - Headline" (the headline in the same cell: "Tin tức - Sự kiện | X" holds
    # a section's words in its first cell, no site before a headline)
    cells = [c.strip() for c in _STRONG.split(flat(titles[0])) if c.strip()]
    first = re.split(_PARTS, cells[0]) if len(cells) >= 2 else []
    cell = first if len(first) >= 2 else parts  # (a site that is its whole cell: "X :: …")
    if _names_site(parts[0], "") and len(" - ".join(cell[1:]).split()) >= 4:
        return parts[0]
    if len(parts[0].split()) <= 6 and shown and not shown.startswith(parts[0]):
        return parts[0]  # "Site | Section | Headline": the headline the page shows, last
    if _names_site(parts[-1], "") and len(" - ".join(parts[:-1]).split()) >= 4:
        return parts[-1]  # "Headline - Báo X": named as a site is, whatever the page shows
    return ""


_BRANDING: Final = re.compile(r"site|brand|logo|masthead|header", re.IGNORECASE)


def _branded(name: str, root: lxml.html.HtmlElement) -> bool:
    """Whether the page shows the name whole in its branding (an element classed as the
    site's, its logo's or its header's), where a headline never stands."""
    return any(
        _dashes(flat(node)) == _dashes(name)
        for node in root.xpath("//body//*[@class or @id]")
        if _BRANDING.search(f"{node.get('class', '')} {node.get('id', '')}")
    )


def _section(cells: list[str]) -> bool:
    """ "Tin tức - Sự kiện | Trường X", "Latest news | The Y Z": a first cell of short
    phrases written as words are (capitalised at their start only), a second written as a
    name is (most words capitalised): a section and its site, no headline."""
    phrases = [p.split() for p in re.split(_PARTS, cells[0])]
    words = cells[1].split()
    named = [w for w in words if w[:1].isupper()]
    return (
        all(1 <= len(p) <= _SECTION_WORDS for p in phrases)
        # (a phrase of two words at least: "Agenda.ge", "SRECI" alone are a site's names)
        and any(len(p) >= 2 for p in phrases)
        and all(w[:1].isupper() for w in (p[0] for p in phrases))
        and all(not w[:1].isupper() for p in phrases for w in p[1:])
        # (a name: most of its words capitalised, where a headline's are not)
        and len(named) >= 2
        and 2 * len(named) > len(words)
        and len(words) <= _SITE_WORDS
    )


def _name_before_tagline(title: str, parts: list[str]) -> str:
    """ "… | SITE - What the site is": a short name in capitals dashed to a phrase in mixed
    case is the site's name, the phrase its tagline (the last part otherwise)."""
    name, tagline = (parts[-2], parts[-1]) if len(parts) >= 3 else ("", parts[-1])
    if (
        name
        and re.search(rf"{re.escape(name)}\s+[-–—]\s+{re.escape(tagline)}\s*$", title)
        and name.isupper()
        and len(name.split()) <= _CAPS_NAME_WORDS
        and not tagline.isupper()
    ):
        return name
    return tagline


_CAPS_NAME_WORDS: Final = 6  # (Vietnamese counts syllables: "BÁO CAO NGUYÊN XANH" is four)


def flat(node: lxml.html.HtmlElement) -> str:
    """The node's text on one line; a <br> separates what it breaks ("Name<br>10.06.2025")."""
    if node.find(".//br") is None:
        return _SPACES.sub(" ", node.text_content()).strip()
    parts: list[str] = []

    def walk(element: lxml.html.HtmlElement) -> None:
        parts.append(" " if element.tag == "br" else element.text or "")
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")

    walk(node)
    return _SPACES.sub(" ", "".join(parts)).strip()


def logo_names(root: lxml.html.HtmlElement) -> list[str]:
    """The names logos give the site: the alt text (before any " - ", " | ") of each image in a
    logo, brand or masthead element (by class, id or source) or in the page's <header>."""
    names = []
    for img in root.xpath("//img[@alt]"):
        marks = " ".join(
            f"{node.get('class') or ''} {node.get('id') or ''}"
            for node in (img, *img.iterancestors())
        )
        if _LOGO.search(f"{marks} {img.get('src') or ''}") or any(
            a.tag == "header" for a in img.iterancestors()
        ):
            alt = _SPACES.sub(" ", img.get("alt") or "").strip()
            # ("Logo Trường X", "X logo": the image called a logo, the name the rest)
            alt = re.sub(r"^(?:logo|biểu\s+trưng)\s+|\s+logo$", "", alt, flags=re.IGNORECASE)
            names.append("" if names_nothing(alt) else re.split(r"\s+[-–|]\s+", alt)[0])
    return names


def site_in_marks(root: lxml.html.HtmlElement) -> str:
    """A page that names its site nowhere else: the logo's alt text when it names an outlet
    ("Báo X", a known one), else the holder of the copyright line at the foot."""
    from briefer.ingest.outletnames import copyright_holder

    for name in logo_names(root):
        if name and (_names_site(name, "") or _initials(name) in _title_parts(root)):
            return name
    for node in root.xpath("//footer | //*[contains(@class, 'footer') or contains(@id, 'footer')]"):
        holder = copyright_holder(flat(node))
        if holder:
            return holder
    return ""


_MARK_WORDS: Final = 8
_CLAIM_SIGN: Final = re.compile(r"©|\(c\)|\bcopyright\b|\bbản\s+quyền\b", re.IGNORECASE)


def page_marks(root: lxml.html.HtmlElement) -> list[tuple[str, str]]:
    """Every name a page's marks give its site, for the choice by agreement: ("logo", the
    alt text of an image in a logo, brand or masthead element or in the page's <header>),
    ("copyright", the holder a short copyright line anywhere names). Unlike
    :func:`site_in_marks` a name need not look like an outlet's: other signals weigh it."""
    from briefer.ingest.outletnames import copyright_holder

    found: list[tuple[str, str]] = []
    for name in logo_names(root):  # (an alt text "logo" names nothing: "" is dropped)
        if 1 <= len(name.split()) <= _MARK_WORDS and not name.endswith("."):
            found.append(("logo", name))
    for node in root.xpath("//body//*"):
        text = flat(node)
        # (the innermost element that holds the line: its holder)
        if (
            len(text) <= _TITLE_MAX
            and _CLAIM_SIGN.search(text)
            and not any(_CLAIM_SIGN.search(flat(c)) for c in node.iterchildren())
        ):
            holder = copyright_holder(text)
            if holder:
                found.append(("copyright", holder))
    # (no logo or copyright line names the site: a reuse notice's quoted name, "Ghi rõ nguồn …")
    reuse = "" if found else reuse_holder(" ".join(flat(n) for n in root.xpath("//body")))
    return found + ([("copyright", reuse)] if reuse else [])


def _initials(name: str) -> str:
    """ "Secretaría de Relaciones Exteriores" → "SRE": the capitals its words open on (three
    at least; a mark no title part is otherwise)."""
    letters = initials(name.split())
    return letters if len(letters) >= 3 else "\0"


def _title_parts(root: lxml.html.HtmlElement) -> set[str]:
    """The parts of the <title> ("SITE | Headline"): the logo's initials there are the site's
    own short name, so the logo's words are its name."""
    titles = root.xpath("//title")
    return {p.strip() for p in re.split(_PARTS, flat(titles[0]))} if titles else set()


def is_site_name(part: str) -> bool:
    """A known outlet, or a short name opening on a kind of outlet ("Báo X", "Tạp chí Y")."""
    return _names_site(part, "")


_LOGO: Final = re.compile(r"logo|brand|masthead", re.IGNORECASE)


__all__ = [
    "around_section",
    "cased_as_written",
    "flat",
    "is_site_name",
    "page_marks",
    "shown_title",
    "site_in_marks",
    "site_in_title",
    "strip_site",
    "titled_element",
]

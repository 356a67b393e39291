"""Names a saved page gives its site in words where an image would usually stand (pure).

``pagetitle.page_marks`` reads the logo's alt text and the copyright's holder. Some pages set
the masthead as text and name themselves only in their foot; this module owns those marks:

- ("logo", X): a logo, brand or masthead element that holds text and no image ("<td
  class="logo">Nông sản & Thị trường</td>"), the name before its organ clause when it writes
  one ("BÁO X - CƠ QUAN NGÔN LUẬN CỦA Y", or in capitals with no dash, "BÁO X CƠ QUAN CỦA
  Y"); else a line above the headline that names the
  publisher before its organ clause ("Báo X - Cơ quan của Y | Thứ Hai, … | English"), or
  that holds a paper's name alone ("Báo X điện tử", no link, no menu): the masthead set as a
  plain top bar;
- ("copyright", X): a foot line that names the publisher before what it is: "Tạp chí X - Cơ
  quan ngôn luận của Y" (the organ of Y), "X Ltd | address | e-mail" (the company that
  publishes, its legal form aside), or a colophon's first line over its owner's line ("X" /
  "Cơ quan chủ quản: Y", "Owned by: Y"), or a line of ownership ("Content owned by X",
  ``ownedline``).
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.logolines import logo_lines
from briefer.ingest.missionplace import mission_in
from briefer.ingest.ownedline import content_owner
from briefer.ingest.pagetitle import flat
from briefer.ingest.softwarename import is_software_name

# ("mast", the masthead's short class name, as a word: not "master"; "masthead" anywhere,
# "mastheadTitle", "mastheads")
_MARK: Final = re.compile(
    r"logo|brand|masthead|(?<![a-z])mast(?![a-z])|site-?name|site-?title", re.IGNORECASE
)
# ("ft", a footer's short class name, as a word of its own)
_FOOT: Final = re.compile(r"foot|copyright|bottom|imprint|(?<![a-z])ft(?![a-z])", re.IGNORECASE)
# a colophon's owner line, under the publisher's name
_OWNER: Final = re.compile(
    r"^(?:Cơ\s+quan\s+chủ\s+quản|(?:Owned|Published)\s+by|Owner|Publisher)\s*:\s*\S",
    re.IGNORECASE,
)
_NAME_WORDS: Final = 8
_FOOT_CHARS: Final = 200
# "X - Cơ quan ngôn luận của Y", "X – the official publication of Y": the organ, then whose.
_ORGAN: Final = re.compile(
    r"^(?P<name>[^|\n]{3,80}?)\s+[-–|]\s+(?:Cơ\s+quan\s+(?:ngôn\s+luận|chủ\s+quản)|Cơ\s+quan\s+của"
    r"|(?:the\s+)?official\s+(?:publication|journal|newspaper|organ)\s+of)\b",
    re.IGNORECASE,
)
# "X OÜ | address": a publisher company, then its address; its legal form is no part of X.
_COMPANY: Final = re.compile(
    r"^(?P<name>(?:[A-Z][\w&'.-]*\s+){1,6}?)(?:OÜ|AS|Ltd\.?|Limited|LLC|Inc\.?|GmbH|AG|S\.A\.?"
    r"|SA|BV|NV|Oy|AB|ApS|Pty\s+Ltd|JSC|PLC|Sdn\s+Bhd)\s*[|·,]\s*\S"
)


def _holder(node: lxml.html.HtmlElement) -> str:
    return " ".join(
        str(v) for v in (node.get("class"), node.get("id"), node.tag) if isinstance(v, str)
    )


def text_marks(root: lxml.html.HtmlElement) -> list[tuple[str, str]]:
    """The page's text logo and the publisher its foot names, as (signal, name) claims."""
    found: list[tuple[str, str]] = []
    for node in root.xpath("//body//*[@class or @id]"):
        if not _MARK.search(_holder(node)) or node.xpath(".//img"):
            continue
        name = logo_lines(node) or flat(node)  # (a name and its place on lines of their own)
        if is_software_name(name):
            continue  # (an editing tool's brand above the preview, not the site's logo)
        name = _organ_name(name) or name  # (the name, not whose organ it is)
        name = mission_in(name) or name  # ("X Embassy Viet Nam": its "in" left out)
        if 1 <= len(name.split()) <= _NAME_WORDS and not name.endswith((".", ":")):
            found.append(("logo", name))
            break
    top = "" if found else _head_organ(root)
    found += [("logo", top)] if top else []
    for node in root.xpath("//body//*[self::footer or @class or @id]"):
        if not _FOOT.search(_holder(node)) and node.tag != "footer":
            continue
        lines = [line for line in re.split(r"\s*\n\s*", _lines_of(node)) if line]
        for i, line in enumerate(lines):
            if len(line) > _FOOT_CHARS:
                continue
            match = _ORGAN.match(line) or _COMPANY.match(line)
            name = match.group("name").strip(" -–|,") if match else ""
            owned = i + 1 < len(lines) and _OWNER.match(lines[i + 1]) and not _OWNER.match(line)
            name = name or (line.strip(" -–|,") if owned else "")
            name = name or content_owner(line)  # ("Content owned by X": a platform's foot)
            if name and len(name.split()) <= _NAME_WORDS:
                found.append(("copyright", name))
                return found
    return found


# "BÁO X CƠ QUAN CỦA ĐẢNG BỘ …": a name in capitals that runs its organ clause on after it
# without a dash, the clause in capitals too or not ("BÁO X Cơ quan của …": a masthead's two
# lines run together; the capitals and the clause's opening words mark where the name ends).
_CAPS_ORGAN: Final = re.compile(
    r"^(?P<name>[^|\n]{3,80}?)\s+(?i:CƠ\s+QUAN\s+(?:NGÔN\s+LUẬN\s+|CHỦ\s+QUẢN\s+)?(?:CỦA|THUỘC))\s"
)


def _organ_name(text: str) -> str:
    """The name before an organ clause ("X - Cơ quan của Y", "X CƠ QUAN CỦA Y" in capitals)."""
    if len(text) > _FOOT_CHARS:
        return ""
    caps = _CAPS_ORGAN.match(text)
    match = _ORGAN.match(text) or (caps if caps and caps.group("name").isupper() else None)
    return match.group("name").strip(" -–|,") if match else ""


def _head_organ(root: lxml.html.HtmlElement) -> str:
    """The publisher a line above the page's headline names before its organ clause ("Báo X -
    Cơ quan của Bộ Y | Thứ Hai, 23/03/2026 | English"): a masthead set as a plain top bar,
    in no logo element; "" when no line above the first <h1> writes one."""
    for node in root.xpath("//body//*"):
        if node.tag == "h1":
            break  # (below the headline, an organ clause is the article's or the foot's)
        name = _organ_name(flat(node)) or _bar_name(node)
        if name and len(name.split()) <= _NAME_WORDS:
            return name
    return ""


# "Báo X điện tử", "Tạp chí Y": a paper's kind, then its name (a capital: "Báo in" is a menu's)
_PAPER: Final = re.compile(r"^(?:Báo|Tạp\s+chí|Đài|Thông\s+tấn\s+xã)\s+(?P<name>[^\d|·•:]+)$")
_BAR_WORDS: Final = 6


def _bar_name(node: lxml.html.HtmlElement) -> str:
    """A top bar's whole text when it is a paper's name ("Báo X điện tử" alone in the page's
    header, no link, no menu): the masthead set as text; "" when not."""
    if len(node) or node.xpath("ancestor::a or ancestor::nav or ancestor::li"):
        return ""  # (a bar holds only the name; a link or a menu item is a section's)
    text = flat(node)
    paper = _PAPER.match(text)
    named = paper is not None and paper.group("name")[:1].isupper()
    return text if named and len(text.split()) <= _BAR_WORDS else ""


def _lines_of(node: lxml.html.HtmlElement) -> str:
    """The node's text with its <br> and blocks as line breaks."""
    parts: list[str] = []
    for piece in node.iter():
        if piece.tag in ("br", "p", "div", "li"):
            parts.append("\n")
        parts.append(piece.text or "")
        parts.append((piece.tail or "") if piece is not node else "")
    return "".join(parts)

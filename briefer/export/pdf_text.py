"""Text for the PDF writer: cleaning, reportlab markup, URLs that break where a reader expects,
and huge paragraphs cut into pieces reportlab can lay out in linear time.

Everything a string passes through between the document model and a reportlab paragraph; no
flowables are built here (the story is ``pdf_story``).
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefer.export.pdf_layout import FRAME_HEIGHT, TEXT_WIDTH
from briefer.export.pdf_markup import MarkupParagraph
from briefer.render.model import Inline, LineBreak, Text
from briefer.text.controls import printable
from briefer.text.normalize import clean_for_output

LINK_SCHEMES = ("http://", "https://", "ftp://", "mailto:")

_WHITESPACE = re.compile(r"[\s\u2028\u2029]+")
_URL = re.compile(r"(?:https?|ftp)://[^\s<>\"“”‘’]+")
_URL_TRAILING = ".,;:!?)]}'’”»"


def clean_text(text: str) -> str:
    """Text fit to draw: look-alikes repaired (``clean_for_output`` when available), NFC —
    reportlab draws decomposed marks detached — and no control characters. Line breaks and
    tabs become spaces: the model says where lines break (``LineBreak``)."""
    return _WHITESPACE.sub(" ", printable(clean_for_output(text)))


def escape(text: str, entities: dict[str, str] | None = None) -> str:
    """``&``, ``<`` and ``>`` as entities (and any of ``entities``), as ``xml.sax.saxutils``
    does; not imported from there because it loads urllib, http and ssl (~10 ms per export)."""
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for char, entity in (entities or {}).items():
        text = text.replace(char, entity)
    return text


def markup(text: str) -> str:
    """Text as reportlab paragraph markup: cleaned, then ``&``, ``<``, ``>`` escaped (an
    unescaped ``<`` or ``&`` makes reportlab drop the text silently or fail)."""
    return escape(clean_text(text))


def attribute(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def link_target(url: str) -> str | None:
    """The URL if it is safe to make clickable (web or mail), else None."""
    url = clean_text(url).strip().replace(" ", "%20")
    return url if url.lower().startswith(LINK_SCHEMES) else None


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def weight(item: Inline) -> int:
    """Layout cost of an inline in characters: a line break costs a line, a citation its
    marker, links and note."""
    if isinstance(item, Text):
        return len(item.text)
    return 80 if isinstance(item, LineBreak) else 10


def chunks(inlines: tuple[Inline, ...], limit: int) -> list[tuple[Inline, ...]]:
    """``inlines`` cut into pieces of about ``limit`` characters, at a space where possible."""
    if sum(weight(i) for i in inlines) <= limit:
        return [inlines]
    chunks: list[tuple[Inline, ...]] = []
    current: list[Inline] = []
    size = 0
    for item in inlines:
        if not isinstance(item, Text):
            current.append(item)
            size += weight(item)
            if size >= limit:
                chunks.append(tuple(current))
                current, size = [], 0
            continue
        text = item.text
        while size + len(text) > limit:
            room = limit - size
            cut = text.rfind(" ", 0, room + 1)
            if cut <= 0:
                cut = room if room > 0 else 0
            if cut > 0:
                current.append(Text(text[:cut], item.bold, item.italic))
            text = text[cut:].lstrip(" ") if cut else text
            if current:
                chunks.append(tuple(current))
            current, size = [], 0
        if text:
            current.append(Text(text, item.bold, item.italic))
            size += len(text)
    if current:
        chunks.append(tuple(current))
    return chunks


def split_urls(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (segment, is_url) pieces; punctuation ending a sentence stays out."""
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_URL_TRAILING)
        start, end = match.start(), match.start() + len(url)
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((url, True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


# ---- URLs that break only where a reader expects ------------------------------------------------

# A URL may break after one of these (never inside a word): the rest of the line stays a
# clean run of characters that copies back into a working address.
URL_BREAK_AFTER = "/.-?&="
_URL_SEGMENT = re.compile(r"[^/.\-?&=]*[/.\-?&=]*")
_ROOM_SLACK = 2.0  # points kept free on a line, for rounding in reportlab's own layout


def url_segments(url: str) -> list[str]:
    """``url`` cut after each break character ("https://", "vov.", "vn/", "chinh-", …);
    a run of break characters ("://") stays together."""
    return [piece for piece in _URL_SEGMENT.findall(url) if piece]


def url_lines(url: str, font: str, size: float, first_room: float, line_room: float) -> list[str]:
    """``url`` cut into lines that fit: the first in ``first_room`` points (what is left of
    the line the URL starts on; "" when it should start on the next line), the others in
    ``line_room``. Only a segment wider than a whole line is left for reportlab to split."""
    lines: list[str] = []
    current, room = "", first_room
    for segment in url_segments(url):
        if stringWidth(current + segment, font, size) <= room:
            current += segment
            continue
        if current:
            lines.append(current)
            current, room = segment, line_room
        elif room < line_room:
            lines.append("")  # nothing fits where the URL would start: begin on a new line
            current, room = segment, line_room
        else:
            current = segment
    lines.append(current)
    return lines


def url_markup(
    before: str, text: str, href: str, style: ParagraphStyle, *, underline: bool = False
) -> str:
    """Paragraph markup for a URL that follows the markup ``before`` in a paragraph of
    ``style``: a link per line, with line breaks only after ``/ . - ? & =``."""
    line_room = TEXT_WIDTH - style.leftIndent - style.rightIndent - _ROOM_SLACK
    first_room = line_room
    if before.strip():
        probe = MarkupParagraph(before + "x", style)
        probe.wrap(TEXT_WIDTH, FRAME_HEIGHT * 10)
        lines = probe.blPara.lines
        last = lines[-1]
        extra = last.extraSpace if hasattr(last, "extraSpace") else last[0]
        indent = style.leftIndent + (style.firstLineIndent if len(lines) == 1 else 0)
        available = TEXT_WIDTH - indent - style.rightIndent
        used = available - extra - stringWidth("x", style.fontName, style.fontSize)
        first_room = available - used - _ROOM_SLACK
    pieces = url_lines(text, style.fontName, style.fontSize, first_room, line_room)
    link = attribute(href)
    out = []
    for piece in pieces:
        inner = f"<u>{escape(piece)}</u>" if underline else escape(piece)
        out.append(f'<a href="{link}">{inner}</a>' if piece else "")
    return "<br/>".join(out)

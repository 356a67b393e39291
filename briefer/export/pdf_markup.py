"""Paragraph markup read into reportlab's fragments without ``html.parser``'s tokenizer.

reportlab reads a paragraph's markup (``<b>``, ``<i>``, ``<a href=…>``, ``<super …>``,
``<br/>``, entities) with ``ParaParser``, an ``html.parser.HTMLParser``: its pure-Python
tokenizer is most of the ~30 ms that the ~500 paragraphs of a 23-page brief take to build.
The markup Briefer writes (``pdf_text``, ``pdf_story``) is regular — well-formed tags with
double-quoted attributes, text with ``&``/``<`` escaped as entities — so one regular
expression cuts it into the same events ``HTMLParser`` reports, in the same order and pieces,
and :class:`MarkupParser` hands them to ``ParaParser``'s own handlers, which make the
fragments. The fragments, and so the lines and the PDF, are the same. Markup the expression
does not cover (a comment, a character reference, an attribute in single quotes or without
quotes, a stray ``&`` or ``<``) goes to ``HTMLParser`` whole, as before.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from reportlab.platypus.paragraph import Paragraph, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag, ParaParser, _re_para

# One event each: a start tag (or an empty-element tag "<br/>"), an end tag, a named entity
# with its ";", or a run of text (HTMLParser cuts text at every "<" and "&").
_EVENT = re.compile(
    r"<(?P<tag>[a-zA-Z][a-zA-Z0-9]*)(?P<attrs>(?:\s+[a-zA-Z][-a-zA-Z0-9_]*=\"[^\"<>]*\")*)"
    r"\s*(?P<empty>/?)>"
    r"|</(?P<end>[a-zA-Z][a-zA-Z0-9]*)>"
    r"|&(?P<entity>[a-zA-Z][-.a-zA-Z0-9]*);"
    r"|(?P<text>[^<&]+)"
)
_ATTRIBUTE = re.compile(r"\s+([a-zA-Z][-a-zA-Z0-9_]*)=\"([^\"<>]*)\"")

Event = tuple[str, Any]


def events(text: str) -> list[Event] | None:
    """``text`` as HTMLParser's events ("start", "end", "entity", "data"), or None when some
    of it is markup outside the regular subset (HTMLParser then reads it all)."""
    found: list[Event] = []
    add = found.append
    position, size = 0, len(text)
    match = _EVENT.match
    while position < size:
        event = match(text, position)
        if event is None:
            return None
        position = event.end()
        kind = event.lastgroup
        if kind == "text":
            add(("data", event.group("text")))
        elif kind == "entity":
            add(("entity", event.group("entity")))
        elif kind == "end":
            add(("end", event.group("end").lower()))
        else:  # a start tag: the group that matched last is "empty" (possibly empty) or "attrs"
            tag = event.group("tag").lower()
            attrs = [
                (name.lower(), unescape(value) if value else value)
                for name, value in _ATTRIBUTE.findall(event.group("attrs"))
            ]
            add(("start", (tag, attrs)))
            if event.group("empty"):
                add(("end", tag))
    return found


class Fragment(ParaFrag):  # type: ignore[misc]  # reportlab ships no types
    """reportlab's fragment, copied without ``copy.copy``'s generic protocol (the parser copies
    the fragment on top of its stack for every tag and every piece of text: ~3,500 copies per
    brief). The copy is what ``copy.copy`` makes: a new instance with the same attributes."""

    def __copy__(self) -> Fragment:
        twin = Fragment.__new__(Fragment)
        twin.__dict__.update(self.__dict__)
        return twin


class MarkupParser(ParaParser):  # type: ignore[misc]  # reportlab ships no types
    """``ParaParser`` fed by :func:`events` (the handlers and fragments are reportlab's)."""

    def start_para(self, attr: Any) -> None:
        super().start_para(attr)
        self._stack[0].__class__ = Fragment  # its copies are made by Fragment.__copy__

    def parse(self, text: str, style: Any) -> Any:
        if len(text) >= 6 and text[0] == "<" and _re_para.match(text):
            return super().parse(text, style)  # its own <para> element: as reportlab reads it
        found = events(text)
        if found is None:
            return super().parse(text, style)
        self._setup_for_parse(style)
        try:
            self._handle(found)
        except Exception:  # reportlab's own reading raises it, with the paragraph named
            return super().parse(text, style)
        return self._complete_parse()

    def _handle(self, found: list[Event]) -> None:
        # What ParaParser.parse feeds: the text inside a <para> element.
        self.handle_starttag("para", [])
        start, end, entity, data = (
            self.handle_starttag,
            self.handle_endtag,
            self.handle_entityref,
            self.handle_data,
        )
        for kind, value in found:
            if kind == "data":
                data(value)
            elif kind == "start":
                start(*value)
            elif kind == "end":
                end(value)
            else:
                entity(value)
        self.handle_endtag("para")


class MarkupParagraph(Paragraph):  # type: ignore[misc]  # reportlab ships no types
    """reportlab's paragraph, its markup read by :class:`MarkupParser`."""

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is None:  # as Paragraph._setup, with the other parser
            text = cleaner(text)
            parser = MarkupParser()
            parser.caseSensitive = self.caseSensitive
            style, frags, bullet_frags = parser.parse(text, style)
            if frags is None:
                raise ValueError(
                    f"xml parser error ({parser.errors[0]}) in paragraph beginning\n'{text[:30]}'"
                )
            textTransformFrags(frags, style)
            if bullet_frags:
                bulletText = bullet_frags
        super()._setup(text, style, bulletText, frags, cleaner)

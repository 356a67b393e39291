"""Word styles by name for the DOCX writer: the style ids of a ``reference.docx``.

Word localises style ids but not the names of its built-in styles, and a ministry may delete a
style from its reference: a missing one falls back to a close one, then to Normal.
"""

from __future__ import annotations

from briefer.export.docx_oxml import Element, qn

PARAGRAPH_STYLES = {"body": "Body Text", "lead": "Lead", "note": "Note", "warning": "Warning"}
# A style a ministry deleted from its reference falls back to a close one, then to Normal.
FALLBACKS = {
    "Lead": "Body Text",
    "Note": "Body Text",
    "Warning": "Body Text",
    "Table Heading": "Table Text",
    "Cover Info": "Subtitle",
    "Source Entry": "Body Text",
    "toc 2": "toc 1",
    "heading 3": "heading 2",
}


class StyleIds:
    """Style ids by Word style name (ids are localised by Word; names of built-ins are not)."""

    def __init__(self, styles: Element) -> None:
        self._ids: dict[str, str] = {}
        for style in styles.findall(qn("w:style")):
            name = style.find(qn("w:name"))
            if name is not None:
                self._ids.setdefault(
                    name.get(qn("w:val"), "").lower(), style.get(qn("w:styleId"), "")
                )

    def id(self, name: str) -> str | None:
        while True:
            found = self._ids.get(name.lower())
            if found or name not in FALLBACKS:
                return found or None
            name = FALLBACKS[name]

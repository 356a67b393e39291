"""Real Word footnotes for python-docx, which has no footnote API.

A footnote needs four things in the package, all handled here:

- the part ``/word/footnotes.xml`` (content type ``…wordprocessingml.footnotes+xml``) with the
  separator (id -1) and continuation separator (id 0) footnotes Word requires, related from
  the document part (python-docx writes the content-type override from the part itself);
- ``w:footnotePr`` in ``settings.xml`` naming those two separators, as Word writes it;
- the styles "footnote text" and "footnote reference" (added if the reference lacks them);
- a ``w:footnoteReference`` run in the body for each footnote.

Importing this module registers :class:`FootnotesPart` with python-docx's ``PartFactory``, so a
saved file (or a reference.docx that already has footnotes) re-opens with the part parsed as
XML rather than as opaque bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Self

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import PartFactory, XmlPart
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml

from briefer.export import docx_xml as x

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.package import Package

    from briefer.export.docx_oxml import Element

FOOTNOTE_TEXT = "footnote text"  # Word's built-in style names (ids may be localised)
FOOTNOTE_REFERENCE = "footnote reference"

_SEPARATOR_PPR = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
FOOTNOTES_XML = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    f'<w:footnote w:type="separator" w:id="-1"><w:p>{_SEPARATOR_PPR}'
    "<w:r><w:separator/></w:r></w:p></w:footnote>"
    f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p>{_SEPARATOR_PPR}'
    "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    "</w:footnotes>"
)

# The two built-in styles, as Word names them; shared with tools/make_reference_docx.py.
FOOTNOTE_STYLES_XML = (
    '<w:style w:type="paragraph" w:styleId="FootnoteText">'
    '<w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/>'
    '<w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
    '<w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="FootnoteReference">'
    '<w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
)


class FootnotesPart(XmlPart):
    """``/word/footnotes.xml``: the footnote bodies, referenced by id from the document."""

    @classmethod
    def new(cls, package: Package) -> Self:
        partname = PackURI("/word/footnotes.xml")
        return cls(partname, CT.WML_FOOTNOTES, parse_xml(FOOTNOTES_XML), package)

    def clear(self) -> None:
        """Drop every footnote but the separators (a reference.docx may carry samples)."""
        for footnote in self.element.findall(qn("w:footnote")):
            if footnote.get(qn("w:type")) not in ("separator", "continuationSeparator"):
                self.element.remove(footnote)

    def add_footnote(
        self, footnote_id: int, content: list[Element], styles: FootnoteStyles
    ) -> Element:
        """Append footnote ``footnote_id`` whose single paragraph holds ``content``.

        The paragraph starts with the ``w:footnoteRef`` mark (Word draws the number there)
        and a space; ``content`` are runs or hyperlinks.
        """
        footnote = x.el("w:footnote", id=str(footnote_id))
        p = x.sub(footnote, "w:p")
        ppr = x.sub(p, "w:pPr")
        x.sub(ppr, "w:pStyle", val=styles.text)
        mark = x.sub(p, "w:r")
        rpr = x.sub(mark, "w:rPr")
        x.sub(rpr, "w:rStyle", val=styles.reference)
        x.sub(mark, "w:footnoteRef")
        p.append(x.run(" "))
        p.extend(content)
        self.element.append(footnote)
        return footnote


@dataclass(frozen=True, slots=True)
class FootnoteStyles:
    """Style ids of "footnote text" and "footnote reference" in this document."""

    text: str
    reference: str


PartFactory.part_type_for[CT.WML_FOOTNOTES] = FootnotesPart


def footnote_reference(footnote_id: int, styles: FootnoteStyles) -> Element:
    """The body run that places footnote ``footnote_id`` (Word numbers it)."""
    r = x.el("w:r")
    rpr = x.sub(r, "w:rPr")
    x.sub(rpr, "w:rStyle", val=styles.reference)
    x.sub(r, "w:footnoteReference", id=str(footnote_id))
    return r


def prepare_footnotes(document: DocxDocument) -> tuple[FootnotesPart, FootnoteStyles]:
    """The document's footnotes part, emptied of all but separators; created if missing.

    Also makes sure the footnote styles and the settings' ``w:footnotePr`` exist, so any
    reference.docx (even one saved by Word without footnotes) yields a sound package.
    """
    document_part = document.part
    part: FootnotesPart | None = None
    for rel in document_part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            target = rel.target_part
            if isinstance(target, FootnotesPart):
                part = target
            break
    if part is None:
        part = FootnotesPart.new(document_part.package)
        document_part.relate_to(part, RT.FOOTNOTES)
    part.clear()
    _ensure_separators(part)
    styles = _ensure_styles(document)
    _ensure_settings(document)
    return part, styles


def _ensure_separators(part: FootnotesPart) -> None:
    present = {f.get(qn("w:id")) for f in part.element.findall(qn("w:footnote"))}
    if {"-1", "0"} <= present:
        return
    fresh = parse_xml(FOOTNOTES_XML)
    for position, footnote in enumerate(fresh.findall(qn("w:footnote"))):
        if footnote.get(qn("w:id")) not in present:
            part.element.insert(position, footnote)


def _ensure_styles(document: DocxDocument) -> FootnoteStyles:
    """Find the footnote styles by their built-in names; add Briefer's where missing."""
    styles = document.styles.element
    wanted = parse_xml(f"<w:styles {nsdecls('w')}>{FOOTNOTE_STYLES_XML}</w:styles>")
    ids: dict[str, str] = {}
    for name in (FOOTNOTE_TEXT, FOOTNOTE_REFERENCE):
        found = style_id_by_name(styles, name)
        if found is None:
            for style in wanted.findall(qn("w:style")):
                if _style_name(style) == name:
                    found = style.get(qn("w:styleId"), "")
                    if style_id_by_name(styles, found, by_id=True) is not None:
                        found = f"Briefer{found}"  # the id is taken by another style
                        style.set(qn("w:styleId"), found)
                    styles.append(style)
        ids[name] = found or ""
    return FootnoteStyles(text=ids[FOOTNOTE_TEXT], reference=ids[FOOTNOTE_REFERENCE])


def _style_name(style: Element) -> str:
    name = style.find(qn("w:name"))
    return "" if name is None else name.get(qn("w:val"), "").lower()


def style_id_by_name(styles: Element, name: str, *, by_id: bool = False) -> str | None:
    """The id of the style called ``name`` (case-insensitive), or None."""
    name = name.lower()
    for style in styles.findall(qn("w:style")):
        style_id = style.get(qn("w:styleId"), "")
        key = style_id.lower() if by_id else _style_name(style)
        if key == name:
            return style_id
    return None


def _ensure_settings(document: DocxDocument) -> None:
    settings = document.settings.element
    if settings.find(qn("w:footnotePr")) is not None:
        return
    footnote_pr = parse_xml(
        f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    )
    # Schema order: footnotePr comes right before endnotePr/compat/…; find the first of those.
    followers = (
        "w:endnotePr",
        "w:compat",
        "w:docVars",
        "w:rsids",
        "m:mathPr",
        "w:attachedSchema",
        "w:themeFontLang",
        "w:clrSchemeMapping",
        "w:doNotIncludeSubdocsInStats",
        "w:doNotAutoCompressPictures",
        "w:forceUpgrade",
        "w:captions",
        "w:readModeInkLockDown",
        "w:smartTagType",
        "sl:schemaLibrary",
        "w:shapeDefaults",
        "w:doNotEmbedSmartTags",
        "w:decimalSymbol",
        "w:listSeparator",
    )
    tags = {qn(t) for t in followers}
    for child in settings:
        if child.tag in tags:
            child.addprevious(footnote_pr)
            return
    settings.append(footnote_pr)

"""The DOCX page furniture and document properties: the header (page number from page 2, in
the document's form), the footer (the marking, red when classified), the core properties and
the proofing language — as the PDF draws and states them, and reproducibly (no clock).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from briefer.export import docx_xml as x
from briefer.export import title_page as tp
from briefer.export.docx_oxml import Element, element_of, qn
from briefer.export.docx_styles import StyleIds
from briefer.export.docx_text import clean_single_line
from briefer.render.model import DocumentMeta

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.opc.coreprops import CoreProperties
    from docx.section import _BaseHeaderFooter

LANGUAGE_TAGS = {"vi": "vi-VN", "en": "en-GB"}
MC_IGNORABLE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Ignorable"
CORE_PROPERTY_MAX = 255  # python-docx refuses longer core property values


def headers_and_footers(
    word: DocxDocument, meta: DocumentMeta, styles: StyleIds, total_pages: int
) -> None:
    """Page number centred in the header from page 2 (NĐ 30: not on the first page), in
    the document's form ("2" or "Page 2 of 13"); the marking at the foot of every page,
    in red when classified — as the PDF draws them."""
    section = word.sections[-1]
    section.different_first_page_header_footer = True
    marking = clean_single_line(meta.marking)
    red = tp.RED if meta.classification > 0 else None

    header = story_root(section.header)
    p = x.paragraph(styles.id("header"))
    pattern = clean_single_line(meta.page_pattern) or "{page}"
    for piece in re.split(r"(\{page\}|\{total\})", pattern):
        if piece == "{page}":
            p.extend(x.field("PAGE", "2"))
        elif piece == "{total}":
            p.extend(x.field("NUMPAGES", str(total_pages)))
        elif piece:
            p.append(x.run(piece))
    header.append(p)

    story_root(section.first_page_header).append(x.paragraph(styles.id("header")))
    for footer in (section.footer, section.first_page_footer):
        story = story_root(footer)
        p = x.paragraph(styles.id("Marking" if marking else "footer"))
        if marking:
            p.append(x.run(marking, color=red))
        story.append(p)


def story_root(header_footer: _BaseHeaderFooter) -> Element:
    """The emptied root (``w:hdr``/``w:ftr``) of a header or footer of its own.

    python-docx's header/footer template marks ``w14``/``wp14`` as ``mc:Ignorable``; Briefer
    writes nothing in those namespaces, and without the markup-compatibility attribute the
    part is valid against the ECMA-376 transitional schema as it stands (tests/schemas).
    """
    header_footer.is_linked_to_previous = False
    root = element_of(header_footer.part.element)
    root.attrib.pop(MC_IGNORABLE, None)
    for child in list(root):
        root.remove(child)
    return root


def properties(word: DocxDocument, meta: DocumentMeta) -> None:
    """The core properties from the model (no clock) and the proofing language."""
    props = word.core_properties
    tag = LANGUAGE_TAGS.get(meta.language, clean_single_line(meta.language))

    def short(text: str) -> str:
        return clean_single_line(text)[:CORE_PROPERTY_MAX]

    props.title = short(meta.title)
    props.subject = short(meta.subject or meta.subtitle)
    props.author = short(meta.author)
    props.last_modified_by = short(meta.author)
    props.keywords = short(", ".join(meta.keywords))
    props.category = short(meta.brief_type_label)
    props.content_status = short(meta.marking)
    props.comments = ""
    props.language = tag
    props.revision = 1
    created = parse_datetime(meta.created)
    drop_core_dates(props, keep=created is not None)
    if created is not None:
        props.created = created
        props.modified = created
    set_document_language(word, tag)


def set_document_language(word: DocxDocument, tag: str) -> None:
    """The proofing language of every run (Word's spell-checker, hyphenation)."""
    rpr = element_of(word.styles.element).find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"
    )
    if rpr is None or not tag:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = x.sub(rpr, "w:lang")
    lang.set(qn("w:val"), tag)


def parse_datetime(text: str) -> datetime | None:
    """``meta.created`` as a naive UTC datetime (what Word stores), or None when unreadable."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def drop_core_dates(props: CoreProperties, *, keep: bool) -> None:
    """Remove the reference's "last printed" date, and created/modified unless ``keep``.

    Without a fixed date in the model the dates are left out rather than taken from the
    clock, so the output stays reproducible.
    """
    element = element_of(props._element)  # python-docx has no public way to unset a core property
    names = (
        ("cp:lastPrinted",) if keep else ("dcterms:created", "dcterms:modified", "cp:lastPrinted")
    )
    for name in names:
        for child in element.findall(qn(name)):
            element.remove(child)

"""Reading an exported brief back with independent readers: python-docx for the DOCX package,
pypdf for the PDF's fonts and text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefer.selftest.outcome import (
    BASE14,
    W_NS,
    CheckFailed,
)

# ---- DOCX --------------------------------------------------------------------------------------


def cite_count(document: Any) -> int:
    """Citation markers in a rendered document model (each must become one footnote)."""
    from briefer.render.model import BulletList, Cite, Paragraph, Table

    count = 0
    for block in document.blocks:
        runs: list[Any] = []
        if isinstance(block, Paragraph):
            runs = list(block.inlines)
        elif isinstance(block, BulletList):
            runs = [inline for item in block.items for inline in item]
        elif isinstance(block, Table):
            for row in (block.header, *block.rows):
                runs += [inline for cell in row for inline in cell]
        count += sum(isinstance(inline, Cite) for inline in runs)
    return count


def _xml_text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W_NS}t"))


def verify_docx(path: Path, markers: int, expected: tuple[str, ...]) -> str:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    import briefer.export.docx_footnotes  # noqa: F401  (registers the footnotes part type)

    word = docx.Document(str(path))
    parts = [r.target_part for r in word.part.rels.values() if r.reltype == RT.FOOTNOTES]
    if len(parts) != 1:
        raise CheckFailed(f"{len(parts)} footnotes parts (want 1)")
    footnotes = [
        f
        for f in parts[0].element.iter(f"{W_NS}footnote")
        if f.get(f"{W_NS}type") in (None, "normal")
    ]
    ids = {f.get(f"{W_NS}id") for f in footnotes}
    refs = [r.get(f"{W_NS}id") for r in word.element.body.iter(f"{W_NS}footnoteReference")]
    if markers < 1:
        raise CheckFailed("the brief has no citation markers")
    if len(refs) < markers or len(footnotes) < markers:
        raise CheckFailed(
            f"{markers} citation markers but {len(refs)} references and {len(footnotes)} footnotes"
        )
    dangling = [r for r in refs if r not in ids]
    if dangling:
        raise CheckFailed(f"footnote references without a footnote: {', '.join(dangling[:5])}")
    text = unicodedata.normalize("NFC", _xml_text(word.element) + _xml_text(parts[0].element))
    absent = [e for e in expected if e not in text]
    if absent:
        raise CheckFailed(f"text lacks {', '.join(repr(a) for a in absent)}")
    return f"{len(footnotes)} footnotes for {markers} citation markers; " + ", ".join(expected)


# ---- PDF ---------------------------------------------------------------------------------------


def _pdf_fonts(reader: Any) -> Iterator[Any]:
    """Every font dictionary used by a page or a form XObject on a page."""
    seen: set[int] = set()

    def visit(resources: Any) -> Iterator[Any]:
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            key = getattr(ref, "idnum", id(ref))
            if key not in seen:
                seen.add(key)
                yield ref.get_object()
        for ref in (resources.get("/XObject") or {}).values():
            xobject = ref.get_object()
            key = getattr(ref, "idnum", id(ref))
            if xobject.get("/Subtype") == "/Form" and key not in seen:
                seen.add(key)
                yield from visit(xobject.get("/Resources"))

    for page in reader.pages:
        yield from visit(page.get("/Resources"))


def _descriptors(font: Any) -> list[Any]:
    if font.get("/Subtype") == "/Type0":
        return [d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])]
    return [font.get("/FontDescriptor")]


def verify_pdf_fonts(path: Path) -> str:
    import pypdf

    reader = pypdf.PdfReader(str(path))
    names = []
    for font in _pdf_fonts(reader):
        base = str(font.get("/BaseFont", "?")).lstrip("/")
        names.append(base.split("+", 1)[-1])
        if base.split("+", 1)[-1] in BASE14:
            raise CheckFailed(f"base-14 font {base} used")
        for descriptor in _descriptors(font):
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                raise CheckFailed(f"{base} is not embedded (no FontFile2)")
    if not names:
        raise CheckFailed("no fonts found in the PDF")
    return f"{len(names)} fonts, all embedded: {', '.join(sorted(set(names)))}"


def verify_pdf_text(path: Path, expected: tuple[str, ...]) -> str:
    import pypdf

    reader = pypdf.PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    flat = " ".join(unicodedata.normalize("NFC", text).split())
    absent = [e for e in expected if e not in flat]
    if absent:
        raise CheckFailed(f"extracted text lacks {', '.join(repr(a) for a in absent)}")
    return f"{len(reader.pages)} pages; " + ", ".join(expected)

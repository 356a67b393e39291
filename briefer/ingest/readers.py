"""Source files → :class:`RawDocument`: the text an editor imports, and the hash of its bytes.

Reads ``.txt``, ``.html``/``.htm`` (saved pages, see :mod:`briefer.ingest.webpage`), ``.docx``
and ``.pdf`` with a text layer. Every file a user can get wrong (binary, empty, too big, in
no known encoding, a ``.docx`` that is not one, a scanned PDF, an unknown extension) raises
:class:`~briefer.errors.InputError` with one sentence; nothing here writes anywhere.

The size is checked before reading, so a 50 MB file is refused without being read.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from briefer.errors import InputError
from briefer.ingest.decode import decode_text

MAX_BYTES: Final = 20 * 1024 * 1024
# A .docx is a zip: its unpacked size is checked too, so a small zip bomb is refused.
MAX_UNZIPPED_BYTES: Final = 200 * 1024 * 1024
KINDS: Final[dict[str, str]] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
_SENTENCE_END: Final = re.compile(r"[.!?:;…\"”’)\]]$")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a file holds, as text, before cleaning.

    ``text`` is what the importer stores as the source's raw text: for a text file the
    decoded file, for a web page, Word document or PDF the text read out of it (title line
    first). ``sha256`` is of the file's bytes: the same file imported twice is found by it.
    """

    text: str
    kind: str  # "text" | "html" | "docx" | "pdf"
    filename: str
    sha256: str
    encoding: str = ""
    title: str = ""  # from the file's own markup (HTML <title>/og:title/<h1>), if any
    url: str = ""  # canonical URL of a saved web page, if any
    published_on: str = ""  # publication date a web page declares, if any
    site_name: str = ""  # the site a saved web page names (og:site_name), if any
    author: str = ""  # the author a web page's markup names, if any

    @property
    def sha256_of_bytes(self) -> str:
        return self.sha256


def _size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def _read_bytes(path: Path) -> bytes:
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"There is no file {path}.") from None
    except OSError as exc:
        raise InputError(f"{name} cannot be read ({exc.strerror or exc}).") from None
    if path.is_dir():
        raise InputError(f"{path} is a folder; give Briefer the files in it.")
    if size > MAX_BYTES:
        raise InputError(
            f"{name} is {_size_text(size)}; Briefer imports files up to {_size_text(MAX_BYTES)}."
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{name} cannot be read ({exc.strerror or exc}).") from None
    if len(data) > MAX_BYTES:  # grew while we looked
        raise InputError(
            f"{name} is larger than {_size_text(MAX_BYTES)}; Briefer cannot import it."
        )
    if not data.strip():
        raise InputError(f"{name} is empty.")
    return data


def _read_text(data: bytes, name: str) -> tuple[str, str]:
    text, encoding = decode_text(data, name)
    if not text.strip():
        raise InputError(f"{name} is empty.")
    return text, encoding


def _docx_paragraphs(data: bytes, name: str) -> list[str]:
    not_docx = f"{name} is not a Word document (.docx) Briefer can read."
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise InputError(not_docx)
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_BYTES:
                raise InputError(f"{name} unpacks to more than 200 MB; Briefer cannot import it.")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError):
        raise InputError(not_docx) from None

    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        # Paragraphs and tables in document order; each table cell's paragraphs in turn.
        for block in document.element.body.iterchildren():
            if block.tag == qn("w:p"):
                lines.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
            elif block.tag == qn("w:tbl"):
                for paragraph in block.iter(qn("w:p")):
                    lines.append("".join(t.text or "" for t in paragraph.iter(qn("w:t"))))
    except InputError:
        raise
    except Exception:  # python-docx and lxml raise many kinds on a damaged part
        raise InputError(not_docx) from None
    return lines


def reflow(text: str) -> str:
    """Join the lines a PDF breaks its paragraphs into; blank lines stay paragraph breaks.

    A line is joined to the next when it does not end a sentence, or the next one starts
    in lower case (a sentence running on).
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for raw_line in text.split("\n"):
        line = raw_line.strip()
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and _SENTENCE_END.search(current[-1]) and not line[:1].islower():
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _page_text(page: Any) -> str:
    """A page's text laid out as on the page (pypdf's layout mode: vertical space as blank
    lines, columns side by side); plain reading order when layout mode gives nothing."""
    try:
        text = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode gives up on some fonts; plain mode may still work
        text = ""
    if not text.strip():
        return page.extract_text() or ""
    return text  # columns, headers and paragraphs: briefer.ingest.pdflayout


def _pdf_text(data: bytes, name: str, edges: list[str] | None = None) -> str:
    import logging

    from pypdf import PdfReader

    not_pdf = f"{name} is not a PDF Briefer can read."
    if b"%PDF-" not in data[:1024]:
        raise InputError(not_pdf)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged xref tables are common
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name} is password-protected; Briefer cannot read it.")
        pages = [_page_text(page) for page in reader.pages]
    except InputError:
        raise
    except Exception:  # pypdf raises many kinds on a damaged file
        raise InputError(not_pdf) from None
    from briefer.ingest.pdflayout import pages_to_text

    text = pages_to_text(pages, edges)
    if not text.strip():
        raise InputError(f"{name} has no text layer (a scanned image?); Briefer cannot read it.")
    return text


def read_file(path: str | Path) -> RawDocument:
    """Read one source file; raise InputError (one sentence) for anything Briefer cannot use."""
    path = Path(path)
    name = path.name
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        shown = path.suffix or "extension-less"
        raise InputError(
            f"Briefer cannot import {shown} files like {name}; "
            "it reads .txt, .html, .htm, .docx and .pdf."
        )
    data = _read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    if kind == "text":
        text, encoding = _read_text(data, name)
        return RawDocument(text, kind, name, digest, encoding)
    if kind == "html":
        from briefer.ingest.webpage import read_webpage

        page = read_webpage(data, name)
        return RawDocument(
            page.text, kind, name, digest, "", page.title, page.url, page.published_on,
            page.site_name, page.author,
        )  # fmt: skip
    if kind == "docx":
        text = "\n\n".join(_docx_paragraphs(data, name))
        if not text.strip():
            raise InputError(f"{name} has no text.")
        return RawDocument(text, kind, name, digest)
    edges: list[str] = []
    text = _pdf_text(data, name, edges)
    from briefer.ingest.pdflayout import printed_page

    url, site = printed_page(edges)
    return RawDocument(text, kind, name, digest, url=url, site_name=site)


__all__ = ["KINDS", "MAX_BYTES", "RawDocument", "read_file", "reflow"]

"""Source files → :class:`RawDocument`: the text an editor imports, and the hash of its bytes.

Reads ``.txt``, ``.html``/``.htm`` (saved pages, see :mod:`briefer.ingest.webpage`), ``.docx``
and ``.pdf`` with a text layer. Every file a user can get wrong (binary, empty, too big, in
no known encoding, a ``.docx`` that is not one, a scanned PDF, an unknown extension) raises
:class:`~briefer.errors.InputError` with one sentence; nothing here writes anywhere.

The size is checked before reading, so a 50 MB file is refused without being read.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from briefer.errors import InputError
from briefer.ingest.decode import decode_text
from briefer.ingest.hardwrap import unwrap
from briefer.ingest.pdfblocks import block_pairs, split_breaks
from briefer.ingest.pdfspacing import Cell, join_runs
from briefer.ingest.typesize import MARKS, mark_sizes, page_layout, unmarked
from briefer.limits import MAX_ARTICLE_CHARS
from briefer.text.controls import readable_path

MAX_BYTES: Final = 20 * 1024 * 1024
# A .docx is a zip: its unpacked size is checked too, so a small zip bomb is refused.
MAX_UNZIPPED_BYTES: Final = 200 * 1024 * 1024
# Its text part (word/document.xml) is parsed: a 300-page report's is a few MB.
MAX_DOCUMENT_XML_BYTES: Final = 48 * 1024 * 1024
MAX_DOCX_ELEMENTS: Final = 3_000_000
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
    changed_on: str = ""  # the day a web page says it was last updated, if nothing dates it
    site_claims: tuple[tuple[str, str], ...] = ()  # (signal, name): who the page says it is

    @property
    def sha256_of_bytes(self) -> str:
        return self.sha256


def _size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, size-checked; only a regular file is read.

    The file is opened without blocking and checked *after* opening (``fstat``): a FIFO, a
    device or a socket given as an article would otherwise block the import for ever, with
    the store open, and a check before opening could be raced.
    """
    name = readable_path(path.name)
    shown = readable_path(path)
    if path.is_dir():
        raise InputError(f"{shown} is a folder; give Briefer the files in it.")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError(f"There is no file {shown}.") from None
    except IsADirectoryError:
        raise InputError(f"{shown} is a folder; give Briefer the files in it.") from None
    except OSError as exc:
        raise InputError(f"{name} cannot be read ({exc.strerror or exc}).") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{shown} is a folder; give Briefer the files in it.")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                f"{name} is not a regular file (a pipe, device or socket); "
                "Briefer imports only files."
            )
        if info.st_size > MAX_BYTES:
            raise InputError(
                f"{name} is {_size_text(info.st_size)}; Briefer imports files up to "
                f"{_size_text(MAX_BYTES)}."
            )
        try:
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


_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY, _P, _TBL, _T = f"{_W}body", f"{_W}p", f"{_W}tbl", f"{_W}t"


class _DocxTooBig(Exception):
    """The text part holds more than Briefer reads (the message names the limit)."""


class _DocxText:
    """An lxml parser target that collects paragraph text from ``word/document.xml``.

    No tree is built: memory is the text kept plus the open element path, whatever the size
    of the part. Paragraphs and tables directly in the body are read, in document order;
    a body paragraph is one line (text boxes inside it included), each paragraph of a table
    is a line of its own. Counting elements bounds the time a part full of empty markup
    (a decompression bomb) can take.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.path: list[str] = []
        self.block = ""  # _P or _TBL while inside a body-level paragraph or table
        self.open: list[list[str]] = []  # text of each open paragraph of the block
        self.in_text = 0
        self.lines: list[str] = []
        self.chars = 0
        self.elements = 0

    def start(self, tag: str, _attrib: Any) -> None:
        self.elements += 1
        if self.elements > MAX_DOCX_ELEMENTS:
            raise _DocxTooBig(
                f"{self.name} has more than {MAX_DOCX_ELEMENTS:,} pieces of markup, the limit "
                "for a Word document; Briefer cannot import it."
            )
        if len(self.path) == 2 and self.path[1] == _BODY and tag in (_P, _TBL):
            self.block = tag
        self.path.append(tag)
        if self.block:
            if tag == _P:
                self.open.append([])
            elif tag == _T:
                self.in_text += 1

    def data(self, text: str) -> None:
        if not self.in_text or not self.open:
            return
        self.chars += len(text)
        if self.chars > MAX_ARTICLE_CHARS:
            raise _DocxTooBig(
                f"{self.name} holds more than {MAX_ARTICLE_CHARS:,} characters of text, the "
                "limit for one source; split it into parts."
            )
        if self.block == _P:
            self.open[0].append(text)
        else:
            for buffer in self.open:
                buffer.append(text)

    def end(self, tag: str) -> None:
        self.path.pop()
        if not self.block:
            return
        if tag == _T:
            self.in_text -= 1
        elif tag == _P and self.open:
            buffer = self.open.pop()
            if self.block == _TBL or not self.open:
                self.lines.append("".join(buffer))
        if len(self.path) == 2 and tag == self.block:
            self.block = ""

    def close(self) -> list[str]:
        return self.lines


def _docx_paragraphs(data: bytes, name: str) -> list[str]:
    """The paragraphs of a ``.docx``, streamed out of ``word/document.xml``.

    A Word file is a zip, so its declared sizes are checked first (a zip member never
    unpacks to more than it declares: the zip reader stops there and checks the CRC), then
    the text part is parsed without building a tree, with entities left unresolved and no
    network, stopping at the first limit.
    """
    from lxml import etree

    not_docx = f"{name} is not a Word document (.docx) Briefer can read."
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise InputError(not_docx)
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_BYTES:
                raise InputError(f"{name} unpacks to more than 200 MB; Briefer cannot import it.")
            size = archive.getinfo("word/document.xml").file_size
            if size > MAX_DOCUMENT_XML_BYTES:
                raise InputError(
                    f"{name} has a text part of {_size_text(size)}; Briefer reads Word "
                    f"documents whose text part is at most {_size_text(MAX_DOCUMENT_XML_BYTES)}."
                )
            target = _DocxText(name)
            parser = etree.XMLParser(
                target=target,
                resolve_entities=False,
                no_network=True,
                load_dtd=False,
                huge_tree=False,
            )
            with archive.open("word/document.xml") as part:
                while chunk := part.read(1 << 20):
                    parser.feed(chunk)
            lines: list[str] = parser.close()
    except InputError:
        raise
    except _DocxTooBig as exc:
        raise InputError(str(exc)) from None
    except Exception:  # zip, CRC, XML syntax: a damaged or foreign file
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


def _page_text(
    page: Any,
    rows: list[tuple[float, str]],
    runs: list[tuple[str, str]] | None = None,
    placed: list[list[Cell]] | None = None,
) -> str:
    """A page's text laid out as on the page (pypdf's layout mode: vertical space as blank
    lines, columns side by side); plain reading order when layout mode gives nothing. The
    page's printed rows with their type heights are added to ``rows``, the lines its
    spacing shows to run on in one paragraph to ``runs``."""
    try:
        text, sized = page_layout(page, runs, placed)
    except Exception:  # layout mode gives up on some fonts; plain mode may still work
        text, sized = "", []
    if not text.strip():
        return page.extract_text() or ""
    rows += sized
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
        rows: list[tuple[float, str]] = []
        runs: list[tuple[str, str]] = []
        placed: list[list[Cell]] = []
        pages = [_page_text(page, rows, runs, placed) for page in reader.pages]
    except InputError:
        raise
    except Exception:  # pypdf raises many kinds on a damaged file
        raise InputError(not_pdf) from None
    from briefer.ingest.pdflayout import pages_to_text

    # (a sentence ending at a line's end is no paragraph's end where the page spaces its
    # paragraphs and the next line follows at the line spacing)
    # (and a line without a stop over the next block is no sentence going on where the page
    # sets a block's gap between them: briefer.ingest.pdfblocks)
    held, breaks = block_pairs(placed)
    seams: list[tuple[str, str]] = []
    parts: list[tuple[str, str]] = []  # (a block ending at a page's foot: pageseams)
    text = pages_to_text(pages, edges, seams, parts)
    text = split_breaks(text, breaks + parts)
    # (a page that spaces its paragraphs shows their ends by gaps, not by full stops: a
    # full stop at a page's last full line does not end the paragraph by itself)
    # (and in one type size: a smaller note at the next page's top is another block)
    sized = {" ".join(row.split()): height for height, row in rows}
    seams = [
        (upper, lower)
        for upper, lower in seams
        if abs(sized.get(upper, 0.0) - sized.get(lower, -1.0)) < 0.5
    ]
    text = join_runs(text, runs + held + (seams if breaks else []))
    if not text.strip():
        raise InputError(f"{name} has no text layer (a scanned image?); Briefer cannot read it.")
    return mark_sizes(text, rows)


def read_file(path: str | Path) -> RawDocument:
    """Read one source file; raise InputError (one sentence) for anything Briefer cannot use."""
    document = _read_file(Path(path))
    if document.kind != "pdf" and any(mark in document.text for mark in MARKS):
        # the marks of a PDF's type sizes are the PDF reader's alone (private-use characters
        # no person's text holds at a line's start; dropped so no line is taken for one)
        document = dataclasses.replace(document, text=unmarked(document.text))
    if len(document.text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{document.filename} holds {len(document.text):,} characters of text; Briefer "
            f"takes at most {MAX_ARTICLE_CHARS:,} characters from one source "
            "(split it into parts)."
        )
    return document


def _read_file(path: Path) -> RawDocument:
    path = Path(path)
    name = readable_path(path.name)  # a name that is not UTF-8 is stored and shown with U+FFFD
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        shown = readable_path(path.suffix) or "extension-less"
        raise InputError(
            f"Briefer cannot import {shown} files like {name}; "
            "it reads .txt, .html, .htm, .docx and .pdf."
        )
    data = _read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    if kind == "text":
        text, encoding = _read_text(data, name)
        # (an OCR'd scan or a wrapped mail: its paragraphs' lines joined again)
        return RawDocument(unwrap(text), kind, name, digest, encoding)
    if kind == "html":
        from briefer.ingest.webpage import read_webpage

        page = read_webpage(data, name)
        return RawDocument(
            page.text, kind, name, digest, "", page.title, page.url, page.published_on,
            page.site_name, page.author, page.changed_on, page.site_claims,
        )  # fmt: skip
    if kind == "docx":
        text = "\n\n".join(_docx_paragraphs(data, name))
        if not text.strip():
            raise InputError(f"{name} has no text.")
        return RawDocument(text, kind, name, digest)
    edges: list[str] = []
    text = _pdf_text(data, name, edges)
    from briefer.ingest.docdayline import event_head_day
    from briefer.ingest.domainname import printed_site
    from briefer.ingest.edgedays import issue_month, series_day
    from briefer.ingest.footname import foot_publisher
    from briefer.ingest.headersite import (
        far_as_printed,
        header_site,
        over_header_site,
        title_claims,
    )
    from briefer.ingest.headertitle import header_headline
    from briefer.ingest.issuedays import issue_day
    from briefer.ingest.outlettidy import tidy_outlet
    from briefer.ingest.pdflayout import printed_page
    from briefer.ingest.runninghead import running_head_name

    url, site = printed_page(edges)
    site = site or running_head_name(edges)  # (a periodical's running head names it)
    site = site or foot_publisher(edges)  # ("Institute X - 12 Y Street - Page 1": its foot)
    site = printed_site(site, "\n".join(edges)) or site  # ("x.vn" under its head's "X")
    site = tidy_outlet(site, "\n".join(edges))  # ("X Á - PHI - Số 11": a name cut at its dash)
    # (the far end of the header's title from the headline a line repeats: the site's name)
    # (over a site another cell named, it stands; else it is the title's part beside the
    # headline, weighed with the text's own names)
    far = over_header_site(site, edges, text, url)
    site, titled = (far, ()) if site else (site, title_claims(far_as_printed(far, edges, text)))
    # (a paper's running head dates the issue; a series' head its numbered piece; a
    # monthly's head its month alone)
    day = issue_day(edges) or series_day(edges) or issue_month(edges)
    day = day or event_head_day(edges)  # (a handout's "Event – Place, 20/11/2025")
    # (the site the print header names after the headline, printed as the page's masthead)
    site = site or header_site(edges, text)

    # (a page printed from a browser: the headline its print header names and a line repeats)
    title = header_headline(edges, text)
    return RawDocument(
        text, kind, name, digest, title=title, url=url, site_name=site, published_on=day,
        site_claims=titled,
    )  # fmt: skip


__all__ = ["KINDS", "MAX_BYTES", "RawDocument", "read_file", "reflow"]

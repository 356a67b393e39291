"""Text hygiene for the DOCX writer: every string passes here before it becomes XML.

python-docx (lxml) raises on characters XML 1.0 forbids (``\\x00``, ``\\x0b``, lone
surrogates …), and Word shows decomposed (NFD) Vietnamese with detached marks. So each
string is split into lines first (``\\x0b``, CR/LF, U+2028 become line breaks, as the
design asks), then each line goes through ``briefer.text.normalize.clean_for_output`` and
``briefer.text.controls.printable`` (NFC, no XML-illegal or C1 control characters).
"""

from __future__ import annotations

import re

from briefer.text.controls import printable
from briefer.text.normalize import clean_for_output

# Everything a writer of plain text might mean as "new line".
_LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """One line of output text (no line breaks left): NFC, look-alikes repaired, XML-safe."""
    return printable(clean_for_output(text))


def clean_lines(text: str) -> list[str]:
    """Output text split where the input meant a line break; each line cleaned."""
    return [clean(line) for line in _LINE_BREAKS.split(text)]


def clean_single_line(text: str) -> str:
    """Output text on one line (headings, properties): breaks become spaces."""
    return _SPACES.sub(" ", " ".join(clean_lines(text))).strip()


def shows_page_total(page_pattern: str) -> bool:
    """Whether the page numbers show the total ("Page {page} of {total}") as the DOCX header
    writes them: then every laid-out page must be counted."""
    return "{total}" in page_pattern or "{total}" in clean_single_line(page_pattern)

"""Text hygiene for the DOCX writer: every string passes here before it becomes XML.

python-docx (lxml) raises on characters XML 1.0 forbids (``\\x00``, ``\\x0b``, lone
surrogates …), and Word shows decomposed (NFD) Vietnamese with detached marks. So each
string is split into lines first (``\\x0b``, CR/LF, U+2028 become line breaks, as the
design asks), then each line goes through ``briefer.text.normalize.clean_for_output`` when
that module exists, and always through a small filter here (NFC + drop XML-illegal and
C1 control characters), which is idempotent and keeps the writer safe on its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_clean_for_output: Callable[[str], str] | None
try:  # written by the text engineer; the writer must not depend on its arrival order
    from briefer.text.normalize import clean_for_output as _clean_for_output
except ImportError:  # pragma: no cover - depends on the checkout
    _clean_for_output = None

# Characters a line may not keep: C0 controls except TAB, DEL and C1 controls, surrogates
# (lone ones cannot be encoded), and the non-characters U+FFFE/U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Everything a writer of plain text might mean as "new line".
_LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
_SPACES = re.compile(r"\s+")


def _filter(text: str) -> str:
    return _ILLEGAL.sub("", unicodedata.normalize("NFC", text))


def clean(text: str) -> str:
    """One line of output text: NFC, look-alikes repaired (when available), XML-safe."""
    if _clean_for_output is not None:
        text = _clean_for_output(text)
    return _filter(text)


def clean_lines(text: str) -> list[str]:
    """Output text split where the input meant a line break; each line cleaned."""
    return [clean(line) for line in _LINE_BREAKS.split(text)]


def clean_single_line(text: str) -> str:
    """Output text on one line (headings, properties): breaks become spaces."""
    return _SPACES.sub(" ", " ".join(clean_lines(text))).strip()

"""Invisible characters that change how text is shown: bidi controls and terminal escapes.

Two places must not let them through:

- **documents**: a U+202E (right-to-left override) in a fact from a pack visibly reverses
  the rest of the line in Word and in a PDF viewer. Vietnamese and English never need an
  explicit bidi *control* (the Unicode bidi algorithm places Arabic or Hebrew quotes by
  itself), so :func:`without_bidi_controls` removes them;
- **the terminal**: an ESC or CSI in a file name or a title printed as it is can recolour,
  retitle or rewrite the user's terminal. :func:`for_terminal` shows every control (and a
  lone surrogate from a file name that is not UTF-8) as a visible escape such as ``\\x1b``.

:func:`printable` is the last step before a document writer (DOCX, PDF): NFC, and no
character a writer cannot keep (C0 controls other than tab and line breaks, DEL, C1
controls, lone surrogates, the non-characters U+FFFE/U+FFFF).

:func:`readable_path` spells a path whose name is not valid UTF-8 with U+FFFD in place of
the bad bytes, and its controls as escapes, so it can be stored, printed and written as JSON.
"""

from __future__ import annotations

import os
import re
import unicodedata
from typing import Final

# Embeddings, overrides and isolates, plus the implicit marks (LRM, RLM, ALM).
BIDI_CONTROLS: Final = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI: Final = re.compile(f"[{BIDI_CONTROLS}]")
# C0 controls except tab and line feed, DEL, C1 controls, bidi controls, lone surrogates.
_TERMINAL_UNSAFE: Final = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}\ud800-\udfff]")


# What a document may not keep: C0 controls except tab and the line breaks (\n, \v, \f, \r:
# each writer turns them into its own break or space), DEL, C1, surrogates, non-characters.
_UNPRINTABLE: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """``text`` in NFC without the characters a DOCX or PDF writer cannot keep.

    Idempotent, and safe on its own: lxml raises on ``\\x00`` or a lone surrogate, and
    reportlab draws decomposed Vietnamese with detached marks.
    """
    return _UNPRINTABLE.sub("", unicodedata.normalize("NFC", text))


def without_bidi_controls(text: str) -> str:
    """``text`` without bidi embedding/override/isolate controls and direction marks."""
    return _BIDI.sub("", text) if _BIDI.search(text) else text


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str) -> str:
    """``text`` safe to print: controls, bidi controls and lone surrogates made visible."""
    return _TERMINAL_UNSAFE.sub(_escape, text)


_NAME_UNSAFE: Final = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}]")


def one_line(text: str) -> str:
    """``text`` as part of a one-sentence message: every control (a newline or a tab too),
    bidi control and C1 character made visible, so untrusted words cannot break the line."""
    return _NAME_UNSAFE.sub(_escape, text)


def readable_path(path: str | os.PathLike[str]) -> str:
    """The path as one line of valid text, to show, store as a title or write as JSON.

    Bytes that are not UTF-8 become U+FFFD; control characters (a newline or an ESC in a
    file name) and bidi controls become visible escapes such as ``\\n``.
    """
    text = os.fsencode(path).decode("utf-8", "replace")
    return _NAME_UNSAFE.sub(_escape, text) if _NAME_UNSAFE.search(text) else text


__all__ = [
    "BIDI_CONTROLS",
    "for_terminal",
    "one_line",
    "printable",
    "readable_path",
    "without_bidi_controls",
]

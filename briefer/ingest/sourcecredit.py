"""A "Nguồn …: …" / "Source: …" line read by its parts (pure): whether it names a publisher.

A source line names the outlet an article was taken from ("Nguồn: Báo X", "Nguồn VnExpress:
…"). Two shapes of it name no publisher and must offer no outlet:

- a label of two words, "Nguồn tin: …", "Nguồn ảnh: …": the lower-case word after "Nguồn" is
  part of the label (the source *of news*, *of photos*), no outlet's name;
- a credit the publisher gives itself or its figures: its own desk ("Ban Biên tập", "Tòa
  soạn", "Editorial board") or the bodies its figures were compiled from ("Cục Hải quan;
  Thương vụ tổng hợp", "Customs; own compilation") — a list of several bodies or one marked
  as compiled names where the numbers came from, not who published the page.

This module owns :func:`source_parts`, which the line reader calls before offering an outlet.
"""

from __future__ import annotations

import re
from typing import Final

# The publisher's own desk signing a piece: no outlet's name.
_OWN_DESK: Final = re.compile(
    r"^(?:ban\s+biên\s+tập|tòa\s+soạn|toà\s+soạn|phòng\s+biên\s+tập|bbt"
    r"|(?:the\s+)?editorial\s+(?:board|desk|team)|(?:the\s+)?newsroom)\.?$",
    re.IGNORECASE,
)
# Figures compiled by the writer: "… tổng hợp", "compiled by …", "own calculations".
_COMPILED: Final = re.compile(
    r"\b(?:tổng\s+hợp|tính\s+toán|compiled|compilation|calculations?)\b", re.IGNORECASE
)


def _label_word(named: str) -> bool:
    """ "tin" in "Nguồn tin:", "ảnh" in "Nguồn ảnh:": lower-case words are the label's own."""
    return bool(named) and named == named.lower() and any(c.isalpha() for c in named)


def _figures_source(rest: str) -> bool:
    """Several bodies ("A; B") or a compiled figure's credit: where the numbers came from."""
    return ";" in rest or bool(_COMPILED.search(rest))


def source_parts(named: str, rest: str) -> tuple[str, str]:
    """The outlet a source line names before its colon and the text after it, each "" when
    it names no publisher (a label's own word, the publisher's desk, a figures' source)."""
    named, rest = named.strip(), rest.strip()
    if _label_word(named):
        named = ""
    if _OWN_DESK.match(rest) or _figures_source(rest):
        rest = ""
    return named, rest


__all__ = ["source_parts"]

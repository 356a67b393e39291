"""A printed paper's byline in capitals under its lead (pure).

Owns one reading of a scanned or pasted paper page: a Vietnamese paper sets the writer's
name in capitals on a line of its own between the lead (the sapo, a sentence or two that
ends on its stop) and the body ("VIỆT NAM - X: …" / lead / "TRẦN KHÁNH" / body). OCR and a
paste keep the name as a block of its own, which the page's furniture reader takes for a
running head; read by its place, a person's name alone under the lead is the writer.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta
from briefer.ingest.countries import country_of_name
from briefer.ingest.found import name_case
from briefer.ingest.outletnames import known_outlet

_NAME_WORDS: Final = (2, 4)
_LEAD_WORDS: Final = 8


def _blocks(text: str) -> list[str]:
    return [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]


def lead_byline(text: str, title: str) -> str:
    """The writer a name in capitals names as a block of its own right under the lead that
    follows the title ("" when the text shows no such block)."""
    blocks = _blocks(text)
    folded = " ".join(title.split())
    # (a headline a column wrapped ends on the block that completes it: "X - Y:" / "Rest")
    at = next(
        (i for i in range(len(blocks)) for j in (i, i - 1, i - 2)
         if j >= 0 and " ".join(blocks[j : i + 1]) == folded),
        -1,
    )  # fmt: skip
    if at < 0 or at + 3 >= len(blocks):
        return ""
    # (right under the lead, with the body's first paragraph under it: a box's heading
    # further down has headlines under it, no sentence)
    lead, name, body = blocks[at + 1 : at + 4]
    if not body.endswith((".", "!", "?", "…", "”", '"')):
        return ""
    if not fur.is_upper(name) or re.search(r"[\d:/@|]", name):
        return ""
    if not _NAME_WORDS[0] <= len(name.split()) <= _NAME_WORDS[1]:
        return ""
    prose = lead.endswith((".", "!", "?", "…")) and len(lead.split()) >= _LEAD_WORDS
    if not prose or not meta.BYLINE.match(name):
        return ""
    cased = name_case(name)
    if known_outlet(name) or country_of_name(cased) or fur.DOCUMENT_KIND.match(name):
        return ""
    return cased


__all__ = ["lead_byline"]

"""A document's title written as its kind and subject on one line (pure).

A press release or statement on a letterhead often heads its text with its kind in capitals,
a colon and its subject on the same line ("THÔNG CÁO BÁO CHÍ: Kỷ niệm …", "PRESS RELEASE:
X and Y sign …", "TUYÊN BỐ CHUNG: …"). When nothing else gave the document a title, that
line is it, as printed (the kind is part of how the document names itself). This module
owns finding that line (:func:`kind_subject_title`); it is a last resort before the file's
name, never a rival to a headline found otherwise.
"""

from __future__ import annotations

import re
from typing import Final

# The kinds an office labels a release by, in capitals (a pattern's alternatives): the
# label a colon and the subject follow ("PRESS RELEASE: X", "Media Statement : X").
KIND_LABELS: Final = (
    r"THÔNG\s+CÁO(?:\s+BÁO\s+CHÍ)?|TUYÊN\s+BỐ(?:\s+CHUNG)?|THÔNG\s+BÁO|BÁO\s+CÁO|BẢN\s+TIN"
    r"|PRESS\s+RELEASE|MEDIA\s+RELEASE|NEWS\s+RELEASE|JOINT\s+STATEMENT|MEDIA\s+STATEMENT"
    r"|STATEMENT|COMMUNIQU[ÉE]|NOTICE"
)
# The kinds a document's own head line names, in capitals (a pattern's alternatives; a
# qualifier may stand before one: "MARKET UPDATE", "POLICY BRIEF").
DOCUMENT_KINDS: Final = (
    r"DIỄN\s+VĂN|BÀI\s+PHÁT\s+BIỂU|PHÁT\s+BIỂU|BÁO\s+CÁO|THÔNG\s+BÁO"
    r"|THÔNG\s+CÁO(?:\s+BÁO\s+CHÍ)?|BẢN\s+TIN|TỜ\s+TRÌNH|GHI\s+CHÚ|SPEECH|REMARKS|ADDRESS"
    r"|STATEMENT|BULLETIN|NEWSLETTER|REPORT|NOTE|PRESS\s+RELEASE|BRIEFING"
    # (a periodical brief of an office to its clients: "MARKET UPDATE", "POLICY BRIEF")
    r"|UPDATE|BRIEF|ALERT|MEMO(?:RANDUM)?|FACT\s?SHEET|DIGEST"
)
# A document's kind in capitals, a colon, then its subject.
_KIND_SUBJECT: Final = re.compile(rf"^(?:{KIND_LABELS})\s*:\s*(?P<subject>\S.*)$")
_SUBJECT_WORDS: Final = 3  # a subject, not a label ("PRESS RELEASE: No. 5")
_TITLE_WORDS: Final = 45  # a heading, not a paragraph
_LOOK: Final = 25  # a letterhead and its heading open the text


def kind_subject_title(text: str) -> str:
    """The first line near the text's top that is a kind, a colon and a subject ("" when
    none is)."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()][:_LOOK]
    for line in lines:
        match = _KIND_SUBJECT.match(line)
        if match is None:
            continue
        subject = match.group("subject")
        words = len(subject.split())
        if _SUBJECT_WORDS <= words <= _TITLE_WORDS and not subject.endswith((":", ",")):
            return line
    return ""


__all__ = ["DOCUMENT_KINDS", "KIND_LABELS", "kind_subject_title"]

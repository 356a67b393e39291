"""A speech's heading lines and its closing thanks (pure).

A speech printed as delivered is headed by the line that credits it ("Opening remarks by
H.E. …, Minister of …", "Phát biểu của Bộ trưởng …") and the occasion and venue under it
("… Business Forum, … Auditorium, Sanabis"): the page's labels of the speech, not its words
— the speaker is read as its author elsewhere. Its closing thanks ("Thank you.", "Xin trân
trọng cảm ơn!") are the speech's own last words, short as they are.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

# "Opening remarks by H.E. …", "Keynote address of the Minister …", "Statement by …",
# "Bài phát biểu của …", "Phát biểu khai mạc của …", "Diễn văn của …".
_CREDIT: Final = re.compile(
    r"^(?:(?:opening|closing|welcoming|welcome|keynote|concluding|introductory|special)\s+)?"
    r"(?:remarks|speech|address|statement)\s+(?:delivered\s+)?(?:by|of|from)\s+\S"
    r"|^(?:bài\s+)?(?:phát\s+biểu|diễn\s+văn)(?:\s+(?:khai\s+mạc|bế\s+mạc|chào\s+mừng"
    r"|chỉ\s+đạo))?\s+của\s+\S",
    re.IGNORECASE,
)
_CREDIT_WORDS: Final = 30
_OCCASION_WORDS: Final = 15
_THANKS: Final = re.compile(
    r"^(?:(?:xin\s+)?(?:chân\s+thành\s+|trân\s+trọng\s+)?(?:cảm|cám)\s+ơn(?:\s+(?:quý\s+vị"
    r"|các\s+quý\s+vị|các\s+bạn))?(?:\s+đã\s+lắng\s+nghe)?"
    r"|thank\s+you(?:\s+(?:very|so)\s+much)?(?:\s+(?:all|everyone))?"
    r"(?:\s+for\s+your\s+(?:kind\s+)?attention)?"
    # (a speaker closes in the guests' language too: "Obrigada!", "Merci beaucoup.")
    r"|obrigad[oa](?:\s+a\s+todos)?|(?:muchas\s+)?gracias|merci(?:\s+beaucoup)?|grazie(?:\s+mille)?"
    r"|danke(?:\s+schön)?|dziękuję|děkuji|köszönöm|kiitos|tack|takk|спасибо|terima\s+kasih"
    r"|salamat(?:\s+po)?|shukran|asante(?:\s+sana)?|arigat[oō](?:\s+gozaimasu)?"
    r"|kh[oa]p\s+khun(?:\s+(?:khrap|ka))?)\s*[.!]$",
    re.IGNORECASE,
)


def closing_thanks(text: str) -> bool:
    """A speaker's closing thanks alone on its line: "Thank you.", "Xin trân trọng cảm ơn!"."""
    return _THANKS.match(" ".join(text.split())) is not None


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", "…", ":"))


def mark_speech_head(lines: list[Line]) -> None:
    """The line crediting a speech to its speaker ("speech heading"), and the occasion's line
    set right under it: short, in parts set apart by commas, no sentence."""
    for index, line in enumerate(lines):
        text = line.text
        # (the credit taken for the title stays the title: the occasion under it is a label)
        titled = line.reason == "title"
        if not (
            (line.kept or titled) and len(text.split()) <= _CREDIT_WORDS and _CREDIT.match(text)
        ):
            continue
        if _ends_sentence(text):
            continue  # ("Remarks by the Minister were brief." is a sentence)
        line.reason = line.reason if titled else "speech heading"
        under = lines[index + 1] if index + 1 < len(lines) else None
        if (
            under is not None
            and under.kept
            and "," in under.text
            and len(under.text.split()) <= _OCCASION_WORDS
            and not _ends_sentence(under.text)
        ):
            under.reason = "speech heading"


__all__ = ["closing_thanks", "mark_speech_head"]

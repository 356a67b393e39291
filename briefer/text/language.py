"""Which of the product's two languages a text is written in, from its letters alone."""

from __future__ import annotations

import re
from typing import Final

_VIETNAMESE_ONLY: Final = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"
)


def language_of(text: str) -> str:
    """ "vi" when the text is visibly Vietnamese, else "en".

    About one character in six of Vietnamese prose is a letter only Vietnamese uses; an
    English text quoting a few names ("Lương Cường") has far fewer than one in twenty.
    """
    sample = text[:20000]
    marked = len(_VIETNAMESE_ONLY.findall(sample))
    return "vi" if marked >= max(3, len(sample) / 20) else "en"


def vietnamese_word_share(text: str) -> float:
    """The share of ``text``'s words that hold a letter only Vietnamese uses: well over a
    third in Vietnamese prose, a name or two's worth in English ("President Lương Cường …")."""
    words = text.split()
    if not words:
        return 0.0
    return sum(1 for w in words if _VIETNAMESE_ONLY.search(w)) / len(words)


def reads_english(statement: str) -> bool:
    """A statement of six words or more, few of them with a letter only Vietnamese uses: the
    English wording an English source's draft was given (a sentence is too short for
    :func:`language_of`, which a name or two tips)."""
    return len(statement.split()) >= 6 and vietnamese_word_share(statement) < 0.2


__all__ = ["language_of", "reads_english", "vietnamese_word_share"]

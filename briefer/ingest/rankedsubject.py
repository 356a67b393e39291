"""A rank whose subject is a third country (pure): "…, trong đó Tây Ban Nha, Trung Quốc và
Pháp là các nhà cung cấp lớn nhất", "Thái Lan và Ấn Độ hiện là các nhà cung cấp gạo lớn nhất
cho thị trường Nigeria", "China remains its largest partner". The countries ranked are
named before the copula ("là", "is", "remains") and are neither Việt Nam nor the text's
partner: the rank is theirs in the partner's market, no figure of the pair. (A possessor or
place after "của", "cho", "of", "in" is whose market it is, not what is ranked; a group of
Việt Nam's — "… thị trường lớn thứ hai của gạo Việt Nam" — ranks Việt Nam's partners.)"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries

# The copula just before the rank's words: "là (các|những|hai) nhà cung cấp … lớn nhất".
_COPULA: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:vẫn|hiện|đang|tiếp\s+tục)\s+)*(?:là|is|are|remains?|remained|was"
    r"|were)\s+[^,;.]{0,60}\Z",
    re.IGNORECASE,
)
# A clause's start: a semicolon, "trong đó", "of which", "while", a sentence's start.
_CLAUSE_OPEN: Final = re.compile(
    r"(?:;|(?<![^\W\d_])(?:trong\s+đó|trong\s+khi|còn|of\s+which|while|whereas))\s*",
    re.IGNORECASE,
)


def third_subject(sentence: str, start: int, partner: str) -> bool:
    """Whether the rank at ``start`` of ``sentence`` ranks countries other than Việt Nam and
    ``partner`` (the text's partner), named as its subject before the copula."""
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(sentence, 0, start)]
    clause_start = opens[-1] if opens else 0
    copula = _COPULA.search(sentence, clause_start, start)
    if copula is None:
        return False
    subject = find_countries(sentence[clause_start : copula.start()])
    if not subject:
        return False
    # ("B và C lần lượt là thị trường lớn thứ hai và thứ ba của gạo Việt Nam": Việt Nam's
    # own markets ranked, each a fact of its pair with Việt Nam)
    ends = [i for i in (sentence.find(";", start), sentence.find(".", start)) if i >= 0]
    group = sentence[copula.start() : min(ends) if ends else len(sentence)]
    if any(m.code == HOME for m in find_countries(group)):
        return False
    return all(m.code not in (HOME, partner) for m in subject)


__all__ = ["third_subject"]

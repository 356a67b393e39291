"""A pact the partner signed with a third country: no event of the pair (pure).

"Costa Rica đã ký Hiệp định thương mại tự do với Trung Quốc từ năm 2010.", "Chile signed a
free trade agreement with Australia in 2008", "Peru and China signed …": the signing's
parties are two foreign countries, and nothing in the sentence names Việt Nam or the two
sides. It is the partner's own ties (a background to what Việt Nam might sign), no
agreement, date or claim of the pair. A sentence that names Việt Nam anywhere ("…, trong
khi Việt Nam …", "as Vietnam did in 2015") is left to the other rules.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries

# A signing verb and, after it, its counterpart: "đã ký (kết) … với", "signed … with".
# ("đăng ký", to register, signs nothing.)
_SIGNED_WITH: Final = re.compile(
    r"(?<![^\W\d_])(?:(?<![Đđ]ăng\s)ký(?:\s+kết)?|signed|concluded|inked)(?![^\W\d_])"
    r"[^.;]{0,120}?(?<![^\W\d_])(?:với|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words of the pair itself: then the signing may be the pair's.
_PAIR_WORDS: Final = re.compile(
    r"(?<![^\W\d_])(?:Vi[eệ]t\s?Nam|Vietnam(?:ese)?|hai\s+(?:nước|bên)|two\s+(?:countries"
    r"|sides)|both\s+(?:countries|sides)|bilateral|song\s+phương)(?![^\W\d_])",
    re.IGNORECASE,
)


def signed_with_third(text: str) -> bool:
    """Whether ``text`` tells a foreign country signing with another foreign country
    ("Costa Rica đã ký Hiệp định … với Trung Quốc"), Việt Nam and the two sides unnamed."""
    if _PAIR_WORDS.search(text):
        return False
    mentions = find_countries(text)
    if any(m.code == HOME for m in mentions):
        return False
    for index, mention in enumerate(mentions):
        earlier = {m.code for m in mentions[:index]} - {mention.code}
        if earlier and _SIGNED_WITH.search(text, 0, mention.start):
            return True  # (a country before the verb, another after "với"/"with")
    return False


__all__ = ["signed_with_third"]

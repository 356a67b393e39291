"""An image's alt text that names no one (pure).

A logo's alt text is the site's name when its writer gave one ("Báo X", "X logo"); a template
often leaves a word for what the picture is instead ("logo", "banner", "image", "ảnh", "trang
chủ"). Such a word names no site and is no outlet's claim. So does a picture of a state's
symbol that a government site sets beside its name in the masthead ("National Emblem of X",
"Coat of arms of Y", "Quốc huy"): it names the state the symbol stands for, never the site.
This module owns that test.
"""

from __future__ import annotations

import re
from typing import Final

# Words for the picture itself or the link it makes, alone, in either language.
_GENERIC: Final = re.compile(
    r"^(?:the\s+)?(?:site\s+|main\s+|header\s+)?(?:logo|logotype|banner|image|img|picture|photo"
    r"|icon|header|home|homepage|home\s+page|brand|biểu\s+trưng|biểu\s+tượng|ảnh|hình(?:\s+ảnh)?"
    r"|trang\s+chủ|logo\s+(?:trang|báo))(?:\s*\d+)?(?:\.(?:png|jpe?g|gif|svg|webp))?$",
    re.IGNORECASE,
)

# A state's symbol, of whatever state: "National Emblem of X", "the Coat of Arms of Y", "State
# Seal", "Flag of Z", "Quốc huy Việt Nam", "Quốc kỳ".
_SYMBOL: Final = re.compile(
    r"^(?:the\s+)?(?:(?:national|state|royal|official)\s+)?(?:emblem|coat\s+of\s+arms|seal|flag"
    r"|crest)(?:\s+of\s+.+)?$|^(?:quốc\s+huy|quốc\s+kỳ|quốc\s+ấn)(?:\s+.+)?$",
    re.IGNORECASE,
)


def names_nothing(alt: str) -> bool:
    """Whether an alt text is only a word for the picture ("logo", "Banner", "logo.png",
    "Trang chủ") or a state's symbol ("National Emblem of X"), no site's name."""
    text = " ".join(alt.split())
    return bool(_GENERIC.match(text) or _SYMBOL.match(text))


__all__ = ["names_nothing"]

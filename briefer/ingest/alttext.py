"""An image's alt text that names no one (pure).

A logo's alt text is the site's name when its writer gave one ("Báo X", "X logo"); a template
often leaves a word for what the picture is instead ("logo", "banner", "image", "ảnh", "trang
chủ"). Such a word names no site and is no outlet's claim. This module owns that test.
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


def names_nothing(alt: str) -> bool:
    """Whether an alt text is only a word for the picture ("logo", "Banner", "logo.png",
    "Trang chủ"), no name."""
    return bool(_GENERIC.match(" ".join(alt.split())))


__all__ = ["names_nothing"]

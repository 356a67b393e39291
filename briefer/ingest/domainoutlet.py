"""An outlet that is only a web address (pure).

A signature's "Website: https://vntrade.example" or a page's footer gives a host name where no
outlet's name was read. A host name is a fallback: when the text names the body itself (a mail's
sending unit, "Thương vụ Việt Nam tại X"), the name is the outlet, not its address. This module
owns :func:`web_address_only` (:func:`briefer.ingest.rows.bare_domain` is a
line's test: no scheme, no slash, a short top-level label).
"""

from __future__ import annotations

import re
from typing import Final

# "vntrade.no", "www.example.gov.vn", "https://x.org/": labels joined by dots, no spaces.
_HOST: Final = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}/?$", re.IGNORECASE
)


def web_address_only(name: str) -> bool:
    """Whether the outlet read is only a host name ("vntrade.no", "www.x.gov.vn")."""
    return bool(_HOST.match(name.strip()))


__all__ = ["web_address_only"]

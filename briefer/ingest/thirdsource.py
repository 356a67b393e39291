"""The partner's goods coming from a third country are no fact of the pair (pure).

"phần lớn gạo nhập khẩu hiện vẫn đến từ Mỹ", "khoảng 80% hàng nhập khẩu của nước này đến
từ Hoa Kỳ", "most of its imports come from the United States": the partner's own trade
with another country, told to show whom Việt Nam competes with. A clause that says where
imports come from, names a country other than Việt Nam and the text's partner as their
source, and does not name Việt Nam tells no fact of Việt Nam's pair."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries

# Imports and where they come from: "nhập khẩu … (đến) từ X", "imports … (come) from X".
_SOURCED: Final = re.compile(
    r"(?<![^\W\d_])(?:nhập\s+khẩu|imports?|imported)(?![^\W\d_])[^.;]{0,60}?"
    r"(?<![^\W\d_])(?:(?:đến|tới|có\s+nguồn\s+gốc)\s+từ|(?:come|comes|came|coming)\s+from"
    r"|(?:sourced|originat\w+)\s+from)\s+(?P<source>[^.;,]{1,40})",
    re.IGNORECASE,
)


def third_source(clause: str, partner: str) -> bool:
    """Whether ``clause`` tells the imports of the text's ``partner`` coming from a third
    country, without naming Việt Nam."""
    found = _SOURCED.search(clause)
    if found is None:
        return False
    named = {m.code for m in find_countries(clause)}
    if HOME in named:
        return False
    sources = {m.code for m in find_countries(found.group("source"))}
    return bool(sources) and partner not in sources


__all__ = ["third_source"]

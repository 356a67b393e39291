"""A site's name where a page gives only its domain (pure).

A <title> of three parts, "Headline | Yle News | yle.fi", ends on the site's domain; the
part beside the domain whose first word is the domain's own label ("Yle" of yle.fi) is the
site's name as it calls itself, and names the outlet better than the bare address. This
module owns that step (:func:`name_beside_domain`).
"""

from __future__ import annotations

from typing import Final

from briefer.ingest.rxparts import HOST
from briefer.text.fold import fold

_NAME_WORDS: Final = 5


def name_beside_domain(parts: list[str], site: str) -> str:
    """The <title>'s part next to ``site`` (a bare domain, one of ``parts``) that opens on
    the domain's label; ``site`` itself when there is none."""
    match = HOST.match(site.strip())
    if match is None or site not in parts:
        return site
    label = fold(match.group("label"))
    at = parts.index(site)
    for near in parts[max(at - 1, 0) : at] + parts[at + 1 : at + 2]:
        words = near.split()
        if 2 <= len(words) <= _NAME_WORDS and fold(words[0]) == label:
            return near.strip()
    return site


__all__ = ["name_beside_domain"]

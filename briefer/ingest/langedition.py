"""A site's name with its language edition after it (pure): "ENA English", "Xinhua
Français", "X Español" — the edition a multilingual agency's page belongs to, not a part of
its name.

Owns :func:`without_edition`; :func:`briefer.ingest.metachoice.choose_outlet` reads every
claim through it, so that the edition's name and the agency's own group as one outlet.
"""

from __future__ import annotations

import re
from typing import Final

# A language's name as an edition's label writes it, last in a site's name.
_EDITION: Final = re.compile(
    r"\s+(?:English|Français|Francais|French|Español|Espanol|Spanish|Arabic|Português|Portuguese"
    r"|Deutsch|German|Russian|Русский|Chinese|中文|Tiếng\s+Anh|Tiếng\s+Việt)$"
)


def without_edition(name: str) -> str:
    """``name`` without a language edition's label at its end; ``name`` as it is when the
    rest would be no name (a single letter) or when it has no such label."""
    rest = _EDITION.sub("", name.strip())
    return rest if len(rest) >= 2 and rest != name.strip() else name


__all__ = ["without_edition"]

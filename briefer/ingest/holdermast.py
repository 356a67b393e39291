"""A masthead the page's copyright line repeats (pure).

A page's first line, a short name over its menu and headline that the table does not know
("Republic Government" over "Office of X | Ministries | Contact Us"), reads like a section's
label. When the copyright line at the foot names the same holder, the two places a site
prints its own name agree: the line is the site's masthead, and the menu row under it
opens on a menu item, not on the site's name.

This module owns :func:`holder_masthead`.
"""

from __future__ import annotations

from briefer.text.fold import fold


def _key(name: str) -> str:
    return " ".join(fold(name).strip(" .,:;").split())


def holder_masthead(text: str, holder: str) -> str:
    """``text`` when it is the copyright holder's name (``holder``, read from the foot),
    however it is cased or accented; else ""."""
    return text.strip() if holder and _key(text) and _key(text) == _key(holder) else ""


__all__ = ["holder_masthead"]

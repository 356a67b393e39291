"""An outlet's name in the language of the page: the table names a Vietnamese agency by its
Vietnamese name or initials ("TTXVN"); a page in another language that never writes that name
but writes the body's own name in its language, spelled out ("Vietnam News Agency" in an
English page's copyright line), is named so: the name the page gives its publisher."""

from __future__ import annotations

import re

from briefer.ingest.outlet_table import OUTLET_TABLE


def _written(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _spelled_name(alias: str) -> bool:
    # (a name of two words or more in plain letters, not initials: "Vietnam News Agency",
    # not "VNA")
    words = alias.split()
    return alias.isascii() and len(words) >= 2 and not alias.isupper()


def in_page_language(name: str, text: str, language: str) -> str:
    """``name`` (an outlet the table knows) as a page in ``language`` other than Vietnamese
    names it, when the page never writes the table's name but writes one of the outlet's
    spelled-out names in plain letters; else ``name`` as it is."""
    if not name or language in ("", "vi") or _written(name, text):
        return name
    entry = next((e for e in OUTLET_TABLE if e[0] == name), None)
    if entry is None or not name.isupper():
        # (a table name that is no initials is a name the page may print as it is, "Tuổi
        # Trẻ" on its English edition too: only an agency's Vietnamese initials are translated)
        return name
    own = [a for a in entry[2] if _spelled_name(a) and _written(a, text)]
    return own[0] if own else name

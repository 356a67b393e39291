"""A <title>'s site part that runs the site's name and its section together (pure).

A news site may title a story "Headline - Site Section" ("… - VnExpress Kinh doanh", "… -
Daily Mirror Sport"): the section is the desk the story is filed under, the one the page's
menu and breadcrumb name as an item, and the site is the name before it. The outlet is the
site's name: a section named in the page's menu is no part of it.

This module owns :func:`site_without_section`.
"""

from __future__ import annotations

from briefer.ingest.outletnames import table_name


def site_without_section(name: str, items: set[str]) -> str:
    """``name`` without a section the page's menu ``items`` (its texts, case folded) name
    after it, when what stays before it is an outlet of the table (exactly) or itself an
    item of the menu (the logo's link); ``name`` as given otherwise — and always when the
    whole name is an outlet of the table ("Đầu tư Chứng khoán" with "Chứng khoán" in the
    menu, "Nikkei Asia" with "Asia": the outlet's own name, no section)."""
    words = name.split()
    if len(words) < 2 or table_name(name):  # (a name of one word has no section after it)
        return name
    for cut in range(1, len(words)):
        site, section = " ".join(words[:cut]), " ".join(words[cut:])
        if section.casefold() in items and (table_name(site) or site.casefold() in items):
            return site
    return name


__all__ = ["site_without_section"]

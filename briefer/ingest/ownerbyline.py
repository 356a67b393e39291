"""A byline that names the company owning the site, not a writer (pure).

A platform's header may set its owner's name where a byline stands ("EIN Presswire ·
<span class="by">Owner</span>"), and the same page's copyright line names that owner as a
company: "© 1995-2026 Owner Inc. dba Platform", "Copyright © 2026 Owner Ltd." A name the
copyright holds with a company's legal form (Inc., Ltd, LLC, GmbH, JSC, Công ty …) is the
site's owner, so it writes none of the page's stories; a holder written as a person's name
("© 2026 Jane Doe" on her own blog) is left alone — she may well be the writer.

This module owns :func:`owner_byline`.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

# A copyright line's holder: after its sign and years ("© 1995-2026 X", "Copyright (c) X").
_HOLDER: Final = re.compile(
    r"(?:©|\(c\)|\bcopyright\b|\bbản\s+quyền\b)\s*(?:©\s*)?"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+|thuộc\s+(?:về\s+)?)?(?P<holder>[^|\n]{2,120})",
    re.IGNORECASE,
)
# A company's legal form after its name (or "Công ty …"/"Tập đoàn …" before it).
# (as a company writes it, in its case: "sa", "co" are Vietnamese syllables too)
_COMPANY: Final = re.compile(
    r"\b(?:Inc|Incorporated|Ltd|LTD|Limited|LLC|L\.L\.C|Corp|Corporation|GmbH|AG|S\.A|SA|PLC"
    r"|Plc|Pty|JSC|Co)\b\.?|\bdba\b|^(?:Công\s+ty|CÔNG\s+TY|Tập\s+đoàn)\b"
)
_MARK: Final = re.compile(r"©|\(c\)|copyright|bản\s+quyền", re.IGNORECASE)


def _copyright_lines(root: lxml.html.HtmlElement) -> list[str]:
    lines: list[str] = []
    for node in root.xpath("//body//text()"):
        text = " ".join(str(node).split())
        if _MARK.search(text):
            lines.append(text)
    return lines


def owner_byline(name: str, root: lxml.html.HtmlElement) -> bool:
    """Whether ``name`` (a byline the page's markup gives) is the company its copyright
    line holds the site for: "Owner" under "© 2026 Owner Inc. dba Site"."""
    bare = name.strip().casefold()
    if not bare:
        return False
    for line in _copyright_lines(root):
        for match in _HOLDER.finditer(line):
            holder = match["holder"].strip()
            folded = holder.casefold()
            company = _COMPANY.search(holder)
            if company is None:
                continue
            if company.start() == 0 and bare in folded:
                return True  # ("Công ty Owner": the legal form before the name)
            # (the name whole, right before the legal form: "Owner Inc.", not the "Owner"
            # of "Owner Media Inc.")
            between = holder[len(bare) : company.start()]
            if folded.startswith(bare) and company.start() >= len(bare) and not between.strip(" ,"):
                return True
    return False


__all__ = ["owner_byline"]

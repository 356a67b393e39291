"""A <title> that is the site's own banner (pure): a page whose <title> holds only the site's
name shows that name whole as an element of its own above the headline (the header's name
line) and names it again below it (the footer's "managed by" or copyright line). Owns only
that test; the headline under it is pagetitle's."""

from __future__ import annotations

import lxml.html

_HEADINGS = ("h1", "h2", "h3")


def _text(node: lxml.html.HtmlElement) -> str:
    return " ".join(node.text_content().split())


def title_is_banner(title: str, root: lxml.html.HtmlElement) -> bool:
    """``title`` (a short name) is shown whole by an element before the page's first heading
    and named again after that heading, the heading itself being another text."""
    name = " ".join(title.split()).casefold()
    if not name or len(name.split()) > 6:
        return False
    body = root.find("body")
    if body is None:
        return False
    seen_banner = False
    heading: lxml.html.HtmlElement | None = None
    for node in body.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag in _HEADINGS:
            heading = node
            break
        if _text(node).casefold() == name:
            seen_banner = True
    if heading is None or not seen_banner or _text(heading).casefold() == name:
        return False
    # (the name again after the heading: a footer's line that holds it)
    after = [_text(n).casefold() for n in heading.itersiblings()]
    after += [_text(n).casefold() for a in heading.iterancestors() for n in a.itersiblings()]
    return any(name in text for text in after)


def banner_name(root: lxml.html.HtmlElement) -> str:
    """The whole <title> when it is the site's banner ("" otherwise)."""
    titles = root.xpath("//title")
    whole = " ".join(titles[0].text_content().split()) if titles else ""
    return whole if title_is_banner(whole, root) else ""


__all__ = ["banner_name", "title_is_banner"]

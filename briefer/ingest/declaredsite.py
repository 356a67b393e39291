"""A page that declares its own outlet as its author (pure).

Some sites fill the markup's author ("<meta name="author" content="Tạp chí X">") with their
own name, the writer being credited in the text. The reader of writers drops such a name
(an outlet is no writer); as a name the page gives itself it is a claim on the outlet, a weak
one: a wire story's page may declare the agency it carries ("TTXVN") as its author, so any
other name the page gives its site is believed first.
"""

from __future__ import annotations

import lxml.html

from briefer.ingest.pagemeta import meta_content


def declared_outlet(root: lxml.html.HtmlElement) -> str:
    """The outlet the table knows that the markup declares the page's author ("" if none)."""
    from briefer.ingest.outletnames import known_outlet

    declared = " ".join(meta_content(root, "author", "article:author", "dc.creator").split())
    return declared if known_outlet(declared) else ""


__all__ = ["declared_outlet"]

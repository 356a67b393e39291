"""A saved web page as an editor gets it by "select all, copy" in a browser: its visible text.

Editors paste pages as text as often as they save them, so every corpus HTML page is also
measured as its pasted copy (``eval_import.py --pasted``): the same key must hold once the
page's structure (tags, classes, ``<head>``) is gone and only its lines are left. This is
the benchmark's own small renderer, independent of the importer's HTML reader, so the
importer is not judged by its own reading.

What a browser copy keeps: text of the ``<body>`` only; a line per block element (paragraphs,
headings, list items, table cells, sections …); inline elements run on in their line, and two
links or labels that touch are kept apart by a space (menus are laid out apart on screen).
What it drops: ``<head>``, scripts, styles, templates, forms' controls, SVG, and elements
hidden with the ``hidden`` attribute or an inline ``display:none``.
"""

from __future__ import annotations

import re

import lxml.html

_BLOCK = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
        "center",
    )
)
_DROP = frozenset(
    (
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "select",
        "option",
        "button",
        "svg",
        "iframe",
    )
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(element: lxml.html.HtmlElement) -> bool:
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
    )


def visible_text(html: str) -> str:
    """The page's visible text, a line per block, as a browser's copy gives it."""
    return _visible(lxml.html.document_fromstring(html))


def _visible(root: lxml.html.HtmlElement) -> str:
    out: list[str] = []

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _DROP or (tag and _hidden(element)):
            return
        block = tag in _BLOCK
        out.append("\n" if block else " ")
        if element.text and tag:
            out.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                out.append(child.tail)
        out.append("\n" if block else " ")

    body = root.find("body")
    walk(body if body is not None else root)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def printed_spec(html: str, name: str) -> dict[str, object]:
    """The page printed to PDF from a browser, as a ``corpus.build_pdf`` spec: its visible
    lines (the ``<h1>`` as the heading), the browser's print header (day, time, ``<title>``)
    and footer (the page's address, "x/y")."""
    root = lxml.html.document_fromstring(html)
    title = " ".join((root.findtext(".//title") or "").split())
    h1 = root.find(".//h1")
    headline = " ".join(h1.text_content().split()) if h1 is not None else ""
    url = next(
        (
            value
            for value in root.xpath(
                "//link[@rel='canonical']/@href|//meta[@property='og:url']/@content"
            )
            if str(value).startswith("http")
        ),
        f"https://example.invalid/{name}",
    )
    lines = _visible(root).splitlines()
    return {
        "columns": 1,
        "print_header": f"12/12/2025, 09:41    {title}",
        "print_footer": f"{url}    {{page}}/{{pages}}",
        "blocks": [{"h": line} if line == headline else {"p": line} for line in lines],
    }

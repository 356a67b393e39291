"""A photo story's captions as its text (pure, on the parsed page).

Most pages set a caption under a picture to say who stands where; it goes with the picture
(``webpage`` drops ``<figcaption>``). A photo story is told the other way round: a row of
pictures whose captions are the article's sentences, with little running text of its own.
What tells it apart is structure, not words: several figures each captioned with a whole
sentence, and more words in those captions than in the page's paragraphs outside them. Then
each such figure becomes a paragraph of its caption (its counter, credit and picture go).
"""

from __future__ import annotations

from typing import Final

import lxml.html

_MIN_FIGURES: Final = 3  # (one or two captioned pictures illustrate an article)
_SENTENCE_END: Final = (".", "!", "?", "…")


def _flat(node: lxml.html.HtmlElement) -> str:
    return " ".join(node.text_content().split())


def captions_as_text(root: lxml.html.HtmlElement) -> int:
    """Turn a photo story's captioned figures into paragraphs; the number turned."""
    figures = []
    for figure in root.iter("figure"):
        caption = figure.find(".//figcaption")
        if caption is None:
            continue
        text = _flat(caption)
        if text.endswith(_SENTENCE_END) and len(text.split()) >= 5:
            figures.append((figure, text))
    if len(figures) < _MIN_FIGURES:
        return 0
    told = sum(len(text) for _, text in figures)
    inside = {id(p) for figure, _ in figures for p in figure.iter("p")}
    prose = sum(len(_flat(p)) for p in root.iter("p") if id(p) not in inside)
    if told <= prose:
        return 0  # (an article's own paragraphs tell it: its captions are the pictures')
    for figure, text in figures:
        paragraph = lxml.html.Element("p")
        paragraph.text = text
        paragraph.tail = figure.tail
        figure.getparent().replace(figure, paragraph)
    return len(figures)


__all__ = ["captions_as_text"]

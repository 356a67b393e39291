"""A photo's credit written without a credit word: a person and the outlet, "Name/Outlet".

Captions end on their credit in many forms; the labelled ones ("Ảnh: …", "Photo: …") are in
:mod:`briefer.ingest.furniture`. This module owns the unlabelled one: a name of two to five
capitalised words, a slash, and the outlet's name (capitalised words or an acronym), after a
caption's full stop, after " - ", in brackets, or alone on the line under its caption. Alone,
the same shape is also a byline ("Thu Hằng/VOV.VN"), so there it is a credit only between a
caption and more of the article (``captions.py``). On a saved page, a credit set as the
block right after its picture goes with the picture (:func:`drop_picture_credits`).
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest import furniture as fur
from briefer.ingest.pagetitle import flat

_B: Final = r"[^\S\n]"
_CAP: Final = "A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
_WORD: Final = rf"[{_CAP}][\w'’.-]*"
# a person (two to five capitalised words) / an outlet (one to five capitalised words)
_PERSON_OUTLET: Final = rf"{_WORD}(?:{_B}+{_WORD}){{1,4}}{_B}*/{_B}*{_WORD}(?:{_B}+{_WORD}){{0,4}}"
_TRAILING: Final = re.compile(
    rf"(?:[.!?…]{_B}+|{_B}[-–—]{_B}+)\(?{_PERSON_OUTLET}\)?\.?$|{_B}\({_PERSON_OUTLET}\)\.?$"
)
_ALONE: Final = re.compile(rf"^\(?{_PERSON_OUTLET}\)?\.?$")
# A picture's (or a video's) own label opening the line: "[Ảnh] …", "(Photo) …", "Image: …",
# "Video: … · Thời lượng 03:12".
_PICTURE_LABEL: Final = re.compile(
    r"^(?:[\[(](?:Ảnh|Hình(?:\s+ảnh)?|Photo|Image|Picture|Video|Clip|Infographic)"
    r"(?:\s+[^\W\d_]+){0,2}[\])]\s+\S"  # ("[Hình ảnh] …", "(Ảnh minh họa) …")
    r"|(?:Ảnh|Hình|Hình\s+ảnh|Photo|Image|Picture|Foto|Video|Clip)\s*:\s*\S"
    # the picture's source or credit labelled: "Photo source: …", "Image courtesy: …", "Nguồn
    # ảnh: …"
    r"|(?i:(?:photo|image|picture|video)\s+(?:sources?|credits?|courtesy)|nguồn\s+(?:ảnh|hình"
    r"(?:\s+ảnh)?))\s*:\s*\S"
    # a caption's own label: "Photo caption: …", "Caption: …", "Chú thích ảnh: …", "Ảnh minh
    # họa: …", "Ảnh tư liệu: …" (the kind of picture, then what it shows)
    r"|(?i:(?:(?:photo|image|picture)\s+)?captions?|chú\s+thích(?:\s+(?:ảnh|hình))?"
    r"|(?:ảnh|hình)\s+(?:minh\s+họa|minh\s+hoạ|tư\s+liệu|chụp|nguồn|trên|dưới|bên(?:\s+(?:trái|phải))?"
    r"|đầu\s+bài|bìa)|(?:trong|bức|tấm)\s+(?:ảnh|hình)(?:\s+(?:trên|dưới|bên))?"
    # "Pictured: …", "In the photo: …", "Top photo: …", "Photo above: …"
    r"|pictured|in\s+(?:the|this)\s+(?:photo|picture|image)|(?:top|main|lead|feature|featured"
    r"|header|cover|above|below)\s+(?:photo|image|picture)|(?:photo|image|picture)\s+(?:above|below"
    r"|top))\s*:\s*\S)"
)
# A credit without a credit word's colon, after the caption's full stop ("…. Ảnh Lan Chi"),
# or a "Credit: …" cell ("… | Credit: Department of …").
_BARE_CREDIT: Final = re.compile(
    rf"[.!?…]{_B}+(?:Ảnh|Photo){_B}+{_WORD}(?:{_B}+{_WORD}){{1,3}}$"
    rf"|(?:^|[.!?…]{_B}+|{_B}[|·•-]{_B}+)(?:Photo{_B}+)?Credits?{_B}*:{_B}*[^.!?]{{1,60}}$"
)
_CAPTION_WORDS: Final = 30  # a caption is one short description


# One sentence, then a name alone after its full stop: the photographer's, unlabelled ("…
# at the border gate. Jane Roe"); an article's sentence never ends on a bare name.
# (the sentence opens on a capital and runs six words at least, no label's colon in it: not
# "Tác giả: TS. Name", not "© 2025 X. All Rights Reserved")
_NAMED_AFTER: Final = re.compile(
    rf"^[{_CAP}][^.!?…:©\s]*(?:{_B}+[^.!?…:©\s]+){{5,}}[.!…]{_B}+{_WORD}(?:{_B}+{_WORD}){{1,2}}$"
)


def caption_with_credit(text: str) -> bool:
    """ "Thứ trưởng … chủ trì buổi tiếp. Lan Chi/Báo X", "… (Lan Chi/Báo X)", "… - Lan
    Chi/Báo X", "… at the border gate. Jane Roe": a short line that ends on a credit."""
    found = _TRAILING.search(text)
    if found is None and _NAMED_AFTER.match(text):
        return len(text.split()) <= _CAPTION_WORDS
    return found is not None and len(text[: found.start()].split()) <= _CAPTION_WORDS


def labelled_picture(text: str) -> bool:
    """A line the picture's own label opens ("[Ảnh] Bộ trưởng … tiếp …", "Image: Minister
    … exchange documents.") or a caption ending on a credit without a colon ("…. Ảnh Lan
    Chi", "… | Credit: Department of …"): the picture's, never the article's."""
    if len(text) > 400 or len(text.split()) > _LABELLED_WORDS:
        return False
    return bool(_PICTURE_LABEL.match(text) or _BARE_CREDIT.search(text))


_LABELLED_WORDS: Final = 50


def person_and_outlet(text: str) -> bool:
    """A line that is a person and an outlet and nothing else ("Lan Chi/Báo X")."""
    return len(text) <= 80 and bool(_ALONE.match(text.strip()))


def caption_shaped(text: str) -> bool:
    """One short description without a sentence's full stop: what sits above a credit."""
    body = text.strip()
    return 3 <= len(body.split()) <= _CAPTION_WORDS and not body.endswith((".", "!", "?", ":"))


def drop_picture_credits(root: lxml.html.HtmlElement) -> None:
    """A block right after a picture (a ``<figure>``, or an image alone in its block) that
    is a credit and nothing else is the picture's: it goes with it (once the picture is gone,
    the paragraph above would look like the credit's caption); so does a caption in a short
    block of its own between the picture and its credit."""
    for picture in list(root.iter("figure", "picture", "img")):
        holder = picture
        while picture.tag != "figure" and _holds_only(holder.getparent()):
            holder = holder.getparent()
        after = holder.getnext()
        if after is None or (holder.tail or "").strip() or after.tag in ("figure", "img"):
            continue
        text = flat(after)
        if _credit(text):
            after.drop_tree()
            continue
        # the caption in a block of its own (one short sentence), then the credit
        credit = after.getnext()
        if credit is None and _figure_block(holder, after, text):
            after.drop_tree()  # (a block holding the picture and one line: its caption)
            continue
        if (
            credit is not None
            and not (after.tail or "").strip()
            and len(text.split()) <= _CAPTION_WORDS
            and not re.search(r"[.!?…]\s+\S", text)
            and _credit(flat(credit))
        ):
            credit.drop_tree()
            after.drop_tree()


def _figure_block(picture: lxml.html.HtmlElement, after: lxml.html.HtmlElement, text: str) -> bool:
    """A block made of the picture and one short sentence under it, nothing else (a figure
    without the ``<figure>`` tag): the sentence is the picture's caption."""
    parent = picture.getparent()
    return (
        parent is not None
        and parent.tag == "div"
        and len(parent) == 2
        and not (parent.text or "").strip()
        and not (after.tail or "").strip()
        and 3 <= len(text.split()) <= _CAPTION_WORDS
        and not re.search(r"[.!?…]\s+\S", text)
    )


def _credit(text: str) -> bool:
    return fur.credit_only(text) or person_and_outlet(text)


def _holds_only(node: lxml.html.HtmlElement | None) -> bool:
    """A block whose one content is the picture (no words of its own)."""
    return (
        node is not None
        and node.tag in ("p", "div", "a", "span", "center")
        and len(node) == 1  # (before flattening: the article's element holds many)
        and not flat(node)
    )


__all__ = [
    "caption_shaped",
    "caption_with_credit",
    "drop_picture_credits",
    "labelled_picture",
    "person_and_outlet",
]

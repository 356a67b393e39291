"""A shared draft's review comments (pure): the anchors in its text and the comments at its foot.

A word processor's export of a document with comments (Google Docs, Word to HTML) glues a
lettered anchor to the words commented on ("… than đá.[a]", "… 8 million subscribers.[b]")
and prints each comment at the foot, opening on the same mark ("[a]Name: Please check the
figure.", replies under it). The comments are the reviewers' talk about the draft, not its
text; the anchors are no words of it. An anchor is known by its target: a bracketed letter
glued to the text counts only when a line lower down opens on that very mark (a lone "[a]"
in prose, a list item "(a)", stays as written).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

# (the anchor: one or two lower-case letters in square brackets, glued to what precedes it)
_ANCHOR: Final = re.compile(r"(?<=\S)\[(?P<mark>[a-z]{1,2})\]")
# (the comment: the same mark opening a line, the comment's words right after it)
_COMMENT: Final = re.compile(r"^\[(?P<mark>[a-z]{1,2})\]\s*(?=\S)")
# (a reply under a comment: "Name: text", a name of one to five words before the colon)
_REPLY: Final = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,4}\s?:\s+\S")


def mark_review_comments(lines: list[Line]) -> None:
    """Mark a draft's comments at its foot as "comments" and take their anchors off the text.

    A comment is a line opening on a mark that some line above carries glued as an anchor;
    a "Name: …" line right under a comment is its reply. Lines are changed in place."""
    anchored: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        for match in _ANCHOR.finditer(line.text):
            anchored.setdefault(match.group("mark"), []).append(index)
    if not anchored:
        return
    comments: set[str] = set()
    in_thread = False
    for index, line in enumerate(lines):
        opening = _COMMENT.match(line.text)
        if opening and any(i < index for i in anchored.get(opening.group("mark"), [])):
            comments.add(opening.group("mark"))
            line.reason = "comments"
            in_thread = True
        elif in_thread and line.kept and _REPLY.match(line.text):
            line.reason = "comments"  # (a reply in the comment's thread)
        else:
            in_thread = False
    if not comments:
        return
    for line in lines:
        if line.kept:
            line.text = _ANCHOR.sub(
                lambda m: "" if m.group("mark") in comments else m.group(), line.text
            )

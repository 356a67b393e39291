"""What a page's reply and feedback widgets print as text (pure): a comment box's placeholder
("Viết bình luận công khai…", "Write a comment…", "Add a public comment...") and a feedback
question with its bare answer buttons ("Is this page useful? Yes No", "Trang này có hữu ích
không? Có Không").

A placeholder is an imperative to write a reply, a few words, trailing off in an ellipsis or
ending without a stop: the box invites, it says nothing. A feedback question is a question
put to the reader (:func:`briefer.ingest.prompts.reader_prompt`) followed by two or three
one-word answers with nothing between them (with a bar or a slash between them the prompt
rules read it already). An empty thread's notice is the whole line saying there is no
comment yet ("Chưa có bình luận nào cho bài viết này.", "No comments yet."): a line that only
says so, never a sentence with a subject ("The ministry had no comment").
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.prompts import reader_prompt

_B: Final = r"[^\S\n]"
# "Viết bình luận …", "Nhập bình luận", "Để lại bình luận", "Gửi ý kiến của bạn…", "Write a
# comment…", "Add a public comment...", "Leave a reply", "Join the discussion…".
_PLACEHOLDER: Final = re.compile(
    rf"^(?:Viết|Nhập|Gửi|Để{_B}+lại|Thêm|Write|Add|Leave|Post|Type|Enter|Join)\b"
    rf"(?:{_B}+[^\W\d_]+){{0,3}}?{_B}+(?:bình{_B}+luận|ý{_B}+kiến|phản{_B}+hồi|comments?|reply"
    rf"|replies|response|discussion|conversation)\b(?:{_B}+[^\W\d_]+){{0,4}}{_B}*(?:…|\.\.\.)?$",
    re.IGNORECASE,
)
_PLACEHOLDER_WORDS: Final = 9
# Two or three one-word answers after the question mark: "Yes No", "Có Không", "Yes Partly No".
_BARE_ANSWERS: Final = re.compile(
    rf"\?(?:{_B}+(?:Yes|No|Có|Không|Somewhat|Partly|Partially|Phần{_B}+nào|Maybe)){{2,3}}{_B}*$",
    re.IGNORECASE,
)

# An empty thread's notice, the whole line: "Chưa có bình luận nào (cho bài viết này).", "Hiện
# chưa có ý kiến bạn đọc", "No comments yet. Be the first to comment!", "There are no comments".
_EMPTY_THREAD: Final = re.compile(
    rf"^(?:Hiện{_B}+)?(?:chưa|không){_B}+có{_B}+(?:bình{_B}+luận|ý{_B}+kiến{_B}+bạn{_B}+đọc)"
    rf"(?:{_B}+nào)?(?:{_B}+(?:cho|về|trong){_B}+(?:bài{_B}+viết|tin{_B}+bài|bài){_B}+này)?"
    rf"|^(?:There{_B}+are{_B}+)?no{_B}+comments(?:{_B}+yet)?(?:{_B}+on{_B}+this{_B}+"
    rf"(?:article|story|post))?",
    re.IGNORECASE,
)
_EMPTY_TAIL: Final = re.compile(
    rf"[.!]?(?:{_B}+(?:Hãy{_B}+là{_B}+người{_B}+đầu{_B}+tiên|Be{_B}+the{_B}+first)[^.!]*[.!]?)?$",
    re.IGNORECASE,
)


def empty_thread(text: str) -> bool:
    """A line that only says no reader has commented yet (see the module docstring)."""
    text = text.strip()
    head = _EMPTY_THREAD.match(text)
    return head is not None and _EMPTY_TAIL.fullmatch(text[head.end() :]) is not None


def reply_widget(text: str) -> bool:
    """A comment box's placeholder, or a feedback question with its bare answers."""
    text = text.strip()
    if len(text.split()) <= _PLACEHOLDER_WORDS and _PLACEHOLDER.match(text):
        return True
    if empty_thread(text):
        return True
    answers = _BARE_ANSWERS.search(text)
    return answers is not None and reader_prompt(text[: answers.start() + 1])


__all__ = ["empty_thread", "reply_widget"]

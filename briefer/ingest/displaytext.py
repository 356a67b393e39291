"""What a page sets in display beside its article (pure): a pull quote between two of its
paragraphs, and a photo's caption without a credit left under its last paragraph.

- A pull quote is a phrase lifted out of the text (or the gist of it) in quotation marks, on
  a line of its own: the whole line is the quotation, with no stop inside the closing mark
  and no one said to have said it. A quoted sentence of the article ends on its stop inside
  the mark ("… nhà máy.”") or goes on to its speaker ("…,” ông nói.").
- A single quoted sentence on a line of its own, its stop inside the mark, between two
  paragraphs that neither announce it nor name who said it, is one too, printed once.
- A line in quotation marks, its stop inside and its speaker's name after a dash perhaps,
  whose words the article says again elsewhere is the same: a phrase lifted out for display.
- A phrase lifted from the text and set without quotation marks, its speaker's title and name
  after it on the same line ("Gạo … gia đình Philippines Bộ trưởng X Y"): no stop closes the
  line, its opening words are said word for word elsewhere in the article, and what follows
  them is a short credit in capitals. A paragraph repeated whole is the dedupe step's.
- An English caption describes its picture in the present, in one clause, naming people the
  article has named ("Deputy Minister X and Y co-chair the meeting in Manama."), where the
  article reports in the past. At the article's foot, with nothing of the article below it,
  such a line is the caption of the page's last picture.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import find_countries
from briefer.ingest.found import Line
from briefer.ingest.postbylines import OFFICES
from briefer.text.fold import tokens

_QUOTED: Final = re.compile(r"^[“\"«„‘](?P<inside>[^“”\"«»„]+?)(?P<stop>[.!?…]?)[”\"»’]$")
_QUOTE_WORDS: Final = (5, 40)
_PROSE_WORDS: Final = 12


def _prose(line: Line | None) -> bool:
    return (
        line is not None
        and len(line.text.split()) >= _PROSE_WORDS
        and line.text.rstrip().endswith((".", "!", "?", "…", "”", '"'))
    )


def pull_quote(text: str) -> bool:
    """A line wholly in quotation marks, no stop inside the closing mark."""
    match = _QUOTED.match(text.strip())
    if match is None or match["stop"]:
        return False
    return _QUOTE_WORDS[0] <= len(match["inside"].split()) <= _QUOTE_WORDS[1]


# A caption's subject: a title and a name, three capitalised words at least ("Deputy Foreign
# Minister Do Hung Viet"); the article's sentence in the past or with its tense is no caption.
_NAMED: Final = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){2,}[A-Z]")
_TENSED: Final = re.compile(
    r"\b(?:[a-z]+ed|said|says|met|held|made|took|gave|led|went|came|saw|began|rose|fell|grew"
    r"|won|stood|will|would|has|have|had|was|were|is|are|can|could|may|might|should|must)\b"
)
_ENGLISH: Final = re.compile(r"\b(?:the|and|of|in|at|with|to|on)\b")
_CAPTION_WORDS: Final = 20
_SEEN: Final = 0.8  # the share of its words the article above already holds


def foot_caption(text: str, above: str) -> bool:
    """One clause in the present that names people and retells what ``above`` told."""
    text = text.strip()
    body = text.removesuffix(".")
    if (
        not text.endswith(".")
        or len(text.split()) > _CAPTION_WORDS
        or re.search(r"[\d,;:!?]|\.\s", body)
        or not _NAMED.match(text)
        or not _ENGLISH.search(text)
        or _TENSED.search(text)
    ):
        return False
    words = tokens(text)
    seen = set(tokens(above))
    return bool(words) and sum(w in seen for w in words) >= _SEEN * len(words)


# A quoted sentence with its stop, and the speaker's name after a dash: "“… nguồn gốc.” —
# Bà X" (a pull quote set off with its credit).
_CREDITED: Final = re.compile(
    r"^[“\"«„‘](?P<inside>[^“”\"«»„]+?)[.!?…]?[”\"»’](?:\s+[—–-]\s*(?:[^\W\d_][\w.'’-]*\s*){1,6})?$"
)


def lifted_quote(text: str, article: str) -> bool:
    """A line wholly in quotation marks (a dash and the speaker's name may follow) whose words
    the article says again elsewhere, in a run: a phrase lifted out of the text for display,
    however it ends. ``article`` is the article's words (``tokens`` joined by spaces, with a
    space at each end), the line's own among them."""
    match = _CREDITED.match(text.strip())
    if match is None:
        return False
    words = tokens(match["inside"])
    if not _QUOTE_WORDS[0] <= len(words) <= _QUOTE_WORDS[1]:
        return False
    return _said_twice(words, article)


def _said_twice(words: list[str], article: str) -> bool:
    """``words`` stand in ``article`` twice at least: once in the line itself, once more where
    the article says them. The two may touch, sharing the space between them (a sentence
    ending on the phrase right above the line that lifts it)."""
    phrase = f" {' '.join(words)} "
    first = article.find(phrase)
    return first >= 0 and article.find(phrase, first + 1) >= 0


_CREDIT_WORDS: Final = (2, 6)
_CREDIT_CAPITALS: Final = 2  # a name: two capitalised words at least ("Minister Ana Silva")
# (the credit opens on the speaker's office or honorific: "Đại sứ Carlos Pérez", "Bộ trưởng X")
_CREDIT_OFFICE: Final = re.compile(rf"(?:{OFFICES})\s", re.IGNORECASE)


def credited_display(text: str, article: str) -> bool:
    """A line with no stop whose opening words (five at least) the article says again
    elsewhere, followed by a short credit naming a person: an office or honorific, then the
    name, and no country (a subheading's "… sang Hàn Quốc", "Trade between Viet Nam and New
    Zealand" ends on two capitalised words too). ``article`` as for :func:`lifted_quote`."""
    text = text.strip()
    if not text or text[-1] in '.!?…”"':
        return False
    parts = text.split()
    for size in range(_CREDIT_WORDS[0], _CREDIT_WORDS[1] + 1):
        credit, head = parts[-size:], parts[:-size]
        if not credit[0][:1].isupper() or sum(w[:1].isupper() for w in credit) < _CREDIT_CAPITALS:
            continue
        said = " ".join(credit)
        if not _CREDIT_OFFICE.match(said + " ") or find_countries(said):
            continue
        words = tokens(" ".join(head))
        if len(words) >= _QUOTE_WORDS[0] and _said_twice(words, article):
            return True
    return False


# A speaker's verb or a reporting clause opening a line: the quote above it is reported
# speech ("… tăng mạnh.” / Ông X nói thêm …" is one speaker's, not the page's display).
_SPEAKS: Final = re.compile(
    r"^(?:[^\W\d_][\w.'’-]*\s+){0,5}?(?:nói|cho\s+biết|nhấn\s+mạnh|khẳng\s+định|chia\s+sẻ"
    r"|said|says|added|told|stressed)\b",
    re.IGNORECASE,
)


def standing_quote(text: str, before: str, after: str) -> bool:
    """A single quoted sentence set apart on a line of its own, its stop inside the closing
    mark, between two paragraphs of prose that neither announce it (a colon, a quotation left
    open) nor give its speaker: the page's pull quote, its words printed once. The article's
    own quotation carries its speaker on its line ("“…,” ông nói."; "Bà X: “…”")."""
    match = _QUOTED.match(text.strip())
    if match is None or not match["stop"]:
        return False
    inside = match["inside"]
    if not _QUOTE_WORDS[0] <= len(inside.split()) <= _QUOTE_WORDS[1]:
        return False
    if re.search(r"[.!?…]\s+\S", inside):
        return False  # (two sentences and more: a quoted passage of the text)
    opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    return not (before.rstrip().endswith(":") or opened or _SPEAKS.match(after))


def mark_display_text(lines: list[Line]) -> None:
    """Mark pull quotes between the article's paragraphs and a caption under its last one."""
    kept = [i for i, line in enumerate(lines) if line.kept]
    article = ""
    for n, index in enumerate(kept[1:-1], start=1):
        line = lines[index]
        before, after = lines[kept[n - 1]], lines[kept[n + 1]]
        if (pull_quote(line.text) and _prose(before) and _prose(after)) or (
            _prose(before) and _prose(after) and standing_quote(line.text, before.text, after.text)
        ):
            line.reason = "pull quote"
        elif _CREDITED.match(line.text.strip()) and (
            _prose(lines[kept[n - 1]]) or _prose(lines[kept[n + 1]])
        ):
            # (the article's words once for the page, and only for a line in quotation marks)
            article = article or f" {' '.join(tokens(' '.join(lines[i].text for i in kept)))} "
            if lifted_quote(line.text, article):
                line.reason = "pull quote"
        elif _prose(before) and _prose(after):  # (credited_display wants no stop at the end)
            article = article or f" {' '.join(tokens(' '.join(lines[i].text for i in kept)))} "
            if credited_display(line.text, article):
                line.reason = "pull quote"  # (with its credit: "… Philippines Bộ trưởng X Y")
    if len(kept) >= 2 and _prose(lines[kept[-2]]):
        above = " ".join(lines[i].text for i in kept[:-1])
        if foot_caption(lines[kept[-1]].text, above):
            lines[kept[-1]].reason = "photo caption"


__all__ = [
    "credited_display",
    "foot_caption",
    "mark_display_text",
    "pull_quote",
    "standing_quote",
]

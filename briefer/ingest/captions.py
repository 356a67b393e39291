"""Photo captions among the article's lines: short lines printed more than once, a heading
just above a caption or credit, and the line above a photo's credit unless it is the
article's own sentence (a caption says at once what the text has told, or who stands where;
losing an article sentence is worse than keeping a caption)."""

from __future__ import annotations

import itertools
import re
from typing import Final

from briefer.ingest import credits
from briefer.ingest import metadata as meta
from briefer.ingest.echocaption import mark_echo_captions
from briefer.ingest.leadcaption import head_caption
from briefer.ingest.lines import Line, is_heading
from briefer.ingest.pastedcaption import caption_year, mark_pasted_captions
from briefer.ingest.scenes import names_a_view, shows_a_moment
from briefer.ingest.sentences import ABBREVIATIONS
from briefer.ingest.writerbio import mark_writer_bios
from briefer.text.fold import tokens

_CAPTION_HEAD_WORDS: Final = 20
# A quotation closing on its stop ('… nói: "… tay nghề."'): a sentence of the article that
# reports a saying, never a caption's heading however short (a heading has no stop).
_QUOTE_CLOSED: Final = re.compile(r"[.!?…][”\"»’]$")


def mark_captions(lines: list[Line], title: str) -> None:
    """Caption headings: short lines printed more than once, or just above a photo caption."""
    counts: dict[str, int] = {}
    for line in lines:
        if line.kept and is_heading(line.text) and len(line.text) <= 200:
            counts[line.text] = counts.get(line.text, 0) + 1
    mark_pasted_captions(lines)  # (a caption with its credit at its end; a credit line alone)
    mark_echo_captions(lines)  # (no credit, retelling the paragraph above it)
    mark_writer_bios(lines)  # ("Name" / "Name is a journalist covering …" under the text)
    _mark_unlabelled_credits(lines)
    for index, line in enumerate(lines):
        if not line.kept:
            continue
        # (an agency's mark opening the article's first paragraph is its lead's, not a credit;
        # looked for only under a bracket, which keeps a long table's lines linear)
        lead = line.text.startswith("(") and not any(_prose(ln.text) for ln in lines[:index])
        if bracketed_credit(line.text, lead):
            line.reason = "photo caption"
            continue
        if title and line.text == title:
            line.reason = "repeated title"
        elif counts.get(line.text, 0) > 1 and not _head_and_signoff(lines, index):
            line.reason = "repeated caption"
        # (or over the lead, naming the picture, with no credit)
        elif (
            _under_a_credit(lines, index) or _uncredited(lines, index) or head_caption(lines, index)
        ):
            line.reason = "photo caption"
        else:
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following is None:
                continue
            # (a person and outlet under a caption before the lead: its credit, whatever
            # else it was taken for)
            credited = following.reason == "photo credit" or (
                credits.person_and_outlet(following.text)
                and credits.caption_shaped(line.text)
                and not meta.BYLINE.match(line.text)
            )
            credit = credited and len(line.text) <= 250 and not _continues_the_article(lines, index)
            # (a caption's heading is a label; a clause of a standfirst's length with no
            # full stop over a caption before the article's first sentence is the lead, "X
            # led a delegation … to double trade"; in the text, the related links run together)
            heading = (
                is_heading(line.text)
                and not _QUOTE_CLOSED.search(line.text)
                and len(line.text) <= 200
                and (
                    len(line.text.split()) <= _CAPTION_HEAD_WORDS
                    or any(_prose(ln.text) for ln in lines[:index] if ln.kept)
                )
            )
            if line.text.rstrip().endswith(("?", ",")) or meta.reporter_in(line.text):
                # a question is put by the text (an interviewer's), a line ending on a comma
                # runs on (a salutation, "Kính thưa …,"), "Phóng viên: Name" over "Video:
                # Name" credits the writer: none is a caption
                continue
            # a name alone over a caption is the byline ("Thành Duy"), not the caption's heading
            heading = heading and not (meta.BYLINE.match(line.text) and len(line.text.split()) <= 4)
            if credit or (heading and following.reason in ("photo caption", "photo credit")):
                line.reason = "photo caption"


def _under_a_credit(lines: list[Line], index: int) -> bool:
    """A caption printed under its photo's credit ("Photo: Archive" / "The ministers shake
    hands in Dhaka yesterday."): one clause without a past or a sentence's tense that retells
    what the text has told (an article's paragraph after a credit brings news of its own).
    A credit closes one caption: with its caption above it, the line below is the article's."""
    text = lines[index].text
    previous = lines[index - 1] if index >= 2 else None
    return (
        previous is not None
        and previous.reason == "photo credit"
        and lines[index - 2].kept
        and _one_clause(text)
        and not (_TENSED.search(text) or _PAST.search(text))
        and _restates(lines, index)
    )


def _uncredited(lines: list[Line], index: int) -> bool:
    """A caption with no credit, set between two paragraphs of the article: one clause in
    the present that names a view ("Quang cảnh …") or shows a picture's moment (a gift
    handed over) and, for a moment, retells who the text has named (see ``scenes``). Under
    the article's last paragraph, with nothing of the text below it, it is the closing
    picture's caption (an article does not end on a clause without its verb)."""
    text = lines[index].text.rstrip()
    below = next((ln for ln in lines[index + 1 :] if ln.kept), None)
    return (
        text.endswith(".")
        and _one_clause(text)
        and not (_TENSED.search(text) or _PAST.search(text))
        and (names_a_view(text) or (shows_a_moment(text) and _restates(lines, index)))
        and _after_prose(lines, index)
        and (below is None or _prose(below.text))
    )


def bracketed_credit(text: str, lead: bool = False) -> bool:
    """A short caption with its credit in brackets: after its full stop, the outlet and the
    photographer ("… in Hanoi on Monday. (Agency/Jane Roe)"), or first, the agency's short
    name without the lead's dash ("(AGN) Two ministers at the talks in Vientiane."), where the
    rest describes the scene without a sentence's tense (a lead reports what was done). With
    ``lead`` (no prose above the line) an agency's mark first is the lead's, never a credit."""
    words = len(text.split())
    # (two sentences before the credit: the article's paragraph; the stop after a month's
    # or a title's short form, "Nov. 20", "Dr. Le", ends none)
    if words > _CAPTION_WORDS + 4 or _stops(text, r"(?=\s+\S.*[.!?…]\s+\()"):
        return False
    if _CREDIT_LAST.search(text):
        return True
    agency = _AGENCY_LAST.search(text) or _SOURCE_LAST.search(text)
    if agency:
        # "… receives the Prime Minister in Riyadh. (AGN)": one clause that describes the
        # scene, then the agency's short name (a report's sentence has its tense: "… agreed
        # to … . (AGN)" is an agency's sign-off on the article's own sentence)
        scene = text[: agency.start() + 1]
        if _FIGURE.search(scene):
            return False  # "Exports rose 12%. [Source: Customs]": a datum citing its source
        return _one_clause(scene) and not (_TENSED.search(scene) or _PAST.search(scene))
    first = _CREDIT_FIRST.match(text)
    if first is None or lead:
        return False
    rest = text[first.end() :]
    return _one_clause(rest) and not (_TENSED.search(rest) or _PAST.search(rest))


_NAME: Final = r"[A-ZĐ][\w'’-]*"
# "(Agency/Jane Roe)", "(TTXVN/Lan Chi)": an outlet of one to three words and a person of two
# to four (a person first is credits.caption_with_credit's).
_CREDIT_LAST: Final = re.compile(
    rf"\S\s+\({_NAME}(?:\s{_NAME}){{0,2}}\s*/\s*{_NAME}(?:\s{_NAME}){{1,3}}\)\.?$"
)
# "… in Riyadh. (AGN)": after the caption's full stop, an agency's short name in capitals.
_AGENCY_LAST: Final = re.compile(r"[.!…]\s*\([A-ZĐ][A-ZĐ&.]{1,11}\)\.?$")
# "… exchange documents. [Source: Ministry of Fisheries]", "…. [Ảnh: Sở Công Thương]": after
# the caption's full stop, where the picture came from in brackets (an article cites a source
# in its sentence's words, not in a bracket after its stop).
_SOURCE_LAST: Final = re.compile(
    r"[.!…]\s*[\[(](?i:source|photo|picture|image|credit|nguồn(?:\s+ảnh)?|ảnh)\s*:\s*"
    r"[^\[\]()]{1,60}[\])]\.?$"
)
# "(AGN) …" with no dash after it: an agency's short name in capitals opening a caption.
_CREDIT_FIRST: Final = re.compile(r"^\([A-ZĐ][A-ZĐ&.]{1,11}\)\s+(?=[A-ZĐ])")
# A verb in the past ("met", "signed", "agreed"): a report, not a picture's description.
_PAST: Final = re.compile(
    r"\b(?:[a-z]+ed|met|held|paid|made|took|gave|led|went|came|saw|began|rose|fell|grew|won"
    r"|stood|hit|set)\b"
)
# A figure with its unit: a picture's words describe a scene, a datum counts something.
_FIGURE: Final = re.compile(
    r"\d[\d.,]*\s*(?:%|percent|per cent|phần trăm|USD|EUR|tỷ|triệu|nghìn|million|billion"
    r"|tấn|tons?|tonnes?)|(?:US\$|\$|€)\s*\d",
    re.IGNORECASE,
)
_CAPTION_WORDS: Final = 30


def _mark_unlabelled_credits(lines: list[Line]) -> None:
    """ "Lan Chi/Báo X" inside the article (prose above it and below) is a photo's credit
    (the line above, if a caption, goes with it by the rules for any credit); the same line
    at the article's top or end is its byline."""
    kept = [i for i, line in enumerate(lines) if line.kept]
    for n, index in enumerate(kept[1:-1], start=1):
        if (
            credits.person_and_outlet(lines[index].text)
            and kept[n - 1] == index - 1
            # (under the lead it may be the byline, and the lead no caption)
            and any(_prose(lines[k].text) for k in kept[: n - 1])
            and any(_prose(lines[k].text) for k in kept[n + 1 :])
        ):
            lines[index].reason = "photo credit"


_INITIAL_NAME: Final = re.compile(r"[A-ZĐ]\.\s?[A-ZĐ][^\W\d_]{1,12}")


def _head_and_signoff(lines: list[Line], index: int) -> bool:
    """A name alone printed twice, its last copy after the article's last sentence: the
    writer credited in the head and signing off at the foot, no caption (a gallery repeats
    its captions among the text)."""
    text = lines[index].text
    # (or a writer's initial and name, "T.Phương", "H. Anh": a newsroom's short signature)
    signature = meta.BYLINE.fullmatch(text) or _INITIAL_NAME.fullmatch(text)
    if not signature or any(c.isdigit() for c in text):
        return False
    last = max(i for i, ln in enumerate(lines) if ln.text == text)
    return not any(_prose(ln.text) for ln in lines[last + 1 :] if ln.kept)


def _prose(text: str) -> bool:
    return len(text.split()) >= _SENTENCE_WORDS and text.rstrip().endswith((".", "!", "?", "…"))


# Where a person stands in a photo: "(phải)", "(thứ hai từ trái)", "(giữa)", "(R)", "(left)".
_POSITION: Final = re.compile(
    r"\((?:(?:thứ\s+\w+\s+)?từ\s+)?(?:phải|trái|giữa|bên\s+phải|bên\s+trái|hàng\s+đầu)"
    r"(?:\s+sang)?\)|\((?:R|L|C|left|right|centre|center|(?:second|third)\s+from\s+(?:left|right))\)"
)


# A line that says people pose for the picture: "chụp ảnh cùng …", "ảnh lưu niệm", "pose for".
_POSING: Final = re.compile(
    r"\b(?:chụp\s+ảnh|ảnh\s+lưu\s+niệm|pose[sd]?\s+for|pictured)\b", re.IGNORECASE
)


_ABBREVIATED: Final = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(ABBREVIATIONS, key=len, reverse=True))}|[A-Z])$"
)


def _one_clause(text: str) -> bool:
    """One short clause (twenty words at most, no comma, semicolon or second sentence): the
    shape of a caption; an article's paragraph goes on."""
    body = text.rstrip(".!?…")
    if len(text.split()) > 20 or re.search(r"[,;:]", body):
        return False
    return not _stops(body, r"(?=\s)")


def _stops(text: str, after: str) -> bool:
    """Whether ``text`` has a stop that ends a sentence with ``after`` (a lookahead) after
    it: the stop after a title, an initial or a month's short form before its day ("Dr. Al
    Sayed", "H. Nguyen", "Sept. 5") ends none."""
    return any(
        stop.group() != "."
        or not _ABBREVIATED.search(text[: stop.start()])
        # (a month's short form before no day ends its sentence: "… resumed in Feb. The …")
        or (_MONTH.search(text[: stop.start()]) and not _DAY.match(text, stop.end()))
        for stop in re.finditer(rf"[.!?…]{after}", text)
    )


_MONTH: Final = re.compile(r"(?<!\w)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$")
_DAY: Final = re.compile(r"\s*\d")


def _restates(lines: list[Line], index: int) -> bool:
    """Most of the line's words are already in the text above it: a caption shows what the
    article has just told; an article sentence brings words of its own."""
    words = tokens(lines[index].text)
    above = {w for line in lines[:index] for w in tokens(line.text)}
    return bool(words) and sum(w in above for w in words) >= _RESTATED * len(words)


_RESTATED: Final = 0.7


def _continues_the_article(lines: list[Line], index: int) -> bool:
    """A full sentence right after a paragraph of the article, with its full stop, is the
    article's own (the last paragraph above a photo's credit), not the photo's caption."""
    text = lines[index].text.rstrip()
    if not text.endswith((".", "!", "?", "…")):
        return False
    if _POSITION.search(text) or _POSING.search(text) or names_a_view(text):
        return False  # "… Minh (phải) tặng quà …", "Quang cảnh …": said of a photo
    if len(text.split()) < _SENTENCE_WORDS:
        # A short line is a caption ("Quang cảnh buổi tiếp."), unless it tells news in a
        # sentence's tense or a report's verb ("Hai bên đã ký 3 văn kiện.", "… agreed …")
        # that the text above has not told (in English, also a verb in the past: "… established
        # relations in 1973.", where a caption describes in the present).
        return (
            bool(_TENSED.search(text) or _PAST.search(text))
            and _after_prose(lines, index)
            and not _restates(lines, index)
        )
    if _one_clause(text) and _restates(lines, index):
        # "Toàn cảnh lễ ký kết tại Hà Nội.": a caption says at once what the text told;
        # a short sentence with news of its own above "Ảnh minh họa: …" stays (losing an
        # article sentence is worse than keeping a caption)
        return False
    if _after_prose(lines, index):
        return True
    # The article's first paragraph above a credit (only the headline above it): a long
    # sentence of several clauses, or one opened by the dispatch's dateline (a caption is
    # never datelined), that tells what no line above has told.
    leads = len(text.split()) >= _LEAD_WORDS and (
        # (a caption's list of titles has one comma)
        len(re.findall(r"[,;]", text)) >= 2
        or _DATELINED.match(text) is not None
        # (a long sentence telling news in a sentence's tense, "X and Y have signed …,
        # paving the way for …": a caption describes the scene in the present)
        or (len(text.split()) >= _LONG_LEAD_WORDS and _TENSED.search(text) is not None)
        # (a standfirst the article's first paragraph, below the credit, opens on again)
        or _opens_the_lead(lines, index)
    )
    # (a caption names who or where the picture shows; a standfirst's sentence that names
    # no one, "Both sides aim to widen trade in farm goods and logistics.", is not one)
    nameless = not any(word[:1].isupper() for word in text.split()[1:])
    return (leads or nameless) and not _restates(lines, index)


_RUN_WORDS: Final = 8
_LOOK_BELOW: Final = 3


def _opens_the_lead(lines: list[Line], index: int) -> bool:
    """The line's first words open one of the next lines of prose too (after its dateline):
    a standfirst that the lead restates at length, never a photo's caption, which names who
    and where the picture shows in words of its own."""
    words = lines[index].text.split()[:_RUN_WORDS]
    if len(words) < _RUN_WORDS:
        return False
    run = " ".join(words).casefold()
    below = [ln.text for ln in lines[index + 1 :] if ln.kept and _prose(ln.text)]
    return any(run in " ".join(text.split()).casefold() for text in below[:_LOOK_BELOW])


# "Kyiv – …", "HANOI (VNA) – …", "Manama, Sept. 17 (BNA) – …": a place in capitalised words
# (a day after its comma, an agency in brackets), then the dash the story starts after; or
# the place, its day and the agency in brackets closed by a full stop ("Lima, May 4 (AGN). …").
_DATELINED: Final = re.compile(
    r"^[A-ZĐ][\w'’.-]*(?:\s[A-ZĐ][\w'’.-]*){0,2}(?:"
    r"(?:,\s[\w.]+(?:\s[\w.,]+){0,3})?(?:\s\([A-ZĐ][^()]{1,30}\))?\s[–—-]{1,2}\s"
    r"|,\s[\w.]+(?:\s[\w.,]+){0,3}\s\([A-ZĐ][^()]{1,30}\)\.\s)(?=[A-ZĐ\"“‘])"
)


def _after_prose(lines: list[Line], index: int) -> bool:
    """The kept line above is a paragraph of the article: a full sentence of twelve words or
    more, or a shorter one ("X and Y established relations on …, 1992.") that itself follows
    such a paragraph — a run of the article's paragraphs, where a caption has its photo."""
    # (the two kept lines nearest above: the walk up stops there, never the whole page)
    above = (lines[at] for at in range(index - 1, -1, -1))
    kept = list(itertools.islice((ln for ln in above if ln.kept and ln.text.strip()), 2))
    if not kept or not kept[0].text.rstrip().endswith((".", "!", "?", "…")):
        return False
    words = len(kept[0].text.split())
    if words >= _SENTENCE_WORDS:
        return True
    return words >= _SHORT_PARAGRAPH and len(kept) > 1 and _prose(kept[1].text)


_SHORT_PARAGRAPH: Final = 6


# A sentence's tense or aspect, or a report's verb: what a caption's present description lacks.
_TENSED: Final = re.compile(
    r"(?<!\w)(?:đã|sẽ|đang|cho\s+biết|nhất\s+trí|đề\s+nghị|khẳng\s+định|said|says|agreed"
    r"|will|has|have|had|was|were)(?!\w)",
    re.IGNORECASE,
)
_SENTENCE_WORDS: Final = 12  # a shorter line above a credit is its caption
_LEAD_WORDS: Final = 15
_LONG_LEAD_WORDS: Final = 25


__all__ = ["bracketed_credit", "caption_year", "mark_captions"]

"""A draft fact's wording: a short, neutral sentence made from the quote it rests on.

News sentences carry what a brief does not want: a discourse lead-in ("Nhân dịp này, …",
"Bên cạnh đó, …", "In addition, …"), a relative time ("Chiều nay, …"), an attribution
("Theo Đại sứ, …"), a speaker before reported words ("Bộ trưởng X khẳng định: “…”",
"X nhấn mạnh, người dân …", "X cho biết rằng …"), a trailing attribution ("…, ông nhấn
mạnh.") and quotation marks. :func:`neutral_statement` removes those by the shape of the
sentence, never by sentences copied from articles. It is conservative: a lead-in with a
date stays (it may be the fact's only date), verbs that carry the content stay ("đề nghị",
"mong muốn", "bày tỏ vui mừng", "đánh giá cao"), and a speaker goes only where punctuation
or "rằng"/"that" shows that reported words follow. The quote itself never changes: it stays
the citation.

When trimming would leave too little (fewer than :data:`MIN_WORDS` words), the whole
sentence is kept: a long faithful statement is better than a short wrong one.
"""

from __future__ import annotations

import re
from typing import Final

MIN_WORDS: Final = 5

# Connectives and framing words that open a sentence and carry no fact (vi, en).
_CONNECTIVES_VI: Final = (
    r"nhân dịp (?:này|đó|trên)|bên cạnh đó|ngoài ra|đồng thời|theo đó|cùng với đó|"
    r"trong khi đó|hơn nữa|mặt khác|qua đó|tuy nhiên|do đó|vì vậy|bởi vậy|nhìn chung|"
    r"cụ thể|về phần mình|đặc biệt|nói chung|tiếp đó|cũng trong dịp này|trong dịp này|"
    r"tại đây|tại (?:buổi|cuộc) (?:tiếp|làm việc|hội đàm|gặp|trao đổi|điện đàm)(?: [^,]{0,80})?|"
    r"trong (?:buổi|cuộc) (?:tiếp|làm việc|hội đàm|gặp|trao đổi|điện đàm)(?: [^,]{0,80})?"
)
_CONNECTIVES_EN: Final = (
    r"on (?:this|that|the) occasion|in addition|additionally|meanwhile|moreover|furthermore|"
    r"besides|however|therefore|accordingly|at the (?:meeting|talks|reception)(?: [^,]{0,80})?|"
    r"during the (?:meeting|talks|visit)(?: [^,]{0,80})?|notably|in particular|also"
)
# Relative time words mean nothing once the article is old ("Chiều nay, …", "Hôm qua, …");
# a lead-in with a date in it stays: the date may be the fact's only date.
_TIME_LEAD: Final = (
    r"(?:sáng|chiều|tối|trưa)(?: (?:nay|qua|mai))|hôm nay|hôm qua|hiện nay|hiện tại|"
    r"today|yesterday|currently|at present"
)
_LEAD: Final = re.compile(
    rf"^(?:(?:{_CONNECTIVES_VI}|{_CONNECTIVES_EN}|{_TIME_LEAD}),\s*)+",
    re.IGNORECASE,
)
# "Theo Bộ trưởng X, …" / "According to the minister, …": the attribution goes.
_ACCORDING: Final = re.compile(r"^(?:theo|according to) [^,]{1,60},\s*", re.IGNORECASE)
# Verbs that only report what someone said; verbs that carry the content ("đề nghị",
# "mong muốn", "bày tỏ vui mừng", "đánh giá cao") are never dropped.
_SPEECH_VI: Final = r"khẳng định|nhấn mạnh|cho biết|cho rằng|nêu rõ|tuyên bố|phát biểu|nói"
_SPEECH_EN: Final = r"said|says|stated|stressed|affirmed|noted|emphasised|emphasized|added"
_SPEECH: Final = rf"(?<![^\W\d_])(?:{_SPEECH_VI}|{_SPEECH_EN})(?![^\W\d_])"
# A speaker, a reporting verb, then a sign that reported words follow: a colon, an opening
# quotation mark, "rằng"/"that", or a comma ("X nhấn mạnh, người dân …").
_SPEAKER: Final = re.compile(
    rf"^(?P<who>[^,.;:“”\"]{{2,80}}?)\s+(?:đã\s+|cũng\s+)*{_SPEECH}"
    rf"(?:\s*:\s*|\s*[“\"]|\s+(?:rằng|that)\s+|\s*,\s+)",
    re.IGNORECASE,
)
# "…, Bộ trưởng nhấn mạnh." / "…, he said.": a short trailing attribution clause.
_TRAILING: Final = re.compile(
    rf",\s*(?:[^,;:“”\"\s]+\s+){{1,8}}?(?:đã\s+)?{_SPEECH}\s*(?P<end>[.!?…]*)\s*$",
    re.IGNORECASE,
)
_QUOTES: Final = "“”\"'‘’«»"
# Words a speaker part must not contain: a sentence whose subject is a country or the two
# sides ("Hai nước nhấn mạnh, …") states the position itself — keep the subject then.
_SUBJECT_KEEPS: Final = re.compile(
    r"(?<![^\W\d_])(?:hai (?:nước|bên)|các bên|two (?:sides|countries)|both (?:sides|countries))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def _words(text: str) -> int:
    return len(text.split())


def _finish(text: str, ending: str = ".") -> str:
    text = text.strip().strip(_QUOTES).strip().rstrip(",;:").strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else f"{text}{ending}"


def _drop_speaker(text: str) -> str:
    match = _SPEAKER.match(text)
    if match is None or _SUBJECT_KEEPS.search(match.group("who")):
        return text
    if _words(match.group("who")) > 12:
        return text
    rest = text[match.end() - 1 :] if text[match.end() - 1] in _QUOTES else text[match.end() :]
    return rest if _words(rest) >= MIN_WORDS else text


# The same words inside the sentence ("Sri Lanka and Vietnam yesterday signed …", "Hai bên
# chiều qua đã ký …", "… signed the deal on Monday."): a brief's line would tell the reader a
# day that is not theirs; the fact's date says when. A day the sentence then gives in brackets
# ("on Monday (Sept 1)", "hôm qua (5/9)") is the reader's day too: it stays, without brackets;
# brackets without a number only qualify the day ("(local time)") and go with it.
_TIME_INSIDE: Final = re.compile(
    r"\s+(?:(?P<vi>(?:vào\s+)?(?:ngày\s+)?hôm\s+(?:qua|nay)|(?:vào\s+)?(?:sáng|chiều|tối|trưa)\s+(?:nay|qua))"
    r"|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"(?:\s*\((?:(?P<day>(?=[^()]{0,24}\d)[^()]{1,24})|[^()\d]{1,24})\))?(?=[\s,.;:!?]|$)",
    re.IGNORECASE,
)


def _told_day(match: re.Match[str]) -> str:
    day = match.group("day")
    if day is None:
        return ""
    day = day.strip()
    if match.group("vi") is None:
        return f" on {day}"
    return f" {day}" if day.lower().startswith("ngày") else f" ngày {day}"


def without_relative_day(text: str) -> str:
    """``text`` without a day told relative to the article's own ("yesterday", "hôm qua", "on
    Monday") inside it, keeping a date it gives in brackets ("on Monday (Sept 1)" → "on Sept
    1"); a sentence opening on one is left to :func:`neutral_statement`."""
    return _TIME_INSIDE.sub(_told_day, text)


def neutral_statement(quote: str) -> str:
    """A short neutral sentence for a draft whose citation is ``quote`` (the quote stays)."""
    whole = _finish(" ".join(quote.split()))
    text = " ".join(quote.split()).strip()
    for _round in range(3):  # lead-ins nest: "Bên cạnh đó, theo Bộ trưởng, …"
        before = text
        text = _ACCORDING.sub("", _LEAD.sub("", text))
        if text == before:
            break
    text = _drop_speaker(text)  # once: what is left is the reported statement itself
    trailing = _TRAILING.search(text)
    if trailing is not None and _words(text[: trailing.start()]) >= MIN_WORDS:
        text = text[: trailing.start()]
    text = text.strip()
    if text[:1] in _QUOTES:
        # “…” — the whole statement quoted: keep the words, drop the marks.
        text = text.strip(_QUOTES + " ")
    result = _finish(without_relative_day(text))
    if _words(result) < MIN_WORDS:
        return whole
    return result


__all__ = ["MIN_WORDS", "neutral_statement", "without_relative_day"]

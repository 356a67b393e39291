"""A draft fact's wording: a short, neutral sentence made from the quote it rests on.

News sentences carry what a brief does not want: a discourse lead-in ("Nhân dịp này, …",
"Bên cạnh đó, …", "In addition, …"), a time-and-place lead-in ("Sáng 25/8, tại Hà Nội, …",
whose date the fact keeps in its own fields), a speaker ("Bộ trưởng X khẳng định …",
"…, ông nhấn mạnh.", "Theo Đại sứ, …") and quotation marks. :func:`neutral_statement`
removes those by the shape of the sentence — a leading clause made of connective or
time words, a speech verb with a short subject, a trailing attribution clause — never by
sentences copied from articles. The quote itself never changes: it stays the citation.

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
    r"cụ thể|trước đó|sau đó|hiện nay|hiện tại|về phần mình|đặc biệt|nói chung|"
    r"tiếp đó|cũng trong dịp này|trong dịp này|tại đây|tại buổi (?:tiếp|làm việc|hội đàm|gặp)"
    r"(?: [^,]{0,80})?|trong cuộc (?:hội đàm|gặp|tiếp|điện đàm)(?: [^,]{0,80})?"
)
_CONNECTIVES_EN: Final = (
    r"on (?:this|that|the) occasion|in addition|additionally|meanwhile|moreover|furthermore|"
    r"besides|however|therefore|accordingly|at the (?:meeting|talks|reception)(?: [^,]{0,80})?|"
    r"during the (?:meeting|talks|visit)(?: [^,]{0,80})?|currently|at present|notably|"
    r"in particular|also"
)
# "Sáng 25/8", "Chiều nay", "Tối 12/11 (giờ địa phương)", "On November 12": a date lead-in.
_TIME_LEAD: Final = (
    r"(?:sáng|chiều|tối|trưa|ngày|hôm nay|hôm qua)(?: (?:nay|qua|mai))?"
    r"(?: \d{1,2}(?:/\d{1,2}(?:/\d{2,4})?)?)?(?: \([^)]{0,30}\))?(?: theo giờ địa phương)?"
    r"|on (?:\w+ )?\d{1,2}(?: \w+)?(?: \d{4})?|on \w+ \d{1,2}(?:, \d{4})?"
)
# "tại Hà Nội", "tại thành phố San Francisco", "in Lima": a place lead-in (short).
_PLACE_LEAD: Final = r"(?:tại|ở|in|at) [^,]{1,60}"
_LEAD: Final = re.compile(
    rf"^(?:(?:{_CONNECTIVES_VI}|{_CONNECTIVES_EN}|{_TIME_LEAD}|{_PLACE_LEAD}),\s*)+",
    re.IGNORECASE,
)
# "Theo Bộ trưởng X, …" / "According to the minister, …": the attribution goes.
_ACCORDING: Final = re.compile(r"^(?:theo|according to) [^,]{1,60},\s*", re.IGNORECASE)
_SPEECH_VI: Final = (
    r"khẳng định|nhấn mạnh|cho biết|cho rằng|nói|chia sẻ|bày tỏ|nêu rõ|phát biểu|đánh giá|"
    r"tuyên bố|thông báo|nhận định|lưu ý|đề nghị|kêu gọi|mong muốn|hoan nghênh|cảm ơn"
)
_SPEECH_EN: Final = r"said|says|stated|stressed|affirmed|noted|emphasised|emphasized|added"
# A speaker before the speech verb: a short run without clause punctuation.
_SPEAKER: Final = re.compile(
    rf"^(?P<who>[^,.;:“”\"]{{2,80}}?)\s+(?:đã\s+|cũng\s+)*(?:{_SPEECH_VI}|{_SPEECH_EN})"
    rf"(?:\s+(?:rằng|that))?\s*[:,]?\s*",
    re.IGNORECASE,
)
# "…, Bộ trưởng nhấn mạnh." / "…, he said.": a trailing attribution clause.
_TRAILING: Final = re.compile(
    rf",\s*[^,;:“”\"]{{1,60}}?\s+(?:đã\s+)?(?:{_SPEECH_VI}|{_SPEECH_EN})\s*(?P<end>[.!?…]*)\s*$",
    re.IGNORECASE,
)
_QUOTES: Final = "“”\"'‘’«»"
# Words a speaker part must not contain: a sentence whose subject is a country or the two
# sides ("Hai nước nhấn mạnh …") states the position itself — keep the subject then.
_SUBJECT_KEEPS: Final = re.compile(
    r"\b(?:hai (?:nước|bên)|các bên|two (?:sides|countries)|both (?:sides|countries))\b",
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
    rest = text[match.end() :]
    # Only when what follows is the statement itself (often quoted), not "X nói chuyện với …".
    if not rest or _words(rest) < MIN_WORDS:
        return text
    if _words(match.group("who")) > 12:
        return text
    return rest


def neutral_statement(quote: str) -> str:
    """A short neutral sentence for a draft whose citation is ``quote`` (the quote stays)."""
    whole = _finish(" ".join(quote.split()))
    text = " ".join(quote.split()).strip()
    for _round in range(3):  # lead-ins nest: "Bên cạnh đó, theo Bộ trưởng, …"
        before = text
        text = _LEAD.sub("", text)
        text = _ACCORDING.sub("", text)
        text = _drop_speaker(text)
        if text == before:
            break
    trailing = _TRAILING.search(text)
    if trailing is not None and _words(text[: trailing.start()]) >= MIN_WORDS:
        text = text[: trailing.start()]
    text = text.strip()
    if text[:1] in _QUOTES:
        # “…” — the whole statement quoted: keep the words, drop the marks.
        text = text.strip(_QUOTES + " ")
    result = _finish(text)
    if _words(result) < MIN_WORDS:
        return whole
    return result


__all__ = ["MIN_WORDS", "neutral_statement"]

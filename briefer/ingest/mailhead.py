"""An e-mail pasted as text (pure): its header block names the document.

A mail copied out of a client opens on its headers, one a line ("From: Name <a@b>", "Sent:" or
"Date: …", "To: …", "Subject: …"). Those lines are no headline and no masthead: the subject is
the mail's title and the sender's display name the unit that sends it. This module owns
reading that block (:func:`read_mail`) for the title and the outlet; the body's cleaning is
not its business.

- The title: a subject carries a client's forwarding marks ("Fwd:", "TR:", "Re:") and a
  mailing list's tag in brackets ("[Bản tin X]") before its words; without them. When the
  body prints the subject as its own heading, in full ("Subject: X - Y 10 tháng" over the
  heading "Thông tin thị trường X: Y 10 tháng năm 2025"), the heading as printed is the title.
- The outlet: the sender's display name, as the body writes it (a mail client often strips
  the accents: "Thuong vu Viet Nam tai X" is "Thương vụ Việt Nam tại X" in the signature),
  when it names a body (a unit, an office, an outlet), never a person.
- A forwarded thread is read at its innermost mail (``mailthread``), the day from its header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from briefer.ingest.issuehead import after_masthead
from briefer.ingest.mailcaps import caps_heading
from briefer.ingest.mailsigner import mail_signer
from briefer.ingest.mailthread import sent_day, thread_start
from briefer.ingest.mailunit import department_of
from briefer.ingest.outlet_table import BODY_KIND
from briefer.text.fold import fold

# One header line; Outlook and webmail write them in English or in Vietnamese.
_FIELD: Final = re.compile(
    r"^(?P<field>From|Sent|Date|To|Cc|Bcc|Subject|Từ|Người\s+gửi|Đã\s+gửi|Ngày(?:\s+gửi)?|Gửi|Đến"
    r"|Tới|Chủ\s+đề|Tiêu\s+đề)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_FROM: Final = ("from", "từ", "người gửi")
_SUBJECT: Final = ("subject", "chủ đề", "tiêu đề")
_SENT: Final = ("date", "sent", "đã gửi", "ngày", "ngày gửi")
# A client's marks before a subject: forwarded, replied ("Fwd:", "FW:", "TR:", "Re:", "RE:").
_MARKS: Final = re.compile(r"^(?:(?:fwd?|tr|re|aw|wg|sv)\s*:\s*)+", re.IGNORECASE)
# A list's tag in brackets before the subject ("[Thông tin thị trường]", "[EXT]").
_TAG: Final = re.compile(r"^\[[^\]]{1,60}\]\s*")
_ADDRESS: Final = re.compile(r"<[^<>@\s]+@[^<>\s]+>|\S+@\S+")
# An English body's noun anywhere in its name ("Trade Office of the Embassy in X").
_BODY_NOUN: Final = re.compile(
    r"\b(?:Office|Embassy|Consulate|Mission|Ministry|Department|Agency|Council|Chamber"
    r"|Association|Centre|Center|Institute|Bureau|Commission|Section|Authority"
    # (a newsletter is its own publisher: "X Trade Digest", "Y Weekly Briefing")
    r"|Digest|Newsletter|Bulletin|Briefing|Weekly|Monitor)\b"
)
_NAME_WORDS: Final = 4
_HEAD_LINES: Final = 12  # the block opens the text: blank lines aside, within these
_COVER: Final = 0.8  # share of the subject's words a printed heading holds
_HEADING_WORDS: Final = 30  # a heading, not a paragraph
_BODY_LOOK: Final = 20  # the body's lines where its heading would be


@dataclass(frozen=True, slots=True)
class Mail:
    title: str  # the subject as the mail's title ("" when it has none)
    sender: str  # the sending body's name as the text writes it ("" for a person)
    sent: str = ""  # the ISO day its "Date:"/"Sent:" header names ("" when none)
    signer: str = ""  # the person its signature names ("" for a unit's)


def _fields(lines: list[str]) -> tuple[dict[str, str], int]:
    """The header fields the text opens on (field folded → value) and the index of the first
    line after them."""
    fields: dict[str, str] = {}
    for index, line in enumerate(lines):
        match = _FIELD.match(line.strip())
        if match is not None:
            field = " ".join(match.group("field").lower().split())
            fields.setdefault(field, match.group("value").strip())
        elif line.strip() or fields:
            return fields, index  # (blank lines before the block are no end of it)
    return fields, len(lines)


def header_field(text: str) -> str:
    """The header field a line of a mail's header block gives (folded: "from", "tiêu đề"),
    "" for any other line."""
    match = _FIELD.match(text.strip())
    return " ".join(match.group("field").lower().split()) if match else ""


def subject_title(subject: str) -> str:
    """The subject without a client's forwarding marks and a list's tag before its words."""
    bare = subject.strip()
    while True:
        stripped = _TAG.sub("", _MARKS.sub("", bare))
        if stripped == bare:
            return bare
        bare = stripped


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def printed_heading(subject: str, body: list[str]) -> str:
    """The body's own heading that holds the subject's words (most of them, in any order):
    the subject as the sender printed it in full; "" when the body prints none."""
    wanted = set(_words(subject))
    if len(wanted) < 3:
        return ""
    for line in body[:_BODY_LOOK]:
        text = line.strip()
        words = _words(text)
        if (
            not words
            or len(words) > _HEADING_WORDS
            or text.endswith((".", ":", ";", ","))
            or len(wanted & set(words)) < _COVER * len(wanted)
        ):
            continue
        return text
    return ""


def lead_heading(body: list[str]) -> str:
    """The heading right above the body's first paragraph (a line of sentences, ended by a
    stop): a bulletin's item headline under its issue and sender lines; "" when none."""
    for above, line in pairwise(body):
        text, words = above.strip(), _words(above)
        if not (line.rstrip().endswith(".") and len(_words(line)) >= _HEADING_WORDS // 2):
            continue
        # (an issue's label in capitals, a greeting, a line ending on a stop: no headline)
        heading = 3 <= len(words) <= _HEADING_WORDS and not text.isupper()
        return text if heading and not text.endswith((".", ":", ";", ",")) else ""
    return ""


# An issue's mark in a subject: "#37", "No. 12", "Issue 5", "Số 21".
_ISSUE: Final = re.compile(r"#\s?\d+|\b(?:No\.|Issue|Số)\s?\d+", re.IGNORECASE)
_RULE: Final = re.compile(r"^[-=_*~·]{5,}$")
# A subject that is only a series' name and its issue: "Bản tin thị trường X số 10/2025",
# "Market Bulletin No. 7", "Weekly Digest #12" (the issue mark ends it).
_ISSUE_END: Final = re.compile(
    r"(?:#\s?|\b(?:No\.|Issue|Số)\s?)\d+(?:\s?[/.-]\s?\d{1,4}){0,2}\s*$", re.IGNORECASE
)


def digest_item(subject: str, body: list[str]) -> str:
    """An issue's digest (its subject marks the issue, "#37: A, B, C") whose body carries one
    item in full and the others as teasers: the headline of the item with the most prose,
    the one the file is about; "" for any other mail."""
    if not _ISSUE.search(subject):
        return ""
    sections: list[list[str]] = [[]]
    for line in body:
        if _RULE.match(line.strip()):
            sections.append([])
        else:
            sections[-1].append(line)

    def prose(section: list[str]) -> int:
        return sum(1 for ln in section if ln.rstrip().endswith(".") and len(ln.split()) >= 15)

    ranked = sorted(sections[1:], key=prose, reverse=True)
    if len(ranked) < 2 or prose(ranked[0]) < 2 or prose(ranked[1]) >= prose(ranked[0]):
        return ""
    return lead_heading(ranked[0])


def _unaccented(subject: str, body: list[str]) -> bool:
    """Whether the client stripped the subject's accents while the body keeps its own."""
    joined = " ".join(body)
    return fold(subject) == subject.lower() and fold(joined) != joined.lower()


def _as_written(name: str, text: str) -> str:
    """The name as the text writes it, its accents and case kept (a client strips them):
    the first place it is written in mixed case, else in capitals, else the name itself."""
    folded = fold(name)
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, folded.split())) + r"(?!\w)")
    found: list[str] = []
    for line in text.split("\n"):
        folded_line = fold(line)
        if len(folded_line) != len(line):
            continue  # (a letter folding to two: no position to map back)
        match = pattern.search(folded_line)
        if match:
            found.append(line[match.start() : match.end()])
    mixed = [w for w in found if not w.isupper()]
    return (mixed or found or [name])[0]


def sender_body(sender: str, text: str) -> str:
    """The sending body's name from a "From:" value ("Name <a@b.vn>", "a@b.vn (Name)"), as the
    text writes it; "" when the sender is a person or gives only an address."""
    name = _ADDRESS.sub("", sender).strip(" \"'()<>,")
    if not name or "@" in name:
        return ""
    written = _as_written(name, text)
    # (a body that writes the name only in capitals, a masthead: the display name's case)
    written = name if written.isupper() and not name.isupper() else written
    body = BODY_KIND.match(written.upper()) or _BODY_NOUN.search(written)
    # ("Đoàn" opens a union's name and is a surname: "Đoàn Văn Bình", every word capitalised
    # and no more than a name's, is a person)
    person = len(written.split()) <= _NAME_WORDS and all(w[:1].isupper() for w in written.split())
    return written if body and not (person and fold(written).startswith("doan ")) else ""


def read_mail(text: str) -> Mail | None:
    """The mail's title and sender when the text opens on a mail's header block (a sender
    and a subject at least); None for any other text."""
    lines = text.split("\n")
    lines = lines[thread_start(lines) :]  # (a forwarded thread: its innermost mail)
    fields, end = _fields(lines[: _HEAD_LINES + 1])
    sender = next((fields[f] for f in _FROM if f in fields), "")
    subject = next((fields[f] for f in _SUBJECT if f in fields), "")
    if not sender or not subject or len(fields) < 2:
        return None
    title = subject_title(subject)
    body = [line for line in lines[end:] if line.strip()]
    sent = sent_day(next((fields[f] for f in _SENT if f in fields), ""))
    # (a subject stripped of its accents, "Peru - thang 11", is no headline as printed: the
    # item's own heading over the body's first paragraph is)
    lead = lead_heading(body) if _unaccented(title, body) else ""
    # (a digest's issue subject names every item: the file is about the one it carries whole)
    # (a report's own headline in capitals over its first paragraph, over a short subject)
    lead = lead or caps_heading(body)
    # (a subject naming only the series and its issue: the issue's own headline over its
    # first paragraph is what the file is about)
    # (below the masthead it reprints, past a covering note: in capitals as printed or not)
    issue = ""
    if _ISSUE_END.search(title):
        issue_body = after_masthead(title, body)
        issue = lead_heading(issue_body) or caps_heading(issue_body)
    heading = digest_item(title, body) or lead or issue or printed_heading(title, body) or title
    # (a division's box signing under its department: the department sends the bulletin)
    unit = department_of(sender_body(sender, "\n".join(body)), "\n".join(body))
    return Mail(heading, unit, sent, mail_signer(body))


__all__ = [
    "Mail",
    "digest_item",
    "header_field",
    "lead_heading",
    "printed_heading",
    "read_mail",
    "sender_body",
    "subject_title",
]

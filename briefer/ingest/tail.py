"""The end of an article (pure): after its last sentence, bylines, source lines, a
release's sign-off and the headlines of boxes; an administrative document's recipients,
signature block and closing formula."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta
from briefer.ingest.chronology import chronology_rows
from briefer.ingest.closings import courtesy, handed_over
from briefer.ingest.countries import country_of_name
from briefer.ingest.dailyreading import past_reading
from briefer.ingest.lines import Found, Line, ends_sentence, signs
from briefer.ingest.notwriters import box_heading
from briefer.ingest.outletnames import known_outlet, outlet_of_name
from briefer.ingest.prompts import references_heading
from briefer.ingest.speechhead import closing_thanks
from briefer.text.dates import find_dates
from briefer.text.fold import fold

_ITEM: Final = re.compile(r"^(?:[-–+•*]|\d{1,2}[.)])\s+")
_DIGIT_IN: Final = re.compile(r"\d")
_FOOT_LOOK: Final = 6  # lines after the last sentence where a labelled writer signs
_REPORTS: Final = re.compile(r"\b(?:kính|trân\s+trọng)\s+(?:báo\s+cáo|trình)\b")


def _signoff_date(text: str, above: list[Line]) -> str:
    """The ISO day of a line that is a date and nothing else, right under a line in
    capitals (a sign-off's issuing body); else ""."""
    previous = next((line.text for line in reversed(above) if line.text.strip()), "")
    if not fur.is_upper(previous) or len(text) > 40:
        return ""
    # "14 MAY 2025": a month in capitals reads as in a sentence
    text = " ".join(w[:1] + w[1:].lower() for w in text.split()) if fur.is_upper(text) else text
    dates = [d for d in find_dates(text) if d.precision == "day"]
    if len(dates) != 1 or fur.words(text[: dates[0].pos] + text[dates[0].endpos :]):
        return ""
    return dates[0].start


def closing_byline(lines: list[Line], found: Found) -> None:
    """The first line after the last sentence (past the photo's credit) that a box took as
    its heading or headline ("THU HÀ - MINH ANH" over a run of headlines) is the byline
    when it has a byline's shape and the head named no author."""
    kept = [i for i, line in enumerate(lines) if line.kept and ends_sentence(line.text)]
    after = lines[kept[-1] + 1 if kept else len(lines) :]
    for line in after[:_FOOT_LOOK]:
        # "Phóng viên: Name" at the foot, whatever box took it: the labelled writer
        if not found.author and not line.kept and meta.reporter_in(line.text):
            found.offer_author(meta.reporter_in(line.text))
            line.reason = "byline"
    for at, line in enumerate(after):
        if line.reason in ("photo credit", "photo caption"):
            continue
        if (
            not found.author
            and line.reason in ("sidebar", "related headline")
            and not any(country_of_name(w) for w in line.text.split())
            # ("MOST READ" … "LATEST" …: a second box's heading below makes this one a box's
            # heading too; a byline signs the article once)
            and not any(later.reason == "sidebar" for later in after[at + 1 :])
        ):
            probe = Found()
            if signs(line, probe) and probe.author:
                signs(line, found)
                line.reason = "byline"
        return


def _figures_note(lines: list[Line], at: int) -> bool:
    """A sources line that names its sources on the line itself ("Sources: customs data")
    and after which the article's prose goes on: the note under a table or paragraph of
    figures, no references heading ending the article (a list of sources holds no prose)."""
    text = lines[at].text
    if not re.search(r":\s*\S", text):
        return False
    return any(
        ln.kept
        and ends_sentence(ln.text)
        and len(fur.words(ln.text)) >= 10
        and not _ITEM.match(ln.text)
        and not re.search(r"\(\d{4}\)|\[\d+\]", ln.text)  # a reference's "(2025)"
        for ln in lines[at + 1 :]
    )


_TEASER_WORDS: Final = 16  # a headline's length; the article's closing question runs longer


def _teaser_over_box(lines: list[Line], at: int) -> bool:
    """The text's last kept line is a box's headline, not the article's closing sentence:
    a short question of one clause ("Lãi suất nào cao nhất tháng này?") right over the
    box's label ("Tin liên quan"), nothing of the article after it. A page's teaser asks;
    an article that closes on a question argues towards it at more length."""
    text = lines[at].text
    below = next((ln for ln in lines[at + 1 :] if ln.text.strip()), None)
    return (
        text.endswith("?")
        and len(fur.words(text)) <= _TEASER_WORDS
        and not re.search(r"[.!?…;:,]\s", text)  # (one clause, no sentence before it)
        and not re.match(r"[-–—\"“]", text)  # (an interview's question, a quote)
        and below is not None
        and below.reason == "sidebar"
    )


def mark_tail(lines: list[Line], found: Found) -> None:
    """After the last sentence of the article: bylines, source lines and headlines. A
    references heading ends the article: it and what follows are its sources."""
    # (also one a box above took for its own: the sources under it are no box's headlines)
    boxed = ("sidebar", "related headline")
    start = next(
        (
            i
            for i, ln in enumerate(lines)
            if (ln.kept or ln.reason in boxed) and references_heading(ln.text)
        ),
        None,
    )
    if start is not None and _figures_note(lines, start):
        # ("Sources: Customs data" under a table, then the next section's prose: one note)
        lines[start].reason = lines[start].reason or "source line"
        start = None
    for line in lines[start:] if start is not None else []:
        line.reason = line.reason or "references"
    kept = [i for i, line in enumerate(lines) if line.kept]
    if kept and _teaser_over_box(lines, kept[-1]):
        lines[kept[-1]].reason = "related headline"
        kept.pop()
    last = max((i for i in kept if ends_sentence(lines[i].text)), default=None)
    if last is None:
        return
    last = past_reading(lines, kept, last)  # ("Giá lúa … hôm nay: …": the site's, under it)
    kept = [i for i in kept if lines[i].kept]
    while last in kept[:-1] and closing_thanks(lines[kept[kept.index(last) + 1]].text):
        # (a speech's "Thank you." is its last sentence, and "Obrigada!" in the guests' tongue)
        last = kept[kept.index(last) + 1]
    in_box = False  # a box's heading read: the lines under it are its items
    announced = False  # a list the text announces ("… các văn kiện sau:") is the text's own
    # (a box of milestones under the story, "2015: Đối tác chiến lược": its facts, no headlines)
    dated = {kept[k] for k in chronology_rows([lines[i].text for i in kept])}
    for i in kept:
        if i <= last or i in dated:
            continue
        line = lines[i]
        text = line.text
        if text.endswith(":") and len(fur.words(text)) >= 6:  # not a label ("Tin cùng …:")
            announced = True
            continue
        if announced and _ITEM.match(text):
            continue
        announced = False
        # (a numbered item's "1. " is no full stop: "1. Giá vàng hôm nay …" is a headline)
        unnumbered = _ITEM.sub("", text)
        if len(text) > 150 or re.search(r"[.!?…]\s+\S.*\w", unnumbered):
            continue  # prose that ends on an outlet's mark ("… (EVIPA). — VNS"), not a headline
        signed = _signoff_date(text, lines[:i])
        if signed:
            # "MINISTRY OF … / BRUNEI DARUSSALAM / 14 MAY 2025": a release's sign-off, the
            # issuing body in capitals, then the day it was issued.
            found.offer_published(signed, 1)
            line.reason = "signature"
            continue
        outlet = meta.OUTLET_LINE.match(text) or meta.THEO_LINE.match(text)
        if outlet:
            found.offer_outlet(outlet_of_name(outlet.group("outlet")), 2, credit=True)
            line.reason = "source line"
        elif not in_box and signs(line, found):
            line.reason = "byline"
        else:
            line.reason = "related headline"
        # (under a box's heading, "Most Viewed", "Latest Releases", its headlines: no writer)
        in_box = in_box or box_heading(text)


# "… in the first quarter of 2026. — AGN", "… (EVIPA). — AGN/XYZ", "… 7,000 people. (AGN)":
# an agency's or outlet's short name in capitals after the article's last full stop; or its
# desk's initials in lower case, "… per day in April. ef/mem" (a wire's editors, no writer).
_SIGNOFF: Final = re.compile(
    r"(?<=[.!?…”\"])\s*(?P<signoff>(?:[—–]+|-{1,2})\s*(?P<dashed>[A-ZĐ]{2,8}(?:/[A-ZĐ]{2,8})?)"
    r"|\((?P<bracketed>[A-ZĐ]{2,8}(?:/[A-ZĐ]{2,8})?)\))$"
    r"|(?<=[.!?…”\"])\s+(?P<desk>[a-z]{1,4}(?:/[a-z]{1,4}){1,3})$"
)
_SIGNOFF_LOOK: Final = 2  # (the last paragraphs: a box's line may remain under the article)


def strip_signoff(paragraphs: list[str], found: Found) -> str:
    """Take an agency's sign-off off the article's last paragraph and return it (its short
    name stays in ``found.extra["signoff"]``); "" when none. An agency signing in another
    outlet's paper ("— AGN" in a daily) wrote the article when no byline names a writer;
    the outlet's own mark ("— VNS" in Viet Nam News) is no author."""
    for index in range(len(paragraphs) - 1, max(len(paragraphs) - 1 - _SIGNOFF_LOOK, -1), -1):
        match = _SIGNOFF.search(paragraphs[index])
        if match is None or len(paragraphs[index].split()) < _SIGNED_WORDS:
            continue
        if match.group("desk"):
            paragraphs[index] = paragraphs[index][: match.start()].rstrip()
            return match.group("desk")
        agency = match.group("dashed") or match.group("bracketed")
        found.extra.setdefault("signoff", agency)
        named = {fold(known_outlet(agency) or agency), fold(agency)}
        outlet = fold(found.outlet)
        # (the outlet itself, by its name or in its web address: "kna.go.ke" signs "— KNA")
        if not found.author and outlet and not named & {outlet, *re.split(r"\W+", outlet)}:
            found.author = agency
        paragraphs[index] = paragraphs[index][: match.start()].rstrip()
        return match.group("signoff")
    return ""


_SIGNED_WORDS: Final = 8  # (the sentence it signs: "Ông X. (VNA)" alone may be a caption)


def mark_note(lines: list[Line]) -> None:
    """An administrative document's recipients ("Nơi nhận:" and what follows) and signature
    block (the signer's title in capitals, "(Đã ký)", the signer's name) at its end."""
    for i, line in enumerate(lines):
        if line.kept and fur.ADDRESSEE.match(line.text):
            line.reason = "addressee"
            for rest in lines[i + 1 :]:
                if not (rest.kept and re.match(r"^[-–+•]\s", rest.text) and len(rest.text) <= 120):
                    break
                rest.reason = "addressee"
    for i, line in enumerate(lines):
        if line.kept and fur.RECIPIENTS.match(line.text) and len(line.text) <= 60:
            for rest in lines[i:]:
                if rest.kept:
                    rest.reason = "recipients"
            break
    for line in lines:
        # "Trên đây là báo cáo của …./.", "… trân trọng báo cáo./.": the formal end mark "./."
        # closes an administrative document with a formula, not a statement of fact.
        text = line.text
        if (
            line.kept
            and text.endswith("/.")
            # (a longer one names who reports to whom: "Sở … kính báo cáo UBND tỉnh …./.")
            and (len(text.split()) <= 15 or _REPORTS.search(text) is not None or handed_over(text))
            and courtesy(text)
            and not _DIGIT_IN.search(text)
        ):
            line.reason = "closing formula"
    kept = [line for line in lines if line.kept]
    for line in reversed(kept[-6:]):
        text = line.text
        if (
            fur.signature_role(text)
            or fur.letterhead(text) == "signature"
            or (meta.BYLINE.match(text) and len(text) <= 40 and not text.endswith("."))
        ):
            line.reason = "signature"
        else:
            break


__all__ = ["closing_byline", "mark_note", "mark_tail", "strip_signoff"]

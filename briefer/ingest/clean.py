"""Article text → cleaned body (the text quotes point into), the noise removed, and metadata.

What real news text carries besides the article, and how it is recognised (each removal is
listed in :attr:`Cleaned.removed` with its reason, so an editor can see what went and why):

- media-player debris ("0:00 / 0:00"), image file names ("ttxvn_chile_2.jpg"), image alt
  text ("… ảnh 2"), photo captions ("… (Ảnh: An Đăng/TTXVN)") and caption headings printed
  twice ("Chủ tịch nước Lương Cường" ×2);
- "Theo dõi … trên" follow widgets, "Phiên bản di động" and other page furniture;
- sidebars by their shape, under a heading of any wording: a short label over headlines
  (the label is the box's heading whatever it says: no list of heading words), a heading in
  capitals, blocks of related-news *cards* (a headline printed twice, then a teaser cut off
  with "…"). The article resumes at the first line that reads like article prose and is not
  a card's teaser;
- bylines, datelines and source lines ("Tuấn Anh", "(từ Santiago, Chile)", "Việt Cường/VOV",
  "(TTXVN/Vietnam+)", "Nguồn VOV: https://…"), which become metadata;
- a paper's front matter above its text: a labelled abstract ("Tóm tắt: …", "Abstract: …")
  beside its keywords and days received and published;
- a paragraph printed twice word for word: one copy is kept, the one whose neighbours it
  shares the most words with (a misplaced copy sits among paragraphs about something else);
  a paragraph wholly contained in another one is dropped as a repeated fragment.

What a single line is, whatever surrounds it, is decided in :mod:`briefer.ingest.lines`;
this module reads lines against their neighbours (sidebars, captions, the head with its
masthead, letterhead and title, the tail with its byline) and assembles the body.

Every paragraph that is article text is kept, in order. The body is NFC with look-alikes
repaired (``Ð`` → ``Đ``), plain spaces, no control characters, one paragraph per line and a
blank line between paragraphs. ``clean(raw)`` is deterministic, so the removed lines never
need storing: they are recomputed from the raw text kept beside the body.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta
from briefer.ingest.aboutblock import mark_about_block
from briefer.ingest.blocks import (
    mark_box_labels,
    mark_boxes,
    mark_head_labels,
    mark_listed_headlines,
    mark_lone_labels,
    mark_notice_heads,
    mark_sidebars,
)
from briefer.ingest.captions import caption_year, mark_captions
from briefer.ingest.cleantypes import Cleaned, Metadata, Removed
from briefer.ingest.commentmarks import mark_review_comments
from briefer.ingest.contentsbox import mark_contents_items
from briefer.ingest.corrections import version_note
from briefer.ingest.countries import HOME, count_countries
from briefer.ingest.crumbrows import mark_crumb_rows
from briefer.ingest.deckpanels import small_layout
from briefer.ingest.dedupe import dedupe_paragraphs
from briefer.ingest.digest import mark_digest
from briefer.ingest.disclaimerissuer import offer_disclaimer_issuer
from briefer.ingest.displaytext import mark_display_text
from briefer.ingest.doclines import doc_line
from briefer.ingest.footnotes import footnote, mark_bracket_notes, split_notes
from briefer.ingest.handling import handling_marking
from briefer.ingest.handoutslides import mark_slides
from briefer.ingest.head import read_head
from briefer.ingest.imprint import (
    offer_closing_name,
    offer_imprints,
    offer_name_over_role,
    offer_stamp_rows,
)
from briefer.ingest.issuelines import head_issue_month, masthead_day
from briefer.ingest.lateline import late_reason
from briefer.ingest.leadtag import (
    lead_outlet,
    strip_lead_dateline,
    strip_lead_tag,
    strip_mark_day,
)
from briefer.ingest.lines import (
    READ_ON,
    Found,
    Line,
    ends_sentence,
    is_prose,
    line_noise,
    place_and_day,
    signs,
)
from briefer.ingest.looselines import loose_line
from briefer.ingest.mailfoot import (
    mark_contact_block,
    mark_masthead_rule,
    mark_valediction,
)
from briefer.ingest.mailgreeting import mark_mail_top
from briefer.ingest.mailheaders import mark_header_block
from briefer.ingest.mailleadin import mark_lead_in
from briefer.ingest.mailthread import mark_thread
from briefer.ingest.menugaps import gapped_menu
from briefer.ingest.menutitle import title_past_menu
from briefer.ingest.namecaptions import mark_name_captions
from briefer.ingest.offerprint import mark_offer_print
from briefer.ingest.outletnames import known_outlet, outlet_of_name, outlet_of_url
from briefer.ingest.ownfooter import mark_own_footer
from briefer.ingest.pagestories import mark_other_stories
from briefer.ingest.pressnotes import mark_press_notes
from briefer.ingest.readerposts import mark_comments, post_line
from briefer.ingest.recordhead import mark_record_head
from briefer.ingest.replyboxes import reply_widget
from briefer.ingest.smalllead import small_standfirst
from briefer.ingest.speechhead import mark_speech_head
from briefer.ingest.stampbylines import mark_stamp_bylines
from briefer.ingest.strayrows import (
    mark_affiliations,
    mark_cover_fields,
    mark_menu_rows,
    mark_running_heads,
    mark_venue_fields,
    own_name_row,
    stray_row,
)
from briefer.ingest.subjecttitle import headline_over_subject, mark_units_over_number
from briefer.ingest.summarybox import mark_summary_box
from briefer.ingest.tail import closing_byline, mark_note, mark_tail, strip_signoff
from briefer.ingest.titleaside import mark_title_aside
from briefer.ingest.titlelines import headline_by_size
from briefer.ingest.trailinglabel import mark_trailing_label
from briefer.ingest.typesize import LARGE, SMALL, unmarked
from briefer.ingest.unithead import offer_unit_lines
from briefer.ingest.wiredateline import strip_wire_dateline
from briefer.ingest.writerspots import drop_box_heading, offer_speech_signer, offer_stamp_neighbour
from briefer.text.dates import find_dates
from briefer.text.fold import fold
from briefer.text.normalize import normalize, strip_control

_ENDS_LOOK: Final = 3
_PROSE_CHARS: Final = 200  # a paragraph of running text, longer than any page furniture row
# A research article's labelled abstract: its author's summary of it, not its text.
_ABSTRACT: Final = re.compile(r"^(?:Tóm\s+tắt|Tóm\s+lược|Abstract|Summary)\s*:\s*\S", re.IGNORECASE)
_BOX_LOOK: Final = 20  # the lines at the foot where a related-links box sits
_OUTLET_WORDS: Final = 5  # "(Theo Báo Nông Thôn Ngày Nay)"; "(Tài liệu phục vụ …)" is an aside
# "… giống cây trồng. Đọc tiếp: Cà phê Ethiopia …": a read-on link after a paragraph's last
# sentence is a line of its own (then furniture, like any related link).
# A menu row of a text page: three items or more of one to three words, no figures, set apart
# by runs of blanks (a headline's words have single spaces between them).
_SPACED_MENU: Final = re.compile(  # (an item of four syllables: "Hợp tác quốc tế")
    # (an item may open on a number word, a section's name: "8 Days", "24 Hours"; two names
    # may share an item by a dash or "&": "Quốc phòng - An ninh", "Science & Tech")
    r"^\s*[^\W\d_][^\d\s]*(?:[^\S\n](?:[-–&][^\S\n])?[^\d\s]+){0,3}(?:[^\S\n]{2,}"
    r"(?:\d{1,3}[^\S\n])?[^\W\d_][^\d\s]*(?:[^\S\n](?:[-–&][^\S\n])?[^\d\s]+){0,3}){2,}\s*$"
)
_INLINE_LINK: Final = re.compile(
    rf"(?<=[.!?…])[ \t]+(?={READ_ON}[ \t]*(?::|>>|»)[ \t]*\S)", re.IGNORECASE
)


def _mark_ends(lines: list[Line], found: Found) -> None:
    """Bylines, datelines and outlet lines among the first and last lines of the article."""
    kept = [line for line in lines if line.kept]
    ends = kept[:_ENDS_LOOK] + kept[-_ENDS_LOOK:]
    # (the article ends above a related-links box at its foot: its last lines too)
    box = next(
        (i for i in range(max(len(lines) - _BOX_LOOK, 0), len(lines))
         if lines[i].reason in ("sidebar", "related headline")),
        None,
    )  # fmt: skip
    if box is not None:
        ends += [ln for ln in lines[:box] if ln.kept][-_ENDS_LOOK:]
    for position, line in enumerate(ends):
        text = line.text
        if not line.kept:
            continue
        agency = meta.AGENCY_DATELINE.match(text)
        if agency:
            # the wire agency's dateline names the agency and dates the dispatch
            name = agency.group("agency")
            found.offer_outlet(known_outlet(name) or name, 2, credit=True)
            found.extra.setdefault("dateline", text)
        placed = place_and_day(text)
        if placed:
            found.offer_published(placed, 1)
        if meta.DATELINE.match(text) or agency or placed:
            line.reason = "dateline"
            continue
        outlet = meta.OUTLET_LINE.match(text)
        if outlet and len(outlet.group("outlet").split()) <= _OUTLET_WORDS:  # not an aside
            found.offer_outlet(outlet.group("outlet"), 2, credit=True)
            line.reason = "source line"
            continue
        theo = meta.THEO_LINE.match(text)
        if theo and position >= _ENDS_LOOK:
            found.offer_outlet(outlet_of_name(theo.group("outlet")), 2, credit=True)
            line.reason = "source line"
            continue
        if signs(line, found):
            line.reason = "byline"
        elif _outlet_note(text, found):
            line.reason = "editor's note"


def _without_footnote_mark(text: str) -> str:
    """A name on a line of its own with a footnote's mark after it ("Lê Thị Minh Thu*", "A.
    Rahman**", "Jan Novák¹"): a paper's author, the mark pointing to the affiliation below.
    The name is read without the mark."""
    match = _FOOTNOTED_NAME.match(text)
    if match is None or not all(w[:1].isupper() for w in match.group("name").split()):
        return text
    return match.group("name")


# (two to five words of a name, then "*", "**", "¹", "†" as a footnote's mark)
_FOOTNOTED_NAME: Final = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){1,4})\s?(?:\*{1,3}|[¹²³†‡]{1,2})$"
)


def _mark_abstract(lines: list[Line]) -> None:
    """A labelled abstract above the first paragraph of prose ("Tóm tắt: Bài viết phân tích
    …", "Abstract: …") is a paper's front matter, like its keywords and its received and
    published days: it sums the article up before the article begins, in any type size.
    (A heading "Tóm tắt" alone over paragraphs is a section of the text: a policy note's
    summary is its content.)"""
    for line in lines:
        if not line.kept:
            continue
        if _ABSTRACT.match(line.text):
            line.reason = "abstract"
        elif is_prose(line.text):
            return  # (the article has begun: a label further down is its own text)


def _outlet_note(text: str, found: Found) -> bool:
    """ "VnEconomy publishes the full text of the speech.", "Báo Hà Tĩnh xin giới thiệu …":
    a short sentence without figures whose subject is an outlet (the page's own or one the
    table knows) is the newsroom speaking of itself, not the article."""
    words = text.split()
    if not ends_sentence(text) or len(words) > 15 or re.search(r"[\d,;]", text):
        return False
    own = fold(found.outlet) if found.outlet else ""
    for n in range(1, min(4, len(words) - 2) + 1):
        subject = " ".join(words[:n])
        if own and fold(subject) == own:
            return True
        # A name as a name is written: every word capitalised, one word with a capital
        # inside ("VnEconomy") or in capitals ("TTXVN"); "Đầu tư …", "Nhân dân hai nước …"
        # open sentences with words that are also outlets' names.
        named = all(w[:1].isupper() for w in words[:n]) and (
            n > 1 or any(c.isupper() for c in subject[1:])
        )
        if named and known_outlet(subject):
            return True
    return False


def clean(text: str) -> Cleaned:
    """Clean one article (see the module docstring). Never raises on any string."""
    raw = text
    # Controls go before normalising: removing one afterwards could join two words (or a
    # letter and its mark) and the body would no longer be stable under normalize(), which
    # insert_source applies again; citation offsets would then be wrong. NEL is a line
    # break to every reader; any other blank run inside a line is one space.
    normalised = normalize(strip_control(text).replace("\x85", "\n"))
    # (a PDF's type size opens its line with a mark: every part of the line has that size)
    split = [
        (unmarked(part), line[:1])
        for line in normalised.split("\n")
        for link_part in _INLINE_LINK.split(line)
        for part in split_notes(link_part)  # (a paper's footnotes run on after its text)
    ]
    split = [(part, mark) for part, mark in split if part.strip()]
    parts = [part for part, _ in split]
    lines = [
        Line(
            _without_footnote_mark(" ".join(part.split())), small=mark == SMALL, large=mark == LARGE
        )
        for part, mark in split
    ]
    found = Found()
    prose = False  # (a line of running text seen above: the article has begun)
    for index, line in enumerate(lines):
        line.reason = line_noise(line.text, found)
        if line.reason == "masthead" and prose and "/" not in line.text:
            # ("VNA" alone under the last paragraph: the wire's sign-off, a source's credit,
            # not the page's masthead; "(Agency/Outlet)" names the outlet after its slash)
            name, rank, _credit = found.outlet_offers[-1]
            found.outlet_offers[-1] = (name, rank, True)
        prose = prose or (
            not line.reason and len(line.text) >= _PROSE_CHARS and line.text[-1] in '.!?"”'
        )
        # (a footnote; a line the document says about itself: a reservation, a speaker label)
        line.reason = line.reason or ("footnote" if footnote(line.text) else doc_line(line.text))
        # (the newsroom on its text's versions: "Đính chính: …"; a reply box: "Write a comment…")
        line.reason = line.reason or ("editor's note" if version_note(line.text) else "")
        line.reason = line.reason or ("comments" if reply_widget(line.text) else "")
        line.reason = line.reason or loose_line(line.text)  # (a reference, an appeal …)
        # (a draft's stamp, a classification, a press kit's note: the document's handling)
        line.reason = line.reason or ("handling marking" if handling_marking(line.text) else "")
        line.reason = line.reason or stray_row(line.text)  # (a credited caption, a fax field)
        # (a forum's or a reviewer's: a reposter's note, a signature, a reply, a comment)
        line.reason = line.reason or post_line(line.text, index < _ENDS_LOOK * 4)
        if (
            not line.reason
            and index < _ENDS_LOOK * 4
            and (_SPACED_MENU.match(parts[index]) or gapped_menu(parts[index]))
        ):
            line.reason = "menu"  # "TRANG CHỦ  THỜI SỰ  QUỐC TẾ": items set apart by gaps
    mark_bracket_notes(lines)  # ("[2] Theo số liệu …" under a text that points to "[2]")
    mark_review_comments(lines)  # (a shared draft's comments at its foot, "[a]Name: …")
    mark_menu_rows(lines)  # ("Politics & Law Society Economy …" over "Politics & Law")
    mark_crumb_rows(lines, parts)  # ("Quốc phòng an ninh - Đối ngoại …" under its menu item)
    mark_cover_fields(lines)  # ("Nội dung: …" among a fax cover's fields)
    mark_running_heads(lines)  # ("TẠP CHÍ X * Số 11   27" on every page of a scan)
    mark_venue_fields(lines)  # ("Địa điểm: …" on a speech's card under its title)
    title = headline_by_size(lines, read_head(lines, found))
    title = headline_over_subject(lines, title)  # (not "Diem bao ngay …" typed unmarked)
    # ("Thời sự Góc nhìn Kinh doanh …" over "Kinh doanh"; taken for the title, it gives way)
    title = title_past_menu(lines, title, found)
    mark_units_over_number(lines)  # ("BAN X" over "Số 214/ĐB-TTBC, ngày …" under a mail)
    offer_imprints(lines, found)  # (the site's name in its imprint, footer, top row)
    offer_stamp_rows(lines, found)
    # (a text addressed to someone near its top, "To: …", "Kính gửi: …", is a note or a
    # letter: its signature block is no byline)
    found.note = found.note or any(
        ln.kept and fur.ADDRESSEE.match(ln.text) for ln in lines[: _ENDS_LOOK * 4]
    )
    if found.note:
        mark_note(lines)
    mark_sidebars(lines)
    mark_captions(lines, title)
    mark_name_captions(lines)  # ("Cảng X, cửa ngõ …" under "Bài và ảnh: Name")
    mark_boxes(lines)
    mark_listed_headlines(lines)
    mark_notice_heads(lines)
    mark_offer_print(lines)  # ("You can unsubscribe at any time." under an offer's heading)
    mark_tail(lines, found)
    mark_box_labels(lines)
    mark_lone_labels(lines)
    for line in lines[: _ENDS_LOOK * 4]:  # ("The Peninsula" on The Peninsula Newspaper's page)
        if line.kept and found.outlet and own_name_row(line.text, found.outlet):
            line.reason = "masthead"
    mark_own_footer(lines, found.outlet)  # ("X - News Agency. Founded in 1959." under Tags)
    _mark_ends(lines, found)
    mark_stamp_bylines(lines, found)  # ("Name" / "18.6. 14:36" under a standfirst)
    mark_affiliations(lines)  # ("TS. Name" / "Viện …": where a paper's author works)
    # (a name alone at the foot over only the site's footer first: the line over a box's
    # items is its heading as often as a byline, "ĐỌC NHIỀU" as "THU HÀ")
    offer_closing_name(lines, found)  # (a byline a related box's rules took for its own)
    offer_name_over_role(lines, found)  # ("Name" over "Senior Reporter")
    closing_byline(lines, found)
    drop_box_heading(lines, found)  # ("Recent Posts" over a box's items is no writer)
    offer_stamp_neighbour(lines, found)  # (the name beside the head's stamp)
    offer_speech_signer(lines, found)  # ("CHỦ TỊCH HỘI" / "Name" under a speech)
    mark_record_head(lines)  # ("Mã cảnh báo: …" / "Thị trường: …": an alert's index card)
    offer_unit_lines(lines, found)  # ("BỘ X - VỤ Y" under an issue line: before it goes)
    mark_head_labels(lines, title)
    mark_contents_items(lines)  # ("Key events" items the entries below repeat as headings)
    mark_title_aside(lines)  # ("(Phục vụ chuyến thăm …)" under a paper's title)
    # (a letter's foot, after the byline readers: the contact block, the valediction and all
    # under it; its head: the unit's name over the masthead's rule)
    mark_contact_block(lines)
    mark_valediction(lines)
    mark_masthead_rule(lines)
    mark_thread(lines)  # (a forwarder's note, a quoted reply: the thread around a mail)
    mark_comments(lines)  # (a reader's comment over its "Like · Reply" row)
    mark_digest(lines)  # (a newsletter digest: its contents and the items besides the story)
    mark_about_block(lines)  # (a press release's "About <issuer>" paragraphs at its foot)
    mark_press_notes(lines)  # (and its "Notes to editors")
    mark_display_text(lines)  # (a pull quote; a caption under the last paragraph)
    mark_mail_top(lines)  # (a subject left in the text, "Kính gửi Quý doanh nghiệp,")
    mark_lead_in(lines)  # ("… xin báo cáo như sau:" under that greeting)
    mark_speech_head(lines)  # ("Opening remarks by H.E. …" and the venue's line under it)
    mark_summary_box(lines)  # (a machine-written summary's points and its note)
    mark_other_stories(lines)  # (a printed page's stories after the article's own)
    mark_header_block(lines)  # ("Gửi: X <a@b>" in a mail's header block)
    mark_slides(lines, found)  # ("Slide 3 – X" in a handout; its title slide's speaker and event)
    offer_disclaimer_issuer(lines, found)  # ("This report released by the X Ministry …")
    for line in lines:  # (what a line is on its own, once the readers have had it)
        line.reason = line.reason or late_reason(line.text)
    # What a PDF prints smaller than its article is the layout's (a caption, a credit, a
    # box, a stamp), whatever its words: after the readers above took their metadata from it.
    # (its lines still date the article, as they would have in the body)
    dating = [line.text for line in lines if line.kept]
    _mark_abstract(lines)
    small = small_layout(lines)  # (a slide deck's points in small type are its text)
    lead = small_standfirst(lines)  # (a standfirst set small under the headline: text)
    for line in (line for line in small if line is not lead):
        line.reason = "small type"
    mark_trailing_label(lines)  # ("Exchange rates" over a box's rows the rules took away)

    removed: list[tuple[int, Removed]] = []
    paragraphs: list[str] = []
    paragraph_lines: list[int] = []
    for index, line in enumerate(lines):
        if line.kept:
            paragraphs.append(line.text)
            paragraph_lines.append(index)
        elif line.reason != "title":  # the title is kept apart, as Cleaned.title
            removed.append((index, Removed(line.text, line.reason)))
    before = len(removed)
    paragraphs_kept, drops = dedupe_paragraphs(paragraphs)
    removed.extend((i, Removed(text, reason)) for i, text, reason in drops)
    # Paragraph indices of the dedupe step → line indices, so removals stay in text order.
    removed[before:] = [(paragraph_lines[i], r) for i, r in removed[before:]]
    removed.sort(key=lambda item: item[0])

    lead_outlet(paragraphs_kept, found)
    tag = strip_lead_tag(paragraphs_kept, found)
    if tag:
        removed.insert(0, (0, Removed(tag, "outlet tag")))
    wire = (
        strip_wire_dateline(paragraphs_kept, found)
        or strip_lead_dateline(paragraphs_kept, found)
        or strip_mark_day(paragraphs_kept)  # ("GIS - 11 February, 2026:" over the lead)
    )
    if wire:
        removed.insert(0, (0, Removed(wire, "dateline")))
    signoff = strip_signoff(paragraphs_kept, found)
    if signoff:
        removed.append((len(lines), Removed(signoff, "sign-off")))
    body = "\n\n".join(paragraphs_kept)
    published, year = meta.published_on(dating if small else paragraphs_kept)
    if found.published:
        # A day and month without a year ("Chiều 13-1") belong to the publication's year.
        published = found.published
        year = int(found.published[:4])
    # (a masthead's day; else the month the issue line above the headline gives, "Market
    # Update | No. 1/2025 | March 2025", over a bare year the text names)
    issue = "" if found.published or len(published) == 10 else masthead_day(lines)
    issue = issue or ("" if found.published or len(published) >= 7 else head_issue_month(lines))
    if issue:
        published, year = issue, int(issue[:4])
    if not found.published and not issue and "dateline" in found.extra:
        # "Baku, May 14, AZERTAC": the dispatch's day, in the text's year
        # (without a year the text gives, the latest year it dates a day or month in: a
        # dispatch reports its own year's figures, not a plan's target year)
        dated = [d.start[:4] for d in find_dates(body) if d.precision in ("day", "month")]
        at = year or (int(max(dated)) if dated else None)
        days = [d for d in find_dates(found.extra["dateline"], at) if d.precision == "day"]
        if days and len(days[0].start) == 10:
            published = days[0].start
    if not found.published and not issue and len(published) < 10 and wire:  # ("GIS - 1 May, 2026:")
        published = next((d.start for d in find_dates(wire) if len(d.start) == 10), published)
    if year is None and published[:4].isdigit():
        year = int(published[:4])  # a day without a year in the text is the publication's year
    year = caption_year(lines) if year is None else year  # (a pasted caption's dated day)
    counts = count_countries(body)
    in_title = count_countries(title)
    partners = Counter(counts)
    for code, n in in_title.items():
        partners[code] += 2 * n
        counts[code] += n
    partners.pop(HOME, None)
    metadata = Metadata(
        title=title,
        outlet=found.outlet or (outlet_of_url(found.url) if found.url else ""),
        author=found.author,
        url=found.url,
        published_on=published,
        context_year=year,
        countries=tuple(code for code, _ in counts.most_common()),
        language=meta.language_of(body or title),
        partners=tuple(
            code for code, _ in sorted(partners.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        kind="note" if found.note else "article",
        number=found.number,
        outlet_offers=tuple(found.outlet_offers),
    )
    return Cleaned(body, [r for _, r in removed], title, metadata, raw)


__all__ = ["Cleaned", "Metadata", "Removed", "clean"]

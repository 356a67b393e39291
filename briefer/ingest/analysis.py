"""One file as the importer sees it before anything is written (pure): read, cleaned, its
metadata, its candidate facts, and the checks that refuse a file Briefer cannot use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefer.errors import InputError
from briefer.ingest.airday import air_day
from briefer.ingest.authorbox import box_writers
from briefer.ingest.bodyrow import body_row, body_site_row
from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.capsbyline import lead_byline
from briefer.ingest.channelpost import channel_post
from briefer.ingest.clean import Cleaned, Metadata, clean
from briefer.ingest.creditday import credit_day
from briefer.ingest.creditline import agency_credit, team_writers
from briefer.ingest.creditnames import credited_writer
from briefer.ingest.deckbody import presenter_body
from briefer.ingest.docdayline import head_issue_day, issued_over_received
from briefer.ingest.dochead import degree_writer, head_day, letterhead_unit, title_under_kind
from briefer.ingest.domainbrand import domain_as_name
from briefer.ingest.domainname import mailed_site, printed_site
from briefer.ingest.domainoutlet import web_address_only
from briefer.ingest.draftvenue import draft_body
from briefer.ingest.editionname import english_edition, in_page_language
from briefer.ingest.faxcover import fax_sender
from briefer.ingest.footday import foot_day
from briefer.ingest.gluedheading import without_glued_heading
from briefer.ingest.headname import name_in_head
from briefer.ingest.issuedays import accepted_day, history_day, speech_note_day, url_day
from briefer.ingest.issuemasthead import past_issue_masthead
from briefer.ingest.issuerlines import bulletin_body, joint_issuer
from briefer.ingest.journalhead import journal_head
from briefer.ingest.kindtitle import kind_subject_title
from briefer.ingest.letterheadname import letterhead_day, letterhead_name
from briefer.ingest.mailhead import read_mail
from briefer.ingest.mastfirst import (
    column_unit,
    head_masthead,
    merged_printed,
    organ_holder,
    portal_name,
)
from briefer.ingest.mastheads import as_page_writes
from briefer.ingest.metachoice import choose_author, choose_date, choose_outlet, same_outlet
from briefer.ingest.metadata import signing_agency
from briefer.ingest.newsletterhead import newsletter_body
from briefer.ingest.notetitle import title_past_note
from briefer.ingest.numbercode import numbered_body
from briefer.ingest.officemast import masthead_office, print_header_site
from briefer.ingest.officeplace import office_as_written, plain_office
from briefer.ingest.orgparts import organisation_part
from briefer.ingest.outletclaims import outlet_claims
from briefer.ingest.outletnames import known_outlet
from briefer.ingest.outlettidy import tidy_outlet
from briefer.ingest.ownedpaper import owned_by
from briefer.ingest.owntagline import without_own_masthead
from briefer.ingest.owntail import without_own_earlier
from briefer.ingest.pageissuer import issued_outlet
from briefer.ingest.paperhead import byline_cells, series_publisher
from briefer.ingest.pasteddate import pasted_day
from briefer.ingest.pastedfoot import foot_outlet
from briefer.ingest.pastedheadline import pasted_headline
from briefer.ingest.placedname import placed_name
from briefer.ingest.postbylines import post_writer, speech_speaker, unit_writer
from briefer.ingest.postedday import posted_day
from briefer.ingest.poststamp import post_day
from briefer.ingest.publisher import text_foot_body
from briefer.ingest.readers import RawDocument, read_file
from briefer.ingest.repostmeta import framed_author, framed_day, network_name, past_head_notes
from briefer.ingest.retoldheadline import retold_headline
from briefer.ingest.rolebyline import without_role_only
from briefer.ingest.runninghead import running_head_name
from briefer.ingest.scholarbyline import scholar_writer
from briefer.ingest.sectionparent import section_parent
from briefer.ingest.senderunit import unit_over_parent
from briefer.ingest.sentences import split_sentences
from briefer.ingest.slashday import settled_day, year_first_day
from briefer.ingest.slidedeck import Deck, slide_deck
from briefer.ingest.speakerline import speaker_line
from briefer.ingest.speechcredit import credited_speaker
from briefer.ingest.speechmast import speech_mast
from briefer.ingest.speechtitle import speech_byline, speech_title
from briefer.ingest.stampcells import head_cell_day
from briefer.ingest.statecopyright import body_over_state
from briefer.ingest.subjecttitle import marked_over_unmarked
from briefer.ingest.titleguards import past_head_line
from briefer.ingest.titlelabel import without_form_label
from briefer.ingest.titlelines import printed_title
from briefer.ingest.titleshape import framed_title
from briefer.ingest.titleskip import past_disclaimer, past_masthead
from briefer.ingest.toldoutlet import told_outlet
from briefer.ingest.typesize import unmarked
from briefer.ingest.unitparent import office_of_section
from briefer.ingest.unitsite import masthead_unit
from briefer.ingest.writerteam import whole_team, with_level
from briefer.ingest.yearday import day_over_year, refines
from briefer.limits import MAX_DRAFTS_PER_SOURCE, MAX_SENTENCES, MAX_STATEMENT_CHARS
from briefer.text.normalize import normalize

_MAST_LINES = 3  # a pasted text's first lines: its masthead, if it has one


def _agency(name: str, outlet: str) -> str:
    """A wire agency credited as the writer by its initials ("— MNA" after the last
    sentence, a page's declared author "QNA"), unless it is the outlet itself."""
    initials = name.isupper() and name.isalpha() and len(name) <= _INITIALS
    # (nor the house that owns the outlet: "VNA" declared on the agency's own Vietnam+)
    own = same_outlet(name, outlet) or owned_by(outlet, name)
    return name if initials and not own else ""


_INITIALS = 6


def _not_own(name: str, outlet: str) -> str:
    """A byline of the outlet's own initials ("By JT" on the Jordan Times) names no writer."""
    # (a byline in capitals comes capitalised: "Jt")
    own = name.isalpha() and len(name) <= _INITIALS and same_outlet(name.upper(), outlet)
    return "" if own else name


def _dated_by_url(published: str, url: str) -> str:
    """The text's day; when it gives none (or only its year), the day the page's address
    carries in its path, if that falls in the year the text gives."""
    if len(published) == 10:
        return published
    day = url_day(url)
    return day if day and day.startswith(published) else published


def metadata_of(raw: RawDocument, cleaned: Cleaned) -> Metadata:
    found = cleaned.metadata
    url = raw.url or found.url
    # (the text as printed, without its type sizes, composed as the cleaned text is: the
    # readers below match Vietnamese words written in composed letters)
    text = normalize(unmarked(raw.text))
    # Every signal that names the outlet (the page's markup, its address, the text's
    # masthead, print header, lead, byline, copyright) is weighed together: metachoice.
    outlet = as_page_writes(choose_outlet(outlet_claims(raw, found, url), found.language), text)
    marks = [name for _, name in raw.site_claims]  # (its logo, site name, copyright)
    marked = "\n".join([text, *marks])  # (the text and the page's own marks, read together)
    brand = tuple(name for signal, name in raw.site_claims if signal in ("logo", "site name"))
    # (a line about the publisher read as its name: a menu item or its group under a pasted
    # page's masthead, an "organ of" clause, a portal's ministry, a merged house's old paper)
    outlet = (
        issued_outlet(raw.site_claims)  # (a portal page's "From: <body>": the body issues it)
        or (head_masthead(outlet, text) if raw.kind == "text" else "")
        or organ_holder(outlet, text)
        or portal_name(outlet, raw.site_claims)
        or merged_printed(outlet, marked)
        or (column_unit(outlet, text) if raw.kind == "text" else "")
        or outlet
    )
    # (an English page whose marks print its English edition's name: that name)
    # (a pasted text's or a printed page's marks are its first lines, its masthead)
    head = text.strip().splitlines()[:_MAST_LINES] if raw.kind in ("text", "pdf") else []
    own_marks = marks or head
    on_paper = raw.kind == "pdf" and not marks  # (a printed page's head: its brand's edition)
    outlet = english_edition(outlet, own_marks, found.language, on_paper) or outlet
    # (an outlet left at a bare domain: the name the page prints that spells it)
    # (a bulletin's own name: the office its contact line names publishes it)
    outlet = printed_site(outlet, text) or bulletin_body(outlet, text) or outlet
    outlet = name_in_head(outlet, text) or outlet  # (a holder cut at its comma, in full)
    outlet = placed_name(outlet, text) or outlet  # ("Daily Post" over "Vanuatu's leading …")
    # (else the body a page foot left in the text names, "Viện X - Trang 1")
    outlet = outlet or (text_foot_body(text) if raw.kind == "pdf" else "")
    # (else a series' running head, "Institute of X · Analysis 31/2026")
    outlet = outlet or (series_publisher(text) if raw.kind != "html" else "")
    outlet = outlet or (journal_head(text) if raw.kind != "html" else "")  # ("TẠP CHÍ X * Số 11")
    # (a one-page print keeps its running head as its first line: no second page repeats it)
    top = text.strip().split("\n")[:1]
    outlet = outlet or (running_head_name(top) if raw.kind == "pdf" else "")
    outlet = outlet or (print_header_site(text) if raw.kind == "pdf" else "")  # ("x.vn - Bản in")
    outlet = outlet or told_outlet(text)  # (last: "traders told X Monthly", its own name)
    # (a copyright mark, a year, a slogan or a company's form glued to it; a dash inside it
    # taken for its end)
    outlet = tidy_outlet(outlet, marked)
    outlet = body_over_state(outlet, text) or outlet  # ("© Commonwealth of X": a department's)
    # (a paper's byline row of cells, "Name | Post | 14 May 2026": its writer and day)
    row_writer, row_dated = byline_cells(text) if raw.kind != "html" else ("", "")
    # A saved page declares its headline (og:title, <h1>): the text's guess comes second.
    declared = raw.title if raw.kind == "html" else ""
    # (a printed page's header names its headline: a line repeating it is the title)
    # (the reader's headline first: it reads which end of the header's title a line in larger
    # type repeats, where a masthead in body type may repeat the site's end word for word)
    printed = (raw.title or printed_title(text)) if raw.kind == "pdf" else ""
    title = declared or printed or cleaned.title or raw.title
    # ("PRESS RELEASE: X" under a letterhead when nothing else named one: the file's name last)
    title = title or kind_subject_title(text) or Path(raw.filename).stem
    # (a letterhead's line taken for the title: the one under the document's kind line)
    title = title_under_kind(text, title) if raw.kind != "html" else title
    title = title_past_note(text, title)  # ("(kiêm nhiệm X)" under a unit: no headline)
    title = past_head_line(text, title)  # (a breadcrumb, a letterhead's motto: no headline)
    # (a channel's export: its post's headline, not the pinned message over it)
    post = channel_post(text) if raw.kind == "text" else None
    title = (post.title if post else "") or title
    title = without_form_label(title)  # ("[Ảnh] X": the page's form, no part of X)
    # (a section's or a box's heading joined to the headline: "X 1. TÌNH HÌNH …")
    title = (without_glued_heading(title, text) if raw.kind != "html" else "") or title
    # (the heading as shown: a listing's name, a breadcrumb, emoji and a draft's notes aside)
    title = framed_title(title, declared, cleaned.title, text)
    # (a page's headline its markup declares, "Travel advice: X", is no draft's header note)
    title = (past_head_notes(text, title) if title != declared else "") or title
    # (a speech's delivery disclaimer, a bulletin's masthead "X - Số 06/2026": the headline
    # is below; the masthead names the bulletin when nothing else names the outlet)
    title = (past_disclaimer(text, title) if raw.kind != "html" else "") or title
    below, bulletin = past_masthead(text, title) if raw.kind != "html" else ("", "")
    title, outlet = below or title, outlet or bulletin
    # (a scan's periodical name over its issue line "Số 245 - Thứ Bảy, 16/5/2026")
    title = (past_issue_masthead(text, title) if raw.kind != "html" else "") or title
    # (a letterhead's unit under the body chosen, "MINISTRY OF X" / "TRADE OFFICE OF Y")
    outlet = (letterhead_unit(text, outlet) if raw.kind != "html" else "") or outlet
    # (a speech under its body's letterhead, the body's name taken for its title)
    title = (speech_title(text, title, outlet) if raw.kind != "html" else "") or title
    mast = speech_mast(text) if raw.kind != "html" else None  # ("EMBASSY OF X" over "Remarks …")
    title = mast.title if mast and title.casefold() == mast.letterhead.casefold() else title
    row_body, row_day = body_row(text) if raw.kind != "html" else ("", "")
    # (a member newsletter's masthead: "BẢN TIN HỘI VIÊN" over the association issuing it)
    outlet = outlet or (newsletter_body(text) if raw.kind != "html" else "")
    outlet = outlet or row_body  # ("Trung tâm X | Colombo, 18/11/2025" under the title)
    outlet = outlet or (body_site_row(text) if raw.kind != "html" else "")  # ("X | … | www.x")
    # (a mail pasted as text: its subject is the title, its sending unit the outlet when no
    # other signal names one)
    mail = read_mail(text) if raw.kind != "html" else None
    if mail is not None:
        # (a subject typed without diacritics gives way to the headline read with them)
        subject = marked_over_unmarked(mail.title, cleaned.title)
        title, outlet = subject or title, outlet or mail.sender
        # (a host name read from a signature's "Website:" line: the sending body names itself)
        outlet = mail.sender if mail.sender and web_address_only(outlet) else outlet
        # (a ministry's unit mailing from the ministry's domain: the unit, not the ministry)
        outlet = unit_over_parent(outlet, mail.sender, text) or outlet
    # (a pasted web page's menu row, date bar, tagline or caption taken for the title: the
    # line shaped as a headline that opens the article)
    title = (pasted_headline(text, title) if raw.kind == "text" and mail is None else "") or title
    # (a menu row of running names the lead never retells: the line over the lead it does)
    title = (retold_headline(text, title) if raw.kind == "text" and mail is None else "") or title
    outlet = outlet or (post.channel if post else "")  # (the channel posting it)
    outlet = outlet or (fax_sender(text) if raw.kind != "html" else "")  # (a fax's sender)
    deck = slide_deck(text) if raw.kind != "html" else Deck()  # (a handout of slides)
    outlet = outlet or deck.office
    # (else the institution its presenter's affiliation names on the title slide)
    outlet = outlet or (presenter_body(text) if deck.presenter else "")
    outlet = outlet or (letterhead_name(text) if raw.kind != "html" else "")  # (its first line)
    # (a letter whose letterhead prints no body: its number's code names the issuer)
    outlet = outlet or (numbered_body(found.number) if raw.kind != "html" else "")
    outlet = outlet or (mast.body if mast else "")  # (the body whose speech it is)
    # (a provincial office's section signing, "Phòng X - Sở Y": the office publishes)
    outlet = office_of_section(outlet, text) or outlet
    outlet = section_parent(outlet, text) or outlet  # ("BAN X" over "Phòng Y": Ban X's)
    # (a ministry's centre on its own site: its masthead and "© Centre - Ministry" say so)
    outlet = masthead_unit(outlet, text) or outlet
    outlet = (masthead_office(text, outlet) if raw.kind != "html" else "") or outlet
    # ("Sở X Khánh Hòa" that the text writes "Sở X tỉnh Khánh Hòa"; a network's post)
    outlet = with_level(outlet, text) or outlet or network_name(text)
    outlet = outlet or draft_body(text)  # ("Dự kiến đăng: website Hội": the Hội the text names)
    # (a mission abroad in its country's short name; a member association under its own)
    outlet = plain_office(outlet) or outlet
    outlet = office_as_written(outlet, text) or outlet  # (the office signing as it writes)
    # (a pasted page's foot, "X © 2025", "© The X. License …": when nothing else named it)
    outlet = outlet or (foot_outlet(text) if raw.kind == "text" else "")
    # (the last resort: a contact's "x@house.org", the name the text prints that spells it)
    outlet = outlet or (mailed_site(text) if mail is None else "")
    # (a journal's history names its publication day beside its received and accepted ones;
    # a speech's note under its title, the day it was given, when the text dates no day)
    # (a paper's running head dates its issue, "Số 24 (ra ngày 15/12/2025)": the day it was
    # published, over a day the article's text names)
    issued = raw.published_on if raw.kind == "pdf" and len(raw.published_on) == 10 else ""
    # (a feed's stamp, "12 tháng 10 lúc 09:14", refines a bare year the text gives into its day)
    posted = post_day(text) if len(found.published_on) < len("2025-01-01") else ""
    said = posted if posted.startswith(found.published_on) else found.published_on
    text_day = history_day(text) or issued or said
    text_day = framed_day(text, text_day)  # (a draft's, a repost's, a network post's own day)
    if mail is not None and mail.sent.startswith(text_day):
        text_day = mail.sent  # (the day the mail was sent, over a body's day of no more)
    if len(text_day) < len("2025-01-01"):
        # (a journal's acceptance day over a year the text names: "giai đoạn 2015-2024")
        # (a head row's dated cell, "Section | Ngày …", over a journal's acceptance day)
        text_day = speech_note_day(text) or head_day(text) or head_cell_day(text) or text_day
        whole = len(text_day) == len("2025-01-01")
        text_day = text_day if whole else accepted_day(text) or text_day
        text_day = letterhead_day(text) or text_day  # (a letterhead's "Date:" field)
        text_day = head_issue_day(text) or text_day  # ("ĐIỂM BÁO NGÀY 29/10/2025")
        text_day = credit_day(text) or text_day  # ("Prepared by X, 30 June 2025")
        text_day = row_dated if refines(row_dated, text_day) else text_day
    if deck.day.startswith(text_day):
        text_day = deck.day  # (a deck's first slide, "Place – Place, ngày …": its day)
    if raw.kind == "pdf" and len(text_day) < len("2025-01-01"):
        # (a booklet's running foot, "Place, 15/10/2025 – Trang 1": its day, when the text's
        # is none or only the year)
        footed = foot_day(text)
        text_day = footed if footed.startswith(text_day) else text_day
    cell_day = (head_cell_day(text) or row_day) if len(text_day) < len("2025-01-01") else ""
    if cell_day.startswith(text_day):
        text_day = cell_day  # (a head row's labelled cell, "Unit | Phát hành ngày …")
    if text_day and len(text_day) < len("2025-01-01") and raw.published_on.startswith(text_day):
        text_day = raw.published_on  # (a running head's day of that year over the year alone)
    if raw.kind == "html":  # (a saved page's shown day over a year its text names)
        text_day = day_over_year(text_day, raw.published_on)
    # (a document's own "posted on" stamp over the day its dateline gives: a speech is
    # published after it is given)
    text_day = (posted_day(text) if raw.kind != "html" else "") or text_day
    # (a broadcast script's head, "BẢN TIN 18H00 - THỨ BẢY, 22/11/2025": the day it airs,
    # over the day its lead reports)
    text_day = (air_day(text, text_day) if raw.kind != "html" else "") or text_day
    if post and post.day.startswith(text_day):
        text_day = post.day  # (a channel post's day and month, in the year the post names)
    # (a letter's dateline over the day its incoming stamp says it was received)
    text_day = (issued_over_received(text_day, text) if raw.kind != "html" else "") or text_day
    # (a pasted page: the dateline under its headline over no day, a year, the top bar's day)
    # (and a page printed from a browser: its print header or footer named it)
    browser_copy = raw.kind == "text" or (raw.kind == "pdf" and bool(raw.title or raw.url))
    text_day = (pasted_day(text, title, text_day) if browser_copy else "") or text_day
    # ("Published: 11/6/2025" under "Lima, Nov. 6": the month's name settles the order; a
    # byline's "10:46, 2025/12/09" when nothing else dates the page)
    text_day = (
        settled_day(text_day, text)
        or (year_first_day(text) if len(text_day) < len("2025-01-01") else "")
        or text_day
    )
    by_url = _dated_by_url(text_day, url)
    # (a page declaring an agency its writer is believed over the text's guess)
    author = (
        (post.source if post else "")  # (a channel post forwarded from its writer)
        or _agency(raw.author if known_outlet(raw.author) else "", outlet)
        # (a journal's "TS. NAME" over "Viện X": a person, over a kicker read as two names)
        or (scholar_writer(text) if raw.kind != "html" else "")
        or _not_own(choose_author(found.author, raw.author), outlet)
        or _agency(signing_agency(text), outlet)
        or team_writers(text)  # ("Nhóm biên tập: A - B": the persons of a labelled team)
        or agency_credit(text, outlet)  # ("Anadolu-HDN": an agency and the outlet's initials)
        or degree_writer(text, title)  # ("ThS. Name - Institute" under the title)
        or unit_writer(text, title)  # ("Name - Thương vụ Việt Nam tại X" under the title)
        or row_writer
        # ("NAME, Outlet staff writer"; a closing "Name - Cổng TTĐT tỉnh"; a speech's speaker)
        or post_writer(text)
        or credited_writer(text)  # ("Written by X." at the foot; "Người dịch: X")
        or speech_speaker(title, text)
        or credited_speaker(text)  # ("BÀI PHÁT BIỂU" / "của PGS.TS. Name, Chủ tịch …")
        or deck.presenter  # (a slide deck's "Trình bày: Name, Post": its speaker)
        or speech_byline(text)  # ("Remarks by H.E. Name, Minister of X" under the title)
        or speaker_line(text)  # ("Ông Name" over the salutation a speech opens on)
        or (mail.signer if mail is not None else "")  # (a mailed report's signer)
        or (lead_byline(text, title) if raw.kind != "html" else "")  # (capitals under the lead)
        or joint_issuer(text)  # ("From: Department X and The Rt Hon Name MP" on a portal)
    )
    # (a labelled team the writer is one of; a repost's or a network post's own writer)
    author = box_writers(author, text) or author
    author = framed_author(text, title, whole_team(author, text) or author)
    author = without_role_only(author)  # ("Phóng viên TTXVN tại X": a role, no person)
    return Metadata(
        title=title,
        # (named in the page's language last: the rules above read the table's name)
        # ("Vietnam News Agency"; an agency's site under its own brand)
        # (an outlet left at its bare address, written as a name: "Kun.uz")
        outlet=organisation_part(
            domain_as_name(in_page_language(outlet, text, found.language, tuple(marks), brand))
        ),
        author=author,
        url=url,
        # a page's "last updated" day only when neither the page nor the text dates it
        published_on=choose_date(
            [(s.removeprefix("date "), iso) for s, iso in raw.site_claims if s.startswith("date ")]
            + [("text", by_url)]  # (the text's day, or its year refined by the address)
        )
        or raw.published_on
        or by_url
        or raw.changed_on
        or accepted_day(text),  # (a journal article dated by its history's acceptance alone)
        # A day and month without a year ("Sáng 20/9") belong to the publication's year.
        context_year=int((raw.published_on or by_url)[:4])
        if raw.published_on or by_url != found.published_on
        else found.context_year,
        countries=found.countries,
        language=found.language,
        partners=found.partners,
        kind=found.kind,
        number=found.number,
    )


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the importer makes of one file before anything is written."""

    raw: RawDocument
    cleaned: Cleaned
    metadata: Metadata
    candidates: list[Candidate]


def read_metadata(raw: RawDocument, cleaned: Cleaned) -> tuple[Cleaned, Metadata]:
    """The metadata of a cleaned file, and its body without the outlet's own masthead (only
    the chosen outlet names it, so it goes once the outlet is known): one step for
    :func:`analyse` and an import that reads the file itself."""
    meta = metadata_of(raw, cleaned)
    # (and its pointer to an earlier story of its own under the article)
    return without_own_earlier(without_own_masthead(cleaned, meta.outlet), meta.outlet), meta


def analyse(path: str | Path) -> Analysis:
    """Read, clean and mine one file as an import would (InputError for a bad file)."""
    raw = read_file(path)
    cleaned, meta = read_metadata(raw, clean(raw.text))
    return Analysis(raw, cleaned, meta, find_candidates(cleaned.body, meta))


def check_sentences(filename: str, body: str) -> None:
    count = len(split_sentences(body))
    if count > MAX_SENTENCES:
        raise InputError(
            f"{filename} has {count:,} sentences; Briefer takes at most {MAX_SENTENCES:,} "
            "sentences from one source, so nothing was added (split it into parts)."
        )


def usable_candidates(filename: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that may become drafts. A "sentence" of tens of thousands of characters
    (a flattened table, text without stops) is no fact to review: it stays in the source, not
    a draft. Too many drafts from one source is refused (InputError): split the file."""
    kept = [
        c
        for c in candidates
        if len(c.statement_vi) <= MAX_STATEMENT_CHARS and len(c.quote) <= MAX_STATEMENT_CHARS
    ]
    if len(kept) > MAX_DRAFTS_PER_SOURCE:
        raise InputError(
            f"{filename} gives {len(kept):,} candidate facts; Briefer makes at most "
            f"{MAX_DRAFTS_PER_SOURCE:,} drafts from one source, so nothing was added "
            "(split it into parts)."
        )
    return kept


__all__ = ["Analysis", "analyse", "check_sentences", "metadata_of", "usable_candidates"]

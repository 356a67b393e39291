"""Sentences that hold no fact of the pair, by the kind of line they are (pure).

One question for the candidate finder (:mod:`briefer.ingest.candidates`): is this sentence
a correction note's or a meeting record's roll (:mod:`briefer.ingest.notelines`), one
country's own public finances or regional rank (:mod:`briefer.ingest.ownbooks`), or an
item of a news-in-brief column about something else (:mod:`briefer.ingest.briefs`), or a
headline that tells a figure (:mod:`briefer.ingest.headlines`) or one run into the lead
(:mod:`briefer.ingest.gluedstops`), a pact the partner signed with a third country
(:mod:`briefer.ingest.thirdsigning`), a currency's own rate or move
(:mod:`briefer.ingest.currencymove`), or what a paper or its writer proposes
(:mod:`briefer.ingest.authorview`), or one country's own size — population, area, GDP
(:mod:`briefer.ingest.ownsize`) or output and sector exports
(:mod:`briefer.ingest.ownoutput`), or an aside opened by "Separately," / "Trong khi đó,"
about one side alone (:mod:`briefer.ingest.asidelead`)?
"""

from __future__ import annotations

from briefer.ingest.asidelead import aside_lead
from briefer.ingest.authorview import author_view
from briefer.ingest.briefs import off_item
from briefer.ingest.currencymove import currency_move
from briefer.ingest.gluedstops import glued_headline
from briefer.ingest.headlines import figure_headline
from briefer.ingest.lettergreeting import own_greeting
from briefer.ingest.listintro import list_intro
from briefer.ingest.notelines import correction_note, roll_line
from briefer.ingest.ownbooks import own_books
from briefer.ingest.owneconomy import own_economy
from briefer.ingest.ownoutput import own_output
from briefer.ingest.ownsize import own_size
from briefer.ingest.readercall import reader_call
from briefer.ingest.spans import Sentence, is_heading
from briefer.ingest.thirdsigning import signed_with_third


def beside_the_pair(body: str, s: Sentence, partner: str, briefs: bool) -> bool:
    """Whether the sentence ``s`` of ``body`` is no fact of the pair with ``partner``
    (``briefs``: the text is a column of news in brief)."""
    text = s.text
    if correction_note(body, s.start) or roll_line(text) or own_books(text) or list_intro(text):
        return True
    if is_heading(body, s) and figure_headline(text):
        return True
    if own_economy(text):
        return True  # one country's own growth, forecast: no figure, date or claim of the pair
    if own_output(text):
        return True  # "Sản lượng dầu của X đạt …": one country's own production, no flow
    if aside_lead(text):
        return True  # "Separately, the central bank said …": an aside about one side alone
    if own_size(text):
        return True  # "X có dân số 3 triệu người, GDP … 13 tỷ USD": one side's own size
    if currency_move(text):
        return True  # "Đồng rand dao động quanh mức 17,4 rand đổi 1 USD": money's price, no trade
    if own_greeting(text):
        return True  # "… tôi xin gửi tới Ngài … lời chúc mừng": the letter greets its reader
    if author_view(text):
        return True  # "Bài viết đề xuất …", "Theo tính toán của tác giả, …": the writer's own
    if signed_with_third(text):
        return True  # "Costa Rica đã ký FTA với Trung Quốc …": the partner's own ties
    if reader_call(text):
        return True  # "… trân trọng kính mời Quý doanh nghiệp tham dự …": the note's own ask
    if glued_headline(body, s.start, s.end):
        return True  # a headline run into the lead ("… Joint Commission.Bilateral trade …")
    return briefs and off_item(body, s.start, s.end, partner)


__all__ = ["beside_the_pair"]

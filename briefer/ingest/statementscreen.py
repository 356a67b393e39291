"""Which clauses, though they hold a statement topic's cue words, are no statement (pure).

The candidate finder proposes a statement for a sentence (or for each clause figures and
events left) with the cue words of a topic; this screen sets aside what tells no fact of the
pair's: a heading without its full stop, an announcement ("… như sau:"), goods that go on
from a figure's clause, an interviewer's question, getting ready, routine (a review of the
ties, a courtesy call, the fields talked over), who else attended, one side's own economy
(its growth, or its state told without a figure), a third source's news, a speaker's mere
view or advice to firms (:mod:`briefer.ingest.mereview`), a plan's aims under its heading,
a vague "many firms …" with no example, and, for a whole sentence, a topic line ("Trade has grown
steadily.") or an interview's frame ("X sat down with …"). A standfirst (the body's first
paragraph, one sentence, the article below it) is a topic line at a longer length: a deck
sums the piece up in general words, the facts come in the text it heads.
"""

from __future__ import annotations

import re

from briefer.ingest import keywords as kw
from briefer.ingest.candidateparts import EXAMPLES, VAGUE
from briefer.ingest.headlines import STANDFIRST_WORDS, topic_sentence
from briefer.ingest.interviewframe import interview_frame
from briefer.ingest.mereview import mere_view
from briefer.ingest.owneconomy import economy_state, own_economy
from briefer.ingest.routine import goods_go_on, home_attendance, plan_aim, routine
from briefer.ingest.thirdsource import third_source


def no_statement(
    text: str, before: str, made: bool, main: str, *, standfirst: bool = False
) -> bool:
    """Whether the clause ``text`` (``before`` the text above it, ``made`` whether figures or
    events took part of its sentence, ``main`` the text's partner, ``standfirst`` whether it is
    the body's first paragraph whole, with the article under it) is no statement."""
    if len(text) < 100 and not re.search(r"[.!?…][”\"’)]?\s*$", text):
        return True  # a heading ("3. Hợp tác giáo dục"), not a statement
    if text.rstrip().endswith(":") or (made and goods_go_on(text)):
        return True  # "… như sau:" announces what follows; "…; nhập khẩu …" goes on
    if re.search(r"\?[”\"’)]?\s*$", text):
        return True  # an interviewer's question asks; the answer states
    skip = kw.PREPARATION.match(text) or routine(text) or home_attendance(text)
    skip = skip or own_economy(text) or third_source(text, main)  # (not the pair's)
    skip = skip or mere_view(text)  # a view, a remark, advice to firms: mereview.py
    skip = skip or economy_state(text)  # "Kinh tế X vẫn gặp nhiều khó khăn."
    if skip or plan_aim(before):
        return True  # getting ready; a review of all the ties; who else was there; aims
    if VAGUE.match(text) and not EXAMPLES.search(text):
        return True  # "Nhiều doanh nghiệp … đã có mặt …": no count, no name, no fact
    if made:
        return False
    # "Trade has grown steadily."; "X sat down with …": no facts of its own
    topic = topic_sentence(text, STANDFIRST_WORDS) if standfirst else topic_sentence(text)
    return topic or bool(interview_frame(text))


__all__ = ["no_statement"]

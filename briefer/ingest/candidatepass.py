"""The candidate finder's last pass over a text's candidates, once all are found (pure).

Some readings need the sentences after a candidate or the whole text's count of countries,
which the sentence-by-sentence finder has not seen yet: an undated signing that the next
sentence retells with its day (:mod:`briefer.ingest.retoldsigning`), ties the sides agree
to raise at talks told above (:mod:`briefer.ingest.talksupgrade`), and Việt Nam's trade
with a third country named only in passing (:mod:`briefer.ingest.passingpair`), and a
reception dated on a day of a visit told elsewhere (:mod:`briefer.ingest.routinecalls`), and
a visit told again by its noun alone (:mod:`briefer.ingest.visitrecall`), and an act done on
a day during a visit (:mod:`briefer.ingest.actday`), and acts at talks told without a day of
their own (:mod:`briefer.ingest.talksacts`), and a visit told only by its "visiting" guest
(:mod:`briefer.ingest.visitingguest`).
"""

from __future__ import annotations

from briefer.ingest.actday import act_days
from briefer.ingest.candidate import Candidate
from briefer.ingest.cleantypes import Metadata
from briefer.ingest.passingpair import passing_pairs
from briefer.ingest.retoldsigning import dated_by_retelling
from briefer.ingest.routinecalls import reception_days
from briefer.ingest.talksacts import acts_at_talks
from briefer.ingest.talksupgrade import raised_at_talks
from briefer.ingest.visitingguest import visiting_guests
from briefer.ingest.visitrecall import recalled_visits


def last_pass(body: str, candidates: list[Candidate], meta: Metadata, main: str) -> list[Candidate]:
    """``candidates`` of ``body`` (``meta`` its metadata, ``main`` the text's partner)
    with undated signings dated by their retelling, passing third pairs' trade and receptions
    on a told visit's days left out, and a visit told again by its noun alone given the
    direction told before."""
    dated = raised_at_talks(
        dated_by_retelling(body, candidates, meta), meta.published_on
    )  # (talksupgrade.py)
    dated = acts_at_talks(body, dated)  # (a signing or a raising at talks: talksacts.py)
    dated = visiting_guests(body, dated, meta.published_on)  # (visitingguest.py)
    # (a reception on a day of a visit told elsewhere: that visit's day, routinecalls.py)
    dated = recalled_visits(dated)  # ("The visit, from … to …": visitrecall.py)
    dated = act_days(dated, meta.context_year)  # ("announced on May 16 during …": actday.py)
    return reception_days(passing_pairs(body, dated, meta.title, main))


__all__ = ["last_pass"]

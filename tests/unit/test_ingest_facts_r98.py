"""Round 98: key facts read with the right pair but the wrong period or kind — a period
fronted after a scope frame or a mission's name, "that year" pointing at the sentence
before, a proposal made during a visit, a foreign head's visit named by its title. Wording
of our own (other countries, leaders, figures, years; both languages)."""

from __future__ import annotations

import re

import pytest

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.eventwords import proposal_kept
from briefer.ingest.keywords import EVENT_CUES, PROPOSAL, EventCue
from briefer.ingest.spans import _framed
from briefer.ingest.thatyear import sentence_before, year_told_before
from briefer.ingest.visitors import foreign_head_side, visitor_side

_META = Metadata(published_on="2024-11-12", context_year=2024)


def _found(body: str) -> list[Candidate]:
    return find_candidates(body, _META)


def _periods(body: str) -> dict[float | None, str]:
    return {c.value: c.period for c in _found(body) if c.kind == "figure"}


def _cues(text: str) -> list[tuple[EventCue, re.Match[str]]]:
    """The visit cues of ``text`` (cue, match)."""
    return [(c, m) for c in EVENT_CUES if c.name == "visit" for m in c.pattern.finditer(text)]


def _visits(body: str) -> set[tuple[str, str]]:
    return {(c.event_date, c.metric) for c in _found(body) if c.kind == "event"}


# --- a fronted period after a scope or topic frame, a speaker's "ghi nhận", a mission ------


@pytest.mark.parametrize(
    "body",
    [
        "Trên phạm vi cả nước, trong 7 tháng đầu năm 2024, kim ngạch thương mại Việt Nam -"
        " Campuchia đạt 5,2 tỷ USD.",
        "Về thương mại, trong 7 tháng đầu năm 2024, kim ngạch thương mại Việt Nam - Campuchia"
        " đạt 5,2 tỷ USD.",
        "Ở cấp quốc gia, theo Tổng cục Thống kê, trong 7 tháng đầu năm 2024, kim ngạch thương"
        " mại Việt Nam - Campuchia đạt 5,2 tỷ USD.",
        "Tại cuộc gặp, hai bên ghi nhận 7 tháng đầu năm 2024, kim ngạch thương mại Việt Nam -"
        " Campuchia đạt 5,2 tỷ USD.",
    ],
)
def test_period_fronted_after_a_frame(body: str) -> None:
    assert _periods(body)[5.2e9] == "2024-01..2024-07"


def test_period_fronted_after_a_mission_that_also_covers_a_country() -> None:
    body = (
        "Theo Đại sứ quán Việt Nam tại Peru, kiêm nhiệm Bolivia, năm 2023, kim ngạch thương"
        " mại Việt Nam - Bolivia đạt 38 triệu USD."
    )
    assert _periods(body)[38e6] == "2023"


def test_english_scope_frame() -> None:
    body = "Nationwide, in 2023, two-way trade between Vietnam and Cambodia reached $9.3 billion."
    assert _periods(body)[9.3e9] == "2023"


@pytest.mark.parametrize(
    ("parts", "framed"),
    [
        (["Trên bình diện cả nước"], True),
        (["Về đầu tư"], True),
        (["On the investment front"], True),
        (["Ở tầm quốc gia", " theo số liệu của Bộ Tài chính"], True),
        (["Theo Thương vụ Việt Nam tại Mexico", " kiêm nhiệm Cuba"], True),
        # near-misses: a clause of news of its own, a lower-case part after a source that
        # is no mission's cover
        (["Giá gạo xuất khẩu tăng mạnh"], False),
        (["Theo Thương vụ Việt Nam tại Mexico", " giá cà phê tăng"], False),
        (["Trên đà phục hồi"], False),
    ],
)
def test_what_frames_a_fronted_period(parts: list[str], framed: bool) -> None:
    assert _framed(parts) is framed


# --- "that year": the year the sentence before names ---------------------------------------


def test_that_year_is_the_year_of_the_sentence_before() -> None:
    body = (
        "Ngày 3/3/2005, hai nước ký Hiệp định thương mại Việt Nam - Chile. Cũng trong năm đó,"
        " kim ngạch thương mại hai chiều chỉ đạt 210 triệu USD."
    )
    assert _periods(body)[210e6] == "2005"


def test_that_year_in_english() -> None:
    body = (
        "Vietnam and Chile set up diplomatic ties on 25 March 1971. That same year, trade"
        " between Vietnam and Chile came to just $2 million."
    )
    assert year_told_before(body, body.index("That"), "That same year, trade", -1) == "1971"


def test_same_year_after_a_dated_figure_keeps_that_figure_year() -> None:
    # near-miss: the sentence before holds a dated figure; "cùng năm" is its year, not one
    # of the other years that sentence names
    body = (
        "Năm 2019, xuất khẩu sang Chile đạt 900 triệu USD, gấp đôi năm 2015. Cùng năm,"
        " nhập khẩu từ Chile đạt 400 triệu USD."
    )
    start = body.index("Cùng")
    assert year_told_before(body, start, "Cùng năm, nhập khẩu", len("Năm 2019, xuất")) == ""
    assert _periods(body)[400e6] == "2019"


def test_the_same_period_is_no_year() -> None:
    # near-miss: "the same period" points at the last figure's months, not a year told
    body = "Hai nước ký hiệp định năm 2008. Trong cùng giai đoạn, thương mại tăng."
    assert year_told_before(body, body.index("Trong"), "Trong cùng giai đoạn, thương", -1) == ""


def test_sentence_before() -> None:
    body = "Mở đầu. Hai nước ký hiệp định ngày 12.2.1999. Cũng trong năm đó, …"
    begin, text = sentence_before(body, body.index("Cũng"))
    assert text == "Hai nước ký hiệp định ngày 12.2.1999."
    assert begin == body.index("Hai")


# --- a proposal made during a visit: the visit took place ---------------------------------


def test_proposal_made_during_a_visit_keeps_the_visit() -> None:
    body = (
        "Đề xuất này được Bộ trưởng Nông nghiệp Chile nêu ra trong chuyến thăm làm việc tại"
        " Việt Nam từ ngày 8 đến 10/4/2024."
    )
    assert ("2024-04-08..2024-04-10", "visit.inbound") in _visits(body)


def test_a_proposal_for_a_visit_ahead_stays_a_proposal() -> None:
    # near-miss: the visit is still to come
    text = "Bộ trưởng đề nghị hai bên ký thỏa thuận trong chuyến thăm Chile sắp tới."
    proposal = PROPOSAL.search(text)
    assert proposal is not None
    assert proposal_kept(text, proposal, _cues(text)[0]) is proposal
    # (and the same words made during one: the visit took place)
    during = "The request was made during the minister's working visit to Chile in May."
    assert PROPOSAL.search(during) is not None
    assert proposal_kept(during, PROPOSAL.search(during), _cues(during)[0]) is None


# --- a foreign head's visit named by its title ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tháng 4/2019, nhân chuyến thăm chính thức của Quốc vương Harald, hai bên ký 5 văn kiện.",
        "Nhân chuyến thăm cấp Nhà nước của Tổng thống Lula, hai nước ra tuyên bố chung.",
        "During the state visit of King Philippe, the two sides signed six agreements.",
    ],
)
def test_foreign_head_visit_is_inbound(text: str) -> None:
    from briefer.ingest.events import EventFinder

    assert foreign_head_side(text) == "inbound"
    assert EventFinder.direction(text, "NO") == "inbound"


def test_home_leader_visit_is_not_read_as_inbound() -> None:
    # near-miss: Việt Nam's own head of state ("Chủ tịch nước") visiting
    text = "Nhân chuyến thăm chính thức của Chủ tịch nước Lương Văn A, hai bên ký 5 văn kiện."
    assert visitor_side(text, "NO") == ""
    # a home leader's visit recalling a foreign head's earlier one is the home leader's
    # (review of session 25: the foreign head's rule ran first and made it inbound)
    from briefer.ingest.events import EventFinder

    recall = (
        "Ngày 3/6/2025, Chủ tịch nước Lương Văn A thăm chính thức Na Uy, đáp lại chuyến thăm "
        "cấp Nhà nước của Quốc vương Harald tới Việt Nam năm 2023."
    )
    assert EventFinder.direction(recall, "NO") == "outbound"
    assert EventFinder.direction("Nhân chuyến thăm cấp Nhà nước của Quốc vương Harald, hai "
                                 "bên ký 5 văn kiện.", "NO") == "inbound"  # fmt: skip

"""Figures and ranks (r63): a rank grounded on a result told after it ("…, với kim ngạch 9
tháng … đạt …"), a standfirst below the body's own headline, a tourism market's rank."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.cleantypes import Metadata
from briefer.ingest.leadtelling import lead_ends_of
from briefer.ingest.rankfind import ranks_in
from briefer.ingest.rankside import rank_metric_at


def _ranks(text: str) -> list[tuple[float | None, str, str]]:
    return [(c.value, c.period, c.metric) for c in find_candidates(text) if c.unit == "rank"]


def test_a_trailing_with_clause_dates_the_rank_vi() -> None:
    text = (
        "Hà Lan tiếp tục là đối tác thương mại lớn thứ 2 của Việt Nam trong EU, với kim ngạch "
        "hai chiều 9 tháng đầu năm 2026 đạt 9,4 tỷ USD, tăng 7% so với cùng kỳ."
    )
    assert [(v, p) for v, p, _ in _ranks(text)] == [(2.0, "2026-01..2026-09")]


def test_a_trailing_with_clause_dates_the_rank_en() -> None:
    text = (
        "Chile remained Vietnam's fourth-largest trading partner in Latin America, with "
        "two-way trade reaching $1.9 billion in the first eight months of 2026."
    )
    assert [(v, p) for v, p, _ in _ranks(text)] == [(4.0, "2026-01..2026-08")]


def test_a_rank_told_beside_other_clauses_stays_undated() -> None:
    # (no "with" clause: a result after another break is not the rank's ground)
    text = (
        "Peru là đối tác thương mại lớn thứ 5 của Việt Nam tại Mỹ Latinh; kim ngạch 6 tháng "
        "đầu năm 2026 đạt 1,2 tỷ USD."
    )
    assert [p for _, p, _ in _ranks(text)] == [""]


def test_the_lead_after_a_body_opening_on_its_title() -> None:
    body = "Thương mại Việt - Ấn tăng\n\nKim ngạch tăng mạnh.\n\nĐoạn sau."
    ends = (body.index("\n\nKim"), body.index("\n\nĐoạn"))
    assert lead_ends_of(body, "Thương mại  Việt - Ấn tăng") == ends
    assert lead_ends_of(body, "Another headline") == ends[:1]
    assert lead_ends_of("Một đoạn.", "Một đoạn.") == ()


def test_a_standfirst_below_the_headline_gives_way_to_the_full_telling() -> None:
    title = "Việt Nam nhập siêu từ Peru sau 8 tháng"
    body = (
        f"{title}\n\n"
        "Kim ngạch thương mại Việt Nam - Peru trong 8 tháng đầu năm 2026 đạt 3,2 tỷ USD, "
        "nhưng Việt Nam nhập siêu.\n\n"
        "Theo Cục Hải quan, 8 tháng đầu năm 2026, kim ngạch thương mại hai chiều giữa Việt "
        "Nam và Peru đạt 3,2 tỷ USD, tăng 5% so với cùng kỳ."
    )
    meta = Metadata(title=title, partners=("PE",), countries=("PE",))
    totals = [c.quote for c in find_candidates(body, meta) if c.metric == "trade.total"]
    assert len(totals) == 1 and totals[0].startswith("Theo Cục Hải quan")


def test_a_headlines_figure_gives_way_to_the_standfirst_below_it() -> None:
    title = "Việt Nam - Peru đặt mục tiêu thương mại 5 tỉ USD"
    body = (
        f"{title}\n\n"
        "Hai bên nhất trí phấn đấu đưa kim ngạch thương mại song phương lên 5 tỷ USD trong "
        "thời gian sớm nhất.\n\n"
        "Chiều 7-4, hai Bộ trưởng hội đàm tại Hà Nội."
    )
    meta = Metadata(title=title, partners=("PE",), countries=("PE",))
    aims = [c.quote for c in find_candidates(body, meta) if c.metric.endswith(".target")]
    assert len(aims) == 1 and aims[0].startswith("Hai bên nhất trí")


def _metric(text: str) -> str | None:
    ((_, start, end),) = ranks_in(text)
    return rank_metric_at(text, start, end, None)


def test_a_tourism_market_ranked_among_a_peoples_destinations() -> None:
    assert _metric(
        "Việt Nam hiện là thị trường du lịch lớn thứ 3 của người Kazakhstan ở châu Á."
    ) == ("tourism.rank_in_asia")
    assert _metric("Hàn Quốc là thị trường khách lớn nhất của thành phố.") == "tourism.rank"


def test_a_tourism_market_by_its_own_size_is_no_rank() -> None:
    assert _metric("Thái Lan là thị trường du lịch lớn nhất Đông Nam Á.") is None
    assert _metric("Đây là hai thị trường khách châu Âu lớn nhất của tỉnh.") is None

"""Key facts and their readings (r46): a summary note is no news-in-brief column; a visit's
and a partnership's cues; which telling of a figure told twice is cited."""

from __future__ import annotations

from typing import Any

from briefer.ingest.briefs import brief_column
from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata


def _found(body: str, title: str = "", lang: str = "vi", day: str = "2025-11-20") -> list[Any]:
    meta = Metadata(title=title, language=lang, published_on=day, context_year=int(day[:4]))
    return find_candidates(body, meta)


def test_summary_note_is_no_brief_column() -> None:
    assert not brief_column("I. QUAN HỆ CHÍNH TRỊ", "Thông tin tóm tắt về quan hệ Việt Nam - Chile")
    assert brief_column("Xuất khẩu gạo tăng.", "Tin tóm tắt kinh tế ngày 3/11")
    assert brief_column("Xuất khẩu gạo tăng.", "Tin vắn quốc tế")


def test_summary_note_keeps_an_unnamed_flow_of_the_pair() -> None:
    body = (
        "Năm 2024, kim ngạch thương mại song phương Việt Nam - Kenya đạt 210 triệu USD.\n\n"
        "6 tháng đầu năm 2025, kim ngạch thương mại hai chiều đạt 130 triệu USD; trong đó"
        " Việt Nam xuất khẩu 90 triệu USD và nhập khẩu 40 triệu USD."
    )
    found = _found(body, "Thông tin tóm tắt về quan hệ kinh tế Việt Nam - Kenya")
    flows = {c.value: (c.pair, c.period) for c in found if c.unit == "USD"}
    assert flows[130e6] == ("VN-KE", "2025-01..2025-06")
    assert flows[90e6] == ("VN-KE", "2025-01..2025-06")


def _events(body: str, lang: str = "vi") -> list[tuple[str, str]]:
    return [(c.event_date, c.metric) for c in _found(body, lang=lang) if c.kind == "event"]


def test_partnership_set_up_in_the_passive_is_a_milestone() -> None:
    body = (
        "Officials said Chile and Vietnam, which established diplomatic relations on March 25,"
        " 1971, had deepened trust since the Strategic Partnership was established in 2016."
    )
    assert ("2016", "relations.strategic_partnership") in _events(body, "en")
    body = "The Comprehensive Strategic Partnership, which was forged in 2023, guides the ties."
    assert ("2023", "relations.comprehensive_strategic_partnership") in _events(body, "en")


def test_political_consultation_abroad_is_a_visit_out() -> None:
    body = (
        "Ngày 4/3, tại Santiago, Thứ trưởng Ngoại giao Việt Nam và Thứ trưởng Ngoại giao Chile"
        " đồng chủ trì phiên tham vấn chính trị lần thứ 4 giữa hai Bộ Ngoại giao."
    )
    assert ("2025-03-04", "visit.outbound") in _events(body)


def test_trip_named_by_its_noun_and_destination() -> None:
    body = "Chuyến công tác Hàn Quốc của Bộ trưởng Công Thương diễn ra từ ngày 3 đến 6/9."
    assert ("2025-09-03..2025-09-06", "visit.outbound") in _events(body)


def test_ordinal_by_someone_to_a_country() -> None:
    from briefer.ingest.tripnoun import trip_side

    text = "The trip is the first by a Polish president to Vietnam since 2009."
    assert trip_side(text, "PL") == "inbound"
    assert trip_side("It was the second visit by Vietnam's leader to Poland.", "PL") == "outbound"
    assert trip_side("Cuộc công du Ba Lan của Thủ tướng kéo dài ba ngày.", "PL") == "outbound"
    assert trip_side("The trip was a success.", "PL") == ""


def test_visit_as_the_occasion_of_a_milestone() -> None:
    body = (
        "In 2019, the two sides upgraded their ties to a Comprehensive Partnership during"
        " President Charles' visit to Hanoi."
    )
    assert ("2019", "visit.inbound") in _events(body, "en")
    body = (
        "Năm 2022, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao với chuyến thăm chính"
        " thức Việt Nam của Thủ tướng Ấn Độ."
    )
    assert ("2022", "visit.inbound") in _events(body)


def test_standfirst_figure_gives_way_to_the_telling_below() -> None:
    body = (
        "Trade with Chile hit $1.9 billion in the first ten months of 2025, a new high.\n\n"
        "SANTIAGO — Two-way trade between Vietnam and Chile reached US$1.9 billion in the first"
        " ten months of 2025, up 8 per cent year-on-year, the ministry said."
    )
    found = [c for c in _found(body, lang="en") if c.metric == "trade.total"]
    assert len(found) == 1
    assert found[0].quote.startswith("SANTIAGO — Two-way trade")
    assert found[0].period == "2025-01..2025-10"


def test_lead_restatements_only_for_a_reading_told_again_below() -> None:
    from briefer.ingest.leadtelling import lead_restatements

    reading = ("VN-CL", "trade.total", "2025", 1.0, "USD")
    en, vi = "Trade hit $1 billion in 2025.", "Kim ngạch thương mại đạt 1 tỷ USD năm 2025."
    assert lead_restatements(50, [(0, en, reading), (80, en, reading)]) == {0}
    assert lead_restatements(50, [(0, en, reading), (80, en, None)]) == set()
    assert lead_restatements(0, [(0, en, reading), (80, en, reading)]) == set()
    # (a bilingual text's translation below is no restating)
    assert lead_restatements(50, [(0, vi, reading), (80, en, reading)]) == set()


def test_scheduled_visit_inside_a_proposal_is_a_visit() -> None:
    body = (
        "Đề xuất: Lãnh đạo Bộ tiếp Bộ trưởng Nông nghiệp Chile Esteban Valenzuela, dự kiến"
        " thăm Việt Nam trong tháng 3/2026, để thúc đẩy ký kết Bản ghi nhớ."
    )
    assert ("2026-03", "visit.inbound") in _events(body)
    body = "Đề nghị Bộ trưởng thăm Chile trong tháng 3/2026 để thúc đẩy hợp tác."
    assert ("2026-03", "visit.outbound") not in _events(body)


def test_visit_followed_on_from_another_is_an_event_of_its_own() -> None:
    body = (
        "Bộ trưởng Ngoại giao Chile đang dẫn đầu đoàn công tác thăm Việt Nam từ ngày 3 đến 5/3,"
        " tiếp nối chuyến thăm chính thức Chile của Chủ tịch nước vào tháng 11/2024."
    )
    events = _events(body)
    assert ("2025-03-03..2025-03-05", "visit.inbound") in events
    assert ("2024-11", "visit.outbound") in events


def test_an_earlier_visit_told_in_passing_keeps_the_current_visit_time() -> None:
    from briefer.ingest.signingday import narrower

    current = ("2026-02-25", "2026-02-28")
    assert narrower(current, ("2023-10", "2023-10")) == current
    assert narrower(("2023-10", "2023-10"), current) == current
    assert narrower(current, ("2026-02-26", "2026-02-26")) == ("2026-02-26", "2026-02-26")


def test_ties_raised_at_the_talks_take_the_talks_day() -> None:
    body = (
        "The two leaders agreed to upgrade ties to a Strategic Partnership.\n\n"
        "SANTIAGO — Vietnamese President Lương Cường held talks with Chilean President Gabriel"
        " Boric in Santiago on November 12, 2024.\n\n"
        "Trade between the two countries reached US$1.9 billion in 2023."
    )
    raised = [c for c in _found(body, lang="en") if c.metric.startswith("relations.")]
    assert [(c.kind, c.event_date, c.metric) for c in raised] == [
        ("event", "2024-11-12", "relations.strategic_partnership")
    ]


def test_ties_raised_in_vietnamese_and_no_talks_no_date() -> None:
    from briefer.ingest.talksupgrade import partnership_metric

    assert partnership_metric("Đối tác chiến lược toàn diện") == (
        "relations.comprehensive_strategic_partnership"
    )
    body = "Hai bên nhất trí nâng cấp quan hệ lên Đối tác chiến lược trong thời gian tới."
    assert all(c.kind != "event" for c in _found(body))


def test_a_raising_put_off_to_later_stays_a_statement() -> None:
    body = (
        "HÀ NỘI — Prime Minister Phạm Minh Chính held talks with Chile's President in Hà Nội on"
        " November 12, 2024.\n\nThe two leaders agreed to elevate relations to a Strategic"
        " Partnership in the near future."
    )
    assert not [c for c in _found(body, lang="en") if c.metric.startswith("relations.")]


def test_standfirst_that_names_the_pair_gives_way_to_an_unnamed_telling_below() -> None:
    body = (
        "Trong 6 tháng đầu năm 2025, kim ngạch thương mại Việt Nam - Chile đạt 1,1 tỷ USD.\n\n"
        "Chiều 3/7, tại Santiago, Đại sứ quán Việt Nam tại Chile tổ chức gặp mặt doanh nghiệp.\n\n"
        "Theo Đại sứ, trong 6 tháng đầu năm 2025, kim ngạch thương mại song phương đạt 1,1 tỷ"
        " USD, tăng 9% so với cùng kỳ năm 2024."
    )
    totals = [c for c in _found(body) if c.metric == "trade.total"]
    assert [c.quote[:12] for c in totals] == ["Theo Đại sứ,"]
    assert totals[0].pair == "VN-CL"


def test_rank_of_third_countries_in_the_partners_market() -> None:
    from briefer.ingest.rankedsubject import third_subject

    text = "Thái Lan và Ấn Độ hiện là các nhà cung cấp gạo lớn nhất cho thị trường Kenya."
    assert third_subject(text, text.index("lớn nhất"), "KE")
    text = "Kenya's imports reached $20 billion, of which China remains the largest supplier."
    assert third_subject(text, text.index("largest"), "KE")
    text = "Việt Nam hiện là nhà cung cấp gạo lớn nhất cho Kenya."
    assert not third_subject(text, text.index("lớn nhất"), "KE")
    text = "Kenya là đối tác thương mại lớn nhất của Việt Nam tại Đông Phi."
    assert not third_subject(text, text.index("lớn nhất"), "KE")


def test_rank_among_vietnams_own_markets_is_kept() -> None:
    from briefer.ingest.rankedsubject import third_subject

    text = "Chile và Peru lần lượt là thị trường lớn thứ hai và thứ ba của cà phê Việt Nam."
    assert not third_subject(text, text.index("lớn thứ hai"), "KE")

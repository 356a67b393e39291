"""Visits and dated events on wording of our own (issue 19, the unseen17 facts round): a
courtesy call paid is a visit (not a call for something), a delegation led to a city of
Việt Nam's came in, a day an anniversary is the occasion of is an event of its own beside
the founding, and a month-day date with its year after a blank alone ("July 17th 2025")."""

from __future__ import annotations

from briefer.text.dates import find_dates
from tests.mined import candidates as _candidates
from tests.mined import events as _visits


def test_a_courtesy_call_paid_abroad_is_an_outbound_visit() -> None:
    body = (
        "The Vietnamese trade mission headed by Vice Minister Tran Van Binh paid a courtesy "
        "call on the Kenyan Cabinet Secretary for Trade in Nairobi on Monday, June 2."
    )
    assert _visits(body, "KE") == [("2025-06-02", "visit.outbound")]


def test_a_call_on_someone_to_act_is_still_a_proposal() -> None:
    body = "On 3 June 2025 the minister called on Kenya to open its market to Vietnamese rice."
    assert all(not m.startswith("visit.") for _, m in _visits(body, "KE"))


def test_a_delegation_led_to_a_city_of_viet_nams_came_in() -> None:
    body = (
        "Deputy Minister Lars Holm led a delegation of 25 Danish firms to Da Nang and Hue "
        "on 12–14 March, the embassy said."
    )
    assert _visits(body, "DK") == [("2025-03-12..2025-03-14", "visit.inbound")]


def test_a_day_an_anniversary_is_the_occasion_of_is_an_event_beside_the_founding() -> None:
    lead = (
        "Sáng 4/6/2025, tại Bảo tàng Hà Nội, Đại sứ quán Ba Lan tổ chức hòa nhạc nhân dịp kỷ "
        "niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam - Ba Lan (4/2/1950 - 4/2/2025)."
    )
    assert sorted(_visits(lead, "PL")) == [
        ("1950-02-04", "relations.established"),
        ("2025-06-04", ""),
    ]
    # (the day after the anniversary: the founding's cue before it is not the day's own)
    after = (
        "Nhân dịp kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam - Ba Lan (4/2/1950 - "
        "4/2/2025), tối 4/6/2025, Đại sứ quán Ba Lan tổ chức hòa nhạc tại Hà Nội."
    )
    assert sorted(_visits(after, "PL")) == [
        ("1950-02-04", "relations.established"),
        ("2025-06-04", ""),
    ]


def test_an_anniversary_alone_names_only_the_founding() -> None:
    body = (
        "Năm 2025, hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam - Ba Lan "
        "(4/2/1950 - 4/2/2025)."
    )
    assert _visits(body, "PL") == [("1950-02-04", "relations.established")]


def test_a_month_day_date_takes_its_year_after_a_blank() -> None:
    assert [r.iso for r in find_dates("Monday, March 3rd 2025 - 10:15 GMT")] == ["2025-03-03"]
    assert [r.iso for r in find_dates("signed on March 3 2025.")] == ["2025-03-03"]
    # a count after the day is no year: "on May 5 2000 people marched"
    assert [r.iso for r in find_dates("on May 5 2000 people marched", 2024)] == ["2024-05-05"]


def _statements(body: str, partner: str) -> list[str]:
    return [c.quote for c in _candidates(body, partner) if c.kind == "statement"]


def test_a_review_of_all_the_ties_is_no_statement_but_an_accord_in_it_is() -> None:
    routine = (
        "4. The two delegations also reviewed the whole range of bilateral cooperation, "
        "including fisheries, culture and higher education.\n\n"
        "Hai bên trao đổi về các vấn đề quốc tế và khu vực cùng quan tâm, trong đó có hợp tác "
        "trong khuôn khổ Liên hợp quốc và Phong trào Không liên kết."
    )
    assert _statements(routine, "CL") == []
    review = (
        "At the talks, the two presidents reviewed bilateral ties and discussed ways to widen "
        "cooperation, as well as global and regional developments of common interest."
    )
    assert _statements(review, "CL") == []
    agreed = (
        "The two delegations reviewed the whole range of bilateral cooperation and agreed to "
        "open a joint fisheries research centre in Valparaiso."
    )
    assert len(_statements(agreed, "CL")) == 1


def test_who_else_attended_is_no_statement_unless_the_partner_is_listed() -> None:
    home_only = (
        "Tiếp đoàn có Phó Giám đốc Sở Nông nghiệp tỉnh An Giang cùng lãnh đạo Trung tâm "
        "Khuyến nông, Chi cục Thủy sản và Hội Nông dân tỉnh trong chương trình hợp tác."
    )
    assert _statements(home_only, "CL") == []
    with_partner = (
        "Cùng dự lễ ký có Đại sứ Chi-lê tại Việt Nam cùng đại diện Bộ Nông nghiệp Chi-lê và "
        "Hiệp hội Xuất khẩu trái cây trong khuôn khổ chương trình hợp tác nông nghiệp."
    )
    assert len(_statements(with_partner, "CL")) == 1


def test_a_scale_initial_glued_to_a_currency_amount_multiplies_it() -> None:
    from briefer.text.numbers import find_amounts

    def read(text: str) -> list[tuple[float, str]]:
        return [(a.value, a.unit) for a in find_amounts(text, "en")]

    assert read("Exports to Chile reached $350m last year.") == [(350_000_000.0, "USD")]
    assert read("a €1.5b rail loan and a $20k prize") == [
        (1_500_000_000.0, "EUR"),
        (20_000.0, "USD"),
    ]
    # without a currency the letter is a unit of its own: "a 5m road" is five metres
    assert read("a 5m road") == []


def test_a_view_credited_to_experts_unnamed_is_no_statement_unless_it_advises() -> None:
    views = (
        "Theo các chuyên gia, nhu cầu cà phê rang xay tại Chi-lê sẽ còn tăng trong nhiều năm "
        "tới nhờ tầng lớp trung lưu mở rộng.\n\n"
        "Industry analysts in Santiago said the accord would matter most to salmon farmers "
        "and to fruit exporters in the south."
    )
    assert _statements(views, "CL") == []
    advice = (
        "Theo các chuyên gia, doanh nghiệp xuất khẩu Việt Nam cần đẩy mạnh liên kết với các "
        "nhà nhập khẩu Chi-lê để giảm chi phí logistics và mở rộng thị phần."
    )
    assert len(_statements(advice, "CL")) == 1

"""A visit's routine told on its own (r74): a courtesy call, the fields of cooperation talked
over are no statements; a reception dated on a day of a visit told elsewhere is that
visit's day, no visit of its own — while a reception that is all a text tells of its visit,
and a routine sentence that settles or counts something, stay."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.routine import routine as routine_call


def _found(text: str, partner: str, lang: str = "vi") -> list[tuple[str, str, str]]:
    meta = Metadata(
        language=lang, partners=(partner,), published_on="2025-09-30", context_year=2025
    )
    return [(c.kind, c.event_date, c.quote) for c in find_candidates(text, meta)]


def _quotes(text: str, partner: str, lang: str = "vi") -> list[str]:
    return [quote for _, _, quote in _found(text, partner, lang)]


def test_courtesy_calls_and_fields_talked_over_are_routine() -> None:
    assert routine_call(
        "Cũng trong dịp này, Thứ trưởng Ahmed Sow đã chào xã giao Chủ tịch Quốc hội."
    )
    assert routine_call("During her stay, the envoy also paid a courtesy call on the Speaker.")
    assert routine_call("Hai bên đã thảo luận về hợp tác trong các lĩnh vực logistics, y tế.")
    assert routine_call("The two sides discussed cooperation in aviation, tourism and fisheries.")


def test_a_settled_asked_or_counted_routine_stays() -> None:
    # (near misses: what the sides agreed, what one asked, a count)
    assert not routine_call(
        "Hai bên trao đổi về hợp tác thủy sản và nhất trí thành lập nhóm công tác chung."
    )
    assert not routine_call(
        "The two sides discussed cooperation and agreed to open a trade office."
    )
    assert not routine_call("Đoàn đã làm việc với 12 doanh nghiệp chế biến hạt điều của tỉnh.")
    # (a named partner's part in a project; a delegation's stops, which the keys accept)
    assert not routine_call("Hai bên trao đổi khả năng Tập đoàn Sonatel tham gia dự án cáp quang.")
    assert not routine_call("Đoàn cũng đã thăm Cảng Cái Mép và làm việc với Hiệp hội Thủy sản.")
    assert not routine_call("Senegal và Việt Nam trao đổi về hợp tác nông nghiệp.")


def test_a_courtesy_call_is_no_statement() -> None:
    call = "Nhân dịp này, Bộ trưởng Ahmed Sow đã chào xã giao Phó Thủ tướng Thường trực."
    text = (
        "Bộ trưởng Thương mại Senegal Ahmed Sow thăm chính thức Việt Nam từ ngày 8 đến "
        f"11/9/2025. {call}"
    )
    quotes = _quotes(text, "SN")
    assert quotes and call not in quotes


@pytest.mark.parametrize(
    ("visit", "reception", "partner", "lang"),
    [
        (
            "Đoàn công tác Bộ Thương mại Senegal thăm và làm việc tại Việt Nam từ ngày 8 đến "
            "11/9/2025.",
            "Sáng 9/9, Chủ tịch UBND tỉnh Bến Tre đã tiếp Đoàn.",
            "SN",
            "vi",
        ),
        (
            "A Senegalese trade delegation paid a working visit to Vietnam from September 8 to "
            "11, 2025.",
            "On September 9, the governor of Ben Tre received the delegation.",
            "SN",
            "en",
        ),
        (  # (a foreign state's governor, the visit abroad)
            "Đoàn công tác Bộ Công Thương thăm và làm việc tại Ô-xtrây-li-a từ ngày 8 đến "
            "11/9/2025.",
            "Sáng 9/9, Thống đốc bang Victoria đã tiếp Đoàn.",
            "AU",
            "vi",
        ),
    ],
)
def test_a_local_reception_on_a_told_visits_day_is_that_visits_day(
    visit: str, reception: str, partner: str, lang: str
) -> None:
    found = _found(f"{visit}\n\n{reception}", partner, lang)
    assert any(day.startswith("2025-09-08") for _, day, _ in found)
    assert reception not in [quote for _, _, quote in found]


def test_a_reception_that_is_all_the_text_tells_of_the_visit_stays() -> None:
    reception = (
        "Sáng 9/9, Chủ tịch UBND tỉnh Bến Tre đã tiếp và làm việc với Đoàn công tác Bộ "
        "Thương mại Senegal."
    )
    assert any(day == "2025-09-09" for _, day, _ in _found(reception, "SN"))


def test_a_reception_that_tells_a_milestone_stays() -> None:
    reception = (
        "On September 9, President Macky Diallo received the Vietnamese leader in Dakar, with "
        "the two countries raising their ties to a strategic partnership."
    )
    text = (
        "The Vietnamese leader paid a state visit to Senegal from September 8 to 11, 2025."
        f"\n\n{reception}"
    )
    assert reception in _quotes(text, "SN", "en")


@pytest.mark.parametrize(
    "reception",
    [
        "Sáng 9/9, Bộ trưởng Bộ Công Thương đã tiếp và làm việc với Đoàn.",
        "Sáng 9/9, Thống đốc Ngân hàng Nhà nước đã tiếp Đoàn.",
    ],
)
def test_a_ministrys_or_central_banks_reception_on_a_told_visits_day_stays(
    reception: str,
) -> None:
    # (near misses: the host is no place's authority, but a ministry or a central bank)
    text = (
        "Đoàn công tác Bộ Thương mại Senegal thăm và làm việc tại Việt Nam từ ngày 8 đến "
        f"11/9/2025.\n\n{reception}"
    )
    assert reception in _quotes(text, "SN")


def test_a_local_reception_naming_its_guests_country_stays() -> None:
    # (near miss: the guests named with their country, as the keys count it)
    reception = "Sáng 9/9, Chủ tịch UBND tỉnh Bến Tre đã tiếp Đoàn công tác Bộ Thương mại Senegal."
    text = (
        "Đoàn công tác Bộ Thương mại Senegal thăm và làm việc tại Việt Nam từ ngày 8 đến "
        f"11/9/2025.\n\n{reception}"
    )
    assert reception in _quotes(text, "SN")

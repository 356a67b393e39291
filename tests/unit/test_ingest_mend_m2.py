"""Session 22's review mends of the ingest (m2): Italy's "Ý" after a lower-case word, the
epithets of a region, routine calls, a Vietnamese leader's journey home, a traveller's
trip, an issue line's comma. Wording of our own."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.countries import find_countries
from briefer.ingest.edgedays import issue_month
from briefer.ingest.epithets import epithet_mentions
from briefer.ingest.routine import routine
from tests.mined import candidates


def _codes(text: str) -> list[str]:
    return [m.code for m in find_countries(text)]


# --- "Ý" after a lower-case word ---------------------------------------------------------


def test_italy_after_a_lower_case_word_is_the_country() -> None:
    assert _codes("Kim ngạch xuất khẩu ở Ý tăng mạnh") == ["IT"]
    assert _codes("Đoàn đến Ý ngày 3/4") == ["IT"]
    assert _codes("Doanh nghiệp mở rộng sang Pháp cũng như Ý") == ["FR", "IT"]


def test_a_given_name_or_a_capitals_notice_is_still_no_italy() -> None:
    assert _codes("Ông Trần Như Ý, Phó Giám đốc, cho biết") == []
    assert _codes("ĐỒNG Ý VỚI ĐIỀU KHOẢN") == []


# --- epithets: a region the table knows, never a place named "quốc gia" ---------------------


def _pairs(text: str, partner: str, lang: str) -> list[str]:
    meta = Metadata(
        language=lang, partners=(partner,), published_on="2025-06-20", context_year=2025
    )
    return [c.pair for c in find_candidates(text, meta)]


def _epithets(text: str, main: str) -> list[str]:
    return [m.text for m in epithet_mentions(text, main, find_countries(text))]


def test_a_national_university_is_no_epithet_of_the_partner() -> None:
    text = (
        "Năm 2024, Đại học Quốc gia Hà Nội đã tiếp nhận 300 sinh viên Nhật Bản theo học "
        "bằng học bổng."
    )
    assert _pairs(text, "FR", "vi") == ["VN-JP"]
    for place in (
        "Học viện Chính trị quốc gia Hồ Chí Minh đào tạo cán bộ.",
        "Sân bay quốc gia Minsk đón khách.",
        "Vườn quốc gia Cúc Phương mở cửa.",
    ):
        assert _epithets(place, "BY") == []


def test_the_asian_nation_in_foreign_press_is_viet_nam() -> None:
    text = (
        "Korea is the largest foreign investor in the Asian nation, with US$90 billion of "
        "registered capital in 2024."
    )
    assert _pairs(text, "JP", "en") == ["VN-KR"]


def test_a_regions_epithet_and_its_adjectives_are_the_partners() -> None:
    text = "The West African nation buys rice; the Gulf state buys coffee; quốc gia Nam Mỹ mua cá."
    assert _epithets(text, "GH") == [
        "The West African nation",
        "the Gulf state",
        "quốc gia Nam Mỹ",
    ]


def test_a_plural_or_generic_epithet_is_any_country_of_the_region() -> None:
    text = "Các quốc gia Nam Mỹ và một quốc gia Trung Á mua gạo; quốc gia Nam Mỹ mua cá."
    assert _epithets(text, "PE") == ["quốc gia Nam Mỹ"]


def test_an_epithet_after_a_long_third_countrys_name_describes_it() -> None:
    text = "Saint Vincent and the Grenadines, the Caribbean nation, buys rice."
    assert [m.code for m in find_countries(text)] == ["VC"]
    assert _epithets(text, "CU") == []


# --- a routine call or talk whose second clause commits -----------------------------------


def _statements(text: str, partner: str, lang: str) -> list[str]:
    meta = Metadata(
        language=lang, partners=(partner,), published_on="2025-09-30", context_year=2025
    )
    return [c.quote for c in find_candidates(text, meta) if c.kind == "statement"]


@pytest.mark.parametrize(
    ("sentence", "partner", "lang"),
    [
        (
            "The two sides discussed cooperation in trade and investment, and Chile pledged to "
            "open its market to Vietnamese rice.",
            "CL",
            "en",
        ),
        (
            "Nhân dịp này, Bộ trưởng Ahmed Sow đã chào xã giao Thủ tướng Chính phủ và trao thư "
            "mời thăm Senegal của Tổng thống Faye.",
            "SN",
            "vi",
        ),
    ],
)
def test_a_routine_sentence_whose_second_clause_commits_is_a_statement(
    sentence: str, partner: str, lang: str
) -> None:
    assert sentence in _statements(sentence, partner, lang)
    assert not routine(sentence)


def test_a_courtesy_call_on_two_hosts_is_still_routine() -> None:
    assert routine("Nhân dịp này, Bộ trưởng Ahmed Sow đã chào xã giao Thủ tướng và Phó Thủ tướng.")
    assert routine("During the visit, she paid a courtesy call on the Speaker and the President.")


def test_a_courtesy_call_then_talks_on_a_list_of_fields_is_routine() -> None:
    # (the "và" inside the fields talked over joins two fields, not a second act)
    assert routine(
        "Đoàn đã chào xã giao Bộ trưởng Ngoại giao Bhutan, làm việc với Bộ Nông nghiệp về hợp "
        "tác nông nghiệp, du lịch và hàng không."
    )
    # (another stop of the same round is no act of the guest's own)
    assert routine(
        "Nhân dịp này, Thứ trưởng Lê Minh An đã chào xã giao Phó Thủ tướng Kazakhstan và thăm "
        "Trung tâm Tài chính quốc tế Astana."
    )
    # (the near-miss: an act of the guest's own before the fields is still a claim)
    assert not routine(
        "Đoàn đã chào xã giao Bộ trưởng Ngoại giao Bhutan và trao thư mời về hợp tác hàng không."
    )


# --- a Vietnamese leader's journey home ---------------------------------------------------


def test_a_vietnamese_leader_flying_home_after_a_visit_abroad_went_out() -> None:
    body = "Prime Minister Pham Minh Chinh flew to Hanoi on 4 March 2026 after his visit to Sweden."
    assert _events(body, "SE") == ["visit.outbound"]


def test_a_foreign_ministers_journey_to_a_home_city_came_in() -> None:
    body = (
        "State Secretary Erik Holm travelled to Da Nang on 5 March 2026 to open the "
        "Swedish-Vietnamese Business Forum."
    )
    assert _events(body, "SE") == ["visit.inbound"]


def _events(body: str, partner: str) -> list[str]:
    return [c.metric for c in candidates(body, partner, "2026-03-10") if c.kind == "event"]


# --- a traveller's trip, not tourists' trips ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "On 1 March 2026, Japan began waiving visas for business trips by Vietnamese citizens.",
        "Vietnamese tourists made 500,000 trips to Japan in January 2026, up 20% on a year "
        "earlier.",
    ],
)
def test_tourists_trips_and_a_visa_waiver_are_no_visit(body: str) -> None:
    assert [c.topic for c in candidates(body, "JP", "2026-03-10")] == ["overview"]


def test_a_ministers_trip_is_a_visit() -> None:
    body = "The minister's three-day trip to Tokyo on 3 March 2026 opened a new rice market."
    assert [c.topic for c in candidates(body, "JP", "2026-03-10")] == ["visits"]


# --- a base year's amount in brackets, its currency's symbol first ---------------------------


def test_a_base_years_bracketed_amount_with_its_symbol_is_that_years() -> None:
    body = (
        "Vietnam's exports to Japan rose 9% in 2024 from 2023 (US$1.2 billion) to US$1.3 billion."
    )
    found = [(c.value, c.period) for c in candidates(body, "JP", "2025-03-10") if c.value]
    assert (1_200_000_000.0, "2023") in found
    assert (1_300_000_000.0, "2024") in found


# --- an issue line whose volume and number a comma parts -------------------------------------


def test_an_issue_line_with_a_volume_before_its_number_dates_its_month() -> None:
    assert issue_month(["Asian Trade Review | Volume 3, No. 9, October 2025"]) == "2025-10"
    assert issue_month(["BẢN TIN CÔNG THƯƠNG – Số 10, tháng 10/2025"]) == "2025-10"

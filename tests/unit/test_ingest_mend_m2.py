"""Session 22's review mends of the ingest (m2): Italy's "Ý" after a lower-case word, the
epithets of a region, routine calls, a central bank's governor, a Vietnamese leader's
journey home, a traveller's trip, an issue line's comma. Wording of our own."""

from __future__ import annotations

from briefer.ingest.countries import find_countries


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

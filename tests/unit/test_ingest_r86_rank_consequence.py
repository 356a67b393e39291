"""A rank told as a result's consequence ("…, keeping X as …") is the standing that result's
months gave (r86)."""

from briefer.ingest.candidates import find_candidates


def _rank_periods(text: str) -> list[str]:
    return [c.period for c in find_candidates(text) if c.unit == "rank"]


def test_a_rank_in_a_clause_after_its_result_takes_the_results_months() -> None:
    english = (
        "Trade with Ghana reached $900 million in the first nine months of 2025. Việt Nam sold "
        "rice worth $410 million to Ghana in the period, keeping Ghana as Việt Nam's "
        "second-largest trading partner in Africa."
    )
    assert _rank_periods(english) == ["2025-01..2025-09"]
    vietnamese = (
        "Xuất khẩu sang Chile 8 tháng đầu năm 2025 đạt 900 triệu USD, đưa Chile trở thành đối "
        "tác thương mại lớn thứ hai của Việt Nam tại Mỹ Latin."
    )
    assert _rank_periods(vietnamese) == ["2025-01..2025-08"]


def test_a_rank_told_apart_from_a_run_of_months_stays_undated() -> None:
    # (a second statement after a semicolon: no consequence of the months' result)
    text = (
        "Xuất khẩu sang Chile 8 tháng đầu năm 2025 đạt 900 triệu USD; Chile vẫn là đối tác "
        "thương mại lớn thứ hai của Việt Nam tại Mỹ Latin."
    )
    assert _rank_periods(text) == [""]

"""A raising of the ties named in lower case, and two raisings sharing one verb (r45)."""

from briefer.ingest.candidates import find_candidates


def _events(text: str) -> set[tuple[str, str]]:
    return {(c.metric, c.event_date) for c in find_candidates(text) if c.kind == "event"}


def test_lowercase_partnership_after_a_verb_of_raising() -> None:
    text = (
        "Việt Nam và Peru thiết lập quan hệ ngoại giao ngày 14-11-1994 và nâng quan hệ "
        "lên đối tác toàn diện năm 2017."
    )
    got = _events(text)
    assert ("relations.established", "1994-11-14") in got
    assert ("relations.comprehensive_partnership", "2017") in got


def test_second_raising_shares_the_verb() -> None:
    text = (
        "Việt Nam và Indonesia thiết lập quan hệ ngoại giao ngày 30/12/1955, nâng cấp lên "
        "Đối tác toàn diện năm 2013 và Đối tác chiến lược toàn diện tháng 3/2025."
    )
    got = _events(text)
    assert ("relations.comprehensive_strategic_partnership", "2025-03") in got


def test_a_trade_partner_in_lower_case_is_no_raising() -> None:
    text = "Năm 2024, Peru là đối tác thương mại lớn thứ 3 của Việt Nam tại Mỹ Latin."
    assert not any(m.startswith("relations.") for m, _ in _events(text))

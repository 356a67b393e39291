"""Talks told with their kind ("held official talks"), a raising declared at them, and a
visit named as an upgrade's occasion by its visitor ("nhân dịp Tổng thống X thăm …") (r84)."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.occasions import occasion_day
from briefer.text.dates import find_dates


def test_talks_of_a_kind_are_held_on_their_day() -> None:
    text = "The Prime Minister held bilateral talks in Suva on 4 March 2027 with his counterpart."
    assert occasion_day(text, find_dates(text), 0) == "2027-03-04"
    # near-miss: talks that were not held give no day
    text = "The two ministers held no talks in Suva on 4 March 2027, the paper said."
    assert occasion_day(text, find_dates(text), 0) == ""


def test_signing_witnessed_after_talks_of_a_kind_takes_their_day() -> None:
    body = (
        "The President of Fiji held official talks in Hanoi on 4 March 2027 with the "
        "Vietnamese President.\n\n"
        "After the talks, the two presidents witnessed the signing of three memoranda of "
        "understanding on fisheries and education.\n"
    )
    signed = [c for c in find_candidates(body) if "memoranda" in c.quote]
    assert [(c.kind, c.event_date) for c in signed] == [("event", "2027-03-04")]


def test_raising_declared_at_the_talks_is_dated_by_them() -> None:
    body = (
        "Chiều 9/4/2027, tại Hà Nội, Thủ tướng Việt Nam đã hội đàm với Thủ tướng Fiji.\n\n"
        "Tại hội đàm, hai Thủ tướng tuyên bố nâng cấp quan hệ Việt Nam - Fiji lên Đối tác "
        "toàn diện, nhân dịp kỷ niệm 30 năm thiết lập quan hệ ngoại giao (1997 - 2027).\n"
    )
    raised = [c for c in find_candidates(body) if c.metric == "relations.comprehensive_partnership"]
    assert [c.event_date for c in raised] == ["2027-04-09"]


def test_raising_only_wished_for_at_the_talks_is_no_milestone() -> None:
    body = (
        "Chiều 9/4/2027, tại Hà Nội, Thủ tướng Việt Nam đã hội đàm với Thủ tướng Fiji.\n\n"
        "Tại hội đàm, hai Thủ tướng tuyên bố sẽ sớm nâng cấp quan hệ lên Đối tác toàn diện.\n"
    )
    metric = "relations.comprehensive_partnership"
    assert not [c for c in find_candidates(body) if c.metric == metric]


def test_visit_named_by_its_visitor_as_the_occasion_takes_the_act_month() -> None:
    body = (
        "Việt Nam và Fiji nâng cấp quan hệ lên Đối tác toàn diện ngày 12/6/2027, nhân dịp "
        "Thủ tướng Fiji Sitiveni Rabuka thăm chính thức Việt Nam.\n"
    )
    visits = [c for c in find_candidates(body) if c.metric.startswith("visit.")]
    assert [(c.metric, c.event_date) for c in visits] == [("visit.inbound", "2027-06")]


def test_occasion_of_a_lower_case_inquiry_is_no_visit() -> None:
    body = (
        "Việt Nam và Fiji nâng cấp quan hệ lên Đối tác toàn diện ngày 12/6/2027, nhân dịp "
        "Đại sứ Fiji thăm hỏi các doanh nghiệp Việt Nam tại Suva.\n"
    )
    assert not [c for c in find_candidates(body) if c.metric.startswith("visit.")]

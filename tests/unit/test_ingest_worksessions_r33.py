"""A working session with a named body is a visit; a Vietnamese local authority hosting a
partner's delegation received it; "theo đề nghị của …" is a request granted (r33)."""

from __future__ import annotations

from briefer.ingest import keywords as kw
from briefer.ingest.visitdirection import direction_of
from briefer.ingest.worksessions import HOME_AUTHORITY
from tests.mined import events


def test_session_with_a_named_chamber_is_a_visit() -> None:
    text = (
        "Ngày 3/2/2027, Thương vụ đã làm việc với Phòng Thương mại và Công nghiệp Jamaica "
        "tại Kingston."
    )
    assert kw.VISIT.search(kw.masked(text)) is not None


def test_session_with_unnamed_firms_is_no_visit_cue() -> None:
    text = "Cán bộ Thương vụ thường xuyên làm việc với các doanh nghiệp trong nước."
    assert kw.VISIT.search(kw.masked(text)) is None


def test_home_authority_names() -> None:
    assert HOME_AUTHORITY.search("UBND tỉnh Lào Cai đã") is not None
    assert HOME_AUTHORITY.search("Sở Công Thương tỉnh Gia Lai") is not None
    assert HOME_AUTHORITY.search("Bộ Ngoại giao Jamaica") is None


def test_local_authority_receiving_partner_delegation_is_inbound() -> None:
    text = (
        "Ngày 12/3/2027, Ủy ban nhân dân tỉnh Sa Pa đã tiếp và làm việc với Đoàn công tác "
        "Bộ Nông nghiệp Jamaica."
    )
    assert direction_of(text, "JM") == "inbound"


def test_request_granted_is_no_proposal() -> None:
    granted = "Theo đề nghị của Bộ Ngoại giao, ngày 5/5/2027, đoàn đã thăm Jamaica."
    english = "At the request of the ministry, the delegation visited Kingston on 5 May 2027."
    asked = "Phía bạn đề nghị Việt Nam sớm mở đường bay thẳng."
    assert kw.PROPOSAL.search(granted) is None
    assert kw.PROPOSAL.search(english) is None
    assert kw.PROPOSAL.search(asked) is not None


def test_the_sessions_are_drafted_as_dated_visits_with_their_direction() -> None:
    # (what the desk sees: the event's day and direction, not only a cue's match)
    chamber = (
        "Ngày 3/2/2027, Thương vụ đã làm việc với Phòng Thương mại và Công nghiệp Jamaica "
        "tại Kingston."
    )
    assert events(chamber, "JM") == [("2027-02-03", "visit.outbound")]
    received = (
        "Ngày 12/3/2027, Ủy ban nhân dân tỉnh Sa Pa đã tiếp và làm việc với Đoàn công tác "
        "Bộ Nông nghiệp Jamaica."
    )
    assert events(received, "JM") == [("2027-03-12", "visit.inbound")]
    granted = "Theo đề nghị của Bộ Ngoại giao, ngày 5/5/2027, đoàn đã thăm Jamaica."
    assert events(granted, "JM") == [("2027-05-05", "visit.outbound")]

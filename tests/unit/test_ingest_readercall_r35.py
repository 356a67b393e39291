"""An invitation to the text's own readers is no fact of the pair; a leader's is."""

from briefer.ingest.readercall import reader_call
from tests.mined import candidates


def test_vietnamese_invitation_to_the_reader() -> None:
    assert reader_call("Sở kính mời Quý doanh nghiệp quan tâm đăng ký trước ngày 5/12.")
    assert reader_call("Ban tổ chức trân trọng kính mời Quý vị tham dự diễn đàn.")


def test_english_invitation_to_the_reader() -> None:
    assert reader_call("The chamber invites interested members to register by Friday.")
    assert reader_call("Interested companies are cordially invited to join the mission.")


def test_a_leader_inviting_a_leader_stays() -> None:
    assert not reader_call("Tổng thống Chile trân trọng mời Chủ tịch nước thăm Chile.")
    assert not reader_call("The President invited his Vietnamese counterpart to visit Lima.")


def test_the_readers_invitation_gives_no_candidate_the_leaders_stays() -> None:
    # (what the desk would see: no "visit" dated the day the readers are asked to come)
    vi = (
        "Sở Công Thương trân trọng kính mời Quý doanh nghiệp tham dự Hội nghị giao thương "
        "Việt Nam - Chile ngày 5/12/2025 tại TP.HCM."
    )
    en = (
        "The chamber invites interested members to join the Chile-Vietnam business forum in "
        "Santiago on December 5, 2025."
    )
    assert candidates(vi, "CL", "2025-11-20") == []
    assert candidates(en, "CL", "2025-11-20") == []
    leader = "Tổng thống Chile trân trọng mời Chủ tịch nước thăm Chile năm 2026."
    dated = [c.event_date for c in candidates(leader, "CL", "2025-11-20") if c.kind == "event"]
    assert dated == ["2026"]

"""An invitation to the text's own readers is no fact of the pair; a leader's is."""

from briefer.ingest.readercall import reader_call


def test_vietnamese_invitation_to_the_reader() -> None:
    assert reader_call("Sở kính mời Quý doanh nghiệp quan tâm đăng ký trước ngày 5/12.")
    assert reader_call("Ban tổ chức trân trọng kính mời Quý vị tham dự diễn đàn.")


def test_english_invitation_to_the_reader() -> None:
    assert reader_call("The chamber invites interested members to register by Friday.")
    assert reader_call("Interested companies are cordially invited to join the mission.")


def test_a_leader_inviting_a_leader_stays() -> None:
    assert not reader_call("Tổng thống Chile trân trọng mời Chủ tịch nước thăm Chile.")
    assert not reader_call("The President invited his Vietnamese counterpart to visit Lima.")

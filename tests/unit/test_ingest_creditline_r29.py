"""Round 29: an agency credited with the outlet's initials, a labelled team of writers."""

from __future__ import annotations

from briefer.ingest.creditline import agency_credit, team_writers


def test_agency_with_outlet_initials_is_the_credit() -> None:
    text = "Chile, Vietnam widen trade pact\nReuters-SCP\nMay 3 2026\nText."
    assert agency_credit(text, "Santiago City Post") == "Reuters-SCP"
    assert agency_credit("Tiêu đề\nTTXVN - BDN\nNội dung.", "Báo Đồng Nai") == "TTXVN - BDN"


def test_agency_credit_needs_the_outlets_initials() -> None:
    assert agency_credit("Title\nReuters-XYZ\nText.", "Santiago City Post") == ""
    assert agency_credit("Title\nReuters-SCP\nText.", "") == ""


def test_team_label_names_the_writers() -> None:
    vi = "BẢN TIN\nTiêu đề bài\nNhóm tác giả: Minh Anh - Thu Trang\nNgày 2/5/2026"
    assert team_writers(vi) == "Minh Anh - Thu Trang"
    en = "NEWSLETTER\nHeadline here\nWritten by: Anna Kowalska and Piotr Nowak\nText."
    assert team_writers(en) == "Anna Kowalska and Piotr Nowak"


def test_team_label_with_a_desk_is_no_writer() -> None:
    assert team_writers("Tiêu đề\nNhóm biên tập: Ban Biên tập\nNội dung.") == ""
    assert team_writers("Headline\nWritten by: Trade Promotion Department\nText.") == ""

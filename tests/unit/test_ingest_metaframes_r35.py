"""Glued headings off a title; a messaging channel's export read as a post (round 35)."""

from briefer.ingest.channelpost import channel_post
from briefer.ingest.gluedheading import without_glued_heading


def test_numbered_section_heading_is_cut_off_the_title() -> None:
    text = "BẢN TIN XUẤT KHẨU THÁNG 5/2026\n\n1. TỔNG QUAN THỊ TRƯỜNG\n\nNội dung."
    title = "BẢN TIN XUẤT KHẨU THÁNG 5/2026 1. TỔNG QUAN THỊ TRƯỜNG"
    assert without_glued_heading(title, text) == "BẢN TIN XUẤT KHẨU THÁNG 5/2026"
    text_en = "Market Report May 2026\nI. OVERVIEW\nBody."
    assert without_glued_heading("Market Report May 2026 I. OVERVIEW", text_en) == (
        "Market Report May 2026"
    )


def test_box_heading_in_capitals_is_cut_off_a_sentence_case_title() -> None:
    assert without_glued_heading("Thương mại sau hiệp định: triển vọng mới CON SỐ NỔI BẬT", "") == (
        "Thương mại sau hiệp định: triển vọng mới"
    )
    assert without_glued_heading("Trade after the deal: what comes next KEY FIGURES", "") == (
        "Trade after the deal: what comes next"
    )


def test_title_ending_in_initialisms_or_numbers_stays() -> None:
    assert without_glued_heading("Vietnam deepens trade with ASEAN EU", "") == ""
    assert (
        without_glued_heading(
            "Kỷ niệm 50 năm quan hệ 1. Mở đầu", "Kỷ niệm 50 năm quan hệ 1. Mở đầu"
        )
        == ""
    )


def test_channel_export_gives_channel_post_headline_day_and_source() -> None:
    text = (
        "Tin Nông sản Xuất khẩu\nKênh · 3.210 người đăng ký\n📌 Tin ghim: Lịch hội chợ 2027\n\n"
        "14 tháng 6\nChuyển tiếp từ Sở Công Thương tỉnh X\n\n🌾 GẠO VIỆT VÀO THỊ TRƯỜNG MỚI\n\n"
        "Năm 2025, xuất khẩu gạo đạt 1 tỷ USD, tăng so với năm 2024.\n"
    )
    post = channel_post(text)
    assert post is not None
    assert (post.channel, post.title) == ("Tin Nông sản Xuất khẩu", "GẠO VIỆT VÀO THỊ TRƯỜNG MỚI")
    assert (post.day, post.source) == ("2025-06-14", "Sở Công Thương tỉnh X")


def test_english_channel_export_and_a_plain_page() -> None:
    text = "Gulf Trade Daily\nChannel · 12,400 subscribers\n\nMarch 5\nRice exports rise\nIn 2026 …"
    post = channel_post(text)
    assert post is not None
    assert (post.channel, post.title, post.day, post.source) == (
        "Gulf Trade Daily",
        "Rice exports rise",
        "2026-03-05",
        "",
    )
    assert channel_post("Báo X\nTin tức\n\nTiêu đề bài\nNội dung.") is None

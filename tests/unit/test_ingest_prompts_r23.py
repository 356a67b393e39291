"""A page's notices about itself: comments edited before they appear, a bulletin's
disclaimer (ingest/prompts.py)."""

from briefer.ingest.prompts import contact_line, site_notice


def test_edited_before_publishing_is_a_site_notice() -> None:
    assert site_notice("Bình luận của bạn đọc sẽ được biên tập trước khi hiển thị.")
    assert site_notice("Comments are edited before they are published. Please be civil.")


def test_an_editor_in_the_news_is_no_notice() -> None:
    assert not site_notice("Ý kiến của Tổng biên tập cho rằng thị trường sẽ phục hồi vào năm 2026.")
    assert not site_notice("The comments were edited by the ministry before the talks began.")


def test_a_bulletin_speaking_of_itself_is_its_disclaimer() -> None:
    assert contact_line("This bulletin is provided for information only and is not advice.")
    assert not contact_line("The bulletin said rice exports rose 7% in the first quarter.")

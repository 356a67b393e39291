"""Body rules of r29: an article's later pages saved in the same file join its body; a
mail's lead-in under its greeting and its "received in error" notice leave it; a
transcript's bracketed interruption by another voice and the editors' note on their marks
leave it."""

from briefer.ingest.clean import clean
from briefer.ingest.mailfoot import mailing_notice
from briefer.ingest.mailleadin import is_lead_in
from briefer.ingest.pagecontinue import is_pager, page_mark
from briefer.ingest.speechnotes import interjection, marks_note
from briefer.ingest.webpage import read_webpage

_PARA = "Exports of rice to the partner market rose by a fifth in the first half of the year."


def _page(mark_two: str, pager_one: str, pager_two: str) -> bytes:
    return f"""<html><head><title>Rice trade grows</title></head><body>
<article><h1>Rice trade grows</h1>
<p>{_PARA}</p>
<p>The two ministries met in the capital on Monday to review the agreement signed last year.</p>
</article>
<div class='pager'>{pager_one}</div>
<div class='more'><p>{mark_two}</p>
<p>Officials also agreed to open a joint laboratory for plant quarantine checks next spring.</p>
<p>{pager_two}</p></div>
<div>Related: Coffee prices hit a record</div>
</body></html>""".encode()


def test_an_articles_second_page_saved_after_it_joins_the_body() -> None:
    page = read_webpage(
        _page("Page 2 of 2", "Page 1 of 2 Next »", "« Previous | Page 2 of 2"), "a.html"
    )
    assert "joint laboratory for plant quarantine" in page.text
    assert "Page 2 of 2" not in page.text and "Previous" not in page.text
    assert page.text.index(_PARA) < page.text.index("joint laboratory")
    page = read_webpage(
        _page("Trang 2/2", "Trang 1/2 Trang sau »", "« Trang trước | Trang 2/2"), "b.html"
    )
    assert "joint laboratory for plant quarantine" in page.text
    assert "Trang trước" not in page.text


def test_a_page_mark_inside_a_sentence_opens_no_page() -> None:
    html = _page("See the table on page 2 of 2 attached.", "", "")
    assert "joint laboratory" not in read_webpage(html, "c.html").text


def test_page_marks_and_pagers() -> None:
    assert page_mark("Trang 2/3") == 2
    assert page_mark("Page 3 of 3") == 3
    assert page_mark("Page 4 of 3") == 0
    assert page_mark("Trang 2/3 của bài viết về gạo") == 0
    assert is_pager("« Trang trước | Trang 2/2")
    assert is_pager("Page 1 of 2 Next »")
    assert not is_pager("Next year exports will grow 2%")


def test_a_mails_lead_in_under_its_greeting_leaves_the_body() -> None:
    text = (
        "Từ: Phòng Thương mại <a@b.vn>\nGửi: Cục Xuất nhập khẩu\nChủ đề: Kết quả đoàn giao dịch\n\n"
        "Kính gửi: Lãnh đạo Cục,\n\nPhòng xin gửi tóm tắt kết quả chuyến công tác dưới đây:\n\n"
        "Ngày 3/5, đoàn doanh nghiệp đã làm việc với Bộ Nông nghiệp nước sở tại về xuất khẩu gạo."
        "\n\n"
        "Trân trọng./."
    )
    body = clean(text).body
    assert "xin gửi tóm tắt" not in body
    assert "Ngày 3/5, đoàn doanh nghiệp" in body
    assert is_lead_in("Please find below our brief report on the trade fair:")
    assert is_lead_in("We would like to report on the meeting as follows:")


def test_a_lead_in_naming_its_period_or_not_announcing_stays() -> None:
    assert not is_lead_in("Thương vụ báo cáo tình hình xuất khẩu 9 tháng đầu năm 2025 như sau:")
    assert not is_lead_in("Các mặt hàng xuất khẩu chính gồm:")
    assert not is_lead_in("Please find below our report.")


def test_a_received_in_error_notice_is_a_mailing_notice() -> None:
    assert mailing_notice(
        "Thư này có thể chứa thông tin mật. Nếu bạn nhận nhầm thư này, vui lòng xóa và báo "
        "cho người gửi."
    )
    assert mailing_notice(
        "This email may contain confidential information. If you have received this email in "
        "error, please delete it and notify the sender."
    )
    assert not mailing_notice("Hai bên nhận được nhiều đề xuất hợp tác về logistics trong năm nay.")


def test_a_bracketed_interruption_by_another_voice() -> None:
    assert interjection("(Chủ tọa: Đề nghị các đại biểu giữ trật tự trong hội trường.)")
    assert interjection("[Moderator: We will take questions after the minister's address.]")
    assert not interjection("(Nguồn: Tổng cục Hải quan Việt Nam, số liệu sơ bộ đến tháng 9.)")
    assert not interjection("(Source: customs data for the first nine months of the year.)")
    assert not interjection("(Vỗ tay)")
    assert not interjection("Moderator: We will take questions after the address.")
    text = (
        "PHÁT BIỂU CỦA BỘ TRƯỞNG TẠI HỘI NGHỊ XÚC TIẾN\n\nKính thưa quý vị đại biểu,\n\n"
        "Năm nay, kim ngạch thương mại hai nước dự kiến vượt 2 tỷ USD lần đầu tiên.\n\n"
        "(Chủ tọa: Đề nghị các đại biểu giữ trật tự trong hội trường.)\n\n"
        "Xin trân trọng cảm ơn."
    )
    body = clean(text).body
    assert "Chủ tọa" not in body and "vượt 2 tỷ USD" in body


def test_the_editors_note_on_their_marks() -> None:
    assert marks_note(
        "Các tiêu đề phụ và phần chữ in nghiêng trong ngoặc vuông do Tòa soạn thêm vào."
    )
    assert marks_note("Headings and bracketed italics were added by the editors.")
    assert not marks_note("Ban Biên tập đã họp với các tiêu đề của năm 2025.")
    assert not marks_note("The editors met the minister in brackets of two.")

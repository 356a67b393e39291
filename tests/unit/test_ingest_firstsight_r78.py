"""Page furniture of shapes dev7 met at first sight (r78): a live feed's closing notice, a
contents box's items repeated as entry headings, bracketed footnotes, an offer box's small
print, a writer's post without an article, a pull quote with its speaker's credit and a
lower-case byline under a printed deck. Each with a near-miss that stays article text."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.contentsbox import mark_contents_items
from briefer.ingest.displaytext import credited_display, mark_display_text
from briefer.ingest.feedclosed import feed_closed
from briefer.ingest.footnotes import mark_bracket_notes
from briefer.ingest.lines import Line
from briefer.ingest.offerprint import mark_offer_print
from briefer.ingest.pdfjoin import by_name
from briefer.ingest.pdflayout import reflow
from briefer.ingest.writerbio import mark_writer_bios
from briefer.text.fold import tokens

_EN = (
    "Kenya and Vietnam agreed on Tuesday to open a direct shipping route between Mombasa and "
    "Hai Phong before the end of the coming year."
)
_EN2 = (
    "Bilateral trade between the two countries reached 410 million dollars in 2024, up "
    "14 percent on the year before, the trade ministry in Nairobi said."
)
_VI = (
    "Năm 2024, kim ngạch thương mại hai chiều Việt Nam - Chile đạt 1,9 tỷ USD, tăng 12% so "
    "với năm trước, theo số liệu của cơ quan hải quan."
)
_VI2 = (
    "Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực nông nghiệp, năng lượng tái tạo và "
    "khai khoáng, đồng thời mở rộng trao đổi sinh viên."
)


# --- a live feed's closing notice -------------------------------------------------------


def test_a_feed_saying_it_stopped_is_a_notice() -> None:
    assert feed_closed("This live blog is now closed.")
    assert feed_closed("We've paused our live updates for tonight.")
    assert feed_closed("Our live coverage of the Nairobi summit has concluded.")
    assert feed_closed("Tường thuật trực tiếp đã kết thúc.")
    assert feed_closed("Chương trình tường thuật đến đây là kết thúc.")


def test_an_event_ending_or_a_welcome_to_the_feed_stays() -> None:
    assert not feed_closed("The summit has ended.")
    assert not feed_closed("Coverage of the Nairobi summit has ended.")  # (no live feed)
    assert not feed_closed("Welcome to our live coverage of the state visit to Nairobi.")
    assert not feed_closed("Phiên họp đã kết thúc.")
    assert not feed_closed("Tin nhắn của Thủ tướng đã kết thúc chuyến thăm.")


def test_clean_drops_the_closing_notice_under_the_last_entry() -> None:
    text = f"Kenya, Vietnam open shipping talks\n\n{_EN}\n\n{_EN2}\n\nThis live blog has ended."
    cleaned = clean(text)
    assert "live blog" not in cleaned.body
    assert _EN2 in cleaned.body


# --- a contents box over the entries ----------------------------------------------------


def test_a_box_item_the_feed_repeats_as_an_entry_heading_goes() -> None:
    lines = [
        Line("Highlights"),
        Line("Ports deal signed in Nairobi"),
        Line("Coffee exporters meet buyers"),
        Line(_EN),
        Line("Ports deal signed in Nairobi"),
        Line(_EN2),
    ]
    lines[0].reason = "page furniture"
    mark_contents_items(lines)
    assert lines[1].reason == "contents box"
    # (an item with no entry below it, and the entry's own heading, are not the box's)
    assert lines[2].kept
    assert lines[4].kept


def test_a_dek_the_text_never_repeats_as_a_heading_stays() -> None:
    lines = [
        Line("Ports deal signed in Nairobi"),
        Line(_EN),
        Line(_EN2),
        Line("Ports deal signed in Nairobi"),  # (a related box's headline: over no prose)
    ]
    mark_contents_items(lines)
    assert lines[0].kept


# --- bracketed footnotes ------------------------------------------------------------------


def test_a_note_the_text_points_to_is_a_footnote() -> None:
    lines = [
        Line("Chile là đối tác thương mại lớn thứ ba của Việt Nam tại Mỹ Latinh[4]."),
        Line("______"),
        Line("[4] Theo số liệu của Tổng cục Hải quan năm 2024."),
        Line("[5] Số liệu ước tính của Thương vụ tại Santiago."),
    ]
    mark_bracket_notes(lines)
    assert lines[2].reason == "footnote"
    assert lines[3].kept  # ("[5]" is pointed to nowhere above)


def test_a_numbered_list_in_brackets_stays() -> None:
    lines = [
        Line("Hai bên ký ba văn kiện hợp tác:"),
        Line("[1] Bản ghi nhớ về hợp tác nông nghiệp giai đoạn 2026-2030."),
        Line("[2] Thỏa thuận về miễn thị thực cho hộ chiếu công vụ."),
    ]
    mark_bracket_notes(lines)
    assert all(line.kept for line in lines)


# --- an offer box's small print -----------------------------------------------------------


def test_small_print_under_an_offer_heading_goes() -> None:
    lines = [
        Line(_EN),
        Line("Get the Morning Brief newsletter"),
        Line("Our editors' picks arrive in your inbox at 6am."),
        Line("You can opt out whenever you like."),
        Line(_EN2),
    ]
    lines[1].reason = "site notice"
    mark_offer_print(lines)
    assert lines[2].reason == lines[3].reason == "site notice"
    assert lines[4].kept


def test_a_friendly_country_under_a_notice_is_no_reader() -> None:
    lines = [Line("Nhận bản tin Thế giới"), Line("Lào luôn là nước bạn thân thiết của Việt Nam.")]
    lines[0].reason = "site notice"
    mark_offer_print(lines)
    assert lines[1].kept
    # (a line addressing the reader with no offer over it is the article's)
    alone = [Line(_VI), Line("Bạn có thể xem toàn văn tuyên bố chung trên cổng thông tin.")]
    mark_offer_print(alone)
    assert alone[1].kept


# --- a writer's post without an article ---------------------------------------------------


def test_a_post_held_without_an_article_is_the_writers_note() -> None:
    lines = [Line(_EN), Line("Amina Odhiambo is East Africa correspondent for the Daily Record.")]
    mark_writer_bios(lines)
    assert lines[1].reason == "author box"
    # (the same shape with the article below it is a profile in the text)
    inside = [Line("Amina Odhiambo is East Africa correspondent for the paper."), Line(_EN2)]
    mark_writer_bios(inside)
    assert inside[0].kept


# --- a pull quote with its speaker's credit -------------------------------------------------


def _article(*texts: str) -> str:
    return f" {' '.join(tokens(' '.join(texts)))} "


def test_a_lifted_phrase_with_its_credit_is_display_text() -> None:
    said = "Ông Pérez nói: “Cà phê Việt Nam đã có mặt ở hầu hết quán ăn tại Santiago”."
    quote = "Cà phê Việt Nam đã có mặt ở hầu hết quán ăn tại Santiago Đại sứ Carlos Pérez"
    assert credited_display(quote, _article(said, quote))
    lines = [Line(_VI), Line(said + " " + _VI2), Line(quote), Line(_VI2)]
    mark_display_text(lines)
    assert lines[2].reason == "pull quote"


def test_a_subheading_or_a_sentence_is_no_credited_quote() -> None:
    said = "Cà phê Việt Nam đã có mặt ở hầu hết quán ăn tại Santiago, ông nói."
    # (words the article does not say elsewhere: a heading of its own)
    heading = "Hợp tác nông nghiệp còn nhiều dư địa Chile Việt Nam"
    assert not credited_display(heading, _article(said))
    # (a sentence with its stop is the article's)
    sentence = "Cà phê Việt Nam đã có mặt ở hầu hết quán ăn tại Santiago Đại sứ Carlos Pérez."
    assert not credited_display(sentence, _article(said, sentence))


# --- a lower-case byline under a printed deck ---------------------------------------------


def test_a_lower_case_byline_under_a_deck_is_its_own_line() -> None:
    assert by_name("by Ana Souza")
    assert not by_name("by the trade ministry in Nairobi")
    assert not by_name("by Ana Souza.")
    width = "x" * 80
    text = "\n".join(
        [
            width,
            width,
            width,
            "Shipping route to cut costs by a fifth, minister says",
            "by Ana Souza",
            width,
        ]
    )
    assert "minister says\n\nby Ana Souza" in reflow(text)


def test_a_sentence_cut_before_its_agent_runs_on() -> None:
    full = "The memorandum on port cooperation between Mombasa and Hai Phong was signed"
    text = "\n".join(["x" * 80, "x" * 80, full + " " * 0, "by Ana Souza and Nguyen Minh Duc."])
    assert f"{full} by Ana Souza" in reflow(text)


# --- an issue's number and month parted by a comma ------------------------------------------


def test_an_issue_number_then_a_comma_then_its_month_dates_the_issue() -> None:
    from briefer.ingest.edgedays import issue_month

    assert issue_month(["BẢN TIN THỊ TRƯỜNG CHILE – Số 4, tháng 3/2026"]) == "2026-03"
    assert issue_month(["TRADE NOTES | No. 12, November 2025"]) == "2025-11"
    # (no issue's number before the comma: a place and a day, not an issue line)
    assert issue_month(["Santiago, tháng 3/2026"]) == ""
    # (an issue dated to its day is no month's issue)
    assert issue_month(["BẢN TIN – Số 4, ngày 2 tháng 3/2026"]) == ""

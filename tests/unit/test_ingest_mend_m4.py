"""Mends of review D (session 22) in cleaning, dates and a pasted page's lines: each shape the
review reproduced, the line or date a reader would check, and its near-miss."""

from __future__ import annotations

import lxml.html

from briefer.ingest.clean import clean
from briefer.ingest.datedlinks import dated_link
from briefer.ingest.dekshape import dek_clause
from briefer.ingest.displaytext import credited_display, lifted_quote
from briefer.ingest.feedclosed import feed_closed
from briefer.ingest.lines import Line
from briefer.ingest.offerprint import mark_offer_print
from briefer.ingest.pagelead import page_lead
from briefer.ingest.pasteddate import pasted_day
from briefer.ingest.pastedheadline import pasted_headline
from briefer.text.fold import tokens

# --- an editors' note over a speech is no offer box ---------------------------------------


def test_a_speech_under_the_editors_subheading_note_keeps_its_facts() -> None:
    text = "\n\n".join(
        [
            "Phát biểu của Đại sứ Việt Nam tại Lễ kỷ niệm 50 năm quan hệ Việt Nam - Mozambique",
            "Các tiêu đề nhỏ do Ban biên tập đặt.",
            "Kính thưa quý vị đại biểu,",
            "Thưa quý vị, thương mại hai chiều Việt Nam - Mozambique năm 2024 đạt 350 triệu USD.",
            "Như quý vị đã biết, hai nước thiết lập quan hệ ngoại giao ngày 25/6/1975.",
            "Việt Nam sẵn sàng cùng Mozambique nâng kim ngạch thương mại lên 1 tỷ USD vào năm "
            "2030, mở rộng hợp tác nông nghiệp, năng lượng và giáo dục.",
        ]
    )
    body = clean(text).body
    assert "năm 2024 đạt 350 triệu USD." in body
    assert "thiết lập quan hệ ngoại giao ngày 25/6/1975." in body


def test_an_english_speech_under_the_editors_note_keeps_its_facts() -> None:
    text = "\n\n".join(
        [
            "Remarks by Ambassador Peter Ochieng at the Kenya - Viet Nam Business Forum",
            "Subheadings added by the editors.",
            "Ladies and gentlemen, you will know that our trade reached 410 million dollars "
            "in 2024.",
            "I thank you for your support for our ties over the past fifty years.",
            "As you know, Kenya and Viet Nam established diplomatic relations on 21 December 1995.",
            "Kenya is ready to work with Viet Nam to double two-way trade by 2030, opening a "
            "direct shipping line between Mombasa and Hai Phong.",
        ]
    )
    body = clean(text).body
    assert "our trade reached 410 million dollars in 2024." in body
    assert "established diplomatic relations on 21 December 1995." in body


def test_the_partner_called_ban_under_an_offer_stays() -> None:
    lines = [
        Line("Đăng ký nhận bản tin"),
        Line("Bản tin gửi vào hộp thư của bạn lúc 7h."),
        Line("Bạn đánh giá cao sự hỗ trợ của Việt Nam."),
        Line("Phía Bạn đề nghị Việt Nam tạo điều kiện cho hàng nông sản."),
    ]
    lines[0].reason = "site notice"
    mark_offer_print(lines)
    assert lines[1].reason == "site notice"  # (the box's small print still goes)
    assert [ln.text for ln in lines if ln.kept] == [
        "Bạn đánh giá cao sự hỗ trợ của Việt Nam.",
        "Phía Bạn đề nghị Việt Nam tạo điều kiện cho hàng nông sản.",
    ]
    # (the near-miss: a line opening on what the reader may do is the box's small print)
    lines = [Line("Đăng ký nhận bản tin"), Line("Bạn có thể hủy đăng ký bất cứ lúc nào.")]
    lines[0].reason = "site notice"
    mark_offer_print(lines)
    assert lines[1].reason == "site notice"


# --- a pull quote lifted from the sentence right above it ---------------------------------


def test_a_quote_lifted_from_the_line_right_above_is_said_twice() -> None:
    said = "Ông Pérez cho biết cà phê Việt Nam đã có mặt ở hầu hết quán ăn tại Santiago"
    quote = "“Cà phê Việt Nam đã có mặt ở hầu hết quán ăn tại Santiago” — Carlos Pérez"
    # (the sentence ends on the phrase where the quote's line begins: the two touch)
    assert lifted_quote(quote, f" {' '.join(tokens(said + ' ' + quote))} ")
    assert not lifted_quote(quote, f" {' '.join(tokens(quote))} ")


# --- a subheading ending on a country is no credited quote --------------------------------


def _said(*texts: str) -> str:
    return f" {' '.join(tokens(' '.join(texts)))} "


def test_a_subheading_ending_on_two_countries_stays_in_the_article() -> None:
    text = "\n\n".join(
        [
            "New Zealand and Viet Nam aim for US$3 billion in trade",
            "Trade between Viet Nam and New Zealand reached US$2.2 billion in 2024, up 9 per "
            "cent year-on-year, the ministry said.",
            "Dairy, kiwifruit and timber lead New Zealand's shipments, while Viet Nam sells "
            "phones, seafood and footwear.",
            "Trade between Viet Nam and New Zealand",
            "Both sides want trade between Viet Nam and New Zealand to reach US$3 billion by "
            "2026, officials said at the forum.",
            "Education and agriculture remain the two pillars of cooperation, the New Zealand "
            "ambassador told reporters.",
        ]
    )
    assert "\n\nTrade between Viet Nam and New Zealand\n\n" in clean(text).body


def test_a_credit_opens_on_an_office_and_names_no_country() -> None:
    said = "Theo Cục Hải quan, xuất khẩu của Việt Nam sang Hàn Quốc đạt 21,5 tỷ USD."
    heading = "Xuất khẩu của Việt Nam sang Hàn Quốc"
    assert not credited_display(heading, _said(said, heading))
    office = "Trong 10 tháng xuất khẩu của Việt Nam tăng mạnh"
    signed = "Trong 10 tháng xuất khẩu của Việt Nam tăng mạnh Thương vụ Việt Nam tại Na Uy"
    assert not credited_display(signed, _said(office + ".", signed))
    # (the near-miss: the same phrase credited to a minister by name is the page's display)
    credited = "Trong 10 tháng xuất khẩu của Việt Nam tăng mạnh Bộ trưởng Nguyễn Hồng Diên"
    assert credited_display(credited, _said(office + ".", credited))


# --- the day right over a pasted headline -------------------------------------------------

_FIJI = "Fiji and Viet Nam agree to train fisheries inspectors"
_FIJI_LEAD = "Fiji and Viet Nam agreed yesterday to train fisheries inspectors under a memorandum."


def test_a_sidebar_link_right_over_the_headline_gives_no_day() -> None:
    page = [
        "The Pacific Herald",
        "Home Politics Business Region Sport",
        "Recent Posts",
        "Nadi airport runway works finish early March 4, 2026",
        "Sugar cane harvest forecast cut again March 3, 2026",
        _FIJI,
        "By Mere Tuilagi",
        _FIJI_LEAD,
    ]
    assert pasted_day("\n".join(page), _FIJI, "") == ""
    assert pasted_day("\n".join(page), _FIJI, "2026") == ""


def test_the_top_bar_under_the_masthead_is_the_copy_day() -> None:
    title = "Cần Thơ đón đoàn doanh nghiệp Hà Lan tìm hiểu ngành thủy sản"
    lead = "Sáng 1/3/2026, UBND thành phố tiếp đoàn doanh nghiệp Hà Lan do Đại sứ dẫn đầu."
    page = ["Báo Miền Tây", "Thứ Năm, 05/03/2026", title, lead]
    assert pasted_day("\n".join(page), title, "2026") == ""
    # (the near-miss: labelled, the line is the article's own dateline)
    labelled = ["Báo Miền Tây", "Ngày đăng: 02/03/2026", title, lead]
    assert pasted_day("\n".join(labelled), title, "2026") == "2026-03-02"


# --- a headline ending on its day over a dated byline row ---------------------------------


def test_a_headline_ending_on_a_day_over_its_byline_row_is_the_headline() -> None:
    page = [
        "The Pacific Herald",
        "Home Politics Business",
        "Vietnam, Fiji mark ties anniversary on March 2, 2026",
        "Mere Tuilagi / Pacific Herald March 2, 2026",
        "Fiji and Viet Nam marked the anniversary of their ties in Suva on Monday with a "
        "reception.",
        "Two-way trade reached US$41 million in 2025, according to the Bureau of Statistics.",
    ]
    assert not dated_link(page, 2)
    assert (
        pasted_headline("\n".join(page), "The Pacific Herald")
        == "Vietnam, Fiji mark ties anniversary on March 2, 2026"
    )


def test_sentences_ending_on_days_are_no_dated_links() -> None:
    lines = [
        "The two delegations met in Suva on March 1, 2026.",
        "They signed the memorandum on fisheries on March 2, 2026.",
    ]
    assert [dated_link(lines, i) for i in range(2)] == [False, False]
    # (the near-miss: a sidebar's links, no stop, one under another)
    links = [
        "Nadi airport runway works finish early March 4, 2026",
        "Sugar cane harvest forecast cut again March 3, 2026",
    ]
    assert [dated_link(links, i) for i in range(2)] == [True, True]


# --- a dek under a wrapped headline; another story's summary under a feed's ---------------

_CL_TITLE = "Chile, Vietnam set $3B trade goal"
_CL_DEK = "Foreign Minister Alberto van Klaveren receives Vietnamese deputy premier in Santiago"
_CL_BODY = (
    "<p>Chile and Vietnam aim to lift bilateral trade to $3 billion by 2030, Chilean Foreign "
    "Minister Alberto van Klaveren said on Thursday after talks in Santiago.</p>"
)


def _lead_of(head: str) -> list[str]:
    root = lxml.html.fromstring(
        f"<html><body>{head}<div class='story-body'>{_CL_BODY}</div></body></html>"
    )
    return page_lead(root, root.xpath("//div[@class='story-body']")[0], _CL_TITLE)


def test_a_heading_dek_under_a_wrapped_headline_is_the_lead() -> None:
    assert _lead_of(f"<h1>Chile, Vietnam\n   set $3B trade goal</h1><h3>{_CL_DEK}</h3>") == [
        _CL_DEK
    ]


def test_a_feeds_headline_heads_no_other_storys_summary() -> None:
    summary = (
        "Copper prices rose for a third straight day on Thursday as traders in Santiago bet on "
        "stronger demand from Asian smelters."
    )
    assert _lead_of(f"<h1>Southern Trade Review - Markets</h1><h4>{summary}</h4>") == []
    # (the near-miss: under the article's own headline, the same summary is its standfirst)
    assert _lead_of(f"<h1>{_CL_TITLE}</h1><h4>{summary}</h4>") == [summary]


# --- a headline in title case is no named dek ---------------------------------------------


def test_a_title_case_headline_is_no_heading_dek() -> None:
    # (its lower-case words are all small ones: "and", "with", "on", "from", "the")
    headline = "Vietnam and Chile Sign Trade Deal with Focus on Copper from the Andes"
    assert not dek_clause(headline, named=True)
    # (the near-miss: a clause of names and titles keeps a verb and nouns in lower case)
    dek = "Trade Minister Ana Silva hosts Vietnamese counterpart in Ankara for talks"
    assert dek_clause(dek, named=True)
    # (its "in" and "for" still count among its lower-case words: without them a third of
    # its words would not be)
    dek = (
        "Trade Minister Ana Silva hosts Vietnamese counterpart in Ankara for 11th Joint "
        "Economic Commission meeting"
    )
    assert dek_clause(dek, named=True)


# --- a live feed's closing notice ---------------------------------------------------------


def test_the_live_blog_has_ended_is_a_feed_notice() -> None:
    assert feed_closed("The live blog has ended.")
    assert feed_closed("We have now wrapped up our live coverage.")
    # (the near-miss: "the" with no live feed after it names any coverage, any talks)
    assert not feed_closed("The coverage of the talks has ended.")
    assert not feed_closed("We have ended the talks on the shipping line.")


def test_a_long_vietnamese_closing_notice_is_counted_by_its_syllables() -> None:
    notice = "Phần tường thuật trực tiếp lễ đón Tổng thống Kenya đến đây là kết thúc."
    assert feed_closed(notice)
    # (the near-miss: how a broadcast went is the article's news of an event)
    assert not feed_closed("Buổi truyền hình trực tiếp lễ ký kết đã kết thúc tốt đẹp.")

"""Rules added after the held-out set ``unseen4`` was first measured: each is a structure of
real pages, tested here on wording of its own (other outlets, countries and names than the
set's files).
"""

from __future__ import annotations

from pathlib import Path

from briefer.ingest import stamplines
from briefer.ingest.analysis import analyse
from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import clean
from briefer.ingest.outletnames import copyright_holder

_TITLE = "Hai tỉnh biên giới bàn cách mở rộng giao thương với Lào"
_LEAD = (
    "Chiều 5/3, tại TP Điện Biên Phủ, lãnh đạo tỉnh Điện Biên tiếp đoàn công tác của tỉnh "
    "Phông-sa-lỳ (Lào) do Phó Tỉnh trưởng dẫn đầu."
)
_MORE = "Hai bên trao đổi về hợp tác nông nghiệp, giáo dục và du lịch trong thời gian tới."


def test_a_long_masthead_in_capitals_over_the_headline_is_the_outlet_not_the_title() -> None:
    for masthead, outlet in (
        ("BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Báo Điện Biên Phủ"),
        ("TUẦN BÁO VĂN HÓA VÀ ĐỜI SỐNG", "Tuần báo Văn Hóa Và Đời Sống"),
    ):
        cleaned = clean(f"{masthead}\n{_TITLE}\n{_LEAD}\n{_MORE}")
        assert cleaned.title == _TITLE
        assert masthead not in cleaned.body
        assert cleaned.metadata.outlet.casefold() == outlet.casefold()


def test_a_headline_in_capitals_that_names_no_kind_of_outlet_stays_the_title() -> None:
    title = "VIỆT NAM VÀ LÀO KÝ KẾT BẢN GHI NHỚ VỀ NÔNG NGHIỆP"
    cleaned = clean(f"{title}\n{_LEAD}\n{_MORE}")
    assert cleaned.title == title


def test_the_addressee_line_under_a_letterhead_is_never_the_title() -> None:
    text = (
        "SỞ CÔNG THƯƠNG TỈNH ĐIỆN BIÊN\nSố: 77/SCT-HTQT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Điện Biên, ngày 9 tháng 3 năm 2025\nKính gửi: Văn phòng Ủy ban nhân dân tỉnh\n"
        f"GHI CHÚ\nTình hình giao thương với tỉnh Phông-sa-lỳ\n{_LEAD}\n{_MORE}"
    )
    cleaned = clean(text)
    assert cleaned.title == "Tình hình giao thương với tỉnh Phông-sa-lỳ"
    assert "Kính gửi" not in cleaned.body


def test_the_copyright_holder_is_the_outlet_when_nothing_else_names_it() -> None:
    assert copyright_holder("© 2024 SaigonBiz - Saigon Business Weekly. All rights reserved.") == (
        "Saigon Business Weekly"
    )
    assert copyright_holder("Bản quyền thuộc về Báo Điện Biên Phủ") == "Báo Điện Biên Phủ"
    cleaned = clean(
        f"{_TITLE}\n{_LEAD}\n{_MORE}\n© Nông Thôn Ngày Nay. Ghi rõ nguồn khi trích dẫn."
    )
    assert cleaned.metadata.outlet == "Nông Thôn Ngày Nay"
    assert "Nông Thôn Ngày Nay" not in cleaned.body


def test_a_short_caption_of_one_clause_above_its_credit_goes_even_after_a_paragraph() -> None:
    caption = "Đại biểu hai tỉnh chụp ảnh lưu niệm trước trụ sở Ủy ban nhân dân tỉnh Điện Biên."
    cleaned = clean(f"{_TITLE}\n{_LEAD}\n{caption}\nẢnh: Quỳnh Chi\n{_MORE}")
    assert caption not in cleaned.body
    assert _LEAD in cleaned.body and _MORE in cleaned.body


def test_a_paragraph_of_several_clauses_above_a_credit_stays() -> None:
    last = (
        "Sau hội đàm, hai bên ký biên bản ghi nhớ về thương mại biên giới, đồng thời thống "
        "nhất mở thêm một cặp chợ biên giới."
    )
    cleaned = clean(f"{_TITLE}\n{_LEAD}\n{last}\nẢnh: Quỳnh Chi\n{_MORE}")
    assert last in cleaned.body


def test_an_english_credit_named_as_a_photo_credit_goes_with_its_caption() -> None:
    line = "Delegates at the opening session in Vientiane on 2 April 2025. Photo credit: MOFA Laos"
    cleaned = clean(f"{_TITLE}\n{_LEAD}\n{line}\n{_MORE}")
    assert "Photo credit" not in cleaned.body and "Delegates at" not in cleaned.body


def test_player_buttons_comment_prompts_and_form_notes_are_furniture() -> None:
    noise = (
        "Nghe bài báo",
        "Listen to this article",
        "Phát 🎧",
        "Bạn thấy bài viết thế nào? Để lại bình luận ngay",
        "Your email address will not be published.",
        "Địa chỉ email của bạn sẽ được bảo mật.",
    )
    cleaned = clean("\n".join((_TITLE, noise[0], noise[1], noise[2], _LEAD, _MORE, *noise[3:])))
    for line in noise:
        assert line not in cleaned.body
    assert _LEAD in cleaned.body and _MORE in cleaned.body


def test_a_label_over_related_links_is_their_heading_whatever_it_says() -> None:
    text = (
        f"{_TITLE}\n{_LEAD}\nCùng dòng sự kiện:\n>> Giá cà phê tăng mạnh\n>> Mưa lớn ở Tây Nguyên\n"
        f"{_MORE}"
    )
    cleaned = clean(text)
    assert "Cùng dòng sự kiện" not in cleaned.body
    assert _MORE in cleaned.body


def test_a_name_in_capitals_between_the_last_sentence_and_a_comment_prompt_is_the_author() -> None:
    text = (
        f"{_TITLE}\n{_LEAD}\n{_MORE}\nLÊ THU TRANG\nBạn nghĩ sao về vấn đề này? Bình luận ngay\n"
        "ĐỌC NHIỀU\nGiá xăng giảm lần thứ ba liên tiếp\nBão số 5 đổ bộ vào Quảng Trị"
    )
    cleaned = clean(text)
    assert cleaned.metadata.author == "Lê Thu Trang"
    assert "LÊ THU TRANG" not in cleaned.body and "Giá xăng" not in cleaned.body


def test_a_byline_row_whose_cells_ran_together_is_furniture_and_gives_author_and_date() -> None:
    row = "Mai Linh Chi | Mar 4, 2025 07:40 PM (GMT+7) Share on Facebook"
    cleaned = clean(f"{_TITLE}\n{row}\n{_LEAD}\n{_MORE}")
    assert "Mai Linh Chi" not in cleaned.body and "Share on" not in cleaned.body
    assert cleaned.metadata.author == "Mai Linh Chi"
    assert cleaned.metadata.published_on == "2025-03-04"


def test_a_sentence_with_a_date_and_a_time_is_no_byline_row() -> None:
    sentence = "Đoàn công tác rời Điện Biên lúc 9:30 ngày 6/3/2025 để sang Phông-sa-lỳ"
    assert stamplines.stamp_row(sentence) == ("", "", "")
    cleaned = clean(f"{_TITLE}\n{_LEAD}\n{sentence}\n{_MORE}")
    assert sentence in cleaned.body


def test_the_newsroom_speaking_of_itself_is_an_editors_note() -> None:
    note = "Nông Thôn Ngày Nay xin giới thiệu toàn văn bài phát biểu."
    text = f"{_TITLE}\n{_LEAD}\n{note}\n{_MORE}\n© Nông Thôn Ngày Nay"
    cleaned = clean(text)
    assert note not in cleaned.body
    assert _LEAD in cleaned.body and _MORE in cleaned.body


def test_a_sentence_that_names_an_outlet_with_figures_stays() -> None:
    kept = "VnExpress cho biết hai bên ký 12 thỏa thuận trong năm 2024."
    cleaned = clean(f"{_TITLE}\n{_LEAD}\n{kept}\n{_MORE}")
    assert kept in cleaned.body


_RELEASE_LEAD = (
    "The Minister of Foreign Affairs of Laos paid an official visit to Ha Noi from 2 to 4 "
    "March 2025 at the invitation of his Vietnamese counterpart."
)
_RELEASE_MORE = "Both sides agreed to expand cooperation in energy, transport and education."


def test_a_release_sign_off_dates_it_and_signs_for_no_person() -> None:
    text = (
        f"PRESS RELEASE\nLao Minister visits Viet Nam\n{_RELEASE_LEAD}\n{_RELEASE_MORE}\n"
        "MINISTRY OF FOREIGN AFFAIRS\nLAO PEOPLE'S DEMOCRATIC REPUBLIC\n5 MARCH 2025"
    )
    cleaned = clean(text)
    assert cleaned.metadata.published_on == "2025-03-05"
    assert cleaned.metadata.author == ""
    for line in ("PRESS RELEASE", "5 MARCH 2025"):
        assert line not in cleaned.body


def test_a_country_is_never_the_author() -> None:
    cleaned = clean(f"Lao Minister visits Viet Nam\n{_RELEASE_LEAD}\n{_RELEASE_MORE}\nNEW ZEALAND")
    assert cleaned.metadata.author == ""


def test_a_last_updated_stamp_dates_the_text_only_when_nothing_else_does() -> None:
    updated = "Last updated: 9 March 2025, 10:15"
    dated = clean(f"Lao Minister visits Viet Nam\n5 March 2025 08:00\n{_RELEASE_LEAD}\n{updated}")
    assert dated.metadata.published_on == "2025-03-05"
    alone = clean(f"Lao Minister visits Viet Nam\n{_RELEASE_LEAD}\n{_RELEASE_MORE}\n{updated}")
    assert alone.metadata.published_on == "2025-03-09"


def test_a_page_whose_only_marked_day_is_an_update_takes_the_texts_own_date(
    tmp_path: Path,
) -> None:
    page = (
        "<html><head><title>Lao Minister visits Viet Nam</title></head><body><article>"
        "<h1>Lao Minister visits Viet Nam</h1>"
        f"<p>{_RELEASE_LEAD}</p><p>{_RELEASE_MORE}</p>"
        "<p>MINISTRY OF FOREIGN AFFAIRS<br>LAO PEOPLE'S DEMOCRATIC REPUBLIC<br>5 MARCH 2025</p>"
        "</article><p class='page-updated'>Updated 9/3/2025 10:15</p></body></html>"
    )
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    assert analyse(path).metadata.published_on == "2025-03-05"


def _candidates(sentence: str) -> list[Candidate]:
    cleaned = clean(f"{_TITLE}\n{sentence}\n{_MORE}")
    return find_candidates(cleaned.body, cleaned.metadata)


def test_a_partnership_reached_by_nang_cap_len_quan_he_is_a_milestone_of_its_own() -> None:
    sentence = (
        "Việt Nam và Lào thiết lập quan hệ ngoại giao ngày 5/9/1962 và nâng lên quan hệ Đối "
        "tác chiến lược năm 2019."
    )
    events = {(c.metric, c.event_date) for c in _candidates(sentence) if c.kind == "event"}
    assert ("relations.established", "1962-09-05") in events
    assert ("relations.strategic_partnership", "2019") in events


def test_relations_named_first_then_set_up_in_the_passive_are_the_founding() -> None:
    # Found from outside (an article written for the review, never in a corpus set): the
    # passive with the relations first was a bare date event, filed under investment
    # because "vốn" ("which", also "capital") is an investment word.
    for sentence in (
        "Bộ trưởng đánh giá cao quan hệ hai nước, vốn được thiết lập từ ngày 20/3/1973.",
        "Quan hệ ngoại giao giữa hai nước được thiết lập ngày 20/3/1973.",
    ):
        events = [c for c in _candidates(sentence) if c.kind == "event"]
        assert [(c.topic, c.metric, c.event_date) for c in events] == [
            ("diplomatic", "relations.established", "1973-03-20")
        ], sentence
    # A relationship set up on a basis, with no date, is no founding.
    assert not [
        c
        for c in _candidates("Quan hệ hai nước được thiết lập trên nền tảng tin cậy.")
        if c.metric == "relations.established"
    ]


def test_a_change_clause_without_a_subject_takes_the_period_of_the_figure_it_follows() -> None:
    # Found from outside, like the founding above: the growth was dated "as of" publication.
    figures = {
        c.metric: c.period
        for c in _candidates(
            "Kim ngạch thương mại song phương năm 2022 đạt 2,1 tỷ USD, tăng 8% so với năm 2021."
        )
        if c.kind == "figure"
    }
    assert figures == {"trade.total": "2022", "trade.growth": "2022"}
    # With no period before it there is none to take (the article's date stands in, as before).
    [growth] = [
        c
        for c in _candidates("Kim ngạch thương mại song phương đạt 2,1 tỷ USD, tăng 8%.")
        if c.metric == "trade.growth"
    ]
    assert growth.period == ""


def test_english_ranks_name_their_noun_after_the_rank() -> None:
    for sentence, metric in (
        ("Laos is now the 7th largest foreign investor in Dien Bien province.", "investment"),
        ("Laos became Vietnam's third largest export market in the region in 2024.", "trade"),
    ):
        ranks = [c for c in _candidates(sentence) if c.unit == "rank"]
        assert ranks and ranks[0].metric.startswith(metric), sentence


def test_a_rank_among_a_group_named_after_it_takes_the_groups_domain() -> None:
    sentence = (
        "Lào có 240 dự án còn hiệu lực với tổng vốn khoảng 1,2 tỷ USD, xếp thứ 9 trong số "
        "các quốc gia và vùng lãnh thổ có đầu tư tại Việt Nam."
    )
    ranks = [c for c in _candidates(sentence) if c.unit == "rank"]
    assert [(c.value, c.metric) for c in ranks] == [(9, "investment.rank")]


def _english(sentence: str) -> list[Candidate]:
    cleaned = clean(f"Lao Minister visits Viet Nam\n{_RELEASE_LEAD}\n{sentence}")
    return find_candidates(cleaned.body, cleaned.metadata)


def test_english_accords_and_requests_between_the_sides_are_candidates() -> None:
    for sentence in (
        "The two Foreign Ministers agreed to study a direct flight between Vientiane and Da Nang.",
        "The minister asked Lao companies to consider investing in Vietnamese seaports.",
    ):
        statements = [c for c in _english(sentence) if c.quote.startswith(sentence[:20])]
        assert statements and statements[0].pair == "VN-LA", sentence


def test_an_english_sentence_about_one_side_alone_is_no_accord() -> None:
    sentence = "The minister agreed with reporters that the weather had been warm."
    assert not [c for c in _english(sentence) if c.quote.startswith("The minister agreed")]


def test_a_project_licensed_and_opened_on_two_dates_gives_two_milestones() -> None:
    sentence = (
        "Nhà máy xi măng của Tập đoàn ABC tại Viêng Chăn (Lào) được cấp phép năm 2016 và "
        "chính thức đi vào hoạt động từ tháng 3/2019, tạo việc làm cho 800 lao động."
    )
    dates = {c.event_date for c in _candidates(sentence) if c.kind == "event"}
    assert {"2016", "2019-03"} <= dates


def test_a_notes_closing_formula_with_the_formal_end_mark_is_no_statement() -> None:
    closing = "Trên đây là báo cáo của Sở Công Thương tỉnh Điện Biên./."
    text = (
        "SỞ CÔNG THƯƠNG TỈNH ĐIỆN BIÊN\nSố: 77/SCT-HTQT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Điện Biên, ngày 9 tháng 3 năm 2025\nBÁO CÁO\nTình hình giao thương với tỉnh Phông-sa-lỳ\n"
        f"{_LEAD}\nNăm 2024, kim ngạch qua cửa khẩu Tây Trang đạt 120 triệu USD./.\n{closing}"
    )
    cleaned = clean(text)
    assert closing not in cleaned.body
    assert "kim ngạch qua cửa khẩu Tây Trang đạt 120 triệu USD" in cleaned.body


def test_sentences_opening_with_words_that_are_also_outlet_names_stay() -> None:
    for sentence in (
        "Đầu tư của Lào vào tỉnh Điện Biên tăng mạnh trong năm qua.",
        "Nhân dân hai tỉnh luôn dành cho nhau tình cảm đặc biệt.",
        "Ông có ý kiến gì về triển vọng hợp tác giữa hai tỉnh?",
    ):
        cleaned = clean(f"{_TITLE}\n{_LEAD}\n{sentence}\n{_MORE}")
        assert sentence in cleaned.body, sentence


def test_a_company_holding_the_copyright_is_not_the_outlet() -> None:
    assert copyright_holder("© 2025 Công ty Cổ phần Truyền thông Sao Mai") == ""
    assert copyright_holder("© NongThonNews") == "NongThonNews"
    cleaned = clean(f"{_TITLE}\n{_LEAD}\n{_MORE}\n© NongThonNews")
    assert cleaned.metadata.outlet == "NongThonNews"


def test_mastheads_in_mixed_case_or_long_give_the_outlet_but_a_country_is_no_masthead() -> None:
    for masthead, outlet in (
        ("Báo Hà Tĩnh điện tử", "Báo Hà Tĩnh"),
        ("BÁO ĐIỆN TỬ ĐIỆN BIÊN PHỦ", "Báo Điện Biên Phủ"),
        ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ TĨNH", "Đài phát thanh và truyền hình Hà Tĩnh"),
    ):
        cleaned = clean(f"{masthead}\n{_TITLE}\n{_LEAD}\n{_MORE}")
        assert cleaned.title == _TITLE, masthead
        assert cleaned.metadata.outlet.casefold() == outlet.casefold(), masthead
    headline = "Đài Loan mở rộng đầu tư vào các tỉnh biên giới"
    assert clean(f"{headline}\n{_LEAD}\n{_MORE}").title == headline


def test_an_english_masthead_ending_on_a_word_for_a_paper_gives_the_outlet() -> None:
    for masthead, outlet in (
        ("THE MEKONG HERALD", "The Mekong Herald"),
        ("Saigon Business Review Online", "Saigon Business Review"),
    ):
        cleaned = clean(
            f"{masthead}\nLao Minister visits Viet Nam\n{_RELEASE_LEAD}\n{_RELEASE_MORE}"
        )
        assert cleaned.title == "Lao Minister visits Viet Nam", masthead
        assert cleaned.metadata.outlet == outlet, masthead


def test_more_furniture_shapes_at_the_tail() -> None:
    for noise, field, value in (
        ("Photo courtesy of the Lao Embassy", "", ""),
        ("Nghe đọc bài viết", "", ""),
        ("Đăng lúc 14:20 ngày 05/03/2025 bởi Nguyễn Hà", "author", "Nguyễn Hà"),
        ("Theo: Báo Điện Biên Phủ", "outlet", "Báo Điện Biên Phủ"),
        ("(Theo TTXVN)", "outlet", "TTXVN"),
    ):
        cleaned = clean(f"{_TITLE}\n{_LEAD}\n{_MORE}\n{noise}")
        assert noise not in cleaned.body, noise
        if field:
            assert getattr(cleaned.metadata, field) == value, noise


def test_bylines_of_several_writers_or_credits_and_rows_of_labelled_stamps() -> None:
    for noise, author, date in (
        ("NGUYỄN HÀ - TRẦN MINH", "Nguyễn Hà - Trần Minh", ""),  # (joined as the page does)
        ("Story: Nguyen Ha - Photos: Tran Minh", "Nguyen Ha", ""),
        ("Published: 06 March 2025 | Updated: 07 March 2025", "", "2025-03-06"),
    ):
        cleaned = clean(f"{_TITLE}\n{noise}\n{_LEAD}\n{_MORE}")
        assert noise not in cleaned.body, noise
        assert (cleaned.metadata.author, cleaned.metadata.published_on) == (author, date), noise
    pair = "Việt Nam - Trung Quốc"
    cleaned = clean(f"{_TITLE}\n{_LEAD}\n{_MORE}\n{pair}")
    assert cleaned.metadata.author == ""


def test_a_caption_that_names_its_photos_kind_and_gallery_counters_in_words() -> None:
    for noise in (
        "Các đại biểu tham dự hội nghị. Ảnh minh họa",
        "Cửa khẩu quốc tế Tây Trang. (Ảnh tư liệu)",
        "A border gate in Dien Bien. File photo",
        "Ảnh 1 trong 5",
    ):
        cleaned = clean(f"{_TITLE}\n{_LEAD}\n{noise}\n{_MORE}")
        assert noise not in cleaned.body, noise
    prose = "Lãnh đạo tỉnh cho biết ảnh hưởng của bão là rất lớn."
    assert prose in clean(f"{_TITLE}\n{_LEAD}\n{prose}\n{_MORE}").body

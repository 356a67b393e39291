"""Rules added after the development set ``dev3`` was first measured: each is a structure of
real pages, tested here on wording of its own (other outlets, countries and names than the
set's files).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest import furniture as fur
from briefer.ingest import stamplines
from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import clean
from briefer.ingest.pdflayout import reflow
from briefer.ingest.webpage import read_webpage

_LEAD = (
    "Sáng 3/6, tại Hà Nội, Bộ trưởng Ngoại giao tiếp Đại sứ Chile tại Việt Nam nhân dịp ông "
    "kết thúc nhiệm kỳ công tác."
)
_MORE = "Hai bên trao đổi về hợp tác nông nghiệp, giáo dục và du lịch trong thời gian tới."


def test_menu_items_one_a_line_above_the_headline_are_not_the_title() -> None:
    text = (
        "Xã hội\nGiáo dục\nSức khỏe\nĐăng ký\nViệt Nam và Chile thúc đẩy hợp tác nông nghiệp\n"
        f"{_LEAD}\n{_MORE}"
    )
    cleaned = clean(text)
    assert cleaned.title == "Việt Nam và Chile thúc đẩy hợp tác nông nghiệp"
    for item in ("Xã hội", "Giáo dục", "Sức khỏe", "Đăng ký"):
        assert item not in cleaned.body


def test_a_masthead_the_outlet_table_lacks_gives_the_outlet() -> None:
    for masthead, outlet in (("BÁO BÌNH ĐỊNH", "Báo Bình Định"), ("PSTV Online", "PSTV Online")):
        text = f"{masthead}\nĐƯỜNG DÂY NÓNG\nViệt Nam và Chile thúc đẩy hợp tác nông nghiệp\n"
        cleaned = clean(f"{text}{_LEAD}\n{_MORE}")
        assert cleaned.title == "Việt Nam và Chile thúc đẩy hợp tác nông nghiệp"
        assert cleaned.metadata.outlet == outlet
        assert masthead not in cleaned.body


def test_a_label_without_a_headline_below_stays_the_title() -> None:
    # A short headline with prose right under it is the title, not a label.
    cleaned = clean(f"Chile và ASEAN\n{_LEAD}\n{_MORE}")
    assert cleaned.title == "Chile và ASEAN"


@pytest.mark.parametrize(
    "line",
    [
        "Cơ quan ngôn luận của Hội Nhà báo tỉnh Bình Định",
        "Cơ quan của Tỉnh ủy Quảng Trị",
        "The Official Newspaper of the Ho Chi Minh City People's Committee",
        "Đề nghị ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
        "Vui lòng đăng nhập để gửi bình luận.",
        "Please log in to comment.",
    ],
)
def test_masthead_taglines_reuse_terms_and_comment_prompts_are_furniture(line: str) -> None:
    assert fur.boilerplate(line)
    cleaned = clean(f"Việt Nam và Chile thúc đẩy hợp tác nông nghiệp\n{_LEAD}\n{line}\n{_MORE}")
    assert line not in cleaned.body


def test_article_sentences_about_comments_or_organs_stay() -> None:
    for sentence in (
        "Bộ trưởng đã bình luận về kết quả chuyến thăm và đánh giá cao sự hỗ trợ của Chile "
        "trong các diễn đàn đa phương.",
        "Cơ quan của Liên hợp quốc về thương mại và phát triển đánh giá cao vai trò của Việt "
        "Nam trong chuỗi cung ứng khu vực, theo báo cáo công bố ngày 2/6.",
    ):
        assert not fur.boilerplate(sentence)


@pytest.mark.parametrize("credit", ["Ảnh: T.T", "Ảnh: N.H.", "(Ảnh: P.L.)"])
def test_a_credit_of_initials_is_a_credit(credit: str) -> None:
    assert fur.credit_only(credit)
    assert fur.photo_credit(f"Hai Bộ trưởng chụp ảnh chung. {credit}")
    assert not fur.credit_only("Ảnh hưởng của bão số 3.")


def test_a_full_caption_that_says_who_stands_where_is_a_caption() -> None:
    caption = (
        "Bộ trưởng Ngoại giao (trái) trao quà lưu niệm cho Đại sứ Chile tại Việt Nam trong "
        "buổi tiếp ở trụ sở Bộ."
    )
    cleaned = clean(
        f"Việt Nam và Chile thúc đẩy hợp tác nông nghiệp\n{_LEAD}\n{caption}\nẢnh: B.N\n{_MORE}"
    )
    assert "trao quà lưu niệm" not in cleaned.body
    assert _MORE in cleaned.body


def test_a_page_without_site_name_takes_it_from_the_title() -> None:
    page = (
        "<html><head><title>Chile, Vietnam boost farm trade | Saigon Daily</title></head><body>"
        "<h1>Chile, Vietnam boost farm trade</h1><article><p>Chile and Vietnam agreed on June 3 "
        "to expand trade in fruit and seafood, the ministry said.</p><p>Two-way trade reached "
        "US$1.8 billion in 2024, up 7% from a year earlier.</p></article></body></html>"
    )
    assert read_webpage(page.encode(), "page.html").site_name == "Saigon Daily"
    # The page's own address outranks a name the title ends on.
    known = page.replace(
        "</title>", "</title><link rel='canonical' href='https://tuoitre.vn/x-1.htm'>"
    )
    assert read_webpage(known.encode(), "page.html").site_name == ""


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ("Chính trị - Xã hội", True),
        ("Thế giới – Châu Mỹ", True),
        ("Việt Nam - Chile ký 3 MoU", False),
    ],
)
def test_a_section_and_subsection_joined_by_a_dash(line: str, path: bool) -> None:
    assert fur.section_path(line) is path


def test_pdf_lines_wrapped_before_a_long_word_run_on() -> None:
    # The column is about 36 characters wide; "Ả-rập-Xê-út," did not fit after "của".
    text = (
        "Bộ trưởng khẳng định Việt Nam coi trọng\nquan hệ hợp tác với các đối tác\n"
        "truyền thống khu vực Trung Đông của\nẢ-rập-Xê-út, đặc biệt trong lĩnh vực\n"
        "năng lượng và lao động, theo thông cáo.\nHai bên nhất trí thúc đẩy đầu tư."
    )
    paragraphs = reflow(text).split("\n\n")
    assert paragraphs[0].endswith("lao động, theo thông cáo.")
    assert "của Ả-rập-Xê-út, đặc biệt" in paragraphs[0]


def test_a_pdf_date_line_in_lower_case_continues_the_sentence() -> None:
    text = (
        "Đoàn đại biểu Quốc hội Việt Nam thăm\nchính thức Cộng hòa Chile từ\n"
        "ngày 12 đến 15/6/2025.\nHai bên nhất trí tăng cường hợp tác nghị viện."
    )
    assert reflow(text).split("\n\n")[0].endswith("Chile từ ngày 12 đến 15/6/2025.")


def test_a_pdf_headline_broken_on_an_open_phrase_stays_one_line() -> None:
    text = (
        "Thế giới – Châu Mỹ\nToàn văn diễn văn của\nThủ tướng tại Đại học\nChile\n\n"
        "03/06/2025 | 09:10\n"
        "Báo điện tử trân trọng giới thiệu toàn văn diễn văn của Thủ tướng tại Đại\n"
        "học Chile sáng 2/6."
    )
    paragraphs = reflow(text).split("\n\n")
    assert paragraphs[0] == "Thế giới – Châu Mỹ"
    assert paragraphs[1] == "Toàn văn diễn văn của Thủ tướng tại Đại học Chile"


# ---- sentences and candidates -------------------------------------------------------------


def test_a_dotted_place_name_can_end_a_sentence() -> None:
    from briefer.ingest.sentences import sentences

    text = "Nhiều doanh nghiệp Chile đặt văn phòng tại TP.HCM. Năm 2024, hai bên ký 3 thỏa thuận."
    assert sentences(text) == [
        "Nhiều doanh nghiệp Chile đặt văn phòng tại TP.HCM.",
        "Năm 2024, hai bên ký 3 thỏa thuận.",
    ]
    # A title before a name and "v.v." still hold their dot.
    assert len(sentences("Ông gặp PGS.TS. Trần Văn Bình tại Santiago.")) == 1


def test_of_which_takes_the_period_of_the_figure_before_it() -> None:
    body = (
        "Năm 2024, kim ngạch thương mại Việt Nam - Chile đạt 1,9 tỷ USD. Trong đó, Việt Nam "
        "xuất khẩu sang Chile 1,1 tỷ USD."
    )
    exports = [c for c in find_candidates(body) if c.value == 1.1e9]
    assert exports and exports[0].period == "2024" and exports[0].as_of == ""


def test_of_which_borrows_only_from_the_paragraph_just_before() -> None:
    # (a page's summary holds the total, its body opens on "Trong đó, …": dev4)
    body = "Năm 2024, kim ngạch đạt 1,9 tỷ USD.\nTrong đó, Việt Nam xuất khẩu 1,1 tỷ USD."
    exports = [c for c in find_candidates(body) if c.value == 1.1e9]
    assert exports and exports[0].period == "2024"
    far = (
        "Năm 2024, kim ngạch đạt 1,9 tỷ USD.\nHai bên trao đổi về hợp tác giáo dục.\n"
        "Trong đó, Việt Nam xuất khẩu 1,1 tỷ USD."
    )
    exports = [c for c in find_candidates(far) if c.value == 1.1e9]
    assert exports and exports[0].period == ""


def test_a_visit_takes_the_date_its_cue_names_after_it() -> None:
    body = (
        "Chủ tịch Quốc hội phát biểu tại Quốc hội Chile ngày 12/6/2025, trong khuôn khổ chuyến "
        "thăm chính thức Chile từ ngày 10 đến 13/6/2025."
    )
    visits = [c for c in find_candidates(body) if c.metric.startswith("visit")]
    assert visits and visits[0].event_date.startswith("2025-06-10")


def test_became_partners_is_a_milestone() -> None:
    body = (
        "Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971 và trở thành Đối tác "
        "toàn diện từ tháng 11/2007."
    )
    dates = {c.event_date for c in find_candidates(body) if c.kind == "event"}
    assert {"1971-03-25", "2007-11"} <= dates


# ---- proposals and accords; commentary ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bên nhất trí giao các bộ, ngành liên quan nghiên cứu khả năng lập nhóm công tác "
        "chung về thủy lợi.",
        "Hai bên thống nhất sẽ cử chuyên gia sang làm việc trong năm tới.",
        "Ông Boric mong muốn Việt Nam hỗ trợ Chile đào tạo kỹ sư trong lĩnh vực khai khoáng.",
        "The two sides agreed to exchange young people and students every summer.",
    ],
)
def test_an_accord_or_a_wish_between_the_sides_is_a_candidate(sentence: str) -> None:
    found = find_candidates(f"Việt Nam và Chile tăng cường hợp tác. {sentence}")
    quotes = [c for c in found if sentence.rstrip(".") in c.quote]
    assert quotes  # a topic of its own ("people") wins; else it is a proposal
    assert quotes[0].topic in ("proposals", "people")


def test_an_accord_word_without_the_sides_is_no_candidate() -> None:
    for sentence in (
        "Ông rất vui mừng và mong muốn sớm quay lại Hà Nội vào dịp thuận lợi.",
        "Các đại biểu thống nhất cao với nội dung báo cáo của ban tổ chức hội nghị.",
    ):
        assert not find_candidates(sentence)


def test_a_share_whose_base_no_cue_names_is_no_figure() -> None:
    body = "Theo một chuyên gia, chi phí vận tải hiện chiếm khoảng 17% giá thành sản phẩm."
    assert not [c for c in find_candidates(body) if c.kind == "figure"]
    growth = "Năm 2024, kim ngạch thương mại Việt Nam - Chile tăng 12% so với năm 2023."
    assert [c for c in find_candidates(growth) if c.unit == "%"]


def test_a_vague_many_without_examples_is_commentary() -> None:
    vague = (
        "Nhiều doanh nghiệp Chile đã có mặt tại Việt Nam và mong muốn mở rộng đầu tư vào "
        "nông nghiệp."
    )
    named = (
        "Nhiều doanh nghiệp Chile như Concha y Toro và Codelco đã có mặt tại Việt Nam và mong "
        "muốn mở rộng đầu tư."
    )
    assert not find_candidates(vague)
    assert find_candidates(named)


# ---- sidebars by shape, not by a list of headings --------------------------------------------

_P1 = "Đoạn thứ nhất nói về quan hệ Việt Nam – Chile trong nhiều năm qua, với nhiều kết quả tốt."
_P2 = "Đoạn thứ hai nói tiếp về hợp tác kinh tế giữa hai nước, với nhiều dự án đầu tư mới."


@pytest.mark.parametrize("label", ["Có thể bạn muốn biết", "Nên đọc", "Đừng bỏ lỡ >>"])
def test_a_box_heading_of_any_wording_goes_with_its_headline(label: str) -> None:
    headline = "Giá cà phê hôm nay lập đỉnh mới"
    text = f"Tiêu đề bài báo\n{_P1}\n{label}\n{headline} {headline}\n{_P2}"
    cleaned = clean(text)
    assert cleaned.paragraphs == [_P1, _P2]
    assert ("sidebar", label) in {(r.reason, r.text) for r in cleaned.removed}


def test_a_byline_in_capitals_over_a_box_of_any_wording_is_the_byline() -> None:
    text = (
        f"Tiêu đề bài báo\n{_P1}\n{_P2}\nMINH KHUÊ\nBài đọc nhiều trong tuần\n"
        "Giá cà phê hôm nay lập đỉnh mới\nMiền Bắc đón đợt rét đậm đầu mùa"
    )
    cleaned = clean(text)
    assert cleaned.paragraphs == [_P1, _P2]
    assert cleaned.metadata.author == "Minh Khuê"


# ---- date stamps in more forms ---------------------------------------------------------------

_EN_LEAD = (
    "Vietnam and Chile agreed on Tuesday to expand trade in fruit, seafood and minerals, the "
    "ministry said."
)


@pytest.mark.parametrize(
    ("stamp", "iso", "author"),
    [
        ("Thursday, December 4, 2025", "2025-12-04", ""),
        ("Thu, Dec 4, 2025 09:15", "2025-12-04", ""),
        ("04.12.2025 09:15", "2025-12-04", ""),
        ("Updated 4 Dec 2025, 9:15 am", "2025-12-04", ""),
        ("Posted on 4 December 2025 by Lan Anh", "2025-12-04", "Lan Anh"),
        ("Thu Hằng 04/12/2025 09:15", "2025-12-04", "Thu Hằng"),
    ],
)
def test_date_stamps_in_english_and_dotted_forms(stamp: str, iso: str, author: str) -> None:
    cleaned = clean(f"Vietnam, Chile to expand fruit trade\n{stamp}\n{_EN_LEAD}")
    assert stamp not in cleaned.body
    assert cleaned.metadata.published_on == iso
    assert cleaned.metadata.author == author


def test_a_dotted_date_alone_is_no_stamp() -> None:
    # Without a time of day or weekday beside it, "2.10.2024" may be a version number.
    assert stamplines.timestamp("Phiên bản 2.10.2024") == ("", "")
    assert stamplines.timestamp("2.10.2024") == ("", "")


def test_a_byline_with_the_reporters_post_after_a_comma() -> None:
    text = (
        f"Việt Nam và Chile thúc đẩy hợp tác nông nghiệp\n{_P1}\n{_P2}\n"
        "Nguyễn Minh Thư, phóng viên thường trú tại Santiago"
    )
    cleaned = clean(text)
    assert cleaned.paragraphs == [_P1, _P2]
    assert cleaned.metadata.author == "Nguyễn Minh Thư"


@pytest.mark.parametrize("counter", ["Ảnh 2/5", "(2/5)", "Photo 2 of 5"])
def test_a_gallery_counter_is_furniture(counter: str) -> None:
    cleaned = clean(f"Việt Nam và Chile thúc đẩy hợp tác nông nghiệp\n{_P1}\n{counter}\n{_P2}")
    assert cleaned.paragraphs == [_P1, _P2]


def test_an_english_day_range_before_its_month() -> None:
    from briefer.text.dates import find_dates

    [span] = find_dates("will visit Chile from 10 to 12 December", 2025)
    assert span.iso == "2025-12-10..2025-12-12"
    assert not find_dates("the share rose from 10 to 12 per cent", 2025)


def test_a_table_row_is_one_line_and_a_bare_year_no_candidate() -> None:
    page = (
        "<html><head><title>Chile mua gạo Việt</title></head><body><h1>Chile mua gạo Việt</h1>"
        "<article><p>Năm 2024, kim ngạch thương mại Việt Nam - Chile đạt 1,9 tỷ USD, tăng 7% so "
        "với năm trước, theo số liệu của cơ quan hải quan.</p><table><tr><th>Mặt hàng</th>"
        "<th>2023</th><th>2024</th></tr><tr><td>Gạo</td><td>96,4</td><td>142,7</td></tr></table>"
        "<p>Hai bên nhất trí thúc đẩy đàm phán về kiểm dịch thực vật cho trái cây tươi.</p>"
        "</article></body></html>"
    )
    text = read_webpage(page.encode(), "page.html").text
    assert "Mặt hàng; 2023; 2024" in text and "Gạo; 96,4; 142,7" in text
    body = clean(text).body
    assert [c for c in find_candidates(body) if c.quote.strip() in ("2023", "2024")] == []


def test_an_interviewers_question_is_no_candidate_its_answer_is() -> None:
    question = "PV: Hợp tác thương mại giữa Việt Nam và Chile đã đạt được những kết quả gì?"
    answer = "Đại sứ: Năm 2024, kim ngạch thương mại song phương đạt 1,9 tỷ USD."
    found = find_candidates(f"{question}\n{answer}")
    assert found and all("PV:" not in c.quote for c in found)


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [("(PSTV News) - ", "PSTV News"), ("(Baophusa.vn) - ", "Baophusa.vn"), ("(Hà Nội) - ", "")],
)
def test_an_unknown_outlet_in_brackets_before_the_leads_dash(lead: str, outlet: str) -> None:
    cleaned = clean(f"Việt Nam và Chile thúc đẩy hợp tác nông nghiệp\n{lead}{_LEAD}\n{_MORE}")
    assert cleaned.metadata.outlet == outlet


def test_a_label_over_a_marked_list_of_headlines_inside_the_article_goes() -> None:
    text = (
        f"Tiêu đề bài báo\n{_P1}\nTin liên quan\n• Giá cà phê hôm nay lập đỉnh mới\n"
        f"• Miền Bắc đón đợt rét đậm đầu mùa\n{_P2}"
    )
    assert clean(text).paragraphs == [_P1, _P2]


def test_numbered_headlines_after_the_last_sentence_go_an_announced_list_stays() -> None:
    box = "Bài được quan tâm\n1. Giá cà phê hôm nay lập đỉnh mới\n2. Miền Bắc đón rét đậm"
    assert clean(f"Tiêu đề bài báo\n{_P1}\n{_P2}\n{box}").paragraphs == [_P1, _P2]
    listed = (
        "Hai bên đã ký các văn kiện sau:\n1. Bản ghi nhớ về hợp tác nông nghiệp\n"
        "2. Thỏa thuận về giáo dục đại học"
    )
    paragraphs = clean(f"Tiêu đề bài báo\n{_P1}\n{_P2}\n{listed}").paragraphs
    assert paragraphs[2:] == listed.split("\n")


@pytest.mark.parametrize("name", ["unseen3", "dev3"])
def test_box_shapes_alone_clear_the_corpus_without_the_heading_words(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words of common box headings are a backup: without them, no furniture is left
    and no sentence lost."""
    from benchmarks.eval_import import evaluate
    from briefer.ingest import lines

    monkeypatch.setattr(lines, "_SIDEBAR_MARKERS", frozenset())
    totals = evaluate(name, verbose=False)
    assert totals["furniture_left"] == 0 and totals["lost"] == 0


def test_a_pages_schema_org_block_gives_date_author_and_site() -> None:
    ld = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2025-12-04T09:15:00+07:00", "author": {"@type": "Person", '
        '"name": "Lan Anh"}, "publisher": {"@type": "Organization", "name": "Saigon Daily"}}]}'
    )
    page = (
        f"<html><head><script type='application/ld+json'>{ld}</script>"
        "<script type='application/ld+json'>{broken</script><title>Chile trade up</title>"
        "</head><body><h1>Chile trade up</h1><div class='content'><p>Vietnam and Chile agreed "
        "on Tuesday to expand trade in fruit, seafood and minerals, the ministry said.</p>"
        "</div></body></html>"
    )
    read = read_webpage(page.encode(), "page.html")
    assert (read.published_on, read.author, read.site_name) == (
        "2025-12-04",
        "Lan Anh",
        "Saigon Daily",
    )
    # An agency named as the author is no author.
    agency = page.replace('"name": "Lan Anh"', '"name": "TTXVN"')
    assert read_webpage(agency.encode(), "page.html").author == ""


def test_a_view_credited_to_an_unnamed_source_is_commentary() -> None:
    for view in (
        "Theo ông Trần Văn Hải, đại diện một doanh nghiệp vận tải, hàng hóa Việt Nam sang Chile "
        "còn chịu chi phí cao.",
        "Theo một chuyên gia, thương mại Việt Nam - Chile sẽ tiếp tục tăng trong những năm tới.",
        "According to an analyst, trade between Vietnam and Chile will keep growing.",
    ):
        assert not find_candidates(view), view
    named = "Theo Thương vụ Việt Nam tại Chile, hàng hóa Việt Nam vào Chile tăng mạnh."
    assert find_candidates(named)


def test_a_saved_pages_declared_headline_is_the_title_however_short(tmp_path: Path) -> None:
    from briefer.ingest.analysis import analyse

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Chile và ASEAN</title></head><body><h1>Chile và ASEAN</h1>"
        "<article><p>Hai thập kỷ hợp tác thương mại và đầu tư giữa Chile và khu vực</p>"
        "<p>Năm 2024, kim ngạch thương mại Việt Nam - Chile đạt 1,9 tỷ USD, tăng 7% so với năm "
        "trước, theo số liệu của cơ quan hải quan.</p></article></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.title == "Chile và ASEAN"


def test_a_markets_size_in_its_region_is_no_partner_rank() -> None:
    size = "Với hơn 19 triệu dân, Chile là thị trường tiêu thụ lớn thứ năm Nam Mỹ."
    assert not [c for c in find_candidates(size) if c.unit == "rank"]
    rank = "Chile là thị trường lớn thứ năm của Việt Nam tại Nam Mỹ."
    assert [c for c in find_candidates(rank) if c.unit == "rank" and c.value == 5]

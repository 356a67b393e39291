"""Body rules of issue 19's ninth round (furniture, lost sentences, candidates), each tested
on wording of its own, and the perturbation harness (``benchmarks/perturb_body.py``)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import clean

_LEAD = (
    "Hà Nội và Wellington nhất trí mở rộng hợp tác đào tạo nghề trong lĩnh vực chế biến sữa "
    "sau cuộc hội đàm chiều 14/3."
)
_MORE = "Hai bên giao cho nhóm công tác họp tại Hà Nội vào đầu năm sau để theo dõi tiến độ."


def test_a_by_row_with_its_day_gives_the_writer_and_the_day() -> None:
    # the name ends where the row's date starts; the day is the posting's
    cleaned = clean(
        f"Dairy links widen\nBy Lan Huong   March 3, 2024 | 09:10 am GMT+7\n{_LEAD}\n{_MORE}"
    )
    assert cleaned.metadata.author == "Lan Huong"
    assert cleaned.metadata.published_on == "2024-03-03"
    assert "09:10" not in cleaned.body


def test_the_perturbation_harness_inserts_fresh_furniture_and_counts_it() -> None:
    from benchmarks.perturb_body import run

    kinds = {"related box at the end", "tag row", "inline read-more", "caption in figcaption",
             "credit on the next line", "share row", "banner", "comment prompt"}  # fmt: skip
    tallies = run(["unseen2"], kinds)
    assert set(tallies) == kinds
    for kind, t in tallies.items():
        assert t.files >= 4 and t.inserted >= t.files, kind  # every file got its furniture
        # captions and credits, a related box under a heading of any wording, share, tag
        # and comment rows, banners and read-on links go, and take no sentence with them
        assert (t.left, t.lost, t.from_furniture) == (0, 0, 0), (kind, t.notes)


def _text(*middle: str) -> str:
    last = "Theo kế hoạch, hai bên sẽ ký bản ghi nhớ về đào tạo nghề vào tháng 6 tại Wellington."
    return "\n".join(("Dairy links widen", _LEAD, *middle, _MORE, last))


def test_a_caption_ending_on_a_person_and_outlet_credit_goes() -> None:
    # no credit word: a name, a slash and the outlet, after a full stop, a dash or in brackets
    for line in (
        "Thứ trưởng Lò Văn Sáng chủ trì buổi tiếp. Tạ Minh Khuê/Báo Sông Mây",
        "Thứ trưởng Lò Văn Sáng chủ trì buổi tiếp (Tạ Minh Khuê/Báo Sông Mây)",
        "Thứ trưởng Lò Văn Sáng chủ trì buổi tiếp - Tạ Minh Khuê/Báo Sông Mây",
    ):
        cleaned = clean(_text(line))
        assert "Lò Văn Sáng" not in cleaned.body, line
        assert _MORE in cleaned.body


def test_a_person_and_outlet_under_a_caption_inside_the_text_is_a_credit_not_the_author() -> None:
    cleaned = clean(_text("Thứ trưởng Lò Văn Sáng chủ trì buổi tiếp", "Tạ Minh Khuê/Báo Sông Mây"))
    assert "Lò Văn Sáng" not in cleaned.body and "Tạ Minh Khuê" not in cleaned.body
    assert cleaned.metadata.author != "Tạ Minh Khuê"
    # the same line closing the article is its byline
    closing = clean(f"Dairy links widen\n{_LEAD}\n{_MORE}\nTạ Minh Khuê/Báo Sông Mây")
    assert closing.metadata.author == "Tạ Minh Khuê"


def test_a_photo_label_with_a_dash_and_an_outlet_is_a_credit_not_a_byline() -> None:
    cleaned = clean(_text("Quang cảnh buổi làm việc tại tỉnh", "Ảnh: Tạ Minh Khuê - Báo Sông Mây"))
    assert "Quang cảnh" not in cleaned.body and "Sông Mây" not in cleaned.body
    assert cleaned.metadata.author == ""


def test_a_credit_right_after_a_pages_picture_goes_with_it(tmp_path: Path) -> None:
    # once the figure is gone the paragraph above must not read as the credit's caption
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Dairy links widen</title></head><body><article>"
        f"<h1>Dairy links widen</h1><p>{_LEAD}</p><figure><img src='a.jpg'>"
        "<figcaption>Quang cảnh buổi tiếp</figcaption></figure><p>Photo: Tạ Minh Khuê</p>"
        f"<p>{_MORE}</p><p><img src='b.jpg'></p><p>Tạ Minh Khuê/Báo Sông Mây</p>"
        "<p>Theo kế hoạch, hai bên sẽ ký bản ghi nhớ về đào tạo nghề vào tháng 6.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    body = analyse(page).cleaned.body
    assert _LEAD in body and _MORE in body and "Theo kế hoạch" in body
    assert "Tạ Minh Khuê" not in body


def test_a_labelled_row_of_networks_an_app_banner_and_a_call_to_the_reader_go() -> None:
    for line in (
        "Gửi cho bạn bè qua: Zalo · Email · Telegram",
        "Pass it on: WhatsApp | Reddit | Email",
        "Tải ứng dụng Tin Sông Mây trên App Store và Google Play",
        "Download the Ridgeway Daily app for iOS and Android",
        "Be the first to tell us what you think",
        "Hãy để lại cảm nhận của bạn",
    ):
        cleaned = clean(_text(line))
        assert line not in cleaned.body, line
        assert _MORE in cleaned.body
    # prose that names an app, or asks the reader inside a sentence, stays
    for line in (
        "Ứng dụng ví điện tử của Việt Nam đã có mặt trên App Store tại Wellington từ tháng 5.",
        "Hãy cùng nhìn lại chặng đường hợp tác sữa của hai nước trong 10 năm qua, ông cho biết.",
    ):
        assert line in clean(_text(line)).body, line


def test_a_box_of_headlines_inside_a_pdf_column_is_read_apart_and_dropped() -> None:
    from briefer.ingest.pdflayout import pages_to_text

    left = [
        "Hai tỉnh ký kết biên bản ghi nhớ về",
        "hợp tác thương mại biên giới, mở",
        "rộng chợ cửa khẩu và kết nối giao",
        "thông đường bộ giữa hai bên.",
        "",
        "Theo kế hoạch, chợ cửa khẩu mới sẽ",
        "đi vào hoạt động từ tháng 9 năm nay",
        "với khoảng 200 gian hàng.",
    ]
    # the right column: a box of two columns of headlines (no sentence's stop anywhere)
    box = [
        ("Tin trong ngày", "Xem nhiều"),
        ("", ""),
        ("Mường Lát mở", "Giá chè búp tươi"),
        ("tuyến xe buýt", "tăng 400 đồng/kg"),
        ("", ""),
        ("Hợp tác xã Nậm", "Lễ hội hoa mận"),
        ("Cang rót 12 tỷ", "khai mạc ở"),
        ("đồng vào nhà kho", "Bắc Hà"),
    ]
    rows = [
        a.ljust(44) + (b.ljust(22) + c if b or c else "")
        for a, (b, c) in zip(left, box, strict=True)
    ]
    text = pages_to_text(["\n".join(rows)])
    body = clean("Chợ cửa khẩu mới ở vùng biên\n" + text).body
    assert "thông đường bộ giữa hai bên." in body and "khoảng 200 gian hàng." in body
    for piece in ("Mường Lát", "Giá chè", "Nậm", "Lễ hội hoa mận", "Tin trong ngày"):
        assert piece not in body, piece


def test_a_question_or_a_salutation_above_a_caption_stays() -> None:
    for line in ("PV: Thưa bà, mùa vụ năm nay ra sao?", "Kính thưa Ngài Bộ trưởng Nông nghiệp,"):
        cleaned = clean(_text(line, "Quang cảnh buổi làm việc (Ảnh: Tạ Minh Khuê)"))
        assert line in cleaned.body, line
        assert "Quang cảnh" not in cleaned.body


def test_a_sentence_announcing_a_table_after_a_box_is_the_article_again() -> None:
    box = ["Xem nhiều", "Mường Lát mở tuyến xe buýt", "Lễ hội hoa mận khai mạc ở Bắc Hà",
           "Giá chè búp tươi tăng nhẹ"]  # fmt: skip
    announcing = "Ở vùng ven sông, nhiều hợp tác xã đã tăng năng suất sữa rõ rệt, như bảng sau:"
    cleaned = clean(_text(*box, announcing))
    assert announcing in cleaned.body
    assert "Mường Lát" not in cleaned.body


def test_a_blank_row_the_other_column_put_inside_a_paragraph_is_bridged() -> None:
    from briefer.ingest.pdflayout import pages_to_text

    cells = [
        ("Chợ cửa khẩu mới ở", "Hai tỉnh ký kết biên bản ghi nhớ về"),
        ("vùng biên", "hợp tác thương mại ở vùng biên giới."),
        ("", "Bộ trưởng Lò Văn Sáng đề nghị"),
        ("", ""),  # blank only because the headline's larger type spaced the left column
        ("12/03/2025 08:15", "Lào sớm mở thêm hai cặp chợ mới."),
        ("Theo kế hoạch, chợ", "Hai bên cũng nhất trí trao đổi đoàn."),
    ]
    text = pages_to_text(["\n".join(a.ljust(30) + b for a, b in cells)])
    assert "Bộ trưởng Lò Văn Sáng đề nghị Lào sớm mở thêm hai cặp chợ mới." in text


def test_a_caption_and_its_person_and_outlet_credit_above_the_lead_go() -> None:
    cleaned = clean(
        "Dairy links widen\nQuang cảnh buổi hội đàm tại thủ đô\nTạ Minh Khuê/Báo Sông Mây\n"
        f"{_LEAD}\n{_MORE}"
    )
    assert cleaned.body.startswith(_LEAD)


def test_a_name_over_a_caption_is_the_byline_not_the_captions_heading() -> None:
    cleaned = clean(
        "Dairy links widen\nTạ Minh Khuê\n"
        f"{_LEAD}\nQuang cảnh buổi hội đàm. Ảnh - Lò Văn Sáng\n{_MORE}"
    )
    assert cleaned.metadata.author == "Tạ Minh Khuê"
    assert "Quang cảnh" not in cleaned.body


def test_a_pdf_sentence_running_on_after_a_colon_across_a_blank_row_stays_whole() -> None:
    from briefer.ingest.pdflayout import reflow

    text = reflow(
        "Hai tỉnh ký kết biên bản ghi nhớ về hợp tác thương mại ở vùng biên.\n"
        "Khó khăn lớn nhất của các doanh nghiệp vẫn là vận chuyển:\n\n"
        "đường bộ qua cửa khẩu còn hẹp và thường ùn tắc vào mùa thu hoạch."
    )
    assert (
        "vẫn là vận chuyển: đường bộ qua cửa khẩu còn hẹp và thường ùn tắc vào mùa thu hoạch."
    ) in text


# ---- candidates -------------------------------------------------------------------------


def _cands(text: str) -> list[Candidate]:
    cleaned = clean(text)
    return find_candidates(cleaned.body, cleaned.metadata)


def test_a_rank_said_by_a_verb_or_of_a_supplier_is_a_rank_figure() -> None:
    for sentence, value, pair in (
        ("With 410 projects, Vietnam ranks fifth among foreign investors in Botswana, "
         "officials said.", 5, "VN-BW"),
        ("Việt Nam hiện là nhà cung cấp phân bón lớn thứ ba cho Uruguay, sau Brazil.", 3,
         "VN-UY"),
        ("Vietnam is now the third-largest supplier of cashew to Botswana.", 3, "VN-BW"),
    ):  # fmt: skip
        ranks = [c for c in _cands(f"Trade links\n{sentence}") if c.unit == "rank"]
        assert [(c.value, c.pair) for c in ranks] == [(value, pair)], sentence


def test_a_count_of_people_or_of_weekly_flights_is_a_candidate_of_the_pair() -> None:
    for sentence in (
        "Hiện có khoảng 3.000 lao động Việt Nam đang làm việc tại Uruguay.",
        "Some 800 Vietnamese students are enrolled at universities in Botswana.",
        "Botswana offers 15 scholarships a year to Vietnamese students.",
        "Đường bay mới sẽ được khai thác với tần suất 4 chuyến/tuần giữa Hà Nội và Montevideo.",
    ):
        text = f"Uruguay, Botswana and Vietnam\n{sentence}"
        found = [c for c in _cands(text) if sentence.rstrip(".") in c.quote]
        assert found and found[0].pair in ("VN-UY", "VN-BW"), sentence
    # a number of people at an event is no count of a community
    found = _cands("Uruguay concert\nBuổi hòa nhạc ở Montevideo có khoảng 500 khán giả.")
    assert not [c for c in found if c.topic == "people"]


def test_an_upgrade_to_a_named_partnership_in_english_is_a_milestone_of_its_own() -> None:
    found = _cands(
        "Botswana ties\nVietnam and Botswana established diplomatic relations on June 13, 1994,"
        " and upgraded their ties to an Enhanced Cooperative Partnership in 2023."
    )
    assert sorted(c.event_date for c in found if c.kind == "event") == ["1994-06-13", "2023"]


def test_a_visit_that_took_place_in_vietnamese_provinces_came_in() -> None:
    found = _cands(
        "Botswana mission\nThe delegation of Botswana's trade ministry visited Vietnam in 2023."
        "\nThe mission, led by the trade minister, took place from 3 to 7 March 2025 and "
        "included visits to farms in Lam Dong and Dak Lak."
    )
    visits = [c for c in found if "took place" in c.quote]
    assert visits and visits[0].metric == "visit.inbound"
    assert visits[0].event_date.startswith("2025-03-03")


def test_port_of_spain_is_a_city_and_png_is_papua_new_guinea() -> None:
    from briefer.ingest.countries import find_countries

    assert [m.code for m in find_countries("talks in Port of Spain on Tuesday")] == []
    assert [m.code for m in find_countries("rice exports to PNG rose")] == ["PG"]


def test_a_dispatch_dated_by_its_dateline_reads_days_in_its_year() -> None:
    cleaned = clean(
        "Botswana and Vietnam talk trade\nGaborone, June 4, BOPA\nThe deputy minister, who is"
        " on a working visit to Botswana from June 3 to 5, met business leaders.\n"
        "Trade between the two countries reached 60 million USD in 2024."
    )
    assert cleaned.metadata.context_year is not None
    found = find_candidates(cleaned.body, cleaned.metadata)
    assert [c.event_date[:10] for c in found if c.kind == "event"] == [
        f"{cleaned.metadata.context_year}-06-03"
    ]


def test_joint_projects_or_a_joint_venture_between_the_sides_are_investment_statements() -> None:
    found = _cands(
        "Botswana energy\nBotswana's state miner and Petrovietnam are studying joint projects "
        "in copper smelting, the ministry said."
    )
    assert [(c.kind, c.topic, c.pair) for c in found] == [("statement", "investment", "VN-BW")]


def test_a_row_of_hashtags_goes() -> None:
    for line in ("#chè Shan tuyết #Mường Lát #xuất khẩu nông sản", "#chè Shan tuyết"):
        assert line not in clean(_text(line)).body


def test_sources_under_a_references_heading_a_box_took_go(tmp_path: Path) -> None:
    text = (
        f"Dairy links widen\n{_LEAD}\n{_MORE}\nTS. Tạ Minh Khuê\n"
        "Viện Nghiên cứu Sông Mây, Học viện Vùng cao\nTài liệu tham khảo:\n"
        "1. Sở Công Thương, Báo cáo xuất khẩu sữa năm 2024.\n2. Hội Chăn nuôi, Niên giám 2023."
    )
    body = clean(text).body
    assert body.endswith(_MORE) and "Báo cáo xuất khẩu" not in body


def test_a_captions_own_block_between_a_picture_and_its_credit_goes(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Dairy links widen</title></head><body><article>"
        f"<h1>Dairy links widen</h1><p>{_LEAD}</p><p><img src='a.jpg'></p>"
        "<p>Thứ trưởng Lò Văn Sáng thăm trang trại bò sữa ở ngoại thành.</p>"
        f"<p>Ảnh: Tạ Minh Khuê</p><p>{_MORE}</p></article></body></html>",
        encoding="utf-8",
    )
    body = analyse(page).cleaned.body
    assert body == f"{_LEAD}\n\n{_MORE}"


def test_a_person_and_outlet_right_under_a_paragraph_inside_the_text_is_a_credit() -> None:
    second = "Phía New Zealand sẵn sàng cử chuyên gia sang hỗ trợ các hợp tác xã sữa ở Mộc Châu."
    cleaned = clean(_text(second, "Tạ Minh Khuê/Báo Sông Mây"))
    assert "Tạ Minh Khuê" not in cleaned.body
    assert second in cleaned.body  # the paragraph above stays
    assert cleaned.metadata.author == ""


def test_related_cards_of_a_headline_and_a_cut_teaser_go() -> None:
    cards = [
        "Có thể bạn chưa đọc",
        "Mường Lát mở tuyến xe buýt liên xã",
        "Từ đầu tháng, người dân các bản vùng cao đã có thể đi xe buýt tới trung tâm…",
        "Lễ hội hoa mận khai mạc ở Bắc Hà",
        "Hàng nghìn du khách đã đổ về thị trấn vùng cao để ngắm hoa trong ngày đầu…",
        "Giá chè búp tươi tăng nhẹ",
        "Các hợp tác xã cho biết giá thu mua đã tăng so với tuần trước…",
    ]
    cleaned = clean(f"Dairy links widen\n{_LEAD}\n{_MORE}\n" + "\n".join(cards))
    assert cleaned.body == f"{_LEAD}\n\n{_MORE}"
    # an article's subheadings over whole paragraphs stay
    second = "Các nhà máy ở Mộc Châu sẽ nhận thêm thiết bị chế biến sữa từ New Zealand năm tới."
    text = f"Dairy links widen\n{_LEAD}\nĐào tạo nghề\n{_MORE}\nChế biến sữa\n{second}"
    body = clean(text).body
    assert _MORE in body and second in body


def test_a_lone_label_before_a_sentence_announcing_a_table_goes() -> None:
    announcing = "Ở vùng ven sông, nhiều hợp tác xã đã tăng năng suất sữa rõ rệt, như bảng sau:"
    cleaned = clean(_text("Tài trợ", announcing))
    assert "Tài trợ" not in cleaned.body and announcing in cleaned.body


def test_an_interviewers_dialogue_question_stays_and_a_reaction_row_with_pictographs_goes() -> None:
    question = "- Vì sao chị chọn nghề chế biến sữa, thưa chị?"
    reactions = "Bài viết có hữu ích với bạn không? 👍 Có (4) 😐 Không (1)"
    cleaned = clean(_text(question, reactions))
    assert question in cleaned.body and reactions not in cleaned.body
    interview = clean(_text("- Bạn đến Mộc Châu lần đầu khi nào?"))
    assert "- Bạn đến Mộc Châu lần đầu khi nào?" in interview.body


def test_a_picture_labelled_or_credited_without_a_colon_goes() -> None:
    for line in (
        "[Ảnh] Thứ trưởng Lò Văn Sáng thăm trại bò sữa. Ảnh Tạ Minh Khuê",
        "(Photo) Delegates tour a dairy farm near Mộc Châu.",
        "Image: The two ministers tour a dairy plant. | Credit: Ministry of Primary Industries",
        "Quang cảnh buổi tiếp tại trụ sở tỉnh. Ảnh Tạ Minh Khuê",
    ):
        assert line not in clean(_text(line)).body, line
    # a sentence about an effect ("Ảnh hưởng") is no credit
    sentence = "Hai bên đã ký ba văn kiện. Ảnh hưởng của dịch bệnh đã giảm rõ rệt."
    assert sentence in clean(_text(sentence)).body


def test_a_contact_line_and_a_disclaimer_go() -> None:
    for line in (
        "Báo Sông Mây - Tòa soạn: 12 Lê Lợi, TP Sơn La. ĐT: 0212.385.1234",
        "Contact: Trade Office · trade@example.org · +64 4 472 1234",
        "14 Quay Street, Wellington · Tel. +64 4 472 1234 · www.example.org",
        "This briefing is for members only and is not legal advice.",
        "Tài liệu này chỉ mang tính chất tham khảo.",
    ):
        assert line not in clean(_text(line)).body, line
    # a sentence that cites a document stays
    kept = "This report shows dairy exports to Vietnam grew by 12 percent in 2024."
    assert kept in clean(_text(kept)).body


def test_a_figures_clause_ends_where_a_verb_of_saying_joins_another() -> None:
    found = _cands(
        "Botswana ties\n3. The two sides recalled that Vietnam and Botswana established "
        "diplomatic relations in 1994 and noted that bilateral trade reached US$21 million in "
        "2024."
    )
    figure = next(c for c in found if c.kind == "figure")
    assert (figure.value, figure.period) == (21_000_000, "2024")
    assert [c.event_date for c in found if c.kind == "event"] == ["1994"]


def test_a_request_that_a_side_act_and_a_ranks_year_in_its_clause() -> None:
    found = _cands(
        "Botswana ties\nThe minister asked that Vietnam share its experience in cassava "
        "processing with Botswana's farmers."
    )
    assert [(c.kind, c.topic, c.pair) for c in found] == [("statement", "proposals", "VN-BW")]
    rank = next(
        c
        for c in _cands(
            "Botswana ties\nVietnam was Botswana's third largest trading partner in Asia in "
            "2023, after China and India."
        )
        if c.unit == "rank"
    )
    assert (rank.value, rank.period, rank.pair) == (3, "2023", "VN-BW")


def test_an_undated_visit_of_a_vietnamese_official_goes_out() -> None:
    found = _cands(
        "Botswana ties\nThe memorandum was signed in Gaborone by Botswana's trade minister and "
        "Vietnamese Deputy Minister Lò Văn Sáng, who was on a two-day visit to the country."
    )
    assert [c.metric for c in found] == ["visit.outbound"]


def test_a_speechs_closing_wishes_are_no_statement() -> None:
    found = _cands(
        "Phát biểu\nMột lần nữa, xin chúc Ngài Đại sứ và đoàn Botswana sức khỏe, chúc chuyến "
        "thăm Việt Nam thành công tốt đẹp."
    )
    assert found == []


def test_a_pdf_box_ends_where_a_row_starts_left_of_its_column() -> None:
    from briefer.ingest.pdflayout import pages_to_text

    rows = [
        "Hai tỉnh ký kết biên bản ghi nhớ về hợp tác thương mại biên giới.",
        "",
        " Tin trong ngày                     Xem nhiều",
        "",
        " Mường Lát mở tuyến xe buýt         Lễ hội hoa mận khai mạc",
        " liên xã vùng cao                   ở Bắc Hà",
        "",
        " Giá chè búp tươi tăng nhẹ",
        "Xin cảm ơn ông!",
    ]
    text = pages_to_text(["\n".join(rows)])
    assert "Xin cảm ơn ông!" in text.split("\n\n")


def test_a_blank_row_after_a_columns_first_row_of_prose_is_bridged() -> None:
    from briefer.ingest.pdflayout import pages_to_text

    cells = [
        ("Chợ cửa khẩu mới ở", "Phát biểu khai mạc, Thứ trưởng"),
        ("", ""),  # the headline's larger type on the left put this blank row here
        ("vùng biên", "Lò Văn Sáng cho biết hai tỉnh đã mở"),
        ("12/03/2025 08:15", "thêm ba cặp chợ biên giới mới."),
        ("Theo kế hoạch, chợ", "Hai bên cũng nhất trí trao đổi đoàn."),
    ]
    text = pages_to_text(["\n".join(a.ljust(30) + b for a, b in cells)])
    assert (
        "Phát biểu khai mạc, Thứ trưởng Lò Văn Sáng cho biết hai tỉnh đã mở thêm ba cặp chợ "
        "biên giới mới."
    ) in text


def test_a_pdf_line_ending_on_a_word_that_ends_no_sentence_runs_on() -> None:
    from briefer.ingest.pdflayout import reflow

    text = reflow(
        "Addressing the forum, the minister noted that trade\n"
        "between the two sides had doubled and that relations between\n\n"
        "Botswana and Vietnam were at their best."
    )
    assert "relations between Botswana and Vietnam were at their best." in text


def test_a_videos_label_and_a_call_to_buy_the_paper_go() -> None:
    for line in (
        "Video: Trang trại bò sữa ở Mộc Châu vào mùa thu hoạch. Nguồn: STV",
        "Mời quý độc giả đặt mua Báo Sông Mây tại các bưu cục. Giá 5.000 đồng.",
    ):
        assert line not in clean(_text(line)).body, line


def test_a_pdfs_small_video_caption_stands_alone() -> None:
    from briefer.ingest.pdflayout import reflow

    text = reflow(
        "Hai bên đã thăm trang trại bò sữa của hợp tác xã ở ngoại thành.\n"
        "Video: Đoàn New Zealand thăm trang trại · Thời lượng 02:41 · STV\n"
        "Ông Lò Văn Sáng đánh giá cao mô hình hợp tác xã."
    )
    assert "Video: Đoàn New Zealand thăm trang trại · Thời lượng 02:41 · STV" in text.split("\n\n")


def test_visits_to_and_from_vietnamese_provinces_take_their_direction() -> None:
    came = _cands(
        "Botswana mission\nSáng 3/6/2025, Phó Chủ tịch UBND tỉnh tiếp đoàn công tác Bộ Thương mại "
        "Botswana do Thứ trưởng Kabo Sento dẫn đầu, sang thăm và làm việc tại Lâm Đồng."
    )
    assert [c.metric for c in came if c.kind == "event"] == ["visit.inbound"]
    went = _cands(
        "Botswana mission\nChuyến khảo sát của đoàn doanh nghiệp Lâm Đồng tại Botswana từ ngày"
        " 10 đến 15/6/2025 được ngành chè tỉnh đặc biệt quan tâm."
    )
    assert [c.metric for c in went if c.kind == "event"] == ["visit.outbound"]
    theirs = _cands(
        "Botswana mission\nNgày 10/6/2025, đoàn doanh nghiệp Botswana đến Lâm Đồng tìm hiểu "
        "vùng chè."
    )
    assert "visit.outbound" not in [c.metric for c in theirs]
    stay = _cands(
        "Botswana mission\nThe Vietnamese delegation, led by a deputy minister, was in Botswana "
        "from June 10 to 12, 2025 as part of a regional tour."
    )
    assert [(c.metric, c.event_date[:10]) for c in stay if c.kind == "event"] == [
        ("visit.outbound", "2025-06-10")
    ]


def test_relations_established_in_the_passive_keep_their_day_beside_years_of_cooperation() -> None:
    found = _cands(
        "Botswana ties\nThe sides noted that diplomatic relations between Botswana and Vietnam "
        "were established on June 13, 1994, and that the two countries mark 31 years of "
        "cooperation this year."
    )
    assert [c.event_date for c in found if c.kind == "event"] == ["1994-06-13"]


def test_a_memorandum_in_lower_case_and_scholarships_in_words_are_candidates() -> None:
    signed = _cands(
        "Botswana ties\nHai bên ký biên bản ghi nhớ về trao đổi giống chè giữa Trung tâm Khuyến "
        "nông tỉnh và Bộ Nông nghiệp Botswana."
    )
    assert [(c.topic, c.pair) for c in signed] == [("agreements", "VN-BW")]
    offered = _cands(
        "Botswana ties\nVietnam would offer five scholarships a year for Botswana students."
    )
    assert [c.pair for c in offered] == ["VN-BW"]


def test_trade_between_the_two_countries_stays_with_the_pair_whatever_is_named_after() -> None:
    found = _cands(
        "Botswana ties\nBotswana và Việt Nam có quan hệ hữu nghị.\nVề kinh tế, thương mại giữa "
        "hai nước còn khiêm tốn, năm 2024 chỉ đạt khoảng 4,1 triệu USD, chủ yếu qua cảng của "
        "Nam Phi."
    )
    figures = [c for c in found if c.kind == "figure"]
    assert [(c.pair, c.period) for c in figures] == [("VN-BW", "2024")]


def test_an_interviews_question_after_a_box_is_the_article_again() -> None:
    box = ["Xem nhiều", "Mường Lát mở tuyến xe buýt", "Lễ hội hoa mận khai mạc ở Bắc Hà",
           "Giá chè búp tươi tăng nhẹ"]  # fmt: skip
    question = "- Vì sao chị chọn nghề chế biến sữa?"
    cleaned = clean(_text(*box, question))
    assert question in cleaned.body and "Mường Lát" not in cleaned.body


def test_a_wires_dateline_alone_is_no_event() -> None:
    found = _cands(
        "Botswana ties\nGABORONE, June 4, 2025 /BOPA/. The trade minister of Botswana left for "
        "Hanoi on Monday to pay an official visit to Vietnam on 4-7 June 2025."
    )
    assert found and all(not c.quote.startswith("GABORONE") for c in found)


def test_a_pdf_credit_cut_on_an_open_word_runs_on_and_a_boxs_wrapped_heading_is_joined() -> None:
    from briefer.ingest.pdflayout import reading_order, reflow

    text = reflow(
        "Hai bên đã thăm trang trại bò sữa của hợp tác xã ở ngoại thành.\n"
        "Ảnh: Trang trại bò sữa lớn nhất của\nMộc Châu.\n"
        "Ông Lò Văn Sáng đánh giá cao mô hình hợp tác xã."
    )
    assert "Ảnh: Trang trại bò sữa lớn nhất của Mộc Châu." in text.split("\n\n")
    box = [
        " TIN TRONG                          XEM",
        " NGÀY                               NHIỀU",
        "",
        " Mường Lát mở tuyến xe buýt         Lễ hội hoa mận khai mạc",
        " liên xã vùng cao                   ở Bắc Hà",
        "",
        " Giá chè búp tươi tăng nhẹ          Sơn La mở chợ phiên",
    ]
    lines = [line for line in reading_order(box) if line]
    assert "TIN TRONG NGÀY" in lines and "XEM NHIỀU" in lines


def test_a_notes_long_closing_formula_that_reports_is_no_statement() -> None:
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Sơn La, ngày 3 tháng 6 năm 2025\nBÁO CÁO\nKết quả tiếp đoàn Botswana\n"
        "Ngày 2/6/2025, Sở Công Thương tiếp đoàn Bộ Thương mại Botswana và trao đổi về xuất "
        "khẩu chè.\nSở Công Thương tỉnh Sơn La kính báo cáo Ủy ban nhân dân tỉnh xem xét, "
        "chỉ đạo thực hiện./."
    )
    assert "kính báo cáo" not in clean(text).body


def test_was_in_a_month_or_a_currency_is_no_stay() -> None:
    from briefer.ingest.keywords import VISIT

    assert VISIT.search("The delegation was in Gaborone from June 10 to 12.")
    assert not VISIT.search("The last payment was in January 2025.")
    assert not VISIT.search("Most trade was in US dollars.")


def test_a_pdf_caption_whose_bracket_the_next_line_closes_stays_one_paragraph() -> None:
    from briefer.ingest.pdflayout import reflow

    text = reflow(
        "Hai bên đã thăm trang trại bò sữa của hợp tác xã ở ngoại thành Mộc Châu.\n"
        "Thứ trưởng Lò Văn Sáng chủ trì buổi tiếp (Ảnh:\nTạ Minh Khuê - Báo Sông Mây)\n"
        "Ông Lò Văn Sáng đánh giá cao mô hình hợp tác xã."
    )
    assert (
        "Thứ trưởng Lò Văn Sáng chủ trì buổi tiếp (Ảnh: Tạ Minh Khuê - Báo Sông Mây)"
        in text.split("\n\n")
    )

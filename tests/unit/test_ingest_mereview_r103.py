"""A speaker's view, a first-person remark and advice to firms are no statements of the pair;
the same speakers asking, agreeing or giving a figure still are (briefer.ingest.mereview,
hooked in statementscreen.py)."""

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.mereview import mere_view


def test_views_remarks_and_advice_are_mere_views() -> None:
    # an assessment told of a speaker, both languages
    assert mere_view(
        "Bộ trưởng Ngoại giao Iceland khẳng định Iceland coi Việt Nam là đối tác quan trọng "
        "hàng đầu tại khu vực Đông Nam Á."
    )
    assert mere_view(
        "Minister Kallas praised Vietnam's progress in digital government and stressed the "
        "potential of Estonian know-how."
    )
    # a first-person remark, alone or in a quotation
    assert mere_view("Chúng tôi muốn trở thành cầu nối cho hàng hóa Paraguay vào châu Á.")
    assert mere_view('"We see Vietnam as a natural gateway to the region," the envoy said.')
    # a trade office's advice to businesses
    assert mere_view(
        "Thương vụ lưu ý các doanh nghiệp kiểm tra kỹ nhãn mác trước khi giao hàng sang Paraguay."
    )
    assert mere_view("The trade office advised Vietnamese exporters to insure every shipment.")


def test_near_misses_keep_their_statement() -> None:
    # a request between the sides, an accord, a signing, a figure, a fact after a colon
    assert not mere_view(
        "Bộ trưởng Iceland khẳng định ủng hộ và đề nghị hai bên sớm ký Hiệp định hàng không."
    )
    assert not mere_view("Minister Kallas stressed that both sides agreed to open direct flights.")
    assert not mere_view(
        "Đại sứ nhấn mạnh Bản ghi nhớ về hợp tác thủy sản đã tạo khung pháp lý cho doanh nghiệp."
    )
    assert not mere_view("Chúng tôi đã đón 4.500 sinh viên Việt Nam sang học tập tại Estonia.")
    assert not mere_view(
        "Tác giả cho rằng du lịch có dư địa lớn: Paraguay đã miễn thị thực cho công dân Việt Nam."
    )
    # advice the sides agree on, and advice with a figure, are facts of the pair
    assert not mere_view("Hai bên nhất trí khuyến nghị doanh nghiệp tham gia hội chợ ở Reykjavík.")
    assert not mere_view("Thương vụ khuyến nghị doanh nghiệp tận dụng hạn ngạch 20.000 tấn gạo.")
    assert not mere_view(
        "Tôi khuyến nghị doanh nghiệp đầu tư vào chế biến cá, lĩnh vực Chính phủ Honduras miễn "
        "thuế nhập khẩu máy móc."
    )
    # no view, no remark: nothing to say here
    assert not mere_view("Việt Nam và Estonia thiết lập cơ chế tham khảo chính trị cấp thứ trưởng.")


_BODY = (
    "Tiếp Đại sứ Estonia, Thứ trưởng đánh giá cao kinh nghiệm của Estonia về chính phủ số và "
    "an ninh mạng.\n\n"
    "Thứ trưởng đề nghị phía Estonia sớm khởi động đàm phán Hiệp định miễn thị thực cho người "
    "mang hộ chiếu phổ thông.\n\n"
    "Thương vụ Việt Nam tại Estonia khuyến nghị doanh nghiệp tìm hiểu kỹ quy định nhãn mác của "
    "Liên minh châu Âu."
)


def test_the_finder_keeps_the_request_and_drops_the_view() -> None:
    found = find_candidates(_BODY, Metadata(language="vi", published_on="2025-11-04"))
    statements = [c.quote for c in found if c.kind == "statement"]
    assert any(q.startswith("Thứ trưởng đề nghị phía Estonia") for q in statements)
    assert not any("đánh giá cao" in q for q in statements)
    assert not any("khuyến nghị doanh nghiệp" in q for q in statements)


def test_a_foreign_economys_state_without_a_figure_is_no_statement() -> None:
    from briefer.ingest.owneconomy import economy_state

    assert economy_state("Kinh tế Honduras vẫn phụ thuộc lớn vào kiều hối và cà phê.")
    assert economy_state("Kinh tế nước này gặp nhiều khó khăn sau mùa bão.")
    assert economy_state("Peru's economy remains fragile after the floods.")
    # near misses: a figure (own_economy's growth, or a size), Việt Nam or the two sides named,
    # cooperation rather than the economy as the subject
    assert not economy_state("Kinh tế Honduras tăng 3,6% trong năm 2024.")
    assert not economy_state("Kinh tế Việt Nam và Honduras có tính bổ trợ cao.")
    assert not economy_state("Kinh tế Honduras có nhiều điểm bổ trợ cho hai nước.")
    assert not economy_state("Hợp tác kinh tế với Honduras còn nhiều dư địa.")
    body = (
        "Kinh tế Honduras vẫn phụ thuộc lớn vào kiều hối và xuất khẩu cà phê, chuối.\n\n"
        "Việt Nam và Honduras nhất trí thúc đẩy hợp tác thương mại và nông nghiệp."
    )
    found = find_candidates(body, Metadata(language="vi", published_on="2025-11-04"))
    quotes = [c.quote for c in found if c.kind == "statement"]
    assert any(q.startswith("Việt Nam và Honduras nhất trí") for q in quotes)
    assert not any(q.startswith("Kinh tế Honduras") for q in quotes)


def test_a_sides_support_for_the_other_is_a_stance_not_a_view() -> None:
    # (the CI of session 26: the seed article's "Bộ trưởng bày tỏ Việt Nam mong muốn … đồng
    # thời ủng hộ các bước đi của Chile …" had become a mere view; older keys count a side's
    # support — "Uruguay strongly supports the launch of negotiations …" — as a fact)
    from briefer.ingest.mereview import mere_view

    assert not mere_view(
        "Ngoại trưởng bày tỏ Việt Nam mong muốn mở rộng hợp tác với Kenya, đồng thời ủng hộ "
        "nỗ lực của Kenya tăng cường quan hệ với ASEAN."
    )
    assert not mere_view("The minister affirmed that Latvia supports Viet Nam's candidacy.")
    # near misses: praise of the support is still a view
    assert mere_view("Đại sứ đánh giá cao sự ủng hộ của Việt Nam dành cho Zambia.")
    assert mere_view("The envoy praised the support Vietnam has given to Malawi.")


def test_a_heads_words_at_talks_are_the_pairs_stated_position() -> None:
    # (the CI of session 26: the seed articles' reference counts "Tổng thống Peru … nhấn
    # mạnh …", "Chủ tịch nước … đánh giá cao …" as facts, which the view rule had dropped)
    from briefer.ingest.mereview import mere_view

    assert not mere_view(
        "Tổng thống Ghana nhấn mạnh người dân Ghana luôn dành tình cảm đặc biệt cho Việt Nam."
    )
    assert not mere_view("The Prime Minister of Fiji affirmed that Fiji values Viet Nam highly.")
    # near miss: a counsellor's or a firm's view is still a view
    assert mere_view("Tham tán thương mại đánh giá cao tiềm năng của thị trường Ghana.")


def test_a_title_that_is_not_the_speaker_keeps_a_view_a_view() -> None:
    # (review of session 26: a leader's title anywhere kept an envoy's praise, a deputy's, or
    # "expressed support")
    from briefer.ingest.mereview import mere_view

    assert mere_view("Đại sứ Việt Nam đánh giá cao chuyến thăm của Thủ tướng Estonia.")
    assert mere_view("Ambassador Lan praised the Prime Minister's visit to Tallinn.")
    assert mere_view("Phó Thủ tướng Latvia khẳng định Latvia coi trọng Việt Nam.")
    assert mere_view("The envoy expressed support for closer ties between the two peoples.")
    # the head speaking, even after a fronted view ("Nhấn mạnh …, Chủ tịch nước …")
    assert not mere_view(
        "Nhấn mạnh Việt Nam mong muốn mở rộng hợp tác với Malawi, Chủ tịch nước đánh giá cao "
        "sự hỗ trợ của Chính phủ Malawi."
    )

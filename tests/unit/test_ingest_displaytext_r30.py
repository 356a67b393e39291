"""A pull quote between two paragraphs and an English caption without a credit under the
last paragraph leave the body (r30); a quoted sentence of the article, or its last sentence
in the past, stays."""

from briefer.ingest.clean import clean
from briefer.ingest.displaytext import foot_caption, pull_quote

_VI_1 = (
    "Theo số liệu của Cục Hải quan, 7 tháng đầu năm 2025 Việt Nam nhập khẩu 52.000 tấn hạt "
    "điều thô từ Tanzania, trị giá 88 triệu USD, tăng 21% so với cùng kỳ."
)
_VI_2 = (
    "Ông Lê Văn Tâm, Giám đốc một doanh nghiệp chế biến điều tại Bình Phước, cho biết nguồn "
    "hàng Tanzania giúp nhà máy chạy đủ công suất trong mùa giáp hạt."
)
_VI_3 = (
    "Hai nước đang thảo luận việc mở đường bay thẳng và tổ chức diễn đàn doanh nghiệp tại "
    "Dar es Salaam vào đầu năm tới."
)
_EN_1 = (
    "The two ministers met in Nairobi on Tuesday and agreed to set up a joint trade committee "
    "that will meet once a year."
)
_EN_2 = (
    "Trade Minister Grace Wanjiru and Deputy Minister Tran Quoc Hung signed a memorandum on "
    "tea and coffee exports at the end of the talks."
)


def test_a_line_wholly_quoted_without_its_stop_is_a_pull_quote() -> None:
    assert pull_quote("“Nguồn hàng ổn định là điều các nhà máy cần nhất lúc này”")
    assert pull_quote('"Kenya can be our door to East Africa"')
    # (a quoted sentence of the article: its stop inside the mark, or its speaker after it)
    assert not pull_quote("“Chúng tôi sẽ tiếp tục mở rộng hợp tác với các đối tác.”")
    assert not pull_quote("“Kenya can be our door to East Africa,” the minister said.")
    assert not pull_quote("“Xin chào”")  # (two words: no quotation to lift)


def test_the_pull_quote_between_paragraphs_leaves() -> None:
    quote = "“Hàng Tanzania là nguồn bù đắp khi vùng điều trong nước mất mùa”"
    cleaned = clean(f"Điều Tanzania đổ về Việt Nam\n\n{_VI_1}\n\n{quote}\n\n{_VI_2}\n\n{_VI_3}")
    assert quote not in cleaned.body
    assert _VI_2 in cleaned.body


def test_an_english_caption_in_the_present_retelling_the_text() -> None:
    above = f"{_EN_1} {_EN_2}"
    assert foot_caption(
        "Trade Minister Grace Wanjiru and Deputy Minister Tran Quoc Hung sign the memorandum.",
        above,
    )
    # (the article's own last sentence: in the past, or with new words, or no names first)
    assert not foot_caption(
        "Trade Minister Grace Wanjiru and Deputy Minister Tran Quoc Hung signed the memorandum.",
        above,
    )
    assert not foot_caption(
        "Trade Minister Grace Wanjiru then flies on to Kampala for talks on regional railways.",
        above,
    )
    assert not foot_caption("The two ministers sign the memorandum in Nairobi.", above)


def test_the_caption_under_the_last_paragraph_leaves() -> None:
    caption = "Trade Minister Grace Wanjiru and Deputy Minister Tran Quoc Hung sign the memorandum."
    cleaned = clean(f"Kenya and Vietnam set up trade committee\n\n{_EN_1}\n\n{_EN_2}\n\n{caption}")
    assert caption not in cleaned.body
    assert _EN_2 in cleaned.body

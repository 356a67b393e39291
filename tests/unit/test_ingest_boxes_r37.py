"""A printed page's boxes (r37): an author box's heading; a fact box whose items wrap; a
pull quote printed once."""

from briefer.ingest.boxheads import box_headings
from briefer.ingest.clean import clean
from briefer.ingest.displaytext import standing_quote
from briefer.ingest.prompts import contact_line
from briefer.ingest.typesize import LARGE, SMALL
from tests.prose import AFTER, BEFORE, VI_AFTER, VI_BEFORE


def test_an_author_boxs_heading_alone_is_the_boxs() -> None:
    assert contact_line("About the author")
    assert contact_line("About the authors")
    assert contact_line("Thông tin tác giả")
    assert contact_line("Về tác giả")
    assert not contact_line("About the agreement")


def test_a_fact_box_whose_items_wrap_leaves_with_its_heading() -> None:
    paragraphs = [
        BEFORE,
        LARGE + "Sampleland at a glance",
        SMALL + "Capital:",
        SMALL + "Port Sample",
        SMALL + "Ties since: March",
        SMALL + "1994",
        AFTER,
    ]
    out = box_headings(paragraphs, SMALL, LARGE)
    assert out[1] == SMALL + "Sampleland at a glance"
    assert out[0] == BEFORE and out[-1] == AFTER


def test_a_heading_over_small_prose_keeps_its_size() -> None:
    paragraphs = [BEFORE, LARGE + "Outlook", SMALL + AFTER, VI_AFTER]
    assert box_headings(paragraphs, SMALL, LARGE) == paragraphs


def test_a_quote_set_apart_is_a_pull_quote() -> None:
    assert standing_quote("“Thị trường Mẫu là cửa ngõ vào cả khu vực.”", VI_BEFORE, VI_AFTER)
    assert standing_quote('"Sampleland is our gateway to the whole region."', BEFORE, AFTER)


def test_the_articles_own_quotations_stay() -> None:
    quote = "“Thị trường Mẫu là cửa ngõ vào cả khu vực.”"
    # (announced by the paragraph above; its speaker named under it; two sentences)
    assert not standing_quote(quote, "Ông Nguyễn Văn A, Giám đốc Sở, nhấn mạnh:", VI_AFTER)
    assert not standing_quote(quote, VI_BEFORE, "Ông A nói thêm rằng doanh nghiệp cần chuẩn bị.")
    assert not standing_quote(
        "“Thị trường Mẫu rất lớn. Doanh nghiệp cần chuẩn bị kỹ.”", VI_BEFORE, VI_AFTER
    )
    assert not standing_quote("“Thị trường Mẫu là cửa ngõ”, ông A nói.", VI_BEFORE, VI_AFTER)


def test_a_pull_quote_leaves_the_cleaned_body_and_a_quotation_stays() -> None:
    pulled = "“Thị trường Mẫu là cửa ngõ vào cả khu vực.”"
    head = "Tỉnh Mẫu mở rộng hợp tác nông nghiệp\n\n"
    assert clean(f"{head}{VI_BEFORE}\n\n{pulled}\n\n{VI_AFTER}").body == (
        f"{VI_BEFORE}\n\n{VI_AFTER}"
    )
    english = '"Sampleland is our gateway to the whole region."'
    text = f"Sampleland widens farm ties\n\n{BEFORE}\n\n{english}\n\n{AFTER}"
    assert clean(text).body == f"{BEFORE}\n\n{AFTER}"
    # (announced by the paragraph above it: the article's own quotation)
    said = "Ông Nguyễn Văn A, Giám đốc Sở, nhấn mạnh:"
    body = f"{VI_BEFORE}\n\n{said}\n\n{pulled}\n\n{VI_AFTER}"
    assert clean(head + body).body == body

"""Body of the held-out set unseen19 (issue 19, body round): a datelined lead above a photo's
credit, a wire dateline with the agency in capitals after the day, a research paper's front
matter (a labelled abstract, the keywords run into a numbered heading, a byline with its
footnote, a label and its value over two rows) and a colon at the end of a full line that
runs on into a name — each on wording no corpus file uses, read back from the cleaned body
or from the PDF as read."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus import build_pdf
from briefer.ingest.analysis import analyse
from briefer.ingest.clean import clean
from briefer.ingest.pdflayout import reflow
from briefer.ingest.readers import read_file
from briefer.ingest.typesize import LARGE, SMALL, mark_sizes, unmarked

TITLE = "Albania and Vietnam review olive oil and textile trade"
TRADE = "Two-way trade between Albania and Vietnam reached US$64 million in 2024, up 11 percent."
TIES = "The two countries established diplomatic relations on 11 February 1950."
CREDIT = "Photo: Ministry for Europe and Foreign Affairs"
PLAN = "The ministers agreed to open a direct cargo route between Durres and Hai Phong next year."


def _clean(*paragraphs: str) -> tuple[str, list[str]]:
    cleaned = clean("\n\n".join([TITLE, *paragraphs]))
    return cleaned.body, [r.text for r in cleaned.removed]


@pytest.mark.parametrize(
    "dateline",
    ["Tirana – ", "TIRANA (ATA) – ", "Tirana, March 3 (ATA) – "],
)
def test_a_datelined_lead_above_a_photos_credit_is_the_article_not_its_caption(
    dateline: str,
) -> None:
    story = (
        "Albania and Vietnam reviewed the olive oil trade and a textile training scheme for "
        "Albanian workers during talks held at the foreign ministry in Tirana on March 3."
    )
    body, removed = _clean(dateline + story, CREDIT, TRADE)
    assert story in body
    assert CREDIT in removed


def test_a_caption_above_a_credit_still_leaves() -> None:
    caption = "The two ministers at the start of their talks"
    body, removed = _clean(caption, CREDIT, TRADE, TIES)
    assert caption not in body and caption in removed
    assert TRADE in body


@pytest.mark.parametrize(
    "dateline", ["Tirana, March 3. ALBPRESS.", "TIRANA, 3 March 2025. AGN-WIRE."]
)
@pytest.mark.parametrize("own_line", [True, False])
def test_a_wire_dateline_with_the_agency_in_capitals_is_no_article_text(
    dateline: str, own_line: bool
) -> None:
    paragraphs = [dateline, PLAN] if own_line else [f"{dateline} {PLAN}"]
    cleaned = clean("\n\n".join([TITLE, *paragraphs, TRADE, TIES]))
    assert dateline not in cleaned.body
    assert cleaned.body.split("\n\n")[0] == PLAN
    assert cleaned.metadata.outlet == dateline.rsplit(" ", 1)[1].rstrip(".")


def test_a_sentence_opening_with_a_place_and_day_stays() -> None:
    sentence = "Tirana, March 3. The ministers met again on the next morning."
    body, _ = _clean(sentence, TRADE, TIES)
    assert sentence in body


ABSTRACT = "Tóm tắt: Bài viết khảo sát thương mại dầu ô liu giữa hai nước từ năm 2015 đến nay."
BODY_VI = (
    "Kim ngạch thương mại giữa An-ba-ni và Việt Nam năm 2024 đạt 64 triệu USD, tăng 11% so "
    "với năm trước."
)


@pytest.mark.parametrize(
    "label", [ABSTRACT, "Abstract: This paper surveys the olive oil trade since 2015."]
)
def test_a_labelled_abstract_above_the_article_is_front_matter_in_any_type(label: str) -> None:
    body, removed = _clean("Nguyễn Văn Bình", label, "Từ khóa: dầu ô liu, dệt may", BODY_VI, TIES)
    assert label not in body and label in removed
    assert BODY_VI in body and TIES in body


def test_a_summary_label_inside_the_article_stays() -> None:
    inside = "Summary: the ministers agreed on three steps to double trade by 2030."
    body, _ = _clean(TRADE, TIES, inside)
    assert inside in body


def test_small_rows_cut_off_before_a_numbered_heading_stay_one_small_paragraph() -> None:
    rows = [
        (8.0, "Từ khóa: dầu ô liu, dệt may, cảng biển,"),
        (8.0, "An-ba-ni, Việt Nam."),
        (14.0, "1. Mở đầu"),
        (10.5, BODY_VI),
    ]
    text = f"Từ khóa: dầu ô liu, dệt may, cảng biển, An-ba-ni, Việt Nam. 1. Mở đầu\n\n{BODY_VI}"
    assert mark_sizes(text, rows).split("\n\n") == [
        SMALL + "Từ khóa: dầu ô liu, dệt may, cảng biển, An-ba-ni, Việt Nam.",
        LARGE + "1. Mở đầu",
        BODY_VI,
    ]


_COLUMN = [
    "Hai nước có chung nhiều lễ hội mùa màng, nhất",
    "là tục thờ cúng gắn với nghề trồng ô liu ở",
    "vùng ven biển, như lễ hội mùa thu ở phía nam:",
    "Vlora và Saranda, nơi du khách Việt Nam đến",
    "ngày càng đông trong những năm gần đây.",
]


def test_a_colon_closing_a_full_line_runs_on_into_a_name() -> None:
    lines = [*_COLUMN, "Hai bên cũng nhất trí mở đường bay thẳng trong năm tới."]
    paragraphs = reflow("\n".join(lines)).split("\n\n")
    assert paragraphs[0] == " ".join(_COLUMN)
    assert len(paragraphs) == 2


def test_a_short_line_ending_on_a_colon_still_ends_its_paragraph() -> None:
    lines = [*_COLUMN, "Bộ trưởng phát biểu:", "Chúng ta cần mở thêm đường bay thẳng giữa hai"]
    lines += ["thủ đô trong năm tới."]
    paragraphs = reflow("\n".join(lines)).split("\n\n")
    assert "Bộ trưởng phát biểu:" in paragraphs[1]
    assert paragraphs[-1].startswith("Chúng ta cần")


def test_a_papers_head_rows_come_apart_by_their_marks_and_labels() -> None:
    head = [
        "Quan hệ An-ba-ni -",
        "Việt Nam: nhìn lại 75 năm",
        "",
        "Lê Thị Minh Thu*",
        "* Viện Nghiên cứu châu Âu, Hà Nội. Email:",
        "thule@example.org",
        "Ngày nhận bài: 2/3/2025; ngày duyệt đăng:",
        "14/5/2025; ngày xuất bản: 20/6/2025",
        *_COLUMN,
    ]
    paragraphs = reflow("\n".join(head)).split("\n\n")
    assert paragraphs[:4] == [
        "Quan hệ An-ba-ni - Việt Nam: nhìn lại 75 năm",
        "Lê Thị Minh Thu*",
        "* Viện Nghiên cứu châu Âu, Hà Nội. Email: thule@example.org",
        "Ngày nhận bài: 2/3/2025; ngày duyệt đăng: 14/5/2025; ngày xuất bản: 20/6/2025",
    ]


def test_a_two_column_papers_front_matter_leaves_and_its_body_stays(tmp_path: Path) -> None:
    kept = (
        "Hai nước có chung nhiều lễ hội mùa màng, nhất là tục thờ cúng gắn với nghề trồng ô "
        "liu ở vùng ven biển phía nam của An-ba-ni: Vlora và Saranda, nơi du khách Việt Nam "
        "đến ngày càng đông trong những năm gần đây."
    )
    blocks = [
        {"h": "Quan hệ An-ba-ni - Việt Nam: nhìn lại 75 năm"},
        {"p": "Lê Thị Minh Thu*", "small": True},
        {"p": "* Viện Nghiên cứu châu Âu, Hà Nội. Email: thule@example.org", "small": True},
        {"p": ABSTRACT, "small": True},
        {"p": "Từ khóa: An-ba-ni, Việt Nam, dầu ô liu, lễ hội, du lịch.", "small": True},
        {"h": "1. Quan hệ văn hóa và du lịch"},
        {"p": kept},
        {"p": BODY_VI},
        {"p": "Năm 2024, An-ba-ni đón khoảng 3.200 lượt khách du lịch Việt Nam."},
    ]
    out = tmp_path / "paper.pdf"
    build_pdf({"columns": 2, "blocks": blocks}, out)
    text = unmarked(read_file(out).text)
    assert "Từ khóa: An-ba-ni, Việt Nam, dầu ô liu, lễ hội, du lịch." in text.split("\n\n")
    body = " ".join(analyse(out).cleaned.body.split())
    assert kept in body and BODY_VI in body
    assert "Tóm tắt" not in body and "Từ khóa" not in body


@pytest.mark.parametrize(
    "link",
    [
        "Lire aussi : L'Albanie et le Vietnam ouvrent une ligne maritime",
        "À lire aussi : Le port de Durrës attend les premiers navires vietnamiens",
        "Lea también: Albania y Vietnam firman un acuerdo sobre aceite de oliva",
        "Leia também: Albânia e Vietname assinam acordo portuário",
        "Lesen Sie auch: Albanien und Vietnam eröffnen neue Frachtroute",
    ],
)
def test_a_read_on_link_in_another_language_leaves_the_body(link: str) -> None:
    body, removed = _clean(PLAN, link, TRADE, TIES)
    assert link not in body and link in removed
    assert PLAN in body and TRADE in body


def test_a_summary_under_a_heading_of_its_own_is_the_notes_text() -> None:
    # (a policy note's "Tóm tắt" section is its content, not a paper's abstract)
    body, _ = _clean("Nguyễn Văn Bình", "Tóm tắt", TIES, TRADE)
    assert TIES in body and TRADE in body


def test_a_full_row_cut_inside_a_day_runs_on_into_its_year() -> None:
    rows = ["Received: 3 March 2025; Accepted: 14 May", "2025; Published: 30 June 2025"]
    paragraphs = reflow("\n".join([*rows, "", *_COLUMN])).split("\n\n")
    assert paragraphs == [" ".join(rows), " ".join(_COLUMN)]


@pytest.mark.parametrize("mark", ["*", "**", "¹"])
def test_a_name_with_a_footnotes_mark_is_read_as_the_name(mark: str) -> None:
    cleaned = clean("\n\n".join([TITLE, f"Lê Thị Minh Thu{mark}", PLAN, TRADE, TIES]))
    assert cleaned.metadata.author == "Lê Thị Minh Thu"
    assert mark not in cleaned.body


def test_a_starred_word_in_a_sentence_keeps_its_mark() -> None:
    note = "Giá dầu ô liu tăng 12%*."
    body, _ = _clean(PLAN, note, TRADE)
    assert note in body


@pytest.mark.parametrize(
    ("rows", "joined"),
    [
        (["Quan hệ An-ba-ni -", "Việt Nam: 75 năm nhìn", "lại và triển vọng"], True),
        # (rows of a headline in capitals stay apart: the title's reader joins them)
        (["QUAN HỆ AN-BA-NI -", "VIỆT NAM: 75 NĂM NHÌN", "LẠI VÀ TRIỂN VỌNG"], False),
    ],
)
def test_a_headline_row_cut_at_a_dash_runs_on(rows: list[str], joined: bool) -> None:
    paragraphs = reflow("\n".join([*rows, "", *_COLUMN])).split("\n\n")
    assert paragraphs[:-1] == ([" ".join(rows)] if joined else rows)
    assert paragraphs[-1] == " ".join(_COLUMN)


@pytest.mark.parametrize(
    "notice",
    [
        "Reproduction in whole or in part is forbidden without the publisher's consent.",
        "When quoting our materials, a hyperlink to the source page is mandatory.",
        "Any use of this content is permitted only with a link to the original.",
        "Khi trích dẫn thông tin từ trang này, đề nghị ghi rõ nguồn.",
        "Nghiêm cấm đăng lại tin bài khi chưa có văn bản đồng ý của tòa soạn.",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_the_sites_terms_for_reusing_its_material_leave_the_body(notice: str, where: str) -> None:
    paragraphs = [PLAN, notice, TRADE, TIES] if where == "middle" else [PLAN, TRADE, TIES, notice]
    body, removed = _clean(*paragraphs)
    assert notice not in body and notice in removed
    assert PLAN in body and TRADE in body and TIES in body


@pytest.mark.parametrize(
    "sentence",
    [
        "Citing weak demand, the ministry prohibited new licences for olive oil imports.",
        "They agreed to copy the Durres port model, which requires large investment.",
        "Khi sử dụng lại vốn vay năm 2024, doanh nghiệp phải được ngân hàng cho phép.",
    ],
)
def test_news_of_a_rule_on_copying_or_citing_stays(sentence: str) -> None:
    body, _ = _clean(PLAN, sentence, TRADE)
    assert sentence in body


def test_a_translation_credited_to_an_outlets_desk_leaves_the_body() -> None:
    credit = "Translated from Albanian by the ALBPRESS English service"
    body, removed = _clean(PLAN, credit, TRADE, TIES)
    assert credit not in body and credit in removed


@pytest.mark.parametrize(
    "note",
    [
        "This story first appeared in the weekend edition of the Adriatic Courier.",
        "An earlier version of this article ran in the Adriatic Courier last week.",
        "Bài viết đã đăng trên tạp chí Nghiên cứu Biển số mùa thu.",
        "Bài này thuộc chuyên mục Góc nhìn chuyên gia.",
    ],
)
def test_the_text_saying_where_it_first_appeared_leaves_the_body(note: str) -> None:
    body, removed = _clean(PLAN, TRADE, note, TIES)
    assert note not in body and note in removed


@pytest.mark.parametrize(
    "offer",
    [
        "Turn on notifications from the Adriatic Courier",
        "Bật thông báo để nhận tin nóng từ Cảng Vụ Online",
        "Nhấn vào đây để theo dõi Cảng Vụ Online trên Google News",
        "Add the Adriatic Courier as a preferred source on Google",
    ],
)
def test_an_offer_of_notifications_or_a_follow_button_leaves_the_body(offer: str) -> None:
    body, removed = _clean(PLAN, offer, TRADE, TIES)
    assert offer not in body and offer in removed


@pytest.mark.parametrize(
    "sentence",
    [
        "This plan was first published by the two ministries in a joint note to ports.",
        "Nhấn mạnh kết quả hội đàm, Bộ trưởng thông báo hai bên sẽ mở đường bay thẳng.",
        "Thêm vào đó, hai bên thông báo sẽ mở văn phòng xúc tiến thương mại tại Tirana.",
    ],
)
def test_news_that_announces_or_publishes_stays(sentence: str) -> None:
    body, _ = _clean(PLAN, sentence, TRADE)
    assert sentence in body

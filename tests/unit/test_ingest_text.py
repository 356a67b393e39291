"""The text side of import: sentence splitting, cleaning, country names, candidates.

Property tests (hypothesis): the cleaner and the splitter never raise on any text, sentence
spans always cover the text in order without overlapping, and every candidate's offsets
point at its exact quote.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import clean
from briefer.ingest.countries import find_countries, ranked_partners
from briefer.ingest.sentences import sentences, split_sentences
from briefer.text.normalize import normalize

# ---- sentences -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TP. Hồ Chí Minh đón đoàn. Hai bên hội đàm.",
         ["TP. Hồ Chí Minh đón đoàn.", "Hai bên hội đàm."]),
        ("TS. Nguyễn Văn A và PGS. Trần B dự. ThS. Lê C phát biểu.",
         ["TS. Nguyễn Văn A và PGS. Trần B dự.", "ThS. Lê C phát biểu."]),
        ("Mr. Smith met St. John at the U.S. Embassy. Talks followed.",
         ["Mr. Smith met St. John at the U.S. Embassy.", "Talks followed."]),
        ("Hai nước lập quan hệ ngày 25/3/1971. Sau đó hợp tác.",
         ["Hai nước lập quan hệ ngày 25/3/1971.", "Sau đó hợp tác."]),
        ("Kim ngạch đạt 1,3 tỷ USD, tăng 1.5 lần. Rất tốt.",
         ["Kim ngạch đạt 1,3 tỷ USD, tăng 1.5 lần.", "Rất tốt."]),
        ("Nông nghiệp, thủy sản, v.v. Và các lĩnh vực khác.",
         ["Nông nghiệp, thủy sản, v.v. Và các lĩnh vực khác."]),
        ("Ông Nguyễn V. A. phát biểu. Bà B nói tiếp.",
         ["Ông Nguyễn V. A. phát biểu.", "Bà B nói tiếp."]),
        ("Các lĩnh vực du lịch, văn hóa… Và còn nữa... Hết.",
         ["Các lĩnh vực du lịch, văn hóa… Và còn nữa... Hết."]),
        ("Chủ đề là “Trao quyền. Bao trùm. Tăng trưởng”. Peru là chủ nhà.",
         ["Chủ đề là “Trao quyền. Bao trùm. Tăng trưởng”.", "Peru là chủ nhà."]),
        ('Ông nói: "Tốt lắm." Sau đó ra về (xem thêm. Ghi chú). Hết!',
         ['Ông nói: "Tốt lắm."', "Sau đó ra về (xem thêm. Ghi chú).", "Hết!"]),
        ("1. Quan hệ chính trị. 2. Quan hệ kinh tế.",
         ["1. Quan hệ chính trị.", "2. Quan hệ kinh tế."]),
        ("Dòng một không dấu\nDòng hai. Câu ba?", ["Dòng một không dấu", "Dòng hai.", "Câu ba?"]),
    ],
)  # fmt: skip
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


_PIECES = st.sampled_from(
    ["TP.", "U.S.", "v.v.", "1,3", "1.5", "25/3/1971", "…", "...", "“", "”", "(", ")", '"',
     ". ", "! ", "? ", "\n", "\n\n", " ", "\u00a0", "Việt Nam", "đối tác", "A.", "x", "Ð",
     "\x1f", "\x0b", "\x85", "\u0301", "\r\n", "\ufeff"]
)  # fmt: skip
_TEXT = st.one_of(st.text(), st.lists(st.one_of(_PIECES, st.text(max_size=5))).map("".join))


@given(_TEXT)
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_sentence_spans_cover_the_text_in_order_without_overlap(text: str) -> None:
    spans = split_sentences(text)
    position = 0
    covered = [False] * len(text)
    for start, end in spans:
        assert position <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        for i in range(start, end):
            covered[i] = True
        position = end
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))


# ---- cleaning --------------------------------------------------------------------------


def test_clean_normalises_and_repairs_look_alikes() -> None:
    raw = "Tiêu đề\r\n\r\n" + unicodedata.normalize("NFD", "Ðoàn đại biểu\u00a0cấp cao  Việt Nam.")
    cleaned = clean(raw)
    assert cleaned.title == "Tiêu đề"
    assert cleaned.body == "Đoàn đại biểu cấp cao Việt Nam."
    assert cleaned.raw == raw


def test_a_sidebar_ends_where_article_prose_resumes() -> None:
    text = (
        "Tiêu đề bài báo\n\n"
        "Đoạn thứ nhất của bài báo nói về quan hệ Việt Nam – Chile trong nhiều năm qua, rất dài.\n"
        "Tin liên quan\n"
        "Giá vàng hôm nay tăng mạnh Giá vàng hôm nay tăng mạnh\n"
        "Đoạn thứ hai của bài báo tiếp tục nói về hợp tác kinh tế giữa hai nước, cũng rất dài.\n"
        "Xem thêm\n"
        "Bão số 3 đổ bộ\n"
        "Bão số 3 đổ bộ\n"
        "Chiều 10/11, bão số 3 đã đổ bộ vào đất liền gây mưa lớn ...\n"
    )
    cleaned = clean(text)
    assert cleaned.paragraphs == [
        "Đoạn thứ nhất của bài báo nói về quan hệ Việt Nam – Chile trong nhiều năm qua, rất dài.",
        "Đoạn thứ hai của bài báo tiếp tục nói về hợp tác kinh tế giữa hai nước, cũng rất dài.",
    ]
    assert {r.reason for r in cleaned.removed} == {"sidebar", "related headline"}


def test_short_lines_inside_an_article_are_kept() -> None:
    # Not every short line is noise: a one-line paragraph that ends a sentence stays.
    text = "Tiêu đề\n\nHai nước ký hiệp định.\n\nĐoạn dài hơn về hợp tác hai nước trong năm 2024."
    assert clean(text).paragraphs == [
        "Hai nước ký hiệp định.",
        "Đoạn dài hơn về hợp tác hai nước trong năm 2024.",
    ]


def test_the_date_of_a_removed_sidebar_is_never_the_publication_date() -> None:
    text = (
        "Tiêu đề\n\nHai nước đánh giá cao hợp tác song phương trong nhiều lĩnh vực quan trọng.\n"
        "Đọc thêm\nGiá vàng ngày 21/3/2026\nGiá vàng ngày 21/3/2026\nSáng 21/3/2026, giá vàng ...\n"
    )
    cleaned = clean(text)
    assert "2026" not in cleaned.body
    assert cleaned.metadata.published_on == "" and cleaned.metadata.context_year is None


@given(_TEXT)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_clean_never_raises_and_gives_a_normal_body(text: str) -> None:
    cleaned = clean(text)
    body = cleaned.body
    assert unicodedata.is_normalized("NFC", body)
    # The store normalises the body again on insert: citation offsets need it unchanged.
    assert normalize(body) == body
    assert "\r" not in body and "\u00a0" not in body and "\x00" not in body
    assert all(p and p == p.strip() for p in cleaned.paragraphs)
    assert cleaned.raw == text


_VIETNAMESE = st.lists(
    st.sampled_from(
        [
            "Việt Nam",
            "Chile",
            "Peru",
            "thiết lập quan hệ ngoại giao",
            "ngày 25/3/1971",
            "năm 1994",
            "kim ngạch thương mại",
            "đạt",
            "gần 500 triệu USD",
            "hơn 1,3 tỷ USD",
            "9 tháng 2024",
            "đối tác thương mại lớn thứ 4",
            "lớn nhất",
            "tại Mỹ Latinh",
            "ASEAN",
            "thăm",
            "(7/1998)",
            "Hiệp định",
            "cơ chế",
            "đề nghị",
            ",",
            ";",
            ".",
            "\n",
            "\n\n",
            "Tin liên quan",
            "0:00",
            "(Ảnh: TTXVN)",
            "…",
            "“",
            "”",
            "sớm",
            "APEC",
            "x",
        ]
    ),
    max_size=60,
).map(" ".join)


@given(st.one_of(_VIETNAMESE, _TEXT))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_candidate_offsets_always_match_their_quotes(text: str) -> None:
    cleaned = clean(text)
    for candidate in find_candidates(cleaned.body, cleaned.metadata):
        assert cleaned.body[candidate.start : candidate.end] == candidate.quote
        assert candidate.quote == candidate.quote.strip()
        assert candidate.pair.startswith("VN-") and len(candidate.pair) == 5


# ---- countries -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Việt Nam-Chile và khu vực Mỹ Latinh", ["VN", "CL"]),
        ("các nước Mỹ La tinh, Nam Mỹ và Bắc Mỹ", []),
        ("Tổng thống Mỹ gặp Thủ tướng Nhật Bản", ["US", "JP"]),
        ("trị giá 5 triệu đô la Mỹ", []),
        ("tư pháp, pháp luật; quan hệ Việt Nam - Pháp", ["VN", "FR"]),
        ("bà Nguyễn Thị Nga và Tổng thống Nga", ["RU"]),
        ("Nguyễn Minh Đức thăm CHLB Đức", ["DE"]),
        ("tỉnh Lào Cai giáp Lào", ["LA"]),
        ("Mê-hi-cô, Ác-hen-ti-na, Bra-xin và Xin-ga-po", ["MX", "AR", "BR", "SG"]),
        ("the U.S. and Peru", ["US", "PE"]),
    ],
)
def test_country_names(text: str, codes: list[str]) -> None:
    assert [m.code for m in find_countries(text)] == codes


def test_the_main_partner_is_the_most_named_foreign_country() -> None:
    assert ranked_partners("Peru. Chile. Peru. Việt Nam. Việt Nam. Việt Nam.", "") == ["PE", "CL"]
    assert ranked_partners("Peru, Chile.", "Quan hệ Việt Nam – Chile")[0] == "CL"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Quan hệ Việt Nam – Hungary", ["VN", "HU"]),
        ("Hun-ga-ri, Á-căn-đình, Niu Xi-lân và Mê-hi-cô", ["HU", "AR", "NZ", "MX"]),
        ("Hungary, Argentina, New Zealand and Mexico", ["HU", "AR", "NZ", "MX"]),
        ("Cộng hoà Séc và Cộng hòa Séc", ["CZ", "CZ"]),
        ("the Kingdom of Jordan; Michael Jordan scored", ["JO"]),
        ("Ảnh: Nhật Bắc. Thủ tướng Nhật Bản", ["JP"]),
        ("Zimbabwe, Vanuatu, Greenland and Puerto Rico", ["ZW", "VU", "GL", "PR"]),
        ("Ý kiến của các chuyên gia", []),
    ],
)
def test_every_iso_country_in_latin_and_vietnamese_spellings(text: str, codes: list[str]) -> None:
    assert [m.code for m in find_countries(text)] == codes


def test_the_country_table_is_pycountrys_iso_3166() -> None:
    pycountry = pytest.importorskip("pycountry")
    from briefer.ingest.countries import BY_CODE, country_names

    assert {c.alpha_2 for c in pycountry.countries} <= set(BY_CODE)
    assert len(BY_CODE) >= 249
    assert country_names("HU") == ("Hungary", "Hungary")
    assert country_names("KR")[0] == "Hàn Quốc"  # the press spelling wins over pycountry's

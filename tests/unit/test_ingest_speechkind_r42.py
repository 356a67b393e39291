"""A speech's kind on a line of its own, its speaker's line under it, and the place-and-day
line of a document's head in English as in Vietnamese (briefer.ingest.speechkind)."""

from pathlib import Path

from briefer.ingest.clean import clean
from briefer.ingest.speechkind import letterhead_days, speaker_line, speech_kind
from tests.imported import imported

_KEYNOTE = """Keynote address
by H.E. Ms. Ingrid Solberg, Minister of Trade of the Republic of Norland
At the Norland - Viet Nam Seafood Trade Conference
Da Nang, 3 October 2025
Excellencies, ladies and gentlemen,
Last year, seafood trade between Norland and Viet Nam reached 410 million US dollars, up 9 percent.
Our two countries will open a joint inspection office in Da Nang next year.
Thank you for your attention."""

_OPENING = """OPENING REMARKS
delivered by the Ambassador of Norland, H.E. Mr. Piet Alders
Reception for the Fiftieth National Day of the Republic of Norland
Distinguished guests, dear friends,
Since 2015, Norland's investment in Viet Nam has grown to 1.2 billion US dollars in 80 projects.
We look forward to the next fifty years of friendship.
Thank you."""

_STATEMENT = """EMBASSY OF THE REPUBLIC OF NORLAND
Ho Chi Minh City, October 3, 2025
STATEMENT
by the Ambassador of Norland, H.E. Mr. Piet Alders
On the Fiftieth National Day of the Republic of Norland
Distinguished guests, dear friends,
Since 2015, Norland's investment in Viet Nam has grown to 1.2 billion US dollars in 80 projects.
Thank you."""

_DIEN_VAN = """Diễn văn khai mạc
của ông Lê Minh Khoa, Giám đốc Sở Công Thương tỉnh Bình Sơn
Tại Hội chợ Thương mại quốc tế Bình Sơn - Norland lần thứ ba
Kính thưa các vị đại biểu, thưa quý doanh nghiệp!
Năm 2024, kim ngạch xuất khẩu của tỉnh sang Norland đạt 85 triệu USD, tăng 14% so với năm trước.
Xin trân trọng cảm ơn!"""


def test_a_speechs_kind_alone_on_its_line_in_either_language() -> None:
    assert [speech_kind(t) for t in ("REMARKS", "Keynote address", "Bài phát biểu")] == [
        True,
        True,
        True,
    ]
    assert speech_kind("DIỄN VĂN BẾ MẠC")
    # (a headline that opens on the word is no kind line)
    assert not speech_kind("Statement on the launch of trade talks with Norland")
    assert not speech_kind("Phát biểu tại Hội nghị")


def test_the_speakers_line_credits_a_name_or_a_post() -> None:
    assert speaker_line("by Dr. Anna Berg, Chair of the Society")
    assert speaker_line("delivered by the Ambassador of Norland")
    assert speaker_line("của ông Lê Minh Khoa, Giám đốc Sở")
    assert not speaker_line("by the end of the year, trade had doubled.")
    assert not speaker_line("by and large")


def test_a_heads_place_and_day_line_in_english_and_vietnamese() -> None:
    # (over a speech's kind line; a page's weekday stamp is no letterhead's day)
    assert letterhead_days(["Da Nang, 3 October 2025", "REMARKS"]) == [0]
    assert letterhead_days(["Ho Chi Minh City, October 3, 2025", "REMARKS"]) == [0]
    assert letterhead_days(["Bình Sơn, ngày 3 tháng 10 năm 2025", "BÀI PHÁT BIỂU"]) == [0]
    assert letterhead_days(["Thứ Hai, 12/5/2025", "BÀI PHÁT BIỂU"]) == []
    assert letterhead_days(["Monday, 12 May 2025", "REMARKS"]) == []


def test_a_keynote_address_is_titled_by_its_occasion_not_its_speaker() -> None:
    assert clean(_KEYNOTE).title == "At the Norland - Viet Nam Seafood Trade Conference"


def test_opening_remarks_delivered_by_a_post_are_titled_by_the_occasion() -> None:
    assert clean(_OPENING).title == (
        "Reception for the Fiftieth National Day of the Republic of Norland"
    )


def test_a_statement_under_an_english_letterhead_and_date_line() -> None:
    assert clean(_STATEMENT).title == "On the Fiftieth National Day of the Republic of Norland"


def test_a_vietnamese_opening_speech_without_a_letterhead(tmp_path: Path) -> None:
    meta = imported(tmp_path, _DIEN_VAN).metadata
    assert meta.title == "Tại Hội chợ Thương mại quốc tế Bình Sơn - Norland lần thứ ba"


def test_the_keynote_imported_keeps_its_speaker_as_author(tmp_path: Path) -> None:
    meta = imported(tmp_path, _KEYNOTE).metadata
    assert (meta.title, meta.author, meta.published_on) == (
        "At the Norland - Viet Nam Seafood Trade Conference",
        "Ingrid Solberg",
        "2025-10-03",
    )


def test_an_english_place_and_day_dates_a_letterhead_only_over_a_speechs_kind() -> None:
    release = ["NORLAND TRADE OFFICE", "Norland and Viet Nam open talks", "Nortown, 3 May 2025"]
    assert letterhead_days(release) == []  # (a release's dateline, its issuer read otherwise)
    speech = ["NORLAND TRADE OFFICE", "Nortown, 3 May 2025", "REMARKS", "by Dr. Anna Berg"]
    assert letterhead_days(speech) == [1]
    assert letterhead_days(["SỞ CÔNG THƯƠNG", "Bình Sơn, ngày 3 tháng 5 năm 2025"]) == [1]


_EMBASSY_REMARKS = """EMBASSY OF THE REPUBLIC OF CHILE
Hanoi, 3 May 2025
REMARKS
by Dr. Anna Berg, Head of the Trade Section
At the opening of the Chile - Viet Nam Business Forum
Ladies and gentlemen,
Last year, trade between Chile and Viet Nam reached 1.9 billion US dollars, up 9 percent.
Thank you."""

_SO_PHAT_BIEU = """SỞ CÔNG THƯƠNG TỈNH NGHỆ AN
Nghệ An, ngày 3 tháng 10 năm 2025
BÀI PHÁT BIỂU
của ông Lê Minh Khoa, Giám đốc Sở Công Thương tỉnh Nghệ An
Tại Hội chợ Thương mại quốc tế Nghệ An - Chile lần thứ ba
Kính thưa các vị đại biểu, thưa quý doanh nghiệp!
Năm 2024, kim ngạch xuất khẩu của tỉnh sang Chile đạt 85 triệu USD, tăng 14% so với năm trước.
Xin trân trọng cảm ơn!"""


def test_a_speech_imported_under_its_letterhead_and_place_day_is_the_letterheads(
    tmp_path: Path,
) -> None:
    # (through the import: with the place-and-day line not read as the letterhead's, the
    # letterhead over it is not the issuer and the outlet stays empty)
    for text, outlet, day in (
        (_EMBASSY_REMARKS, "embassy of the republic of chile", "2025-05-03"),
        (_SO_PHAT_BIEU, "sở công thương tỉnh nghệ an", "2025-10-03"),
    ):
        meta = imported(tmp_path, text).metadata
        assert (meta.outlet.casefold(), meta.published_on) == (outlet, day)


def test_an_english_letterheads_issuer_keeps_its_names_capitals(tmp_path: Path) -> None:
    assert imported(tmp_path, _EMBASSY_REMARKS).metadata.outlet == (
        "Embassy of the Republic of Chile"
    )

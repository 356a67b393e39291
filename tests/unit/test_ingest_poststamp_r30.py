"""A social-media post's stamp under its poster's name dates the post, its year from the text."""

from briefer.ingest.poststamp import post_day


def test_vi_stamp_without_year_takes_the_texts_year() -> None:
    text = "Tổng Lãnh sự quán X\n5 tháng 3 lúc 20:01 · 🌏\n\nNgày 3/3/2024, Tổng Lãnh sự đã gặp …"
    assert post_day(text) == "2024-03-05"


def test_en_stamps_both_orders_and_new_year() -> None:
    assert post_day("Embassy of X\n7 May at 08:30\n\nOn 6 May 2023, the envoy met …") == (
        "2023-05-07"
    )
    assert post_day("Embassy of X\nMay 7 at 8:30 AM ·\n\nOn 6 May 2023, the envoy met …") == (
        "2023-05-07"
    )
    # (a post in January about a meeting in late December: the next year)
    assert post_day("Trade Office\n2 January at 10:00\n\nOn 30 December 2024, …") == "2025-01-02"


def test_printed_year_and_no_stamp() -> None:
    assert post_day("Embassy of X\nMay 7, 2022 at 8:30 AM\n\nThe envoy met …") == "2022-05-07"
    # (no stamp at the top: a dated lead is the text's own business)
    assert post_day("Ngày 10/10/2025, Đại sứ đã làm việc …\nHôm nay lúc 09:00") == ""
    # (a stamp whose year nothing tells is no day)
    assert post_day("Embassy of X\n7 May at 08:30\n\nThe envoy met the mayor.") == ""

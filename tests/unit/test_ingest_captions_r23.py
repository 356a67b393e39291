"""A caption whose picture's source follows in square brackets (ingest/captions.py)."""

from briefer.ingest.captions import bracketed_credit


def test_bracketed_source_after_a_caption() -> None:
    assert bracketed_credit("The two ministers shake hands in Apia. [Source: Foreign Ministry]")
    assert bracketed_credit("Đại diện hai bên trao biên bản ghi nhớ. [Nguồn: Sở Công Thương]")
    assert bracketed_credit("Delegates tour the new cold store. (Photo: Port Authority)")


def test_article_sentence_with_a_source_is_no_caption() -> None:
    # a report's sentence (past tense, or a clause after a comma) cites its source: kept
    assert not bracketed_credit("Exports reached USD 12 million in 2024. [Source: Customs]")
    assert not bracketed_credit(
        "Kim ngạch đạt 12 triệu USD, tăng 8% so với năm trước. [Nguồn: Tổng cục Hải quan]"
    )


def test_a_datum_citing_its_source_in_brackets_is_no_caption() -> None:
    assert not bracketed_credit("Exports rose 12% in the first half. [Source: Customs]")
    assert not bracketed_credit("Kim ngạch đạt 1,2 tỷ USD. [Nguồn: Tổng cục Hải quan]")
    assert not bracketed_credit("Two-way trade hit US$48 million. (Source: Statistics Office)")

"""Round 60: a feature's lock that asks the reader to log in to carry out "this function" is
the page's, not the article's."""

from __future__ import annotations

from briefer.ingest.readerlines import reader_line


def test_a_lock_on_carrying_out_a_function_is_a_reader_line() -> None:
    assert reader_line("Quý độc giả vui lòng đăng nhập để thực hiện chức năng này.")
    assert reader_line("You need to sign in to perform this function.")


def test_an_article_step_that_logs_in_stays() -> None:
    assert not reader_line(
        "Doanh nghiệp đăng nhập hệ thống một cửa quốc gia để thực hiện thủ tục cấp phép."
    )

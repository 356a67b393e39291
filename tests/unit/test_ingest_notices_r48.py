"""A mail's request not to print it, and a unit's name signing a circulation notice."""

from __future__ import annotations

from briefer.ingest.bodyname import body_name_only
from briefer.ingest.mailfoot import mailing_notice
from briefer.ingest.printrequest import print_request
from briefer.ingest.prompts import site_notice


def test_print_request_both_languages() -> None:
    assert print_request("Xin hãy suy nghĩ trước khi in thư này.")
    assert print_request("Kindly consider the planet before printing this message.")
    assert print_request("Please don't print this email unless you need to.")
    assert mailing_notice("Hãy cân nhắc trước khi in tài liệu này.")


def test_print_request_not_a_report_about_printing() -> None:
    assert not print_request("The central bank will consider costs before printing new notes.")
    assert not print_request("Nhà in cân nhắc giá giấy trước khi in lịch năm mới.")
    assert not mailing_notice("Công ty cân nhắc trước khi in.")


def test_body_name_only() -> None:
    assert body_name_only("Cục Xúc tiến thương mại, Bộ Công Thương.")
    assert body_name_only("Office of the Trade Counsellor, Embassy of Chile.")
    assert not body_name_only("Bộ Tài chính vừa công bố số liệu mới.")
    assert not body_name_only("Ministry staff travelled to the port on Friday.")
    assert not body_name_only("Vụ Châu Âu, Bộ Ngoại giao, ngày 3/5.")


def test_unit_signing_a_circulation_notice_goes_with_it() -> None:
    assert site_notice("Vụ Châu Mỹ, Bộ Ngoại giao. Tài liệu lưu hành nội bộ, không phổ biến.")
    assert site_notice("Americas Department, Ministry of Trade. For internal circulation only.")
    # (a sentence of news beside the notice keeps the line)
    assert not site_notice(
        "Bộ Ngoại giao cho biết hai nước sẽ ký hiệp định mới. Tài liệu lưu hành nội bộ."
    )

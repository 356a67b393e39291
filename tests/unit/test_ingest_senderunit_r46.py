"""A ministry's unit mailing from the ministry's domain publishes under its own name
(briefer/ingest/senderunit.py)."""

from __future__ import annotations

from briefer.ingest.senderunit import unit_over_parent

_MAIL = (
    "From: {sender} <{address}>\n"
    "Sent: Monday, March 2, 2026 9:00 AM\n"
    "Subject: Bản tin thị trường Peru số 2/2026\n\n"
    "Thương vụ trân trọng gửi bản tin.\n"
)


def test_a_unit_on_its_parents_mail_domain_is_the_outlet() -> None:
    text = _MAIL.format(sender="Thương vụ Việt Nam tại Peru", address="pe@moit.gov.vn")
    assert unit_over_parent("Bộ Công Thương", "Thương vụ Việt Nam tại Peru", text) == (
        "Thương vụ Việt Nam tại Peru"
    )


def test_another_domain_keeps_the_outlet() -> None:
    text = _MAIL.format(sender="Trade Office of Viet Nam in Peru", address="info@example.org")
    assert unit_over_parent("Bộ Công Thương", "Trade Office of Viet Nam in Peru", text) == ""
    assert unit_over_parent("", "Trade Office of Viet Nam in Peru", text) == ""

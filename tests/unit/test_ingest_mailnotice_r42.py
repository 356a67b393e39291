"""A mail's confidentiality notice, "this mail is for its named recipients alone", is a
mailing system's notice in any language; a sentence reporting on a mail is not."""

from briefer.ingest.mailfoot import mailing_notice


def test_whom_the_mail_is_for_vi() -> None:
    assert mailing_notice(
        "Thư điện tử này cùng tài liệu kèm theo chỉ dành cho người nhận được nêu tên. "
        "Nếu quý vị nhận nhầm, xin báo lại cho người gửi."
    )


def test_whom_the_mail_is_for_en() -> None:
    assert mailing_notice(
        "This email and its attachments are intended solely for the person named above. "
        "If you received it in error, please delete it."
    )


def test_a_sentence_about_a_mail_is_no_notice() -> None:
    assert not mailing_notice(
        "Theo ông Minh, bức thư điện tử này dành cho người nhận ở Bộ Công Thương và đã "
        "được gửi đi từ tuần trước."
    )
    assert not mailing_notice("The minister said this email was intended for the trade office.")

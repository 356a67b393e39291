"""A mail's signature under the "--" separator, and a division sender named with a short form."""

from briefer.ingest.mailhead import read_mail
from briefer.ingest.mailsigner import mail_signer
from briefer.ingest.mailunit import department_of


def test_signer_under_dash_separator_vi() -> None:
    body = ["Hạn đăng ký là ngày 3/4.", "Trân trọng./.", "--", "Lê Thị Thu", "Phòng Thông tin"]
    assert mail_signer(body) == "Lê Thị Thu"


def test_signer_under_dash_separator_en_and_quote_still_ends() -> None:
    body = ["See the form attached.", "Kind regards,", "--", "Anna Berg", "Trade Desk"]
    assert mail_signer(body) == "Anna Berg"
    # (a "--" line not under the valediction still ends the mail: a footer, no signature)
    assert mail_signer(["Text.", "Regards,", "12 Main St.", "--", "Jon Lind"]) == ""


def test_division_with_short_form_steps_up_to_its_centre() -> None:
    text = "Nguyễn Văn An\nPhòng Hội chợ\nTrung tâm Xúc tiến Đầu tư tỉnh Sông Mây\nĐT: 0123"
    assert department_of("Phòng Hội chợ - XTĐT Sông Mây", text) == (
        "Trung tâm Xúc tiến Đầu tư tỉnh Sông Mây"
    )
    assert department_of("Division of Fairs - TPA", "Division of Fairs\nInstitute of Trade") == (
        "Institute of Trade"
    )
    # (no division line in the signature: the sender as it is)
    assert department_of("Phòng Hội chợ - XTĐT", "Nguyễn Văn An\nTrung tâm X") == (
        "Phòng Hội chợ - XTĐT"
    )


def test_read_mail_signer_and_centre() -> None:
    text = (
        "Từ: Phòng Hội chợ - XTĐT Sông Mây <hc@xtdt.gov.vn>\n"
        "Gửi: hoivien@xtdt.gov.vn\n"
        "Chủ đề: [HC] Thông tin hội chợ tháng 5\n\n"
        "Kính gửi Quý hội viên,\n\n"
        "Trung tâm xin gửi thông tin hội chợ.\n\n"
        "Trân trọng./.\n\n"
        "--\n"
        "Trần Minh Khoa\n"
        "Phòng Hội chợ\n"
        "Trung tâm Xúc tiến Đầu tư tỉnh Sông Mây\n"
    )
    mail = read_mail(text)
    assert mail is not None
    assert mail.signer == "Trần Minh Khoa"
    assert mail.sender == "Trung tâm Xúc tiến Đầu tư tỉnh Sông Mây"

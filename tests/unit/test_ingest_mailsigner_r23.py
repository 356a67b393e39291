"""A mailed report's signer: the person under its last valediction, not a quoted mail's."""

from briefer.ingest.mailhead import read_mail
from briefer.ingest.mailsigner import mail_signer


def test_signer_name_over_post_vi() -> None:
    body = [
        "Kim ngạch đạt 12 triệu USD.",
        "Trân trọng báo cáo./.",
        "Nguyễn Thị Lan",
        "Tham tán Thương mại",
        "Thương vụ Việt Nam tại Kenya",
        "Vào Th 2, 3 thg 3, 2025 lúc 10:15 Vụ Thị trường <vtt@bo.gov.vn> đã viết:",
        "> Trân trọng,",
        "> Lê Văn Bình",
    ]
    assert mail_signer(body) == "Nguyễn Thị Lan"


def test_signer_post_over_name_en_and_unit_alone() -> None:
    assert mail_signer(["Figures attached.", "Best regards,", "Counsellor", "Maria Lopez"]) == (
        "Maria Lopez"
    )
    assert mail_signer(["Tin tháng 10.", "Trân trọng,", "Thương vụ Việt Nam tại Peru"]) == ""


def test_read_mail_gives_signer() -> None:
    text = (
        "From: Trade Office of Viet Nam in Peru <pe@moit.gov.vn>\n"
        "Sent: Monday, March 3, 2025 9:00 AM\n"
        "Subject: Peru market note\n\n"
        "Exports rose 5 percent.\n\nKind regards,\nJuan Perez\nTrade Counsellor\n"
    )
    mail = read_mail(text)
    assert mail is not None
    assert mail.signer == "Juan Perez"

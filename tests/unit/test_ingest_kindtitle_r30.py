"""A letterhead's heading "KIND: subject" is the title when nothing else names one."""

from briefer.ingest.kindtitle import kind_subject_title


def test_kind_and_subject_vi_en() -> None:
    text = (
        "HỘI HỮU NGHỊ VIỆT NAM - X\nSố: 3/TCBC\nHà Nội, ngày 5 tháng 5 năm 2024\n"
        "THÔNG CÁO BÁO CHÍ: Hội thảo hợp tác nông nghiệp Việt Nam - X tại Cần Thơ\n"
        "Sáng 4/5, Hội đã tổ chức …"
    )
    assert kind_subject_title(text) == (
        "THÔNG CÁO BÁO CHÍ: Hội thảo hợp tác nông nghiệp Việt Nam - X tại Cần Thơ"
    )
    text_en = "CHAMBER OF COMMERCE OF X\n\nPRESS RELEASE: X and Viet Nam open a trade desk\n\nOn …"
    assert kind_subject_title(text_en) == "PRESS RELEASE: X and Viet Nam open a trade desk"


def test_label_or_lead_in_is_no_title() -> None:
    assert kind_subject_title("PRESS RELEASE: No. 5\nThe minister said …") == ""
    assert kind_subject_title("THÔNG BÁO: Hội xin thông báo như sau:\n1. …") == ""
    assert kind_subject_title("Sáng 4/5, Hội đã tổ chức hội thảo.") == ""

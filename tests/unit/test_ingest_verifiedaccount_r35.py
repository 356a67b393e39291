"""An organisation's verified account publishes its post (briefer.ingest.verifiedaccount)."""

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.verifiedaccount import verified_account


def test_official_account_vi() -> None:
    text = "Tài khoản chính thức\nTrung tâm Xúc tiến thương mại tỉnh An Bình\nĐã xác thực\nTin mới"
    assert verified_account(text) == "Trung tâm Xúc tiến thương mại tỉnh An Bình"


def test_verified_page_en() -> None:
    text = "Pages\nDepartment of Trade and Industry of Norfolk\nVerified account\nFollow"
    assert verified_account(text) == "Department of Trade and Industry of Norfolk"


def test_person_is_no_outlet() -> None:
    assert verified_account("Profile\nMaria Lopez Garcia\nVerified\nConnect") == ""
    assert verified_account("Sở Công Thương tỉnh An Bình\nTin hoạt động") == ""


def test_the_verified_account_is_the_outlet(tmp_path: Path) -> None:
    # (what the desk sees: the outlet field of a copied account post)
    path = tmp_path / "post.txt"
    path.write_text(
        "Tài khoản chính thức\nTrung tâm Xúc tiến thương mại tỉnh An Bình\nĐã xác thực\n"
        "Tin mới\n\nNăm 2024, kim ngạch thương mại Việt Nam - Chile đạt 1,9 tỷ USD, tăng 8% "
        "so với năm 2023.\n"
    )
    assert analyse(path).metadata.outlet == "Trung tâm Xúc tiến thương mại tỉnh An Bình"

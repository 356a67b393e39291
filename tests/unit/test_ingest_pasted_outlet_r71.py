"""Round r71: where a pasted page shows its outlet's name (copyright cells, credits, sign-offs,
a masthead its foot confirms, a foot's address line)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.headfoot import foot_address_name, foot_confirmed_head
from briefer.ingest.metachoice import Claim, choose_outlet
from briefer.ingest.outletnames import copyright_holder

_BODY = [
    "The two sides agreed to expand cooperation in farming, logistics and renewable energy.",
    "Officials said a working group would meet again before the end of the year.",
    "Trade between the two countries grew sharply in the first half of the year.",
]


def test_holder_in_the_first_cell_of_a_footer_row() -> None:
    line = "Bản quyền © 2024 Tạp chí Kinh tế Biển · Giấy phép số 12/GP-BTTTT · Liên hệ: 0912"
    assert copyright_holder(line) == "Tạp chí Kinh tế Biển"


def test_reservation_run_on_without_its_stop() -> None:
    assert copyright_holder("Copyright © 2024 The Harbour Ledger All rights reserved.") == (
        "The Harbour Ledger"
    )


def test_holder_before_the_sign_after_the_reservation() -> None:
    line = "All Rights Reserved. Andes Courier © 2024 · About · Contact"
    assert copyright_holder(line) == "Andes Courier"


def test_a_known_papers_own_company_is_the_paper() -> None:
    assert copyright_holder("© 2024 Tehran Times Inc. All Rights Reserved.") == "Tehran Times"


def test_known_name_holding_the_short_form() -> None:
    claims = [Claim("Daily Post", 4.0, "text 1"), Claim("Vanuatu Daily Post", 3.0, "text 0")]
    assert choose_outlet(claims) == "Vanuatu Daily Post"


def test_masthead_with_slogan_confirmed_by_the_address() -> None:
    text = "\n".join(
        [
            "The Morning Ledger Facts first, always",
            "Home News Business Sport",
            "Business",
            *_BODY,
            "Related",
            "Markets close higher",
            "© 2024 themorningledger.com | Built by X",
        ]
    )
    assert foot_confirmed_head(text) == "The Morning Ledger"


def test_masthead_in_capitals_confirmed_by_the_foot() -> None:
    text = "\n".join(
        [
            "NORTHERN TRADE WEEKLY",
            "Home | Markets | Asia",
            "Latest",
            *_BODY,
            "Our standards",
            "Subscribe",
            "Northern Trade Weekly, 2024. Reproduction prohibited.",
        ]
    )
    assert foot_confirmed_head(text) == "Northern Trade Weekly"


def test_organ_line_at_the_head_is_no_masthead() -> None:
    text = "\n".join(
        [
            "CƠ QUAN TRUNG ƯƠNG HỘI LUẬT GIA",
            "Thời sự · Pháp luật",
            "Tin mới",
            *_BODY,
            "Tin khác",
            "Báo Pháp lý - Cơ quan Trung ương của Hội Luật gia",
            "Giấy phép số 9",
        ]
    )
    assert foot_confirmed_head(text) == ""


def test_body_before_its_address_at_the_foot() -> None:
    text = "\n".join(
        [
            "Tuyển sinh | Đào tạo",
            "Giới thiệu",
            "Trang chủ » Tin tức",
            *_BODY,
            "Tin liên quan",
            "Học viện Nông nghiệp Miền Trung. Số 5 phố Hoa, Huế. ĐT: 0234",
        ]
    )
    assert foot_address_name(text) == "Học viện Nông nghiệp Miền Trung"


def test_colophon_field_is_no_address_name() -> None:
    text = "\n".join(
        [
            "Trang chủ",
            "Thời sự",
            *_BODY,
            "Tin khác",
            "© 2024 Báo Sông Hồng. Tổng biên tập: Lê Văn A. Địa chỉ: 3 phố B, Hà Nội.",
        ]
    )
    assert foot_address_name(text) == ""


def test_wire_initials_signed_under_the_text_credit_a_source(tmp_path: Path) -> None:
    from briefer.ingest.analysis import analyse

    text = "\n".join(
        [
            "Home",
            "World",
            "Business",
            "Thai, Vietnamese firms sign rice deal",
            "BANGKOK - Thai and Vietnamese rice exporters signed a supply agreement on"
            " Monday, a step both governments said would steady prices across the region this"
            " year and next, after a season in which floods in the north cut the harvest and"
            " traders in both countries struggled to fill orders.",
            *_BODY,
            "AFP",
            "Related stories",
            "Copyright © 2024 Bangkok Post. All rights reserved.",
        ]
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert analyse(path).metadata.outlet == "Bangkok Post"


def test_copyright_run_into_contacts_names_the_outlet() -> None:
    from briefer.ingest.found import Found
    from briefer.ingest.lines import line_noise

    found = Found()
    line_noise(
        "Bản quyền © 2024 Viện Cây ăn quả miền Nam. Địa chỉ: Long Định, Tiền Giang."
        " ĐT: (0273) 3893 129",
        found,
    )
    assert [name for name, *_ in found.outlet_offers] == ["Viện Cây ăn quả miền Nam"]

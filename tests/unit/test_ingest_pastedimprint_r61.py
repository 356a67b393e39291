"""A pasted page's foot names its site by an imprint or a publisher's masthead (r61)."""

from briefer.ingest.pastedfoot import foot_outlet


def test_publishing_company_read_as_the_masthead_the_head_prints() -> None:
    text = (
        "Tuesday, 3 March 2026\nHarbourLight\nNEWS BUSINESS SPORT\nPort deal signed\n"
        "The two sides signed the accord on Monday.\n"
        "Copyright © 2026 HarbourLight Publishing Corporation. All rights reserved."
    )
    assert foot_outlet(text) == "HarbourLight"


def test_owner_company_no_head_line_names_stays_unread() -> None:
    text = "Port deal signed\nThe sides signed.\n© Bosphorus Media Group. All Rights Reserved."
    assert foot_outlet(text) == ""


def test_organ_before_its_governing_body() -> None:
    text = (
        "Hợp tác nông nghiệp mở rộng\nHai bên ký biên bản ghi nhớ.\n"
        "Báo Miền Tây - Cơ quan ngôn luận của Hội Nông dân tỉnh\nGiấy phép số 12/GP-BTTTT"
    )
    assert foot_outlet(text) == "Báo Miền Tây"


def test_reprint_ask_names_the_site_in_quotes() -> None:
    text = (
        "Hợp tác nông nghiệp mở rộng\nHai bên ký biên bản ghi nhớ.\n"
        'Giấy phép số 12/GP. Ghi rõ nguồn "Báo Phương Nam" khi phát hành lại thông tin.'
    )
    assert foot_outlet(text) == "Báo Phương Nam"


def test_reservation_alone_after_the_sign_is_no_holder() -> None:
    from briefer.ingest.outletnames import copyright_holder

    line = "Tạp chí Thị trường Xanh · Giấy phép số 12/GP-BTTTT · © 2026 Bảo lưu mọi quyền."
    assert copyright_holder(line) != "Bảo lưu mọi quyền"
    assert copyright_holder("© Editorial Andes - Todos los derechos reservados.") == (
        "Editorial Andes"
    )


def test_site_name_with_a_bare_legal_form_is_the_site() -> None:
    body = "Grain deal signed\nThe sides signed on Monday.\n"
    assert foot_outlet(body + "© Copyright 2026 The Prairie Ledger Inc. All rights reserved.") == (
        "The Prairie Ledger"
    )
    # (a company named by its trade runs the site; its name is not the site's)
    assert foot_outlet(body + "Copyright © 2026 Lakeside Media Limited. All rights reserved.") == ""


def test_a_sentence_about_an_organ_is_no_imprint() -> None:
    text = (
        "Hợp tác nông nghiệp mở rộng\nHai bên ký biên bản ghi nhớ.\n"
        "Báo Miền Tây - Cơ quan của Hội Nông dân - vừa khai trương văn phòng mới."
    )
    assert foot_outlet(text) == ""

"""Round r65 (outlets): a picture's credit under a caption ("© Name/POOL/Agency", "© Photo: X") is
no outlet; a copyright holder's legal form ("Limited", "Co., Ltd", "Berhad [number]", "a.s.")
is no part of the paper's name."""

from __future__ import annotations

from briefer.ingest.outletnames import copyright_holder


def test_a_photographers_slashed_credit_is_no_outlet() -> None:
    assert copyright_holder("© Anna Petrova/POOL/RIA") == ""
    assert copyright_holder("© Reuters/Kim Lee") == ""


def test_outlets_credited_together_by_a_slash_stay() -> None:
    assert copyright_holder("© TTXVN/Vietnam+") == "TTXVN/Vietnam+"


def test_a_holders_legal_form_is_no_part_of_the_papers_name() -> None:
    assert copyright_holder("© 2026 Lusaka Evening Post Limited. All rights reserved.") == (
        "Lusaka Evening Post"
    )
    assert copyright_holder("Copyright © 2026 Golden Delta Media Co., Ltd") == (
        "Golden Delta Media"
    )
    assert copyright_holder("© 2026 Borneo Press Group Berhad [199901012345]") == (
        "Borneo Press Group"
    )
    assert copyright_holder("© 2026 Danube Media a.s.") == "Danube Media"


def test_a_one_word_company_keeps_its_form() -> None:
    # ("Acme Ltd": the company's name alone, no paper's, is dropped as a company as before)
    assert copyright_holder("© 2026 Acme Ltd") == ""


def test_a_pictures_credit_label_after_the_sign_is_no_holder() -> None:
    assert copyright_holder("© Photo: KABAR") == ""
    assert copyright_holder("© Ảnh: Lan Anh") == ""
    assert copyright_holder("Copyright © 2026 KABAR. All rights reserved.") == "KABAR"

"""r59: a mission's host named by its short name with trailing words (a long form) is read
by the short name; a spelling that puts its words before the name stays as written."""

from __future__ import annotations

from briefer.ingest.officeplace import plain_office


def test_a_short_name_with_trailing_words_is_the_long_form() -> None:
    assert (
        plain_office("Thương vụ Việt Nam tại Brunei Darussalam") == "Thương vụ Việt Nam tại Brunei"
    )
    assert (
        plain_office("Consulate General of Viet Nam in the United States of America")
        == "Consulate General of Viet Nam in the United States"
    )


def test_a_name_whose_words_come_first_stays() -> None:
    assert plain_office("Thương vụ Việt Nam tại Cộng hòa Séc") == ""
    assert plain_office("Trade Office of Viet Nam in the Czech Republic") == ""

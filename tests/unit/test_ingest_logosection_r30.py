"""A logo's 'Site | Section' is no longer form of the site's name."""

from briefer.ingest.metachoice import Claim, choose_outlet


def test_logo_with_section_shows_the_site() -> None:
    claims = [
        Claim("The Lakeside Courier", 7, "publisher"),
        Claim("The Lakeside Courier", 6, "title part"),
        Claim("The Lakeside Courier | Business", 4, "logo"),
    ]
    assert choose_outlet(claims) == "The Lakeside Courier"


def test_a_longer_full_name_still_shown_vi() -> None:
    claims = [
        Claim("Kinh tế Sông Mây", 6, "title part"),
        Claim("Tạp chí Kinh tế Sông Mây", 4, "logo"),
    ]
    assert choose_outlet(claims) == "Tạp chí Kinh tế Sông Mây"

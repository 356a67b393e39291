"""Round r101: a bureau after the writer's slash, an agency's credit on its own paper, a
print edition's periodicity after a paper's name, a wire photo's caption dated "Mon. D"."""

from __future__ import annotations

from briefer.ingest.analysis import _agency
from briefer.ingest.captions import bracketed_credit
from briefer.ingest.outletnames import known_outlet
from briefer.ingest.ownedpaper import owned_by
from briefer.ingest.writerchoice import choose_author


def test_an_outlets_bureau_after_the_slash_is_no_part_of_the_name() -> None:
    assert choose_author("Trần Minh Quân/TTXVN-Paris", "") == "Trần Minh Quân"
    assert choose_author("Lê Thu Hà/VOV-Cần Thơ", "") == "Lê Thu Hà"


def test_a_hyphened_word_after_the_slash_that_is_no_bureau_stays() -> None:
    # (near miss: the part after the hyphen is no place, the part before no outlet)
    assert choose_author("Ngọc Lan/Kim-Oanh", "") == "Ngọc Lan/Kim-Oanh"
    assert choose_author("Bảo Anh/VOV-Thời sự", "") == "Bảo Anh/VOV-Thời sự"


def test_an_agency_credited_on_its_own_paper_is_the_house_not_a_writer() -> None:
    assert owned_by("Le Courrier du Vietnam", "Vietnam News Agency")
    assert _agency("TTXVN", "Báo Tin tức (TTXVN)") == ""
    # (near miss: the same agency on a paper it does not own is a credited writer)
    assert not owned_by("Tuổi Trẻ", "TTXVN")
    assert _agency("VNA", "Tuổi Trẻ") == "VNA"


def test_a_print_editions_periodicity_names_the_paper() -> None:
    assert known_outlet("BANGKOK POST SUNDAY") == "Bangkok Post"
    assert known_outlet("Thanh Niên Cuối tuần") == known_outlet("Thanh Niên")
    # (near miss: a weekly no known paper's edition is no outlet the table knows)
    assert known_outlet("Mekong Harbour Weekly") == ""


def test_a_wire_caption_dated_with_a_months_short_form_is_a_caption() -> None:
    caption = "Dockers unload timber at a port in Durban, Feb. 14, 2026. (Xinhua/Lin Wei)"
    assert bracketed_credit(caption)


def test_two_sentences_before_a_wire_credit_stay_the_articles() -> None:
    # (near miss: a stop after the month's short form ends a sentence when no day follows)
    text = "Shipments resumed in Feb. The two ports agreed to share berths. (Xinhua/Lin Wei)"
    assert not bracketed_credit(text)


def test_a_headline_opening_on_a_hyphened_pair_of_countries_runs_on() -> None:
    from briefer.ingest.pdflayout import reflow

    text = (
        "Japan-Mexico\nEconomic Partnership\nturns twenty with record\ntrade\n\n"
        "Japan and Mexico marked twenty years of their economic partnership agreement on Monday"
        " with trade at a record, officials in Tokyo said at a ceremony for the occasion."
    )
    assert reflow(text).split("\n\n")[0] == (
        "Japan-Mexico Economic Partnership turns twenty with record trade"
    )


def test_a_spaced_pair_or_a_region_compound_is_no_attributive_row() -> None:
    from briefer.ingest.pdfjoin import pair_atop, pair_modifier

    assert pair_modifier("Viet Nam-New Zealand")
    # (near misses: a label of two sides spaced, a region's compound, a pair under prose)
    assert not pair_modifier("Việt Nam - Nhật Bản")
    assert not pair_modifier("Asia-Pacific")
    assert not pair_atop(["Japan-Mexico"], after_prose=lambda: True)


def test_the_pair_atop_asks_for_prose_above_only_of_a_one_row_pair() -> None:
    # review finding 15: whether the text above ends prose is asked last, of a paragraph
    # of one row that is a pair, not of every row
    from briefer.ingest.pdfjoin import pair_atop

    asked: list[bool] = []

    def after_prose() -> bool:
        asked.append(True)
        return False

    assert pair_atop(["Korea-Chile"], after_prose)
    assert asked == [True]
    assert not pair_atop(["Korea-Chile", "trade deal"], after_prose)
    assert not pair_atop(["Trade talks resume"], after_prose)
    assert asked == [True]


def test_a_titles_stop_before_a_bracketed_credit_ends_no_sentence() -> None:
    # review finding 5: "Dr." or "Mr." before the name, and a month's short form before the
    # day, are no sentence end: the caption is still one sentence before its credit
    from briefer.ingest.captions import bracketed_credit

    assert bracketed_credit("Dr. Le Thi Hoa speaks at a forum in Quito, Ecuador. (Reuters/Ana Paz)")
    assert bracketed_credit("Ms. Pham visits a port in Callao on Oct. 9, 2024. (AFP/Rui Lo)")
    # near miss: two sentences of the article before the credit stay prose
    assert not bracketed_credit(
        "Le Thi Hoa spoke at a forum. Ecuador agreed to buy rice. (Reuters/Ana Paz)"
    )

"""A series label or a row of topic tags in a byline's place names no writer; a research
post after a name does name one."""

from briefer.ingest.clean import clean
from briefer.ingest.notwriters import no_writer
from briefer.ingest.postbylines import post_writer


def test_series_labels_and_tag_rows() -> None:
    assert no_writer("Policy Brief")
    assert no_writer("Working Paper")
    assert no_writer("Topics Kenya Exports Coffee Africa")
    assert no_writer("Chủ đề Hợp tác Thương mại Châu Phi Kenya")
    # (names, even one that is a country's, short)
    assert not no_writer("Jordan Lee")
    assert not no_writer("Nguyễn Thị Minh Khai")


def test_series_label_beside_date_is_no_author() -> None:
    text = "\n\n".join(
        [
            "Small ports and big ships: the Lake Region's trade corridor",
            "Working Paper · 3 March 2025",
            "Trade between Viet Nam and the Lake Region reached USD 40 million in 2024, a rise "
            "of 12 percent on the year before.",
            "Exporters point to slow customs clearance at the border.",
        ]
    )
    assert clean(text).metadata.author == ""


def test_research_post_and_unit_after_the_name() -> None:
    text = "A headline\nAnna Berg, Senior Researcher, Trade and Development\nBody text."
    assert post_writer(text) == "Anna Berg"
    text_vi = "Tiêu đề\nLê Văn Hải, Nghiên cứu viên chính, Viện Kinh tế\nNội dung."
    assert post_writer(text_vi) == "Lê Văn Hải"
    # (a sentence is no byline)
    assert post_writer("Tiêu đề\nThe analyst, a senior researcher, said so.\n") == ""


def test_a_desk_report_byline_stays() -> None:
    assert not no_writer("Harbour Business Report")
    assert not no_writer("Staff Report")


def test_a_writer_with_a_post_in_a_country_is_no_tag_row() -> None:
    assert not no_writer("Minh Anh (Phóng viên thường trú tại Lào)")
    assert not no_writer("Anna Berg, correspondent in Kenya and Uganda")


def test_empty_name() -> None:
    assert not no_writer("")
    assert not no_writer("   ")

"""A speech's speaker on a line of their own is its author (briefer.ingest.speakerline)."""

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.speakerline import speaker_line


def test_speaker_with_post_joined_vi() -> None:
    text = (
        "Phát biểu chào mừng Hội nghị giao thương\n"
        "Bà Trần Thu Hà Phó Chủ tịch Hiệp hội Cà phê\n"
        "Kính thưa các quý vị đại biểu!\nTôi xin chào mừng các đại biểu."
    )
    assert speaker_line(text) == "Trần Thu Hà"


def test_speaker_line_en() -> None:
    text = "Opening remarks\nMr Tom Baker\nMinister of Trade\nExcellencies, ladies and gentlemen,"
    assert speaker_line(text) == "Tom Baker"


def test_no_speech_no_speaker() -> None:
    assert speaker_line("Ông Lê Văn Ba\nÔng Ba cho biết giá cà phê tăng.") == ""


def test_the_speaker_is_the_documents_author(tmp_path: Path) -> None:
    # (what the desk sees: the speech's author field, not only the helper's answer)
    path = tmp_path / "speech.txt"
    path.write_text(
        "Phát biểu chào mừng Hội nghị giao thương\n"
        "Bà Trần Thu Hà Phó Chủ tịch Hiệp hội Cà phê\n"
        "Kính thưa các quý vị đại biểu!\n\n"
        "Tôi xin chào mừng các đại biểu đến dự Hội nghị giao thương Việt Nam - Chile.\n\n"
        "Năm 2024, kim ngạch thương mại Việt Nam - Chile đạt 1,9 tỷ USD.\n"
    )
    assert analyse(path).metadata.author == "Trần Thu Hà"

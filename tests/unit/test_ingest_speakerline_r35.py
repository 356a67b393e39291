"""A speech's speaker on a line of their own is its author (briefer.ingest.speakerline)."""

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

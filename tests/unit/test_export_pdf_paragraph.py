"""A paragraph measured again at the same width keeps its lines; at another width, or once
reportlab has dropped them, it breaks them again (and the result is what a fresh one gives)."""

from __future__ import annotations

from typing import Any

import pytest

from briefer.export.fonts import register_fonts
from briefer.export.pdf_layout import BriefParagraph, make_styles

TEXT = (
    "Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971; hai nước là Đối tác "
    "toàn diện từ năm 2007 và kim ngạch thương mại hai chiều đạt hơn 1,3 tỷ USD. " * 4
)


def test_the_same_width_breaks_the_lines_once(monkeypatch: pytest.MonkeyPatch) -> None:
    style = make_styles(register_fonts()).body
    para = BriefParagraph(TEXT, style)
    calls: list[Any] = []
    real = BriefParagraph.breakLines

    def counted(self: BriefParagraph, widths: Any) -> Any:
        calls.append(widths)
        return real(self, widths)

    monkeypatch.setattr(BriefParagraph, "breakLines", counted)
    first = para.wrap(400, 800)
    assert para.wrap(400, 300) == first and len(calls) == 1
    narrow = para.wrap(250, 800)
    assert narrow[1] > first[1] and len(calls) == 2  # another width: broken again
    del para.blPara  # what reportlab does when a split leaves no room to adjust
    assert para.wrap(250, 800) == narrow and len(calls) == 3
    fresh = BriefParagraph(TEXT, style)
    assert fresh.wrap(250, 800) == narrow
    assert fresh.blPara.lines == para.blPara.lines


def test_each_face_answers_its_ascent_and_descent_as_its_file_says() -> None:
    # reportlab asks the font first and the face only when the font has none: the same
    # numbers either way, read from the font file.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFontFile

    from briefer.export.fonts import font_files

    register_fonts()
    for name, path in font_files().items():
        font = pdfmetrics.getFont(name)
        parsed = TTFontFile(str(path))
        assert (font.ascent, font.descent) == (parsed.ascent, parsed.descent)
        assert pdfmetrics.getAscentDescent(name, 14) == (
            parsed.ascent * 14 / 1000,
            parsed.descent * 14 / 1000,
        )

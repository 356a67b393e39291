"""briefer.text.normalize: what the store keeps and what the writers emit (DESIGN.md §4)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from briefer.text.normalize import (
    clean_for_output,
    collapse_spaces,
    normalize,
    repair_lookalikes,
    strip_control,
)

# Sentences copied from the seed articles (shared/seeds), with their own oddities.
SEED_000_ETH = (
    "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Lương Cường dẫn đầu "
    "\u00d0oàn đại biểu cấp cao Việt Nam thăm chính thức Cộng hòa Chile"
)
SEED_000_PARTNER = (
    "nhất là sau khi hai nước thiết lập quan hệ \u00d0ối tác toàn diện vào tháng 5/2007."
)
SEED_000_SENTENCE_START = "\u00d0ây cũng là chuyến thăm cấp cao nhất của lãnh đạo Việt Nam"
SEED_003_NBSP = (
    "nhân dịp tham dự Hội nghị Cấp cao APEC\u00a0lần thứ 30, Chủ tịch nước Võ Văn Thưởng"
)

# Any text, with lone surrogates and the controls Word and pasted text bring along.
xml_text = st.text(
    alphabet=st.characters() | st.sampled_from("\ud800\udfff\x0b\x0c\x00\r\ufffe\uffff"),
    max_size=60,
)


def test_seed_000_eth_becomes_d_with_stroke() -> None:
    assert "\u00d0" in SEED_000_ETH
    out = normalize(SEED_000_ETH)
    assert "Đoàn đại biểu" in out
    assert "\u00d0" not in out
    assert normalize("Ðoàn đại biểu") == "Đoàn đại biểu"
    assert normalize(SEED_000_PARTNER).endswith("quan hệ Đối tác toàn diện vào tháng 5/2007.")
    assert normalize(SEED_000_SENTENCE_START).startswith("Đây cũng là")


def test_lowercase_eth_and_the_currency_abbreviation() -> None:
    assert normalize("ðại biểu") == "đại biểu"
    assert normalize("1.000 VNÐ") == "1.000 VNĐ"


def test_icelandic_names_keep_their_eth() -> None:
    # Only Vietnamese words are repaired: eth never starts an Icelandic word.
    assert normalize("Tổng thống Iceland Guðni Th. Jóhannesson") == (
        "Tổng thống Iceland Guðni Th. Jóhannesson"
    )
    assert repair_lookalikes("GUÐNI") == "GUÐNI"


def test_seed_003_no_break_space_becomes_a_space() -> None:
    out = normalize(SEED_003_NBSP)
    assert "APEC lần thứ 30" in out
    assert "\u00a0" not in out


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2007", "\u2009", "\u3000"])
def test_odd_spaces_become_plain(space: str) -> None:
    assert normalize(f"Việt{space}Nam") == "Việt Nam"


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\ufeff"])
def test_zero_width_characters_are_dropped(invisible: str) -> None:
    assert normalize(f"Lương{invisible} Cường") == "Lương Cường"


def test_nfd_input_is_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Lương Cường")
    assert decomposed != "Lương Cường"
    assert normalize(decomposed) == "Lương Cường"


def test_zero_width_between_letter_and_mark_does_not_block_composition() -> None:
    assert normalize("Vie\u200b\u0302\u0323t") == "Việt"


def test_line_endings_become_newlines_and_paragraphs_stay() -> None:
    text = "Đoạn một.\r\n\r\nĐoạn hai.\rDòng ba.\u2028Dòng bốn."
    assert normalize(text) == "Đoạn một.\n\nĐoạn hai.\nDòng ba.\nDòng bốn."


def test_everything_else_is_kept() -> None:
    text = "“Trao quyền. Bao trùm. Tăng trưởng” – 0:00 / 0:00\n\n\tTin liên quan…"
    assert normalize(text) == text


def test_strip_control_maps_vertical_tab_and_form_feed_to_line_breaks() -> None:
    assert strip_control("Dòng một\x0bDòng hai\x0cDòng ba") == "Dòng một\nDòng hai\nDòng ba"
    assert strip_control("a\x00b\x01c\x1fd\ud800e\ufffef\uffffg") == "abcdefg"
    assert strip_control("giữ\ttab\nvà dòng") == "giữ\ttab\nvà dòng"
    assert strip_control("Windows\r\nline") == "Windows\nline"


def test_clean_for_output_composes_repairs_and_strips() -> None:
    raw = unicodedata.normalize("NFD", "Ðoàn đại biểu\x0bcấp cao\x00")
    assert clean_for_output(raw) == "Đoàn đại biểu\ncấp cao"


def test_clean_for_output_reads_words_as_the_stored_text_does() -> None:
    # (found by the DOCX writer's property test: a control character parts two words in the
    # stored text, so an eth starting the second is a đ; dropping the control character
    # first glued the words and left the eth, and the document disagreed with the store)
    assert normalize("A\x08Ð") == "A\x08Đ"
    assert clean_for_output("A\x08Ð") == "AĐ"
    # a control character between a letter and its mark no longer keeps them apart
    assert clean_for_output("a\x08\u0301") == "á"
    # an Icelandic name keeps its eth; with a control character inside, the output says what
    # the store says
    assert clean_for_output("Guðni Th. Jóhannesson") == "Guðni Th. Jóhannesson"
    for raw in ("Gu\x08ðni", "Ð\x00oàn", "x\x1fð"):
        assert clean_for_output(raw) == strip_control(normalize(raw))


def test_clean_for_output_keeps_a_deliberate_no_break_space() -> None:
    assert clean_for_output("25\u00a0tháng") == "25\u00a0tháng"


def test_collapse_spaces() -> None:
    text = "  Chủ tịch   nước\t\tLương Cường  \n\n Đoàn  đại biểu \t"
    assert collapse_spaces(text) == "Chủ tịch nước Lương Cường\n\nĐoàn đại biểu"


# --- properties -------------------------------------------------------------------------


@settings(max_examples=150)
@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=120)
@given(st.text())
def test_normalize_output_is_nfc_with_plain_spaces_and_newlines(text: str) -> None:
    out = normalize(text)
    assert unicodedata.is_normalized("NFC", out)
    assert not set(out) & set("\r\u00a0\u202f\u2007\u200b\u200c\u200d\ufeff\u2028\u2029")


@settings(max_examples=150)
@given(xml_text)
def test_strip_control_output_is_xml_safe(text: str) -> None:
    out = strip_control(text)
    # lxml is what python-docx writes with: it refuses any character XML 1.0 forbids.
    element = etree.Element("t")
    element.text = out
    assert etree.fromstring(etree.tostring(element, encoding="utf-8")).text in (out, None)
    assert "\x0b" not in out and "\x0c" not in out and "\r" not in out


@settings(max_examples=120)
@given(xml_text)
def test_clean_for_output_is_xml_safe_nfc_and_idempotent(text: str) -> None:
    out = clean_for_output(text)
    element = etree.Element("t")
    element.text = out  # raises ValueError on an XML-illegal character
    assert unicodedata.is_normalized("NFC", out)
    assert clean_for_output(out) == out


@settings(max_examples=120)
@given(st.text(alphabet=st.sampled_from(" \t\naàb\u00a0"), max_size=40))
def test_collapse_spaces_leaves_no_runs_and_no_line_end_blanks(text: str) -> None:
    out = collapse_spaces(text)
    assert "  " not in out and "\t" not in out
    assert all(line == line.strip(" ") for line in out.split("\n"))
    assert out.count("\n") == text.count("\n")
    assert collapse_spaces(out) == out


def test_printable_is_what_both_document_writers_keep() -> None:
    """One rule for DOCX and PDF: NFC, tab and line breaks kept, other controls dropped."""
    from briefer.text.controls import printable

    decomposed = unicodedata.normalize("NFD", "Hà Nội")
    text = f"a\x00b\x07c\td\ne\x1bf\x7fg\x85h\x9fi\ud800j\ufffek {decomposed}"
    out = printable(text)
    assert out == "abc\td\nefghijk Hà Nội"
    assert printable(out) == out
    # Every character left is one XML 1.0 accepts (lxml raises otherwise).
    etree.fromstring(f"<p>{out.replace('&', '&amp;').replace('<', '&lt;')}</p>".encode())


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_both_document_writers_share_the_printable_rule(text: str) -> None:
    from briefer.export.docx_text import clean_lines
    from briefer.export.pdf import clean_text

    for line in clean_lines(text):
        assert all(ch == "\t" or ch >= " " for ch in line)
        assert not any("\x7f" <= ch <= "\x9f" or "\ud800" <= ch <= "\udfff" for ch in line)
    assert not any(ch < " " or "\x7f" <= ch <= "\x9f" for ch in clean_text(text))

"""Round 104's speed cuts give the same answers as the walks and scans they skip: the
character scan (``briefer.text.symbolscan``) and each rule's early exit, on sentences of our
own (not the corpus's)."""

from __future__ import annotations

import unicodedata

import pytest

from briefer.ingest import indicators, lines, prompts
from briefer.ingest.countspans import counting_span, event_dates
from briefer.ingest.keywords import EVENT_CUES
from briefer.text.dates import find_dates
from briefer.text.symbolscan import _SCANNED, RARE_CATEGORIES, only_common


def test_only_common_agrees_with_unicodedata_on_every_scanned_character() -> None:
    for low, high in _SCANNED:
        for code in range(low, high):
            char = chr(code)
            assert only_common(f"ab{char}cd") == (
                unicodedata.category(char) not in RARE_CATEGORIES
            ), hex(code)


@pytest.mark.parametrize(
    "text",
    [
        "Plain words, 42 digits and $ signs.",
        "Đoàn đại biểu tỉnh Bến Tre thăm Uganda, hợp tác về thủy sản.",
    ],
)
def test_only_common_says_none_for_latin_and_vietnamese_text(text: str) -> None:
    assert only_common(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nghe 🔊",  # a pictograph outside the scanned ranges
        "Bản quyền © 2024",  # © is a symbol (So)
        "Nhiệt độ 31°C",  # ° too
        "co\u00adoperation",  # a soft hyphen (Cf)
        unicodedata.normalize("NFD", "Hợp tác"),  # combining marks (Mn)
        "Москва",  # outside the scanned ranges: the walk decides
    ],
)
def test_only_common_sends_rare_characters_to_the_walk(text: str) -> None:
    assert not only_common(text)


_LINES = [
    "▶ Xem video",
    "Listen 🎧",
    "Bạn thấy bài viết này thế nào?",
    "Was this story useful? 👍 Yes (4) 👎 No (1)",
    "Thích (12)  Thú vị (3)",
    "Hội nghị thúc đẩy hợp tác thương mại giữa Ghana và Việt Nam diễn ra tại Accra.",
    "Share your view with us",
    unicodedata.normalize("NFD", "Bạn nghĩ gì về bài này?"),
]


@pytest.mark.parametrize("text", _LINES)
def test_line_rules_are_the_same_with_and_without_the_scan(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = (lines._button(text), prompts.reader_prompt(text))
    # (the scan switched off: every line is walked character by character, as before)
    monkeypatch.setattr(lines, "only_common", lambda _text: False)
    monkeypatch.setattr(prompts, "only_common", lambda _text: False)
    assert (lines._button(text), prompts.reader_prompt(text)) == fast


def test_the_line_rules_still_see_pictographs() -> None:
    assert lines._button("▶ Xem video")
    assert not lines._button("Xem video")


def _event_dates_unfiltered(sentence: str) -> list[object]:
    dates = find_dates(sentence)
    if any(cue.pattern.search(sentence) for cue in EVENT_CUES):
        return list(dates)
    return [d for d in dates if not counting_span(d)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong 8 tháng năm 2024, xuất khẩu sang Ghana đạt 120 triệu USD.",
        "In the first seven months of 2023, shipments to Benin reached $40 million.",
        "Trong 8 tháng năm 2024, hai bên đã ký kết 3 thỏa thuận hợp tác.",
        "The ministers met in Cotonou on 4 March 2023.",
        "Cooperation in farming has room to grow.",
    ],
)
def test_event_dates_are_the_same_as_without_the_early_exit(sentence: str) -> None:
    assert event_dates(sentence, find_dates(sentence)) == _event_dates_unfiltered(sentence)


def test_event_dates_without_a_run_of_months_keeps_every_date() -> None:
    sentence = "Hai bộ trưởng gặp nhau tại Lomé ngày 5/6/2023."
    found = find_dates(sentence)
    assert found and event_dates(sentence, found) == found
    assert event_dates("No date here.", []) == []


def test_a_foreign_total_needs_a_total_named() -> None:
    # a country named, but no "total exports of": no foreign total, countries unread
    assert not indicators._foreign_total("Exports of cashew to Togo rose 9% this year.")
    assert indicators._foreign_total("Total coffee exports of Ethiopia rose 9% this year.")


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("Inflation in Togo slowed to 2.4 percent in May.", True),
        ("Lạm phát của Togo tháng 5/2025 ở mức 2,4%.", True),
        ("Total coffee exports of Ethiopia rose 9% to $1.4 billion.", True),
        ("Bilateral trade between Togo and Vietnam rose 9% in May.", False),
        ("Inflation in Togo slowed while bilateral trade with Vietnam rose 9%.", False),
        ("The delegation visited a cashew plant in Lomé.", False),
    ],
)
def test_own_indicators_on_sentences_of_our_own(sentence: str, own: bool) -> None:
    assert indicators.own_indicators(sentence) is own

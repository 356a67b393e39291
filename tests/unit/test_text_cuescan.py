"""The cue scan before a regex (briefer.text.cuescan): the literal words it reads from a
pattern, and the same answers as the pattern itself, on patterns and texts of our own."""

from __future__ import annotations

import re

import pytest

from briefer.ingest import indicators, owngauges
from briefer.text.cuescan import Cued, cues


def test_cues_are_the_literals_every_match_holds() -> None:
    # (the longest required literal of a sequence; one per branch of an alternation)
    assert cues(re.compile(r"(?<!\w)(?:copper|zinc)\s+exports?\b")) == {"export"}
    assert cues(re.compile(r"\b(?:lúa\s+gạo|cà\s+phê)\b")) == {"lúa", "phê"}
    assert cues(re.compile(r"(?:ab)+cd")) in ({"ab"}, {"cd"})


@pytest.mark.parametrize(
    ("pattern", "want"),
    [
        (r"\d+\s*%", None),  # no literal at all
        (r"(?:tons?|\d+)\s", None),  # a branch without one
        (r"(?:kg)?\s*\d", None),  # an optional literal is not required
        (r"(?i:tonnes)\s+of", {"of"}),  # an inline flag group is not read; "of" is required
        (r"(?<=export )\d+", None),  # a look-behind's words are not the match's
    ],
)
def test_no_cue_is_read_where_a_match_may_lack_it(pattern: str, want: set[str] | None) -> None:
    assert cues(re.compile(pattern)) == want


_PATTERNS = [
    re.compile(r"(?<![^\W\d_])(?:giá\s+cà\s+phê|coffee\s+prices?)(?![^\W\d_])", re.IGNORECASE),
    re.compile(r"\b(?:total|overall)\s+(?:[\w-]+\s+){0,2}?shipments\b", re.IGNORECASE),
    re.compile(r"(?:Bộ\s+trưởng|Minister)\s+[A-ZĐ]\w+", re.ASCII),
    re.compile(r"(?:STRASSE|Kelvin)\s+(?:ıi|is)", re.IGNORECASE),
    re.compile(r"(?:[Tt]hành\s+phố|city)\s+of\b"),
]
_TEXTS = [
    "Giá cà phê robusta tăng 4% trong tuần.",
    "GIÁ CÀ PHÊ xuất khẩu sang Algeria",
    "Coffee Prices fell in Kampala.",
    "Total fresh fruit shipments rose to 9,000 tonnes.",
    "OVERALL SHIPMENTS rose.",
    "Bộ trưởng Nguyễn Văn An tiếp Minister Ouédraogo",
    "minister smith",
    "straſſe Kelvin İs",  # (long s and the Kelvin sign: letters IGNORECASE matches)
    "KELVIN is cold",
    "Thành phố of Huế; thành phố Cần Thơ; the city of Tunis",
    "nothing here at all",
    "",
]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:30])
def test_cued_answers_as_the_pattern(pattern: re.Pattern[str]) -> None:
    cued = Cued(pattern)
    assert cued.cue is not None
    for text in _TEXTS:
        for pos, endpos in ((0, len(text)), (3, len(text)), (0, max(0, len(text) - 5))):

            def spans(got: object) -> object:
                return got.span() if isinstance(got, re.Match) else got

            assert spans(cued.search(text, pos, endpos)) == spans(pattern.search(text, pos, endpos))
            assert spans(cued.match(text, pos, endpos)) == spans(pattern.match(text, pos, endpos))
            assert spans(cued.fullmatch(text, pos, endpos)) == spans(
                pattern.fullmatch(text, pos, endpos)
            )
            assert [m.span() for m in cued.finditer(text, pos, endpos)] == [
                m.span() for m in pattern.finditer(text, pos, endpos)
            ]


def test_cued_finds_what_the_pattern_finds() -> None:
    cued = Cued(_PATTERNS[0])
    found = cued.search("Theo hiệp hội, giá cà phê tăng 4%.")
    assert found is not None and found.group() == "giá cà phê"
    assert cued.search("Theo hiệp hội, giá hồ tiêu tăng 4%.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo dự báo của ngân hàng trung ương, kinh tế Ghana sẽ tăng trưởng 5% năm 2026.",
        "The central bank expects the Malian economy to grow 4.8 percent next year.",
        "Ghana is the world's second largest cocoa exporter.",
        "GRDP của tỉnh Bình Định tăng 7,2%.",
        "Thu nhập bình quân đầu người của Bờ Biển Ngà đạt 2.700 USD.",
        "Senegal received 1.9 million international arrivals last year.",
        "Hai bên nhất trí thúc đẩy hợp tác nông nghiệp.",
    ],
)
def test_the_wrapped_gauges_answer_as_their_patterns(sentence: str) -> None:
    for cued in (
        indicators._WORLD_CUED,
        indicators._GRDP_CUED,
        indicators._FORECAST_CUED,
        owngauges._OWN_GAUGE_CUED,
        owngauges._ARRIVALS_CUED,
    ):
        got, want = cued.search(sentence), cued.pattern.search(sentence)
        assert (got and got.span()) == (want and want.span())


class _Refuses:
    """A pattern that must not be run (the cue scan should have answered for it)."""

    flags = 0

    def search(self, *args: object) -> None:
        raise AssertionError("the pattern ran on a text without any of its cues")


def test_the_wrapped_gauges_skip_a_sentence_without_their_cues() -> None:
    # (review of session 26: the answers-alike test above also passes with no filter at all)
    import copy

    for cued in (
        indicators._WORLD_CUED,
        indicators._GRDP_CUED,
        indicators._FORECAST_CUED,
        owngauges._OWN_GAUGE_CUED,
        owngauges._ARRIVALS_CUED,
    ):
        assert cued.cue is not None, cued.pattern.pattern[:40]
        spy = copy.copy(cued)
        spy.pattern = _Refuses()  # type: ignore[assignment]
        assert spy.search("Mưa lớn kéo dài ở Đà Lạt.") is None

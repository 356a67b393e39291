"""Stories a pasted page lists beside its article leave the body (storylists, r44)."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.found import Line
from briefer.ingest.storylists import mark_story_lists

_LEAD = "Vietnam and Chile agreed on Monday to raise two-way trade to $3 billion by 2027."


def test_headlines_over_their_days_are_a_list() -> None:
    lines = [
        Line(_LEAD),
        Line("Exports to Chile rose 9% in 2024, customs data showed."),
        Line("Rice prices climb for a third week"),
        Line("12/09/2025 Read more"),
        Line("Giá cà phê hôm nay tăng mạnh?"),
        Line("Tue, 14 Oct 2025 08:15:00 +0700"),
        Line("Doanh nghiệp cần lưu ý khi giao dịch với đối tác mới..."),
    ]
    mark_story_lists(lines)
    assert lines[0].kept and lines[1].kept
    assert [lines[i].reason for i in (2, 4, 6)] == ["related headline"] * 3


def test_one_dated_heading_is_no_list() -> None:
    lines = [
        Line(_LEAD),
        Line("Background"),
        Line("03/10/2025"),
        Line("The two countries signed a free trade agreement in 2011, officials said."),
    ]
    mark_story_lists(lines)
    assert lines[1].kept


def test_video_title_over_running_time() -> None:
    lines = [
        Line(_LEAD),
        Line("Chile's copper boom explained"),
        Line("02:47"),
        Line("Chile is the world's largest copper producer, the ministry said."),
    ]
    mark_story_lists(lines)
    assert lines[1].reason == "related headline"
    assert lines[3].kept


def test_title_over_its_day_above_the_lead_stays() -> None:
    lines = [Line("Vietnam, Chile eye $3 billion trade"), Line("05/11/2025 14:20"), Line(_LEAD)]
    lines.append(Line("Headline two"))
    lines.append(Line("06/11/2025"))
    mark_story_lists(lines)
    assert lines[0].kept


def test_table_of_contents_entries_leave_headings_stay() -> None:
    lines = [
        Line("1. Xuất khẩu tăng mạnh"),
        Line("2. Thách thức về logistics"),
        Line(_LEAD),
        Line("Xuất khẩu tăng mạnh"),
        Line("Exports to Chile rose 9% in 2024, customs data showed."),
        Line("Thách thức về logistics"),
        Line("Shipping takes 40 days, traders said."),
    ]
    mark_story_lists(lines)
    assert lines[0].reason == lines[1].reason == "contents"
    assert lines[3].kept and lines[5].kept


def test_numbered_list_without_headings_stays() -> None:
    lines = [Line(_LEAD), Line("1. Rice"), Line("2. Coffee"), Line("Rice exports rose 5%.")]
    mark_story_lists(lines)
    assert lines[1].kept and lines[2].kept


_LISTED = "\n".join(
    [
        "Vietnam and Chile eye $3 billion in trade",
        _LEAD,
        "Exports to Chile rose 9% in 2024, customs data showed.",
        "Rice prices climb for a third week",
        "12/09/2025 Read more",
        "Giá cà phê hôm nay tăng mạnh?",
        "Tue, 14 Oct 2025 08:15:00 +0700",
        "Doanh nghiệp cần lưu ý khi giao dịch với đối tác mới...",
    ]
)


def test_a_pasted_page_loses_the_stories_listed_beside_its_article() -> None:
    body = clean(_LISTED).body
    assert _LEAD in body
    assert "Exports to Chile rose 9% in 2024" in body
    for gone in ("Rice prices climb", "Giá cà phê", "Doanh nghiệp cần lưu ý"):
        assert gone not in body


def test_a_listed_storys_read_more_row_leaves_with_it() -> None:
    assert "Read more" not in clean(_LISTED).body

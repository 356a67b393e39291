"""Round 26 writer rules, on wording of our own: a name then a post at the outlet, a closing
"Name - Cổng/Báo …" byline, a speech's speaker when the text is the speech, and a paper's
writer whose name runs into the body they work at."""

from __future__ import annotations

from briefer.ingest.dochead import degree_writer
from briefer.ingest.postbylines import post_writer, speech_speaker

_LEAD = (
    "The port authority said on Monday that container volumes rose by a fifth in the first "
    "half of the year, led by shipments of furniture and electronics."
)


def test_a_name_then_a_post_at_the_outlet_is_the_writer() -> None:
    text = f"Ports race to expand\n\nMARIA OKONKWO, Harbour Times staff writer\n\n{_LEAD}"
    assert post_writer(text) == "Maria Okonkwo"
    assert post_writer(f"Ports race\n\nLars Eng, Nordic correspondent\n\n{_LEAD}") == "Lars Eng"
    # (a unit before the post is no person)
    assert post_writer(f"Ports\n\nNews Desk, staff writer\n\n{_LEAD}") == ""


def test_a_closing_name_then_the_outlet_in_short_is_the_writer() -> None:
    text = f"Tỉnh tiếp đoàn doanh nghiệp\n\n{_LEAD}\n\nLan Chi - Cổng TTĐT tỉnh\nIn bài viết"
    assert post_writer(text) == "Lan Chi"
    assert post_writer(f"Tin\n\n{_LEAD}\n\nThu Hà - Báo Sông Xanh") == "Thu Hà"
    # (a unit of the publisher signing is no writer)
    assert post_writer(f"Tin\n\n{_LEAD}\n\nBan Biên tập - Cổng TTĐT tỉnh") == ""


_SPEECH = "Excellencies, ladies and gentlemen,\n\nIt is an honour to open this forum today."


def test_a_speech_s_speaker_is_its_author_when_the_text_is_the_speech() -> None:
    title = "Nordic-Vietnam Trade Forum: speech by Minister Anna Lind"
    assert speech_speaker(title, f"{title}\n\nPublished on 2.3.2025\n\n{_SPEECH}") == "Anna Lind"
    vi = "Phát biểu của Bộ trưởng Trần Văn Nam tại Diễn đàn Hợp tác"
    assert speech_speaker(vi, f"{vi}\n\nKính thưa quý vị đại biểu,\n\nTôi rất vui.") == (
        "Trần Văn Nam"
    )
    # (a site that introduces the speech in its own words first: another's text)
    intro = (
        "On Monday the university hosted the forum, and its news page presents the full "
        "text of the minister's speech below."
    )
    assert speech_speaker(title, f"{title}\n\n{intro}\n\n{_SPEECH}") == ""
    # (a title in capitals naming an office, no person)
    caps = "SPEECH BY THE MINISTER OF TRADE"
    assert speech_speaker(caps, f"{caps}\n\n{_SPEECH}") == ""


def test_a_degree_and_name_run_into_the_writer_s_body() -> None:
    title = "Quan hệ thương mại Việt Nam - Chile: thực trạng và triển vọng"
    text = f"{title}\nTS. Lê Minh Châu Viện Kinh tế Thế giới Ngày nhận bài: 1/10/2025\n{_LEAD}"
    assert degree_writer(text, title) == "Lê Minh Châu"
    text = f"{title}\nThS. Lê Minh Châu - Viện Kinh tế Thế giới\n{_LEAD}"
    assert degree_writer(text, title) == "Lê Minh Châu"

"""An uncredited caption pasted between the headline and the lead, naming the picture, is
a photo caption; a standfirst or a line in the article is not."""

from briefer.ingest.captions import mark_captions
from briefer.ingest.leadcaption import head_caption
from briefer.ingest.lines import Line

_LEAD_EN = "Kenya and Vietnam agreed on Monday to expand trade in tea, rice and machinery parts."
_LEAD_VI = (
    "Chiều 12/5, tại Hà Nội, Bộ trưởng Công Thương đã tiếp Đại sứ Kenya tại Việt Nam, hai bên "
    "nhất trí thúc đẩy thương mại chè, gạo và máy móc nông nghiệp trong thời gian tới."
)


def test_a_caption_over_the_lead_en() -> None:
    lines = [
        Line("Kenya, Vietnam to expand trade"),
        Line("The trade minister poses for a photo with the visiting delegation in Nairobi"),
        Line(_LEAD_EN),
    ]
    mark_captions(lines, "Kenya, Vietnam to expand trade")
    assert lines[1].reason == "photo caption"
    assert lines[2].kept


def test_a_caption_over_the_lead_vi() -> None:
    lines = [
        Line("Việt Nam - Kenya thúc đẩy thương mại"),
        Line("Bộ trưởng Công Thương (thứ hai từ phải) chụp ảnh lưu niệm với Đoàn"),
        Line(_LEAD_VI),
    ]
    assert head_caption(lines, 1)


def test_a_standfirst_or_an_article_line_stays() -> None:
    lines = [
        Line("Kenya, Vietnam to expand trade"),
        Line("Two-way trade could double within three years, officials said"),
        Line(_LEAD_EN),
        Line("The minister in a group photograph with the delegation"),
        Line(_LEAD_EN),
    ]
    assert not head_caption(lines, 1)
    assert not head_caption(lines, 3)  # (below the lead: the article's own line)

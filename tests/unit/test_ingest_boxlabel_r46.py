"""A box's writers when the byline reader took no one: the label and each name on a line of
its own, as a PDF's reflow gives a side box (r46)."""

from briefer.ingest.authorbox import box_writers


def test_box_lists_writers_when_no_byline_was_taken_vi_en() -> None:
    text = "Tiêu đề\nTÁC GIẢ\nTS. Lê Văn An\nThS. Phạm Thị Bình\nNhóm Nghiên cứu Biển\nBài viết."
    assert box_writers("", text) == "Lê Văn An, Phạm Thị Bình"
    text_en = "Title\nAUTHORS\nDr Jane Roe\nProf. John Poe\nTrade Research Team\nText."
    assert box_writers("", text_en) == "Jane Roe, John Poe"


def test_another_writer_or_no_degrees_keep_nothing() -> None:
    text = "TÁC GIẢ\nTS. Lê Văn An\nBài viết."
    assert box_writers("Trần Minh", text) == ""  # (the byline's own writer stands)
    assert box_writers("", "TÁC GIẢ\nLê Văn An\nBài viết.") == ""  # (no degree: no sure list)

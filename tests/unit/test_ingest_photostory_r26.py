"""A photo story's captions are its text; an article's few captions are the pictures'."""

from __future__ import annotations

from briefer.ingest.webpage import read_webpage


def _figure(n: int, caption: str) -> str:
    return (
        f'<figure><img src="/i/{n}.jpg"><div class="counter">{n}/4</div>'
        f'<figcaption>{caption}</figcaption><span class="credit">Photo: Jo Bloggs</span></figure>'
    )


_STORY_EN = [
    "Dancers from the visiting troupe open the festival on the riverside stage on Friday.",
    "A stall shows pickled herring, rye bread and amber jewellery from the Baltic coast.",
    "Two-way trade reached 96 million USD last year, up 11% on the year before.",
    "Children paint the harbour of the partner city in a workshop for young visitors.",
]
_STORY_VI = [
    "Đoàn nghệ thuật của nước bạn biểu diễn tiết mục mở màn lễ hội bên bờ sông tối thứ Sáu.",
    "Gian hàng giới thiệu cá trích muối, bánh mì lúa mạch đen và đồ trang sức hổ phách.",
    "Năm 2024, thương mại hai chiều đạt 96 triệu USD, tăng 11% so với năm trước.",
    "Thiếu nhi thành phố vẽ tranh về bến cảng của thành phố kết nghĩa trong buổi giao lưu.",
]


def _page(captions: list[str], paragraphs: list[str]) -> bytes:
    figures = "".join(_figure(n, c) for n, c in enumerate(captions, start=1))
    prose = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Festival days</title></head><body><h1>Festival days</h1>"
        f"<section><p>The festival ran for three days in the old town square.</p>{figures}"
        f"{prose}</section></body></html>"
    ).encode()


def test_photo_story_captions_stay_as_paragraphs_en() -> None:
    page = read_webpage(_page(_STORY_EN, []), "story.html")
    for caption in _STORY_EN:
        assert caption in page.text
    assert "Photo: Jo Bloggs" not in page.text
    assert "1/4" not in page.text


def test_photo_story_captions_stay_as_paragraphs_vi() -> None:
    page = read_webpage(_page(_STORY_VI, []), "phongsu.html")
    for caption in _STORY_VI:
        assert caption in page.text


def test_an_articles_captions_still_go() -> None:
    long_prose = [
        "The ministers met in the capital on Monday to review the trade agreement signed "
        "three years ago and agreed to open a joint working group on customs procedures. " * 3
    ] * 4
    page = read_webpage(_page(_STORY_EN, long_prose), "article.html")
    assert "The ministers met in the capital" in page.text
    assert _STORY_EN[0] not in page.text

"""A live blog's entries are all its article, not the longest one (ingest/livefeed.py)."""

from briefer.ingest.webpage import read_webpage

_ENTRY = '<div class="post{extra}"><span class="stamp">{t}</span><p>{p}</p></div>'


def _page(entries: list[tuple[str, str]], extra: str = "") -> bytes:
    feed = "".join(
        _ENTRY.format(t=t, p=p, extra=extra if i == 0 else "") for i, (t, p) in enumerate(entries)
    )
    return (
        "<html><head><title>LIVE: Summit in Lima</title></head><body><h1>LIVE: Summit in Lima"
        f'</h1><div class="feed">{feed}</div></body></html>'
    ).encode()


def test_every_entry_of_a_live_blog_is_read() -> None:
    entries = [
        ("15:20", "The two presidents signed four agreements on trade, fisheries and education."),
        ("12:05", "Talks began at noon at the presidential palace, officials said."),
        ("09:40", "Bilateral trade reached USD 1.2 billion in 2024, up 14 percent on the year."),
    ]
    text = read_webpage(_page(entries, extra=" pinned"), "live.html").text
    assert all(p in text for _, p in entries)


def test_vietnamese_entries() -> None:
    entries = [
        ("16:10", "Hai bên ký kết ba văn kiện hợp tác về thương mại, nông nghiệp và giáo dục."),
        ("11:30", "Hội đàm diễn ra tại Phủ Chủ tịch ngay sau lễ đón chính thức."),
        ("08:45", "Kim ngạch thương mại song phương năm 2024 đạt 350 triệu USD, tăng 9%."),
    ]
    text = read_webpage(_page(entries), "truc-tiep.html").text
    assert all(p in text for _, p in entries)

"""Round r95: a pasted page's own name where the outlet table knows it — the masthead
opening one of its first lines (after the header's date), the address its copyright line
holds, the site's ask to install its app — and the near-misses that name no outlet."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.outletforms import followed_name
from briefer.ingest.pastedknown import copyright_domain, known_head


def test_known_masthead_glued_to_the_header_links() -> None:
    text = "The Japan Times Sign in Subscribe\nWorld | Asia | Business\nTokyo, Seoul agree on…"
    assert known_head(text) == "The Japan Times"


def test_known_masthead_after_the_days_date() -> None:
    text = "Chủ Nhật, 05/04/2026 Dân Trí Tuyển sinh Sức khỏe\nXã hội | Thế giới\nBài viết"
    assert known_head(text) == "Dân Trí"


def test_header_words_the_table_does_not_know_name_no_outlet() -> None:
    # (a section's name and a slogan at the head: words, not a masthead the table knows)
    assert known_head("Business\nMarkets close higher on Friday\nWorld news") == ""
    # (a known name deep in the body is no masthead)
    text = "Politics | World\nTrade talks resume\nA minister told Khmer Times on Monday …"
    assert known_head(text) == ""


def test_copyright_line_holding_the_sites_address() -> None:
    text = (
        "Related\nMarkets close higher\nCopyright (c) 2026 khmertimeskh.com. All rights reserved."
    )
    assert copyright_domain(text) == "Khmer Times"


def test_copyright_address_the_table_lacks_or_a_mailbox() -> None:
    assert copyright_domain("© 2026 harbourpost-fj.net. All rights reserved.") == ""
    assert copyright_domain("Copyright © 2026. Contact: desk@dantri.com.vn") == ""
    # (an address in the text with no copyright mark: a link, not the holder)
    assert copyright_domain("Read more at thanhnien.vn\nAbout us") == ""


def test_the_sites_ask_to_install_its_app() -> None:
    assert followed_name("Get the Khmer Times app: news on the go") == "Khmer Times"
    assert followed_name("Download the Dân Trí app for free") == "Dân Trí"
    # (no name before "app"; an owner's app the table knows as no outlet, under its paper)
    assert followed_name("Get the latest news on our app") == ""
    assert followed_name("Get the Andes Media Holdings app — on iOS and Android") == ""


def test_pasted_page_whose_article_credits_an_agency(tmp_path: Path) -> None:
    # (the agency the lead credits wrote the story; the page's masthead is its paper's)
    lines = [
        "Thứ Hai, 06/04/2026 Dân Trí Sức khỏe Giáo dục Pháp luật",
        "Thời sự | Thế giới | Kinh doanh | Bất động sản | Thể thao | Giải trí | Du lịch",
        "Việt Nam và Uruguay thúc đẩy hợp tác nông nghiệp",
        "Montevideo (TTXVN) - Ngày 5/4, Thứ trưởng Bộ Nông nghiệp hai nước đã hội đàm về hợp tác"
        " trong lĩnh vực chăn nuôi, chế biến thịt bò và thủy sản, đồng thời thống nhất thành lập"
        " nhóm công tác chung trước cuối năm nay.",
        "Hai bên sẽ họp lại vào quý III.",
        "Kim ngạch thương mại song phương năm 2025 đạt khoảng 640 triệu USD, tăng 9% so với năm"
        " trước, chủ yếu là thịt bò, gỗ và điện thoại.",
        "Tin liên quan",
        "Giá lúa gạo hôm nay 6/4",
    ]
    path = tmp_path / "dantri.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert analyse(path).metadata.outlet == "Dân Trí"

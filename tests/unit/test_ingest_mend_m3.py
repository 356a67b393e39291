"""Review B's findings on the metadata layer (title, outlet, author), mended: each test on
wording of our own, failing on the code before its mend."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from briefer.ingest.analysis import analyse


def _titled_page(path: Path, title: str, menu: list[str], body: str) -> Path:
    items = "".join(f"<li><a href='/{i}'>{m}</a></li>" for i, m in enumerate(menu))
    head = title.rsplit(" - ", 1)[0]
    path.write_text(
        f"<html><head><title>{title}</title></head><body><nav><ul>{items}</ul></nav>"
        f"<h1>{head}</h1><p>{body}</p></body></html>",
        encoding="utf-8",
    )
    return path


_VI_BODY = (
    "Việt Nam và Chile đã ký hiệp định thương mại mới tại Hà Nội ngày 3/3/2026, "
    "theo Bộ Công Thương."
)


def test_an_outlet_whose_name_ends_in_a_menu_word_keeps_its_whole_name(tmp_path: Path) -> None:
    # "Chứng khoán" is a desk of the menu, and "Đầu tư" is an outlet of its own: the title's
    # site part is still the one outlet "Đầu tư Chứng khoán", no site plus section
    page = _titled_page(
        tmp_path / "dtck.html",
        "Việt Nam và Chile ký hiệp định mới - Đầu tư Chứng khoán",
        ["Trang chủ", "Chứng khoán", "Doanh nghiệp", "Bất động sản"],
        _VI_BODY,
    )
    assert analyse(page).metadata.outlet == "Đầu tư Chứng khoán"


def test_a_site_and_its_menu_section_still_part_but_nikkei_asia_stays_whole(tmp_path: Path) -> None:
    from briefer.ingest.pagetitle import site_in_title

    html = _titled_page(
        tmp_path / "vne.html",
        "Việt Nam và Chile ký hiệp định mới - VnExpress Kinh doanh",
        ["Trang chủ", "Kinh doanh", "Thế giới"],
        _VI_BODY,
    ).read_text(encoding="utf-8")
    assert site_in_title(lxml.html.fromstring(html)) == "VnExpress"
    html = html.replace("VnExpress Kinh doanh", "Nikkei Asia").replace("Kinh doanh<", "Asia<")
    assert site_in_title(lxml.html.fromstring(html)) == "Nikkei Asia"


_COMMITTEE = (
    "<p>The fourth Vietnam-Chile Joint Committee met in Hanoi on 3 March 2026 and agreed "
    "to raise two-way trade to 3 billion USD by 2030.</p>"
)


def test_words_before_a_colon_that_name_no_kind_leave_the_title_as_it_is(
    tmp_path: Path,
) -> None:
    # "Chile and Vietnam" is the headline's own opening, no page kind: the related story's
    # heading that happens to begin with the words after the colon is not the title
    page = tmp_path / "related.html"
    page.write_text(
        "<html><head><title>Chile and Vietnam: new shipping line opens</title></head><body>"
        "<div class='content'><div class='pr-title'>Chile and Vietnam: new shipping line opens"
        f"</div>{_COMMITTEE}<div class='related'><h3>New shipping line opens in Peru as well"
        "</h3></div></div></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.title == "Chile and Vietnam: new shipping line opens"


def test_a_kind_titled_page_takes_the_headline_from_its_article_header(tmp_path: Path) -> None:
    # the page's own header (its menu) is left out, the article's header holds the headline
    page = tmp_path / "release.html"
    page.write_text(
        "<html><head><title>Media Statement : Vietnam-Chile Joint Committee</title></head>"
        "<body><header><nav><a href='/'>Home</a></nav></header><article><header>"
        "<h2>Vietnam-Chile Joint Committee held in Hanoi</h2></header>"
        f"{_COMMITTEE}</article></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.title == "Vietnam-Chile Joint Committee held in Hanoi"


def _paragraph_page(paragraph: str) -> bytes:
    return (
        "<html><head><title>Vietnam and Chile sign pact</title></head><body><article>"
        f"<h1>Vietnam and Chile sign pact</h1><p>{paragraph}</p><p>Two-way trade reached "
        "1.8 billion USD in 2025, the ministry said.</p></article></body></html>"
    ).encode()


def test_a_word_an_editor_cut_into_two_spans_reads_whole() -> None:
    from briefer.ingest.webpage import read_webpage

    text = read_webpage(
        _paragraph_page(
            '<span style="font-family:Arial">Kim ngạch xuất khẩu sang Chi</span>'
            '<span style="font-family:Arial">le đạt 1,8 tỷ USD năm 2025.</span>'
        ),
        "p.html",
    ).text
    assert "Kim ngạch xuất khẩu sang Chile đạt 1,8 tỷ USD năm 2025." in text.split("\n")
    text = read_webpage(
        _paragraph_page(
            '<span lang="EN-US">Vietnam and Chile signed the agree</span>'
            '<span lang="EN-US">ment in Santiago on 3 March 2026.</span>'
        ),
        "p.html",
    ).text
    assert "Vietnam and Chile signed the agreement in Santiago on 3 March 2026." in text


def test_a_last_paragraph_about_an_envoys_past_post_stays_in_the_article(tmp_path: Path) -> None:
    last = (
        "Ambassador Pham Van Nam was Vietnam's first trade correspondent in Santiago and "
        "signed the 2011 free trade agreement for Vietnam."
    )
    page = tmp_path / "pasted.txt"
    page.write_text(
        "Chile and Vietnam open a shipping line\n\nChile and Vietnam agreed on 3 March 2026 "
        "to open a direct shipping line between Valparaíso and Hai Phong, the transport "
        "ministry said.\n\nTwo-way trade reached 1.8 billion USD in 2025, up 12 percent from "
        f"a year earlier.\n\n{last}\n",
        encoding="utf-8",
    )
    assert analyse(page).cleaned.body.strip().split("\n")[-1] == last


def test_a_post_held_for_an_outlet_under_the_article_is_still_the_writers_note() -> None:
    from briefer.ingest.lines import Line
    from briefer.ingest.writerbio import mark_writer_bios

    lines = [
        Line(
            "Chile and Vietnam agreed on 3 March 2026 to open a direct shipping line between "
            "Valparaíso and Hai Phong, the transport ministry said."
        ),
        Line("Lucía Fernández is Santiago correspondent at the Andes Courier."),
    ]
    mark_writer_bios(lines)
    assert [line.reason for line in lines][1] == "author box"


def test_a_document_kind_or_a_dateline_over_an_issue_number_names_no_periodical() -> None:
    from briefer.ingest.runninghead import running_head_name

    assert running_head_name(["POLICY BRIEF | Southeast Asia Programme | No. 5, 2026"]) == ""
    assert running_head_name(["WORKING PAPER · Trade and Investment · No. 14"]) == ""
    assert running_head_name(["Santiago | Tuesday | No. 5, 2026"]) == ""
    # (a periodical's name still stands before its series and issue)
    assert running_head_name(["THE ANDES HERALD | Weekly Trade Bulletin | No. 47"]) == (
        "The Andes Herald"
    )


def test_a_vietnamese_running_head_in_capitals_is_cased_word_by_word() -> None:
    from briefer.ingest.runninghead import running_head_name

    # "IN" is Vietnamese here (printing), no English word to keep small
    assert running_head_name(["TẠP CHÍ IN VÀ TRUYỀN THÔNG - Số 3 - 2026"]) == (
        "Tạp Chí In Và Truyền Thông"
    )
    assert running_head_name(["THE TIMES OF THE ANDES | No. 4, March 2026"]) == (
        "The Times of the Andes"
    )


def test_a_policy_briefs_first_line_is_not_its_outlet(tmp_path: Path) -> None:
    from benchmarks.corpus import build_pdf

    body = (
        "Chile and Vietnam agreed to open a direct shipping line between Valparaíso and Hai "
        "Phong in 2027, officials said after talks in Santiago on March 3."
    )
    out = tmp_path / "brief.pdf"
    build_pdf(
        {
            "blocks": [
                {"p": "POLICY BRIEF | Southeast Asia Programme | No. 5, 2026"},
                {"h": "Chile and Vietnam Plan a Direct Shipping Line"},
                {"p": body},
            ]
        },
        out,
    )
    assert analyse(out).metadata.outlet == ""  # (no name on it: the editor sets one)


def test_a_logo_set_in_two_colours_reads_as_one_word() -> None:
    from briefer.ingest.sitemarks import text_marks

    def marks(logo: str) -> list[tuple[str, str]]:
        return text_marks(
            lxml.html.fromstring(
                f"<html><body><div class='site-logo'>{logo}</div><p>Chile and Vietnam "
                "agreed to raise trade.</p></body></html>"
            )
        )

    assert marks("<span class='a'>Vn</span><span class='b'>Economy</span>") == [
        ("logo", "VnEconomy")
    ]
    # (a mission's name over its city is still one name)
    assert marks("<span>Embassy of Chile</span><span>Hanoi, Vietnam</span>") == [
        ("logo", "Embassy of Chile in Hanoi")
    ]


def test_a_stamped_credit_row_reads_the_writer_by_the_writers_own_rule() -> None:
    # the slash's outlet aside, the writer's name is read as a byline's is: the courtesy
    # title before it is no part of it
    from briefer.ingest.pageauthor import page_author
    from tests.unit.test_ingest_r80 import _page

    assert page_author(_page("Ông Nguyễn Văn Nam / TTXVN 4/3/2026")) == "Nguyễn Văn Nam"
    assert page_author(_page("Somchai Rattana / Bangkok Post 4 March 2026")) == "Somchai Rattana"


def test_a_state_body_named_with_of_is_no_writer() -> None:
    from briefer.ingest.writerchoice import choose_author

    # ("The Council of Ministers" ends on no institution's noun, yet names one)
    assert choose_author("The Council of Ministers", "Jane Roe") == "Jane Roe"
    assert choose_author("", "Ministry of Trade and Industry") == ""
    assert choose_author("The Federal Council", "") == ""
    assert choose_author("Jane Roe", "") == "Jane Roe"

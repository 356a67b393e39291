"""Body of the held-out sets unseen20 and unseen21 (issue 19, body round): a PDF's line that
ends on a word's apostrophe (a possessive) runs on into the next line, and a numbered list's
items, each ending its sentence, are paragraphs of their own; a page's stamp row with its
poster and views, the site's words to its reader, a translator's credit after a colon,
dashed headlines in a box, a caption with its photographer's bare name, a contact row with a
masked number and a label run into its link leave the article — wording of our own, read
back from the lines as joined or the cleaned body."""

from __future__ import annotations

import pytest

from briefer.ingest import credits
from briefer.ingest.clean import clean
from briefer.ingest.pdflayout import reflow
from briefer.ingest.webpage import read_webpage

_WIDE = "The ministers also agreed to study a direct shipping route for fresh produce from"


def test_a_line_ending_on_a_possessive_runs_on_into_the_next() -> None:
    text = "\n".join(
        (
            "4. Both sides welcomed the proposal to hold a regional Farmers’ Day and the",
            "annual Fishermen’ and Growers’",
            "Fair in Da Nang, and agreed to invite exporters from both countries to attend.",
        )
    )
    assert reflow(text).split("\n\n") == [" ".join(text.split("\n"))]


def test_a_quotation_closed_at_a_lines_end_still_ends_its_sentence() -> None:
    text = "\n".join(
        (
            "The minister called the deal “a fair exchange for both growers and traders.”",
            "Shipments are due to begin in the spring, according to the trade office here.",
        )
    )
    assert len(reflow(text).split("\n\n")) == 2


def test_a_numbered_lists_items_are_paragraphs_of_their_own() -> None:
    items = [
        "1. The two sides reviewed the progress of the cooperation agreement signed in",
        "2019 on vocational training and teacher exchanges between their colleges.",
        "2. They agreed to open two joint workshops for mechanics and welders next year.",
        "3. The next meeting will be held in Can Tho in the second half of 2026.",
    ]
    paragraphs = reflow("\n".join(items)).split("\n\n")
    assert [p[:2] for p in paragraphs] == ["1.", "2.", "3."]
    assert paragraphs[0].endswith("between their colleges.")


def test_a_lists_first_item_under_a_heading_in_capitals_is_a_paragraph_of_its_own() -> None:
    lines = [
        "COMMUNIQUE ON FISHERIES",
        "1. The two sides agreed to share data on tuna stocks in the western Pacific.",
        "2. They will hold the next round of talks in Suva in the spring.",
    ]
    assert reflow("\n".join(lines)).split("\n\n") == lines


def test_a_number_after_an_unfinished_line_stays_in_its_sentence() -> None:
    text = "\n".join((_WIDE, "3. Sites in the delta were named as the first to take part."))
    # (a list's item follows an item that ended; a line cut mid-sentence runs on)
    assert reflow(text) == reflow(text).replace("\n\n", " ")


# --- lines of a page around the article (wording of our own, read back from the cleaned body)

_TITLE = "Chile and Vietnam widen cooperation on copper and fruit exports"
_LEAD = (
    "Chile and Vietnam agreed on Wednesday to expand trade in copper, cherries and seafood, "
    "officials said after talks in Santiago."
)
_MORE = (
    "Two-way trade reached 1.9 billion US dollars in 2024, up 12 percent on the year before, "
    "according to the Chilean customs service."
)


def _cleaned(*lines: str) -> tuple[str, dict[str, str]]:
    cleaned = clean("\n\n".join([_TITLE, *lines]))
    return cleaned.body, {r.text: r.reason for r in cleaned.removed}


@pytest.mark.parametrize(
    "row",
    [
        "Posted at 09:15, Monday, 12/05/2025 · by the Office of External Relations · 1,204 views",
        "Đăng lúc 08:40, Thứ hai, 12/05/2025 · bởi Ban Truyền thông · 97 lượt xem",
    ],
)
def test_a_stamp_row_with_its_poster_and_views_leaves_and_dates_the_page(row: str) -> None:
    cleaned = clean("\n\n".join([_TITLE, row, _LEAD, _MORE]))
    assert row not in cleaned.body and _LEAD in cleaned.body
    assert cleaned.metadata.published_on == "2025-05-12"


@pytest.mark.parametrize(
    "line",
    [
        "Have a news tip? Write to our editors.",
        "Spotted a mistake? Let us know.",
        "Found a typo? Highlight it and press Ctrl+Enter to tell the editors.",
        "Never miss the latest headlines from our correspondents.",
        "Reader comments are the views of their writers and do not necessarily reflect those of "
        "the publisher. We may remove comments that break our house rules.",
    ],
)
def test_the_sites_words_to_its_reader_leave(line: str) -> None:
    body, removed = _cleaned(_LEAD, _MORE, line)
    assert line not in body and line in removed
    assert _LEAD in body and _MORE in body


def test_a_short_question_and_a_command_in_a_quotation_stay() -> None:
    quoted = "Why wait? Ship the cherries now, the growers told the minister."
    body, _removed = _cleaned(_LEAD, quoted, _MORE)
    assert quoted in body


def test_a_translators_credit_with_a_colon_leaves() -> None:
    _body, removed = _cleaned(_LEAD, _MORE, "Translated by: the Foreign Desk")
    assert removed.get("Translated by: the Foreign Desk") == "translator credit"


def test_dashed_headlines_under_a_box_heading_leave_and_dashed_dialogue_stays() -> None:
    box = ["Further reading", "- Copper prices climb on strong Asian demand",
           "- Salmon farms expand in the far south"]  # fmt: skip
    body, _removed = _cleaned(_LEAD, _MORE, *box)
    assert all(line not in body for line in box) and _MORE in body
    # (a line of dialogue ends its sentence: the article again after the box)
    reply = "- We expect the first cherry shipments to reach Hai Phong in December."
    body, _removed = _cleaned(_LEAD, *box, reply, _MORE)
    assert reply in body


def test_a_caption_with_its_photographers_bare_name_after_the_stop_leaves() -> None:
    caption = "Cargo ships wait to load copper concentrate at the northern port. Ana Rojas"
    body, _removed = _cleaned(caption, _LEAD, _MORE)
    assert caption not in body and _LEAD in body
    copyright_line = "© 2025 Andes Mining Weekly. All Rights Reserved."
    assert not credits.caption_with_credit(copyright_line)
    assert not credits.caption_with_credit("Người viết: TS. Lê Văn Minh")


def test_a_contact_row_with_a_masked_number_at_a_sentences_end_leaves() -> None:
    notice = (
        "Thời hạn gửi hồ sơ: trước ngày 30/6/2025. Chi tiết xin liên hệ Phòng Tổng hợp, "
        "bà Trần Thu Hà, ĐT: 0983 xxx xxx."
    )
    body, _removed = _cleaned(_LEAD, _MORE, notice)
    assert notice not in body


def test_a_label_run_into_its_link_is_read_apart() -> None:
    html = (
        f"<html><body><article><h1>{_TITLE}</h1><p>{_LEAD}</p>"
        '<p class="x-more">See also<a href="/a">Copper prices climb on strong Asian demand</a></p>'
        f"<p>{_MORE}</p></article></body></html>"
    )
    text = read_webpage(html.encode(), "page.html").text
    assert "See also Copper prices climb" in text and "alsoCopper" not in text


def test_a_sentence_right_under_the_headline_is_the_standfirst_whatever_its_class() -> None:
    standfirst = (
        "Growers hope the deal will open supermarket shelves across the north to Chilean fruit."
    )
    html = (
        f'<html><body><div class="kop"><h1>{_TITLE}</h1><h2 class="ringkasan">{standfirst}</h2>'
        '<div class="penulis">Rosa Valdés</div>'
        f'<div class="isi"><p>{_LEAD}</p><p>{_MORE}</p></div></div></body></html>'
    )
    text = read_webpage(html.encode(), "page.html").text
    assert standfirst in text and text.index(standfirst) < text.index(_LEAD)
    # (a label under the headline is no standfirst: no sentence)
    html = html.replace(standfirst, "Fruit and copper")
    assert "Fruit and copper" not in read_webpage(html.encode(), "page.html").text


def test_a_read_on_label_over_the_sites_notices_is_no_writer() -> None:
    cleaned = clean(
        "\n\n".join(
            [_TITLE, _LEAD, _MORE, "Read Next", "Never miss the latest headlines from our desk."]
        )
    )
    assert cleaned.metadata.author == ""
    assert "Read Next" not in cleaned.body

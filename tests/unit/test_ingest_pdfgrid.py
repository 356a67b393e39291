"""Two columns on a PDF page whose left one is set in small type (an abstract, a keywords
line, a caption) keep their gutter on the character grid, so both columns' sentences are
read whole (none of the wording below is in any rule)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.corpus import build_pdf
from briefer.ingest.analysis import analyse
from briefer.ingest.pdfgrid import spread_columns

_W = 4.0  # the grid's char width in these rows


def _piece(tx: float, text: str, paper: float) -> dict[str, Any]:
    """A printed piece at ``tx`` whose letters take ``paper`` units of the page's width."""
    return {"tx": tx, "displaced_tx": tx + paper, "text": text, "font_height": 8.0}


def test_a_crowded_column_moves_right_by_a_gutter_on_every_row() -> None:
    small = "x" * 52  # 52 letters of small type on 160 units: 40 cells of paper
    rows = {
        3: [_piece(0, small, 160), _piece(180, "right one", 40)],
        2: [_piece(0, "short left", 40), _piece(180, "right two", 40)],
        1: [_piece(180, "right three", 44)],
    }
    spread = spread_columns(rows, _W)
    starts = [row[-1]["tx"] for row in spread.values()]
    assert len(set(starts)) == 1  # the right column stays aligned
    assert starts[0] // _W >= 52 + 4  # past the longest left row and a gutter
    assert [row[0]["tx"] for row in spread.values()][:2] == [0, 0]  # left column stays


def test_a_page_whose_columns_have_their_gutter_is_left_as_it_is() -> None:
    rows = {2: [_piece(0, "left", 20), _piece(180, "right", 30)], 1: [_piece(0, "a b c", 25)]}
    assert spread_columns(rows, _W) == rows


def test_a_full_row_set_in_pieces_one_word_space_apart_is_not_split() -> None:
    # two fonts on one line: the second piece is crowded on the grid but no paper is clear
    rows = {1: [_piece(0, "y" * 50, 150), _piece(152, "bold words follow", 60)]}
    assert spread_columns(rows, _W) == rows


# Short words in small type: more letters to a row than the grid has cells for its width.
_LEFT_SMALL = (
    "Tóm lược: Từ số liệu ở ba cảng cá và sổ sách của các hộ nuôi tôm, bài này so sánh chi "
    "phí và lợi ích của việc đưa tàu cá ra khơi xa trong mùa mưa bão ở các tỉnh ven biển."
)
_KEYWORDS = "Từ khóa: cá, tôm, mực, sò, ốc, rong, cảng, bến, kho, tàu, lưới, phí, giá, mùa"
_BODY = [
    "Sáng thứ Ba, ban quản lý cảng cá của tỉnh đã tiếp đoàn công tác để rà soát lịch xây "
    "dựng các bến mới dọc theo bờ đông của cửa sông.",
    "Hai bên thống nhất gia hạn thuê các kho lạnh gần ga hàng hóa thêm năm năm, giá thuê "
    "được một tổ công tác chung xem xét lại vào mùa xuân hằng năm.",
    "Đoàn cũng đi thăm các xưởng sơ chế, nơi ngư dân từ các đảo xa đưa cá lên bờ trước khi "
    "chở bằng xe tải vào các chợ đầu mối trong đất liền.",
    "Theo các cán bộ cảng, khi nạo vét luồng xong trước mùa mưa, thời gian chờ của tàu hàng "
    "sẽ giảm gần một nửa so với hiện nay.",
    "Vòng trao đổi tiếp theo về kiểm tra chung tại cửa khẩu dự kiến diễn ra vào mùa thu, "
    "khi hai tỉnh mong ký được bản ghi nhớ về giấy tờ thông quan.",
]


def test_small_type_beside_the_next_column_leaves_both_columns_whole(tmp_path: Path) -> None:
    blocks: list[dict[str, Any]] = [
        {"h": "Bến cá mới và kho lạnh ở bờ đông cửa sông"},
        {"p": _LEFT_SMALL, "small": True},
        {"p": _KEYWORDS, "small": True},
    ]
    # enough prose to fill the left column and run on into the right one beside the abstract
    printed = [f"Tại bến số {n}, {text[0].lower()}{text[1:]}" for n in range(3) for text in _BODY]
    blocks += [{"p": text} for text in printed]
    out = tmp_path / "journal.pdf"
    build_pdf({"columns": 2, "blocks": blocks}, out)
    body = " ".join(analyse(out).cleaned.body.split())
    for sentence in printed:
        assert sentence in body
    # the keywords' two rows leave together, not run into the paragraph under them
    assert _KEYWORDS not in body and "mùa Tại" not in body

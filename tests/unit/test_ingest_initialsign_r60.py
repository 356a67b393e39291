"""A writer's short signature, an initial and a name ("H.Linh"), printed under the head and
again under the last sentence is the writer, not a repeated photo caption (r60)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse

_PAGE = """PHÁP LUẬT TP.HCM

Thời sự > Quốc tế

Hà Nội và Lisbon mở đường bay thẳng, đón khách từ tháng 9
12/05/2025 - 08:30

H.Linh

(PLO) - Hai hãng hàng không công bố đường bay thẳng Hà Nội - Lisbon, khai thác từ tháng 9/2025.

Năm 2024, Việt Nam đón hơn 40.000 lượt khách Bồ Đào Nha, tăng 25% so với năm trước.

Hai bên cũng nhất trí thúc đẩy hợp tác đào tạo phi công và bảo dưỡng tàu bay trong các năm tới.

H.Linh

Bình luận
"""


def test_an_initial_and_name_at_head_and_foot_is_the_writer(tmp_path: Path) -> None:
    page = tmp_path / "plo-duong-bay.txt"
    page.write_text(_PAGE, encoding="utf-8")
    result = analyse(page)
    assert result.metadata.author == "H.Linh"
    assert "H.Linh" not in result.cleaned.body

"""The body a Vietnamese document's number names by its code (pure).

Owns :func:`numbered_body`. An administrative document's number carries its issuer's code
after the slash (Nghị định 30/2020/NĐ-CP on office documents): a letter "Số: 7215/BCT-ATP"
comes from Bộ Công Thương's Vụ Thị trường châu Á - châu Phi, a resolution "01/NQ-CP" from the
Government. A letter that prints no body's name in its letterhead is still signed for one;
the number names it. The table holds the central bodies' standing codes (a province's
"UBND" names no province, so it is not here).
"""

from __future__ import annotations

import re
from typing import Final

# (codes as printed, folded: upper case, Đ as D)
_BODIES: Final = {
    "BNG": "Bộ Ngoại giao",
    "BCT": "Bộ Công Thương",
    "BKHDT": "Bộ Kế hoạch và Đầu tư",
    "BTC": "Bộ Tài chính",
    "BQP": "Bộ Quốc phòng",
    "BCA": "Bộ Công an",
    "BTP": "Bộ Tư pháp",
    "BNV": "Bộ Nội vụ",
    "BGDDT": "Bộ Giáo dục và Đào tạo",
    "BYT": "Bộ Y tế",
    "BXD": "Bộ Xây dựng",
    "BGTVT": "Bộ Giao thông vận tải",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BLDTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BDTTG": "Bộ Dân tộc và Tôn giáo",
    "UBDT": "Ủy ban Dân tộc",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "TTCP": "Thanh tra Chính phủ",
    "VPCP": "Văn phòng Chính phủ",
    "CP": "Chính phủ",
    "TTG": "Thủ tướng Chính phủ",
    "VPCTN": "Văn phòng Chủ tịch nước",
    "VPQH": "Văn phòng Quốc hội",
    "BDNTW": "Ban Đối ngoại Trung ương",
    "BTGTW": "Ban Tuyên giáo Trung ương",
    "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương",
    "UBQLV": "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
}

# "7215/BCT-ATP", "01/2025/NQ-CP", "123/CĐ-TTg": the segments after the number's slashes.
_NUMBER: Final = re.compile(r"^\d+(?:/\d{4})?/(?P<codes>[\wĐđ]+(?:-[\wĐđ]+)*)$")


def _folded(code: str) -> str:
    return code.upper().replace("Đ", "D")


def numbered_body(number: str) -> str:
    """The central body whose code the document number ``number`` carries ("7215/BCT-ATP"
    → "Bộ Công Thương"; "01/NQ-CP" → "Chính phủ"); "" when it names none the table knows."""
    match = _NUMBER.match(number.strip())
    if match is None:
        return ""
    for code in match.group("codes").split("-"):
        body = _BODIES.get(_folded(code))
        if body:
            return body
    return ""


__all__ = ["numbered_body"]

"""Việt Nam's provinces and centrally run cities (the 63 of 2008-2025, whose names the
provincial papers keep), a data table: a provincial paper's address is "bao" + the province's
name without marks or spaces ("baonghean.vn" → Báo Nghệ An)."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from briefer.text.fold import fold

PROVINCES: Final[tuple[str, ...]] = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
    "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng",
    "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp",
    "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng",
    "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
    "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
    "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
    "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
    "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "TP Hồ Chí Minh",
)  # fmt: skip


@lru_cache(maxsize=1)
def _by_key() -> dict[str, str]:
    return {"".join(ch for ch in fold(name) if ch.isalnum()): name for name in PROVINCES}


def provincial_paper(host: str) -> str:
    """ "baonghean.vn", "baocantho.com.vn" → "Báo Nghệ An", "Báo Cần Thơ"; else ""."""
    label = host.split(".", 1)[0]
    if not label.startswith("bao"):
        return ""
    name = _by_key().get(label[3:])
    return f"Báo {name}" if name else ""


__all__ = ["PROVINCES", "provincial_paper"]

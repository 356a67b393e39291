"""Hand-built documents for the writer tests (independent of the store and templates)."""

from __future__ import annotations

from dataclasses import replace

from briefer.domain.letterhead import NATIONAL_HEADER, classification_level
from briefer.render.model import (
    BulletList,
    Cite,
    Document,
    DocumentMeta,
    Heading,
    LineBreak,
    Note,
    Paragraph,
    SourceEntry,
    Table,
    Text,
)

LABELS_VI = {
    "contents": "Mục lục",
    "sources": "Nguồn tham khảo",
    "page": "Trang",
    "of": "/",
    "marking": "Mật",
}


NHAN_DAN_000 = (
    "Báo Nhân Dân, “Xung lực mới cho quan hệ giữa Việt Nam với Chile, Peru và hợp tác APEC”, "
    "11/2024."
)


def sample_document(lang: str = "vi", marking: str = "MẬT") -> Document:
    src1 = SourceEntry(
        key="src-000",
        number=1,
        title="Xung lực mới cho quan hệ giữa Việt Nam với Chile, Peru và hợp tác APEC",
        outlet="Báo Nhân Dân",
        published_on="11/2024",
        anchor="src-1",
    )
    src2 = SourceEntry(
        key="src-002",
        number=2,
        title="Tiếp tục làm sâu sắc hơn nữa quan hệ Việt Nam-Chile",
        outlet="TTXVN/Vietnam+",
        published_on="25/8/2024",
        url="https://www.vietnamplus.vn/example-url?a=1&b=2",
        anchor="src-2",
    )
    notes = {
        "n1": Note(
            key="n1",
            fact_uuid="f-1",
            source_key="src-000",
            quote="Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao.",
            text=NHAN_DAN_000,
        ),
        "n2": Note(
            key="n2",
            fact_uuid="f-2",
            source_key="src-000",
            quote="thiết lập quan hệ Đối tác toàn diện vào tháng 5/2007",
            text=NHAN_DAN_000,
        ),
        "n3": Note(
            key="n3",
            fact_uuid="f-3",
            source_key="src-002",
            quote="quan hệ kinh tế thương mại song phương đã vượt mức 2 tỷ USD",
            text="TTXVN/Vietnam+, “Tiếp tục làm sâu sắc hơn nữa quan hệ Việt Nam-Chile”, 25/8/2024, https://www.vietnamplus.vn/example-url?a=1&b=2.",
        ),
    }
    blocks = (
        Heading(1, "Quan hệ ngoại giao", "sec-diplomatic"),
        Paragraph(
            (
                Text("Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971."),
                Cite("n1"),
                Text(" Hai nước là "),
                Text("Đối tác toàn diện", bold=True),
                Text(" từ tháng 5/2007."),
                Cite("n2"),
            )
        ),
        Heading(1, "Kinh tế – thương mại", "sec-economic"),
        Paragraph(
            (
                Text(
                    "Kim ngạch thương mại song phương vượt mức 2 tỷ USD (2023) "
                    "& tiếp tục tăng <nhanh>."
                ),
                Cite("n3"),
            )
        ),
        BulletList(
            (
                (Text("Chủ tịch nước Lương Cường thăm chính thức Chile (11/2024)."), Cite("n1")),
                (
                    Text("Bộ trưởng Bùi Thanh Sơn hội đàm"),
                    LineBreak(),
                    Text("tại Hà Nội.", italic=True),
                ),
            )
        ),
        Table(
            header=((Text("Thời gian"),), (Text("Sự kiện"),)),
            rows=(
                ((Text("25/3/1971"),), (Text("Thiết lập quan hệ ngoại giao"), Cite("n1"))),
                ((Text("5/2007"),), (Text("Đối tác toàn diện"), Cite("n2"))),
            ),
            widths=(1.0, 3.0),
            caption="Mốc quan hệ",
        ),
        Heading(1, "Gợi ý nội dung trao đổi", "sec-talking_points"),
        Paragraph((Text("Đề nghị hai bên sớm khởi động đàm phán Hiệp định bảo hộ đầu tư."),)),
    )
    meta = DocumentMeta(
        title="Tài liệu phục vụ chuyến thăm",
        subtitle="Việt Nam – Chile",
        brief_type_label="Chuyến thăm cấp Nhà nước",
        date_label="24/11/2026",
        marking=marking,
        language=lang,
        author="Vụ châu Mỹ",
        subject="Việt Nam – Chile",
        keywords=("VN-CL", "Chile"),
        created="2026-11-24T09:00:00",
        labels=dict(LABELS_VI),
        # as render fills them: NĐ 30 page numbers in Vietnamese, "Page x of y" in English
        classification=classification_level(marking),
        page_pattern="{page}" if lang == "vi" else "Page {page} of {total}",
    )
    return Document(meta=meta, blocks=blocks, notes=notes, sources=(src1, src2))


def official_document(lang: str = "vi", marking: str = "MẬT") -> Document:
    """The sample with the title-page fields of the official format filled in."""
    doc = sample_document(lang, marking)
    meta = replace(
        doc.meta,
        national_header=NATIONAL_HEADER if lang == "vi" else (),
        issuing_unit=("Bộ Ngoại giao", "Vụ Châu Mỹ")
        if lang == "vi"
        else ("Ministry of Foreign Affairs", "Americas Department"),
        number_line="Số: 15/TL-VCM" if lang == "vi" else "No.: 15/TL-VCM",
        place_date="Hà Nội, ngày 04 tháng 12 năm 2026"
        if lang == "vi"
        else "Hanoi, 4 December 2026",
        visit_lines=("Thời gian: 12–16/11/2026", "Địa điểm: Santiago de Chile")
        if lang == "vi"
        else ("Dates: 12–16/11/2026", "Venue: Santiago de Chile"),
    )
    return replace(doc, meta=meta)

"""A document's handling markings (pure): what it says about its own state and circulation,
not about the world.

- a draft's stamp: "DỰ THẢO", "Dự thảo lần 2", "BẢN NHÁP", "DRAFT v3", "Draft for comment";
- a bar on issuing or citing it: "KHÔNG PHÁT HÀNH", "Chưa công bố", "Not for publication",
  "Do not cite";
- a classification or urgency: "MẬT", "TUYỆT MẬT", "KHẨN", "HỎA TỐC", "Lưu hành nội bộ",
  "CONFIDENTIAL", "For internal use only", "INTERNAL – FOR CLIENT USE ONLY"; a paper kept
  to its readers' work or to its readers: "TÀI LIỆU PHỤC VỤ CÔNG TÁC - KHÔNG PHỔ BIẾN RỘNG",
  "Tài liệu phục vụ lãnh đạo", "For reference only - not for wider distribution";
- a press kit's note to the newsrooms it is sent to: "Tài liệu gửi các cơ quan báo chí",
  "Đề nghị không sửa đổi nội dung", "For media use", "Please do not edit the text";
- a release's timing, when the newsrooms may run it: "For immediate release", "Embargoed",
  "Pour diffusion immédiate", "Para publicación inmediata" (an embargo's hour holds figures:
  that line is no bare marking).

A line made only of such markings (one or several, set apart by a dash, a bar or a stop) is
the document's furniture: over a report's kind and title it is no part of the title either.
A marking inside a sentence ("Dự thảo Luật Thương mại …") is the sentence's subject: the
whole line must be markings.

This module owns :func:`handling_marking`.
"""

from __future__ import annotations

import re
from typing import Final

_B: Final = r"[^\S\n]+"
_PARTS: Final = re.compile(r"\s+[-–—|·•/]\s+|(?<=[.!])\s+|\s*[;:]\s+")
_MARKING: Final = re.compile(
    # a draft: "(bản) dự thảo (lần 2 | số 3) (để lấy ý kiến)", "bản nháp", "draft (v2)"
    rf"(?:bản{_B})?dự{_B}thảo(?:{_B}(?:lần|số){_B}\d{{1,2}}|{_B}\d{{1,2}})?"
    rf"(?:{_B}(?:để{_B})?(?:lấy|xin|góp){_B}ý{_B}kiến)?"
    rf"|bản{_B}nháp"
    rf"|(?:(?:first|second|final|working|revised|zero){_B})?draft(?:{_B}(?:no\.?{_B})?v?\d{{1,2}}"
    rf"(?:\.\d{{1,2}})?)?(?:{_B}(?:for|under){_B}(?:comments?|discussion|consultation|review))?"
    # a bar on issuing, publishing, citing, copying it
    rf"|(?:không|chưa){_B}(?:được{_B})?(?:phát{_B}hành|công{_B}bố|đăng{_B}tải|phổ{_B}biến"
    rf"|trích{_B}dẫn|sao{_B}chép)(?:{_B}(?:rộng(?:{_B}rãi)?|ra{_B}ngoài))?"
    rf"|not{_B}for{_B}(?:(?:wide|wider|general|public){_B})?(?:publication|distribution|circulation|citation|quotation|release"
    rf"|attribution)(?:{_B}or{_B}\w+)?"
    rf"|do{_B}not{_B}(?:cite|quote|distribute|circulate|forward|copy|publish)"
    rf"(?:{_B}or{_B}\w+)?(?:{_B}without{_B}permission)?"
    # a classification, an urgency, a circulation
    rf"|(?:tối|tuyệt){_B}mật|mật|(?:thượng{_B})?khẩn|hỏa{_B}tốc|hoả{_B}tốc"
    rf"|(?:tài{_B}liệu{_B})?(?:lưu{_B}hành|sử{_B}dụng|dùng){_B}nội{_B}bộ"
    # (a paper kept to its readers' work: "Tài liệu phục vụ công tác (nghiên cứu)")
    # (or to its readers themselves: "Tài liệu phục vụ lãnh đạo", for the leadership)
    rf"|(?:tài{_B}liệu{_B})?(?:chỉ{_B})?phục{_B}vụ{_B}(?:công{_B}tác|lãnh{_B}đạo)"
    rf"(?:{_B}(?:nghiên{_B}cứu|lãnh{_B}đạo|chỉ{_B}đạo|tham{_B}khảo|đối{_B}ngoại))?"
    rf"|for{_B}(?:official{_B})?reference(?:{_B}use)?{_B}only"
    rf"|(?:strictly{_B})?(?:confidential|restricted|private{_B}(?:and|&){_B}confidential)"
    rf"|(?:for{_B})?(?:internal|official){_B}(?:use|circulation)(?:{_B}only)?|internal"
    # (a circulation bound to its readers: "For client use only", "Dành cho hội viên")
    rf"|for{_B}(?:clients?|members?|subscribers?|staff|recipients?|customers?)['’]?"
    rf"(?:{_B}use)?{_B}only"
    rf"|(?:chỉ{_B})?dành{_B}(?:riêng{_B})?cho{_B}(?:khách{_B}hàng|hội{_B}viên|thành{_B}viên)"
    # a press kit's note to the newsrooms: what it is sent to them as, and not to edit it
    rf"|(?:tài{_B}liệu|thông{_B}tin|tin|bài){_B}(?:gửi|cung{_B}cấp(?:{_B}cho)?|dành{_B}cho)"
    rf"{_B}(?:các{_B})?(?:cơ{_B}quan{_B})?(?:báo{_B}chí|thông{_B}tấn(?:{_B}báo{_B}chí)?)"
    rf"|(?:đề{_B}nghị|yêu{_B}cầu|xin|vui{_B}lòng){_B}(?:giữ{_B}nguyên(?:{_B}nội{_B}dung)?"
    rf"|không{_B}(?:sửa{_B}đổi|chỉnh{_B}sửa|biên{_B}tập(?:{_B}lại)?|thay{_B}đổi|cắt{_B}bỏ)"
    rf"(?:{_B}nội{_B}dung)?)"
    rf"|(?:for{_B})?(?:the{_B})?(?:media|press){_B}(?:use|material)(?:{_B}only)?"
    rf"|for{_B}(?:the{_B})?(?:media|press)(?:{_B}only)?"
    # (a release's timing for the newsrooms: "For immediate release", "Embargoed")
    rf"|for{_B}immediate{_B}(?:release|publication|distribution)|embargoed"
    rf"|please{_B}do{_B}not{_B}(?:edit|alter|change|modify|amend)(?:{_B}(?:the|this))?"
    rf"(?:{_B}(?:text|content|wording|release|statement))?"
    # a release's timing (a label of the release, never its title)
    rf"|(?:for{_B})?immediate{_B}(?:release|publication|distribution)"
    rf"|for{_B}release{_B}(?:up)?on{_B}receipt|embargoed"
    rf"|pour{_B}(?:diffusion|publication){_B}imm[ée]diate"
    rf"|para{_B}(?:su{_B})?(?:difusi[óo]n|publicaci[óo]n|divulgaci[óo]n){_B}inmediata",
    re.IGNORECASE,
)
_WORDS: Final = 20
_NUMBER: Final = re.compile(r"\d{3}")  # (a figure of three digits: a line of text, no marking)


def handling_marking(text: str) -> bool:
    """``text`` is made only of handling markings (see the module docstring)."""
    text = text.strip().strip("[]()*").strip()
    if not text or len(text.split()) > _WORDS or _NUMBER.search(text):
        return False
    parts = [p.strip(" .!,") for p in _PARTS.split(text)]
    parts = [p for p in parts if p]
    return bool(parts) and all(_MARKING.fullmatch(p) for p in parts)


__all__ = ["handling_marking"]

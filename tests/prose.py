"""Article prose of our own around which the body tests place furniture: a paragraph
above and below, in English and Vietnamese, that must stay whatever is removed."""

BEFORE = (
    "The two trade ministers met in the capital on Monday to review the plan of action "
    "for the next five years of their economic partnership."
)
AFTER = (
    "Both sides agreed to open three more direct flights between their largest ports and to "
    "double the number of engineering scholarships by 2028."
)
VI_BEFORE = (
    "Sáng 12/3, đoàn công tác của tỉnh đã làm việc với Đại sứ quán về kế hoạch hợp tác "
    "nông nghiệp trong năm tới."
)
VI_AFTER = (
    "Hai bên thống nhất tổ chức diễn đàn doanh nghiệp vào quý III và trao đổi đoàn chuyên "
    "gia về chế biến nông sản."
)

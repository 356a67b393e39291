"""A text page's spaced menu row whose items join two names by a dash or "&" is a menu, never
the title (r37)."""

from briefer.ingest.clean import clean


def test_a_menu_row_with_joined_items_is_no_title() -> None:
    text = (
        "BÁO MẪU\n"
        "Trang chủ  Thời sự  Văn hóa - Xã hội  Quốc phòng - An ninh  Thể thao\n"
        "Kinh tế\n"
        "Tỉnh Mẫu đẩy mạnh xuất khẩu nông sản qua cửa khẩu biên giới\n"
        "Sáng 2/12, Ủy ban nhân dân tỉnh Mẫu tổ chức hội nghị xúc tiến xuất khẩu nông sản "
        "qua cửa khẩu biên giới với sự tham gia của hơn 100 doanh nghiệp.\n"
    )
    cleaned = clean(text)
    assert cleaned.title == "Tỉnh Mẫu đẩy mạnh xuất khẩu nông sản qua cửa khẩu biên giới"
    assert cleaned.body == (  # (no menu item left in it)
        "Sáng 2/12, Ủy ban nhân dân tỉnh Mẫu tổ chức hội nghị xúc tiến xuất khẩu nông sản "
        "qua cửa khẩu biên giới với sự tham gia của hơn 100 doanh nghiệp."
    )


def test_an_english_menu_row_with_joined_items_is_no_title() -> None:
    text = (
        "THE SAMPLE TIMES\n"
        "Home  World  Science & Tech  Business - Markets  Sport\n"
        "Sampleland and Vietnam agree to double farm trade by 2030\n"
        "Sampleland and Vietnam agreed on Monday to double their trade in farm goods by 2030, "
        "officials said after talks in the capital.\n"
    )
    cleaned = clean(text)
    assert cleaned.title == "Sampleland and Vietnam agree to double farm trade by 2030"
    assert cleaned.body == (
        "Sampleland and Vietnam agreed on Monday to double their trade in farm goods by 2030, "
        "officials said after talks in the capital."
    )

"""A channel's header over a post is no title (briefer.ingest.channelhead)."""

from briefer.ingest.channelhead import audience_count, channel_line, channel_name_line
from briefer.ingest.clean import clean


def test_audience_counts() -> None:
    assert audience_count("4 512 subscribers") is True
    assert audience_count("2,7K người theo dõi") is True
    assert audience_count("Subscribers rose by 12 000 this year.") is False


def test_channel_lines() -> None:
    assert channel_line("Forwarded from Coffee Market Daily") is True
    assert channel_line("Chuyển tiếp từ Bản tin Nông sản") is True
    assert channel_name_line(["", "980 members", "Hôm nay"]) is True
    assert channel_name_line(["Giá cà phê tăng mạnh"]) is False


def test_channel_name_is_no_title_vi() -> None:
    text = (
        "Nông sản Việt – Kênh chính thức\n980 thành viên\n\n"
        "Chuyển tiếp từ Bản tin Thị trường\n\n"
        "Việt Nam - Ai Cập: Xuất khẩu chè 10 tháng tăng 15%\n\n"
        "Kim ngạch xuất khẩu chè sang Ai Cập 10 tháng năm 2025 đạt 12 triệu USD, tăng 15%.\n"
    )
    assert clean(text).metadata.title == "Việt Nam - Ai Cập: Xuất khẩu chè 10 tháng tăng 15%"


def test_channel_name_is_no_title_en() -> None:
    text = (
        "Pacific Trade Wire – Official channel\n4 512 subscribers\n\n"
        "Fiji and Vietnam agree on a rice deal\n\n"
        "Fiji will buy 20,000 tonnes of Vietnamese rice in 2026, the ministry said.\n"
    )
    assert clean(text).metadata.title == "Fiji and Vietnam agree on a rice deal"

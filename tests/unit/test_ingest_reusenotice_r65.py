"""A reuse notice that addresses the reader ("If you use our materials, a link to X is
required.") is the site's terms, not a sentence of the article (r65)."""

from __future__ import annotations

import pytest

from briefer.ingest.widgets import reuse_terms, widget


@pytest.mark.parametrize(
    "text",
    [
        "If you use our materials, a link to the agency is required.",
        "When you reprint any of our stories, a hyperlink to the original page is required.",
        "If you quote this report, a reference to the publisher is required.",
        "Nếu bạn sử dụng lại nội dung, vui lòng ghi rõ nguồn.",
    ],
)
def test_reader_addressed_reuse_notice_is_copyright(text: str) -> None:
    assert reuse_terms(text)
    assert widget(text) == "copyright"


@pytest.mark.parametrize(
    "text",
    [
        "If you use the new port terminal, a customs permit is required.",
        "If you visit Minsk in May, a visa is required for stays over 30 days.",
        "Exporters said a link to the EU market is required for growth.",
    ],
)
def test_news_with_if_you_is_no_notice(text: str) -> None:
    assert not reuse_terms(text)

"""Round r66 (candidate precision): a sentence opened as an aside — "Separately, …",
"Meanwhile, …", "Trong khi đó, …" — about one side alone or a third party is no fact of the
pair; one that names Việt Nam, a place of its, or the two sides is kept."""

from __future__ import annotations

from briefer.ingest.asidelead import aside_lead
from briefer.ingest.candidates import find_candidates
from briefer.ingest.cleantypes import Metadata


def _quotes(body: str) -> list[str]:
    meta = Metadata(published_on="2026-04-20", context_year=2026)
    return [c.quote for c in find_candidates(body, meta)]


def test_an_aside_about_the_partners_own_books_yields_no_candidate() -> None:
    body = (
        "Trade between Vietnam and Ghana reached US$640 million in 2025, up 9 per cent "
        "year on year.\n\n"
        "Separately, the Bank of Ghana said the country's gross reserves rose to US$9.4 "
        "billion at the end of March.\n\n"
        "Trong khi đó, Cục Thống kê Ghana cho biết sản lượng ca cao niên vụ 2024-2025 đạt "
        "khoảng 650.000 tấn."
    )
    quotes = _quotes(body)
    assert any("US$640 million" in q for q in quotes)  # the pair's trade stays
    assert not any("reserves" in q or "ca cao" in q for q in quotes)


def test_an_aside_that_returns_to_the_pair_is_kept() -> None:
    assert aside_lead("Meanwhile, Chile's copper exports to China rose 12% in March.")
    assert aside_lead("Elsewhere in the region, Thai rice prices slipped to a two-year low.")
    assert not aside_lead("Meanwhile, Vietnam's exports of cashew to Ghana rose 15%.")
    assert not aside_lead("Trong khi đó, hai bên nhất trí sớm ký bản ghi nhớ về nông nghiệp.")
    assert not aside_lead("Trong khi đó, doanh nghiệp Hàn Quốc rót thêm 50 triệu USD vào Bắc Ninh.")
    # (a clause inside a sentence comparing the pair's own figures is no aside)
    assert not aside_lead("trong khi đó năm 2024 con số này là 1,2 tỷ USD.")

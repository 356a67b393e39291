"""Whether an amount is one side's own figure, no pair's (pure): the checks the miner asks
of an amount's clause, in one place.

A country's or a place's own total ("Việt Nam's exports reached …", ``owntotals``), one
foreign country's own exports ("Oman's non-oil exports grew by 12.4%", ``ownflow``) and a
place's own visitors ("Belize đón 1,5 triệu lượt khách", ``ownarrivals``) and a flow with
the whole world ("… sang hơn 40 thị trường", ``worldflow``) and what a place took in from
everywhere (FDI it attracted, visitors it had, ``ownintake``) are no figure of the pair, and no
statement of it either.
"""

from __future__ import annotations

from briefer.ingest.exportmix import export_mix
from briefer.ingest.marketsize import market_size
from briefer.ingest.otherpair import foreign_with, markets_after, sources_after
from briefer.ingest.ownarrivals import own_arrivals
from briefer.ingest.ownflow import own_flow
from briefer.ingest.ownintake import own_investment, own_visitors
from briefer.ingest.ownrevenue import own_revenue
from briefer.ingest.owntotals import owned_alone
from briefer.ingest.worldflow import world_flow
from briefer.ingest.worldshare import world_share


def owns_alone(text: str, clause: tuple[int, int], comma_clause: tuple[int, int], at: int) -> bool:
    """Whether the amount at ``at`` of ``text`` is one side's own: ``clause`` is its
    sentence clause (between semicolons and the like), ``comma_clause`` the part of it
    between commas."""
    q_start, q_end = clause
    c_start, c_end = comma_clause
    return bool(
        owned_alone(text[q_start:at])
        or own_flow(text[q_start:q_end], at - q_start)
        or own_arrivals(text[c_start:c_end], at - c_start)
        # ("tỉnh X thu hút 1,1 tỷ USD vốn FDI", "lượng khách quốc tế đến X đạt …")
        or own_investment(text[c_start:c_end], at - c_start)
        or own_visitors(text[c_start:at])
        # ("… sang hơn 40 thị trường", "… overseas")
        or world_flow(text[q_start:q_end], (c_start - q_start, c_end - q_start))
        # ("Madagascar cung cấp khoảng 80% sản lượng vani của thế giới")
        or world_share(text[q_start:q_end], at - q_start)
        or own_revenue(text, (q_start, q_end))  # ("Kênh đào Suez mang lại cho Ai Cập …")
        or export_mix(text, at)  # ("Dầu mỏ chiếm hơn 60% kim ngạch xuất khẩu của Gabon")
        or market_size(text[c_start:at])  # ("thị trường Halal … ước đạt", "quản lý tài sản")
        or foreign_with(text[q_start:at])  # ("Latvia's trade with Thailand stood at …")
        # ("… 246 dự án FDI …, chủ yếu từ Hàn Quốc và Nhật Bản": a whole, by its sources)
        or sources_after(text[q_start:q_end], at - q_start)
        # ("Peru xuất khẩu đồng đạt 20 tỷ USD, chủ yếu sang Trung Quốc": a seller's, by markets)
        or markets_after(text[q_start:q_end], at - q_start)
    )


__all__ = ["owns_alone"]

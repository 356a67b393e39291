"""What kind of figure an amount is, past its nearest cue word (pure).

The cue before an amount names its family ("xuất khẩu", "vốn đầu tư"); the words around it
say which figure of that family it is. :func:`figure_kind` gathers those readings in one
place for the candidate finder:

- the side of a one-way flow (:func:`briefer.ingest.flowside.flow_side`) and a flow of one
  kind of goods or a flow's own growth (:func:`briefer.ingest.goodsflow.goods_flow`);
- a duty, tax or interest rate, or a price per quantity, is no trade figure at all
  (:mod:`briefer.ingest.rates`);
- **one project's capital is no country's investment**: "nhà máy … của Tập đoàn LEGO tại
  Bình Dương, với tổng vốn đầu tư hơn 1 tỷ USD", "the plant, a US$300 million investment",
  "dự án đầu tư của Viettel … với tổng vốn khoảng 60 triệu USD" are ``investment.project``.
  Drafted as ``investment.total`` it would be suggested as "Investment between Viet Nam and
  Denmark totals more than USD 1 billion" beside the real stock. A count of projects ("203
  dự án", "seven registered projects", "02 dự án") is the stock, whatever it holds.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import keywords as kw
from briefer.ingest.flowcarry import carried_side
from briefer.ingest.flowclause import clause_flow
from briefer.ingest.flowside import flow_side
from briefer.ingest.goodsflow import goods_flow
from briefer.ingest.rates import is_rate, unit_price

# One plant or project named in the clause before the amount.
_ONE_PROJECT: Final = re.compile(
    r"(?<![^\W\d_])(?:nhà\s+máy|dự\s+án(?!\s+(?:còn\s+hiệu\s+lực|đầu\s+tư\s+còn))|tổ\s+hợp"
    r"|khu\s+phức\s+hợp|factory|plant|facility|complex|project)(?![^\W\d_])",
    re.IGNORECASE,
)
# How many projects: "203 dự án", "02 dự án", "seven registered projects", "hơn 100 dự án".
_COUNTED: Final = re.compile(
    r"(?<![^\W\d_])(?:\d[\d.,]*|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những|nhiều|two|three"
    r"|four|five|six|seven|eight|nine|ten|\w+teen|twenty|dozens?|several|many|numerous)"
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:dự\s+án|nhà\s+máy|projects|plants|factories)(?![^\W\d_])",
    re.IGNORECASE,
)
_WINDOW: Final = 160
# A bare number followed by the noun it counts ("8 triệu thuê bao", "2 million subscribers"):
# a count, no amount of money (the words that go on a sentence, or a currency, aside).
_COUNTED_AFTER: Final = re.compile(
    r"\s+(?!(?:và|hoặc|trong|năm|so|với|đến|tới|từ|của|là|đô|đồng|and|or|in|to|from|of|for"
    r"|by|at|on|with|than|a|the|this|last|year|dollars?)(?![^\W\d_]))[a-zà-ỹđ]",
)


def one_project(sentence: str, at: int) -> bool:
    """Whether the investment amount at ``at`` is one project's or plant's capital."""
    before = sentence[max(0, at - _WINDOW) : at]
    cut = max(before.rfind(";"), before.rfind(". "))
    before = before[cut + 1 :]
    return bool(_ONE_PROJECT.search(before)) and not _COUNTED.search(before)


def figure_kind(text: str, at: int, end: int, unit: str, before: str = "") -> tuple[str, bool]:
    """(metric, a price or rate per something) of the amount at ``text[at:end]`` (a sentence
    whose paragraph reads ``before`` it); the metric is "" when the amount is no figure
    worth a fact."""
    metric = kw.figure_metric(text, at, unit)
    # (a flow its own clause tells after the amount: flowclause.py)
    metric = clause_flow(text, at, end, metric, unit) or flow_side(metric, text, at)
    metric = goods_flow(metric, text, at)
    metric = carried_side(metric, text, at, before)  # (a bare "exports" after a stated one)
    price = unit_price(text, end)  # ("12 USD/tấn": no trade value)
    if not unit and _COUNTED_AFTER.match(text, end):
        return "", price  # ("phục vụ hơn 8 triệu thuê bao": a count of things, no money)
    if price or is_rate(metric, text, at):
        return "", price  # (a duty's, a tax's)
    if metric == "investment.total" and one_project(text, at):
        return "investment.project", price
    return metric, price


__all__ = ["figure_kind", "one_project"]

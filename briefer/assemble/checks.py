"""The warnings of a brief: stale figures, conflicts, untranslated facts, uncited text.

``check_brief`` runs on a freshly assembled brief and again on a brief the officer has
edited (added text, reordered, swapped facts), so it looks only at the brief's items and
the facts they cite.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from briefer.domain.brief import ROLE_ANNIVERSARY, Brief, BriefItem, Warning
from briefer.domain.itemline import default_wording, derivable, machine_line
from briefer.domain.model import Fact
from briefer.domain.rules import (
    Choice,
    Founding,
    choose,
    conflict_groups,
    conflict_key,
    fact_when,
    founding_value,
    is_eligible,
    is_figure,
    is_stale,
    reference_end,
    relations_founding,
    staleness_limit,
)
from briefer.text.display import format_amount, format_date, period_label
from briefer.text.language import reads_english

_EXCERPT = 80


def excerpt(text: str, limit: int = _EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _when(fact: Fact, lang: str) -> str:
    return period_label(fact_when(fact), lang) if fact_when(fact) else ""


def stale_warning(fact: Fact, on: date, item_uuid: str | None = None) -> Warning:
    months = staleness_limit(fact)
    quote_vi, quote_en = excerpt(fact.statement_vi), excerpt(fact.statement("en"))
    if reference_end(fact) is None:
        return Warning(
            "stale",
            f"Số liệu “{quote_vi}” không có thời kỳ hoặc mốc thời gian, "
            "nên không thể dùng như số liệu hiện hành.",
            f"The figure “{quote_en}” has no period or as-of date, "
            "so it cannot be shown as current.",
            fact.uuid,
            item_uuid,
        )
    day_vi, day_en = format_date(on.isoformat(), "vi"), format_date(on.isoformat(), "en")
    return Warning(
        "stale",
        f"Số liệu “{quote_vi}” ({_when(fact, 'vi')}) đã cũ hơn {months} tháng "
        f"so với ngày {day_vi} của tài liệu; cần cập nhật.",
        f"The figure “{quote_en}” ({_when(fact, 'en')}) is more than {months} months old "
        f"on the brief date, {day_en}; update it.",
        fact.uuid,
        item_uuid,
    )


def _value(fact: Fact, lang: str) -> str:
    if fact.value is not None:
        return format_amount(fact.value, fact.unit, lang, fact.qualifier)
    return f"“{excerpt(fact.statement(lang), 60)}”"


def conflict_warning(choice: Choice, item_uuid: str | None = None) -> Warning:
    shown = choice.shown
    facts = (shown, *choice.conflicting)
    metric = shown.metric
    values_vi = "; ".join(_value(f, "vi") for f in facts)
    values_en = "; ".join(_value(f, "en") for f in facts)
    when_vi = f" ({_when(shown, 'vi')})" if _when(shown, "vi") else ""
    when_en = f" ({_when(shown, 'en')})" if _when(shown, "en") else ""
    return Warning(
        "conflict",
        f"Có {len(facts)} số liệu đã duyệt mâu thuẫn nhau cho “{metric}”{when_vi}: "
        f"{values_vi}. Tài liệu đang dùng {_value(shown, 'vi')}; "
        "hãy xếp hạng ưu tiên (preferred) một số liệu.",
        f"{len(facts)} approved figures disagree on “{metric}”{when_en}: {values_en}. "
        f"The brief shows {_value(shown, 'en')}; rank one of them as preferred.",
        shown.uuid,
        item_uuid,
    )


def untranslated_warning(fact: Fact, item_uuid: str | None = None) -> Warning:
    quote = excerpt(fact.statement_vi)
    return Warning(
        "untranslated",
        f"Không có tiếng Anh: dữ kiện “{quote}” chưa có bản tiếng Anh; "
        "tài liệu tiếng Anh không in bản tiếng Việt thay cho nó.",
        f"No English: the fact “{quote}” has no English statement; the English brief "
        "does not print the Vietnamese in its place.",
        fact.uuid,
        item_uuid,
    )


def no_vietnamese_warning(fact: Fact, item_uuid: str | None = None) -> Warning:
    """A fact whose only wording is its English source's: a Vietnamese brief would print it."""
    quote = excerpt(fact.statement_vi)
    return Warning(
        "untranslated",
        f"Chưa có tiếng Việt: dữ kiện “{quote}” chỉ có lời tiếng Anh của nguồn; hãy dịch "
        "trong phần sửa dữ kiện (hoặc sửa lời của mục) trước khi xuất.",
        f"No Vietnamese: the fact “{quote}” has only its English source's wording; translate "
        "it in the fact editor (or reword the item) before exporting.",
        fact.uuid,
        item_uuid,
    )


def no_wording_warning(item: BriefItem, lang: str) -> Warning:
    """An officer's own text with no wording in the brief's language."""
    other = "vi" if lang == "en" else "en"
    quote = excerpt(item.own_text(other)) or "…"
    if lang == "en":
        return Warning(
            "untranslated",
            f"Không có tiếng Anh: đoạn “{quote}” chưa có bản tiếng Anh.",
            f"No English: the text “{quote}” has no English wording.",
            item.fact_uuid,
            item.uuid,
        )
    return Warning(
        "untranslated",
        f"Không có tiếng Việt: đoạn “{quote}” chưa có bản tiếng Việt.",
        f"No Vietnamese: the text “{quote}” has no Vietnamese wording.",
        item.fact_uuid,
        item.uuid,
    )


def needs_update_warning(item: BriefItem, fact: Fact | None, lang: str, said: str = "") -> Warning:
    """The item's wording in ``lang`` is older than its wording in the other language
    (``said``: what the item says there without the officer's wording, its derived line)."""
    other = "vi" if lang == "en" else "en"
    shown = item.own_text(other) or said or (fact.statement(other) if fact else "")
    quote = excerpt(shown) or "…"
    if lang == "en":
        return Warning(
            "needs_update",
            f"Cần cập nhật bản tiếng Anh: “{quote}” đã được sửa bằng tiếng Việt.",
            f"Needs update: “{quote}” was edited in Vietnamese; update the English wording.",
            item.fact_uuid,
            item.uuid,
        )
    return Warning(
        "needs_update",
        f"Cần cập nhật bản tiếng Việt: “{quote}” đã được sửa bằng tiếng Anh.",
        f"Needs update: “{quote}” was edited in English; update the Vietnamese wording.",
        item.fact_uuid,
        item.uuid,
    )


def no_line_warning(item: BriefItem) -> Warning:
    """A computed line with no fact left to derive it from: the brief leaves it out."""
    if item.role == ROLE_ANNIVERSARY:
        vi, en = "Dòng số năm quan hệ ngoại giao", "The years-of-relations line"
    else:
        vi, en = "Dòng chuyến thăm cấp cao gần nhất", "The latest high-level visit line"
    return Warning(
        "no_line",
        f"{vi} không còn dữ kiện nào để tính (dữ kiện đã bị thu hồi, từ chối hoặc xóa), nên "
        "tài liệu bỏ dòng này; hãy lập lại tài liệu hoặc tự viết dòng.",
        f"{en} has no fact left to derive it from (retired, rejected or deleted since), so "
        "the brief leaves it out; assemble the brief again or write the line yourself.",
        item.fact_uuid,
        item.uuid,
    )


def _says_nothing(item: BriefItem, brief: Brief, facts: Mapping[str, Fact]) -> bool:
    """A computed item left to the machine (no officer's wording in either language: one in
    the other language prints the missing-wording mark instead) whose facts no longer give
    a line."""
    if item.kind != "computed" or item.own_text("vi").strip() or item.own_text("en").strip():
        return False
    return not derivable(item, facts, brief.pair)


def founding_conflict_warning(founding: Founding, item_uuid: str | None = None) -> Warning:
    """Sources disagree on when diplomatic relations were established."""
    facts = (founding.shown, *founding.agreeing, *founding.conflicting)
    values: dict[str, None] = {}
    for fact in facts:
        values.setdefault(founding_value(fact), None)
    vi = "; ".join(format_date(v, "vi") for v in values)
    en = "; ".join(format_date(v, "en") for v in values)
    return Warning(
        "conflict",
        f"Các nguồn ghi thời điểm thiết lập quan hệ ngoại giao khác nhau: {vi}. "
        f"Tài liệu đang dùng {format_date(founding.value, 'vi')}; "
        "hãy xếp hạng ưu tiên (preferred) dữ kiện đúng.",
        f"Sources give different dates for the establishment of diplomatic relations: {en}. "
        f"The brief uses {format_date(founding.value, 'en')}; rank the right fact as preferred.",
        founding.shown.uuid,
        item_uuid,
    )


def source_warnings(brief: Brief, facts: Mapping[str, Fact]) -> tuple[Warning, ...]:
    """A cited source without outlet or URL: its notes cannot say where it was published.

    ``facts`` must carry their citations (the source's outlet and URL travel with them).
    """
    found: dict[str, Warning] = {}
    for item in brief.items():
        for uuid in item.cited_fact_uuids():
            fact = facts.get(uuid)
            for citation in fact.citations if fact else ():
                key = citation.source_uuid or str(citation.source_id)
                if key in found:
                    continue
                missing_vi = [
                    label
                    for label, value in (
                        ("cơ quan báo chí", citation.source_outlet),
                        ("URL", citation.source_url),
                    )
                    if not value.strip()
                ]
                if not missing_vi:
                    continue
                missing_en = " or ".join(
                    label
                    for label, value in (
                        ("outlet", citation.source_outlet),
                        ("URL", citation.source_url),
                    )
                    if not value.strip()
                )
                title = excerpt(citation.source_title, 70) or "…"
                found[key] = Warning(
                    "source",
                    f"Nguồn “{title}” thiếu {' và '.join(missing_vi)}; "
                    "hãy bổ sung trong phần sửa nguồn.",
                    f"The source “{title}” has no {missing_en}; fill it in with Edit source.",
                    uuid,
                    item.uuid,
                )
    return tuple(found.values())


def uncited_warning(item: BriefItem, lang: str) -> Warning:
    quote = excerpt(item.text(lang)) or "…"
    return Warning(
        "uncited",
        f"Nội dung “{quote}” chưa trích dẫn nguồn nào.",
        f"The text “{quote}” cites no source.",
        item.fact_uuid,
        item.uuid,
    )


def check_brief(brief: Brief, facts: Sequence[Fact] | Mapping[str, Fact]) -> tuple[Warning, ...]:
    """Every warning the brief deserves now, in item order, without repeats."""
    all_facts = list(facts.values()) if isinstance(facts, Mapping) else list(facts)
    by_uuid = {f.uuid: f for f in all_facts}
    groups = conflict_groups(f for f in all_facts if is_eligible(f, brief.pair))
    on = date.fromisoformat(brief.brief_date)
    lang = brief.language
    found: dict[tuple[str, str | None, str | None], Warning] = {}

    def add(warning: Warning, key_item: str | None = None) -> None:
        found.setdefault((warning.code, warning.fact_uuid, key_item), warning)

    for item in brief.items():
        cited = [by_uuid[u] for u in item.cited_fact_uuids() if u in by_uuid]
        if _says_nothing(item, brief, by_uuid):
            add(no_line_warning(item), item.uuid)
        if item.kind == "text" and not item.own_text(lang).strip():
            add(no_wording_warning(item, lang), item.uuid)
        if item.kind == "text" and not any(f.cited for f in cited):
            add(uncited_warning(item, lang), item.uuid)
            continue
        fact = by_uuid.get(item.fact_uuid or "")
        if fact is None:
            continue
        if not fact.cited and not any(f.cited for f in cited):
            add(uncited_warning(item, lang) if item.kind == "text" else _fact_uncited(fact, item))
        if item.kind == "fact" and is_figure(fact) and is_stale(fact, on):
            add(stale_warning(fact, on, item.uuid))
        key = conflict_key(fact)
        if key is not None and key in groups and item.kind in ("fact", "computed"):
            choice = choose(groups[key])
            if choice is not None and choice.conflict:
                add(conflict_warning(choice, item.uuid))
        if lang == "en" and not fact.statement_en:
            # (the latest visit's English line says only when, without the statement; an
            # officer's own English wording of either kind needs none)
            needs_english = not item.text_en and (
                item.kind == "fact"
                or (item.kind == "computed" and item.role.startswith("last-visit"))
            )
            if needs_english:
                add(untranslated_warning(fact, item.uuid))
        if (
            lang == "vi"
            and item.kind == "fact"
            and not item.text_vi
            and reads_english(fact.statement_vi)
            # (a machine line is Vietnamese words from the fact's fields: nothing English shows)
            and not machine_line(item, by_uuid, brief.home, brief.partner, "vi")
        ):
            add(no_vietnamese_warning(fact, item.uuid))
        if item.role == ROLE_ANNIVERSARY:
            founding = relations_founding(f for f in all_facts if is_eligible(f, brief.pair))
            if founding is not None and founding.conflict:
                add(founding_conflict_warning(founding, item.uuid), item.uuid)
    other = "vi" if lang == "en" else "en"
    for item in brief.items():
        if item.needs_update == lang:
            fact = by_uuid.get(item.fact_uuid or "")
            # (a computed item's line in the other language is derived, never stored)
            said = default_wording(
                item, by_uuid, brief.home, brief.partner, other, brief.brief_date
            )
            add(needs_update_warning(item, fact, lang, said), item.uuid)
    return tuple(found.values())


def _fact_uncited(fact: Fact, item: BriefItem) -> Warning:
    quote = excerpt(fact.statement_vi)
    return Warning(
        "uncited",
        f"Dữ kiện “{quote}” không có trích dẫn nguồn.",
        f"The fact “{quote}” has no citation.",
        fact.uuid,
        item.uuid,
    )

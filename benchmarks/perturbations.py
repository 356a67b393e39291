"""The variants of ``benchmarks/perturb_import.py``: how a page, a text, a Word note or a
PDF is rewritten into the shape a new outlet would plausibly give it, its key's answers kept
(the headline, outlet, publication day and writer stay those of the key). Each rule takes a
parsed page, a text's lines or a document's spec and the key, and says whether it applied."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from typing import Any

import lxml.html

from briefer.text.dates import find_dates
from briefer.text.fold import fold

_PRINTED_ON = dt.date(2026, 12, 5)  # a print time long after any publication in the corpus
_TIME = re.compile(r"^[\s,|·-]*(?:lúc\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?")
_TIME_BEFORE = re.compile(r"(?:lúc\s+)?\d{1,2}[:h]\d{2}(?:\s*(?:AM|PM))?[\s,|·-]*$")
_WEEKDAY_BEFORE = re.compile(
    r"(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|\d)|Chủ\s+[Nn]hật|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?)[\s,|·-]*$",
    re.IGNORECASE,
)
_VI_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _english(key: dict[str, Any]) -> bool:
    return not re.search("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
                         key["title"].lower())  # fmt: skip


# ---- how a day may be written ----------------------------------------------------------------


def date_forms(iso: str, english: bool) -> dict[str, str]:
    """The publication day written as stamps of other sites write it (time 08:30)."""
    day = dt.date.fromisoformat(iso)
    dmy = f"{day.day:02d}/{day.month:02d}/{day.year}"
    month = _EN_MONTHS[day.month - 1]
    weekday = (
        f"{day.strftime('%A')}, {month} {day.day}, {day.year}"
        if english
        else f"{_VI_WEEKDAYS[day.weekday()]}, {dmy}, 08:30"
    )
    return {
        "weekday": weekday,
        "updated": f"Updated: 08:30, {dmy}" if english else f"Cập nhật: 08:30 {dmy}",
        "gmt7": f"{dmy} 08:30 GMT+7",
        "english": f"{month[:3]} {day.day}, {day.year}",
        "iso": f"{iso} 08:30",
        "dash-time": f"{dmy} - 08:30",
        # held out: written after the rules of this round, measured once (see HELD_OUT)
        "ho-words": (
            f"{day.day} {month} {day.year}, 08:30"
            if english
            else f"{_VI_WEEKDAYS[day.weekday()]}, ngày {day.day:02d} tháng {day.month:02d} năm "
            f"{day.year}"
        ),
        "ho-dotted": f"{day.day:02d}.{day.month:02d}.{day.year} | 08:30",
        "ho-posted": f"Posted on {dmy}" if english else f"Đăng lúc 08:30 ngày {dmy}",
    }


def _day_span(text: str, iso: str) -> tuple[int, int] | None:
    """Where ``text`` writes the day ``iso`` (with a time and weekday beside it), or None."""
    probe = re.sub(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b", r"\1/\2/\3", text)
    for ref in find_dates(probe, int(iso[:4])):
        if ref.precision == "day" and ref.start == iso:
            start, end = ref.pos, ref.endpos
            after = _TIME.match(text[end:])
            end += after.end() if after else 0
            for pattern in (_TIME_BEFORE, _WEEKDAY_BEFORE, _TIME_BEFORE):
                before = pattern.search(text[:start])
                start = before.start() if before else start
            return start, end
    return None


# ---- saved pages -------------------------------------------------------------------------------


def _flat(node: Any) -> str:
    return " ".join(node.text_content().split())


def _drop_meta(root: Any, *names: str) -> None:
    for node in root.xpath("//meta"):
        if (node.get("property") or node.get("name") or "").lower() in names:
            node.drop_tree()


_SITE_META = ("og:site_name", "application-name", "twitter:site")
_TITLE_META = ("og:title", "twitter:title")
_DATE_META = ("article:published_time", "og:published_time", "pubdate", "publishdate", "date",
              "dc.date", "dcterms.created", "article:modified_time")  # fmt: skip


def _set_title(root: Any, text: str) -> None:
    titles = root.xpath("//title")
    if titles:
        for extra in titles[1:]:
            extra.drop_tree()
        title = titles[0]
    else:
        head = root.find("head")
        if head is None:
            head = lxml.html.Element("head")
            root.insert(0, head)
        title = lxml.html.Element("title")
        head.append(title)
    for child in list(title):
        title.remove(child)
    title.text = text


def _headline(root: Any, title: str) -> Any:
    want = _norm(title).casefold()
    for node in root.xpath("//body//h1 | //body//h2 | //body//div | //body//p"):
        if _norm(_flat(node)).casefold() == want:
            return node
    return None


def _drop_linked_data(root: Any) -> None:
    for script in root.xpath('//script[@type="application/ld+json"]'):
        script.drop_tree()


def _smallest(root: Any, limit: int, test: Callable[[str], bool]) -> Any:
    """The element of the body with the shortest text (at most ``limit``) that passes."""
    best, size = None, limit + 1
    for node in root.xpath("//body//*"):
        text = _flat(node)
        if len(text) <= min(limit, size) and test(text):
            best, size = node, len(text)
    return best


def _block(node: Any) -> Any:
    """The element a moved piece is: the node, or the block or classed element around it
    ("<p class="author"><strong>Name</strong></p>" moves whole)."""
    for above in (node, *node.iterancestors()):
        if above.tag in ("p", "div", "li", "td") or above.get("class"):
            return above
    return node


def _dated_node(root: Any, iso: str) -> Any:
    """The smallest element of the body whose short text writes the publication day."""
    node = _smallest(root, 140, lambda text: _day_span(text, iso) is not None)
    return None if node is None else _block(node)


def _author_node(root: Any, author: str) -> Any:
    if not author:
        return None
    node = _smallest(root, 100, lambda text: fold(author) in fold(text))
    return None if node is None else _block(node)


def _set_text(node: Any, text: str) -> None:
    for child in list(node):
        node.remove(child)
    node.text = text


def _article_end(root: Any) -> Any:
    """The element that holds the article's paragraphs (the parent of the longest one)."""
    paragraphs = root.xpath("//body//p")
    if not paragraphs:
        return root.find("body")
    return max(paragraphs, key=lambda p: len(_flat(p))).getparent()


HtmlRule = Callable[[Any, dict[str, Any]], bool]


def _no_og(root: Any, key: dict[str, Any]) -> bool:
    _drop_meta(root, *_SITE_META, *_TITLE_META)
    return True


def _title_form(form: str) -> HtmlRule:
    def rule(root: Any, key: dict[str, Any]) -> bool:
        if not key.get("outlet"):
            return False
        _drop_meta(root, *_SITE_META, *_TITLE_META)
        section = "World" if _english(key) else "Thời sự"
        _set_title(root, form.format(t=key["title"], s=key["outlet"], c=section))
        return True

    return rule


def _div_headline(root: Any, key: dict[str, Any]) -> bool:
    node = _headline(root, key["title"])
    if node is None:
        return False
    _drop_meta(root, *_TITLE_META)
    node.attrib.clear()
    node.tag = "div"
    node.set("class", "hd-main")
    return True


def _kicker(root: Any, key: dict[str, Any]) -> bool:
    node = _headline(root, key["title"])
    if node is None:
        return False
    _drop_meta(root, *_TITLE_META)
    kicker = lxml.html.Element("div")
    kicker.set("class", "cat-label")
    kicker.text = "Diplomacy" if _english(key) else "Ngoại giao"
    node.addprevious(kicker)
    return True


def _move_byline(into_footer: bool, above: bool = False) -> HtmlRule:
    def rule(root: Any, key: dict[str, Any]) -> bool:
        headline = _headline(root, key["title"]) if above else None
        if above and headline is None:
            return False
        nodes = [n for n in (_author_node(root, key.get("author", "")),
                             _dated_node(root, key["date"])) if n is not None]  # fmt: skip
        nodes = [n for n in nodes if not any(m in n.iterancestors() for m in nodes)]
        if not nodes:
            return False
        target = _article_end(root)
        if into_footer:
            footer = lxml.html.Element("div")
            footer.set("class", "post-bottom")
            target = root.find("body")
            target.append(footer)
            target = footer
        if any(target is n or n in target.iterancestors() for n in nodes):
            return False  # (the byline's element holds the article: nowhere to move it)
        for node in dict.fromkeys(nodes):
            tail = node.tail
            node.tail = " "  # (apart from what it is moved beside)
            parent = node.getparent()
            previous = node.getprevious()
            parent.remove(node)
            if tail:  # the text after the moved element stays where it was
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
            if headline is not None:
                headline.addprevious(node)  # (above the headline, in the page's order)
            else:
                target.append(node)
        return True

    return rule


def _date_form(form: str | Callable[[dict[str, Any]], str]) -> HtmlRule:
    def rule(root: Any, key: dict[str, Any]) -> bool:
        node = _dated_node(root, key["date"])
        _drop_meta(root, *_DATE_META)
        _drop_linked_data(root)
        for time in root.xpath("//time[@datetime] | //*[@itemprop='datePublished']"):
            time.attrib.pop("datetime", None)
            time.attrib.pop("content", None)
            time.attrib.pop("itemprop", None)
        written = form(key) if callable(form) else date_forms(key["date"], _english(key))[form]
        if node is None:
            headline = _headline(root, key["title"])
            if headline is None:
                return False
            line = lxml.html.Element("div")
            line.text = written
            headline.addnext(line)
            return True
        text = _flat(node)
        span = _day_span(text, key["date"])
        if span is None:
            return False
        _set_text(node, f"{text[: span[0]]}{written}{text[span[1] :]}")
        return True

    return rule


def _outlet_only(where: str) -> HtmlRule:
    def rule(root: Any, key: dict[str, Any]) -> bool:
        if not key.get("outlet"):
            return False
        _drop_meta(root, *_SITE_META, *_TITLE_META)
        for script in root.xpath('//script[@type="application/ld+json"]'):
            script.drop_tree()
        _set_title(root, key["title"])
        body = root.find("body")
        if where == "copyright":
            foot = lxml.html.Element("div")
            foot.set("class", "site-foot")
            year = key["date"][:4]
            foot.text = f"© {year} {key['outlet']}. All rights reserved."
            body.append(foot)
        else:
            logo = lxml.html.Element("a")
            logo.set("class", "logo")
            img = lxml.html.Element("img")
            img.set("src", "logo.png")
            img.set("alt", key["outlet"])
            logo.append(img)
            body.insert(0, logo)
        return True

    return rule


HTML_RULES: dict[str, HtmlRule] = {
    "same": lambda root, key: True,
    "no-og": _no_og,
    "title:T | S": _title_form("{t} | {s}"),
    "title:S - T": _title_form("{s} - {t}"),
    "title:T – C – S": _title_form("{t} – {c} – {s}"),
    "title:T :: S": _title_form("{t} :: {s}"),
    "div-headline": _div_headline,
    "kicker": _kicker,
    "ho-title:T « S": _title_form("{t} « {s}"),
    "ho-title:S | C | T": _title_form("{s} | {c} | {t}"),
    "ho-byline-above": _move_byline(into_footer=False, above=True),
    "byline-end": _move_byline(into_footer=False),
    "byline-footer": _move_byline(into_footer=True),
    **{f"date:{form}": _date_form(form) for form in date_forms("2025-01-01", False)},
    "outlet-copyright": _outlet_only("copyright"),
    "outlet-logo": _outlet_only("logo"),
}


# ---- text files --------------------------------------------------------------------------------


def _title_line(lines: list[str], title: str) -> int:
    want = _norm(title).casefold()
    return next((i for i, line in enumerate(lines[:20]) if _norm(line).casefold() == want), -1)


def _masthead(form: str) -> Callable[[list[str], dict[str, Any]], list[str] | None]:
    def rule(lines: list[str], key: dict[str, Any]) -> list[str] | None:
        at = _title_line(lines, key["title"])
        outlet = key.get("outlet", "")
        if at < 0 or not outlet:
            return None
        english = _english(key)
        line = {
            "online": f"{outlet.upper()} ONLINE",
            "caps": outlet.upper(),
            "tagline": f"{outlet} - " + ("News and analysis" if english else "Tin tức trong ngày"),
            "menu": f"{outlet} | " + ("World | Business | Sport" if english
                                      else "Thời sự | Kinh tế | Thế giới"),
        }[form]  # fmt: skip
        head = [x for x in lines[:at] if fold(outlet) not in fold(x)]
        return [line, *head, *lines[at:]]

    return rule


def _txt_date(form: str) -> Callable[[list[str], dict[str, Any]], list[str] | None]:
    def rule(lines: list[str], key: dict[str, Any]) -> list[str] | None:
        at = _title_line(lines, key["title"])
        for index in [*range(0, min(len(lines), 14)), *range(max(0, len(lines) - 6), len(lines))]:
            text = lines[index]
            span = _day_span(text, key["date"]) if index != at and len(text) <= 140 else None
            if span:
                written = date_forms(key["date"], _english(key))[form]
                out = list(lines)
                out[index] = f"{text[: span[0]]}{written}{text[span[1] :]}"
                return out
        return None

    return rule


def _txt_caps(lines: list[str], key: dict[str, Any]) -> list[str] | None:
    at = _title_line(lines, key["title"])
    if at < 0 or key["title"] == key["title"].upper():
        return None
    out = list(lines)
    out[at] = lines[at].upper()
    return out


TXT_RULES: dict[str, Callable[[list[str], dict[str, Any]], list[str] | None]] = {
    "same": lambda lines, key: list(lines),
    "masthead:caps": _masthead("caps"),
    "masthead:tagline": _masthead("tagline"),
    "masthead:menu": _masthead("menu"),
    "ho-masthead:online": _masthead("online"),
    **{f"date:{form}": _txt_date(form) for form in date_forms("2025-01-01", False)},
    "title-caps": _txt_caps,
}


# ---- Word documents and PDFs ----------------------------------------------------------------


def _block_text(block: dict[str, Any]) -> str:
    return str(block.get("p") or block.get("h") or "")


def _spec_caps(spec: dict[str, Any], key: dict[str, Any]) -> dict[str, Any] | None:
    want = _norm(key["title"]).casefold()
    if key["title"] == key["title"].upper():
        return None
    for block in spec["blocks"]:
        field = "h" if "h" in block else "p"
        if field in block and _norm(block[field]).casefold() == want:
            block[field] = block[field].upper()
            return spec
    return None


def _letterhead_flat(spec: dict[str, Any], key: dict[str, Any]) -> dict[str, Any] | None:
    for index, block in enumerate(spec["blocks"][:6]):
        if "table" in block:
            lines = [{"p": line, "align": "center"} for column in block["table"] for line in column]
            spec["blocks"][index : index + 1] = lines
            return spec
    return None


_PLACE_DATE = re.compile(r"^(?P<place>[^\W\d_][^,\d]{1,30}),\s*ngày\s+\d")


def _place_date(form: str) -> Callable[[dict[str, Any], dict[str, Any]], dict[str, Any] | None]:
    def rule(spec: dict[str, Any], key: dict[str, Any]) -> dict[str, Any] | None:
        day = dt.date.fromisoformat(key["date"])
        for block in spec["blocks"][:12]:
            texts = block["table"] if "table" in block else [[_block_text(block)]]
            for column in texts:
                for i, text in enumerate(column):
                    match = _PLACE_DATE.match(text)
                    if match and _day_span(text, key["date"]):
                        place = match.group("place")
                        new = {
                            "slash": f"{place}, ngày {day.day}/{day.month}/{day.year}",
                            "dotted": f"{place}, {day.day:02d}.{day.month:02d}.{day.year}",
                            "no-place": f"Ngày {day.day:02d} tháng {day.month:02d} năm {day.year}",
                        }[form]
                        if "table" in block:
                            column[i] = new
                        else:
                            block["p"] = new
                        return spec
        return None

    return rule


def _print(with_site: bool) -> Callable[[dict[str, Any], dict[str, Any]], dict[str, Any] | None]:
    def rule(spec: dict[str, Any], key: dict[str, Any]) -> dict[str, Any] | None:
        old = f"{spec.get('print_header', '')} {spec.get('print_footer', '')}"
        if _day_span(old, key["date"]) or (with_site and not key.get("outlet")):
            return None  # the print header dated the page: rewriting it would lose the answer
        stamp = f"{_PRINTED_ON.day:02d}/{_PRINTED_ON.month:02d}/{_PRINTED_ON.year}, 09:12"
        site = f" - {key['outlet']}" if with_site else ""
        spec["print_header"] = f"{stamp}    {key['title']}{site}"
        spec["print_footer"] = "https://example.org/bai-viet/12345.html    {page}/{pages}"
        return spec

    return rule


def _no_print(spec: dict[str, Any], key: dict[str, Any]) -> dict[str, Any] | None:
    old = f"{spec.get('print_header', '')} {spec.get('print_footer', '')}"
    if not old.strip() or _day_span(old, key["date"]) or fold(key.get("outlet", "")) in fold(old):
        return None  # (the header named or dated the page: without it the answer is gone)
    spec.pop("print_header", None)
    spec.pop("print_footer", None)
    return spec


SpecRule = Callable[[dict[str, Any], dict[str, Any]], dict[str, Any] | None]
DOCX_RULES: dict[str, SpecRule] = {
    "same": lambda spec, key: spec,
    "title-caps": _spec_caps,
    "letterhead-flat": _letterhead_flat,
    **{f"place-date:{f}": _place_date(f) for f in ("slash", "dotted", "no-place")},
}
PDF_RULES: dict[str, SpecRule] = {
    "same": lambda spec, key: spec,
    "title-caps": _spec_caps,
    "print-site": _print(with_site=True),
    "print-nosite": _print(with_site=False),
    "no-print": _no_print,
}


__all__ = ["DOCX_RULES", "HTML_RULES", "PDF_RULES", "TXT_RULES", "date_forms"]

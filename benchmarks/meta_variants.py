"""Metadata variants of issue 19's third metadata round for ``benchmarks/perturb_import.py``
(``t8-``), the general shapes the unseen12 and unseen13 sets showed, in words of the harness's
own; the right answer stays the key's:

- ``t8-date:year-first`` (pages): the visible stamp written year first, "2025.06.12.", no
  machine-readable day;
- ``t8-title:T | NAME - tagline`` (pages): a <title> ending on the site's name in capitals
  dashed to what the site is, no og: tags (outlets of up to three words);
- ``t8-section-label`` (text): a "Chuyên mục: …" / "Section: …" label of a section name of
  four or five words right above the headline;
- ``t8-writer-above-box`` (text): the writer in capitals closing the article (after its
  last sentence the key keeps) above a related-links box, a comment row and the newsroom's
  address (files with a writer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from benchmarks.perturbations import _date_form, _english, _title_line

_TAGLINES = {True: "Independent News Since 1998", False: "Tin tức và bình luận"}


def _year_first(key: dict[str, Any]) -> str:
    day = dt.date.fromisoformat(key["date"])
    return f"{day.year}.{day.month:02d}.{day.day:02d}."


def _caps_tagline(root: Any, key: dict[str, Any]) -> bool:
    from benchmarks.perturbations import _SITE_META, _TITLE_META, _drop_meta, _set_title

    outlet = key.get("outlet", "")
    if not outlet or len(outlet.split()) > 3:
        return False
    _drop_meta(root, *_SITE_META, *_TITLE_META)
    section = "World" if _english(key) else "Thời sự"
    tagline = _TAGLINES[_english(key)]
    _set_title(root, f"{key['title']} | {section} | {outlet.upper()} - {tagline}")
    return True


def _section_label(lines: list[str], key: dict[str, Any]) -> list[str] | None:
    at = _title_line(lines, key["title"])
    if at < 0:
        return None
    label = (
        "Section: Regional trade and investment"
        if _english(key)
        else ("Chuyên mục: Kinh tế đối ngoại vùng")
    )
    return [*lines[:at], label, "", *lines[at:]]


def _writer_above_box(lines: list[str], key: dict[str, Any]) -> list[str] | None:
    author = key.get("author", "")
    if not author or " " not in author:
        return None
    english = _english(key)
    box = (
        ["", author.upper(), "", "Related stories:", "- Port traffic rises in the third quarter",
         "- Weather: showers expected over the weekend", "",
         "Comments (0) | Email this story | Print", "Newsroom: 12 Harbour Road, Port Hollis."]
        if english
        else ["", author.upper(), "", "Tin cùng chuyên mục:",
              "- Giá lúa đầu vụ tăng nhẹ tại các huyện ven biển",
              "- Dự báo thời tiết ngày mai: mưa rào vào chiều tối", "",
              "Bình luận (0) | Gửi bài viết qua email | In bài viết",
              "Tòa soạn: 15 đường Trần Phú, phường 2, TP Vĩnh Long."]
    )  # fmt: skip
    # (the writer's own line elsewhere is dropped: the closing line is the only byline)
    body = [x for x in lines if x.strip().casefold() != author.casefold()]
    # right after the article's last sentence the key keeps, before the page's own foot
    keep = [" ".join(k.split())[:60] for k in key.get("keep", [])]
    ends = [i for i, x in enumerate(body) if any(k and k in " ".join(x.split()) for k in keep)]
    if not ends:
        return None
    return [*body[: ends[-1] + 1], *box, *body[ends[-1] + 1 :]]


Rule = Callable[..., Any]
HTML_META_VARIANTS: dict[str, Rule] = {
    "t8-date:year-first": _date_form(_year_first),
    "t8-title:T | NAME - tagline": _caps_tagline,
}
TXT_META_VARIANTS: dict[str, Rule] = {
    "t8-section-label": _section_label,
    "t8-writer-above-box": _writer_above_box,
}

__all__ = ["HTML_META_VARIANTS", "TXT_META_VARIANTS"]

"""Loads the demo fact pack (``resources/demo/pack.json``) into a store.

The pack is built from the seed articles by ``tools/build_demo_pack.py``; it carries its
sources (raw and cleaned), facts and exact quotes with their offsets.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from briefer.domain.model import Country, Fact, Source
from briefer.errors import InputError
from briefer.resources import demo_pack_path
from briefer.store.facts import insert_fact, upsert_country

PACK_FORMAT = "briefer-demo-pack"
DEMO_ACTOR = "demo-pack"


def read_pack(path: Path | None = None) -> dict[str, Any]:
    path = path or demo_pack_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"The demo fact pack {path} cannot be read ({exc}).") from exc
    if not isinstance(data, dict) or data.get("format") != PACK_FORMAT:
        raise InputError(f"{path} is not a Briefer demo fact pack.")
    return data


def load_demo_pack(db: Database, path: Path | None = None) -> dict[str, int]:
    """Insert the pack's countries, sources and facts in one transaction; return counts."""
    from briefer.store.sources import insert_source  # local: keeps import graph one-way

    data = read_pack(path)
    with db.atomic():
        for country in data["countries"]:
            upsert_country(db, Country(country["code"], country["name_vi"], country["name_en"]))
        source_ids: dict[str, int] = {}
        for src in data["sources"]:
            fields = {k: src.get(k, "") for k in Source.__dataclass_fields__ if k != "id"}
            source_ids[src["key"]] = insert_source(db, Source(id=None, **fields), actor=DEMO_ACTOR)
        for item in data["facts"]:
            fields = {
                k: item[k]
                for k in Fact.__dataclass_fields__
                if k in item and k not in ("id", "citations")
            }
            citations = [
                (source_ids[c["source"]], c["quote"], c.get("start")) for c in item["citations"]
            ]
            insert_fact(db, Fact(id=None, **fields), citations, actor=DEMO_ACTOR)
    return {"sources": len(data["sources"]), "facts": len(data["facts"])}

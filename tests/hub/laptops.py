"""Laptops for the hub tests: a store each, edited through the services, synced in-process."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefer.domain.model import Fact, Source
from briefer.services import Services
from briefer.services import sync as sync_service
from briefer.store import facts as fact_store
from briefer.store.sources import insert_source

BODY = (
    "Kim ngạch thương mại Việt Nam – Chile năm 2023 đạt 1,3 tỷ USD. "
    "Hai nước ký Hiệp định thương mại tự do năm 2011. "
    "Chủ tịch nước Lương Cường thăm chính thức Chile tháng 11/2024."
)
QUOTE = "Kim ngạch thương mại Việt Nam – Chile năm 2023 đạt 1,3 tỷ USD."


@dataclass
class Laptop:
    path: Path
    user: str
    url: str
    services: Services = field(init=False)

    def __post_init__(self) -> None:
        self.services = Services(self.path, demo_on_first_run=False)

    @property
    def db(self) -> Any:
        return self.services.db()

    def add_source(self, uuid: str | None = None, body: str = BODY) -> str:
        import uuid as uuidlib

        uuid = uuid or str(uuidlib.uuid4())
        with self.db.atomic():
            insert_source(self.db, Source(None, uuid, "article", f"Nguồn {uuid[:8]}", body=body))
        return uuid

    def add_fact(
        self, statement: str, source_uuid: str, uuid: str | None = None, **extra: Any
    ) -> str:
        import uuid as uuidlib

        uuid = uuid or str(uuidlib.uuid4())
        source_id = self.db.execute(
            "SELECT id FROM source WHERE uuid = ?", [source_uuid]
        ).fetchone()[0]
        fact = Fact(None, uuid, "VN-CL", "economic", "figure", statement, **extra)
        with self.db.atomic():
            fact_store.insert_fact(self.db, fact, [(source_id, QUOTE, None)])
        return uuid

    def set(self, uuid: str, name: str, value: str) -> Fact:
        return sync_service.set_fact_field(self.services, uuid, name, value)

    def delete(self, uuid: str) -> None:
        sync_service.delete_fact(self.services, uuid)

    def sync(self) -> dict[str, int]:
        return sync_service.sync(self.services, self.url).as_json()

    def fact(self, uuid: str) -> Fact | None:
        return fact_store.get_fact(self.db, uuid)

    def state(self) -> dict[str, dict[str, Any]]:
        """Every fact's shared content by uuid (what must agree between laptops)."""
        from briefer.sync.payload import fact_payloads

        uuids = [r[0] for r in self.db.execute("SELECT uuid FROM fact").fetchall()]
        return {u: p for u, (p, _rev) in fact_payloads(self.db, uuids).items()}

    def conflicts(self) -> list[sync_service.Conflict]:
        return sync_service.conflicts(self.services)

    def close(self) -> None:
        self.services.close()

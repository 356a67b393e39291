"""Briefs shared with the team through a real PostgreSQL hub: on purpose only, read-only
copies elsewhere, duplicated into one's own, and only ever written by their owner."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from briefer.domain.brief import Brief, BriefItem, BriefSection
from briefer.errors import BrieferError
from briefer.services import sync as sync_service
from briefer.store import briefs as brief_store
from tests.hub.conftest import SUPERUSER, Hub
from tests.hub.laptops import Laptop

TEXT_VI = "Hai nước nâng cấp quan hệ lên Đối tác toàn diện năm 2024."


@pytest.fixture
def laptops(hub: Hub, tmp_path: Path) -> Iterator[dict[str, Laptop]]:
    made = {
        user: Laptop(tmp_path / f"{user}.sqlite", user, hub.url(user))
        for user in ("alice", "bob", "olga", "oscar")
    }
    yield made
    for laptop in made.values():
        laptop.close()


def _brief(laptop: Laptop, title: str = "Chuyến thăm Chile") -> str:
    brief = Brief(
        pair="VN-CL",
        brief_type="state-visit",
        language="vi",
        brief_date="2026-12-10",
        marking="",
        title=title,
        sections=(
            BriefSection(
                "diplomatic",
                "Quan hệ ngoại giao",
                (BriefItem("item-1", "text", text_vi=TEXT_VI, text_en="Upgraded in 2024."),),
            ),
        ),
    )
    uuid, _saved = laptop.services.save_brief_as_copy(brief)
    return uuid


def _hub_briefs(hub: Hub) -> dict[str, tuple[bool, dict[str, object], str]]:
    with psycopg.connect(hub.url(SUPERUSER)) as conn:
        rows = conn.execute(
            "SELECT uuid, deleted, data, owner FROM hub_object WHERE kind = 'brief'"
        ).fetchall()
    return {uuid: (deleted, data, owner) for uuid, deleted, data, owner in rows}


def test_briefs_stay_local_until_shared_then_another_laptop_pulls_a_read_only_copy(
    hub: Hub, laptops: dict[str, Laptop]
) -> None:
    olga, oscar = laptops["olga"], laptops["oscar"]
    uuid = _brief(olga)
    olga.sync()
    assert _hub_briefs(hub) == {}  # not shared: it stays on her laptop

    sync_service.share_brief(olga.services, uuid)
    assert sync_service.is_brief_shared(olga.services, uuid)
    assert olga.sync()["pushed"] == 1
    assert olga.sync()["pushed"] == 0  # unchanged since: nothing to send
    deleted, data, owner = _hub_briefs(hub)[uuid]
    assert (deleted, owner, data["title"]) == (False, "olga", "Chuyến thăm Chile")

    # Another officer's laptop receives it as a read-only team brief, not as one of his own.
    assert oscar.sync()["pulled"] == 1
    [team] = sync_service.team_briefs(oscar.services)
    assert (team.uuid, team.owner, team.title, team.pair) == (
        uuid,
        "olga",
        "Chuyến thăm Chile",
        "VN-CL",
    )
    assert brief_store.load_brief(oscar.db, uuid) is None
    with pytest.raises(BrieferError, match="only its owner"):
        sync_service.share_brief(oscar.services, uuid)

    # He duplicates it into a brief of his own, with the same content.
    copy_uuid, copy = sync_service.copy_team_brief(oscar.services, uuid)
    assert copy_uuid != uuid
    mine = brief_store.load_brief(oscar.db, copy_uuid)
    assert mine is not None and mine.title == "Chuyến thăm Chile"
    assert [i.text_vi for i in mine.items()] == [TEXT_VI]
    assert copy.revision == 1
    # His copy is his own: it stays on his laptop unless he shares it.
    assert oscar.sync()["pushed"] == 0

    # Olga edits and syncs: the edit reaches the team's copy.
    brief = brief_store.load_brief(olga.db, uuid)
    assert brief is not None
    olga.services.save_brief(uuid, Brief(**{**_fields(brief), "title": "Chile, bản 2"}))
    assert olga.sync()["pushed"] == 1
    oscar.sync()
    assert [b.title for b in sync_service.team_briefs(oscar.services)] == ["Chile, bản 2"]


def _fields(brief: Brief) -> dict[str, object]:
    return {name: getattr(brief, name) for name in Brief.__slots__}


def test_unshare_removes_the_brief_from_the_hub_and_from_the_team(
    hub: Hub, laptops: dict[str, Laptop]
) -> None:
    olga, bob = laptops["olga"], laptops["bob"]
    uuid = _brief(olga)
    sync_service.share_brief(olga.services, uuid)
    olga.sync()
    bob.sync()
    assert len(sync_service.team_briefs(bob.services)) == 1

    sync_service.share_brief(olga.services, uuid, shared=False)
    assert not sync_service.is_brief_shared(olga.services, uuid)
    assert olga.sync()["pushed"] == 1
    deleted, data, _owner = _hub_briefs(hub)[uuid]
    assert deleted and data == {}
    # No earlier version's content stays readable on the hub either.
    with psycopg.connect(hub.url(SUPERUSER)) as conn:
        kept = conn.execute(
            "SELECT count(*) FROM hub_history WHERE uuid = %s AND data::text LIKE %s",
            [uuid, "%Chile%"],
        ).fetchone()
    assert kept == (0,)
    assert bob.sync()["pulled"] == 1
    assert sync_service.team_briefs(bob.services) == []
    # Her brief itself stays on her laptop.
    assert brief_store.load_brief(olga.db, uuid) is not None

    # Deleting a shared brief removes it from the hub too.
    other = _brief(olga, "Chuyến thăm Peru")
    sync_service.share_brief(olga.services, other)
    olga.sync()
    olga.services.delete_brief(other)
    olga.sync()
    assert _hub_briefs(hub)[other][0] is True


def test_nobody_overwrites_someone_elses_brief_the_server_refuses(
    hub: Hub, laptops: dict[str, Laptop]
) -> None:
    from psycopg.errors import InsufficientPrivilege

    olga = laptops["olga"]
    uuid = _brief(olga)
    sync_service.share_brief(olga.services, uuid)
    olga.sync()
    version = _version(hub, uuid)
    document = json.dumps(
        [{"kind": "brief", "uuid": uuid, "base_version": version, "deleted": False,
          "data": {"title": "Hijacked"}}]
    )  # fmt: skip
    # The same statement the app sends, from another officer and from an editor: refused.
    from briefer.sync.engine import _PUSH

    for user in ("oscar", "bob"):
        with psycopg.connect(hub.url(user)) as conn:
            with pytest.raises(InsufficientPrivilege):
                conn.execute(_PUSH, [document])
            conn.rollback()
            assert conn.execute(
                "UPDATE hub_object SET data = '{}' WHERE kind = 'brief'"
            ).rowcount == 0  # fmt: skip
            conn.rollback()
    assert _hub_briefs(hub)[uuid][1]["title"] == "Chuyến thăm Chile"
    assert _version(hub, uuid) == version

    # An officer may share briefs but still never push a fact.
    with psycopg.connect(hub.url("oscar")) as conn, pytest.raises(InsufficientPrivilege):
        conn.execute("INSERT INTO hub_object (kind, uuid, data) VALUES ('fact', 'f', '{}')")


def _version(hub: Hub, uuid: str) -> int:
    with psycopg.connect(hub.url(SUPERUSER)) as conn:
        row = conn.execute("SELECT version FROM hub_object WHERE uuid = %s", [uuid]).fetchone()
    assert row is not None
    return int(row[0])


def test_cli_share_unshare_team_and_copy(
    hub: Hub, laptops: dict[str, Laptop], capsys: pytest.CaptureFixture[str]
) -> None:
    from briefer.cli import main

    olga, oscar = laptops["olga"], laptops["oscar"]
    uuid = _brief(olga)
    olga.close()
    oscar.close()

    def run(*argv: str) -> dict[str, object]:
        capsys.readouterr()
        assert main([*argv, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    store_o, store_s = ["--store", str(olga.path)], ["--store", str(oscar.path)]
    assert run("brief", "share", uuid, *store_o) == {
        "uuid": uuid,
        "title": "Chuyến thăm Chile",
        "shared": True,
    }
    assert run("sync", "--hub", hub.url("olga"), *store_o)["pushed"] == 1
    assert run("sync", "--hub", hub.url("oscar"), *store_s)["pulled"] == 1
    team = run("brief", "team", *store_s)
    assert team["count"] == 1 and team["briefs"][0]["owner"] == "olga"  # type: ignore[index]
    copied = run("brief", "copy", uuid, *store_s)
    assert copied["copied_from"] == uuid and copied["uuid"] != uuid
    assert run("brief", "unshare", uuid, *store_o)["shared"] is False
    run("sync", *store_o)
    assert run("sync", *store_s)["pulled"] == 1
    assert run("brief", "team", *store_s) == {"count": 0, "briefs": []}
    # A brief that is not there is one sentence, not a traceback.
    assert main(["brief", "share", "no-such-brief", *store_o]) != 0
    assert "There is no brief no-such-brief" in capsys.readouterr().err


def test_a_classified_store_never_shares_a_brief(tmp_path: Path) -> None:
    from briefer.services import Services

    services = Services(tmp_path / "secret.sqlite", demo_on_first_run=False)
    try:
        sync_service.make_classified(services)
        laptop = Laptop.__new__(Laptop)
        laptop.services = services
        uuid = _brief(laptop)
        with pytest.raises(BrieferError, match="classified"):
            sync_service.share_brief(services, uuid)
        assert not sync_service.is_brief_shared(services, uuid)
    finally:
        services.close()


@pytest.mark.slow
@pytest.mark.parametrize("point", ["push-sent", "push-committed"])
def test_a_sync_killed_while_sharing_a_brief_ends_with_it_shared_once(
    hub: Hub, laptops: dict[str, Laptop], point: str
) -> None:
    """SIGKILLed before or after the hub commits the brief, then run again: the brief is on
    the hub with its content, recorded here as pushed, and the next sync sends nothing."""
    from tests.hub.test_resume import _run_sync, _sync_until_done

    olga, oscar = laptops["olga"], laptops["oscar"]
    uuid = _brief(olga)
    sync_service.share_brief(olga.services, uuid)
    olga.close()
    killed = _run_sync(olga.path, hub.url("olga"), BRIEFER_SYNC_CRASH_AT=f"{point}:1")
    assert killed.returncode == -9
    assert json.loads(_sync_until_done(olga.path, hub.url("olga")))["conflicts"] == 0
    assert json.loads(_sync_until_done(olga.path, hub.url("olga")))["pushed"] == 0
    deleted, data, owner = _hub_briefs(hub)[uuid]
    assert (deleted, owner, data["title"]) == (False, "olga", "Chuyến thăm Chile")
    assert oscar.sync()["pulled"] == 1
    assert [b.uuid for b in sync_service.team_briefs(oscar.services)] == [uuid]

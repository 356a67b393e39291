"""Fixtures for the hub tests: one throwaway PostgreSQL cluster per session
(:mod:`tests.hub.pgcluster`), a fresh hub database per test. Skipped, with the reason, where
no PostgreSQL server binaries are installed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.hub.pgcluster import SUPERUSER, USERS, Cluster, find_bindir, new_hub, start_cluster

__all__ = ["SUPERUSER", "USERS", "Cluster", "Hub"]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl): install Debian's postgresql")
    cluster = start_cluster(bindir)
    try:
        yield cluster
    finally:
        cluster.close()


@dataclass
class Hub:
    cluster: Cluster
    dbname: str

    def url(self, user: str) -> str:
        return self.cluster.url(user, self.dbname)


@pytest.fixture
def hub(pg_cluster: Cluster) -> Hub:
    """A fresh hub database, set up by `briefer hub init`, with the test users' roles."""
    return Hub(pg_cluster, new_hub(pg_cluster))

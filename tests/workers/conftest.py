"""Fixtures for the distributed run: a fresh PostgreSQL schema, a reachable broker, an SMTP
server, and a store seeded with volunteers whose Mastodon accounts live on a fake server.

Every test here is marked `workers` and skips, saying why, when PostgreSQL
($SOCIALAUDIT_TEST_DATABASE_URL), the broker ($SOCIALAUDIT_TEST_BROKER_URL, default the
local RabbitMQ) or celery is missing."""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from auditors.registry import load_policy
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store, open_store
from tests.conftest import PG_ENV, fresh_pg_schema

BROKER_ENV = "SOCIALAUDIT_TEST_BROKER_URL"
DEFAULT_BROKER = "amqp://guest:guest@127.0.0.1:5672//"
POLICY = load_policy("twins-trust-fcs")


@pytest.fixture
def pg_url():
    """A URL to a fresh, empty PostgreSQL schema (dropped afterwards)."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"the distributed run needs PostgreSQL: set {PG_ENV} (e.g. postgresql://postgres@127.0.0.1/test)")
    yield from fresh_pg_schema(url, "sa_workers")


@pytest.fixture
def broker_url() -> str:
    pytest.importorskip("celery", reason="the distributed run needs the 'workers' extra (pip install celery)")
    url = os.environ.get(BROKER_ENV, DEFAULT_BROKER)
    parts = urlsplit(url)
    try:
        socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 5672), timeout=1).close()
    except OSError:
        pytest.skip(f"the distributed run needs a broker at {parts.hostname}:{parts.port or 5672} "
                    f"(RabbitMQ, or set {BROKER_ENV}=redis://127.0.0.1:6379/0)")
    return url


@dataclass
class Seeded:
    store: Store
    org_id: int
    accounts: int


def seed(store: Store, fake, accounts: int, *, rate: float = 1000.0, burst: float = 50.0) -> Seeded:
    """A coordinator and one volunteer per account, each account read from the fake server."""
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        coord = db.Person(organisation_id=org.id, name="Coordinator", email="coord@charity.example", role="coordinator")
        s.add(coord)
        s.flush()
        for i in range(accounts):
            person = db.Person(organisation_id=org.id, name=f"Volunteer {i}", email=f"vol{i}@charity.example",
                               role="volunteer", coordinator_id=coord.id)
            s.add(person)
            s.flush()
            s.add(db.AccountRow(organisation_id=org.id, external_id=f"mastodon:@{fake.handle(i)}", platform="mastodon",
                                handle=fake.handle(i), person_id=person.id, source="mastodon",
                                source_config={"base_url": fake.url, "rate_per_second": rate, "rate_burst": burst}))
        org_id = org.id
    return Seeded(store, org_id, accounts)


@pytest.fixture
def pg_store(pg_url):
    store = open_store(url=pg_url)
    yield store
    store.engine.dispose()

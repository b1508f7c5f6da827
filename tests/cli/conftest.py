"""Every test here runs the real `socialaudit` command against a real store: SQLite, and
PostgreSQL when SOCIALAUDIT_TEST_DATABASE_URL is set."""
from __future__ import annotations

import pytest

from tests.cli.world import build


@pytest.fixture
def world(store, database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("SOCIALAUDIT_DATABASE_URL", database_url)
    return build(store, tmp_path)


@pytest.fixture
def empty(store, database_url, monkeypatch):
    monkeypatch.setenv("SOCIALAUDIT_DATABASE_URL", database_url)
    return store

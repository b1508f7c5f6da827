"""Shared fixtures: no outbound network, a throwaway data dir, stores on SQLite
and (when SOCIALAUDIT_TEST_DATABASE_URL is set) PostgreSQL."""
from __future__ import annotations

import ipaddress
import os
import socket
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PG_ENV = "SOCIALAUDIT_TEST_DATABASE_URL"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """The suite runs on every core (pytest-xdist, `-n auto --dist loadgroup` in pyproject.toml).
    The distributed-run tests share the local broker's queues and Redis, so they run one after
    another in one test process (tryfirst: before xdist reads the groups)."""
    for item in items:
        if item.get_closest_marker("workers"):
            item.add_marker(pytest.mark.xdist_group("broker"))


def _is_loopback(address) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX path
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_outbound_network(monkeypatch):
    """Every test may talk to 127.0.0.1 only; anything else fails loudly."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guard(address):
        if not _is_loopback(address):
            raise OSError(f"test tried to reach {address!r}: only 127.0.0.1 is allowed")

    def connect(self, address):
        guard(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        guard(address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    """Keep every test's database, keys and outbox inside its own tmp folder."""
    data = tmp_path / "socialaudit-data"
    monkeypatch.setenv("SOCIALAUDIT_DATA_DIR", str(data))
    monkeypatch.setenv("SOCIALAUDIT_KEY_FILE", str(data / "secret.key"))
    monkeypatch.setenv("SOCIALAUDIT_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.delenv("SOCIALAUDIT_DATABASE_URL", raising=False)
    (tmp_path / "no-config.toml").write_text("")
    return data


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"needs the shared folder at {SHARED} (corpus, datasets, real formats)")
    return SHARED


@pytest.fixture
def corpus(shared_dir) -> Path:
    return shared_dir / "corpus"


def _pg_url_with_schema(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path):
    """A fresh, empty database URL: SQLite always; PostgreSQL when configured."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (e.g. postgresql://postgres@127.0.0.1:5432/test)")
    yield from fresh_pg_schema(url, "sa_test")


def fresh_pg_schema(url: str, prefix: str):
    """Yield a URL to a new, empty PostgreSQL schema; drop it afterwards (for fixtures)."""
    from sqlalchemy import text

    from socialaudit.storage.db import make_engine
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _pg_url_with_schema(url, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(database_url):
    from socialaudit.storage.db import open_store
    s = open_store(url=database_url)
    yield s
    s.engine.dispose()


@pytest.fixture(scope="module")
def module_browser():
    """One Chromium per test module for the browser tests (tests/browsing.py): starting
    Playwright's driver and Chromium costs seconds, once per module instead of per test."""
    from tests.browsing import browser_or_skip
    with browser_or_skip() as b:
        yield b


@pytest.fixture
def browser(module_browser):
    """The module's Chromium with no context left from an earlier test: every context a test
    opened is closed after it, so each test starts with no cookies, storage or pages."""
    for context in module_browser.contexts:
        context.close()
    yield module_browser
    for context in module_browser.contexts:
        context.close()


@pytest.fixture
def registered_policy(tmp_path, monkeypatch):
    """The Twins Trust pack with a protected-names register ("Riley", "Rebecca"): a register
    name is never learnt as the author's own family."""
    from auditors.registry import load_policy
    monkeypatch.setenv("SOCIALAUDIT_SECRET_KEY", "test-key-for-the-register")
    folder = tmp_path / "registered-policy"
    folder.mkdir()
    (folder / "families.csv").write_text("name\nRiley\nRebecca\n")
    (folder / "policy.toml").write_text('extends = "twins-trust-fcs"\n[names]\nregister = "families.csv"\n')
    return load_policy(str(folder / "policy.toml"))

"""Fixtures for the web app: a seeded store, the app on it, and signed-in clients."""
from __future__ import annotations

import re

import pytest

pytest.importorskip("flask", reason="the web app needs the 'web' extra: pip install 'socialaudit[web]'")

from socialaudit.app.web import create_app  # noqa: E402
from socialaudit.core.settings import Settings  # noqa: E402
from tests.web.seed import PASSWORD, seed  # noqa: E402

EMAILS = {"ann": "ann@example.org", "ben": "ben@example.org", "cora": "cora@example.org",
          "carl": "carl@example.org", "admin": "ada@example.org"}


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def sign_in(app, who: str | None):
    client = app.test_client()
    if who is None:
        return client
    token = csrf_of(client.get("/sign-in").text)
    r = client.post("/sign-in", data={"email": EMAILS[who], "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 302, f"{who} could not sign in"
    return client


def token_of(client) -> str:
    return csrf_of(client.get("/me/check").text)


@pytest.fixture
def seeded(tmp_path, isolated_data_dir):
    s = seed(tmp_path, isolated_data_dir)
    yield s
    s.store.engine.dispose()


@pytest.fixture
def app(seeded):
    return create_app(seeded.store, Settings(data_dir=seeded.data_dir))


@pytest.fixture(scope="module")
def shared_seed(tmp_path_factory):
    """One seeded store for read-only tests of a module (seeding runs the real pipeline)."""
    tmp = tmp_path_factory.mktemp("web")
    s = seed(tmp, tmp / "data")
    yield s
    s.store.engine.dispose()


@pytest.fixture(scope="module")
def shared_app(shared_seed):
    return create_app(shared_seed.store, Settings(data_dir=shared_seed.data_dir))


@pytest.fixture(scope="module")
def clients(shared_app):
    return {who: sign_in(shared_app, who) for who in (None, "ann", "ben", "cora", "carl", "admin")}

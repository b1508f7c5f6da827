"""Issue 9: route × role × id. Every object of a store with two organisations, read and
written by every person on every route that takes an id, judged by an ownership oracle
written apart from the app's scope code: nothing outside a person's scope answers
anything but 404, and no write lands there; a self-audit upload is its uploader's alone."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from socialaudit.app.web import create_app
from socialaudit.core.settings import Settings
from socialaudit.storage import schema as db
from tests.security.probes import add_posts, add_second_organisation, probe, signed_in, upload_token
from tests.web.conftest import csrf_of
from tests.web.seed import seed

EMAILS = ["ann@example.org", "ben@example.org", "cora@example.org", "carl@example.org", "ada@example.org",
          "zed@example.org", "yan@example.org"]


@pytest.fixture(scope="module")
def two_orgs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("probe")
    seeded = seed(tmp, tmp / "data")
    add_posts(seeded, 3)
    add_second_organisation(seeded)
    app = create_app(seeded.store, Settings(data_dir=seeded.data_dir))
    yield seeded, app
    seeded.store.engine.dispose()


def test_no_read_or_write_reaches_outside_a_persons_scope(two_orgs):
    seeded, app = two_orgs
    report = probe(app, seeded.store, EMAILS)
    assert report.reads > 300 and report.writes > 50
    assert report.read_leaks == [] and report.write_leaks == []
    assert report.denied_own == []


def test_another_volunteers_pending_upload_is_not_found(two_orgs):
    seeded, app = two_orgs
    token = upload_token(app, "ann@example.org")
    ben = signed_in(app, "ben@example.org")
    for decision in ("keep", "discard"):
        r = ben.post(f"/me/self-audit/{token}", data={"decision": decision, "csrf_token": csrf_of(ben.get("/me/check").text)})
        assert r.status_code == 404
    with seeded.store.session() as s:
        assert s.scalar(select(db.PostRow).where(db.PostRow.external_id == "x:424242")) is None
    assert any((seeded.data_dir / "private-uploads").rglob("upload*")), "Ann's upload must still be there"

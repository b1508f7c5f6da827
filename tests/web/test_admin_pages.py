"""The admin's accounts and runs pages on real SQLite and PostgreSQL stores: pausing and
resuming, how an account is read (a token stored encrypted, a source that does not fit
the platform refused), the runs with their failed accounts, and a withdrawal that
erases a volunteer's answers and assignments with the rest."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from socialaudit.app.web import create_app
from socialaudit.core.settings import Settings
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.lifecycle import withdraw
from socialaudit.storage.schema_loop import FindingTicket
from tests.web.conftest import csrf_of, sign_in
from tests.web.seed import seed


@pytest.fixture
def site(tmp_path, database_url):
    seeded = seed(tmp_path, tmp_path / "data", url=database_url)
    yield seeded, create_app(seeded.store, Settings(data_dir=seeded.data_dir))
    seeded.store.engine.dispose()


def _account(seeded, ext="x:@ann_volunteer") -> db.AccountRow:
    with seeded.store.session() as s:
        return s.scalar(select(db.AccountRow).where(db.AccountRow.external_id == ext))


def _post(client, path, **form):
    return client.post(path, data={**form, "csrf_token": csrf_of(client.get("/admin/accounts").text)})


def test_an_admin_pauses_and_resumes_an_account(site):
    seeded, app = site
    admin, acc = sign_in(app, "admin"), _account(seeded)
    _post(admin, f"/admin/accounts/{acc.id}/status", status="paused")
    assert _account(seeded).status == "paused"
    assert "Resume reading" in admin.get("/admin/accounts").text
    _post(admin, f"/admin/accounts/{acc.id}/status", status="withdrawn")
    assert _account(seeded).status == "paused"  # withdrawal is not a switch: it erases (socialaudit withdraw)
    _post(admin, f"/admin/accounts/{acc.id}/status", status="active")
    assert _account(seeded).status == "active"


def test_an_admin_sets_how_an_account_is_read_with_the_token_encrypted(site, tmp_path):
    seeded, app = site
    admin, acc = sign_in(app, "admin"), _account(seeded)
    _post(admin, f"/admin/accounts/{acc.id}/connection", source="x", every="6", token="tok-SECRET-123",
          options="base_url=http://127.0.0.1:9")
    got = _account(seeded)
    assert (got.source, got.crawl_every_hours, got.source_config) == ("x", 6, {"base_url": "http://127.0.0.1:9"})
    with seeded.store.session() as s:
        blob = s.scalar(select(db.Credential.ciphertext).where(db.Credential.account_id == acc.id))
    assert blob and "tok-SECRET-123" not in blob
    assert "tok-SECRET-123" not in admin.get("/admin/accounts").text
    _post(admin, f"/admin/accounts/{acc.id}/connection", source="archive", folder=str(tmp_path / "drop"))
    assert _account(seeded).source_config == {"path": str(tmp_path / "drop")}


@pytest.mark.parametrize("form,error", [
    ({"source": "mastodon"}, "read from its archive or from x"),
    ({"source": "archive", "folder": "relative/path"}, "full path"),
    ({"source": "x", "every": "0"}, "every 1 to 744 hours"),
    ({"source": "x", "options": "no equals sign"}, "KEY=VALUE"),
])
def test_a_connection_that_cannot_work_is_refused_and_nothing_changes(site, form, error):
    seeded, app = site
    admin, acc = sign_in(app, "admin"), _account(seeded)
    _post(admin, f"/admin/accounts/{acc.id}/connection", **form)
    assert error in admin.get("/admin/accounts").text
    assert _account(seeded).source == acc.source


def test_the_runs_page_shows_each_run_and_the_accounts_that_failed(site):
    seeded, app = site
    acc = _account(seeded, "x:@ben_volunteer")
    with seeded.store.session() as s:
        org_id = s.scalar(select(db.Organisation.id))
        run = db.Run(organisation_id=org_id, kind="run", status="partial", started_at=repo.now(),
                     finished_at=repo.now(), counts={"accounts_crawled": 1, "posts_new": 3}, errors=[])
        s.add(run)
        s.flush()
        s.add(db.RunAccount(run_id=run.id, account_id=acc.id, status="needs_reauth", error="the token was revoked"))
        s.get(db.AccountRow, acc.id).status = "needs_reauth"
    page = sign_in(app, "admin").get("/admin/runs").text
    assert "partial" in page and "posts new 3" in page
    assert "ben_volunteer: needs_reauth (the token was revoked)" in page
    assert "Accounts that need someone" in page and "needs_reauth" in page


def test_withdrawal_erases_the_volunteers_answers_and_assignments(site):
    seeded, app = site
    ann, cora = sign_in(app, "ann"), sign_in(app, "cora")
    fid = seeded.ids["ann_finding"]
    ann.post(f"/findings/{fid}/respond", data={"response": "reply", "text": "my words",
                                               "csrf_token": csrf_of(ann.get(f"/findings/{fid}").text)})
    cora.post(f"/findings/{fid}/assign", data={"assignee": "me", "csrf_token": csrf_of(cora.get("/queue").text)})
    with seeded.store.session() as s:
        assert s.get(FindingTicket, fid).assignee_id == seeded.ids["cora"]
        withdraw(s, s.get(db.Person, seeded.ids["ann"]), entered_by=s.get(db.Person, seeded.ids["admin"]))
    with seeded.store.session() as s:
        assert s.get(FindingTicket, fid) is None
        assert s.scalar(select(db.ReviewEvent).where(db.ReviewEvent.note == "my words")) is None

"""Invitations on real SQLite and PostgreSQL stores: the admin's form queues and sends the
mail through the outbox (.eml here, as without an SMTP server), the signed link opens the
page once, the volunteer's own consent is recorded with the policy version they saw,
and nothing of their accounts exists before they agree."""
from __future__ import annotations

import email
import re
from datetime import timedelta
from email import policy as email_policy

import pytest
from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.web import create_app
from socialaudit.app.web.invitelink import make_token
from socialaudit.core.settings import Settings
from socialaudit.storage import schema as db
from socialaudit.storage.schema_loop import Invite
from tests.web.conftest import csrf_of, sign_in
from tests.web.seed import POLICY_REF, seed

NEW_PASSWORD = "a long new password"


@pytest.fixture
def site(tmp_path, database_url):
    seeded = seed(tmp_path, tmp_path / "data", url=database_url)
    app = create_app(seeded.store, Settings(data_dir=seeded.data_dir, base_url="https://check.example.org"))
    yield seeded, app
    seeded.store.engine.dispose()


def _invite(app, seeded, admin=None, **form):
    admin = admin or sign_in(app, "admin")
    token = csrf_of(admin.get("/admin/people").text)
    data = {"name": "Vera Volunteer", "email": "vera@example.org", "role": "volunteer",
            "coordinator": str(seeded.ids["cora"]), "accounts": "x:@vera_v\ninstagram:@vera.makes", **form}
    return admin.post("/admin/invite", data={**data, "csrf_token": token})


def _mailed_link(seeded) -> str:
    files = sorted((seeded.data_dir / "outbox").glob("*.eml"))
    assert files, "the invitation was not sent"
    msg = email.message_from_bytes(files[-1].read_bytes(), policy=email_policy.default)
    assert msg["To"] == "vera@example.org"
    text = msg.get_body(("plain",)).get_content()
    return re.search(r"https://check\.example\.org(/invite/\S+)", text).group(1)


def _answer(client, link: str, **over):
    page = client.get(link)
    version = re.search(r'name="policy_version" value="([^"]+)"', page.text).group(1)
    data = {"csrf_token": csrf_of(page.text), "policy_version": version, "password": NEW_PASSWORD,
            "password_again": NEW_PASSWORD, "consent": "yes", "accounts": ["x:@vera_v"], **over}
    return client.post(link, data=data)


def test_an_invited_volunteer_consents_themselves_and_can_sign_in(site):
    seeded, app = site
    assert _invite(app, seeded).status_code == 302
    with seeded.store.session() as s:
        assert s.scalar(select(db.AccountRow).where(db.AccountRow.external_id == "x:@vera_v")) is None
        assert s.scalar(select(db.OutboxMessage.status).where(db.OutboxMessage.kind == "invite")) == "sent"
    link = _mailed_link(seeded)
    visitor = app.test_client()
    assert "x:@vera_v" in visitor.get(link).text
    assert _answer(visitor, link).status_code == 302
    with seeded.store.session() as s:
        vera = s.scalar(select(db.Person).where(db.Person.email == "vera@example.org"))
        consents = list(s.scalars(select(db.Consent).where(db.Consent.person_id == vera.id)))
        accounts = {a.external_id: a for a in s.scalars(select(db.AccountRow).where(db.AccountRow.person_id == vera.id))}
    assert [c.entered_by_id for c in consents] == [vera.id]  # given by the volunteer, not by the admin
    assert consents[0].policy_version == load_policy(POLICY_REF).fingerprint
    assert set(accounts) == {"x:@vera_v"}  # the account she did not tick was never stored
    assert accounts["x:@vera_v"].consent_at is not None and vera.coordinator_id == seeded.ids["cora"]
    signed = app.test_client()
    r = signed.post("/sign-in", data={"email": "vera@example.org", "password": NEW_PASSWORD,
                                      "csrf_token": csrf_of(signed.get("/sign-in").text)})
    assert r.status_code == 302 and r.headers["Location"].endswith("/me")


def test_an_invitation_link_works_once(site):
    seeded, app = site
    _invite(app, seeded)
    link = _mailed_link(seeded)
    visitor = app.test_client()
    _answer(visitor, link)
    assert app.test_client().get(link).status_code == 404


def test_a_forged_or_expired_or_replaced_link_is_refused(site):
    seeded, app = site
    _invite(app, seeded)
    link = _mailed_link(seeded)
    visitor = app.test_client()
    assert visitor.get(link[:-3] + ("AAA" if not link.endswith("AAA") else "BBB")).status_code == 404
    with seeded.store.session() as s:
        inv = s.scalar(select(Invite).order_by(Invite.id.desc()))
        forged = make_token(b"not the app's secret", inv.id, inv.nonce)
        inv.expires_at = inv.expires_at - timedelta(days=8)
    assert visitor.get(f"/invite/{forged}").status_code == 404
    assert visitor.get(link).status_code == 404  # expired
    _invite(app, seeded)  # a new invitation replaces the old one
    newest = _mailed_link(seeded)
    assert newest != link and visitor.get(newest).status_code == 200


def test_consent_is_not_recorded_without_the_tick_or_under_a_changed_policy(site):
    seeded, app = site
    _invite(app, seeded)
    link = _mailed_link(seeded)
    visitor = app.test_client()
    assert _answer(visitor, link, consent="").status_code == 400
    assert _answer(visitor, link, policy_version="0" * 16).status_code == 409
    assert _answer(visitor, link, password="short", password_again="short").status_code == 400
    with seeded.store.session() as s:
        vera = s.scalar(select(db.Person).where(db.Person.email == "vera@example.org"))
        assert s.scalar(select(db.Consent).where(db.Consent.person_id == vera.id)) is None
        assert vera.password_hash is None


@pytest.mark.parametrize("form,error", [
    ({"accounts": "x:@ann_volunteer"}, "enrolled for someone else"),
    ({"accounts": "myspace:@vera"}, "platform:handle"),
    ({"accounts": ""}, "at least one account"),
    ({"coordinator": ""}, "coordinator"),
    ({"email": "not-an-email"}, "valid email"),
    ({"email": "cora@example.org"}, "already here as a coordinator"),
])
def test_an_invitation_that_cannot_be_made_says_why_and_sends_nothing(site, form, error):
    seeded, app = site
    admin = sign_in(app, "admin")
    assert _invite(app, seeded, admin, **form).status_code == 302
    assert error in admin.get("/admin/people").text
    assert not list((seeded.data_dir / "outbox").glob("*.eml"))
    with seeded.store.session() as s:
        assert s.scalar(select(db.Person).where(db.Person.name == "Vera Volunteer")) is None


def test_a_coordinator_can_be_invited_and_sets_a_password(site):
    seeded, app = site
    _invite(app, seeded, name="Cleo Coordinator", email="vera@example.org", role="coordinator", accounts="")
    link = _mailed_link(seeded)
    visitor = app.test_client()
    assert "I agree" not in visitor.get(link).text
    assert _answer(visitor, link, consent="").status_code == 302
    with seeded.store.session() as s:
        cleo = s.scalar(select(db.Person).where(db.Person.email == "vera@example.org"))
        assert cleo.role == "coordinator" and cleo.password_hash is not None


def test_an_enrolled_volunteer_is_invited_to_add_an_account_and_keeps_their_password(site):
    seeded, app = site
    _invite(app, seeded, name="Ann Volunteer", email="ann@example.org", accounts="bluesky:@ann.bsky.social")
    link = _mailed_link_to(seeded, "ann@example.org")
    visitor = app.test_client()
    assert "You already have a password" in visitor.get(link).text
    assert _answer(visitor, link, password="", password_again="", accounts=["bluesky:@ann.bsky.social"]).status_code == 302
    with seeded.store.session() as s:
        ann = s.get(db.Person, seeded.ids["ann"])
        mine = set(s.scalars(select(db.AccountRow.external_id).where(db.AccountRow.person_id == ann.id)))
        self_given = s.scalar(select(db.Consent).where(db.Consent.person_id == ann.id,
                                                      db.Consent.entered_by_id == ann.id))
    assert mine == {"x:@ann_volunteer", "bluesky:@ann.bsky.social"} and self_given is not None
    assert sign_in(app, "ann").get("/me").status_code == 200  # the old password still works


def _mailed_link_to(seeded, recipient: str) -> str:
    for path in sorted((seeded.data_dir / "outbox").glob("*.eml"), reverse=True):
        msg = email.message_from_bytes(path.read_bytes(), policy=email_policy.default)
        if msg["To"] == recipient:
            text = msg.get_body(("plain",)).get_content()
            return re.search(r"https://check\.example\.org(/invite/\S+)", text).group(1)
    raise AssertionError(f"no invitation to {recipient}")

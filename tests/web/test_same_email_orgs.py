"""One email, two organisations: a sign-in is bound to exactly one person row, so to one
organisation, and every page then shows that organisation only (route x role x
organisation, for people whose email is in both).

On the two-organisation store of test_organisations, Cora (coordinator in A) is also an
admin in B with the same password, and Ann (volunteer in A) is also a coordinator in B
with another password."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from socialaudit.app.web.auth import MAX_FAILURES, hash_password
from socialaudit.app.web.views_auth import ORG_COOKIE
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.lifecycle import create_person
from tests.web.conftest import EMAILS, csrf_of
from tests.web.seed import PASSWORD
from tests.web.test_organisations import B_POLICY, LISTS, THINGS, WORDS, two_orgs  # noqa: F401 (a fixture)

ANN_B_PASSWORD = "ann's other long password"


@pytest.fixture(scope="module")
def shared(two_orgs):  # noqa: F811
    seeded, app = two_orgs
    from auditors.registry import load_policy
    with seeded.store.session() as s:
        org_b = repo.ensure_organisation(s, load_policy(B_POLICY))
        create_person(s, org_b, "Cora Again", EMAILS["cora"], "admin", hash_password(PASSWORD))
        create_person(s, org_b, "Ann Again", EMAILS["ann"], "coordinator", hash_password(ANN_B_PASSWORD))
        seeded.ids["org_b"] = org_b.id
        seeded.ids["org_a"] = s.scalar(select(db.Person.organisation_id).where(db.Person.id == seeded.ids["cora"]))
    return seeded, app


def _post_sign_in(client, email: str, password: str):
    token = csrf_of(client.get("/sign-in").text)
    return client.post("/sign-in", data={"email": email, "password": password, "csrf_token": token})


def _sign_in_to(app, email: str, password: str, org_id: int):
    """Sign in, choosing `org_id` if the password opens several organisations."""
    client = app.test_client()
    r = _post_sign_in(client, email, password)
    if r.status_code == 200 and 'name="organisation"' in r.text:
        r = client.post("/sign-in/organisation", data={"organisation": str(org_id), "csrf_token": csrf_of(r.text)})
    assert r.status_code == 302, f"{email} could not sign in to organisation {org_id}"
    return client


def _person_of(seeded, client) -> db.Person:
    with client.session_transaction() as sess:
        pid = sess["pid"]
    with seeded.store.session() as s:
        person = s.get(db.Person, pid)
        s.expunge(person)
    return person


def test_a_password_that_opens_two_organisations_asks_which_and_signs_in_nobody_yet(shared):
    _, app = shared
    client = app.test_client()
    r = _post_sign_in(client, EMAILS["cora"], PASSWORD)
    assert r.status_code == 200 and 'name="organisation"' in r.text
    assert r.text.count('type="radio"') == 2
    with client.session_transaction() as sess:
        assert "pid" not in sess
    assert client.get("/queue").status_code == 302  # not signed in until the choice is made


@pytest.mark.parametrize("org", ["A", "B"])
def test_the_chosen_organisation_is_the_only_one_the_session_sees(shared, org):
    seeded, app = shared
    org_id = seeded.ids["org_a" if org == "A" else "org_b"]
    client = _sign_in_to(app, EMAILS["cora"], PASSWORD, org_id)
    me = _person_of(seeded, client)
    assert me.organisation_id == org_id and me.role == ("coordinator" if org == "A" else "admin")
    other = "B" if org == "A" else "A"
    for route in ("/queue", "/reports", "/people"):
        text = client.get(route).text
        assert not [w for w in WORDS[other] if w in text], f"{route} shows organisation {other}"
    assert WORDS[org][0] in client.get("/queue").text


def test_the_password_decides_the_organisation_when_each_row_has_its_own(shared):
    seeded, app = shared
    in_b = _sign_in_to(app, EMAILS["ann"], ANN_B_PASSWORD, seeded.ids["org_b"])
    assert _person_of(seeded, in_b).organisation_id == seeded.ids["org_b"]
    assert in_b.get("/queue").status_code == 200  # a coordinator in B (with nobody to review yet)
    in_a = _sign_in_to(app, EMAILS["ann"], PASSWORD, seeded.ids["org_a"])
    assert _person_of(seeded, in_a).role == "volunteer"
    assert in_a.get("/queue").status_code == 404  # a volunteer in A, whatever she is in B


def test_an_organisation_the_password_did_not_open_cannot_be_chosen(shared):
    seeded, app = shared
    client = app.test_client()
    r = _post_sign_in(client, EMAILS["ann"], PASSWORD)  # opens A only: signed in directly
    assert r.status_code == 302
    forged = app.test_client()
    token = csrf_of(forged.get("/sign-in").text)
    r = forged.post("/sign-in/organisation", data={"organisation": str(seeded.ids["org_b"]), "csrf_token": token})
    assert r.status_code == 302 and r.headers["Location"].endswith("/sign-in")
    chooser = _post_sign_in(app.test_client(), EMAILS["cora"], PASSWORD)
    assert chooser.status_code == 200
    stranger = app.test_client()
    r = _post_sign_in(stranger, EMAILS["cora"], PASSWORD)
    r = stranger.post("/sign-in/organisation", data={"organisation": "999999", "csrf_token": csrf_of(r.text)})
    assert r.status_code == 400
    with stranger.session_transaction() as sess:
        assert "pid" not in sess


def test_a_wrong_password_spends_an_attempt_on_every_row_of_the_email(shared):
    seeded, app = shared
    _post_sign_in(app.test_client(), EMAILS["cora"], "not the password at all")
    with seeded.store.session() as s:
        rows = list(s.scalars(select(db.Person).where(db.Person.email == EMAILS["cora"])))
        assert len(rows) == 2 and all(p.failed_sign_ins == 1 for p in rows)
    _sign_in_to(app, EMAILS["cora"], PASSWORD, seeded.ids["org_a"])  # frees both slots: both rows were proven


def test_everyday_sign_ins_to_one_organisation_do_not_lock_the_other(shared):
    seeded, app = shared

    def ann_b_failures() -> int:
        with seeded.store.session() as s:
            return s.scalar(select(db.Person.failed_sign_ins).where(
                db.Person.email == EMAILS["ann"], db.Person.organisation_id == seeded.ids["org_b"]))
    _sign_in_to(app, EMAILS["ann"], ANN_B_PASSWORD, 0)  # a fresh count on B's row
    assert ann_b_failures() == 0
    client = app.test_client()
    for _ in range(MAX_FAILURES + 2):
        assert _post_sign_in(client, EMAILS["ann"], PASSWORD).status_code == 302
        assert client.get_cookie(ORG_COOKIE).value == str(seeded.ids["org_a"])
        client.post("/sign-out", data={"csrf_token": csrf_of(client.get("/me").text)})
    assert ann_b_failures() == 1  # only the first sign-in, before this browser knew its organisation
    assert _person_of(seeded, _sign_in_to(app, EMAILS["ann"], ANN_B_PASSWORD, 0)).role == "coordinator"


SHARED = {"cora-in-A": (EMAILS["cora"], PASSWORD, "A"), "cora-in-B": (EMAILS["cora"], PASSWORD, "B"),
          "ann-in-A": (EMAILS["ann"], PASSWORD, "A"), "ann-in-B": (EMAILS["ann"], ANN_B_PASSWORD, "B")}


@pytest.fixture(scope="module")
def shared_clients(shared):
    seeded, app = shared
    return {who: _sign_in_to(app, email, pw, seeded.ids["org_a" if org == "A" else "org_b"])
            for who, (email, pw, org) in SHARED.items()}


@pytest.mark.parametrize("route", LISTS)
@pytest.mark.parametrize("who", list(SHARED))
def test_people_with_one_email_in_two_organisations_see_only_the_chosen_one_on_every_list(shared_clients, who, route):
    other = "B" if SHARED[who][2] == "A" else "A"
    r = shared_clients[who].get(route)
    assert r.status_code in (200, 404)
    leaked = [w for w in WORDS[other] if w in r.text]
    assert not leaked, f"{who} sees {leaked} on {route}"


@pytest.mark.parametrize("i", range(3))
@pytest.mark.parametrize("who", list(SHARED))
def test_people_with_one_email_in_two_organisations_cannot_open_the_other_ones_things(shared, shared_clients, who, i):
    seeded, _ = shared
    other = "B" if SHARED[who][2] == "A" else "A"
    route, thing = THINGS[other][i]
    assert shared_clients[who].get(route.format(seeded.ids[thing])).status_code == 404


def test_an_invitation_to_a_second_organisation_binds_the_new_password_to_that_organisation(shared):
    import email as email_lib
    import re
    from email import policy as email_policy
    seeded, app = shared
    bea = _sign_in_to(app, "bea@other.example", PASSWORD, seeded.ids["org_b"])
    token = csrf_of(bea.get("/admin/people").text)
    r = bea.post("/admin/invite", data={"name": "Ben Again", "email": EMAILS["ben"], "role": "coordinator",
                                        "accounts": "", "csrf_token": token})
    assert r.status_code == 302
    mails = [email_lib.message_from_bytes(p.read_bytes(), policy=email_policy.default)
             for p in sorted((seeded.data_dir / "outbox").glob("*.eml"))]
    text = [m for m in mails if m["To"] == EMAILS["ben"]][-1].get_body(("plain",)).get_content()
    link = re.search(r"https?://[^/\s]+(/invite/\S+)", text).group(1)
    visitor = app.test_client()
    page = visitor.get(link)
    version = re.search(r'name="policy_version" value="([^"]+)"', page.text).group(1)
    new = "ben's own password for B"
    assert visitor.post(link, data={"csrf_token": csrf_of(page.text), "policy_version": version, "password": new,
                                    "password_again": new}).status_code == 302
    in_b = _person_of(seeded, _sign_in_to(app, EMAILS["ben"], new, 0))
    assert (in_b.organisation_id, in_b.role) == (seeded.ids["org_b"], "coordinator")
    in_a = _person_of(seeded, _sign_in_to(app, EMAILS["ben"], PASSWORD, 0))
    assert (in_a.organisation_id, in_a.role) == (seeded.ids["org_a"], "volunteer")

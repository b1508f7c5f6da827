"""Two organisations in one store: every route, for every role of each, never shows the
other organisation's people, posts, findings or reports (route x role x organisation).

Organisation A is the usual web seed (twins-trust-fcs: Ann, Ben, Cora, Carl, Ada);
organisation B (childrens-family-trust) has its own admin, coordinator and volunteer,
with posts audited into the same store."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.web import create_app
from socialaudit.core.settings import Settings
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.lifecycle import create_person, enrol
from tests.factories import store_audit
from tests.web.conftest import EMAILS, csrf_of
from tests.web.seed import PASSWORD, end_grace, seed

B_POLICY = "childrens-family-trust"
B_EMAILS = {"bea": "bea@other.example", "zed": "zed@other.example", "zoe": "zoe@other.example"}
B_RECORDS = [
    {"kind": "account", "id": "x:@zoe_helper", "platform": "x", "handle": "zoe_helper", "display_name": "Zoe",
     "role": "personal", "bio": "Helper at the family centre", "is_public": True},
    {"kind": "post", "id": "x:901", "account_id": "x:@zoe_helper", "platform": "x",
     "created_at": "2026-10-04T10:00:00Z", "text": "Home visit done, on my way back now",
     "geo": {"lat": 52.2, "lon": 0.12, "place_name": "Cambridge"}},
    {"kind": "post", "id": "x:902", "account_id": "x:@zoe_helper", "platform": "x",
     "created_at": "2026-10-06T10:00:00Z", "text": "Honestly the expenses process here is a joke, sort it out!"},
]
A_WORDS = ("Ann Volunteer", "Ben Volunteer", "ann_volunteer", "ben_volunteer", "Cora Coordinator", "Harrogate")
B_WORDS = ("Zoe Helper", "zoe_helper", "Zed Coordinator", "Cambridge")


@pytest.fixture(scope="module")
def two_orgs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("orgs")
    a = seed(tmp, tmp / "data")
    from socialaudit.app.web.auth import hash_password
    policy, pw = load_policy(B_POLICY), hash_password(PASSWORD)
    with a.store.session() as s:
        org = repo.ensure_organisation(s, policy)
        bea = create_person(s, org, "Bea Admin", B_EMAILS["bea"], "admin", pw)
        zed = create_person(s, org, "Zed Coordinator", B_EMAILS["zed"], "coordinator", pw)
        zoe = enrol(s, policy, name="Zoe Helper", email=B_EMAILS["zoe"], accounts=["x:@zoe_helper"],
                    entered_by=bea, coordinator=zed).person
        zoe.password_hash = pw
    bundle = tmp / "b.jsonl"
    bundle.write_text("".join(json.dumps(r) + "\n" for r in B_RECORDS), encoding="utf-8")
    store_audit(a.store, B_POLICY, bundle, data_dir=tmp / "data")
    end_grace(a.store)
    with a.store.session() as s:
        a.ids["zoe_post"] = s.scalar(select(db.PostRow.id).where(db.PostRow.external_id == "x:901"))
        a.ids["zoe_finding"] = s.scalar(select(db.FindingRow.id).where(db.FindingRow.subject == "x:901"))
    assert a.ids["zoe_finding"] and a.ids["ann_finding"]
    app = create_app(a.store, Settings(data_dir=a.data_dir))
    yield a, app
    a.store.engine.dispose()


def sign_in(app, email: str):
    client = app.test_client()
    token = csrf_of(client.get("/sign-in").text)
    r = client.post("/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 302, f"{email} could not sign in"
    return client


ROLES = {"ann": ("A", EMAILS["ann"]), "cora": ("A", EMAILS["cora"]), "admin": ("A", EMAILS["admin"]),
         "zoe": ("B", B_EMAILS["zoe"]), "zed": ("B", B_EMAILS["zed"]), "bea": ("B", B_EMAILS["bea"])}
THINGS = {"A": [("/findings/{}", "ann_finding"), ("/posts/{}", "ann_post"), ("/media/{}/0", "ann_post")],
          "B": [("/findings/{}", "zoe_finding"), ("/posts/{}", "zoe_post"), ("/media/{}/0", "zoe_post")]}
WORDS = {"A": A_WORDS, "B": B_WORDS}
LISTS = ["/queue", "/reports", "/stats", "/people", "/suppressions", "/access-log", "/me", "/me/check"]


def other(org: str) -> str:
    return "B" if org == "A" else "A"


@pytest.fixture(scope="module")
def clients(two_orgs):
    _, app = two_orgs
    return {who: sign_in(app, email) for who, (_, email) in ROLES.items()}


@pytest.mark.parametrize("who", list(ROLES))
@pytest.mark.parametrize("i", range(3))
def test_the_other_organisations_findings_posts_and_media_are_404(two_orgs, clients, who, i):
    seeded, _ = two_orgs
    route, thing = THINGS[other(ROLES[who][0])][i]
    assert clients[who].get(route.format(seeded.ids[thing])).status_code == 404


@pytest.mark.parametrize("route", LISTS)
@pytest.mark.parametrize("who", list(ROLES))
def test_no_page_lists_the_other_organisations_people_or_posts(clients, route, who):
    r = clients[who].get(route)
    assert r.status_code in (200, 404)
    leaked = [w for w in WORDS[other(ROLES[who][0])] if w in r.text]
    assert not leaked, f"{who} sees {leaked} on {route}"


@pytest.mark.parametrize("who,own", [("cora", "Ann Volunteer"), ("zed", "Zoe Helper")])
def test_each_coordinators_queue_shows_their_own_organisations_findings(clients, who, own):
    assert own in clients[who].get("/queue").text

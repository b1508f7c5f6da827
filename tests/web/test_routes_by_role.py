"""Every route, for every role. Someone else's data is 404 (never 403), so guessing
ids does not reveal what exists; anonymous visitors are sent to sign in."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from socialaudit.storage import schema as db
from tests.web.conftest import csrf_of

ROLES = (None, "ann", "ben", "cora", "carl", "admin")
# Ann is Cora's volunteer, Ben is Carl's. {ann_finding} etc. are filled from the seed.
ALL = dict.fromkeys(ROLES[1:], 200)
NONE = dict.fromkeys(ROLES[1:], 404)
STAFF = {"ann": 404, "ben": 404, "cora": 200, "carl": 200, "admin": 200}
VOLUNTEERS = {"ann": 200, "ben": 200, "cora": 404, "carl": 404, "admin": 404}
ANNS = {"ann": 200, "ben": 404, "cora": 200, "carl": 404, "admin": 200}
BENS = {"ann": 404, "ben": 200, "cora": 404, "carl": 200, "admin": 200}

GET_TABLE = [
    ("/queue", STAFF),
    ("/queue?rule=geotag&severity=high&state=open&platform=x&month=2026-10&volunteer=1", STAFF),
    ("/findings/{ann_finding}", ANNS),
    ("/findings/{ben_finding}", BENS),
    ("/findings/999999", NONE),
    ("/posts/{ann_post}", ANNS),
    ("/posts/{ben_post}", BENS),
    ("/posts/999999", NONE),
    ("/media/{ann_post}/0", ANNS),
    ("/media/{ann_post}/7", NONE),
    ("/media/{ben_post}/0", NONE),  # Ben's post has no photo: missing for everyone
    ("/reports", ALL),
    ("/reports/{ben_report}", {"ann": 404, "ben": 200, "cora": 404, "carl": 404, "admin": 404}),  # a self-audit
    ("/reports/999999", NONE),
    ("/me", VOLUNTEERS),
    ("/me/check", ALL),
    ("/me/self-audit", VOLUNTEERS),
    ("/stats", STAFF),
    ("/suppressions", STAFF),
    ("/people", STAFF),
    ("/access-log", {"ann": 404, "ben": 404, "cora": 404, "carl": 404, "admin": 200}),
]


def _cases():
    for path, expected in GET_TABLE:
        for role in ROLES:
            yield pytest.param(path, role, 302 if role is None else expected[role], id=f"{path}-{role}")


@pytest.mark.parametrize("path,role,status", list(_cases()))
def test_get_route_answers_each_role_as_expected(clients, shared_seed, path, role, status):
    r = clients[role].get(path.format(**shared_seed.ids))
    assert r.status_code == status
    if role is None:
        assert "/sign-in" in r.headers["Location"]


POST_TABLE = [
    ("/findings/{ann_finding}/reveal", {}, {"ann": 200, "ben": 404, "cora": 200, "carl": 404, "admin": 200}),
    ("/findings/{ann_finding}/action", {"action": "note", "text": "checked"},
     {"ann": 404, "ben": 404, "cora": 302, "carl": 404, "admin": 302}),
    ("/findings/{ben_finding}/action", {"action": "note", "text": "checked"},
     {"ann": 404, "ben": 404, "cora": 404, "carl": 302, "admin": 302}),
    ("/findings/999999/action", {"action": "note", "text": "x"}, NONE),
    ("/me/self-audit/AAAAAAAAAAAAAAAAAAAAAAAA", {"decision": "discard"},
     {"ann": 404, "ben": 404, "cora": 404, "carl": 404, "admin": 404}),
]


def _post_cases():
    for path, form, expected in POST_TABLE:
        for role in ROLES:
            yield pytest.param(path, form, role, 404 if role is None else expected[role], id=f"POST {path}-{role}")


@pytest.mark.parametrize("path,form,role,status", list(_post_cases()))
def test_post_route_answers_each_role_as_expected(clients, shared_seed, path, form, role, status):
    client = clients[role]
    token = csrf_of(client.get("/sign-in").text) if role is None else csrf_of(client.get("/me/check").text)
    r = client.post(path.format(**shared_seed.ids), data={**form, "csrf_token": token})
    assert r.status_code == status


def test_bulk_action_on_another_coordinators_finding_changes_nothing(clients, shared_seed):
    carl = clients["carl"]
    token = csrf_of(carl.get("/me/check").text)
    fid = shared_seed.ids["ann_finding"]
    with shared_seed.store.session() as s:
        before = s.scalar(select(func.count()).select_from(db.ReviewEvent).where(db.ReviewEvent.finding_id == fid))
    r = carl.post("/queue/bulk", data={"ids": [str(fid)], "action": "dismiss", "text": "nope", "csrf_token": token})
    assert r.status_code == 302
    with shared_seed.store.session() as s:
        after = s.scalar(select(func.count()).select_from(db.ReviewEvent).where(db.ReviewEvent.finding_id == fid))
        assert s.get(db.FindingRow, fid).state == "open"
    assert after == before


def test_coordinator_queue_lists_only_their_volunteers(clients):
    cora = clients["cora"].get("/queue").text
    assert "Ann Volunteer" in cora and "Ben Volunteer" not in cora


def test_a_form_without_its_csrf_token_is_refused(clients, shared_seed):
    r = clients["cora"].post(f"/findings/{shared_seed.ids['ann_finding']}/action",
                             data={"action": "note", "text": "x"})
    assert r.status_code == 400

"""Every new route (admin pages, invitations, the loop back, exports), for every role.
As everywhere in the app: someone else's data is 404 (never 403) and anonymous visitors
are sent to sign in, except on the invitation page, which a signed link opens."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from socialaudit.storage import schema as db
from tests.web.conftest import csrf_of

ROLES = (None, "ann", "ben", "cora", "carl", "admin")
ADMIN = {"ann": 404, "ben": 404, "cora": 404, "carl": 404, "admin": 200}
STAFF = {"ann": 404, "ben": 404, "cora": 200, "carl": 200, "admin": 200}
NONE = dict.fromkeys(ROLES[1:], 404)
SIGN_IN = 302  # anonymous GET of a signed-in page

GET_TABLE = [
    ("/admin/people", ADMIN, SIGN_IN),
    ("/admin/accounts", ADMIN, SIGN_IN),
    ("/admin/runs", ADMIN, SIGN_IN),
    ("/admin/runs?n=5", ADMIN, SIGN_IN),
    ("/admin/settings", STAFF, SIGN_IN),
    ("/queue.csv", STAFF, SIGN_IN),
    ("/queue.csv?assigned=me&severity=high", STAFF, SIGN_IN),
    ("/queue?assigned=none", STAFF, SIGN_IN),
    ("/findings-2026-10.csv", STAFF, SIGN_IN),
    ("/findings-2026-13.csv", NONE, SIGN_IN),
    ("/trail.csv", STAFF, SIGN_IN),
    ("/trail.csv?month=2026-11", STAFF, SIGN_IN),
    ("/reports/{ben_report}.pdf", {"ann": 404, "ben": 200, "cora": 404, "carl": 404, "admin": 404}, SIGN_IN),
    ("/reports/999999.pdf", NONE, SIGN_IN),
    ("/invite/not-a-token", NONE, 404),
]


@pytest.fixture(scope="module")
def ids(shared_seed):
    with shared_seed.store.session() as s:
        ann_account = s.scalar(select(db.AccountRow.id).where(db.AccountRow.external_id == "x:@ann_volunteer"))
    return {**shared_seed.ids, "ann_account": ann_account}


def _cases():
    for path, expected, anonymous in GET_TABLE:
        for role in ROLES:
            yield pytest.param(path, role, anonymous if role is None else expected[role], id=f"{path}-{role}")


@pytest.mark.parametrize("path,role,status", list(_cases()))
def test_new_get_route_answers_each_role_as_expected(clients, ids, path, role, status):
    r = clients[role].get(path.format(**ids))
    assert r.status_code == status
    if status == SIGN_IN:
        assert "/sign-in" in r.headers["Location"]


POST_TABLE = [
    ("/findings/{ann_finding}/respond", {"response": "acknowledge"},
     {"ann": 302, "ben": 404, "cora": 404, "carl": 404, "admin": 404}),
    ("/findings/{ben_finding}/respond", {"response": "acknowledge"},
     {"ann": 404, "ben": 302, "cora": 404, "carl": 404, "admin": 404}),
    ("/findings/{ann_finding}/assign", {"assignee": "me"},
     {"ann": 404, "ben": 404, "cora": 302, "carl": 404, "admin": 302}),
    ("/findings/{ben_finding}/assign", {"assignee": "{cora}"},  # Cora may not see Ben's finding
     {"ann": 404, "ben": 404, "cora": 404, "carl": 404, "admin": 404}),
    ("/findings/999999/respond", {"response": "acknowledge"}, NONE),
    ("/admin/invite", {"name": "Vera Volunteer", "email": "vera-{role}@example.org", "role": "volunteer",
                       "coordinator": "{cora}", "accounts": "x:@vera_v"}, {**ADMIN, "admin": 302}),
    ("/admin/accounts/{ann_account}/status", {"status": "active"}, {**ADMIN, "admin": 302}),
    ("/admin/accounts/{ann_account}/connection", {"source": "x", "every": "12"}, {**ADMIN, "admin": 302}),
    ("/admin/accounts/999999/status", {"status": "paused"}, NONE),
    ("/admin/invites/999999/revoke", {}, NONE),
    ("/admin/settings", {"weekly_digest": "on", "remind_after_days": "7", "escalate_after_days": "14"},
     {**STAFF, "cora": 302, "carl": 302, "admin": 302}),
    ("/invite/not-a-token", {"password": "x" * 12, "password_again": "x" * 12}, NONE),
]


def _post_cases():
    for path, form, expected in POST_TABLE:
        for role in ROLES:
            yield pytest.param(path, form, role, 404 if role is None else expected[role], id=f"POST {path}-{role}")


@pytest.mark.parametrize("path,form,role,status", list(_post_cases()))
def test_new_post_route_answers_each_role_as_expected(clients, ids, path, form, role, status):
    client = clients[role]
    token = csrf_of(client.get("/sign-in").text) if role is None else csrf_of(client.get("/me/check").text)
    data = {k: v.format(role=role, **ids) for k, v in form.items()}
    r = client.post(path.format(**ids), data={**data, "csrf_token": token})
    assert r.status_code == status


def test_a_volunteer_sees_no_assign_form_and_staff_see_no_answer_form(clients, ids):
    ann = clients["ann"].get(f"/findings/{ids['ann_finding']}").text
    cora = clients["cora"].get(f"/findings/{ids['ann_finding']}").text
    assert "/respond" in ann and "/assign" not in ann
    assert "/assign" in cora and "/respond" not in cora


def test_admin_pages_are_linked_only_for_admins(clients):
    assert "/admin/people" in clients["admin"].get("/queue").text
    assert "/admin/people" not in clients["cora"].get("/queue").text
    assert "/admin/settings" in clients["cora"].get("/queue").text


# Endpoints whose access is checked elsewhere, with where.
CHECKED_ELSEWHERE = {
    "static": "public files",
    "auth.index": "redirects by role (test_review_app)",
    "auth.sign_in": "public (test_web_hardening)",
    "auth.sign_out": "ends only the caller's session (test_web_hardening)",
    "auth.choose_organisation": "only the organisations the password just opened (test_same_email_orgs)",
    "review.bulk": "test_bulk_action_on_another_coordinators_finding_changes_nothing",
}


def test_every_route_is_in_a_route_by_role_table(shared_app):
    from tests.web import test_routes_by_role as older
    adapter = shared_app.url_map.bind("localhost")
    dummy = {k: 1 for k in ("ann_finding", "ben_finding", "ann_post", "ben_post", "ben_report", "ann_account",
                            "cora", "carl", "admin", "ann", "ben")}
    covered = set()
    for path, *_ in [*older.GET_TABLE, *GET_TABLE]:
        covered.add(adapter.match(path.format(**dummy).split("?")[0], method="GET")[0])
    for path, *_ in [*older.POST_TABLE, *POST_TABLE]:
        covered.add(adapter.match(path.format(**dummy), method="POST")[0])
    endpoints = {r.endpoint for r in shared_app.url_map.iter_rules()}
    assert endpoints - covered - set(CHECKED_ELSEWHERE) == set()

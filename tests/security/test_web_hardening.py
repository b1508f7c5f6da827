"""Issue 9, rows 5, 12, 13, 14: lock-out counted atomically, redirects kept on this site,
sessions revoked on sign-out, and bad parameters answered 400/404, never 500."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from socialaudit.app.web import create_app
from socialaudit.app.web.auth import MAX_FAILURES
from socialaudit.core.settings import Settings
from socialaudit.storage import schema as db
from socialaudit.storage.db import open_store
from tests.web.conftest import EMAILS, csrf_of, sign_in
from tests.web.seed import PASSWORD

OFFSITE_NEXT = ["//evil.example", "/%09/evil.example", "/\t/evil.example", "/\n/evil.example", "/%0A/x",
                "/\\evil.example", "https://evil.example/", "/ /evil.example", "http:/evil", "/%0d%0aSet-Cookie:x=1"]


def wrong_password_attempt(app, email: str) -> None:
    client = app.test_client()
    token = csrf_of(client.get("/sign-in").text)
    client.post("/sign-in", data={"email": email, "password": "wrong password!!", "csrf_token": token})


def passwords_checked(store, person_id: int) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(db.AccessLog).where(
            db.AccessLog.actor_id == person_id, db.AccessLog.action == "sign-in-failed",
            db.AccessLog.detail.is_(None)))


def test_parallel_wrong_passwords_never_check_more_than_the_limit(app, seeded):
    threads = [threading.Thread(target=wrong_password_attempt, args=(app, EMAILS["cora"])) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert passwords_checked(seeded.store, seeded.ids["cora"]) <= MAX_FAILURES
    with seeded.store.session() as s:
        assert s.get(db.Person, seeded.ids["cora"]).locked_until is not None


def _attempts_in_a_process(url: str, data_dir: str, email: str, n: int) -> None:
    from socialaudit.storage.db import open_store
    store = open_store(url=url)
    app = create_app(store, Settings(data_dir=Path(data_dir)))
    for _ in range(n):
        wrong_password_attempt(app, email)


def test_wrong_passwords_from_several_processes_share_one_count(seeded, tmp_path):
    import multiprocessing as mp
    # fresh processes (not forks of this one), started from a server that imported the app
    # once: four cold interpreters importing it side by side cost half a minute on a busy machine
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload([_attempts_in_a_process.__module__])
    url = seeded.store.url
    procs = [ctx.Process(target=_attempts_in_a_process, args=(url, str(seeded.data_dir), EMAILS["carl"], 4))
             for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]  # every process made its attempts
    assert passwords_checked(seeded.store, seeded.ids["carl"]) <= MAX_FAILURES


def test_lock_out_is_atomic_on_every_database(database_url, tmp_path):
    """The same race on SQLite and PostgreSQL, through the app on a fresh store."""
    from auditors.registry import load_policy
    from socialaudit.app.web.auth import hash_password
    from socialaudit.storage import repo
    from socialaudit.storage.lifecycle import create_person
    store = open_store(url=database_url)
    with store.session() as s:
        org = repo.ensure_organisation(s, load_policy("twins-trust-fcs"))
        pid = create_person(s, org, "Cora", "cora@example.org", "coordinator", hash_password(PASSWORD)).id
    app = create_app(store, Settings(data_dir=tmp_path / "data"))
    threads = [threading.Thread(target=wrong_password_attempt, args=(app, "cora@example.org")) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert passwords_checked(store, pid) <= MAX_FAILURES
    store.engine.dispose()


@pytest.mark.parametrize("target", OFFSITE_NEXT)
def test_sign_in_never_redirects_off_the_site(app, target):
    client = app.test_client()
    token = csrf_of(client.get("/sign-in").text)
    r = client.post("/sign-in", query_string={"next": target},
                    data={"email": EMAILS["cora"], "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 302
    location = r.headers["Location"]
    assert location.startswith("/") and not location.startswith("//") and "evil" not in location
    assert "\n" not in location and "\r" not in location and "\t" not in location


def test_a_same_site_next_is_followed(app):
    client = app.test_client()
    token = csrf_of(client.get("/sign-in").text)
    r = client.post("/sign-in?next=/queue?rule=geotag",
                    data={"email": EMAILS["cora"], "password": PASSWORD, "csrf_token": token})
    assert r.headers["Location"] == "/queue?rule=geotag"


def test_an_old_session_cookie_stops_working_after_sign_out(app):
    client = sign_in(app, "cora")
    cookie = client.get_cookie("sa_session").value
    token = csrf_of(client.get("/me/check").text)
    client.post("/sign-out", data={"csrf_token": token})
    replay = app.test_client()
    replay.set_cookie("sa_session", cookie)
    r = replay.get("/queue")
    assert r.status_code == 302 and "/sign-in" in r.headers["Location"]


@pytest.mark.parametrize("path", [
    "/queue?volunteer=99999999999999999999999", "/queue?page=99999999999999999999999", "/queue?page=0",
    "/queue?page=-1", "/queue?volunteer=abc", "/queue?page=1e9", "/queue?volunteer=%00",
])
def test_bad_query_parameters_are_a_bad_request(app, path):
    assert sign_in(app, "cora").get(path).status_code == 400


@pytest.mark.parametrize("path", [
    "/findings/99999999999999999999999", "/posts/99999999999999999999999", "/media/99999999999999999999999/0",
    "/media/1/99999999999999999999999", "/reports/99999999999999999999999",
])
def test_huge_ids_in_paths_are_not_found(app, path):
    assert sign_in(app, "admin").get(path).status_code == 404


def test_a_newline_in_next_is_not_a_server_error(app):
    assert app.test_client().get("/sign-in?next=/%0A/x").status_code == 200

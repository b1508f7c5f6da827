"""The loop back's mails, end to end: `socialaudit run`'s scheduled job reads a volunteer's
real X archive, and on the following days it reminds the volunteer, alerts and then
escalates to the coordinator, each once, over SMTP to a server on 127.0.0.1; no mail
names the family or the place."""
from __future__ import annotations

from datetime import timedelta

import pytest

pytest.importorskip("flask", reason="the invitation test needs the web app: pip install 'socialaudit[web]'")

from socialaudit.app.web import create_app  # noqa: E402
from socialaudit.app.web.auth import hash_password  # noqa: E402
from socialaudit.core.settings import load_settings  # noqa: E402
from socialaudit.storage import repo  # noqa: E402
from socialaudit.storage import schema as db  # noqa: E402
from socialaudit.storage.db import open_store  # noqa: E402
from socialaudit.storage.lifecycle import create_person  # noqa: E402
from tests.reports.factory import POLICY, SECRET_POST, SECRETS, enrol_archive, people, run  # noqa: E402
from tests.web.conftest import csrf_of  # noqa: E402


def _subjects(inbox, address: str) -> list[str]:
    return [m["Subject"] for m in inbox.by_recipient(address)]


FOLLOW_UP_SUBJECTS = ("waiting for your answer", "high-severity", "unanswered for")


def _follow_ups(inbox) -> int:
    return sum(any(k in (m["Subject"] or "") for k in FOLLOW_UP_SUBJECTS) for _, m in inbox.messages)


def _all_text(inbox) -> str:
    return "\n".join(part.get_content() for _, m in inbox.messages for part in m.walk()
                     if part.get_content_type() in ("text/plain", "text/html"))


def test_the_run_reminds_alerts_and_escalates_once_each_without_naming_anyone(tmp_path, isolated_data_dir,
                                                                               smtp_server):
    store = open_store(load_settings())
    ids = people(store, {"cora": ["val"]})
    enrol_archive(store, tmp_path / "archive", "val_x", ids["val"], extra_texts=[SECRET_POST])
    start = repo.now()
    run(store, now=start)
    assert not [s for s in _subjects(smtp_server, "val@example.org") if "waiting for your answer" in s]
    run(store, now=start + timedelta(days=7, hours=2))  # the grace window has just ended
    assert any("high-severity" in s for s in _subjects(smtp_server, "cora@example.org"))
    assert any("waiting for your answer" in s for s in _subjects(smtp_server, "val@example.org"))
    run(store, now=start + timedelta(days=15))
    assert any("unanswered for 14 days" in s for s in _subjects(smtp_server, "cora@example.org"))
    assert _follow_ups(smtp_server) == 3
    run(store, now=start + timedelta(days=16))
    assert _follow_ups(smtp_server) == 3  # each follow-up went once
    text = _all_text(smtp_server)
    assert "/findings/" in text
    assert not [w for w in SECRETS if w in text]
    store.engine.dispose()


def test_an_invitation_from_the_web_app_goes_out_over_smtp_at_once(isolated_data_dir, smtp_server):
    settings = load_settings()
    store = open_store(settings)
    ids = people(store, {"cora": []})
    with store.session() as s:
        create_person(s, repo.ensure_organisation(s, POLICY), "Ada Admin", "ada@example.org", "admin",
                      hash_password("correct horse battery"))
    client = create_app(store, settings).test_client()
    client.post("/sign-in", data={"email": "ada@example.org", "password": "correct horse battery",
                                  "csrf_token": csrf_of(client.get("/sign-in").text)})
    client.post("/admin/invite", data={"name": "Vic Volunteer", "email": "vic@example.org", "role": "volunteer",
                                       "coordinator": str(ids["cora"]), "accounts": "x:@vic_v",
                                       "csrf_token": csrf_of(client.get("/admin/people").text)})
    [msg] = smtp_server.by_recipient("vic@example.org")
    assert "/invite/" in msg.get_body(("plain",)).get_content()
    with store.session() as s:
        assert s.query(db.OutboxMessage).filter_by(kind="invite").one().status == "sent"
    store.engine.dispose()

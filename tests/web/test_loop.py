"""The loop back on real SQLite and PostgreSQL stores: the volunteer answers on their
finding and the coordinator sees the thread; a finding is assigned and the queue filters
"mine"; reminders, escalations, high-severity alerts and the weekly digest are queued by
the run's delivery phase once each, and say nothing a page would hide."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.delivery import queue_due
from socialaudit.app.web import create_app
from socialaudit.core.settings import Settings
from socialaudit.storage import followup, repo
from socialaudit.storage import schema as db
from tests.web.conftest import csrf_of, sign_in
from tests.web.seed import POLICY_REF, seed

FOLLOW_UPS = ("reminder", "escalation", "alert", "digest")


@pytest.fixture
def site(tmp_path, database_url):
    seeded = seed(tmp_path, tmp_path / "data", url=database_url)
    settings = Settings(data_dir=seeded.data_dir, base_url="https://check.example.org")
    yield seeded, create_app(seeded.store, settings), settings
    seeded.store.engine.dispose()


def _hidden_words(seeded) -> set[str]:
    """Every name and place the stored masks hide, and every geotag's place name."""
    words = set()
    with seeded.store.session() as s:
        for f in s.scalars(select(db.FindingRow)):
            post = s.get(db.PostRow, f.post_id) if f.post_id else None
            text = (post.record or {}).get("text") or "" if post else ""
            words |= {text[m[0]:m[1]] for m in f.masks or [] if m[3] == "text"}
            geo = (post.record or {}).get("geo") if post else None
            if geo and geo.get("place_name"):
                words.add(geo["place_name"])
    assert words, "the seed should hide something"
    return words


def _run_delivery(seeded, settings, now) -> list[db.OutboxMessage]:
    """The run's delivery phase at `now`: the follow-up mails it queued."""
    with seeded.store.session() as s:
        before = set(s.scalars(select(db.OutboxMessage.id)))
        queue_due(s, load_policy(POLICY_REF), settings, None, now)
        s.flush()
        return [m for m in s.scalars(select(db.OutboxMessage).order_by(db.OutboxMessage.id))
                if m.id not in before and m.kind in FOLLOW_UPS]


def _respond(client, finding_id, response, text=""):
    token = csrf_of(client.get(f"/findings/{finding_id}").text)
    return client.post(f"/findings/{finding_id}/respond", data={"response": response, "text": text,
                                                                  "csrf_token": token})


def test_the_volunteer_answers_and_the_coordinator_sees_the_thread(site):
    seeded, app, _ = site
    ann, cora = sign_in(app, "ann"), sign_in(app, "cora")
    fid = seeded.ids["ann_finding"]
    assert _respond(ann, fid, "reply", "").status_code == 302
    assert "write your reply first" in ann.get(f"/findings/{fid}").text
    _respond(ann, fid, "reply", "I took the location off, sorry")
    _respond(ann, fid, "dispute", "This was my own garden, not a family's home")
    page = cora.get(f"/findings/{fid}").text
    assert "I took the location off, sorry" in page and "The volunteer disputes it" in page
    assert "my own garden" in page
    _respond(ann, fid, "fixed")
    with seeded.store.session() as s:
        assert followup.ticket_of(s, fid).volunteer_status == "fixed"
        actions = [e.action for e in s.scalars(select(db.ReviewEvent).where(db.ReviewEvent.finding_id == fid))]
    assert actions[-3:] == ["replied", "disputed", "fixed"]


def test_a_closed_finding_takes_no_answer(site):
    seeded, app, _ = site
    fid = seeded.ids["ann_finding"]
    with seeded.store.session() as s:
        s.get(db.FindingRow, fid).state = "dismissed"
    ann = sign_in(app, "ann")
    _respond(ann, fid, "acknowledge")
    assert "nothing to answer" in ann.get(f"/findings/{fid}").text


def test_a_finding_is_assigned_and_the_queue_filters_mine(site):
    seeded, app, _ = site
    cora, admin = sign_in(app, "cora"), sign_in(app, "admin")
    fid = seeded.ids["ann_finding"]
    token = csrf_of(cora.get(f"/findings/{fid}").text)
    assert cora.post(f"/findings/{fid}/assign", data={"assignee": str(seeded.ids["cora"]),
                                                      "csrf_token": token}).status_code == 302
    mine = cora.get("/queue?assigned=me").text
    assert f"/findings/{fid}\"" in mine and mine.count('name="ids"') == 1
    assert cora.get("/queue?assigned=none").text.count(f"/findings/{fid}\"") == 0
    assert 'name="ids"' not in admin.get("/queue?assigned=me").text
    assert "Reviewer" in cora.get(f"/findings/{fid}").text
    token = csrf_of(admin.get(f"/findings/{fid}").text)
    admin.post(f"/findings/{fid}/assign", data={"assignee": str(seeded.ids["carl"]), "csrf_token": token})
    with seeded.store.session() as s:  # Carl cannot see Ann's finding: it stays Cora's
        assert followup.ticket_of(s, fid).assignee_id == seeded.ids["cora"]


def test_unanswered_findings_are_reminded_then_escalated_once_each(site):
    seeded, app, settings = site
    _respond(sign_in(app, "ann"), seeded.ids["ann_finding"], "acknowledge")
    now = repo.now()
    assert [m for m in _run_delivery(seeded, settings, now + timedelta(days=3)) if m.kind == "reminder"] == []
    reminders = _run_delivery(seeded, settings, now + timedelta(days=8))
    by_kind = {(m.kind, m.recipient) for m in reminders}
    assert ("reminder", "ann@example.org") in by_kind and ("reminder", "ben@example.org") in by_kind
    assert not {k for k, _ in by_kind} & {"escalation"}
    ann_mail = next(m for m in reminders if m.recipient == "ann@example.org")
    assert f"/findings/{seeded.ids['ann_finding']}" not in ann_mail.body_text  # she answered that one
    assert [m for m in _run_delivery(seeded, settings, now + timedelta(days=9)) if m.kind == "reminder"] == []
    escalations = [m for m in _run_delivery(seeded, settings, now + timedelta(days=15)) if m.kind == "escalation"]
    assert {m.recipient for m in escalations} == {"cora@example.org", "carl@example.org"}
    assert _run_delivery(seeded, settings, now + timedelta(days=16)) == []
    hidden = _hidden_words(seeded)
    for m in reminders + escalations:
        assert not [w for w in hidden if w in m.body_text or w in (m.body_html or "") or w in m.subject]


def test_settings_switch_steps_off(site):
    seeded, app, settings = site
    with seeded.store.session() as s:
        followup.save_settings(s, s.scalar(select(db.Organisation.id)), 0, 0, False)
    assert _run_delivery(seeded, settings, repo.now() + timedelta(days=30)) == []
    with seeded.store.session() as s, pytest.raises(followup.ReviewError):
        followup.save_settings(s, s.scalar(select(db.Organisation.id)), 10, 5, True)


def test_a_high_severity_finding_alerts_the_coordinator_when_its_grace_window_ends(site):
    seeded, app, settings = site
    now = repo.now()
    alerts = _run_delivery(seeded, settings, now)
    assert {m.recipient for m in alerts if m.kind == "alert"} == {"cora@example.org", "carl@example.org"}
    with seeded.store.session() as s:
        high = {f.id for f in s.scalars(select(db.FindingRow).where(db.FindingRow.severity == "high"))}
        alerted = {t.finding_id for t in s.scalars(select(followup.FindingTicket).where(
            followup.FindingTicket.alerted_at.is_not(None)))}
    assert alerted == high
    assert _run_delivery(seeded, settings, now + timedelta(hours=1)) == []
    hidden = _hidden_words(seeded)
    assert not [w for m in alerts for w in hidden if w in m.body_text or w in (m.body_html or "")]


def test_no_alert_inside_the_grace_window_or_long_after_it(tmp_path, database_url):
    seeded = seed(tmp_path, tmp_path / "data", url=database_url, grace_over=False)
    settings = Settings(data_dir=seeded.data_dir)
    try:
        assert [m for m in _run_delivery(seeded, settings, repo.now()) if m.kind == "alert"] == []
        late = repo.now() + timedelta(days=30)
        assert [m for m in _run_delivery(seeded, settings, late) if m.kind == "alert"] == []
    finally:
        seeded.store.engine.dispose()


def test_the_weekly_digest_goes_once_a_week_to_those_who_asked(site):
    seeded, app, settings = site
    cora = sign_in(app, "cora")
    token = csrf_of(cora.get("/admin/settings").text)
    cora.post("/admin/settings", data={"weekly_digest": "on", "csrf_token": token})
    monday = repo.now() - timedelta(days=repo.now().weekday())
    first = [m for m in _run_delivery(seeded, settings, monday) if m.kind == "digest"]
    assert [m.recipient for m in first] == ["cora@example.org"]
    assert "waiting for a decision" in first[0].body_text
    assert [m for m in _run_delivery(seeded, settings, monday + timedelta(days=2)) if m.kind == "digest"] == []
    assert len([m for m in _run_delivery(seeded, settings, monday + timedelta(days=7)) if m.kind == "digest"]) == 1

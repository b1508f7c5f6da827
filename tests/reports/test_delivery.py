"""Delivery through a real SMTP server on 127.0.0.1: what is due, who gets it, both
parts, retries after a refusal, never twice."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select

from reports.items import month_of, shift_month
from reports.mailer import SmtpMailer
from socialaudit.app.delivery import deliver_due, send_pending
from socialaudit.core.settings import load_settings
from socialaudit.storage import schema as db
from tests.reports.factory import POLICY, after_grace, enrol_archive, outbox, people, run


def _setup(store, tmp_path):
    ids = people(store, {"cora": ["val", "vic"], "carl": ["ben"]})
    enrol_archive(store, tmp_path / "val", "val_v", ids["val"], first_id=10**15)
    enrol_archive(store, tmp_path / "ben", "ben_v", ids["ben"], first_id=2 * 10**15)
    return ids


def _monthly(inbox, who):
    return [m for m in inbox.by_recipient(f"{who}@example.org") if m["X-Socialaudit-Kind"] == "coordinator-report"]


def test_monthly_report_is_due_only_once_the_month_has_ended(store, tmp_path, smtp_server):
    _setup(store, tmp_path)
    run(store, now=datetime(2026, 11, 21, tzinfo=timezone.utc))
    keys = {m.dedupe_key for m in outbox(store)}
    assert "monthly:2026-10:coordinator:1" in keys and not any("2026-11" in k for k in keys)
    run(store, now=datetime(2026, 11, 30, 23, tzinfo=timezone.utc))
    assert not any("monthly:2026-11" in m.dedupe_key for m in outbox(store))
    run(store, now=datetime(2026, 12, 1, 0, 5, tzinfo=timezone.utc))
    assert sum("monthly:2026-11" in m.dedupe_key for m in outbox(store)) == 2  # one per coordinator


def test_each_coordinator_gets_one_multipart_report_about_their_own_volunteers(store, tmp_path, smtp_server):
    _setup(store, tmp_path)
    run(store)
    day = after_grace(store)
    result = run(store, now=day)
    assert result.messages_sent >= 2
    run(store, now=day)  # a later run the same day sends nothing again
    cora, carl = _monthly(smtp_server, "cora"), _monthly(smtp_server, "carl")
    month = shift_month(month_of(day), -1)
    assert len([m for m in cora if "Val Volunteer" in m.get_body(("plain",)).get_content()]) == 1
    text, html = (cora[-1].get_body((k,)).get_content() for k in ("plain", "html"))
    assert cora[-1].get_content_type() == "multipart/alternative"
    assert "Val Volunteer" in text and "Val Volunteer" in html and "<svg" in html
    assert "Ben Volunteer" not in text + html  # Carl's volunteer is not in Cora's report
    assert "Ben Volunteer" in carl[-1].get_body(("plain",)).get_content()
    assert cora[-1]["From"] == "audit@charity.example"
    with store.session() as s:
        archived = s.scalars(select(db.ArchivedReport).where(db.ArchivedReport.kind == "monthly",
                                                             db.ArchivedReport.month == month)).all()
    assert len(archived) == 2 and all("<svg" in a.html for a in archived)


def test_report_links_to_the_post_and_its_review_page(store, tmp_path, smtp_server):
    _setup(store, tmp_path)
    run(store)
    run(store, now=after_grace(store))
    text = _monthly(smtp_server, "cora")[-1].get_body(("plain",)).get_content()
    assert "https://x.com/val_v/status/" in text
    with store.session() as s:
        fid = s.scalar(select(db.FindingRow.id).where(db.FindingRow.rule == "geotag").order_by(db.FindingRow.id))
    assert f"http://127.0.0.1:8080/findings/{fid}" in text


def test_volunteers_get_a_self_audit_once_for_new_findings_with_advice_and_help(store, tmp_path, smtp_server):
    _setup(store, tmp_path)
    run(store)
    run(store)
    mails = [m for m in smtp_server.by_recipient("val@example.org") if m["X-Socialaudit-Kind"] == "self-audit"]
    assert len(mails) == 1
    text = mails[0].get_body(("plain",)).get_content()
    assert POLICY.rule("geotag").advice in text
    assert POLICY.section("review")["help_text"] in text
    assert POLICY.rule("geotag").policy_text in text
    assert not smtp_server.by_recipient("vic@example.org")  # no accounts, nothing found: no mail


def test_a_refused_message_is_retried_by_the_next_run_and_sent_once(store, tmp_path, smtp_server):
    _setup(store, tmp_path)
    smtp_server.refuse_next = ["451 4.3.0 Try again later"] * 10
    first = run(store)
    rows = outbox(store)
    assert first.messages_sent == 0 and rows and all(r.status == "queued" for r in rows)
    assert all(r.attempts == 1 and "451" in r.last_error for r in rows if r.attempts)
    smtp_server.refuse_next = []
    second = run(store)
    assert second.messages_sent == len(rows)
    assert all(r.status == "sent" and r.last_error is None for r in outbox(store))
    assert sorted(smtp_server.message_ids()) == sorted(r.message_id for r in rows)


def test_a_permanent_refusal_is_marked_failed_and_not_retried(store, tmp_path, smtp_server):
    _setup(store, tmp_path)
    smtp_server.refuse_next = ["550 5.1.1 No such user"]
    run(store)
    failed = [r for r in outbox(store) if r.status == "failed"]
    assert len(failed) == 1 and "550" in failed[0].last_error
    run(store)
    assert failed[0].message_id not in smtp_server.message_ids()


def test_an_interrupted_send_is_sent_again_with_the_same_message_id(store, tmp_path, smtp_server):
    _setup(store, tmp_path)
    run(store, now=datetime(2026, 11, 21, tzinfo=timezone.utc))
    with store.session() as s:  # a run killed between "sending" and "sent" left this behind
        row = s.scalars(select(db.OutboxMessage)).first()
        row.status, message_id = "sending", row.message_id
    smtp_server.messages.clear()
    summary = send_pending(store, SmtpMailer(load_settings()), "audit@charity.example")
    assert summary.resumed == 1 and summary.sent == 1
    assert smtp_server.message_ids() == [message_id]


def test_volunteer_notices_queued_by_the_web_app_are_sent(store, tmp_path, smtp_server):
    from socialaudit.app.notices import volunteer_notice
    from socialaudit.storage import review
    ids = _setup(store, tmp_path)
    run(store)
    with store.session() as s:
        finding = s.scalars(select(db.FindingRow).where(db.FindingRow.rule == "geotag")).first()
        review.confirm(s, finding, s.get(db.Person, ids["cora"]),
                       notice=volunteer_notice(POLICY, "http://review.example"))
    result = deliver_due(store, POLICY, load_settings(), now=datetime.now(timezone.utc))
    notices = [m for m in smtp_server.by_recipient("val@example.org") if m["X-Socialaudit-Kind"] == "volunteer-notice"]
    assert result["sent"] == 1 and len(notices) == 1
    assert notices[0].get_body(("html",)) is not None


def test_a_person_without_email_is_skipped_and_counted(store, tmp_path, smtp_server):
    ids = _setup(store, tmp_path)
    with store.session() as s:
        s.get(db.Person, ids["carl"]).email = None
    result = run(store, now=datetime(2026, 11, 21, tzinfo=timezone.utc))
    assert result.delivery["no_email"] == 1
    assert not smtp_server.by_recipient("carl@example.org")

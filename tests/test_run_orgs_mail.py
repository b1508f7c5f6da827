"""`socialaudit run --policy A` on a store shared with other organisations sends, resumes and
(in a dry run) writes only organisation A's mail: B's queued and interrupted messages are
left for B's own run, on SQLite and PostgreSQL."""
from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.runner import RunOptions, ScheduledRun
from socialaudit.core.settings import load_settings
from socialaudit.storage import outbox, repo
from socialaudit.storage import schema as db

A, B = load_policy("twins-trust-fcs"), load_policy("childrens-family-trust")


def _queue_mail(store) -> dict[str, int]:
    """One queued message per organisation, and one of B's a killed sender left 'sending'."""
    ids = {}
    with store.session() as s:
        for name, policy in (("a", A), ("b", B), ("b-sending", B)):
            org = repo.ensure_organisation(s, policy)
            row = outbox.queue(s, organisation_id=org.id, run_id=None, kind="test", dedupe_key=f"test:{name}",
                               recipient=f"{name}@example.org", subject=f"for {name}", text="hello", html=None)
            ids[name] = row.id
        s.get(db.OutboxMessage, ids["b-sending"]).status = "sending"
    return ids


def _statuses(store, ids) -> dict[str, str]:
    with store.session() as s:
        return {name: s.scalar(select(db.OutboxMessage.status).where(db.OutboxMessage.id == i))
                for name, i in ids.items()}


def _eml_recipients(data_dir) -> set[str]:
    return {line.split(":", 1)[1].strip() for p in data_dir.rglob("*.eml")
            for line in p.read_text(encoding="utf-8", errors="replace").splitlines() if line.startswith("To:")}


def test_a_run_for_one_organisation_sends_only_its_own_mail(store, tmp_path):
    ids = _queue_mail(store)
    settings = replace(load_settings(), data_dir=tmp_path / "data", smtp_host=None)
    result = ScheduledRun(store, A, settings, RunOptions(learn=False)).execute()
    assert result.messages_sent == 1
    assert _statuses(store, ids) == {"a": "sent", "b": "queued", "b-sending": "sending"}
    assert _eml_recipients(tmp_path / "data") == {"a@example.org"}
    later = ScheduledRun(store, B, settings, RunOptions(learn=False)).execute()  # B's own run sends B's
    assert later.messages_sent == 2
    assert _statuses(store, ids) == {"a": "sent", "b": "sent", "b-sending": "sent"}


def test_a_dry_run_for_one_organisation_writes_only_its_own_mail(store, tmp_path):
    ids = _queue_mail(store)
    settings = replace(load_settings(), data_dir=tmp_path / "data", smtp_host=None)
    result = ScheduledRun(store, A, settings, RunOptions(dry_run=True)).execute()
    files = result.delivery.get("eml_files", [])
    assert len(files) == 1 and "a@example.org" in open(files[0], encoding="utf-8").read()
    assert _statuses(store, ids) == {"a": "queued", "b": "queued", "b-sending": "sending"}

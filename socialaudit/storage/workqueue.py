"""The distributed run's bookkeeping: one `run_work` row per task, so that every task's
effect happens once however often the broker delivers it.

A task's row is keyed by (run, kind, key): a crawl by its account, an audit or photo chunk
by (account, first post, policy version, model version), the account rules by their
account, the mail by its organisation. A task commits `done` in the same transaction as
its effect (and as the rows of the tasks it hands work to), so a redelivered task that
finds its row done only passes its work on again; passing work on twice is harmless,
because the receiving task checks its own row first.

The organisation's mail is due when every other row of the run is done: the task that
sees this inserts the mail row (a unique key, so only one insert wins) and publishes it.
After the mail, the organisation's monthly refit of its learned heads is one more row
("learn", keyed by organisation and month), added by the mail task.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db
from socialaudit.storage.db import Store

KINDS = ("crawl", "audit", "photos", "account", "mail", "learn")
AFTER_MAIL = ("mail", "learn")  # rows that wait for the rest of the run
STALE_AFTER = timedelta(minutes=30)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def insert_ignoring_duplicates(s: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT … ON CONFLICT DO NOTHING, in one statement, on PostgreSQL and SQLite."""
    if not rows:
        return
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    s.execute(insert(table).on_conflict_do_nothing(), rows)


# -- runs -------------------------------------------------------------------------------

def active_run(s: Session, org_id: int) -> db.Run | None:
    """The organisation's dispatched run still in progress (its workers alive), if any."""
    run = s.scalar(select(db.Run).where(db.Run.organisation_id == org_id, db.Run.kind == "dispatch",
                                        db.Run.status == "running").order_by(db.Run.id.desc()).limit(1))
    if run is None:
        return None
    beat = run.heartbeat_at or run.started_at
    beat = beat if beat.tzinfo else beat.replace(tzinfo=timezone.utc)
    return run if beat > _now() - STALE_AFTER else None


def start_run(s: Session, org: db.Organisation, holder: str) -> db.Run:
    run = db.Run(organisation_id=org.id, kind="dispatch", source="dispatched to workers", holder=holder,
                 heartbeat_at=_now(), policy_fingerprint=org.policy_fingerprint, counts={}, errors=[])
    s.add(run)
    s.flush()
    return run


def heartbeat(store: Store, run_id: int) -> None:
    with store.session() as s:
        s.execute(update(db.Run).where(db.Run.id == run_id).values(heartbeat_at=_now()))


def finish_run(s: Session, run_id: int, delivery: dict[str, Any]) -> db.Run:
    """Close the run with what its work did (summed from the work rows): "partial" when an
    account's crawl failed, "ok" otherwise; a crawl skipped because the account was only
    audited again is no failure (the rule of the in-process run, socialaudit.app.runner)."""
    run = s.get(db.Run, run_id)
    assert run is not None
    counts: Counter[str] = Counter()
    errors = []
    for kind, result in s.execute(select(db.RunWork.kind, db.RunWork.result).where(db.RunWork.run_id == run_id)):
        result = result or {}
        for k, v in result.items():
            if isinstance(v, int) and not isinstance(v, bool):
                counts[f"{kind}_{k}"] += v
        if kind == "crawl" and db.crawl_failed(result.get("status")):
            errors.append({"file": None, "line": None, "reason": f"account {result.get('account')}: "
                                                                 f"{result.get('status')}"})
    run.counts = {**dict(counts), "delivery": delivery}
    run.errors = errors
    run.status = "partial" if errors else "ok"
    run.finished_at = _now()
    return run


# -- work rows --------------------------------------------------------------------------

def add(s: Session, run_id: int, org_id: int, items: Iterable[tuple[str, str, int | None, dict]]) -> None:
    """Work rows (kind, key, account id, payload), unless they exist already."""
    now = _now()
    insert_ignoring_duplicates(s, db.RunWork.__table__, [
        {"run_id": run_id, "organisation_id": org_id, "kind": kind, "key": key, "account_id": account_id,
         "payload": payload, "done": False, "attempts": 0, "updated_at": now}
        for kind, key, account_id, payload in items])


def get(s: Session, run_id: int, kind: str, key: str, *, lock: bool = False) -> db.RunWork | None:
    q = select(db.RunWork).where(db.RunWork.run_id == run_id, db.RunWork.kind == kind, db.RunWork.key == key)
    return s.scalar(q.with_for_update() if lock else q)


def get_by_id(s: Session, row_id: int, *, lock: bool = False) -> db.RunWork | None:
    """The row, locked (FOR UPDATE) when asked, so two deliveries of one task serialise on it."""
    q = select(db.RunWork).where(db.RunWork.id == row_id)
    return s.scalar(q.with_for_update() if lock else q)


def begin(store: Store, run_id: int, kind: str, key: str) -> db.RunWork | None:
    """The task's row with its attempt counted (None if the run no longer has it)."""
    with store.session() as s:
        row = get(s, run_id, kind, key)
        if row is not None and not row.done:
            row.attempts += 1
        return row


def complete(s: Session, row_id: int, result: dict[str, Any]) -> bool:
    """Mark a row done in the caller's transaction; False if another delivery got there first
    (the caller then rolls its effect back)."""
    res = s.execute(update(db.RunWork).where(db.RunWork.id == row_id, db.RunWork.done.is_(False))
                    .values(done=True, result=result, updated_at=_now()))
    return bool(getattr(res, "rowcount", 0))


def pending(store: Store, run_id: int, kinds: Iterable[str] = KINDS) -> list[tuple[str, str]]:
    with store.session() as s:
        return [(k, key) for k, key in s.execute(
            select(db.RunWork.kind, db.RunWork.key).where(db.RunWork.run_id == run_id, db.RunWork.done.is_(False),
                                                          db.RunWork.kind.in_(list(kinds)))
            .order_by(db.RunWork.id))]


def children(store: Store, run_id: int, account_id: int) -> list[tuple[str, str]]:
    """An account's audit and photo chunks not yet done."""
    with store.session() as s:
        return [(k, key) for k, key in s.execute(
            select(db.RunWork.kind, db.RunWork.key).where(
                db.RunWork.run_id == run_id, db.RunWork.account_id == account_id, db.RunWork.done.is_(False),
                db.RunWork.kind.in_(("audit", "photos"))).order_by(db.RunWork.id))]


def account_ready(store: Store, run_id: int, account_id: int) -> str | None:
    """The key of the account-rules row when all the account's chunks are done and it is not."""
    if children(store, run_id, account_id):
        return None
    with store.session() as s:
        row = get(s, run_id, "account", str(account_id))
        return row.key if row is not None and not row.done else None


def chunk_results(s: Session, run_id: int, account_id: int) -> list[dict[str, Any]]:
    return [r or {} for r in s.scalars(select(db.RunWork.result).where(
        db.RunWork.run_id == run_id, db.RunWork.account_id == account_id,
        db.RunWork.kind.in_(("audit", "photos"))))]


def mail_due(store: Store, run_id: int, org_id: int) -> str | None:
    """When every row but the mail is done: the mail row's key (inserted now if needed),
    unless the mail is done already."""
    with store.session() as s:
        s.execute(update(db.Run).where(db.Run.id == run_id).values(heartbeat_at=_now()))  # the run is alive
        left = s.scalar(select(func.count()).select_from(db.RunWork).where(
            db.RunWork.run_id == run_id, db.RunWork.kind.not_in(AFTER_MAIL), db.RunWork.done.is_(False)))
        if left:
            return None
        key = str(org_id)
        add(s, run_id, org_id, [("mail", key, None, {})])
        row = get(s, run_id, "mail", key)
        return key if row is not None and not row.done else None


def follow_up(store: Store, run_id: int, org_id: int, kind: str, key: str) -> bool:
    """Add the row (kind, key) to the run unless it exists; True while it is not done (a
    redelivered task that finds its own row done calls this again, so a follow-up whose
    message was lost is published again)."""
    with store.session() as s:
        add(s, run_id, org_id, [(kind, key, None, {})])
        row = get(s, run_id, kind, key)
        return row is not None and not row.done


def queue_depths(store: Store, org_id: int | None = None) -> dict[str, int]:
    """Work not yet done in runs still in progress (of one organisation), per kind."""
    with store.session() as s:
        q = (select(db.RunWork.kind, func.count()).join(db.Run, db.Run.id == db.RunWork.run_id)
             .where(db.Run.status == "running", db.RunWork.done.is_(False)))
        if org_id is not None:
            q = q.where(db.RunWork.organisation_id == org_id)
        return {k: n for k, n in s.execute(q.group_by(db.RunWork.kind))}

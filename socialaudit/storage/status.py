"""The facts `socialaudit status` shows, one named query per section: who is enrolled, the
latest runs, what is failing, and the backlog of findings waiting, by state and by who holds
them (the rule is socialaudit.storage.listing.holder, shared with `socialaudit findings`).

Each returns plain dicts of numbers, ids, dates and short reasons: no post text, no excerpt.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from socialaudit.storage import accounts as accounts_store
from socialaudit.storage import schema as db
from socialaudit.storage.listing import FAILED, WAITING, holder, people_names


def enrolment(s: Session, org: db.Organisation, now: datetime) -> dict[str, Any]:
    """People by role (active ones), accounts by status and platform, those due a crawl."""
    people = dict(s.execute(select(db.Person.role, func.count()).where(
        db.Person.organisation_id == org.id, db.Person.active.is_(True)).group_by(db.Person.role)).all())
    by_status = dict(s.execute(select(db.AccountRow.status, func.count()).where(
        db.AccountRow.organisation_id == org.id).group_by(db.AccountRow.status)).all())
    by_platform = dict(s.execute(select(db.AccountRow.platform, func.count()).where(
        db.AccountRow.organisation_id == org.id, db.AccountRow.status != "withdrawn")
        .group_by(db.AccountRow.platform)).all())
    without_consent = s.scalar(select(func.count()).where(
        db.AccountRow.organisation_id == org.id, db.AccountRow.status != "withdrawn",
        db.AccountRow.consent_at.is_(None))) or 0
    return {"people": {role: people.get(role, 0) for role in ("volunteer", "coordinator", "admin")},
            "accounts": {k: by_status[k] for k in sorted(by_status)},
            "platforms": {k: by_platform[k] for k in sorted(by_platform)},
            "accounts_without_consent": without_consent,
            "accounts_due": len(accounts_store.due_accounts(s, org, now, False))}


def _run(r: db.Run | None) -> dict[str, Any] | None:
    if r is None:
        return None
    return {"id": r.id, "kind": r.kind, "status": r.status, "started_at": r.started_at,
            "finished_at": r.finished_at, "counts": dict(r.counts or {}), "errors": len(r.errors or [])}


def latest_runs(s: Session, org: db.Organisation) -> dict[str, Any]:
    """The last scheduled run, the last run of any kind, and any run still going."""
    newest = select(db.Run).where(db.Run.organisation_id == org.id).order_by(db.Run.started_at.desc(),
                                                                             db.Run.id.desc())
    return {"last_scheduled": _run(s.scalar(newest.where(db.Run.kind == "run").limit(1))),
            "last_any": _run(s.scalar(newest.limit(1))),
            "running": [_run(r) for r in s.scalars(newest.where(db.Run.status == "running"))]}


def failures(s: Session, org: db.Organisation, since: datetime) -> dict[str, Any]:
    """Accounts whose last crawl failed or that need a new token, runs that failed since
    `since`, and mail that could not be sent."""
    broken = s.scalars(select(db.AccountRow).where(
        db.AccountRow.organisation_id == org.id, db.AccountRow.status != "withdrawn",
        (db.AccountRow.last_error.is_not(None)) | (db.AccountRow.status == "needs_reauth"))
        .order_by(db.AccountRow.external_id)).all()
    runs = s.execute(select(db.Run.status, func.count()).where(
        db.Run.organisation_id == org.id, db.Run.started_at >= since,
        db.Run.status.in_(("failed", "partial", "interrupted"))).group_by(db.Run.status)).all()
    mail = dict(s.execute(select(db.OutboxMessage.status, func.count()).where(
        db.OutboxMessage.organisation_id == org.id, db.OutboxMessage.status.in_(("queued", "failed")))
        .group_by(db.OutboxMessage.status)).all())
    return {"accounts": [{"account": a.external_id, "status": a.status,
                          "error": (a.last_error or "needs a new access token").splitlines()[0][:200],
                          "last_crawled_at": a.last_crawled_at} for a in broken],
            "runs": {status: n for status, n in sorted(runs)},
            "mail": {"failed": mail.get("failed", 0), "queued": mail.get("queued", 0)}}


def failed_in_run(s: Session, run_id: int) -> list[str]:
    """The accounts a run could not crawl."""
    return list(s.scalars(select(db.AccountRow.external_id).join(
        db.RunAccount, db.RunAccount.account_id == db.AccountRow.id).where(
        db.RunAccount.run_id == run_id, db.RunAccount.status.in_(FAILED)).order_by(db.AccountRow.external_id)))


def backlog(s: Session, org: db.Organisation, now: datetime) -> list[dict[str, Any]]:
    """Waiting findings counted by state and holder, with the oldest one's date; holders are
    'volunteer' (grace window, or to fix a confirmed finding), a coordinator, or 'admins'."""
    grace = case((db.FindingRow.visible_to_coordinator_at > now, 1), else_=0)
    has_volunteer = case((db.Person.id.is_(None), 0), else_=1)
    q = (select(db.FindingRow.state, grace, has_volunteer, db.Person.coordinator_id, func.count(),
                func.min(db.FindingRow.created_at), func.min(db.FindingRow.visible_to_coordinator_at))
         .outerjoin(db.AccountRow, db.AccountRow.id == db.FindingRow.account_id)
         .outerjoin(db.Person, db.Person.id == db.AccountRow.person_id)
         .where(db.FindingRow.organisation_id == org.id, db.FindingRow.state.in_(WAITING))
         .group_by(db.FindingRow.state, grace, has_volunteer, db.Person.coordinator_id))
    groups: dict[tuple, dict[str, Any]] = defaultdict(lambda: {"count": 0, "oldest": None, "grace_ends": None})
    for state, in_grace, has_vol, coordinator_id, n, oldest, grace_ends in s.execute(q):
        who = holder(state, bool(in_grace), 1 if has_vol else None, coordinator_id)
        if who is None:
            continue
        g = groups[(state, who.kind, who.why, who.person_id if who.kind == "coordinator" else None)]
        g["count"] += n
        g["oldest"] = _earliest(g["oldest"], oldest)
        if who.why == "grace":  # when the first of them reaches the coordinator
            g["grace_ends"] = _earliest(g["grace_ends"], grace_ends)
    names = people_names(s, {key[3] for key in groups})
    return [{"state": state, "holder": kind, "why": why, "coordinator_id": pid,
             "coordinator": names.get(pid) if pid else None, **g}
            for (state, kind, why, pid), g in sorted(groups.items(), key=lambda kv: _order(kv[0]))]


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None or (b is not None and b < a) else a


def _order(key: tuple) -> tuple:
    state, kind, why, pid = key
    return (WAITING.index(state), ("volunteer", "coordinator", "admins").index(kind), why, pid or 0)

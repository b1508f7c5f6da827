"""Named queries for the admin's pages in the web app: everyone in the organisation with
their state (invited, active, withdrawn), the enrolled accounts and how they are read,
the recent runs and the accounts that failed. Admins see their whole organisation."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db
from socialaudit.storage.schema_loop import Invite

ACCOUNT_STATES = ("active", "paused")


def has_admin(s: Session) -> bool:
    """An admin who can sign in exists (the web app is of no use without one)."""
    return s.scalar(select(db.Person.id).where(db.Person.role == "admin", db.Person.active.is_(True),
                                               db.Person.password_hash.is_not(None)).limit(1)) is not None


def people(s: Session, org_id: int) -> list[db.Person]:
    return list(s.scalars(select(db.Person).where(db.Person.organisation_id == org_id)
                          .order_by(db.Person.role, db.Person.name)))


def coordinators(s: Session, org_id: int) -> list[db.Person]:
    return list(s.scalars(select(db.Person).where(db.Person.organisation_id == org_id, db.Person.active.is_(True),
                                                  db.Person.role == "coordinator").order_by(db.Person.name)))


def person_in(s: Session, org_id: int, person_id: int, roles: tuple[str, ...]) -> db.Person | None:
    p = s.get(db.Person, person_id)
    return p if p is not None and p.organisation_id == org_id and p.role in roles and p.active else None


def open_invites(s: Session, org_id: int) -> dict[int, Invite]:
    """The newest unused, unrevoked invitation per person."""
    out: dict[int, Invite] = {}
    for inv in s.scalars(select(Invite).where(Invite.organisation_id == org_id, Invite.used_at.is_(None),
                                              Invite.revoked_at.is_(None)).order_by(Invite.id)):
        out[inv.person_id] = inv
    return out


def accounts(s: Session, org_id: int) -> list[db.AccountRow]:
    return list(s.scalars(select(db.AccountRow).where(db.AccountRow.organisation_id == org_id,
                                                      db.AccountRow.status != "withdrawn")
                          .order_by(db.AccountRow.platform, db.AccountRow.handle)))


def account_in(s: Session, org_id: int, account_id: int) -> db.AccountRow | None:
    a = s.get(db.AccountRow, account_id)
    return a if a is not None and a.organisation_id == org_id and a.status != "withdrawn" else None


def set_status(account: db.AccountRow, status: str) -> None:
    """Pause or resume reading an account (a withdrawn one stays withdrawn)."""
    if status not in ACCOUNT_STATES:
        raise ValueError("an account is paused or active")
    account.status = status


@dataclass
class RunLine:
    run: db.Run
    failures: list[tuple[db.RunAccount, db.AccountRow | None]]


def runs(s: Session, org_id: int, limit: int = 50) -> list[RunLine]:
    """The latest runs, newest first, each with the accounts it could not read."""
    rows = list(s.scalars(select(db.Run).where(db.Run.organisation_id == org_id, db.Run.kind != "erasure")
                          .order_by(db.Run.id.desc()).limit(limit)))
    fails: dict[int, list] = {r.id: [] for r in rows}
    if rows:
        q = (select(db.RunAccount, db.AccountRow).outerjoin(db.AccountRow, db.AccountRow.id == db.RunAccount.account_id)
             .where(db.RunAccount.run_id.in_(list(fails)), db.RunAccount.status != "ok"))
        for ra, acc in s.execute(q).all():
            fails[ra.run_id].append((ra, acc))
    return [RunLine(r, fails[r.id]) for r in rows]


def failing_accounts(s: Session, org_id: int) -> list[db.AccountRow]:
    """Accounts that need someone: a token to renew, or an error at the last read."""
    return list(s.scalars(select(db.AccountRow).where(
        db.AccountRow.organisation_id == org_id, db.AccountRow.status != "withdrawn",
        (db.AccountRow.status == "needs_reauth") | (db.AccountRow.last_error.is_not(None)))
        .order_by(db.AccountRow.id)))

"""The store's side of signing in: finding the person, and counting attempts atomically.

Each password check first takes one of `max_failures` attempt slots with a single atomic
UPDATE, committed on its own before the (slow) check, so parallel sign-ins — in threads
or processes, on SQLite or PostgreSQL — can never check more wrong passwords than that
before the account locks. A right password frees the slots."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import cast

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db
from socialaudit.storage.db import changed


def _engine(s: Session) -> Engine:
    """The session's engine: attempt slots are counted on a connection of their own."""
    return cast(Engine, s.get_bind())


def active_people(s: Session, email: str) -> list[db.Person]:
    """Every active person who may sign in with this email: one row per organisation (an
    email is unique within an organisation, not across them), in organisation order. The
    caller binds a sign-in to exactly one of them, never to "the first"."""
    if not email:
        return []
    return list(s.scalars(select(db.Person).where(func.lower(db.Person.email) == email, db.Person.active.is_(True),
                                                  db.Person.password_hash.is_not(None))
                          .order_by(db.Person.organisation_id)))


def organisations_of(s: Session, people: list[db.Person]) -> dict[int, db.Organisation]:
    """The organisations of these people, by id (the sign-in chooser names them)."""
    ids = {p.organisation_id for p in people}
    return {o.id: o for o in s.scalars(select(db.Organisation).where(db.Organisation.id.in_(ids)))} if ids else {}


def take_attempt(s: Session, person_id: int, max_failures: int) -> bool:
    """Count one more unconfirmed attempt, if a slot is free and the account is not locked
    (an expired lock starts a fresh count)."""
    now = datetime.now(timezone.utc)
    lock_over = and_(db.Person.locked_until.is_not(None), db.Person.locked_until <= now)
    stmt = (update(db.Person)
            .where(db.Person.id == person_id,
                   or_(db.Person.locked_until.is_(None), db.Person.locked_until <= now),
                   or_(db.Person.failed_sign_ins < max_failures, lock_over))
            .values(failed_sign_ins=case((lock_over, 1), else_=db.Person.failed_sign_ins + 1), locked_until=None)
            .execution_options(synchronize_session=False))
    with _engine(s).begin() as conn:
        return changed(conn.execute(stmt)) == 1


def lock_if_spent(s: Session, person_id: int, max_failures: int, minutes: int) -> None:
    """After a wrong password: lock the account once every slot is spent."""
    until = datetime.now(timezone.utc) + timedelta(minutes=minutes)
    with _engine(s).begin() as conn:
        conn.execute(update(db.Person).where(db.Person.id == person_id, db.Person.failed_sign_ins >= max_failures,
                                             db.Person.locked_until.is_(None)).values(locked_until=until))


def signed_in(s: Session, person: db.Person) -> None:
    """A right password: the attempt slots are free again."""
    s.execute(update(db.Person).where(db.Person.id == person.id).values(failed_sign_ins=0, locked_until=None))
    s.refresh(person)


def log_sign_in(s: Session, person_id: int | None, action: str, detail: str | None) -> None:
    s.add(db.AccessLog(actor_id=person_id, action=action, target_kind="person",
                       target_id=str(person_id) if person_id else None, detail=detail))

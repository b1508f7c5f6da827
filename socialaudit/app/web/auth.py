"""Passwords (argon2), sign-in with lock-out, and the app's secret key.

After MAX_FAILURES wrong passwords in a row an account is locked for LOCK_MINUTES;
each attempt, good or bad, is written to the access log (without the password).
An unknown email costs the same hashing time as a known one.
"""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta, timezone
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 10
SECRET_ENV = "SOCIALAUDIT_WEB_SECRET"
_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not-a-real-password-only-for-timing")


class PasswordTooWeak(ValueError):
    pass


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise PasswordTooWeak(f"a password needs at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def _aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def is_locked(person: db.Person, at: datetime | None = None) -> bool:
    until = _aware(person.locked_until)
    return until is not None and until > (at or datetime.now(timezone.utc))


def _verify(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def sign_in(s: Session, email: str, password: str) -> tuple[db.Person | None, str]:
    """Return (person, "") on success, or (None, a message safe to show).

    Each password check first takes one of MAX_FAILURES attempt slots with a single
    atomic UPDATE, committed before the (slow) check: parallel sign-ins, in threads
    or in processes on any database, can never check more than MAX_FAILURES wrong
    passwords before the account locks. A right password frees the slots."""
    email = (email or "").strip().lower()
    person = s.scalar(select(db.Person).where(func.lower(db.Person.email) == email,
                                              db.Person.active.is_(True)).limit(1)) if email else None
    if person is None:
        _verify(None, password)
        return None, "That email and password do not match."
    if not _take_attempt(s, person.id):
        _verify(None, password)
        _log(s, person.id, "sign-in-failed", "locked")
        return None, f"Too many wrong passwords. Try again in {LOCK_MINUTES} minutes."
    if not _verify(person.password_hash, password):
        _lock_if_spent(s, person.id)
        _log(s, person.id, "sign-in-failed", None)
        return None, "That email and password do not match."
    s.execute(update(db.Person).where(db.Person.id == person.id).values(failed_sign_ins=0, locked_until=None))
    s.refresh(person)
    if _hasher.check_needs_rehash(person.password_hash):
        person.password_hash = _hasher.hash(password)
    _log(s, person.id, "sign-in", None)
    return person, ""


def _take_attempt(s: Session, person_id: int) -> bool:
    """Atomically count one more unconfirmed attempt, if a slot is free and the account is
    not locked (an expired lock starts a fresh count). Committed at once, on its own."""
    now = datetime.now(timezone.utc)
    lock_over = and_(db.Person.locked_until.is_not(None), db.Person.locked_until <= now)
    stmt = (update(db.Person)
            .where(db.Person.id == person_id,
                   or_(db.Person.locked_until.is_(None), db.Person.locked_until <= now),
                   or_(db.Person.failed_sign_ins < MAX_FAILURES, lock_over))
            .values(failed_sign_ins=case((lock_over, 1), else_=db.Person.failed_sign_ins + 1),
                    locked_until=None)
            .execution_options(synchronize_session=False))
    with s.get_bind().begin() as conn:
        return conn.execute(stmt).rowcount == 1


def _lock_if_spent(s: Session, person_id: int) -> None:
    """After a wrong password: lock the account once every slot is spent."""
    until = datetime.now(timezone.utc) + timedelta(minutes=LOCK_MINUTES)
    with s.get_bind().begin() as conn:
        conn.execute(update(db.Person).where(db.Person.id == person_id, db.Person.failed_sign_ins >= MAX_FAILURES,
                                             db.Person.locked_until.is_(None))
                     .values(locked_until=until))


def _log(s: Session, actor_id: int | None, action: str, detail: str | None) -> None:
    s.add(db.AccessLog(actor_id=actor_id, action=action, target_kind="person",
                       target_id=str(actor_id) if actor_id else None, detail=detail))


def secret_key(data_dir: Path) -> bytes:
    """SOCIALAUDIT_WEB_SECRET, else a random key kept in <data_dir>/web-secret.key (mode 0600)."""
    env = os.environ.get(SECRET_ENV)
    if env:
        return env.encode()
    path = data_dir / "web-secret.key"
    if path.is_file():
        return path.read_bytes().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32).encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
    return key

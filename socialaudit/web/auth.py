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
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..storage import schema as db

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
    """Return (person, "") on success, or (None, a message safe to show)."""
    email = (email or "").strip().lower()
    person = s.scalar(select(db.Person).where(func.lower(db.Person.email) == email,
                                              db.Person.active.is_(True)).limit(1)) if email else None
    if person is not None and is_locked(person):
        _verify(None, password)
        _log(s, person.id, "sign-in-failed", "locked")
        return None, f"Too many wrong passwords. Try again in {LOCK_MINUTES} minutes."
    if person is None or not _verify(person.password_hash, password):
        if person is not None:
            _failed(s, person)
        return None, "That email and password do not match."
    person.failed_sign_ins = 0
    person.locked_until = None
    if _hasher.check_needs_rehash(person.password_hash):
        person.password_hash = _hasher.hash(password)
    _log(s, person.id, "sign-in", None)
    return person, ""


def _failed(s: Session, person: db.Person) -> None:
    person.failed_sign_ins = (person.failed_sign_ins or 0) + 1
    if person.failed_sign_ins >= MAX_FAILURES:
        person.locked_until = datetime.now(timezone.utc) + timedelta(minutes=LOCK_MINUTES)
        person.failed_sign_ins = 0
    _log(s, person.id, "sign-in-failed", None)


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

"""Passwords (argon2), sign-in with lock-out, and the app's secret key.

After MAX_FAILURES wrong passwords in a row an account is locked for LOCK_MINUTES;
each attempt, good or bad, is written to the access log (without the password).
An unknown email costs the same hashing time as a known one.
"""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timezone
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from socialaudit.storage import auth
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


def sign_in(s, email: str, password: str) -> tuple[db.Person | None, str]:
    """Return (person, "") on success, or (None, a message safe to show). See
    socialaudit.storage.auth for why parallel attempts cannot beat the lock-out."""
    person = auth.active_person(s, (email or "").strip().lower())
    if person is None:
        _verify(None, password)
        return None, "That email and password do not match."
    if not auth.take_attempt(s, person.id, MAX_FAILURES):
        _verify(None, password)
        auth.log_sign_in(s, person.id, "sign-in-failed", "locked")
        return None, f"Too many wrong passwords. Try again in {LOCK_MINUTES} minutes."
    if not _verify(person.password_hash, password):
        auth.lock_if_spent(s, person.id, MAX_FAILURES, LOCK_MINUTES)
        auth.log_sign_in(s, person.id, "sign-in-failed", None)
        return None, "That email and password do not match."
    auth.signed_in(s, person)
    if _hasher.check_needs_rehash(person.password_hash):
        person.password_hash = _hasher.hash(password)
    auth.log_sign_in(s, person.id, "sign-in", None)
    return person, ""


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

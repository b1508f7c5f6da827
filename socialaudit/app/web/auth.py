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


WRONG = "That email and password do not match."
LOCKED = f"Too many wrong passwords. Try again in {LOCK_MINUTES} minutes."


def _check(s, person: db.Person, password: str) -> str:
    """One row's password check, with its own attempt slot: "ok", "locked" or "wrong"."""
    if not auth.take_attempt(s, person.id, MAX_FAILURES):
        _verify(None, password)
        auth.log_sign_in(s, person.id, "sign-in-failed", "locked")
        return "locked"
    if not _verify(person.password_hash, password):
        auth.lock_if_spent(s, person.id, MAX_FAILURES, LOCK_MINUTES)
        auth.log_sign_in(s, person.id, "sign-in-failed", None)
        return "wrong"
    return "ok"


def sign_in(s, email: str, password: str, prefer_org: int | None = None) -> tuple[list[db.Person], str]:
    """The person rows this email and password open, or ([], a message safe to show).

    An email is unique within an organisation, not across them: the same person may be a
    volunteer in one organisation and a coordinator in another, each row with its own
    password and lock-out. A sign-in is bound to one row, never to "the first": the
    password decides which rows it opens; when it opens several, the caller lets the person
    choose the organisation (the list holds only rows whose password was just proven).
    `prefer_org` (the organisation this browser last signed in to) is tried alone first, so
    everyday sign-ins do not spend attempt slots of the person's other rows; a wrong guess
    otherwise spends one slot on every row it was tried against, so each row's lock-out
    holds. See socialaudit.storage.auth for why parallel attempts cannot beat it."""
    people = auth.active_people(s, (email or "").strip().lower())
    if not people:
        _verify(None, password)
        return [], WRONG
    first = [p for p in people if p.organisation_id == prefer_org]
    outcomes = {p.id: _check(s, p, password) for p in first}
    if "ok" not in outcomes.values():
        outcomes.update((p.id, _check(s, p, password)) for p in people if p not in first)
    opened = [p for p in people if outcomes.get(p.id) == "ok"]
    for person in opened:  # only now: the checks above count attempts on connections of their own
        auth.signed_in(s, person)
        if _hasher.check_needs_rehash(person.password_hash):
            person.password_hash = _hasher.hash(password)
    if opened:
        return _opened(s, opened), ""
    return [], LOCKED if set(outcomes.values()) == {"locked"} else WRONG


def _opened(s, people: list[db.Person]) -> list[db.Person]:
    """Rows whose password was proven; a single one is signed in now (a choice is logged when made)."""
    if len(people) == 1:
        auth.log_sign_in(s, people[0].id, "sign-in", None)
    return people


def chosen(s, person: db.Person) -> None:
    """The person chose this organisation among the rows their password opened."""
    auth.log_sign_in(s, person.id, "sign-in", "organisation chosen")


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

"""What every view needs, in one place the views import (the app factory imports the
views, never the other way round): who is signed in, the role guard, CSRF, the
organisation's policy, the access log, safe parameters and links."""
from __future__ import annotations

import hmac
import secrets
from functools import wraps
from typing import Callable

from flask import abort, current_app, g, redirect, request, session, url_for
from werkzeug.routing import IntegerConverter

from auditors.prepared import Prepared
from auditors.registry import load_policy
from socialaudit.core.policy import Policy
from socialaudit.core.settings import Settings
from socialaudit.storage import pages
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
MAX_ID = 2**31 - 1  # the largest id an INTEGER primary key holds on every database


def store() -> Store:
    return current_app.extensions["socialaudit"]["store"]


def settings() -> Settings:
    return current_app.extensions["socialaudit"]["settings"]


def signed_in_person() -> db.Person | None:
    """The person of this session, unless they signed out since (their session epoch moved
    on), were deactivated or lost their password."""
    pid, epoch = session.get("pid"), session.get("epoch")
    if not isinstance(pid, int) or not isinstance(epoch, int) or not 0 < pid <= MAX_ID:
        return None
    person = pages.person(g.db, pid)
    if person is None or not person.active or person.password_hash is None or person.session_epoch != epoch:
        session.clear()
        return None
    return person


def csrf_token() -> str:
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf() -> None:
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token") or ""
    expected = session.get("csrf") or ""
    if not expected or not hmac.compare_digest(sent, expected):
        abort(400)


def requires(*roles: str) -> Callable:
    """Only signed-in people with one of `roles`; others are sent to sign in (anonymous)
    or told there is nothing here (wrong role), so pages do not reveal they exist."""
    def wrap(view: Callable) -> Callable:
        @wraps(view)
        def inner(*a, **kw):
            if g.person is None:
                if request.method in SAFE_METHODS:
                    return redirect(url_for("auth.sign_in", next=request.full_path.rstrip("?")))
                abort(404)
            if g.person.role not in roles:
                abort(404)
            return view(*a, **kw)
        return inner
    return wrap


def _policies() -> dict[str, tuple[Policy, Prepared]]:
    return current_app.extensions["socialaudit"].setdefault("policies", {})


def prepared_for(org_id: int) -> Prepared:
    """The organisation's policy, prepared once per app (the policy file it was last audited with)."""
    org = pages.organisation(g.db, org_id)
    cache = _policies()
    if org.policy_ref not in cache:
        policy = load_policy(org.policy_ref)
        cache[org.policy_ref] = (policy, Prepared(policy))
    return cache[org.policy_ref][1]


def policy_for(org_id: int) -> Policy:
    return prepared_for(org_id).policy


def log_access(action: str, target_kind: str, target_id: object, volunteer_id: int | None,
               detail: str | None = None) -> None:
    pages.log_access(g.db, g.person, action, target_kind, target_id, volunteer_id, detail)


class BoundedInt(IntegerConverter):
    """`<int:...>` in a route: an id our database can hold; anything larger is simply not found."""
    def __init__(self, map, *args, **kwargs) -> None:
        kwargs.setdefault("min", 0)
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def int_arg(name: str, default: int, *, lo: int = 0, hi: int = MAX_ID) -> int:
    """An integer query parameter; a malformed or out-of-range value is a bad request (400)."""
    raw = request.args.get(name, "")
    if raw == "":
        return default
    if not raw.isdigit() or len(raw) > 10 or not lo <= int(raw) <= hi:
        abort(400)
    return int(raw)

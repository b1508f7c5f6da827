"""The Flask app factory: configuration, per-request database session, the signed-in
person, CSRF on every form, security headers and privacy-safe error pages."""
from __future__ import annotations

import hmac
import logging
import secrets
from datetime import timedelta
from functools import lru_cache, wraps
from typing import Callable

from flask import Flask, abort, g, redirect, render_template, request, session, url_for
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from socialaudit.core.policy import Policy, load_policy
from socialaudit.core.settings import Settings, load_settings
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store, open_store
from socialaudit.app.web.auth import secret_key
from socialaudit.app.web.labels import PLATFORM_LABELS

log = logging.getLogger(__name__)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
MAX_ID = 2**31 - 1  # the largest id an INTEGER primary key holds on every database


def create_app(store: Store | None = None, settings: Settings | None = None, *,
               secure_cookies: bool | None = None) -> Flask:
    """Build the app on a store (opened from settings when not given)."""
    settings = settings or load_settings()
    store = store or open_store(settings)
    app = Flask(__name__)
    app.url_map.converters["int"] = BoundedInt
    https = settings.base_url.startswith("https://") if secure_cookies is None else secure_cookies
    app.config.update(
        SECRET_KEY=secret_key(settings.data_dir), SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_SECURE=https, SESSION_COOKIE_NAME="sa_session",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8), MAX_CONTENT_LENGTH=200 * 1024 * 1024,
        TEMPLATES_AUTO_RELOAD=False)
    app.extensions["socialaudit"] = {"store": store, "settings": settings}
    app.jinja_env.autoescape = True
    app.jinja_env.globals.update(csrf_token=csrf_token)
    app.jinja_env.filters.update(pct=lambda v: "–" if v is None else f"{v:.0%}", http_url=http_url,
                                 day=lambda d: d.strftime("%-d %b %Y") if d else "",
                                 platform=lambda p: PLATFORM_LABELS.get(p, p))
    _install_hooks(app, store)
    _register_blueprints(app)
    return app


def _register_blueprints(app: Flask) -> None:
    from socialaudit.app.web import views_admin, views_auth, views_review, views_volunteer
    for bp in (views_auth.bp, views_review.bp, views_volunteer.bp, views_admin.bp):
        app.register_blueprint(bp)


def _install_hooks(app: Flask, store: Store) -> None:
    @app.before_request
    def open_session() -> None:
        g.db = store.sessions()
        g.person = _signed_in_person()
        if request.method not in SAFE_METHODS:
            _check_csrf()

    @app.after_request
    def finish(response):
        db_session = g.pop("db", None)
        if db_session is not None:
            if response.status_code < 400:
                db_session.commit()
            else:
                db_session.rollback()
            db_session.close()
        for k, v in _HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.teardown_request
    def close(_exc) -> None:
        db_session = g.pop("db", None)
        if db_session is not None:
            db_session.rollback()
            db_session.close()

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        return render_template("error.html", code=e.code, title=_TITLES.get(e.code, e.name)), e.code

    @app.errorhandler(Exception)
    def crash(e: Exception):
        # The message may quote stored text: log the type only, never the content.
        log.error("web request failed: %s at %s", type(e).__name__, request.endpoint)
        return render_template("error.html", code=500, title=_TITLES[500]), 500


_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-store"}
_TITLES = {400: "That request was not understood. Go back, reload the page and try again.",
           404: "There is nothing here.", 405: "That is not allowed here.",
           413: "That file is too large.", 500: "Something went wrong on our side."}


def http_url(url: str | None) -> str | None:
    """A link we may put in an href: http(s) only, so a post's 'url' cannot be javascript:."""
    from urllib.parse import urlsplit
    try:
        return url if url and urlsplit(url).scheme in ("http", "https") else None
    except ValueError:
        return None


def _signed_in_person() -> db.Person | None:
    """The person of this session, unless they signed out since (their session epoch moved
    on), were deactivated or lost their password."""
    pid, epoch = session.get("pid"), session.get("epoch")
    if not isinstance(pid, int) or not isinstance(epoch, int) or not 0 < pid <= MAX_ID:
        return None
    person = g.db.get(db.Person, pid)
    if person is None or not person.active or person.password_hash is None or person.session_epoch != epoch:
        session.clear()
        return None
    return person


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


def csrf_token() -> str:
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def _check_csrf() -> None:
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


def store() -> Store:
    from flask import current_app
    return current_app.extensions["socialaudit"]["store"]


def settings() -> Settings:
    from flask import current_app
    return current_app.extensions["socialaudit"]["settings"]


@lru_cache(maxsize=16)
def _policy(ref: str) -> Policy:
    return load_policy(ref)


def policy_for(org_id: int) -> Policy:
    """The organisation's policy pack (cached per reference)."""
    org = g.db.get(db.Organisation, org_id)
    return _policy(org.policy_ref)


def log_access(action: str, target_kind: str, target_id: object, volunteer_id: int | None,
               detail: str | None = None) -> None:
    """Append who looked at which volunteer's data (access_log)."""
    g.db.add(db.AccessLog(actor_id=g.person.id if g.person else None, action=action, target_kind=target_kind,
                          target_id=str(target_id), volunteer_id=volunteer_id, detail=detail))

"""The Flask app factory: configuration, per-request database session, the signed-in
person, CSRF on every form, security headers and privacy-safe error pages."""
from __future__ import annotations

import logging
from datetime import timedelta

from flask import Flask, g, render_template, request
from werkzeug.exceptions import HTTPException

from socialaudit.app.web import (
    views_admin,
    views_auth,
    views_exports,
    views_invite,
    views_loop,
    views_people,
    views_review,
    views_volunteer,
)
from socialaudit.app.web.auth import secret_key
from socialaudit.app.web.context import SAFE_METHODS, BoundedInt, check_csrf, csrf_token, signed_in_person
from socialaudit.app.web.labels import PLATFORM_LABELS
from socialaudit.core.links import http_url
from socialaudit.core.redact import distinct_excerpts
from socialaudit.core.settings import Settings
from socialaudit.storage import visibility
from socialaudit.storage.db import Store

log = logging.getLogger(__name__)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def create_app(store: Store, settings: Settings, *, secure_cookies: bool | None = None) -> Flask:
    """Build the app on a store, with the process's settings."""
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
    app.jinja_env.globals.update(csrf_token=csrf_token, in_grace=visibility.in_grace)
    app.jinja_env.filters.update(pct=lambda v: "–" if v is None else f"{v:.0%}", http_url=http_url,
                                 day=lambda d: d.strftime("%-d %b %Y") if d else "",
                                 platform=lambda p: PLATFORM_LABELS.get(p, p), distinct_excerpts=distinct_excerpts)
    _install_hooks(app, store)
    _register_blueprints(app)
    return app


def _register_blueprints(app: Flask) -> None:
    for bp in (views_auth.bp, views_review.bp, views_volunteer.bp, views_admin.bp, views_people.bp,
               views_invite.bp, views_loop.bp, views_exports.bp):
        app.register_blueprint(bp)


def _install_hooks(app: Flask, store: Store) -> None:
    @app.before_request
    def open_session() -> None:
        g.db = store.sessions()
        g.person = signed_in_person()
        if request.method not in SAFE_METHODS:
            check_csrf()

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

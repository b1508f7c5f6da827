"""Sign in and out."""
from __future__ import annotations

import time
from urllib.parse import unquote, urlsplit

from flask import Blueprint, abort, g, redirect, render_template, request, session, url_for

from socialaudit.app.web.auth import chosen
from socialaudit.app.web.auth import sign_in as check_password
from socialaudit.app.web.context import MAX_ID
from socialaudit.storage import auth as auth_store
from socialaudit.storage import pages

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str | None:
    """Only a path on this site may be a redirect target: one leading slash, no scheme or
    host, and no backslash, control character or space anywhere (browsers drop tabs and
    newlines, so "/\t/evil.example" would become "//evil.example")."""
    if not target or len(target) > 2000:
        return None
    for form in (target, unquote(target)):  # checked as sent and as a browser may decode it
        if not form.startswith("/") or form.startswith("//"):
            return None
        if any(c == "\\" or c.isspace() or ord(c) < 32 or ord(c) == 127 for c in form):
            return None
        parts = urlsplit(form)
        if parts.scheme or parts.netloc:
            return None
    return target


def home_for(person) -> str:
    return url_for("review.queue") if person.role in ("admin", "coordinator") else url_for("volunteer.home")


@bp.get("/")
def index():
    if g.person is None:
        return redirect(url_for("auth.sign_in"))
    return redirect(home_for(g.person))


ORG_COOKIE = "sa_org"  # the organisation this browser last signed in to: tried first next time
CHOICE_SECONDS = 300  # how long a proven password may wait for the organisation to be chosen


def _preferred_org() -> int | None:
    raw = request.cookies.get(ORG_COOKIE, "")
    return int(raw) if raw.isdigit() and len(raw) <= 10 and int(raw) <= MAX_ID else None


def _start(person, target: str | None):
    """Bind this browser's session to exactly this person row (and so to its organisation)."""
    session.clear()
    session.permanent = True
    session["pid"] = person.id
    session["epoch"] = person.session_epoch or 0
    response = redirect(_safe_next(target) or home_for(person))
    response.set_cookie(ORG_COOKIE, str(person.organisation_id), max_age=365 * 86400, httponly=True,
                        samesite="Lax", secure=bool(request.is_secure))
    return response


def _choose_page(people, error: str | None = None, status: int = 200):
    orgs = auth_store.organisations_of(g.db, people)
    choices = sorted(((p.organisation_id, orgs[p.organisation_id].name, p.role) for p in people), key=lambda c: c[1])
    return render_template("choose_org.html", choices=choices, error=error), status


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    error = None
    if request.method == "POST":
        people, error = check_password(g.db, request.form.get("email", ""), request.form.get("password", ""),
                                       prefer_org=_preferred_org())
        if len(people) == 1:
            return _start(people[0], request.args.get("next"))
        if people:  # the password opens this email's rows in several organisations: the person chooses
            session.clear()
            session["choose"] = {"ids": [p.id for p in people], "at": int(time.time()),
                                 "next": _safe_next(request.args.get("next"))}
            return _choose_page(people)
        g.db.commit()  # keep the failure count even though the page answers 200 below
    return render_template("sign_in.html", error=error, email=request.form.get("email", "")), 200


def _pending() -> list:
    """The rows a password was proven for moments ago in this browser (the signed session holds their ids)."""
    pending = session.get("choose")
    if not isinstance(pending, dict) or not isinstance(pending.get("at"), int) \
            or time.time() - pending["at"] > CHOICE_SECONDS:
        return []
    people = [pages.person(g.db, pid) for pid in pending.get("ids", []) if isinstance(pid, int) and 0 < pid <= MAX_ID]
    return [p for p in people if p is not None and p.active and p.password_hash is not None]


@bp.route("/sign-in/organisation", methods=["GET", "POST"])
def choose_organisation():
    """Pick which organisation to sign in to, among those the password just opened."""
    people = _pending()
    if not people:
        session.pop("choose", None)
        return redirect(url_for("auth.sign_in"))
    if request.method == "GET":
        return _choose_page(people)
    raw = request.form.get("organisation", "")
    person = next((p for p in people if raw.isdigit() and p.organisation_id == int(raw)), None)
    if person is None:
        abort(400)
    chosen(g.db, person)
    return _start(person, session.get("choose", {}).get("next"))


@bp.post("/sign-out")
def sign_out():
    """End this session and every other one of the person (their session epoch moves on),
    so a copied cookie stops working too."""
    if g.person is not None:
        g.person.session_epoch = (g.person.session_epoch or 0) + 1
    session.clear()
    return redirect(url_for("auth.sign_in"))

"""Sign in and out."""
from __future__ import annotations

from urllib.parse import unquote, urlsplit

from flask import Blueprint, g, redirect, render_template, request, session, url_for

from socialaudit.app.web.auth import sign_in as check_password

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


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    error = None
    if request.method == "POST":
        person, error = check_password(g.db, request.form.get("email", ""), request.form.get("password", ""))
        if person is not None:
            session.clear()
            session.permanent = True
            session["pid"] = person.id
            session["epoch"] = person.session_epoch or 0
            return redirect(_safe_next(request.args.get("next")) or home_for(person))
        g.db.commit()  # keep the failure count even though the page answers 200 below
    return render_template("sign_in.html", error=error, email=request.form.get("email", "")), 200


@bp.post("/sign-out")
def sign_out():
    """End this session and every other one of the person (their session epoch moves on),
    so a copied cookie stops working too."""
    if g.person is not None:
        g.person.session_epoch = (g.person.session_epoch or 0) + 1
    session.clear()
    return redirect(url_for("auth.sign_in"))

"""Sign in and out."""
from __future__ import annotations

from flask import Blueprint, g, redirect, render_template, request, session, url_for

from .auth import sign_in as check_password

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str | None:
    """Only a path on this site (no scheme, no //host) may be a redirect target."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


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
            return redirect(_safe_next(request.args.get("next")) or home_for(person))
        g.db.commit()  # keep the failure count even though the page answers 200 below
    return render_template("sign_in.html", error=error, email=request.form.get("email", "")), 200


@bp.post("/sign-out")
def sign_out():
    session.clear()
    return redirect(url_for("auth.sign_in"))

"""The invitation page, reached from the emailed link without signing in: the person
reads what will be checked, chooses a password and — a volunteer — ticks the accounts
they consent to. Their consent is recorded as their own, under the policy version the
page showed them (if the policy changed meanwhile, the page is shown again)."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for

from socialaudit.app.web.auth import PasswordTooWeak, hash_password
from socialaudit.app.web.context import policy_for
from socialaudit.app.web.invitelink import read_token
from socialaudit.storage import invites, pages, visibility
from socialaudit.storage.schema_loop import Invite

bp = Blueprint("invite", __name__)


def _live(token: str) -> Invite:
    """The invitation the link names, or 404 for a link that is forged, expired, used or revoked."""
    found = read_token(current_app.config["SECRET_KEY"], token)
    inv = invites.live(g.db, found[0], found[1], visibility.now()) if found else None
    if inv is None:
        abort(404)
    return inv


def _page(inv: Invite, token: str, error: str | None = None, status: int = 200):
    policy = policy_for(inv.organisation_id)
    person = pages.person(g.db, inv.person_id)
    org = pages.organisation(g.db, inv.organisation_id)
    review = policy.section("review")
    return render_template("invite.html", inv=inv, person=person, org=org, token=token, error=error,
                           policy=policy, policy_version=policy.fingerprint,
                           rules=[r for r in map(policy.rule, policy.rules) if r.enabled],
                           help_text=review.get("help_text", ""),
                           grace_days=review.get("grace_days")), status


@bp.get("/invite/<token>")
def accept_page(token: str):
    return _page(_live(token), token)


@bp.post("/invite/<token>")
def accept(token: str):
    inv = _live(token)
    policy = policy_for(inv.organisation_id)
    form = request.form
    if form.get("policy_version") != policy.fingerprint:
        return _page(inv, token, "The policy changed while this page was open. Read it again, then answer.", 409)
    person = pages.person(g.db, inv.person_id)
    keep_password = person is not None and person.password_hash is not None and not form.get("password")
    if form.get("password", "") != form.get("password_again", ""):
        return _page(inv, token, "The two passwords are not the same.", 400)
    if inv.role == "volunteer" and form.get("consent") != "yes":
        return _page(inv, token, "Tick that you agree before continuing, or close this page to decline.", 400)
    try:
        hashed = person.password_hash if keep_password else hash_password(form.get("password", ""))
        invites.accept(g.db, inv, policy, password_hash=hashed, ticked=form.getlist("accounts"),
                       now=visibility.now())
    except (PasswordTooWeak, invites.InviteError) as e:
        return _page(inv, token, str(e)[:1].upper() + str(e)[1:] + ".", 400)
    session.clear()  # whoever was signed in on this browser, the invited person signs in next
    flash("Thank you. Your answer is recorded; sign in with your email and the password you chose.", "ok")
    return redirect(url_for("auth.sign_in"))

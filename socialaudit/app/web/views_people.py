"""The admin's side of the web app: people and invitations, accounts and how they are
read, runs and failed accounts, and the reminder settings (a coordinator sets only
their own weekly digest there)."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for

from crawler.credentials import CredentialCipher, Credentials, Secret
from reports.followup import FollowUp, render_followup
from socialaudit.app.followups import send_now
from socialaudit.app.web.context import int_arg, log_access, policy_for, requires, settings, store
from socialaudit.app.web.invitelink import make_token
from socialaudit.storage import accounts as account_store
from socialaudit.storage import adminpages, followup, invites, outbox, pages, visibility
from socialaudit.storage.review import ReviewError

bp = Blueprint("people_admin", __name__, url_prefix="/admin")
SOURCES = ("archive", "x", "bluesky", "mastodon", "facebook", "instagram", "blog")


@bp.get("/people")
@requires("admin")
def people():
    org_id = g.person.organisation_id
    return render_template("admin_people.html", people=adminpages.people(g.db, org_id),
                           coordinators=adminpages.coordinators(g.db, org_id),
                           invites=adminpages.open_invites(g.db, org_id), form=request.args)


def _invite_mail(invite, person, link: str) -> tuple[str, str, str]:
    org = pages.organisation(g.db, g.person.organisation_id)
    org_name = org.name if org else "Social media check"
    intro = (f"{g.person.name} has invited you to {org_name}'s social media check. Open the link to read what is "
             "checked and to say yes or no; nothing of yours is read before you agree."
             if invite.role == "volunteer" else
             f"{g.person.name} has invited you to review social media findings for {org_name} as a coordinator.")
    return render_followup(FollowUp(subject=f"{org_name}: you are invited to the social media check",
                                    first_name=(person.name or "").split(" ")[0], intro=intro, link=link,
                                    link_text="Accept the invitation",
                                    closing=f"The link works once and for {invites.INVITE_DAYS} days."),
                           settings().template_dir)


@bp.post("/invite")
@requires("admin")
def invite():
    f, org = request.form, pages.organisation(g.db, g.person.organisation_id)
    coord = adminpages.person_in(g.db, org.id, int(f["coordinator"]), ("coordinator",)) \
        if f.get("coordinator", "").isdigit() and len(f["coordinator"]) <= 9 else None
    try:
        inv = invites.create(g.db, org, g.person, name=f.get("name", "")[:200], email=f.get("email", ""),
                             role=f.get("role", ""), accounts=f.get("accounts", "").splitlines()[:20],
                             coordinator=coord, now=visibility.now())
    except (invites.InviteError, ValueError) as e:
        g.db.rollback()  # a person created before the refusal must not stay behind
        flash(str(e), "error")
        return redirect(url_for("people_admin.people"))
    person = pages.person(g.db, inv.person_id)
    link = settings().base_url.rstrip("/") + url_for("invite.accept", token=make_token(
        current_app.config["SECRET_KEY"], inv.id, inv.nonce))
    subject, text, html = _invite_mail(inv, person, link)
    msg = outbox.queue(g.db, organisation_id=org.id, run_id=None, kind="invite", dedupe_key=f"invite:{inv.id}",
                       recipient=person.email, subject=subject, text=text, html=html)
    log_access("invite", "person", person.id, person.id if inv.role == "volunteer" else None, detail=inv.role)
    g.db.commit()  # the message must be stored before it can be claimed and sent
    status = send_now(store(), settings(), msg.id) if msg is not None else "queued"
    flash(f"Invitation for {person.email} " + ("sent." if status == "sent" else
          "queued; it goes with the next run (the mail server did not take it now)."), "ok")
    return redirect(url_for("people_admin.people"))


@bp.post("/invites/<int:person_id>/revoke")
@requires("admin")
def revoke(person_id: int):
    inv = adminpages.open_invites(g.db, g.person.organisation_id).get(person_id)
    if inv is None:
        abort(404)
    inv.revoked_at = visibility.now()
    flash("Invitation withdrawn: its link no longer works.", "ok")
    return redirect(url_for("people_admin.people"))


@bp.get("/accounts")
@requires("admin")
def accounts():
    rows = adminpages.accounts(g.db, g.person.organisation_id)
    owners = {p.id: p for p in adminpages.people(g.db, g.person.organisation_id)}
    return render_template("admin_accounts.html", rows=rows, owners=owners, sources=SOURCES)


@bp.post("/accounts/<int:account_id>/status")
@requires("admin")
def account_status(account_id: int):
    acc = adminpages.account_in(g.db, g.person.organisation_id, account_id) or abort(404)
    try:
        adminpages.set_status(acc, request.form.get("status", ""))
    except ValueError as e:
        flash(str(e), "error")
    else:
        log_access("account", "account", acc.id, acc.person_id, detail=acc.status)
        flash(f"{acc.handle or acc.external_id} is now {acc.status}.", "ok")
    return redirect(url_for("people_admin.accounts"))


def _connection_config(source: str, form) -> dict[str, str]:
    config: dict[str, str] = {}
    for line in form.get("options", "").splitlines()[:20]:
        key, sep, value = line.partition("=")
        if line.strip() and (not sep or not key.strip()):
            raise ValueError(f"settings are KEY=VALUE lines, not {line[:60]!r}")
        if sep:
            config[key.strip()] = value.strip()
    if source == "archive":
        folder = form.get("folder", "").strip()
        if not folder.startswith("/"):
            raise ValueError("an archive source needs the full path of the volunteer's drop folder")
        config["path"] = folder
    return config


@bp.post("/accounts/<int:account_id>/connection")
@requires("admin")
def account_connection(account_id: int):
    acc = adminpages.account_in(g.db, g.person.organisation_id, account_id) or abort(404)
    source = request.form.get("source", "")
    try:
        if source not in ("archive", acc.platform) or source not in SOURCES:
            raise ValueError(f"a {acc.platform} account is read from its archive or from {acc.platform}")
        config = _connection_config(source, request.form)
        every = int_arg_form("every", 24)
    except ValueError as e:
        flash(str(e), "error")
        return redirect(url_for("people_admin.accounts"))
    token, blob = request.form.get("token", "").strip(), None
    if token:
        blob = CredentialCipher.from_environment(create=True).encrypt_credentials(
            Credentials(platform=source, access_token=Secret(token)))
    org = pages.organisation(g.db, g.person.organisation_id)
    account_store.set_source(g.db, org, acc.external_id, source, config, every, blob)
    log_access("account", "account", acc.id, acc.person_id, detail=f"read from {source}")
    flash(f"{acc.handle or acc.external_id} will be read from {source}"
          + (" with a stored, encrypted token." if blob else "."), "ok")
    return redirect(url_for("people_admin.accounts"))


def int_arg_form(name: str, default: int) -> int:
    raw = request.form.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= 24 * 31:
        raise ValueError("read every 1 to 744 hours")
    return int(raw)


@bp.get("/runs")
@requires("admin")
def runs():
    org_id = g.person.organisation_id
    return render_template("admin_runs.html", runs=adminpages.runs(g.db, org_id, int_arg("n", 30, lo=1, hi=500)),
                           failing=adminpages.failing_accounts(g.db, org_id),
                           owners={p.id: p for p in adminpages.people(g.db, org_id)})


@bp.route("/settings", methods=["GET", "POST"])
@requires("admin", "coordinator")
def notification_settings():
    org_id = g.person.organisation_id
    if request.method == "POST":
        if g.person.role == "admin" and not _save_org_settings(org_id):
            return redirect(url_for("people_admin.notification_settings"))
        followup.set_digest(g.db, g.person.id, request.form.get("weekly_digest") == "on")
        flash("Settings saved.", "ok")
        return redirect(url_for("people_admin.notification_settings"))
    return render_template("settings.html", conf=followup.settings_of(g.db, org_id),
                           digest=followup.wants_digest(g.db, g.person.id),
                           policy=policy_for(org_id))


def _save_org_settings(org_id: int) -> bool:
    f = request.form
    try:
        remind, escalate = int(f.get("remind_after_days", "")), int(f.get("escalate_after_days", ""))
        followup.save_settings(g.db, org_id, remind, escalate, f.get("alert_high") == "on")
    except (ValueError, ReviewError) as e:
        flash(str(e) if isinstance(e, ReviewError) else "days are whole numbers (0 switches a step off)", "error")
        return False
    return True

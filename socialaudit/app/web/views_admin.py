"""Statistics, suppressions, people and consent, archived reports, the access log."""
from __future__ import annotations

from flask import Blueprint, Response, abort, g, render_template
from sqlalchemy import select

from socialaudit.storage import schema as db
from socialaudit.app.web import review, scope
from socialaudit.app.web.app import log_access, requires
from socialaudit.app.web.labels import RULE_LABELS

bp = Blueprint("admin", __name__)


@bp.get("/stats")
@requires("admin", "coordinator")
def stats():
    visible = scope.findings_query(g.person).with_only_columns(db.Finding.id)
    rows = review.rule_precision(g.db, visible)
    return render_template("stats.html", rows=rows, labels=RULE_LABELS)


@bp.get("/suppressions")
@requires("admin", "coordinator")
def suppressions():
    fps = None
    if g.person.role != "admin":
        fps = list(g.db.scalars(scope.findings_query(g.person).with_only_columns(db.Finding.fingerprint)))
    rows = review.stale_suppressions(g.db, g.person.organisation_id, fps)
    findings = {f.fingerprint: f for f in g.db.scalars(scope.findings_query(g.person).where(
        db.Finding.fingerprint.in_([sup.fingerprint for sup, _ in rows])))}
    return render_template("suppressions.html", rows=rows, findings=findings, labels=RULE_LABELS)


@bp.get("/people")
@requires("admin", "coordinator")
def people():
    volunteers = scope.people_for(g.db, g.person)
    ids = [p.id for p in volunteers]
    accounts: dict[int, list[db.Account]] = {}
    for a in g.db.scalars(select(db.Account).where(db.Account.person_id.in_(ids)).order_by(db.Account.platform)):
        accounts.setdefault(a.person_id, []).append(a)
    consents: dict[int, list[db.Consent]] = {}
    for c in g.db.scalars(select(db.Consent).where(db.Consent.person_id.in_(ids)).order_by(db.Consent.given_at)):
        consents.setdefault(c.person_id, []).append(c)
    coordinators = {p.id: p for p in g.db.scalars(select(db.Person).where(
        db.Person.organisation_id == g.person.organisation_id, db.Person.role.in_(("coordinator", "admin"))))}
    return render_template("people.html", volunteers=volunteers, accounts=accounts, consents=consents,
                           coordinators=coordinators)


@bp.get("/access-log")
@requires("admin")
def access_log():
    people = {p.id: p for p in g.db.scalars(select(db.Person).where(
        db.Person.organisation_id == g.person.organisation_id))}
    rows = list(g.db.scalars(select(db.AccessLog).where(
        (db.AccessLog.actor_id.in_(people)) | (db.AccessLog.volunteer_id.in_(people)))
        .order_by(db.AccessLog.id.desc()).limit(500)))
    return render_template("access_log.html", rows=rows, people=people)


@bp.get("/reports")
@requires("admin", "coordinator", "volunteer")
def reports():
    return render_template("reports.html", reports=scope.reports_for(g.db, g.person))


@bp.get("/reports/<int:report_id>")
@requires("admin", "coordinator", "volunteer")
def report(report_id: int):
    """An archived report exactly as sent, in a sandbox: it runs no script and cannot
    reach this site's cookies even if its HTML carried something hostile."""
    row = scope.report_for(g.db, g.person, report_id)
    if row is None:
        abort(404)
    log_access("view", "report", row.id, row.person_id)
    resp = Response(row.html, mimetype="text/html")
    # Reports are email HTML with inline styles (email clients need them); in a sandbox with
    # no script and no network, inline style is harmless.
    resp.headers["Content-Security-Policy"] = ("sandbox; default-src 'none'; script-src 'none'; "
                                               "style-src 'unsafe-inline'; img-src data:")
    return resp

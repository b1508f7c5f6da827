"""Statistics, suppressions, people and consent, archived reports, the access log."""
from __future__ import annotations

from flask import Blueprint, Response, abort, g, render_template

from socialaudit.app.web.context import log_access, policy_for, requires
from socialaudit.app.web.labels import rule_labels
from socialaudit.storage import pages, review, visibility

bp = Blueprint("admin", __name__)


@bp.get("/stats")
@requires("admin", "coordinator")
def stats():
    rows = review.rule_precision(g.db, pages.visible_finding_ids(g.person))
    return render_template("stats.html", rows=rows, labels=rule_labels(policy_for(g.person.organisation_id)))


@bp.get("/suppressions")
@requires("admin", "coordinator")
def suppressions():
    fps = None if g.person.role == "admin" else pages.visible_fingerprints(g.db, g.person)
    rows = review.stale_suppressions(g.db, g.person.organisation_id, fps)
    findings = pages.visible_findings_by_fingerprint(g.db, g.person, [sup.fingerprint for sup, _ in rows])
    return render_template("suppressions.html", rows=rows, findings=findings,
                           labels=rule_labels(policy_for(g.person.organisation_id)))


@bp.get("/people")
@requires("admin", "coordinator")
def people():
    return render_template("people.html", **pages.people_page(g.db, g.person))


@bp.get("/access-log")
@requires("admin")
def access_log():
    rows, people = pages.access_log(g.db, g.person)
    return render_template("access_log.html", rows=rows, people=people)


@bp.get("/reports")
@requires("admin", "coordinator", "volunteer")
def reports():
    return render_template("reports.html", reports=visibility.reports_for(g.db, g.person))


@bp.get("/reports/<int:report_id>")
@requires("admin", "coordinator", "volunteer")
def report(report_id: int):
    """An archived report exactly as sent, in a sandbox: it runs no script and cannot
    reach this site's cookies even if its HTML carried something hostile."""
    row = visibility.report_for(g.db, g.person, report_id)
    if row is None:
        abort(404)
    log_access("view", "report", row.id, row.person_id)
    resp = Response(row.html, mimetype="text/html")
    # Reports are email HTML with inline styles (email clients need them); in a sandbox with
    # no script and no network, inline style is harmless.
    resp.headers["Content-Security-Policy"] = ("sandbox; default-src 'none'; script-src 'none'; "
                                               "style-src 'unsafe-inline'; img-src data:")
    return resp

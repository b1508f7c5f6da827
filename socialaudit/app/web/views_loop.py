"""The loop back on a finding: the volunteer answers (seen, reply, dispute, fixed), a
reviewer is assigned; the finding page shows both through `_loop.html`, whose data the
`finding_loop` template helper gathers (so the finding view itself is unchanged)."""
from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, request, url_for

from socialaudit.app.web.context import log_access, requires
from socialaudit.storage import followup, pages, visibility
from socialaudit.storage import schema as db
from socialaudit.storage.review import ReviewError

bp = Blueprint("loop", __name__)
RESPONSE_LABELS = {"acknowledged": "Seen by the volunteer", "replied": "The volunteer replied",
                   "disputed": "The volunteer disputes it", "fixed": "The volunteer says it is fixed"}
OWN_LABELS = {"acknowledged": "You have said you have seen it", "replied": "You replied",
              "disputed": "You said you think it is wrong", "fixed": "You said you have fixed it"}
DONE = {"acknowledge": "Thank you: your coordinator can see you have read this.",
        "reply": "Your reply was sent to your coordinator.",
        "dispute": "Your coordinator will look at why you think this is wrong.",
        "fixed": "Thank you for fixing it. The next check will confirm it."}


@bp.app_template_global()
def finding_loop(f: db.FindingRow) -> dict:
    """What the finding page shows of the loop: the volunteer's answer, the reviewer, and
    (for staff) who the finding can be given to."""
    ticket = followup.ticket_of(g.db, f.id)
    staff = g.person is not None and g.person.role in ("admin", "coordinator")
    owner = g.person is not None and g.person.role == "volunteer"  # a volunteer sees only their own findings
    assignee = pages.person(g.db, ticket.assignee_id) if ticket and ticket.assignee_id else None
    labels = OWN_LABELS if owner else RESPONSE_LABELS
    return {"ticket": ticket, "assignee": assignee, "status_label": labels.get(
            ticket.volunteer_status if ticket else "", ""), "reviewers": followup.reviewers(g.db, f) if staff else [],
            "is_owner": owner}


def _finding_or_404(finding_id: int) -> db.FindingRow:
    f = visibility.finding_for(g.db, g.person, finding_id)
    if f is None:
        abort(404)
    return f


@bp.post("/findings/<int:finding_id>/respond")
@requires("volunteer")
def respond(finding_id: int):
    f = _finding_or_404(finding_id)
    kind = request.form.get("response", "")
    try:
        followup.respond(g.db, f, g.person, kind, request.form.get("text"), visibility.now())
    except ReviewError as e:
        flash(str(e), "error")
        return redirect(url_for("review.finding", finding_id=f.id) + "#answer")
    flash(DONE[kind], "ok")
    return redirect(url_for("review.finding", finding_id=f.id) + "#answer")


@bp.post("/findings/<int:finding_id>/assign")
@requires("admin", "coordinator")
def assign(finding_id: int):
    f = _finding_or_404(finding_id)
    raw = request.form.get("assignee", "")
    who = g.person if raw == "me" else None
    if raw.isdigit() and len(raw) <= 9:
        who = next((p for p in followup.reviewers(g.db, f) if p.id == int(raw)), None)
        if who is None:
            abort(404)
    try:
        followup.assign(g.db, f, g.person, who, visibility.now())
    except ReviewError as e:
        flash(str(e), "error")
        return redirect(url_for("review.finding", finding_id=f.id))
    log_access("assign", "finding", f.id, None, detail=f"to person {who.id}" if who else "unassigned")
    flash(f"Assigned to {who.name}." if who else "No longer assigned.", "ok")
    return redirect(url_for("review.finding", finding_id=f.id))

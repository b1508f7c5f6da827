"""Downloads for coordinators and admins: the queue (with its filters), a month's findings
and the review trail as CSV, and an archived report as PDF. Each reads through the
visibility rules like the pages, masks like the pages, and is written to the access log."""
from __future__ import annotations

from datetime import datetime, timezone

from flask import Blueprint, Response, abort, g, request

from reports.pdf import PdfError, html_to_pdf_bytes
from socialaudit.app.web.context import int_arg, log_access, prepared_for, requires, settings
from socialaudit.app.web.csvout import download, masked
from socialaudit.app.web.labels import STATES, rule_labels
from socialaudit.app.web.views_review import FILTERS
from socialaudit.storage import exports, pages, visibility

bp = Blueprint("exports", __name__)

QUEUE_HEADER = ["finding", "found", "post date", "severity", "rule", "state", "volunteer", "platform", "account",
                "evidence (names and places hidden)", "assigned to", "volunteer's answer", "link"]
TRAIL_HEADER = ["when", "finding", "rule", "volunteer", "who", "action", "note (names and places hidden)"]


def month_range(month: str) -> tuple[datetime, datetime] | None:
    """[start, end) of a YYYY-MM month, or None when it is not one."""
    try:
        start = datetime.strptime(month, "%Y-%m").replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return start, start.replace(year=start.year + (start.month == 12), month=start.month % 12 + 1)


def _iso(dt: datetime | None) -> str:
    if dt is None:
        return ""
    return (dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")


def _finding_rows(args: dict, month: str) -> list[list[object]]:
    found = pages.queue(g.db, g.person, args, month_range(month) if month else None, 1, exports.MAX_ROWS)
    labels = rule_labels(prepared_for(g.person.organisation_id).policy)
    names = exports.names(g.db, g.person.organisation_id)
    tickets = exports.tickets(g.db, [f.id for f in found.rows])
    posts = {p.id: p for p in map(lambda f: pages.post_of(g.db, f), found.rows) if p is not None}
    base = settings().base_url.rstrip("/")
    out = []
    for f in found.rows:
        acc, t, post = found.accounts.get(f.account_id), tickets.get(f.id), posts.get(f.post_id)
        out.append([f.id, _iso(f.created_at), _iso(post.created_at) if post else "", f.severity,
                    labels.get(f.rule, f.rule), STATES.get(f.state, f.state),
                    names.get(acc.person_id, "") if acc and acc.person_id else "", acc.platform if acc else "",
                    (acc.handle or acc.external_id) if acc else "",
                    " | ".join(e.get("excerpt", "") for e in f.evidence or []),
                    names.get(t.assignee_id, "") if t and t.assignee_id else "",
                    (t.volunteer_status or "") if t else "", f"{base}/findings/{f.id}"])
    return out


@bp.get("/queue.csv")
@requires("admin", "coordinator")
def queue_csv():
    args = {k: request.args.get(k, "") for k in FILTERS}
    args["volunteer"] = int_arg("volunteer", 0) or ""
    rows = _finding_rows(args, args.get("month") or "")
    log_access("export", "queue", "csv", None, detail=f"{len(rows)} findings")
    return download("queue.csv", QUEUE_HEADER, rows)


@bp.get("/findings-<month>.csv")
@requires("admin", "coordinator")
def month_csv(month: str):
    if month_range(month) is None or len(month) != 7:
        abort(404)
    rows = _finding_rows({}, month)
    log_access("export", "findings", month, None, detail=f"{len(rows)} findings")
    return download(f"findings-{month}.csv", QUEUE_HEADER, rows)


@bp.get("/trail.csv")
@requires("admin", "coordinator")
def trail_csv():
    month = request.args.get("month", "")
    span = month_range(month) if month else None
    if month and span is None:
        abort(400)
    prepared = prepared_for(g.person.organisation_id)
    labels = rule_labels(prepared.policy)
    lines = exports.trail(g.db, g.person, *(span or (None, None)))
    names = exports.names(g.db, g.person.organisation_id)
    accounts = {a.id: a for a in exports.accounts_by_id(g.db, {ln.finding.account_id for ln in lines})}
    rows = [[_iso(ln.event.at), ln.finding.id, labels.get(ln.finding.rule, ln.finding.rule),
             names.get(accounts[ln.finding.account_id].person_id, "") if ln.finding.account_id in accounts else "",
             ln.actor.name if ln.actor else "socialaudit", ln.event.action, masked(prepared, ln.event.note)]
            for ln in lines]
    log_access("export", "trail", month or "all", None, detail=f"{len(rows)} events")
    return download(f"audit-trail{'-' + month if month else ''}.csv", TRAIL_HEADER, rows)


@bp.get("/reports/<int:report_id>.pdf")
@requires("admin", "coordinator", "volunteer")
def report_pdf(report_id: int):
    """The archived report as a PDF, rendered here from the stored copy (reports.pdf)."""
    row = visibility.report_for(g.db, g.person, report_id)
    if row is None:
        abort(404)
    try:
        data = html_to_pdf_bytes(row.html)
    except PdfError:
        abort(500)
    log_access("export", "report", row.id, row.person_id, detail="pdf")
    resp = Response(data, mimetype="application/pdf")
    resp.headers["Content-Disposition"] = f'attachment; filename="report-{row.month}-{row.kind}.pdf"'
    return resp

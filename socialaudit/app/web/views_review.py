"""The review queue, the finding page and its actions, posts and media thumbnails."""
from __future__ import annotations

import io
from datetime import datetime, timezone

from flask import Blueprint, abort, flash, g, redirect, render_template, request, send_file, url_for
from sqlalchemy import and_, case, func, select

from socialaudit.storage import schema as db
from socialaudit.app.web import review, scope
from socialaudit.app.web.app import int_arg, log_access, policy_for, requires, settings
from socialaudit.app.web.labels import RULE_LABELS, STATES
from socialaudit.app.web.findingview import finding_page, post_page

bp = Blueprint("review", __name__)
PAGE = 100
FILTERS = ("rule", "severity", "state", "volunteer", "platform", "month")
THUMB = (480, 480)


def _month_range(month: str) -> tuple[datetime, datetime] | None:
    try:
        start = datetime.strptime(month, "%Y-%m").replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    end = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
    return start, end


def filtered(person: db.Person, args) -> tuple:
    """The queue's query for these filters: open first, then oldest first."""
    q = scope.findings_query(person).outerjoin(db.Post, db.Finding.post_id == db.Post.id)
    if args.get("rule"):
        q = q.where(db.Finding.rule == args["rule"])
    if args.get("severity"):
        q = q.where(db.Finding.severity == args["severity"])
    if args.get("state"):
        q = q.where(db.Finding.state == args["state"])
    if args.get("platform"):
        q = q.where(db.Account.platform == args["platform"])
    if args.get("volunteer"):
        q = q.where(db.Account.person_id == args["volunteer"])
    when = func.coalesce(db.Post.created_at, db.Finding.created_at)
    rng = _month_range(args.get("month") or "")
    if rng:
        q = q.where(and_(when >= rng[0], when < rng[1]))
    order = case((db.Finding.state == "open", 0), else_=1)
    return q.order_by(order, when.asc(), db.Finding.id.asc())


@bp.get("/queue")
@requires("admin", "coordinator")
def queue():
    args = {k: request.args.get(k, "") for k in FILTERS}
    args["volunteer"] = int_arg("volunteer", 0) or ""
    page = int_arg("page", 1, lo=1, hi=1_000_000)
    q = filtered(g.person, args)
    total = g.db.scalar(select(func.count()).select_from(q.order_by(None).subquery()))
    rows = list(g.db.scalars(q.offset((page - 1) * PAGE).limit(PAGE)))
    accounts = {a.id: a for a in g.db.scalars(select(db.Account).where(
        db.Account.id.in_({f.account_id for f in rows if f.account_id})))}
    people = {p.id: p for p in scope.people_for(g.db, g.person)}
    platforms = sorted(set(g.db.scalars(select(db.Account.platform).where(scope.account_clause(g.person)))))
    return render_template("queue.html", rows=rows, accounts=accounts, people=people, args=args, page=page,
                           total=total, pages=max(1, -(-total // PAGE)), platforms=platforms,
                           rules=sorted(RULE_LABELS), labels=RULE_LABELS, states=STATES,
                           now=scope.now())


@bp.post("/queue/bulk")
@requires("admin", "coordinator")
def bulk():
    action = request.form.get("action", "")
    text = request.form.get("text", "")
    done = skipped = 0
    for raw in request.form.getlist("ids"):
        finding = scope.finding_for(g.db, g.person, int(raw)) if raw.isdigit() and len(raw) <= 9 else None
        if finding is None:
            skipped += 1
            continue
        try:
            # apply() checks before it changes anything, so a refusal leaves no half-done work
            review.apply(g.db, finding, g.person, action, text, settings().base_url)
            done += 1
        except review.ReviewError as e:
            skipped += 1
            flash(str(e), "error")
    flash(f"{done} finding(s) updated" + (f", {skipped} skipped" if skipped else "") + ".", "ok")
    return redirect(request.form.get("back") if (request.form.get("back") or "").startswith("/queue")
                    else url_for("review.queue"))


def _finding_or_404(finding_id: int) -> db.Finding:
    finding = scope.finding_for(g.db, g.person, finding_id)
    if finding is None:
        abort(404)
    return finding


@bp.get("/findings/<int:finding_id>")
@requires("admin", "coordinator", "volunteer")
def finding(finding_id: int):
    f = _finding_or_404(finding_id)
    ctx = finding_page(g.db, g.person, f, policy_for(f.organisation_id), reveal=False)
    log_access("view", "finding", f.id, ctx["volunteer"].id if ctx["volunteer"] else None)
    return render_template("finding.html", **ctx)


@bp.post("/findings/<int:finding_id>/reveal")
@requires("admin", "coordinator", "volunteer")
def reveal(finding_id: int):
    f = _finding_or_404(finding_id)
    ctx = finding_page(g.db, g.person, f, policy_for(f.organisation_id), reveal=True)
    log_access("reveal", "finding", f.id, ctx["volunteer"].id if ctx["volunteer"] else None,
               detail=f"clear text of {f.subject_kind} shown")
    return render_template("finding.html", **ctx)


@bp.post("/findings/<int:finding_id>/action")
@requires("admin", "coordinator")
def act(finding_id: int):
    f = _finding_or_404(finding_id)
    try:
        review.apply(g.db, f, g.person, request.form.get("action", ""), request.form.get("text"),
                     settings().base_url)
    except review.ReviewError as e:
        flash(str(e), "error")
        return redirect(url_for("review.finding", finding_id=f.id))
    flash(_DONE.get(request.form.get("action", ""), "Saved."), "ok")
    nxt = request.form.get("next_id", "")
    if nxt.isdigit():
        return redirect(url_for("review.finding", finding_id=int(nxt)))
    return redirect(url_for("review.finding", finding_id=f.id))


_DONE = {"confirm": "Confirmed. A notice to the volunteer has been queued.",
         "dismiss": "Dismissed as a false positive. It will not come back on the next check.",
         "note": "Note added.", "reopen": "Reopened."}


@bp.get("/posts/<int:post_id>")
@requires("admin", "coordinator", "volunteer")
def post(post_id: int):
    row = scope.post_for(g.db, g.person, post_id)
    if row is None:
        abort(404)
    ctx = post_page(g.db, g.person, row, policy_for(row.organisation_id))
    log_access("view", "post", row.id, ctx["volunteer"].id if ctx["volunteer"] else None)
    return render_template("post.html", **ctx)


@bp.get("/media/<int:post_id>/<int:position>")
@requires("admin", "coordinator", "volunteer")
def media(post_id: int, position: int):
    """A thumbnail re-encoded from the stored file: EXIF (and its GPS) never leaves the server."""
    row = scope.post_for(g.db, g.person, post_id)
    pm = g.db.get(db.PostMedia, (post_id, position)) if row is not None else None
    stored = g.db.get(db.MediaFile, pm.media_id) if pm is not None and pm.media_id else None
    if stored is None:
        abort(404)
    data = _thumbnail(stored.path)
    if data is None:
        abort(404)
    return send_file(io.BytesIO(data), mimetype="image/png", max_age=0)


def _thumbnail(path: str) -> bytes | None:
    from PIL import Image, UnidentifiedImageError
    try:
        with Image.open(path) as im:
            im.thumbnail(THUMB)
            out = io.BytesIO()
            im.convert("RGB").save(out, "PNG")
            return out.getvalue()
    except (OSError, UnidentifiedImageError, ValueError):
        return None

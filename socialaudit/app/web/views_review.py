"""The review queue, the finding page and its actions, posts and media thumbnails."""
from __future__ import annotations

import io
from datetime import datetime, timezone

from flask import Blueprint, Response, abort, flash, g, redirect, render_template, request, send_file, url_for
from PIL import Image, UnidentifiedImageError

from socialaudit.app.notices import volunteer_notice
from socialaudit.app.web.context import int_arg, log_access, policy_for, prepared_for, requires, settings
from socialaudit.app.web.findingview import finding_page, post_page
from socialaudit.app.web.labels import STATES, rule_labels
from socialaudit.storage import pages, review, visibility
from socialaudit.storage import schema as db

bp = Blueprint("review", __name__)
PAGE = 100
FILTERS = pages.QUEUE_FILTERS
THUMB = (480, 480)


def _month_range(month: str) -> tuple[datetime, datetime] | None:
    try:
        start = datetime.strptime(month, "%Y-%m").replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    end = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
    return start, end


@bp.get("/queue")
@requires("admin", "coordinator")
def queue():
    args = {k: request.args.get(k, "") for k in FILTERS}
    args["volunteer"] = int_arg("volunteer", 0) or ""
    page = int_arg("page", 1, lo=1, hi=1_000_000)
    found = pages.queue(g.db, g.person, args, _month_range(args.get("month") or ""), page, PAGE)
    people = {p.id: p for p in visibility.people_for(g.db, g.person)}
    labels = rule_labels(policy_for(g.person.organisation_id))
    waiting, first_due = visibility.with_volunteers(g.db, g.person)
    return render_template("queue.html", rows=found.rows, accounts=found.accounts, people=people, args=args,
                           page=page, total=found.total, pages=max(1, -(-found.total // PAGE)),
                           platforms=pages.platforms(g.db, g.person), rules=sorted(labels), labels=labels,
                           states=STATES, now=visibility.now(), with_volunteers=waiting, first_due=first_due)


@bp.post("/queue/bulk")
@requires("admin", "coordinator")
def bulk():
    action = request.form.get("action", "")
    text = request.form.get("text", "")
    done = skipped = 0
    refusals: list[str] = []
    for raw in request.form.getlist("ids"):
        finding = visibility.finding_for(g.db, g.person, int(raw)) if raw.isdigit() and len(raw) <= 9 else None
        if finding is None:
            skipped += 1
            continue
        try:
            # apply() checks before it changes anything, so a refusal leaves no half-done work
            review.apply(g.db, finding, g.person, action, text, _notice(finding))
            done += 1
        except review.ReviewError as e:
            skipped += 1
            if str(e) not in refusals:  # one line per reason, not one per finding
                refusals.append(str(e))
    for reason in refusals:
        flash(reason, "error")
    flash(f"{done} finding(s) updated" + (f", {skipped} skipped" if skipped else "") + ".", "ok")
    return redirect(request.form.get("back") if (request.form.get("back") or "").startswith("/queue")
                    else url_for("review.queue"))


def _finding_or_404(finding_id: int) -> db.FindingRow:
    finding = visibility.finding_for(g.db, g.person, finding_id)
    if finding is None:
        until = visibility.grace_until(g.db, g.person, finding_id)
        if until is not None:  # a report link to a finding still with the volunteer: say so, show nothing of it
            abort(Response(render_template("error.html", code=404, title="This finding is still with the volunteer",
                                           detail=f"Volunteers see their findings first. It reaches your review "
                                                  f"queue on {until:%-d %b %Y} unless they fix it before then."),
                           status=404))
        abort(404)
    return finding


@bp.get("/findings/<int:finding_id>")
@requires("admin", "coordinator", "volunteer")
def finding(finding_id: int):
    f = _finding_or_404(finding_id)
    ctx = finding_page(g.db, g.person, f, prepared_for(f.organisation_id), reveal=False)
    log_access("view", "finding", f.id, ctx["volunteer"].id if ctx["volunteer"] else None)
    return render_template("finding.html", **ctx)


@bp.post("/findings/<int:finding_id>/reveal")
@requires("admin", "coordinator", "volunteer")
def reveal(finding_id: int):
    f = _finding_or_404(finding_id)
    ctx = finding_page(g.db, g.person, f, prepared_for(f.organisation_id), reveal=True)
    log_access("reveal", "finding", f.id, ctx["volunteer"].id if ctx["volunteer"] else None,
               detail=f"clear text of {f.subject_kind} shown")
    return render_template("finding.html", **ctx)


@bp.post("/findings/<int:finding_id>/action")
@requires("admin", "coordinator")
def act(finding_id: int):
    f = _finding_or_404(finding_id)
    try:
        review.apply(g.db, f, g.person, request.form.get("action", ""), request.form.get("text"), _notice(f))
    except review.ReviewError as e:
        flash(str(e), "error")
        return redirect(url_for("review.finding", finding_id=f.id))
    label = rule_labels(policy_for(f.organisation_id)).get(f.rule, f.rule)
    done = f"“{label}”: {_DONE.get(request.form.get('action', ''), 'saved.')}"
    nxt = request.form.get("next_id", "")
    if nxt.isdigit():
        flash(f"{done} Below is the next finding to review.", "ok")
        return redirect(url_for("review.finding", finding_id=int(nxt)))
    flash(done, "ok")
    return redirect(url_for("review.finding", finding_id=f.id))


def _notice(finding: db.FindingRow) -> review.Notice:
    return volunteer_notice(policy_for(finding.organisation_id), settings().base_url, settings().template_dir)


_DONE = {"confirm": "confirmed, and a notice to the volunteer was queued.",
         "dismiss": "dismissed as a false positive. It will not come back on the next check.",
         "note": "note added.", "reopen": "reopened."}


@bp.get("/posts/<int:post_id>")
@requires("admin", "coordinator", "volunteer")
def post(post_id: int):
    row = visibility.post_for(g.db, g.person, post_id)
    if row is None:
        abort(404)
    ctx = post_page(g.db, g.person, row, prepared_for(row.organisation_id))
    log_access("view", "post", row.id, ctx["volunteer"].id if ctx["volunteer"] else None)
    return render_template("post.html", **ctx)


@bp.get("/media/<int:post_id>/<int:position>")
@requires("admin", "coordinator", "volunteer")
def media(post_id: int, position: int):
    """A thumbnail re-encoded from the stored file: EXIF (and its GPS) never leaves the server."""
    row = visibility.post_for(g.db, g.person, post_id)
    path = pages.stored_media_path(g.db, post_id, position) if row is not None else None
    if path is None:
        abort(404)
    data = _thumbnail(path)
    if data is None:
        abort(404)
    return send_file(io.BytesIO(data), mimetype="image/png", max_age=0)


def _thumbnail(path: str) -> bytes | None:
    try:
        with Image.open(path) as im:
            im.thumbnail(THUMB)
            out = io.BytesIO()
            im.convert("RGB").save(out, "PNG")
            return out.getvalue()
    except (OSError, UnidentifiedImageError, ValueError):
        return None

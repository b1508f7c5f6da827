"""A volunteer's own pages: their findings (shown first, inside the grace window),
their accounts and consent, the pre-publication check and the private self-audit."""
from __future__ import annotations

import tempfile
from pathlib import Path

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from socialaudit.app.checking import DraftError, check_draft, stored_author
from socialaudit.app.web import selfaudit
from socialaudit.app.web.context import log_access, policy_for, requires, settings, store
from socialaudit.app.web.labels import STATES, rule_labels
from socialaudit.storage import accounts, pages, visibility

bp = Blueprint("volunteer", __name__, url_prefix="/me")
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".heic"}


@bp.get("")
@requires("volunteer")
def home():
    findings, accounts, consents = pages.volunteer_home(g.db, g.person)
    policy = policy_for(g.person.organisation_id)
    advice = {f.rule: policy.rule(f.rule).advice for f in findings}
    return render_template("me.html", findings=findings, accounts=accounts, consents=consents, advice=advice,
                           labels=rule_labels(policy), states=STATES, now=visibility.now(),
                           help_text=policy.section("review").get("help_text", ""))


@bp.route("/check", methods=["GET", "POST"])
@requires("volunteer", "coordinator", "admin")
def check():
    """Am I OK to post this? Every rule runs on the draft, read as one more post of the signed-in
    person's accounts (their posts name their own family); nothing is stored."""
    policy = policy_for(g.person.organisation_id)
    verdicts, error, text = None, None, request.form.get("text", "")
    if request.method == "POST":
        with tempfile.TemporaryDirectory(prefix="sa-check-") as tmp:
            photos = _saved_photo(Path(tmp))
            if photos is None:
                error = "That photo is not a picture file we can read (JPEG, PNG, WebP, GIF or HEIC)."
            else:
                try:
                    author = stored_author(g.db, accounts.person_accounts(g.db, g.person.id))
                    verdicts = check_draft(policy, text, photos, author=author)
                except DraftError:
                    error = "The photo could not be read, so it was not checked. Try a JPEG or PNG."
    return render_template("check.html", verdicts=verdicts, error=error, text=text, labels=rule_labels(policy),
                           help_text=policy.section("review").get("help_text", ""))


def _saved_photo(folder: Path) -> list[Path] | None:
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        return []
    suffix = Path(upload.filename).suffix.lower()
    if suffix not in PHOTO_SUFFIXES:
        return None
    target = folder / f"photo{suffix}"
    upload.save(target)
    return [target]


@bp.route("/self-audit", methods=["GET", "POST"])
@requires("volunteer")
def self_audit():
    """Upload an archive or bundle; the results are shown to the volunteer alone."""
    if request.method == "GET":
        return render_template("selfaudit.html", result=None)
    upload = request.files.get("archive")
    if upload is None or not upload.filename:
        flash("Choose your archive (.zip) or bundle (.jsonl) first.", "error")
        return redirect(url_for("volunteer.self_audit"))
    uploads = selfaudit.Uploads(settings().data_dir, g.person.id)
    token, path = uploads.save(upload)
    result = selfaudit.run_private(policy_for(g.person.organisation_id), path, store(), g.person.id)
    if result.error:
        uploads.discard(token)
    return render_template("selfaudit.html", result=result, token=token,
                           labels=rule_labels(policy_for(g.person.organisation_id)))


@bp.post("/self-audit/<token>")
@requires("volunteer")
def self_audit_decide(token: str):
    uploads = selfaudit.Uploads(settings().data_dir, g.person.id)
    path = uploads.find(token)
    if path is None:
        abort(404)
    if request.form.get("decision") == "keep":
        msg = selfaudit.keep(store(), policy_for(g.person.organisation_id), g.person, path, settings().data_dir)
        log_access("import", "self-audit", token, g.person.id, detail="volunteer kept a self-audit")
        flash(msg, "ok")
    else:
        flash("Your upload and its results have been deleted.", "ok")
    uploads.discard(token)
    return redirect(url_for("volunteer.home"))

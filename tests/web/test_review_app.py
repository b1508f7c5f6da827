"""The review app's behaviour: decisions, suppressions, the grace window, Reveal,
sign-in safety and the volunteer's own pages."""
from __future__ import annotations

import io
from datetime import timedelta

from sqlalchemy import func, select, update

from socialaudit.storage import repo
from socialaudit.storage import schema as db
from tests.web.conftest import EMAILS, csrf_of, sign_in, token_of
from tests.web.seed import audit_into


def act(client, fid, action, text=None, **extra):
    return client.post(f"/findings/{fid}/action",
                       data={"action": action, "text": text or "", "csrf_token": token_of(client), **extra})


def test_confirm_queues_one_notice_to_the_volunteer(app, seeded):
    cora = sign_in(app, "cora")
    fid = seeded.ids["ann_finding"]
    assert act(cora, fid, "confirm").status_code == 302
    with seeded.store.session() as s:
        msgs = list(s.scalars(select(db.OutboxMessage)))
        assert s.get(db.FindingRow, fid).state == "confirmed"
        events = [e.action for e in s.scalars(select(db.ReviewEvent).where(db.ReviewEvent.finding_id == fid))]
    assert len(msgs) == 1 and msgs[0].recipient == EMAILS["ann"] and msgs[0].kind == "volunteer-notice"
    assert msgs[0].body_text and "<" in msgs[0].body_html and msgs[0].dedupe_key
    assert "Harrogate" not in msgs[0].body_text + msgs[0].body_html
    assert events == ["created", "confirmed"]


def test_confirming_again_after_reopen_does_not_queue_a_second_notice(app, seeded):
    cora = sign_in(app, "cora")
    fid = seeded.ids["ann_finding"]
    act(cora, fid, "confirm")
    act(cora, fid, "reopen")
    act(cora, fid, "confirm")
    with seeded.store.session() as s:
        assert s.scalar(select(func.count()).select_from(db.OutboxMessage)) == 1


def test_dismiss_needs_a_reason(app, seeded):
    cora = sign_in(app, "cora")
    fid = seeded.ids["ann_finding"]
    r = act(cora, fid, "dismiss", "   ")
    assert "say why" in cora.get(r.headers["Location"]).text
    with seeded.store.session() as s:
        assert s.get(db.FindingRow, fid).state == "open"
        assert s.scalar(select(func.count()).select_from(db.Suppression)) == 0


def test_dismissed_finding_stays_dismissed_after_a_recrawl(app, seeded):
    cora = sign_in(app, "cora")
    fid = seeded.ids["ann_finding"]
    act(cora, fid, "dismiss", "her own garden, not a family's home")
    counts = audit_into(seeded.store, seeded.bundle, seeded.data_dir)
    assert counts["findings_suppressed"] == 1 and counts["findings_new"] == 0
    with seeded.store.session() as s:
        assert s.get(db.FindingRow, fid).state == "dismissed"
    assert "Still matching" in cora.get("/suppressions").text


def test_suppression_that_no_longer_matches_is_shown_as_stale(app, seeded):
    cora = sign_in(app, "cora")
    act(cora, seeded.ids["ann_finding"], "dismiss", "not a family location")
    with seeded.store.session() as s:
        s.execute(update(db.Suppression).values(last_matched_at=repo.now() - timedelta(days=30)))
        s.add(db.Run(organisation_id=s.scalar(select(db.Organisation.id)), kind="audit", status="ok",
                     counts={}, errors=[]))
    assert "Stale" in cora.get("/suppressions").text


def test_precision_per_rule_counts_coordinators_decisions(app, seeded):
    admin = sign_in(app, "admin")
    act(admin, seeded.ids["ann_finding"], "confirm")
    act(admin, seeded.ids["ben_finding"], "dismiss", "public event")
    page = admin.get("/stats").text
    assert "Location attached to the post" in page and "50%" in page


def test_reveal_shows_the_clear_place_and_is_logged(app, seeded):
    cora = sign_in(app, "cora")
    fid = seeded.ids["ann_finding"]
    assert "Harrogate" not in cora.get(f"/findings/{fid}").text
    r = cora.post(f"/findings/{fid}/reveal", data={"csrf_token": token_of(cora)})
    assert "Harrogate" in r.text
    with seeded.store.session() as s:
        log = s.scalars(select(db.AccessLog).where(db.AccessLog.action == "reveal")).all()
    assert [(e.actor_id, e.target_id, e.volunteer_id) for e in log] == [
        (seeded.ids["cora"], str(fid), seeded.ids["ann"])]


def test_viewing_a_finding_is_logged_with_whose_data_it_was(app, seeded):
    admin = sign_in(app, "admin")
    admin.get(f"/findings/{seeded.ids['ben_finding']}")
    with seeded.store.session() as s:
        row = s.scalar(select(db.AccessLog).where(db.AccessLog.action == "view"))
    assert (row.actor_id, row.volunteer_id) == (seeded.ids["admin"], seeded.ids["ben"])


def test_finding_in_grace_window_is_shown_to_the_volunteer_not_the_coordinator(app, seeded):
    fid = seeded.ids["ann_finding"]
    with seeded.store.session() as s:
        s.get(db.FindingRow, fid).visible_to_coordinator_at = repo.now() + timedelta(days=5)
    assert sign_in(app, "cora").get(f"/findings/{fid}").status_code == 404
    ann = sign_in(app, "ann")
    assert f"/findings/{fid}" in ann.get("/me").text
    assert "Your coordinator will see this from" in ann.get("/me").text


def test_finding_fixed_inside_the_grace_window_never_reaches_the_coordinator(app, seeded):
    fid = seeded.ids["ann_finding"]
    with seeded.store.session() as s:
        f = s.get(db.FindingRow, fid)
        f.visible_to_coordinator_at = repo.now() - timedelta(hours=1)
        f.state = "resolved"
        f.updated_at = repo.now() - timedelta(days=2)
    assert sign_in(app, "cora").get(f"/findings/{fid}").status_code == 404


def test_page_for_a_finding_never_links_a_javascript_url(clients, shared_seed):
    page = clients["admin"].get(f"/findings/{shared_seed.ids['ann_finding']}").text
    assert "javascript:" not in page
    assert "<script>window" not in page and "&lt;script&gt;" in page


def test_responses_carry_a_strict_content_security_policy(clients):
    r = clients["cora"].get("/queue")
    assert "script-src 'self'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Frame-Options"] == "DENY"


def test_session_cookie_is_httponly_lax_and_secure_over_https(seeded):
    from socialaudit.app.web import create_app
    from socialaudit.core.settings import Settings
    app = create_app(seeded.store, Settings(data_dir=seeded.data_dir, base_url="https://review.example.org"))
    client = app.test_client()
    r = client.get("/sign-in")
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" in cookie


def test_secret_key_is_kept_in_the_data_folder_not_the_repo(app, seeded):
    assert (seeded.data_dir / "web-secret.key").is_file()
    assert oct((seeded.data_dir / "web-secret.key").stat().st_mode)[-3:] == "600"
    assert app.secret_key == (seeded.data_dir / "web-secret.key").read_bytes()


def test_secret_key_from_the_environment_wins(seeded, monkeypatch):
    from socialaudit.app.web import create_app
    from socialaudit.core.settings import Settings
    monkeypatch.setenv("SOCIALAUDIT_WEB_SECRET", "from-the-environment")
    assert create_app(seeded.store, Settings(data_dir=seeded.data_dir)).secret_key == b"from-the-environment"


def test_repeated_wrong_passwords_lock_the_account(app, seeded):
    client = app.test_client()
    for _ in range(5):
        token = csrf_of(client.get("/sign-in").text)
        client.post("/sign-in", data={"email": EMAILS["cora"], "password": "wrong", "csrf_token": token})
    token = csrf_of(client.get("/sign-in").text)
    from tests.web.seed import PASSWORD
    r = client.post("/sign-in", data={"email": EMAILS["cora"], "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 200 and "Too many wrong passwords" in r.text
    with seeded.store.session() as s:
        assert s.get(db.Person, seeded.ids["cora"]).locked_until is not None


def test_sign_in_never_redirects_off_site(app):
    client = app.test_client()
    token = csrf_of(client.get("/sign-in").text)
    from tests.web.seed import PASSWORD
    r = client.post("/sign-in?next=//evil.example/x", data={"email": EMAILS["ann"], "password": PASSWORD,
                                                             "csrf_token": token})
    assert r.headers["Location"] == "/me"


def test_media_thumbnail_is_reencoded_without_exif(clients, shared_seed):
    r = clients["cora"].get(f"/media/{shared_seed.ids['ann_post']}/0")
    assert r.mimetype == "image/png" and r.data.startswith(b"\x89PNG") and b"Exif" not in r.data


def test_pre_publication_check_flags_a_problem_and_passes_a_clean_post(clients):
    ann = clients["ann"]
    bad = ann.post("/me/check", data={"text": "The expenses process at @TwinsTrust is a joke, sort it out 🤬",
                                      "csrf_token": token_of(ann)})
    assert "Please change this before posting" in bad.text
    good = ann.post("/me/check", data={"text": "Lovely sunny walk by the sea today", "csrf_token": token_of(ann)})
    assert "Looks fine to post" in good.text


def test_self_audit_results_are_private_and_discarded_by_default(app, seeded):
    ann = sign_in(app, "ann")
    bundle = b'{"kind":"post","id":"x:900","account_id":"x:@ann_volunteer","platform":"x",' \
             b'"text":"Home visit done","geo":{"lat":1.0,"lon":2.0}}\n'
    r = ann.post("/me/self-audit", data={"csrf_token": token_of(ann), "archive": (io.BytesIO(bundle), "mine.jsonl")},
                 content_type="multipart/form-data")
    assert "Location attached to the post" in r.text and "Only you can see this" in r.text
    with seeded.store.session() as s:
        assert s.scalar(select(db.PostRow).where(db.PostRow.external_id == "x:900")) is None
    token = r.text.split("/me/self-audit/")[1].split('"')[0]
    ann.post(f"/me/self-audit/{token}", data={"decision": "discard", "csrf_token": token_of(ann)})
    assert not any((seeded.data_dir / "private-uploads").rglob("upload*"))


def test_self_audit_kept_is_stored_under_the_volunteers_account(app, seeded):
    ann = sign_in(app, "ann")
    bundle = b'{"kind":"post","id":"x:901","account_id":"x:@ann_volunteer","platform":"x",' \
             b'"text":"Home visit done","geo":{"lat":1.0,"lon":2.0}}\n'
    r = ann.post("/me/self-audit", data={"csrf_token": token_of(ann), "archive": (io.BytesIO(bundle), "mine.jsonl")},
                 content_type="multipart/form-data")
    token = r.text.split("/me/self-audit/")[1].split('"')[0]
    ann.post(f"/me/self-audit/{token}", data={"decision": "keep", "csrf_token": token_of(ann)})
    with seeded.store.session() as s:
        post = s.scalar(select(db.PostRow).where(db.PostRow.external_id == "x:901"))
        assert s.get(db.AccountRow, post.account_id).person_id == seeded.ids["ann"]


def test_family_names_are_masked_on_the_finding_page_until_revealed(app, seeded):
    carl = sign_in(app, "carl")
    with seeded.store.session() as s:
        fid = s.scalar(select(db.FindingRow.id).where(db.FindingRow.subject == "x:202", db.FindingRow.rule == "name-leak"))
    assert fid is not None, "the name-leak rule should fire on the seeded post"
    page = carl.get(f"/findings/{fid}").text
    assert "Kerry" not in page and "K**" in page
    assert "Kerry" in carl.post(f"/findings/{fid}/reveal", data={"csrf_token": token_of(carl)}).text


def test_finding_made_by_the_learned_model_names_its_version(app, seeded):
    fid = seeded.ids["ann_finding"]
    with seeded.store.session() as s:
        s.get(db.FindingRow, fid).model_version = "heads-test-7"
    page = sign_in(app, "cora").get(f"/findings/{fid}").text
    assert "the learned model (heads-test-7)" in page


def test_finding_made_by_a_rule_names_no_model(app, seeded):
    fid = seeded.ids["ann_finding"]
    with seeded.store.session() as s:
        s.get(db.FindingRow, fid).model_version = None
    assert "the learned model" not in sign_in(app, "cora").get(f"/findings/{fid}").text

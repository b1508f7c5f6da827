"""Consent and the data lifecycle: enrolment records, withdrawal erasure, retention purge,
and the thin CLI wrappers around them."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from auditors.registry import load_policy
from socialaudit.app.cli import main
from socialaudit.storage import schema as db
from socialaudit.storage.lifecycle import LifecycleError, enrol, purge, withdraw
from tests.web.seed import POLICY_REF


def count(s, table, *where):
    return s.scalar(select(func.count()).select_from(table).where(*where))


def test_enrolment_records_who_consented_to_what_under_which_policy(seeded):
    policy = load_policy(POLICY_REF)
    with seeded.store.session() as s:
        c = s.scalar(select(db.Consent).where(db.Consent.person_id == seeded.ids["ann"]))
        acc = s.get(db.AccountRow, c.account_id)
    assert (c.scope, c.policy_version, c.entered_by_id) == ("crawl:x", policy.fingerprint, seeded.ids["admin"])
    assert acc.external_id == "x:@ann_volunteer" and acc.status == "active" and c.given_at is not None


def test_an_account_enrolled_for_someone_else_is_refused(seeded):
    policy = load_policy(POLICY_REF)
    with pytest.raises(LifecycleError, match="someone else"):
        with seeded.store.session() as s:
            enrol(s, policy, name="Eve", email="eve@example.org", accounts=["x:@ann_volunteer"], entered_by=None)


def test_withdrawal_erases_posts_media_and_findings_and_keeps_anonymous_counts(seeded):
    with seeded.store.session() as s:
        ann = s.get(db.Person, seeded.ids["ann"])
        done = withdraw(s, ann, entered_by=s.get(db.Person, seeded.ids["admin"]))
    assert done.posts == 2 and done.findings >= 3 and done.media == 1
    with seeded.store.session() as s:
        acc = s.scalar(select(db.AccountRow).where(db.AccountRow.person_id == seeded.ids["ann"]))
        assert acc.status == "withdrawn" and acc.bio is None and acc.external_id.startswith("withdrawn:")
        assert count(s, db.PostRow, db.PostRow.account_id == acc.id) == 0
        assert count(s, db.FindingRow, db.FindingRow.account_id == acc.id) == 0
        assert count(s, db.MediaFile) == 0
        assert s.scalar(select(db.Consent.withdrawn_at).where(db.Consent.person_id == seeded.ids["ann"]))
        erasure = s.scalar(select(db.Run).where(db.Run.kind == "erasure"))
        assert sum(erasure.counts["findings"].values()) == done.findings
        assert "ann" not in str(erasure.counts).lower()
        assert count(s, db.FindingRow, db.FindingRow.subject == "x:201") == 1  # Ben's data untouched
    assert not any((seeded.data_dir / "media").rglob("*.png"))


def test_withdrawn_volunteer_can_no_longer_sign_in(app, seeded):
    from tests.web.conftest import EMAILS, csrf_of
    from tests.web.seed import PASSWORD
    with seeded.store.session() as s:
        withdraw(s, s.get(db.Person, seeded.ids["ann"]), entered_by=None)
    client = app.test_client()
    r = client.post("/sign-in", data={"email": EMAILS["ann"], "password": PASSWORD,
                                      "csrf_token": csrf_of(client.get("/sign-in").text)})
    assert r.status_code == 200


def test_purge_removes_old_text_and_media_but_keeps_posts_with_open_findings(seeded):
    policy = load_policy(POLICY_REF)
    later = datetime.now(timezone.utc) + timedelta(days=400)
    with seeded.store.session() as s:
        for f in s.scalars(select(db.FindingRow).where(db.FindingRow.subject == "x:101")):
            f.state = "dismissed"
        posts, media = purge(s, policy, at=later)
    with seeded.store.session() as s:
        purged = s.scalar(select(db.PostRow).where(db.PostRow.external_id == "x:101"))
        kept = s.scalar(select(db.PostRow).where(db.PostRow.external_id == "x:102"))
    assert (posts, media) == (1, 1)
    assert purged.text is None and purged.purged_at is not None and "text" not in purged.record
    assert kept.text and kept.purged_at is None  # its criticism finding is still open


def test_purge_leaves_recent_posts_alone(seeded):
    with seeded.store.session() as s:
        assert purge(s, load_policy(POLICY_REF)) == (0, 0)


def test_cli_creates_an_admin_enrols_withdraws_and_purges(tmp_path):
    run = CliRunner().invoke
    r = run(main, ["admin", "create", "--name", "Ada", "--email", "ada@example.org", "--policy", POLICY_REF],
            input="long enough password\nlong enough password\n")
    assert r.exit_code == 0, r.output
    r = run(main, ["enrol", "--name", "Jane V", "--email", "jane@example.org", "--account", "x:@jane_v",
                   "--entered-by", "ada@example.org", "--policy", POLICY_REF])
    assert r.exit_code == 0 and "1 account(s)" in r.output
    r = run(main, ["withdraw", "--email", "jane@example.org", "--entered-by", "ada@example.org", "--yes",
                   "--policy", POLICY_REF])
    assert r.exit_code == 0 and "withdrawn" in r.output
    r = run(main, ["purge", "--policy", POLICY_REF])
    assert r.exit_code == 0 and "purged 0 posts" in r.output


def test_cli_refuses_a_short_password_and_an_unknown_person(tmp_path):
    run = CliRunner().invoke
    r = run(main, ["admin", "create", "--name", "Ada", "--email", "ada@example.org", "--policy", POLICY_REF],
            input="short\nshort\n")
    assert r.exit_code == 2 and "at least" in r.output
    r = run(main, ["enrol", "--name", "J", "--email", "j@example.org", "--account", "x:@j",
                   "--entered-by", "nobody@example.org", "--policy", POLICY_REF])
    assert r.exit_code == 2 and "nobody with this email" in r.output

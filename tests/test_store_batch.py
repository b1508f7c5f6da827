"""The recorder's set-based batches (storage.batch): the same rows as the per-record path,
re-imports that update in place and keep review state, and a record the database refuses
reported and skipped while the rest of its batch is kept (issue 9). On SQLite always and on
PostgreSQL when SOCIALAUDIT_TEST_DATABASE_URL is set."""
from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import select, text

from auditors.registry import load_policy
from socialaudit.core.model import Evidence, Finding
from socialaudit.storage import batch, recorder, repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import open_store
from socialaudit.storage.lifecycle import enrol
from tests.archive_factory import write_x_archive
from tests.factories import RecordList, account_dict, make_account, make_post, post_dict, store_audit

POLICY = load_policy("twins-trust-fcs")
GEO = {"lat": 53.99, "lon": -1.54, "place_name": "Somewhere"}


def bundle(n: int, *, edited=(), clean=(), marked=(), owner=lambda i: f"x:@v{1 + i % 2}") -> RecordList:
    """Two volunteers' accounts and n geotagged posts (every third with a photo); `edited`
    posts have new text, `clean` ones lost their geotag, `marked` ones carry 'refuse me'."""
    recs = [account_dict(id="x:@v1", handle="v1"), account_dict(id="x:@v2", handle="v2")]
    for i in range(n):
        words = f"post {i}{' edited' if i in edited else ''}{' refuse me' if i in marked else ''}"
        media = [{"type": "photo", "path": None, "alt_text": f"photo {i}"}] if i % 3 == 0 else []
        recs.append(post_dict(id=f"x:{i}", account_id=owner(i), text=words, geo=None if i in clean else GEO,
                              media=media))
    return RecordList(recs)


def snapshot(store) -> dict:
    """Everything a record writes, keyed by identities (not row ids or times)."""
    with store.session() as s:
        acc = dict(s.execute(select(db.AccountRow.id, db.AccountRow.external_id)).all())
        post = dict(s.execute(select(db.PostRow.id, db.PostRow.external_id)).all())
        fp = dict(s.execute(select(db.FindingRow.id, db.FindingRow.fingerprint)).all())
        return {
            "accounts": sorted(s.execute(select(db.AccountRow.external_id, db.AccountRow.audited_key)).all()),
            "posts": sorted((r.external_id, acc[r.account_id], r.text, r.content_hash, r.audited_key, r.record,
                             r.deleted_at is None) for r in s.scalars(select(db.PostRow))),
            "media": sorted((post[m.post_id], m.position, m.type, m.alt_text) for m in s.scalars(select(db.PostMedia))),
            "findings": sorted((f.fingerprint, f.rule, f.state, f.severity, post.get(f.post_id), acc[f.account_id],
                                f.evidence, f.explanation, f.masks, f.model_version, f.first_seen_run_id,
                                f.last_seen_run_id) for f in s.scalars(select(db.FindingRow))),
            "events": sorted((fp[e.finding_id], e.action, e.note) for e in s.scalars(select(db.ReviewEvent))),
        }


def review(store) -> None:
    """A coordinator confirms x:0's finding, dismisses x:1's (with a suppression), and x:2's
    is resolved (the post was edited clean in between, say)."""
    with store.session() as s:
        for f in s.scalars(select(db.FindingRow).join(db.PostRow, db.FindingRow.post_id == db.PostRow.id)
                           .where(db.PostRow.external_id.in_(["x:0", "x:1", "x:2"]))):
            ext = s.get(db.PostRow, f.post_id).external_id
            f.state = {"x:0": "confirmed", "x:1": "dismissed", "x:2": "resolved"}[ext]
            if ext == "x:1":
                s.add(db.Suppression(organisation_id=f.organisation_id, fingerprint=f.fingerprint, rule=f.rule,
                                     reason="false positive"))


def state_of(store, post_id: str) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(db.FindingRow.state).join(db.PostRow, db.FindingRow.post_id == db.PostRow.id)
                             .where(db.PostRow.external_id == post_id)))


def history(store, monkeypatch, *, per_record: bool) -> tuple[list[dict], dict]:
    """Store, review, store again with edits: the counts of both runs and the final rows."""
    monkeypatch.setattr(recorder, "BATCH", 5)  # several batches, and accounts in the last one
    if per_record:
        def refuse(*_a, **_k):
            raise batch.Refused("this test takes the per-record path")
        monkeypatch.setattr(batch, "write", refuse)
    first, _ = store_audit(store, POLICY, bundle(12))
    review(store)
    second, _ = store_audit(store, POLICY, bundle(12, edited={3, 4}, clean={4}))
    return [first, second], snapshot(store)


def test_a_batch_writes_the_same_rows_and_counts_as_the_per_record_path(database_url, tmp_path, monkeypatch):
    fast_store = open_store(url=database_url)
    fast = history(fast_store, monkeypatch, per_record=False)
    with fast_store.session() as s:  # the same database, emptied, for the per-record run
        for table in reversed(db.Base.metadata.sorted_tables):
            if table.name != "alembic_version":
                s.execute(table.delete())
        if fast_store.engine.dialect.name == "postgresql":
            s.execute(text("SELECT setval(pg_get_serial_sequence('runs', 'id'), 1, false)"))
    slow = history(fast_store, monkeypatch, per_record=True)
    assert fast[0] == slow[0]
    for key in fast[1]:
        assert fast[1][key] == slow[1][key], key
    fast_store.engine.dispose()


def test_a_reimport_updates_in_place_and_keeps_review_state(store, monkeypatch):
    monkeypatch.setattr(recorder, "BATCH", 4)
    first, _ = store_audit(store, POLICY, bundle(8))
    assert (first["posts_new"], first["findings_new"]) == (8, 8)
    review(store)
    again, _ = store_audit(store, POLICY, bundle(8, edited={3, 4}, clean={4}))
    assert (again["posts_new"], again["posts_changed"], again["posts_same"]) == (0, 2, 6)
    assert (again["findings_suppressed"], again["findings_reopened"], again["findings_resolved"]) == (1, 1, 1)
    assert state_of(store, "x:0") == {"confirmed"} and state_of(store, "x:1") == {"dismissed"}
    assert state_of(store, "x:2") == {"open"} and state_of(store, "x:4") == {"resolved"}
    with store.session() as s:
        assert s.scalar(select(db.PostRow.text).where(db.PostRow.external_id == "x:3")) == "post 3 edited"
        assert len(s.scalars(select(db.PostRow.id)).all()) == 8
        assert s.scalar(select(db.Suppression.last_matched_at)) is not None
    assert store_audit(store, POLICY, bundle(8, edited={3, 4}, clean={4}))[0]["posts_same"] == 8


def _install_refusal(store) -> None:
    """A trigger that makes the database itself refuse any post whose text says 'refuse me'."""
    with store.engine.begin() as conn:
        if store.engine.dialect.name == "sqlite":
            conn.execute(text("CREATE TRIGGER refuse_marked BEFORE INSERT ON posts WHEN NEW.text LIKE '%refuse me%' "
                              "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END"))
            return
        conn.execute(text("CREATE FUNCTION refuse_marked() RETURNS trigger AS $$ BEGIN "
                          "IF NEW.text LIKE '%refuse me%' THEN RAISE EXCEPTION 'refused by the test trigger'; END IF; "
                          "RETURN NEW; END $$ LANGUAGE plpgsql"))
        conn.execute(text("CREATE TRIGGER refuse_marked BEFORE INSERT ON posts FOR EACH ROW "
                          "EXECUTE FUNCTION refuse_marked()"))


def test_a_record_the_database_refuses_is_reported_and_the_rest_of_its_batch_kept(store, monkeypatch):
    monkeypatch.setattr(recorder, "BATCH", 4)
    _install_refusal(store)
    counts, summary = store_audit(store, POLICY, bundle(10, marked={5}))
    refused = [e.reason for e in summary.errors if e.file == "store"]
    assert len(refused) == 1 and "x:5" in refused[0]
    assert counts["posts_new"] == 9 and counts["findings_new"] == 9
    with store.session() as s:
        assert set(s.scalars(select(db.PostRow.external_id))) == {f"x:{i}" for i in range(10)} - {"x:5"}
        assert s.scalar(select(db.Run.status).order_by(db.Run.id.desc()).limit(1)) == "partial"


def test_the_same_post_twice_in_one_batch_is_one_row_with_the_later_text(store):
    recs = bundle(3)._records + [post_dict(id="x:1", account_id="x:@v2", text="post 1 edited", geo=GEO)]
    counts, _ = store_audit(store, POLICY, RecordList(recs))
    assert (counts["posts_new"], counts["posts_changed"]) == (3, 1)
    with store.session() as s:
        assert s.scalars(select(db.PostRow.text).where(db.PostRow.external_id == "x:1")).all() == ["post 1 edited"]


def test_a_post_stored_under_another_account_is_refused_and_the_rest_kept(store):
    store_audit(store, POLICY, bundle(2))  # x:1 is v2's
    counts, summary = store_audit(store, POLICY, bundle(4, owner=lambda i: "x:@v1"))
    refused = [e.reason for e in summary.errors if e.file == "store"]
    assert len(refused) == 1 and "x:1" in refused[0] and "another account" in refused[0]
    assert (counts["posts_new"], counts["posts_same"]) == (2, 1)
    with store.session() as s:
        owner = s.scalar(select(db.AccountRow.external_id).join(db.PostRow, db.PostRow.account_id == db.AccountRow.id)
                         .where(db.PostRow.external_id == "x:1"))
    assert owner == "x:@v2"


def test_a_batch_keeps_each_findings_masks_and_model_version(store):
    judged = Finding(rule="criticism", severity="medium", subject="x:9", subject_kind="post", account_id="x:@v1",
                     clause="Conduct 2", message="m", confidence=0.8,
                     evidence=[Evidence("text", 0, 4, "S*** said", "smith")], masks=[(0, 5, "name", "text")],
                     model="heads-7")
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        acc = repo.upsert_account(s, org, make_account(id="x:@v1"))
        post = make_post(id="x:9", account_id="x:@v1", text="Smith said")
        batch.write(s, batch.Context(org.id, None, POLICY.fingerprint), [batch.Entry(acc.id, [judged], post)])
    with store.session() as s:
        row = s.scalar(select(db.FindingRow))
        assert (row.masks, row.model_version, row.state) == ([[0, 5, "name", "text"]], "heads-7", "open")
        assert s.scalar(select(db.ReviewEvent.action)) == "created"


def test_importing_an_archive_twice_stores_it_once_in_batches(database_url, tmp_path):
    """`socialaudit import` (one transaction, several batches) then the same archive again."""
    archive = write_x_archive(tmp_path / "arc", "vol_batch", 1100, geo_every=7)
    store = open_store(url=database_url)
    with store.session() as s:  # the volunteer consented to the import
        enrol(s, POLICY, name="Vol Batch", email="vol.batch@example.org", accounts=["x:@vol_batch"], entered_by=None)
    env = {**os.environ, "SOCIALAUDIT_DATABASE_URL": database_url}
    cmd = [sys.executable, "-m", "socialaudit", "import", str(archive), "--policy", "twins-trust-fcs",
           "--account", "x:@vol_batch"]
    first = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "1100 posts (1100 new, 0 changed, 0 unchanged)" in first.stdout
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert "1100 posts (0 new, 0 changed, 1100 unchanged)" in again.stdout and "(0 new)." in again.stdout
    with store.session() as s:
        assert len(s.scalars(select(db.PostRow.id)).all()) == 1100
        geotags = s.scalars(select(db.FindingRow.state).where(db.FindingRow.rule == "geotag")).all()
        assert len(geotags) == 1100 // 7 + 1 and set(geotags) == {"open"}
    store.engine.dispose()

"""Issue 9, rows 8 and 9: every record is validated before it reaches the rules or the
store. A bundle with ~500 hostile lines (every field given every kind of bad value, bad
numbers, times, media and replies, lines that are not records) interleaved with good
posts: each hostile line is reported with its line number or audited, never a crash, and
every good post is audited — and stored, on SQLite and PostgreSQL alike."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from socialaudit.storage import schema as db
from socialaudit.storage.db import open_store
from tests.factories import store_audit
from tests.security.hostile import hostile_bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "hostile.jsonl"
    good, labels = hostile_bundle(path)
    return path, good, labels


def test_the_audit_command_reports_each_hostile_line_and_audits_every_good_post(bundle):
    path, good, labels = bundle
    out = subprocess.run([sys.executable, "-m", "socialaudit", "audit", "--policy", "twins-trust-fcs",
                          "--input", str(path), "--format", "json"], capture_output=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert b"Traceback" not in out.stderr
    doc = json.loads(out.stdout.decode("utf-8"))
    good_ids = {f"x:{9_000_000 + n}" for n in range(good)}
    geotagged = {f["subject"] for f in doc["findings"] if f["rule"] == "geotag"}
    assert good_ids <= geotagged, f"{len(good_ids - geotagged)} good posts were not audited"
    error_lines = [e["line"] for e in doc["errors"] if e["line"] is not None]
    assert set(error_lines) <= set(labels), "a good line was reported as bad"
    audited = doc["audited"]["posts"] + doc["audited"]["accounts"]
    assert audited + len(set(error_lines)) >= 1 + good + len(labels), "a line was neither audited nor reported"


def test_a_stored_audit_keeps_every_good_post_on_every_database(bundle, database_url):
    path, good, _ = bundle
    store = open_store(url=database_url)
    _, summary = store_audit(store, "twins-trust-fcs", path)
    with store.session() as s:
        stored = set(s.scalars(select(db.PostRow.external_id).where(db.PostRow.external_id.like("x:9%"))))
        run = s.scalar(select(db.Run).order_by(db.Run.id.desc()).limit(1))
        assert run.status == "partial"
    assert {f"x:{9_000_000 + n}" for n in range(good)} <= stored
    store.engine.dispose()


def test_every_hostile_record_that_was_audited_can_be_stored_on_every_database(bundle, database_url):
    """Nothing the validation lets through is refused by the database afterwards."""
    path, _, _ = bundle
    store = open_store(url=database_url)
    _, summary = store_audit(store, "twins-trust-fcs", path)
    assert not [e for e in summary.errors if e.file == "store"], "the database refused a validated record"
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(db.PostRow)) == summary.posts
    store.engine.dispose()

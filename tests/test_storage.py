"""The store: migrations, idempotent upserts, review state kept across re-audits.
Runs on SQLite always and on PostgreSQL when SOCIALAUDIT_TEST_DATABASE_URL is set."""
from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from auditors.registry import load_policy
from socialaudit.core.model import Evidence, Finding
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import (
    MIGRATIONS,
    StorageError,
    open_store,
    schema_revisions,
    script_heads,
    url_without_password,
)
from tests.factories import make_account, make_post

POLICY = load_policy("twins-trust-fcs")


def finding(subject="x:1", matched="geo", rule="geotag"):
    return Finding(rule=rule, severity="high", subject=subject, subject_kind="post", account_id="x:@v",
                   clause="Post content 3", message="m", confidence=0.9,
                   evidence=[Evidence("geo", None, None, "post carries a geotag (place hidden)", matched)])


def save(store, post, findings=()):
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        acc = repo.upsert_account(s, org, make_account(id="x:@v"))
        row, status = repo.upsert_post(s, org, acc, post)
        results = [repo.upsert_finding(s, org, f, acc, row, None)[1] for f in findings]
        return status, results


def count(store, table):
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(table))


def test_migrations_run_to_head_and_are_idempotent(database_url):
    first = open_store(url=database_url)
    second = open_store(url=database_url)  # running the migrations again changes nothing
    assert count(second, db.PostRow) == 0
    first.engine.dispose()
    second.engine.dispose()


def test_the_heads_read_from_the_migration_files_are_alembics_heads():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert script_heads() == set(ScriptDirectory.from_config(cfg).get_heads())


def test_a_schema_one_migration_behind_is_upgraded_to_head(database_url):
    from alembic import command
    from alembic.config import Config

    store = open_store(url=database_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    with store.engine.connect() as conn:
        behind = schema_revisions(conn)
    assert behind and behind != script_heads()
    again = open_store(url=database_url)
    with again.engine.connect() as conn:
        assert schema_revisions(conn) == script_heads()
    store.engine.dispose()
    again.engine.dispose()


def test_opening_a_current_store_does_not_import_alembic(database_url):
    open_store(url=database_url).engine.dispose()  # brought to head here
    probe = ("import sys\n"
             "from socialaudit.storage.db import open_store\n"
             f"open_store(url={database_url!r}).engine.dispose()\n"
             "print('alembic' in sys.modules)\n")
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"


def test_same_post_twice_is_one_row(store):
    post = make_post(id="x:1", text="hello")
    assert save(store, post)[0] == "new"
    assert save(store, post)[0] == "same"
    assert count(store, db.PostRow) == 1


def test_edited_post_is_updated_in_place(store):
    save(store, make_post(id="x:1", text="hello"))
    assert save(store, make_post(id="x:1", text="hello, edited"))[0] == "changed"
    with store.session() as s:
        assert s.scalar(select(db.PostRow.text)) == "hello, edited"
    assert count(store, db.PostRow) == 1


def test_same_finding_twice_is_one_row_and_keeps_its_review_state(store):
    post = make_post(id="x:1", text="visit")
    assert save(store, post, [finding()])[1] == ["new"]
    with store.session() as s:
        s.scalar(select(db.FindingRow)).state = "confirmed"
    assert save(store, post, [finding()])[1] == ["seen"]
    with store.session() as s:
        assert s.scalar(select(db.FindingRow.state)) == "confirmed"
    assert count(store, db.FindingRow) == 1


def test_dismissed_finding_with_suppression_stays_dismissed(store):
    post = make_post(id="x:1")
    save(store, post, [finding()])
    with store.session() as s:
        f = s.scalar(select(db.FindingRow))
        f.state = "dismissed"
        s.add(db.Suppression(organisation_id=f.organisation_id, fingerprint=f.fingerprint, rule=f.rule,
                             reason="false positive"))
    assert save(store, post, [finding()])[1] == ["suppressed"]
    with store.session() as s:
        assert s.scalar(select(db.FindingRow.state)) == "dismissed"
        assert s.scalar(select(db.Suppression.last_matched_at)) is not None


def test_finding_that_no_longer_fires_is_resolved_and_reopened_if_it_returns(store):
    post = make_post(id="x:1", text="v1")
    save(store, post, [finding()])
    with store.session() as s:
        row = s.scalar(select(db.PostRow))
        assert repo.resolve_gone_findings(s, row, set(), "edited clean") == 1
    with store.session() as s:
        assert s.scalar(select(db.FindingRow.state)) == "resolved"
    assert save(store, post, [finding()])[1] == ["reopened"]
    with store.session() as s:
        actions = s.scalars(select(db.ReviewEvent.action).order_by(db.ReviewEvent.id)).all()
    assert actions == ["created", "resolved", "reopened"]


def test_bad_database_url_is_a_clear_error_without_the_password():
    with pytest.raises(StorageError) as e:
        open_store(url="postgresql://admin:hunter2@127.0.0.1:1/nowhere")
    assert "hunter2" not in str(e.value) and "cannot open the database" in str(e.value)
    assert "***" in url_without_password("postgresql://admin:hunter2@h/db")


def test_a_finding_keeps_the_model_version_that_judged_it(store):
    judged = finding(rule="criticism", matched="")
    judged.model = "heads-1"
    save(store, make_post(id="x:77"), [judged])
    with store.session() as s:
        assert s.scalar(select(db.FindingRow.model_version).where(db.FindingRow.rule == "criticism")) == "heads-1"


def test_an_organisations_heads_are_kept_by_version(store):
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        s.add(db.ModelHeads(organisation_id=org.id, version="org-1", based_on="heads-1", decisions=120,
                            heads=b"\x00" * 2048, info={"precision": 0.9}, active=True))
    with store.session() as s:
        row = s.scalar(select(db.ModelHeads))
        assert (row.version, row.based_on, row.decisions, len(row.heads), row.active) == \
            ("org-1", "heads-1", 120, 2048, True)

"""`socialaudit run`: crawl what is due, audit what is new, never twice, resumable."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from auditors.registry import load_policy
from socialaudit.app.runner import RunOptions, ScheduledRun
from socialaudit.core.settings import load_settings
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import open_store
from socialaudit.storage.locks import DbLock, LockBusy
from tests.archive_factory import write_x_archive
from tests.factories import store_posts

POLICY = load_policy("twins-trust-fcs")


def enrol_archive(store, folder, handle, n, first_id):
    write_x_archive(folder, handle, n, first_id)
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        s.add(db.AccountRow(organisation_id=org.id, external_id=f"x:@{handle}", platform="x", handle=handle,
                         source="archive", source_config={"path": str(folder)}))


def counts(store):
    with store.session() as s:
        posts = s.scalar(select(func.count()).select_from(db.PostRow))
        distinct_posts = s.scalar(select(func.count(func.distinct(db.PostRow.external_id))))
        findings = s.scalar(select(func.count()).select_from(db.FindingRow))
        distinct_findings = s.scalar(select(func.count(func.distinct(db.FindingRow.fingerprint))))
    return posts, distinct_posts, findings, distinct_findings


def test_run_crawls_due_accounts_audits_and_a_second_run_adds_nothing(store, tmp_path):
    enrol_archive(store, tmp_path / "a", "vol_a", 30, 10**15)
    enrol_archive(store, tmp_path / "b", "vol_b", 20, 2 * 10**15)
    first = ScheduledRun(store, POLICY, load_settings()).execute()
    assert (first.accounts_crawled, first.posts_new, first.posts_audited) == (2, 50, 50)
    assert first.findings_new > 0 and first.exit_code == 0
    second = ScheduledRun(store, POLICY, load_settings(), RunOptions(crawl_all=True)).execute()
    assert (second.posts_new, second.posts_changed, second.findings_new) == (0, 0, 0)
    assert counts(store)[0] == 50


def test_an_account_that_fails_is_recorded_and_the_others_go_on(store, tmp_path):
    enrol_archive(store, tmp_path / "a", "vol_a", 10, 10**15)
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        s.add(db.AccountRow(organisation_id=org.id, external_id="x:@gone", platform="x", handle="gone",
                         source="archive", source_config={"path": str(tmp_path / "missing")}))
    result = ScheduledRun(store, POLICY, load_settings()).execute()
    assert result.accounts_failed == ["x:@gone"] and result.accounts_crawled == 1 and result.exit_code == 3
    with store.session() as s:
        assert s.scalar(select(db.Run.status).where(db.Run.id == result.run_id)) == "partial"
        assert s.scalar(select(db.RunAccount.error).where(db.RunAccount.status == "failed")).startswith("archive folder")


def test_a_run_that_only_audits_an_imported_account_again_ends_ok(store, tmp_path):
    """An account with no connector (its posts imported) is never due a crawl: the run audits
    it and ends "ok", as a dispatched run does (tests/workers/test_pipeline_inline.py)."""
    enrol_archive(store, tmp_path / "a", "vol_a", 10, 10**15)
    store_posts(store, POLICY, "x:@imported", ["Lovely to see so many families at the picnic today."])
    result = ScheduledRun(store, POLICY, load_settings()).execute()
    assert (result.accounts_crawled, result.accounts_failed, result.posts_audited) == (1, [], 11)
    assert result.exit_code == 0
    with store.session() as s:
        assert s.scalar(select(db.Run.status).where(db.Run.id == result.run_id)) == "ok"


def test_policy_change_reaudits_everything(store, tmp_path):
    enrol_archive(store, tmp_path / "a", "vol_a", 10, 10**15)
    ScheduledRun(store, POLICY, load_settings()).execute()
    changed = tmp_path / "p.toml"
    changed.write_text('extends = "twins-trust-fcs"\n[rules.geotag]\nseverity = "medium"\n')
    result = ScheduledRun(store, load_policy(str(changed)), load_settings()).execute()
    assert result.posts_new == 0 and result.posts_audited == 10


def test_dry_run_commits_nothing(store, tmp_path):
    enrol_archive(store, tmp_path / "a", "vol_a", 10, 10**15)
    result = ScheduledRun(store, POLICY, load_settings(), RunOptions(dry_run=True)).execute()
    assert result.posts_new == 10
    assert counts(store)[0] == 0


def test_lock_is_exclusive_and_a_stale_one_is_taken_over(store):
    first = DbLock(store).acquire()
    with pytest.raises(LockBusy):
        DbLock(store).acquire()
    with store.session() as s:
        s.get(db.Lock, "run").heartbeat_at = datetime.now(timezone.utc) - timedelta(hours=2)
    second = DbLock(store).acquire()
    assert second.took_over_from == first.holder and second.held() and not first.held()


def _run_cli(env):
    return subprocess.Popen([sys.executable, "-m", "socialaudit", "run"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def big_setup(tmp_path, isolated_data_dir):
    """Three volunteers' archives, 2,400 posts in all, on the default SQLite store."""
    store = open_store(load_settings())
    for i, n in enumerate((900, 900, 600)):
        enrol_archive(store, tmp_path / f"arc{i}", f"vol{i}", n, (i + 1) * 10**15)
    env = {**os.environ}
    return store, env, 2400


def test_two_runs_started_together_do_the_work_once(big_setup):
    store, env, total = big_setup
    a, b = _run_cli(env), _run_cli(env)
    outs = [p.communicate(timeout=240) for p in (a, b)]
    assert {a.returncode, b.returncode} == {0}
    assert sum("nothing done" in err for _, err in outs) == 1, outs
    posts, distinct_posts, findings, distinct_findings = counts(store)
    assert posts == distinct_posts == total and findings == distinct_findings


def test_a_run_killed_halfway_resumes_without_losing_or_duplicating(big_setup):
    store, env, total = big_setup
    victim = _run_cli(env)
    deadline = time.time() + 120
    while time.time() < deadline:  # wait until at least one batch is committed, then kill -9
        with store.session() as s:
            if s.scalar(select(func.count()).select_from(db.CrawlCursor)):
                break
        time.sleep(0.01)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    partial = counts(store)[0]
    assert 0 < partial < total, f"kill landed outside the crawl ({partial} posts)"
    resumed = _run_cli(env)
    _, err = resumed.communicate(timeout=240)
    assert resumed.returncode == 0, err
    posts, distinct_posts, findings, distinct_findings = counts(store)
    assert posts == distinct_posts == total and findings == distinct_findings
    with store.session() as s:
        audited = s.scalar(select(func.count()).select_from(db.PostRow).where(db.PostRow.audited_key.is_not(None)))
    assert audited == total


def test_photos_in_a_zipped_export_are_kept_and_their_gps_is_audited(store, tmp_path):
    import json
    import zipfile

    from PIL import Image
    folder = write_x_archive(tmp_path / "exp", "vol_p", 1, 10**15, geo_every=0)
    tweets_js = folder / "data" / "tweets.js"
    items = json.loads(tweets_js.read_text().split("= ", 1)[1])
    tweet = items[0]["tweet"]
    tweet["full_text"] = "Lovely visit this morning #familycrisissupport"
    media = {"id": "1", "id_str": "1", "type": "photo", "media_url": "http://pbs.twimg.com/media/gate.jpg",
             "media_url_https": "https://pbs.twimg.com/media/gate.jpg", "indices": ["0", "0"]}
    tweet["entities"]["media"] = [media]
    tweet["extended_entities"] = {"media": [media]}
    tweets_js.write_text("window.YTD.tweets.part0 = " + json.dumps(items))
    (folder / "data" / "tweets_media").mkdir()
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)})
    Image.new("RGB", (40, 30), "green").save(folder / "data" / "tweets_media" / f"{tweet['id']}-gate.jpg", exif=exif)
    zpath = tmp_path / "drop" / "export.zip"
    zpath.parent.mkdir()
    with zipfile.ZipFile(zpath, "w") as z:
        for f in folder.rglob("*"):
            if f.is_file():
                z.write(f, f.relative_to(folder))
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        s.add(db.AccountRow(organisation_id=org.id, external_id="x:@vol_p", platform="x", handle="vol_p",
                         source="archive", source_config={"path": str(zpath.parent)}))
    result = ScheduledRun(store, POLICY, load_settings()).execute()
    assert result.posts_new == 1
    with store.session() as s:
        f = s.scalar(select(db.FindingRow).where(db.FindingRow.rule == "geotag"))
        assert f is not None and f.evidence[0]["field"] == "media[0].exif"
        assert s.scalar(select(func.count()).select_from(db.PostMedia).where(db.PostMedia.media_id.is_not(None))) == 1

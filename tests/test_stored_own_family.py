"""`socialaudit audit --store` and `socialaudit import` read the audited accounts' earlier
stored posts for the author's own family: a son named there ("my son Alfie") is not a leak
when a new post names him alone; a register name still is, and so is the same child in the
post of an account that never said so."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from socialaudit.storage.db import open_store
from socialaudit.storage.lifecycle import enrol
from tests.archive_factory import write_x_archive
from tests.factories import account_dict, post_dict, store_posts, stored_name_leaks

VOLUNTEER = "FCS volunteer with @TwinsTrust. Views my own."
EARLIER = ["My son Alfie lost his first tooth last night!", "My son Riley passed his test!"]
ALFIE, RILEY = "Alfie's first day at school today", "Riley found a stick and won't let go"


def _cli(database_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOCIALAUDIT_DATABASE_URL": database_url}
    return subprocess.run([sys.executable, "-m", "socialaudit", *args], env=env, capture_output=True, text=True,
                          timeout=600)


def _pack(tmp_path) -> str:
    return str(tmp_path / "registered-policy" / "policy.toml")  # written by the registered_policy fixture


def test_audit_store_knows_the_son_named_in_the_accounts_stored_posts(database_url, registered_policy, tmp_path):
    store = open_store(url=database_url)
    store_posts(store, registered_policy, "x:@vol", EARLIER, bio=VOLUNTEER)
    bundle = tmp_path / "new.jsonl"
    records = [account_dict(id="x:@vol", handle="vol", bio=VOLUNTEER),
               account_dict(id="x:@other", handle="other", bio=VOLUNTEER),
               post_dict(id="x:vol-2", account_id="x:@vol", text=ALFIE),
               post_dict(id="x:vol-3", account_id="x:@vol", text=RILEY),
               post_dict(id="x:other-0", account_id="x:@other", text=ALFIE)]
    bundle.write_text("".join(json.dumps(r) + "\n" for r in records))
    for jobs in ("1", "2"):
        r = _cli(database_url, "audit", "--policy", _pack(tmp_path), "--input", str(bundle),
                 "--format", "json", "--store", "--jobs", jobs)
        assert r.returncode == 0, r.stderr[-2000:]
        shown = {f["subject"] for f in json.loads(r.stdout)["findings"] if f["rule"] == "name-leak"}
        assert shown == {"x:vol-3", "x:other-0"}, jobs  # Riley (a register name) and the other account's Alfie
    assert stored_name_leaks(store) == {"x:vol-3", "x:other-0"}
    store.engine.dispose()


def test_import_knows_the_son_named_in_the_accounts_stored_posts(database_url, registered_policy, tmp_path):
    store = open_store(url=database_url)
    with store.session() as s:  # the volunteer consented
        enrol(s, registered_policy, name="Vol", email="vol@example.org", accounts=["x:@vol"], entered_by=None)
    store_posts(store, registered_policy, "x:@vol", EARLIER, bio=VOLUNTEER)
    archive = write_x_archive(tmp_path / "arc", "vol", 2, first_id=10**15, geo_every=0, texts=[ALFIE, RILEY])
    r = _cli(database_url, "import", str(archive), "--policy", _pack(tmp_path), "--account", "x:@vol")
    assert r.returncode == 0, r.stderr[-2000:]
    assert "2 posts (2 new" in r.stdout
    assert stored_name_leaks(store) == {f"x:{10**15 + 1}"}  # Riley's post; Alfie's is the author's own son
    store.engine.dispose()

"""Issue 9: at rest. After a full stored audit with a register, reports and emails,
family names and exact places live only in the posts table (the text a coordinator may
Reveal) — never in findings, excerpts, masks, runs, emails, reports, .eml files or logs —
and names only in the register are stored nowhere. After the volunteer withdraws, none of
it is anywhere: not in any table, not in any file of the data folder, SQLite file included."""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone

from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.delivery import deliver_due
from socialaudit.core.settings import Settings
from socialaudit.storage import repo
from socialaudit.storage.db import open_store
from socialaudit.storage.lifecycle import create_person, enrol
from socialaudit.storage.schema import FindingRow, PostRow
from tests.security.at_rest import PLACES, REGISTER, REGISTER_ONLY, database_rows, folder_files, found, write_inputs
from tests.security.killing import environment


def stored_run(tmp_path):
    env = environment(tmp_path / "data")
    policy_file, bundle = write_inputs(tmp_path / "in")
    store = open_store(url=f"sqlite:///{tmp_path / 'data' / 'socialaudit.db'}")
    policy = load_policy(str(policy_file))
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        admin = create_person(s, org, "Ada Admin", "ada@example.org", "admin")
        coord = create_person(s, org, "Cora Coordinator", "cora@example.org", "coordinator")
        enrol(s, policy, name="Ann Volunteer", email="ann@example.org", accounts=["x:@ann_volunteer"],
              entered_by=admin, coordinator=coord)
    out = subprocess.run([sys.executable, "-m", "socialaudit", "audit", "--policy", str(policy_file), "--input",
                          str(bundle), "--store", "--format", "json"], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    with store.session() as s:
        s.execute(FindingRow.__table__.update()
                  .values(visible_to_coordinator_at=datetime(2026, 10, 1, tzinfo=timezone.utc)))
    deliver_due(store, policy, Settings(data_dir=tmp_path / "data"), now=datetime(2026, 11, 1, 9, tzinfo=timezone.utc))
    return env, store, policy_file, out.stdout


def test_names_and_places_rest_only_in_the_posts_table(tmp_path):
    env, store, _, printed = stored_run(tmp_path)
    assert found({"stdout": printed}, REGISTER + PLACES) == []
    elsewhere = {**database_rows(store, skip=("posts",)), **folder_files(tmp_path / "data", skip_database=True)}
    assert found(elsewhere, REGISTER + PLACES) == []
    everything = {**database_rows(store), **folder_files(tmp_path / "data", skip_database=False)}
    assert found(everything, REGISTER_ONLY) == []
    with store.session() as s:
        assert s.scalar(select(PostRow.id)) is not None
    store.engine.dispose()


def test_after_withdrawal_nothing_of_the_volunteer_rests_anywhere(tmp_path):
    env, store, policy_file, _ = stored_run(tmp_path)
    out = subprocess.run([sys.executable, "-m", "socialaudit", "withdraw", "--email", "ann@example.org",
                          "--entered-by", "ada@example.org", "--yes", "--policy", str(policy_file)],
                         env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    store.engine.dispose()
    everything = {**database_rows(store), **folder_files(tmp_path / "data", skip_database=False)}
    assert found(everything, REGISTER + PLACES + ["Ann Volunteer", "ann_volunteer"]) == []

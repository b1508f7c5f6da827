"""Issue 9, rows 7 and 16: `run` and `import` killed with SIGKILL at random moments lose
nothing (account findings included), duplicate nothing, and leave no run "running"."""
from __future__ import annotations

from tests.security.killing import import_kill_loop, run_kill_loop


def test_runs_killed_at_random_moments_end_like_a_clean_run(tmp_path):
    outcome = run_kill_loop(tmp_path, (200, 200, 150), kills=3, seed=7, per_round=3)
    assert outcome.kills == 3
    assert (outcome.lost, outcome.duplicated, outcome.left_running) == (0, 0, 0), outcome.details
    assert outcome.survived == outcome.rounds


def test_imports_killed_at_random_moments_end_like_a_clean_import(tmp_path):
    outcome = import_kill_loop(tmp_path, 300, kills=2, seed=11)
    assert outcome.kills == 2
    assert (outcome.lost, outcome.duplicated, outcome.left_running) == (0, 0, 0), outcome.details
    assert outcome.survived == outcome.rounds


def test_a_run_killed_between_post_and_account_rules_audits_the_accounts_next_time(tmp_path):
    """Killed once the first audit batch is committed: the accounts' own findings
    (disclaimer-missing on every bio here) must still be there after the next run."""
    import signal
    import time

    from sqlalchemy import func, select

    from socialaudit.storage import schema as db
    from tests.security.killing import command, enrol_archives, environment, open_for, state, timed

    env = environment(tmp_path / "data")
    store = open_for(env)
    enrol_archives(store, tmp_path, (400, 400, 300))
    victim = command(env, ["run"])
    deadline = time.time() + 120
    while time.time() < deadline and victim.poll() is None:
        with store.session() as s:
            if s.scalar(select(func.count()).select_from(db.PostRow).where(db.PostRow.audited_key.is_not(None))):
                break
        time.sleep(0.005)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    with store.session() as s:
        before = s.scalar(select(func.count()).select_from(db.FindingRow).where(db.FindingRow.subject_kind == "account"))
    assert before == 0, "the kill should land before the account rules ran"
    timed(env, ["run"])
    after = state(store)
    assert after["account_findings"] == {("disclaimer-missing", f"x:@vol{i}") for i in range(3)}
    assert after["running"] == 0
    store.engine.dispose()

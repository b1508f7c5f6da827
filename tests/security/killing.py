"""SIGKILL loops over `socialaudit run` and `socialaudit import`, shared by the attack
suite (a few kills) and bench/attack.py (fifty and more).

Each loop starts the real command in a child process, kills it with SIGKILL at a random
moment, repeats, then lets one run finish, and compares the store with a clean run of the
same inputs in a fresh data folder: every post once, every finding once (account findings
included), no run left "running"."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from auditors.registry import load_policy
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store, open_store
from socialaudit.storage.lifecycle import enrol
from tests.archive_factory import write_x_archive

POLICY = "twins-trust-fcs"


@dataclass
class Outcome:
    kills: int = 0
    survived: int = 0  # loops whose final state equals the clean run's
    lost: int = 0  # posts or findings of the clean run missing at the end
    duplicated: int = 0  # rows present more than once
    left_running: int = 0  # runs still "running" after the final run
    rounds: int = 0  # fresh stores killed and finished
    details: list[str] = field(default_factory=list)


def environment(data_dir: Path) -> dict[str, str]:
    config = data_dir.parent / f"{data_dir.name}-config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("")
    env = {**os.environ, "SOCIALAUDIT_DATA_DIR": str(data_dir), "SOCIALAUDIT_KEY_FILE": str(data_dir / "secret.key"),
           "SOCIALAUDIT_CONFIG": str(config), "SOCIALAUDIT_POLICY": POLICY}
    env.pop("SOCIALAUDIT_DATABASE_URL", None)
    return env


def open_for(env: dict[str, str]) -> Store:
    return open_store(url=f"sqlite:///{Path(env['SOCIALAUDIT_DATA_DIR']) / 'socialaudit.db'}")


def enrol_archives(store: Store, folder: Path, sizes: tuple[int, ...]) -> list[Path]:
    """Volunteers' X archives as drop folders of enrolled accounts (bios without disclaimer)."""
    policy = load_policy(POLICY)
    paths = []
    for i, n in enumerate(sizes):
        path = folder / f"arc{i}"
        if not path.exists():
            write_x_archive(path, f"vol{i}", n, (i + 1) * 10**15)
        with store.session() as s:
            org = repo.ensure_organisation(s, policy)
            s.add(db.AccountRow(organisation_id=org.id, external_id=f"x:@vol{i}", platform="x", handle=f"vol{i}",
                             source="archive", source_config={"path": str(path)}))
        paths.append(path)
    return paths


def state(store: Store) -> dict:
    with store.session() as s:
        posts = s.scalar(select(func.count()).select_from(db.PostRow))
        distinct_posts = s.scalar(select(func.count(func.distinct(db.PostRow.external_id))))
        findings = set(s.scalars(select(db.FindingRow.fingerprint)))
        n_findings = s.scalar(select(func.count()).select_from(db.FindingRow))
        account_findings = set(s.execute(select(db.FindingRow.rule, db.FindingRow.subject)
                                         .where(db.FindingRow.subject_kind == "account")).all())
        running = s.scalar(select(func.count()).select_from(db.Run).where(db.Run.status == "running"))
    return {"posts": posts, "distinct_posts": distinct_posts, "findings": findings, "n_findings": n_findings,
            "account_findings": account_findings, "running": running}


def command(env: dict[str, str], args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "socialaudit", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def timed(env: dict[str, str], args: list[str]) -> float:
    t = time.monotonic()
    p = command(env, args)
    _, err = p.communicate(timeout=600)
    assert p.returncode == 0, err
    return time.monotonic() - t


def kill_loop(env: dict[str, str], args_for, kills: int, duration: float, rng: random.Random) -> int:
    """Start the command `kills` times and SIGKILL it at a random moment of its expected life."""
    done = 0
    for i in range(kills):
        p = command(env, args_for(i))
        time.sleep(rng.uniform(0.05, max(0.1, duration)))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            done += 1
        p.wait()
    return done


def compare(expected: dict, got: dict, outcome: Outcome) -> None:
    lost = len(expected["findings"] - got["findings"]) + max(0, expected["posts"] - got["distinct_posts"])
    lost += len(expected["account_findings"] - got["account_findings"])
    duplicated = (got["posts"] - got["distinct_posts"]) + (got["n_findings"] - len(got["findings"]))
    outcome.lost += lost
    outcome.duplicated += duplicated
    outcome.left_running += got["running"]
    if lost == duplicated == got["running"] == 0 and got["findings"] == expected["findings"]:
        outcome.survived += 1
    else:
        outcome.details.append(f"lost {lost}, duplicated {duplicated}, running {got['running']}, "
                               f"extra findings {len(got['findings'] - expected['findings'])}")


def _rounds(workdir: Path, prepare, args: list[str], kills: int, per_round: int, rng: random.Random,
            name: str) -> Outcome:
    """Rounds of: a fresh store, up to `per_round` SIGKILLs at random moments, then a run to
    the end, compared with a clean run. Stops when `kills` kills have landed."""
    clean_env = environment(workdir / f"{name}-clean")
    prepare(clean_env)
    duration = timed(clean_env, args)
    expected = state(open_for(clean_env))
    outcome = Outcome()
    round_no = 0
    while outcome.kills < kills and round_no < kills * 3:
        round_no += 1
        env = environment(workdir / f"{name}-round{round_no}")
        prepare(env)
        outcome.kills += kill_loop(env, lambda i: args, min(per_round, kills - outcome.kills), duration, rng)
        timed(env, args)
        store = open_for(env)
        before = (outcome.lost, outcome.duplicated, outcome.left_running, len(outcome.details))
        compare(expected, state(store), outcome)
        store.engine.dispose()
        if (outcome.lost, outcome.duplicated, outcome.left_running, len(outcome.details)) != before:
            outcome.details.append(f"round {round_no} differed from the clean run")
        outcome.rounds += 1
    return outcome


def run_kill_loop(workdir: Path, sizes: tuple[int, ...], kills: int, seed: int, per_round: int = 2) -> Outcome:
    """`socialaudit run` killed at random moments, round after round; each round finished
    and compared with a clean run."""
    def prepare(env: dict[str, str]) -> None:
        store = open_for(env)
        enrol_archives(store, workdir, sizes)
        store.engine.dispose()
    return _rounds(workdir, prepare, ["run"], kills, per_round, random.Random(seed), "run")


def import_kill_loop(workdir: Path, size: int, kills: int, seed: int, per_round: int = 2) -> Outcome:
    """`socialaudit import` of one archive killed at random moments, round after round."""
    archive = workdir / "import-arc"
    if not archive.exists():
        write_x_archive(archive, "vol_import", size, 9 * 10**15)
    def prepare(env: dict[str, str]) -> None:  # nothing is imported without recorded consent
        store = open_for(env)
        with store.session() as s:
            enrol(s, load_policy(POLICY), name="Vol Import", email="vol.import@example.org",
                  accounts=["x:@vol_import"], entered_by=None)
        store.engine.dispose()
    return _rounds(workdir, prepare, ["import", str(archive), "--account", "x:@vol_import"], kills, per_round,
                   random.Random(seed), "import")

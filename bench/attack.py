#!/usr/bin/env python3
"""The attack bench: socialaudit attacked as an outsider would, with counts.

    python bench/attack.py [--kills 40] [--import-kills 15] [--per-volunteer 8] [--entries 1000000]

Runs the families of tests/security at full size on a fresh SQLite store (and the
stored audit of hostile records on PostgreSQL too when SOCIALAUDIT_TEST_DATABASE_URL
is set), then prints what was tried and what got through:

- hostile inputs: ~500 bundle lines (audited, and stored), ~40 hostile exports, and a
  zip of a million empty entries (refused, with its peak memory);
- script payloads: twenty payloads in every stored field, every page in Chromium for a
  coordinator, an admin and the volunteer;
- cross-user probes: every object of a two-organisation store, read and written by
  every person on every id route;
- parallel sign-ins: sixteen wrong passwords at once;
- kills: `run` and `import` killed with SIGKILL at random moments, then finished;
- at rest: every table and file searched for family names and exact places after a
  run, and after the volunteer withdrew.

Exits 1 when anything got through, else 0.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SOCIALAUDIT_SECRET_KEY", "attack-bench-key")


def _isolate(tmp: Path) -> None:
    """Every store, key and outbox inside the bench's own folder."""
    data = tmp / "data"
    config = tmp / "config.toml"
    config.write_text("")
    os.environ.update(SOCIALAUDIT_DATA_DIR=str(data), SOCIALAUDIT_KEY_FILE=str(data / "secret.key"),
                      SOCIALAUDIT_CONFIG=str(config))
    os.environ.pop("SOCIALAUDIT_DATABASE_URL", None)


def hostile_inputs(tmp: Path, entries: int) -> tuple[int, int, list[str]]:
    from click.testing import CliRunner

    from socialaudit.app.cli import main
    from tests.security.hostile import hostile_bundle
    from tests.security.hostile_archives import entry_heavy_zip, hostile_archives
    problems: list[str] = []
    bundle = tmp / "hostile.jsonl"
    good, labels = hostile_bundle(bundle)
    out = subprocess.run([sys.executable, "-m", "socialaudit", "audit", "--policy", "twins-trust-fcs", "--input",
                          str(bundle), "--format", "json"], capture_output=True)
    tried, handled = len(labels), 0
    if out.returncode == 0 and b"Traceback" not in out.stderr:
        doc = json.loads(out.stdout)
        reported = {e["line"] for e in doc["errors"]}
        audited = doc["audited"]["posts"] + doc["audited"]["accounts"]
        handled = len(labels) if audited + len(reported) >= 1 + good + len(labels) else 0
        good_ok = {f"x:{9_000_000 + n}" for n in range(good)} <= {f["subject"] for f in doc["findings"]}
        if not good_ok:
            problems.append("good posts around hostile lines were not all audited")
    else:
        problems.append(f"audit of hostile lines exited {out.returncode}")
    for url in _database_urls(tmp):
        tried += 1
        missing = _stored_good_posts(url, bundle, good)
        handled += missing == 0
        if missing:
            problems.append(f"{missing} good posts not stored on {url.split(':')[0]}")
    for label, path in hostile_archives(tmp / "archives"):
        tried += 1
        result = CliRunner().invoke(main, ["audit", "--policy", "twins-trust-fcs", "--input", str(path),
                                           "--format", "json", "--quiet"])
        crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
        if result.exit_code in (0, 2) and not crashed:
            handled += 1
        else:
            problems.append(f"archive {label}: exit {result.exit_code} {type(result.exception).__name__}")
    tried += 1
    heavy = entry_heavy_zip(tmp, entries)
    code = ("import resource,subprocess,sys;"
            "r=subprocess.run([sys.executable,'-m','socialaudit','audit','--policy','twins-trust-fcs',"
            f"'--input',{str(heavy)!r}],capture_output=True,text=True);"
            "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    rc, peak = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split()
    print(f"  entry-heavy zip ({entries:,} entries, {heavy.stat().st_size / 2**20:.0f} MiB): exit {rc}, "
          f"peak RSS {int(peak) / 1024:.0f} MiB")
    if rc == "2" and int(peak) < 200 * 1024:
        handled += 1
    else:
        problems.append(f"entry-heavy zip: exit {rc}, peak {int(peak) / 1024:.0f} MiB")
    return tried, handled, problems


def _database_urls(tmp: Path) -> list[str]:
    urls = [f"sqlite:///{tmp / 'hostile-store.db'}"]
    pg = os.environ.get("SOCIALAUDIT_TEST_DATABASE_URL")
    if pg:
        urls.append(_pg_schema(pg))
    return urls


def _pg_schema(url: str) -> str:
    import uuid

    from sqlalchemy import text

    from socialaudit.storage.db import make_engine
    schema = f"sa_attack_{uuid.uuid4().hex[:10]}"
    with make_engine(url).begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


def _stored_good_posts(url: str, bundle: Path, good: int) -> int:
    from sqlalchemy import select

    from socialaudit.storage import schema as db
    from socialaudit.storage.db import open_store
    from tests.factories import store_audit
    store = open_store(url=url)
    store_audit(store, "twins-trust-fcs", bundle)
    with store.session() as s:
        stored = set(s.scalars(select(db.PostRow.external_id)))
    store.engine.dispose()
    return len({f"x:{9_000_000 + n}" for n in range(good)} - stored)


def xss(tmp: Path) -> tuple[int, int, int, list[str]]:
    from socialaudit.app.web import create_app
    from socialaudit.core.settings import Settings
    from tests.browsing import CHROMIUM, launched, serving
    from tests.security.test_xss_browser import visit_all
    from tests.security.xss import PAYLOADS, pages, stored_everywhere
    from tests.web.seed import seed
    if not CHROMIUM.exists():
        return len(PAYLOADS), 0, 0, ["chromium is not installed: no page was loaded"]
    seeded = seed(tmp / "xss", tmp / "xss" / "data")
    stored_everywhere(seeded)
    loads, fired = 0, []
    with serving(create_app(seeded.store, Settings(data_dir=seeded.data_dir))) as base, launched() as browser:
        for email, role in (("cora@example.org", "coordinator"), ("ada@example.org", "admin"),
                            ("ann@example.org", "volunteer")):
            n, f = visit_all(browser, base, email, pages(seeded.store, role))
            loads += n
            fired += f
    return len(PAYLOADS), loads, len(fired), fired


def cross_user(tmp: Path, per_volunteer: int):
    from socialaudit.app.web import create_app
    from socialaudit.core.settings import Settings
    from tests.security.probes import add_posts, add_second_organisation, probe
    from tests.security.test_cross_user import EMAILS
    from tests.web.seed import seed
    seeded = seed(tmp / "probe", tmp / "probe" / "data")
    add_posts(seeded, per_volunteer)
    add_second_organisation(seeded)
    return probe(create_app(seeded.store, Settings(data_dir=seeded.data_dir)), seeded.store, EMAILS)


def lockout(tmp: Path) -> tuple[int, int]:
    from socialaudit.app.web import create_app
    from socialaudit.core.settings import Settings
    from tests.security.test_web_hardening import passwords_checked, wrong_password_attempt
    from tests.web.seed import seed
    seeded = seed(tmp / "lock", tmp / "lock" / "data")
    app = create_app(seeded.store, Settings(data_dir=seeded.data_dir))
    threads = [threading.Thread(target=wrong_password_attempt, args=(app, "cora@example.org")) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return 16, passwords_checked(seeded.store, seeded.ids["cora"])


def kills(tmp: Path, run_kills: int, import_kills: int):
    from tests.security.killing import import_kill_loop, run_kill_loop
    a = run_kill_loop(tmp / "kill-run", (500, 500, 300), run_kills, seed=2026, per_round=3)
    b = import_kill_loop(tmp / "kill-import", 1500, import_kills, seed=12, per_round=2)
    return a, b


def at_rest(tmp: Path) -> tuple[int, int, int]:
    """(found after a run outside posts, register-only names anywhere, anything after withdrawal)."""
    from tests.security.at_rest import PLACES, REGISTER, REGISTER_ONLY, database_rows, folder_files, found
    from tests.security.test_at_rest import stored_run
    folder = tmp / "rest"
    folder.mkdir()
    env, store, policy_file, printed = stored_run(folder)
    elsewhere = {"stdout": printed, **database_rows(store, skip=("posts",)),
                 **folder_files(folder / "data", skip_database=True)}
    after_run = len(found(elsewhere, REGISTER + PLACES))
    register_only = len(found({**database_rows(store), **folder_files(folder / "data", skip_database=False)},
                              REGISTER_ONLY))
    subprocess.run([sys.executable, "-m", "socialaudit", "withdraw", "--email", "ann@example.org", "--entered-by",
                    "ada@example.org", "--yes", "--policy", str(policy_file)], env=env, capture_output=True, check=True)
    store.engine.dispose()
    everything = {**database_rows(store), **folder_files(folder / "data", skip_database=False)}
    after_withdrawal = len(found(everything, REGISTER + PLACES + ["Ann Volunteer", "ann_volunteer"]))
    return after_run, register_only, after_withdrawal


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=36, help="SIGKILLs of `socialaudit run` (default 36)")
    ap.add_argument("--import-kills", type=int, default=16, help="SIGKILLs of `socialaudit import` (default 16)")
    ap.add_argument("--per-volunteer", type=int, default=8, help="extra posts per volunteer in the probe store")
    ap.add_argument("--entries", type=int, default=1_000_000, help="entries in the entry-heavy zip")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sa-attack-"))
    _isolate(tmp)
    started = time.monotonic()
    failures: list[str] = []
    print(f"socialaudit attack bench ({time.strftime('%Y-%m-%d %H:%M')}, work folder {tmp})")

    tried, handled, problems = hostile_inputs(tmp, args.entries)
    print(f"hostile inputs      tried {tried:5d}  handled {handled:5d}  not handled {tried - handled}")
    failures += problems

    payloads, loads, executed, fired = xss(tmp)
    print(f"script payloads     tried {payloads:5d}  in every stored field; {loads} page loads in Chromium; "
          f"executed {executed}")
    failures += fired

    probes = cross_user(tmp, args.per_volunteer)
    print(f"cross-user reads    tried {probes.reads:5d}  succeeded {len(probes.read_leaks)}"
          f"   (owners refused their own: {len(probes.denied_own)})")
    print(f"cross-user writes   tried {probes.writes:5d}  succeeded {len(probes.write_leaks)}")
    failures += probes.read_leaks + probes.write_leaks

    attempts, checked = lockout(tmp)
    print(f"parallel sign-ins   {attempts} wrong passwords at once; passwords checked {checked} (limit 5)")
    if checked > 5:
        failures.append(f"lock-out checked {checked} passwords")

    run_outcome, import_outcome = kills(tmp, args.kills, args.import_kills)
    for name, o in (("run", run_outcome), ("import", import_outcome)):
        print(f"kills of {name:<8}   {o.kills:3d} SIGKILLs in {o.rounds} rounds; rounds ending as a clean run: "
              f"{o.survived}/{o.rounds}; lost {o.lost}, duplicated {o.duplicated}, runs left running {o.left_running}")
        failures += o.details
    total = run_outcome.kills + import_outcome.kills
    print(f"kills               {total} survived, "
          f"{run_outcome.lost + import_outcome.lost} lost, "
          f"{run_outcome.duplicated + import_outcome.duplicated} duplicated")

    after_run, register_only, after_withdrawal = at_rest(tmp)
    print(f"at rest             names/places in clear outside the posts table after a run: {after_run}; "
          f"register-only names anywhere: {register_only}; anything of the volunteer after withdrawal: "
          f"{after_withdrawal}")
    if after_run or register_only or after_withdrawal:
        failures.append("names or places found at rest")

    print(f"failures            {len(failures)}   ({time.monotonic() - started:.0f} s)")
    for f in failures[:20]:
        print(f"  - {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

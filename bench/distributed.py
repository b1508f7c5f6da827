#!/usr/bin/env python3
"""Throughput of the scheduled run: in-process `socialaudit run` against 1, 2 and 4 Celery
workers on this machine, crawling the same accounts from a loopback fake Mastodon.

    SOCIALAUDIT_TEST_DATABASE_URL=postgresql://postgres@127.0.0.1/test \\
    python bench/distributed.py [--accounts 120] [--posts 6] [--workers 1 2 4] [--latency 0.05]

Each configuration gets a fresh PostgreSQL schema and the same accounts (the fake server from
tests/workers, every sixth status with a photo). `--latency` makes each API reply take that
long, as a real platform's does: crawling is mostly waiting, which is what workers overlap.
The workers are started and ready before the clock starts; the clock stops when the run's
mail task has closed it. Prints accounts/minute, posts/s and the ratio to the in-process run.
Needs the broker of $SOCIALAUDIT_BROKER_URL (default the local RabbitMQ).

`--photos N` then prints photos/s before (the code of bench/photos.py's BASELINE_REF, main
before issue 13's photo work) and after (this tree), with the ratio measured in the same run,
on N generated photos and on the dataset photos, with CPU per stage (bench/photos.py
--baseline --stages); `--photos-only` skips the workers (no broker or PostgreSQL needed).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import select, text

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from socialaudit.app.runner import RunOptions, ScheduledRun  # noqa: E402
from socialaudit.core.settings import load_settings  # noqa: E402
from socialaudit.storage import schema as db  # noqa: E402
from socialaudit.storage.db import make_engine, open_store  # noqa: E402
from tests.conftest import _pg_url_with_schema  # noqa: E402
from tests.crawler.fakeserver import Reply  # noqa: E402
from tests.workers.conftest import POLICY, seed  # noqa: E402
from tests.workers.fakeplatform import FakeMastodon  # noqa: E402


class SlowMastodon(FakeMastodon):
    """Every reply waits `latency` seconds first, like a platform across the internet."""
    latency: float = 0.0

    def _seen(self, reply: Reply) -> Reply:
        reply.delay = self.latency
        return super()._seen(reply)


def fresh_schema(base: str) -> tuple[str, str]:
    name = f"bench_{uuid.uuid4().hex[:10]}"
    engine = make_engine(base)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    engine.dispose()
    return name, _pg_url_with_schema(base, name)


def drop_schema(base: str, name: str) -> None:
    engine = make_engine(base)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
    engine.dispose()


def in_process(url: str, fake, accounts: int) -> float:
    store = open_store(url=url)
    seed(store, fake, accounts)
    started = time.monotonic()
    result = ScheduledRun(store, POLICY, load_settings(), RunOptions(learn=False)).execute()
    took = time.monotonic() - started
    assert result.accounts_crawled == accounts, result
    store.engine.dispose()
    return took


def with_workers(url: str, fake, accounts: int, n: int, env: dict, logs: Path) -> float:
    store = open_store(url=url)
    seed(store, fake, accounts)
    prefix = f"bench-{uuid.uuid4().hex[:8]}-"
    env = {**env, "SOCIALAUDIT_DATABASE_URL": url, "SOCIALAUDIT_QUEUE_PREFIX": prefix}
    paths = [logs / f"{prefix}{i}.log" for i in range(n)]
    procs = []
    for p in paths:
        with open(p, "wb") as log:
            procs.append(subprocess.Popen([sys.executable, "-m", "socialaudit", "worker"], cwd=REPO, env=env,
                                          stdout=log, stderr=subprocess.STDOUT))
    try:
        while not all(b" ready." in p.read_bytes() for p in paths):
            time.sleep(0.2)
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "socialaudit", "run", "--dispatch"], cwd=REPO, env=env, check=True,
                       capture_output=True)
        while True:
            with store.session() as s:
                if s.scalar(select(db.Run.status).where(db.Run.kind == "dispatch")) != "running":
                    break
            time.sleep(0.1)
        return time.monotonic() - started
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()
        _delete_queues(env, prefix)
        store.engine.dispose()


def _delete_queues(env: dict, prefix: str) -> None:
    from kombu import Connection
    with Connection(env.get("SOCIALAUDIT_BROKER_URL") or "amqp://guest:guest@127.0.0.1:5672//") as conn:
        for q in ("crawl", "audit", "photos", "mail"):
            conn.default_channel.queue_delete(prefix + q)
            conn.default_channel.exchange_delete(prefix + q)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--accounts", type=int, default=120)
    ap.add_argument("--posts", type=int, default=6)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--latency", type=float, default=0.05, help="seconds each fake API reply takes")
    ap.add_argument("--photos", type=int, default=0, metavar="N",
                    help="also photos/s before and after on N generated photos and the dataset photos")
    ap.add_argument("--photos-only", action="store_true", help="only the photo section (default 300 photos)")
    args = ap.parse_args()
    if args.photos_only:
        photo_speed(args.photos or 300)
        return
    base = os.environ.get("SOCIALAUDIT_TEST_DATABASE_URL")
    if not base:
        sys.exit("set SOCIALAUDIT_TEST_DATABASE_URL to a PostgreSQL database (e.g. postgresql://postgres@127.0.0.1/test)")
    tmp = Path(tempfile.mkdtemp(prefix="bench-distributed-"))
    env = {**os.environ, "SOCIALAUDIT_DATA_DIR": str(tmp / "data"), "SOCIALAUDIT_CONFIG": str(tmp / "none.toml"),
           "SOCIALAUDIT_KEY_FILE": str(tmp / "data" / "secret.key")}
    (tmp / "none.toml").write_text("")
    os.environ.update(env)
    posts = args.accounts * args.posts
    print(f"{args.accounts} accounts x {args.posts} posts, {args.latency * 1000:.0f} ms per API reply, "
          f"on {os.cpu_count()} cores (load {os.getloadavg()[0]:.1f})")
    rows = []
    for n in [0, *args.workers]:
        schema, url = fresh_schema(base)
        try:
            with SlowMastodon(accounts=args.accounts, posts=args.posts, photo_every=6) as fake:
                fake.latency = args.latency
                took = in_process(url, fake, args.accounts) if n == 0 else with_workers(
                    url, fake, args.accounts, n, env, tmp)
        finally:
            drop_schema(base, schema)
        rows.append((n, took))
        base_time = rows[0][1]
        label = "in-process run" if n == 0 else f"{n} worker{'s' if n > 1 else ''}"
        print(f"{label:>15}: {took:6.1f} s  {args.accounts / took * 60:7.0f} accounts/min  "
              f"{posts / took:6.1f} posts/s  x{base_time / took:.2f} of in-process", flush=True)
    if args.photos:
        photo_speed(args.photos)


def photo_speed(photos: int) -> None:
    """Photos/s before and after, as a ratio measured in one run (bench/photos.py --baseline)."""
    print(f"photos: before = bench/photos.py BASELINE_REF, after = this tree; {photos} generated photos", flush=True)
    subprocess.run([sys.executable, str(REPO / "bench" / "photos.py"), "--baseline", "--stages",
                    "--photos", str(photos)], check=True, cwd=REPO)


if __name__ == "__main__":
    main()

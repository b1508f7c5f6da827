#!/usr/bin/env python3
"""The store path against the audit alone: `audit` vs `audit --store` on SQLite and PostgreSQL.

    python bench/store_speed.py [--posts 10000] [--corpus ../shared/corpus/twins-dev.jsonl] [--rounds 3]

Builds a dense bundle by cycling the corpus's posts under fresh ids (its
accounts kept, media dropped), then times in child processes, one after the
other in the same run: the audit alone (`--format json` to /dev/null), the audit
with `--store` into a fresh SQLite file, and with `--store` into a throwaway
PostgreSQL schema (URL from SOCIALAUDIT_TEST_DATABASE_URL; skipped without it).
Then it stores the same bundle a second time (every post "same", every finding
"seen": the re-audit path). The cases are interleaved over several rounds and
the best of each kept (the machine is shared and noisy). Prints wall seconds,
posts/s, CPU seconds and the ratios to the audit alone; the target is a wall
ratio of at most 1.5 on both databases. The PostgreSQL server's own CPU is not
in the CPU column.

    python bench/store_speed.py --crawl [--posts 10000]

times instead, in this process, the scheduled run's other store paths: a crawl storing
its batches of 200 posts with their cursors (`storage.crawls.store_batch`, new posts then
the same batches again), and the distributed run's audit chunks of 100 posts writing one
finding per post (`storage.chunkaudit.ChunkWriter`), with the SQL statements each ran.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "twins-dev.jsonl"
PG_ENV = "SOCIALAUDIT_TEST_DATABASE_URL"


def build_bundle(corpus: Path, out: Path, n: int) -> None:
    """The corpus's accounts, then `n` posts cycling its posts with fresh ids and no media."""
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    accounts = [r for r in records if r.get("kind") == "account"]
    posts = [r for r in records if r.get("kind") == "post"]
    with out.open("w", encoding="utf-8") as f:
        for a in accounts:
            f.write(json.dumps(a) + "\n")
        for i in range(n):
            p = dict(posts[i % len(posts)])
            p["id"] = f"{p.get('platform', 'x')}:bench{i}"
            p["media"] = []
            f.write(json.dumps(p) + "\n")


def timed(bundle: Path, data_dir: Path, store_url: str | None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, the child and its workers) of one `audit`."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "config.toml").write_text("")
    env = {**os.environ, "SOCIALAUDIT_DATA_DIR": str(data_dir), "SOCIALAUDIT_CONFIG": str(data_dir / "config.toml")}
    env.pop("SOCIALAUDIT_DATABASE_URL", None)
    cmd = [sys.executable, "-m", "socialaudit", "audit", "--policy", "twins-trust-fcs", "--input", str(bundle),
           "--format", "json", "--output", os.devnull, "-q"]
    if store_url is not None:
        env["SOCIALAUDIT_DATABASE_URL"] = store_url
        cmd.append("--store")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"audit failed ({proc.returncode}): {err[-2000:].decode(errors='replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime


class PgSchema:
    """A throwaway schema on the test server, dropped afterwards."""

    def __init__(self, url: str):
        from sqlalchemy import text

        from socialaudit.storage.db import make_engine
        self.text, self.schema = text, f"sa_bench_{uuid.uuid4().hex[:12]}"
        self.admin = make_engine(url)
        with self.admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.schema}"'))
        self.url = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{self.schema}"

    def drop(self) -> None:
        with self.admin.begin() as conn:
            conn.execute(self.text(f'DROP SCHEMA "{self.schema}" CASCADE'))
        self.admin.dispose()


def row(label: str, wall: float, cpu: float, n: int, base: tuple[float, float] | None) -> None:
    ratio = f"{wall / base[0]:6.2f}x {cpu / base[1]:8.2f}x" if base else f"{'-':>7} {'-':>9}"
    print(f"{label:<32} {wall:8.2f} {n / wall:9,.0f} {cpu:8.2f} {ratio}", flush=True)


def one_round(bundle: Path, folder: Path, k: int, targets: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Each case once, one after the other: the audit alone, then each database fresh and again."""
    out = {"audit alone": timed(bundle, folder / f"plain-{k}", None)}
    for name, url in targets:
        pg = PgSchema(url) if name == "postgresql" else None
        target = pg.url if pg else f"sqlite:///{folder / f'store-{k}.db'}"
        try:
            out[f"audit --store, {name}, fresh"] = timed(bundle, folder / f"data-{name}-{k}", target)
            out[f"audit --store, {name}, again"] = timed(bundle, folder / f"data-{name}-{k}", target)
        finally:
            if pg:
                pg.drop()
    return out


def crawl_paths(corpus: Path, n: int, url: str) -> dict[str, tuple[float, int]]:
    """(seconds, SQL statements) of the crawl's batches, fresh and again, and of the audit chunks."""
    from sqlalchemy import event

    from auditors.registry import load_policy
    from socialaudit.core.model import Evidence, Finding, parse_record
    from socialaudit.storage import chunkaudit, crawls, repo
    from socialaudit.storage import schema as db
    from socialaudit.storage.db import open_store
    store = open_store(url=url)
    posts = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if '"post"' in line]
    posts = [p for p in posts if p.get("kind") == "post"]
    records = [{**posts[i % len(posts)], "id": f"x:crawl{i}", "account_id": "x:@bench", "platform": "x", "media": []}
               for i in range(n)]
    with store.session() as s:
        org = repo.ensure_organisation(s, load_policy("twins-trust-fcs"))
        acc = db.AccountRow(organisation_id=org.id, external_id="x:@bench", platform="x", handle="bench",
                            source="archive")
        s.add(acc)
        s.flush()
        run = db.Run(organisation_id=org.id, kind="dispatch", counts={}, errors=[])
        s.add(run)
        s.flush()
        org_id, acc_id, run_id = org.id, acc.id, run.id
    statements = [0]
    event.listen(store.engine, "before_cursor_execute", lambda *a: statements.__setitem__(0, statements[0] + 1))
    out: dict[str, tuple[float, int]] = {}

    def timed_case(name: str, fn) -> None:
        statements[0], t0 = 0, time.perf_counter()
        fn()
        out[name] = (time.perf_counter() - t0, statements[0])

    def crawl() -> None:
        for i in range(0, n, 200):
            crawls.store_batch(store, org_id, acc_id, records[i:i + 200], [], {"since": str(i)})

    def chunks() -> None:
        with store.session() as s:
            ids = list(s.scalars(select_ids(db, acc_id)))
        for i in range(0, len(ids), 100):
            with store.session() as s:
                part = chunkaudit.post_records(s, ids[i:i + 100])
                writer = chunkaudit.ChunkWriter(s, org_id, acc_id, run_id, {"criticism"}, 0)
                getattr(writer, "preload", lambda _: None)([pid for pid, _ in part])
                for pid, rec in part:
                    post = parse_record(rec)
                    f = Finding(rule="criticism", severity="medium", subject=post.id, subject_kind="post",
                                account_id="x:@bench", clause="c", message="m", confidence=0.6,
                                evidence=[Evidence("text", 0, 4, "…", "")])
                    writer.post(pid, post, [f], "benchfp")
                getattr(writer, "finish", lambda: None)()
    timed_case("crawl batches, fresh", crawl)
    timed_case("crawl batches, again", crawl)
    timed_case("audit chunks, 1 finding/post", chunks)
    timed_case("audit chunks, again", chunks)
    store.engine.dispose()
    return out


def select_ids(db, acc_id: int):
    from sqlalchemy import select
    return select(db.PostRow.id).where(db.PostRow.account_id == acc_id).order_by(db.PostRow.id)


def crawl_main(args) -> int:
    sys.path.insert(0, str(REPO))  # this checkout's package, whichever one is installed
    folder = Path(tempfile.mkdtemp(prefix="sa-crawl-bench-"))
    targets = [("sqlite", f"sqlite:///{folder / 'store.db'}")]
    pg = PgSchema(os.environ[PG_ENV]) if os.environ.get(PG_ENV) else None
    if pg:
        targets.append(("postgresql", pg.url))
    print(f"{args.posts:,} posts; crawl batches of 200 with their cursor, audit chunks of 100")
    print(f"{'case':<40} {'s':>7} {'posts/s':>9} {'SQL':>7} {'SQL/post':>9}")
    try:
        for name, url in targets:
            for case, (secs, sql) in crawl_paths(args.corpus, args.posts, url).items():
                print(f"{name + ': ' + case:<40} {secs:7.2f} {args.posts / secs:9,.0f} {sql:7,} "
                      f"{sql / args.posts:9.2f}", flush=True)
    finally:
        if pg:
            pg.drop()
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--posts", type=int, default=10_000)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--rounds", type=int, default=3, help="rounds of every case, interleaved; the best of each is kept")
    ap.add_argument("--crawl", action="store_true", help="time the crawl's and the audit chunks' store paths instead")
    args = ap.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"needs the corpus at {args.corpus}")
    if args.crawl:
        return crawl_main(args)
    folder = Path(tempfile.mkdtemp(prefix="sa-store-bench-"))
    bundle = folder / "bundle.jsonl"
    build_bundle(args.corpus, bundle, args.posts)
    targets: list[tuple[str, str]] = [("sqlite", "")]
    if os.environ.get(PG_ENV):
        targets.append(("postgresql", os.environ[PG_ENV]))
    else:
        print(f"postgresql: skipped ({PG_ENV} not set)")
    best: dict[str, tuple[float, float]] = {}
    for k in range(args.rounds):
        for case, (wall, cpu) in one_round(bundle, folder, k, targets).items():
            old = best.get(case, (wall, cpu))
            best[case] = (min(old[0], wall), min(old[1], cpu))
    n, base = args.posts, best["audit alone"]
    print(f"{n:,} posts, best of {args.rounds} interleaved rounds; CPU = user + system of the audit's processes")
    print(f"{'case':<32} {'wall s':>8} {'posts/s':>9} {'CPU s':>8} {'wall':>7} {'CPU':>9}")
    for case, (wall, cpu) in best.items():
        row(case, wall, cpu, n, None if case == "audit alone" else base)
    print("wall ratio --store / alone, fresh store (target <= 1.5): "
          + ", ".join(f"{name} {best[f'audit --store, {name}, fresh'][0] / base[0]:.2f}x" for name, _ in targets))
    return 0


if __name__ == "__main__":
    sys.exit(main())

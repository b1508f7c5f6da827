#!/usr/bin/env python3
"""The store path against the audit alone: `audit` vs `audit --store` on SQLite and PostgreSQL.

    python bench/store_speed.py [--posts 10000] [--corpus ../shared/corpus/twins-dev.jsonl] [--repeat 1]

Builds a dense bundle by cycling the corpus's posts under fresh ids (its
accounts kept, media dropped), then times in child processes, one after the
other in the same run: the audit alone (`--format json` to /dev/null), the audit
with `--store` into a fresh SQLite file, and with `--store` into a throwaway
PostgreSQL schema (URL from SOCIALAUDIT_TEST_DATABASE_URL; skipped without it).
Then it stores the same bundle a second time (every post 'same', every finding
'seen': the re-audit path). Prints seconds, posts/s and the ratio to the audit
alone; the target is a ratio of at most 1.5 on both databases.
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


def timed(bundle: Path, data_dir: Path, store_url: str | None) -> float:
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
    proc = subprocess.run(cmd, env=env, cwd=REPO, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"audit failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return elapsed


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


def row(label: str, seconds: float, n: int, base: float | None) -> None:
    ratio = f"{seconds / base:6.2f}x" if base else "      -"
    print(f"{label:<34} {seconds:8.2f} {n / seconds:9,.0f} {ratio}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--posts", type=int, default=10_000)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--repeat", type=int, default=1, help="time each case this many times, keep the best")
    args = ap.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"needs the corpus at {args.corpus}")
    folder = Path(tempfile.mkdtemp(prefix="sa-store-bench-"))
    bundle = folder / "bundle.jsonl"
    build_bundle(args.corpus, bundle, args.posts)
    n = args.posts
    best = lambda f: min(f() for _ in range(args.repeat))  # noqa: E731
    print(f"{n:,} posts; {'case':<25} {'seconds':>8} {'posts/s':>9} {'ratio':>7}")
    base = best(lambda: timed(bundle, folder / "plain", None))
    row("audit alone", base, n, None)
    ratios = {}
    targets: list[tuple[str, str]] = [("sqlite", "")]
    if os.environ.get(PG_ENV):
        targets.append(("postgresql", os.environ[PG_ENV]))
    else:
        print(f"postgresql: skipped ({PG_ENV} not set)")
    for name, url in targets:
        first, again = [], []
        for k in range(args.repeat):
            pg = PgSchema(url) if name == "postgresql" else None
            target = pg.url if pg else f"sqlite:///{folder / f'store-{k}.db'}"
            try:
                first.append(timed(bundle, folder / f"data-{name}-{k}", target))
                again.append(timed(bundle, folder / f"data-{name}-{k}", target))
            finally:
                if pg:
                    pg.drop()
        ratios[name] = min(first) / base
        row(f"audit --store, {name}, fresh", min(first), n, base)
        row(f"audit --store, {name}, again", min(again), n, base)
    print("ratio --store / alone (target <= 1.5): "
          + ", ".join(f"{k} {v:.2f}x" for k, v in ratios.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

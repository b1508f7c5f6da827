#!/usr/bin/env python3
"""Audit speed and memory on the dense load, with the learned layer on and off, in one run.

    python bench/speed.py [--sizes 100000 1000000] [--jobs 1 2] [--corpus FILE] [--keep DIR]

The dense load (issue 11 item 8): N posts made by cycling the posts of the dev corpus
(`../shared/corpus/twins-dev.jsonl`) with fresh ids and no media, after its account
records. For each size it measures, in this one run (the machine is noisy, so read
the ratios):

- a bare parse: every line of the file through `json.loads`, in this process;
- `socialaudit audit --policy twins-trust-fcs --format json` to /dev/null in a child
  process, with `--no-learned` and with the learned layer, at each `--jobs`.

Peak memory is the whole process tree's: the sum of the VmRSS of the child and its
workers, sampled every 50 ms (shared copy-on-write pages count once per process, so
this over-states it), and the largest single process's peak (ru_maxrss). The smallest
size runs every --jobs; larger sizes run the largest --jobs only (they check that memory
stays flat, and take long). Targets: >= 10,000 posts/s with the layer on both cores;
peak tree RSS < 500 MB and flat from 100k to 1M posts.
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

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "twins-dev.jsonl"
POLICY = "twins-trust-fcs"
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def build_dense(corpus: Path, n: int, out: Path) -> None:
    """The corpus's accounts, then n posts cycling its posts with fresh ids and no media."""
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    accounts = [r for r in records if r.get("kind") == "account"]
    posts = [r for r in records if r.get("kind") == "post"]
    with out.open("w", encoding="utf-8") as f:
        for acc in accounts:
            f.write(json.dumps(acc, ensure_ascii=False) + "\n")
        for i in range(n):
            post = dict(posts[i % len(posts)])
            post["id"] = f"{post.get('platform', 'x')}:{9 * 10**17 + i}"
            post["media"] = []
            f.write(json.dumps(post, ensure_ascii=False) + "\n")


def parse_rate(path: Path) -> float:
    """Posts per second of a bare `json.loads` of every line (reading included)."""
    t0 = time.perf_counter()
    count = 0
    with path.open("rb") as f:
        for line in f:
            if json.loads(line).get("kind") == "post":
                count += 1
    return count / (time.perf_counter() - t0)


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            return [int(c) for c in f.read().split()]
    except (OSError, ValueError):
        return []


def _tree_rss_kb(root: int) -> int:
    """The sum of the resident set sizes of `root` and its descendants (from /proc)."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kb(pid)
        todo += _children(pid)
    return total


def run_audit(bundle: Path, jobs: int, learned: bool) -> tuple[float, float, float, float]:
    """(seconds, CPU seconds of the tree, peak tree RSS MB, largest single-process peak MB)."""
    cmd = [sys.executable, "-m", "socialaudit", "audit", "--policy", POLICY, "--input", str(bundle),
           "--format", "json", "--output", os.devnull, "-q", "--jobs", str(jobs)]
    if not learned:
        cmd.append("--no-learned")
    peak = [0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    done.set()
    sampler.join()
    if status != 0:
        raise SystemExit(f"audit failed with status {status}: {' '.join(cmd)}")
    # wait4's usage includes the workers the child reaped (multiprocessing joins them)
    return elapsed, usage.ru_utime + usage.ru_stime, peak[0] / 1024, usage.ru_maxrss / 1024


def measure_size(folder: Path, corpus: Path, n: int, jobs_list: list[int], keep: bool) -> dict:
    bundle = folder / f"dense-{n}.jsonl"
    if not bundle.exists():
        build_dense(corpus, n, bundle)
    rows = {"parse": parse_rate(bundle)}
    for jobs in jobs_list:
        for learned in (False, True):
            seconds, cpu, tree, single = run_audit(bundle, jobs, learned)
            rows[(jobs, learned)] = (n / seconds, n / cpu, tree, single)
    if not keep:
        bundle.unlink()
    return rows


def print_size(n: int, rows: dict) -> None:
    parse = rows["parse"]
    print(f"\n{n:,} posts; bare json.loads: {parse:,.0f} posts/s")
    print(f"{'jobs':>4} | {'layer off':>9} {'x parse':>7} {'/cpu-s':>7} {'tree MB':>7} | {'layer on':>9} "
          f"{'x parse':>7} {'/cpu-s':>7} {'tree MB':>7} {'1-proc':>6} | {'on/off':>6}")
    for jobs in sorted({k[0] for k in rows if isinstance(k, tuple)}):
        off, on = rows[(jobs, False)], rows[(jobs, True)]
        print(f"{jobs:>4} | {off[0]:>9,.0f} {parse / off[0]:>7.1f} {off[1]:>7,.0f} {off[2]:>7.0f} | {on[0]:>9,.0f} "
              f"{parse / on[0]:>7.1f} {on[1]:>7,.0f} {on[2]:>7.0f} {on[3]:>6.0f} | {on[0] / off[0]:>6.2f}",
              flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--keep", type=Path, help="build the bundles in this folder and keep them")
    args = ap.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus}: the dev corpus is not here (../shared from the repo)")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sa-speed-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"posts/s of `socialaudit audit --policy {POLICY} --format json` (wall clock); 'x parse': times the "
          "bare parse's time; '/cpu-s': posts per CPU-second of the whole tree (steadier on a busy machine); "
          "'tree MB': peak RSS summed over the processes; '1-proc': the largest one's")
    results = {}
    sizes = sorted(args.sizes)
    for i, n in enumerate(sizes):
        jobs = sorted(args.jobs) if i == 0 else [max(args.jobs)]
        results[n] = measure_size(folder, args.corpus, n, jobs, bool(args.keep))
        print_size(n, results[n])
    if len(sizes) > 1:
        top = max(args.jobs)
        lo, hi = results[sizes[0]][(top, True)], results[sizes[-1]][(top, True)]
        print(f"\nlayer on, --jobs {top}: peak tree RSS {lo[2]:.0f} MB at {sizes[0]:,}, {hi[2]:.0f} MB at "
              f"{sizes[-1]:,} ({100 * (hi[2] / lo[2] - 1):+.1f}%)")
    if not args.keep:
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Audit speed and memory on the dense load, with the learned layer on and off, in one run.

    python bench/speed.py [--sizes 100000 1000000] [--jobs 1 2] [--layer off on] [--reference TREE]
                          [--corpus FILE] [--keep DIR]

The dense load (issue 11 item 8): N posts made by cycling the posts of the dev corpus
(`../shared/corpus/twins-dev.jsonl`) with fresh ids and no media, after its account
records. For each size it measures, in this one run (the machine is noisy, so read
the ratios):

- a bare parse: every line of the file through `json.loads`, in this process;
- `socialaudit audit --policy twins-trust-fcs --format json` to /dev/null in a child
  process, with `--no-learned` and with the learned layer, at each `--jobs`.

Peak memory is the whole process tree's, sampled every 50 ms: the sum of the RSS of
the child and its workers (pages the forked workers share with the parent count once
per process, so this over-states it), the sum of their PSS (shared pages split between
their sharers: the memory the tree really holds), and the largest single process's peak
(ru_maxrss). The smallest
size runs every --jobs; larger sizes run the largest --jobs only (they check that memory
stays flat, and take long). Targets: >= 10,000 posts/s with the layer on both cores;
peak tree RSS < 500 MB and flat from 100k to 1M posts. `--reference` runs a second tree
(e.g. `git worktree add --detach /tmp/before main`) config by config beside this one, for a
before/after table measured in the same run.
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
TRACE = False


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


def _rss_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB: PSS splits each shared page between its sharers, so
    the sum over a forked tree counts the pages the workers share with the parent once."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except (OSError, IndexError, ValueError):
        pass
    return rss, pss


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            return [int(c) for c in f.read().split()]
    except (OSError, ValueError):
        return []


def _tree_rss_kb(root: int) -> tuple[int, int]:
    """(RSS, PSS) summed over `root` and its descendants, in kB (from /proc)."""
    rss = pss = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        r, p = _rss_kb(pid)
        rss, pss = rss + r, pss + p
        todo += _children(pid)
    return rss, pss


def run_audit(tree: Path, bundle: Path, jobs: int, learned: bool) -> tuple[float, float, float, float]:
    """(seconds, CPU seconds of the tree, peak tree RSS MB, peak tree PSS MB, largest single-process peak MB)."""
    cmd = [sys.executable, "-m", "socialaudit", "audit", "--policy", POLICY, "--input", str(bundle),
           "--format", "json", "--output", os.devnull, "-q", "--jobs", str(jobs)]
    if not learned:
        cmd.append("--no-learned")
    peak = [0, 0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=tree)  # python -m runs the tree's own code
    done = threading.Event()

    def sample() -> None:
        last = time.perf_counter()
        while not done.is_set():
            rss, pss = _tree_rss_kb(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            if TRACE and time.perf_counter() - last > 30:
                last = time.perf_counter()
                print(f"  [{last - t0:6.0f} s] tree RSS {rss / 1024:.0f} MB, PSS {pss / 1024:.0f} MB",
                      file=sys.stderr, flush=True)
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
    return elapsed, usage.ru_utime + usage.ru_stime, peak[0] / 1024, peak[1] / 1024, usage.ru_maxrss / 1024


def measure_size(bundle: Path, n: int, trees: list[Path], jobs_list: list[int], layers: list[bool]) -> dict:
    """{"parse": posts/s, (tree, jobs, layer): (posts/s, posts per CPU-s, tree MB, 1-proc MB)}; the
    trees take turns config by config, so a busy spell hits both alike."""
    rows: dict = {"parse": parse_rate(bundle)}
    for jobs in jobs_list:
        for learned in layers:
            for tree in trees:
                seconds, cpu, rss, pss, single = run_audit(tree, bundle, jobs, learned)
                rows[(tree, jobs, learned)] = (n / seconds, n / cpu, rss, pss, single)
    return rows


def _cells(row: tuple | None, parse: float) -> str:
    if row is None:
        return f"{'-':>9} {'-':>7} {'-':>7} {'-':>6} {'-':>6} {'-':>6}"
    return f"{row[0]:>9,.0f} {parse / row[0]:>7.1f} {row[1]:>7,.0f} {row[2]:>6.0f} {row[3]:>6.0f} {row[4]:>6.0f}"


def print_size(n: int, rows: dict, trees: list[Path]) -> None:
    parse = rows["parse"]
    print(f"\n{n:,} posts; bare json.loads: {parse:,.0f} posts/s")
    head = f"{'x parse':>7} {'/cpu-s':>7} {'RSS':>6} {'PSS':>6} {'1-proc':>6}"
    print(f"{'tree':<14} {'jobs':>4} | {'layer off':>9} {head} | {'layer on':>9} {head} | {'on/off':>6}")
    for jobs in sorted({k[1] for k in rows if isinstance(k, tuple)}):
        for tree in trees:
            off, on = rows.get((tree, jobs, False)), rows.get((tree, jobs, True))
            ratio = f"{on[0] / off[0]:>6.2f}" if on and off else f"{'-':>6}"
            print(f"{_label(tree):<14} {jobs:>4} | {_cells(off, parse)} | {_cells(on, parse)} | {ratio}", flush=True)
    if len(trees) > 1:
        for key in sorted((k for k in rows if isinstance(k, tuple) and k[0] == trees[0]), key=lambda k: k[1:]):
            before = rows.get((trees[1], *key[1:]))
            if before:
                print(f"  --jobs {key[1]} layer {'on ' if key[2] else 'off'}: this tree / {_label(trees[1])}: "
                      f"{rows[key][0] / before[0]:.2f}x posts/s, {rows[key][1] / before[1]:.2f}x posts per CPU-s")


def _label(tree: Path) -> str:
    return "this tree" if tree == REPO else tree.name[-14:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--layer", choices=["off", "on"], nargs="+", default=["off", "on"])
    ap.add_argument("--reference", type=Path, help="also run this tree (e.g. a worktree of main before a change)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--keep", type=Path, help="build the bundles in this folder and keep them")
    ap.add_argument("--trace", action="store_true", help="print the tree's memory every 30 s (stderr)")
    args = ap.parse_args()
    global TRACE
    TRACE = args.trace
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus}: the dev corpus is not here (../shared from the repo)")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sa-speed-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"posts/s of `socialaudit audit --policy {POLICY} --format json` (wall clock); 'x parse': times the "
          "bare parse's time; '/cpu-s': posts per CPU-second of the whole tree (steadier on a busy machine); "
          "'RSS'/'PSS': peak MB summed over the processes (PSS counts shared pages once); '1-proc': the largest "
          "process's peak RSS")
    trees = [REPO] + ([args.reference.resolve()] if args.reference else [])
    layers = [layer == "on" for layer in args.layer]
    peaks = {}
    sizes = sorted(args.sizes)
    for i, n in enumerate(sizes):
        bundle = folder / f"dense-{n}.jsonl"
        if not bundle.exists():
            build_dense(args.corpus, n, bundle)
        jobs = sorted(args.jobs) if i == 0 else [max(args.jobs)]
        rows = measure_size(bundle, n, trees, jobs, layers)
        print_size(n, rows, trees)
        peaks[n] = rows.get((REPO, max(args.jobs), layers[-1]))
        if not args.keep:
            bundle.unlink()
    if len(sizes) > 1 and peaks[sizes[0]] and peaks[sizes[-1]]:
        for col, name in ((2, "RSS"), (3, "PSS")):
            lo, hi = peaks[sizes[0]][col], peaks[sizes[-1]][col]
            print(f"layer {args.layer[-1]}, --jobs {max(args.jobs)}: peak tree {name} {lo:.0f} MB at {sizes[0]:,}, "
                  f"{hi:.0f} MB at {sizes[-1]:,} ({100 * (hi / lo - 1):+.1f}%)")
    if not args.keep:
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())

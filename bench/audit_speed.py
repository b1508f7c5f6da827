#!/usr/bin/env python3
"""Throughput and memory of `socialaudit audit` on generated bundles.

    python bench/audit_speed.py [--sizes 100000 1000000] [--keep DIR]

Generates N synthetic posts (text drawn from varied templates; ~5% with a
geotag; ~2% with a small JPEG, some carrying EXIF GPS), runs the contract
command in a child process with `--format json` to /dev/null, and prints
posts/second and the child's peak RSS. Memory must stay flat: the 1M figure
should be within 15% of the 100k one.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEMPLATES = [
    "Lovely visit this morning, home for a brew now #familycrisissupport",
    "Great training day with the other volunteers, and cake!",
    "Trains cancelled again, {n} minutes late. Typical Monday.",
    "Proud to volunteer with @TwinsTrust. Need help? Twinline 0800 138 0509",
    "Off to see my FCS family later, the twins are {n} weeks old now",
    "Match day! Come on you Rams ⚽ {n}-0",
    "Sat in the car park waiting for the GP appointment with my family, long wait",
    "Ran {n}k this morning for the half marathon training. Legs gone.",
    "Feedback for the team: the new handbook is great, maybe add a page on sleep?",
    "Not impressed with how head office handled the rota this month, shambles honestly",
]


def make_photos(folder: Path) -> list[str]:
    from PIL import Image
    paths = []
    for i in range(10):
        im = Image.new("RGB", (64, 48), (i * 20 % 255, 120, 200))
        exif = Image.Exif()
        if i % 2:
            exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)})
        name = f"p{i}.jpg"
        im.save(folder / name, exif=exif)
        paths.append(f"media/{name}")
    return paths


def generate(path: Path, n: int, seed: int = 7, text_only: bool = False) -> None:
    rnd = random.Random(seed)
    (path.parent / "media").mkdir(exist_ok=True)
    photos = make_photos(path.parent / "media")
    accounts = 200
    with path.open("w", encoding="utf-8") as f:
        for a in range(accounts):
            f.write(json.dumps({"kind": "account", "id": f"x:@vol{a}", "platform": "x", "handle": f"vol{a}",
                                "role": "personal",
                                "bio": "FCS volunteer with @TwinsTrust" if a % 3 else "Views my own",
                                "is_public": bool(a % 2), "location_sharing": a % 17 == 0}) + "\n")
        for i in range(n):
            post = {"kind": "post", "id": f"x:{10**17 + i}", "account_id": f"x:@vol{i % accounts}", "platform": "x",
                    "created_at": "2026-10-03T17:45:00Z", "text": rnd.choice(TEMPLATES).format(n=rnd.randint(1, 99)),
                    "lang": "en", "visibility": "public", "geo": None, "media": []}
            if rnd.random() < 0.05:
                post["geo"] = {"lat": 53.99, "lon": -1.54, "place_name": "Somewhere"}
            if not text_only and rnd.random() < 0.02:
                post["media"] = [{"type": "photo", "path": rnd.choice(photos), "alt_text": None}]
            f.write(json.dumps(post) + "\n")


def measure(bundle: Path, n: int) -> tuple[float, float, float]:
    cmd = [sys.executable, "-m", "socialaudit", "audit", "--policy", "twins-trust-fcs", "--input", str(bundle),
           "--format", "json", "--output", os.devnull, "-q"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"audit failed with status {status}")
    return n / elapsed, usage.ru_maxrss / 1024, elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    ap.add_argument("--text-only", action="store_true", help="no photos (the text-auditing speed target)")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sa-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rss = {}
    print(f"{'posts':>10} {'seconds':>9} {'posts/s':>9} {'peak RSS MB':>12}")
    for n in args.sizes:
        bundle = folder / f"bundle-{n}{'-text' if args.text_only else ''}.jsonl"
        if not bundle.exists():
            generate(bundle, n, text_only=args.text_only)
        rate, peak, elapsed = measure(bundle, n)
        rss[n] = peak
        print(f"{n:>10,} {elapsed:9.1f} {rate:9,.0f} {peak:12.1f}", flush=True)
        if not args.keep:
            bundle.unlink()
    if len(rss) > 1:
        lo, hi = min(rss), max(rss)
        print(f"peak RSS at {hi:,} is {100 * (rss[hi] / rss[lo] - 1):+.1f}% of {lo:,} (must stay within 15%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

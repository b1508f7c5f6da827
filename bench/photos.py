#!/usr/bin/env python3
"""Photo auditing speed: photos per second and peak memory of the whole audit command.

    python bench/photos.py [--photos 300] [--policy twins-trust-fcs] [--keep DIR]

Generates a bundle of posts from personal accounts, one photo each, drawn by
`auditors.vision.synthetic` (busy scenes; a third carry the policy's logo,
rotated, scaled and partly covered) at the sizes platforms serve (1080x1080,
1080x1350, 1200x900, 2048x1536), or with `--phone` as 12-megapixel camera
originals, then runs `socialaudit audit --format json` on it in a child
process, with every rule of the policy enabled. Prints photos per second
(startup excluded, measured on a one-photo bundle), by wall clock and by the
child's CPU time (the honest figure when other work shares the cores), and
the child's peak RSS. Target on a 2-core machine: >= 20 photos/s, RSS < 600 MB.
Generation is not timed.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

from auditors.registry import load_policy
from auditors.vision.synthetic import paste_logo, photo

PLATFORM_SIZES = [(1080, 1080), (1350, 1080), (900, 1200), (1536, 2048)]  # (height, width)
PHONE_SIZES = [(3024, 4032), (4032, 3024)]


def make_photo(i: int, logo: np.ndarray, sizes: list[tuple[int, int]]) -> np.ndarray:
    """The i-th benchmark photo: sizes in turn, a third of them with the logo."""
    rng = np.random.default_rng(i)
    h, w = sizes[i % len(sizes)]
    scene = cv2.resize(photo(None, seed=i, size=(min(h, 1536), min(w, 2048))), (w, h))
    if i % 3 == 0:
        h, w = scene.shape[:2]
        scene = paste_logo(scene, logo, width=int(w * rng.uniform(0.15, 0.45)),
                           angle=float(rng.uniform(-180, 180)), occlude=float(rng.uniform(0, 0.3)),
                           centre=(int(w * rng.uniform(0.3, 0.7)), int(h * rng.uniform(0.3, 0.7))))
    return scene


def write_bundle(folder: Path, count: int, logo: np.ndarray, sizes: list[tuple[int, int]]) -> Path:
    (folder / "media").mkdir(parents=True, exist_ok=True)
    lines = [{"kind": "account", "id": "x:@bench_v", "platform": "x", "handle": "bench_v",
              "role": "personal", "bio": "Volunteer", "is_public": False}]
    for i in range(count):
        name = f"media/p{i:04d}.jpg"
        cv2.imwrite(str(folder / name), make_photo(i, logo, sizes), [cv2.IMWRITE_JPEG_QUALITY, 90])
        lines.append({"kind": "post", "id": f"x:{9000000 + i}", "account_id": "x:@bench_v", "platform": "x",
                      "created_at": "2026-10-03T17:45:00Z", "text": "Out and about today",
                      "media": [{"type": "photo", "path": name, "alt_text": None}], "visibility": "friends"})
    bundle = folder / f"bundle-{count}.jsonl"
    bundle.write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    return bundle


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_audit(policy: str, bundle: Path) -> tuple[float, float, dict]:
    """Wall time, CPU time and findings document of one audit command in a child process."""
    cmd = [sys.executable, "-m", "socialaudit", "audit", "--policy", policy, "--input", str(bundle),
           "--format", "json"]
    started, cpu = time.perf_counter(), _child_cpu()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, _child_cpu() - cpu, json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--photos", type=int, default=300)
    ap.add_argument("--policy", default="twins-trust-fcs")
    ap.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    ap.add_argument("--phone", action="store_true", help="12-megapixel camera originals instead")
    args = ap.parse_args()
    sizes = PHONE_SIZES if args.phone else PLATFORM_SIZES
    logo = cv2.imread(load_policy(args.policy).organisation["logos"][0])
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        print(f"generating {args.photos} photos in {folder} ...", flush=True)
        bundle = write_bundle(folder, args.photos, logo, sizes)
        single = write_bundle(folder, 1, logo, sizes)
        startup, startup_cpu, _ = run_audit(args.policy, single)
        wall, cpu, doc = run_audit(args.policy, bundle)
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    with_logo = len(range(0, args.photos, 3))
    flagged = sum(1 for f in doc["findings"] if f["rule"] == "logo-misuse")
    rate = args.photos / max(wall - startup, 1e-9)
    cpu_rate = args.photos / max(cpu - startup_cpu, 1e-9)
    print(f"photos audited     : {args.photos} at {sorted(set(sizes))} "
          f"({with_logo} with the logo; {flagged} flagged logo-misuse)")
    print(f"wall time          : {wall:.2f} s (startup {startup:.2f} s); load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"throughput (wall)  : {rate:.1f} photos/s (startup excluded; {args.photos / wall:.1f} incl.)")
    print(f"throughput (CPU)   : {cpu_rate:.1f} photos per CPU-second of the audit process")
    print(f"peak RSS (child)   : {rss_mb:.0f} MB")
    print(f"target             : >= 20 photos/s and < 600 MB -> wall "
          f"{'met' if rate >= 20 and rss_mb < 600 else 'NOT met'}, CPU "
          f"{'met' if cpu_rate >= 20 and rss_mb < 600 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

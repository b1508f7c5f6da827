#!/usr/bin/env python3
"""Photo auditing speed: photos per second and peak memory of the whole audit command.

    python bench/photos.py [--photos 300] [--policy twins-trust-fcs] [--keep DIR] [--phone]
                           [--baseline [REF]] [--datasets DIR] [--dataset-posts 365] [--stages]

Generates a bundle of posts from personal accounts, one photo each, drawn by
`auditors.vision.synthetic` (busy scenes; a third carry the policy's logo,
rotated, scaled and partly covered) at the sizes platforms serve (1080x1080,
1080x1350, 1200x900, 2048x1536), or with `--phone` as 12-megapixel camera
originals, then runs `socialaudit audit --format json` on it in a child
process, with every rule of the policy enabled. Prints photos per second
(startup excluded, measured on a one-photo bundle), by wall clock and by the
child's CPU time (the honest figure when other work shares the cores), and
the child's peak RSS. Target on a 2-core machine: >= 50 photos/s (issue 13),
RSS < 600 MB. Generation is not timed.

A second section audits the real photos of ../shared/datasets (FlickrLogos-27
subset and the EXIF GPS set, about 500 px), cycled to `--dataset-posts` posts of
the same shape, and prints photos per second with the start-up included (the
whole command) and excluded. Target: >= 100 photos/s with start-up.

`--baseline [REF]` also runs each bundle with the code of git revision REF
(default: BASELINE_REF, main before the photo path was sped up), extracted into
a temporary folder, and prints the ratio measured in the same run.

`--stages` also prints where the CPU goes per photo, stage by stage (EXIF, decode,
faces, the logo matcher's parts, the rest) and the start-up CPU, for each set, measured
by bench/photo_stages.py in one thread (before and after with `--baseline`).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
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
REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATASETS = REPO.parent / "shared" / "datasets"
DATASET_SETS = ("flickrlogos27-subset", "exif-gps-photos")
BASELINE_REF = "d88a17c"  # main before issue 13's photo work: the reference for --baseline


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


def run_audit(policy: str, bundle: Path, code: Path = REPO) -> tuple[float, float, dict]:
    """Wall time, CPU time and findings document of one audit command in a child process
    running the code in `code` (the command is run from there, so that code is imported)."""
    cmd = [sys.executable, "-m", "socialaudit", "audit", "--policy", policy, "--input", str(bundle),
           "--format", "json"]
    started, cpu = time.perf_counter(), _child_cpu()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=code)
    return time.perf_counter() - started, _child_cpu() - cpu, json.loads(out.stdout)


def extract(ref: str, folder: Path) -> Path:
    """The tree of git revision `ref` of this repository, in `folder`, byte-compiled: a fresh
    tree would otherwise compile its modules in its first (start-up) run, which this tree's
    runs never do."""
    folder.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", ref], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    # the code the audit imports (training data in some revisions holds scripts that do not compile)
    subprocess.run([sys.executable, "-m", "compileall", "-q", *(str(folder / d) for d in ("auditors", "socialaudit")
                                                               if (folder / d).is_dir())], check=True)
    return folder


def dataset_bundle(datasets: Path, folder: Path, posts: int) -> tuple[Path, int] | None:
    """A bundle of `posts` posts cycling over the dataset photos (copied in), and how many photos."""
    photos = [p for name in DATASET_SETS for p in sorted((datasets / name / "images").glob("*.jpg"))]
    if not photos:
        return None
    (folder / "media").mkdir(parents=True, exist_ok=True)
    names = []
    for p in photos:
        shutil.copyfile(p, folder / "media" / f"{p.parent.parent.name}-{p.name}")
        names.append(f"media/{p.parent.parent.name}-{p.name}")
    lines = [{"kind": "account", "id": "x:@bench_v", "platform": "x", "handle": "bench_v",
              "role": "personal", "bio": "Volunteer", "is_public": False}]
    for i in range(posts):
        lines.append({"kind": "post", "id": f"x:{8000000 + i}", "account_id": "x:@bench_v", "platform": "x",
                      "created_at": "2026-10-03T17:45:00Z", "text": "Out and about today",
                      "media": [{"type": "photo", "path": names[i % len(names)], "alt_text": None}],
                      "visibility": "friends"})
    bundle = folder / f"datasets-{posts}.jsonl"
    bundle.write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    return bundle, len(photos)


def measure(policy: str, bundle: Path, single: Path, photos: int, code: Path) -> dict:
    """Start-up (a one-photo bundle), then the bundle: wall, CPU and photos/s both ways."""
    startup, startup_cpu, _ = run_audit(policy, single, code)
    wall, cpu, doc = run_audit(policy, bundle, code)
    return {"startup": startup, "wall": wall, "cpu": cpu, "doc": doc, "photos": photos,
            "rate": photos / max(wall - startup, 1e-9), "with_startup": photos / wall,
            "cpu_rate": photos / max(cpu - startup_cpu, 1e-9),
            "cores": (cpu - startup_cpu) / max(wall - startup, 1e-9)}


def verdicts(doc: dict) -> dict[tuple[str, str], float]:
    """{(rule, subject): confidence} of the photo rules' findings."""
    return {(f["rule"], f["subject"]): f["confidence"] for f in doc["findings"]
            if f["rule"] in ("family-photo", "geotag", "logo-misuse")}


def agreement(now: dict, before: dict) -> str:
    """How far the photo rules' findings agree: the same (rule, subject) pairs, and confidences."""
    a, b = verdicts(now["doc"]), verdicts(before["doc"])
    moved = {k: (b[k], a[k]) for k in a.keys() & b.keys() if round(a[k], 2) != round(b[k], 2)}
    text = (f"photo findings: {len(a.keys() & b.keys())} in both, {len(b.keys() - a.keys())} only before, "
            f"{len(a.keys() - b.keys())} only after")
    if moved:
        text += "; confidence moved on " + ", ".join(f"{r} {s} {x:.2f}->{y:.2f}" for (r, s), (x, y) in
                                                    sorted(moved.items())[:5])
    return text


def report(label: str, now: dict, before: dict | None) -> None:
    print(f"  {label:9} wall {now['wall']:6.2f} s (startup {now['startup']:.2f} s)  "
          f"{now['rate']:6.1f} photos/s startup excluded, {now['with_startup']:6.1f} incl.; "
          f"{now['cpu_rate']:6.1f} per CPU-second ({1000 / now['cpu_rate']:.1f} CPU ms/photo); "
          f"{now['cores']:.2f} cores busy")
    if before is not None:
        print(f"  {'ratio':9} x{now['rate'] / before['rate']:.2f} startup excluded, "
              f"x{now['with_startup'] / before['with_startup']:.2f} incl., "
              f"x{now['cpu_rate'] / before['cpu_rate']:.2f} per CPU-second")
        print(f"  {'decisions':9} {agreement(now, before)}")


def stages(policy: str, bundle: Path, single: Path, code: Path) -> dict:
    """CPU per stage of the audit of `bundle` with the code in `code` (bench/photo_stages.py)."""
    cmd = [sys.executable, str(REPO / "bench" / "photo_stages.py"), "--policy", policy, "--bundle", str(bundle),
           "--single", str(single)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=code)
    return json.loads(out.stdout)


def report_stages(policy: str, bundle: Path, single: Path, base: Path | None) -> None:
    """A table: CPU milliseconds per photo for each stage, before and after (and start-up)."""
    runs = ([("before", stages(policy, bundle, single, base))] if base else []) + \
        [("after", stages(policy, bundle, single, REPO))]
    names = list(dict.fromkeys(k for _, r in runs for k in r["stages"]))
    print(f"  {'CPU ms/photo, one thread':26}" + "".join(f"{label:>9}" for label, _ in runs))
    for name in names + ["total"]:
        cells = [r["total_cpu"] if name == "total" else r["stages"].get(name, 0.0) for _, r in runs]
        print(f"  {name:26}" + "".join(f"{1000 * c / r['posts']:9.2f}" for c, (_, r) in zip(cells, runs)))
    print(f"  {'start-up CPU (s, once)':26}" + "".join(f"{r['startup_cpu']:9.2f}" for _, r in runs))


def compare(title: str, policy: str, bundle: Path, single: Path, photos: int, base: Path | None) -> dict:
    """Run the bundle with the baseline code (when given) and this tree's; print both and the ratio."""
    print(title, flush=True)
    before = measure(policy, bundle, single, photos, base) if base else None
    now = measure(policy, bundle, single, photos, REPO)
    if before:
        report("before", before, None)
    report("after", now, before)
    return now


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--photos", type=int, default=300)
    ap.add_argument("--policy", default="twins-trust-fcs")
    ap.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    ap.add_argument("--phone", action="store_true", help="12-megapixel camera originals instead")
    ap.add_argument("--baseline", nargs="?", const=BASELINE_REF, metavar="REF",
                    help=f"also run the code of git revision REF (default {BASELINE_REF})")
    ap.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS)
    ap.add_argument("--dataset-posts", type=int, default=365, help="posts cycling over the dataset photos")
    ap.add_argument("--stages", action="store_true", help="also print CPU per stage of the photo path")
    args = ap.parse_args()
    sizes = PHONE_SIZES if args.phone else PLATFORM_SIZES
    logo = cv2.imread(load_policy(args.policy).organisation["logos"][0])
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        base = extract(args.baseline, Path(tmp) / "baseline") if args.baseline else None
        print(f"generating {args.photos} photos in {folder} ...", flush=True)
        bundle = write_bundle(folder, args.photos, logo, sizes)
        single = write_bundle(folder, 1, logo, sizes)
        now = compare(f"generated photos ({args.photos} at {sorted(set(sizes))}"
                      + (f"; before = {args.baseline}" if base else "") + ")",
                      args.policy, bundle, single, args.photos, base)
        if args.stages:
            report_stages(args.policy, bundle, single, base)
        made = dataset_bundle(args.datasets, folder / "datasets", args.dataset_posts)
        data = None
        if made is None:
            print(f"dataset photos: skipped, none found under {args.datasets}")
        else:
            data = compare(f"dataset photos ({args.dataset_posts} posts over the {made[1]} photos of "
                           f"{' and '.join(DATASET_SETS)})", args.policy, made[0], single, args.dataset_posts, base)
            if args.stages:
                report_stages(args.policy, made[0], single, base)
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    with_logo = len(range(0, args.photos, 3))
    flagged = sum(1 for f in now["doc"]["findings"] if f["rule"] == "logo-misuse")
    print(f"generated photos   : {with_logo} with the logo; {flagged} flagged logo-misuse")
    print(f"load average       : {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"peak RSS (children) {rss_mb:.0f} MB")
    print(f"target             : generated >= 50 photos/s: {'met' if now['rate'] >= 50 else 'NOT met'}; "
          + ("datasets >= 100 photos/s with start-up: "
             + ("met" if data["with_startup"] >= 100 else "NOT met") if data else "datasets: skipped")
          + f"; RSS < 600 MB: {'met' if rss_mb < 600 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The colour-layout verifier's decisions, this tree against a git revision's, photo by photo.

    python bench/colour_same.py [--reference main] [--generated 90]

Speed work on `auditors/vision/colourmatch.py` must not move a decision. This loads the
module of revision REF (`git show REF:auditors/vision/colourmatch.py`) beside this tree's,
and runs both `ColourIndex.find` on the same colour previews (`MediaInfo.rgb_preview`, as the
rule does): the photos of FlickrLogos-27's training split (the dev photos; never its query
split) and the EXIF set under ../shared/datasets, and `--generated` photos drawn like
bench/photos.py's, each against every brand's reference logo (cropped as
bench/quality_datasets.py does) and the default policy's logo. Also compares, for
information, the candidate lists of the inspection mode (`scores`, every peak above 0.2) on
every third pair: there many peaks sit within float noise of one another, so which is picked
first (and suppresses its neighbours) flips with the last bits of the colour maps (the
reference's own lists differ between its first and later runs in one process); it prints how
often. Then it feeds the reference's search this tree's colour maps: from the same maps, the
candidate lists must be equal, and any that are not count as differences.

Decisions must be equal: found or not, box, silhouette overlap. Correlation scores may
differ in their last float bits (OpenCV's `magnitude` and `matchTemplate` round differently
with memory layout: the original code differs from itself between runs); a score moving
more than 1e-5 counts as a difference. Prints the CPU ms per search both ways (one OpenCV
thread) and exits 1 on any difference.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2

REPO = Path(__file__).resolve().parent.parent
DATASETS = REPO.parent / "shared" / "datasets"


def load_reference_module(ref: str, folder: Path):
    source = subprocess.run(["git", "-C", str(REPO), "show", f"{ref}:auditors/vision/colourmatch.py"],
                            capture_output=True, text=True, check=True).stdout
    path = folder / "colourmatch_reference.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("colourmatch_reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def inputs(folder: Path, generated: int) -> tuple[list[str], list[tuple[str, object]]]:
    """Logo paths and (name, RGB preview) of every photo compared."""
    from auditors.mediainfo import load_media
    from auditors.registry import load_policy
    from bench.photos import PLATFORM_SIZES, make_photo
    from socialaudit.core.model import Media

    def preview(path: Path):
        return load_media(Media("photo", path.name, None), 0, path.parent).rgb_preview(256)

    flickr = DATASETS / "flickrlogos27-subset"
    rows = list(csv.DictReader((flickr / "manifest.csv").open(newline="")))
    boxes: dict[str, list[dict]] = {}
    for b in csv.DictReader((flickr / "annotations.csv").open(newline="")):
        boxes.setdefault(b["file"], []).append(b)
    logos = []
    for r in rows:
        if r["role"] == "reference_logo":
            image = cv2.imread(str(flickr / r["file"]))
            b = boxes[r["file"]][0]
            x1, y1, x2, y2 = (int(b[k]) for k in ("x1", "y1", "x2", "y2"))
            path = folder / f"{r['brand'].lower()}-logo.png"
            cv2.imwrite(str(path), image[y1:y2 + 1, x1:x2 + 1])
            logos.append(str(path))
    policy_logo = load_policy("twins-trust-fcs").organisation["logos"][0]
    logos.append(policy_logo)
    photos = [(r["file"], preview(flickr / r["file"])) for r in rows if r["original_set"] == "training"]
    photos += [(p.name, preview(p)) for p in sorted((DATASETS / "exif-gps-photos" / "images").glob("*.jpg"))]
    logo = cv2.imread(policy_logo)
    for i in range(generated):
        path = folder / f"generated-{i:03d}.jpg"
        cv2.imwrite(str(path), make_photo(i, logo, PLATFORM_SIZES), [cv2.IMWRITE_JPEG_QUALITY, 90])
        photos.append((f"generated {i}", preview(path)))
    return logos, photos


def _same(x: list, y: list) -> bool:
    return len(x) == len(y) and all(p[1:] == q[1:] and abs(p[0] - q[0]) <= 1e-5 for p, q in zip(x, y))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reference", default="main", help="git revision whose colourmatch.py is the reference")
    ap.add_argument("--generated", type=int, default=90)
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    from auditors.vision import colourmatch as this
    cv2.setNumThreads(1)
    with tempfile.TemporaryDirectory() as tmp:
        before = load_reference_module(args.reference, Path(tmp))
        logos, photos = inputs(Path(tmp), args.generated)
        pairs = found = differ = loose_pairs = loose_differ = 0
        cpu = {"reference": 0.0, "this tree": 0.0}
        for logo in logos:
            old, new = before.ColourIndex.from_paths([logo]), this.ColourIndex.from_paths([logo])
            if not old.references and not new.references:
                continue
            same = before.ColourIndex(new.references)  # the reference's search on this tree's reference maps
            for n, (name, rgb) in enumerate(photos):
                results = {}
                for label, index in (("reference", old), ("this tree", new)):
                    index.find(rgb, rgb=True)  # warm: the timed call is the second
                    started = time.process_time()
                    m = index.find(rgb, rgb=True)
                    cpu[label] += time.process_time() - started
                    results[label] = None if m is None else (m.score, m.iou, m.box)
                a, b = results["reference"], results["this tree"]
                pairs, found = pairs + 1, found + (a is not None)
                if (a is None) != (b is None) or (a and (a[1:] != b[1:] or abs(a[0] - b[0]) > 1e-5)):
                    differ += 1
                    print(f"DIFFERENT {Path(logo).name} {name}: {a} -> {b}")
                if n % 3 == 0 and old.references:
                    scale = 256 / max(rgb.shape[:2])
                    small = cv2.cvtColor(cv2.resize(rgb, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA),
                                         cv2.COLOR_RGB2BGR)
                    x, y = old.scores(old.references[0], small), new.scores(new.references[0], small)
                    own_maps = before.likelihood  # the reference's search fed this tree's colour maps
                    before.likelihood = lambda bgr, h, c, t: this.likelihood(bgr, h, c, t)
                    try:
                        same_maps = same.scores(same.references[0], small)
                    finally:
                        before.likelihood = own_maps
                    loose_pairs += 1
                    loose_differ += not _same(x, y)
                    if not _same(same_maps, y):  # the search itself must agree exactly
                        differ += 1
                        print(f"DIFFERENT candidates from the same colour maps: {Path(logo).name} {name}")
    print(f"{pairs} (logo, photo) searches, {found} found by the reference; {differ} decisions different")
    print(f"inspection candidate lists (every peak above 0.2): {loose_differ} of {loose_pairs} differ from the "
          f"reference's (last-bit noise in the colour maps, for information); "
          f"from the same colour maps, any difference is printed above as DIFFERENT and counted")
    print(f"CPU per search: reference {1000 * cpu['reference'] / pairs:.2f} ms, "
          f"this tree {1000 * cpu['this tree'] / pairs:.2f} ms")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

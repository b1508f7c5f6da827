"""The photo fixtures of the golden test: generated photos (always) and the real photos of
../shared/datasets (when present), each attached to a post that every photo rule looks at.

A post per photo, from a volunteer's personal account, naming "my FCS family" with no alt
text: family-photo then decides on the faces found in the pixels, geotag on the EXIF GPS
block and logo-misuse on the logo matcher. The verdicts (rule, subject, confidence rounded
to 2 places) of the three photo rules are frozen in photo_golden.json; a change to the photo
path must keep them.

    python -m tests.auditors.photo_golden --write    # re-freeze after an intended change
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from auditors.engine import audit
from auditors.prepared import Prepared
from auditors.registry import load_policy
from auditors.vision.synthetic import paste_logo, photo
from socialaudit.app.inputs import open_input

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "photo_golden.json"
DATASETS = HERE.parent.parent.parent / "shared" / "datasets"
PHOTO_RULES = ("family-photo", "geotag", "logo-misuse")
BASE_POLICY = "twins-trust-fcs"
PLATFORM_SIZES = [(1080, 1080), (1350, 1080), (900, 1200), (1536, 2048)]  # (height, width)
ACCOUNT = {"kind": "account", "id": "x:@golden_v", "platform": "x", "handle": "golden_v", "role": "personal",
           "bio": "FCS volunteer. Views my own.", "is_public": False}


def _post(n: int, paths: list[str]) -> dict:
    return {"kind": "post", "id": f"x:{7000000 + n}", "account_id": ACCOUNT["id"], "platform": "x",
            "created_at": "2026-10-03T17:45:00Z", "text": "Lovely afternoon with my FCS family",
            "media": [{"type": "photo", "path": p, "alt_text": None} for p in paths], "visibility": "friends"}


def _write_bundle(folder: Path, photos: list[list[str]]) -> Path:
    lines = [ACCOUNT] + [_post(i, paths) for i, paths in enumerate(photos)]
    bundle = folder / "bundle.jsonl"
    bundle.write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    return bundle


def _scene(i: int, logo: np.ndarray, size: tuple[int, int], with_logo: bool) -> np.ndarray:
    rng = np.random.default_rng(1000 + i)
    h, w = size
    scene = cv2.resize(photo(None, seed=1000 + i, size=(min(h, 1536), min(w, 2048))), (w, h))
    if not with_logo:
        return scene
    return paste_logo(scene, logo, width=int(w * rng.uniform(0.12, 0.45)), angle=float(rng.uniform(-180, 180)),
                      occlude=float(rng.uniform(0, 0.35)),
                      centre=(int(w * rng.uniform(0.3, 0.7)), int(h * rng.uniform(0.3, 0.7))))


def _gps_exif(lat: float, lon: float) -> Image.Exif:
    exif = Image.Exif()
    def dms(v: float) -> tuple:
        v = abs(v)
        return (float(int(v)), float(int(v * 60) % 60), round(v * 3600 % 60, 2))
    exif[0x8825] = {1: "N" if lat >= 0 else "S", 2: dms(lat), 3: "E" if lon >= 0 else "W", 4: dms(lon)}
    return exif


def synthetic_bundle(folder: Path) -> Path:
    """Generated photos: the platform sizes with and without the logo, and the awkward cases
    (a camera original, a small photo, PNG, grey, EXIF GPS and rotation, a corrupt file, two photos)."""
    logo = cv2.imread(load_policy(BASE_POLICY).organisation["logos"][0])
    (folder / "media").mkdir(parents=True, exist_ok=True)
    photos: list[list[str]] = []

    def save(name: str, img: np.ndarray, **pil) -> str:
        path = folder / "media" / name
        if pil or name.endswith(".png"):
            Image.fromarray(img[:, :, ::-1] if img.ndim == 3 else img).save(path, **({"quality": 90} if name.endswith(".jpg") else {}), **pil)
        else:
            cv2.imwrite(str(path), img, [cv2.IMWRITE_JPEG_QUALITY, 90])
        return f"media/{name}"

    for i in range(16):
        photos.append([save(f"s{i:02d}.jpg", _scene(i, logo, PLATFORM_SIZES[i % 4], i % 3 == 0))])
    photos.append([save("phone-logo.jpg", _scene(20, logo, (3024, 4032), True))])
    photos.append([save("phone.jpg", _scene(21, logo, (4032, 3024), False))])
    photos.append([save("small-logo.jpg", _scene(22, logo, (300, 400), True))])
    photos.append([save("png-logo.png", _scene(23, logo, (900, 1200), True))])
    photos.append([save("grey-logo.jpg", cv2.cvtColor(_scene(24, logo, (1080, 1080), True), cv2.COLOR_BGR2GRAY))])
    photos.append([save("gps-logo.jpg", _scene(25, logo, (1080, 1350), True), exif=_gps_exif(51.5, -0.12))])
    rotated = Image.Exif()
    rotated[0x0112] = 6  # orientation: rotate 90 on display
    photos.append([save("rotated-logo.jpg", _scene(26, logo, (1080, 1350), True), exif=rotated)])
    (folder / "media" / "corrupt.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a jpeg")
    photos.append(["media/corrupt.jpg"])
    photos.append([save("two-a.jpg", _scene(27, logo, (1080, 1080), False)),
                   save("two-b.jpg", _scene(28, logo, (1350, 1080), True))])
    return _write_bundle(folder, photos)


def _reference_logos(flickr: Path, folder: Path) -> list[str]:
    """Each FlickrLogos brand's reference photo cropped to its box, written as a PNG."""
    boxes: dict[str, list[dict]] = defaultdict(list)
    for b in csv.DictReader((flickr / "annotations.csv").open(newline="")):
        boxes[b["file"]].append(b)
    out = []
    for row in csv.DictReader((flickr / "manifest.csv").open(newline="")):
        if row["role"] == "reference_logo":
            image = cv2.imread(str(flickr / row["file"]))
            b = boxes[row["file"]][0]
            x1, y1, x2, y2 = (int(b[k]) for k in ("x1", "y1", "x2", "y2"))
            path = folder / f"{row['brand'].lower()}-logo.png"
            cv2.imwrite(str(path), image[y1:y2 + 1, x1:x2 + 1])
            out.append(path.as_posix())
    return out


def dataset_photos(datasets: Path = DATASETS) -> list[Path]:
    """Every photo of the FlickrLogos-27 subset and the EXIF GPS set, in a fixed order ([] if absent)."""
    found = []
    for name in ("flickrlogos27-subset", "exif-gps-photos"):
        images = datasets / name / "images"
        if images.is_dir():
            found += sorted(images.glob("*.jpg"))
    return found


def dataset_bundle(folder: Path, datasets: Path = DATASETS) -> tuple[Path, Path] | None:
    """(bundle, policy file) for the dataset photos, under a policy whose logos are the four
    FlickrLogos brands' (cropped from their reference photos); None when the datasets are absent."""
    flickr = datasets / "flickrlogos27-subset"
    photos = dataset_photos(datasets)
    if not photos or not (flickr / "manifest.csv").is_file():
        return None
    (folder / "media").mkdir(parents=True, exist_ok=True)
    names = []
    for p in photos:
        copy = folder / "media" / f"{p.parent.parent.name}-{p.name}"
        shutil.copyfile(p, copy)  # a symbolic link out of the bundle's folder is refused
        names.append([f"media/{copy.name}"])
    logos = ", ".join(f'"{x}"' for x in _reference_logos(flickr, folder))
    policy = folder / "brands.toml"
    policy.write_text(f'extends = "{BASE_POLICY}"\n[organisation]\nlogos = [{logos}]\n')
    return _write_bundle(folder, names), policy


def verdicts(bundle: Path, policy: str, **options) -> dict[str, list[list]]:
    """{post id: [[rule, confidence to 2 places], ...]} for the photo rules, every post listed."""
    out: dict[str, list[list]] = {}
    for item in audit(open_input(str(bundle)), Prepared(load_policy(policy)), **options):
        if item.subject.id == ACCOUNT["id"]:
            continue
        out[item.subject.id] = sorted([f.rule, round(f.confidence, 2)] for f in item.findings
                                      if f.rule in PHOTO_RULES)
    return out


def current(datasets: Path = DATASETS, **options) -> dict[str, dict]:
    """The verdicts of today's code on both sets ('datasets' only when present)."""
    with tempfile.TemporaryDirectory() as tmp:
        got = {"synthetic": verdicts(synthetic_bundle(Path(tmp) / "synthetic"), BASE_POLICY, **options)}
        made = dataset_bundle(Path(tmp) / "datasets", datasets)
        if made:
            got["datasets"] = verdicts(made[0], str(made[1]), **options)
    return got


def main() -> int:
    ap = argparse.ArgumentParser(description="freeze or compare the photo rules' verdicts")
    ap.add_argument("--write", action="store_true", help=f"write {GOLDEN.name}")
    args = ap.parse_args()
    got = current()
    if args.write:
        GOLDEN.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n")
        print(f"wrote {GOLDEN} ({sum(len(v) for v in got.values())} posts)")
        return 0
    frozen = json.loads(GOLDEN.read_text())
    diff = [(k, p) for k in got for p in got[k] if frozen.get(k, {}).get(p) != got[k][p]]
    for k, p in diff:
        print(f"{k} {p}: frozen {frozen.get(k, {}).get(p)}, now {got[k][p]}")
    print(f"{len(diff)} of {sum(len(v) for v in got.values())} posts differ")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Do the photo decodes give the same pixels as before? `MediaInfo.grey` and `rgb_preview` now
read small colour JPEGs with OpenCV (auditors.mediainfo.opencv_jpeg) and share that decode;
this compares them, pixel for pixel, with the Pillow decode of git revision REF (default
main) on the dataset photos, the photos of a folder (e.g. a `bench/photos.py --keep` folder)
and generated files of every layout (sizes, chroma subsampling, progressive, grey, CMYK,
PNG), at several sizes.

    python bench/decode_same.py [--ref main] [--media DIR]
"""
from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
import auditors.mediainfo as new  # noqa: E402
from socialaudit.core.model import Media  # noqa: E402

SIZES = [(4032, 3024), (3024, 4032), (1001, 777), (777, 1001), (2049, 1537), (257, 193), (100, 66),
         (1025, 1023), (4000, 100), (513, 2049)]


def module_at(ref: str, folder: Path):
    """auditors/mediainfo.py as it is at git revision `ref`, imported under another name."""
    source = subprocess.run(["git", "-C", str(REPO), "show", f"{ref}:auditors/mediainfo.py"],
                            capture_output=True, check=True).stdout
    (folder / "mediainfo_ref.py").write_bytes(source)
    spec = importlib.util.spec_from_file_location("mediainfo_ref", folder / "mediainfo_ref.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["mediainfo_ref"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def generated(folder: Path) -> list[Path]:
    """Smooth random pictures in every file layout the decoders treat differently."""
    rng = np.random.default_rng(1)
    out = []
    for i, (w, h) in enumerate(SIZES):
        img = Image.fromarray((rng.random((h // 8 + 1, w // 8 + 1, 3)) * 255).astype(np.uint8))
        img = img.resize((w, h), Image.BICUBIC)
        for sub in (0, 1, 2):
            for progressive in (False, True):
                out.append(folder / f"s{i}-{sub}-{progressive}.jpg")
                img.save(out[-1], quality=85, subsampling=sub, progressive=progressive)
        for mode, name in (("L", f"g{i}.jpg"), ("CMYK", f"c{i}.jpg"), ("RGB", f"p{i}.png")):
            out.append(folder / name)
            img.convert(mode).save(out[-1])
    return out


def differences(old, path: Path) -> list[str]:
    """Each decode of `path` whose pixels differ between the two trees."""
    out = []
    for side in (480, 960, 1024, 2048):
        (a, a_whole), (b, b_whole) = old.decode_grey(path, side), new.decode_grey(path, side)
        if a_whole != b_whole or a.shape != b.shape or not np.array_equal(a, b):
            out.append(f"grey {path} at {side}")
    for side in (128, 256, 512):
        media = Media("photo", path.name, None)
        a = old.load_media(media, 0, path.parent).rgb_preview(side)
        for grey_first in (False, True):  # after a grey decode, a small photo's colour is reused
            info = new.load_media(media, 0, path.parent)
            if grey_first:
                info.grey(960)
            b = info.rgb_preview(side)
            if a.shape != b.shape or not np.array_equal(a, b):
                out.append(f"colour preview {path} at {side}" + (" after grey" if grey_first else ""))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", default="main")
    ap.add_argument("--media", type=Path, help="also every JPEG and PNG under this folder")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp())
    old = module_at(args.ref, folder)
    files = sorted((REPO.parent / "shared" / "datasets").glob("*/images/*.jpg")) + generated(folder)
    if args.media:
        files += sorted(p for p in args.media.rglob("*") if p.suffix.lower() in (".jpg", ".jpeg", ".png"))
    bad, fast = [], 0
    for path in files:
        bad += differences(old, path)
        with Image.open(path) as im:
            fast += new.opencv_jpeg(im, path) is not None
    print("\n".join(bad[:20]))
    print(f"{len(files)} files ({fast} read by OpenCV), {len(files) * 10} decodes compared with {args.ref}: "
          f"{len(bad)} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

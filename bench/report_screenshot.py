"""Render the monthly coordinator report in headless Chromium to a PNG
(docs/screenshots/report.png by default), from the demo's made-up data.

    python bench/report_screenshot.py [--output FILE] [--width 760]

Runs the demo job in a throwaway data folder, renders the report and prints the
figures: how long rendering took and the PNG's size. Needs Debian's chromium
(/usr/bin/chromium); installs it once with apt-get when it is missing.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def ensure_chromium() -> None:
    if Path("/usr/bin/chromium").exists() or shutil.which("chromium"):
        return
    print("chromium is missing: apt-get install chromium (once)", file=sys.stderr)
    subprocess.run(["apt-get", "update"], check=True)
    subprocess.run(["apt-get", "install", "-y", "chromium"], check=True)


def demo_report_html(data_dir: Path) -> str:
    os.environ["SOCIALAUDIT_DATA_DIR"] = str(data_dir)
    os.environ["SOCIALAUDIT_CONFIG"] = str(data_dir / "none.toml")
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "none.toml").write_text("")
    from socialaudit.app.demo.job import run_demo
    return run_demo(quiet=True).report_path.read_text(encoding="utf-8")


def crop_to_content(png: Path) -> tuple[int, int]:
    """Chromium shoots the whole window: trim the empty background below the report."""
    from PIL import Image, ImageChops
    img = Image.open(png).convert("RGB")
    bg = Image.new("RGB", img.size, img.getpixel((img.width - 1, img.height - 1)))
    box = ImageChops.difference(img, bg).getbbox()
    if box:
        img = img.crop((0, 0, img.width, min(img.height, box[3] + 24)))
    img.save(png, optimize=True)
    return img.size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots" / "report.png")
    ap.add_argument("--width", type=int, default=760)
    args = ap.parse_args()
    ensure_chromium()
    from reports.browser import html_to_png
    with tempfile.TemporaryDirectory(prefix="socialaudit-shot-") as tmp:
        html = demo_report_html(Path(tmp) / "data")
        started = time.perf_counter()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        html_to_png(html, args.output, width=args.width, height=4000)
        seconds = time.perf_counter() - started
    w, h = crop_to_content(args.output)
    print(f"screenshot: {args.output} ({w}x{h} px, {args.output.stat().st_size // 1024} KiB), "
          f"chromium {seconds:.1f}s")


if __name__ == "__main__":
    main()

"""Headless Chromium for the two things a browser does better than we could: a PDF
of a report (`socialaudit report --format pdf`) and a screenshot (bench/). The
browser is never needed for the job itself or for email."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from reports.items import ReportError

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def find_chromium() -> str:
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    raise ReportError("a PDF needs the Chromium browser, which is not installed "
                      "(Debian/Ubuntu: apt-get install chromium); or use --format html")


def _run(args: list[str], html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="socialaudit-chromium-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        cmd = [find_chromium(), *FLAGS, f"--user-data-dir={tmp}/profile", *args, page.as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            raise ReportError("Chromium did not finish within two minutes") from None
    if proc.returncode != 0 or not out.exists():
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise ReportError(f"Chromium could not render the report ({last[:200]})")


def html_to_pdf(html: str, out: Path) -> Path:
    out = Path(out).resolve()
    out.unlink(missing_ok=True)
    _run([f"--print-to-pdf={out}", "--no-pdf-header-footer"], html, out)
    return out


def html_to_png(html: str, out: Path, width: int = 800, height: int = 2400) -> Path:
    out = Path(out).resolve()
    out.unlink(missing_ok=True)
    _run([f"--screenshot={out}", f"--window-size={width},{height}"], html, out)
    return out

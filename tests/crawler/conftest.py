"""Fixtures for the archive importer tests: real export samples and export builders."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Callable

import pytest

REAL = Path(__file__).resolve().parents[3] / "shared" / "real-formats"

Files = dict[str, "bytes | str | Path"]


@pytest.fixture
def real_formats() -> Path:
    """../shared/real-formats, or a skip saying why."""
    if not REAL.is_dir():
        pytest.skip(f"real export samples not available ({REAL} is absent)")
    return REAL


def _bytes(content: "bytes | str | Path") -> bytes:
    if isinstance(content, Path):
        return content.read_bytes()
    return content.encode("utf-8") if isinstance(content, str) else content


@pytest.fixture(params=["zip", "folder"])
def export_kind(request) -> str:
    """Run a test on both shapes an export arrives in."""
    return request.param


@pytest.fixture
def make_export(tmp_path: Path) -> Callable[..., Path]:
    """make_export({"data/tweets.js": ..., ...}, kind="zip"|"folder", name=...) -> its path."""
    counter = iter(range(10_000))

    def build(files: Files, kind: str = "zip", name: str | None = None) -> Path:
        name = name or f"export{next(counter)}"
        if kind == "folder":
            root = tmp_path / name
            for rel, content in files.items():
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / rel).write_bytes(_bytes(content))
            return root
        path = tmp_path / f"{name}.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for rel, content in files.items():
                zf.writestr(rel, _bytes(content))
        return path

    return build


def jpeg(gps: tuple[float, float] | None = None, size: tuple[int, int] = (32, 24)) -> bytes:
    """A small real JPEG, optionally with EXIF GPS at (lat, lon)."""
    from PIL import Image
    im = Image.new("RGB", size, (120, 160, 200))
    exif = Image.Exif()
    if gps is not None:
        def dms(v: float) -> tuple:
            v = abs(v)
            d, m = int(v), int((v - int(v)) * 60)
            return (d, m, round(((v - d) * 60 - m) * 60, 4))
        exif[0x8825] = {1: "N" if gps[0] >= 0 else "S", 2: dms(gps[0]), 3: "E" if gps[1] >= 0 else "W", 4: dms(gps[1])}
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


@pytest.fixture
def make_jpeg() -> Callable[..., bytes]:
    return jpeg

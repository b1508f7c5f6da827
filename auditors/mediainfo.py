"""Media facts the auditors need, read once per file by the pipeline.

Auditors never open files: `check()` gets a `MediaInfo` with the GPS block
already parsed and the decoded image available on demand.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from socialaudit.core.model import Media

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".tif", ".tiff", ".gif", ""}
GPS_IFD = 0x8825
MAX_IMAGE_PIXELS = 80_000_000


@dataclass
class GPSInfo:
    """What the EXIF GPS block holds. `present` with no coordinates is possible."""
    present: bool
    lat: float | None = None
    lon: float | None = None

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class MediaInfo:
    media: Media
    index: int
    path: Path | None
    exists: bool
    gps: GPSInfo = field(default_factory=lambda: GPSInfo(False))
    error: str | None = None
    _pixels: Any = None

    @property
    def is_image(self) -> bool:
        return self.exists and self.media.type in ("photo", "image", "gif") and self.error is None

    def pixels(self):
        """The image as a BGR numpy array (decoded on first use), or None."""
        if self._pixels is None and self.is_image:
            try:
                with Image.open(self.path) as im:
                    im.draft("RGB", (1024, 1024))
                    im = im.convert("RGB")
                    im.thumbnail((1024, 1024))
                    self._pixels = np.asarray(im)[:, :, ::-1].copy()
            except Exception as e:  # unreadable image: the rule sees no pixels
                self.error = f"cannot decode image ({type(e).__name__})"
                self._pixels = None
        return self._pixels


def _ratio(v: Any) -> float:
    if isinstance(v, tuple) and len(v) == 2:
        return float(Fraction(v[0], v[1])) if v[1] else 0.0
    return float(v)


def _dms(values: Any, ref: Any, negative: str) -> float | None:
    # The standard is three rationals (d, m, s); some writers store one decimal-degree value
    # or two (d, m), and cameras without a fix for a part write 0/0 (Pillow: nan) there.
    parts = list(values) if isinstance(values, (tuple, list)) else [values]
    if not 1 <= len(parts) <= 3:
        return None
    try:
        d, m, s = ([_ratio(x) for x in parts] + [0.0, 0.0])[:3]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if d != d:  # degrees 0/0: no position
        return None
    deg = d + (m if m == m else 0.0) / 60 + (s if s == s else 0.0) / 3600
    if isinstance(ref, bytes):
        ref = ref.decode(errors="ignore")
    if isinstance(ref, str) and ref.strip().upper().startswith(negative):
        deg = -deg
    return deg


def read_gps(path: Path) -> GPSInfo:
    """Read the EXIF GPS block with Pillow. An empty block is `present` without coordinates."""
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    with Image.open(path) as im:
        exif = im.getexif()
        if GPS_IFD not in exif:
            return GPSInfo(False)
        gps = exif.get_ifd(GPS_IFD)
    if not gps:
        return GPSInfo(True)
    lat = _dms(gps[2], gps.get(1), "S") if 2 in gps else None
    lon = _dms(gps[4], gps.get(3), "W") if 4 in gps else None
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return GPSInfo(True)
    if lat == 0.0 and lon == 0.0:
        return GPSInfo(True)  # a zeroed block is a camera placeholder, not a place
    return GPSInfo(True, lat, lon)


def load_media(media: Media, index: int, root: Path | None) -> MediaInfo:
    """Resolve a media path inside the source's folder (never outside it) and read its metadata once."""
    if not media.path:
        return MediaInfo(media, index, None, False)
    p = media.file_in(root)
    if p is None:
        return MediaInfo(media, index, None, False, error="media path outside the bundle's folder")
    if not p.is_file():
        return MediaInfo(media, index, p, False, error="media file not found")
    info = MediaInfo(media, index, p, True)
    if media.type in ("photo", "image") or p.suffix.lower() in IMAGE_SUFFIXES:
        try:
            info.gps = read_gps(p)
        except Exception as e:  # a corrupt photo is reported, never fatal
            info.error = f"cannot read image metadata ({type(e).__name__})"
    return info

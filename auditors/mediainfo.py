"""Media facts the auditors need, read once per file by the pipeline.

Auditors never open files: `check()` gets a `MediaInfo` with the GPS block
already parsed (from the EXIF header, without decoding the pixels) and the image
available on demand. Every photo rule looks at grey pixels (the logo matcher's
features, the face detector), so `grey(long_side)` decodes each photo once, in
grey and at the smallest JPEG scale that still covers the largest size asked
for (draft mode), and keeps each downscaled size for the other rules of the post.
A small colour JPEG is decoded whole, in colour, by OpenCV (`opencv_jpeg`: the same
libjpeg-turbo pixels as Pillow's, for less CPU); its grey is made from that decode as Pillow
makes it, and the colour pixels are kept for the logo matcher's colour check.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from auditors.opencv import cv2
from socialaudit.core.model import Media

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".tif", ".tiff", ".gif", ""}
GPS_IFD = 0x8825
MAX_IMAGE_PIXELS = 80_000_000
DECODE_SIDE = 1024  # a photo is decoded with its long side at least this (or whole): every rule's size fits


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
    _rgb: Any = field(default=None, repr=False)
    _grey: dict[int, Any] = field(default_factory=dict, repr=False)  # long side -> grey image (or None)
    _previews: dict[int, Any] = field(default_factory=dict, repr=False)  # long side -> reduced RGB decode
    _base: Any = field(default=None, repr=False)  # the decoded grey image the sizes are made from
    _base_whole: bool = field(default=False, repr=False)  # decoded at full size (no JPEG draft scaling)
    _whole_colour: Any = field(default=None, repr=False)  # the full-size RGB the grey was made from, if kept

    @property
    def is_image(self) -> bool:
        return self.exists and self.media.type in ("photo", "image", "gif") and self.error is None

    def pixels(self):
        """The image as a BGR numpy array (decoded on first use), or None."""
        if self._pixels is None:
            rgb = self.rgb()
            self._pixels = None if rgb is None else cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
        return self._pixels

    def rgb(self) -> np.ndarray | None:
        """The image in colour (RGB) with its long side at most DECODE_SIDE, or None. The face
        detector looks at exactly these pixels, as it always has: its decisions do not move."""
        if self._rgb is None and self.is_image:
            try:
                self._rgb = decode_rgb(self.path)
            except Exception as e:  # unreadable image: the rule sees no pixels
                self.error = f"cannot decode image ({type(e).__name__})"
        return self._rgb

    def rgb_preview(self, long_side: int) -> np.ndarray | None:
        """The image in colour (RGB) with its long side at least `long_side` where the file is
        that large: the full `rgb()` when another rule has decoded it already, else a cheap
        reduced-scale JPEG decode (the logo matcher's colour check needs no more). None when
        there is no readable image. Decoded once per size (the logo rule's colour and shape
        checks both look)."""
        if self._rgb is not None or not self.is_image:
            return self._rgb
        kept = self._whole_colour
        if kept is not None and draft_scale(kept.shape[1::-1], _long_side(kept.shape[1::-1], long_side)) == 1:
            return kept  # the grey decode read these very pixels: a small photo decodes whole either way
        if long_side not in self._previews:
            self._previews[long_side] = self._decode_preview(long_side)
        return self._previews[long_side]

    def _decode_preview(self, long_side: int) -> np.ndarray | None:
        try:
            Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
            with Image.open(self.path) as im:  # type: ignore[arg-type]
                request = _long_side(im.size, long_side)
                fast = opencv_jpeg(im, self.path, request)
                if fast is not None:
                    return fast
                im.draft("RGB", request)
                return np.asarray(im if im.mode == "RGB" else im.convert("RGB"))
        except Exception as e:  # unreadable image: the rule sees no pixels
            self.error = f"cannot decode image ({type(e).__name__})"
            return None

    def grey(self, long_side: int) -> np.ndarray | None:
        """The image as 8-bit grey, downscaled (never enlarged) to a long side of at most
        `long_side`; None when there is no readable image. Decoded once per media item."""
        if not self.is_image:
            return None
        if long_side not in self._grey:
            base = self._decoded(long_side)
            self._grey[long_side] = None if base is None else shrink(base, long_side)
        return self._grey[long_side]

    def _decoded(self, long_side: int) -> np.ndarray | None:
        base = self._base
        if base is None or not (self._base_whole or max(base.shape) >= long_side):
            try:
                self._base, self._base_whole, self._whole_colour = decode_grey_and_colour(
                    self.path, max(long_side, DECODE_SIDE))
            except Exception as e:  # unreadable image: the rule sees no pixels
                self.error, self._base = f"cannot decode image ({type(e).__name__})", None
        return self._base


def decode_rgb(path: Path | None) -> np.ndarray:
    """Decode in colour to fit DECODE_SIDE: the JPEG scale that keeps both sides at least
    DECODE_SIDE, then a bicubic thumbnail (Pillow's `thumbnail`)."""
    with Image.open(path) as im:  # type: ignore[arg-type]
        im.draft("RGB", (DECODE_SIDE, DECODE_SIDE))
        im.load()  # the draft is fixed now: the thumbnail's own draft request is a no-op
        im = im if im.mode == "RGB" else im.convert("RGB")
        im.thumbnail((DECODE_SIDE, DECODE_SIDE))
        return np.asarray(im)


def _long_side(size: tuple[int, int], long_side: int) -> tuple[int, int]:
    """A draft request that only asks the long side of an image of `size` to be `long_side`."""
    return (long_side, 1) if size[0] >= size[1] else (1, long_side)


def decode_grey(path: Path | None, long_side: int) -> tuple[np.ndarray, bool]:
    """Decode an image file in grey; a JPEG larger than `long_side` is decoded at a reduced
    DCT scale that still covers it. Returns the pixels and whether they are at full size."""
    grey, whole, _ = decode_grey_and_colour(path, long_side)
    return grey, whole


def decode_grey_and_colour(path: Path | None, long_side: int) -> tuple[np.ndarray, bool, np.ndarray | None]:
    """`decode_grey`, and the colour pixels the grey was made from when a colour JPEG is decoded
    whole (Pillow then decodes in colour and converts to grey itself): `rgb_preview` of a small
    photo is that same decode, so the colour check need not decode the file again."""
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    with Image.open(path) as im:  # type: ignore[arg-type]
        w, h = im.size
        request = None
        if max(w, h) > long_side:  # only a JPEG (or a phone's MPO) can decode at a reduced scale
            s = long_side / max(w, h)
            request = (max(1, math.ceil(w * s)), max(1, math.ceil(h * s)))
        colour = None if request else opencv_jpeg(im, path)
        if colour is not None:  # Pillow's own conversion to grey, as on its own decode
            return np.asarray(Image.fromarray(colour).convert("L")), True, colour
        if request:
            im.draft("L", request)
        whole = im.size == (w, h)
        return np.asarray(im if im.mode == "L" else im.convert("L")), whole, None


def draft_scale(size: tuple[int, int], request: tuple[int, int] | None) -> int:
    """The DCT scale (1, 2, 4 or 8) Pillow's JPEG `draft` picks for a requested size: the
    largest that keeps both sides at least the request."""
    if not request:
        return 1
    fits = min(size[0] // request[0], size[1] // request[1])
    return next((s for s in (8, 4, 2) if fits >= s), 1)


def opencv_jpeg(im: Image.Image, path: Path | None, request: tuple[int, int] | None = None) -> np.ndarray | None:
    """A plain colour JPEG's RGB pixels exactly as Pillow's decode (with `draft("RGB", request)`)
    gives them, read by OpenCV instead when that decode is at full size: the same libjpeg-turbo
    decode without Pillow's copy of every row through its raw encoder, a third less CPU on a
    small photo. None for anything else (CMYK, grey, not a JPEG, an odd layout, or a reduced
    DCT scale, where decoding the whole file costs the same either way): Pillow decodes it."""
    if im.format != "JPEG" or im.mode != "RGB" or len(im.tile) != 1 or draft_scale(im.size, request) > 1:
        return None
    bgr = cv2.imread(str(path), cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION)  # Pillow does not turn it
    if bgr is None or bgr.shape[:2] != im.size[::-1]:
        return None
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)


def shrink(grey: np.ndarray, long_side: int) -> np.ndarray:
    """`grey` with its long side brought down to `long_side` by area averaging (as the
    logo matcher would do itself), or unchanged when it is no larger."""
    side = max(grey.shape[:2])
    if side <= long_side:
        return grey
    scale = long_side / side
    return cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


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

"""Generated photos for tests and benchmarks: a logo pasted into a busy scene.

Every photo is drawn from a seeded random generator, so a test or a benchmark
run sees the same pixels each time. No image is downloaded.
"""
from __future__ import annotations

import numpy as np

from auditors.opencv import cv2


def busy_background(height: int, width: int, rng: np.random.Generator, shapes: int = 60) -> np.ndarray:
    """Noise, gradients, random rectangles, circles, lines and text: plenty of false corners."""
    base = rng.integers(0, 256, size=3).astype(np.float32)
    grad = np.linspace(0, 1, width, dtype=np.float32)[None, :, None]
    img = (base * (0.5 + 0.5 * grad)).repeat(height, axis=0).astype(np.uint8)
    for _ in range(shapes):
        colour = tuple(int(c) for c in rng.integers(0, 256, size=3))
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        kind = rng.integers(0, 4)
        if kind == 0:
            cv2.rectangle(img, (x, y), (x + int(rng.integers(10, width // 4)),
                                        y + int(rng.integers(10, height // 4))), colour, -1)
        elif kind == 1:
            cv2.circle(img, (x, y), int(rng.integers(5, min(height, width) // 8)), colour, -1)
        elif kind == 2:
            cv2.line(img, (x, y), (int(rng.integers(0, width)), int(rng.integers(0, height))), colour,
                     int(rng.integers(1, 6)))
        else:
            cv2.putText(img, "".join(chr(int(c)) for c in rng.integers(65, 91, size=5)), (x, y),
                        cv2.FONT_HERSHEY_SIMPLEX, float(rng.uniform(0.5, 2.0)), colour, 2)
    noise = rng.normal(0, 12, size=img.shape)
    return np.clip(img + noise, 0, 255).astype(np.uint8)


def _cut_out(logo: np.ndarray) -> np.ndarray:
    """Mask of the artwork: everything except near-white regions touching the image border."""
    light = (logo.min(axis=2) >= 235).astype(np.uint8)
    flood = np.zeros((logo.shape[0] + 2, logo.shape[1] + 2), np.uint8)
    outside = light.copy()
    h, w = light.shape
    for x, y in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)):
        if outside[y, x] == 1:
            cv2.floodFill(outside, flood, (x, y), 2)
    return np.where(outside == 2, 0, 255).astype(np.uint8)


def paste_logo(scene: np.ndarray, logo: np.ndarray, *, width: int, angle: float = 0.0,
               centre: tuple[int, int] | None = None, occlude: float = 0.0,
               keep_background: bool = False) -> np.ndarray:
    """Paste `logo` (BGR) scaled to `width` px, rotated by `angle` degrees, at `centre`.

    The near-white background around the artwork is cut away (a die-cut
    sticker, a print on a t-shirt) unless `keep_background` (a square label);
    `occlude` covers that share of the logo's width with a grey bar (a hand, a
    lamp post), from the right-hand side.
    """
    out = scene.copy()
    h, w = scene.shape[:2]
    scale = width / logo.shape[1]
    small = cv2.resize(logo, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    mask = np.full(small.shape[:2], 255, np.uint8) if keep_background else _cut_out(small)
    diag = int(np.hypot(*small.shape[:2])) + 2
    canvas, cmask = np.zeros((diag, diag, 3), np.uint8), np.zeros((diag, diag), np.uint8)
    oy, ox = (diag - small.shape[0]) // 2, (diag - small.shape[1]) // 2
    canvas[oy:oy + small.shape[0], ox:ox + small.shape[1]] = small
    cmask[oy:oy + small.shape[0], ox:ox + small.shape[1]] = mask
    if occlude > 0:
        cmask[:, ox + int(small.shape[1] * (1 - occlude)):] = 0
    rot = cv2.getRotationMatrix2D((diag / 2, diag / 2), angle, 1.0)
    canvas = cv2.warpAffine(canvas, rot, (diag, diag))
    cmask = cv2.warpAffine(cmask, rot, (diag, diag))
    cx, cy = centre or (w // 2, h // 2)
    x0, y0 = cx - diag // 2, cy - diag // 2
    sx0, sy0, sx1, sy1 = max(0, -x0), max(0, -y0), min(diag, w - x0), min(diag, h - y0)
    region = out[y0 + sy0:y0 + sy1, x0 + sx0:x0 + sx1]
    sel = cmask[sy0:sy1, sx0:sx1] > 127
    region[sel] = canvas[sy0:sy1, sx0:sx1][sel]
    return out


def photo(logo: np.ndarray | None, seed: int, size: tuple[int, int] = (960, 1280), **paste) -> np.ndarray:
    """A busy scene of `size` (height, width), with `logo` pasted when given."""
    rng = np.random.default_rng(seed)
    scene = busy_background(size[0], size[1], rng)
    return paste_logo(scene, logo, **paste) if logo is not None else scene


def degrade(image: np.ndarray, *, tilt: float = 0.0, blur: float = 0.0, jpeg: int = 0,
            light: float = 1.0) -> np.ndarray:
    """A photo as a phone takes it: seen at an angle (`tilt`, the share by which the far side
    shrinks), out of focus (Gaussian `blur` sigma, px), darker or brighter (`light` times the
    pixel values) and saved as a JPEG of quality `jpeg` (0 = not saved)."""
    out = image
    if tilt:
        h, w = out.shape[:2]
        d = tilt * h / 2
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        dst = np.float32([[0, 0], [w, d], [w, h - d], [0, h]])
        out = cv2.warpPerspective(out, cv2.getPerspectiveTransform(src, dst), (w, h),
                                  borderMode=cv2.BORDER_REPLICATE)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    if light != 1.0:
        out = np.clip(out.astype(np.float32) * light, 0, 255).astype(np.uint8)
    if jpeg:
        ok, data = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, jpeg])
        out = cv2.imdecode(data, cv2.IMREAD_COLOR)
    return out


def wordmark_logo(colours: tuple[tuple[int, int, int], tuple[int, int, int]] = ((0, 204, 255), (30, 30, 215)),
                  text: str = "KLX", size: tuple[int, int] = (120, 420)) -> np.ndarray:
    """A two-colour test logo: `text` in heavy slanted letters of the second colour, with speed
    stripes, on a band of the first (BGR) colour."""
    h, w = size
    img = np.full((h, w, 3), colours[0], np.uint8)
    letters = np.zeros((h, w), np.uint8)
    cv2.putText(letters, text, (int(w * 0.2), int(h * 0.78)), cv2.FONT_HERSHEY_DUPLEX, h / 34, 255,
                max(3, h // 7))
    shear = np.float32([[1, -0.25, h * 0.2], [0, 1, 0]])
    letters = cv2.warpAffine(letters, shear, (w, h))
    for i in range(3):
        y = int(h * (0.45 + 0.12 * i))
        cv2.rectangle(letters, (int(w * 0.02), y), (int(w * 0.17), y + max(2, h // 24)), 255, -1)
        cv2.rectangle(letters, (int(w * 0.83), y), (int(w * 0.98), y + max(2, h // 24)), 255, -1)
    img[letters > 127] = colours[1]
    return img

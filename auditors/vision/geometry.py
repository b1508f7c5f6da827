"""Sanity checks on a homography that claims "the logo is here".

RANSAC will always fit *some* homography to a handful of chance matches; a
real logo maps to a convex, unmirrored quadrilateral of sensible size and
shape, and its inliers cover a real part of the artwork rather than one
repeated corner.
"""
from __future__ import annotations

import numpy as np

from auditors.opencv import cv2

MAX_ANISOTROPY = 5.0     # longest/shortest side ratio change a real view produces
MAX_PERSPECTIVE = 0.004  # |h31|, |h32| bound on the reference's working scale


def project(h: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """Where the reference outline lands in the photo."""
    return cv2.perspectiveTransform(corners.reshape(-1, 1, 2), h).reshape(-1, 2)


def is_convex(quad: np.ndarray) -> bool:
    """A convex quadrilateral, traversed in the same (unmirrored) direction as the reference."""
    crosses = []
    for i in range(4):
        a, b, c = quad[i], quad[(i + 1) % 4], quad[(i + 2) % 4]
        crosses.append((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]))
    return all(c > 0 for c in crosses)


def side_ratio(quad: np.ndarray, ref: np.ndarray) -> float:
    """How much the logo's proportions changed (1 = same shape)."""
    def sides(q: np.ndarray) -> np.ndarray:
        return np.linalg.norm(q - np.roll(q, -1, axis=0), axis=1)
    s = sides(quad) / np.maximum(sides(ref), 1e-6)
    return float(s.max() / max(s.min(), 1e-6))


def plausible(h: np.ndarray | None, corners: np.ndarray, image_shape: tuple[int, ...],
              min_side: float) -> str:
    """'' when the homography is a believable view of the logo, else why not."""
    if h is None or not np.all(np.isfinite(h)):
        return "no homography"
    if abs(h[2, 0]) > MAX_PERSPECTIVE or abs(h[2, 1]) > MAX_PERSPECTIVE:
        return "extreme perspective"
    quad = project(h, corners)
    if not is_convex(quad):
        return "outline folds over or is mirrored"
    if side_ratio(quad, corners) > MAX_ANISOTROPY:
        return "outline squashed"
    area = cv2.contourArea(quad.astype(np.float32))
    img_area = image_shape[0] * image_shape[1]
    if area < min_side * min_side:
        return "outline too small"
    if area > 4 * img_area:
        return "outline far larger than the photo"
    return ""


def coverage(points: np.ndarray, corners: np.ndarray) -> float:
    """Share of the reference artwork spanned by the inlier keypoints (convex hull)."""
    if len(points) < 3:
        return 0.0
    hull = cv2.convexHull(points.astype(np.float32))
    ref_area = cv2.contourArea(corners.astype(np.float32))
    return float(cv2.contourArea(hull) / ref_area) if ref_area else 0.0

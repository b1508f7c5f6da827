"""Reference logos: read once per policy, turned into keypoints and descriptors.

A logo file may be tiny (a 150 px icon) or large, may have transparency, and
its artwork often touches the edge. ORB ignores a margin of `edge` pixels, so
the logo is resized to a working size and padded with its own background
colour; otherwise corner features at the border would be lost.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from auditors.opencv import cv2

REFERENCE_SIDE = 400     # working size of the longest side, px
REFERENCE_LEVELS = 12    # deep pyramid: the logo may appear at 1/10 of this size
EDGE = 31                # ORB's edgeThreshold and patch size
FINE_SIDE = 300          # working size for SIFT, which doubles it again internally
FINE_CONTRAST = 0.04     # SIFT's contrast threshold (OpenCV's default)


@dataclass(frozen=True)
class ReferenceLogo:
    """One logo image's features, in the coordinates of its padded working copy."""
    name: str
    points: np.ndarray        # (n, 2) float32 keypoint positions
    descriptors: np.ndarray   # (n, 32) uint8 ORB descriptors
    corners: np.ndarray       # (4, 2) float32 outline of the artwork (without padding)
    grey: np.ndarray | None = field(default=None, repr=False)  # the logo as read, for `fine`

    @cached_property
    def fine(self) -> tuple[np.ndarray, np.ndarray] | None:
        """SIFT points (in the same frame as `points`) and RootSIFT descriptors, or None.
        Computed at first use: most photos never need them (see `LogoIndex._fine_find`)."""
        if self.grey is None:
            return None
        image, fine_corners = _working_copy(self.grey, FINE_SIDE)
        found = fine_features(image)
        if found is None:
            return None
        scale = (self.corners[2] - self.corners[0]) / (fine_corners[2] - fine_corners[0])
        return (found[0] - fine_corners[0]) * scale + self.corners[0], found[1]

    @cached_property
    def hamming_words(self) -> np.ndarray | None:
        """Each 256-bit descriptor as four 64-bit words, word-major (4, n), for the numpy
        Hamming search (`matcher.two_nearest_hamming`); None when that search cannot take them."""
        if len(self.descriptors) < 2 or self.descriptors.shape[1] != 32:
            return None
        return np.ascontiguousarray(self.descriptors.view(np.uint64).T)

    @property
    def size(self) -> tuple[float, float]:
        (x0, y0), (x1, y1) = self.corners[0], self.corners[2]
        return float(x1 - x0), float(y1 - y0)


def _read(path: Path) -> np.ndarray:
    """The image as 8-bit grey; transparent parts become white."""
    img = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    if img is None:
        raise ValueError(f"cannot read logo image: {path.name}")
    if img.ndim == 2:
        return img
    if img.shape[2] == 4:
        alpha = img[:, :, 3:4].astype(np.float32) / 255.0
        img = (img[:, :, :3] * alpha + 255 * (1 - alpha)).astype(np.uint8)
    return cv2.cvtColor(img[:, :, :3], cv2.COLOR_BGR2GRAY)


def _working_copy(grey: np.ndarray, side: int) -> tuple[np.ndarray, np.ndarray]:
    """Resize to `side` on the long edge and pad; return the image and the artwork's corners."""
    h, w = grey.shape
    scale = side / max(h, w)
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    grey = cv2.resize(grey, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=interp)
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    pad = EDGE + 8
    out = cv2.copyMakeBorder(grey, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=int(np.median(border)))
    h, w = grey.shape
    corners = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    return out, corners


def root_sift(descriptors: np.ndarray) -> np.ndarray:
    """RootSIFT (Arandjelovic & Zisserman 2012): L1-normalise, then square-root, so that
    Euclidean distance compares histograms by the Hellinger kernel; a few bright edges
    then no longer dominate a descriptor, which helps under glare and blur."""
    d = descriptors / (np.abs(descriptors).sum(axis=1, keepdims=True) + 1e-7)
    return np.sqrt(d).astype(np.float32)


def fine_features(grey: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """SIFT keypoints (positions, RootSIFT descriptors) of a grey image, or None if it has none.
    SIFT doubles the image before its first octave, so a small logo keeps its detail."""
    keypoints, descriptors = cv2.SIFT_create(contrastThreshold=FINE_CONTRAST).detectAndCompute(grey, None)
    if descriptors is None or len(keypoints) == 0:
        return None
    return cv2.KeyPoint_convert(keypoints), root_sift(descriptors)


def load_reference(path: str | Path, features: int = 700) -> ReferenceLogo:
    """Read a logo image and compute its ORB features (SIFT ones wait for `fine`). Raises
    ValueError if unusable."""
    path = Path(path)
    grey = _read(path)
    image, corners = _working_copy(grey, REFERENCE_SIDE)
    orb = cv2.ORB_create(nfeatures=features, scaleFactor=1.2, nlevels=REFERENCE_LEVELS,
                         edgeThreshold=EDGE, patchSize=EDGE, fastThreshold=10)
    keypoints, descriptors = orb.detectAndCompute(image, None)
    if descriptors is None or len(keypoints) < 8:
        raise ValueError(f"logo image has too little detail to match: {path.name}")
    points = np.float32([k.pt for k in keypoints])
    return ReferenceLogo(path.name, points, descriptors, corners, grey)

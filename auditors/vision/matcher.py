"""Match a photo against a policy's reference logos.

Costs are bounded per photo: the photo is downscaled to `max_side`, ORB keeps
at most `features` keypoints, RANSAC runs a fixed number of iterations, and
references after the first are skipped once `time_budget` seconds have gone (the first is
always tried, so a policy with one logo gets the same verdict on a busy machine as on an idle one).
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np

from auditors.opencv import cv2
from auditors.vision import geometry
from auditors.vision.reference import EDGE, ReferenceLogo, fine_features, load_reference


@dataclass(frozen=True)
class MatchSettings:
    """Thresholds for calling a logo present; the pack may tune each one."""
    max_side: int = 960          # photos are downscaled to this long side first
    min_side: int = 640          # small photos are upscaled to this, so small logos keep detail
    features: int = 1500         # ORB keypoints kept per photo
    ratio: float = 0.8           # Lowe's ratio test
    min_inliers: int = 10        # RANSAC inliers needed
    min_inlier_ratio: float = 0.45   # inliers / ratio-test matches
    min_coverage: float = 0.08   # share of the logo's area the inliers must span
    min_logo_px: float = 20.0    # smallest believable logo side in the photo
    reproj_px: float = 6.0       # RANSAC reprojection threshold
    time_budget: float = 0.5     # seconds per photo, across references
    fine: bool = False           # when ORB fails, try SIFT (finds small or soft logos; ~3x the cost)
    fine_side: int = 400         # photo's long side for SIFT (never enlarged: SIFT doubles it itself)
    fine_min_inliers: int = 9    # RANSAC inliers needed from SIFT matches


@dataclass
class LogoMatch:
    """A verified sighting of a reference logo in a photo."""
    logo: str
    inliers: int
    matches: int
    coverage: float
    outline: np.ndarray = field(repr=False)  # (4, 2) corners in the photo's original pixels

    @property
    def inlier_ratio(self) -> float:
        return self.inliers / self.matches if self.matches else 0.0

    @property
    def confidence(self) -> float:
        """0.6 at the threshold, rising towards 0.98 with more inliers and coverage."""
        return min(0.98, 0.55 + 0.01 * self.inliers + 0.3 * self.coverage)

    def explain(self) -> str:
        return (f"logo '{self.logo}' matched: {self.inliers} RANSAC inliers of {self.matches} "
                f"matches ({self.inlier_ratio:.0%}), covering {self.coverage:.0%} of the logo")


RANSAC_CONFIDENCE = 0.995


def _ransac_iterations(s: MatchSettings) -> int:
    """Enough 4-point samples to find an all-inlier one when inliers are at least
    `min_inlier_ratio` of the matches; a lower share is rejected anyway, so more
    iterations would only spend time on photos without the logo."""
    p_good = max(s.min_inlier_ratio, 0.2) ** 4
    return max(50, math.ceil(math.log(1 - RANSAC_CONFIDENCE) / math.log(1 - p_good)))


def _prepare(bgr: np.ndarray, s: MatchSettings) -> tuple[np.ndarray, float]:
    """Grey, resized so the long side is within [min_side, max_side]; return it and the scale."""
    grey = bgr if bgr.ndim == 2 else cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    long_side = max(grey.shape[:2])
    scale = 1.0
    if long_side > s.max_side:
        scale = s.max_side / long_side
    elif long_side < s.min_side:
        scale = s.min_side / long_side
    if scale != 1.0:
        interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=interp)
    return grey, scale


def one_per_reference(query: np.ndarray, train: np.ndarray, distance: np.ndarray
                      ) -> tuple[np.ndarray, np.ndarray]:
    """Of the matches (query[i] -> train[i] at distance[i], query ascending), keep for each
    reference point the closest photo point (the first one on a tie), listed in the order
    the reference points are first reached: many photo points on one reference point is
    the signature of a repeated texture. (The order matters: RANSAC samples by position.)"""
    order = np.lexsort((query, distance, train))  # by reference point, distance, photo point
    by_train = train[order]
    head = np.ones(len(order), bool)
    head[1:] = by_train[1:] != by_train[:-1]
    _, first = np.unique(train, return_index=True)  # aligned with by_train[head]: both sorted
    reached = np.argsort(first, kind="stable")
    return query[order][head][reached], by_train[head][reached]


HAMMING_IN_NUMPY = hasattr(np, "bitwise_count")  # numpy 2: a popcount per 64-bit word
HAMMING_BLOCK = 64  # photo descriptors per block: the block's distances stay in the cache


def two_nearest_hamming(descriptors: np.ndarray, words: np.ndarray
                        ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each 32-byte binary descriptor, the index of its nearest reference descriptor (the
    first one on a tie), that distance and the second nearest distance (int32): exactly what
    `cv2.batchDistance(..., NORM_HAMMING, K=2)` gives, at about 15% less CPU, as the wheels'
    OpenCV counts bits with a table (its baseline CPU has no popcount instruction) while numpy
    counts a 64-bit word at a time. `words` is the reference's (4, m) uint64, word-major, m >= 2."""
    q = np.ascontiguousarray(descriptors).view(np.uint64)
    n, m = len(q), words.shape[1]
    dist = np.empty((n, m), np.uint16)
    xor = np.empty((HAMMING_BLOCK, m), np.uint64)
    count, more = np.empty((HAMMING_BLOCK, m), np.uint8), np.empty((HAMMING_BLOCK, m), np.uint8)
    for start in range(0, n, HAMMING_BLOCK):
        end = min(n, start + HAMMING_BLOCK)
        x, c, c2 = xor[:end - start], count[:end - start], more[:end - start]
        np.bitwise_xor(q[start:end, 0:1], words[0], out=x)
        np.bitwise_count(x, out=c)
        for w in (1, 2):  # three words are at most 192 bits: no overflow in uint8
            np.bitwise_xor(q[start:end, w:w + 1], words[w], out=x)
            np.bitwise_count(x, out=c2)
            c += c2
        np.bitwise_xor(q[start:end, 3:4], words[3], out=x)
        np.bitwise_count(x, out=c2)
        np.add(c, c2, out=dist[start:end], dtype=np.uint16)
    first = dist.argmin(axis=1)  # the first of equal distances, as batchDistance keeps it
    rows = np.arange(n)
    nearest = dist[rows, first].astype(np.int32)
    dist[rows, first] = np.iinfo(np.uint16).max
    return first, nearest, dist.min(axis=1).astype(np.int32)


def _two_nearest(descriptors: np.ndarray, reference: np.ndarray, dtype: int, norm: int
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """As `two_nearest_hamming`, by `cv2.batchDistance` (what BFMatcher.knnMatch runs, without
    a DMatch object per pair); with no second neighbour the second distance is 0, so no ratio
    test passes."""
    dist, nidx = cv2.batchDistance(descriptors, reference, dtype, normType=norm, K=2)
    second = np.where(nidx[:, 1] >= 0, dist[:, 1], 0)
    return nidx[:, 0].astype(np.intp), dist[:, 0], second


class LogoIndex:
    """The reference logos of one policy, ready to match photos against."""

    def __init__(self, references: Iterable[ReferenceLogo], settings: MatchSettings | None = None):
        self.references = list(references)
        self.settings = settings or MatchSettings()
        self._orb = cv2.ORB_create(nfeatures=self.settings.features, scaleFactor=1.2, nlevels=8,
                                   edgeThreshold=EDGE, patchSize=EDGE, fastThreshold=12)

    @classmethod
    def from_paths(cls, paths: Iterable[str], settings: MatchSettings | None = None) -> "LogoIndex":
        """Load every logo image; raises ValueError naming an unusable one."""
        return cls([load_reference(p) for p in paths], settings)

    def find(self, bgr: np.ndarray) -> LogoMatch | None:
        """The best verified logo sighting in the photo, or None."""
        if not self.references or bgr is None or bgr.size == 0:
            return None
        deadline = time.monotonic() + self.settings.time_budget
        grey, scale = _prepare(bgr, self.settings)
        keypoints, descriptors = self._orb.detectAndCompute(grey, None)
        if descriptors is None or len(keypoints) < self.settings.min_inliers:
            return None
        points = cv2.KeyPoint_convert(keypoints)  # (n, 2) float32, as [k.pt for k in keypoints]
        best = None
        for i, ref in enumerate(self.references):
            if i and time.monotonic() > deadline:  # never before the first: a verdict must not hang on load
                break
            query, train = self._pairs(ref, descriptors)
            m = self._verify(ref, ref.points[train], points[query], grey.shape, scale, self.settings.min_inliers)
            if m and (best is None or m.inliers > best.inliers):
                best = m
        if best is None and self.settings.fine and (len(self.references) == 1 or time.monotonic() < deadline):
            best = self._fine_find(bgr)
        return best

    def _fine_find(self, bgr: np.ndarray) -> LogoMatch | None:
        """The SIFT pass (opt-in, `fine`): RootSIFT keypoints survive the blur, glare and small
        size of real sightings that ORB's binary tests do not (a cup, a sign across the street),
        at about four times ORB's cost (~40 ms of CPU on a 500 px photo). No cheap sign tells
        in advance which photos it will rescue: ORB's near misses on them look like its near
        misses on any photo (FlickrLogos-27 subset, 2026-12), so when on, it runs on every
        photo ORB found nothing in."""
        s = self.settings
        refs = [r for r in self.references if r.fine is not None]
        if not refs:
            return None
        grey = bgr if bgr.ndim == 2 else cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
        scale = min(1.0, s.fine_side / max(grey.shape[:2]))
        if scale < 1.0:
            grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        fine = fine_features(grey)
        if fine is None or len(fine[0]) < s.fine_min_inliers:
            return None
        best = None
        for ref in refs:  # no deadline here: matching is cheap next to the detection just paid for
            ref_points, ref_descriptors = ref.fine
            query, train = self._fine_pairs(ref_descriptors, fine[1])
            m = self._verify(ref, ref_points[train], fine[0][query], grey.shape, scale, s.fine_min_inliers,
                             affine=True)
            if m and (best is None or m.inliers > best.inliers):
                best = m
        return best

    def _fine_pairs(self, reference: np.ndarray, descriptors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """`_pairs` for RootSIFT descriptors (Euclidean distance)."""
        return self._ratio_pairs(*_two_nearest(descriptors, reference, cv2.CV_32F, cv2.NORM_L2))

    def _pairs(self, ref: ReferenceLogo, descriptors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(photo indices, reference indices) of the matches passing the ratio test, one per
        reference point (see `one_per_reference`)."""
        words = ref.hamming_words if HAMMING_IN_NUMPY else None
        if words is not None and len(descriptors) and descriptors.shape[1] == 32:
            return self._ratio_pairs(*two_nearest_hamming(descriptors, words))
        return self._ratio_pairs(*_two_nearest(descriptors, ref.descriptors, cv2.CV_32S, cv2.NORM_HAMMING))

    def _ratio_pairs(self, nearest: np.ndarray, first: np.ndarray, second: np.ndarray
                     ) -> tuple[np.ndarray, np.ndarray]:
        """The photo descriptors whose nearest reference descriptor is clearly nearer than the
        second (Lowe's ratio test), one per reference point."""
        query = np.flatnonzero(first < self.settings.ratio * second)
        return one_per_reference(query, nearest[query], first[query])

    def _verify(self, ref: ReferenceLogo, src: np.ndarray, dst: np.ndarray, shape: tuple[int, ...],
                scale: float, min_inliers: int, affine: bool = False) -> LogoMatch | None:
        """A sighting when a RANSAC homography from reference points `src` to photo points `dst`
        (or, with `affine`, an affine map when the homography is not believable) explains
        enough of them and maps the logo to a believable outline (`geometry`)."""
        s = self.settings
        if len(src) < min_inliers:
            return None
        h, inl = self._fit(ref, src, dst, shape, affine)
        if h is None:
            return None
        n = int(inl.sum())
        if n < min_inliers or n / len(src) < s.min_inlier_ratio:
            return None
        cover = geometry.coverage(src[inl], ref.corners)
        if cover < s.min_coverage:
            return None
        outline = geometry.project(h, ref.corners) / scale
        return LogoMatch(ref.name, n, len(src), cover, outline)

    def _fit(self, ref: ReferenceLogo, src: np.ndarray, dst: np.ndarray, shape: tuple[int, ...],
             affine: bool) -> tuple[np.ndarray | None, np.ndarray]:
        """A believable transform from reference to photo and its inlier mask: a RANSAC
        homography, else (with `affine`) an affine map. With two copies of the logo in view
        (a sign with a logo at each end) or a logo on a cup, the homography's eight degrees
        of freedom happily mix points from both copies or the curve into a folded outline; an
        affine map's six cannot, and still covers a logo seen at a slant. (It rescued SIFT
        matches on FlickrLogos photos, never ORB ones: ORB's path skips the extra RANSAC.)"""
        s = self.settings
        h, mask = cv2.findHomography(src, dst, cv2.RANSAC, s.reproj_px, maxIters=_ransac_iterations(s),
                                     confidence=RANSAC_CONFIDENCE)
        if h is not None and not geometry.plausible(h, ref.corners, shape, s.min_logo_px):
            return h, mask.ravel().astype(bool)
        if not affine:
            return None, np.zeros(len(src), bool)
        a, mask = cv2.estimateAffine2D(src, dst, method=cv2.RANSAC, ransacReprojThreshold=s.reproj_px,
                                       maxIters=_ransac_iterations(s), confidence=RANSAC_CONFIDENCE)
        if a is None:
            return None, np.zeros(len(src), bool)
        h = np.vstack([a, [0.0, 0.0, 1.0]])
        if geometry.plausible(h, ref.corners, shape, s.min_logo_px):
            return None, np.zeros(len(src), bool)
        return h, mask.ravel().astype(bool)

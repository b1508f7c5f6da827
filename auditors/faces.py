"""Frontal faces in a photo, with OpenCV's Haar cascade (ships in opencv-python-headless).

Used by the family-photo rule to raise its confidence when a real image is
available. Haar cascades are fast and need no model download; they miss faces
in profile or turned away, which is why the rule never *requires* a face (the
policy forbids family photos even with faces hidden).
"""
from __future__ import annotations

import threading
from typing import Any

from auditors.opencv import cv2

MAX_SIDE = 480          # larger images are downscaled first: detection cost grows with pixels
MIN_FACE_FRACTION = 0.04  # ignore "faces" smaller than 4% of the shorter side (texture noise)

Box = tuple[int, int, int, int]  # x, y, width, height in the original image's pixels


_local = threading.local()


def _classifier() -> Any:
    # One per thread: a cascade keeps the image it is scanning inside itself, so photos
    # analysed at once on several threads must not share one.
    clf = getattr(_local, "classifier", None)
    if clf is None:
        path = cv2.data.haarcascades + "haarcascade_frontalface_default.xml"
        clf = cv2.CascadeClassifier(path)
        if clf.empty():
            raise RuntimeError(f"OpenCV face cascade not found at {path}")
        _local.classifier = clf
    return clf


def detect_faces(image: Any, *, min_neighbors: int = 5, rgb: bool = False) -> list[Box]:
    """Bounding boxes of frontal faces in a BGR image (numpy array; RGB with `rgb`, or
    grey); [] for no image."""
    if image is None or getattr(image, "size", 0) == 0:
        return []
    h, w = image.shape[:2]
    scale = min(1.0, MAX_SIDE / max(h, w))
    img = cv2.resize(image, (max(1, int(w * scale)), max(1, int(h * scale))),
                     interpolation=cv2.INTER_AREA) if scale < 1.0 else image
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY if rgb else cv2.COLOR_BGR2GRAY) if img.ndim == 3 else img
    gray = cv2.equalizeHist(gray)
    side = max(16, int(min(gray.shape[:2]) * MIN_FACE_FRACTION))
    found = _classifier().detectMultiScale(gray, scaleFactor=1.1, minNeighbors=min_neighbors,
                                           minSize=(side, side))
    return [(int(x / scale), int(y / scale), int(fw / scale), int(fh / scale)) for x, y, fw, fh in found]

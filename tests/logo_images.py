"""Logo images the colour and shape check tests share: a two-colour wordmark on disk, and
another organisation's design in the same two colours (what neither check may confirm)."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from auditors.vision.synthetic import wordmark_logo

YELLOW, RED = (0, 204, 255), (30, 30, 215)


def write_wordmark(folder: Path) -> Path:
    path = folder / "wordmark.png"
    cv2.imwrite(str(path), wordmark_logo((YELLOW, RED)))
    return path


def same_colours_other_design() -> np.ndarray:
    """Another organisation's logo in the same two colours: a red disc and bar on a yellow tile."""
    img = np.full((200, 200, 3), YELLOW, np.uint8)
    cv2.circle(img, (100, 80), 55, RED, -1)
    cv2.rectangle(img, (30, 150), (170, 175), RED, -1)
    return img

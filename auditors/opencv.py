"""OpenCV (`cv2`), imported the first time a photo rule uses it.

Importing cv2 costs about 0.2 s of CPU; a run whose input has no photo never needs
it, yet the photo rules load with every policy. So the photo modules take `cv2` from
here: `from auditors.opencv import cv2`. The first attribute read imports OpenCV; each
attribute is then kept on the stand-in, so later reads cost what a module's would.
"""
from __future__ import annotations

import importlib
from typing import Any


class _LazyModule:
    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        value = getattr(importlib.import_module(self._name), attr)
        setattr(self, attr, value)
        return value


cv2: Any = _LazyModule("cv2")

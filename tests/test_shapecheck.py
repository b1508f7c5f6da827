"""auditors.vision.shapecheck: a loose colour layout confirmed by the logo's edge pattern."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from auditors.vision.colourmatch import ColourIndex
from auditors.vision.shapecheck import ShapeIndex, signature
from auditors.vision.synthetic import degrade, photo, wordmark_logo
from tests.logo_images import RED, YELLOW, same_colours_other_design, write_wordmark


@pytest.fixture(scope="module")
def logo_path(tmp_path_factory):
    return write_wordmark(tmp_path_factory.mktemp("shape"))


def _faded(image: np.ndarray, keep: float) -> np.ndarray:
    """The photo with its colours washed out towards grey (sun, haze, an old print)."""
    grey = cv2.cvtColor(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    return cv2.addWeighted(image, keep, grey, 1 - keep, 0)


def test_signature_ignores_which_way_round_the_contrast_is():
    logo = cv2.cvtColor(wordmark_logo((YELLOW, RED)), cv2.COLOR_BGR2GRAY)
    a, b = signature(logo, (48, 160)), signature(255 - logo, (48, 160))
    assert float(a @ b) > 0.99


def test_a_faded_logo_the_colour_check_misses_is_confirmed_by_its_edges(logo_path):
    scene = photo(wordmark_logo((YELLOW, RED)), seed=77, width=300, keep_background=True, centre=(600, 450))
    image = _faded(degrade(scene, tilt=0.1, blur=1.0, jpeg=70), 0.45)
    assert ColourIndex.from_paths([logo_path]).find(image) is None
    match = ShapeIndex.from_paths([logo_path]).find(image)
    assert match is not None
    x, y, w, h = match.box
    assert abs(x + w / 2 - 600) < 120 and abs(y + h / 2 - 450) < 120
    assert "edge pattern" in match.explain()


@pytest.mark.parametrize("seed", range(4))
def test_same_colours_in_another_shape_are_not_confirmed(logo_path, seed):
    image = photo(same_colours_other_design(), seed=500 + seed, width=220 + 60 * seed, keep_background=True)
    assert ShapeIndex.from_paths([logo_path]).find(image) is None


@pytest.mark.parametrize("seed", range(6))
def test_busy_photos_without_the_logo_are_not_confirmed(logo_path, seed):
    assert ShapeIndex.from_paths([logo_path]).find(photo(None, seed=900 + seed)) is None

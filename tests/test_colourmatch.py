"""auditors.vision.colourmatch: the colour-layout verifier, on generated photos."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from auditors.vision.colourmatch import ColourIndex, load_colour_reference
from auditors.vision.synthetic import degrade, photo, wordmark_logo
from tests.logo_images import RED, YELLOW, same_colours_other_design, write_wordmark


@pytest.fixture(scope="module")
def logo_path(tmp_path_factory):
    return write_wordmark(tmp_path_factory.mktemp("colour"))


@pytest.fixture(scope="module")
def index(logo_path):
    return ColourIndex.from_paths([logo_path])


def test_reference_palette_is_its_two_brand_colours(index):
    ref = index.references[0]
    hues = sorted(np.degrees(ref.hues).round())
    assert len(hues) == 2
    assert 70 < hues[1] < 110 and 20 < hues[0] < 60  # Lab hue angles of yellow and red


@pytest.mark.parametrize("width, tilt, blur, jpeg, light", [
    (360, 0.0, 0.0, 0, 1.0),     # plain
    (200, 0.15, 1.2, 60, 1.0),   # seen at an angle, soft, compressed
    (180, 0.0, 1.0, 50, 0.7),    # small and in shade
    (500, 0.25, 2.0, 40, 1.2),   # large, steep angle, blurred, bright
])
def test_logo_in_its_colours_is_found_at_an_angle_blurred_and_compressed(index, width, tilt, blur, jpeg, light):
    scene = photo(wordmark_logo((YELLOW, RED)), seed=width, width=width, keep_background=True, centre=(600, 450))
    image = degrade(scene, tilt=tilt, blur=blur, jpeg=jpeg, light=light)
    match = index.find(image)
    assert match is not None
    x, y, w, h = match.box
    assert abs(x + w / 2 - 600) < width * 0.4 and abs(y + h / 2 - 450) < width * 0.4  # where it was pasted
    assert "colour layout" in match.explain()


@pytest.mark.parametrize("seed", range(4))
def test_same_colours_in_another_shape_are_not_a_match(index, seed):
    image = photo(same_colours_other_design(), seed=500 + seed, width=220 + 60 * seed, keep_background=True)
    assert index.find(image) is None


def test_a_plain_band_of_the_logo_colours_is_not_a_match(index):
    scene = photo(None, seed=11)
    cv2.rectangle(scene, (300, 300), (1000, 520), YELLOW, -1)  # a yellow van's side, no lettering
    cv2.rectangle(scene, (300, 560), (1000, 600), RED, -1)
    assert index.find(scene) is None


@pytest.mark.parametrize("seed", range(12))
def test_busy_photo_without_the_logo_is_clean(index, seed):
    assert index.find(photo(None, seed=200 + seed)) is None


def test_grey_logo_has_no_brand_colour_and_is_left_to_keypoints(tmp_path):
    grey = cv2.cvtColor(cv2.cvtColor(wordmark_logo((YELLOW, RED)), cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    cv2.imwrite(str(tmp_path / "grey.png"), grey)
    assert load_colour_reference(tmp_path / "grey.png") is None


def test_logo_that_is_a_plain_blob_of_colour_is_not_searched(tmp_path):
    blob = np.full((200, 200, 3), 255, np.uint8)
    cv2.circle(blob, (100, 100), 80, RED, -1)  # any red disc in a photo would pass for it
    cv2.imwrite(str(tmp_path / "blob.png"), blob)
    assert load_colour_reference(tmp_path / "blob.png") is None


def test_unreadable_logo_is_skipped(tmp_path):
    (tmp_path / "bad.png").write_bytes(b"not an image")
    assert ColourIndex.from_paths([tmp_path / "bad.png"]).references == []


def test_rgb_and_bgr_input_agree(index):
    image = photo(wordmark_logo((YELLOW, RED)), seed=9, width=300, keep_background=True)
    a, b = index.find(image), index.find(np.ascontiguousarray(image[:, :, ::-1]), rgb=True)
    assert a is not None and b is not None and a.box == b.box


def test_rotated_templates_find_a_logo_on_a_slant(logo_path):
    from auditors.vision.colourmatch import ColourSettings
    image = photo(wordmark_logo((YELLOW, RED)), seed=31, width=420, angle=14, keep_background=True)
    slanted = ColourIndex.from_paths([logo_path], ColourSettings(rotations=(-14.0, 14.0)))
    assert slanted.find(image) is not None


def test_peak_window_spread_from_integral_images_equals_the_pixels_spread():
    from auditors.vision.colourmatch import _LocalStd
    flat = np.random.default_rng(3).normal(0.3, 0.4, (60, 80)).astype(np.float32)
    local = _LocalStd(flat)
    for x, y, w, h in [(0, 0, 16, 16), (63, 43, 17, 17), (10, 5, 9, 23), (40, 30, 1, 1)]:
        assert local.std(x, y, w, h) == pytest.approx(float(flat[y:y + h, x:x + w].std()), abs=1e-5)


def test_one_lab_conversion_serves_rgb_and_bgr_alike(index):
    from auditors.vision.colourmatch import likelihood
    ref = index.references[0]
    bgr = photo(wordmark_logo((YELLOW, RED)), seed=9, width=240, keep_background=True)
    via_rgb = likelihood(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), ref.hues, ref.chromas, 40.0, rgb=True)
    assert np.allclose(likelihood(bgr, ref.hues, ref.chromas, 40.0), via_rgb, atol=1e-5)

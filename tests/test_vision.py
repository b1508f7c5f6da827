"""auditors.vision: logo matching on generated photos and, when present, FlickrLogos-27."""
from __future__ import annotations

import csv
from pathlib import Path

import cv2
import numpy as np
import pytest

from auditors.registry import load_policy
from auditors.vision import LogoIndex, load_reference
from auditors.vision.geometry import is_convex, plausible
from auditors.vision.synthetic import paste_logo, photo
from tests.conftest import SHARED

FLICKR = SHARED / "datasets" / "flickrlogos27-subset"
TWINS_LOGO, CFT_LOGO = (load_policy(p).organisation["logos"][0]
                        for p in ("twins-trust-fcs", "childrens-family-trust"))


@pytest.fixture(scope="module")
def index():
    return LogoIndex.from_paths([TWINS_LOGO])


@pytest.fixture(scope="module")
def logo():
    return cv2.imread(TWINS_LOGO)


@pytest.mark.parametrize("width, angle, occlude, sticker", [
    (400, 0, 0.0, False),     # plain, cut out on a busy scene
    (200, 0, 0.0, True),      # small square sticker
    (260, 35, 0.0, False),    # rotated
    (300, 90, 0.0, False),    # on its side
    (320, 170, 0.0, True),    # nearly upside down
    (700, -20, 0.0, False),   # filling most of the frame
    (360, 15, 0.35, False),   # a third covered
    (240, -60, 0.25, True),   # small, rotated and partly covered
])
def test_logo_found_despite_scale_rotation_and_occlusion(index, logo, width, angle, occlude, sticker):
    image = photo(logo, seed=width + int(angle), width=width, angle=angle, occlude=occlude,
                  keep_background=sticker, centre=(560, 430))
    match = index.find(image)
    assert match is not None
    centre = match.outline.mean(axis=0)
    assert np.hypot(centre[0] - 560, centre[1] - 430) < width * 0.4  # found where it was pasted


@pytest.mark.parametrize("seed", range(12))
def test_busy_photo_without_a_logo_is_clean(index, seed):
    assert index.find(photo(None, seed=200 + seed)) is None


@pytest.mark.parametrize("seed", range(6))
def test_another_organisation_logo_of_similar_design_is_not_a_match(index, seed):
    other = cv2.imread(CFT_LOGO)
    assert index.find(photo(other, seed=300 + seed, width=320, angle=seed * 25)) is None


def test_a_different_shape_in_the_logo_colour_is_not_a_match(index):
    scene = photo(None, seed=7)
    star = cv2.ellipse2Poly((640, 480), (220, 220), 0, 0, 360, 72)[::1]
    pts = np.array([star[i] if i % 2 == 0 else (640 + (star[i] - (640, 480)) * 0.4).astype(int)
                    for i in range(len(star))], np.int32)
    cv2.fillPoly(scene, [pts], (40, 90, 230))
    cv2.putText(scene, "FCS", (560, 760), cv2.FONT_HERSHEY_SIMPLEX, 3, (0, 0, 0), 6)
    assert index.find(scene) is None


def test_large_photos_are_downscaled_and_outline_is_in_original_pixels(index, logo):
    scene = cv2.resize(photo(None, seed=11), (4000, 3000), interpolation=cv2.INTER_LINEAR)
    image = paste_logo(scene, logo, width=1200, angle=10, centre=(2000, 1500))
    match = index.find(image)
    assert match is not None
    assert np.allclose(match.outline.mean(axis=0), (2000, 1500), atol=200)


def test_small_photos_are_upscaled_so_small_logos_keep_detail(index, logo):
    assert index.find(photo(logo, seed=12, size=(300, 400), width=150, centre=(200, 150))) is not None


def test_reference_with_transparency_is_read_on_white(tmp_path, logo):
    rgba = cv2.cvtColor(logo, cv2.COLOR_BGR2BGRA)
    rgba[:, :, 3] = np.where(logo.min(axis=2) > 235, 0, 255)
    path = tmp_path / "logo.png"
    cv2.imwrite(str(path), rgba)
    ref = load_reference(path)
    assert LogoIndex([ref]).find(photo(logo, seed=13, width=300)) is not None


def test_reference_without_detail_is_refused_with_its_name(tmp_path):
    path = tmp_path / "blank.png"
    cv2.imwrite(str(path), np.full((200, 200, 3), 255, np.uint8))
    with pytest.raises(ValueError, match="blank.png"):
        load_reference(path)


def test_mirrored_or_folded_outlines_are_implausible():
    corners = np.float32([[0, 0], [100, 0], [100, 100], [0, 100]])
    assert is_convex(corners)
    assert not is_convex(corners[[1, 0, 3, 2]])  # mirrored
    mirror = np.float64([[-1, 0, 100], [0, 1, 0], [0, 0, 1]])
    assert plausible(mirror, corners, (400, 400), 20) != ""
    assert plausible(np.eye(3), corners, (400, 400), 20) == ""


def test_outline_smaller_than_the_minimum_is_implausible():
    corners = np.float32([[0, 0], [100, 0], [100, 100], [0, 100]])
    assert "small" in plausible(np.diag([0.05, 0.05, 1.0]), corners, (400, 400), 20)


# --- FlickrLogos-27 subset (real photos) ------------------------------------------

def _flickr_rows() -> list[dict]:
    if not (FLICKR / "manifest.csv").is_file():
        pytest.skip(f"FlickrLogos-27 subset not found at {FLICKR} (needs ../shared/datasets)")
    return list(csv.DictReader((FLICKR / "manifest.csv").open(newline="")))


@pytest.fixture(scope="module")
def starbucks(tmp_path_factory) -> LogoIndex:
    rows = _flickr_rows()
    ref = next(r for r in rows if r["role"] == "reference_logo" and r["brand"] == "Starbucks")
    box = next(b for b in csv.DictReader((FLICKR / "annotations.csv").open()) if b["file"] == ref["file"])
    x1, y1, x2, y2 = (int(box[k]) for k in ("x1", "y1", "x2", "y2"))
    path: Path = tmp_path_factory.mktemp("flickr") / "starbucks.png"
    cv2.imwrite(str(path), cv2.imread(str(FLICKR / ref["file"]))[y1:y2 + 1, x1:x2 + 1])
    return LogoIndex.from_paths([path])


def test_flickrlogos_starbucks_photos_are_found(starbucks):
    photos = [r["file"] for r in _flickr_rows() if r["brand"] == "Starbucks" and r["role"] != "reference_logo"]
    found = sum(starbucks.find(cv2.imread(str(FLICKR / f))) is not None for f in photos)
    assert found >= len(photos) // 3  # the old brown siren in some photos differs from the reference


def test_flickrlogos_photos_without_starbucks_are_clean(starbucks):
    others = [r["file"] for r in _flickr_rows() if r["brand"] != "Starbucks"]
    assert [f for f in others if starbucks.find(cv2.imread(str(FLICKR / f))) is not None] == []


def _knn_pairs(index: LogoIndex, ref, descriptors: np.ndarray) -> list[tuple[int, int]]:
    """The matches as BFMatcher.knnMatch and a loop over them define them (the reference
    implementation of LogoIndex._pairs): ratio test, then the closest photo point per
    reference point, the first one on a tie, in the order reference points are reached."""
    best: dict[int, tuple[float, int]] = {}
    for pair in cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(descriptors, ref.descriptors, k=2):
        if len(pair) < 2 or pair[0].distance >= index.settings.ratio * pair[1].distance:
            continue
        m = pair[0]
        if m.trainIdx not in best or m.distance < best[m.trainIdx][0]:
            best[m.trainIdx] = (m.distance, m.queryIdx)
    return [(q, t) for t, (_, q) in best.items()]


@pytest.mark.parametrize("seed", [3, 11, 42])
def test_array_matching_gives_the_pairs_of_knn_match_in_the_same_order(index, logo, seed):
    image = photo(logo if seed != 11 else None, seed=seed, width=300, angle=seed * 7.0, centre=(500, 400))
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    _, descriptors = index._orb.detectAndCompute(grey, None)
    ref = index.references[0]
    query, train = index._pairs(ref, descriptors)
    assert list(zip(query.tolist(), train.tolist())) == _knn_pairs(index, ref, descriptors)
    assert len(query) > 0


def test_sift_points_of_a_reference_share_its_orb_frame():
    ref = load_reference(TWINS_LOGO)
    points, descriptors = ref.fine
    (x0, y0), (x1, y1) = ref.corners[0], ref.corners[2]
    inside = (points[:, 0] > x0 - 8) & (points[:, 0] < x1 + 8) & (points[:, 1] > y0 - 8) & (points[:, 1] < y1 + 8)
    assert inside.mean() > 0.95 and descriptors.shape[1] == 128
    assert np.allclose(np.square(descriptors).sum(axis=1), 1.0, atol=1e-3)  # RootSIFT: unit length


def test_two_copies_of_the_logo_on_one_sign_are_found(logo):
    scene = photo(None, seed=41, size=(720, 1280))
    scene = paste_logo(scene, logo, width=220, centre=(380, 360), keep_background=True)
    scene = paste_logo(scene, logo, width=220, centre=(900, 360), keep_background=True)
    assert LogoIndex.from_paths([TWINS_LOGO]).find(scene) is not None


def test_the_sift_second_look_is_opt_in_and_quiet_on_photos_without_the_logo():
    from dataclasses import replace

    from auditors.vision import MatchSettings
    assert MatchSettings().fine is False  # ~3x the cost: a pack asks for it (fine_check)
    on = LogoIndex.from_paths([TWINS_LOGO], replace(MatchSettings(), fine=True))
    assert all(on.find(photo(None, seed=seed)) is None for seed in (43, 44, 45))


def test_two_nearest_hamming_is_batch_distance_exactly():
    """The numpy Hamming neighbours give what cv2.batchDistance(K=2) gives, ties and all."""
    import cv2
    import numpy as np

    from auditors.vision.matcher import HAMMING_IN_NUMPY, two_nearest_hamming
    if not HAMMING_IN_NUMPY:
        return  # numpy < 2: the matcher keeps batchDistance
    rng = np.random.default_rng(5)
    for n, m in [(1, 2), (7, 3), (130, 700), (64, 64)]:
        for trial in range(6):
            q = rng.integers(0, 256, (n, 32), dtype=np.uint8)
            r = rng.integers(0, 256, (m, 32), dtype=np.uint8)
            if trial == 1:  # exact copies and repeated reference rows: ties
                r[:m // 2 + 1] = q[0]
            if trial == 2:  # few distinct bits: many ties
                q, r = q & 3, r & 3
            if trial == 3:  # the largest distance, 256
                q[:], r[:] = 255, 0
            first, d0, d1 = two_nearest_hamming(q, np.ascontiguousarray(r.view(np.uint64).T))
            dist, nidx = cv2.batchDistance(q, r, cv2.CV_32S, normType=cv2.NORM_HAMMING, K=2)
            assert (first == nidx[:, 0]).all() and (d0 == dist[:, 0]).all() and (d1 == dist[:, 1]).all()


def test_the_time_budget_never_skips_the_only_logo(logo):
    """A busy machine (here: a budget already spent when ORB is done) must not change a verdict."""
    from dataclasses import replace

    from auditors.vision import MatchSettings
    scene = paste_logo(photo(None, seed=41, size=(720, 1280)), logo, width=300, centre=(500, 360))
    spent = LogoIndex.from_paths([TWINS_LOGO], replace(MatchSettings(), time_budget=0.0))
    assert spent.find(scene) is not None

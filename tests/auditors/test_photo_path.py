"""The photo path: one decode per photo shared by the rules, at a reduced JPEG scale, and
the posts with photos of a batch audited on several threads in input order."""
from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from auditors.mediainfo import decode_grey, load_media
from auditors.photothreads import PhotoThreads
from socialaudit.core.model import Media


def _photo(path: Path, height: int, width: int) -> Path:
    rng = np.random.default_rng(height * width)
    cv2.imwrite(str(path), rng.integers(0, 256, (height, width, 3), dtype=np.uint8))
    return path


def _info(path: Path):
    return load_media(Media("photo", path.name, None), 0, path.parent)


def test_a_large_jpeg_is_decoded_at_a_reduced_scale_that_still_covers_the_size_asked(tmp_path):
    grey, whole = decode_grey(_photo(tmp_path / "big.jpg", 3024, 4032), 960)
    assert not whole and grey.ndim == 2
    assert 960 <= max(grey.shape) < 4032 / 2


@pytest.mark.parametrize("suffix", ["jpg", "png"])
def test_grey_is_downscaled_to_the_long_side_and_never_enlarged(tmp_path, suffix):
    info = _info(_photo(tmp_path / f"p.{suffix}", 1080, 1350))
    assert info.grey(960).shape == (768, 960)
    small = _info(_photo(tmp_path / f"s.{suffix}", 300, 400))
    assert small.grey(960).shape == (300, 400)


def test_each_size_is_computed_once_and_shared(tmp_path):
    info = _info(_photo(tmp_path / "p.jpg", 1080, 1080))
    assert info.grey(960) is info.grey(960)
    assert max(info.grey(480).shape) == 480


def test_grey_matches_the_colour_pixels_converted(tmp_path):
    path = tmp_path / "p.png"
    Image.fromarray(np.random.default_rng(1).integers(0, 256, (200, 300, 3), dtype=np.uint8)).save(path)
    info = _info(path)
    expected = cv2.cvtColor(info.pixels(), cv2.COLOR_BGR2GRAY)
    assert np.abs(info.grey(960).astype(int) - expected.astype(int)).max() <= 1


def test_an_undecodable_photo_gives_no_pixels_and_says_why(tmp_path):
    (tmp_path / "bad.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a jpeg at all")
    info = _info(tmp_path / "bad.jpg")
    assert info.grey(960) is None and info.rgb() is None
    assert info.error


def test_posts_with_photos_run_on_the_threads_and_come_back_in_order():
    items = [(i, i % 3 == 0) for i in range(30)]
    seen: dict[int, str] = {}

    def work(item):
        seen[item[0]] = threading.current_thread().name
        return item[0] * 2

    pool = PhotoThreads(2)
    try:
        assert pool.map(work, items, lambda item: item[1]) == [i * 2 for i in range(30)]
    finally:
        pool.close()
    main = threading.current_thread().name
    assert all(seen[i] == main for i, photo in items if not photo)
    assert sum(seen[i].startswith("photos") for i, photo in items if photo) == 9  # the first warms up alone


def test_one_thread_or_a_single_photo_runs_inline():
    main = threading.current_thread().name
    for threads, items in ((1, [(0, True), (1, True)]), (2, [(0, True), (1, False)])):
        names = PhotoThreads(threads).map(lambda _: threading.current_thread().name, items, lambda i: i[1])
        assert names == [main] * len(items)

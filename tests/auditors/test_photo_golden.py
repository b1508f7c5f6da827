"""The photo path keeps its decisions: the photo rules' verdicts on the photo fixtures
(generated photos, and the real dataset photos when present) equal the frozen ones."""
from __future__ import annotations

import json

import pytest

from tests.auditors.photo_golden import DATASETS, GOLDEN, current


@pytest.fixture(scope="module")
def frozen() -> dict:
    return json.loads(GOLDEN.read_text())


@pytest.fixture(scope="module")
def verdicts() -> dict:
    return current(DATASETS)


def test_generated_photos_keep_their_frozen_verdicts(frozen, verdicts):
    assert verdicts["synthetic"] == frozen["synthetic"]


def test_dataset_photos_keep_their_frozen_verdicts(frozen, verdicts):
    if "datasets" not in verdicts:
        pytest.skip(f"photo datasets not found at {DATASETS} (needs ../shared/datasets)")
    assert verdicts["datasets"] == frozen["datasets"]

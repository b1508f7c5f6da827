"""The built-in packs, loaded once per test module, for the rule test tables."""
from __future__ import annotations

import pytest

from auditors.registry import load_policy


@pytest.fixture(scope="module")
def twins():
    return load_policy("twins-trust-fcs")


@pytest.fixture(scope="module")
def cft():
    return load_policy("childrens-family-trust")

"""The built-in packs, loaded once per test module, for the rule test tables, and the twins pack
with a small protected-names register (`registered`) for the name rules."""
from __future__ import annotations

import pytest

from auditors.registry import load_policy


@pytest.fixture(scope="module")
def twins():
    return load_policy("twins-trust-fcs")


@pytest.fixture(scope="module")
def cft():
    return load_policy("childrens-family-trust")


REGISTER = "name\nSiân\nRebecca\nOkonkwo\nHope\nSummer\nMarguerite\nRiley\nZoë\nAlexander\nMercy\nBegum\n"


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("policy")
    (folder / "families.csv").write_text(REGISTER)
    (folder / "policy.toml").write_text('extends = "twins-trust-fcs"\n[names]\n'
                                        'register = "families.csv"\nstaff = ["Tamsin"]\n')
    return load_policy(str(folder / "policy.toml"))

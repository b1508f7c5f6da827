"""The house rules, kept by tools: arrows point down (import-linter contracts in
pyproject.toml), the code passes ruff, and the core and storage pass mypy."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import REPO


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (it comes with the test extra: pip install -e '.[test]')")
    return path


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=300)


def test_layers_point_down_with_no_cycles_and_sql_only_in_storage():
    out = _run(_tool("lint-imports"), "--no-cache")
    assert out.returncode == 0, out.stdout[-3000:]
    assert "0 broken" in out.stdout


def test_the_code_passes_ruff():
    out = _run(_tool("ruff"), "check", "--no-cache", ".")
    assert out.returncode == 0, out.stdout[-3000:]


def test_the_core_and_storage_pass_mypy():
    out = _run(_tool("mypy"))
    assert out.returncode == 0, out.stdout[-3000:]

"""Fixtures for the attack suite: the web app's seeded store and signed-in clients."""
from __future__ import annotations

import pytest

pytest.importorskip("flask", reason="the web app needs the 'web' extra: pip install 'socialaudit[web]'")

from tests.web.conftest import app, clients, seeded, shared_app, shared_seed  # noqa: E402,F401  (fixtures)


@pytest.fixture
def browser():
    from pathlib import Path
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(Path("/usr/bin/chromium")),
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                    "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield b
        b.close()

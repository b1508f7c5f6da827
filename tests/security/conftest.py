"""Fixtures for the attack suite: the web app's seeded store and signed-in clients."""
from __future__ import annotations

import pytest

pytest.importorskip("flask", reason="the web app needs the 'web' extra: pip install 'socialaudit[web]'")

from tests.web.conftest import app, clients, seeded, shared_app, shared_seed  # noqa: E402,F401  (fixtures)



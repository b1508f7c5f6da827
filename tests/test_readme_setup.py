"""A new user's setup, as the README tells it (issue 12, defect 11): the two first commands
unchanged, the browser tests' need for Chromium said beside the test command, the web
extra and SOCIALAUDIT_BASE_URL documented, and `serve` pointing to production guidance."""
from __future__ import annotations

import os
import socket
import subprocess
import sys

from auditors.registry import load_policy
from socialaudit.app.web.auth import hash_password
from socialaudit.storage import repo
from socialaudit.storage.db import open_store
from socialaudit.storage.lifecycle import create_person
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
FIRST_LINES = [
    "pip install -e . && socialaudit demo                  # install, then run the main job on the bundled demo (SQLite)",
    "pip install -e '.[test]' && python3 -m pytest -q      # run the tests",
]


def paragraph_after(marker: str, lines: int = 10) -> str:
    rest = README.split(marker, 1)[1]
    return "\n".join(rest.splitlines()[:lines])


def test_the_readme_starts_with_the_same_two_commands():
    assert README.split("```sh\n", 1)[1].split("\n```", 1)[0].splitlines() == FIRST_LINES


def test_the_chromium_need_is_said_next_to_the_test_command():
    near = paragraph_after(FIRST_LINES[1])
    assert "chromium" in near.lower() and "skipped" in near and "apt-get install -y chromium" in near


def test_the_readme_documents_the_web_extra_for_serve_and_the_base_url():
    serve = paragraph_after("socialaudit serve --host 127.0.0.1 --port 8080", 20)
    assert "'.[web]'" in serve and "SOCIALAUDIT_BASE_URL" in serve
    assert "### Serving the review app" in README and "reverse proxy" in README


def test_serve_points_to_the_production_guidance_instead_of_a_development_warning(isolated_data_dir):
    store = open_store(url=f"sqlite:///{isolated_data_dir / 'socialaudit.db'}")
    with store.session() as session:  # serve refuses to start until an admin can sign in
        org = repo.ensure_organisation(session, load_policy("twins-trust-fcs"))
        create_person(session, org, "Ada Admin", "ada@example.org", "admin", hash_password("correct horse battery"))
    store.engine.dispose()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "socialaudit", "serve", "--port", str(port)],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=dict(os.environ))
    try:
        first = proc.stderr.readline()
    finally:
        proc.terminate()
        proc.wait(30)
    assert f"127.0.0.1:{port}" in first and "Serving the review app" in first
    assert "development server" not in first.lower()
